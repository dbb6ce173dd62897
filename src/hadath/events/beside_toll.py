"""Victims told beside a count of the dead (one of :mod:`hadath.events.fatalities`'s readings):
a singular victim named by a death word that counts no number, or joined by و to a count
(واستشهاد ضابط، مقتل ضابط وجنديين، قتل جنديان وضابط، القيادي صالح العاروري وستة آخرين), and the
victims joined by و after a count, past its noun and adjective or the group it counts from (4
جنود ومدنيان، 3 من عناصر الشرطة ومدني): one or two more dead."""
from __future__ import annotations

from typing import Collection, Sequence

from hadath.events.toll_objects import (adjective_ends, besides_victim, conj_led_count as _conj_led, joined_count, joined_nisbas,
                                        plain_run as _plain_run, shared_tamyiz as _shared_tamyiz)
from hadath.events.toll_words import loss_left, loss_nouns, toll_words
from hadath.events.tuning import WINDOWS
from hadath.events.unnumbered import protester_noun, recalled, singles, singular_victims, victim_noun, victims_by_number
from hadath.types import Quantity, Span, Token

PARTITIVE_WORDS = 3  # words of the group after من and a count (3 من عناصر قوات الأمن)
COUNTED_WORDS = 3  # a counted noun and its adjectives after a count (20 جنديا نيجريا)
NAMED_WORDS = 3    # a singular victim and its name before a joined count (القيادي صالح العاروري وستة آخرين)


def singular_beside(tokens: Sequence[Token], quantities: Sequence[tuple[int, int, Quantity, Span]],
                    death_triggers: Sequence[tuple[int, int, Span]], lo: int, hi: int,
                    dead: Collection[Span] = ()) -> tuple[Span, int] | None:
    """A death trigger of the clause that counts no number but one victim named in the singular
    right after it (واستشهاد ضابط، ومقتل جندي), beside the counted deaths, or a singular victim
    joined by و to a count of the dead (``dead``: its spans), before or after it (مقتل ضابط
    وجنديين، قتل جنديان وضابط): one more death."""
    starts = [s for s, _e, _q, _sp in quantities]
    spans = {s: sp for s, _e, _q, sp in quantities}
    for ts, te, span in death_triggers:
        nxt = te + 2 if te + 1 < hi and tokens[te + 1].norm in toll_words().conj else te + 1
        one = singular_victims(tokens, [te], hi, doers=False, names=False) if te not in starts else 0
        # (or two: قتل شرطيان وثلاثة; not a dual counted itself: مقتل جنديين وخمسة)
        if nxt in starts and (nxt > te + 1 or _conj_led(tokens[te + 1])) and one in (1, 2):
            return span, one  # مقتل ضابط وجنديين، ضابط و 3 جنود: the one before the counted ones joined to it
        first = min((s for s in starts if te < s <= te + WINDOWS.filler), default=None)
        led = first is not None and (_conj_led(tokens[first]) or first - 1 > te and _conj_led(tokens[first - 1]))
        if led and first > te + 1 and spans[first] in dead and one in (1, 2):  # (ومدنيين اثنين: the noun joined, its count after)
            return span, one  # قتل جندي في الجيش المصري وثلاثة مسلحين: one named, then a count joined to him
        if any(te <= s <= te + WINDOWS.filler and not _injury_between(tokens, te, s)
               and _plain_run(tokens, te, s) for s in starts) \
                or any(ts - 2 <= s < ts for s in starts) \
                or recalled(tokens, ts, te, lo, hi):
            continue  # (a count it governs, or 28 شخصا قتلوا: counted already)
        if one in (1, 2) and not _generic_total(tokens, quantities, dead, te):
            return span, one  # (الهجوم نفذه انتحاري: the doer; two: فيما قتل المهاجمان)
    ones = singles()
    for s, e, _q, sp in quantities:
        lead = s - 1 if s > 0 and not _conj_led(tokens[s]) and joined_count(tokens, s) else s  # (و 6، مع 6: a word apart)
        one = next((j for j in range(lead - 1, max(lo, lead - NAMED_WORDS) - 1, -1) if not ones.isdisjoint(tokens[j].forms)), None)
        if sp in dead and one is not None and joined_count(tokens, s) and not _of_count(tokens, quantities, dead, one):
            return Span(tokens[one].start, tokens[one].end), 1  # ضابطا وأربعة مجندين، القيادي صالح العاروري وستة: one before
    return None


def _generic_total(tokens: Sequence[Token], quantities: Sequence[tuple[int, int, Quantity, Span]],
                   dead: Collection[Span], te: int) -> bool:
    """A count of the dead after the death word at ``te`` counts persons of no side
    (event_tolls.tsv ``person_generic``: اغتيل القيادي ... في غارة أدت إلى استشهاد سبعة أشخاص):
    the act's whole toll, the one victim named among them - unless "others" follows the noun or
    "also" stands between (``toll_more``: أدت أيضا إلى مقتل ثلاثة أشخاص)."""
    w = toll_words()
    for s, e, _q, sp in quantities:
        n = e - 1 if not w.person_generic.isdisjoint(tokens[e - 1].forms) else e  # (شخصين: the noun its own count)
        if sp not in dead or s <= te or n + 1 >= len(tokens) or w.person_generic.isdisjoint(tokens[n].forms):
            continue
        if w.others.isdisjoint(tokens[n + 1].forms) and not any(
                not w.toll_more.isdisjoint(tokens[k].forms) for k in range(te, s)):
            return True
    return False


