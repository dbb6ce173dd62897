"""Watch state in the store: sources and their fetch state, seen items, rules, alerts.

Everything a restarted watch needs is here: the ETag/Last-Modified and back-off of each source,
the items each source already handed over, the alerts already fired (and the event reports
behind each), and the highest event id already checked against the rules.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any, Iterable, Mapping, Sequence

from sqlalchemy import func, insert, select, update

from hadath.store.models import EventRow
from hadath.watch.models import WatchAlert, WatchAlertMember, WatchMeta, WatchRule, WatchSeen, WatchSource

WS = WatchSource.__table__.c
SEEN = WatchSeen.__table__.c
AL = WatchAlert.__table__.c
AM = WatchAlertMember.__table__.c
RU = WatchRule.__table__.c
META = WatchMeta.__table__.c
CHECKED_UPTO = "alerts_checked_upto"


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def aware(t: datetime | None) -> datetime | None:
    """SQLite hands back naive UTC datetimes."""
    return t.replace(tzinfo=timezone.utc) if t is not None and t.tzinfo is None else t


def _insert_ignore(dialect: str, table):
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    return dialect_insert(table)


@dataclass
class SourceState:
    id: int
    etag: str | None
    last_modified: str | None
    failures: int
    next_due_at: datetime | None


class WatchState:
    def __init__(self, store):
        self.store = store
        self.engine = store.engine
        self.dialect = store.engine.dialect.name

    # ---- sources ----------------------------------------------------------------------------
    def sync_sources(self, specs: Sequence[Any]) -> dict[str, SourceState]:
        """Create or update the rows of the configured sources; a moved source starts afresh."""
        out: dict[str, SourceState] = {}
        with self.engine.begin() as conn:
            for s in specs:
                row = conn.execute(select(WatchSource.__table__).where(WS.name == s.name)).mappings().first()
                vals = {"kind": s.kind, "location": s.location, "country": s.country, "language": s.language,
                        "interval_s": max(1, int(round(s.interval)))}
                if row is None:
                    pk = conn.execute(insert(WatchSource).values(name=s.name, failures=0, items_total=0,
                                                                 articles_total=0, **vals)).inserted_primary_key[0]
                    out[s.name] = SourceState(pk, None, None, 0, None)
                    continue
                if row["location"] != s.location or row["kind"] != s.kind:
                    vals.update(etag=None, last_modified=None, failures=0, next_due_at=None)
                    conn.execute(WatchSeen.__table__.delete().where(SEEN.source_id == row["id"]))
                conn.execute(update(WatchSource).where(WS.id == row["id"]).values(**vals))
                moved = "etag" in vals
                out[s.name] = SourceState(row["id"], None if moved else row["etag"],
                                          None if moved else row["last_modified"],
                                          0 if moved else row["failures"],
                                          None if moved else aware(row["next_due_at"]))
        return out

    def record_read(self, source_id: int, *, status: str, error: str | None, etag: str | None,
                    last_modified: str | None, failures: int, next_due_at: datetime, items: int = 0,
                    articles: int = 0, success: bool = False) -> None:
        t = utcnow()
        vals: dict[str, Any] = {"last_checked_at": t, "last_status": status, "last_error": error,
                                "failures": failures, "next_due_at": next_due_at,
                                "items_total": WS.items_total + items, "articles_total": WS.articles_total + articles}
        if success:
            vals.update(last_success_at=t, etag=etag, last_modified=last_modified)
        if articles:
            vals["last_new_at"] = t
        with self.engine.begin() as conn:
            conn.execute(update(WatchSource).where(WS.id == source_id).values(**vals))

    def sources(self) -> list[dict]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(WatchSource.__table__).order_by(WS.name)).mappings().all()
        return [_jsonable(r, drop=("etag", "last_modified")) for r in rows]

    # ---- seen items -------------------------------------------------------------------------
    def seen(self, source_id: int, keys: Iterable[str]) -> set[str]:
        keys = list(dict.fromkeys(keys))
        out: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(keys), 500):
                part = keys[i:i + 500]
                out.update(conn.execute(select(SEEN.item_key).where(SEEN.source_id == source_id,
                                                                    SEEN.item_key.in_(part))).scalars())
        return out

    def mark_seen(self, source_id: int, keys: Iterable[str]) -> None:
        t = utcnow()
        rows = [{"source_id": source_id, "item_key": k, "seen_at": t} for k in dict.fromkeys(keys)]
        if not rows:
            return
        with self.engine.begin() as conn:
            conn.execute(_insert_ignore(self.dialect, WatchSeen).on_conflict_do_nothing(), rows)

    def prune_seen(self, source_id: int, keep: set[str], before: datetime) -> int:
        """Forget items seen before ``before`` that the source no longer lists (``keep``)."""
        with self.engine.connect() as conn:
            old = conn.execute(select(SEEN.id, SEEN.item_key).where(SEEN.source_id == source_id,
                                                                    SEEN.seen_at < before)).all()
        ids = [r.id for r in old if r.item_key not in keep]
        with self.engine.begin() as conn:
            for i in range(0, len(ids), 500):
                conn.execute(WatchSeen.__table__.delete().where(SEEN.id.in_(ids[i:i + 500])))
        return len(ids)

    # ---- rules and meta ---------------------------------------------------------------------
    def sync_rules(self, rules: Sequence[Any]) -> None:
        """The rules of this run replace the stored list (the dashboard shows them)."""
        t = utcnow()
        with self.engine.begin() as conn:
            conn.execute(WatchRule.__table__.delete())
            if rules:
                conn.execute(insert(WatchRule), [{"name": r.name, "filter": r.filter.text or "(every event)",
                                                  "action": r.describe(), "updated_at": t} for r in rules])

    def rules(self) -> list[dict]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(RU.name, RU.filter, RU.action, RU.updated_at).order_by(RU.name)).mappings()
            return [_jsonable(r) for r in rows]

    def get_meta(self, key: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(select(META.value).where(META.key == key)).scalar()

    def set_meta(self, key: str, value: str) -> None:
        with self.engine.begin() as conn:
            if conn.execute(update(WatchMeta).where(META.key == key).values(value=value)).rowcount == 0:
                conn.execute(insert(WatchMeta).values(key=key, value=value))

    def max_event_pk(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.max(EventRow.__table__.c.id))).scalar() or 0)

    def checked_upto(self) -> int:
        """The highest event id already checked against the rules; on first use, every event
        stored so far (history does not alert)."""
        v = self.get_meta(CHECKED_UPTO)
        if v is None:
            n = self.max_event_pk()
            self.set_meta(CHECKED_UPTO, str(n))
            return n
        return int(v)

    # ---- alerts -----------------------------------------------------------------------------
    def alerts_by_member(self, event_pks: Iterable[int]) -> dict[tuple[str, int], dict]:
        """(rule, event report id) -> the alert that rule already fired for the report's event."""
        pks = sorted({int(p) for p in event_pks})
        out: dict[tuple[str, int], dict] = {}
        with self.engine.connect() as conn:
            for i in range(0, len(pks), 500):
                q = (select(AM.rule, AM.event_pk, AL.id, AL.alert_key, AL.fatalities)
                     .join(WatchAlert.__table__, AL.id == AM.alert_id).where(AM.event_pk.in_(pks[i:i + 500])))
                for r in conn.execute(q).mappings():
                    out[(r["rule"], r["event_pk"])] = {"id": r["id"], "alert_key": r["alert_key"],
                                                       "fatalities": r["fatalities"]}
        return out

    def save_alerts(self, saves: Sequence[Mapping[str, Any]]) -> None:
        """Record alerts fired (new ones inserted, raised tolls updated) and the event reports
        behind each, in one transaction."""
        if not saves:
            return
        t = utcnow()
        members = []
        with self.engine.begin() as conn:
            for s in saves:
                aid = s["alert_id"]
                if aid is None:
                    aid = conn.execute(insert(WatchAlert).values(
                        rule=s["rule"], alert_key=s["key"], cluster_id=s["cluster_id"], fatalities=s["fatalities"],
                        fires=1, first_fired_at=t, last_fired_at=t, record=dict(s["record"]))).inserted_primary_key[0]
                else:
                    vals: dict[str, Any] = {"cluster_id": s["cluster_id"]}
                    if s["fired"]:
                        vals.update(fatalities=s["fatalities"], fires=AL.fires + 1, last_fired_at=t,
                                    record=dict(s["record"]))
                    conn.execute(update(WatchAlert).where(AL.id == aid).values(**vals))
                members += [{"rule": s["rule"], "event_pk": int(p), "alert_id": aid} for p in s["event_pks"]]
            if members:
                conn.execute(_insert_ignore(self.dialect, WatchAlertMember).on_conflict_do_nothing(), members)

    def alerts(self, limit: int = 50) -> list[dict]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(WatchAlert.__table__).order_by(AL.last_fired_at.desc(), AL.id.desc())
                                .limit(limit)).mappings().all()
        return [_jsonable(r) for r in rows]


def _jsonable(row: Mapping[str, Any], drop: Sequence[str] = ()) -> dict:
    out = {}
    for k, v in row.items():
        if k in drop:
            continue
        if isinstance(v, datetime):
            v = aware(v).isoformat()
        out[k] = v
    return out


def backoff(interval: float, failures: int, cap: float) -> timedelta:
    """Seconds until the next read after ``failures`` consecutive failures (doubling, capped)."""
    if failures <= 0:
        return timedelta(seconds=interval)
    return timedelta(seconds=min(max(cap, interval), interval * (2 ** min(failures, 20))))
