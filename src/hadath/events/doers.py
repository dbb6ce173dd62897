"""The doers' own dead (issue #9, round 27): a toll whose victims are the act's doers - an
attacker noun (أحد المهاجمين، مقتل منفذ الهجوم، لقي الانتحاري حتفه) or a definite noun of armed
men, the anaphor of the doers (فيما قتل أحد المسلحين) - is the other side's dead of the act the
clause before told. ACLED and CODING.md count all deaths of the event, all sides (a suicide
bomber's own death when the text reports it), so when such a toll joins the toll of the side
hit (a continuation or another mention of the act merged), the two add up instead of the larger
being kept. Remote acts (air strikes, shelling) have no doers on the ground to die: there
the dead armed men are the side hit, and the larger toll is kept as before."""
from __future__ import annotations

from typing import TYPE_CHECKING

from hadath.events.handover import (DOERS_ADDED, DOERS_DEAD, TOLL_CLAIM, TOLL_MORE, TOLL_OTHER,  # noqa: F401 (re-exported)
                                    TOLL_TOTAL)
from hadath.events.lexicons import function_words
from hadath.events.toll_words import conj_led, toll_words
from hadath.text.clitics import clitics
from hadath.types import Event

if TYPE_CHECKING:  # (records imports this module: no import of the frame readers at run time)
    from hadath.events.fatalities import Toll
    from hadath.events.frames import Frame
    from hadath.events.index import DocIndex

WINDOW_AFTER = 3  # words looked at after a toll's last count for a word of "also" (_more_after)
TOPIC_GAP = 4  # words from a topic word to its verb of saying (أما قيادة الجيش فقالت)
WINDOW_MORE = 5  # words looked back from a toll's first count for a word of "also" (more_toll)
REMOTE_SUBTYPES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"})


def doers_toll(ix: "DocIndex", frame: "Frame", toll: "Toll") -> bool:
    """Every count of the frame's toll is of the act's doers (event_tolls.tsv ``doer_victim``,
    ``doer_definite``): the doer noun is the counted word, right after it, or after من (أحد
    المهاجمين، مقتل منفذ الهجوم، اثنان من المسلحين; not حصيلة قتلى التفجير الانتحاري)."""
    if not toll.deaths or toll.estimate or not toll.spans or frame.group != "violence":
        return False
    toks, (a, b) = ix.doc.tokens, frame.clause
    w = toll_words()
    for span in toll.spans:
        k = next((i for i in range(a, b) if toks[i].start <= span.start < toks[i].end), None)
        if k is None:
            return False
        at = [k, k + 1] + ([k + 2] if k + 2 < b and toks[k + 1].norm in w.partitive else [])
        if k > a and _definite_count(toks[k]):
            at.append(k - 1)  # (تصفية المنفذين الاثنين: the count after its noun)
        if not any(_doer(toks[j], w) for j in at if j < b) and not (_pronoun(toks[k]) and doer_before(toks, k)):
            return False
    return True


def doers_within(ix: "DocIndex", frame: "Frame", toll: "Toll", sub: str | None) -> int:
    """The doers' own dead told in the clause after the side hit's toll (وقتل شرطي ... مما أسفر
    عن مقتلهما، وتمكنت القوة من تصفية المنفذين الاثنين): a death word not counted yet whose
    victims are the act's doers - a pronoun whose antecedent is a doer noun, or a doer noun
    right after it with its count (or a singular one: تحييد الانتحاري). 0: none (or a remote act,
    a toll told as a total, an estimate)."""
    if not toll.deaths or toll.estimate or not toll.spans or frame.group != "violence" or sub in REMOTE_SUBTYPES:
        return 0
    toks, (a, b) = ix.doc.tokens, frame.clause
    counted = {ix.token_range(s)[0] for s in toll.spans}
    first = min(counted)
    from hadath.events.unnumbered import victims_by_pronoun
    w, added = toll_words(), 0
    for t in frame.trigs:
        s, e = t.loc.start, t.loc.end
        if t.cls not in DEATH_CLASSES or s <= first or any(s <= k <= e + 1 for k in counted):
            continue
        # (counted already: the trigger, or its doer noun's count - تصفية المنفذين الاثنين)
        n = victims_by_pronoun(toks[s]) if e - s == 1 else 0
        if n and doer_before(toks, s):
            added += n
        elif e < b and _doer(toks[e], w):
            added += _doer_count(ix, frame, e)
    return added


DEATH_CLASSES = frozenset({"kill", "death", "execute"})
ANTECEDENT = 12  # words back to a pronoun's antecedent


