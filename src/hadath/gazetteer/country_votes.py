"""The document's country votes (:mod:`hadath.gazetteer.resolve`'s items): the configured focus,
the source's domain, and each name whose hits lie in one country or lean to one; a spelling
variant or a bare word known only as a village somewhere does not vote."""
from __future__ import annotations

from collections import Counter

from hadath.gazetteer.lexicon import place_lexicon
from hadath.gazetteer.resolve import Item, key_hits

TLD_CC = {"sy": "SY", "iq": "IQ", "lb": "LB", "jo": "JO", "ps": "PS", "eg": "EG", "ye": "YE",
          "sa": "SA", "kw": "KW", "bh": "BH", "qa": "QA", "ae": "AE", "om": "OM", "ly": "LY",
          "sd": "SD", "so": "SO", "dz": "DZ", "ma": "MA", "tn": "TN", "mr": "MR", "tr": "TR",
          "ir": "IR", "il": "IL"}


def country_votes(items: list[Item], config_focus: tuple[str, ...], source: str | None
                  ) -> tuple[Counter[str], dict[str, dict[str, float]]]:
    """Votes per country, and each item's own share of them (by item key).

    An item whose hits all lie in one country gives it sqrt(mentions); else half of that goes
    to the country of its highest-prior hit and half is split over all its hits' countries."""
    votes: Counter[str] = Counter()
    own: dict[str, dict[str, float]] = {}
    for cc in config_focus:
        votes[cc.upper()[:2] if len(cc) <= 3 else cc] += 3.0
    if source:
        host = source.lower().split("//")[-1].split("/")[0]
        tld = host.rsplit(".", 1)[-1]
        if tld in TLD_CC:
            votes[TLD_CC[tld]] += 1.0
    get = votes.get
    for it in items:
        if not it.hits:
            continue
        kd = key_hits(it)
        if kd.vote is not None:
            mine = own[it.key] = kd.mine(it.count)
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


def _named_as_place(cues: set[str]) -> bool:
    """Some cue says the name is a place itself (precision hint 1: قرية، مدينة، حي، جزيرة)."""
    hints = place_lexicon().cues
    return any(hints.get(c) == 1 for c in cues)
