#!/usr/bin/env python3
"""Dump every record of every layer (and the NER tagger's own tags) for a seeded random
pick of news articles, one JSON line per article, for proving that a speed change leaves
the output byte-identical: dump with the tree before and the tree after, then ``cmp``.

The pick: ``--sn`` SaudiNewsNet and ``--ant`` ANT articles from ``../shared/data/news``
(``random.Random(seed).sample`` over each file's lines, in file order).

    git worktree add /tmp/wt-before HEAD~1
    PYTHONPATH=/tmp/wt-before/src python benchmarks/same_output.py -o /tmp/before.jsonl
    python benchmarks/same_output.py -o /tmp/after.jsonl
    cmp /tmp/before.jsonl /tmp/after.jsonl && echo identical
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
from pathlib import Path

from khabar import Options, RawArticle
from khabar.ner.tagger import get_tagger
from khabar.options import data_dir
from khabar.pipeline import build_pipeline
from khabar.readers.meta import iso_date


def pick(name: str, k: int, seed: int) -> list[RawArticle]:
    """``k`` articles of ``news/<name>.jsonl.gz``, drawn with ``seed``, in file order."""
    with gzip.open(data_dir() / "news" / f"{name}.jsonl.gz", "rt", encoding="utf-8") as fh:
        lines = fh.readlines()
    chosen = sorted(random.Random(seed).sample(range(len(lines)), min(k, len(lines))))
    out = []
    for i in chosen:
        r = json.loads(lines[i])
        out.append(RawArticle(text=r["text"], source=r["id"], id=r["id"], title=r["title"],
                              outlet=r["outlet"], date=iso_date(r["date"]), url=r["url"] or None))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-o", "--out", type=Path, required=True, help="output JSON lines")
    ap.add_argument("--sn", type=int, default=400, help="SaudiNewsNet articles (default 400)")
    ap.add_argument("--ant", type=int, default=100, help="ANT articles (default 100)")
    ap.add_argument("--seed", type=int, default=5, help="random seed of the pick (default 5)")
    args = ap.parse_args()
    arts = pick("saudinewsnet", args.sn, args.seed) + pick("ant", args.ant, args.seed)
    pipe = build_pipeline(Options())
    tagger = get_tagger()
    with args.out.open("w", encoding="utf-8") as out:
        for a in arts:
            doc = pipe.run(pipe.make_doc(a))
            sents = [[t.norm for t in doc.tokens[s.tok_start:s.tok_end]] for s in doc.sentences]
            line = {"record": json.loads(doc.to_record().model_dump_json()),
                    "tags": tagger.tag_document(sents, consistent=False)}
            out.write(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(arts)} articles -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
