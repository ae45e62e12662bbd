"""Score the events step on the UniversalPetrarch Arabic validation sentences.

The 645 gold sentences (``arabic_protest_gsr_validation.xml`` and
``arabic_assault_gsr_validation.xml`` in ``data_dir()/events/upetrarch-arabic``) each hold one
event with a PLOVER category (PROTEST or ASSAULT), and bags of tokens for its trigger
(``eventtext``), source and target. Following that folder's README:

* the ``category`` attribute and the file names are never read; the gold category is the
  ``plover`` attribute of ``EventCoding``;
* empty gold fields are not scored;
* a predicted span overlaps a gold field when one of its tokens equals one of the field's
  tokens after normalisation (:func:`khabar.normalize.fold`, applied before splitting into
  words so that harakat do not split a word); one-letter tokens and prepositions of the gold
  bag are not used to match.

Metrics (per split, see :func:`split_of`):

* ``recall``: share of sentences with a gold trigger where some event's trigger overlaps it;
* ``recall_mentions``: the same where some event's trigger **or one of its mentions** overlaps
  it, the events match rule of docs/annotation.md ("every mention of the occurrence counts"):
  the gold marks one word of an occurrence, khabar's trigger may be another word of the same
  occurrence («هجوم ... أدى إلى مقتل»: the gold «مقتل», the trigger «هجوم»). A diagnostic beside
  ``recall`` (events-20b), which stays the issue's measure; type, source and target are read on
  the trigger's event only;
* ``type_accuracy``: of those found, share whose type maps to the gold category
  (:data:`PLOVER_OF_TYPE`);
* ``source_accuracy`` / ``target_accuracy``: of those found with a gold source (target), share
  whose actors (targets) overlap it;
* ``coverage``: share of all sentences with at least one event (every sentence holds one).

The sentences are split deterministically by the SHA-1 of their id: even → ``tune``, odd →
``report``. The lexicon and heuristics were tuned on ``tune`` only.
"""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import DataError
from ..normalize import fold
from ..options import Options
from ..pipeline import analyze
from ..schema import ArticleRecord, Span

__all__ = ["PLOVER_OF_TYPE", "GoldSentence", "evaluate", "load_gold", "split_of"]

#: khabar event type -> PLOVER category of the gold set (strategic developments: none).
PLOVER_OF_TYPE: dict[str, str] = {
    "protests": "PROTEST",
    "riots": "PROTEST",
    "battles": "ASSAULT",
    "explosions_remote_violence": "ASSAULT",
    "violence_against_civilians": "ASSAULT",
    "strategic_developments": "OTHER",
}

_WORD_RE = re.compile(r"\w+")
_IGNORED = frozenset({"في", "علي", "من", "الي", "عن", "مع", "ب", "و", "ل", "ال", "ان", "ما"})


@dataclass(frozen=True, slots=True)
class GoldSentence:
    id: str
    text: str
    plover: str
    trigger: str
    source: str
    target: str


def split_of(sentence_id: str) -> str:
    """``tune`` or ``report``: the parity of the SHA-1 of the sentence id."""
    return "tune" if int(hashlib.sha1(sentence_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "report"


def load_gold(directory: Path) -> list[GoldSentence]:
    """Every ``<Sentence>`` of the XML files in ``directory`` (standard library parser)."""
    out: list[GoldSentence] = []
    for path in sorted(directory.glob("*.xml")):
        try:
            root = ET.parse(path).getroot()
        except ET.ParseError as exc:  # (a traceback before session 20, qa-20a)
            raise DataError(f"{path}: not well-formed XML ({exc}); restore the file from the "
                                    "shared data") from exc
        for s in root.iter("Sentence"):
            et, ec, tx = s.find("EventText"), s.find("EventCoding"), s.find("Text")
            if et is None or ec is None or tx is None or not (tx.text or "").strip():
                continue
            out.append(
                GoldSentence(
                    id=s.get("id", ""),
                    text=(tx.text or "").strip(),
                    plover=ec.get("plover", ""),
                    trigger=et.get("eventtext", ""),
                    source=et.get("sourcetext", ""),
                    target=et.get("targettext", ""),
                )
            )
    return out


def words(text: str) -> list[str]:
    """Folded words of a text. Folding comes first: harakat and tatweel are not word
    characters for the regex, and «قُتل» must stay one word, «قتل», not «ق» + «تل»."""
    return _WORD_RE.findall(fold(text))


def gold_tokens(field: str) -> set[str]:
    return {t for t in words(field) if len(t) > 1 and t not in _IGNORED}


def overlaps(span: Span, tokens: set[str]) -> bool:
    return bool(tokens & set(words(span.text)))


def _ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def score(pairs: Iterable[tuple[GoldSentence, ArticleRecord]]) -> dict[str, object]:
    n = with_trigger = found = found_m = typed = with_src = src_ok = with_tgt = tgt_ok = covered = 0
    for g, rec in pairs:
        n += 1
        covered += bool(rec.events)
        trig = gold_tokens(g.trigger)
        if not trig:
            continue
        with_trigger += 1
        hit = next((e for e in rec.events if overlaps(e.trigger, trig)), None)
        found_m += hit is not None or any(overlaps(m, trig) for e in rec.events for m in e.mentions)
        if hit is None:
            continue
        found += 1
        typed += PLOVER_OF_TYPE[hit.type] == g.plover
        src = gold_tokens(g.source)
        if src:
            with_src += 1
            src_ok += any(overlaps(a, src) for a in hit.actors)
        tgt = gold_tokens(g.target)
        if tgt:
            with_tgt += 1
            tgt_ok += any(overlaps(t, tgt) for t in hit.targets)
    return {
        "sentences": n,
        "with_trigger": with_trigger,
        "recall": _ratio(found, with_trigger),
        "recall_mentions": _ratio(found_m, with_trigger),
        "type_accuracy": _ratio(typed, found),
        "source_accuracy": _ratio(src_ok, with_src),
        "target_accuracy": _ratio(tgt_ok, with_tgt),
        "coverage": _ratio(covered, n),
        "counts": {"found": found, "found_with_mentions": found_m, "typed": typed, "with_source": with_src, "source_ok": src_ok,
                   "with_target": with_tgt, "target_ok": tgt_ok},
    }


def evaluate(directory: Path, options: Options | None = None, parts: tuple[str, ...] = ("tune", "report")) -> dict[str, object]:
    """Analyse every gold sentence and score each split (and all together)."""
    gold = [g for g in load_gold(directory) if split_of(g.id) in parts]
    if not gold:
        raise FileNotFoundError(f"no gold sentences in {directory}")
    pairs = [(g, analyze(g.text, options)) for g in gold]
    result: dict[str, object] = {}
    for part in parts:
        result[part] = score(p for p in pairs if split_of(p[0].id) == part)
    if len(parts) > 1:
        result["all"] = score(pairs)
    return result
