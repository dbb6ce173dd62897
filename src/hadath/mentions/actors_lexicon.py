"""The actor lexicon: ``data/lexicons/actors.tsv`` loaded once into entries and one phrase trie.

The same trie also holds the country cues of ``data/lexicons/countries.tsv`` (names,
adjectives, cities), so one left-to-right pass finds actor aliases and the words that tell which
country a document is about. A key may map to several candidate actors (``الجيش الوطني`` is the
SNA in Syria, the LNA in Libya, the army in Yemen or Somalia); the stage picks one by country
focus and publication date (see :mod:`hadath.mentions.actors`).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from hadath.errors import LexiconError
from hadath.mentions.actors_country import country_terms
from hadath.resources import load_tsv, word_roles
from hadath.text.clitics import clitics
from hadath.text.matcher import PhraseMatcher
from hadath.text.number_words import plain_dual_ends
from hadath.text.normalize import normalize_key
from hadath.text.vocab import vocab

LEXICON_FILE = "lexicons/actors.tsv"
KINDS = frozenset({"state", "state-generic", "rebel", "militia", "identity", "external", "generic"})
ROLES = frozenset({"", "military", "air", "navy", "border", "guard", "police", "intel", "government"})
WORDS_FILE = "lexicons/actors_words.tsv"


@dataclass(frozen=True)
class ActorEntry:
    """One canonical actor (a row of actors.tsv)."""
    actor_id: str
    name: str
    inter: int
    country: str | None
    kind: str
    role: str = ""
    where: tuple[str, ...] = ()
    valid_from: date | None = None
    valid_until: date | None = None
    aliases: tuple[str, ...] = ()
    note: str = ""

    @property
    def is_generic(self) -> bool:
        """Name holds the ``{country}`` placeholder."""
        return "{country}" in self.name

    def _note(self, key: str) -> str | None:
        """The value of ``key=VALUE`` in the note (parts separated by ;), or None."""
        for part in self.note.split(";"):
            k, _, v = part.strip().partition("=")
            if k == key and v:
                return v
        return None

    @property
    def associated_with(self) -> str | None:
        """For ACLED associated actors (Journalists, Women ...): the primary actor's name."""
        return self._note("associated_with")

    @property
    def umbrella(self) -> bool:
        """A name for many groups (Opposition Rebels (Syria)): the note's ``umbrella=yes``."""
        return self._note("umbrella") == "yes"

    @property
    def hit_as(self) -> str | None:
        """The name ACLED gives the actor when it is the side hit by others' violence (Settlers
        attacked are Civilians (Israel), the settlers associated), from the note's ``hit_as=``."""
        return self._note("hit_as")

    def valid_on(self, published: date | None) -> bool:
        """Whether the name applies to an article published then. Undated articles get the
        names valid before any cut-over (``from`` blank)."""
        if published is None:
            return self.valid_from is None
        if self.valid_from and published < self.valid_from:
            return False
        if self.valid_until and published > self.valid_until:
            return False
        return True

    def fill(self, country: str | None) -> str:
        return self.name.replace("{country}", country) if country and self.is_generic else self.name


@dataclass(frozen=True)
class Hit:
    """What a trie key stands for: candidate actors and/or the country the phrase implies."""
    actors: tuple[ActorEntry, ...] = ()
    country: str | None = None


@dataclass
class ActorLexicon:
    entries: dict[str, ActorEntry]
    matcher: PhraseMatcher[Hit]
    by_role: dict[str, list[ActorEntry]] = field(default_factory=dict)   # role -> state entries
    heads: dict[str, tuple[ActorEntry, ...]] = field(default_factory=dict)  # anaphor head -> actors
    first_words: frozenset[str] = frozenset()  # first word of every key: a cheap pre-filter
    _role_cache: dict = field(default_factory=dict, repr=False, compare=False)
    # per-word-type facts (vocabulary fact tables, WordType.id -> fact): the speaker role
    # (actors_speaker) and the actors stage's record; then the per-publication-date memos
    _word_roles: dict = field(default_factory=lambda: vocab().table(), repr=False, compare=False)
    _word_recs: dict = field(default_factory=lambda: vocab().table(), repr=False, compare=False)
    _by_date: dict = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        values = self.entries.values()
        self._froms = tuple(sorted({e.valid_from for e in values if e.valid_from}))
        self._untils = tuple(sorted({e.valid_until for e in values if e.valid_until}))

    def __len__(self) -> int:
        return len(self.entries)

    def era(self, published: date | None) -> tuple[int, int] | None:
        """A key shared by the publication dates on which every entry's ``valid_on`` is the
        same: how many ``from`` dates are on or before it and ``until`` dates before it."""
        if published is None:
            return None
        return bisect_right(self._froms, published), bisect_left(self._untils, published)

    def role_entry(self, role: str, country: str, published: date | None) -> ActorEntry | None:
        """The state actor of ``country`` in ``role`` (falls back to the army for air/navy...)."""
        key = (role, country, self.era(published))
        cache = self._role_cache
        if key in cache:
            return cache[key]
        if len(cache) >= 10_000:
            cache.clear()
        cache[key] = found = self._role_entry(role, country, published)
        return found

    def _role_entry(self, role: str, country: str, published: date | None) -> ActorEntry | None:
        for r in (role, "military") if role in ("air", "navy", "border", "guard") else (role,):
            cands = [e for e in self.by_role.get(r, ()) if country in e.where]
            dated = [e for e in cands if e.valid_on(published)] or cands
            home = [e for e in dated if e.country == country]
            if home or dated:
                return (home or dated)[0]
        return None


