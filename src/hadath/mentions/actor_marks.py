"""Actor names told with quotation marks or brackets inside them (حركة "الشباب"، حركة (الشباب)،
قوات «الدعم السريع» الإرهابية): the actors stage matches its aliases as if the marks were not
there, and gives the matches the document's own token positions back."""
from __future__ import annotations

from typing import Callable, Sequence, TypeVar

from hadath.events.role_words import QUOTE_MARKS
from hadath.types import Token

BRACKETS = frozenset("()")
MARKS = QUOTE_MARKS | BRACKETS  # transparent inside a name
M = TypeVar("M")  # an actor match (a NamedTuple with start and end)


def without_marks(tokens: Sequence[Token], type_ids: Sequence[int],
                  match: Callable[[Sequence[Token], Sequence[int]], tuple[list[M], list[tuple[int, int]]]]
                  ) -> tuple[list[M], list[tuple[int, int]]]:
    """``match`` run on the tokens without quotation marks and brackets (``type_ids``: their
    word-type ids, or empty), its matches' and role tokens' indexes mapped back to ``tokens``."""
    keep = [k for k, t in enumerate(tokens) if not (t.kind == "punct" and t.norm in MARKS)]
    if len(keep) == len(tokens):
        return match(tokens, type_ids)
    ids = [type_ids[k] for k in keep] if len(type_ids) == len(tokens) else ()
    matches, roles = match([tokens[k] for k in keep], ids)
    return ([m._replace(start=keep[m.start], end=keep[m.end - 1] + 1) for m in matches],  # type: ignore[attr-defined]
            [(keep[i], role) for i, role in roles])
