"""Session 20 (places-20b): «المملكة» in a direction («شرق المملكة»، «جنوب وشرق المملكة») is the
kingdom the article names most (Saudi Arabia, Morocco, Jordan, Bahrain: ``lexicon.KINGDOMS``;
the outlet's home counts), not the article's main country: a Saudi column on the Iran-Iraq war
put «منابع النفط في شرق المملكة» in eastern Iraq, a Saudi story on Yemen put «مطار بيشة جنوب
المملكة» in southern Yemen (``lexicon.THE_COUNTRY`` says «المملكة» is a kingdom's own word).
With no kingdom named or implied there is no record (not a republic's region).
The sentences are written for these tests (SaudiNewsNet text is not committed)."""

from __future__ import annotations

import pytest

from _places import places


@pytest.mark.parametrize(
    ("text", "outlet", "surface", "name_en"),
    [
        # the article names Iraq and Iran more often than Saudi Arabia: still Saudi Arabia
        ("اندلعت حرب المدن بين العراق وإيران وخشينا أن يطال القصف منابع النفط في شرق المملكة، "
         "وتلاه احتلال العراق للكويت ثم غزو العراق.", "aljazirah", "شرق المملكة", "Eastern Saudi Arabia"),
        # Yemen is named most, the outlet is Saudi
        ("قصفت الطائرات صنعاء وعدن وتعز في اليمن، ونقل الجرحى إلى مطار بيشة جنوب المملكة.",
         "alwatan", "جنوب المملكة", "Southern Saudi Arabia"),
        # a Jordanian story in a Saudi paper that names Egypt more: Jordan, the kingdom it names
        ("بلغت الحرارة 50 درجة في مصر والقاهرة والأقصر، وفي الأردن تأثرت المناطق الصحراوية "
         "في شرق المملكة.", "aleqtisadiya", "شرق المملكة", "east of Jordan"),
        # a kingdom named most stays itself
        ("ضربت موجة حر الأردن، وسجلت العقبة أعلى درجة في جنوب المملكة.", None, "جنوب المملكة",
         "south of Jordan"),
    ],
)
def test_the_kingdom(text: str, outlet: str | None, surface: str, name_en: str) -> None:
    got = [(r.text, r.name_en) for r in places(text, outlet) if r.text == surface]
    assert got == [(surface, name_en)]


@pytest.mark.parametrize(
    "text",
    [
        # no kingdom named and no outlet: no record (it was southern Yemen)
        "قصفت الطائرات صنعاء وعدن وتعز في اليمن، ونقل الجرحى إلى مستشفيات جنوب المملكة.",
        # «المملكة المتحدة» is a name, not the anaphor
        "وصلت العاصفة إلى شمال المملكة المتحدة أمس.",
    ],
)
def test_no_republic_for_the_kingdom(text: str) -> None:
    assert not [r for r in places(text) if r.text.endswith("المملكة")]


def test_the_land_still_reads_the_main_country() -> None:
    # «البلاد» is any country: the article's (Yemen), unchanged
    recs = places("قصفت الطائرات صنعاء وعدن وتعز في اليمن، ونقل الجرحى إلى مستشفيات جنوب البلاد.", "alwatan")
    assert [r.name_en for r in recs if r.text == "جنوب البلاد"] == ["Southern Yemen"]
