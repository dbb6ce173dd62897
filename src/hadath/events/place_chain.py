"""A coordinated list of places that split one act into one event per place (split from
:mod:`hadath.events.place_choice`): في الرقة وريفها (الكرامة) والطبقة، بلدة بنش ومدينة سرمين."""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from hadath.events.tuning import WINDOWS
from hadath.events.place_lists import past_unknown, qualifier_tail, qualifies
from hadath.events.role_words import QUOTE_MARKS
from hadath.types import Token
from hadath.events.place_words import _joined, place_cues

if TYPE_CHECKING:  # pragma: no cover
    from hadath.events.index import Located


def _without_glosses(gap: Sequence[Token]) -> list[Token]:
    """The gap between two listed places without a short parenthesised gloss (بجاية وعنابة
    (شرق) وتيزي وزو): the list goes on after it. The brackets themselves stay."""
    out: list[Token] = []
    depth = 0
    for t in gap:
        if t.norm == "(":
            depth += 1
            out.append(t)
        elif t.norm == ")":
            depth = max(0, depth - 1)
            out.append(t)
        elif depth == 0:
            out.append(t)
    return out if len(gap) - len(out) <= 3 else list(gap)


def _length(gap: Sequence[Token]) -> int:
    """The gap's length without quote marks (في "مستعمرة X"، وآخر في "مستعمرة Y"): a quoted
    name is no farther from the one before it. Whether each mark may stand in a list is
    ``chain_gap``'s to say, as before."""
    return sum(t.norm not in QUOTE_MARKS for t in gap)


def _chain(tokens: Sequence[Token], places: list["Located"], first: int, hi: int,
           text: str = "") -> list["Located"]:
    cues = place_cues()
    out = [places[first]]
    cur = places[first]
    tail = False
    for nxt in places[first + 1:]:
        if nxt.start >= hi:
            break
        if nxt.start - cur.end > WINDOWS.place_list_gap + 3:
            break   # too long for a list even without a gloss (which drops at most 3 tokens)
        if cur is out[-1] and qualifies(tokens, cur, nxt):
            cur, tail = nxt, True   # (ميس الجبل بقضاء مرجعيون وأطراف ...: the list goes on)
            continue
        gap = _without_glosses(tokens[cur.end:nxt.start])
        gap = gap[1:] if gap and qualifier_tail(gap[0]) else gap   # (ريف حلب الغربي وإدلب، بريف X الجنوبي)
        gap, tail = past_unknown(gap, cues.chain_gap)   # (الخرطوم وبحري وأم درمان: a name the gazetteer lacks)
        if tail and not gap and not _joined(tokens, nxt, text):
            break
        # (بلدة بنش ومدينة سرمين: the joiner on the second place's class noun)
        lead = gap[0] if gap else None
        joiner = lead is not None and lead.kind == "word" and lead.norm[:1] in cues.list_joiner \
            and lead.norm[1:] in cues.chain_gap
        joined = joiner or _joined(tokens, nxt, text) or any(t.norm in cues.list_joiner for t in gap)
        if _length(gap) <= WINDOWS.place_list_gap and all(
                t.norm in cues.chain_gap or t.kind == "punct" or (joiner and t is lead) for t in gap) and (
                joined or any(t.norm in ("(", ")") for t in gap)):
            out.append(nxt)
            cur = nxt
        else:
            break
    return out
