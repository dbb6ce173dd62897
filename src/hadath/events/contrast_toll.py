"""Two figures for one act told in one clause, the second by another party after a word of
contrast and a verb of saying (قتل خمسة جنود في الهجوم، بينما قال التنظيم إنه قتل 20 جنديا؛
فيما تحدثت مصادر أخرى عن مقتل سبعة): the clause's counts are two figures, not two groups of
dead - the lowest credible is kept (CODING.md), not their sum (issue #9)."""
from __future__ import annotations

from functools import lru_cache
from typing import Callable, Sequence

from hadath.events.doers import TOPIC_GAP, turn_said
from hadath.events.index import DocIndex
from hadath.events.lexicons import victim_words
from hadath.events.toll_words import toll_words
from hadath.resources import load_tsv
from hadath.text.clitics import clitics
from hadath.text.normalize import normalize_key


def contrast_cut(ix: DocIndex, a: int, b: int) -> int | None:
    """The token of a contrast word (event_tolls.tsv ``other_topic``: بينما، في حين؛ or فيما, a
    clause word) inside tokens (a, b) with a verb of saying (a modality.tsv ``report`` cue)
    within TOPIC_GAP words after it; None when there is none."""
    w = toll_words()
    words = w.other_topic | w.contrast_said
    return next((k for k in range(a + 1, b - 1) if turn_said(ix, k, words, min(b, k + 2 + TOPIC_GAP))), None)


def lower_of_two(toks, quants: Sequence[tuple], deaths: Sequence[tuple], cut: int, a: int, b: int,
                 count: Callable[[list, int, int, list], "object"]):
    """The toll of the clause read as two figures split at ``cut``: each half counted apart
    (``count(quants, lo, hi, death_triggers)``), the lower kept when both count the same victim
    noun (5 جنود / 20 جنديا: one noun, plural and singular) - not the dead of two sides (قتل خمسة جنود، بينما قال الجيش إنه قتل 20 مسلحا: both add); None
    when that is not so (then the clause's own toll stands)."""
    before, after = [q for q in quants if q[0] < cut], [q for q in quants if q[0] >= cut]
    kind = _kind(toks, before, cut), _kind(toks, after, b)
    if kind[0] is None or kind[1] is None or kind[0].isdisjoint(kind[1]):
        return None
    first = count(before, a, cut, [t for t in deaths if t[0] < cut])
    second = count(after, cut, b, [t for t in deaths if t[0] >= cut])
    if not (first.deaths and second.deaths) or first.estimate or second.estimate:
        return None
    return first if first.deaths <= second.deaths else second


def _kind(toks, quants: Sequence[tuple], hi: int) -> frozenset[str] | None:
    """The noun the first count counts, past a partitive (خمسة جنود، 20 من الجنود), as its
    forms with its singular (numbers_nouns.tsv; the indefinite accusative's ا dropped: جنديا);
    None when it is no victim noun (victims.tsv)."""
    if not quants:
        return None
    k = quants[0][1]
    if k < hi and toks[k].norm in toll_words().partitive:
        k += 1
    if k >= hi:
        return None
    forms = {toks[k].norm, *toks[k].forms}
    if not any(f in victim_words() for f in forms):
        return None
    acc, plurals = clitics().accusative, _singular_of()
    return frozenset(forms | {plurals[f] for f in forms if f in plurals} | {f[:-len(acc)] for f in forms if f.endswith(acc)})


@lru_cache(maxsize=1)
def _singular_of() -> dict[str, str]:
    """Broken plural -> singular (numbers_nouns.tsv: جنود -> جندي)."""
    return {normalize_key(r["plural"]): normalize_key(r["singular"]) for r in load_tsv("lexicons/numbers_nouns.tsv")}
