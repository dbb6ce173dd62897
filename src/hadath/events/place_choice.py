"""Which place mentions an event happened at, and lists of places that split one act.

The place layer has already recognized and disambiguated the mentions; here we pick the ones
tied to the trigger: in its clause, preferably after a locative preposition (في، ب، قرب، على،
شمال ...), and extend the pick over a coordinated list (في الرقة وريفها (الكرامة) والطبقة) so that
each named place gets its own event. Places inside actor names (قوات سوريا الديمقراطية) are
not locations; a region that contains another chosen place is dropped.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from hadath.events.lexicons import words
from hadath.types import PlaceRef, Token

if TYPE_CHECKING:  # pragma: no cover
    from hadath.events.index import DocIndex, Located

LOCATIVE = words({"في", "ب", "قرب", "علي", "بالقرب", "شمال", "جنوب", "شرق", "غرب", "شمالي",
                      "جنوبي", "شرقي", "غربي", "وسط", "داخل", "محيط", "اطراف", "ريف", "مدينه",
                      "بلده", "قريه", "حي", "مخيم", "منطقه", "محافظه", "عند", "امام", "مقابل",
                      "الي", "نحو", "باتجاه", "من"})
CHAIN_GAP = words({"و", ",", "(", ")", "-", "ريف", "ريفها", "وريفها", "ريفه", "وريفه",
                       "مدينه", "بلده", "قريه", "بلدات", "قري", "مدن", "كل", "من", "حي", "مخيم",
                       "منطقه", "ومدينه", "وبلده", "وقريه", "ومنطقه", "وحي", "ومخيم", "ومحيطها",
                       "محيط", "اطراف", "واطراف", "وبلدات", "وقري", '"', "وفي", "في"})


def place_key(ref: PlaceRef | None) -> str | None:
    if ref is None:
        return None
    if ref.place is not None:
        return ref.place.id
    return ref.name


def _locative_before(tokens: Sequence[Token], i: int, lo: int) -> bool:
    tok = tokens[i]
    for an in tok.analyses:
        if "ب" in an.prefixes or "في" in an.prefixes:
            return True
    j = i - 1
    steps = 0
    while j >= lo and steps < 2:
        if set(tokens[j].forms) & LOCATIVE:
            return True
        j -= 1
        steps += 1
    return False


def _chain(tokens: Sequence[Token], places: list["Located"], first: int, hi: int) -> list["Located"]:
    out = [places[first]]
    cur = places[first]
    for nxt in places[first + 1:]:
        if nxt.start >= hi:
            break
        gap = tokens[cur.end:nxt.start]
        joined = tokens[nxt.start].norm.startswith("و") or any(t.norm in ("و", ",") for t in gap)
        if len(gap) <= 4 and all(t.norm in CHAIN_GAP or t.kind == "punct" for t in gap) and (
                joined or any(t.norm in ("(", ")") for t in gap)):
            out.append(nxt)
            cur = nxt
        else:
            break
    return out


def _contains(big: PlaceRef, small: PlaceRef) -> bool:
    if big.place is None or small.place is None or big.place.id == small.place.id:
        return False
    fc = big.place.feature_class
    if fc == "country":
        return small.place.country_code == big.place.country_code
    if fc == "admin1":
        return small.place.admin1 == big.place.name and small.place.feature_class != "admin1"
    if fc == "admin2":
        return small.place.admin2 == big.place.name and small.place.feature_class not in ("admin1", "admin2")
    return False


def _rank(tokens: Sequence[Token], p: "Located", t_start: int, t_end: int, lo: int) -> float:
    """Lower is better: close to the trigger, after it with a locative, not a whole country."""
    dist = t_start - p.end if p.end <= t_start else p.start - t_end if p.start >= t_end else 0
    score = float(dist)
    if p.start >= t_end and _locative_before(tokens, p.start, lo):
        score -= 3
    ref = p.mention.value
    if ref.place is not None and ref.place.feature_class == "country":
        score += 25
    return score


def choose_places(ix: "DocIndex", frame, main, slots) -> tuple[list["Located"], float, bool]:
    """(place mentions, confidence, whether the clause names a place of its own)."""
    toks = ix.doc.tokens
    lo, hi = ix.bounds[frame.sent]
    a, b = frame.clause
    actor_tokens = {i for s in slots for i in range(s.start, s.end)}
    cands = [p for p in ix.get("place", frame.sent)
             if not any(i in actor_tokens for i in range(p.start, p.end))]
    if not cands:
        return [], 0.0, False
    in_clause = [k for k, p in enumerate(cands) if a <= p.start < b]
    if in_clause:
        first = min(in_clause, key=lambda k: _rank(toks, cands[k], main.loc.start, main.loc.end, lo))
        conf, own = 0.8, True
    else:
        first = min(range(len(cands)), key=lambda k: abs(cands[k].start - main.loc.start))
        conf, own = 0.5, False
    chosen = _chain(toks, cands, first, hi)
    # one event per place: drop repeats (الرقة وريفها) and regions containing a chosen place
    uniq: list["Located"] = []
    keys: set = set()
    for p in chosen:
        k = place_key(p.mention.value)
        if k in keys:
            continue
        keys.add(k)
        uniq.append(p)
    refs = [p.mention.value for p in uniq]
    if len(uniq) > 1:
        uniq = [p for p in uniq if not any(_contains(p.mention.value, r) for r in refs)]
    return uniq, conf, own
