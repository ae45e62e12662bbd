"""Places inside an organisation's name (session 20, places-20c; docs/places.md, "Session 20:
places inside names (places-20c)"): docs/annotation.md rule 6(c) makes a place inside the
proper name of an organisation no place («the papers «الشرق الأوسط»، «الرياض»، «المدينة»»).

- A name of ``data/places/quoted_orgs.tsv`` alone between quotation marks is the organisation:
  the Riyadh daily «الرياض», which names itself so, and the airline «السعودية» (Saudia).
- A company's quoted name that opens with a place and goes on with «لل...» («"السعودية
  للتموين"») is the company.
- «مصرف» heads a bank's name as «بنك» does («مصرف الريان»).

Sentences written for these tests on the forms of the fresh SaudiNewsNet articles read
(samples A and A2 of places-20c, seeds 20200 and 20201); real mentions of the same places stay.
"""

from __future__ import annotations

import pytest

from _places import places


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the daily «الرياض» citing itself
        ("علمت «الرياض» أن الوفد سيغادر غدا.", "الرياض"),
        ("وكشفت جولة نفذتها \"الرياض\" مساء أمس عن ارتفاع الأسعار.", "الرياض"),
        ("صنعاء - خاص ب\"الرياض\" أكد الوزير أن الحكومة ستعود.", "الرياض"),
        ("وكانت \"الرياض\" قد تواصلت مع المسؤولين لمدة يومين.", "الرياض"),
        # the airline «السعودية» (Saudia)
        ("وتقدم \"السعودية\" خدمة تصفح الإنترنت المجاني لجميع الضيوف.", "السعودية"),
        ("وتعد الصالة نقلة نوعية في الخدمات المقدمة لضيوف «السعودية» بالمطار.", "السعودية"),
        # a company's quoted name that opens with the country
        ("أعلنت الشركة «السعودية للأسماك» في بيان لها عن خسائر.", "السعودية"),
        ("“السعودية للتموين” توصي بتوزيع أرباح نقدية على المساهمين.", "السعودية"),
        # a bank named after a place
        ("وقال رئيس قسم التمويل في مصرف الريان إن الطلب يرتفع.", "الريان"),
        ("وأعلن مصرف البحرين المركزي عن إصدار سندات جديدة.", "البحرين"),
    ],
)
def test_a_place_in_a_quoted_or_bank_name_is_no_place(text: str, name: str) -> None:
    assert not [r for r in places(text) if name in r.text]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # the same names, unquoted or after a place cue, are places
        ("وصل الوفد إلى مدينة \"الرياض\" أمس.", "الرياض"),
        ("ونشرت \"الرياض\" نص الاتفاق الذي وقع في الرياض أمس.", "الرياض"),
        ("وزار الرئيس السعودية والإمارات الأسبوع الماضي.", "السعودية"),
        # a quoted sentence that opens with the country is no company's name
        ("\"السعودية لن تسمح بذلك\" قال الوزير.", "السعودية"),
        # a bank in a place (rule 6a) names the place
        ("وتم افتتاح مصرف في الرياض أمس.", "الرياض"),
    ],
)
def test_a_real_mention_stays(text: str, surface: str) -> None:
    assert [r for r in places(text) if r.text == surface]


def test_the_paper_then_the_city_moves_the_record() -> None:
    """The paper first, the city later: one record, at the city's mention."""
    text = "وقال مسؤول ل\"الرياض\" إن العمل بدأ. وكانت «الرياض» قد نشرت الخبر. ويقع المقر في الرياض."
    recs = [r for r in places(text) if r.text == "الرياض"]
    assert len(recs) == 1 and recs[0].start == text.rindex("الرياض")
