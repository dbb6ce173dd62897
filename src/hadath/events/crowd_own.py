"""The crowd's own violence named after a word of sequence (issue #9): in أطلقت قوات الأمن النار
لتفريق المتظاهرين بعد أن أحرق المتظاهرون سيارات الشرطة (بعد قيام المحتجين بإحراق كرفانات، إثر
اقتحام المحتجين مبنى المحافظة) the burning is the protesters' act, part of the demonstration -
which makes it a riot (CODING.md: a protest that becomes violent is a riot) - not a motive told
before the protest as in احتجاجا على إحراق منازلهم or بعد إحراق مستوطنين منزلا. A damage or riot
word is the crowd's own when a protester noun is its subject right after it, or stands between
the word of sequence and it (قيام المتظاهرين بإحراق)."""
from __future__ import annotations

from typing import Sequence

from hadath.events.toll_words import toll_words
from hadath.events.unnumbered import protester_noun
from hadath.types import Token

CROWD_ACTS = frozenset({"burn", "destroy", "loot", "riot", "raid"})  # (raid: اقتحام المحتجين مبنى المحافظة)
SUBJECT_RIGHT = 2  # words after the verb where its subject stands (أحرق المتظاهرون الغاضبون)
BETWEEN_LEFT = 3   # words before it where the crowd of a قيام X ب... phrase stands


def crowd_own(toks: Sequence[Token], cls: str, start: int, end: int, lo: int, hi: int) -> bool:
    """The trigger of class ``cls`` at [start, end) is the protesters' own act (see the module)."""
    return cls in CROWD_ACTS and crowd_subject(toks, start, end, lo, hi)


def crowd_subject(toks: Sequence[Token], start: int, end: int, lo: int, hi: int) -> bool:
    """A protester noun is the subject of the act word at [start, end): right after it (أحرق
    المتظاهرون، ألقى محتجون قنابل) or between the word of sequence and it (قيام المتظاهرين بإحراق)."""
    seq = toll_words().motive
    for k in range(end, min(hi, end + SUBJECT_RIGHT)):
        if toks[k].kind != "word":
            break
        if protester_noun(toks[k]):
            return True
    for j in range(start - 1, max(lo, start - BETWEEN_LEFT) - 1, -1):
        if toks[j].kind != "word" or not seq.isdisjoint(toks[j].forms):
            return False  # (reached the word of sequence with no crowd between)
        if protester_noun(toks[j]):
            return True
    return False
