"""The borrowed-point survey of ``scripts/borrowed_alternatives.py`` (places-17b, session 17):
which record a borrowed point comes from, and which alternatives it lists (or none).

Docs are stand-ins with the attributes the script reads (``article.text``, ``sentences``,
``places``); points are rough (Taiz 13.58, 44.02; Lahij 13.06, 44.88; Aden 12.78, 45.04)."""

from __future__ import annotations

from types import SimpleNamespace as NS

import pytest

from _scripts import script_module

ba = script_module("borrowed_alternatives")

TAIZ, LAHIJ, ADEN = (13.58, 44.02), (13.06, 44.88), (12.78, 45.04)


def _doc(text: str, recs: list[tuple[str, str | None, tuple[float, float], str]], cut: int | None = None):
    """A doc of ``text`` (two sentences when ``cut`` is given) whose records are (surface,
    name_en, point, precision), each at the first occurrence of its surface."""
    places = []
    for surface, en, (lat, lon), prec in recs:
        s = text.index(surface)
        places.append(NS(text=surface, start=s, end=s + len(surface), name_en=en, lat=lat, lon=lon,
                         precision=prec))
    cut = len(text) if cut is None else cut
    sents = [NS(start=0, end=cut)] + ([NS(start=cut, end=len(text))] if cut < len(text) else [])
    return NS(article=NS(id="a1", text=text), sentences=sents, places=places)


def _pick(alt, key):
    return None if alt[key] is None else alt[key].text


@pytest.mark.parametrize(
    ("text", "recs", "cut", "expected"),
    [
        # the valley lies «بمحافظة لحج»: host and `in` are Lahij; Taiz is the nearest other town
        ("سيطرت المقاومة على وادي عقان بمحافظة لحج بين تعز وعدن.",
         [("عقان", None, LAHIJ, "site"), ("لحج", "Lahij", LAHIJ, "admin"), ("تعز", "Taiz", TAIZ, "city"),
          ("عدن", "Aden", ADEN, "city")], None,
         {"host": "لحج", "in": "لحج", "small": "تعز", "region": "لحج", "host_in_sentence": True}),
        # a country right after is no container (`in` is None); Aden, before it, is the host
        ("قصفت الطائرات عدن. ثم قصفت منطقة العلم في اليمن.",
         [("عدن", "Aden", ADEN, "city"), ("العلم", None, ADEN, "site"), ("اليمن", "Yemen", (15.35, 44.2), "country")],
         19,
         {"host": "عدن", "in": None, "small": None, "region": None, "host_in_sentence": False}),
    ],
)
def test_alternatives(text, recs, cut, expected):
    doc = _doc(text, recs, cut)
    [(d, p)] = list(ba.borrowed([doc]))
    alt = ba.alternatives(d, p)
    got = {k: _pick(alt, k) for k in ("host", "in", "small", "region")}
    got["host_in_sentence"] = alt["host_in_sentence"]
    assert got == expected


@pytest.mark.parametrize(
    ("recs", "n"),
    [
        # every record is the index's: nothing borrowed
        ([("تعز", "Taiz", TAIZ, "city"), ("عدن", "Aden", ADEN, "city")], 0),
        # an unknown place with no point is no borrowed point
        ([("تعز", "Taiz", TAIZ, "city"), ("عدن", None, (None, None), "site")], 0),
        ([("تعز", "Taiz", TAIZ, "city"), ("عدن", None, TAIZ, "site")], 1),
    ],
)
def test_borrowed(recs, n):
    doc = _doc("بين تعز وعدن.", recs)
    assert len(list(ba.borrowed([doc]))) == n


@pytest.mark.parametrize(
    ("between", "matches"),
    [(" بمحافظة ", True), (" التابعة لمعتمدية ", True), (" في ", True), (" ", True),
     (" الواقع في العاصمة الويلزية ", False), (" شرق ", False), (" قرب ", False)],
)
def test_in_words(between, matches):
    assert bool(ba.IN.match(between)) is matches
