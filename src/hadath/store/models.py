"""SQLAlchemy 2 schema: sources, articles, events, evidence spans, reviews, API tokens, merged events.

The Alembic migrations under ``migrations/versions`` create exactly this schema (a test
compares them). Events keep every ACLED column plus hadath's; ``corrections`` holds the fields a
human changed (re-applied when a newer pipeline rewrites the machine values) and ``match_key``
identifies a machine event across pipeline versions.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, LargeBinary, MetaData, String,
    Text, UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

STATUSES = ("machine", "accepted", "corrected", "rejected")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Source(Base):
    """A news outlet."""
    __tablename__ = "sources"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    domain: Mapped[str | None] = mapped_column(String(300), index=True)


class ArticleRow(Base):
    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ext_id: Mapped[str] = mapped_column(String(500), index=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    url: Mapped[str | None] = mapped_column(Text)
    url_norm: Mapped[str | None] = mapped_column(String(2000), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id", ondelete="SET NULL"), index=True)
    origin: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    pipeline_version: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    source: Mapped[Source | None] = relationship()


class EventRow(Base):
    __tablename__ = "events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_pk: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer, default=0)
    # ACLED columns (year, disorder_type and timestamp are derived on output)
    event_id_cnty: Mapped[str] = mapped_column(String(600))
    event_date: Mapped[date | None] = mapped_column(Date)
    sort_day: Mapped[int] = mapped_column(Integer, default=0)  # date.toordinal(), 0 = unknown
    time_precision: Mapped[int | None] = mapped_column(Integer)
    disorder_type: Mapped[str | None] = mapped_column(String(100))
    event_type: Mapped[str] = mapped_column(String(100))
    sub_event_type: Mapped[str] = mapped_column(String(100))
    actor1: Mapped[str | None] = mapped_column(String(500))
    assoc_actor_1: Mapped[str | None] = mapped_column(String(1000))
    inter1: Mapped[int | None] = mapped_column(Integer)
    actor2: Mapped[str | None] = mapped_column(String(500))
    assoc_actor_2: Mapped[str | None] = mapped_column(String(1000))
    inter2: Mapped[int | None] = mapped_column(Integer)
    interaction: Mapped[int | None] = mapped_column(Integer)
    civilian_targeting: Mapped[str | None] = mapped_column(String(100))
    iso: Mapped[int | None] = mapped_column(Integer)
    region: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(200))
    admin1: Mapped[str | None] = mapped_column(String(200))
    admin2: Mapped[str | None] = mapped_column(String(200))
    admin3: Mapped[str | None] = mapped_column(String(200))
    location: Mapped[str | None] = mapped_column(String(300))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str | None] = mapped_column(String(500))
    source_scale: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    fatalities: Mapped[int] = mapped_column(Integer, default=0)
    tags: Mapped[str | None] = mapped_column(Text)
    # hadath columns
    source_url: Mapped[str | None] = mapped_column(Text)
    location_ar: Mapped[str | None] = mapped_column(String(300))
    fatalities_low: Mapped[int | None] = mapped_column(Integer)
    fatalities_high: Mapped[int | None] = mapped_column(Integer)
    fatalities_estimate: Mapped[bool] = mapped_column(Boolean, default=False)
    injuries: Mapped[int | None] = mapped_column(Integer)
    confidence: Mapped[dict] = mapped_column(JSON, default=dict)
    flags: Mapped[list] = mapped_column(JSON, default=list)
    cluster_id: Mapped[str | None] = mapped_column(String(200), index=True)
    pipeline_version: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(20), default="machine", index=True)
    corrections: Mapped[dict] = mapped_column(JSON, default=dict)
    match_key: Mapped[str] = mapped_column(String(1000))
    search_text: Mapped[str] = mapped_column(Text, default="")  # normalized, for ?q=
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
        Index("ix_events_sort", "sort_day", "id"),
        Index("ix_events_country_sort", "country", "sort_day", "id"),
        Index("ix_events_type_sort", "event_type", "sort_day", "id"),
        Index("ix_events_admin1_sort", "admin1", "sort_day", "id"),
        # covering index for bounding boxes: no table lookups before the sort
        Index("ix_events_geo", "latitude", "longitude", "status", "sort_day", "id"),
        # the dashboard's snapshot reads the events written since it last looked (store/summary.py)
        Index("ix_events_updated_at", "updated_at"),
    )


class MergedEventRow(Base):
    """One real-world event merged across reports (``hadath.dedupe.merge``): the reconciled
    fields, fatalities low/best/high over every source, and its member event ids. Kept up to date
    incrementally by ingest; ``events.cluster_id`` points here."""
    __tablename__ = "merged_events"
    cluster_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    event_date: Mapped[date | None] = mapped_column(Date)
    sort_day: Mapped[int] = mapped_column(Integer, default=0, index=True)
    event_type: Mapped[str] = mapped_column(String(100))
    sub_event_type: Mapped[str | None] = mapped_column(String(100))
    country: Mapped[str | None] = mapped_column(String(200))
    admin1: Mapped[str | None] = mapped_column(String(200))
    location: Mapped[str | None] = mapped_column(String(300))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    actor1: Mapped[str | None] = mapped_column(String(500))
    actor2: Mapped[str | None] = mapped_column(String(500))
    fatalities_low: Mapped[int | None] = mapped_column(Integer)
    fatalities_best: Mapped[int | None] = mapped_column(Integer)
    fatalities_high: Mapped[int | None] = mapped_column(Integer)
    event_count: Mapped[int] = mapped_column(Integer, default=1)
    source_count: Mapped[int] = mapped_column(Integer, default=1)
    members: Mapped[list] = mapped_column(JSON, default=list)      # event ids
    outlets: Mapped[list] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class EmbeddingRow(Base):
    """A sentence embedding cached by the content hash of its text (and the encoder's name), so
    a text judged by the semantic merge is embedded once for the life of the store."""
    __tablename__ = "embeddings"
    text_key: Mapped[str] = mapped_column(String(32), primary_key=True)   # hex of 16 bytes
    vector: Mapped[bytes] = mapped_column(LargeBinary)                     # float32, little-endian


class EvidenceRow(Base):
    """One evidence span: ``field`` (trigger, actor1, location, ...) at text[start:end]."""
    __tablename__ = "evidence"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_pk: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    field: Mapped[str] = mapped_column(String(100))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)


class ReviewRow(Base):
    """One review action, kept as history: accept / correct / reject."""
    __tablename__ = "reviews"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_pk: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    action: Mapped[str] = mapped_column(String(20))
    changes: Mapped[dict] = mapped_column(JSON, default=dict)  # field -> [old, new]
    reviewer: Mapped[str] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ApiToken(Base):
    """An API token for write endpoints, stored as its SHA-256 only."""
    __tablename__ = "api_tokens"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    token_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (UniqueConstraint("token_hash"),)

# the watch tables share this MetaData (one schema, one migration chain)
from hadath.watch import models as _watch_models  # noqa: E402,F401
