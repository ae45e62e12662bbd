"""Where the events khabar misses on the development material are lost (events-17c, session 17).

Runs the tree on PYTHONPATH over three sets of missed events and labels each by the stage that
loses it:

* the audits' missed lists E-Q (``tests/devgold/events-audit/missed-[e-q].tsv``; R and S, the
  lead's clean reserve, are never read);
* the pooled dev parts' gold events that no prediction matches (``scripts/events_dups.py``'s
  parts and matching, tune split only);
* the 645 sentences' tune half whose gold trigger no event trigger overlaps
  (``khabar eval events --part tune``'s rule).

Classes (:func:`classify`, checked in this order): ``F`` an event's trigger covers it now;
``G`` a mention of an event of its own sentence (grouped there); ``M`` a mention of an event it
had its own event before the merge across the article (``retellings.merge_events``); ``X`` its
own event before that merge, gone after it; ``K`` kept by the filters, no event made of it;
``D <stage>`` found by the lexicon and dropped by a filter stage (:func:`drop_stage`:
``1unreal``, ``1no_violence``, ``1misread``, ``1practice``, ``1background``, ``2unconfirmed``,
``4present_told``, ``3unanchored``; the stages of ``filters.keep_mentions``); ``N`` no lexicon
mention overlaps it::

    PYTHONPATH=$PWD/src KHABAR_DATA=/work/shared/data python scripts/events_missed_survey.py dump OUT.tsv
    python scripts/events_missed_survey.py count OUT.tsv

The listing holds SaudiNewsNet text: keep it in /tmp. Nothing here is shipped.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
AUDIT = ROOT / "tests/devgold/events-audit"
GROUPS = "efghjklmnopq"  # never r, s
ORDER = ("F", "G", "M", "X", "K", "D", "N")
_WORD_RUN = re.compile(r"[\w\u064b-\u065f\u0670\u0640]+")  # a word with its harakat and tatweel


def drop_stage(doc: Any, lex: Any, mentions: list, a: int, b: int, m: Any, view: Any) -> str:
    """The first stage of ``filters.keep_mentions`` that drops mention ``m`` of sentence [a, b)."""
    from khabar.events import filters as F
    from khabar.events.clauses import clause_bounds

    s = F.read_sentence(lex, doc.tokens, mentions, a, b)
    cs, ce = clause_bounds(doc.tokens, m.first, a, b)
    for name, check in (("1unreal", lambda: F.unreal(s, m, cs)), ("1no_violence", lambda: F.no_violence(s, m)),
                        ("1misread", lambda: F.misread(s, m)), ("1practice", lambda: F.practice(s, m, cs, ce)),
                        ("1background", lambda: F.background(s, m, cs))):
        if check():
            return name
    stage1 = F._told_as_occurrence(s)
    if m not in stage1:
        return "1suicide_adj"
    if m not in F._confirmed(s, stage1, view.place_toks, F._date_words(s, view.date_toks)):
        return "2unconfirmed" + ("" if m.entry.strong else "(weak)")
    return "4present_told" if F.present_told(s, m, cs) else "3unanchored"


@contextmanager
def captured() -> Iterator[dict[str, list]]:
    """Wrap the events step's stage functions; yield a box the caller clears per article:
    ``kept`` [(doc, mention)], ``dropped`` [(doc, mention, stage)], ``pre`` (events before the merge)."""
    import khabar.events as E

    box: dict[str, list] = {}
    kept0, merge0 = E._kept_mentions, E.merge_events

    def kept(doc, lex, view, si, mentions):  # type: ignore[no-untyped-def]
        out = kept0(doc, lex, view, si, mentions)
        sent = doc.sentences[si]
        for m in mentions:
            if m not in out:
                box.setdefault("dropped", []).append(
                    (doc, m, drop_stage(doc, lex, mentions, sent.tok_start, sent.tok_end, m, view)))
        box.setdefault("kept", []).extend((doc, m) for m in out)
        return out

    def merge(events, *args, **kw):  # type: ignore[no-untyped-def]
        box["pre"] = list(events)
        return merge0(events, *args, **kw)

    E._kept_mentions, E.merge_events = kept, merge
    try:
        yield box
    finally:
        E._kept_mentions, E.merge_events = kept0, merge0


def _ov(a: int, b: int, s: int, e: int) -> bool:
    return a < e and s < b


def _span(doc: Any, m: Any) -> tuple[int, int]:
    return doc.tokens[m.first].start, doc.tokens[m.last].end


def classify(events: list, box: dict[str, list], s: int, e: int) -> tuple[str, str]:
    """``(class, detail)`` of the missed span [s, e) (the module docstring's classes)."""
    pre = [p for p in box.get("pre", []) if _ov(p.trigger.start, p.trigger.end, s, e)]
    for ev in events:
        if _ov(ev.trigger.start, ev.trigger.end, s, e):
            return "F", f"{ev.subtype}:{ev.trigger.text}"
    for ev in events:
        if any(_ov(sp.start, sp.end, s, e) for sp in ev.mentions):
            return ("M" if pre else "G"), f"into {ev.subtype}:{ev.trigger.text}@{ev.trigger.start}"
    if pre:
        return "X", pre[0].subtype
    if any(_ov(*_span(d, m), s, e) for d, m in box.get("kept", [])):
        return "K", ""
    for d, m, why in box.get("dropped", []):
        if _ov(*_span(d, m), s, e):
            words = " ".join(t.norm for t in d.tokens[m.first:m.last + 1])
            return f"D {why}", f"{m.subtype},{m.tense},{'s' if m.entry.strong else 'w'}:{words}"
    return "N", ""


def _audit_rows() -> Iterator[dict[str, str]]:
    for g in GROUPS:
        lines = [x for x in (AUDIT / f"missed-{g}.tsv").read_text(encoding="utf-8").splitlines()
                 if x and not x.startswith("#")]
        head = lines[0].split("\t")
        for x in lines[1:]:
            yield dict(zip(head, x.split("\t"), strict=False), group=g.upper())


def _run(box: dict[str, list], art: Any) -> list:
    from khabar import analyze

    box.clear()
    return analyze(art).events


def _audits(box: dict[str, list]) -> Iterator[list[str]]:
    from khabar.document import RawArticle
    from khabar.options import data_dir
    from khabar.readers.meta import iso_date

    rows = list(_audit_rows())
    want, arts = {r["id"] for r in rows}, {}
    for fn in ("saudinewsnet.jsonl.gz", "ant.jsonl.gz"):
        with gzip.open(data_dir() / "news" / fn, "rt", encoding="utf-8") as f:
            arts.update({r["id"]: r for r in map(json.loads, f) if r["id"] in want})
    done: dict[str, tuple[list, dict]] = {}
    for r in rows:
        a = arts[r["id"]]
        if r["id"] not in done:
            evs = _run(box, RawArticle(text=a["text"], source=r["id"], id=r["id"], title=a["title"],
                                       outlet=a["outlet"], date=iso_date(a["date"])))
            done[r["id"]] = (evs, dict(box))
        s, e = int(r["start"]), int(r["end"])
        yield ["audit-" + r["group"], r["id"], str(s), a["text"][s:e], r["subtype"], r["status"],
               *classify(*done[r["id"]], s, e)]


def _pooled_dev(box: dict[str, list]) -> Iterator[list[str]]:
    sys.path.insert(0, str(ROOT / "scripts"))
    from events_dups import PARTS, errors

    from khabar.document import RawArticle
    from khabar.eval.gold import load_dir, split_ids
    from khabar.readers.meta import iso_date

    for part in PARTS:
        gdir = ROOT / part
        for g in load_dir(gdir / "annotations", split_ids(gdir, "tune")):
            evs = _run(box, RawArticle(text=g.text, source=f"gold:{g.id}", id=g.id, title=g.title,
                                       outlet=g.outlet, date=iso_date(g.date)))
            gold = g.layers.get("events", [])
            hit = {gi for gi, _ in errors(gold, [ev.model_dump() for ev in evs])[0]}
            for gi, ge in enumerate(gold):
                if gi not in hit:
                    t = ge["trigger"]
                    yield ["dev:" + part, g.id, str(t["start"]), g.text[t["start"]:t["end"]],
                           str(ge.get("subtype")), "gold", *classify(evs, box, t["start"], t["end"])]


def gold_spans(text: str, tokens: set[str]) -> list[tuple[int, int]]:
    """Where each folded gold token first stands as a word of ``text``, in text order. The gold
    bags are folded (``khabar.eval.events.gold_tokens``), so each word of the text is folded
    before the comparison («مظاهرة» is the token «مظاهره»; events-20b: three of the tune half's
    misses were "not located" when the folded token was searched in the raw text); a word runs
    over harakat and tatweel («قُتل» is one word)."""
    from khabar.normalize import fold

    seen: dict[str, tuple[int, int]] = {}
    for m in _WORD_RUN.finditer(text):
        w = fold(m.group())
        if w in tokens and w not in seen:
            seen[w] = (m.start(), m.end())
    return sorted(seen.values())


def _tune_645(box: dict[str, list]) -> Iterator[list[str]]:
    from khabar.eval.events import gold_tokens, load_gold, overlaps, split_of
    from khabar.options import data_dir

    for g in load_gold(data_dir() / "events" / "upetrarch-arabic"):
        trig = gold_tokens(g.trigger)
        if split_of(g.id) != "tune" or not trig:
            continue
        evs = _run(box, g.text)
        if any(overlaps(e.trigger, trig) for e in evs):
            continue
        # each gold token where it first stands as a word; the most advanced class wins
        spans = gold_spans(g.text, trig)
        found = sorted((classify(evs, box, s, e) for s, e in spans), key=lambda c: ORDER.index(c[0][0]))
        yield ["645tune", str(g.id), str(spans[0][0] if spans else -1), g.trigger, str(g.plover), "gold",
               *(found[0] if found else ("N", "gold tokens not located"))]


def dump(out: str) -> None:
    with captured() as box, open(out, "w", encoding="utf-8") as fh:
        for source in (_audits, _pooled_dev, _tune_645):
            for row in source(box):
                fh.write("\t".join(x.replace("\t", " ").replace("\n", " ") for x in row) + "\n")


def count(path: str) -> Counter:
    """Rows per (class, set); audits split into clear and borderline."""
    c: Counter = Counter()
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        f = line.split("\t")
        where = f[0] if not f[0].startswith("audit") else f"audit {f[5]}"
        c[(f[6].split("(")[0], where.split("/")[-1])] += 1
    for (k, where), n in sorted(c.items()):
        print(f"{n}\t{k}\t{where}")
    return c


if __name__ == "__main__":
    {"dump": dump, "count": count}[sys.argv[1]](sys.argv[2])
