"""Conversions between contract objects (Article, Event) and table rows."""
from __future__ import annotations

import hashlib
from datetime import date, datetime, timezone
from typing import Any, Mapping
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from hadath.text.normalize import normalize_key
from hadath.types import Article, Event, Span

# Event fields stored in a column of the same name (and editable by review, see REVIEWABLE).
EVENT_COLUMNS: tuple[str, ...] = (
    "event_date", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
    "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities",
    "tags", "source_url", "location_ar", "fatalities_low", "fatalities_high",
    "fatalities_estimate", "injuries",
)

INT_FIELDS = {"time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision",
              "fatalities", "fatalities_low", "fatalities_high", "injuries"}
FLOAT_FIELDS = {"latitude", "longitude"}
BOOL_FIELDS = {"fatalities_estimate"}
DATE_FIELDS = {"event_date"}
REQUIRED_FIELDS = {"event_type", "sub_event_type", "fatalities", "fatalities_estimate"}
REVIEWABLE: tuple[str, ...] = tuple(c for c in EVENT_COLUMNS if c not in {"source_url"})

_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "at_medium", "at_campaign")


def now() -> datetime:
    return datetime.now(timezone.utc)


def content_hash(text: str) -> str:
    """SHA-256 (hex) of the text as normalized for matching (hadath.text.normalize.normalize_key)."""
    return hashlib.sha256(normalize_key(text).encode("utf-8")).hexdigest()


def normalize_url(url: str | None) -> str | None:
    """Scheme and host lower-cased, 'www.' and default ports dropped, fragment and tracking
    parameters removed, trailing slash removed. None for empty input."""
    if not url or not url.strip():
        return None
    raw = url.strip()
    try:
        parts = urlsplit(raw if "//" in raw else "//" + raw)
        host = (parts.hostname or "").lower()
        port = parts.port if parts.port not in (None, 80, 443) else None
    except ValueError:  # not a URL we can take apart (bad port, brackets ...): keep it as given
        return raw[:2000]
    if host.startswith("www."):
        host = host[4:]
    netloc = host + (f":{port}" if port else "")
    query = urlencode(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                             if not k.lower().startswith(_TRACKING)))
    path = parts.path.rstrip("/")
    scheme = "http" if parts.scheme.lower() in ("http", "https", "") else parts.scheme.lower()
    return urlunsplit((scheme, netloc, path, query, ""))[:2000]


def url_domain(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.lower()
    return host[4:] if host.startswith("www.") else host


def match_key(event: Event) -> str:
    """What identifies 'the same event' across pipeline versions (machine values only)."""
    where = event.location or event.location_ar or (
        f"{event.latitude:.3f},{event.longitude:.3f}" if event.latitude is not None
        and event.longitude is not None else "")
    parts = [event.event_type, event.sub_event_type,
             event.event_date.isoformat() if event.event_date else "", where, event.actor1 or ""]
    return "|".join(normalize_key(p) for p in parts)[:1000]


def search_text(values: Mapping[str, Any], title: str | None = None) -> str:
    keys = ("event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2",
            "country", "admin1", "admin2", "admin3", "location", "location_ar", "notes", "source")
    bits = [str(values.get(k) or "") for k in keys] + [title or ""]
    return normalize_key(" | ".join(b for b in bits if b))


def clean(value: Any) -> Any:
    """NUL characters cannot be stored (PostgreSQL): replaced by U+FFFD, keeping offsets."""
    return value.replace("\x00", "\ufffd") if isinstance(value, str) else value


def event_values(event: Event) -> dict[str, Any]:
    """Column values for an Event (without article link, ids and bookkeeping)."""
    vals = {c: clean(getattr(event, c)) for c in EVENT_COLUMNS}
    vals["fatalities"] = int(event.fatalities or 0)
    vals["fatalities_estimate"] = bool(event.fatalities_estimate)
    vals["confidence"] = {str(k): float(v) for k, v in dict(event.confidence).items()}
    vals["flags"] = [str(f) for f in event.flags]
    return vals


def sort_day(d: date | None) -> int:
    return d.toordinal() if d else 0


def evidence_rows(event: Event) -> list[dict[str, Any]]:
    return [{"field": str(f), "start": s.start, "end": s.end}
            for f, spans in dict(event.evidence).items() for s in spans]


def coerce(field: str, value: Any) -> Any:
    """Validate and convert a reviewer-supplied value for ``field``. Raises ValueError."""
    if field not in REVIEWABLE:
        raise ValueError(f"field {field!r} cannot be reviewed; editable: {', '.join(REVIEWABLE)}")
    if value is None or (isinstance(value, str) and not value.strip() and field not in {"notes", "tags"}):
        if field in REQUIRED_FIELDS:
            raise ValueError(f"field {field!r} cannot be empty")
        return None
    if field in DATE_FIELDS:
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            raise ValueError(f"{field}: expected a date YYYY-MM-DD, got {value!r}") from None
    if field in BOOL_FIELDS:
        if isinstance(value, bool):
            return value
        raise ValueError(f"{field}: expected true or false")
    if field in INT_FIELDS:
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            raise ValueError(f"{field}: expected an integer")
        try:
            n = int(str(value).strip())
        except ValueError:
            raise ValueError(f"{field}: expected an integer, got {value!r}") from None
        if not -2**31 < n < 2**31:
            raise ValueError(f"{field}: out of range")
        if field.startswith(("fatalities", "injuries")) and n < 0:
            raise ValueError(f"{field}: cannot be negative")
        return n
    if field in FLOAT_FIELDS:
        if isinstance(value, bool):
            raise ValueError(f"{field}: expected a number")
        try:
            x = float(value)
        except (TypeError, ValueError):
            raise ValueError(f"{field}: expected a number, got {value!r}") from None
        limit = 90 if field == "latitude" else 180
        if not -limit <= x <= limit:
            raise ValueError(f"{field}: must be within ±{limit}")
        return x
    if not isinstance(value, str):
        raise ValueError(f"{field}: expected a string")
    if "\x00" in value:
        raise ValueError(f"{field}: contains a NUL character")
    value = value.strip()
    if len(value) > 2000 and field not in {"notes", "tags"}:
        raise ValueError(f"{field}: too long")
    return value


def to_event(row: Mapping[str, Any], article_ext_id: str, evidence: list[Mapping[str, Any]]) -> Event:
    ev: dict[str, tuple[Span, ...]] = {}
    for e in evidence:
        ev.setdefault(e["field"], ())
        ev[e["field"]] += (Span(e["start"], e["end"]),)
    kw = {c: row[c] for c in EVENT_COLUMNS}
    kw["fatalities"] = kw["fatalities"] or 0
    kw["fatalities_estimate"] = bool(kw["fatalities_estimate"])
    kw["disorder_type"] = kw["disorder_type"] or ""
    return Event(article_id=article_ext_id, event_id_cnty=row["event_id_cnty"], evidence=ev,
                 confidence=dict(row["confidence"] or {}), flags=tuple(row["flags"] or ()), **kw)


def to_article(row: Mapping[str, Any]) -> Article:
    return Article(id=row["ext_id"], text=row["text"], url=row["url"], published=row["published"],
                   source=row.get("source_name"), title=row["title"], origin=row["origin"])
