"""A capture told as the goal a fight goes on for (issue #9: battle records that tell no act):
ستواصل قواته القتال حتى تحرير المدينة، ماضون في القتال لحين استعادة السيطرة على المحافظة. Read by
:mod:`hadath.mentions.triggers` for the control words (classes capture / recapture)."""
from __future__ import annotations

from typing import Sequence

from hadath.events.lexicons import function_words
from hadath.events.modality import future_verb
from hadath.types import Token

GOAL_LEFT = 10  # words back from the word of "until" to the future verb or the word of resolve


def until_goal(tokens: Sequence[Token], start: int, lo: int) -> bool:
    """The trigger at ``start`` (a verbal noun) comes right after a word of "until"
    (function_words.tsv ``until``: حتى، لحين، ريثما; or حين after ``until_lead``: إلى حين), and
    before that word in its sentence (from token ``lo``; حين may open a clause), within
    ``GOAL_LEFT`` words and no punctuation between, stands a verb in the future (ستواصل القتال حتى تحرير) or a word of resolve
    (function_words.tsv ``resolve``: ماضون، عازمون، مصممون على): the capture is what the fight is
    to go on for - aimed at, not achieved. A past narrative (استمرت المعارك حتى سيطرة الجيش على
    المدينة، قاتلت القوات حتى استعادت المدينة) tells the capture made, and is kept. (The
    triggers stage carries the goal to a capture word right after one it blocked: حتى يستعيد
    السيطرة على.)"""
    k = start - 1
    if k < lo:
        return False
    if tokens[k].norm not in function_words("until"):
        if not (tokens[k].norm in function_words("until_after") and k - 1 >= lo
                and tokens[k - 1].norm in function_words("until_lead")):
            return False
        k -= 1
    resolve = function_words("resolve")
    for j in range(k - 1, max(lo, k - GOAL_LEFT) - 1, -1):
        tok = tokens[j]
        if tok.kind == "punct":
            return False
        if future_verb(tok) or not resolve.isdisjoint(tok.forms):
            return True
    return False
