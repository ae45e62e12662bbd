"""The files of events audit T (events-18b, session 18): ``run_t`` reuses ``run_pq``'s reading
and diff over draw T; the kept start predictions are stand-off and cover only the draw's
articles, the verdict file judges exactly those events, and no row holds SaudiNewsNet text."""

from __future__ import annotations

from _audit import ARABIC, VERDICTS, jsonl_rows, tsv_rows  # (puts the audit folder on sys.path)

# isort: split
from run_audit_ant import draw_ids
from run_t import DRAWS, START


def _rows() -> list[dict]:
    return jsonl_rows(START)


def test_draw_is_sized() -> None:
    t = draw_ids(DRAWS[0])
    assert len(set(t)) == 40 and all(x.startswith("saudinewsnet-") for x in t)


def test_start_file_is_standoff_over_the_draw() -> None:
    ids = set(draw_ids(DRAWS[0]))
    rows = _rows()
    assert len(rows) == 47
    for r in rows:
        assert r["article"] in ids
        assert set(r) == {"article", "start", "end", "sha1_8", "type", "subtype", "mentions"}


def test_every_predicted_event_is_judged_once() -> None:
    judged = []
    for row in tsv_rows("audit-t.tsv"):
        assert row["verdict"] in VERDICTS, row
        assert not ARABIC.search("".join(row.values())), row
        if row["verdict"] == "duplicate":
            start = int(row["class"].rsplit(">", 1)[1])
            assert any(r["article"] == row["id"] and r["start"] == start for r in _rows()), row
        judged.append((row["id"], int(row["start"]), int(row["end"]), row["trigger_sha1_8"]))
    assert sorted(judged) == sorted((r["article"], r["start"], r["end"], r["sha1_8"]) for r in _rows())


def test_misses_lie_in_the_draw_and_overlap_no_trigger() -> None:
    ids = set(draw_ids(DRAWS[0]))
    rows = _rows()
    misses = tsv_rows("missed-t.tsv")
    assert sum(m["status"] == "clear" for m in misses) == 9
    for m in misses:
        assert m["id"] in ids and m["status"] in {"clear", "borderline"}, m
        assert not ARABIC.search("".join(m.values())), m
        s, e = int(m["start"]), int(m["end"])
        assert not any(r["article"] == m["id"] and r["start"] < e and s < r["end"] for r in rows), m
