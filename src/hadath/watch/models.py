"""Store tables of ``hadath watch``: what each source last said, what was seen, the alert rules
and the alerts fired. They share the store's MetaData (``hadath.store.models.Base``), so the
Alembic migration ``0100_watch`` creates exactly these and the schema test compares them.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from hadath.store.models import Base


class WatchSource(Base):
    """One followed source (feed, sitemap or drop folder) and its fetch state."""
    __tablename__ = "watch_sources"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    location: Mapped[str] = mapped_column(Text)           # URL or folder path
    country: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str | None] = mapped_column(String(20))
    interval_s: Mapped[int] = mapped_column(Integer)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    last_checked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_success_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_new_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    next_due_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    failures: Mapped[int] = mapped_column(Integer, default=0)   # consecutive, drives the back-off
    last_status: Mapped[str | None] = mapped_column(String(50))  # ok | not-modified | error | ...
    last_error: Mapped[str | None] = mapped_column(Text)
    items_total: Mapped[int] = mapped_column(Integer, default=0)     # new items seen, ever
    articles_total: Mapped[int] = mapped_column(Integer, default=0)  # new articles stored, ever


class WatchSeen(Base):
    """An item (feed entry, sitemap URL, dropped file) a source has already handed over."""
    __tablename__ = "watch_seen"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("watch_sources.id", ondelete="CASCADE"))
    item_key: Mapped[str] = mapped_column(String(64))
    seen_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (UniqueConstraint("source_id", "item_key", name="uq_watch_seen_source_item"),)


class WatchRule(Base):
    """An alert rule as last loaded by a watch run (for the dashboard)."""
    __tablename__ = "watch_rules"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    filter: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class WatchAlert(Base):
    """One merged event that matched one rule: fired once, again when the toll rose."""
    __tablename__ = "watch_alerts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    rule: Mapped[str] = mapped_column(String(200))
    alert_key: Mapped[str] = mapped_column(String(64))      # the merged event's cluster id when first fired
    cluster_id: Mapped[str | None] = mapped_column(String(200))  # its cluster id now
    fatalities: Mapped[int | None] = mapped_column(Integer)  # the toll last announced
    fires: Mapped[int] = mapped_column(Integer, default=1)
    first_fired_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_fired_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    record: Mapped[dict] = mapped_column(JSON, default=dict)  # the last alert sent

    __table_args__ = (UniqueConstraint("rule", "alert_key", name="uq_watch_alerts_rule_key"),)


class WatchAlertMember(Base):
    """Which event reports belong to an alert: a later report of the same event finds it here."""
    __tablename__ = "watch_alert_members"
    rule: Mapped[str] = mapped_column(String(200), primary_key=True)
    event_pk: Mapped[int] = mapped_column(Integer, primary_key=True)
    alert_id: Mapped[int] = mapped_column(ForeignKey("watch_alerts.id", ondelete="CASCADE"))

    __table_args__ = (Index("ix_watch_alert_members_alert", "alert_id"),)


class WatchMeta(Base):
    """Small key/value state (the highest event id already checked against the rules)."""
    __tablename__ = "watch_meta"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
