"""A protest stopped on its way (issue #9): a word of preventing before the protest noun and
من + a verbal noun of moving on after it (منعت قوات الأمن مسيرة للمعارضة من الوصول إلى وسط
العاصمة، منعت الشرطة المتظاهرين من التقدم نحو القصر) tell a protest held and blocked - ACLED's
protest with intervention - not one kept from being held (منعت السلطات إقامة مظاهرة:
trigger_vetoes.prevented). Words: function_words.tsv ``prevent``, ``route``, ``route_link``."""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from hadath.events.lexicons import function_words
from hadath.events.unnumbered import word_before
from hadath.types import Token

if TYPE_CHECKING:  # (trigger_vetoes, which frames imports, reads on_route: no import of frames here)
    from hadath.events.frames import Frame
    from hadath.events.index import DocIndex

ROUTE_RIGHT = 4  # words after the protest noun where من + the moving-on noun may stand (مسيرة للمعارضة من الوصول)
PREVENT_LEFT = 6  # words before the protest noun where the word of preventing stands (past its subject and a day)


def on_route(toks: Sequence[Token], end: int, hi: int) -> bool:
    """من (``route_link``) and a verbal noun of moving on (``route``: الوصول، التقدم) within
    ROUTE_RIGHT words after token ``end`` (the protest word's end), before ``hi``."""
    link, route = function_words("route_link"), function_words("route")
    return any(toks[k].norm in link and not route.isdisjoint(toks[k + 1].forms)
               for k in range(end, min(end + ROUTE_RIGHT, hi - 1)))


def stopped_on_route(ix: "DocIndex", frame: "Frame") -> bool:
    """A protest trigger of the frame with a word of preventing before it and on_route after it."""
    toks, (a, b) = ix.doc.tokens, frame.clause
    prevent = function_words("prevent")
    return any(t.cls == "protest" and word_before(toks, t.loc.start, a, prevent, PREVENT_LEFT)
               and on_route(toks, t.loc.end, b) for t in frame.trigs)
