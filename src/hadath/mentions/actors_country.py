"""Country cues for the actor stage: names, nisba adjectives and well-known cities.

Loaded from ``data/lexicons/countries.tsv`` (one row per cue, see its header). Used twice: to
generate state-force aliases (``الجيش {m}`` → ``الجيش السوري``) when the actor lexicon is
compiled, and at run time to compute a document's *country focus* (which country a bare
``الجيش`` or ``قوى الأمن الداخلي`` belongs to).

Keys are ACLED country names. ``m``/``f`` are the definite masculine/feminine adjectives; the
indefinite and plural forms are derived with the article and sound-plural endings of
``lexicons/clitics.tsv`` (السوري → سوري، سوريين، سوريون، السوريين).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from hadath.errors import DataError
from hadath.resources import data_path, load_tsv
from hadath.text.clitics import clitics

FILE = "lexicons/countries.tsv"
CUES = ("name", "m", "f", "plural")


@dataclass(frozen=True)
class CountryCues:
    country: str
    names: tuple[str, ...]          # country names, regions and cities that imply the country
    m: tuple[str, ...] = ()         # definite masculine adjectives (الجيش السوري)
    f: tuple[str, ...] = ()         # definite feminine adjectives (القوات السورية)
    plural: tuple[str, ...] = ()    # irregular indefinite plurals (أتراك، روس)

    def adjectives(self) -> dict[str, tuple[str, ...]]:
        """Adjective forms by slot: m, f, mi, fi (indefinite), pl, pld (plural)."""
        cl = clitics()

        def indef(words: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(cl.indefinite(w) for w in words)
        mi = indef(self.m)
        pl = tuple(w + end for w in mi for end in cl.sound_plural) + self.plural
        pld = tuple(cl.article + w for w in pl if not cl.definite(w))
        return {"m": self.m, "f": self.f, "mi": mi, "fi": indef(self.f), "pl": pl, "pld": pld}


@lru_cache(maxsize=1)
def countries() -> tuple[CountryCues, ...]:
    """Every country's cues, in file order (keys normalized through :func:`load_tsv` users)."""
    from hadath.text.normalize import normalize_key

    cues: dict[str, dict[str, list[str]]] = {}
    for i, row in enumerate(load_tsv(FILE), start=2):
        country, cue, form = row.get("country", ""), row.get("cue", ""), row.get("form", "")
        if not country or cue not in CUES or not form:
            raise DataError(f"{data_path(FILE)}: row {i}: needs country, cue in {CUES} and form")
        cues.setdefault(country, {c: [] for c in CUES})[cue].append(normalize_key(form))
    return tuple(CountryCues(c, tuple(v["name"]), tuple(v["m"]), tuple(v["f"]), tuple(v["plural"]))
                 for c, v in cues.items())


@lru_cache(maxsize=1)
def adjective_forms() -> dict[str, dict[str, tuple[str, ...]]]:
    """Every country's adjective forms by slot (:meth:`CountryCues.adjectives`), derived once for
    all their readers (the actor focus, the places' demonyms, the events' nationality tests)."""
    return {c.country: c.adjectives() for c in countries()}


@lru_cache(maxsize=1)
def accusative_nisbas() -> dict[str, str]:
    """Every country's indefinite accusative masculine nisba (عراقيا، إسرائيليا) -> the country."""
    acc = clitics().accusative
    return {w + acc: country for country, adj in adjective_forms().items() for w in adj["mi"]}


@lru_cache(maxsize=1)
def singular_nisbas() -> frozenset[str]:
    """Every nationality's indefinite masculine singular and its accusative (عراقي، عراقيا): a
    man named by his nationality (the events' toll reader)."""
    return frozenset(w for adj in adjective_forms().values() for w in adj["mi"]) | frozenset(accusative_nisbas())


@lru_cache(maxsize=1)
def definite_nisbas() -> frozenset[str]:
    """Every country's definite singular adjective, masculine and feminine (السوري، الإسرائيلية):
    a country named by its adjective, not its name (the events' accusation reader)."""
    return frozenset(w for adj in adjective_forms().values() for w in (*adj["m"], *adj["f"]))


@lru_cache(maxsize=1)
def people_nisbas() -> frozenset[str]:
    """Every nationality's plural and dual, indefinite and definite (فلسطينيين، الفلسطينيون،
    عراقيان): people named by their nationality (the events' toll reader)."""
    from hadath.text.number_words import plain_dual_ends

    out: set[str] = set()
    for adj in adjective_forms().values():
        out.update(adj["pl"], adj["pld"])
        out.update(w + e for w in adj["mi"] for e in plain_dual_ends())
    return frozenset(out)


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Every country's name as normalized (سوريا، روسيا): a word its nisba's accusative may spell."""
    return frozenset(n for c in countries() for n in c.names)


def by_name() -> dict[str, CountryCues]:
    return {c.country: c for c in countries()}


def country_terms() -> list[tuple[str, str]]:
    """(phrase, country) pairs for every cue that implies a country (names and adjectives)."""
    out: list[tuple[str, str]] = []
    forms = adjective_forms()
    for c in countries():
        adj = forms[c.country]
        for phrase in (*c.names, *adj["m"], *adj["f"], *adj["pld"]):
            out.append((phrase, c.country))
    return out


@lru_cache(maxsize=1)
def adjective_countries() -> dict[str, str]:
    """Every singular adjective form (السوري، سورية، سوري، سوريا ...) -> its country, for forms
    one country alone has."""
    seen: dict[str, set[str]] = {}
    for adj_country, adj in adjective_forms().items():
        for form in (*adj["m"], *adj["f"], *adj["mi"], *adj["fi"]):
            seen.setdefault(form, set()).add(adj_country)
    return {f: next(iter(cs)) for f, cs in seen.items() if len(cs) == 1}


def family_nisba(tokens, i: int) -> bool:
    """Token i, a nationality adjective, ends a titled person's name (المتحدث اللواء منصور
    التركي، العقيد أحمد السوري): a title, a bare given name, then the adjective is a family
    name, no country's."""
    from hadath.gazetteer.data import person_words

    article = clitics().article
    return i >= 2 and tokens[i - 2].norm in person_words() and tokens[i - 1].kind == "word" \
        and not tokens[i - 1].norm.startswith(article) and tokens[i - 1].sentence == tokens[i].sentence


def across_border(tokens, start: int) -> bool:
    """The country named at ``start`` follows a border noun and "with" (قرب الحدود مع بوركينا
    فاسو، على الحدود الشمالية مع تركيا): the neighbour across the border, not the country the story
    is in - it casts no vote for whose army a bare الجيش or جنود is."""
    from hadath.events.lexicons import function_words

    j = start - 1
    if j <= 0 or tokens[j].norm not in function_words("border_with") or tokens[j].sentence != tokens[start].sentence:
        return False
    border = function_words("border")
    return any(not border.isdisjoint(tokens[k].forms) for k in range(max(0, j - 2), j))


def feature_name(tokens, start: int) -> bool:
    """The name at ``start`` follows a natural feature's noun (place_cues.tsv ``natural``: جبل،
    جبال، صحراء): it is part of the mountain's or desert's own name, which may lie in another
    country than the town it shares a word with (جبل الزاوية in Idlib, not Libya's الزاوية) - it
    casts no vote for whose army a bare الجيش is."""
    from hadath.gazetteer.lexicon import place_lexicon

    j = start - 1
    return j >= 0 and tokens[j].sentence == tokens[start].sentence \
        and not place_lexicon().natural.isdisjoint(tokens[j].forms)
