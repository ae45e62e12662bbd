"""Syrian and Iraqi war-news places the index read as a wrong namesake (places-10c, session
10; hand rows at the end of ``data/places/regions.tsv``): Suruç (the index's was an unknown
place), Marjeh Square (a namesake square at Qamishli), Ramadi's «حي التأميم» (a Diyala
village), Saqlawiyah (a village near Nasiriyah), the Qandil mountains (a village 80 km west),
Anbar's Khalidiya (a village near Haditha) and the bare «صلاح الدين», the governorate (the
town near Erbil before). Sentences written for these tests after the fresh-sample articles."""

from __future__ import annotations

import pytest

from _places import places
from khabar.places.index import distance_km


def records(text: str) -> list:
    return places(text, outlet="sabq")


@pytest.mark.parametrize(
    ("text", "mention", "country", "lat", "lon"),
    [
        ("وقع هجوم انتحاري في مدينة سوروتش التركية قرب الحدود السورية.", "سوروتش", "TR", 36.98, 38.42),
        ("استهدف التفجير تجمعا للشباب في بلدة سوروج جنوب شرقي تركيا.", "سوروج", "TR", 36.98, 38.42),
        ("أطل النائب على الجماهير التي اكتظت بها ساحة المرجة أمام مبنى البلدية في سوريا.", "ساحة المرجة", "SY", 33.51, 36.30),
        ("تقدمت القوات العراقية باتجاه حي التأميم جنوبي الرمادي.", "حي التأميم", "IQ", 33.41, 43.28),
        ("تدور معارك في بلدات الكرمة والصقلاوية شمال الفلوجة.", "الصقلاوية", "IQ", 33.40, 43.68),
        ("حلقت مقاتلات تركية في أجواء جبل قنديل شمال محافظة أربيل.", "جبل قنديل", "IQ", 36.40, 45.00),
        ("فر المسلحون إلى منطقة جزيرة الخالدية شرق مدينة الرمادي.", "جزيرة الخالدية", "IQ", 33.45, 43.45),
        ("وقال رئيس مجلس قضاء الخالدية في محافظة الأنبار إن القوات دخلت.", "قضاء الخالدية", "IQ", 33.39, 43.52),
        ("سيطر التنظيم على مخزون القمح في محافظتي نينوى وصلاح الدين.", "صلاح الدين", "IQ", 34.50, 43.60),
    ],
)
def test_war_news_place_is_the_one_meant(text: str, mention: str, country: str, lat: float, lon: float) -> None:
    rec = next(r for r in records(text) if r.text == mention)
    assert rec.country == country
    assert distance_km(rec.lat, rec.lon, lat, lon) < 10


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a surname, not the mountains: only «جبل/جبال قنديل» are hand keys
        ("قال رئيس الوزراء المصري السابق هشام قنديل إن الحكومة ستعلن خطتها.", "قنديل"),
        # the word «التأميم» (nationalisation) with no quarter cue
        ("أعلنت الحكومة قرار التأميم الذي شمل شركات النفط.", "التأميم"),
    ],
)
def test_words_and_names_yield_no_place(text: str, mention: str) -> None:
    assert not [r for r in records(text) if mention in r.text]


def test_aleppo_quarter_khalidiya_stays_in_aleppo() -> None:
    """The bare «الخالدية» is no hand key: Aleppo's quarter is not moved to Anbar."""
    rec = next(r for r in records("دارت اشتباكات في حي الخالدية بمدينة حلب.") if "الخالدية" in r.text)
    assert rec.country == "SY"
