"""The actor names of a placed event (issue #9): groups named by a country take the event's
country, a national force inside a region with its own government takes the regional name, and
a state force takes the name of the period its event falls in (Military Forces of Syria
(2000-2024) / (2024-)). Called by :func:`hadath.reconcile.rules.reconcile`."""
from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import Sequence

from hadath.events.taxonomy import GATHERINGS
from hadath.resources import load_tsv
from hadath.types import Event

ACTOR_FIELDS = ("actor1", "actor2", "assoc_actor_1", "assoc_actor_2")


@lru_cache(maxsize=1)
def country_named_groups() -> frozenset[str]:
    """Names of the groups ACLED suffixes with the event's country ("Islamic State", "Civilians"):
    the actor lexicon's entries named "NAME ({country})"."""
    from hadath.mentions.actors_lexicon import actor_lexicon

    return frozenset(e.name[: -len(" ({country})")] for e in actor_lexicon().entries.values()
                     if e.name.endswith(" ({country})"))


@lru_cache(maxsize=1)
def fixed_names() -> frozenset[str]:
    """The unidentified groups the lexicon names by a nationality (Unidentified Armed Group
    (Palestine): the Palestinian factions firing into Israel keep it, as the dev gold codes them),
    and the names a side takes when others' violence hits it (actors.tsv ``hit_as``: settlers hit
    in the West Bank are Civilians (Israel), as ACLED and the fix sets code them). A branch of a
    named group (Islamic State (Syria)) still takes the event's country."""
    from hadath.mentions.actors_lexicon import actor_lexicon

    entries = actor_lexicon().entries.values()
    return frozenset(e.name for e in entries
                     if e.name.startswith("Unidentified") and not e.name.endswith(" ({country})")) \
        | frozenset(e.hit_as for e in entries if e.hit_as and not e.hit_as.endswith(" ({country})"))


@lru_cache(maxsize=1)
def regional_branches() -> dict[tuple[str, str], tuple[str, ...]]:
    """(group, country) -> the names of the group's branches that ACLED names by a region and
    that act in that country (Islamic State (West Africa) in Nigeria, Niger, Chad; Islamic State
    (Sahel) in Mali, Niger, Burkina Faso): lexicon entries of a country-named group whose
    suffix is no country of their own, with the countries of their ``where``; the branch whose
    home country it is comes first."""
    from hadath.mentions.actors_lexicon import actor_lexicon

    groups = country_named_groups()
    out: dict[tuple[str, str], list[str]] = {}
    for e in actor_lexicon().entries.values():
        base, _, rest = e.name.rpartition(" (")
        if base not in groups or rest[:-1] in (e.country, "{country}") or not e.where:
            continue
        for c in e.where:
            names = out.setdefault((base, c), [])
            names.insert(0, e.name) if c == e.country else names.append(e.name)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def worldwide_branches() -> dict[tuple[str, str], str]:
    """(worldwide group, country) -> its one branch there: a lexicon entry that works anywhere
    (no ``where``: Al Qaeda) shares an alias with entries that work in a few countries (تنظيم
    القاعدة: AQAP in Yemen, AQIM in Algeria); where exactly one of them works, it is the group
    there. The actors stage picks the branch by the countries the text names; a report that
    names only its districts (مديرية مودية) left the worldwide name."""
    from hadath.mentions.actors_lexicon import actor_lexicon
    from hadath.text.normalize import normalize_key

    entries = actor_lexicon().entries.values()
    by_alias: dict[str, set] = {}
    for e in entries:
        for a in e.aliases:
            by_alias.setdefault(normalize_key(a), set()).add(e)
    out: dict[tuple[str, str], set[str]] = {}
    for g in entries:
        if g.where or g.is_generic or g.kind not in ("rebel", "militia", "identity", "external"):
            continue
        for b in {b for a in g.aliases for b in by_alias[normalize_key(a)] if b.where and b.name != g.name}:
            for c in b.where:
                out.setdefault((g.name, c), set()).add(b.name)
    return {k: next(iter(v)) for k, v in out.items() if len(v) == 1}


def _localized(name: str | None, country: str) -> str | None:
    if not name or not name.endswith(")") or " (" not in name:
        return name
    parts = [p.strip() for p in name.split(";")]
    out = []
    fixed = fixed_names()
    for p in parts:
        base, _, rest = p.rpartition(" (")
        branches = regional_branches().get((base, country), ())
        if branches:  # (Islamic State (West Africa) in Nigeria, not Islamic State (Nigeria))
            out.append(p if p in branches else branches[0])
            continue
        out.append(f"{base} ({country})" if base in country_named_groups() and rest[:-1] != country
                   and p not in fixed else p)  # (Unidentified Armed Group (Palestine): a lexicon name)
    return "; ".join(out)


