"""An attack repelled (issue #9, round 28): an attack noun right after a verb of repelling
(والجيش يصد هجوما بمأرب، تصدت القوات لهجوم) tells an attack met by armed resistance - a battle
(ACLED: an attack repelled by armed forces is an armed clash) - and the verb's subject is the
side attacked, not the attacker. Only as the frame's type when the attack is its only act: the
repel verb founds no act of its own (as a trigger it made records the coders never coded)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from hadath.events.lexicons import function_words

if TYPE_CHECKING:
    from hadath.events.frames import Frame
    from hadath.events.index import DocIndex
    from hadath.events.roles import Roles


NOMINAL = frozenset({"noun", "adverb"})  # (هجوم، and the accusative هجوما read as an adverb)


def repelled(ix: "DocIndex", frame: "Frame", classes: set[str], roles: "Roles") -> bool:
    """The frame's one act is an attack noun right after a repel verb (function_words.tsv
    ``repel``); its subject, named before the noun with no side hit named, becomes the side
    attacked (``roles`` changed in place)."""
    if classes != {"attack"}:
        return False
    toks, repel = ix.doc.tokens, function_words("repel")
    at = next((t.loc.start for t in frame.trigs if t.cls == "attack" and t.form in NOMINAL
               and t.loc.start > frame.clause[0] and not repel.isdisjoint(toks[t.loc.start - 1].forms)), None)
    if at is None:
        return False
    if roles.actor1 is not None and roles.actor1.end <= at and roles.actor2 is None:
        roles.actor2, roles.conf2 = roles.actor1, roles.conf1
        roles.actor1, roles.conf1 = None, 0.0
    return True
