"""The countries a document is about, from its place names' votes (split from
:mod:`hadath.gazetteer.resolve`): the focus, the focus without one name's own votes, land
neighbours (Israel and Palestine one theatre), and whether a country lies outside it."""
from __future__ import annotations

from collections import Counter


def focus_of(votes: Counter[str]) -> dict[str, float]:
    """Countries with at least a third of the top vote, scaled to the top (1.0)."""
    if not votes:
        return {}
    mx = max(votes.values())
    if mx <= 0:
        return {}
    return {cc: v / mx for cc, v in votes.items() if v >= 0.34 * mx}


_FOCUS_MEMO: list = [None, {}]   # [votes, focus_of(votes)] of the last call without own votes


def focus_without(votes: Counter[str], own: dict[str, float] | None, cc: str) -> float:
    """The focus on ``cc`` that the rest of the document gives (an item's own vote left out):
    a lone village name must not make its own country the document's focus.
    (``focus_of`` of the positive remaining votes, for ``cc`` only.)"""
    if not own:
        memo = _FOCUS_MEMO
        if memo[0] is not votes:   # the same votes are asked about many times per document
            memo[0], memo[1] = votes, focus_of(votes)
        return memo[1].get(cc, 0.0)
    mx = 0.0
    mine = None
    oget = own.get
    for k, v in votes.items():
        x = v - oget(k, 0.0)
        if x > 0:
            if x > mx:
                mx = x
            if k == cc:
                mine = x
    if mine is None or mine < 0.34 * mx:
        return 0.0
    return mine / mx


SMALL_ABROAD = 50_000        # a populated place smaller than this, outside the document's focus
SMALL_ABROAD_REGION = 20_000  # countries and their neighbours, needs strong evidence (in FOCUS_CCS)
# Israel and the Palestinian territories share their neighbours (one theatre in the news)
_SHARED_NEIGHBOURS = (frozenset({"IL", "PS"}),)


def neighbours_of(cc: str) -> frozenset[str]:
    """Land neighbours of a country (GeoNames), Israel/Palestine merged."""
    from hadath.gazetteer.data import neighbours
    got = _NB.get(cc)
    if got is None:
        nb = neighbours()
        out = set(nb.get(cc, ()))
        for group in _SHARED_NEIGHBOURS:
            if cc in group:
                for c in group:
                    out |= nb.get(c, frozenset()) | {c}
        got = _NB[cc] = frozenset(out - {cc})
    return got


_NB: dict[str, frozenset[str]] = {}


def rest_focus(votes: Counter[str], mine: dict[str, float] | None) -> dict[str, float]:
    """``focus_of`` the document's votes with an item's own votes left out."""
    if not mine:
        return focus_of(votes)
    rest = Counter()
    for k, v in votes.items():
        x = v - mine.get(k, 0.0)
        if x > 1e-9:
            rest[k] = x
    return focus_of(rest)


def far_from_focus(cc: str, votes: Counter[str], mine: dict[str, float] | None) -> bool:
    """The rest of the document points to some countries, and neither ``cc`` nor any of its
    land neighbours is among them (a village abroad named like a word of the text).
    (``rest_focus`` inline: called for every small place of a document.)"""
    rest: dict[str, float] = {}
    mx = 0.0
    get = mine.get if mine else None
    for k, v in votes.items():
        x = v - get(k, 0.0) if get is not None else v
        if x > 1e-9:
            rest[k] = x
            if x > mx:
                mx = x
    if not rest:
        return False
    floor = 0.34 * mx
    if rest.get(cc, 0.0) >= floor:
        return False
    nb = neighbours_of(cc)
    return not any(x >= floor and k in nb for k, x in rest.items())
