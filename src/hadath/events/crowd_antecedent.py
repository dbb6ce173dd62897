"""A blast told as what a crowd gathered after or about (issue #9): in احتشد المئات وسط بغداد بعد
تفجير سيارة مفخخة (تظاهر العشرات عقب انفجار عبوة، خرج المحتجون إثر تفجير انتحاري، اعتصموا احتجاجا
على انفجار) the blast is an act of its own that came before the gathering - not the crowd's own
violence, which a clash or a thrown bomb at a demonstration is (reconcile.rules._crowd_fight folds
those into the demonstration and makes it a riot). The events stage marks such a blast
(handover.ANTECEDENT) when its trigger follows a word of sequence or motive (بعد، عقب، إثر،
احتجاجا على، على خلفية: toll_words motive, a few words before, no punctuation between), a crowd
word stands before it in its sentence and no protester noun is its subject (بعد أن ألقى محتجون
قنابل: the crowd's own bombs, crowd_own.crowd_subject). The crowd told before the word of
sequence is then neither the blast's doer nor its target (خرج مئات المحتجين في كركوك إثر تفجير
انتحاري: no riot, no protesters bombed): :func:`without_crowd` drops it from the blast's roles.

When the crowd and the blast share one clause (تجمع عشرات المتظاهرين أمام المحافظة بعد انفجار عبوة
ناسفة في الموصل؛ خرج مئات المحتجين إثر تفجير انتحاري أسفر عن مقتل عشرة) the two frames are cut at
the word of sequence (:func:`cut_antecedents`): the blast's weapons, toll, place and date are its
own, and the protest keeps what is before the word - peaceful unless its own part tells force."""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from hadath.events.crowd_own import crowd_subject
from hadath.events.taxonomy import CROWD_INTERS, GATHERINGS, REMOTE_CLASSES, WEAPON_PRIORITY
from hadath.events.unnumbered import motive, motive_at

if TYPE_CHECKING:
    from hadath.events.frames import Frame, Trig
    from hadath.events.index import DocIndex
    from hadath.events.roles import Roles

def blast_antecedent(ix: DocIndex, frame: Frame, main: Trig) -> bool:
    """The frame's blast (``main``, a remote class, or an attack with a remote weapon in its clause:
    عقب هجوم بسيارة مفخخة) is told as what a crowd told before it in the sentence gathered after
    or about (see the module)."""
    if main.cls not in REMOTE_CLASSES and not (main.cls == "attack" and blast_words(ix, frame)):
        return False
    toks = ix.doc.tokens
    lo, hi = ix.bounds.get(frame.sent, (0, len(toks)))
    if not motive(toks, main.loc.start, lo) or crowd_subject(toks, main.loc.start, main.loc.end, lo, hi):
        return False  # (بعد أن ألقى محتجون قنابل: the crowd's own bombs)
    return any(t.start < main.loc.start and t.mention.value.event_type in GATHERINGS
               for t in ix.get("trigger", frame.sent))


def without_crowd(roles: Roles, main: Trig) -> None:
    """Drop from the roles of a blast told as a crowd's antecedent (:func:`blast_antecedent`) the
    crowd named before it: it gathered after the blast, it neither set it off nor was hit by it."""
    if roles.actor1 is not None and roles.actor1.ref.inter in CROWD_INTERS and 0 <= roles.actor1.start < main.loc.start:
        roles.actor1, roles.conf1, roles.assoc1 = None, 0.0, []
    if roles.actor2 is not None and roles.actor2.ref.inter in CROWD_INTERS and 0 <= roles.actor2.start < main.loc.start:
        roles.actor2, roles.conf2, roles.assoc2 = None, 0.0, []


REMOTE_WEAPONS = frozenset(WEAPON_PRIORITY)  # the weapons of a remote act (عبوة ناسفة، سيارة مفخخة، انتحاري)


def blast_words(ix: DocIndex, frame: Frame) -> list[tuple[int, int]]:
    """[start, end) of the frame's blast words: its remote triggers and the remote weapons of its clause."""
    a, b = frame.clause
    return sorted([(t.loc.start, t.loc.end) for t in frame.trigs if t.cls in REMOTE_CLASSES]
                  + [(w.start, w.end) for w in ix.get("weapon", frame.sent)
                     if w.mention.value.lemma in REMOTE_WEAPONS and a <= w.start < b])


def antecedent_cut(ix: DocIndex, protest: Frame, blast: Frame) -> int | None:
    """Where a protest frame and a violent frame of the same clause part: the token of the word of
    sequence or motive (toll_words motive: بعد، عقب، إثر، على خلفية، احتجاجا) a few words before the
    violent frame's first blast word, when every strong trigger of the protest stands before that
    word, every trigger of the violent frame after it, and no protester noun is the blast's subject
    (بعد أن ألقى محتجون قنابل: the crowd's own bombs). None otherwise (أصيب خمسة متظاهرين بعد
    انفجار عبوة: the wounded crowd is the blast's; انفجار عبوة وسط المتظاهرين: a crowd it hit)."""
    toks = ix.doc.tokens
    lo, hi = ix.bounds.get(protest.sent, (0, len(toks)))
    own = [t.loc for t in protest.trigs if t.strong]
    blasts = blast_words(ix, blast)
    if not own or not blasts or not blast.trigs or protest.clause != blast.clause:
        return None
    last, first = max(loc.end for loc in own), min(t.loc.start for t in blast.trigs)
    s, e = blasts[0]
    if s < last or (j := motive_at(toks, s, last)) is None or crowd_subject(toks, s, e, lo, hi):
        return None
    return j if first >= j and not any(loc.start >= j for loc in ix.get("trigger", protest.sent)
                                       if loc.mention.value.event_type in GATHERINGS and loc.end <= protest.clause[1]
                                       and loc.start >= protest.clause[0]) else None


def cut_antecedents(ix: DocIndex, frames: Sequence[Frame]) -> None:
    """Each protest frame and a violent frame of its clause cut at the word of sequence before the
    blast told as what the crowd gathered after (:func:`antecedent_cut`): two clauses, one act each."""
    for p in frames:
        if p.group != "protest":
            continue
        for v in frames:
            if v.group == "violence" and (j := antecedent_cut(ix, p, v)) is not None:
                a, b = p.clause
                p.clause, v.clause = (a, j), (j, b)
