"""Which wrong events remain today on the events audits A-Q (events-15a, session 15).

Runs the tree on PYTHONPATH (``khabar.analyze``, title, outlet and date as ``khabar eval gold``
passes them) over the articles of audits A-Q (``tests/devgold/events-audit``; draws R and S,
the lead's clean reserve, are never read) and labels each predicted event with the verdict of
the audited trigger of the same (id, start, end, sha1_8) (a later ``-after``/``-end`` file
overrides the first judging, as in ``scripts/train_event_filter.py``; a trigger whose span has
moved since takes the verdict of an audited trigger it overlaps). A duplicate whose repeated
event is no longer predicted counts as right (``train_event_filter._still_duplicate``). The
audits' free-text ``class`` column is grouped by keyword (:func:`klass`). Prints the counts per
verdict and class, the audited triggers no longer predicted (gone, or now a merged mention of
another event) and the unjudged predictions::

    PYTHONPATH=$PWD/src KHABAR_DATA=/work/shared/data python scripts/events_audit_survey.py dump OUT.pkl
    python scripts/events_audit_survey.py count OUT.pkl     # writes OUT.pkl.listing.tsv too

Nothing here is shipped; the listing holds trigger text (SaudiNewsNet included): keep it in /tmp.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import pickle
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

A = Path(__file__).resolve().parent.parent / "tests/devgold/events-audit"
FILES = {"A": ["a", "a-after"], "B": ["b"], "C": ["c"], "D": ["d", "d-end"], "E": ["e", "efgh-after"],
         "F": ["f", "efgh-after"], "G": ["g", "efgh-after"], "H": ["h", "efgh-after"], "I": ["i"],
         "J": ["j", "jk-after"], "K": ["k", "jk-after"], "L": ["l", "lm-after"], "M": ["m", "lm-after"],
         "N": ["n", "no-after"], "O": ["o", "no-after"], "P": ["p"], "Q": ["q"]}
Key = tuple[str, int, int, str]


def sha8(t: str) -> str:
    return hashlib.sha1(t.encode("utf-8")).hexdigest()[:8]


def rows_of(f: str) -> list[dict[str, str]]:
    lines = [x for x in (A / f"audit-{f}.tsv").read_text(encoding="utf-8").splitlines() if x and not x.startswith("#")]
    head = lines[0].split("\t")
    return [dict(zip(head, x.split("\t"), strict=False)) for x in lines[1:]]


def ids_of(g: str) -> list[str]:
    """A draw's ids (A and B have no draw file: the ids of their audit)."""
    d = A / f"draw-{g.lower()}.txt"
    if d.exists():
        return [w for x in d.read_text().splitlines() if not x.startswith("#") for w in x.split()]
    return sorted({r["id"] for r in rows_of(FILES[g][0])})


def dump(out: str) -> None:
    from khabar import analyze
    from khabar.document import RawArticle
    from khabar.options import data_dir
    from khabar.readers.meta import iso_date

    groups = {g: ids_of(g) for g in FILES}
    wanted = {i for v in groups.values() for i in v}
    rows = {}
    for fn in ("saudinewsnet.jsonl.gz", "ant.jsonl.gz"):
        with gzip.open(data_dir() / "news" / fn, "rt", encoding="utf-8") as f:
            rows.update({r["id"]: r for r in map(json.loads, f) if r["id"] in wanted})
    res = {}
    for aid in sorted(wanted):
        r = rows[aid]
        art = RawArticle(text=r["text"], source=aid, id=aid, title=r["title"], outlet=r["outlet"], date=iso_date(r["date"]))
        res[aid] = analyze(art).model_dump()["events"]
    with open(out, "wb") as fh:
        pickle.dump({"groups": groups, "events": res}, fh)


def klass(verdict: str, c: str) -> str:
    """The class of a verdict, grouped by keywords of the audits' free-text column."""
    c0 = c.lower()
    if verdict in ("right", "wrong_type"):
        return verdict
    if verdict == "duplicate":
        if re.search(r"\bpart\b|part_of|coordinated|consequence|air_cover|raid of|another view|purpose|custody|generic_plural", c0):
            return "dup: part of same act"
        return "dup: retelling (incl. lead summary)"
    for name, pat in (("undated background", r"background"),
                      ("plan/prediction/unfinished", r"plan|precaution|prediction|campaign_begun|threat_not|unfinished"),
                      ("general situation/practice", r"general|situation|practice|repeated threats"),
                      ("tally/aggregate", r"tally|aggregate|statistic"),
                      ("statement/hypothetical/denied/charge", r"statement|hypothetical|alleged|charge"),
                      ("other sense/ordinary language/non-conflict",
                       r"sense|ordinary|name|person_noun|weapon|animal|cyber|accident|natural")):
        if re.search(pat, c0):
            return name
    return "other: " + c


def _audited_rows(groups: dict[str, list[str]]):
    """(key, row, group) of every audit row of the groups' articles, files in order."""
    for g, files in FILES.items():
        ids = set(groups[g])
        for f in files:
            for r in rows_of(f):
                if r["id"] in ids:
                    yield (r["id"], int(r["start"]), int(r["end"]), r["trigger_sha1_8"]), r, g


