"""A state's forces as a side (issue #9; :mod:`hadath.events.realize`, and the modules that name a
state's force for an act): the force of a country on the publication date (``state_force``), the
one named nearest an act or meeting a crowd around it (``force_near``), and a country named as
an act's doer standing for its military (``country_doer``: قصفت إسرائيل، شنت تركيا غارات)."""
from __future__ import annotations

from functools import lru_cache

from hadath.events.frames import Frame, Trig, ix_triggers
from hadath.events.index import DocIndex, Located
from hadath.events.lexicons import function_words
from hadath.events.role_words import owned
from hadath.events.roles import ActorSlot, agent_pairs, role_words
from hadath.events.taxonomy import DISPERSAL, STATE_INTERS
from hadath.events.tuning import WINDOWS
from hadath.mentions.actors_lexicon import actor_lexicon
from hadath.types import ActorRef


def state_force(country: str, published, role: str = "military") -> ActorRef | None:
    """The named state force of ``role`` (military, air, police ...) of ``country`` on the
    publication date, from the actor lexicon; None when the lexicon has none."""
    entry = actor_lexicon().role_entry(role, country, published)
    return None if entry is None else ActorRef(entry.name, entry.inter, entry.country, "named", entry.actor_id)


CONFRONTING = frozenset({"clash", "shoot", "arrest", "injure", "riot"})


def confronts_crowd(ix: DocIndex, sent: int) -> bool:
    """Sentence ``sent`` tells a force meeting a crowd: a clash, shooting, arrest or wounds, or
    a dispersal weapon (tear gas)."""
    if any(c in CONFRONTING for _, c in ix_triggers(ix, sent)):
        return True
    return any(w.mention.value.lemma in DISPERSAL for w in ix.get("weapon", sent))


def force_near(ix: DocIndex, sent: int, near: int, riot: bool = False) -> Located | None:
    """The state force (police, army) named in sentence ``sent`` nearest to token ``near``; for
    a riot also one named in the sentences around it where it meets the crowd (ألقت القوى
    الأمنية القنابل المسيلة، صدامات بين الأمن والمتظاهرين), told apart from the burning."""
    reach = WINDOWS.riot_force_sentences if riot else 0
    for s in sorted(range(sent - reach, sent + reach + 1), key=lambda s: (abs(s - sent), s)):
        forces = [loc for loc in ix.get("actor", s) if loc.mention.value.inter == 1
                  and loc.mention.value.kind != "pronoun"]
        if forces and (s == sent or confronts_crowd(ix, s)):
            return min(forces, key=lambda loc: abs(loc.start - near))
    return None


def country_doer(ix: DocIndex, frame: Frame, main: Trig) -> ActorSlot | None:
    """A country named as the doer of an act (قصفت إسرائيل مدينة غزة، شنت تركيا غارات، إسرائيل
    قصفت، اتهم X إسرائيل بقصف): its military on the publication date, as a slot on the name.
    Only a country name next to the verb: right after it with no subject before it, right
    before it, or right before a verbal noun with ب (accused of)."""
    toks = ix.doc.tokens
    lo = frame.clause[0]
    s, e = main.loc.start, main.loc.end
    for p in ix.get("place", frame.sent):
        ref = p.mention.value
        if ref.place is None or ref.place.feature_class != "country" or ref.cue is not None \
                or p.start < lo or "\n" in ix.doc.text[p.mention.span.start:toks[s].span.start]:
            continue  # (تلفزيون سوريا on the dateline's line is a channel's name)
        if p.start - 2 >= lo and p.start < frame.clause[1] \
                and (toks[p.start - 2].norm, toks[p.start - 1].norm) in agent_pairs():
            ok = True  # قصف نسب إلى تركيا، غارة نسبت إلى إسرائيل: the country it is attributed to
        elif p.start > lo and toks[p.start - 1].norm in place_preps():
            continue  # (طائرة مسيرة أطلقت من لبنان انفجرت: where it came from, no subject)
        elif p.start > lo and toks[p.start - 1].norm in role_words().agent \
                or any(loc.start == p.end < frame.clause[1] and owned(toks[p.end]) for loc, _ in ix_triggers(ix, frame.sent)):
            ok = True  # غارات شنتها روسيا، بقصف إسرائيل: after an agent word; روسيا غاراتها: its own
        elif main.ref.voice == "active" and main.form == "verb" and p.start == e:
            ok = not any(lo <= a.start and a.end <= s for a in ix.get("actor", frame.sent))
        elif main.ref.voice == "active" and (p.end == s or p.end == s - 1 and toks[p.end].norm
                                             in role_words().self_pronoun):
            ok = True  # إسرائيل قصفت، قالت إسرائيل إنها قصفت
        else:
            ok = main.ref.voice == "nominal" and p.end == s and toks[s].has_proclitic(role_words().by)
        if ok:
            force = state_force(ref.place.country or ref.place.name, ix.doc.article.published)
            if force is not None:
                return ActorSlot(p.start, p.end, force, p.mention)
    return None


@lru_cache(maxsize=1)
def place_preps() -> frozenset[str]:
    """Prepositions: a country after one is where, not who (من لبنان، في سوريا، على إسرائيل)."""
    w = role_words()
    return w.partitive | w.patient | function_words("in")


def state_force_in(ix: DocIndex, frame: Frame) -> bool:
    """A state force (army, police) is named in the frame's clause: an arrest there is most
    likely its own, whatever side the slots read as the doer (ثم اعتقلت الشرطة ثلاثة من
    الخاطفين), and a crowd's stones there are thrown at it (ورشق القوات العمومية بالحجارة)."""
    a, b = frame.clause
    return any(a <= loc.start < b and loc.mention.value.inter in STATE_INTERS for loc in ix.get("actor", frame.sent))
