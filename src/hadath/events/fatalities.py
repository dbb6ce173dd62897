"""Deaths (and, apart, injuries) of one event from the quantities of its clause.

A count is a death toll when its counted noun is a death noun (قتيل، قتلى، شهيد، جثة), when a
death word governs it (مقتل 5، استشهاد 3، قتل 4، مصرع 2) or when a death verb follows it
(28 شخصا قتلوا، لقي 3 مصرعهم). It is an injury count with جريح/مصاب nouns, after إصابة/جرح/أصيب,
or before بجروح. Subsets (بينهم 3 أطفال) are skipped. Tolls of the same counted noun are
alternatives (the most conservative is kept); tolls of different nouns (5 مدنيين و3 جنود) add up.
Deaths reported without a number count 1 for a singular victim noun (مقتل جندي) and 3, as an
estimate, otherwise (ACLED's "limited" convention).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple, Sequence

from hadath.events.lexicons import word_classes
from hadath.events.tuning import CONFIDENCE, WINDOWS
from hadath.text.number_words import dual_nouns, plain_dual_ends
from hadath.types import Quantity, Span, Token

TOLL_WORDS = "lexicons/event_tolls.tsv"


class TollWords(NamedTuple):
    """The word classes of data/lexicons/event_tolls.tsv (see its header), normalized."""
    death_noun: frozenset[str]
    injury_noun: frozenset[str]
    death_left: frozenset[str]
    injury_left: frozenset[str]
    death_right: frozenset[str]
    injury_right: frozenset[str]
    subset: frozenset[str]
    filler: frozenset[str]
    toll_head: frozenset[str]
    toll_to: frozenset[str]
    toll_injury: frozenset[str]
    singular_victim: frozenset[str]
    death_one: frozenset[str]
    partitive: frozenset[str]
    conj: frozenset[str]
    casualty: frozenset[str]


@lru_cache(maxsize=1)
def toll_words() -> TollWords:
    return word_classes(TOLL_WORDS, TollWords)


UPDATE = "\x00update"
UNNUMBERED_DEATHS = 10  # deaths reported with no number and no singular victim (ACLED: "several" = 10)


@dataclass
class Toll:
    deaths: int = 0
    low: int | None = None
    high: int | None = None
    estimate: bool = False
    injuries: int | None = None
    spans: tuple[Span, ...] = ()
    confidence: float = 0.0


def _forms(tok: Token) -> set[str]:
    return set(tok.forms)


def classify(tokens: Sequence[Token], start: int, end: int, lo: int, hi: int) -> tuple[str | None, str]:
    """("death" | "injury" | None, counted-noun key) for the quantity at tokens[start:end]."""
    w = toll_words()
    noun_i = end
    if noun_i < hi and tokens[noun_i].norm in w.partitive:
        noun_i += 1
    noun = tokens[noun_i] if noun_i < hi else None
    key = noun.forms[-1] if noun is not None and noun.kind == "word" else ""
    # left context (skipping bound words: مقتل ما لا يقل عن 5)
    # (word-set tests as ``not SET.isdisjoint(tok.forms)``: no per-token set is built)
    j = start - 1
    while j >= lo and tokens[j].norm in w.filler and start - j < WINDOWS.filler:
        j -= 1
    if j >= lo and not w.toll_to.isdisjoint(tokens[j].forms):
        for k in range(j - 1, max(lo, j - WINDOWS.toll_head_left) - 1, -1):
            if tokens[k].kind == "punct" and tokens[k].norm in ".;:!?":
                break
            if not w.toll_head.isdisjoint(tokens[k].forms):
                injury = k + 1 < j and not w.toll_injury.isdisjoint(tokens[k + 1].forms)
                return ("injury" if injury else "death"), UPDATE
    if j >= lo:
        left = tokens[j].forms
        if not w.subset.isdisjoint(left):
            return None, key
        if not w.death_left.isdisjoint(left):
            return "death", key
        if not w.injury_left.isdisjoint(left):
            return "injury", key
        if j - 1 >= lo and start == j + 1 and _victim_noun(tokens[j]):
            # مقتل مدنيين اثنين، قتل مدنيان اثنان: the number follows its counted noun
            before = tokens[j - 1].forms
            if not w.death_left.isdisjoint(before):
                return "death", tokens[j].forms[-1]
            if not w.injury_left.isdisjoint(before):
                return "injury", tokens[j].forms[-1]
    own1, own2 = tokens[start].forms, tokens[end - 1].forms
    if noun is not None:
        nf = noun.forms
        if not (w.death_noun.isdisjoint(nf) and w.death_noun.isdisjoint(own1)
                and w.death_noun.isdisjoint(own2)):
            return "death", key
        if not (w.injury_noun.isdisjoint(nf) and w.injury_noun.isdisjoint(own1)
                and w.injury_noun.isdisjoint(own2)):
            return "injury", key
    elif not (w.death_noun.isdisjoint(own1) and w.death_noun.isdisjoint(own2)):
        return "death", key
    for k in range(noun_i + 1, min(hi, noun_i + WINDOWS.death_right)):
        f = tokens[k].forms
        if not w.death_right.isdisjoint(f):
            return "death", key
        if not w.injury_right.isdisjoint(f):
            return "injury", key
        if tokens[k].kind == "punct":
            break
    return None, key


def tally(
    tokens: Sequence[Token],
    quantities: Sequence[tuple[int, int, Quantity, Span]],
    lo: int,
    hi: int,
    death_triggers: Sequence[tuple[int, int, Span]],
    victim_ends: Sequence[int] = (),
) -> Toll:
    """Deaths and injuries in tokens[lo:hi] given the quantities there (token range, value, span)
    and the death triggers of the frame (for unnumbered deaths)."""
    conj = toll_words().conj
    groups: dict[str, list[tuple[Quantity, Span]]] = {}
    injuries: dict[str, list[int]] = {}
    toll = Toll()
    spans: list[Span] = []
    last: tuple[str | None, int] = (None, -10)
    for s, e, q, span in quantities:
        if s < lo or e > hi or q.best is None:
            continue
        kind, key = classify(tokens, s, e, lo, hi)
        if kind is None and _object_of_kill(tokens, s, e, hi, death_triggers):
            kind = "death"  # قتل مسلحون مجهولون 22 مدنيا
        if kind is None and s - last[1] <= WINDOWS.toll_list_gap and (
                tokens[s - 1].norm in conj or tokens[s].norm.startswith(tuple(conj))):
            kind = last[0]  # قتل 3 جنود و2 من المسلحين: the list goes on
        last = (kind, e)
        if kind == "death":
            groups.setdefault(key, []).append((q, span))
        elif kind == "injury":
            injuries.setdefault(key, []).append(q.best)
            spans.append(span)
    if UPDATE in groups:  # the updated toll is the toll
        groups = {UPDATE: [max(groups[UPDATE], key=lambda x: x[0].best or 0)]}
    if UPDATE in injuries:
        injuries = {UPDATE: [max(injuries[UPDATE])]}
    highs: list[int | None] = []
    for alts in groups.values():
        q, span = min(alts, key=lambda x: x[0].best or 0)
        toll.deaths += q.best or 0
        toll.low = (toll.low or 0) + (q.low if q.low is not None else q.best or 0)
        highs.append(q.high)
        toll.estimate = toll.estimate or q.estimate
        spans.append(span)
    if highs and all(h is not None for h in highs):
        toll.high = sum(h for h in highs if h is not None)
    if groups:
        toll.confidence = CONFIDENCE.toll_estimated if toll.estimate else CONFIDENCE.toll_counted
    elif death_triggers:
        s, e, span = death_triggers[0]
        n = _victims_by_number(tokens[s], death_nouns=True) if e - s == 1 else 0
        n = n or _singular_victims(tokens, [t[1] for t in death_triggers] + list(victim_ends), hi)
        if n:
            toll.deaths, toll.low, toll.high, toll.confidence = n, n, n, CONFIDENCE.toll_singular
        elif all(_casualty(tokens, ts, te) for ts, te, _sp in death_triggers):
            toll.estimate, toll.confidence = True, CONFIDENCE.toll_unnumbered  # سقوط ضحايا
        else:
            toll.deaths, toll.estimate, toll.confidence = UNNUMBERED_DEATHS, True, CONFIDENCE.toll_unnumbered
        spans.append(span)
    if injuries:
        toll.injuries = sum(min(v) for v in injuries.values())
    toll.spans = tuple(spans)
    return toll


def _casualty(tokens: Sequence[Token], s: int, e: int) -> bool:
    """The death trigger tokens[s:e] names victims dead or wounded without telling them apart
    (سقوط ضحايا): no death can be counted from it."""
    words = toll_words().casualty
    return any(not words.isdisjoint(tokens[k].forms) for k in range(s, e))


def _victim_noun(tok: Token) -> bool:
    from hadath.events.lexicons import victim_words
    return tok.kind == "word" and any(f in victim_words() for f in tok.forms)


def _object_of_kill(tokens: Sequence[Token], s: int, e: int, hi: int,
                    death_triggers: Sequence[tuple[int, int, Span]]) -> bool:
    """A count of people a few words after a kill verb, past its subject (قتل مسلحون مجهولون
    22 مدنيا، أعدم التنظيم 5 أشخاص)."""
    if not any(0 < s - te <= WINDOWS.kill_object and all(t.kind == "word" for t in tokens[te:s])
               for _ts, te, _sp in death_triggers):
        return False
    # the counted noun after the count, or the count itself a dual victim noun (أعدم ... شابين)
    return (e < hi and _victim_noun(tokens[e])) or (e - s == 1 and _victims_by_number(tokens[s]) == 2)


def _victims_by_number(tok: Token, death_nouns: bool = False) -> int:
    """1 for a victim noun in the singular (جندي، طفل; with ``death_nouns`` also قتيل، شهيد),
    2 for its dual when the noun's plural is broken (شابين، طفلين، قتيلان; not مدنيين, a plural
    as well), else 0."""
    w = toll_words()
    ones = w.singular_victim | w.death_one if death_nouns else w.singular_victim
    if not ones.isdisjoint(tok.forms):
        return 1
    duals = dual_nouns()  # nouns with a broken plural: their ين/ان ending is a dual for sure
    if any(f in duals for f in tok.forms):
        return 2
    # any victim noun with the dual ending no plural shares (شرطيان، مدنيان; not مدنيين)
    return 2 if any(f.endswith(e) and f[:-len(e)] in w.singular_victim
                    for f in tok.forms for e in plain_dual_ends()) else 0


def _singular_victims(tokens: Sequence[Token], ends: Sequence[int], hi: int) -> int:
    """Unnumbered victims named in the singular right after a trigger (مقتل جندي، قتل مسلحون
    رئيس بلدية، استشهاد ضابط وجندي): how many (0 when none or a plural)."""
    w = toll_words()
    single, conj = w.singular_victim, w.conj
    for e in ends:
        for k in range(e, min(hi, e + WINDOWS.singular_right)):
            tok = tokens[k]
            if tok.kind != "word":
                break
            n = _victims_by_number(tok)
            if n:
                j = k + 1
                while j + 1 < hi and tokens[j].norm in conj \
                        and not single.isdisjoint(tokens[j + 1].forms):
                    n, j = n + 1, j + 2
                while j < hi and any(f[:len(c)] == c and f[len(c):] in single
                                     for f in (tokens[j].norm,) for c in conj):
                    n, j = n + 1, j + 1
                return n
    return 0
