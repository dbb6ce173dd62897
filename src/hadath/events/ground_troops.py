"""A state's forces acting on the ground abroad (issue #9): sides.strike_abroad types a state's
military act in another country with no weapon named as an air strike (قصف الجيش التركي قرية،
التحالف نفذ 31 عملية استهداف) - but an assault (اعتدى جنود الاحتلال بالضرب على مواطن) or an act
of soldiers on foot or a patrol (هاجم جنود الاحتلال منزل مواطن) is no strike from the air: the
act stays what the frame's words type it (an attack on civilians). Words: function_words.tsv
``assault_lemma``, ``ground_troop``."""
from __future__ import annotations

from hadath.events.frames import Frame
from hadath.events.index import DocIndex
from hadath.events.lexicons import function_words
from hadath.events.roles import Roles


def on_the_ground(ix: DocIndex, frame: Frame, roles: Roles) -> bool:
    """Every attack trigger of the frame is an assault, or its doer is named by a soldier or
    patrol noun (the first word of actor1's name: جنود الاحتلال، عناصر الجيش التركي)."""
    attacks = [t for t in frame.trigs if t.cls == "attack"]
    assault = function_words("assault_lemma")
    if attacks and all(t.loc.mention.value.lemma in assault for t in attacks):
        return True
    doer = roles.actor1
    return doer is not None and doer.start >= 0 \
        and not function_words("ground_troop").isdisjoint(ix.doc.tokens[doer.start].forms)
