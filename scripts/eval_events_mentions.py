#!/usr/bin/env python3
"""Score the events layer of a gold split twice from one prediction run: with the predicted
events' ``mentions`` (the match rule of ``khabar eval gold`` since session 4) and with them
emptied (the rule before: the predicted trigger alone). Prints aggregate scores only, as
JSON; how many matches come through a mention is the difference of the two.

    python scripts/eval_events_mentions.py tests/gold tune
    python scripts/eval_events_mentions.py tests/gold heldback   # aggregate only: see docs/accuracy.md
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

from khabar.eval.gold import _predict, load_dir, score_article_pairs, split_ids


def main(gold_dir: Path, split: str) -> dict:
    arts = load_dir(gold_dir / "annotations", split_ids(gold_dir, split))
    with_mentions, trigger_only = [], []
    for g in arts:
        pred, _ = _predict(g)
        with_mentions.append((g.text, g.layers, pred))
        bare = copy.deepcopy(pred)
        for event in bare["events"]:
            event["mentions"] = []
        trigger_only.append((g.text, g.layers, bare))
    out = {}
    for name, triples in (("with_mentions", with_mentions), ("trigger_only", trigger_only)):
        report = score_article_pairs(triples)
        out[name] = report["scores"]["events"] | {"predicted": report["predicted"]["events"],
                                                  "gold": report["counts"]["events"]}
    return out


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: eval_events_mentions.py GOLD_DIR SPLIT")
    print(json.dumps(main(Path(sys.argv[1]), sys.argv[2]), indent=1))
