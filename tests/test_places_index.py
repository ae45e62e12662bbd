"""The packaged place index: lookups without shared data, and a deterministic build."""

from __future__ import annotations

from pathlib import Path

import pytest

from _scripts import script_module
from khabar.normalize import fold
from khabar.places.index import Gazetteer, gazetteer, load_gazetteer

ROOT = Path(__file__).resolve().parents[1]


def test_lookups_need_no_shared_data(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KHABAR_DATA", str(tmp_path / "nowhere"))
    gaz = load_gazetteer()
    assert {p.country for p in gaz.lookup("دمشق")} == {"SY"}


@pytest.mark.parametrize(
    ("name", "country", "precision"),
    [
        ("سوريا", "SY", "country"),
        ("سورية", "SY", "country"),  # taa marbuta folded
        ("إيران", "IR", "country"),
        ("ايران", "IR", "country"),  # hamza form folded
        ("الولايات المتحدة الأميركية", "US", "country"),
        ("الرقة", "SY", "city"),
        ("الرقه", "SY", "city"),
        ("كوباني", "SY", "city"),  # hand alias of عين العرب
        ("قطاع غزة", "PS", "region"),  # hand region
        ("كردستان العراق", "IQ", "region"),
    ],
)
def test_lookup(name: str, country: str, precision: str) -> None:
    gaz: Gazetteer = gazetteer()
    assert any(p.country == country and p.precision == precision for p in gaz.lookup(name))


@pytest.mark.parametrize("name", ["مدينة", "الخبر", "علي", "الحكومة"])
def test_common_words_are_flagged(name: str) -> None:
    assert fold(name) in gazetteer().common


def test_index_is_small() -> None:
    path = ROOT / "src" / "khabar" / "data" / "places" / "gazetteer.tsv.gz"
    assert path.stat().st_size < 5_000_000


@pytest.mark.shared_data
def test_build_is_deterministic_on_a_slice(shared_data: Path, tmp_path: Path) -> None:
    mod = script_module("build_gazetteer")
    wof = shared_data / "places" / "wof_sy_iq_arabic_places.tsv"
    anercorp = shared_data / "ner" / "anercorp" / "camel-split-train.txt"
    outs = []
    for n in (1, 2):
        rows = mod.build(wof, 300, 200)
        common = mod.common_words(anercorp, {k for r in rows for k in r[8].split("|")})
        out = tmp_path / f"g{n}.tsv.gz"
        mod.write(rows, common, out)
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    gaz = load_gazetteer(tmp_path / "g1.tsv.gz")
    assert gaz.countries["SY"].precision == "country"  # countries always come in
    assert any(p.source == "wof" for ps in gaz.by_key.values() for p in ps)