def joined_after(tokens: Sequence[Token], quantities: Sequence[tuple[int, int, Quantity, Span]],
                 hi: int, dead: Collection[Span]) -> tuple[Span, int] | None:
    """Victims joined by و after a count of the dead, past its noun and adjective or the group it
    counts from (قتل جنديان وضابط، 4 جنود ومدنيان، 3 من عناصر الشرطة ومدني), and past a comma
    (سيدة واثنين من أطفالها، وطفل ثالث): more dead - beside a singular victim before the count."""
    counted = {k for s, e, _q, _sp in quantities for k in range(s, e)}
    for _s, e, _q, sp in quantities:
        k = _past_partitive(tokens, e, hi)  # (3 من عناصر الشرطة ومدني: past the group counted from)
        while k < min(hi, e + COUNTED_WORDS) and tokens[k].kind == "word" and not _conj_led(tokens[k]) \
                and (victim_noun(tokens[k]) or protester_noun(tokens[k]) or tokens[k].norm.endswith(adjective_ends())):
            k += 1  # (20 جنديا نيجريا ومدني: past the counted noun and its adjective)
        comma = k + 1 < hi and tokens[k].norm in toll_words().comma and _conj_led(tokens[k + 1])
        k += comma  # (the list goes on past a comma)
        if sp in dead and k < hi and k not in counted and _conj_led(tokens[k]) and (n := victims_by_number(tokens[k])) \
                and (comma or not _shared_tamyiz(tokens, e, k, _q)):
            return _chain_after(tokens, k, n, hi, counted)
        if sp in dead and not comma and (more := joined_nisbas(tokens, k, hi))[1]:  # (3 سوريين ولبناني وعراقي)
            return Span(tokens[more[0]].start, tokens[sum(more) - 1].end), more[1]
        if sp in dead and (b := besides_victim(tokens, k, hi)) is not None:  # (...، إضافة إلى مدني واحد)
            return b
    return None


def _chain_after(tokens: Sequence[Token], k: int, n: int, hi: int, counted: Collection[int]) -> tuple[Span, int]:
    """The victim joined at ``k`` (``n`` of them) and each one joined by و after it, past its
    adjective (ومواطنان أردنيان وسائحة كندية: 3): their span and number."""
    end, j = k, k + 1
    ends = (*adjective_ends(), *toll_words().dual_nisba_end)  # (كندية; أردنيان: the dual's)
    while True:
        while j < min(hi, end + 1 + COUNTED_WORDS) and tokens[j].kind == "word" and not _conj_led(tokens[j]) \
                and tokens[j].norm.endswith(ends):
            j += 1  # (أردنيان: the adjective of the victim before)
        if j < hi and j not in counted and _conj_led(tokens[j]) and (m := victims_by_number(tokens[j])):
            n, end, j = n + m, j, j + 1
            continue
        return Span(tokens[k].start, tokens[end].end), n


def _past_partitive(tokens: Sequence[Token], e: int, hi: int) -> int:
    """The token after a partitive group told right after a count (3 من عناصر الشرطة، 5 من قوات
    الأمن) - at most PARTITIVE_WORDS words, stopping before a word led by و - else ``e``."""
    if e >= hi or tokens[e].norm not in toll_words().partitive:
        return e
    k = e + 1
    while k < min(hi, e + 1 + PARTITIVE_WORDS) and tokens[k].kind == "word" and not _conj_led(tokens[k]):
        k += 1
    return _past_joined_body(tokens, k, hi)


def _past_joined_body(tokens: Sequence[Token], k: int, hi: int) -> int:
    """Past a second body joined by و to the group counted from, a word or two, when a victim
    joined by و follows it (سبعة من رجال الأمن العام وقوات الدرك ومواطنان أردنيان، ثلاثة من عناصر
    الشرطة والجيش ومدني): the victim is one more beside the count, the body part of its group. Not
    past a word of death or wounds (وإصابة مدني)."""
    loss = loss_left() | loss_nouns()
    if k >= hi or not _conj_led(tokens[k]) or victims_by_number(tokens[k]) or not loss.isdisjoint(tokens[k].forms):
        return k
    for m in (k + 1, k + 2):   # (والجيش ومدني; وقوات الدرك ومواطنان)
        if m >= hi or tokens[m].kind != "word":
            return k
        if _conj_led(tokens[m]):
            return m if victims_by_number(tokens[m]) else k
    return k


def _of_count(tokens: Sequence[Token], quantities: Sequence[tuple[int, int, Quantity, Span]],
              dead: Collection[Span], k: int) -> bool:
    """The word at ``k`` belongs to the noun phrase of a count of the dead a few words before it
    (سبعة من مسلحي جماعة الحوثي وجنديان: the group's name, no one more)."""
    return any(sp in dead and 0 < k - e <= COUNTED_WORDS + 2 and not any(map(_conj_led, tokens[e:k + 1]))
               for _s, e, _q, sp in quantities)


def _injury_between(tokens: Sequence[Token], a: int, b: int) -> bool:
    """A word of injury between a death word and a count (مقتل جندي وإصابة ثلاثة): the count
    is the wounded's, not governed by the death word."""
    words = toll_words().injury_left
    return any(not words.isdisjoint(tokens[k].forms) for k in range(a, b))
