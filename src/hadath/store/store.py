"""The Store: articles, their events and evidence, reviews and API tokens in one database."""
from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterator, Mapping, Sequence

from sqlalchemy import func, insert, inspect, or_, select, update
from sqlalchemy.engine import Connection, Engine

from hadath.errors import HadathError
from hadath.store import query as Q
from hadath.store.batchwrite import add_batch, clean_article, source_ids
from hadath.store.convert import coerce, content_hash, normalize_url, now, search_text, sort_day
from hadath.store.eventrows import insert_events, replace_events
from hadath.store.merged import set_cluster_ids
from hadath.store.search import index_articles
from hadath.store.models import ApiToken, ArticleRow, EventRow, EvidenceRow, ReviewRow, Source
from hadath.store.tx import immediate, retrying
from hadath.types import Article, Event

E, A, S, V = Q.E, Q.A, Q.S, Q.V
R = ReviewRow.__table__.c
T = ApiToken.__table__.c
ACTIONS = ("accept", "correct", "reject")


class StoreError(HadathError):
    """A store operation was refused (unknown event, bad review, missing database)."""


class NotFound(StoreError):
    pass


@dataclass(frozen=True)
class AddResult:
    article_pk: int
    created: bool
    events_written: int


def _dialect_insert(dialect: str, table):
    """INSERT with ON CONFLICT support for the store's two dialects."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert
        return pg_insert(table)
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert
    return sqlite_insert(table)


def _hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _jsonable(v: Any) -> Any:
    return v.isoformat() if isinstance(v, date) else v


class Store:
    def __init__(self, engine: Engine, url: str):
        self.engine = engine
        self.url = url
        self.dialect = engine.dialect.name
        # SQLite has one writer: serialize writes from this process (readers run in parallel, WAL)
        self._write_lock = threading.Lock() if self.dialect == "sqlite" else None

    # ---- transactions -------------------------------------------------------------------
    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """A write transaction. On SQLite it takes the database's write lock up front
        (BEGIN IMMEDIATE), so what it reads cannot change before it writes, across processes too:
        every read-modify-write (get-or-create, review merge, re-extraction) is atomic."""
        if self._write_lock is None:
            with self.engine.begin() as conn:
                yield conn
            return
        with self._write_lock, immediate(self.engine) as conn:
            yield conn

    def upsert(self, table):
        """``INSERT`` with this dialect's ``ON CONFLICT`` clauses."""
        return _dialect_insert(self.dialect, table)

    # ---- writing articles and events -----------------------------------------------------
    def add(self, article: Article, events: Sequence[Event], pipeline_version: str, *,
            replace: bool = False) -> AddResult:
        """Store an article and its events. A stored article (same text or URL) is left alone
        when it was extracted by the same ``pipeline_version``, unless ``replace`` (re-extraction
        by changed code under the same version); its events then keep their ids."""
        def tx() -> AddResult:
            with self._write() as conn:
                return self._add(conn, article, events, pipeline_version, replace)
        return retrying(tx)

    def add_many(self, items: Sequence[tuple[Article, Sequence[Event]]], pipeline_version: str) -> list[AddResult]:
        """Several articles in one transaction; the events of new articles in one statement.
        A lost connection (a database server restarted) is retried: see :func:`retrying`."""
        def tx() -> list[AddResult]:
            with self._write() as conn:
                return add_batch(self, conn, items, pipeline_version)
        return retrying(tx)

    def _find_article(self, conn: Connection, h: str, url_norm: str | None):
        cond = A.content_hash == h if url_norm is None else or_(A.content_hash == h, A.url_norm == url_norm)
        rows = conn.execute(select(A.id, A.content_hash, A.pipeline_version).where(cond)).all()
        rows.sort(key=lambda r: r.content_hash != h)  # the content match wins over the URL match
        return rows[0] if rows else None

    def _add(self, conn: Connection, article: Article, events: Sequence[Event], version: str,
             replace: bool = False) -> AddResult:
        if not isinstance(article.text, str):
            raise StoreError(f"article {article.id!r} has no text")
        article = clean_article(article)
        h, url_norm, t = content_hash(article.text), normalize_url(article.url), now()
        found = self._find_article(conn, h, url_norm)
        if found is None:
            source_id = source_ids(self, conn, [article])[0]
            # insert-if-absent on both unique keys: a concurrent writer may store the same article
            # (same text or URL) between our read and this insert; then we take the stored row
            pk = conn.execute(_dialect_insert(self.dialect, ArticleRow).values(
                ext_id=str(article.id)[:500], content_hash=h, url=article.url, url_norm=url_norm,
                title=article.title, published=article.published, source_id=source_id,
                origin=article.origin, text=article.text, pipeline_version=version,
                created_at=t, updated_at=t).on_conflict_do_nothing().returning(A.id)).scalar()
            if pk is not None:
                index_articles(conn, [(pk, article.text)])
                return AddResult(pk, True, insert_events(conn, pk, article, list(enumerate(events)), version))
            found = self._find_article(conn, h, url_norm)
            if found is None:  # pragma: no cover - the conflicting row vanished again
                raise StoreError(f"article {article.id!r}: concurrent insert conflict")
        pk = found.id
        if found.pipeline_version == version and found.content_hash == h and not replace:
            return AddResult(pk, False, 0)
        changes: dict[str, Any] = {"pipeline_version": version, "updated_at": t}
        if found.content_hash != h:  # same URL, updated text
            changes.update(text=article.text, content_hash=h, title=article.title or None)
            index_articles(conn, [(pk, article.text)])
        conn.execute(update(ArticleRow).where(A.id == pk).values(**changes))
        return AddResult(pk, False, replace_events(conn, pk, article, events, version))

    def set_clusters(self, clusters: Mapping[int, str]) -> None:
        if not clusters:
            return
        with self._write() as conn:  # only the events whose id changes, stamped (updated_at)
            set_cluster_ids(conn, clusters)

    # ---- reading ------------------------------------------------------------------------
    def has_article(self, *, content_hash: str | None = None, url: str | None = None) -> bool:
        conds = []
        if content_hash:
            conds.append(A.content_hash == content_hash)
        if url and normalize_url(url):
            conds.append(A.url_norm == normalize_url(url))
        if not conds:
            return False
        with self.engine.connect() as conn:
            return conn.execute(select(A.id).where(or_(*conds)).limit(1)).first() is not None

    def stored_hashes(self, hashes: Sequence[str]) -> set[str]:
        """Those of the content hashes (:func:`content_hash`) whose article the store holds."""
        want = sorted(set(hashes))

        def read() -> set[str]:
            out: set[str] = set()
            with self.engine.connect() as conn:
                for i in range(0, len(want), 500):
                    out.update(conn.execute(select(A.content_hash).where(A.content_hash.in_(want[i:i + 500])))
                               .scalars())
            return out
        return retrying(read)  # a server restarting under a long ingest: wait for it

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            out = {name: conn.execute(select(func.count()).select_from(tbl)).scalar_one()
                   for name, tbl in (("articles", ArticleRow), ("events", EventRow), ("sources", Source),
                                     ("evidence", EvidenceRow), ("reviews", ReviewRow))}
            for status, n in conn.execute(select(E.status, func.count()).group_by(E.status)):
                out[f"events_{status}"] = n
        return out

    def page(self, *, cursor: str | None = None, limit: int = 50, with_text: bool = True, **filters) -> Q.Page:
        limit = max(1, min(int(limit), Q.MAX_LIMIT))
        with self.engine.connect() as conn:
            keys = conn.execute(Q.page_query(filters, cursor, limit + 1)).all()
            more = len(keys) > limit
            keys = keys[:limit]
            records = Q.load_records(conn, [k.id for k in keys], with_text=with_text)
        nxt = Q.encode_cursor(keys[-1].sort_day, keys[-1].id) if more and keys else None
        return Q.Page(records, nxt)

    def events(self, *, limit: int | None = None, **filters) -> list[dict]:
        """All matching events (newest first) as records: to_record's columns + id, status, ..."""
        out: list[dict] = []
        cursor = None
        while True:
            want = Q.MAX_LIMIT if limit is None else min(Q.MAX_LIMIT, limit - len(out))
            if want <= 0:
                return out
            page = self.page(cursor=cursor, limit=want, **filters)
            out.extend(page.records)
            if page.next_cursor is None:
                return out
            cursor = page.next_cursor

    def iter_rows(self, **filters) -> Iterator[tuple[Event, Article]]:
        """(Event, Article) pairs for the export writers, fetched in keyset batches."""
        cursor = None
        while True:
            with self.engine.connect() as conn:
                keys = conn.execute(Q.page_query(filters, cursor, 501)).all()
                batch = Q.event_rows(conn, [k.id for k in keys[:500]])
            yield from batch
            if len(keys) <= 500:
                return
            cursor = Q.encode_cursor(keys[499].sort_day, keys[499].id)

    def articles(self, *, stale_for: str | None = None, batch: int = 500) -> Iterator[Article]:
        """Stored articles (oldest first). ``stale_for=VERSION``: only those last extracted with
        another pipeline version — feed them back through ``add`` to re-extract."""
        last = 0
        while True:
            q = (select(A.id, A.ext_id, A.text, A.url, A.published, A.title, A.origin, S.name.label("source_name"))
                 .outerjoin(Source.__table__, S.id == A.source_id).where(A.id > last).order_by(A.id).limit(batch))
            if stale_for is not None:
                q = q.where(A.pipeline_version != stale_for)
            with self.engine.connect() as conn:
                rows = conn.execute(q).mappings().all()
            if not rows:
                return
            for r in rows:
                yield Q.to_article(r)
            last = rows[-1]["id"]

    def event(self, pk: int) -> dict:
        """One event with its evidence (with text), article, sources and review history."""
        with self.engine.connect() as conn:
            recs = Q.load_records(conn, [pk])
            if not recs:
                raise NotFound(f"no event {pk}")
            rec = recs[0]
            art = conn.execute(select(A.id, A.ext_id, A.title, A.url, A.published, A.text, A.origin,
                                      S.name.label("source"), S.domain)
                               .outerjoin(Source.__table__, S.id == A.source_id)
                               .where(A.id == rec["article_pk"])).mappings().one()
            rec["article"] = {"pk": art["id"], "id": art["ext_id"], "title": art["title"], "url": art["url"],
                              "published": art["published"].isoformat() if art["published"] else None,
                              "source": art["source"], "domain": art["domain"], "text": art["text"]}
            rec["reviews"] = self._reviews(conn, pk)
            sources = [{"event_id": pk, "source": art["source"], "domain": art["domain"], "url": art["url"],
                        "title": art["title"]}]
            if rec["cluster_id"]:
                sib = conn.execute(select(E.id, S.name, S.domain, A.url, A.title)
                                   .join(ArticleRow.__table__, A.id == E.article_pk)
                                   .outerjoin(Source.__table__, S.id == A.source_id)
                                   .where(E.cluster_id == rec["cluster_id"], E.id != pk).order_by(E.id).limit(100))
                sources += [{"event_id": r[0], "source": r[1], "domain": r[2], "url": r[3], "title": r[4]} for r in sib]
            rec["sources"] = sources
        return rec

    def _reviews(self, conn: Connection, pk: int) -> list[dict]:
        rows = conn.execute(select(R.id, R.action, R.changes, R.reviewer, R.note, R.created_at)
                            .where(R.event_pk == pk).order_by(R.id)).mappings()
        return [dict(r, created_at=r["created_at"].isoformat()) for r in rows]

    def timeline(self, **filters) -> list[dict]:
        with self.engine.connect() as conn:
            return [{"date": d.isoformat(), "event_type": t, "n": n}
                    for d, t, n in conn.execute(Q.timeline_query(filters)) if d is not None]

    def points(self, limit: int = 20000, **filters) -> list[dict]:
        with self.engine.connect() as conn:
            return [{"id": r.id, "lat": r.latitude, "lon": r.longitude, "event_type": r.event_type,
                     "event_date": r.event_date.isoformat() if r.event_date else None,
                     "location": r.location, "location_ar": r.location_ar, "fatalities": r.fatalities}
                    for r in conn.execute(Q.points_query(filters, limit))]

    def facets(self) -> dict[str, list[str]]:
        """Distinct values for filter menus."""
        out = {}
        with self.engine.connect() as conn:
            for name, col in (("country", E.country), ("event_type", E.event_type), ("admin1", E.admin1)):
                out[name] = [v for (v,) in conn.execute(select(col).where(col.is_not(None)).distinct().order_by(col))]
        return out

    # ---- review -------------------------------------------------------------------------
    def review(self, pk: int, action: str, *, reviewer: str, fields: Mapping[str, Any] | None = None,
               note: str | None = None) -> dict:
        """accept / correct (fields) / reject an event; every action is kept in history."""
        if action not in ACTIONS:
            raise StoreError(f"action must be one of {', '.join(ACTIONS)}")
        if not reviewer or not str(reviewer).strip():
            raise StoreError("reviewer is required")
        fields = dict(fields or {})
        if action == "correct" and not fields:
            raise StoreError("'correct' needs at least one field")
        if action != "correct" and fields:
            raise StoreError(f"'{action}' takes no fields; use 'correct'")
        try:
            new = {f: coerce(f, v) for f, v in fields.items()}
        except ValueError as exc:
            raise StoreError(str(exc)) from None
        with self._write() as conn:
            # read-merge-write under a lock: the row (PostgreSQL) or the database (SQLite), so
            # concurrent reviews of one event all land in ``corrections``
            q = select(EventRow.__table__, A.title).join(ArticleRow.__table__, A.id == E.article_pk).where(E.id == pk)
            if self.dialect == "postgresql":
                q = q.with_for_update(of=EventRow.__table__)
            row = conn.execute(q).mappings().first()
            if row is None:
                raise NotFound(f"no event {pk}")
            changes = {f: [_jsonable(row[f]), _jsonable(v)] for f, v in new.items() if row[f] != v}
            corrections = dict(row["corrections"] or {})
            corrections.update({f: _jsonable(v) for f, v in new.items()})
            status = {"accept": "corrected" if corrections else "accepted", "correct": "corrected",
                      "reject": "rejected"}[action]
            vals: dict[str, Any] = dict(new, status=status, corrections=corrections, updated_at=now())
            if "event_date" in new:
                vals["sort_day"] = sort_day(new["event_date"])
            vals["search_text"] = search_text({**row, **new}, row["title"])
            conn.execute(update(EventRow).where(E.id == pk).values(**vals))
            conn.execute(insert(ReviewRow).values(event_pk=pk, action=action, changes=changes,
                                                  reviewer=str(reviewer).strip()[:200], note=note,
                                                  created_at=now()))
        return self.event(pk)

    # ---- API tokens ---------------------------------------------------------------------
    def create_token(self, name: str) -> str:
        """Make a new API token; only its SHA-256 is stored. Returns the token (shown once)."""
        token = "hdt_" + secrets.token_urlsafe(32)
        with self._write() as conn:
            conn.execute(insert(ApiToken).values(name=name[:200], token_hash=_hash_token(token),
                                                 created_at=now(), revoked=False))
        return token

    def check_token(self, token: str) -> str | None:
        """The token's name when it is a live stored token, else None."""
        h = _hash_token(token)
        with self.engine.connect() as conn:
            rows = conn.execute(select(T.name, T.token_hash).where(T.token_hash == h, T.revoked.is_(False))).all()
        return next((n for n, th in rows if hmac.compare_digest(th, h)), None)

    def tokens(self) -> list[dict]:
        """Stored API tokens (never the token itself): id, name, created_at, revoked."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(T.id, T.name, T.created_at, T.revoked).order_by(T.id)).mappings().all()
        return [dict(r, created_at=r["created_at"].isoformat()) for r in rows]

    def revoke_token(self, name: str) -> int:
        """Revoke every live token called ``name``; returns how many."""
        with self._write() as conn:
            return conn.execute(update(ApiToken).where(T.name == name, T.revoked.is_(False))
                                .values(revoked=True)).rowcount

    def has_schema(self) -> bool:
        return inspect(self.engine).has_table("events")

    def close(self) -> None:
        if self.dialect == "sqlite":  # keep the planner's statistics fresh (cheap; SQLite decides)
            try:
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA optimize")
            except Exception:
                pass
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url!r})"
