"""Reports for people: claims as attribution trees; article text never read as markup."""

from __future__ import annotations

from khabar.render import claim_tree, to_geojson, to_markdown, to_text
from khabar.schema import ArticleRecord, Claim, Place, Source, Span

TEXT = "نقلت وكالة [رويترز] عن مصدر أمني قوله إن الهجوم أسفر عن قتلى في الموصل."


def sp(s: str, cls: type = Span, **kw: object) -> Span:
    i = TEXT.index(s)
    return cls(text=s, start=i, end=i + len(s), **kw)


RECORD = ArticleRecord(
    id="a1", source="t", text=TEXT,
    claims=[Claim(
        id="c1", content=sp("الهجوم أسفر عن قتلى في الموصل"), cue=sp("قوله"),
        speaker=sp("مصدر أمني", Source), chain=[sp("وكالة [رويترز]", Source), sp("مصدر أمني", Source)],
        kind="indirect", certainty="asserted",
    )],
    places=[Place(id="p1", text="الموصل", start=TEXT.index("الموصل"), end=TEXT.index("الموصل") + 6,
                  lat=36.34, lon=43.13, country="IQ", precision="city", name_en="Mosul")],
)


def test_claim_tree_runs_from_outermost_source_to_speaker() -> None:
    assert claim_tree(RECORD.claims[0]) == ["وكالة [رويترز]", "مصدر أمني"]


def test_text_report_shows_the_tree_and_keeps_brackets() -> None:
    out = to_text(RECORD)
    assert "وكالة [رويترز]" in out  # not swallowed as rich markup
    assert out.index("وكالة [رويترز]") < out.index("مصدر أمني") < out.index("الهجوم أسفر")
    assert "[asserted, indirect; cue: قوله]" in out


def test_markdown_nests_the_chain() -> None:
    md = to_markdown(RECORD)
    assert "- **وكالة [رويترز]**\n  - مصدر أمني\n    - «الهجوم أسفر عن قتلى في الموصل»" in md


def test_geojson_has_lon_lat_order() -> None:
    feature = to_geojson([RECORD])["features"][0]
    assert feature["geometry"]["coordinates"] == [43.13, 36.34]
    assert feature["properties"]["name_en"] == "Mosul"


def test_empty_record_renders_without_sections_content() -> None:
    empty = ArticleRecord(id="e", source="t", text="نص")
    assert "Claims (0)" in to_text(empty)
    assert to_geojson([empty]) == {"type": "FeatureCollection", "features": []}


def test_impersonal_claim_has_an_unstated_source() -> None:
    text = "يعتقد أن التنظيم أعدمهم."
    claim = Claim(id="c1", content=Span(text="التنظيم أعدمهم", start=9, end=23),
                  cue=Span(text="يعتقد", start=0, end=5), speaker=None, chain=[],
                  kind="indirect", certainty="believed")
    assert text[9:23] == "التنظيم أعدمهم"
    record = ArticleRecord(id="a", source="t", text=text, claims=[claim])
    assert claim_tree(claim) == ["(unstated source)"]
    assert "(unstated source)" in to_text(record) and "believed" in to_markdown(record)
