"""Who holds the ground an act hit (issue #9): "قصف على مدينة تعز الخاضعة لسيطرة الحوثيين",
"بلدة سراقب التي تسيطر عليها المعارضة" name the side that holds the place, never the doer of
the act on it - a strike on a town is the other side's (or an unnamed one's)."""
from __future__ import annotations

from hadath.events.index import DocIndex
from hadath.events.lexicons import function_words
from hadath.events.role_words import role_words

HOLDER_RIGHT = 2  # the side this close after the control word (لسيطرة قوات X، تسيطر عليها X)
FROM_LEFT = 2  # من this close before the held place's relative (من مناطق تسيطر عليها)


def holds_ground_at(ix: DocIndex, start: int) -> bool:
    """The actor mention at token ``start`` is the side named as holding ground: at most
    HOLDER_RIGHT words after a control word (event_roles.tsv control: تسيطر، لسيطرة) that
    follows a held word or a relative pronoun (التي تسيطر عليها X، الخاضعة لسيطرة X) - the place
    :func:`hadath.events.dual_sides.held_by` reads."""
    if start < 2:
        return False
    toks, control = ix.doc.tokens, role_words().control
    lead = function_words("held") | function_words("relative")
    return any(not control.isdisjoint(toks[k].forms) and toks[k - 1].norm in lead and not _launched_from(toks, k - 1)
               for k in range(max(start - HOLDER_RIGHT, 1), start))


def _launched_from(toks, lead: int) -> bool:
    """من right before the held place (قصف من مناطق تسيطر عليها قوات X، من مواقع يسيطر عليها
    X): the ground the fire came from - its holder may be the doer."""
    return any(toks[k].norm in function_words("from") for k in range(max(lead - FROM_LEFT, 0), lead))
