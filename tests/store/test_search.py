"""Text search (?q=) through the full-text indexes (hadath.store.search): Arabic matched whatever
its diacritics and alef forms, in the events' fields and the articles' text, kept in step with
every write (insert, a correction, a re-extracted text, a merge), on SQLite and PostgreSQL."""
from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import text

from hadath.store import search
from hadath.types import Span
from tests.store.store_factories import make_article, make_event as _make_event

ARTICLE = "أعلنت مصادر محلية أنّ طائراتٍ مُسيّرة قصفت أطراف مدينة إدلب، وسقط قتيلان في بلدة سَرْمَدا."


def make_event(article, **kw):
    """The factories' event, its evidence within this article's text."""
    kw.setdefault("evidence", {"trigger": (Span(0, 3),)})
    return replace(_make_event(make_article(0)), article_id=article.id, **kw)


@pytest.fixture
def stored(store):
    a = make_article(1, ARTICLE)
    b = make_article(2)  # the Raqqa article of the factories
    store.add(a, [make_event(a, location="Sarmada", location_ar="سرمدا", admin1="Idlib", notes="drone strike")], "v1")
    store.add(b, [make_event(b), make_event(b, event_type="Protests", sub_event_type="Peaceful protest")], "v1")
    return store


def found(store, q: str) -> list[str]:
    return sorted(str(r["article_id"]) for r in store.events(q=q))


QUERIES = [
    ("ادلب", ["art-1"]),          # the text has إدلب: alef forms folded
    ("إدلب", ["art-1"]),
    ("سرمدا", ["art-1"]),         # the text has سَرْمَدا, the field سرمدا
    ("سَرْمَدا", ["art-1"]),
    ("مسيرة", ["art-1"]),         # مُسيّرة in the text: shadda and damma dropped
    ("طائرات مسيرة", ["art-1"]),  # several words: as a phrase
    ("SARMADA", ["art-1"]),       # fields, any case
    ("drone", ["art-1"]),
    ("الرقة", ["art-2", "art-2"]),
    ("protest", ["art-2"]),
    ("قوات سوريا", ["art-2", "art-2"]),  # article text only
    ("مدينة", ["art-1", "art-2", "art-2"]),
    ("ق", ["art-1", "art-2", "art-2"]),  # shorter than a trigram: a scan, same answer
    ("xyz", []),
    ('"', []), ("'", []), ("%", []), ("_", []), ("\\", []), ("xyz OR drone", []), ("NEAR(a b)", []), ("dro*", []),
]


@pytest.mark.parametrize("q, expected", QUERIES)
def test_search_folds_arabic_in_fields_and_text(stored, q, expected):
    assert found(stored, q) == expected


@pytest.mark.parametrize("q, expected", QUERIES)
def test_the_dashboards_views_find_what_sql_finds(stored, q, expected):
    """The views (store/summary.py) join the two index reads on the snapshot (search.sqlite_hits)
    instead of SQL's IN (... UNION ...): the same events, with other filters and merged too."""
    from hadath.store import views

    page = views.listing(stored, q=q, limit=50)
    assert sorted(str(r["article_id"]) for r in page["events"]) == expected
    assert page["total"] == len(expected)
    sql = sorted(r["id"] for r in stored.events(q=q, event_type="Battles"))
    assert sorted(r["id"] for r in views.listing(stored, q=q, event_type="Battles")["events"]) == sql
    assert views.count(stored, q=q, merged=True) == len({r["cluster_id"] or r["id"] for r in stored.events(q=q)})


def test_a_correction_is_searchable_at_once(stored):
    ev = stored.events(q="سرمدا")[0]
    assert found(stored, "Harem") == []
    stored.review(ev["id"], "correct", reviewer="t", fields={"location": "Harem", "location_ar": "حارم"})
    assert found(stored, "حارم") == ["art-1"] and found(stored, "Harem") == ["art-1"]
    assert found(stored, "Sarmada") == []  # the old field value left the index
    assert found(stored, "سرمدا") == ["art-1"]  # still in the article text
    stored.review(ev["id"], "correct", reviewer="t", fields={"notes": "airstrike on the market"})
    assert found(stored, "drone") == [] and found(stored, "market") == ["art-1"]


