"""The archive's storage layer, run against SQLite and a real PostgreSQL (see tests/_pg.py)."""

from __future__ import annotations

import json

import pytest

from _archive import record
from khabar.errors import StorageError
from khabar.schema import ArticleRecord, Claim, Span
from khabar.store import Database, connect, ingest_records, migrate, open_archive, queries
from khabar.store.export import export_jsonl, geojson
from khabar.store.keys import article_identity, iso_day
from khabar.store.migrations import MIGRATIONS

# Fixtures ``archive_url`` and ``db``: each test runs on SQLite and on PostgreSQL.
pytest_plugins = ["_pg"]

# -- pure keys --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "input_id", "outlet", "text", "expected"),
    [
        ("http://x.test/a", "7", "spa", "نص", "url:http://x.test/a"),
        (None, "7", "spa", "نص", "id:spa:7"),
        ("", "7", None, "نص", "id::7"),
        (None, None, "spa", "نص", "text:"),
        (None, "sha1:abcd", "spa", "نص", "text:"),
    ],
)
def test_identity_is_url_then_id_and_outlet_then_text_hash(url, input_id, outlet, text, expected) -> None:
    assert article_identity(url, input_id, outlet, text).startswith(expected)


def test_text_identity_ignores_harakat_and_spacing() -> None:
    a = article_identity(None, None, None, "قالَ  الوزيرُ")
    assert a == article_identity(None, None, None, "قال الوزير")
    assert a != article_identity(None, None, None, "قال المدير")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2015-07-21 02:51:32", "2015-07-21"), ("21/07/2015", "2015-07-21"),
     ("2017-01-20T21:43:00+01:00", "2017-01-20"), ("2012-2014", None), ("", None),
     (None, None), ("31/02/2015", None)],
)
def test_iso_day(value, expected) -> None:
    assert iso_day(value) == expected


# -- migrations -------------------------------------------------------------------------------


def test_migrations_are_recorded_once_in_order(db: Database) -> None:
    names = [r[0] for r in db.all("SELECT name FROM khabar_migrations ORDER BY name")]
    assert names == [name for name, _ in MIGRATIONS]
    assert migrate(db) == []


def test_migration_reopening_is_a_no_op(archive_url: str) -> None:
    with open_archive(archive_url) as a:
        ingest_records([record("نص أول", id="1")], a)
    with open_archive(archive_url) as b:
        assert queries.stats(b)["articles"] == 1


def test_missing_sqlite_archive_is_an_error_not_a_new_file(tmp_path) -> None:
    with pytest.raises(StorageError, match="no archive at"):
        connect(str(tmp_path / "none.db"), create=False)
    assert not (tmp_path / "none.db").exists()


def test_sqlite_url_forms(tmp_path) -> None:
    path = tmp_path / "x.db"
    with open_archive(f"sqlite:///{path}") as a:
        ingest_records([record("نص", id="1")], a)
    with open_archive(str(path)) as b:
        assert queries.stats(b)["articles"] == 1


# -- idempotence ------------------------------------------------------------------------------


def test_same_article_twice_is_stored_once(db: Database) -> None:
    rec = record("قال محمد إن الطقس جميل.", url="http://x.test/1", entities=[("محمد", "PER", None, None)])
    first = ingest_records([rec], db)
    second = ingest_records([rec], db)
    assert (first.added, second.added, second.unchanged) == (1, 0, 1)
    assert queries.stats(db)["articles"] == 1
    assert db.scalar("SELECT count(*) FROM mentions") == 1


def test_changed_text_for_a_known_url_updates_the_article(db: Database) -> None:
    old = record("زار محمد دمشق.", url="http://x.test/1", entities=[("محمد", "PER", None, None)])
    new = record("زار أحمد حلب وقابل سارة.", url="http://x.test/1",
                 entities=[("أحمد", "PER", None, None), ("سارة", "PER", None, None)])
    ingest_records([old], db)
    rep = ingest_records([new], db)
    assert rep.updated == 1 and rep.added == 0
    assert queries.stats(db)["articles"] == 1
    assert db.scalar("SELECT text FROM articles") == new.text
    mentions = sorted(r[0] for r in db.all("SELECT text FROM mentions"))
    assert mentions == ["أحمد", "سارة"]
    assert queries.search(db, "دمشق")["total"] == 0
    assert queries.search(db, "حلب")["total"] == 1


