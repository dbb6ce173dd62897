"""Validation of review edits, before anything is stored.

An analyst's correction is checked against ACLED's vocabularies and against the record's other
fields, and the fields that follow from it are derived, so a stored correction is always valid
ACLED data:

- ``event_type`` one of the six; ``sub_event_type`` one of its type's (a new type needs a sub-type
  that belongs to it); ``disorder_type`` follows from them.
- ``time_precision`` and ``geo_precision`` 1–3; ``event_date`` a real date, not in the future.
- ``inter1``, ``inter2`` and ``interaction`` come from the actors (the lexicon's codes); a typed
  code is refused, except for an actor the lexicon does not know, whose code must come with it.
- A location is a choice from the gazetteer: ``{"place": {"name": ..., "id": ...}}`` (an entry
  of ``GET /v1/places?q=``) sets location, location_ar, coordinates, admin1–3, country, iso and
  region together. Coordinates and admin levels are never typed one by one.
- fatalities low <= best <= high; counts not negative.

Several fields may be corrected in one save. Errors raise :class:`CorrectionError` naming the
field; the API answers 422 and stores nothing.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Callable, Mapping

from hadath.errors import HadathError

TYPED_EDITABLE = ("event_type", "sub_event_type", "event_date", "time_precision", "actor1", "assoc_actor_1",
                  "actor2", "assoc_actor_2", "civilian_targeting", "geo_precision", "fatalities",
                  "fatalities_low", "fatalities_high", "fatalities_estimate", "injuries", "notes", "tags",
                  "source_scale")
DERIVED = {"disorder_type": "event_type and sub_event_type", "interaction": "the two actors' inter codes",
           "year": "event_date"}
FROM_PLACE = ("location", "location_ar", "latitude", "longitude", "admin1", "admin2", "admin3", "country",
              "iso", "region")
CIVILIAN_TARGETING = ("", "Civilian targeting")


class CorrectionError(HadathError):
    """A review edit that would make the record invalid."""


PlaceLookup = Callable[[str, str], dict[str, Any] | None]


def _int(field: str, v: Any, lo: int | None = None, hi: int | None = None) -> int:
    if isinstance(v, bool) or not isinstance(v, (int, str)) or (isinstance(v, str) and not v.strip()):
        raise CorrectionError(f"{field}: expected a whole number, got {v!r}")
    try:
        n = int(str(v).strip())
    except ValueError:
        raise CorrectionError(f"{field}: expected a whole number, got {v!r}") from None
    if lo is not None and n < lo or hi is not None and n > hi:
        span = f"{lo}–{hi}" if hi is not None else f">= {lo}"
        raise CorrectionError(f"{field}: must be {span}, got {n}")
    return n


def _text(field: str, v: Any, *, required: bool = False, max_len: int = 500) -> str | None:
    if v is None or (isinstance(v, str) and not v.strip()):
        if required:
            raise CorrectionError(f"{field}: cannot be empty")
        return None
    if not isinstance(v, str):
        raise CorrectionError(f"{field}: expected text, got {type(v).__name__}")
    if "\x00" in v:
        raise CorrectionError(f"{field}: contains a NUL character")
    v = v.strip()
    if len(v) > max_len:
        raise CorrectionError(f"{field}: longer than {max_len} characters")
    return v


def _taxonomy():
    from hadath.events.taxonomy import SUB_EVENT_TYPES, disorder_type
    return SUB_EVENT_TYPES, disorder_type


def _canonical(choices, value: str, field: str) -> str:
    for c in choices:
        if c.lower() == value.lower():
            return c
    raise CorrectionError(f"{field}: {value!r} is not one of {', '.join(choices)}")


def validate(record: Mapping[str, Any], fields: Mapping[str, Any], *,
             places: PlaceLookup | None = None, today: date | None = None) -> dict[str, Any]:
    """The full set of column values to store for ``fields`` edited on ``record`` (the event as
    the API returns it), with derived fields filled in. Raises CorrectionError."""
    if not fields:
        raise CorrectionError("fields: give at least one field to correct")
    unknown = [f for f in fields if f not in TYPED_EDITABLE and f not in ("place", "inter1", "inter2")]
    if unknown:
        f = unknown[0]
        if f in DERIVED:
            raise CorrectionError(f"{f}: derived from {DERIVED[f]}; correct those instead")
        if f in FROM_PLACE:
            raise CorrectionError(f"{f}: set by choosing a place from the gazetteer "
                                  '(fields: {"place": {"name": ..., "id": ...}})')
        raise CorrectionError(f"{f}: not a field that can be corrected; editable: "
                              f"{', '.join(TYPED_EDITABLE + ('place',))}")
    out: dict[str, Any] = {}
    _type_fields(record, fields, out)
    _dates(fields, out, today or date.today())
    _actors(record, fields, out)
    _numbers(record, fields, out)
    for f in ("assoc_actor_1", "assoc_actor_2", "source_scale"):
        if f in fields:
            out[f] = _text(f, fields[f])
    for f in ("notes", "tags"):
        if f in fields:
            out[f] = _text(f, fields[f], max_len=20_000)
    if "civilian_targeting" in fields:
        v = _text("civilian_targeting", fields["civilian_targeting"]) or ""
        out["civilian_targeting"] = _canonical(CIVILIAN_TARGETING, v, "civilian_targeting") or None
    if "place" in fields:
        out.update(_place(fields["place"], places))
    if "geo_precision" in fields:
        out["geo_precision"] = _int("geo_precision", fields["geo_precision"], 1, 3)
    return out


def _type_fields(record: Mapping[str, Any], fields: Mapping[str, Any], out: dict[str, Any]) -> None:
    if "event_type" not in fields and "sub_event_type" not in fields:
        return
    subs, disorder = _taxonomy()
    etype = record.get("event_type")
    if "event_type" in fields:
        etype = _canonical(tuple(subs), _text("event_type", fields["event_type"], required=True), "event_type")
    sub = record.get("sub_event_type")
    if "sub_event_type" in fields:
        sub = _text("sub_event_type", fields["sub_event_type"], required=True)
        everything = tuple(s for group in subs.values() for s in group)
        sub = _canonical(everything, sub, "sub_event_type")
    if sub not in subs.get(etype, ()):
        hint = "" if "sub_event_type" in fields else " (correct the sub-event type in the same save)"
        raise CorrectionError(f"sub_event_type: {sub!r} is not a sub-event type of {etype!r}; "
                              f"choose one of {', '.join(subs.get(etype, ()))}{hint}")
    out.update(event_type=etype, sub_event_type=sub, disorder_type=disorder(etype, sub))


def _dates(fields: Mapping[str, Any], out: dict[str, Any], today: date) -> None:
    if "event_date" in fields:
        v = fields["event_date"]
        try:
            d = v if isinstance(v, date) else date.fromisoformat(str(v).strip())
        except ValueError:
            raise CorrectionError(f"event_date: expected a date YYYY-MM-DD, got {v!r}") from None
        if d > today:
            raise CorrectionError(f"event_date: {d.isoformat()} is in the future")
        out["event_date"] = d
    if "time_precision" in fields:
        out["time_precision"] = _int("time_precision", fields["time_precision"], 1, 3)


def _actors(record: Mapping[str, Any], fields: Mapping[str, Any], out: dict[str, Any]) -> None:
    from hadath.events.taxonomy import interaction
    from hadath.store.vocab import actor_inter

    touched = False
    inters = {1: record.get("inter1"), 2: record.get("inter2")}
    for side in (1, 2):
        af, inf = f"actor{side}", f"inter{side}"
        if af not in fields:
            if inf in fields:
                raise CorrectionError(f"{inf}: derived from {af}; correct {af} (a new actor's code may be "
                                      "given with it)")
            continue
        touched = True
        name = _text(af, fields[af], required=side == 1)
        out[af] = name
        if name is None:
            inters[side] = None
            continue
        known = actor_inter(name)
        given = _int(inf, fields[inf], 1, 8) if fields.get(inf) not in (None, "") else None
        if known is not None and given is not None and given != known:
            raise CorrectionError(f"{inf}: {name!r} is coded {known} in the actor list, not {given}")
        if known is None and given is None:
            raise CorrectionError(f"{af}: {name!r} is not in the actor list; give its ACLED code as {inf} "
                                  "(1 state forces, 2 rebels, 3 political militia, 4 identity militia, "
                                  "5 rioters, 6 protesters, 7 civilians, 8 external/other)")
        inters[side] = known if known is not None else given
    if touched:
        out["inter1"], out["inter2"] = inters[1], inters[2]
        out["interaction"] = interaction(inters[1], inters[2])


def _numbers(record: Mapping[str, Any], fields: Mapping[str, Any], out: dict[str, Any]) -> None:
    for f in ("fatalities", "fatalities_low", "fatalities_high", "injuries"):
        if f in fields:
            v = fields[f]
            if v in (None, "") and f != "fatalities":
                out[f] = None
            else:
                out[f] = _int(f, v, 0, 1_000_000)
    if "fatalities_estimate" in fields:
        v = fields["fatalities_estimate"]
        if not isinstance(v, bool):
            s = str(v).strip().lower()
            if s not in ("true", "false", "1", "0"):
                raise CorrectionError(f"fatalities_estimate: expected true or false, got {v!r}")
            v = s in ("true", "1")
        out["fatalities_estimate"] = v
    if any(f in out for f in ("fatalities", "fatalities_low", "fatalities_high")):
        best = out.get("fatalities", record.get("fatalities_best", record.get("fatalities")))
        low = out.get("fatalities_low", record.get("fatalities_low"))
        high = out.get("fatalities_high", record.get("fatalities_high"))
        if low is not None and best is not None and low > best:
            raise CorrectionError(f"fatalities_low: {low} is above the best figure {best} "
                                  "(correct both in one save)")
        if high is not None and best is not None and high < best:
            raise CorrectionError(f"fatalities_high: {high} is below the best figure {best} "
                                  "(correct both in one save)")


def _place(choice: Any, places: PlaceLookup | None) -> dict[str, Any]:
    if not isinstance(choice, Mapping) or not isinstance(choice.get("id"), str) or not isinstance(
            choice.get("name"), str):
        raise CorrectionError('place: expected {"name": ..., "id": ...} as listed by GET /v1/places?q=NAME')
    if places is None:
        raise CorrectionError("place: no gazetteer available to check the choice")
    found = places(choice["name"], choice["id"])
    if found is None:
        raise CorrectionError(f"place: {choice['id']!r} is not a gazetteer entry for {choice['name']!r}; "
                              "choose one listed by GET /v1/places?q=NAME")
    return {k: found.get(k) for k in FROM_PLACE} | {"geo_precision": found["geo_precision"]}
