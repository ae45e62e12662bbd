"""events-20b: the 645 scorer's ``recall_mentions`` diagnostic (the gold trigger met by an
event's trigger or one of its mentions, docs/annotation.md's events match rule) beside
``recall`` (the trigger only), and the missed-events survey locating folded gold tokens."""

from __future__ import annotations

import pytest
from tests._scripts import script_module

from khabar.eval.events import GoldSentence, gold_tokens, score
from khabar.pipeline import analyze

survey = script_module("events_missed_survey")


def _gold(text: str, trigger: str) -> GoldSentence:
    return GoldSentence(id="x", text=text, plover="ASSAULT", trigger=trigger, source="", target="")


@pytest.mark.parametrize(("text", "trigger", "found", "found_with_mentions"), [
    # the gold marks the killing; khabar's trigger is the attack, the killing one of its mentions
    ("وقال الرائد حسن الكروي من الشرطة إن هجوما انتحاريا بسيارة مفخخة استهدف نقطة تفتيش للشرطة "
     "أمس وأدى إلى مقتل 15 شخصا.", "مقتل", 0, 1),
    # the trigger itself: both count it
    ("قتل مسلحون خمسة جنود أمس في هجوم على حاجز أمني في مدينة العريش.", "قتل", 1, 1),
    # no event at all (a plan): neither counts it
    ("يعتزم العمال تنظيم إضراب عام الأسبوع المقبل.", "إضراب", 0, 0),
    # a word of the sentence no event holds: neither
    ("قتل مسلحون خمسة جنود أمس في هجوم على حاجز أمني في مدينة العريش.", "العريش", 0, 0),
])
def test_recall_with_mentions(text: str, trigger: str, found: int, found_with_mentions: int) -> None:
    got = score([(_gold(text, trigger), analyze(text))])
    counts = got["counts"]
    assert isinstance(counts, dict)
    assert (counts["found"], counts["found_with_mentions"]) == (found, found_with_mentions)
    assert got["recall"] == float(found) and got["recall_mentions"] == float(found_with_mentions)


@pytest.mark.parametrize(("text", "gold", "expected"), [
    ("اندلعت أعمال شغب في أثينا خلال مظاهرة نظمها محتجون.", "مظاهرة", ["مظاهرة"]),  # ة folded to ه
    ("قُتل خمسة جنود.", "قتل", ["قُتل"]),  # harakat inside the word
    ("ثم رافق قطع الطرق مسيرات سيارة حيث احتشد عدد من الشبان.", "احتشد الشبان", ["احتشد", "الشبان"]),
    ("افتتح الوزير أمس معرضا للكتاب.", "مظاهرة", []),  # not in the text
    ("وقعت مظاهرة ثم مظاهرة أخرى.", "مظاهرة", ["مظاهرة"]),  # the first occurrence only
])
def test_gold_tokens_located_after_folding(text: str, gold: str, expected: list[str]) -> None:
    spans = survey.gold_spans(text, gold_tokens(gold))
    assert [text[s:e] for s, e in spans] == expected
    if spans:
        assert spans[0][0] == text.index(expected[0])
