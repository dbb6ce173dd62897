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
انتحاري: no riot, no protesters bombed): :func:`without_crowd` drops it from the blast's roles."""
from __future__ import annotations

from typing import TYPE_CHECKING

from hadath.events.crowd_own import crowd_subject
from hadath.events.taxonomy import CROWD_INTERS, GATHERINGS, REMOTE_CLASSES
from hadath.events.unnumbered import motive

if TYPE_CHECKING:
    from hadath.events.frames import Frame, Trig
    from hadath.events.index import DocIndex
    from hadath.events.roles import Roles

def blast_antecedent(ix: DocIndex, frame: Frame, main: Trig) -> bool:
    """The frame's blast (``main``, a remote class) is told as what a crowd told before it in the
    sentence gathered after or about (see the module)."""
    if main.cls not in REMOTE_CLASSES:
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
