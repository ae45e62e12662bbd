"""Training the neural tagger with PyTorch (training only: ``pip install khabar[train]``;
run time reads the exported weights with numpy, :mod:`khabar.ner.neural`).

The network (see :mod:`khabar.ner.neural` for the architecture) reads the same sparse
features as the CRF, minus the neighbours' (the LSTM sees the neighbours), as one summed
embedding, plus a character CNN and optional frozen pretrained word vectors; a BiLSTM and
a CRF layer (trained on the sentence log-likelihood) give the tags.

Deterministic: one thread, fixed seeds, ``torch.use_deterministic_algorithms``; the same
data, settings and torch build give the same weights (checked by two rebuilds with the
same file hashes, see docs/models.md).
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from ..eval.ner import score
from .conll import Sentence
from .lexicon import lookup_first
from .neural import write_arrays

__all__ = ["TAGS", "NeuralSettings", "export", "keep_feature", "train_network"]

TAGS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
_T2I = {t: i for i, t in enumerate(TAGS)}
_MAX_CHARS = 20

Log = Callable[[str], None]


def keep_feature(f: str) -> bool:
    """The CRF features the network reads: not the neighbours' (``-2…``, ``-1…``,
    ``1…``, ``2…``) nor the bigrams (the LSTM sees the neighbours), nor the wordfreq
    bucket (``zf=``: measured with the CRF only, docs/models.md)."""
    return not (f[0] in "-12" or f.startswith(("bg", "zf=")))


class NeuralSettings(dict[str, Any]):
    """Hyper-parameters (a plain dict, saved in meta.json)."""


#: The shipped setting: "run 3" of docs/models.md (dev micro-F1 0.7043 alone, 0.7145 in
#: the ensemble with the CRF).
DEFAULT_SETTINGS = NeuralSettings(
    feat_dim=100, char_dim=24, char_filters=50, hidden=100, dropout=0.5, lr=2e-3,
    decay=0.92, epochs=18, batch=16, min_count=2, seed=1, pretrained=False, word_dropout=0.25,
    average_from=0, stack=0, lm=0,
)


class _Vocab:
    def __init__(self, sents: list[Sentence], feats: list[list[list[str]]], min_count: int,
                 pre_words: list[str] | None) -> None:
        c = Counter(f for sent in feats for tok in sent for f in tok if keep_feature(f))
        self.feats = sorted(k for k, v in c.items() if v >= min_count)
        self.f = {f: i + 1 for i, f in enumerate(self.feats)}
        cc = Counter(ch for w, _ in sents for x in w for ch in x)
        self.chars = sorted(k for k, v in cc.items() if v >= 2)
        self.c = {ch: i + 2 for i, ch in enumerate(self.chars)}
        self.pre_words = pre_words or []
        self.p = {w: i + 1 for i, w in enumerate(self.pre_words)}

    def pid(self, w: str) -> int:
        return lookup_first(self.p, w) or 0

    def encode(self, sents: list[Sentence], feats: list[list[list[str]]],
               dense: list[np.ndarray] | None = None) -> list[tuple[Any, ...]]:
        """Per sentence: feature ids, character ids, tag ids, pretrained-word ids and, with
        ``dense``, that sentence's (tokens, k) array of extra inputs (stacking)."""
        out = []
        for i, ((words, tags), fs) in enumerate(zip(sents, feats, strict=True)):
            fid = [[self.f[f] for f in tok if f in self.f] or [0] for tok in fs]
            ch = [[self.c.get(c, 1) for c in x[:_MAX_CHARS]] for x in words]
            row = (fid, ch, [_T2I[t] for t in tags], [self.pid(x) for x in words])
            out.append(row + (dense[i],) if dense is not None else row)
        return out


