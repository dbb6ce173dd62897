"""A share of an act's strikes told at a place of its own (شنت الطائرات 12 غارة على محافظة مأرب،
تركزت 5 منها على مديرية صرواح؛ تركز معظمها على مديرية حيدان): the share's place is a place of
the act too, beside the one the clause names first (issue #9). Read by
:mod:`hadath.events.realize`; a coarse place of the same act then folds into the finer one in
reconcile (rules.fold_coarser)."""
from __future__ import annotations

from typing import Sequence

from hadath.events.index import DocIndex, Located
from hadath.events.toll_words import toll_words
from hadath.events.wordbits import SHARE, within
from hadath.text.number_words import word_number
from hadath.types import Token

SHARE_PLACE_RIGHT = 4  # words from a share word to the place it went to (منها على مديرية صرواح)
COUNT_LEFT = 2         # a count this close before منها (5 منها، 5 غارات منها)


def share_places(ix: DocIndex, frame, places: Sequence[Located]) -> list[Located]:
    """``places`` and, after them, each place a share of the act went to in the frame's clause."""
    toks = ix.doc.tokens
    a, b = frame.clause
    out = list(places)
    for k in within(ix.positions[SHARE], a + 1, b):
        if not _share(toks, k, a):
            continue
        p = next((p for p in ix.get("place", frame.sent)
                  if k < p.start <= k + SHARE_PLACE_RIGHT and p.start < b
                  and p.mention.value.cue != "nisba" and p.mention.value.place is not None), None)
        if p is not None and all(q.start != p.start for q in out):
            out.append(p)
    return out


def _share(toks: Sequence[Token], k: int, a: int) -> bool:
    """Token ``k`` tells a share of a count before it (5 منها، 5 غارات منها) or a share word of
    its own (معظمها، أغلبها: event_tolls.tsv share_most).

    Not :func:`hadath.events.frame_tolls._share`, which also reads "N منهم": that one reads a
    share's number as the toll of the place after it, so it needs a count (a quantity mention)
    and takes shares that point back to no toll (وآخر في، و3 في، بينهم 11 في). This one reads no
    number: it only says that a share of the act went somewhere, so an uncounted share word
    (معظمها) counts and the count may stand a word before منها (5 غارات منها). One rule serving
    both would give a toll to "تركز معظمها على مديرية X" or drop the place of a share told
    without a number (session 27's review, arch37)."""
    w = toll_words()
    if not w.share_most.isdisjoint(toks[k].forms):
        return True
    return toks[k].norm in w.share_of and any(
        toks[j].kind == "number" or word_number(toks[j].norm) is not None for j in range(max(a, k - COUNT_LEFT), k))
