"""The re-run check of events audits R and S (audit-10a, session 10): ``run_rs`` reuses
``run_pq``'s reading and diff over draws R and S; the kept start predictions are stand-off and
cover only the draws' articles, and the verdict files judge exactly those events."""

from __future__ import annotations

from _audit import ARABIC, VERDICTS, jsonl_rows, tsv_rows  # (puts the audit folder on sys.path)

# isort: split
from run_audit_ant import draw_ids
from run_rs import DRAWS, START


def _rows() -> list[dict]:
    return jsonl_rows(START)


def test_draws_are_disjoint_and_sized() -> None:
    r, s = draw_ids(DRAWS[0]), draw_ids(DRAWS[1])
    assert len(set(r)) == 40 and all(x.startswith("saudinewsnet-") for x in r)
    assert len(set(s)) == 30 and all(x.startswith("ant-") for x in s)


def test_start_file_is_standoff_over_the_draws() -> None:
    ids = {x for name in DRAWS for x in draw_ids(name)}
    rows = _rows()
    assert rows
    for r in rows:
        assert r["article"] in ids
        assert set(r) == {"article", "start", "end", "sha1_8", "type", "subtype", "mentions"}


def test_every_predicted_event_is_judged_once() -> None:
    judged = []
    for name in ("audit-r.tsv", "audit-s.tsv"):
        for row in tsv_rows(name):
            assert row["verdict"] in VERDICTS, row
            # a duplicate names the trigger start of the event it repeats, in the same article
            if row["verdict"] == "duplicate":
                start = int(row["class"].rsplit(">", 1)[1])
                assert any(r["article"] == row["id"] and r["start"] == start for r in _rows()), row
            judged.append((row["id"], int(row["start"]), int(row["end"])))
    assert sorted(judged) == sorted((r["article"], r["start"], r["end"]) for r in _rows())


def test_misses_lie_in_the_draws_and_overlap_no_trigger() -> None:
    ids = {x for name in DRAWS for x in draw_ids(name)}
    rows = _rows()
    for name in ("missed-r.tsv", "missed-s.tsv"):
        for m in tsv_rows(name):
            assert m["id"] in ids and m["status"] in {"clear", "borderline"}, m
            # no SaudiNewsNet text (CC BY-NC-SA): its rows hold English words only
            assert m["id"].startswith("ant-") or not ARABIC.search("".join(m.values())), m
            s, e = int(m["start"]), int(m["end"])
            assert not any(r["article"] == m["id"] and r["start"] < e and s < r["end"] for r in rows), m
