"""Where a violent frame is cut before a coordinated verb that opens an act of its own (issue #9,
round 37; used by events.frames._split_coordinated).

After a comma (شن غارات على منطقة X ...، واستهدف بغارتين منزلا في مدينة Y) the cut stands right
after the comma. A coordinated perfect verb right after a place that ends the first act's list
opens the second act without a comma too: استهدفت براجمات الصواريخ قريتي البارة وبليون واستهدفت
بالمدفعية الثقيلة قرى دوير الأكراد والسرمانية - two acts at their own places, one frame each
(the caller still asks the part after the cut for a place of its own).

An act noun opens an act of its own the same way when a coordinated occurrence verb (modality.tsv
``occur``: خرج، انطلق، اندلع، نظم ...) stands right before it, maybe past a date: ...، وخرجت
مظاهرات في الفلوجة وسامراء؛ ...، كما انطلقت مسيرات أمس في X (:func:`occurrence_verb`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from hadath.events.place_choice import introduced  # (re-exported for events.frames)
from hadath.text.clitics import clitics
from hadath.types import Token

if TYPE_CHECKING:  # pragma: no cover
    from hadath.events.index import DocIndex, Located


def occurrence_verb(ix: "DocIndex", sent: int, k: int, a: int, crowd: bool = False) -> int | None:
    """The token of the occurrence verb whose cue ends right before the act noun at ``k`` (or
    before a date right before it: وخرجت أمس مظاهرات; or before a subject of otherness, نظم آخرون
    وقفة), inside the clause from ``a``; or None. Before a ``crowd``'s noun a verb of setting off
    is one too (event_frames.tsv ``setoff_verb``: وانطلقت مسيرة أخرى), and the crowd's counted
    subject may stand between (:func:`_past_crowd`: ونظم المئات وقفة أخرى)."""
    from hadath.events.frame_words import frame_words

    dates = [d for d in ix.get("date", sent) if a <= d.start and d.end <= k]
    end = k
    while (d := next((d for d in dates if d.end == end), None)) is not None:
        end = d.start
    toks = ix.doc.tokens
    if end - 1 > a and toks[end - 1].norm in frame_words().other_people:
        end -= 1  # (بينما نظم آخرون وقفة سلمية: the subject between the verb and the noun)
    elif crowd:
        end = _past_crowd(toks, end, a)
    if crowd and end - 1 > a and not frame_words().setoff_verb.isdisjoint(toks[end - 1].forms):
        return end - 1  # (، وانطلقت مسيرة أخرى: a crowd's noun only)
    return next((c.start for c in ix.cues if c.entry.kind == "occur" and c.end == end
                 and c.end - c.start == 1 and c.start > a), None)


def _past_crowd(toks: Sequence[Token], end: int, a: int) -> int:
    """Where a crowd's subject standing right before ``end`` starts (، ونظم المئات وقفة سلمية
    أخرى; وخرج آلاف المتظاهرين في مسيرة): a count word (event_scope.tsv ``crowd_count``), maybe
    with the protesters' noun after it (``crowd_counted``); ``end`` itself when there is none."""
    from hadath.events.modality import crowd_noun, scope_words

    w = scope_words()
    if end - 2 > a and toks[end - 2].norm in w.crowd_count and crowd_noun(toks[end - 1], counted=True):
        return end - 2
    return end - 1 if end - 1 > a and toks[end - 1].norm in w.crowd_count else end


ELSEWHERE_GAP = 4   # words between a phrase of another place and the crowd's verb (من المدينة)


def elsewhere(toks: Sequence[Token], lo: int, hi: int) -> int | None:
    """The noun of a phrase of another place in [lo, hi): a noun of place with a word of
    otherness after it (event_frames.tsv ``other_place``, ``other_act``: في مكان آخر، في موقع
    آخر من المدينة); None when there is none."""
    from hadath.events.frame_words import frame_words

    w = frame_words()
    return next((i for i in range(max(lo, 0), min(hi, len(toks)) - 1)
                 if toks[i].norm in w.other_place and toks[i + 1].norm in w.other_act), None)


def elsewhere_comma(toks: Sequence[Token], k: int, a: int) -> int | None:
    """The comma opening a phrase of another place that stands before the crowd's verb at ``k``
    (، وفي موقع آخر من المدينة نظم العشرات وقفة): the crowd told after it is another crowd."""
    from hadath.events.frame_words import frame_words

    j = elsewhere(toks, max(a + 2, k - 2 - ELSEWHERE_GAP), k)
    return j - 2 if j is not None and toks[j - 2].norm in frame_words().comma else None


def coordinated_cut(toks: Sequence[Token], t, c: int | None, a: int, places: Sequence["Located"],
                    comma: frozenset[str], coord: frozenset[str]) -> int | None:
    """The first token of the act trigger ``t`` opens, given where its comma would stand (``c``,
    events.frames._opening_comma), or None."""
    if c is None or c <= a:
        return None
    if toks[c].norm in comma:
        return c + 1
    k = t.loc.start
    if t.form == "verb" and toks[k].has_proclitic(coord) and any(p.end == k for p in places):
        return k
    return None