COUNTRY_FORMS = ("lexicons/actors_confused.tsv", "lexicons/actors_communal.tsv")


@lru_cache(maxsize=1)
def country_forms() -> dict[tuple[str, str], str]:
    """(actor named, event country) -> the actor ACLED codes in that country: the force of the
    event's country, for nationality adjectives the press writes alike for two neighbours
    (actors_confused.tsv: جنود نيجيريون in Niamey), and the form of a generic identity militia
    (actors_communal.tsv: Unidentified Tribal Militia (Sudan) -> Unidentified Communal Militia
    (Sudan)). One table of named, country, actor columns; no row's actor is another's name."""
    return {(r["named"], r["country"]): r["actor"] for path in COUNTRY_FORMS for r in load_tsv(path)}


@lru_cache(maxsize=1)
def regional_forces() -> dict[tuple[str, ...], str]:
    """(national actor, country, admin1) -> the regional government's actor, and (national
    actor, country, admin1, admin2) for a row that holds in one second-level unit only
    (data/lexicons/actors_regional.tsv)."""
    return {(r["national"], r["country"], a.strip(), *((b.strip(),) if b.strip() else ())): r["regional"]
            for r in load_tsv("lexicons/actors_regional.tsv")
            for a in r["admin1"].split("|") if a.strip()
            for b in (r.get("admin2") or "").split("|")}


def _regional(name: str | None, ev: Event) -> str | None:
    """The regional name of a national force at the event's admin2, else at its admin1."""
    regional = regional_forces()
    where = (name, ev.country, ev.admin1 or "")
    return regional.get((*where, ev.admin2 or ""), regional.get(where, name))


@lru_cache(maxsize=1)
def dated_names() -> dict[str, list]:
    """A state force's plain name (Military Forces of Syria) -> its lexicon entries whose name
    carries a period (Military Forces of Syria (2000-2024), (2024-))."""
    from hadath.mentions.actors_lexicon import actor_lexicon

    out: dict[str, list] = {}
    for e in actor_lexicon().entries.values():
        base, sep, _rest = e.name.rpartition(" (")
        if sep and e.kind == "state" and (e.valid_from or e.valid_until):
            out.setdefault(base, []).append(e)
    return out


def _dated(name: str | None, day) -> str | None:
    """A generic state force filled with its country (Military Forces of {country} -> Military
    Forces of Syria) takes the name of the period its event falls in."""
    entries = dated_names().get(name or "")
    if not entries or day is None:
        return name
    return next((e.name for e in entries if e.valid_on(day)), name)


def _home_police(name: str | None, ev: Event) -> str | None:
    """The police that met a crowd, named for another country where it never operates (the
    sentence's focus on a cause abroad: تنديدا بالعدوان على قطاع غزة in Amman): the event
    country's police. A force that operates there (Israel's police in East Jerusalem) stays."""
    from hadath.mentions.actors_lexicon import actor_lexicon

    if ev.event_type not in GATHERINGS or not name or not ev.country:
        return name
    where = police_where().get(name)
    if where is None or ev.country in where:
        return name
    home = actor_lexicon().role_entry("police", ev.country, ev.event_date)
    return home.name if home is not None else name


@lru_cache(maxsize=1)
def police_where() -> dict[str, frozenset[str]]:
    """A police force's name -> the countries its lexicon entries operate in."""
    from hadath.mentions.actors_lexicon import actor_lexicon

    out: dict[str, frozenset[str]] = {}
    for e in actor_lexicon().entries.values():
        if e.role == "police":
            out[e.name] = out.get(e.name, frozenset()) | frozenset(e.where)
    return out


def localize_actors(events: Sequence[Event]) -> list[Event]:
    """Country-named groups take the event's country; a national force acting inside a region
    with its own government takes the regional name (Police Forces of Iraq in Erbil); the police
    at a protest or riot is the country's own unless it operates there (:func:`_home_police`)."""
    out = []
    for ev in events:
        changes = {}
        if ev.actor2 and (home := _home_police(ev.actor2, ev)) != ev.actor2:
            changes["actor2"] = home
            ev = replace(ev, actor2=home)
        if ev.country:
            for f in ACTOR_FIELDS:
                v = getattr(ev, f)
                new = _localized(v, ev.country)
                new = worldwide_branches().get((new, ev.country), new)  # (تنظيم القاعدة in Yemen: AQAP)
                new = _regional(new, ev)
                new = country_forms().get((new, ev.country), new)  # (جنود نيجيريون in Niamey, اشتباكات قبلية in Sudan)
                new = _dated(new, ev.event_date)
                if new != v:
                    changes[f] = new
        out.append(replace(ev, **changes) if changes else ev)
    return out
