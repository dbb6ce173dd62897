"""A country's bare title word names the country the document is about (issue #10, tenth round).

Some one-word country names are also the title that heads other countries' names: المملكة is
Saudi Arabia's short name and the first word of المملكة الأردنية الهاشمية، المملكة المغربية،
المملكة المتحدة، مملكة البحرين (the article aside). Like العاصمة, the bare title refers to the
kingdom the report is about: "مراسل المملكة" in a tweet on Jordan's floods is Jordan's. The
titles and the countries they head are read from the gazetteer's country names (no word list):
a bare title is read as another titled country when that is the one country the rest of the
document points to most (its own vote left out); else it keeps its reading.
"""
from __future__ import annotations

from hadath.mentions.places_match import ARTICLE
from hadath.types import Place


def _bare(word: str) -> str:
    return word[len(ARTICLE):] if word.startswith(ARTICLE) else word


def title_countries(country_names: list[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """One-word country name keys that are also the first word of other countries' names
    (article aside) -> the codes of all the countries they title (their own included)."""
    heads: dict[str, set[str]] = {}
    for key, cc in country_names:
        first, _sep, rest = key.partition(" ")
        if rest:
            heads.setdefault(_bare(first), set()).add(cc)
    out: dict[str, frozenset[str]] = {}
    for key, cc in country_names:
        if " " not in key and heads.get(_bare(key), set()) - {cc}:
            out[key] = frozenset(heads[_bare(key)] | {cc})
    return out


def named_countries(live: dict, key: str, adjective: str | None = None) -> frozenset[str]:
    """The countries the document names by a name or adjective of their own (``key`` aside;
    with ``adjective``, the key prefix of a country named by its adjective, by a name only)."""
    out = set()
    for k, it in live.items():
        if k != key and it.best >= 0 and not (adjective and k.startswith(adjective)):
            p = it.hits[it.best][0].place
            if p.feature_class == "country":
                out.add(p.country_code)
    return frozenset(out)


def titled_country(place: Place, key: str, titles: dict[str, frozenset[str]], votes, own,
                   country_place, named: frozenset[str] = frozenset()) -> Place:
    """The country a bare title word (``key``, read as ``place``) names in this document: the
    titled country the rest of the document points to most, when it is another one and the one
    country the rest points to most of all (``votes``/``own``: the votes of the names that stand
    on their own, places_focus.solid_votes; a list of Gulf states or a stray village vote names
    no kingdom) and one the document names by a name or adjective of its own (``named``); else
    the reading stays. ``country_place``: cc -> its country Place."""
    ccs = titles.get(key)
    if not ccs:
        return place
    mine = own.get(key)
    rest = dict(votes)
    for cc, v in (mine or {}).items():
        rest[cc] = rest.get(cc, 0.0) - v
    ranked = sorted(((v, cc) for cc, v in rest.items() if v > 0), reverse=True)
    if not ranked or len(ranked) > 1 and ranked[1][0] >= ranked[0][0]:
        return place
    best = ranked[0][1]
    if best not in ccs or best == place.country_code or best not in named:
        return place
    return country_place(best) or place