def verdicts(groups: dict[str, list[str]]) -> dict[Key, tuple[str, str, str]]:
    return {k: (r["verdict"], r["class"], g) for k, r, g in _audited_rows(groups)}


def audited_types(groups: dict[str, list[str]]) -> dict[Key, str]:
    """The type each audited trigger had when it was judged (the last file that judged it)."""
    return {k: r["type"] for k, r, _ in _audited_rows(groups)}


#: A ``wrong_type`` verdict whose event carries another type today than when it was judged: the
#: verdict no longer says whether today's type is right (events-16a: 5 of the 33 of session 15's
#: survey; each now carries the type the audit's note names).
RETYPED = "wrong_type, retyped since (type not judged)"


def _still_duplicate(ev: dict, evs: list[dict], c: str) -> bool:
    tail = c.rpartition(">")[2]
    rep = int(tail) if tail.isdigit() else -1
    others = [o for o in evs if o is not ev]
    if rep >= 0:
        return any(sp["start"] <= rep < sp["end"] or sp["start"] == rep for o in others for sp in (o["trigger"], *o["mentions"]))
    return any(o["type"] == ev["type"] for o in others)


def label(events: dict[str, list[dict]], verd: dict,
          types: dict[Key, str] | None = None) -> tuple[list[tuple], set[Key], dict[Key, Key]]:
    """(class, group, id, start, text, type, audit class, moved) per predicted event; the keys
    taken (predicted, or matched by overlap); each merged mention's key -> its event's trigger key.
    With ``types`` (:func:`audited_types`), a ``wrong_type`` event whose type changed since it was
    judged is labelled :data:`RETYPED`."""
    rows, taken, mention_of = [], set(), {}
    for aid, evs in events.items():
        for ev in evs:
            t = ev["trigger"]
            key = (aid, t["start"], t["end"], sha8(t["text"]))
            mention_of.update({(aid, m["start"], m["end"], sha8(m["text"])): key for m in ev["mentions"]})
            v, moved = verd.get(key), False
            if v is None:
                ov = [k for k in verd if k[0] == aid and k[1] < t["end"] and t["start"] < k[2] and k not in taken]
                v, moved, key = (verd[ov[0]], True, ov[0]) if ov else (None, False, key)
            taken.add(key)
            if v is None:
                rows.append(("UNJUDGED", "-", aid, t["start"], t["text"], ev["type"], "", False))
                continue
            kl = klass(v[0], v[1])
            if v[0] == "duplicate" and not _still_duplicate(ev, evs, v[1]):
                kl = "right (dup whose other record is gone)"
            if kl == "wrong_type" and types is not None and types.get(key, ev["type"]) != ev["type"]:
                kl = RETYPED
            rows.append((kl, v[2], aid, t["start"], t["text"], ev["type"], v[1], moved))
    return rows, taken, mention_of


def count(pkl: str) -> None:
    with open(pkl, "rb") as fh:
        d = pickle.load(fh)
    verd = verdicts(d["groups"])
    rows, taken, mention_of = label(d["events"], verd, audited_types(d["groups"]))
    cnt = Counter(r[0] for r in rows)
    judged = sum(n for k, n in cnt.items() if k != "UNJUDGED")
    right = cnt["right"] + cnt["right (dup whose other record is gone)"]
    print(f"articles {len(d['events'])}; predicted {len(rows)}; judged {judged}; unjudged {cnt['UNJUDGED']}; "
          f"audited precision {right}/{judged} = {right / max(1, judged):.3f}; "
          f"{cnt[RETYPED]} judged wrong_type carry another type today")
    for kl, n in cnt.most_common():
        print(f"  {kl:45} {n:4}")
    print("unjudged by type:", dict(Counter(r[5] for r in rows if r[0] == "UNJUDGED")))
    print("judged through an overlapping audited trigger:", dict(Counter(r[0] for r in rows if r[7])))
    gone: Counter[str] = Counter()
    merged: Counter[str] = Counter()
    for key, (v, cls, _) in verd.items():
        if key not in taken:
            (merged if key in mention_of else gone)[klass(v, cls)] += 1
    print("audited triggers no longer an event's trigger (gone / now a merged mention):")
    for kl in sorted(set(gone) | set(merged)):
        print(f"  {kl:45} {gone[kl]:3} {merged[kl]:3}")
    per: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        if r[0] != "UNJUDGED":
            per[r[1]][r[0]] += 1
    for g in FILES:
        pg = per[g]
        ok = pg["right"] + pg["right (dup whose other record is gone)"]
        dup = sum(v for k, v in pg.items() if k.startswith("dup"))
        wt, rt = pg["wrong_type"], pg[RETYPED]
        print(f"  {g}: right {ok} dup {dup} wrong_type {wt} retyped {rt} not_event {sum(pg.values()) - ok - dup - wt - rt}")
    with open(pkl + ".listing.tsv", "w", encoding="utf-8") as fh:
        for r in sorted(rows, key=lambda r: (r[0], r[2], r[3])):
            fh.write("\t".join(map(str, r)) + "\n")


if __name__ == "__main__":
    {"dump": dump, "count": count}[sys.argv[1]](sys.argv[2])