def test_same_id_in_two_outlets_is_two_articles(db: Database) -> None:
    ingest_records([record("نص أ", id="1", outlet="a"), record("نص ب", id="1", outlet="b")], db)
    assert queries.stats(db)["articles"] == 2


# -- entities merged across the archive ----------------------------------------------------------


def test_entities_merge_by_canonical_and_keep_every_spelling(db: Database) -> None:
    a = record("قال أحمد الشرع إن ...", id="1", entities=[("أحمد الشرع", "PER", "احمد الشرع", None)])
    b = record("وصل احمد الشرع اليوم", id="2", entities=[("احمد الشرع", "PER", "احمد الشرع", None)])
    ingest_records([a, b], db)
    assert queries.stats(db)["entities"] == 1
    [ent] = queries.entity(db, "أحمد الشرع")
    assert set(ent["spellings"]) >= {"أحمد الشرع", "احمد الشرع"}
    assert (ent["mentions"], ent["articles"]) == (2, 2)


def test_entities_merge_through_a_known_spelling(db: Database) -> None:
    # The second article's canonical key differs, but its mention is a known spelling.
    a = record("قال ترامب", id="1", entities=[("ترامب", "PER", "دونالد ترامب", None)])
    b = record("قال ترامب أيضا", id="2", entities=[("ترامب", "PER", "ترامب", None)])
    ingest_records([a, b], db)
    assert queries.stats(db)["entities"] == 1


def test_entities_merge_by_english_name(db: Database) -> None:
    a = record("قال ترامب", id="1", entities=[("ترامب", "PER", "ترامب", "Donald Trump")])
    b = record("قال ترمب", id="2", entities=[("ترمب", "PER", "ترمب", "Donald Trump")])
    ingest_records([a, b], db)
    [ent] = queries.entity(db, "ترمب")
    assert {"ترامب", "ترمب"} <= set(ent["spellings"]) and ent["articles"] == 2


def test_different_entities_stay_apart(db: Database) -> None:
    a = record("قال محمد", id="1", entities=[("محمد", "PER", "محمد", None)])
    b = record("قال أحمد", id="2", entities=[("أحمد", "PER", "احمد", None)])
    c = record("زار الأردن", id="3", entities=[("الأردن", "LOC", "الاردن", None)])
    ingest_records([a, b, c], db)
    assert queries.stats(db)["entities"] == 3


def test_entity_lookup_ignores_harakat_hamza_and_taa_marbuta(db: Database) -> None:
    ingest_records([record("قالت وزارة الصحة", id="1",
                           entities=[("وزارة الصحة", "ORG", None, None)])], db)
    for name in ["وزارة الصحة", "وِزارَةُ الصِّحّة", "وزاره الصحه"]:
        assert [e["canonical"] for e in queries.entity(db, name)] == ["وزاره الصحه"], name
    assert queries.entity(db, "وزارة الدفاع") == []


# -- claims corroborated across articles --------------------------------------------------------

SPOKESMAN = ("تركي المالكي", "PER", "تركي المالكي", None)


def _claim_article(i: int, outlet: str, date: str, content: str, speaker=SPOKESMAN) -> ArticleRecord:
    text = f"قال {speaker[0]} إن {content}"
    return record(text, id=str(i), outlet=outlet, date=date, entities=[speaker],
                  claims=[(speaker[0], "قال", content)])


