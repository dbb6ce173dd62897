"""Writing an article's events: first extraction, and re-extraction with stable event ids.

Re-extraction (a newer pipeline, or ``hadath reextract --all``) matches each new event to a
stored one of the same article and keeps that row, so its id (links, bookmarks, clusters) stays:
first the same identity (:func:`hadath.store.convert.match_key`: type, date, place, actor1),
then, for machine events only, the same type and date, then the same type in extraction order.
Machine values are rewritten; the fields a human corrected are re-applied on top and never
overwritten; reviewed events that no longer match are kept as they are, unmatched machine
events are deleted. The article's event rows are locked first (``FOR UPDATE`` on PostgreSQL;
SQLite writers hold the database lock), so a concurrent review is never lost.
"""
from __future__ import annotations

from typing import Any, Sequence

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from hadath.store.convert import (
    coerce, event_values, evidence_rows, match_key, now, search_text, sort_day,
)
from hadath.store.models import EventRow, EvidenceRow
from hadath.types import Article, Event

E = EventRow.__table__.c
V = EvidenceRow.__table__.c


def _values(ev: Event, article: Article) -> dict[str, Any]:
    vals = event_values(ev)
    vals["source"] = vals["source"] or article.source
    vals["source_url"] = vals["source_url"] or article.url
    return vals


def insert_events(conn: Connection, article_pk: int, article: Article,
                  numbered: list[tuple[int, Event]], version: str) -> int:
    return insert_many(conn, [(article_pk, article, numbered)], version)


def insert_many(conn: Connection, items: Sequence[tuple[int, Article, list[tuple[int, Event]]]],
                version: str) -> int:
    """New events of several articles in two statements (events, then their evidence)."""
    t = now()
    rows, events = [], []
    for article_pk, article, numbered in items:
        for i, ev in numbered:
            vals = _values(ev, article)
            rows.append(dict(vals, article_pk=article_pk, ordinal=i,
                             event_id_cnty=(ev.event_id_cnty or f"{article.id}-{i + 1}")[:600],
                             sort_day=sort_day(ev.event_date), pipeline_version=version,
                             status="machine", corrections={}, match_key=match_key(ev),
                             search_text=search_text(vals, article.title), created_at=t, updated_at=t))
            events.append(ev)
    if not rows:
        return 0
    pks = conn.execute(insert(EventRow).returning(E.id, sort_by_parameter_order=True), rows).scalars().all()
    spans = [dict(s, event_pk=pk) for pk, ev in zip(pks, events) for s in evidence_rows(ev)]
    if spans:
        conn.execute(insert(EvidenceRow), spans)
    return len(rows)


def pair_events(old: Sequence[dict], events: Sequence[Event]) -> tuple[dict[int, dict], list[dict]]:
    """(new event index -> old row, old rows left over). Old rows carry id, status, match_key,
    event_type, event_date, ordinal."""
    pairs: dict[int, dict] = {}
    left = sorted(old, key=lambda r: (r["ordinal"], r["id"]))
    keys = [match_key(ev) for ev in events]
    tests = (
        lambda r, i: r["match_key"] == keys[i],
        lambda r, i: r["status"] == "machine" and r["event_type"] == events[i].event_type
        and r["event_date"] == events[i].event_date,
        lambda r, i: r["status"] == "machine" and r["event_type"] == events[i].event_type,
    )
    for test in tests:
        for i in range(len(events)):
            if i in pairs:
                continue
            hit = next((r for r in left if test(r, i)), None)
            if hit is not None:
                pairs[i] = hit
                left.remove(hit)
    return pairs, left


def replace_events(conn: Connection, article_pk: int, article: Article, events: Sequence[Event],
                   version: str) -> int:
    """Newer pipeline output for a stored article (see the module docstring)."""
    q = (select(E.id, E.status, E.match_key, E.corrections, E.event_type, E.event_date, E.ordinal)
         .where(E.article_pk == article_pk))
    if conn.dialect.name == "postgresql":
        q = q.with_for_update()
    old = [dict(r) for r in conn.execute(q).mappings()]
    pairs, left = pair_events(old, events)
    gone = [r["id"] for r in left if r["status"] == "machine"]
    if gone:
        conn.execute(delete(EvidenceRow).where(V.event_pk.in_(gone)))
        conn.execute(delete(EventRow).where(E.id.in_(gone)))
    fresh: list[tuple[int, Event]] = []
    t = now()
    for i, ev in enumerate(events):
        row = pairs.get(i)
        if row is None:
            fresh.append((i, ev))
            continue
        vals = _values(ev, article)
        for f, v in (row["corrections"] or {}).items():  # a reviewed field is never overwritten
            vals[f] = coerce(f, v)
        conn.execute(update(EventRow).where(E.id == row["id"]).values(
            **vals, ordinal=i, match_key=match_key(ev), sort_day=sort_day(vals["event_date"]),
            pipeline_version=version, search_text=search_text(vals, article.title), updated_at=t))
        conn.execute(delete(EvidenceRow).where(V.event_pk == row["id"]))
        spans = [dict(s, event_pk=row["id"]) for s in evidence_rows(ev)]
        if spans:
            conn.execute(insert(EvidenceRow), spans)
    return len(pairs) + insert_events(conn, article_pk, article, fresh, version)