SEQUEL_CLASSES = frozenset({"clash"})  # acts a sequel cue opens: a fight that followed the act


def sequel_cue(ix: "DocIndex", sent: int, k: int, a: int) -> int | None:
    """The first token of a cue telling that the act noun at ``k`` followed the act told before
    it (event_frames.tsv): a verb of following and ذلك (وتلا ذلك اشتباك مسلح، أعقب ذلك اشتباكات)
    or its form with the act as object (وتبعها اشتباك), ثم or بعد ذلك with an occurrence verb (ثم
    اندلعت اشتباكات، واندلعت بعد ذلك اشتباكات، وقعت إثر ذلك مواجهات; with على before it, or with
    the act as a pronoun on the word of time: واندلعت على إثرها اشتباكات، وعقبه اندلع اشتباك), a verb of causing and a noun
    of outbreak up to three words apart (ما أدى إلى اندلاع اشتباكات، تسبب في نشوب مواجهات، أسفر عن
    اندلاع، نتج عن ذلك اندلاع), or an occurrence verb bearing ف of consequence (، فاندلعت
    اشتباكات); None otherwise. The cue
    stands inside the clause from ``a``; the act may be pointed back to by its own definite noun
    instead of ذلك (وأعقب الانفجار اشتباك مسلح، وعقب التفجير اندلعت اشتباكات)."""
    from hadath.events.frame_words import frame_words
    from hadath.events.modality import scope_words

    toks, w, after_that = ix.doc.tokens, frame_words(), scope_words().sequel   # (بعد، عقب، إثر ذلك)
    inside = lambda j: a - 1 <= j < k and j >= 0  # noqa: E731
    has = lambda j, words: inside(j) and not words.isdisjoint(toks[j].forms)  # noqa: E731
    if has(k - 1, w.outbreak):  # (أدى لاندلاع، أدى إلى اندلاع، أسفر عن نشوب، نتج عن ذلك اندلاع)
        return next((j for j in range(k - 2, k - 5, -1) if has(j, w.sequel_cause)), None)
    if has(k - 1, w.follow):
        return k - 1
    acts = {loc.start for loc in ix.get("trigger", sent)}
    back = lambda j: has(j, w.that_word) or (  # noqa: E731 (ذلك، or the act's own noun: الانفجار)
        inside(j) and j in acts and clitics().definite(toks[j].norm))
    if back(k - 1) and has(k - 2, w.sequel):
        return k - 2  # (وتلا ذلك اشتباك، وأعقب الانفجار اشتباك مسلح)
    pointed = lambda j: inside(j) and any(  # noqa: E731 (إثرها، بعده: the act as a pronoun)
        seg[1] in after_that and seg[2] for seg in toks[j].word_type.segs)
    lead = lambda j: j - 1 if has(j - 1, w.after_lead) else j  # noqa: E731 (على إثر)
    j = k
    if back(k - 1) and has(k - 2, after_that):
        j = lead(k - 2)  # (اندلعت بعد ذلك اشتباكات: the verb before the time words)
    elif pointed(k - 1):
        j = lead(k - 1)  # (واندلعت بعدها اشتباكات، واندلعت على إثرها اشتباكات)
    v = occurrence_verb(ix, sent, j, a)
    if v is None:
        return None
    if j < k:
        return v
    if back(v - 1) and has(v - 2, after_that):
        return lead(v - 2)  # (وبعد ذلك اندلعت اشتباكات، وعقب الانفجار اندلع اشتباك مسلح)
    if pointed(v - 1):
        return lead(v - 1)  # (وعلى إثرها اندلعت اشتباكات، وعقبه اندلع اشتباك)
    if toks[v].has_proclitic(w.consequence_clitic):
        return v  # (، فاندلعت اشتباكات: the verb bears the cue)
    return v - 1 if has(v - 1, w.sequence) else None

def other_act(toks: Sequence[Token], t) -> bool:
    """The act noun of trigger ``t`` is said to be another (مسيرة أخرى، هجوم آخر: event_frames.tsv
    ``other_act`` right after it), or its people are (event_frames.tsv ``other_people``: the
    subject right after the act's verb, فيما تظاهر آخرون; or right before its noun, بينما نظم
    آخرون وقفة سلمية): never the act told before, continued. Not a toll's word
    (قتل شخص وأصيب آخر: another person). Read for crowds only (events.frames, events.assemble):
    a strike told as another at one town is one event for ACLED, and a placeless one (وفي هجوم
    آخر، ... وسط سوق) is still folded into the act before by its place."""
    from hadath.events.frame_words import frame_words
    from hadath.events.taxonomy import TOLL_CLASSES

    w = frame_words()
    if t.cls in TOLL_CLASSES:
        return False
    k, e = t.loc.start, t.loc.end
    if t.form == "verb":
        return e < len(toks) and toks[e].norm in w.other_people and toks[e].sentence == toks[k].sentence
    return (e < len(toks) and toks[e].norm in w.other_act) or (
        k > 0 and toks[k - 1].norm in w.other_people and toks[k - 1].sentence == toks[k].sentence)


__all__ = ["coordinated_cut", "elsewhere", "elsewhere_comma", "introduced", "occurrence_verb", "other_act", "sequel_cue"]