def test_same_claim_in_two_outlets_is_one_cluster(db: Database) -> None:
    ingest_records([
        _claim_article(1, "spa", "2015-07-21", "قوات التحالف دمرت مخازن أسلحة في صعدة"),
        _claim_article(2, "okaz", "2015-07-23", "قوات التحالف دمّرت مخازن الأسلحة في صعدة"),
        _claim_article(3, "alriyadh", "2015-07-22", "الطقس سيكون حارا في الرياض غدا"),
    ], db)
    stats = queries.stats(db)
    assert (stats["claims"], stats["claim_clusters"]) == (3, 2)
    top = queries.claims(db)[0]
    assert top["n_reports"] == 2 and top["outlets"] == ["okaz", "spa"]
    assert (top["first_date"], top["last_date"]) == ("2015-07-21", "2015-07-23")


def test_same_words_by_another_speaker_are_another_cluster(db: Database) -> None:
    other = ("أحمد عسيري", "PER", "احمد عسيري", None)
    ingest_records([
        _claim_article(1, "spa", "2015-07-21", "قوات التحالف دمرت مخازن أسلحة في صعدة"),
        _claim_article(2, "okaz", "2015-07-21", "قوات التحالف دمرت مخازن أسلحة في صعدة", other),
    ], db)
    assert queries.stats(db)["claim_clusters"] == 2


def test_claims_filters(db: Database) -> None:
    text = "قال تركي المالكي إن الحوثيين أطلقوا صاروخا على جازان"
    ingest_records([
        record(text, id="1", date="2015-07-01", entities=[SPOKESMAN, ("الحوثيين", "ORG", "حوثيين", None)],
               claims=[("تركي المالكي", "قال", "الحوثيين أطلقوا صاروخا على جازان")]),
        _claim_article(2, "okaz", "2015-08-10", "الطقس سيكون حارا في الرياض غدا"),
    ], db)
    assert len(queries.claims(db, speaker="تركي المالكي")) == 2
    assert len(queries.claims(db, speaker="أحمد عسيري")) == 0
    [about] = queries.claims(db, about="الحوثيين")
    assert "صاروخا" in about["content"]
    [since] = queries.claims(db, since="2015-08-01")
    assert "الطقس" in since["content"]
    assert queries.claims(db, about="' OR 1=1 --") == []
    # Words of the content that are no entity, spelt with other hamza/harakat.
    assert len(queries.claims(db, about="صاروخاً على جازان")) == 1
    assert len(queries.claims(db, about="الاطلاق")) == 0


def test_entity_shows_their_claims_and_claims_about_them(db: Database) -> None:
    text = "قال تركي المالكي إن الحوثيين أطلقوا صاروخا"
    ingest_records([record(text, id="1", date="2015-07-01",
                           entities=[SPOKESMAN, ("الحوثيين", "ORG", "حوثيين", None)],
                           claims=[("تركي المالكي", "قال", "الحوثيين أطلقوا صاروخا")])], db)
    [spk] = queries.entity(db, "تركي المالكي")
    [org] = queries.entity(db, "الحوثيين")
    assert len(spk["claims"]) == 1 and spk["claims_about"] == []
    assert org["claims"] == [] and len(org["claims_about"]) == 1
    assert spk["mentions_by_month"] == {"2015-07": 1}


# -- search ---------------------------------------------------------------------------------------

ARTICLES = [
    ("1", "نُقل المصابون إلى المُستشفى الميداني في حلب."),
    ("2", "وقال وزير الخارجية إن الأزمة ستنتهي."),
    ("3", "أعلنت الحكومة السورية عن إجراءات جديدة."),
    ("4", "وبالمدينة القديمة أسواق كثيرة."),
    ("5", "Reuters reported that the talks failed."),
]


@pytest.fixture
def searchable(db: Database) -> Database:
    ingest_records([record(t, id=i) for i, t in ARTICLES], db)
    return db


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("مستشفى", ["1"]),  # article and harakat in the text
        ("المستشفي", ["1"]),  # ي for ى in the query
        ("قال", ["2"]),  # conjunction و in the text
        ("الازمة", ["2"]),  # hamza form in the text (أزمة)
        ("أزمه", ["2"]),  # taa marbuta spelt ه, no article
        ("حكومة", ["3"]),
        ("اجراءات", ["3"]),  # إ in the text
        ("مدينة", ["4"]),  # وبال in the text
        ("reuters", ["5"]),
        ("حلب مستشفى", ["1"]),  # every word must match
        ("حلب الحكومة", []),
        ("دمشق", []),
    ],
)
def test_search_finds_words_whatever_their_spelling(searchable: Database, query, expected) -> None:
    res = queries.search(searchable, query)
    ids = [r["article"].split(":")[-1] for r in res["results"]]
    assert ids == expected and res["total"] == len(expected)


