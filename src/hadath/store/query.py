"""Event filters, keyset pagination and record building (shared by Store, API and export)."""
from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from datetime import date, timezone
from typing import Any, Iterable, Mapping, Sequence

from sqlalchemy import Select, and_, func, or_, select, tuple_

from hadath.export.records import to_record
from hadath.store.convert import to_article, to_event  # noqa: F401 (to_article re-exported)
from hadath.store.models import ArticleRow, EventRow, EvidenceRow, Source
from hadath.text.normalize import normalize_key

E = EventRow.__table__.c
A = ArticleRow.__table__.c
S = Source.__table__.c
V = EvidenceRow.__table__.c

FILTER_KEYS = ("date_from", "date_to", "country", "admin1", "event_type", "sub_event_type",
               "actor", "bbox", "q", "status", "cluster_id", "article_id", "article_pk", "source")
ALIASES = {"from": "date_from", "to": "date_to", "start": "date_from", "end": "date_to"}
MAX_LIMIT = 1000


class FilterError(ValueError):
    """A filter value is malformed (bad date, bounding box or cursor)."""


@dataclass(frozen=True)
class Page:
    records: list[dict[str, Any]]
    next_cursor: str | None


def _as_list(v: Any) -> list[str]:
    """A value or a list of values; a string may hold several separated by commas."""
    if v is None:
        return []
    items = str(v).split(",") if isinstance(v, str) else [str(x) for x in v]
    return [i.strip() for i in items if i.strip()]


def _as_date(v: Any, name: str) -> date | None:
    if v is None or v == "":
        return None
    if isinstance(v, date):
        return v
    try:
        return date.fromisoformat(str(v))
    except ValueError:
        raise FilterError(f"{name}: expected a date YYYY-MM-DD, got {v!r}") from None


