"""First-level regions abroad that the index lacked or read as a namesake (session 13,
places-13a; hand rows of ``data/places/regions.tsv``, ``aliases.tsv`` and ``drops.tsv``).

A region with a name of its own is put at its centre (docs/annotation.md, rule 2): Punjab,
Balochistan, Khyber Pakhtunkhwa (read as Khaybar, Saudi Arabia, before), Helmand, the US
states the index lacked (Wyoming was a Michigan town, Montana a Bulgarian one), Ontario (a
Californian town before). A region named after its seat town is the town (rule 1): Şırnak,
Gombe, Rostov (Rostov-on-Don, not Rostov Veliky). «البنجاب» is Pakistan's province or
India's state, by the article's countries. Words that look like a region's name («إيواء»,
sheltering, folds to Iowa's «ايوا»: no Iowa row) and a bare «واشنطن» or «جورجيا» give no
region."""

from __future__ import annotations

import pytest

from _places import assert_place, find, places


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon", "country"),
    [
        ("قتل عشرة في هجوم بإقليم البنجاب شرق باكستان.", "البنجاب", 31.15, 72.70, "PK"),
        ("قتل ستة في هجوم على مركز للشرطة في ولاية البنجاب بشمال الهند.", "البنجاب", 30.90, 75.50, "IN"),
        ("عثرت الشرطة على سبع جثث في إقليم بلوشستان جنوب غرب باكستان.", "بلوشستان", 28.50, 65.10, "PK"),
        ("وقع هجوم في إقليم خيبر بختونخوا شمال غرب باكستان.", "خيبر بختونخوا", 34.50, 72.00, "PK"),
        ("لقي جنود مصرعهم في ولاية هلمند جنوب أفغانستان.", "هلمند", 31.00, 64.00, "AF"),
        ("قال نائب حاكم إقليم باداخشان شمال شرق البلاد إن 21 متمردا قتلوا.", "باداخشان", 36.75, 71.00, "AF"),
        ("قال مسؤولون في متنزه يلوستون الوطني في ولاية وايومنج الأميركية.", "وايومنج", 43.00, -107.50, "US"),
        ("أقيم الزفاف في إحدى المزارع بولاية مونتانا الأميركية.", "مونتانا", 47.00, -109.75, "US"),
        ("قال السيناتور عن ولاية كنتاكي إن الاتفاق سيئ.", "كنتاكي", 37.50, -85.00, "US"),
        ("أعلن الناطق في مقاطعة أونتاريو الكندية.", "أونتاريو", 50.00, -85.00, "CA"),
        ("قتل 27 شخصا عندما خرج القطار عن السكة في ولاية ماديا براديش.", "ماديا براديش", 23.50, 78.50, "IN"),
        ("ضربت الأمطار ولاية راخين في ميانمار.", "راخين", 19.80, 93.95, "MM"),
        ("استعادت القوات منطقة في ولاية النيل الأزرق جنوب الخرطوم.", "النيل الأزرق", 11.30, 34.20, "SD"),
        ("فرضت العقوبات بسبب ضم شبه جزيرة القرم.", "شبه جزيرة القرم", 45.30, 34.40, "UA"),
        ("قال متحدث باسم شرطة مقاطعة هامبشاير البريطانية إن الطائرة تحطمت.", "هامبشاير", 51.05, -1.30, "GB"),
        ("توفي في مدينة دولوث بولاية جورجيا الأمريكية.", "ولاية جورجيا", 32.70, -83.40, "US"),
        # regions named after their seat town: the town
        ("وقع الانفجار في ولاية شرناخ جنوب شرق تركيا.", "شرناخ", 37.51, 42.45, "TR"),
        ("قتل ثلاثة جنود في محافظة شرناق في جنوب شرق البلاد التركية.", "شرناق", 37.51, 42.45, "TR"),
        ("وقع انفجار في محطة حافلات في مدينة غومبيه بشمال شرق نيجيريا.", "غومبيه", 10.29, 11.17, "NG"),
        ("أحبط الأمن عملية في مقاطعة روستوف جنوب روسيا.", "روستوف", 47.22, 39.71, "RU"),
    ],
)
def test_region_at_its_point(text: str, surface: str, lat: float, lon: float, country: str) -> None:
    assert_place(text, surface, lat, lon)
    assert find(places(text), surface).country == country


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # «إيواء» (sheltering) folds to Iowa's name: no Iowa row
        ("شكلت الحكومة لجنة لإيواء النازحين وإغاثتهم.", "إيواء"),
        ("لم تستطع المنشآت الوفاء بالالتزامات لعدم أهليتها لإيواء السياح.", "إيواء"),
    ],
)
def test_word_gives_no_region(text: str, word: str) -> None:
    assert not [r for r in places(text) if word in r.text]


@pytest.mark.parametrize(
    ("text", "surface", "country"),
    [
        # the bare capital and the bare country keep their reading
        ("وصل الوزير إلى واشنطن أمس لإجراء محادثات.", "واشنطن", "US"),
        ("وقعت جورجيا اتفاقا مع الاتحاد الأوروبي.", "جورجيا", "GE"),
    ],
)
def test_bare_namesake_unchanged(text: str, surface: str, country: str) -> None:
    r = find(places(text), surface)
    assert r.country == country
    assert r.precision in ("city", "country")
