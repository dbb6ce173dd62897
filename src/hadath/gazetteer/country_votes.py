"""The document's country votes (:mod:`hadath.gazetteer.resolve`'s items): the configured focus,
the source's domain, and each name whose hits lie in one country or lean to one; a spelling
variant or a bare word known only as a village somewhere does not vote."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from hadath.gazetteer.lexicon import place_lexicon
from hadath.gazetteer.namesakes import MINOR_SOURCES
from hadath.gazetteer.resolve import Item, key_hits

TLD_CC = {"sy": "SY", "iq": "IQ", "lb": "LB", "jo": "JO", "ps": "PS", "eg": "EG", "ye": "YE",
          "sa": "SA", "kw": "KW", "bh": "BH", "qa": "QA", "ae": "AE", "om": "OM", "ly": "LY",
          "sd": "SD", "so": "SO", "dz": "DZ", "ma": "MA", "tn": "TN", "mr": "MR", "tr": "TR",
          "ir": "IR", "il": "IL"}


@lru_cache(maxsize=1)
def outlet_countries() -> dict[str, str]:
    """A national outlet's host (no www.) -> its home country (data/gazetteer/outlets.tsv)."""
    from hadath.resources import load_tsv

    return {r["host"].lower(): r["cc"].upper() for r in load_tsv("gazetteer/outlets.tsv")}


def source_country(source: str) -> str | None:
    """The country a report's address points to: its country domain (.jo), or the home of the
    national outlet it is on (alghad.com: Jordan)."""
    host = source.lower().split("//")[-1].split("/")[0]
    tld = host.rsplit(".", 1)[-1]
    if tld in TLD_CC:
        return TLD_CC[tld]
    return outlet_countries().get(host.removeprefix("www."))


LEAN_SIZE = 0.1   # _agreeing_leans: the namesake leaned to has a tenth of the biggest's people


def country_votes(items: list[Item], config_focus: tuple[str, ...], source: str | None
                  ) -> tuple[Counter[str], dict[str, dict[str, float]]]:
    """Votes per country, and each item's own share of them (by item key).

    An item whose hits all lie in one country gives it sqrt(mentions); else half of that goes
    to the country of its highest-prior hit and half is split over all its hits' countries."""
    votes: Counter[str] = Counter()
    own: dict[str, dict[str, float]] = {}
    for cc in config_focus:
        votes[cc.upper()[:2] if len(cc) <= 3 else cc] += 3.0
    if source and (cc := source_country(source)):
        votes[cc] += 1.0
    get = votes.get
    lean = _agreeing_leans(items)
    for it in items:
        if not it.hits:
            continue
        kd = key_hits(it)
        if kd.vote is not None:
            mine = own[it.key] = kd.mine(it.count)
            to = lean.get(it.key)
            if to is not None:   # (the lean's half moves: the two countries swap shares)
                mine = own[it.key] = dict(mine)
                mine[kd.vote[0]], mine[to] = mine[to], mine[kd.vote[0]]
        elif kd.minor_cc is not None and it.cues and _named_as_place(it.cues):
            # known only from the big gazetteer, in one country, and named as a place by a cue
            # that names the place itself (جزيرة الوراق، قرية X): it votes as a town does. (Not
            # a longer name alone, لا إله إلا الله is no Iraqi village; nor a name in a list or
            # after a road or direction word)
            mine = own[it.key] = {kd.minor_cc: max(1, it.count) ** 0.5}
        else:
            continue  # a spelling variant does not vote for its own country; nor a bare word
            #           known only as a village somewhere

        for cc, v in mine.items():
            votes[cc] = v + get(cc, 0)
    return votes, own


def _agreeing_leans(items: list[Item]) -> dict[str, str]:
    """Item key -> the country a name of several countries leans to instead of its biggest
    namesake's: the one of its countries where the most of the document's other names have an
    exact namesake too, when none has one in the biggest namesake's country. A bare
    طرابلس leans to Libya; beside البداوي and المنية (Lebanese villages, one also Algerian)
    it is Lebanon's Tripoli (229,000 people against 1.3 million), and المنية Lebanon's Minieh.
    The namesake leaned to must be a tenth of the biggest's size (LEAN_SIZE): beside غزة,
    الدوحة stays Doha, not a West Bank village. Villages count as support (the lean stays
    among the name's own countries)."""
    exact: dict[str, frozenset[str]] = {}
    for it in items:
        if it.hits:
            got = key_hits(it).exact_ccs
            if got:
                exact[it.key] = got
    out: dict[str, str] = {}
    if len(exact) < 2:
        return out
    named = Counter(cc for got in exact.values() for cc in got)   # cc -> names with a namesake there
    for it in items:
        kd = it.kd
        if not it.hits or kd is None or kd.vote is None or kd.vote[1] is None:
            continue
        lead, ccs = kd.vote[0], kd.vote[1]
        mine = exact.get(it.key, ())   # (the name's own namesakes are no support)
        support = {cc: named[cc] - (cc in mine) for cc in ccs}
        top = max(support.values())
        if top and not support.get(lead):
            best = [cc for cc in ccs if support[cc] == top]
            if len(best) == 1 and _size(kd, best[0]) >= LEAN_SIZE * _size(kd, lead):
                out[it.key] = best[0]
    return out


def _size(kd, cc: str) -> int:
    """The population of the name's biggest voting namesake in ``cc``."""
    return max((p.population for p, (_h, m) in zip(kd.places, kd.hits)
                if m >= 1.0 and p.country_code == cc and p.source not in MINOR_SOURCES), default=0)


def _named_as_place(cues: set[str]) -> bool:
    """Some cue says the name is a place itself (precision hint 1: قرية، مدينة، حي، جزيرة)."""
    hints = place_lexicon().cues
    return any(hints.get(c) == 1 for c in cues)
