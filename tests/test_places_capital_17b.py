"""«العاصمة» as the main country's capital, for anchoring only (``places.capital``): a bare
«العاصمة» is that capital; one followed by an adjective and the capital's name is not
(places-17b, session 17: a bug fix, the docstring's "that capital is named" missed every
adjective ``NISBA`` lacks: «العاصمة الجورجية تبيليسي» gave Madrid in a story on Spain)."""

from __future__ import annotations

import pytest

from _places import segmented
from khabar.normalize import fold
from khabar.places.capital import capital_mentions
from khabar.places.index import gazetteer
from khabar.schema import Place


def _mentions(text: str, country: str, named: tuple[str, ...] = ()) -> list[str]:
    """The capital mentions of ``text``, with a record for each surface of ``named`` (the
    places the earlier stages would have read)."""
    doc = segmented(text)
    folded = [fold(t.norm) for t in doc.tokens]
    records = []
    for surface in named:
        s = text.index(surface)
        records.append((s, s + len(surface), Place(id="", text=surface, start=s, end=s + len(surface))))
    return [m[2].text for m in capital_mentions(doc, gazetteer(), folded, records, country)]


@pytest.mark.parametrize(
    ("text", "country", "named", "expected"),
    [
        # bare: the main country's capital
        ("قصفت الطائرات حي الحصبة بالعاصمة أمس.", "YE", (), ["بالعاصمة"]),
        ("انتشرت القوات في شوارع العاصمة وضواحيها.", "TN", (), ["العاصمة"]),
        # named after an adjective NISBA lacks: none
        ("تقام المباراة على ملعب بوريس بايشادزه في العاصمة الجورجية تبيليسي.", "ES", ("تبيليسي",), []),
        ("تقام المباراة على ملعب لوفتس رود بالعاصمة الإنجليزية لندن.", "SA", ("لندن",), []),
        ("رفع العلم فوق السفارة الأمريكية بالعاصمة الكوبية، هافانا.", "US", ("هافانا",), []),
        ("وصل الوفد إلى العاصمة المؤقتة عدن أمس.", "YE", ("عدن",), []),
        # an adjective and no capital named after it: the main country's, as before
        ("انهار مبنى في العاصمة الهندية أمس.", "IN", (), ["العاصمة"]),
        ("أعلن سكان حي في العاصمة الإندونيسية جاكرتا أنه خال من التدخين.", "ID", (), ["العاصمة"]),
        ("رست البواخر في ميناء المدينة التي تعتبر العاصمة الإقليمية لمحافظات حضرموت.", "YE",
         ("حضرموت",), ["العاصمة"]),
        # a country's adjective of NISBA, as before; a name right after, as before
        ("قتل ثلاثة في ريف العاصمة السورية دمشق.", "IQ", (), []),
        ("قصفت الطائرات العاصمة صنعاء.", "YE", ("صنعاء",), []),
    ],
)
def test_capital_mentions(text: str, country: str, named: tuple[str, ...], expected: list[str]) -> None:
    assert _mentions(text, country, named) == expected
