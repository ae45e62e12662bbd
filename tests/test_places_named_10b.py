"""Things named after a place (``khabar.places.named``; docs/annotation.md, places rule 6c): the
place in construct after the head of a conference's, treaty's, document's or cup's name
(«مؤتمر الرياض»، «وثيقة قرطاج»، «كأس تونس»; «إعلان القاهرة» before a city only), and the place
inside a foreign club's name («باريس سان جيرمان»), is no place record; the same place named
elsewhere is one, at that mention. Sentences written for these tests, on the forms of fresh
SaudiNewsNet and ANT articles (docs/places.md, "Session 10 ... (places-10b)")."""

from __future__ import annotations

import pytest

from _places import places
from khabar.places.named import club_spans, in_document_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقالت إنها عضو في مؤتمر الرياض لإنقاذ اليمن.", "الرياض"),
        ("ودعا إلى تنفيذ مخرجات مؤتمر جنيف الأول.", "جنيف"),
        ("اجتمع رئيس الحكومة بالأطراف الموقعة على وثيقة قرطاج أمس.", "قرطاج"),
        ("وأكد الحزب التزامه بوثيقة قرطاج ودعمه للحكومة.", "قرطاج"),
        ("قال إن بلاده ستنسحب من اتفاقية باريس للمناخ.", "باريس"),
        ("وأثنى المجلس على إعلان القاهرة الصادر بمناسبة الزيارة.", "القاهرة"),
        ("وقال إن اتفاق فيينا النووي لن يغير شيئا.", "فيينا"),
        ("ويستعد الفريق للمراهنة على لقب كأس تونس هذا الموسم.", "تونس"),
        ("وستبث القناة مباريات كأس إسبانيا لكرة القدم.", "إسبانيا"),
        ("فاز الفريق في الجولة الثالثة من دوري المجموعات في كأس الكاف أمس.", "الكاف"),
        ("خسر برشلونة أمام مضيفه باريس سان جيرمان برباعية نظيفة.", "باريس"),
        ("انتقل اللاعب إلى فريق أتلتيكو مدريد الموسم الماضي.", "مدريد"),
        ("تعادل مانشستر يونايتد مع ليستر سيتي أمس.", "مانشستر"),
        ("سجل هدفين مع بروسيا دورتموند هذا الموسم.", "روسيا"),
    ],
)
def test_the_place_of_a_named_thing_is_no_place(text: str, name: str) -> None:
    assert not [r for r in places(text) if name in r.text]


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        # named again outside the conference's name: a place, at that mention
        ("رسالة الملك هي مؤتمر الرياض الذي عقد في الرياض الأسبوع الماضي.", "الرياض", "الرياض"),
        ("عبرت عن موقفها تجاه مؤتمر جنيف في المؤتمر الصحفي في جنيف.", "جنيف", "جنيف"),
        # with ب or في: where it was held (rule 6a)
        ("وانطلقت أعمال المؤتمر بجدة أمس.", "جدة", "جدة"),
        ("افتتح مؤتمر في القاهرة حول الإرهاب.", "القاهرة", "القاهرة"),
        # «إعلان» before a country is an actor's announcement, not a name
        ("ولفتت إلى إعلان الولايات المتحدة نشر مقاتلات في تركيا.", "الولايات المتحدة", "الولايات المتحدة"),
        # an agreement between two capitals names its parties
        ("من المبكر الجزم بتفاصيل اتفاق واشنطن وطهران.", "واشنطن", "واشنطن"),
        # a club's name without the place after it is no club of the list
        ("وصل المنتخب إلى مدريد مساء أمس.", "مدريد", "مدريد"),
    ],
)
def test_a_place_outside_a_named_thing_stays(text: str, name: str, mention: str) -> None:
    recs = [r for r in places(text) if name in r.text]
    assert recs and recs[0].text == mention and text.rindex(mention) == recs[0].start


@pytest.mark.parametrize(
    ("text", "start", "precision", "expected"),
    [
        ("مؤتمر الرياض", 6, "city", True),
        ("لمؤتمر الرياض", 7, "city", True),
        ("وثيقة قرطاج", 6, "city", True),
        ("كأس تونس", 4, "country", True),
        ("إعلان القاهرة", 6, "city", True),
        ("إعلان السعودية", 6, "country", False),  # an actor's announcement
        ("مؤتمر بجدة", 7, "city", False),  # with ب: where it sits
        ("مؤتمر  جدة", 7, "city", False),  # two spaces: not read as one name
        ("المؤتمر جدة", 8, "city", False),  # the head with its article is no construct
        ("زار جدة", 4, "city", False),
    ],
)
def test_in_document_name(text: str, start: int, precision: str, expected: bool) -> None:
    assert in_document_name(text, start, len(text), precision) is expected


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("أمام باريس سان جيرمان الفرنسي", [(5, 21)]),
        ("ولباريس سان جرمان", [(0, 17)]),
        ("(الغابون ـ بروسيا دورتموند)", [(11, 26)]),
        ("مانشستر سيتي ومانشستر يونايتد", [(0, 12), (13, 29)]),
        ("باريس عاصمة فرنسا", []),
        ("ريال سعودي", []),
    ],
)
def test_club_spans(text: str, spans: list[tuple[int, int]]) -> None:
    assert club_spans(text) == spans