def _net(n_feats: int, n_chars: int, pre: np.ndarray | None, st: NeuralSettings,
         identity: set[int] | None = None) -> Any:
    import torch
    from torch import nn

    word_ids: set[int] = identity or set()
    rng = random.Random(int(st["seed"]) + 1)

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            d, cd, cf, h = int(st["feat_dim"]), int(st["char_dim"]), int(st["char_filters"]), int(st["hidden"])
            self.fe = nn.EmbeddingBag(n_feats + 1, d, mode="sum", padding_idx=0)
            self.ce = nn.Embedding(n_chars + 2, cd, padding_idx=0)
            self.conv = nn.Conv1d(cd, cf, 3, padding=1)
            self.pre = None
            pd = 0
            if pre is not None:
                table = np.vstack([np.zeros((1, pre.shape[1]), np.float32), pre])
                self.pre = nn.Embedding.from_pretrained(torch.tensor(table), freeze=True, padding_idx=0)
                pd = pre.shape[1]
            self.drop = nn.Dropout(float(st["dropout"]))
            # dense inputs per token, after dropout: stacking's out-of-fold CRF marginals
            # (``stack``), then a frozen language model's states (``lm``, khabar.ner.lm)
            self.stack = int(st.get("stack", 0))
            self.lm = int(st.get("lm", 0))
            self.dense_width = self.stack + self.lm
            self.lstm = nn.LSTM(d + cf + pd + self.dense_width, h, batch_first=True, bidirectional=True)
            self.out = nn.Linear(2 * h, len(TAGS))
            self.trans = nn.Parameter(torch.zeros(len(TAGS), len(TAGS)))
            self.start = nn.Parameter(torch.zeros(len(TAGS)))
            self.end = nn.Parameter(torch.zeros(len(TAGS)))

        def emissions(self, batch: list[tuple[Any, ...]]) -> tuple[Any, Any]:
            n_b, n_t = len(batch), max(len(b[2]) for b in batch)
            flat: list[int] = []
            offs: list[int] = []
            # word dropout: while training, a token loses its word-identity features
            # (w=, st=, nw=) with probability p, as a name unseen in training has none
            p = float(st["word_dropout"]) if self.training else 0.0
            for b in batch:
                for k in range(n_t):
                    offs.append(len(flat))
                    ids = b[0][k] if k < len(b[0]) else [0]
                    if p and rng.random() < p:
                        ids = [i for i in ids if i not in word_ids] or [0]
                    flat.extend(ids)
            fv = self.fe(torch.tensor(flat), torch.tensor(offs)).view(n_b, n_t, -1)
            width = max(3, max(len(c) for b in batch for c in b[1]))
            chars = torch.zeros(n_b, n_t, width, dtype=torch.long)
            pid = torch.zeros(n_b, n_t, dtype=torch.long)
            for i, b in enumerate(batch):
                for k, c in enumerate(b[1]):
                    chars[i, k, :len(c)] = torch.tensor(c)
                pid[i, :len(b[3])] = torch.tensor(b[3])
            ce = self.ce(chars.view(n_b * n_t, width)).transpose(1, 2)
            cv = torch.relu(self.conv(ce))
            cv = cv.masked_fill(chars.view(n_b * n_t, 1, width) == 0, 0).max(2).values.view(n_b, n_t, -1)
            parts = [fv, cv]
            if self.pre is not None:
                parts.append(self.pre(pid))
            x = self.drop(torch.cat(parts, -1))
            if self.dense_width:
                dense = torch.zeros(n_b, n_t, self.dense_width)
                for i, b in enumerate(batch):
                    dense[i, :len(b[2])] = torch.from_numpy(np.asarray(b[4], dtype=np.float32))
                x = torch.cat([x, dense], -1)
            lens = torch.tensor([len(b[2]) for b in batch])
            packed = nn.utils.rnn.pack_padded_sequence(x, lens, batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=n_t)
            return self.out(self.drop(h)), lens

        def nll(self, batch: list[tuple[Any, ...]]) -> Any:
            """Negative log-likelihood of the gold tag sequences (linear-chain CRF)."""
            em, lens = self.emissions(batch)
            n_b, n_t, _ = em.shape
            mask = torch.arange(n_t)[None, :] < lens[:, None]
            tags = torch.zeros(n_b, n_t, dtype=torch.long)
            for i, b in enumerate(batch):
                tags[i, :len(b[2])] = torch.tensor(b[2])
            emit = em.gather(2, tags[:, :, None]).squeeze(2)
            step = self.trans[tags[:, :-1], tags[:, 1:]] + emit[:, 1:]
            gold = self.start[tags[:, 0]] + emit[:, 0] + (step * mask[:, 1:]).sum(1)
            gold = gold + self.end[tags.gather(1, (lens - 1)[:, None]).squeeze(1)]
            alpha = self.start[None] + em[:, 0]
            for t in range(1, n_t):
                nxt = torch.logsumexp(alpha[:, :, None] + self.trans[None] + em[:, t, None, :], 1)
                alpha = torch.where(mask[:, t, None], nxt, alpha)
            return (torch.logsumexp(alpha + self.end[None], 1) - gold).sum()

    return Net()


