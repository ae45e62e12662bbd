"""Helpers of the events tests: a text run through the whole pipeline, or through normalise +
segment only (the event rules then run alone, on no entities, dates or places), and the
triggers of the events found in it."""

from __future__ import annotations

from functools import cache

from khabar.document import Doc, RawArticle
from khabar.events import extract_events
from khabar.options import Options
from khabar.pipeline import Pipeline, build_pipeline

# The steps switched off for the rules-alone runs (normalise and segment stay).
_LATER_STEPS = frozenset({"entities", "dates", "quantities", "places", "claims", "events"})


@cache
def _pipeline(full: bool) -> Pipeline:
    return build_pipeline(Options() if full else Options(disable=_LATER_STEPS))


def _run(text: str, full: bool, date: str | None = None) -> Doc:
    pipe = _pipeline(full)
    return pipe.run(pipe.make_doc(RawArticle(text=text, source="test", date=date)))


def doc_of(text: str, date: str | None = None) -> Doc:
    """The document of ``text`` after the whole pipeline (the events step included)."""
    return _run(text, True, date)


def segmented(text: str) -> Doc:
    """The document of ``text`` normalised and segmented only (no other layer filled)."""
    return _run(text, False)


def triggers(text: str) -> list[str]:
    """The trigger of each event ``extract_events`` finds after the whole pipeline, in order."""
    return [e.trigger.text for e in extract_events(doc_of(text))]


def typed_triggers(text: str) -> list[tuple[str, str]]:
    """(trigger, subtype) of each event ``extract_events`` finds after the whole pipeline."""
    return [(e.trigger.text, e.subtype) for e in extract_events(doc_of(text))]


def rule_triggers(text: str) -> list[str]:
    """The trigger of each event ``extract_events`` finds on the segmented text alone."""
    return [e.trigger.text for e in extract_events(segmented(text))]
