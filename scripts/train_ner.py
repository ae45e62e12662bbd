#!/usr/bin/env python
"""Rebuild khabar's shipped NER model (same as ``khabar train ner``).

Usage: python scripts/train_ner.py --model ensemble --no-tune [--out DIR]   (the shipped model)
       python scripts/train_ner.py [--model crf|neural] [--out DIR] [--no-tune] [--extra newsfane] ...
       python scripts/train_ner.py --no-tune --self-train --out DIR   (self-trained neural half, not shipped yet)
Reads ../shared/data (or $KHABAR_DATA); writes src/khabar/models/ner/ by default.
"""

from __future__ import annotations

import sys

from khabar.cli import main

if __name__ == "__main__":
    sys.exit(main(["train", "ner", *sys.argv[1:]]))