def train_network(
    fit: tuple[list[Sentence], list[list[list[str]]]],
    st: NeuralSettings,
    pre: tuple[list[str], np.ndarray] | None = None,
    dev: tuple[list[Sentence], list[list[list[str]]], Callable[[Any], list[list[str]]]] | None = None,
    log: Log = print,
    dense: list[np.ndarray] | None = None,
) -> tuple[Any, _Vocab, list[float]]:
    """Train on ``fit`` = (sentences, their CRF features); ``dev`` = (sentences, features,
    a function tagging them with the network) scores each epoch; ``dense``: per ``fit``
    sentence, a (tokens, ``st['stack'] + st['lm']``) array the LSTM also reads (stacking,
    :mod:`khabar.ner.stacking`; the LM's states, :mod:`khabar.ner.lm`). Returns the network, its vocabulary and the dev micro-F1
    per epoch."""
    import torch

    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)
    seed = int(st["seed"])
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    sents, feats = fit
    vocab = _Vocab(sents, feats, int(st["min_count"]), pre[0] if pre else None)
    data = vocab.encode(sents, feats, dense)
    identity = {i for f, i in vocab.f.items() if f.startswith(("w=", "st=", "nw="))}
    net = _net(len(vocab.feats), len(vocab.chars), pre[1] if pre else None, st, identity)
    opt = torch.optim.Adam([p for p in net.parameters() if p.requires_grad], lr=float(st["lr"]))
    sched = torch.optim.lr_scheduler.ExponentialLR(opt, float(st["decay"]))
    rng = random.Random(seed)
    history: list[float] = []
    avg: dict[str, Any] | None = None
    n_avg = 0
    for epoch in range(int(st["epochs"])):
        t0 = time.time()
        net.train()
        # batches of sentences of similar length (less padding), in random order
        order = list(range(len(data)))
        rng.shuffle(order)
        order.sort(key=lambda i: len(data[i][2]))
        size = int(st["batch"])
        batches = [order[k:k + size] for k in range(0, len(order), size)]
        rng.shuffle(batches)
        total = 0.0
        for batch in batches:
            loss = net.nll([data[i] for i in batch])
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
            opt.step()
            total += float(loss.item())
        sched.step()
        if int(st["average_from"]) and epoch + 1 >= int(st["average_from"]):
            # the exported weights are the mean of the last epochs' (weight averaging)
            state = {k: v.detach().clone() for k, v in net.state_dict().items()}
            n_avg += 1
            avg = state if avg is None else {k: avg[k] + (state[k] - avg[k]) / n_avg for k in avg}
        msg = f"epoch {epoch + 1}: loss {total:.0f} ({time.time() - t0:.0f}s)"
        if dev is not None and epoch + 1 >= int(st.get("dev_from", 1)):
            net.eval()
            pred = dev[2]((net, vocab))
            r = score([t for _, t in dev[0]], pred)
            history.append(float(r["micro_f1"]))  # type: ignore[arg-type]
            msg += f" dev micro-F1 {r['micro_f1']} " + " ".join(
                f"{k}={v['f1']}" for k, v in r["per_type"].items())  # type: ignore[attr-defined]
        log(msg)
    net.eval()
    if avg is not None:
        net.load_state_dict(avg)
        if dev is not None:
            r = score([t for _, t in dev[0]], dev[2]((net, vocab)))
            history.append(float(r["micro_f1"]))  # type: ignore[arg-type]
            log(f"weights averaged over the last {n_avg} epochs: dev micro-F1 {r['micro_f1']} " + " ".join(
                f"{k}={v['f1']}" for k, v in r["per_type"].items()))  # type: ignore[attr-defined]
    return net, vocab, history


