"""speed65 (issue #10: the places stage's cost): two passes over the names made one.

``places_actors.outside_group_names`` tests each name against the group names by one bisect
over their starts and the running farthest end (was: every group name for every name);
``country_votes._agreeing_leans`` counts once per document how many names have an exact
namesake in each country (was: a pass over the names per item and country), from the countries
of each name's exact hits, kept on its KeyHits (``exact_ccs``: made once per name key). Each answer must
equal the plain loop's, copied here."""
from __future__ import annotations

import itertools
from types import SimpleNamespace as NS

import pytest

from hadath.gazetteer import country_votes
from hadath.gazetteer.resolve import KeyHits
from hadath.gazetteer.store import Hit
from hadath.mentions.places_actors import GROUP_NAME_INTERS, outside_group_names
from hadath.types import Place, Span


def _plain_outside(found, spans, countries):
    return [f for f in found if f.cue == "nisba" or f.key in countries or not any(
        s <= f.span.start and f.span.end <= e for s, e in spans)]


class _Doc:
    def __init__(self, spans):
        self.spans = spans

    def mentions_of(self, kind):
        assert kind == "actor"
        return tuple(NS(span=Span(s, e), value=NS(kind="named", inter=min(GROUP_NAME_INTERS)))
                     for s, e in self.spans)


def _names(n=14):
    """Every char span [a, b) with 0 <= a < b <= n, as found names (one a nisba, one a country)."""
    out = []
    for a, b in itertools.combinations(range(n + 1), 2):
        cue = "nisba" if (a, b) == (2, 4) else None
        out.append(NS(span=Span(a, b), key=f"k{a}-{b}", cue=cue))
    return out


SPAN_SETS = [   # group names: one, nested, overlapping, touching, out of order, repeated
    [(3, 8)],
    [(0, 14)],
    [(2, 10), (4, 6)],
    [(4, 6), (2, 10)],
    [(1, 5), (3, 9)],
    [(1, 5), (5, 9)],
    [(9, 12), (1, 3), (5, 7)],
    [(6, 7), (6, 7), (6, 11)],
    [(0, 1), (13, 14)],
]


@pytest.mark.parametrize("spans", SPAN_SETS)
def test_outside_group_names_is_the_plain_test(spans):
    found = _names()
    countries = frozenset({"k4-9"})
    got = outside_group_names(_Doc(spans), found, countries)
    assert got == _plain_outside(found, spans, countries)
    assert len(got) < len(found)   # (every set holds some name)


def test_no_group_names_keeps_the_list():
    found = _names()
    assert outside_group_names(_Doc([]), found) is found


def _plain_support(items, it, ccs):
    exact = {}
    for o in items:
        if o.hits:
            kd = o.kd
            got = frozenset(kd.ccs[x] for x, (_h, m) in enumerate(o.hits) if m >= 1.0)
            if got:
                exact[o.key] = got
    return {cc: sum(1 for k, got in exact.items() if k != it.key and cc in got) for cc in ccs}


def _item(key, ccs, matches, vote=None, pops=None):
    hits = tuple((NS(), m) for m in matches)
    places = [NS(population=p, country_code=cc, source="geonames")
              for p, cc in zip(pops or [1] * len(ccs), ccs)]
    kd = NS(hits=hits, ccs=list(ccs), places=places, vote=vote,
            exact_ccs=frozenset(cc for cc, m in zip(ccs, matches) if m >= 1.0))
    return NS(key=key, hits=hits, kd=kd)


ITEMS = [   # (name, its namesakes' countries, match scores, vote (lead, ccs), populations)
    ("trip", ["LY", "LB"], [1.0, 1.0], ("LY", ("LY", "LB")), [1_000_000, 200_000]),
    ("badd", ["LB"], [1.0], None, None),
    ("mina", ["LB", "DZ"], [1.0, 1.0], ("DZ", ("DZ", "LB")), [50_000, 40_000]),
    ("fuzz", ["LY"], [0.8], None, None),
    ("doha", ["QA", "PS"], [1.0, 1.0], ("QA", ("QA", "PS")), [900_000, 5_000]),
    ("gaza", ["PS"], [1.0], None, None),
]


def test_agreeing_leans_counts_as_the_plain_loop():
    items = [_item(*row) for row in ITEMS]
    got = country_votes._agreeing_leans(items)
    # the plain support of each voting item: the leans follow from it as before
    want = {}
    for it in items:
        if it.kd.vote is None:
            continue
        lead, ccs = it.kd.vote
        support = _plain_support(items, it, ccs)
        top = max(support.values())
        if top and not support.get(lead):
            best = [cc for cc in ccs if support[cc] == top]
            if len(best) == 1 and country_votes._size(it.kd, best[0]) >= \
                    country_votes.LEAN_SIZE * country_votes._size(it.kd, lead):
                want[it.key] = best[0]
    assert got == want
    assert got == {"trip": "LB", "mina": "LB"}   # (doha: a village of Gaza's is too small)



def _hit(pid, cc, match, source="geonames"):
    p = Place(pid, pid, "populated_place", cc, cc, 15.0, 44.0, population=1000, source=source)
    return (Hit(p, "x", False, "ar"), match)


@pytest.mark.parametrize("hits,want", [
    ([("a", "YE", 1.0)], {"YE"}),
    ([("a", "YE", 1.0), ("b", "SA", 0.8)], {"YE"}),          # a spelling variant: not exact
    ([("a", "YE", 1.0), ("b", "SA", 1.0), ("c", "YE", 1.0)], {"YE", "SA"}),
    ([("a", "YE", 0.9)], set()),
])
def test_exact_ccs_are_the_exact_hits_countries(hits, want):
    kd = KeyHits([_hit(*h) for h in hits])
    assert kd.exact_ccs == frozenset(want)
    assert kd.exact_ccs == frozenset(kd.ccs[x] for x, (_h, m) in enumerate(kd.hits) if m >= 1.0)
