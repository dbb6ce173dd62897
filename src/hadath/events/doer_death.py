"""The doer's own death told after the act (issue #9, round 60): "X did the act before he was
killed" (قتل شاب مستوطنا طعنا قبل أن يستشهد برصاص الجنود، قتل مسلح جنديين قبل أن ترديه القوات
قتيلا). CODING.md counts all deaths of the event, all sides: the doer is one more dead beside
the victims the clause counts. Read by :mod:`hadath.events.frame_tolls` on a clause with a toll
already (the doer's death alone is no toll of its own here)."""
from __future__ import annotations

from typing import Sequence

from hadath.events.toll_words import toll_words
from hadath.events.unnumbered import people_noun, victims_by_number
from hadath.text.number_words import word_number
from hadath.types import Token

SHOT_DEAD_WORDS = 4  # words from a verb of shooting dead to its death noun (يرديه جنود بالرصاص قتيلا)


def doer_death(tokens: Sequence[Token], lo: int, hi: int, kill_ends: Sequence[int]) -> int:
    """1 when tokens[lo:hi] tells, after a kill word (``kill_ends``: the ends of the clause's death
    triggers), "before (that)" (event_tolls.tsv ``doer_end_lead``: قبل أن) and right after it a
    singular verb of dying with no count or person as its object (``doer_death``: يستشهد، يقتل
    برصاص) or a verb of shooting dead with a singular object pronoun and a death noun a few
    words on (``doer_shot_dead``: يرديه جنود قتيلا); 0 otherwise."""
    w = toll_words()
    for k in range(lo + 1, hi - 2):
        if tokens[k].norm not in w.doer_end_lead or tokens[k + 1].norm not in w.doer_end_lead \
                or not any(e <= k for e in kill_ends):
            continue
        verb, after = tokens[k + 2], tokens[k + 3] if k + 3 < hi else None
        if verb.norm in w.doer_death and not _object(after):
            return 1
        if verb.norm in w.doer_shot_dead and any(
                not w.death_noun.isdisjoint(tokens[m].forms) for m in range(k + 3, min(hi, k + 3 + SHOT_DEAD_WORDS))):
            return 1
    return 0


def _object(tok: Token | None) -> bool:
    """The word after an imperfect death verb makes it active, with an object of its own (قبل أن
    يقتل ثلاثة، قبل أن يقتل جنديا)."""
    if tok is None or tok.kind == "number":
        return tok is not None
    return tok.kind == "word" and (word_number(tok.norm) is not None or people_noun(tok) or victims_by_number(tok) > 0)
