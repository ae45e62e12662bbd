"""Session 11 (places-11d): well-known places the index lacked — Tunisian spellings of Libyan
towns («صبراطة»، «زليطن»), French-style spellings of Canadian cities («كيبيك»، «مونريال»), a few
world cities (aliases.tsv), and islands and regions no gazetteer names in Arabic (hand rows at the
end of data/places/regions.tsv: «صقلية»، «كريت»، «فيلكا»، «الشيشان»، «بافاريا»...).

«رودس» is also a surname («منحة رودس», the Rhodes scholarship): only «جزيرة رودس» is keyed."""

from __future__ import annotations

import pytest

from _places import assert_place, places
from khabar.places.index import gazetteer


@pytest.mark.parametrize(
    ("name", "pid"),
    [
        ("صبراطة", "gn:2212771"),  # Sabratha
        ("زليطن", "gn:2208485"),  # Zliten
        ("كيبيك", "gn:6325494"),  # Quebec City
        ("مونريال", "gn:6077243"),  # Montreal
        ("كويتا", "gn:1167528"),  # Quetta
        ("نجازاكي", "gn:1856177"),  # Nagasaki
        ("ولفرهامبتون", "gn:2633691"),  # Wolverhampton
        ("مونبيلييه", "gn:2992166"),  # Montpellier
        ("زيوريخ", "gn:2657896"),  # Zurich
    ],
)
def test_aliases(name: str, pid: str) -> None:
    assert pid in [p.pid for p in gazetteer().lookup(name)]


@pytest.mark.parametrize(
    ("name", "country", "lat", "lon"),
    [
        ("صقلية", "IT", 37.60, 14.00),
        ("سيسيليا", "IT", 37.60, 14.00),
        ("جزيرة سردينيا", "IT", 40.10, 9.00),
        ("كورسيكا", "FR", 42.15, 9.10),
        ("كريت", "GR", 35.25, 24.90),
        ("جزيرة رودس", "GR", 36.20, 27.95),
        ("لامبيدوزا", "IT", 35.51, 12.60),
        ("فيلكا", "KW", 29.44, 48.33),
        ("الشيشان", "RU", 43.40, 45.70),
        ("بافاريا", "DE", 48.95, 11.40),
        ("كتالونيا", "ES", 41.80, 1.50),
        ("اسكتلندا", "GB", 55.95, -3.20),
        ("ألاسكا", "US", 64.00, -150.00),
        ("هاواي", "US", 20.80, -156.30),
    ],
)
def test_hand_rows_in_index(name: str, country: str, lat: float, lon: float) -> None:
    rows = [p for p in gazetteer().lookup(name) if p.source == "hand" and p.country == country]
    assert [(p.lat, p.lon) for p in rows] == [(lat, lon)]


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("انطلق المهاجرون على متنه من مدينة صبراطة الليبية نحو السواحل الايطالية.", "صبراطة", 32.79, 12.49),
        ("اشتبكت قوات من مصراتة مع مسلحين في زليطن غرب ليبيا.", "زليطن", 32.47, 14.57),
        ("اعتقلت الشرطة مشتبها به في إطلاق نار في مسجد بمدينة كيبيك الكندية.", "كيبيك", 46.81, -71.21),
        ("قررت حكومة مقاطعة كيبيك منع النقاب في المرافق العامة.", "كيبيك", 46.81, -71.21),
        ("وقع الحادث بمقاطعة كيبيك الكندية.", "كيبيك", 46.81, -71.21),
        ("فر المهربان باتجاه جزيرة صقلية الإيطالية.", "جزيرة صقلية", 37.60, 14.00),
        ("وصل رئيس جمهورية الشيشان رمضان قاديروف إلى جدة صباح أمس.", "جمهورية الشيشان", 43.40, 45.70),
        ("تحطمت طائرة مقاتلة أمريكية في غابة بولاية بافاريا في جنوب ألمانيا.", "ولاية بافاريا", 48.95, 11.40),
        ("وقع الهجوم على قوات المارينز في جزيرة فيلكا بالكويت.", "جزيرة فيلكا", 29.44, 48.33),
    ],
)
def test_known_records(text: str, surface: str, lat: float, lon: float) -> None:
    assert_place(text, surface, lat, lon, km=10)


@pytest.mark.parametrize(
    "text",
    [
        "حصل الطالب على منحة رودس للدراسة في أكسفورد.",
        "نجد في الكثير من المشاهد ممثلين يتحدثون لغات أخرى.",
    ],
)
def test_no_place(text: str) -> None:
    assert places(text) == []
