"""How often news write each name after a place cue: the evidence ``gazetteer_latin.choose``
reads to keep one Arabic spelling of a Latin place name (build time only; nothing of the
corpora is shipped but the names chosen).

A place cue is a word of ``khabar.places.lexicon.PLACE_CUES`` or of ``EXTRA_CUES`` («بلدية»،
«عمادة»، «مركز»), with its proclitics (و ف ب ل); the one to six words after it
(folded, punctuation and quotation marks off) are counted once each. Articles of the gold
corpus (every split of ``tests/gold/manifest.json``) and of the development parts
(``tests/devgold/**/annotations/*.json``) are left out, so that no scored article votes for
its own names.

Example:
    python -c "import sys; sys.path.insert(0, 'scripts'); import gazetteer_attested as a; \\
        print(a.cued_phrases('ant').most_common(5))"
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

from khabar.normalize import fold
from khabar.options import data_dir
from khabar.places.lexicon import PLACE_CUES

__all__ = ["cued_phrases", "scored_ids"]

ROOT = Path(__file__).resolve().parents[1]
#: Cues of units and places that ``PLACE_CUES`` leaves out (it lists the cues the places step
#: reads): a municipality, a Tunisian sector, a Saudi administrative centre.
EXTRA_CUES = frozenset(fold(w) for w in "بلدية عمادة مركز".split())
CUES = PLACE_CUES | EXTRA_CUES
#: Words counted after a cue: a name of up to three words and the place it lies in («الرقاب
#: من ولاية سيدي بوزيد»; ``gazetteer_named`` reads the container).
MAX_WORDS = 6
_PUNCT = "،,.:؛;()«»\"'!؟?“”-–[]"
_ARABIC = re.compile(r"[\u0621-\u064a]+")


def scored_ids() -> set[str]:
    """Ids of the gold corpus (every split) and of every development part's annotations."""
    ids = {a["id"] for a in json.loads((ROOT / "tests/gold/manifest.json").read_text())["articles"]}
    ids.update(p.stem for p in (ROOT / "tests/devgold").glob("**/annotations/*.json"))
    return ids


def _cue(w: str) -> bool:
    if w in CUES:
        return True
    return any(w[:k] in ("و", "ف", "ب", "ل", "وب", "ول", "فب", "فل") and w[k:] in CUES for k in (1, 2))


@lru_cache(maxsize=4)
def cued_phrases(corpus: str, year: str = "") -> Counter[str]:
    """Folded phrases of one to ``MAX_WORDS`` words written right after a place cue in ``corpus``
    ("ant" or "saudinewsnet"; only articles dated ``year...`` when given), outside
    :func:`scored_ids`."""
    skip = scored_ids()
    out: Counter[str] = Counter()
    with gzip.open(data_dir() / "news" / f"{corpus}.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r["id"] in skip or not str(r.get("date") or "").startswith(year):
                continue
            toks = [fold(t.strip(_PUNCT)) for t in r["text"].split()]
            for i, t in enumerate(toks[:-1]):
                if not _cue(t):
                    continue
                words: list[str] = []
                for w in toks[i + 1:i + 1 + MAX_WORDS]:
                    if not _ARABIC.fullmatch(w):
                        break
                    words.append(w)
                    out[" ".join(words)] += 1
    return out
