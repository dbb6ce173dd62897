"""A protest its crowd was chased or besieged at (issue #9): ACLED's protest with intervention is
a protest a force tried to disperse or suppress, no lethal force used; a force that besieges or
chases the crowd (حاصرت قوات الأمن المعتصمين، طاردت الشرطة المتظاهرين) suppresses it. The same
verbs are the crowd's own (حاصر المحتجون مبنى المحافظة: the crowd besieges a building - still a
peaceful protest), so the verb counts only with a state force as its subject: named right after
it (verb-subject order) or right before it. Words: function_words.tsv ``pursue``."""
from __future__ import annotations

from hadath.events.frames import Frame
from hadath.events.index import DocIndex
from hadath.events.lexicons import function_words
from hadath.events.taxonomy import STATE_INTERS

SUBJECT_GAP = 2  # tokens between a pursuit verb and its subject's first word (وقد حاصرت فيه قوات)


def pursued_crowd(ix: DocIndex, frame: Frame) -> bool:
    """A pursuit verb in the frame's clause, before a protest trigger of the frame, whose subject is
    a state force: a force's name starting within SUBJECT_GAP tokens after the verb or ending
    right before it."""
    a, b = frame.clause
    protests = [t.loc.start for t in frame.trigs if t.cls == "protest"]
    if not protests:
        return False
    verbs, toks = function_words("pursue"), ix.doc.tokens
    forces = [loc for loc in ix.get("actor", frame.sent) if loc.mention.value.inter in STATE_INTERS]
    for i in range(a, min(b, max(protests))):
        if verbs.isdisjoint(toks[i].forms):
            continue
        if any(i < f.start <= i + 1 + SUBJECT_GAP or f.end == i for f in forces):
            return True
    return False
