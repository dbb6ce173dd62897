"""A verbal noun and its object apart by a count alone: اقتلاع 50 شجرة، تفكيك ثلاث عبوات، نزع نحو
300 لغم. Read by mentions.trigger_heads.head_matches for the noun phrases of
events.lexicons.COUNTED_NOUN_CLASSES (their nouns reach their object past nothing else)."""
from __future__ import annotations

from hadath.mentions.trigger_context import context
from hadath.text.numbers import parse_number_word
from hadath.types import Token


def counted(tokens: tuple[Token, ...], i: int, j: int) -> bool:
    """Only a count stands between the verbal noun at ``i`` and its object at ``j`` (اقتلاع 50
    شجرة، تفكيك ثلاث عبوات، نزع نحو 300 لغم): numbers and count words (triggers_context)."""
    count_words = context().count_words
    return all(tokens[p].kind == "number" or tokens[p].norm in count_words
               or parse_number_word(tokens[p].text) is not None
               for p in range(i + 1, j))
