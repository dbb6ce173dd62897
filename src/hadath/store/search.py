"""Text search (``?q=``): full-text indexes over the events' fields and the articles' text.

Both sides are searched in the project's normalized form (:func:`hadath.text.normalize.normalize_key`:
diacritics dropped, alef forms and the like folded, Latin lowercased), so ``سَرْمَدا``, ``سرمدا``
and ``إدلب``/``ادلب`` find the same events, in the fields and in the article text alike.

SQLite (FTS5, trigram tokenizer: any substring of three characters or more is looked up in the
index, as ``LIKE '%...%'`` would match it):

- ``events_fts`` indexes ``events.search_text`` (already normalized when written) as an
  external-content table; triggers on ``events`` keep it in step with every insert, update
  (a correction rewrites ``search_text``) and delete, whoever writes.
- ``articles_fts`` holds each article's normalized text (``rowid`` = the article's id), written
  by the store with the article (:func:`index_articles`).

PostgreSQL: ``articles_fts`` is a plain table (``rowid``, ``body``) written the same way, and
both sides are matched with ``LIKE``; the migration adds ``pg_trgm`` GIN indexes on
``events.search_text`` and ``articles_fts.body`` when the extension can be created, otherwise
the ``LIKE`` scans stay (the documented fallback: correct, slower on big stores).

A term shorter than three characters (after normalizing) has no trigram: it is matched with
``LIKE`` over the same normalized text (a scan).
"""
from __future__ import annotations

from itertools import islice
from typing import Iterable

import numpy as np
from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.types import NullType

from hadath.text.normalize import normalize_key

TABLES = ("events_fts", "articles_fts")
TRIGRAM = 3


TRGM_INDEXES = ("ix_events_search_trgm", "ix_articles_fts_trgm")


def include_name(name, type_, parent_names) -> bool:
    """Alembic's filter: the search tables (FTS5's shadow tables too) and PostgreSQL's trigram
    indexes are not in the models."""
    if type_ == "table":
        return not (name or "").startswith(TABLES)
    return not (type_ == "index" and name in TRGM_INDEXES)


def like_pattern(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class TextMatch(ColumnElement):
    """True for an event whose fields or article text contain ``term`` (normalized)."""

    type = NullType()  # (a Boolean would compile to "(...) = 1" on SQLite, which hides the indexes)
    inherit_cache = False  # the term is compiled into the statement's parameters

    def __init__(self, term: str) -> None:
        self.term = normalize_key(term)


@compiles(TextMatch)
def _like(element: TextMatch, compiler, **kw) -> str:
    p = compiler.process(bindparam(None, like_pattern(element.term), unique=True), **kw)
    return (f"(events.search_text LIKE {p} ESCAPE '\\' OR events.article_pk IN "
            f"(SELECT rowid FROM articles_fts WHERE body LIKE {p} ESCAPE '\\'))")


@compiles(TextMatch, "sqlite")
def _fts5(element: TextMatch, compiler, **kw) -> str:
    if len(element.term) < TRIGRAM:
        return _like(element, compiler, **kw)
    phrase = '"' + element.term.replace('"', '""') + '"'  # one phrase: the term as a substring
    p = compiler.process(bindparam(None, phrase, unique=True), **kw)
    # one list of event ids (looked up by primary key), not an OR that scans every event
    return (f"events.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH {p} UNION "
            f"SELECT hit.id FROM events AS hit WHERE hit.article_pk IN "
            f"(SELECT rowid FROM articles_fts WHERE articles_fts MATCH {p}))")


COMMON = 5000  # a term in more events than this is looked for in the snapshot's copy of the text


def sqlite_hits(conn: Connection, term: str, texts: list, size: int) -> tuple[np.ndarray, list[int]] | None:
    """A SQLite text match for the dashboard's views (store/summary.py), its two sides apart:
    (the ids of the events whose fields contain ``term``, or a mask over the first ``size`` of
    ``texts``, the events' ``search_text`` in the snapshot's order; the ids of the articles whose
    text contains it); None on another database.

    The events' side: a term found in at most COMMON events through the FTS index (a few ms);
    a more common one, or one under three characters (no trigram), by scanning ``texts`` in
    memory (~50 ms on 100,000 events, whatever the term): the index reads the doclists of a
    term in every row in 0.1-0.2 s, a LIKE scan of the table takes 0.2-0.3 s. The articles'
    side through their FTS index (a LIKE for a short term). SQL's ``events.id IN (... UNION
    ...)`` of the same thing cost 0.6-1.2 s for a term in most rows."""
    key = normalize_key(term)
    if conn.dialect.name != "sqlite" or not key:
        return None
    phrase = '"' + key.replace('"', '""') + '"'
    cur = conn.connection.driver_connection.cursor()
    try:
        ids = None
        if len(key) >= TRIGRAM:
            ids = [r[0] for r in cur.execute("SELECT rowid FROM events_fts WHERE events_fts MATCH ? LIMIT ?",
                                             (phrase, COMMON + 1))]
            articles = [r[0] for r in cur.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?",
                                                  (phrase,))]
        else:
            articles = [r[0] for r in cur.execute("SELECT rowid FROM articles_fts WHERE body LIKE ? ESCAPE '\\'",
                                                  (like_pattern(key),))]
    finally:
        cur.close()
    if ids is None or len(ids) > COMMON:
        return np.fromiter((key in (t or "") for t in islice(texts, size)), bool, size), articles
    return np.array(ids, np.int64), articles


