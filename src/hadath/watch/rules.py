"""Alert rules: the API's filter language, checked against merged events in memory.

A rule's filter is written as the API's query string (``/v1/events?country=Sudan&...``), with
``&`` between terms, or as a TOML table of the same keys::

    country=Sudan&admin1=North Darfur&fatalities>=10
    event_type=Battles&near=36.20,37.16,50          # within 50 km of Aleppo (lat,lon,km)
    sub_event_type=Air/drone strike&actor=Rapid Support Forces&confidence>=0.7

Keys: ``country``, ``admin1``, ``event_type`` (or ``type``), ``sub_event_type`` (or
``sub_type``), ``actor`` (case-insensitive substring of actor 1/2 and their associates, as in the
API), ``bbox`` (west,south,east,north), ``q`` (normalized text of actors, places and notes),
``source``, and for alerts: ``fatalities>=N`` (or ``fatalities_min=N``: the highest figure one
of the merged event's sources gives, so a later report raising the toll can make an event match),
``confidence>=c`` (or ``confidence_min``: the lowest of the event-type, trigger and
location confidences; ``confidence.FIELD>=c`` for one field) and ``near=LAT,LON,KM`` (or
``within``). A key given twice, or a comma list, matches any of its values (as in the API).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping
from urllib.parse import unquote_plus

from hadath.errors import HadathError

ALIASES = {"type": "event_type", "sub_type": "sub_event_type", "subtype": "sub_event_type",
           "within": "near", "fatalities_min": "fatalities", "min_fatalities": "fatalities",
           "confidence_min": "confidence", "min_confidence": "confidence"}
LIST_KEYS = ("country", "admin1", "event_type", "sub_event_type", "source")
TEXT_KEYS = ("actor", "q")
NUMBER_KEYS = ("fatalities", "confidence")
CORE_CONFIDENCE = ("event_type", "trigger", "location")


class RuleError(HadathError):
    """An alert rule cannot be understood (unknown key, bad number, bad point)."""


@dataclass(frozen=True)
class Filter:
    """A parsed filter. Empty: every event matches."""
    text: str
    values: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    actor: str | None = None
    q: str | None = None
    fatalities: int | None = None
    confidence: Mapping[str, float] = field(default_factory=dict)   # "" = the core minimum
    near: tuple[float, float, float] | None = None
    bbox: tuple[float, float, float, float] | None = None

    def matches(self, event: Any, outlets: tuple[str, ...] = ()) -> bool:
        """Does an event (``hadath.types.Event``, e.g. a merged event's representative) match?"""
        for key, wanted in self.values.items():
            if key == "source":
                have = {o.casefold() for o in outlets or ((event.source or "").split("; "))}
                if not any(w.casefold() in have for w in wanted):
                    return False
            elif (getattr(event, key) or "").casefold() not in {w.casefold() for w in wanted}:
                return False
        if self.actor is not None:
            names = (event.actor1, event.actor2, event.assoc_actor_1, event.assoc_actor_2)
            if not any(self.actor in (n or "").casefold() for n in names):
                return False
        if self.q is not None and self.q not in _search_text(event):
            return False
        if self.fatalities is not None and (event.fatalities or 0) < self.fatalities:
            return False
        for name, least in self.confidence.items():
            if _confidence(event, name) < least:
                return False
        if self.near is not None or self.bbox is not None:
            lat, lon = event.latitude, event.longitude
            if lat is None or lon is None:
                return False
            if self.near is not None:
                from hadath.geo import haversine_km

                if haversine_km(lat, lon, self.near[0], self.near[1]) > self.near[2]:
                    return False
            if self.bbox is not None:
                w, s, e, n = self.bbox
                if not s <= lat <= n or not (w <= lon <= e if w <= e else lon >= w or lon <= e):
                    return False
        return True


def _search_text(event: Any) -> str:
    from hadath.text.normalize import normalize_key

    parts = (event.actor1, event.actor2, event.assoc_actor_1, event.assoc_actor_2, event.location,
             event.location_ar, event.admin1, event.country, event.notes)
    return normalize_key(" ".join(p for p in parts if p)).casefold()


def _confidence(event: Any, name: str) -> float:
    conf = event.confidence or {}
    if name:
        return float(conf.get(name, 0.0))
    vals = [float(conf[k]) for k in CORE_CONFIDENCE if k in conf]
    return min(vals) if vals else 0.0


def _terms(spec: str | Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """(key, operator, value) triples from a query string or a table."""
    out: list[tuple[str, str, str]] = []
    if isinstance(spec, Mapping):
        for k, v in spec.items():
            for item in v if isinstance(v, (list, tuple)) else [v]:
                out.append((str(k), "=", str(item)))
        return out
    for raw in str(spec).split("&"):
        raw = raw.strip()
        if not raw:
            continue
        for op in (">=", "="):
            if op in raw:
                k, _, v = raw.partition(op)
                out.append((unquote_plus(k.strip()), op, unquote_plus(v.strip())))
                break
        else:
            raise RuleError(f"filter term {raw!r}: expected key=value or key>=number")
    return out


def _number(key: str, value: str, kind: type) -> Any:
    try:
        n = kind(value)
    except ValueError:
        raise RuleError(f"{key}: expected a number, got {value!r}") from None
    if n < 0 or (key.startswith("confidence") and n > 1):
        raise RuleError(f"{key}: {value!r} is out of range")
    return n


def _floats(key: str, value: str, n: int) -> tuple[float, ...]:
    parts = [p.strip() for p in value.split(",")]
    try:
        nums = tuple(float(p) for p in parts)
    except ValueError:
        nums = ()
    if len(nums) != n:
        raise RuleError(f"{key}: expected {n} comma-separated numbers, got {value!r}")
    return nums


def parse_filter(spec: str | Mapping[str, Any] | None) -> Filter:
    """Parse a rule filter (query string or table); raises RuleError naming the bad term."""
    from hadath.store.query import FilterError, parse_bbox
    from hadath.text.normalize import normalize_key

    if spec is None:
        spec = ""
    values: dict[str, list[str]] = {}
    kw: dict[str, Any] = {"confidence": {}}
    for key, op, value in _terms(spec):
        key = ALIASES.get(key.lower(), key.lower())
        base = key.split(".", 1)[0]
        if op == ">=" and base not in NUMBER_KEYS:
            raise RuleError(f"{key}: '>=' applies to fatalities and confidence only")
        if not value:
            raise RuleError(f"{key}: empty value")
        if key in LIST_KEYS:
            values.setdefault(key, []).extend(v.strip() for v in value.split(",") if v.strip())
        elif key in TEXT_KEYS:
            kw[key] = value.casefold() if key == "actor" else normalize_key(value).casefold()
        elif key == "fatalities":
            kw["fatalities"] = _number(key, value, int)
        elif base == "confidence":
            kw["confidence"][key.partition(".")[2]] = _number(key, value, float)
        elif key == "near":
            lat, lon, km = _floats(key, value, 3)
            if not (-90 <= lat <= 90 and -180 <= lon <= 180 and km > 0):
                raise RuleError(f"near: expected LAT,LON,KM with -90..90, -180..180 and KM > 0, got {value!r}")
            kw["near"] = (lat, lon, km)
        elif key == "bbox":
            try:
                kw["bbox"] = parse_bbox(value)
            except FilterError as exc:
                raise RuleError(str(exc)) from None
        else:
            known = sorted(set(LIST_KEYS + TEXT_KEYS + NUMBER_KEYS) | {"near", "bbox"})
            raise RuleError(f"unknown filter key {key!r}; known: {', '.join(known)}")
    text = spec if isinstance(spec, str) else "&".join(f"{k}={v}" for k, _, v in _terms(spec))
    return Filter(text=text.strip(), values={k: tuple(v) for k, v in values.items()}, **kw)