def _where(row: dict[str, str], i: int) -> tuple[str, int]:
    """(file, line) of a row: a :class:`~hadath.resources.Row` knows them."""
    return getattr(row, "source", LEXICON_FILE), getattr(row, "line", i)


def _date(value: str, row: dict[str, str], i: int) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise LexiconError(*_where(row, i), f"bad date {value!r}") from None


def _extend(entry: ActorEntry, row: dict[str, str], i: int) -> ActorEntry:
    """A user row with a bundled actor_id: its aliases join the actor's; any other cell it
    fills must agree with the bundled row."""
    for col, have in (("name", entry.name), ("inter", str(entry.inter)),
                      ("country", entry.country or ""), ("kind", entry.kind), ("role", entry.role)):
        if row.get(col) and row[col] != have:
            raise LexiconError(*_where(row, i), f"actor {entry.actor_id!r} exists with {col} "
                               f"{have!r}; a user row may only add aliases (got {row[col]!r})")
    aliases = tuple(dict.fromkeys((*entry.aliases, *_aliases(row))))
    return replace(entry, aliases=aliases)


def _aliases(row: dict[str, str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(a.strip() for a in row.get("aliases", "").split("|") if a.strip()))


def parse_rows(rows: tuple[dict[str, str], ...]) -> dict[str, ActorEntry]:
    entries: dict[str, ActorEntry] = {}
    for i, row in enumerate(rows, start=2):
        try:
            aid, name, inter = row["actor_id"], row["name"], int(row["inter"])
        except (KeyError, ValueError) as exc:
            raise LexiconError(*_where(row, i), f"{exc!r}") from None
        if aid in entries and getattr(row, "user", False):
            entries[aid] = _extend(entries[aid], row, i)
            continue
        if not aid or not name or not 1 <= inter <= 8:
            raise LexiconError(*_where(row, i), "needs actor_id, name and inter 1..8")
        if aid in entries:
            raise LexiconError(*_where(row, i), f"duplicate actor_id {aid!r}")
        kind, role = row.get("kind", ""), row.get("role", "")
        if kind not in KINDS or role not in ROLES:
            raise LexiconError(*_where(row, i), f"unknown kind {kind!r} or role {role!r}")
        entries[aid] = ActorEntry(
            actor_id=aid, name=name, inter=inter, country=row.get("country") or None, kind=kind,
            role=role, where=tuple(w for w in row.get("where", "").split("|") if w),
            valid_from=_date(row.get("from", ""), row, i),
            valid_until=_date(row.get("until", ""), row, i),
            aliases=_aliases(row), note=row.get("note", ""))
    return entries


def _dual(key: str) -> str | None:
    """The nominative dual of a phrase of indefinite nisba words (جندي مصري → جنديان مصريان)."""
    if clitics().accusatives(key) is None:
        return None
    end = plain_dual_ends()[0]
    return " ".join(w + end for w in key.split())


def _counted_duals(keys: set[str]) -> set[str]:
    """The nominative duals of an entry's one-word singulars whose indefinite accusative it also
    lists (مواطن / مواطنا → مواطنان، شاب / شابا → شابان): a countable noun of people, so
    "أصيب مواطنان" names them as "أصيب مواطن" does."""
    end, acc = plain_dual_ends()[0], clitics().accusative
    return {k + end for k in keys if " " not in k and k + acc in keys and k + end not in keys}


def _after_men(key: str, men: frozenset[str]) -> str | None:
    """What follows the longest of ``men`` (words for a side's armed men: مسلحين من، أبناء) that
    opens ``key``, or None (the alias keys _kin_keys and _band_keys read a name from)."""
    return next((key[len(m) + 1:] for m in sorted(men, key=len, reverse=True) if key.startswith(m + " ")), None)


def _kin_keys(e: ActorEntry, keys: set[str]) -> set[str]:
    """A named tribe written with its noun after a word of its armed men (أبناء قبيلة القذاذفة) is
    named in every such frame the press writes: مسلحين من قبيلة X، أبناء عشيرة X، آخرين من قبيلة X
    (actors_words.tsv kin_men before kin_head). The tribe's noun alone (منازل عشيرة X، التي ينتمي
    إليها) adds nothing: without its men a tribe is often an owner or a victim's kin."""
    if e.kind != "identity" or e.is_generic:
        return set()
    roles = word_roles(WORDS_FILE)
    heads, men = roles.get("kin_head", frozenset()), roles.get("kin_men", frozenset())
    names = set()
    for k in keys:
        rest = _after_men(k, men)
        head, _, name = (k if rest is None else rest).partition(" ")
        if head in heads and name:
            names.add(name)
    return {f"{m} {h} {n}" for m in men for h in heads for n in names}


_BAND = re.compile(r"(Ethnic|Communal|Tribal|Clan) Militia")


def _band_keys(e: ActorEntry, keys: set[str]) -> set[str]:
    """A named community's militia (an ethnic group, a clan, a town: ACLED's "X Ethnic / Communal /
    Tribal / Clan Militia") one alias of which writes its name after a word of its armed men
    (مسلحو الزنتان، مسلحين من المساليت) is named in every such frame (actors_words.tsv band_men:
    مقاتلي الزنتان، ميليشيات المساليت) and after a word of belonging (band_head, band_tied, the name
    after لـ: كتائب تابعة لمصراتة، مسلحين تابعين للزنتان). The bare name adds nothing: it is a place,
    a people or a family as often as an armed side."""
    if not _BAND.search(e.name) or e.name.startswith("Unidentified"):
        return set()
    roles = word_roles(WORDS_FILE)
    men = roles.get("band_men", frozenset())
    heads, tied = roles.get("band_head", frozenset()), roles.get("band_tied", frozenset())
    cl = clitics()
    names = {n for k in keys if (n := _after_men(k, men))}
    out = {f"{m} {n}" for m in men for n in names}
    for n in names:
        to = cl.lam + (n[len(cl.article) - 1:] if cl.definite(n) else n)  # (ل + الزنتان: للزنتان)
        out |= {f"{h} {t} {to}" for h in heads for t in tied}
    return out


def build_lexicon(entries: dict[str, ActorEntry]) -> ActorLexicon:
    keyed: dict[str, list[ActorEntry]] = {}
    cl = clitics()
    for e in entries.values():
        keys = {normalize_key(a) for a in e.aliases}
        keys = keys | _kin_keys(e, keys) | _band_keys(e, keys)
        for key in (*dict.fromkeys(normalize_key(a) for a in e.aliases), *sorted(keys - {normalize_key(a) for a in e.aliases}),
                    *sorted(_counted_duals(keys))):
            # جندي مصري, قتل 12 جنديا مصريا, and the dual قتل جنديان مصريان
            for k in (key, cl.accusatives(key), _dual(key)):
                bucket = keyed.setdefault(k, []) if k else None
                if bucket is not None and e not in bucket:
                    bucket.append(e)
    countries: dict[str, str] = {}
    for phrase, country in country_terms():
        countries.setdefault(normalize_key(phrase), country)
    matcher: PhraseMatcher[Hit] = PhraseMatcher()
    for key in dict.fromkeys([*keyed, *countries]):
        matcher.add(key, Hit(tuple(keyed.get(key, ())), countries.get(key)))
    by_role: dict[str, list[ActorEntry]] = {}
    heads: dict[str, list[ActorEntry]] = {}
    # definite heads that can refer back to a named group ("التنظيم" → the document's ISIS)
    anaphor_heads = word_roles(WORDS_FILE).get("anaphor_head", frozenset())
    state_heads = word_roles(WORDS_FILE).get("state_anaphor_head", frozenset())  # (النظام)
    for e in entries.values():
        if e.kind == "state" and e.role:
            by_role.setdefault(e.role, []).append(e)
        group = e.kind in ("rebel", "militia", "identity", "external") and not e.is_generic
        if group or e.kind == "state":
            for alias in e.aliases:
                head = normalize_key(alias).split()[0]
                head = cl.indefinite(head)
                if (head in anaphor_heads if group else head in state_heads) and e not in heads.setdefault(head, []):
                    heads[head].append(e)
    first = frozenset(k.split(" ", 1)[0] for k in (*keyed, *countries))
    return ActorLexicon(entries, matcher, by_role, {k: tuple(v) for k, v in heads.items()}, first)


@lru_cache(maxsize=1)
def actor_lexicon() -> ActorLexicon:
    """The bundled actor lexicon (built once, cached)."""
    return build_lexicon(parse_rows(load_tsv(LEXICON_FILE)))