def export(net: Any, vocab: _Vocab, path: Path) -> None:
    """Write the weights as ``.npy`` members of an uncompressed-index zip (float16; the
    zip is deflated, without timestamps: same weights, same bytes)."""
    sd = {k: v.detach().numpy() for k, v in net.state_dict().items()}
    arrays: dict[str, np.ndarray] = {
        "tags": np.array(TAGS),
        "feats": np.array(vocab.feats),
        "chars": np.array(vocab.chars),
        "feat_emb": sd["fe.weight"],
        "char_emb": sd["ce.weight"],
        "conv_w": sd["conv.weight"],
        "conv_b": sd["conv.bias"],
        "w_ih_f": sd["lstm.weight_ih_l0"],
        "w_hh_f": sd["lstm.weight_hh_l0"],
        "b_f": sd["lstm.bias_ih_l0"] + sd["lstm.bias_hh_l0"],
        "w_ih_b": sd["lstm.weight_ih_l0_reverse"],
        "w_hh_b": sd["lstm.weight_hh_l0_reverse"],
        "b_b": sd["lstm.bias_ih_l0_reverse"] + sd["lstm.bias_hh_l0_reverse"],
        "out_w": sd["out.weight"],
        "out_b": sd["out.bias"],
        "trans": sd["trans"],
        "start": sd["start"],
        "end": sd["end"],
    }
    if "pre.weight" in sd:
        arrays["pre_words"] = np.array(vocab.pre_words)
        arrays["pre_emb"] = sd["pre.weight"]
    if getattr(net, "stack", 0):  # the LSTM's last inputs are the CRF's marginals (stacking)
        arrays["stack"] = np.array([net.stack], dtype=np.int64)
    if getattr(net, "lm", 0):  # ... then the language model's states (lm.npz beside ner.npz)
        arrays["lm"] = np.array([net.lm], dtype=np.int64)
    write_arrays(path, arrays)


def torch_tagger(sents: list[Sentence], feats: list[list[list[str]]]) -> Callable[[Any], list[list[str]]]:
    """A function tagging ``sents`` with a (network, vocabulary) pair in torch (for the
    per-epoch dev score; same Viterbi constraints as the numpy run time)."""
    def run(model: Any) -> list[list[str]]:
        net, vocab = model
        return viterbi_tags(net, vocab.encode(sents, feats))
    return run


def viterbi_tags(net: Any, data: Any,
                 adjust: Callable[[int, np.ndarray], np.ndarray] | None = None) -> list[list[str]]:
    """Tags of encoded sentences by the network's torch emissions and the constrained Viterbi;
    ``adjust(j, emissions)`` may change sentence ``j``'s emissions first (an ensemble's prior)."""
    import torch

    trans, start, end = _constrained(net.trans.detach().numpy(), net.start.detach().numpy(),
                                     net.end.detach().numpy())
    out: list[list[str]] = []
    with torch.no_grad():
        for k in range(0, len(data), 64):
            em, lens = net.emissions(data[k:k + 64])
            for i, n in enumerate(lens.tolist()):
                e = em[i, :n].numpy()
                out.append(_viterbi(adjust(k + i, e) if adjust else e, trans, start, end))
    return out


