"""Session 19 (places-19e): a two-word town part Q7 showed cut to its first word («مدينة بور
توفيق» read as «بور», Bor in Russia): «بور توفيق» and «بور فؤاد», the Suez Canal's port towns,
are hand rows of ``regions.tsv``; «بور» alone (a Persian surname's part, «حقيقت بور») is no
place. Sentences written for these tests (SaudiNewsNet text is not committed)."""

from __future__ import annotations

import pytest

from _places import find, near, places


def _texts(text: str) -> list[str]:
    return [r.text for r in places(text)]


@pytest.mark.parametrize(
    ("text", "surface", "lat", "lon"),
    [
        ("وأشار البيان إلى أن موانئ بور توفيق ونويبع شهدت زيادة في الصادرات.", "بور توفيق", 29.93, 32.56),
        ("وتقع مدينة بور توفيق جنوب مدينة السويس.", "بور توفيق", 29.93, 32.56),
        ("وزار الوزير مدينة بور فؤاد وبور سعيد أمس.", "بور فؤاد", 31.25, 32.32),
    ],
)
def test_suez_canal_ports(text: str, surface: str, lat: float, lon: float) -> None:
    r = find(places(text), surface)
    assert r.country == "EG" and near(r, lat, lon, 10)


@pytest.mark.parametrize("text", ["وأضاف بور أن الجيش الإيراني بدأ سياسته.", "وقال مصطفى بور محمدي الوزير."])
def test_bor_alone_is_no_place(text: str) -> None:
    assert _texts(text) == []
