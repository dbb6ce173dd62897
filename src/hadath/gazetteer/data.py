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


@lru_cache(maxsize=1)
def weak_names() -> frozenset[str]:
    """Normalized keys of names that are common words (see weak_names.txt)."""
    path = data_path("gazetteer/weak_names.txt")
    out = set()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("#"):
                out.add(name_key(line))
    return frozenset(out)
