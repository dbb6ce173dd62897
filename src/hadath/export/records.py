"""Event -> flat record (ACLED columns in ACLED order, then hadath's own columns)."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any, Iterable, Iterator

from hadath.types import ACLED_COLUMNS, Article, Event

HADATH_COLUMNS: tuple[str, ...] = (
    "article_id", "source_url", "location_ar", "evidence", "confidence",
    "fatalities_low", "fatalities_best", "fatalities_high", "fatalities_estimate", "injuries", "flags",
)

DISORDER = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}


def disorder_type(event: Event) -> str:
    if event.disorder_type:
        return event.disorder_type
    if event.event_type == "Riots":
        return "Demonstrations" if event.sub_event_type == "Violent demonstration" else "Political violence"
    return DISORDER.get(event.event_type, "")


def evidence_json(event: Event, text: str | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for field, spans in event.evidence.items():
        items = []
        for s in spans:
            item: dict[str, Any] = {"start": s.start, "end": s.end}
            if text is not None:
                item["text"] = text[s.start:s.end]
            items.append(item)
        out[field] = items
    return out


def numbered(rows: Iterable[tuple[Event, Article | None]]) -> Iterator[tuple[int, tuple[Event, Article | None]]]:
    """Like enumerate, but counting events within each article, so that ids are stable."""
    seen: dict[str, int] = {}
    for event, article in rows:
        i = seen.get(event.article_id, 0)
        seen[event.article_id] = i + 1
        yield i, (event, article)


def event_id(event: Event, index: int) -> str:
    return event.event_id_cnty or f"{event.article_id}-{index + 1}"


def to_record(event: Event, article: Article | None = None, index: int = 0,
              timestamp: int | None = None) -> dict[str, Any]:
    """All ACLED columns plus hadath's. Values are plain JSON types."""
    text = article.text if article is not None else None
    rec: dict[str, Any] = {
        "event_id_cnty": event_id(event, index),
        "event_date": event.event_date.isoformat() if event.event_date else None,
        "year": event.year,
        "time_precision": event.time_precision,
        "disorder_type": disorder_type(event),
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1, "assoc_actor_1": event.assoc_actor_1, "inter1": event.inter1,
        "actor2": event.actor2, "assoc_actor_2": event.assoc_actor_2, "inter2": event.inter2,
        "interaction": event.interaction, "civilian_targeting": event.civilian_targeting,
        "iso": event.iso, "region": event.region, "country": event.country,
        "admin1": event.admin1, "admin2": event.admin2, "admin3": event.admin3,
        "location": event.location, "latitude": event.latitude, "longitude": event.longitude,
        "geo_precision": event.geo_precision,
        "source": event.source or (article.source if article else None),
        "source_scale": event.source_scale, "notes": event.notes,
        "fatalities": event.fatalities, "tags": event.tags,
        "timestamp": timestamp if timestamp is not None else int(datetime.now(timezone.utc).timestamp()),
        "article_id": event.article_id,
        "source_url": event.source_url or (article.url if article else None),
        "location_ar": event.location_ar,
        "evidence": evidence_json(event, text),
        "confidence": dict(event.confidence),
        "fatalities_low": event.fatalities_low,
        "fatalities_best": event.fatalities,
        "fatalities_high": event.fatalities_high,
        "fatalities_estimate": event.fatalities_estimate,
        "injuries": event.injuries,
        "flags": list(event.flags),
    }
    assert tuple(rec)[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    return rec


def flat(value: Any) -> Any:
    """A cell for CSV: JSON for containers, '' for None."""
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str) and value[:1] in _FORMULA_STARTS:
        return "'" + value  # never let a spreadsheet evaluate text taken from an article
    return value


_FORMULA_STARTS = ("=", "+", "@", "\t", "\r")
