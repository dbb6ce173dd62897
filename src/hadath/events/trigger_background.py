"""Triggers that tell background, not the act a frame reports (split out of frames.py, issue #11):
a control word saying who holds ground (الذي استولى، تحت سيطرتهم), a gathering told as the scene an
act struck, a pluperfect act (وكان المرصد قد وثق), a protest's motive (احتجاجا على مقتل) and the act
another one answers (ردا على اغتيال). Read by :func:`hadath.events.frames.frames`."""
from __future__ import annotations

from typing import TYPE_CHECKING

from hadath.events.crowd_own import crowd_own
from hadath.events.frame_words import frame_words
from hadath.events.index import Located
from hadath.events.lexicons import function_words, purpose_words
from hadath.events.roles import role_words
from hadath.events.tuning import WINDOWS
from hadath.events.unnumbered import answered_death, motive

if TYPE_CHECKING:
    from hadath.events.frames import Trig


def held(toks, start: int) -> bool:
    """A control word that opens a relative clause (الذي استولى، التي سيطرت) or follows
    تحت/خاضعة (تحت سيطرتهم): who holds ground, not a change of hands."""
    if start == 0:
        return False
    prev = toks[start - 1].norm
    return prev in function_words("relative") or prev in function_words("held")


def scene(toks, loc: Located, form: str, b: int) -> bool:
    """A gathering told in the past progressive, with no protest's purpose after it (التي كان يتجمع
    عندها شبان يسعون إلى التطوع، حيث كانوا يتجمعون): the scene an act struck, no protest."""
    w = frame_words()
    return form == "imperfect" and loc.mention.value.lemma in w.scene_verb and loc.start > 0 \
        and toks[loc.start - 1].norm in w.past_aux and not any(toks[k].norm in purpose_words() for k in range(loc.end, b))


def pluperfect(toks, start: int, a: int) -> bool:
    """كان ... قد before the trigger (وكان المرصد قد وثق مقتل 7، التي كانت قد سيطرت على
    المدينة): an act earlier than the report's news (background, or an earlier figure of the
    same act, superseded by the one reported now)."""
    w = frame_words()
    for i in range(start - 1, max(a, start - WINDOWS.pluperfect_left) - 1, -1):
        if toks[i].norm in w.perfect_particle:
            return any(toks[j].norm in w.past_aux for j in range(max(a, i - WINDOWS.past_aux_left), i))
    return False


AUX_LEFT = 2       # words before a protest word where the كان of its pluperfect stands (وكانت حركة الاحتجاج)


def pluperfect_subject(toks, start: int, end: int, a: int, b: int) -> bool:
    """The protest word is the subject of a pluperfect, between كان and قد later in its clause, no
    punctuation between (وكانت حركة الاحتجاج في منطقة الحسيمة قد لاقت صدى، وكانت الاحتجاجات قد
    عمت المدن): background told before the news,
    as a protest word after قد is (``pluperfect``) - no protest reported now; so is one further on
    in the pluperfect's clause, no punctuation between (قد لاقت صدى في مدن أخرى خرجت فيها تظاهرات
    تضامنية: where the background spread)."""
    w = frame_words()
    if not any(not w.past_aux.isdisjoint(toks[i].forms) for i in range(max(0, start - AUX_LEFT), start)):
        return _in_pluperfect(toks, start, a, w)
    for k in range(end, b):
        if toks[k].kind == "punct":
            return False
        if toks[k].norm in w.perfect_particle:
            return True
    return False


def _in_pluperfect(toks, start: int, a: int, w) -> bool:
    """قد before the word in its clause, no punctuation between, and كان before قد."""
    for i in range(start - 1, a - 1, -1):
        if toks[i].kind == "punct":
            return False
        if toks[i].norm in w.perfect_particle:
            return any(not w.past_aux.isdisjoint(toks[j].forms) for j in range(a, i))  # (its subject between)
    return False


def not_motives(toks, trigs: list[Trig], lo: int) -> list[Trig]:
    """The triggers of a clause joined to a protest less those named as its motive or antecedent
    (احتجاجا على مقتل، بعد وفاة شاب وسحل آخر: a motive word before it, or a trigger joined by و
    to one that is)."""
    conj = role_words().conj
    out: list[Trig] = []
    prev_motive_end = -1
    for t in sorted(trigs, key=lambda t: t.loc.start):
        is_motive = motive(toks, t.loc.start, lo) and not crowd_own(toks, t.cls, t.loc.start, t.loc.end, lo, len(toks)) or (
            prev_motive_end >= 0 and 0 < t.loc.start - prev_motive_end <= 3
            and toks[t.loc.start].has_proclitic(conj))
        if is_motive:
            prev_motive_end = t.loc.end
        else:
            out.append(t)
    return out


EARLIER_DAYS = 7   # a relative clause's antecedent dated this long before the sentence's latest date
DATE_BEFORE = 3    # tokens between the antecedent's date and the relative pronoun (the comma, و)


def earlier_from(ix, sent: int) -> int | None:
    """Where a relative clause opens (، والتي أسفرت عن مقتل عشرات) whose antecedent, told right
    before it, is dated long before the sentence's latest date or the report's day (خلال اجتياح
    ... في يوليو 2025، والتي أسفرت عن ...): its acts and dead are that earlier act's, none at the
    protest the sentence tells."""
    toks = ix.doc.tokens
    dates = [d for d in ix.get("date", sent) if d.mention.value.date is not None]
    published = ix.doc.article.published
    later = [d.mention.value.date for d in dates] + ([published] if published is not None else [])
    for d in dates:
        day = d.mention.value.date
        if not any((x - day).days > EARLIER_DAYS for x in later):
            continue
        for i in range(d.end, min(ix.bounds[sent][1], d.end + DATE_BEFORE + 1)):
            if not function_words("relative").isdisjoint(toks[i].forms):
                return i
    return None


def not_answered(toks, trigs: list[Trig], lo: int) -> list[Trig]:
    """The triggers of a violent clause less what its act answers: a trigger after a response
    word (ردا على اغتيال، انتقاما لمقتل) and those after it up to the next punctuation, which
    tell how that earlier act went (انتقاما لمقتل أحد أفرادها في تبادل لإطلاق النار)."""
    dropped: set[int] = set()
    answered_from = None
    for t in sorted(trigs, key=lambda t: t.loc.start):
        if answered_from is not None and all(toks[j].kind != "punct" for j in range(answered_from, t.loc.start)):
            dropped.add(id(t))
        elif answered(toks, t.loc.start, lo):
            answered_from = t.loc.start
            dropped.add(id(t))
        else:
            answered_from = None
    return [t for t in trigs if id(t) not in dropped]


def answered(toks, k: int, lo: int) -> bool:
    """The trigger at ``k`` names the act another one answers (ردا على اغتيال، انتقاما لمقتل):
    a response word a few words before it, no punctuation between."""
    return answered_death(toks, k, lo)
