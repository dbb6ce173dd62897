"""An act told again: a later sentence points back with a definite noun to the device or act an
earlier sentence named (بانفجار عبوة ناسفة في قضاء المقدادية ... وقال المصدر إن العبوة كانت
مزروعة ... في قرية الهارونية): the record it makes is flagged ``told_again`` so that reconcile can
fold it into the earlier telling (hadath.reconcile.told_again)."""
from __future__ import annotations

from hadath.events.frames import Frame, ix_triggers
from hadath.events.handover import TOLD_AGAIN, TOLD_SAME
from hadath.events.index import DocIndex
from hadath.events.modality import scope_words
from hadath.events.taxonomy import REMOTE_CLASSES
from hadath.text.clitics import clitics

FLAG = TOLD_AGAIN  # (the hand-over marks: hadath.events.handover)
SAME = TOLD_SAME  # ... and said to be the same act (في نفس الغارة، الهجوم ذاته)


def told_again(ix: DocIndex, frame: Frame) -> bool:
    """A weapon or a verbal noun of the frame's clause is definite (العبوة، الانفجار، الهجوم) and
    one of the same kind was named in an earlier sentence of the report."""
    if similar_act(ix, frame):
        return False
    toks = ix.doc.tokens
    a, b = frame.clause
    c = clitics()
    for kind in ("weapon", "trigger"):
        here = {c.indefinite(toks[loc.start].norm) for loc in ix.get(kind, frame.sent)
                if a <= loc.start < b and c.definite(toks[loc.start].norm)
                and (kind == "weapon" or loc.mention.value.voice == "nominal")}
        if here and any(not here.isdisjoint(toks[loc.start].forms)
                        for s in range(frame.sent) for loc in ix.get(kind, s)):
            return True  # (the same word: العبوة after عبوة ناسفة, not الهاون after مدفعي)
    return False


def told_same(ix: DocIndex, frame: Frame) -> bool:
    """A definite act noun of the frame's clause said to be the same (event_scope.tsv
    ``same_before`` / ``same_after``: في نفس الغارة، في ذات الهجوم، الغارة ذاتها، الهجوم نفسه;
    ``same_pointing`` in a clause of a toll alone: جراء هذا الهجوم; ``same_coming``, a verb of
    coming whose subject it is, in a clause that tells no other act: ويأتي الهجوم بعد، الغارة
    جاءت في ظل - not وجاء الهجوم بعد ساعات من مقتل ثلاثة في انفجار، that earlier act's own)
    after an earlier sentence told an act: that act told again, whatever toll or side the
    clause gives it (قالت الوزارة إن 24 شخصا استشهدوا في نفس الغارة: an earlier figure)."""
    if frame.sent == 0 or similar_act(ix, frame):
        return False
    toks, (a, b) = ix.doc.tokens, frame.clause
    c, w = clitics(), scope_words()
    for loc in ix.get("trigger", frame.sent):
        i = loc.start
        if not (a <= i < b) or loc.mention.value.voice != "nominal" or not c.definite(toks[i].norm):
            continue
        if (i > a and toks[i - 1].norm in w.same_before) or (i + 1 < b and toks[i + 1].norm in w.same_after):
            return True
        if _coming(toks, i, a, b, w.same_coming) and all(t.loc.start == i for t in frame.trigs):
            return True  # (تشير التقارير إلى أن الهجوم جاء في ظل تصاعد التوترات)
        if i > a and toks[i - 1].norm in w.same_pointing and _toll_only(ix, frame):
            return True  # (أكدت الوزارة استشهاد أحد أفرادها جراء هذا الهجوم)
    return False


SIMILAR_GAP = 3  # words from an act noun to its adjective of likeness (قصفا جويا روسيا مماثلا)


def similar_act(ix: DocIndex, frame: Frame) -> bool:
    """An act noun of the frame's clause followed, within ``SIMILAR_GAP`` words, by an adjective
    of likeness (event_scope.tsv ``similar``: بقصف مماثل، غارات مماثلة للطائرات الروسية، قصفا
    مدفعيا مماثلا، عملية مشابهة): another act of the same kind as the one told before, so the
    clause is no telling again of it - even beside a definite noun (الغارة الأولى جاءت بعد هجوم
    مماثل في منطقة أخرى)."""
    toks, (a, b) = ix.doc.tokens, frame.clause
    like = scope_words().similar
    return any(a <= loc.start < b and any(not like.isdisjoint(toks[j].forms)
                       for j in range(loc.end, min(loc.end + SIMILAR_GAP, b)))
               for loc in ix.get("trigger", frame.sent))


def similar_means(ix: DocIndex, frame: Frame, classes: set[str]) -> set[str]:
    """The means of an act said to be like one told before (جرح مدنيون بقصف مماثل على ريف إدلب
    after قتل عشرة بقصف جوي روسي; غارة مماثلة after غارة بطائرة مسيرة): the remote class of the
    nearest earlier trigger with the same first word (بقصف of بقصف جوي), when the similar noun reads as another class
    of remote means (a bare قصف: shelling) - "an act like that one" has that one's means. An act
    that names its own means (قصفا مدفعيا مماثلا) keeps them: its trigger has another head."""
    toks, (a, b) = ix.doc.tokens, frame.clause
    like = scope_words().similar
    rows = ix_triggers(ix, frame.sent)
    out: set[str] = set()
    for loc, cls in rows:
        if not (a <= loc.start < b and cls in REMOTE_CLASSES and cls in classes) \
                or like.isdisjoint(toks[loc.end].forms if loc.end < b else ()):
            continue  # (the adjective right after the noun: a noun of its own means is longer)
        head = _head(toks, loc)
        for s in range(frame.sent, -1, -1):
            before = [(k, c) for k, c in ix_triggers(ix, s) if k.start < loc.start and head & _head(toks, k)]
            if before:
                k, c = before[-1]
                if c in REMOTE_CLASSES and c != cls:
                    out.add(c)
                break
    return out


def _head(toks, loc) -> set[str]:
    """The forms of a trigger's first word and its lemma's first word (قصفا: قصف)."""
    return {*toks[loc.start].forms, loc.mention.value.lemma.split()[0]}


def _coming(toks, i: int, a: int, b: int, words: frozenset[str]) -> bool:
    """A verb of coming (clitics aside) right before or right after the act noun at ``i``."""
    return any(a <= j < b and (toks[j].norm in words or not words.isdisjoint(toks[j].forms))
               for j in (i - 1, i + 1))


TOLL_CLASSES = frozenset({"death", "kill", "injure"})


def _toll_only(ix: DocIndex, frame: Frame) -> bool:
    """The clause tells nothing but deaths and injuries, and names no place."""
    a, b = frame.clause
    return all(t.cls in TOLL_CLASSES for t in frame.trigs) \
        and not any(a <= p.start < b for p in ix.get("place", frame.sent))
