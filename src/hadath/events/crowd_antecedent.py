"""A blast told as what a crowd gathered after or about (issue #9): in احتشد المئات وسط بغداد بعد
تفجير سيارة مفخخة (تظاهر العشرات عقب انفجار عبوة، خرج المحتجون إثر تفجير انتحاري، اعتصموا احتجاجا
على انفجار) the blast is an act of its own that came before the gathering - not the crowd's own
violence, which a clash or a thrown bomb at a demonstration is (reconcile.rules._crowd_fight folds
those into the demonstration and makes it a riot). The events stage marks such a blast
(handover.ANTECEDENT) when its trigger follows a word of sequence or motive (بعد، عقب، إثر،
احتجاجا على، على خلفية: toll_words motive, a few words before, no punctuation between), a crowd
word stands before it in its sentence and no protester noun is its subject (بعد أن ألقى محتجون
قنابل: the crowd's own bombs, crowd_own.crowd_subject)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from hadath.events.crowd_own import crowd_subject
from hadath.events.taxonomy import GATHERINGS, REMOTE_CLASSES
from hadath.events.unnumbered import motive

if TYPE_CHECKING:
    from hadath.events.frames import Frame, Trig
    from hadath.events.index import DocIndex

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
