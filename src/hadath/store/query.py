"""Event filters, keyset pagination and record building (shared by Store, API and export)."""
from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from datetime import date, timedelta, timezone
from typing import Any, Iterable, Mapping, Sequence

from sqlalchemy import Select, and_, exists, func, or_, select, tuple_

from hadath.export.records import to_record
from hadath.store.convert import to_article, to_event  # noqa: F401 (to_article re-exported)
from hadath.store.models import ArticleRow, EventRow, EvidenceRow, Source
from hadath.store.search import TextMatch, like_pattern as _like

E = EventRow.__table__.c
A = ArticleRow.__table__.c
S = Source.__table__.c
V = EvidenceRow.__table__.c

FILTER_KEYS = ("date_from", "date_to", "country", "admin1", "event_type", "sub_event_type",
               "actor", "bbox", "q", "status", "cluster_id", "article_id", "article_pk", "source",
               # ACLED's API conventions
               "event_date", "event_date_where", "year", "iso", "region", "inter1", "inter2", "interaction",
               "actor1", "actor2", "fatalities_min", "fatalities_max", "merged")
ALIASES = {"from": "date_from", "to": "date_to", "start": "date_from", "end": "date_to"}
# names matched case-insensitively (ACLED's API does: country=syria)
NAME_COLUMNS = ("country", "admin1", "event_type", "sub_event_type", "region")
DATE_WHERE = ("=", ">", "<", ">=", "<=", "BETWEEN")
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
    if not isinstance(v, (str, list, tuple, set)):
        v = str(v)
    items = [part for x in ([v] if isinstance(v, str) else v) for part in str(x).split(",")]
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


def _as_ints(v: Any, name: str) -> list[int]:
    try:
        return [int(x) for x in _as_list(v)]
    except ValueError:
        raise FilterError(f"{name}: expected whole numbers, got {v!r}") from None


def _names(key: str, values: list[str]):
    """``key``'s column equal to one of ``values``, ignoring case: matched against the spellings
    hadath writes (vocabularies) and the usual cases, so the column's index still serves."""
    from hadath.store.vocab import name_variants

    col = getattr(E, key)
    variants = list(dict.fromkeys(x for v in values for x in name_variants(key, v)))
    return col == variants[0] if len(variants) == 1 else col.in_(variants)


def _date_range(f: Mapping[str, Any]) -> tuple[date | None, date | None]:
    """from/to, or ACLED's event_date (``A|B`` = between A and B) with event_date_where."""
    d0, d1 = _as_date(f.get("date_from"), "from"), _as_date(f.get("date_to"), "to")
    raw = f.get("event_date")
    if raw in (None, ""):
        if f.get("event_date_where"):
            raise FilterError("event_date_where: needs event_date")
        return d0, d1
    where = str(f.get("event_date_where") or "").strip().upper() or None
    if where is not None and where not in DATE_WHERE:
        raise FilterError(f"event_date_where: one of {', '.join(DATE_WHERE)}, got {f.get('event_date_where')!r}")
    parts = [p for p in str(raw).split("|")]
    if len(parts) == 2:
        if where not in (None, "BETWEEN"):
            raise FilterError("event_date: a range A|B goes with event_date_where=BETWEEN (or none)")
        a, b = _as_date(parts[0], "event_date"), _as_date(parts[1], "event_date")
        if a and b and a > b:
            raise FilterError(f"event_date: {parts[0]} is after {parts[1]}")
        lo, hi = a, b
    elif len(parts) == 1:
        d = _as_date(parts[0], "event_date")
        if where == "BETWEEN":
            raise FilterError("event_date_where=BETWEEN needs event_date=FIRST|LAST")
        lo, hi = {None: (d, d), "=": (d, d), ">=": (d, None), "<=": (None, d),
                  ">": (d + timedelta(days=1) if d else None, None),
                  "<": (None, d - timedelta(days=1) if d else None)}[where]
    else:
        raise FilterError(f"event_date: expected YYYY-MM-DD or FIRST|LAST, got {raw!r}")
    lo = max(x for x in (lo, d0) if x) if (lo or d0) else None
    hi = min(x for x in (hi, d1) if x) if (hi or d1) else None
    return lo, hi


def _actor_patterns(term: str) -> list[str]:
    """LIKE patterns for an actor search: the term itself, and for Arabic (or any alias) the
    canonical names of the lexicon's actors whose aliases contain it (إسرائيل -> ...Israel...)."""
    from hadath.store.vocab import actors_matching

    pats = [_like(term)]
    for name in actors_matching(term):
        pats.append(_like(name).replace("{country}", "%") if "{country}" in name else _like(name))
    return list(dict.fromkeys(pats))


