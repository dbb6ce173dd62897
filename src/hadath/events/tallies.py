"""Clauses that sum several acts (issue #9, round 27): background told after an act - the toll
of a campaign still going on (وقتل الجيش المئات من مقاتلي الجماعة في حملة لا تزال مستمرة) or of
more than one attack (ذكرت أن ستة من قوات الأمن قتلوا في أكثر من هجوم) - is no act of its own and
no continuation of the act told before: it would lend that act its actor and its toll
(CODING.md: period totals never go to one event)."""
from __future__ import annotations

from hadath.events.frames import Frame
from hadath.events.index import DocIndex, Located
from hadath.events.modality import scope_words
from hadath.events.toll_words import toll_words
from hadath.events.wordbits import DURING, PERIOD, SCOPE, within
from hadath.text.clitics import clitics

ONGOING_WORDS = 4  # an ongoing word this close after the campaign noun (حملة لا تزال مستمرة)


def tally_of_acts(ix: DocIndex, frame: Frame) -> bool:
    """The frame's clause places its act in a campaign still going on, or in more than one act
    (event_scope.tsv ``campaign`` + ``ongoing``, ``several`` + من + an act noun), or shares
    out a tally of acts (``most`` + a definite act noun: معظم الهجمات)."""
    if frame.group != "violence":
        return False  # (حملة اعتقالات مستمرة: arrests made, each an act)
    toks, (a, b) = ix.doc.tokens, frame.clause
    w = scope_words()
    acts = {t.start for t in ix.get("trigger", frame.sent)}
    article = frozenset({clitics().article})
    for k in within(ix.positions[SCOPE], a, b):
        forms = toks[k].forms
        if not w.campaign.isdisjoint(forms) and any(
                not w.ongoing.isdisjoint(toks[j].forms) for j in range(k + 1, min(k + 1 + ONGOING_WORDS, b))):
            return True
        if not w.several.isdisjoint(forms) and k + 2 < b and toks[k + 1].norm in toll_words().partitive and k + 2 in acts:
            return True
        if not w.most.isdisjoint(forms) and k + 1 in acts and k + 1 < b and toks[k + 1].has_proclitic(article):
            return True  # ووقعت معظم الهجمات في الشرق الأوسط: a share of a tally of acts
    return False


WIDE = frozenset({"country", "admin1"})  # places a spread tally names: the country, a governorate
PERIOD_WORDS = 4  # a unit of time this close after "during" (خلال الـ 24 ساعة، خلال الساعات الأربع)


def spread_tally(ix: DocIndex, frame: Frame) -> bool:
    """The frame's clause tells a period's toll spread over many places: "during" and a unit of
    time (event_scope.tsv ``during`` + ``period_unit``: خلال الساعات الأربع والعشرين الماضية) and
    a plural noun of areas with a word of spread (``spread_area`` + ``spread``: على مناطق متفرقة
    من لبنان). A ministry's daily tally, no act of one place: its toll goes to no place named
    later (CODING.md: tallies never go to one event). Either alone is not enough - the coalition's
    31 strikes "during the last 24 hours" on two named places are acts; nor when the clause names
    a town (a share of the tally told at its place)."""
    if frame.group != "violence":
        return False
    toks, (a, b) = ix.doc.tokens, frame.clause
    w = scope_words()
    period = any(any(   # (wordbits.DURING: the tokens of during, the loop's first test)
        not w.period_unit.isdisjoint(toks[j].forms) for j in range(k + 1, min(k + 1 + PERIOD_WORDS, b)))
        for k in within(ix.positions[DURING], a, b))
    if not period or any(a <= p.start < b and p.mention.value.place is not None
                         and p.mention.value.place.feature_class not in WIDE for p in ix.get("place", frame.sent)):
        return False  # (بينهم ثمانية في مدينة سراقب: a share told at its town)
    return any(not w.spread_area.isdisjoint(toks[k].forms) and (
        not w.spread.isdisjoint(toks[k + 1].forms) or (k > a and not w.spread.isdisjoint(toks[k - 1].forms)))
        for k in range(a, b - 1))


PERIOD_GAP = 2  # words between the period and its recency word (خلال الأشهر الثلاثة الماضية)


def period_acts(ix: DocIndex, frame: Frame) -> bool:
    """The frame's clause places its acts in a long recent period, not on a day: a definite
    plural of a long unit of time (or الفترة) and a word of recency after it (event_scope.tsv
    ``long_period`` + ``recent``: وقد شهدت الأشهر الأخيرة سلسلة غارات، خلال الأسابيع الماضية،
    في السنوات الأخيرة). A tally or background, no dated act (CODING.md: period totals never go
    to one event) - unless an elative compares the act with them (الأعنف خلال الأشهر الأخيرة), or
    one of the acts is told as the latest (event_scope.tsv ``latest_of``: كان آخرها)."""
    toks, (a, b) = ix.doc.tokens, frame.clause
    w = scope_words()
    ks = within(ix.positions[PERIOD], a, b)   # (wordbits: the loops' tokens, latest_of or long_period)
    if any(toks[k].norm in w.latest_of for k in ks):
        return False  # (اعتداءات متفرقة في الأيام الأخيرة كان آخرها إطلاق النار: the latest is an act)
    for k in ks:
        if toks[k].norm not in w.long_period and w.long_period.isdisjoint(toks[k].forms):
            continue
        if any(toks[j].norm in w.recent for j in range(k + 1, min(k + 2 + PERIOD_GAP, b))) and not any(
                not w.elative.isdisjoint(toks[j].forms) for j in range(max(a, k - 3), k)):
            return True
    return False


def period_dated(ix: DocIndex, dloc: Located | None) -> bool:
    """The clause's date is itself a span of days or longer (event_scope.tsv ``long_period``
    inside it: وخلال الأيام الثلاثة الماضية، قتل 40 مدنيا): the date parser gives it a week, but
    it dates no act - the clause's dead are the span's (CODING.md: period totals never go to one
    event)."""
    if dloc is None:
        return False
    toks, w = ix.doc.tokens, scope_words()
    return any(toks[k].norm in w.long_period or not w.long_period.isdisjoint(toks[k].forms)
               for k in range(dloc.start, dloc.end))