def doer_before(toks, k: int) -> bool:
    """The nearest noun of people before ``k`` in its sentence is a doer noun (ردوا على المهاجمين
    فقتل أحدهما، الاشتباك مع المهاجم الآخر مما أسفر عن مقتلهما; not قتل شرطيان وأصيب أحدهما)."""
    from hadath.events.unnumbered import people_noun
    w = toll_words()
    for j in range(k - 1, max(-1, k - ANTECEDENT - 1), -1):
        if toks[j].sentence != toks[k].sentence:
            return False
        if _doer(toks[j], w):
            return True
        if people_noun(toks[j]):
            return False
    return False


def _doer_count(ix: "DocIndex", frame: "Frame", k: int) -> int:
    """The count of the doer noun at ``k``: a count right after it, else 1 for a singular noun."""
    for q in ix.get("quantity", frame.sent):
        if q.start == k + 1 and q.mention.value.best and not q.mention.value.estimate:
            return q.mention.value.best
    return int(not toll_words().doer_one.isdisjoint(ix.doc.tokens[k].forms))


def _pronoun(tok) -> bool:
    w = toll_words()
    return any(a.suffix and a.suffix in (w.pronoun_one | w.pronoun_two) for a in tok.analyses[1:])


def _definite_count(tok) -> bool:
    return tok.kind == "word" and clitics().definite(tok.norm)


def total_toll(ix: "DocIndex", frame: "Frame", toll: "Toll") -> bool:
    """The toll is told as the act's total, all sides (a toll head before its first count:
    ارتفع عدد قتلى الهجوم إلى 15، بلغت حصيلة القتلى): the doers' dead told apart are among them."""
    if not toll.deaths or not toll.spans:
        return False
    toks, (a, b) = ix.doc.tokens, frame.clause
    first = min(s.start for s in toll.spans)
    heads = toll_words().toll_head
    return any(not heads.isdisjoint(toks[k].forms) for k in range(a, b) if toks[k].start < first)


def _doer(tok, w) -> bool:
    return not w.doer_victim.isdisjoint(tok.forms) or not w.doer_definite.isdisjoint({tok.norm, *tok.forms})


def doers_sum(ev: Event, more: Event) -> dict:
    """The toll fields of one act told by two mentions, one counting the side hit and the other
    only the doers' own dead (:data:`DOERS_DEAD`): the sum (all sides); {} otherwise."""
    if (DOERS_DEAD in ev.flags) == (DOERS_DEAD in more.flags) or not (ev.fatalities and more.fatalities) \
            or ev.fatalities_estimate or more.fatalities_estimate or TOLL_TOTAL in ev.flags + more.flags \
            or ev.sub_event_type in REMOTE_SUBTYPES or more.sub_event_type in REMOTE_SUBTYPES:
        return {}
    return summed_toll(ev, more)


def doers_flag(ev: Event, more: Event, changes: dict) -> tuple[str, ...] | None:
    """The flags of ``ev`` continued by ``more``: the toll is the doers' own when both tolls were
    (or only one of them told deaths, and it was); a toll summed by :func:`doers_sum` notes how
    many of its dead were the doers' (:data:`DOERS_ADDED`, read by the reconcile stage: the
    same act told elsewhere with the side hit's toll alone is that act). None: no change."""
    before = tuple(changes.get("flags", ev.flags))
    mine, theirs = DOERS_DEAD in ev.flags, DOERS_DEAD in more.flags
    doers = (mine or not ev.fatalities) and (theirs or not more.fatalities) and (mine or theirs)
    flags = [f for f in before if f != DOERS_DEAD] + ([DOERS_DEAD] if doers else [])
    if mine != theirs and ev.fatalities and more.fatalities \
            and changes.get("fatalities") == ev.fatalities + more.fatalities:
        n = (ev if mine else more).fatalities + doers_added(ev) + doers_added(more)
        flags = [f for f in flags if not f.startswith(DOERS_ADDED)] + [f"{DOERS_ADDED}{n}"]
    else:
        flags = list(carried_mark(flags, ev, more, changes.get("fatalities", ev.fatalities)))
    if TOLL_TOTAL in more.flags and TOLL_TOTAL not in flags and changes.get("fatalities", ev.fatalities) == more.fatalities:
        flags.append(TOLL_TOTAL)  # (the kept toll is the act's total)
    return tuple(flags) if tuple(flags) != before else None


def carried_mark(flags, keep: Event, other: Event, fatalities: int | None) -> tuple[str, ...]:
    """``flags`` of ``keep`` when the record of the two has ``fatalities``: the other telling's
    mark of its doers' dead goes with its toll when that toll is the one kept."""
    if fatalities == other.fatalities != keep.fatalities and doers_added(other):
        return tuple(f for f in flags if not f.startswith(DOERS_ADDED)) + (f"{DOERS_ADDED}{doers_added(other)}",)
    return tuple(flags)


