"""Deaths (and, apart, injuries) of one event from the quantities of its clause.

A count is a death toll when its counted noun is a death noun (قتيل، قتلى، شهيد، جثة), when a death word
governs it (مقتل 5، استشهاد 3، قتل 4، مصرع 2) or when a death verb follows it (28 شخصا قتلوا، لقي 3 مصرعهم).
It is an injury count with جريح/مصاب nouns, after إصابة/جرح/أصيب, or before بجروح. Subsets (بينهم 3 أطفال) are
skipped. Tolls of the same counted noun are alternatives (the most conservative is kept); tolls of different
nouns (5 مدنيين و3 جنود) add up. Deaths reported without a number count 1 for a singular victim noun (مقتل
جندي، ان شخصا قتل) and 10, as an estimate, otherwise (ACLED's "several", CODING.md). Dead and wounded counted
together (مقتل وإصابة 7، عشرات القتلى والجرحى) are 1 with a numeral and 10 with a vague word, an estimate
(CODING.md); a count of casualties (5 ضحايا، عشرات الضحايا) is one sure death, an estimate; deaths the text
denies (دون وقوع قتلى) are none.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Collection, Sequence

from hadath.events.beside_toll import _injury_between as injury_between, joined_after, singular_beside
from hadath.events.toll_objects import (bare_count as _bare_count, caused_death, company_led, conj_led_count as _conj_led, joined_count,
                                        lost_members, own_clause,
                                        people_count as _people_count, period_total as _period_total, plain_run as _plain_run)
from hadath.events.relative_toll import past_relative, postposed_joined
from hadath.events.ordinal_toll import ordinal_groups, updated
from hadath.events.carried import carried
from hadath.events.toll_words import TOLL_WORDS, TollWords, conj_led, toll_words  # noqa: F401  (re-exported)
from hadath.events.toll_words import agreeing_verb, aside_count, loss_left, loss_nouns, past_hedge, sum_word
from hadath.events.tuning import CONFIDENCE, WINDOWS
from hadath.events.wordbits import DEATH, VAGUE, within
from hadath.events.unnumbered import (answered_death, casualty, chain_before, dual_after, dual_subject, hedged_vague, joined_victims, motive,
                                      named_death, people_noun, recalled, singles, singles_before, singular_before,
                                      singular_victims, time_token, victims_by_number, victims_by_pronoun)
from hadath.text.number_words import word_number
from hadath.types import Quantity, Span, Token


UPDATE, PERIOD = "\x00update", "\x00period"  # (PERIOD: the key of a period's or a sum's total)
JOINT = "joint"  # dead and wounded counted together (مقتل وإصابة 7، عشرات القتلى والجرحى)
CASUALTY = "\x00casualty"  # ... or named by one word for both (سقوط 5 ضحايا)
SUBSET = "\x00subset"  # a count among a toll counted before (بينهم طفلان), and those joined to it
UNNUMBERED_DEATHS = 10  # deaths reported with no number and no singular victim (ACLED: "several" = 10)
JOINT_COUNTED = 1  # dead and wounded counted together with a numeral: one death is sure (CODING.md)
DENIAL_LEFT = 6  # a denial word this close before an unnumbered death noun (دون وقوع قتلى)


@dataclass
class Toll:
    deaths: int = 0
    low: int | None = None
    high: int | None = None
    estimate: bool = False
    injuries: int | None = None
    spans: tuple[Span, ...] = ()
    confidence: float = 0.0


def classify(tokens: Sequence[Token], start: int, end: int, lo: int, hi: int) -> tuple[str | None, str]:
    """("death" | "injury" | JOINT | None, counted-noun key) for the quantity at
    tokens[start:end]; JOINT: dead and wounded counted together (key CASUALTY when one word
    names both, ضحايا)."""
    w = toll_words()
    noun_i = end
    if noun_i < hi and start > lo and tokens[noun_i].norm in w.bracket and tokens[start - 1].norm in w.bracket:
        noun_i += 1  # (15) شهيدا
    if noun_i < hi and tokens[noun_i].norm in w.partitive:
        noun_i += 1
    noun = tokens[noun_i] if noun_i < hi else None
    key = noun.forms[-1] if noun is not None and noun.kind == "word" else ""
    # left context (skipping bound words: مقتل ما لا يقل عن 5; set tests ``not SET.isdisjoint(tok.forms)``)
    j = governor(tokens, start, lo)
    if j >= lo and not w.toll_to.isdisjoint(tokens[j].forms):
        total = False
        for k in range(j - 1, max(lo, j - WINDOWS.toll_head_left) - 1, -1):
            if tokens[k].kind == "punct" and tokens[k].norm in ".;:!?":
                break
            total = total or sum_word(tokens, k)
            if not w.toll_head.isdisjoint(tokens[k].forms):
                if total:  # ارتفع عدد القتلى خلال الشهر إلى 40، الحصيلة الإجمالية: not this act's
                    return None, PERIOD
                injury = k + 1 < j and not w.toll_injury.isdisjoint(tokens[k + 1].forms)
                return ("injury" if injury else "death"), UPDATE
    elif _period_total(tokens, start, lo):  # بلغت حصيلة ضحايا القصف منذ فجر اليوم 55 قتيلا: not this act's
        return None, PERIOD
    if j >= lo and not _counted_noun(tokens[j]):  # (قتلى وجرحى: a counted noun governs nothing)
        left = tokens[j].forms
        if not w.subset.isdisjoint(left):
            return None, key
        if _joined(tokens, j, lo) and w.others.isdisjoint(noun.forms if noun is not None else ()):
            return JOINT, key  # مقتل وإصابة 7، قتل وأصيب عدد من (not قتل شخص وأصيب 15 آخرون)
        if not w.death_left.isdisjoint(left):
            return "death", key
        if not w.injury_left.isdisjoint(left):
            return "injury", key
        if (start == j + 1 or tokens[start - 1].norm in w.article) and people_noun(tokens[j]):
            # مقتل مدنيين اثنين، قتل مدنيان اثنان، أعدم الأشخاص الـ19: the number follows its noun
            before = tokens[j - 1].forms if j - 1 >= lo else ()
            if not w.death_left.isdisjoint(before):
                return "death", tokens[j].forms[-1]
            if not w.injury_left.isdisjoint(before):
                return "injury", tokens[j].forms[-1]
            after = noun.forms if noun is not None and noun_i == end else ()
            if not w.death_right.isdisjoint(after):  # مدنيين اثنين قتلا: then the verb after the number
                return "death", tokens[j].forms[-1]
            if not w.injury_right.isdisjoint(after):
                return "injury", tokens[j].forms[-1]
    own1, own2 = tokens[start].forms, tokens[end - 1].forms
    among = next((m + 2 for m in (noun_i, noun_i + 1) if m + 2 < hi and tokens[m].norm in w.among_kinds), noun_i + 1)
    if noun is not None and among < hi and _joined(tokens, among, lo, nouns=True):  # (12 ضحية بين قتيل وجريح)
        return JOINT, key  # عشرات القتلى والجرحى، 5 قتلى وجرحى، سقط 15 بين قتيل وجريح
    if noun is not None and not w.casualty.isdisjoint(noun.forms):
        return JOINT, CASUALTY  # سقوط 5 ضحايا، عشرات الضحايا: dead or wounded, not told apart
    if noun is not None:
        nf = noun.forms
        if not (w.death_noun.isdisjoint(nf) and w.death_noun.isdisjoint(own1)
                and w.death_noun.isdisjoint(own2)):
            return "death", key
        if not (w.injury_noun.isdisjoint(nf) and w.injury_noun.isdisjoint(own1)
                and w.injury_noun.isdisjoint(own2)):
            return "injury", key
    elif not (w.death_noun.isdisjoint(own1) and w.death_noun.isdisjoint(own2)):
        return "death", key
    elif not (w.injury_noun.isdisjoint(own1) and w.injury_noun.isdisjoint(own2)):
        return "injury", key  # (a bare وجرحى ending the clause)
    k, seen = noun_i + 1, 1
    limit = WINDOWS.death_right + (WINDOWS.partitive_group if k < hi and tokens[k].norm in w.partitive else 0)
    while k < hi and seen < limit:  # (5 عناصر من قوات النظام قتلوا: past the group the count is of)
        if own_clause(tokens, k, hi):
            break  # أحد المواطنين وأصيب 5 آخرون: a verb after و with its own count is another clause's
        f = tokens[k].forms
        nxt = tokens[k + 1].forms if k + 1 < hi else ()
        counted = k + 2 < hi and (tokens[k + 2].kind == "number" or tokens[k + 2].norm in w.filler
                                  or word_number(tokens[k + 2].norm) is not None or not w.others.isdisjoint(tokens[k + 2].forms))
        if not counted and (not (w.death_right.isdisjoint(f) or w.injury_right.isdisjoint(nxt))
                            or not (w.injury_right.isdisjoint(f) or w.death_right.isdisjoint(nxt))):
            return JOINT, key  # ستة أطفال قتلوا وأصيبوا (not قتلوا وأصيب نحو خمسين): not told apart
        if not w.death_right.isdisjoint(f):
            return "death", key
        if not w.injury_right.isdisjoint(f):
            return "injury", key
        if tokens[k].norm in w.filler:
            k += 1  # عنصران من قوات الحكومة قد قتلا: a particle before the verb is no word apart
            continue
        if tokens[k].kind == "punct":
            m = k + 1
            while m < hi and tokens[m].norm in w.filler:
                m += 1
            if tokens[k].norm in w.comma and m < hi and agreeing_verb(tokens[m]):
                k = m  # ثلاثة عناصر شرطة، قتلوا (، قد قتلوا): the verb after a comma agrees with the count
                continue
            k = past_hedge(tokens, k, hi)  # 16 متظاهرا، على الأقل، قتلوا
            if k is None:
                break
            continue
        if not w.subset.isdisjoint(f) and k + 1 < hi and tokens[k + 1].kind != "punct":
            # 4 من قوات الأمن بينهم ضابطان قتلوا، 5 عناصر بينهم 3 ضباط قتلوا: past the subset aside
            k += 3 if aside_count(tokens[k + 1]) else 2
            continue
        k, seen = k + 1, seen + 1
    return None, key


def governor(tokens: Sequence[Token], start: int, lo: int) -> int:
    """The index of the word that may govern the count at ``start``: the word before it, past
    bound words (مقتل ما لا يقل عن 5), an opening bracket (سقط (15) شهيدا), a detached
    article (الأشخاص الـ 19) and a time aside between commas (استشهد، مساء أمس السبت، خمسة)."""
    w = toll_words()
    j = start - 1
    while j >= lo and (tokens[j].norm in w.filler or tokens[j].norm in w.bracket or tokens[j].norm in w.article) \
            and start - j < WINDOWS.filler:
        j -= 1
    if j > lo and tokens[j].norm in w.comma:  # استشهد، مساء أمس السبت، خمسة أشخاص: past the aside
        k = j - 1
        while k > lo and j - k <= WINDOWS.aside and tokens[k].kind != "punct" and time_token(tokens[k]):
            k -= 1
        if k < j - 1 and k > lo and tokens[k].norm in w.comma:
            return k - 1
    return j


def _counted_noun(tok: Token) -> bool:
    """A dead or wounded noun (قتلى، الجرحى): counted itself, it governs no count after it."""
    nouns, governing = loss_nouns(), loss_left()
    # a form that is a noun and no governing word (قتلى; not إصابة, a noun and a verbal noun)
    return tok.kind == "word" and any(f in nouns and f not in governing for f in tok.forms)


def _joined(tokens: Sequence[Token], j: int, lo: int, nouns: bool = False) -> bool:
    """tokens[j] is و + a death or injury word right after a word of the other kind: the dead
    and the wounded are counted together. Governing words before a count (مقتل وإصابة 7، قتل
    وأصيب عدد من), or with ``nouns`` counted nouns after it (عشرات القتلى والجرحى) - a dead noun
    itself counted is no governing word (4 شهداء وإصابة 3)."""
    w = toll_words()
    if j - 1 < lo or not _conj_led(tokens[j]):
        return False
    this, prev = tokens[j].forms, tokens[j - 1].forms
    if nouns:
        if not (_counted_noun(tokens[j]) and _counted_noun(tokens[j - 1])):
            return False
        death, injury = w.death_noun, w.injury_noun
    elif _counted_noun(tokens[j - 1]):
        return False
    else:
        death, injury = w.death_left, w.injury_left
    return not (death.isdisjoint(prev) or injury.isdisjoint(this)) \
        or not (injury.isdisjoint(prev) or death.isdisjoint(this))


def tally(
    tokens: Sequence[Token],
    quantities: Sequence[tuple[int, int, Quantity, Span]],
    lo: int,
    hi: int,
    death_triggers: Sequence[tuple[int, int, Span]],
    victim_ends: Sequence[int] = (),
    kill_verbs: Sequence[tuple[int, int, Span]] = (),
    skip: Collection[int] = (),
    at: dict[int, list[int]] | None = None,
) -> Toll:
    """Deaths and injuries in tokens[lo:hi] given the quantities there (token range, value, span)
    and the death triggers of the frame (for unnumbered deaths); ``kill_verbs``: death triggers
    whose counted object counts but that give no unnumbered deaths (a protest's: قتلت قوات الأمن
    ثلاثة متظاهرين); ``skip``: tokens whose vague counts are no toll of the frame (the dead of a
    period's total or of hunger told beside it); ``at``: the document's wordbits positions or None."""
    conj = toll_words().conj
    groups: dict[str, list[tuple[Quantity, Span]]] = {}
    injuries: dict[str, list[int]] = {}
    toll = Toll()
    spans: list[Span] = []
    last: tuple[str | None, int] = (None, -10)
    joint: list[tuple[Quantity, Span]] = []
    denied: Span | None = None
    for s, e, q, span in sorted([*quantities, *_lone_vague(tokens, quantities, lo, hi, skip, at and at[VAGUE])], key=lambda x: x[0]):
        if s < lo or e > hi or q.best is None:
            continue
        if _denied(tokens, s, e, lo):
            denied = span  # دون وقوع قتلى، لم ترد معلومات عن سقوط قتلى: no death counted
            continue
        if groups and e < hi and tokens[e].norm in toll_words().share_of:
            last = (None, e)  # قتل تسعة مدنيين، 5 منهم قتلوا في النيرب: a share of the nine
            continue
        if last[0] == "death" and s - last[1] <= WINDOWS.toll_list_gap \
                and not toll_words().subset.isdisjoint(tokens[s].forms):
            last = (SUBSET, e)  # قتل شخصان أحدهما شرطي: one of the two
            continue
        kind, key = classify(tokens, s, e, lo, hi)
        if key == PERIOD:  # (... إلى 85 مدنيا: no kill verb's object either)
            continue
        if last[0] == SUBSET and kind not in ("injury", JOINT) and s - last[1] <= WINDOWS.toll_list_gap \
                and (tokens[s - 1].norm in conj or _conj_led(tokens[s])):
            last = (SUBSET, e)  # 7 قتلى بينهم طفلان وأربع نساء: the four women are among the seven too
            continue
        if kind == JOINT:  # (a count of casualties is one sure death, numbered or vague)
            joint.append((Quantity(JOINT_COUNTED) if key == CASUALTY else q, span))
            last = (None, e)
            continue
        if kind is None and (_subset(tokens, s, lo) or (last[0] == "death" and s - last[1] <= WINDOWS.toll_list_gap and any(
                not toll_words().subset.isdisjoint(tokens[k].forms) for k in range(last[1], s)))):
            # (12 شخصا منهم طفل وامرأتان: the two women are among the twelve)
            last = (SUBSET, e)  # 5 قتلى بينهم 4 مدنيين وثلاث نساء: the 4 and the 3 are among the 5
            continue
        if kind is None and not carried(tokens, s) and any(f(tokens, s, e, hi, death_triggers or kill_verbs) for f in (_object_of_kill, past_relative, postposed_joined)):
            kind = "death"  # قتل مسلحون مجهولون 22 مدنيا (not قافلة تضم 30 جنديا: those carried)
        if kind is None and lost_members(tokens, s, e, lo, hi):
            kind = "death"  # خسروا ثمانية من عناصرهم، خسر الجيش ثلاثة جنود: the loser's dead
        if kind is None and (tokens[s - 1].norm in conj or _conj_led(tokens[s])) and (
                s - last[1] <= WINDOWS.toll_list_gap
                or (s - last[1] <= WINDOWS.kill_object and _people_count(tokens, e, hi))):
            kind = last[0]  # قتل 3 جنود و2 من المسلحين، قتل 5 عناصر من قوات النظام و3 من الفصائل
        if kind is None and joined_count(tokens, s) and e < hi and not toll_words().others.isdisjoint(tokens[e].forms) \
                and any((0 < s - te <= WINDOWS.kill_object or company_led(tokens, s, e) and te < s)
                        and not injury_between(tokens, te, s) for _ts, te, _sp in death_triggers):
            kind = "death"  # استشهاد القيادي صالح العاروري وستة آخرين، استشهد ... مع 6 آخرين: killed with him
        if kind == "death" and not death_triggers and motive(tokens, governor(tokens, s, lo), lo):
            kind = None  # تظاهروا على إثر حادثة وفاة أحد الشبان: the protest's motive, another act
        if kind == "death" and answered_death(tokens, governor(tokens, s, lo), lo):
            kind = None  # غارات على درنة ردا على ذبح 21 مصريا: the deaths the act answers
        if kind == "death" and q.estimate and hedged_vague(tokens, s, e, hi, groups):
            kind = None  # 17 قتيلا ... وهناك قتلى دفنتهم عائلاتهم: the dead counted, hedged
        last = (kind, e)
        if kind == "death":
            groups.setdefault(key, []).append((q, span))
        elif kind == "injury":
            injuries.setdefault(key, []).append(q.best)
            spans.append(span)
    groups, injuries = updated(groups, injuries, UPDATE)  # the updated toll is the toll
    if groups and death_triggers:  # مصرع سبعة عناصر إرهابية واستشهاد ضابط: a counted side and a named one
        dead = {sp for alts in groups.values() for _q, sp in alts}
        lone = singles_before(tokens, quantities, dead, lo, singular_beside(tokens, quantities, death_triggers, lo, hi, dead))
        if lone is not None:
            groups["\x00singular"] = [(Quantity(lone[1]), lone[0])]
        after = joined_after(tokens, quantities, hi, dead)
        if after is not None and (lone is None or after[0] != lone[0]):
            groups["\x00after"] = [(Quantity(after[1]), after[0])]
    groups = ordinal_groups(tokens, lo, hi, groups, UPDATE, at and at[DEATH])  # فيما توفي رابع: the fourth dead
    highs: list[int | None] = []
    for alts in groups.values():
        q, span = min(alts, key=lambda x: x[0].best or 0)
        toll.deaths += q.best or 0
        toll.low = (toll.low or 0) + (q.low if q.low is not None else q.best or 0)
        highs.append(q.high)
        toll.estimate = toll.estimate or q.estimate
        spans.append(span)
    if highs and all(h is not None for h in highs):
        toll.high = sum(h for h in highs if h is not None)
    if groups:
        toll.confidence = CONFIDENCE.toll_estimated if toll.estimate else CONFIDENCE.toll_counted
    elif joint:  # dead and wounded together: 1 with a numeral, "several" with a vague word
        q, span = min(joint, key=lambda x: x[0].best or 0)
        n = UNNUMBERED_DEATHS if q.estimate else JOINT_COUNTED
        toll.deaths, toll.low, toll.high, toll.estimate = n, None, None, True
        toll.confidence = CONFIDENCE.toll_unnumbered
        spans.append(span)
    elif denied is not None:  # the text says no one was killed
        toll.confidence = CONFIDENCE.toll_counted
        spans.append(denied)
    elif death_triggers and not all(recalled(tokens, ts, te, lo, hi) for ts, te, _sp in death_triggers):
        s, e, span = death_triggers[0]
        n = victims_by_number(tokens[e - 1], death_nouns=True) if e - s == 1 or tokens[e - 1].kind == "word" else 0
        # (مقتل، and the noun closing a phrase: سقوط شهيد، سقط قتيلا، سقوط قتيلين)
        pron = victims_by_pronoun(tokens[s]) if e - s == 1 and not n else 0
        n = n or (pron + joined_victims(tokens, e, hi) if pron else 0)  # مقتله ومرافقيه: 1 + 2
        n = n or singular_victims(tokens, [t[1] for t in death_triggers], hi) \
            or singular_victims(tokens, victim_ends, hi, doers=False)  # (هاجم مسلح: the doer)
        n = n or dual_subject(tokens, death_triggers, lo) or singular_before(tokens, death_triggers, lo) \
            or dual_after(tokens, death_triggers, hi)  # (the dual verb first: والشاب فلان قتلا, two)
        n = n or int(all(not toll_words().one_target.isdisjoint(tokens[ts].forms) for ts, _te, _sp in death_triggers))
        # (اغتال مسلحون يستقلون دراجة نارية الناشطة ...: an assassination kills one)
        if n:
            toll.deaths, toll.low, toll.high, toll.confidence = n, n, n, CONFIDENCE.toll_singular
        elif all(casualty(tokens, ts, te) for ts, te, _sp in death_triggers):
            toll.estimate, toll.confidence = True, CONFIDENCE.toll_unnumbered  # سقوط ضحايا
        else:
            toll.deaths, toll.estimate, toll.confidence = UNNUMBERED_DEATHS, True, CONFIDENCE.toll_unnumbered
        spans.append(span)
    elif not death_triggers and (caused := caused_death(tokens, lo, hi)) is not None:
        # (استهدف قناص طفلا ... مما أدى إلى وفاته: the one victim named before)
        toll.deaths, toll.low, toll.high, toll.confidence = caused[1], caused[1], caused[1], CONFIDENCE.toll_singular
        spans.append(caused[0])
    elif not death_triggers and (named := named_death(tokens, lo, hi, at and at[DEATH])) is not None:
        # a protest's or riot's clause names one person killed (متظاهرا لقي مصرعه، مقتل متظاهر)
        toll.deaths, toll.low, toll.high, toll.confidence = named[0], named[0], named[0], CONFIDENCE.toll_singular
        spans.append(named[1])
    if injuries:
        toll.injuries = sum(min(v) for v in injuries.values())
    toll.spans = tuple(spans)
    return toll


def _object_of_kill(tokens: Sequence[Token], s: int, e: int, hi: int,
                    death_triggers: Sequence[tuple[int, int, Span]]) -> bool:
    """A count of people a few words after a kill verb, past its subject (قتل مسلحون مجهولون
    22 مدنيا، أعدم التنظيم 5 أشخاص، أعدم التنظيم الأشخاص الـ 19، قتل الجيش خمسة من المهاجمين)."""
    if not any(0 <= s - te <= WINDOWS.kill_object and _plain_run(tokens, te, s) for _ts, te, _sp in death_triggers):
        return False
    if s - 1 >= 0 and tokens[s - 1].kind == "word" and conj_led(tokens[s - 1]) and not people_noun(tokens[s - 1]) \
            and toll_words().death_left.isdisjoint(tokens[s - 1].forms) and singles().isdisjoint(tokens[s - 1].forms):
        return False  # (مقتل عدد من السكان وتشريد الآلاف: another word's count; not رجل وزوجته وثلاثة)
    # the counted noun after the count (or before a definite count: الأشخاص الـ 19; not عائلة
    # واحدة), or the count itself a dual victim noun (أعدم ... شابين)
    article = toll_words().article
    detached = s - 1 >= 0 and tokens[s - 1].norm in article  # الأشخاص الـ 19
    definite = detached or any(tokens[s].norm.startswith(a) for a in article)  # المدنيين الخمسة
    k = s - 1 - detached
    two = word_number(tokens[s].norm) if e - s == 1 else None
    two_after = two is not None and two[0].value == 2 and not two[1]  # إرهابيين اثنين
    # (a doer noun too: تصفية المنفذين الاثنين)
    return _people_count(tokens, e, hi) or ((definite or two_after) and k >= 0 and (
        people_noun(tokens[k]) or not toll_words().doer_victim.isdisjoint(tokens[k].forms))) \
        or (e - s == 1 and victims_by_number(tokens[s]) == 2) or (
            _bare_count(tokens, s, e, hi) and any(0 <= s - te <= WINDOWS.kill_object and not any(
                map(_conj_led, tokens[te:s])) for _ts, te, _sp in death_triggers))
    # (a bare count belongs to the kill verb with no other verb joined between: not قتلت
    # اثنين واعتقلت 16)


def _subset(tokens: Sequence[Token], start: int, lo: int) -> bool:
    """The count at ``start`` is a subset of a toll already counted (بينهم 4 مدنيين، بينهم رجل
    وزوجته وأطفالهما الثلاثة: the chain of victims before it led by the subset word)."""
    chain = chain_before(tokens, start, lo)
    return any(j >= lo and not toll_words().subset.isdisjoint(tokens[j].forms)
               for j in (governor(tokens, start, lo), chain[0] - 1 if chain else lo - 1))


def _denied(tokens: Sequence[Token], s: int, e: int, lo: int) -> bool:
    """An unnumbered death noun the text denies (دون وقوع قتلى، لم ترد معلومات عن سقوط قتلى، لا
    قتلى): a denial word a few words before it in the clause, no punctuation between, and right
    before it the denial itself or a word of occurrence (وقوع، سقوط)."""
    w = toll_words()
    if e - s != 1 or s - 1 < lo or w.death_noun.isdisjoint(tokens[s].forms):
        return False
    before = tokens[s - 1].forms  # (not لم تعرف حصيلة القتلى: the dead are there, uncounted)
    if w.denial.isdisjoint(before) and w.occurrence.isdisjoint(before):
        return False
    for k in range(s - 1, max(lo, s - DENIAL_LEFT) - 1, -1):
        if tokens[k].kind != "word":
            return False
        if not w.denial.isdisjoint(tokens[k].forms):
            return True
    return False


def _lone_vague(tokens: Sequence[Token], quantities: Sequence[tuple[int, int, Quantity, Span]],
                lo: int, hi: int, skip: Collection[int] = (), at: list[int] | None = None) -> list[tuple[int, int, Quantity, Span]]:
    """Vague number words standing alone after a death or injury word (قتل العشرات، مقتل وجرح
    العشرات): the number reader counts them only before a noun; here they are the victims.
    ``at``: the vague number words (wordbits.VAGUE, ascending: the loop reads only those) or None."""
    w = toll_words()
    covered = {k for s, e, _q, _sp in quantities for k in range(s, e)}
    out = []
    for k in range(lo, hi) if at is None else within(at, lo, hi):
        tok = tokens[k]
        if k in covered or k in skip or tok.kind != "word" or k - 1 < lo:
            continue
        hit = word_number(tok.norm)
        if hit is None or hit[0].cls != "vague":  # (not آلاف alone: a war's toll, never one act's)
            continue
        left = tokens[k - 1].forms
        if w.death_left.isdisjoint(left) and w.injury_left.isdisjoint(left):
            continue
        out.append((k, k + 1, Quantity(int(hit[0].value), estimate=True), Span(tok.start, tok.end)))
    return out