def _constrained(trans: np.ndarray, start: np.ndarray, end: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    trans = trans.copy()
    start = start.copy()
    for j, t in enumerate(TAGS):
        if t.startswith("I-"):
            start[j] -= 1e4
            for i, u in enumerate(TAGS):
                if u[2:] != t[2:]:
                    trans[i, j] -= 1e4
    return trans, start, end


def _viterbi(em: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray) -> list[str]:
    a = start + em[0]
    back = []
    for t in range(1, len(em)):
        x = a[:, None] + trans
        back.append(x.argmax(0))
        a = x.max(0) + em[t]
    k = int((a + end).argmax())
    path = [k]
    for b in reversed(back):
        k = int(b[k])
        path.append(k)
    return [TAGS[k] for k in reversed(path)]


def build_neural(
    data: Path,
    out_dir: Path,
    settings: NeuralSettings | None = None,
    tune: bool = False,
    clusters_cache: Path | None = None,
    log: Log = print,
    keep_crf: bool = False,
    self_train: bool = False,
    features: tuple[str, ...] = (),
    augment: dict[str, object] | None = None,
) -> dict[str, object]:
    """Rebuild the neural tagger: lexicon (as for the CRF), optional word vectors,
    then the network trained on all of camel-split-train for ``settings['epochs']``
    epochs. ``tune`` first trains on the first 90% and logs the dev score of each epoch
    (the last 10%; that is how the epoch count and settings were chosen). ``keep_crf``
    leaves a CRF already in ``out_dir`` in place (the tagger then runs the ensemble).
    ``self_train`` (needs ``keep_crf`` and a CRF in ``out_dir``): the ensemble so built
    then tags ANT and Wikinews, and the network is trained again on camel-split-train plus
    the sentences it tagged with confidence (:mod:`khabar.ner.selftrain`); with ``tune``
    too, the same is first done on the first 90% and the ensemble's dev score logged before
    and after. ``features``: optional feature groups, as the CRF's (recorded in
    ``meta.json``; the network itself skips the CRF-only ones, see :func:`keep_feature`).
    ``augment``: mention-replacement settings (:mod:`khabar.ner.augment`): the network
    also trains on the replaced copies of its sentences."""
    import json

    from .augment import Augmenter, applies
    from .build import build_lexicon, corpus_sentences
    from .embeddings import learn_vectors
    from .features import FeatureExtractor
    from .train import (
        build_memory,
        built_with,
        document_features,
        featurize_with_copies,
        load_corpora,
    )

    if augment and self_train:
        raise ValueError("self-training and mention replacement are not combined (untested); choose one")
    st = NeuralSettings(DEFAULT_SETTINGS)
    st.update(settings or {})
    if int(st.get("stack", 0)) and (tune or self_train or not keep_crf):
        raise ValueError("stacking needs the ensemble (keep_crf) and no --tune or --self-train; "
                         "measure it with python -m khabar.ner.stacking")
    if int(st.get("lm", 0)) and (tune or self_train):
        raise ValueError("the LM features take no --tune or --self-train; measure them with "
                         "python -m khabar.ner.stacking net --lm (docs/models.md, Eleventh pass)")
    recorded, augment = augment, (augment if applies(augment, "net") else None)
    t0 = time.time()
    train, _ = load_corpora(data)
    lex = build_lexicon(data, clusters_cache)
    log(f"lexicon built in {time.time() - t0:.0f}s")
    fx = FeatureExtractor(lex, features)
    pre = None
    if st["pretrained"]:
        pre = learn_vectors(corpus_sentences(data))
        log(f"word vectors: {len(pre[0])} words ({time.time() - t0:.0f}s)")
    report: dict[str, object] = {"settings": dict(st)}
    if tune:
        cut = int(len(train) * 0.9)
        fit, dev = train[:cut], train[cut:]
        fit_rows, fit_feats = featurize_with_copies(
            fit, fx, Augmenter.from_settings(augment, fit, lex) if augment else None)
        fx.memory = build_memory(fit)
        dev_feats = document_features(fx, [w for w, _ in dev])
        fit_net, fit_vocab, history = train_network(
            (fit_rows, fit_feats), st, pre, (dev, dev_feats, torch_tagger(dev, dev_feats)), log)
        report["dev"] = history
        if self_train:
            from .selftrain import dev_scores

            report["self_train_dev"] = dev_scores(data, (fit, fit_feats), dev, fx, (fit_net, fit_vocab), st, log, pre)
    rows, feats = featurize_with_copies(train, fx, Augmenter.from_settings(augment, train, lex) if augment else None)
    dense = None
    if int(st.get("stack", 0)):
        from .stacking import out_of_fold

        dense = out_of_fold(rows, feats, log)  # the CRF's marginals, out of fold (5 CRFs)
    if int(st.get("lm", 0)):
        from .lm_train import build_lm

        # the language model (ANT + Wikinews), written to out_dir/lm.npz; its states follow
        states = build_lm(data, fx, out_dir / "lm.npz", [w for w, _ in rows], int(st["lm"]), log)
        dense = states if dense is None else [np.concatenate(r, axis=1) for r in zip(dense, states, strict=True)]
    elif (out_dir / "lm.npz").exists():
        (out_dir / "lm.npz").unlink()  # a former build's; this network reads none
    net, vocab, _ = train_network((rows, feats), st, pre, None, log, dense)
    out_dir.mkdir(parents=True, exist_ok=True)
    export(net, vocab, out_dir / "ner.npz")
    stale = out_dir / "ner.crfsuite.gz"  # with both, the tagger runs the ensemble
    if stale.exists() and not keep_crf:
        stale.unlink()
    lex.memory = fx.memory = build_memory(train)
    lex.save(out_dir / "lexicon.json.gz")
    meta: dict[str, object] = {"model": "neural", "settings": dict(st), "train_sentences": len(train),
                               "built_with": built_with()}
    if fx.options:
        meta["features"] = list(fx.options)
    if recorded:
        meta["augment"] = recorded
    if self_train:
        from .selftrain import pseudo_label, unlabelled_documents
        from .tagger import Tagger

        if not (keep_crf and stale.exists()):
            raise ValueError("self-training needs the ensemble (a CRF in the output folder)")
        t1 = time.time()
        extra = pseudo_label(Tagger(out_dir), unlabelled_documents(data))
        xsents = [s for doc in extra for s in doc]
        log(f"self-training: {len(xsents)} sentences kept from {len(extra)} ANT/Wikinews documents "
            f"({time.time() - t1:.0f}s)")
        # the extra documents' label memory is the whole training corpus's, as at run time
        xfeats = [f for doc in extra for f in fx.document([w for w, _ in doc])]
        net, vocab, _ = train_network((rows + xsents, feats + xfeats), st, pre, None, log)
        export(net, vocab, out_dir / "ner.npz")
        meta["self_train_sentences"] = len(xsents)
    if keep_crf and stale.exists():
        crf_meta = json.loads((out_dir / "meta.json").read_text()) if (out_dir / "meta.json").exists() else {}
        meta.update(model="ensemble", crf_params=crf_meta.get("params"), crf_extra=crf_meta.get("extra", []))
    (out_dir / "meta.json").write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    report["model_bytes"] = (out_dir / "ner.npz").stat().st_size
    log(f"saved {out_dir} in {time.time() - t0:.0f}s: ner.npz {report['model_bytes']:,} B")
    return report