def parse_bbox(v: Any) -> tuple[float, float, float, float] | None:
    """'west,south,east,north' (lon/lat degrees) or a 4-sequence."""
    if v is None or v == "":
        return None
    parts = v.split(",") if isinstance(v, str) else list(v)
    try:
        w, s, e, n = (float(p) for p in parts)
    except (TypeError, ValueError):
        raise FilterError("bbox: expected west,south,east,north in degrees") from None
    if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90):
        raise FilterError("bbox: expected west,south,east,north with -180..180 / -90..90, south <= north")
    return w, s, e, n


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def normalize_filters(filters: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in filters.items():
        k = ALIASES.get(k, k)
        if k not in FILTER_KEYS:
            raise FilterError(f"unknown filter {k!r}; known: {', '.join(FILTER_KEYS)}")
        if any("\x00" in str(x) for x in (v if isinstance(v, (list, tuple)) else [v])):
            raise FilterError(f"{k}: contains a NUL character")
        out[k] = v
    return out


def conditions(filters: Mapping[str, Any]) -> list:
    f = normalize_filters(filters)
    conds: list = []
    d0, d1 = _as_date(f.get("date_from"), "from"), _as_date(f.get("date_to"), "to")
    if d0:
        conds.append(E.sort_day >= d0.toordinal())
    if d1:
        conds.append(and_(E.sort_day <= d1.toordinal(), E.sort_day > 0))
    for key, col in (("country", E.country), ("admin1", E.admin1), ("event_type", E.event_type),
                     ("sub_event_type", E.sub_event_type), ("cluster_id", E.cluster_id)):
        vals = _as_list(f.get(key))
        if len(vals) == 1:
            conds.append(col == vals[0])
        elif vals:
            conds.append(col.in_(vals))
    status = _as_list(f.get("status"))
    if status == ["any"]:
        pass
    elif status:
        conds.append(E.status.in_(status))
    else:
        conds.append(E.status != "rejected")
    if f.get("actor"):
        pat = _like(str(f["actor"]).strip())
        conds.append(or_(*(c.ilike(pat, escape="\\") for c in (E.actor1, E.actor2, E.assoc_actor_1, E.assoc_actor_2))))
    box = parse_bbox(f.get("bbox"))
    if box:
        w, s, e, n = box
        conds.append(E.latitude.between(s, n))
        lon = E.longitude.between(w, e) if w <= e else or_(E.longitude >= w, E.longitude <= e)
        conds.append(lon)
    if f.get("q"):
        raw = str(f["q"]).strip()
        nq = normalize_key(raw)
        in_text = select(A.id).where(A.text.ilike(_like(raw), escape="\\"))
        conds.append(or_(E.search_text.like(_like(nq), escape="\\"), E.article_pk.in_(in_text)))
    if f.get("article_id"):
        conds.append(E.article_pk.in_(select(A.id).where(A.ext_id == str(f["article_id"]))))
    if f.get("article_pk") is not None:
        conds.append(E.article_pk == int(f["article_pk"]))
    if f.get("source"):
        conds.append(E.article_pk.in_(select(A.id).join(Source.__table__, S.id == A.source_id)
                                      .where(S.name == str(f["source"]))))
    return conds


def encode_cursor(sort_day: int, pk: int) -> str:
    return base64.urlsafe_b64encode(f"{sort_day}:{pk}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[int, int]:
    try:
        raw = base64.b64decode(cursor + "=" * (-len(cursor) % 4), altchars=b"-_", validate=True).decode("ascii")
        d, _, pk = raw.partition(":")
        if not (0 <= int(d) < 2**31 and 0 <= int(pk) < 2**62):  # a day ordinal and an event id
            raise ValueError(cursor)
        return int(d), int(pk)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise FilterError("cursor: not a cursor returned by this API") from None


def page_query(filters: Mapping[str, Any], cursor: str | None, limit: int) -> Select:
    q = select(E.id, E.sort_day).where(*conditions(filters))
    if cursor:
        d, pk = decode_cursor(cursor)
        q = q.where(tuple_(E.sort_day, E.id) < tuple_(d, pk))
    return q.order_by(E.sort_day.desc(), E.id.desc()).limit(limit)


def _event_select() -> Select:
    return (select(EventRow.__table__, A.ext_id, A.text, A.url, A.title, A.published, A.origin,
                   S.name.label("source_name"))
            .join(ArticleRow.__table__, A.id == E.article_pk)
            .outerjoin(Source.__table__, S.id == A.source_id))


def _fetch(conn, pks: Sequence[int]) -> tuple[dict[int, Any], dict[int, list]]:
    """Event rows (joined with article and source) and evidence spans, by event pk."""
    rows = {r["id"]: r for r in conn.execute(_event_select().where(E.id.in_(list(pks)))).mappings()}
    evidence: dict[int, list] = {}
    for r in conn.execute(select(V.event_pk, V.field, V.start, V.end).where(V.event_pk.in_(list(pks)))
                          .order_by(V.event_pk, V.id)).mappings():
        evidence.setdefault(r["event_pk"], []).append(r)
    return rows, evidence


def load_records(conn, pks: Sequence[int], *, with_text: bool = True) -> list[dict[str, Any]]:
    """Full records (to_record shape + id, status, ...) for event pks, in the given order."""
    if not pks:
        return []
    rows, evidence = _fetch(conn, pks)
    return [build_record(rows[pk], evidence.get(pk, []), with_text=with_text) for pk in pks if pk in rows]


def build_record(row: Mapping[str, Any], evidence: list, *, with_text: bool = True) -> dict[str, Any]:
    event = to_event(row, row["ext_id"], evidence)
    article = to_article(row) if with_text else None
    stamp = row["updated_at"]
    if stamp is not None and stamp.tzinfo is None:  # SQLite returns naive UTC datetimes
        stamp = stamp.replace(tzinfo=timezone.utc)
    rec = to_record(event, article, row["ordinal"], timestamp=int(stamp.timestamp()) if stamp else None)
    if article is None:
        rec["source"] = rec["source"] or row.get("source_name")
        rec["source_url"] = rec["source_url"] or row.get("url")
    rec.update(id=row["id"], article_pk=row["article_pk"], status=row["status"],
               cluster_id=row["cluster_id"], pipeline_version=row["pipeline_version"],
               corrections=dict(row["corrections"] or {}), article_title=row.get("title"),
               article_published=row["published"].isoformat() if row.get("published") else None)
    return rec


def event_rows(conn, pks: Iterable[int]):
    """(Event, Article) pairs for export writers."""
    pks = list(pks)
    if not pks:
        return []
    rows, evidence = _fetch(conn, pks)
    return [(to_event(rows[pk], rows[pk]["ext_id"], evidence.get(pk, [])), to_article(rows[pk]))
            for pk in pks if pk in rows]


def timeline_query(filters: Mapping[str, Any]) -> Select:
    return (select(E.event_date, E.event_type, func.count().label("n"))
            .where(*conditions(filters), E.sort_day > 0)
            .group_by(E.event_date, E.event_type).order_by(E.event_date))


def points_query(filters: Mapping[str, Any], limit: int) -> Select:
    return (select(E.id, E.latitude, E.longitude, E.event_type, E.event_date, E.location,
                   E.location_ar, E.fatalities)
            .where(*conditions(filters), E.latitude.is_not(None), E.longitude.is_not(None))
            .order_by(E.sort_day.desc(), E.id.desc()).limit(limit))
