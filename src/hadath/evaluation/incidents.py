"""Syrian Archive incidents, end to end: does the full pipeline find the coded event?

Rows of ``sa_api_incidents.json`` with an Arabic summary (``summary_ar``; ``title_ar`` is put
before it when present) are run through the whole pipeline. For each incident:

- **any event**: the text yields at least one event;
- **type fits**: some event's type belongs to the family the incident's coding implies
  (weapons_used chemical/chlorine/sarin -> Explosions/Remote violence, best with sub-event
  "Chemical weapon"; other weapons -> Explosions/Remote violence; Unlawful_attacks /
  Massacres_and_other_unlawful_killing -> a political-violence type (Battles, Explosions/Remote
  violence, Violence against civilians); Arbitrary_arrest_and_unlawful_detention -> Strategic
  developments/Arrests; Hostage_taking / Enforced_disappearance -> Abduction or Arrests);
  incidents with no such coding are left out of this share;
- **date within 1 day** of ``incident_date`` (over incidents with a date and an event);
- **place within 10 km** of the coded latitude/longitude (over incidents with coordinates).

Reference date: the summaries are written after the fact and carry no publication date, so
``published`` is set to ``incident_date``: relative expressions (أمس، يوم الجمعة) then resolve
around the incident and an event dated from the publication date alone lands on the coded day.
This favours the date score for texts without a date of their own; ``date_from_text`` reports
the share of dated events whose date came from the text itself.

Measurement only: rules are not fitted to these texts.
Run: ``python -m hadath.evaluation.incidents PATH [--limit N] [--misses]``.
"""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

from hadath.gazetteer import haversine_km

ERV = "Explosions/Remote violence"
VIOLENT = frozenset({"Battles", ERV, "Violence against civilians"})
CHEMICAL_WORDS = ("chemical", "chlorine", "sarin", "toxic", "gas")


def _true(row: dict, key: str) -> bool:
    return str(row.get(key) or "").strip().upper() == "TRUE"


def expected(row: dict) -> dict[str, object]:
    """What the coding implies: {"types": set of acceptable (event_type, sub) predicates,
    "chemical": bool} (empty types: nothing implied)."""
    weapons = " ".join(str(v) for k, v in row.items() if k.startswith("weapons_used") and v).lower()
    chemical = any(w in weapons for w in CHEMICAL_WORDS)
    fits: list = []
    if weapons.strip():
        fits.append(lambda t, s: t == ERV)
    if _true(row, "Unlawful_attacks") or _true(row, "Massacres_and_other_unlawful_killing") \
            or _true(row, "Use_of_illegal_weapons"):
        fits.append(lambda t, s: t in VIOLENT)
    if _true(row, "Arbitrary_arrest_and_unlawful_detention"):
        fits.append(lambda t, s: s == "Arrests")
    if _true(row, "Hostage_taking") or _true(row, "Enforced_disappearance"):
        fits.append(lambda t, s: s in ("Abduction/forced disappearance", "Arrests"))
    return {"fits": fits, "chemical": chemical}


def _text(row: dict) -> str:
    return "\n".join(x.strip() for x in (row.get("title_ar"), row.get("summary_ar")) if x and x.strip())


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat((value or "").strip()[:10])
    except ValueError:
        return None


def evaluate(path: Path, limit: int | None = None, misses: bool = False) -> dict:
    import hadath
    from hadath.types import Article

    path = Path(path)
    if path.is_dir():
        path = path / "sa_api_incidents.json"
    rows = [r for r in json.loads(path.read_text(encoding="utf-8"))
            if (r.get("summary_ar") or "").strip()][:limit]
    pipeline = hadath.load()
    n = any_event = typed_n = typed_ok = chem_n = chem_ok = 0
    dated_n = dated_ok = from_text = placed_n = placed_ok = 0
    missed: list[dict] = []
    for r in rows:
        n += 1
        day = _date(r.get("incident_date"))
        doc = pipeline(Article(str(r.get("incident_code") or n), _text(r), published=day))
        events = doc.events
        any_event += bool(events)
        exp = expected(r)
        ok_type = None
        if exp["fits"]:
            typed_n += 1
            ok_type = any(f(e.event_type, e.sub_event_type) for e in events for f in exp["fits"])
            typed_ok += ok_type
        if exp["chemical"]:
            chem_n += 1
            chem_ok += any(e.sub_event_type == "Chemical weapon" for e in events)
        if day is not None and events:
            dated = [e for e in events if e.event_date is not None]
            if dated:
                dated_n += 1
                dated_ok += any(abs((e.event_date - day).days) <= 1 for e in dated)
                from_text += any("date_from_publication" not in e.flags for e in dated)
        lat, lon = r.get("latitude"), r.get("longitude")
        if lat not in (None, "") and lon not in (None, ""):
            placed_n += 1
            pts = [(e.place.place.latitude, e.place.place.longitude) for e in events
                   if e.place is not None and e.place.place is not None]
            placed_ok += any(haversine_km(a, b, float(lat), float(lon)) <= 10 for a, b in pts)
        if misses and (not events or ok_type is False):
            missed.append({"id": r.get("incident_code"), "text": _text(r)[:160],
                           "events": [(e.event_type, e.sub_event_type) for e in events]})
    pct = lambda a, b: round(100.0 * a / b, 1) if b else None  # noqa: E731
    out = {"incidents": n,
           "any_event": pct(any_event, n),
           "type_fits": pct(typed_ok, typed_n), "typed_incidents": typed_n,
           "chemical_subtype": pct(chem_ok, chem_n), "chemical_incidents": chem_n,
           "date_within_1_day": pct(dated_ok, dated_n), "dated_incidents": dated_n,
           "date_from_text": pct(from_text, dated_n),
           "place_within_10km": pct(placed_ok, placed_n), "placed_incidents": placed_n}
    if misses:
        out["misses"] = missed
    return out


def main(argv: list[str] | None = None) -> None:
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--misses", action="store_true", help="List incidents without a fitting event.")
    a = ap.parse_args(argv)
    print(json.dumps(evaluate(a.path, a.limit, a.misses), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:])
