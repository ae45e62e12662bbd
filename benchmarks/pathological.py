#!/usr/bin/env python3
"""Pathological Arabic articles, and how the pipeline's time grows with their size.

``make(kind, n, seed)`` writes one hostile article of ``n`` units (seeded, so a slow case
can be rebuilt exactly). The kinds and their full sizes (qa-16a's brief):

=============  =======================================================  ==========
kind           what                                                      full n
=============  =======================================================  ==========
sentence       one sentence of ordinary words, no punctuation, n chars   200,000
cues           «قال» n times in a row                                     5,000
numbers        n numbers and number words in a row                       10,000
places         n place names joined by «و»                                2,000
quotes         n unbalanced «« and «"»                                    3,000
token          one token of n letters                                    50,000
people         one sentence of n person names                            5,000
bidi           n words between RTL/LTR marks and embeddings              20,000
newlines       n newlines between short lines                            10,000
mixed          one sentence of 40n characters, then n short sentences       500
=============  =======================================================  ==========

(``mixed`` at its full size took 8.5 GB and 170 s in the NER tagger before qa-16a, which
padded every sentence to the longest: do not run it full-size on an older khabar.)

The benchmark runs every kind at n/4, n/2 and n (sizes "n, 2n, 4n") in a child process per
kind (the models load once per kind; a kind that runs past ``--timeout`` is stopped and
reported), and prints the seconds of each pipeline step and the ratio of each doubling.
A step that grows linearly doubles (ratio about 2); ``--flag`` (default 3.0) marks a step
whose ratio is over it and whose time is over 0.5 s. Ratios, not seconds, are what to
compare across machines.

    python benchmarks/pathological.py                      # all kinds, n/4 .. n
    python benchmarks/pathological.py --kind cues --full   # one kind, n .. 4n
    python benchmarks/pathological.py --write /tmp/patho   # the articles as .txt files
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

# Ordinary news words (no cue verb, no place, no number), for filler.
WORDS = ("الوضع", "الحكومة", "الاجتماع", "المشروع", "الجديد", "الكبير", "اليوم", "العمل",
         "الطلاب", "المدارس", "الطريق", "السوق", "الشركة", "البرنامج", "الخطة", "التعاون",
         "بين", "على", "من", "إلى", "مع", "عن", "في", "كان", "يكون", "هذا", "تلك")
NUMBER_WORDS = ("ثلاثة", "عشرين", "مئة", "ألف", "مليون", "خمسة", "عشرات", "مئات", "اثنان",
                "سبعة عشر", "ثمانين", "نصف", "ربع")
PLACES = ("الرياض", "جدة", "مكة", "دمشق", "حلب", "بغداد", "الموصل", "صنعاء", "عدن", "القاهرة",
          "بيروت", "طرابلس", "تعز", "الحديدة", "إدلب", "حمص", "درعا", "الرقة", "مأرب", "البصرة")
GIVEN = ("محمد", "أحمد", "علي", "عبدالله", "خالد", "سعد", "فهد", "عمر", "حسن", "يوسف", "تركي",
         "عادل", "سلمان", "ناصر", "فيصل")
FAMILY = ("المالكي", "الجبير", "العتيبي", "القحطاني", "الشمري", "الحربي", "الغامدي", "الدوسري",
          "الزهراني", "السبيعي")
BIDI = ("\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066",
        "\u2067", "\u2068", "\u2069", "\u061c")
LATIN = ("UN", "ISIS", "Reuters", "2015", "CNN", "km", "AFP")


def _sentence(n: int, rng: random.Random) -> str:
    out: list[str] = []
    size = 0
    while size < n:
        w = rng.choice(WORDS)
        out.append(w)
        size += len(w) + 1
    return " ".join(out)[:n]


def _cues(n: int, rng: random.Random) -> str:
    return "قال المتحدث " + " ".join("قال" for _ in range(n)) + " إن الوضع هادئ."


def _numbers(n: int, rng: random.Random) -> str:
    items = [str(rng.randint(0, 99999)) if rng.random() < 0.5 else rng.choice(NUMBER_WORDS)
             for _ in range(n)]
    return "قتل " + " ".join(items) + " شخصا."


def _places(n: int, rng: random.Random) -> str:
    return "وصل الوفد إلى " + " و".join(rng.choice(PLACES) for _ in range(n)) + "."


def _quotes(n: int, rng: random.Random) -> str:
    marks = ("«", '"')
    return " ".join(f"قال {rng.choice(GIVEN)} {rng.choice(marks)}{rng.choice(WORDS)}"
                    for _ in range(n))


def _token(n: int, rng: random.Random) -> str:
    letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
    return "قال الوزير إن " + "".join(rng.choice(letters) for _ in range(n)) + " هادئ."


def _people(n: int, rng: random.Random) -> str:
    names = [f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}" for _ in range(n)]
    return "التقى الوزير " + " و".join(names) + "."


def _bidi(n: int, rng: random.Random) -> str:
    out = []
    for i in range(n):
        w = rng.choice(LATIN) if rng.random() < 0.3 else rng.choice(WORDS + PLACES)
        out.append(rng.choice(BIDI) + w + rng.choice(BIDI))
        if i % 25 == 24:
            out.append(".")
    return "قال المتحدث " + " ".join(out)


def _newlines(n: int, rng: random.Random) -> str:
    lines = []
    for _ in range(n):
        lines.append(rng.choice(("", "", "", rng.choice(WORDS), f"قال {rng.choice(GIVEN)}")))
    return "قال المتحدث إن الوضع هادئ.\n" + "\n".join(lines)


def _mixed(n: int, rng: random.Random) -> str:
    return _sentence(40 * n, rng) + ".\n" + "\n".join(
        f"قال {rng.choice(GIVEN)} {rng.choice(FAMILY)} إن الوضع في {rng.choice(PLACES)} هادئ." for _ in range(n))


KINDS: dict[str, tuple[Callable[[int, random.Random], str], int]] = {
    "sentence": (_sentence, 200_000),
    "cues": (_cues, 5_000),
    "numbers": (_numbers, 10_000),
    "places": (_places, 2_000),
    "quotes": (_quotes, 3_000),
    "token": (_token, 50_000),
    "people": (_people, 5_000),
    "bidi": (_bidi, 20_000),
    "newlines": (_newlines, 10_000),
    "mixed": (_mixed, 500),
}


def make(kind: str, n: int | None = None, seed: int = 16800) -> str:
    """One pathological article of ``kind`` with ``n`` units (default: the full size)."""
    func, full = KINDS[kind]
    return func(full if n is None else n, random.Random(f"{seed}:{kind}:{n}"))


def child(kind: str, sizes: list[int], seed: int) -> None:
    """Run the sizes of one kind, printing one JSON line per size as it finishes."""
    import khabar
    from khabar import Options, RawArticle
    from khabar.pipeline import build_pipeline

    pipe = build_pipeline(Options())
    # warm up with the demo article: the tables each layer loads on first use are not timed
    demo = json.loads((Path(khabar.__file__).parent / "data" / "demo" / "article.json").read_text("utf-8"))
    pipe(RawArticle(text=demo["text"], source="warm"))
    for n in sizes:
        text = make(kind, n, seed)
        pipe.timings = dict.fromkeys(pipe.timings, 0.0)
        t0 = time.perf_counter()
        rec = pipe(RawArticle(text=text, source=f"{kind}-{n}"))
        secs = time.perf_counter() - t0
        counts = {k: len(getattr(rec, k)) for k in ("entities", "claims", "quantities",
                                                       "dates", "places", "events")}
        print(json.dumps({"kind": kind, "n": n, "chars": len(text), "seconds": round(secs, 3),
                          "steps": {k: round(v, 3) for k, v in pipe.timings.items()},
                          "records": counts}), flush=True)


def run_kind(kind: str, sizes: list[int], seed: int, timeout: float) -> list[dict]:
    cmd = [sys.executable, __file__, "--child", kind, "--seed", str(seed),
           "--sizes", ",".join(map(str, sizes))]
    rows: list[dict] = []
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, _ = proc.communicate()
        rows.append({"kind": kind, "timeout": timeout})
    rows[:0] = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    return rows


def report(rows: list[dict], flag: float) -> list[str]:
    """Lines of the table; a step whose doubling ratio is over ``flag`` is marked."""
    lines = []
    done = [r for r in rows if "n" in r]
    for r in done:
        lines.append(f"{r['kind']:9} n={r['n']:>7} chars={r['chars']:>8} {r['seconds']:8.2f} s  "
                     + " ".join(f"{k}={v:.2f}" for k, v in r["steps"].items()))
    for a, b in zip(done, done[1:], strict=False):
        for step, tb in b["steps"].items():
            ta = a["steps"][step]
            if tb > 0.5 and ta > 0 and tb / ta > flag * (b["n"] / a["n"]) / 2:
                lines.append(f"  SUPER-LINEAR {a['kind']} {step}: {ta:.2f} -> {tb:.2f} s "
                             f"for n {a['n']} -> {b['n']} (ratio {tb / ta:.1f})")
    lines += [f"  TIMEOUT {r['kind']} after {r['timeout']} s" for r in rows if "timeout" in r]
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kind", action="append", choices=sorted(KINDS), help="kinds (default all)")
    ap.add_argument("--full", action="store_true", help="sizes n, 2n, 4n (default n/4, n/2, n)")
    ap.add_argument("--seed", type=int, default=16800)
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per kind (300)")
    ap.add_argument("--flag", type=float, default=3.0, help="doubling ratio called super-linear")
    ap.add_argument("--json", type=Path, help="also write the rows as JSON lines")
    ap.add_argument("--write", type=Path, help="write the full-size articles as .txt and stop")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--sizes", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.child, [int(s) for s in args.sizes.split(",")], args.seed)
        return 0
    kinds = args.kind or list(KINDS)
    if args.write:
        args.write.mkdir(parents=True, exist_ok=True)
        for kind in kinds:
            (args.write / f"{kind}.txt").write_text(make(kind, seed=args.seed), encoding="utf-8")
        return 0
    rows: list[dict] = []
    for kind in kinds:
        full = KINDS[kind][1]
        sizes = [full, 2 * full, 4 * full] if args.full else [full // 4, full // 2, full]
        got = run_kind(kind, sizes, args.seed, args.timeout)
        print("\n".join(report(got, args.flag)), flush=True)
        rows += got
    if args.json:
        args.json.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
