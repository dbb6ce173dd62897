"""Lists of places: each named place of a list is an act of its own (issue #9, round 37).

The list a clause's place belongs to is taken whole, from its first place (``list_start``: في
المظاهرات التي شهدتها مدن مثل الدار البيضاء وطنجة وتطوان - the place nearest the act's word may
be the list's last). A single joined word the gazetteer does not know between two places of a
list (في شوارع الخرطوم وبحري وأم درمان) is a place of it too: the list goes on past it
(``past_unknown``).

A place named right after another as the area that holds it does not end a list either.

ACLED codes each named place of a list (CODING.md: separate named places are separate events);
a list often tells the district or governorate of one of its places before it goes on:
الأحياء الجنوبية لبلدة ميس الجبل بقضاء مرجعيون وأطراف بلدتي كفرحمام وراشيا الفخار، قرية X
التابعة لناحية Y وقرية Z، بلدة كفرنبل بريف إدلب الجنوبي وبلدة كفرزيتا. The qualifier is a
container class noun (``container`` in place_cues.tsv: قضاء، ناحية، محافظة، ولاية، ريف ...) that
carries a preposition proclitic (ب، ل), or follows في or a "belongs" participle (التابعة، الواقعة), with
no conjunction of its own, right after the place it qualifies. It is no place of the list (the
place before it is where the act was); the list goes on after it, past a direction adjective
of the qualifier (الجنوبي).
"""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Callable, Sequence

from hadath.events.lexicons import act_words, function_words, verb_forms
from hadath.gazetteer.lexicon import place_lexicon
from hadath.text.clitics import conjunctions, prepositions
from hadath.types import Token

if TYPE_CHECKING:  # pragma: no cover
    from hadath.events.index import Located


def link_clitics(conj: bool = False) -> frozenset[str]:
    """The preposition proclitics (لقرية، بمدينة), or with ``conj`` the conjunction ones (ومسجدا)."""
    return conjunctions() if conj else prepositions()


@lru_cache(maxsize=1)
def _act_like() -> frozenset[str]:
    """Words that name no place of a list: act nouns, trigger verbs, belonging words."""
    return act_words() | verb_forms() | function_words("belongs")


def qualifies(tokens: Sequence[Token], cur: "Located", nxt: "Located") -> bool:
    """``nxt`` names the area holding ``cur`` (ميس الجبل بقضاء مرجعيون), right after it."""
    lex = place_lexicon()
    cue = nxt.mention.value.cue
    gap = tokens[cur.end:nxt.start]
    if cue not in lex.container or not gap or len(gap) > 3 or cue not in gap[-1].forms:
        return False
    head, rest = gap[-1], gap[:-1]
    conj, prep = conjunctions(), prepositions()
    if head.has_proclitic(conj):
        return False   # (بلدة X وبمحافظة Y: a list)
    belongs = function_words("belongs")
    if not all(t.norm in belongs for t in rest):
        return False
    return head.has_proclitic(prep) or bool(rest)


def qualifier_tail(t: Token) -> bool:
    """A direction adjective of the qualifier (بريف إدلب الجنوبي) or of a listed place itself
    (ريف حلب الغربي وإدلب، ريف حماة الشمالي وريف إدلب الجنوبي): the list goes on past it."""
    return not place_lexicon().direction.isdisjoint(t.forms)


UNKNOWN_MEMBERS = 3   # at most this many unknown names in a row (وسفوهن و فليفل)


def past_unknown(gap: Sequence[Token], glue: frozenset[str]) -> tuple[Sequence[Token], bool]:
    """The gap between two places of a list past the names the gazetteer does not know at its
    head (الخرطوم وبحري وأم درمان، الفطيرة وكفرعويد وسفوهن و فليفل وأطراف بلدتي كنصفرة): each a
    word joined by و (on it, or written apart) that is no word of an act; and whether any was
    passed (the next place must then be joined by و, on it or right before it). A word of
    ``glue`` (what may stand between listed places: وأطراف، ومدينة) is no name. A member may be
    a two-word name led by a name head (ومزارع شحشبو: ``_second_word``)."""
    conj = conjunctions()
    k = n = 0
    while n < UNKNOWN_MEMBERS and k < len(gap):
        t = gap[k]
        if t.norm in conj and k + 1 < len(gap) and _name_like(gap[k + 1], glue):
            k, n = k + 2 + _second_word(gap, k + 1, conj), n + 1
        elif t.norm[:1] in conj and t.has_proclitic(conj) and _name_like(t, glue):
            k, n = k + 1 + _second_word(gap, k, conj), n + 1
        else:
            break
    return gap[k:], n > 0


def _second_word(gap: Sequence[Token], k: int, conj: frozenset[str]) -> int:
    """1 when the unknown member at ``gap[k]`` is the head of a two-word name (ومزارع شحشبو،
    وتل الصوان، وعين الزرقا: ``name_head`` in place_words.tsv) whose second word follows with no
    conjunction of its own; else 0."""
    if k + 1 >= len(gap) or place_lexicon().name_heads.isdisjoint(gap[k].forms):
        return 0
    w = gap[k + 1]
    ok = w.kind == "word" and len(w.norm) > 1 and _act_like().isdisjoint(w.forms) \
        and not (w.norm[:1] in conj and w.has_proclitic(conj))
    return int(ok)


def _name_like(t: Token, glue: frozenset[str]) -> bool:
    return t.kind == "word" and len(t.norm) > 3 and _act_like().isdisjoint(t.forms) and glue.isdisjoint(t.forms)


LIST_BACK = 2   # a list's place may follow the one before it past a qualifier (X بقضاء Y وZ)


def list_start(cands: Sequence["Located"], first: int, chained: Callable[[int], Sequence["Located"]]) -> int:
    """The first place of the list the chosen place ``cands[first]`` belongs to: the earliest
    place whose list (``chained``) reaches it, or the place after it (a qualifier the list
    passes over), step by step."""
    k = first
    while k > 0:
        j = next((j for j in range(k - 1, max(-1, k - 1 - LIST_BACK), -1)
                  if any(p is q for p in chained(j) for q in cands[k:k + LIST_BACK])), None)
        if j is None:
            return k
        k = j
    return k
