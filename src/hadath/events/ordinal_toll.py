"""An ordinal told as one more dead of the act (وقتل سادس متأثرا بجراحه، فيما توفي رابع في
المستشفى): right after a death verb, with no noun it ranks after it, the ordinal is the act's
Nth dead, so the act's toll is N - a new total that replaces a smaller count told before it, like
"ليرتفع عدد القتلى إلى سبعة". An ordinal ranking a noun (قتل ثالث قيادي في التنظيم خلال شهر: the
third of a series, one dead) or not after a death verb (اليوم الثالث، للمرة الثانية، الطابق
الرابع) counts nothing. Ranks: data/lexicons/numbers.tsv (class ordinal); death verbs and the words
that may follow the ordinal: event_tolls.tsv (death_left, ordinal_next). Read by
hadath.events.fatalities.tally."""
from __future__ import annotations

from typing import Sequence

from hadath.events.index import DocIndex
from hadath.events.same_act import OPENING, next_sentence
from hadath.events.toll_words import toll_words
from hadath.events.wordbits import DEATH, within
from hadath.text.number_words import word_number
from hadath.types import Quantity, Span, Token


def ordinal_rank(tok: Token) -> int:
    """The rank of an ordinal word of two or more with no clitic (سادس، خامسة), else 0."""
    hit = word_number(tok.norm)
    if hit is None or hit[1] or hit[0].cls != "ordinal":
        return 0
    return hit[0].value if hit[0].value >= 2 else 0


def ordinal_dead(tokens: Sequence[Token], lo: int, hi: int, last: int | None = None,
                 at: list[int] | None = None) -> tuple[int, Span] | None:
    """(N, the ordinal's span) for the highest "death verb + Nth" in tokens[lo:hi] (the verb
    before ``last`` when given), or None. ``at``: the death words (wordbits.DEATH, ascending:
    the loop reads only those) or None."""
    w = toll_words()
    best: tuple[int, Span] | None = None
    stop = min(hi - 1, hi if last is None else last)
    for k in range(lo, stop) if at is None else within(at, lo, stop):
        if w.death_left.isdisjoint(tokens[k].forms):
            continue
        n = ordinal_rank(tokens[k + 1])
        if not n:
            continue
        after = tokens[k + 2] if k + 2 < hi else None
        if after is not None and after.kind != "punct" and w.ordinal_next.isdisjoint(after.forms):
            continue  # قتل ثالث قيادي: the ordinal ranks a noun
        if best is None or n > best[0]:
            best = (n, Span(tokens[k + 1].start, tokens[k + 1].end))
    return best


Groups = dict[str, list[tuple[Quantity, Span]]]


def updated(groups: Groups, injuries: dict[str, list[int]], update: str) -> tuple[Groups, dict[str, list[int]]]:
    """The death and injury groups of a frame after its updates: the highest updated toll alone
    (ارتفعت حصيلة القتلى إلى 9، ارتفع عدد الجرحى إلى 20)."""
    if update in groups:
        groups = {update: [max(groups[update], key=lambda x: x[0].best or 0)]}
    if update in injuries:
        injuries = {update: [max(injuries[update])]}
    return groups, injuries


def ordinal_groups(tokens: Sequence[Token], lo: int, hi: int, groups: Groups, update: str,
                   at: list[int] | None = None) -> Groups:
    """The death groups of a frame (its singular victims added) after an ordinal dead: higher
    than the toll so far, it is the toll (قتل ثلاثة جنود ... فيما قتل رابع برصاص قناص: 4)."""
    hit = ordinal_dead(tokens, lo, hi, at=at) if groups else None
    if hit is not None and hit[0] > sum(min(q.best or 0 for q, _sp in alts) for alts in groups.values()):
        return {update: [(Quantity(hit[0]), hit[1])]}
    return groups


def next_sentence_rank(ix: DocIndex, end: int) -> int:
    """The rank told by the sentence right after a clause ending its sentence at ``end`` when that
    sentence opens with "death verb + Nth" (... اليوم. وقتل سادس متأثرا بجراحه): the act told
    before goes on, its Nth dead; 0 when none."""
    span = next_sentence(ix, end)
    if span is None:
        return 0
    end, hi = span
    hit = ordinal_dead(ix.doc.tokens, end, hi, last=end + OPENING, at=ix.positions[DEATH])
    return hit[0] if hit is not None else 0