def merged_condition():
    """One row per real-world event: events outside a cluster, and in each cluster the first
    non-rejected report (the one the merged view shows, with its sources counted)."""
    other = EventRow.__table__.alias("other")
    first = ~exists().where(other.c.cluster_id == E.cluster_id, other.c.id < E.id, other.c.status != "rejected")
    return or_(E.cluster_id.is_(None), first)


def conditions(filters: Mapping[str, Any]) -> list:
    f = normalize_filters(filters)
    conds: list = []
    d0, d1 = _date_range(f)
    if d0:
        conds.append(E.sort_day >= d0.toordinal())
    if d1:
        conds.append(and_(E.sort_day <= d1.toordinal(), E.sort_day > 0))
    years = _as_ints(f.get("year"), "year")
    if any(not 1 <= y <= 9999 for y in years):
        raise FilterError(f"year: expected a year 1-9999, got {f.get('year')!r}")
    if years:
        conds.append(or_(*(E.sort_day.between(date(y, 1, 1).toordinal(), date(y, 12, 31).toordinal())
                           for y in years)))
    for key in NAME_COLUMNS:
        vals = _as_list(f.get(key))
        if vals:
            conds.append(_names(key, vals))
    vals = _as_list(f.get("cluster_id"))
    if vals:
        conds.append(E.cluster_id.in_(vals))
    for key, top in (("iso", 999), ("inter1", 8), ("inter2", 8), ("interaction", 88)):
        nums = _as_ints(f.get(key), key)
        if any(not 0 <= n <= top for n in nums):
            raise FilterError(f"{key}: expected codes 0-{top}, got {f.get(key)!r}")
        if nums:
            conds.append(getattr(E, key).in_(nums))
    lo, hi = (_as_ints(f.get(k), k) for k in ("fatalities_min", "fatalities_max"))
    if any(not 0 <= n <= 10_000_000 for n in lo + hi):
        raise FilterError("fatalities_min/fatalities_max: expected 0-10,000,000")
    if lo:
        conds.append(E.fatalities >= lo[0])
    if hi:
        conds.append(E.fatalities <= hi[0])
    status = _as_list(f.get("status"))
    if status == ["any"]:
        pass
    elif status:
        conds.append(E.status.in_(status))
    else:
        conds.append(E.status != "rejected")
    if f.get("actor"):
        pats = _actor_patterns(str(f["actor"]).strip())
        conds.append(or_(*(c.ilike(p, escape="\\") for p in pats
                           for c in (E.actor1, E.actor2, E.assoc_actor_1, E.assoc_actor_2))))
    for key in ("actor1", "actor2"):
        if f.get(key):
            pats = _actor_patterns(str(f[key]).strip())
            conds.append(or_(*(getattr(E, key).ilike(p, escape="\\") for p in pats)))
    box = parse_bbox(f.get("bbox"))
    if box:
        w, s, e, n = box
        conds.append(E.latitude.between(s, n))
        lon = E.longitude.between(w, e) if w <= e else or_(E.longitude >= w, E.longitude <= e)
        conds.append(lon)
    if f.get("q") and str(f["q"]).strip():
        conds.append(TextMatch(str(f["q"]).strip()))  # full-text indexes: hadath.store.search
    if f.get("article_id"):
        conds.append(E.article_pk.in_(select(A.id).where(A.ext_id == str(f["article_id"]))))
    if f.get("article_pk") is not None:
        conds.append(E.article_pk == int(f["article_pk"]))
    sources = _as_list(f.get("source")) if isinstance(f.get("source"), (list, tuple)) else (
        [str(f["source"]).strip()] if f.get("source") else [])
    if sources:
        lowered = sorted({x.lower() for x in sources})
        conds.append(E.article_pk.in_(select(A.id).join(Source.__table__, S.id == A.source_id)
                                      .where(func.lower(S.name).in_(lowered))))
    if _truthy(f.get("merged")):
        conds.append(merged_condition())
    return conds


def _truthy(v: Any) -> bool:
    if isinstance(v, bool) or v is None:
        return bool(v)
    s = str(v).strip().lower()
    if s in ("1", "true", "yes", "on"):
        return True
    if s in ("", "0", "false", "no", "off"):
        return False
    raise FilterError(f"merged: expected true or false, got {v!r}")


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