def doers_added(ev: Event) -> int:
    """How many of the event's dead are its doers', added to the side hit's toll (0: none)."""
    return next((int(f[len(DOERS_ADDED):]) for f in ev.flags if f.startswith(DOERS_ADDED)), 0)


def other_source_toll(ix: "DocIndex", frame: "Frame", toll: "Toll") -> bool:
    """The frame counts its dead in a sentence told by another source (event_tolls.tsv
    ``source_noun`` and, a word or two after it, ``second_word``: وأكد مصدر أمني ثان وقوع الهجوم،
    لكنه قال إن الحصيلة هي 19 قتيلا): an alternative figure for the act, not an update."""
    if not toll.deaths or toll.estimate:
        return False
    w = toll_words()
    toks = ix.doc.tokens
    a, b = ix.bounds[frame.sent]
    return any(not w.source_noun.isdisjoint(toks[k].forms)
               and any(not w.second_word.isdisjoint(toks[j].forms) for j in range(k + 1, min(b, k + 3)))
               for k in range(a, min(b, frame.clause[1]))) or other_side_toll(ix, a, toll)


def other_side_toll(ix: "DocIndex", a: int, toll: "Toll") -> bool:
    """A phrase turning to another speaker (event_tolls.tsv ``other_side``: من جانبه، في المقابل،
    بدوره) between the sentence's start ``a`` and the toll's first count (ومن جانبه أعلن الناطق
    باسم الحركة مقتل 21 من القوات الحكومية): that party's figure for the act told before - not
    when a news outlet tells it (a modality.tsv ``source`` cue after the phrase: من جهتها، أفادت
    قناة العربية عن مقتل أكثر من 38: a fuller report, not a side's claim). Also a topic word
    (``other_topic``: أما) or of contrast (بينما، في حين) with a verb of saying right after it
    (أما التنظيم فقال، في حين أعلن التنظيم)."""
    toks, w = ix.doc.tokens, toll_words()
    phrases = w.other_side
    first = min((s.start for s in toll.spans), default=None)
    if first is None:
        return False
    at = next((k for k in range(a, len(toks)) if toks[k].end > first), len(toks))  # the count's token
    for k in range(a, at):
        words = {toks[k].norm, *toks[k].forms}
        if not phrases.isdisjoint(words) or (k + 1 < len(toks) and toks[k + 1].end <= first and any(
                f"{f} {toks[k + 1].norm}" in phrases for f in words)) \
                or turn_said(ix, k, w.other_topic, min(k + TOPIC_GAP + 1, at)):
            return not any(c.entry.kind == "source" and k < c.start and toks[c.start].end <= first for c in ix.cues)
    return False


def turn_said(ix: "DocIndex", k: int, words: frozenset[str], hi: int) -> bool:
    """The word at ``k``, alone or with the next (``words``: event_tolls.tsv ``other_topic``,
    ``contrast_said``), turns to another speaker: a verb of saying (a modality.tsv ``report``
    cue) starts after it, before token ``hi`` (أما التنظيم فقال إن 30 جنديا قتلوا، في حين أعلن
    التنظيم، فيما تحدثت مصادر: a speaker set against the one before; not أما في حلب فقتل ثلاثة,
    another act). Read by :func:`other_side_toll` and contrast_toll.contrast_cut."""
    toks = ix.doc.tokens
    if not (toks[k].norm in words or (k + 1 < len(toks) and f"{toks[k].norm} {toks[k + 1].norm}" in words)):
        return False
    return any(c.entry.kind == "report" and k < c.start < hi for c in ix.cues)


def more_toll(ix: "DocIndex", frame: "Frame", toll: "Toll") -> bool:
    """The toll counts more dead of an act told before: a word of "also" (event_tolls.tsv
    ``toll_more``) a few words before its first count, inside its clause, with no complementizer or
    punctuation between (قتل أيضا ثلاثة سوريين، كما قتل المسلح، وأسفر الهجوم كذلك عن مقتل اثنين;
    not وقال أيضا إن خمسة قتلوا, a restatement)."""
    if not toll.deaths or not toll.spans or toll.estimate:
        return False
    w = toll_words()
    toks, a = ix.doc.tokens, frame.clause[0]  # (not a sentence's opening كما: often another act, كما قتل
    #                                           خمسة بانفجار عبوة ناسفة في حي آخر)
    first = min(s.start for s in toll.spans)
    k = next((i for i in range(a, len(toks)) if toks[i].end > first), None)
    if k is None:
        return False
    for j in range(k - 1, max(a, k - WINDOW_MORE) - 1, -1):
        tok = toks[j]
        if tok.kind == "punct" or tok.norm in w.toll_more_stop:
            break
        if tok.norm in w.toll_more or not w.toll_more.isdisjoint(tok.forms):
            return True
    return _more_after(toks, max(s.end for s in toll.spans), frame.clause[1], w)


