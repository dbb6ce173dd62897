"""A count of the people a vehicle carries or a place houses (issue #9, round 60): a verb of
carrying, holding or housing right before the count (event_tolls.tsv ``carrying``: قافلة تضم 30
جنديا، حافلة تقل على متنها 40 راكبا، مدرسة تؤوي 300 نازح، مخيم يضم نحو 200 نازح) tells who was
there, not who died, though the count stands a few words after a kill verb (قتل جنديان في هجوم
على قافلة تضم 30 جنديا: 2, not 32). Approximation fillers between the verb and the count are
passed (تضم نحو 30); a negated filler verb is no carrying (ما لا يقل عن 5: at least five)."""
from __future__ import annotations

from typing import Sequence

from hadath.events.toll_words import toll_words
from hadath.types import Token

CARRY_LEFT = 4  # words from the count back to the carrying verb (تقل على متنها نحو 40)


def carried(tokens: Sequence[Token], s: int) -> bool:
    """The count at tokens[s] follows a carrying verb: walking back over fillers (نحو، على)
    within CARRY_LEFT words, the first word that is no filler, or a filler word that is itself a
    carrying verb not negated (يقل but not لا يقل), is a carrying word."""
    w = toll_words()
    for k in range(s - 1, max(-1, s - 1 - CARRY_LEFT), -1):
        tok = tokens[k]
        if tok.kind != "word" or tok.sentence != tokens[s].sentence:
            return False
        if not w.carrying.isdisjoint(tok.forms) and not (k > 0 and tokens[k - 1].norm in w.denial):
            return True
        if tok.norm not in w.filler:
            return False
    return False
