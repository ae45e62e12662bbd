"""Entity-level exact-match scoring of IOB sequences, as conlleval does it.

An entity is a maximal ``B-X I-X ...`` run (an ``I-X`` after anything but ``X`` starts a
new entity, as conlleval reads it); a predicted entity is correct when its type, first and
last token all equal a gold entity's. ``micro_f1`` pools every type; ``macro_f1`` is the
mean of the per-type F1 over the gold types.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence

__all__ = ["entities_of", "entities_step_tags", "score", "score_pooled"]


def entities_of(tags: Sequence[str]) -> set[tuple[str, int, int]]:
    """``(type, first, last)`` of each entity in one IOB tag sequence."""
    out: set[tuple[str, int, int]] = set()
    typ: str | None = None
    first = 0
    for i, t in enumerate([*tags, "O"]):
        bi, _, tt = t.partition("-")
        continues = bi == "I" and tt == typ
        if typ is not None and not continues:
            out.add((typ, first, i - 1))
            typ = None
        if bi in ("B", "I") and tt and not continues:
            typ, first = tt, i
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "gold": n_gold, "predicted": n_pred}


def score(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]],
          types: Iterable[str] | None = None) -> dict[str, object]:
    """Score predicted against gold tag sequences (one per sentence). ``types`` keeps only
    those entity types (the others count as O on both sides)."""
    keep = set(types) if types is not None else None
    tp: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=True):
        ge = {e for e in entities_of(g) if keep is None or e[0] in keep}
        pe = {e for e in entities_of(p) if keep is None or e[0] in keep}
        for e in ge:
            n_gold[e[0]] += 1
        for e in pe:
            n_pred[e[0]] += 1
        for e in ge & pe:
            tp[e[0]] += 1
    all_types = sorted(set(n_gold) | set(n_pred))
    per_type = {t: _prf(tp[t], n_pred[t], n_gold[t]) for t in all_types}
    micro = _prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    gold_types = [t for t in all_types if n_gold[t]]
    macro = sum(per_type[t]["f1"] for t in gold_types) / len(gold_types) if gold_types else 0.0
    return {
        "micro_f1": micro["f1"],
        "micro_precision": micro["precision"],
        "micro_recall": micro["recall"],
        "macro_f1": round(macro, 4),
        "per_type": per_type,
    }


def entities_step_tags(sents: Sequence[Sequence[str]]) -> list[list[str]]:
    """IOB tags of the mentions that ``analyze``'s entities step keeps on one pseudo-article.

    ``sents`` are sentences of khabar tokens (as :func:`khabar.ner.conll.read_conll` gives
    them); they become one article, a sentence a line and its tokens joined by spaces, with
    exactly these sentences and tokens (no sentence splitting, no re-tokenising), and the
    entities step (:func:`khabar.entities.step`: tagger, actor and city tables, merges, one
    sense per article) runs on it. Each mention of each entity becomes ``B-``/``I-`` over
    the tokens it covers, typed as the entity (PER/ORG/LOC/MISC); a mention starting inside
    a token (a proclitic left out: «وبغداد» → «بغداد») covers the whole token, as the
    corpus tags it. Where two mentions overlap, the one starting first (then the longer)
    is kept. References the step links without listing them («التنظيم») are not mentions."""
    from ..document import Doc, RawArticle
    from ..entities import step
    from ..options import Options
    from ..segment import Sentence, Token

    lines = [" ".join(ws) for ws in sents]
    text = "\n".join(lines)
    doc = Doc.from_article(RawArticle(text=text, source="<eval ner>"))
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    pos = 0
    for si, ws in enumerate(sents):
        first, start = len(tokens), pos
        for w in ws:
            tokens.append(Token(w, pos, pos + len(w), pos, pos + len(w), si, len(tokens)))
            pos += len(w) + 1
        end = pos - 1 if ws else pos
        sentences.append(Sentence(start, end, start, end, first, len(tokens)))
        pos = end + 1
    if doc.norm != text:  # the corpus tokens are normalised already: offsets must hold
        raise ValueError("entities_step_tags: tokens must be normalised khabar tokens")
    doc.tokens, doc.sentences = tokens, sentences
    step(doc, Options())
    flat = ["O"] * len(tokens)
    starts = [t.start for t in tokens]
    spans: list[tuple[int, int, str]] = []
    for e in doc.entities:
        for m in e.mentions:
            first = bisect_right(starts, m.start) - 1
            last = bisect_right(starts, m.end - 1) - 1
            spans.append((first, last, e.type))
    for first, last, typ in sorted(spans, key=lambda x: (x[0], x[0] - x[1])):
        if all(t == "O" for t in flat[first:last + 1]):
            flat[first] = "B-" + typ
            for i in range(first + 1, last + 1):
                flat[i] = "I-" + typ
    out: list[list[str]] = []
    for s in sentences:
        out.append(flat[s.tok_start:s.tok_end])
    return out


def score_pooled(paths: Sequence[str], tag_map: str = "standard",
                 types: Iterable[str] | None = None) -> dict[str, object]:
    """Tag the sentences of CoNLL files with the shipped tagger and score them, pooled.

    ``tag_map``: ``standard`` (ANERcorp/CoNLL: PERS→PER, GPE→LOC), ``aqmar`` (PER/LOC/ORG
    only; MIS0–MIS3 and malformed tags → O), ``newsfane`` or ``wojood``. ``tokens_per_s``
    times the tagger alone (features + CRF), after the model is loaded."""
    import time

    from ..ner import conll
    from ..ner.tagger import get_tagger
    from ..ner.train import DOC_WINDOW

    maps = {"standard": conll.map_standard, "aqmar": conll.map_aqmar,
            "newsfane": conll.map_newsfane, "wojood": conll.map_wojood}
    files = [list(conll.read_conll(p, maps[tag_map])) for p in paths]
    sents = [s for f in files for s in f]
    tagger = get_tagger()
    t0 = time.perf_counter()
    pred: list[list[str]] = []
    for f in files:  # pseudo-documents of DOC_WINDOW sentences, never across files
        for k in range(0, len(f), DOC_WINDOW):
            pred += tagger.tag_document([w for w, _ in f[k:k + DOC_WINDOW]])
    elapsed = time.perf_counter() - t0
    n_tokens = sum(len(w) for w, _ in sents)
    if tag_map == "aqmar" and types is None:
        types = ("PER", "LOC", "ORG")
    result = score([t for _, t in sents], pred, types)
    result["sentences"] = len(sents)
    result["tokens"] = n_tokens
    result["tokens_per_s"] = round(n_tokens / elapsed) if elapsed > 0 else None
    return result