def test_a_re_extracted_article_with_new_text_is_searched_in_its_new_text(stored):
    new = make_article(1, "تجددت الاشتباكات في مدينة حلب.", url="https://www.example.org/news/1")
    stored.add(new, [make_event(new, location="Aleppo", location_ar="حلب")], "v2")
    assert found(stored, "حلب") == ["art-1"]
    assert found(stored, "مسيرة") == []  # the old text is gone from the index


def test_batch_writes_and_merges_keep_the_index(stored):
    items = [(make_article(10 + i, f"اشتباكات عنيفة في الحُدَيْدَة رقم {i}"), ) for i in range(3)]
    stored.add_many([(a, [make_event(a, location="Al Hudaydah")]) for (a,) in items], "v1")
    assert found(stored, "الحديدة") == ["art-10", "art-11", "art-12"]
    ids = [r["id"] for r in stored.events(q="الحديدة")]
    stored.set_clusters({ids[0]: "c1", ids[1]: "c1"})
    assert len(stored.events(q="الحديدة")) == 3
    assert len(stored.events(q="الحديدة", merged=True)) == 2


def test_the_migration_indexes_what_was_stored_before_it(stored):
    from hadath.store.migrate import upgrade

    with stored.engine.begin() as conn:
        search.drop(conn)
        conn.execute(text("UPDATE alembic_version SET version_num = '0101_embeddings'"))
    upgrade(stored.engine)
    assert found(stored, "ادلب") == ["art-1"] and found(stored, "الرقة") == ["art-2", "art-2"]
    a = make_article(3, "قصف على ريف إدلب الجنوبي")
    stored.add(a, [make_event(a)], "v1")  # and stays in step afterwards
    assert found(stored, "ريف ادلب") == ["art-3"]


def test_sqlite_uses_the_fts_index(tmp_path):
    from hadath.store import open_store
    from hadath.store.query import E
    from sqlalchemy import select

    store = open_store(str(tmp_path / "s.sqlite"))
    with store.engine.connect() as conn:
        compiled = select(E.id).where(search.TextMatch("إدلب")).compile(conn)
        sql = str(compiled)
        plan = " ".join(str(r) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql,
                                                             tuple(compiled.params[k] for k in compiled.positiontup)))
        names = {r[0] for r in conn.execute(text("SELECT name FROM sqlite_master"))}
    store.close()
    assert "MATCH" in sql and "VIRTUAL TABLE INDEX" in plan
    assert {"events_fts", "articles_fts", "events_fts_insert", "events_fts_update", "events_fts_delete"} <= names


def test_common_and_short_terms_are_scanned_in_the_snapshot(stored, monkeypatch):
    """A term in more than COMMON events (or under three characters) is looked for in the
    snapshot's copy of the events' text: the same answers as SQL, and a correction seen at once."""
    from hadath.store import views

    monkeypatch.setattr(search, "COMMON", 1)  # a term in two events or more: scanned
    for q, expected in QUERIES:
        assert views.count(stored, q=q) == len(expected), q
    ev = stored.events(q="سرمدا")[0]
    stored.add(make_article(3), [make_event(make_article(3), location="Harem"), make_event(make_article(3), location="Harem")], "v1")
    assert views.count(stored, q="harem") == 2
    stored.review(ev["id"], "correct", reviewer="t", fields={"location": "Harem", "location_ar": "حارم"})
    assert views.count(stored, q="harem") == 3 and views.count(stored, q="حارم") == 1
    assert views.count(stored, q="Sarmada") == 0 and views.count(stored, q="سرمدا") == 1  # the article text
