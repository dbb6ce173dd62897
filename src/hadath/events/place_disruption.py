"""A place named after a consequence that is no harm (issue #9): اندلعت الاشتباكات ...، ما أدى
إلى تعليق الرحلات في مطار معيتيقة - the airport is where the fight was felt, not where it was."""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from hadath.events.lexicons import function_words
from hadath.types import Token

if TYPE_CHECKING:  # pragma: no cover
    from hadath.events.index import Located

DISRUPTION_LEFT = 6   # words back from a place to the consequence word before its disruption word


def disrupted(tokens: Sequence[Token], p: "Located", lo: int) -> bool:
    """A disruption word (تعليق، إغلاق) stands before the place at ``p``, after a consequence
    word (ما أدى إلى، تسبب في), within DISRUPTION_LEFT words of its sentence."""
    consequence, disruption = function_words("consequence"), function_words("disruption")
    seen = False
    for k in range(p.start - 1, max(lo, p.start - 1 - DISRUPTION_LEFT), -1):
        forms = tokens[k].forms
        seen = seen or not disruption.isdisjoint(forms)
        if seen and not consequence.isdisjoint(forms):
            return True
    return False
