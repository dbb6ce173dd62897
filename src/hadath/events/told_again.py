"""An act told again: a later sentence points back with a definite noun to the device or act an
earlier sentence named (بانفجار عبوة ناسفة في قضاء المقدادية ... وقال المصدر إن العبوة كانت
مزروعة ... في قرية الهارونية): the record it makes is flagged ``told_again`` so that reconcile can
fold it into the earlier telling (hadath.reconcile.told_again)."""
from __future__ import annotations

from hadath.events.frames import Frame
from hadath.events.index import DocIndex
from hadath.text.clitics import clitics

FLAG = "told_again"


def told_again(ix: DocIndex, frame: Frame) -> bool:
    """A weapon or a verbal noun of the frame's clause is definite (العبوة، الانفجار، الهجوم) and
    one of the same kind was named in an earlier sentence of the report."""
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
