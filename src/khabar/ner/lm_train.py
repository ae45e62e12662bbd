"""Training the tagger's small bidirectional language model (:mod:`khabar.ner.lm`) with
PyTorch, on ANT + Wikinews (the unannotated text the shipping policy allows; the NER
corpora's text is left out so that no dev fold's sentences are read). Training only.

    python -m khabar.ner.lm_train --out /tmp/lm.npz            # the LM (≈ 1.2M tokens)

Inputs: the tagger's per-word features (:meth:`FeatureExtractor._type_features`), the
``max_feats`` commonest over the text's tokens; targets: the next (forward LSTM) and the
previous (backward LSTM) word's 1000-level cluster, one class for a word without a
cluster and one for the sentence's edge. One thread, fixed seeds: deterministic.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from .features import FeatureExtractor
from .neural import write_arrays

__all__ = ["LM_SETTINGS", "build_lm", "export_lm", "lm_corpus", "lm_dense", "train_lm"]

#: the one setting measured (docs/models.md, *Eleventh pass*)
LM_SETTINGS: dict[str, Any] = dict(emb=64, hidden=64, dropout=0.2, lr=2e-3, epochs=4, batch=32,
                                   max_feats=40_000, min_count=3, seed=1, max_len=60)
N_CLUSTERS = 1000
OOV, EDGE = N_CLUSTERS, N_CLUSTERS + 1

Log = Callable[[str], None]


def lm_corpus(data: Path, max_len: int) -> list[list[str]]:
    """ANT + Wikinews sentences (khabar's tokens) of 2..max_len tokens."""
    from .selftrain import unlabelled_documents

    return [s for doc in unlabelled_documents(data) for s in doc if 2 <= len(s) <= max_len]


def target(fx: FeatureExtractor, w: str) -> int:
    """The word's 1000-level cluster, or :data:`OOV`."""
    cl = fx._cluster(w)
    return OOV if cl is None else int(cl[2])


class _Data:
    """Word types, their feature ids and targets, and the sentences as type ids."""

    def __init__(self, sents: list[list[str]], fx: FeatureExtractor, max_feats: int, min_count: int) -> None:
        tok = Counter(w for s in sents for w in s)
        types = sorted(tok)
        own = {w: fx._type_features(w)[0] for w in types}
        c: Counter[str] = Counter()
        for w in types:
            for f in own[w]:
                c[f] += tok[w]
        kept = sorted((f for f, n in c.items() if n >= min_count), key=lambda f: (-c[f], f))[:max_feats]
        self.feats = sorted(kept)
        index = {f: i + 1 for i, f in enumerate(self.feats)}
        self.type_id = {w: i for i, w in enumerate(types)}
        self.type_feats = [[index[f] for f in own[w] if f in index] or [0] for w in types]
        self.type_target = [target(fx, w) for w in types]
        self.sents = [[self.type_id[w] for w in s] for s in sents]


def _lm_net(n_feats: int, st: dict[str, Any]) -> Any:
    from torch import nn

    class LM(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            e, h = int(st["emb"]), int(st["hidden"])
            self.fe = nn.EmbeddingBag(n_feats + 1, e, mode="sum", padding_idx=0)
            self.drop = nn.Dropout(float(st["dropout"]))
            self.lstm = nn.LSTM(e, h, batch_first=True, bidirectional=True)
            self.out_f = nn.Linear(h, N_CLUSTERS + 2)
            self.out_b = nn.Linear(h, N_CLUSTERS + 2)

        def loss(self, d: _Data, batch: list[list[int]]) -> Any:
            import torch

            uniq = sorted({t for s in batch for t in s})
            pos = {t: i for i, t in enumerate(uniq)}
            flat: list[int] = []
            offs: list[int] = []
            for t in uniq:
                offs.append(len(flat))
                flat.extend(d.type_feats[t])
            te = self.fe(torch.tensor(flat), torch.tensor(offs))
            n_b, n_t = len(batch), max(len(s) for s in batch)
            idx = torch.zeros(n_b, n_t, dtype=torch.long)
            tgt = torch.full((n_b, n_t), -100, dtype=torch.long)
            for i, s in enumerate(batch):
                idx[i, :len(s)] = torch.tensor([pos[t] for t in s])
                tgt[i, :len(s)] = torch.tensor([d.type_target[t] for t in s])
            x = self.drop(te[idx])
            lens = torch.tensor([len(s) for s in batch])
            packed = nn.utils.rnn.pack_padded_sequence(x, lens, batch_first=True, enforce_sorted=False)
            out, _ = self.lstm(packed)
            out, _ = nn.utils.rnn.pad_packed_sequence(out, batch_first=True, total_length=n_t)
            h = int(st["hidden"])
            # forward state at t predicts token t+1 (the edge after the last), backward t-1
            nxt = torch.full((n_b, n_t), -100, dtype=torch.long)
            prv = torch.full((n_b, n_t), -100, dtype=torch.long)
            nxt[:, :-1] = tgt[:, 1:]
            prv[:, 1:] = tgt[:, :-1]
            prv[:, 0] = EDGE
            nxt[torch.arange(n_b), lens - 1] = EDGE
            ce = nn.functional.cross_entropy
            lf = ce(self.out_f(self.drop(out[:, :, :h])).reshape(-1, N_CLUSTERS + 2), nxt.reshape(-1), reduction="sum")
            lb = ce(self.out_b(self.drop(out[:, :, h:])).reshape(-1, N_CLUSTERS + 2), prv.reshape(-1), reduction="sum")
            return lf, lb

    return LM()


def train_lm(sents: list[list[str]], fx: FeatureExtractor, st: dict[str, Any] | None = None,
             log: Log = print) -> tuple[Any, list[str]]:
    """Train the LM; returns (network, its feature vocabulary)."""
    import torch

    s = dict(LM_SETTINGS, **(st or {}))
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    seed = int(s["seed"])
    random.seed(seed)
    torch.manual_seed(seed)
    t0 = time.time()
    d = _Data(sents, fx, int(s["max_feats"]), int(s["min_count"]))
    log(f"LM data: {len(d.sents)} sentences, {sum(map(len, d.sents))} tokens, {len(d.type_id)} types, "
        f"{len(d.feats)} features ({time.time() - t0:.0f}s)")
    net = _lm_net(len(d.feats), s)
    opt = torch.optim.Adam(net.parameters(), lr=float(s["lr"]))
    rng = random.Random(seed)
    size = int(s["batch"])
    for epoch in range(int(s["epochs"])):
        net.train()
        order = list(range(len(d.sents)))
        rng.shuffle(order)
        order.sort(key=lambda i: len(d.sents[i]))
        batches = [order[k:k + size] for k in range(0, len(order), size)]
        rng.shuffle(batches)
        tot_f = tot_b = 0.0
        n_tok = 0
        t1 = time.time()
        for k, b in enumerate(batches):
            lf, lb = net.loss(d, [d.sents[i] for i in b])
            opt.zero_grad()
            (lf + lb).backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            tot_f += float(lf.item())
            tot_b += float(lb.item())
            n_tok += sum(len(d.sents[i]) for i in b)
            if k % 200 == 0:
                log(f"epoch {epoch + 1} batch {k}/{len(batches)}: perplexity fwd {np.exp(tot_f / n_tok):.1f} "
                    f"bwd {np.exp(tot_b / n_tok):.1f} ({time.time() - t1:.0f}s)")
        log(f"epoch {epoch + 1}: perplexity fwd {np.exp(tot_f / n_tok):.1f} bwd {np.exp(tot_b / n_tok):.1f} "
            f"({time.time() - t1:.0f}s)")
    net.eval()
    return net, d.feats


def export_lm(net: Any, feats: list[str], path: Path) -> None:
    """``lm.npz``: the input side only (the output layers serve training), float16."""
    sd = {k: v.detach().numpy() for k, v in net.state_dict().items()}
    arrays = {
        "feats": np.array(feats), "emb": sd["fe.weight"],
        "w_ih_f": sd["lstm.weight_ih_l0"], "w_hh_f": sd["lstm.weight_hh_l0"],
        "b_f": sd["lstm.bias_ih_l0"] + sd["lstm.bias_hh_l0"],
        "w_ih_b": sd["lstm.weight_ih_l0_reverse"], "w_hh_b": sd["lstm.weight_hh_l0_reverse"],
        "b_b": sd["lstm.bias_ih_l0_reverse"] + sd["lstm.bias_hh_l0_reverse"],
    }
    write_arrays(path, arrays)


def lm_dense(lm: Any, sents: list[list[str]], chunk: int = 10) -> list[np.ndarray]:
    """Per sentence, the LM's ``(tokens, 2H)`` states (numpy :class:`LanguageModel`, as at
    run time), read in windows of ``chunk`` sentences."""
    out: list[np.ndarray] = []
    for k in range(0, len(sents), chunk):
        part = sents[k:k + chunk]
        todo = [s for s in part if s]
        got = iter(lm.states(todo)) if todo else iter(())
        for s in part:
            out.append(next(got)[:len(s)].copy() if s else np.zeros((0, lm.width), np.float32))
    return out


def build_lm(data: Path, fx: FeatureExtractor, path: Path, sents: list[list[str]], width: int,
             log: Log = print) -> list[np.ndarray]:
    """Train the LM (``width`` = both directions' states) on ANT + Wikinews, write it to
    ``path`` and return its states of ``sents`` (the tagger's training sentences)."""
    from .lm import LanguageModel

    if width % 2:
        raise ValueError(f"lm must be even (two directions), got {width}")
    path.parent.mkdir(parents=True, exist_ok=True)
    net, feats = train_lm(lm_corpus(data, int(LM_SETTINGS["max_len"])), fx, {"hidden": width // 2}, log)
    export_lm(net, feats, path)
    return lm_dense(LanguageModel(path, fx), sents)


def main(argv: list[str] | None = None) -> None:
    from ..options import data_dir
    from .lexicon import Lexicon
    from .tagger import MODEL_DIR

    ap = argparse.ArgumentParser(prog="python -m khabar.ner.lm_train", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--epochs", type=int, default=LM_SETTINGS["epochs"])
    ap.add_argument("--limit", type=int, default=0, help="first N sentences only (smoke runs)")
    args = ap.parse_args(argv)
    fx = FeatureExtractor(Lexicon.load(MODEL_DIR / "lexicon.json.gz"))
    sents = lm_corpus(data_dir(), int(LM_SETTINGS["max_len"]))
    if args.limit:
        sents = sents[:args.limit]
    net, feats = train_lm(sents, fx, {"epochs": args.epochs}, lambda m: print(m, flush=True))
    export_lm(net, feats, args.out)
    print(f"saved {args.out}: {args.out.stat().st_size:,} B", flush=True)


if __name__ == "__main__":
    main()