def test_search_snippet_marks_the_original_words(searchable: Database) -> None:
    [hit] = queries.search(searchable, "مستشفى")["results"]
    text = ARTICLES[0][1]
    assert hit["matches"] == [{"text": "المُستشفى", "start": text.index("المُستشفى"),
                               "end": text.index("المُستشفى") + len("المُستشفى")}]
    assert "المُستشفى" in hit["snippet"]


def test_search_ranks_more_matches_first(db: Database) -> None:
    ingest_records([record("حلب مدينة.", id="a"), record("حلب حلب حلب مدينة كبيرة جدا.", id="b"),
                    record("دمشق.", id="c")], db)
    ids = [r["article"] for r in queries.search(db, "حلب")["results"]]
    assert ids == ["id::b", "id::a"]


@pytest.mark.parametrize(
    "query",
    ["' OR 1=1 --", '"unbalanced', "NEAR(", "*", "حلب*", "title:حلب", "حلب OR", "AND", "(", "-حلب",
     "'; DROP TABLE articles; --", "^", "%", "_", "\\", "\x00"],
)
def test_hostile_queries_are_text(searchable: Database, query: str) -> None:
    res = queries.search(searchable, query)
    assert isinstance(res["total"], int)
    assert queries.stats(searchable)["articles"] == len(ARTICLES)


def test_fts_syntax_in_a_query_matches_its_words(searchable: Database) -> None:
    assert [r["article"] for r in queries.search(searchable, 'حلب* "مستشفى')["results"]] == ["id::1"]


def test_a_query_without_words_finds_nothing(searchable: Database) -> None:
    assert queries.search(searchable, "* ( ) \"")["results"] == []


# -- stats, errors, export ------------------------------------------------------------------------


def test_stats_keys(db: Database) -> None:
    assert list(queries.stats(db)) == ["articles", "entities", "claims", "claim_clusters",
                                       "places", "events", "errors"]
    assert set(queries.stats(db).values()) == {0}


def _geo_record() -> ArticleRecord:
    text = "قال المرصد إن اشتباكات عنيفة اندلعت في حلب. وفر المدنيون من حلب إلى إدلب."
    return record(
        text, id="g1", outlet="x", date="2015-07-02",
        entities=[("المرصد", "ORG", None, None), ("حلب", "LOC", None, "Aleppo")],
        claims=[("المرصد", "قال", "اشتباكات عنيفة اندلعت في حلب")],
        places=[("حلب", "Aleppo", 36.2, 37.16), ("إدلب", "Idlib", 35.93, 36.63)],
        events=[("اشتباكات", "battles", "حلب", "اشتباكات عنيفة اندلعت في حلب")],
    )


def test_geojson_places_carry_their_articles_claims_and_events(db: Database) -> None:
    ingest_records([_geo_record()], db)
    fc = geojson(db)
    assert fc["type"] == "FeatureCollection"
    by_name = {f["properties"]["name_en"]: f for f in fc["features"]}
    assert set(by_name) == {"Aleppo", "Idlib"}
    aleppo = by_name["Aleppo"]["properties"]
    assert by_name["Aleppo"]["geometry"] == {"type": "Point", "coordinates": [37.16, 36.2]}
    assert [a["article"] for a in aleppo["articles"]] == ["id:x:g1"]
    assert len(aleppo["claims"]) == 1 and aleppo["events"][0]["type"] == "battles"
    assert by_name["Idlib"]["properties"]["claims"] == []


def test_jsonl_export_gives_back_the_records(db: Database) -> None:
    import io

    rec = _geo_record()
    ingest_records([rec], db)
    out = io.StringIO()
    assert export_jsonl(db, out) == 1
    back = ArticleRecord.model_validate(json.loads(out.getvalue()))
    assert back == rec


