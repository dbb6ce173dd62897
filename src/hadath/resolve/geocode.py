"""The ``geocode`` stage: ACLED location columns for each event from its place.

geo_precision (ACLED): 1 the town itself, 2 near a place / part of a region ("countryside of
X"), 3 only a larger region, coded to its centre. It is the larger of the mention's
``precision_hint`` and what the place's feature class allows (country/admin1/admin2 → 3,
admin3 → 2). Fallbacks never guess a region the text does not state:

- a named place the gazetteer does not know (``PlaceRef.place`` None) gets the enclosing
  place named with it (سارين بريف حلب → Aleppo, precision ≥ 2, also when what holds it is a
  governorate: a named place inside a region is a part of it, not "only a region"; a
  neighbourhood or camp of a named town, حي X في حلب, gets the town with precision 1), else
  the document's country with precision 3 and the flag ``place_unresolved`` (its admin1 is
  unknown, so it stays empty);
- an event with no place mention gets the document's region (precision 3, flag
  ``place_from_document``) only when all the document's resolved places lie in one admin1,
  else the document's country;
- with no country either: the flag ``unplaced``.

``location_ar`` is the place's name as the article writes it (the mention's surface, without the
cue word: حي ثعبات → ثعبات); the fallbacks (container, region, country) give the gazetteer's
Arabic name with Persian/Urdu/Kurdish letters mapped to Arabic ones (واد مدنی → واد مدني).

Generic actor names carrying "{country}" get the event's (or the document's) country.
"""
from __future__ import annotations

from collections import Counter
from typing import ClassVar

from hadath.gazetteer import Gazetteer, haversine_km, open_gazetteer
from hadath.gazetteer.data import capitals
from hadath.gazetteer.keys import letters
from hadath.gazetteer.lexicon import place_lexicon
from hadath.mentions.place_parts import part_of_town
from hadath.text.sentences import at_line_start
from hadath.text.normalize import normalize_key
from hadath.types import Doc, Event, Place, PlaceRef, evolve

CLASS_PRECISION = {"country": 3, "admin1": 3, "admin2": 2, "region": 3, "admin3": 2}
ACTOR_FIELDS = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")
REGION_CLASSES = frozenset({"admin1", "region"})  # a first-level unit (not a country)
SEAT_KM = 30.0   # a district's seat without its own district code lies this close to its point


def written_name(surface: str) -> str:
    """A place mention's surface without a leading class noun (محافظة تعز → تعز; the place
    lexicon's "prefix" role)."""
    head, _sp, rest = surface.partition(" ")
    if rest and normalize_key(head) in place_lexicon().prefix:
        return rest
    return surface


