"""A state force named only by its role inside a state force's own statement is that state's
(issue #9, roles): أعلن الجيش الإسرائيلي أن سلاح الجو شن هجمات على ... في جنوب بيروت - the air
force is Israel's, although the sentence's places point at Lebanon.

The actors stage resolves a role-only mention (الجيش، سلاح الجو، الشرطة) by the country the
document and the sentence are about. When the sentence's speaker, named before the mention, is
a state force of another country, the mention is re-resolved to that country's force of the
same role (a speaker's own forces); nothing else changes."""
from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Sequence

from hadath.mentions.actors_speaker import _speakers
from hadath.types import ActorRef, Token

if TYPE_CHECKING:
    from hadath.mentions.actors import ActorMatch
    from hadath.mentions.actors_lexicon import ActorLexicon

STATE = 1


def _role_only(m: "ActorMatch") -> str | None:
    """The role of a mention that names a state force by its role only (its candidates hold
    the role's generic entry), else None."""
    generic = next((c for c in m.candidates if c.kind == "state-generic" and c.role), None)
    if generic is None or m.entry is None or len(m.candidates) != 1:
        return None
    return generic.role


def own_forces(tokens: Sequence[Token], matches: list["ActorMatch"], lex: "ActorLexicon",
               flagged: list[tuple[int, int]], published: date | None) -> list["ActorMatch"]:
    """``matches`` with each role-only state force in a state speaker's sentence (after the
    speaker) resolved to the speaker's country (see the module's docstring)."""
    cues = [i for i, role in flagged if role == 1]
    if not cues:
        return matches
    explicit, _carried = _speakers(tokens, matches, cues)
    out = list(matches)
    for k, m in enumerate(matches):
        sp = explicit.get(m.sentence)
        role = _role_only(m) if sp is not None else None
        if role is None or sp.start >= m.start or sp.entry is None or sp.entry.inter != STATE:
            continue
        country = sp.ref.country
        if not country or country == m.ref.country:
            continue
        entry = lex.role_entry(role, country, published)
        if entry is None:
            continue
        ref = ActorRef(name=entry.name, inter=entry.inter, country=entry.country, kind="named",
                       actor_id=entry.actor_id)
        out[k] = m._replace(entry=entry, ref=ref)
    return out
