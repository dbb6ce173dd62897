"""A state force named only by its role inside a state force's own statement is that state's
(issue #9, roles): أعلن الجيش الإسرائيلي أن سلاح الجو شن هجمات على ... في جنوب بيروت - the air
force is Israel's, although the sentence's places point at Lebanon.

The actors stage resolves a role-only mention (الجيش، سلاح الجو، الشرطة) by the country the
document and the sentence are about. When the sentence's speaker, named before the mention, is
a state force of another country, the mention is re-resolved to that country's force of the
same role (a speaker's own forces); nothing else changes.

Two more passes on the matches (issue #9, round 26): a group named only as another group's ally
(:func:`allies_dropped`) is dropped, and a bare definite plural read as unidentified that
opened a named side before is that side (:func:`sides_again`)."""
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


def sides_again(tokens: Sequence[Token], matches: list["ActorMatch"]) -> list["ActorMatch"]:
    """A bare definite plural the lexicon reads as an unidentified group (المتمردين، المسلحين)
    whose word opened a named side told before it (المتمردين الحوثيين ... استهدف المتمردون
    تعزيزات) is that side again (the article points back); one that opened an unidentified side
    (مسلحون مجهولون ... المسلحون) stays unidentified."""
    from hadath.text.clitics import clitics

    article, out = clitics().article, list(matches)
    for k, m in enumerate(out):
        if m.entry is None or not m.entry.is_generic or m.end - m.start != 1 \
                or not any(article in an.prefixes for an in tokens[m.start].analyses):
            continue
        head = {f for f in tokens[m.start].forms if len(f) > 3}
        same = next((p for p in reversed(out[:k]) if p.entry is not None and p.end - p.start > 1
                     and not head.isdisjoint(tokens[p.start].forms)), None)
        if same is not None and not same.entry.is_generic:
            out[k] = m._replace(ref=same.ref, entry=same.entry, confidence=min(m.confidence, same.confidence))
    return out


def allies_dropped(tokens: Sequence[Token], matches: list["ActorMatch"], heads) -> list["ActorMatch"]:
    """A named group told right after an alliance adjective that follows another group (حركة
    الشباب المتحالفة مع تنظيم القاعدة، الحركة المرتبطة بالقاعدة: event_roles.tsv ``ally``) is
    that group's ally, no side of what the story tells: its match is dropped. (Unnamed men tied
    to a group - مسلحون مرتبطون بالقاعدة - keep it: no group stands before the adjective.)"""
    from hadath.events.role_words import role_words
    from hadath.text.clitics import clitics

    w, article = role_words(), clitics().article
    ends = {m.end for m in matches if m.entry is not None and not m.entry.is_generic}
    out = []
    for m in matches:
        k = m.start - 1 - (m.start > 1 and tokens[m.start - 1].norm in w.ally_glue)
        if k > 0 and tokens[k].norm in w.ally and m.entry is not None and not m.entry.is_generic and (
                any(e in ends for e in range(max(0, k - 2), k + 1))
                or any(article in an.prefixes and an.stem in heads for an in tokens[k - 1].analyses)):
            continue  # (the group before it, or a definite head pointing back to one: الحركة)
        out.append(m)
    return out


def named_sides(tokens: Sequence[Token], matches: list["ActorMatch"], lex: "ActorLexicon", roles,
                published: date | None) -> list["ActorMatch"]:
    """The actors stage's matches after :func:`own_forces`, :func:`allies_dropped` and
    :func:`sides_again`."""
    matches = own_forces(tokens, matches, lex, roles, published)
    return sides_again(tokens, allies_dropped(tokens, matches, lex.heads))
