"""Reading from the store: filters, keyset pagination, hostile filter values."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from hadath.store.query import FilterError
from tests.store.store_factories import make_article, make_event

PLACES = [  # (country, admin1, location, location_ar, lat, lon)
    ("Syria", "Ar-Raqqa", "Ar-Raqqa", "الرقة", 35.95, 39.01),
    ("Syria", "Idlib", "Sarmada", "سرمدا", 36.19, 36.72),
    ("Iraq", "Baghdad", "Tarmiyah", "الطارمية", 33.67, 44.39),
    ("Yemen", "Aden", "Aden", "عدن", 12.78, 45.03),
]
TYPES = [("Battles", "Armed clash", "Islamic State (Syria)"),
         ("Explosions/Remote violence", "Air/drone strike", "Military Forces of Syria (2000-2024)"),
         ("Protests", "Peaceful protest", "Protesters (Yemen)")]


@pytest.fixture
def filled(store):
    """24 events over 4 places, 3 types and 12 days (one per article)."""
    items = []
    for i in range(24):
        country, admin1, loc, loc_ar, lat, lon = PLACES[i % 4]
        etype, sub, actor = TYPES[i % 3]
        a = make_article(i, title=f"تقرير {loc_ar}")
        items.append((a, [make_event(a, event_type=etype, sub_event_type=sub, actor1=actor, country=country,
                                     admin1=admin1, location=loc, location_ar=loc_ar, latitude=lat,
                                     longitude=lon, event_date=date(2023, 1, 1) + timedelta(days=i // 2),
                                     notes=f"note {i}")])) 
    store.add_many(items, "1.0")
    return store


@pytest.mark.parametrize("filters, expected", [
    ({}, 24),
    ({"country": "Syria"}, 12),
    ({"country": ["Syria", "Iraq"]}, 18),
    ({"country": "Syria,Iraq"}, 18),
    ({"admin1": "Idlib"}, 6),
    ({"event_type": "Protests"}, 8),
    ({"event_type": "Protests", "country": "Yemen"}, 2),
    ({"date_from": "2023-01-03", "date_to": "2023-01-04"}, 4),
    ({"from": date(2023, 1, 12)}, 2),
    ({"to": "2023-01-01"}, 2),
    ({"actor": "islamic state"}, 8),
    ({"actor": "SDF"}, 24),  # actor2 of every event
    ({"bbox": "36,33,40,37"}, 12),  # Raqqa, Sarmada
    ({"bbox": (44, 12, 46, 34)}, 12),  # Tarmiyah, Aden
    ({"q": "سرمدا"}, 6),
    ({"q": "سَرْمَدا"}, 6),  # diacritics folded
    ({"q": "note 1"}, 11),  # note 1, note 10..19
    ({"q": "Tarmiyah"}, 6),
    ({"source": "Example News"}, 24),
    ({"source": "Other"}, 0),
    ({"article_id": "art-3"}, 1),
    ({"status": "rejected"}, 0),
    ({"status": "any"}, 24),
])
def test_filters(filled, filters, expected):
    assert len(filled.events(**filters)) == expected


@pytest.mark.parametrize("value", [
    "'; DROP TABLE events; --",
    "Syria' OR '1'='1",
    "%",
    "_",
    "\\",
    "%' --",
    "سوريا\" OR 1=1 --",
    "1); DELETE FROM articles; --",
])
def test_sql_ish_values_are_harmless(filled, value):
    for key in ("country", "admin1", "event_type", "actor", "q", "cluster_id", "article_id", "source"):
        assert filled.events(**{key: value}) == [], (key, value)
    assert filled.counts()["events"] == 24 and filled.counts()["articles"] == 24


@pytest.mark.parametrize("filters, message", [
    ({"date_from": "yesterday"}, "expected a date"),
    ({"bbox": "1,2,3"}, "bbox"),
    ({"bbox": "0,50,10,40"}, "south <= north"),
    ({"bbox": "x,y,z,w"}, "bbox"),
    ({"colour": "red"}, "unknown filter"),
])
def test_bad_filters(filled, filters, message):
    with pytest.raises(FilterError, match=message):
        filled.events(**filters)


def test_nul_characters_are_refused(filled):
    for key in ("country", "actor", "q"):
        with pytest.raises(FilterError, match="NUL"):
            filled.events(**{key: "a\x00b"})


def test_nul_characters_in_articles_are_stored_safely(store):
    a = make_article(1, text="قصف\x00 على الرقة", source="x\x00y")
    store.add(a, [make_event(a, notes="n\x00")], "1.0")
    (rec,) = store.events()
    assert rec["notes"] == "n\ufffd" and store.event(rec["id"])["article"]["text"] == "قصف\ufffd على الرقة"


@pytest.mark.parametrize("cursor", ["nonsense!", "MTpY", "YWJj", "~~~~", "MTox~"])
def test_bad_cursor(filled, cursor):
    with pytest.raises(FilterError, match="cursor"):
        filled.page(cursor=cursor)


@pytest.mark.parametrize("limit", [1, 5, 7, 24, 100])
def test_keyset_pages_cover_everything_once_in_order(filled, limit):
    seen, cursor = [], None
    while True:
        page = filled.page(cursor=cursor, limit=limit, country=["Syria", "Iraq", "Yemen"])
        seen.extend(page.records)
        if not page.next_cursor:
            break
        cursor = page.next_cursor
    ids = [r["id"] for r in seen]
    assert len(ids) == len(set(ids)) == 24
    keys = [(r["event_date"], r["id"]) for r in seen]
    assert keys == sorted(keys, reverse=True)


def test_pages_are_stable_under_inserts(filled):
    first = filled.page(limit=10)
    a = make_article(999)
    filled.add(a, [make_event(a, event_date=date(2030, 1, 1))], "1.0")  # newer than everything
    second = filled.page(limit=10, cursor=first.next_cursor)
    assert not {r["id"] for r in first.records} & {r["id"] for r in second.records}
    assert second.records[0]["event_date"] <= first.records[-1]["event_date"]


def test_undated_events_sort_last(store):
    a, b = make_article(1), make_article(2)
    store.add_many([(a, [make_event(a, event_date=None)]), (b, [make_event(b)])], "1.0")
    assert [r["event_date"] for r in store.events()] == ["2022-12-26", None]
    assert len(store.events(date_to="2030-01-01")) == 1


def test_timeline_points_facets(filled):
    tl = filled.timeline(country="Syria")
    assert sum(r["n"] for r in tl) == 12 and tl == sorted(tl, key=lambda r: r["date"])
    pts = filled.points(event_type="Battles")
    assert len(pts) == 8 and all(-90 <= p["lat"] <= 90 for p in pts)
    f = filled.facets()
    assert f["country"] == ["Iraq", "Syria", "Yemen"] and "Protests" in f["event_type"]