def index_articles(conn: Connection, articles: Iterable[tuple[int, str]]) -> None:
    """(Re)index articles' text: (article id, text) pairs, in the caller's transaction."""
    rows = [{"pk": int(pk), "body": normalize_key(body or "")} for pk, body in articles]
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        conn.execute(text("DELETE FROM articles_fts WHERE rowid = :pk"), rows)
        conn.execute(text("INSERT INTO articles_fts (rowid, body) VALUES (:pk, :body)"), rows)
    else:
        conn.execute(text("INSERT INTO articles_fts (rowid, body) VALUES (:pk, :body) "
                          "ON CONFLICT (rowid) DO UPDATE SET body = excluded.body"), rows)


# ---- schema (used by the migration) -------------------------------------------------------------
SQLITE_SCHEMA = (
    "CREATE VIRTUAL TABLE events_fts USING fts5(search_text, content='events', content_rowid='id', "
    "tokenize='trigram')",
    "CREATE VIRTUAL TABLE articles_fts USING fts5(body, tokenize='trigram')",
    "CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN "
    "INSERT INTO events_fts (rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN "
    "INSERT INTO events_fts (events_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER events_fts_update AFTER UPDATE OF search_text ON events BEGIN "
    "INSERT INTO events_fts (events_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO events_fts (rowid, search_text) VALUES (new.id, new.search_text); END",
    "INSERT INTO events_fts (events_fts) VALUES ('rebuild')",
)
SQLITE_DROP = ("DROP TRIGGER IF EXISTS events_fts_insert", "DROP TRIGGER IF EXISTS events_fts_delete",
               "DROP TRIGGER IF EXISTS events_fts_update", "DROP TABLE IF EXISTS events_fts",
               "DROP TABLE IF EXISTS articles_fts")
POSTGRES_SCHEMA = ("CREATE TABLE articles_fts (rowid BIGINT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE, "
                   "body TEXT NOT NULL)",)
POSTGRES_TRGM = ("CREATE EXTENSION IF NOT EXISTS pg_trgm",
                 f"CREATE INDEX {TRGM_INDEXES[0]} ON events USING gin (search_text gin_trgm_ops)",
                 f"CREATE INDEX {TRGM_INDEXES[1]} ON articles_fts USING gin (body gin_trgm_ops)")
POSTGRES_DROP = (f"DROP INDEX IF EXISTS {TRGM_INDEXES[0]}", "DROP TABLE IF EXISTS articles_fts")


def create(conn: Connection, batch: int = 2000) -> bool:
    """Create the search tables and index the stored events and articles. Returns whether
    PostgreSQL's trigram indexes were made (always True on SQLite)."""
    trigram = True
    if conn.dialect.name == "sqlite":
        for stmt in SQLITE_SCHEMA:
            conn.execute(text(stmt))
    else:
        for stmt in POSTGRES_SCHEMA:
            conn.execute(text(stmt))
        try:
            with conn.begin_nested():
                for stmt in POSTGRES_TRGM:
                    conn.execute(text(stmt))
        except Exception:  # noqa: BLE001 - no pg_trgm (or no right to create it): LIKE scans
            trigram = False
    last = 0
    while True:
        rows = conn.execute(text("SELECT id, text FROM articles WHERE id > :last ORDER BY id LIMIT :n"),
                            {"last": last, "n": batch}).all()
        if not rows:
            return trigram
        index_articles(conn, rows)
        last = rows[-1][0]


def drop(conn: Connection) -> None:
    for stmt in SQLITE_DROP if conn.dialect.name == "sqlite" else POSTGRES_DROP:
        conn.execute(text(stmt))
