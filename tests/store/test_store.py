"""Writing to the store: idempotent loads, re-extraction that keeps human work, reviews, tokens."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from hadath.store import StoreError, content_hash, normalize_url, open_store
from tests.store.store_factories import make_article, make_event


@pytest.mark.parametrize("url, expected", [
    ("https://www.Example.org/a/b/?utm_source=x&id=3#top", "http://example.org/a/b?id=3"),
    ("http://example.org:80/a", "http://example.org/a"),
    ("example.org/a/", "http://example.org/a"),
    ("https://news.example.org/x?b=2&a=1", "http://news.example.org/x?a=1&b=2"),
    ("https://example.org/x?fbclid=abc", "http://example.org/x"),
    ("  ", None),
    ("javascript:window.x='y'", "javascript:window.x='y'"),
    ("http://[::1", "http://[::1"),
    ("http://example.org:99999/", "http://example.org:99999/"),
    (None, None),
])
def test_normalize_url(url, expected):
    assert normalize_url(url) == expected


def test_content_hash_ignores_diacritics_and_spacing():
    assert content_hash("قُتِلَ  ثلاثة") == content_hash("قتل ثلاثة")
    assert content_hash("قتل ثلاثة") != content_hash("قتل أربعة")


def test_add_is_idempotent(store):
    a = make_article(1)
    r1 = store.add(a, [make_event(a)], "1.0")
    assert r1.created and r1.events_written == 1
    r2 = store.add(a, [make_event(a)], "1.0")
    assert (r2.article_pk, r2.created, r2.events_written) == (r1.article_pk, False, 0)
    # same text under another URL, and same URL with other text variants of the same URL
    store.add(replace(a, id="copy", url="https://mirror.example.net/x"), [make_event(a)], "1.0")
    store.add(replace(a, id="utm", url=a.url + "?utm_campaign=z"), [make_event(a)], "1.0")
    assert store.counts()["articles"] == 1 and store.counts()["events"] == 1
    assert store.has_article(content_hash=content_hash(a.text))
    assert store.has_article(url="http://example.org/news/1/")
    assert not store.has_article(url="http://example.org/news/2")
    assert not store.has_article()


def test_add_many_is_one_transaction(store):
    good = make_article(1)
    bad = replace(make_article(2), text=None)
    with pytest.raises(StoreError):
        store.add_many([(good, [make_event(good)]), (bad, [])], "1.0")
    assert store.counts()["articles"] == 0
    results = store.add_many([(make_article(i), [make_event(make_article(i))]) for i in range(3)], "1.0")
    assert [r.created for r in results] == [True] * 3
    assert store.counts()["events"] == 3


def _contents(store):
    recs = store.events(with_text=False)
    return (store.counts()["articles"], store.counts()["sources"],
            sorted((r["article_id"], r["fatalities"], r["source"]) for r in recs))


def test_add_many_equals_adding_one_by_one(store, tmp_path):
    """A chunk with a stored article, one repeating an earlier URL with new text, one with the
    text that URL held before, and new ones: the same rows as adding them one at a time."""
    from hadath.store import open_store

    first = make_article(1)
    store.add(first, [make_event(first)], "1.0")
    chunk = [(first, [make_event(first)]),
             (make_article(2, source="North Press"), [make_event(make_article(2), fatalities=2)]),
             (make_article(9, text="نص آخر عن هجوم في الرقة", url=make_article(2).url),
              [make_event(make_article(9, text="نص آخر عن هجوم في الرقة"), fatalities=9)]),
             (replace(make_article(3), text=make_article(2).text, id="copy"), [make_event(make_article(3))]),
             (make_article(4, source=None, url="https://npasyria.com/4"), [make_event(make_article(4), fatalities=4)])]
    results = store.add_many(chunk, "1.0")
    assert [r.created for r in results] == [False, True, False, True, True]
    assert results[2].article_pk == results[1].article_pk   # the URL's article, updated
    one = open_store(f"sqlite:///{tmp_path / 'one.sqlite'}")
    try:
        one.add(first, [make_event(first)], "1.0")
        for a, evs in chunk:
            one.add(a, evs, "1.0")
        assert _contents(store) == _contents(one)
    finally:
        one.close()
    # the updated article holds the later text's events only
    assert sorted(r["fatalities"] for r in store.events()) == [4, 6, 6, 9]


def test_records_have_export_shape_and_evidence(store):
    a = make_article(1)
    store.add(a, [make_event(a, flags=("unplaced",))], "1.0")
    (rec,) = store.events()
    assert rec["id"] and rec["status"] == "machine" and rec["pipeline_version"] == "1.0"
    assert rec["event_id_cnty"] == "art-1-1" and rec["disorder_type"] == "Political violence"
    assert rec["evidence"]["location"][0]["text"] == "الرقة"
    assert rec["confidence"] == {"event_type": 0.9, "location": 0.8} and rec["flags"] == ["unplaced"]
    assert rec["source"] == "Example News" and rec["source_url"] == a.url
    assert rec["fatalities_best"] == 6 and rec["year"] == 2022


def test_newer_pipeline_replaces_machine_events_but_keeps_corrections(store):
    a = make_article(1)
    battle = make_event(a)
    protest = make_event(a, event_type="Protests", sub_event_type="Peaceful protest", location="Al-Hasakeh",
                         location_ar="الحسكة", fatalities=0, actor1="Protesters (Syria)", actor2=None)
    strike = make_event(a, event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
                        actor1="Military Forces of Turkey", location="Kobani")
    store.add(a, [battle, protest, strike], "1.0")
    ids = {r["event_type"]: r["id"] for r in store.events()}
    store.review(ids["Battles"], "correct", reviewer="amal", fields={"fatalities": 7, "admin2": "Ar-Raqqa"})
    store.review(ids["Protests"], "reject", reviewer="amal", note="not a protest")

    # v2: the battle comes back with other machine values, the strike is gone, a new event appears
    battle2 = replace(battle, fatalities=5, notes="v2 notes", confidence={"event_type": 0.95})
    riot = make_event(a, event_type="Riots", sub_event_type="Mob violence", location="Tabqa")
    res = store.add(a, [battle2, protest, riot], "2.0")
    assert not res.created and res.events_written == 3
    recs = {r["event_type"]: r for r in store.events(status="any")}
    assert set(recs) == {"Battles", "Protests", "Riots"}
    b = recs["Battles"]
    assert b["id"] == ids["Battles"] and b["status"] == "corrected"
    assert (b["fatalities"], b["admin2"], b["notes"], b["pipeline_version"]) == (7, "Ar-Raqqa", "v2 notes", "2.0")
    assert recs["Protests"]["status"] == "rejected" and recs["Protests"]["id"] == ids["Protests"]
    assert recs["Riots"]["status"] == "machine"
    assert len(store.event(ids["Battles"])["reviews"]) == 1
    # same version again: nothing happens
    assert store.add(a, [battle2], "2.0").events_written == 0
    assert store.counts()["events"] == 3


def test_reviewed_event_missing_from_new_output_is_kept(store):
    a = make_article(1)
    store.add(a, [make_event(a)], "1.0")
    (rec,) = store.events()
    store.review(rec["id"], "accept", reviewer="amal")
    store.add(a, [], "2.0")
    (kept,) = store.events()
    assert kept["id"] == rec["id"] and kept["status"] == "accepted"


@pytest.mark.parametrize("action, fields, message", [
    ("approve", None, "action must be one of"),
    ("correct", None, "needs at least one field"),
    ("accept", {"fatalities": 2}, "takes no fields"),
    ("correct", {"fatalities": -1}, "cannot be negative"),
    ("correct", {"fatalities": "many"}, "expected an integer"),
    ("correct", {"event_date": "29/12/2022"}, "expected a date"),
    ("correct", {"latitude": 123}, "within"),
    ("correct", {"event_type": ""}, "cannot be empty"),
    ("correct", {"id": 5}, "cannot be reviewed"),
    ("correct", {"status": "accepted"}, "cannot be reviewed"),
])
def test_bad_reviews_are_refused(store, action, fields, message):
    a = make_article(1)
    store.add(a, [make_event(a)], "1.0")
    (rec,) = store.events()
    with pytest.raises(StoreError, match=message):
        store.review(rec["id"], action, reviewer="amal", fields=fields)
    assert store.event(rec["id"])["reviews"] == []


def test_review_history_and_date_correction(store):
    a = make_article(1)
    store.add(a, [make_event(a)], "1.0")
    (rec,) = store.events()
    store.review(rec["id"], "correct", reviewer="amal", fields={"event_date": "2022-12-27", "location": "Raqqa"},
                 note="dateline says Tuesday")
    ev = store.review(rec["id"], "accept", reviewer="omar")
    assert ev["status"] == "corrected" and ev["event_date"] == "2022-12-27"
    assert [(r["reviewer"], r["action"]) for r in ev["reviews"]] == [("amal", "correct"), ("omar", "accept")]
    assert ev["reviews"][0]["changes"] == {"event_date": ["2022-12-26", "2022-12-27"],
                                           "location": ["Ar-Raqqa", "Raqqa"]}
    assert ev["reviews"][0]["note"] == "dateline says Tuesday"
    assert [r["id"] for r in store.events(date_from="2022-12-27", date_to="2022-12-27")] == [rec["id"]]
    assert store.events(q="raqqa")[0]["id"] == rec["id"]
    with pytest.raises(StoreError, match="no event"):
        store.review(10**9, "accept", reviewer="amal")


def test_clusters_and_sources(store):
    a1, a2 = make_article(1, source="Enab Baladi"), make_article(2, source="North Press", url="https://npasyria.com/1")
    store.add_many([(a1, [make_event(a1)]), (a2, [make_event(a2)])], "1.0")
    e1, e2 = sorted(r["id"] for r in store.events())
    store.set_clusters({e1: "c-1", e2: "c-1"})
    detail = store.event(e1)
    assert detail["cluster_id"] == "c-1"
    assert {s["source"] for s in detail["sources"]} == {"Enab Baladi", "North Press"}
    assert {s["domain"] for s in detail["sources"]} == {"example.org", "npasyria.com"}
    assert detail["article"]["text"] == a1.text
    assert [r["id"] for r in store.events(cluster_id="c-1")] == [e2, e1]
    assert store.counts()["sources"] == 2


def test_tokens_are_stored_hashed(store):
    token = store.create_token("alice")
    assert store.check_token(token) == "alice"
    assert store.check_token(token + "x") is None
    with store.engine.connect() as conn:
        from sqlalchemy import text
        stored = [r[0] for r in conn.execute(text("SELECT token_hash FROM api_tokens"))]
    assert token not in stored and len(stored[0]) == 64
    store.revoke_token("alice")
    assert store.check_token(token) is None


def test_open_store_without_create(tmp_path):
    with pytest.raises(StoreError, match="no store"):
        open_store(str(tmp_path / "missing.sqlite"), create=False)
    s = open_store(str(tmp_path / "x.sqlite"))
    s.close()
    s = open_store(str(tmp_path / "x.sqlite"), create=False)
    assert s.counts()["events"] == 0
    s.close()


def test_sqlite_uses_wal(tmp_path):
    s = open_store(str(tmp_path / "w.sqlite"))
    with s.engine.connect() as conn:
        from sqlalchemy import text
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    s.close()


def test_default_store_is_a_file_in_the_cwd(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    s = open_store()
    a = make_article(1)
    s.add(a, [make_event(a, event_date=date(2023, 1, 1))], "1.0")
    s.close()
    assert (tmp_path / "hadath.sqlite").exists()


def test_articles_for_re_extraction(store):
    items = [(make_article(i), [make_event(make_article(i))]) for i in range(3)]
    store.add_many(items[:2], "1.0")
    store.add_many(items[2:], "2.0")
    assert [a.id for a in store.articles()] == ["art-0", "art-1", "art-2"]
    stale = list(store.articles(stale_for="2.0", batch=1))
    assert [a.id for a in stale] == ["art-0", "art-1"]
    assert stale[0].text == items[0][0].text and stale[0].source == "Example News"
    assert stale[0].published == items[0][0].published
    for a in stale:
        store.add(a, [make_event(a, fatalities=1)], "2.0")
    assert list(store.articles(stale_for="2.0")) == []
    assert {r["fatalities"] for r in store.events()} == {1, 6}


def test_reextraction_keeps_event_ids(store, article_factory, event_factory):
    """Unreviewed events keep their ids through re-extraction (links and bookmarks stay valid);
    only events that vanished are deleted, new ones get new ids."""
    from datetime import date

    a = article_factory(7)
    battle = event_factory(a)
    protest = event_factory(a, event_type="Protests", sub_event_type="Peaceful protest", actor2=None,
                            location="Al-Hasakah", fatalities=0)
    store.add(a, [battle, protest], "1.0")
    ids = {e["event_type"]: e["id"] for e in store.events(status="any")}
    # v2: the battle's toll and actor changed (another identity key), the protest moved a day
    v2 = [replace(battle, fatalities=8, actor1="Unidentified Armed Group (Syria)"),
          replace(protest, event_date=date(2022, 12, 27))]
    assert store.add(a, v2, "2.0").events_written == 2
    after = {e["event_type"]: (e["id"], e["fatalities"]) for e in store.events(status="any")}
    assert after == {"Battles": (ids["Battles"], 8), "Protests": (ids["Protests"], 0)}
    # same version, --all: nothing happens without replace; with it, the ids stay too
    assert store.add(a, v2[:1], "2.0").events_written == 0
    assert store.add(a, v2[:1], "2.0", replace=True).events_written == 1
    assert [e["id"] for e in store.events(status="any")] == [ids["Battles"]]
