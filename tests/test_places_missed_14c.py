"""A public service or a chamber of commerce named after the area it serves (``khabar.places.services``,
the ``service`` row of ``data/places/services.tsv``; docs/annotation.md, places rule 6c): the
place written right after «صحة/تعليم/جوازات/غرفة», in construct, is no place record; the same
place named elsewhere is one, at that mention; with ب or في the place is where the body sits
(rule 6a) and stays. Sentences written for these tests on the forms of the missed development
rows («مدير صحة عدن») and of the fresh articles measured (docs/places.md, session 14,
places-14c)."""

from __future__ import annotations

import pytest

from _places import places
from khabar.places.services import in_police_name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("كشفت صحة المنطقة الشرقية في بيان لها عن ملابسات وفاة الطفلة.", "الشرقية"),
        ("وحضر ممثلو إدارة الطوارئ بصحة القصيم الاجتماع.", "القصيم"),
        ("وفاز محمد المالكي من إدارة تعليم صبيا بالميدالية الذهبية.", "صبيا"),
        ("تعليم الدوادمي يعتمد حركة النقل الداخلي للمعلمين.", "الدوادمي"),
        ("وأوضح أن جوازات جدة تستقبل المواطنين الراغبين في تجديد جوازاتهم.", "جدة"),
        ("وقّعت غرفة أبها اتفاقية تعاون مع جمعية ريادة الأعمال.", "أبها"),
        ("بحضور رئيس غرفة قطر الشيخ خليفة بن جاسم آل ثاني.", "قطر"),
        ("كشف مدير صحة عدن عن حجم الدمار الذي لحق بالمستشفيات.", "عدن"),
    ],
)
def test_the_place_of_a_service_name_is_no_place(text: str, name: str) -> None:
    assert not [r for r in places(text) if name in r.text]


@pytest.mark.parametrize(
    ("text", "name", "mention"),
    [
        # named again outside the service's name: a place, at that mention
        ("ووصلت فرقتان من صحة الطائف ونقل المصابون إلى مجمع الملك فيصل الطبي بالطائف.", "الطائف", "الطائف"),
        ("وقال نائب رئيس غرفة جدة إن مجتمع أعمال جدة يدعم المعرض.", "جدة", "جدة"),
        # with ب or في: where the body sits or acts (rule 6a)
        ("وافتتح مساعد مدير الشؤون الصحية بمنطقة الرياض الدورة أمس.", "الرياض", "منطقة الرياض"),
        ("وتسعى الوزارة إلى تحسين صحة الأطفال في اليمن.", "اليمن", "اليمن"),
        ("وعقد الاجتماع في غرفة العمليات في الرياض.", "الرياض", "الرياض"),
        # «أمانة» is a municipality, the place it governs (rule 6b), and «أمن» is security
        ("أغلقت أمانة نجران عددا من المطاعم المخالفة.", "نجران", "نجران"),
        ("وأكد أن أمن البحرين خط أحمر.", "البحرين", "البحرين"),
    ],
)
def test_a_place_outside_a_service_name_stays(text: str, name: str, mention: str) -> None:
    recs = [r for r in places(text) if name in r.text]
    assert recs and recs[0].text == mention and text.rindex(mention) == recs[0].start


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("صحة الرياض", 4, True),
        ("بصحة القصيم", 5, True),
        ("إدارة تعليم جازان", 12, True),
        ("جوازات جدة", 7, True),
        ("وغرفة أبها", 6, True),
        ("الصحة في جدة", 9, False),
        ("صحة  الرياض", 5, False),  # two spaces: not read as one name
        ("أمانة جدة", 6, False),
        ("أمن البحرين", 4, False),
    ],
)
def test_in_service_name(text: str, start: int, expected: bool) -> None:
    assert in_police_name(text, start) is expected
