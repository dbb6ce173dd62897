"""The ``geocode`` stage: ACLED location columns for each event from its place.

geo_precision (ACLED): 1 the town itself, 2 near a place / part of a region ("countryside of
X"), 3 only a larger region, coded to its centre. It is the larger of the mention's
``precision_hint`` and what the place's feature class allows (country/admin1/admin2 → 3,
admin3 → 2). An event with no resolved place gets its container, else the document's dominant
resolved region (admin1, else country) with precision 3, else the flag "unplaced".
Generic actor names carrying "{country}" get the event's (or the document's) country.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import ClassVar

from hadath.gazetteer import Gazetteer, open_gazetteer
from hadath.types import Doc, Event, Place, PlaceRef

CLASS_PRECISION = {"country": 3, "admin1": 3, "admin2": 3, "region": 3, "admin3": 2}
ACTOR_FIELDS = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")


def precision(place: Place, hint: int = 1) -> int:
    return max(min(max(hint, 1), 3), CLASS_PRECISION.get(place.feature_class, 1))


class GeocodeStage:
    name: ClassVar[str] = "geocode"
    requires: ClassVar[tuple[str, ...]] = ("events", "mentions:place")
    assigns: ClassVar[tuple[str, ...]] = ("events:geo",)

    def __init__(self, config=None, gazetteer: Gazetteer | None = None) -> None:
        self.config = config
        self._gz = gazetteer

    @property
    def gz(self) -> Gazetteer:
        if self._gz is None:
            self._gz = open_gazetteer(getattr(self.config, "gazetteer", None))
        return self._gz

    def __call__(self, doc: Doc) -> Doc:
        if not doc.events:
            return doc
        region, focus_cc = self.dominant(doc)
        events = tuple(self.geocode(ev, region, focus_cc) for ev in doc.events)
        return replace(doc, events=events)

    def dominant(self, doc: Doc) -> tuple[Place | None, str | None]:
        """The document's dominant resolved region (admin1 place, else country) and country."""
        admin1: Counter[tuple[str, str]] = Counter()
        countries: Counter[str] = Counter()
        for m in doc.mentions_of("place"):
            ref = m.value
            p = getattr(ref, "place", None)
            if p is None:
                continue
            countries[p.country_code] += 1
            if p.admin1 and p.feature_class != "country":
                admin1[(p.country_code, p.admin1)] += 1
        cc = countries.most_common(1)[0][0] if countries else None
        if not cc:
            focus = getattr(self.config, "country_focus", ()) or ()
            cc = focus[0].upper() if focus and len(focus[0]) == 2 else None
        for (acc, a1), _n in admin1.most_common():
            if acc == cc:
                place = self.gz.admin1_place(acc, a1)
                if place is not None:
                    return place, cc
        return (self.gz.country_place(cc) if cc else None), cc

    def geocode(self, ev: Event, region: Place | None, focus_cc: str | None) -> Event:
        ref: PlaceRef | None = ev.place
        place, prec = None, None
        if ref is not None and ref.place is not None:
            place, prec = ref.place, precision(ref.place, ref.precision_hint)
        elif ref is not None and ref.container is not None:
            place, prec = ref.container, max(2, precision(ref.container))
        elif region is not None:
            place, prec = region, 3
        flags = ev.flags
        if place is None:
            cc = focus_cc
            fields: dict = {}
            if "unplaced" not in flags:
                flags = flags + ("unplaced",)
        else:
            cc = place.country_code
            info = self.gz.country(cc)
            fields = dict(
                location=place.name, location_ar=place.name_ar or (ref.name if ref else None),
                latitude=round(place.latitude, 5), longitude=round(place.longitude, 5),
                geo_precision=prec, admin1=place.admin1, admin2=place.admin2, admin3=place.admin3,
                country=place.country or (info[1] if info else None),
                iso=info[3] if info else None, region=info[4] if info else None)
            if place.feature_class == "country":
                fields["admin1"] = None
        country = fields.get("country") or ev.country
        if not country and cc:
            info = self.gz.country(cc)
            country = info[1] if info else None
        for f in ACTOR_FIELDS:
            v = getattr(ev, f)
            if v and "{country}" in v:
                fields[f] = v.replace("{country}", country or "Unknown")
        return replace(ev, flags=flags, **fields)
