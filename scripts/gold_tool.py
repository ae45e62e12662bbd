#!/usr/bin/env python3
"""The gold annotation tool: drafts with quoted snippets → checked annotations with offsets.

Commands (run from the repository root; see tests/gold/README.md):
  show ID              print the article (title, outlet, date, text) to annotate
  new ID [--second]    write an empty draft in the right folder (private for SaudiNewsNet)
  build DRAFT...       resolve + validate drafts, write tests/gold/[second/]annotations/<id>.json
  render ID [--second] write the draft of a committed annotation (to edit it again)
  check [--second]     load every annotation, checking text and span hashes
  stats                gold counts per split (held-back minimums included)
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from khabar.eval.goldfile import (
    FREE_SOURCES,
    DraftError,
    build_annotation,
    draft_from_annotation,
    load_annotation,
    load_dir,
    news_article,
    source_file_of,
)

# KHABAR_GOLD_DIR points the tool at another corpus (e.g. a layer-specific development set)
GOLD = Path(os.environ.get("KHABAR_GOLD_DIR", "tests/gold"))


def draft_path(aid: str, second: bool) -> Path:
    free = source_file_of(aid) in FREE_SOURCES
    if free:
        return GOLD / ("second/drafts" if second else "drafts") / f"{aid}.json"
    return GOLD / "drafts-private" / ("second" if second else "") / f"{aid}.json"


def ann_dir(second: bool) -> Path:
    return GOLD / ("second/annotations" if second else "annotations")


def dump(obj: dict, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def cmd_show(a: argparse.Namespace) -> None:
    r = news_article(a.id)
    print(f"# {r['id']}  {r.get('outlet')}  {r.get('date')}\n# {r.get('title')}\n")
    print(r["text"])


def cmd_new(a: argparse.Namespace) -> None:
    p = draft_path(a.id, a.second)
    if p.exists():
        sys.exit(f"{p} exists already")
    dump({"id": a.id, "annotator": a.annotator, "entities": [], "claims": [], "quantities": [],
          "dates": [], "places": [], "events": []}, p)
    print(p)


def cmd_build(a: argparse.Namespace) -> None:
    failed = 0
    for d in a.drafts:
        draft = json.loads(Path(d).read_text(encoding="utf-8"))
        row = news_article(draft["id"])
        second = a.second or "second" in Path(d).parts
        try:
            ann = build_annotation(draft, row["text"], row)
        except DraftError as err:
            print(err, file=sys.stderr)
            failed += 1
            continue
        out = ann_dir(second) / f"{ann['id']}.json"
        if out.exists() and not a.force:
            # Guard against one annotator overwriting another's work (a2's note 4).
            prev = json.loads(out.read_text(encoding="utf-8")).get("annotator")
            if prev != ann.get("annotator"):
                print(f"{out}: annotated by {prev}, this draft says {ann.get('annotator')}; "
                      "--force to overwrite", file=sys.stderr)
                failed += 1
                continue
        dump(ann, out)
        counts = ", ".join(f"{k} {len(ann[k])}" for k in
                           ("entities", "claims", "quantities", "dates", "places", "events"))
        print(f"{out}: {counts}")
        if a.verbose:
            _print_spans(ann, row["text"])
    if failed:
        sys.exit(1)


def _print_spans(ann: dict, text: str) -> None:
    def s(sp: dict | None) -> str:
        return "-" if sp is None else f"{text[sp['start']:sp['end']]}@{sp['start']}"

    for c in ann["claims"]:
        chain = " > ".join(s(x) for x in c["chain"])
        print(f"  {c['id']} [{chain}] {s(c['cue'])} {c['kind']}/{c['certainty']}: {s(c['content'])[:70]}")
    for v in ann["events"]:
        print(f"  {v['id']} {v['type']}/{v['subtype']} {s(v['trigger'])} actors={[s(x) for x in v['actors']]}"
              f" targets={[s(x) for x in v['targets']]} place={v['place']} date={v['date']}")


def cmd_render(a: argparse.Namespace) -> None:
    g = load_annotation(ann_dir(a.second) / f"{a.id}.json")
    p = draft_path(a.id, a.second)
    if p.exists() and not a.force:
        sys.exit(f"{p} exists; --force to overwrite")
    dump(draft_from_annotation(g), p)
    print(p)


def cmd_check(a: argparse.Namespace) -> None:
    arts = load_dir(ann_dir(a.second))
    print(f"{len(arts)} annotations load and match their hashes")


def cmd_stats(a: argparse.Namespace) -> None:
    from khabar.eval.gold import split_ids

    for split in ("tune", "heldback"):
        arts = load_dir(ann_dir(False), split_ids(GOLD, split))
        n = {k: sum(x.count(k) for x in arts) for k in
             ("entities", "claims", "quantities", "dates", "places", "events")}
        non_asserted = sum(1 for x in arts for c in x.layers["claims"] if c["certainty"] != "asserted")
        print(f"{split}: {len(arts)} articles, {n}, claims not asserted {non_asserted}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("show")
    p.add_argument("id")
    p = sub.add_parser("new")
    p.add_argument("id")
    p.add_argument("--second", action="store_true")
    p.add_argument("--annotator", default="a1")
    p = sub.add_parser("build")
    p.add_argument("drafts", nargs="+")
    p.add_argument("--second", action="store_true")
    p.add_argument("-v", "--verbose", action="store_true")
    p.add_argument("--force", action="store_true", help="overwrite another annotator's annotation")
    p = sub.add_parser("render")
    p.add_argument("id")
    p.add_argument("--second", action="store_true")
    p.add_argument("--force", action="store_true")
    p = sub.add_parser("check")
    p.add_argument("--second", action="store_true")
    sub.add_parser("stats")
    a = ap.parse_args()
    {"show": cmd_show, "new": cmd_new, "build": cmd_build, "render": cmd_render,
     "check": cmd_check, "stats": cmd_stats}[a.cmd](a)


if __name__ == "__main__":
    main()