def test_errors_are_recorded_once_per_source_and_cleared_by_success(db: Database) -> None:
    from khabar.store.writer import Writer

    w = Writer(db)
    with db.transaction():
        w.error("a.txt", "EmptyInput", "the input is empty")
        w.error("a.txt", "EmptyInput", "the input is empty")
    [err] = queries.errors(db)
    assert (err["source"], err["seen"]) == ("a.txt", 2)
    rec = record("نص", id="1").model_copy(update={"source": "a.txt"})
    ingest_records([rec], db)
    assert queries.errors(db) == []


def test_a_record_the_database_refuses_is_an_error_and_the_batch_goes_on(db: Database) -> None:
    good = record("نص جيد", id="1")
    # A place without text cannot pass the contract; build one past validation.
    bad = record("نص سيء في حلب", id="2", places=[("حلب", "Aleppo", None, None)])
    bad.places[0].__dict__["text"] = None  # NOT NULL in the places table
    rep = ingest_records([good, bad, record("نص ثالث", id="3")], db)
    assert (rep.added, rep.failed) == (2, 1)
    assert queries.stats(db)["places"] == 0 and queries.stats(db)["articles"] == 2
    assert [e["source"] for e in queries.errors(db)] == [bad.source]


def test_an_archive_indexed_with_other_terms_is_reindexed_when_opened(archive_url: str) -> None:
    with open_archive(archive_url) as db:
        ingest_records([record("نُقل المصابون إلى المستشفى في حلب", id="1")], db)
        # Simulate an archive indexed by another khabar: empty index, another terms version.
        if db.is_postgres:
            db.execute("UPDATE articles SET tsv = NULL")
        else:
            db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')")
        db.execute("UPDATE khabar_meta SET value = 'old' WHERE key = 'terms_version'")
        assert queries.search(db, "حلب")["total"] == 0
    with open_archive(archive_url) as db:
        assert queries.search(db, "مستشفى حلب")["total"] == 1


def test_a_surname_alone_does_not_merge_two_people(db: Database) -> None:
    # «عاشور» is a partial spelling of «لطفي عاشور»; another Ashour must stay apart.
    a = record("قال لطفي عاشور ثم أضاف عاشور", id="1",
               entities=[("لطفي عاشور", "PER", "لطفي عاشور", None)])
    a.entities[0].mentions.append(a.entities[0].mentions[0].model_copy(
        update={"text": "عاشور", "start": a.text.rindex("عاشور"), "end": len(a.text)}))
    b = record("وصل سمير عاشور", id="2", entities=[("سمير عاشور", "PER", "سمير عاشور", None)])
    c = record("قال عاشور", id="3", entities=[("عاشور", "PER", "عاشور", None)])
    ingest_records([a, b, c], db)
    assert queries.stats(db)["entities"] == 3
    [lotfi] = queries.entity(db, "لطفي عاشور")
    assert "عاشور" in lotfi["spellings"]


def test_impersonal_claims_are_stored_and_corroborated_by_content(db: Database) -> None:
    # «يُعتقد أن ...»: no speaker in the text; such claims cluster by their content alone.
    recs = []
    for i, content in enumerate(["المسلحين انسحبوا من المدينة", "المسلحين انسحبوا من المدينة ليلا"], 1):
        rec = record(f"يُعتقد أن {content}", id=str(i), outlet=f"o{i}", date="2015-07-0" + str(i))
        start = rec.text.index(content)
        rec.claims.append(Claim(
            id="c1", content=Span(text=content, start=start, end=start + len(content)),
            cue=Span(text="يُعتقد", start=0, end=6), speaker=None, chain=[], kind="indirect",
            certainty="believed"))
        recs.append(rec)
    ingest_records(recs, db)
    [cluster] = queries.claims(db)
    assert cluster["n_reports"] == 2 and cluster["speaker"] == "" and cluster["outlets"] == ["o1", "o2"]
