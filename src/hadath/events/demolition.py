"""A building blown up by the side that holds it (فجرت الميليشيا منزل الشخصية الاجتماعية، قام العدو
بتفجير مبنى القرض الحسن، نسف الجيش منازل في القرية، فخخت المنزل ... وقامت بتفجيره): the doer set its
own charges to destroy the building - ACLED's Strategic developments / Looting/property destruction,
not a remote explosive attack - when the building is the blast word's object and no one was killed
or hurt. A device that went off (انفجرت عبوة قرب منزل، تفجير سيارة مفخخة أمام مبنى) or a blast in
a building (انفجار في منزل) is no demolition: there the device or a preposition, not the building,
comes right after the blast word. Words: function_words.tsv ``demolished``, ``demolished_her``,
``pronoun_him``, ``pronoun_her``."""
from __future__ import annotations

from hadath.events.frames import Frame
from hadath.events.index import DocIndex
from hadath.events.lexicons import function_words
from hadath.events.role_words import role_words
from hadath.events.taxonomy import SD, TOLL_CLASSES
from hadath.mentions.trigger_context import context

DEMOLITION = (SD, "Looting/property destruction")
HARM = TOLL_CLASSES | {"shoot", "execute", "assassinate", "torture", "suicide", "abduct"}


def demolition(ix: DocIndex, frame: Frame, classes: set[str], deaths: int, injuries: int | None) -> bool:
    """The act harmed no one and a blast word of the frame (class ``explode``) has a building as
    its object: the first word after it that is no actor's or date's name, member noun before
    a name (event_roles.tsv member: عناصر، مسلحو), count (triggers_context.tsv ``count_word``)
    nor punctuation, or - the blast word carrying an object
    pronoun - the nearest building before it in the sentence, of the pronoun's gender, no device
    (a weapon word) between."""
    if deaths or injuries or classes & HARM or "explode" not in classes:
        return False
    toks, b = ix.doc.tokens, frame.clause[1]
    names = {k for kind in ("actor", "date") for loc in ix.get(kind, frame.sent) for k in range(loc.start, loc.end)}
    counts = context().count_words  # (عددا من المنازل، 3 منازل)
    members = role_words().member  # the member noun before the doer's name (عناصر، مسلحو)
    for t in frame.trigs:
        if t.cls != "explode":
            continue
        pronoun = _object_pronoun(toks[t.loc.end - 1])
        if pronoun is not None:
            if _antecedent(ix, frame.sent, t.loc.start, pronoun):
                return True
            continue
        k = t.loc.end
        while k < b and (k in names or toks[k].kind in ("punct", "number") or toks[k].norm in counts
                         or not members.isdisjoint(toks[k].forms)):  # (فجر عناصر تنظيم داعش معبد)
            k += 1
        if k < b and not _buildings().isdisjoint(toks[k].forms):
            return True
    return False


def _buildings() -> frozenset[str]:
    return function_words("demolished") | function_words("demolished_her")


def _object_pronoun(tok) -> str | None:
    """``her`` or ``him`` when the word ends in that object pronoun after a stem it also reads as
    (تفجيرها، بتفجيره), else None."""
    for gender in ("her", "him"):  # (the longer suffix first)
        for s in function_words("pronoun_" + gender):
            if tok.norm.endswith(s) and tok.norm[:-len(s)] in tok.forms:
                return gender
    return None


def _antecedent(ix: DocIndex, sent: int, start: int, gender: str) -> bool:
    """The nearest building word before ``start`` in the sentence is of ``gender``'s set, and no
    weapon word stands between them."""
    toks = ix.doc.tokens
    devices = {k for loc in ix.get("weapon", sent) for k in range(loc.start, loc.end)}
    mine = function_words("demolished_her" if gender == "her" else "demolished")
    k = start - 1
    while k >= 0 and toks[k].sentence == sent:
        if k in devices:
            return False
        if not _buildings().isdisjoint(toks[k].forms):
            return not mine.isdisjoint(toks[k].forms)
        k -= 1
    return False
