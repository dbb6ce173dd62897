"""Writing a chunk of articles in a few statements (``Store.add_many``).

One query finds which of the chunk's articles the store holds already (by content hash or URL),
one get-or-create resolves every outlet, one multi-row insert-if-absent stores the new articles
and one more their events (then their evidence). An article that is not plainly new — stored
already, or sharing its text or URL with an earlier article of the chunk, or beaten to the insert
by a concurrent writer — goes through ``Store._add`` one at a time, after the new ones, so the
result is what writing the articles one by one in input order gives.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from sqlalchemy import or_, select, update
from sqlalchemy.engine import Connection

from hadath.store.convert import clean, content_hash, normalize_url, now, url_domain
from hadath.store.eventrows import insert_many
from hadath.store.models import ArticleRow, Source
from hadath.store.search import index_articles
from hadath.types import Article, Event

A = ArticleRow.__table__.c
S = Source.__table__.c
_PART = 400


@dataclass
class _Item:
    article: Article
    events: Sequence[Event]
    hash: str
    url_norm: str | None


def clean_article(article: Article) -> Article:
    return Article(**{k: clean(getattr(article, k)) for k in ("id", "text", "url", "published", "source",
                                                             "title", "origin")})


def _known(conn: Connection, items: list[_Item]) -> tuple[set[str], set[str]]:
    """(content hashes, normalized URLs) of the chunk that the store holds."""
    hashes = sorted({it.hash for it in items})
    urls = sorted({it.url_norm for it in items if it.url_norm})
    found_h: set[str] = set()
    found_u: set[str] = set()
    for i in range(0, max(len(hashes), len(urls)), _PART):
        h, u = hashes[i:i + _PART], urls[i:i + _PART]
        cond = or_(A.content_hash.in_(h), A.url_norm.in_(u)) if u else A.content_hash.in_(h)
        for ch, un in conn.execute(select(A.content_hash, A.url_norm).where(cond)):
            found_h.add(ch)
            if un:
                found_u.add(un)
    return found_h, found_u


def source_ids(store, conn: Connection, articles: Sequence[Article]) -> list[int | None]:
    """The outlet id of each article (its source name, else its URL's domain), created if absent:
    one read, one insert-if-absent for the missing ones, one more read."""
    want: dict[str, str | None] = {}
    keys: list[str | None] = []
    for a in articles:
        domain = url_domain(a.url)
        name = ((a.source or "").strip() or domain or "")[:300] or None
        keys.append(name)
        if name is not None and (want.get(name) is None):
            want[name] = domain
    if not want:
        return [None] * len(articles)
    names = sorted(want)

    def read() -> dict[str, tuple[int, str | None]]:
        out: dict[str, tuple[int, str | None]] = {}
        for i in range(0, len(names), _PART):
            out.update((n, (pk, d)) for pk, n, d in
                       conn.execute(select(S.id, S.name, S.domain).where(S.name.in_(names[i:i + _PART]))))
        return out

    have = read()
    missing = [{"name": n, "domain": want[n]} for n in names if n not in have]
    if missing:  # an upsert: a concurrent writer may create the same outlet meanwhile
        conn.execute(store.upsert(Source).on_conflict_do_nothing(index_elements=["name"]), missing)
        have = read()
    for n, (pk, d) in have.items():
        if d is None and want.get(n):
            conn.execute(update(Source).where(S.id == pk, S.domain.is_(None)).values(domain=want[n]))
    return [have[k][0] if k is not None else None for k in keys]


def add_batch(store, conn: Connection, items: Sequence[tuple[Article, Sequence[Event]]], version: str) -> list:
    """``Store.add_many``'s work inside its transaction; AddResults in input order."""
    from hadath.store.store import AddResult, StoreError

    prepared: list[_Item] = []
    for a, evs in items:
        if not isinstance(a.text, str):
            raise StoreError(f"article {a.id!r} has no text")
        a = clean_article(a)
        prepared.append(_Item(a, evs, content_hash(a.text), normalize_url(a.url)))
    found_h, found_u = _known(conn, prepared) if prepared else (set(), set())
    seen_h, seen_u = set(found_h), set(found_u)
    fresh: list[int] = []
    for i, it in enumerate(prepared):
        if it.hash not in seen_h and (it.url_norm is None or it.url_norm not in seen_u):
            fresh.append(i)
        seen_h.add(it.hash)
        if it.url_norm:
            seen_u.add(it.url_norm)
    results: list[Any] = [None] * len(prepared)
    created: list[tuple[int, Article, list[tuple[int, Event]]]] = []
    if fresh:
        t = now()
        sids = source_ids(store, conn, [prepared[i].article for i in fresh])
        rows = [{"ext_id": str(it.article.id)[:500], "content_hash": it.hash, "url": it.article.url,
                 "url_norm": it.url_norm, "title": it.article.title, "published": it.article.published,
                 "source_id": sid, "origin": it.article.origin, "text": it.article.text,
                 "pipeline_version": version, "created_at": t, "updated_at": t}
                for it, sid in zip((prepared[i] for i in fresh), sids)]
        rows.sort(key=lambda r: r["content_hash"])  # concurrent writers take the keys in one order
        # RETURNING gives exactly the rows this statement inserted: an article that a concurrent
        # writer stored meanwhile is skipped by the conflict clause and goes the one-by-one way
        pks = dict((h, pk) for pk, h in conn.execute(
            store.upsert(ArticleRow).on_conflict_do_nothing().returning(A.id, A.content_hash), rows))
        for i in fresh:
            it = prepared[i]
            pk = pks.get(it.hash)
            if pk is not None:
                created.append((pk, it.article, list(enumerate(it.events))))
                results[i] = AddResult(pk, True, len(it.events))
        index_articles(conn, [(pk, article.text) for pk, article, _ in created])
        insert_many(conn, created, version)
    for i, it in enumerate(prepared):
        if results[i] is None:
            results[i] = store._add(conn, it.article, it.events, version)
    return results
