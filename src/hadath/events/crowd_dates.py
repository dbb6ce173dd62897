"""Days of crowd events (issue #9): a protest movement's first day is not the day told.

A date right after a relative pronoun and a verb of beginning (function_words ``relative`` and
``began``, maybe with a preposition between, ``began_link``: الاحتجاجات، التي بدأت يوم الجمعة الماضي، تحولت إلى مواجهات؛ الاعتصام الذي انطلق في 22
ديسمبر) tells the day a movement began; the protest the sentence tells is dated otherwise (by
another date, the story's or the report's day). Read by events.dating for protest frames.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from hadath.events.lexicons import function_words
from hadath.types import Token

if TYPE_CHECKING:  # pragma: no cover
    from hadath.events.frames import Trig
    from hadath.events.index import Located


def began_date(toks: Sequence[Token], loc: "Located", main: "Trig") -> bool:
    """The date at ``loc`` follows a relative pronoun and a verb of beginning that is not the
    trigger ``main`` itself: the day a movement began."""
    k = loc.start
    if k >= 1 and not function_words("began_link").isdisjoint(toks[k - 1].forms):
        k -= 1   # (التي بدأت في 2 أكتوبر، الذي انطلق منذ 22 ديسمبر)
    return k >= 2 and not main.loc.start <= k - 1 < main.loc.end \
        and not function_words("began").isdisjoint(toks[k - 1].forms) \
        and not function_words("relative").isdisjoint(toks[k - 2].forms)