def _more_after(toks, last: int, b: int, w) -> bool:
    """A word of "also" told after the count (event_tolls.tsv ``toll_more_after``: ثلاثة مدنيين
    قتلوا أيضا), its noun and verb between - no punctuation, no word led by و (وأصيب أيضا: the
    wounded's), within WINDOW_AFTER words."""
    k = next((i for i in range(len(toks)) if toks[i].end >= last), None)
    if k is None:
        return False
    for j in range(k + 1, min(b, k + 1 + WINDOW_AFTER, len(toks))):
        tok = toks[j]
        if tok.kind == "punct" or conj_led(tok):
            return False
        if tok.norm in w.toll_more_after:
            return True
    return False


def more_sum(ev: Event, more: Event) -> dict:
    """The toll fields of one act told by two mentions, one of them counting more dead of it
    (:data:`TOLL_MORE`: قتل خمسة ... . قتل أيضا ثلاثة سوريين ولبناني وعراقي): the sum; {} otherwise."""
    if (TOLL_MORE not in ev.flags and TOLL_MORE not in more.flags) or not (ev.fatalities and more.fatalities) \
            or ev.fatalities_estimate or more.fatalities_estimate or TOLL_TOTAL in ev.flags + more.flags:
        return {}
    return summed_toll(ev, more)


def summed_toll(ev: Event, more: Event) -> dict:
    """The toll fields of the two tolls added up (figure, low and high)."""
    low = (ev.fatalities_low or ev.fatalities) + (more.fatalities_low or more.fatalities)
    high = (ev.fatalities_high or ev.fatalities) + (more.fatalities_high or more.fatalities)
    return dict(fatalities=ev.fatalities + more.fatalities, fatalities_low=low, fatalities_high=high)


def without_more(flags: tuple[str, ...]) -> tuple[str, ...]:
    """``flags`` without :data:`TOLL_MORE` (a summed toll adds no more)."""
    return tuple(f for f in flags if f != TOLL_MORE)


def other_figure(ev: Event, other: Event) -> dict | None:
    """Two counted tolls of one act, ``other`` told by another source (:data:`TOLL_OTHER`): the
    lowest credible (CODING.md) - ``other``'s fields when lower, {} when ``ev`` keeps its own;
    None when this does not apply."""
    if TOLL_OTHER not in other.flags or not (ev.fatalities and other.fatalities) \
            or ev.fatalities_estimate or other.fatalities_estimate:
        return None
    if other.fatalities >= ev.fatalities:
        return {}
    return dict(fatalities=other.fatalities, fatalities_low=other.fatalities_low,
                fatalities_high=other.fatalities_high, fatalities_estimate=other.fatalities_estimate)


def claimed_toll(ix: "DocIndex", frame: "Frame", toll: "Toll") -> bool:
    """The toll is told in the doers' claim: a verb of claiming an act (function_words.tsv
    ``claim_verb``: تبنى، تبنت) in the sentence before its first count (تبنى التنظيم قتل 14
    جنديا في كمين)."""
    if not toll.deaths or not toll.spans:
        return False
    claim, toks = function_words("claim_verb"), ix.doc.tokens
    first = min(s.start for s in toll.spans)
    a, b = ix.bounds[frame.sent]
    return any(toks[k].start < first and not claim.isdisjoint({toks[k].norm, *toks[k].forms}) for k in range(a, b))


def claim_figure(ev: Event, other: Event) -> dict | None:
    """Two counted tolls of one act, one of them the doers' claim (:data:`TOLL_CLAIM`) and the
    other not (an official count, a witness): the lowest credible (CODING.md) - the other's
    figure when lower; None when this does not apply."""
    if (TOLL_CLAIM in ev.flags) == (TOLL_CLAIM in other.flags) or not (ev.fatalities and other.fatalities) \
            or ev.fatalities_estimate or other.fatalities_estimate:
        return None
    told = other if TOLL_CLAIM in ev.flags else ev
    if told.fatalities >= (other if told is ev else ev).fatalities:
        return None  # (a claim below the count: the larger, as before)
    return dict(fatalities=told.fatalities, fatalities_low=told.fatalities_low, fatalities_high=told.fatalities_high,
                fatalities_estimate=False)


def hit_toll(ev: Event) -> int:
    """The event's dead without its doers' own (:func:`doers_added`; none when its whole toll is
    theirs)."""
    return 0 if DOERS_DEAD in ev.flags else max((ev.fatalities or 0) - doers_added(ev), 0)
