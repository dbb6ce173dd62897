"""More dead of the same act told in the next sentence (issue #9): "قتل ثلاثة مدنيين في غارة
جوية على إدلب اليوم. كما قتل مدنيان في الغارة ذاتها." - a sentence opening with كما، فيما، بينما
or a proclitic و on its first word (وقتل مدنيان في الغارة ذاتها) that points back at an act by a
definite trigger noun and a word of sameness (في الغارة ذاتها، في الهجوم نفسه، جراء القصف عينه)
adds its numbered dead to that act's toll; after a verb the word is its reflexive (فجر نفسه). Sameness after a word that is no
act (في اليوم ذاته، في الوقت نفسه: the same day, meanwhile) is no pointer to the act. Words:
event_tolls.tsv (same_act, same_opening). Read by hadath.events.frame_tolls.frame_toll."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from hadath.events.index import DocIndex
from hadath.events.toll_words import conj_led, toll_words
from hadath.text.clitics import clitics

if TYPE_CHECKING:  # (fatalities reads this module through ordinal_toll)
    from hadath.events.fatalities import Toll

OPENING = 2  # words before the death verb of a sentence telling more dead (كما، وكانت)


def next_sentence(ix: DocIndex, end: int) -> tuple[int, int] | None:
    """The token range of the sentence right after a clause that ends its sentence at ``end``
    (only the sentence's punctuation after it), from the index's sentence bounds."""
    toks = ix.doc.tokens
    if not 0 < end < len(toks):
        return None
    hi = ix.bounds[toks[end - 1].sentence][1]
    if hi >= len(toks) or any(toks[k].kind != "punct" for k in range(end, hi)):
        return None  # (the clause does not end its sentence, or it is the last one)
    return ix.bounds[toks[hi].sentence]


def _definite(tok) -> bool:
    """The word, or one of its forms without a proclitic (بالغارة), bears the article."""
    return any(clitics().definite(f) for f in (tok.norm, *tok.forms))


def same_act_dead(ix: DocIndex, end: int, count: Callable[[list, int, int, list], "Toll"]) -> int:
    """The numbered dead of the next sentence when it opens with a word of adding (كما) - or with
    فيما، بينما or و on its first word right before its death verb (وقتل مدنيان، فيما لقي جنديان:
    not a report, وقال المرصد إن خمسة قتلوا, whose figure may be another telling of the toll) - and
    names the act again as the same (في الغارة ذاتها); ``count`` tallies its quantities (and its
    death verbs: a dual or singular victim of theirs counts); 0 if not."""
    toks, w = ix.doc.tokens, toll_words()
    span = next_sentence(ix, end)
    if span is None:
        return 0
    lo, hi = span
    first = range(lo, min(hi, lo + OPENING))
    sent = toks[lo].sentence
    kills = [(t.start, t.end, t.mention.span) for t in ix.get("trigger", sent)
             if not w.death_left.isdisjoint(toks[t.start].forms)]
    if any(not w.toll_more.isdisjoint(toks[k].forms) and not w.same_opening.isdisjoint(toks[k].forms) for k in first):
        pass  # (كما قتل مدنيان: also)
    elif not (conj_led(toks[lo]) or any(not w.same_opening.isdisjoint(toks[k].forms) for k in first)) \
            or not any(s in first for s, _e, _sp in kills):
        return 0
    trig_ends = {t.end for t in ix.get("trigger", sent)}
    if not any(not w.same_act.isdisjoint(toks[k].forms) and k in trig_ends and _definite(toks[k - 1])
               for k in range(lo + 1, hi)):
        return 0  # (a definite trigger noun: في الغارة ذاتها - not a verb, فجر نفسه: he blew himself up)
    quants = [(q.start, q.end, q.mention.value, q.mention.span) for q in ix.get("quantity", sent)]
    toll = count(quants, lo, hi, kills)
    return 0 if toll.estimate else toll.deaths  # (كما سقط قتلى في الغارة ذاتها: a vague count adds nothing)