def arabic_letters(name: str | None) -> str | None:
    """A gazetteer name with Persian/Urdu/Kurdish letters replaced by Arabic ones (the
    ``arabic_letter`` table of data/gazetteer/letters.tsv)."""
    return name.translate(letters().arabic).replace("  ", " ").strip() if name else name


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
        surfaces: dict = {}
        for m in doc.mentions:
            if m.kind == "place" and m.surface:
                surfaces.setdefault(id(m.value), m.surface)
                surfaces.setdefault(getattr(m.value, "name", None), m.surface)
        events = tuple(self.geocode(ev, region, focus_cc, surfaces, doc.text) for ev in doc.events)
        return doc.with_events(events)

    def dominant(self, doc: Doc) -> tuple[Place | None, str | None]:
        """The document's region and country: the admin1 place when every resolved place below
        country level lies in that one admin1 of the dominant country, else the country place.
        The dominant country is the one the text names most (a place or the country itself);
        nationality adjectives (cue ``nisba``) only break ties and decide when nothing is named."""
        admin1: Counter[tuple[str, str]] = Counter()
        countries: Counter[str] = Counter()
        named_in: Counter[str] = Counter()  # mentions by name, not by a nationality adjective
        named = [(m.span, getattr(m.value, "country", None)) for m in doc.mentions if m.kind == "actor"]
        for m in doc.mentions:
            if m.kind != "place":
                continue
            ref = m.value
            p = getattr(ref, "place", None)
            if p is None or any(a.start <= m.span.start and m.span.end <= a.end and home != p.country
                                for a, home in named):
                continue  # (ألوية الناصر صلاح الدين، أنصار الشريعة: a namesake in a group's name, no place
                # of the story; the group's own land stays: الجبهة الشعبية لتحرير تيغراي)
            countries[p.country_code] += 1
            named_in[p.country_code] += ref.cue != "nisba"
            if p.feature_class != "country":
                admin1[(p.country_code, p.admin1 or "")] += 1
        # (مساندوه الروس ... بلدة سيكاسو: a name says where, an adjective only whose)
        cc = max(countries, key=lambda c: (named_in[c], countries[c])) if countries else None
        if not cc:
            focus = getattr(self.config, "country_focus", ()) or ()
            cc = focus[0].upper() if focus and len(focus[0]) == 2 else None
        regions = [k for k in admin1 if k[0] == cc]
        if len(regions) == 1 and regions[0][1]:
            place = self.gz.admin1_place(cc, regions[0][1])
            if place is not None:
                return place, cc
        return (self.gz.country_place(cc) if cc else None), cc

    def namesake_capital(self, country: Place) -> Place | None:
        """The country's capital when it bears the country's name (الجزائر، تونس، الكويت)."""
        cap = self.gz.place(capitals().get(country.country_code, ""))
        same = cap is not None and cap.name_ar and country.name_ar \
            and normalize_key(cap.name_ar).split()[-1] == normalize_key(country.name_ar)  # (مدينة الكويت)
        return cap if same else None

    def seat(self, unit: Place) -> Place:
        """A district's seat: the most populous town named like the district inside it (the
        same admin2 code; within SEAT_KM of its point when the town has none), else the
        district itself. ACLED codes a place known only
        by its district to the district's seat, as it codes a governorate's to its capital."""
        best = None
        for h in self.gz.exact(normalize_key(unit.name_ar or unit.name)):
            p = h.place
            if p.feature_class != "populated_place" or p.country_code != unit.country_code:
                continue
            inside = p.admin2 == unit.admin2 if p.admin2 and unit.admin2 else \
                haversine_km(p.latitude, p.longitude, unit.latitude, unit.longitude) <= SEAT_KM
            if inside and (best is None or p.population > best.population):
                best = p
        return best or unit

    def geocode(self, ev: Event, region: Place | None, focus_cc: str | None,
                surfaces: dict | None = None, text: str = "") -> Event:
        """``surfaces``: the document's place mentions' surfaces by PlaceRef id and by name key
        (``location_ar`` as written)."""
        ref: PlaceRef | None = ev.place
        place, prec = None, None
        flags = ev.flags
        if ref is not None and ref.place is not None:
            # (منطقة الكاظمية، أطراف المدينة: a place with its own point is coded there, p1)
            hint = 1 if ref.cue in place_lexicon().own_point else ref.precision_hint
            place, prec = ref.place, precision(ref.place, hint)
            city = self.namesake_capital(place) if place.feature_class == "country" and _filed_from(ev, text) else None
            if city is not None:
                place, prec = city, 1  # الجزائر - ...: a dateline names the city the report was filed from
            if place.feature_class == "admin2":
                place = self.seat(place)   # مديرية حيدان: at the district's seat
        elif ref is not None and ref.container is not None:
            place, prec = ref.container, max(2, precision(ref.container))
            if place.feature_class == "admin2":
                place = self.seat(place)   # مران بمديرية حيدان: at the district's seat
            lex = place_lexicon()
            if part_of_town(ref):
                # حي X في حلب: a neighbourhood the gazetteer lacks is coded to its city (p1); a camp
                # the text puts by a town (مخيم X قرب Y، جنوب Y: hint 2) lies outside it (p2)
                prec = 2 if ref.cue in lex.camp and ref.precision_hint >= 2 else 1
            elif ref.cue in lex.village or ref.cue in lex.natural:
                # قرية ود النورة في ولاية الجزيرة، جبل السمامة بولاية القصرين: a named settlement or
                # feature inside the region, not "only a region" (CODING.md): precision 2 there
                prec = 2
                if "place_approximate" not in flags:
                    flags = flags + ("place_approximate",)
            elif place.feature_class in REGION_CLASSES:
                # وادي الشاي شرقي صلاح الدين، المغازي في قطاع غزة: a place of its own name held by
                # a region is a part of that region, not "only a region" (CODING.md): p2
                prec = 2
        elif ref is not None:  # named, not in the gazetteer: its admin1 is not known
            place = self.gz.country_place(focus_cc) if focus_cc else None
            prec = 3
            if place is not None and "place_unresolved" not in flags:
                flags = flags + ("place_unresolved",)
        elif region is not None:
            place, prec = region, 3
            if "place_from_document" not in flags:
                flags = flags + ("place_from_document",)
        if place is None:
            cc = focus_cc
            fields: dict = {}
            surface = surfaces.get(id(ref)) if ref is not None and surfaces else None
            if surface:
                # an unplaced record keeps the name as the text writes it, not its lookup key
                # (سيؤون read under the other hamza seat, سييون, stays سيؤون)
                fields["location_ar"] = written_name(surface)
            if "unplaced" not in flags:
                flags = flags + ("unplaced",)
        else:
            cc = place.country_code
            info = self.gz.country(cc)
            own = ref is not None and ref.place is not None and (
                ref.place is place or ref.place.feature_class == "admin2")
            written = None
            # named, not in the gazetteer (alone, or coded at what holds it): its name as written
            unknown = ref is not None and ref.place is None
            if (own or unknown) and surfaces:
                written = surfaces.get(id(ref)) or surfaces.get(ref.name)
                written = written_name(written) if written else None
            fields = dict(
                location=place.name,
                location_ar=written or arabic_letters(place.name_ar) or (ref.name if own else None),
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
        fields["flags"] = flags
        return evolve(ev, **fields)


DATELINE_MARKS = "-–—:/("  # what follows a dateline's city (الجزائر - ...، تونس (وات) -)


def _filed_from(ev: Event, text: str) -> bool:
    """The record's place is the report's dateline: its words open a line and a dash, colon,
    slash or bracket follows them (a dateline names the city the report was filed from)."""
    for s in ev.evidence.get("location", ()):
        if at_line_start(text, s.start) and text[s.end:s.end + 8].lstrip()[:1] in DATELINE_MARKS \
                and text[s.end:s.end + 8].strip():
            return True
    return False
