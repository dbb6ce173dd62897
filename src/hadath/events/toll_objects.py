"""What a kill or loss verb counts as its object (issue #9, round 32): the run of words between
the verb and the count (a time aside between commas passed over: قتلت مجموعة مسلحة، الأحد، 12
شخصا), a count with no noun past the verb's subject, and a count of people a side lost
(خسروا ثمانية من عناصرهم): the loser's dead; a count that is a period's total (round 39: بلغت
حصيلة الضحايا منذ فجر اليوم 55 قتيلا) and a count whose accusative noun has another joined to it
(15 جنديا وضابطا: one count). Split from :mod:`hadath.events.fatalities`."""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from hadath.events.lexicons import function_words
from hadath.events.role_words import QUOTE_MARKS
from hadath.events.toll_words import conj_led, consequence, sum_word, toll_words
from hadath.events.tuning import WINDOWS
from hadath.events.unnumbered import people_noun, time_token, victim_noun, victims_by_number
from hadath.events.wordbits import within
from hadath.text.clitics import clitics
from hadath.text.number_words import word_number
from hadath.types import Quantity, Span, Token

TAMYIZ_LOW, TAMYIZ_HIGH = 11, 99  # counts whose noun is an accusative singular (15 جنديا)
NISBA_LETTERS = 4  # letters of a singular relative noun at least (لبناني، عراقي; not a short word in ي)
SPAN_WORDS = 3  # words between a word of continuing, "since" and its unit (تتعرض له منذ ثلاثة أيام)
BESIDES_WORDS = 3  # words of the group counted (and a comma) before a word of "besides"


def plain_run(tokens: Sequence[Token], a: int, b: int) -> bool:
    """Words only in tokens[a:b], between a kill verb and its object: quotation marks pass, and
    a time aside between commas (قتلت مجموعة مسلحة، الأحد، 12 شخصا); any other punctuation
    closes the clause (مقتل شرطي، واستهدف المهاجمون طفلين: the count is another clause's)."""
    comma = toll_words().comma
    k = a
    while k < b:
        t = tokens[k]
        if t.norm in comma:
            j = k + 1
            while j < b and j - k <= WINDOWS.aside and tokens[j].kind != "punct" and time_token(tokens[j]):
                j += 1
            if j == k + 1 or j >= b or tokens[j].norm not in comma:
                return False
            k = j + 1
            continue
        if not (t.kind == "word" or t.norm in QUOTE_MARKS):
            return False
        k += 1
    return True


def lost_members(tokens: Sequence[Token], s: int, e: int, lo: int, hi: int) -> bool:
    """The count at tokens[s:e] is what a side lost, a few words after a verb of losing, past its
    subject (event_tolls.tsv ``loss_verb``: خسر الجيش ثلاثة جنود، الذين خسروا ثمانية من
    عناصرهم; ``loss_partitive`` only before "من": فقد الجيش أربعة من جنوده), and the counted are
    people (a people noun after the count or after its من): the side's dead."""
    w = toll_words()
    partitive = e < hi and tokens[e].norm in w.partitive
    noun = e + 1 if partitive else e
    if noun >= hi or not people_noun(tokens[noun]):
        return False
    for v in range(s - 1, max(lo, s - 1 - WINDOWS.kill_object) - 1, -1):
        f = tokens[v].forms
        if not w.loss_verb.isdisjoint(f) or (partitive and not w.loss_partitive.isdisjoint(f)):
            return plain_run(tokens, v + 1, s)
        if tokens[v].kind == "punct" and tokens[v].norm not in w.comma:
            return False
    return False


@lru_cache(maxsize=1)
def _count_preps() -> frozenset[str]:
    """The prepositions of cause and of a noun's complement (function_words.tsv)."""
    return function_words("cause") | function_words("noun_prep")


def bare_count(tokens: Sequence[Token], s: int, e: int, hi: int) -> bool:
    """A count with no noun, past a kill verb's subject (قتلت القوات العراقية سبعة في حي العامل):
    the clause or a preposition of cause or place follows it; not a count inside a phrase of
    its own (في 5 مناطق، الساعة 5 صباحا)."""
    prep = _count_preps()
    hit = word_number(tokens[s].norm) if e - s == 1 else None
    if hit is not None and (hit[0].value <= 2 or any(p not in toll_words().conj for p in hit[1])):
        return False  # (عائلة واحدة: one and two follow the noun they count; لأربعة: to four)
    if s == 0 or tokens[s - 1].norm in prep or tokens[s - 1].kind != "word" or tokens[s - 1].norm in toll_words().article:
        return False
    if e >= hi:
        return True
    nxt = tokens[e]
    return (nxt.kind == "punct" and nxt.norm in ".,;:") or nxt.norm in prep or conj_led_count(nxt)


def conj_led_count(tok: Token) -> bool:
    """The word carries the conjunction و as a proclitic (وثلاثة، وإصابة; not واحدة، وفاة)."""
    conj = toll_words().conj
    hit = word_number(tok.norm)
    if hit is not None:
        return any(p in conj for p in hit[1])
    return conj_led(tok) and tok.norm not in toll_words().death_left


def joined_count(tokens: Sequence[Token], s: int) -> bool:
    """The count at ``s`` is joined to the words before it: و as its proclitic (وستة), و written
    apart before digits (و 6، و6: a token of its own), or a word of company before it
    (event_tolls.tsv ``company``: مع 6 آخرين، برفقة ثلاثة من مرافقيه)."""
    if conj_led_count(tokens[s]):
        return True
    return s > 0 and (tokens[s - 1].norm in toll_words().conj or company_led(tokens, s))


def company_led(tokens: Sequence[Token], s: int, e: int | None = None) -> bool:
    """A word of company right before the count at ``s`` (event_tolls.tsv ``company``), the
    count of the victim's companions: "others" after it or a group of his own (مع 6 آخرين، برفقة
    ثلاثة من مرافقيه: ``pronoun_one`` on the group's noun) - not the side fought (اشتباكات مع 3
    مسلحين). ``e``: the count's end (found from ``s`` when None)."""
    w = toll_words()
    if s == 0 or w.company.isdisjoint(tokens[s - 1].forms):
        return False
    e = s + 1 if e is None else e
    if e < len(tokens) and not w.others.isdisjoint(tokens[e].forms):
        return True
    return (e + 1 < len(tokens) and tokens[e].norm in w.partitive
            and tokens[e + 1].norm.endswith(tuple(w.pronoun_one | w.pronoun_two)))


def period_total(tokens: Sequence[Token], start: int, lo: int) -> bool:
    """A toll's head (حصيلة، عدد) before the count in its sentence with a word of period or sum
    between them (بلغت حصيلة ضحايا القصف منذ فجر اليوم 55 قتيلا، بلغ العدد الإجمالي للقتلى 40):
    the figure is a total over the period or over acts, told without إلى as well."""
    w = toll_words()
    total = False
    for k in range(start - 1, max(lo, start - WINDOWS.toll_head_left) - 1, -1):
        f = tokens[k].forms
        if (tokens[k].kind == "punct" and tokens[k].norm in ".;:!?") or not (
                w.death_left.isdisjoint(f) and w.injury_left.isdisjoint(f)):
            return False  # (another sentence, or a word of death or injury governing the count)
        total = total or sum_word(tokens, k)
        if not w.toll_head.isdisjoint(f) and not (k + 1 < start and tokens[k + 1].norm in w.partitive):
            return total  # (not عدد من: a vague count, no toll's head)
    return False


def continuing_period(tokens: Sequence[Token], end: int, hi: int, at: list[int] | None = None) -> int | None:
    """The count's clause after it tells a span still going on: a word of continuing a few words
    before "since" and a unit of a day or longer a few words after it (وقتل ستة مدنيين في قصف
    تتعرض له القرية منذ ثلاثة أيام، في المعارك المستمرة منذ أسبوعين): the count is the span's
    total, not the day's act's (CODING.md: period totals never go to one event). The index of
    "since", or None. ``at``: the document's stops and words of "since", ascending
    (wordbits.SINCE_STOP: the loop reads only those), or None for every token."""
    w = toll_words()
    for k in range(end, hi) if at is None else within(at, end, hi):
        if tokens[k].kind == "punct" and tokens[k].norm in ".;:!?":
            return None
        if tokens[k].norm not in w.since and w.since.isdisjoint(tokens[k].forms):
            continue
        before = range(max(end, k - SPAN_WORDS), k)
        after = range(k + 1, min(hi, k + 1 + SPAN_WORDS))
        if any(not w.continuing.isdisjoint(tokens[j].forms) for j in before) and any(
                not w.span_unit.isdisjoint(tokens[j].forms) for j in after):
            return k
    return None


def shared_tamyiz(tokens: Sequence[Token], e: int, k: int, q: Quantity) -> bool:
    """A count of 11 to 99 whose counted noun is the accusative singular (15 جنديا) and a noun
    joined to it in the accusative too (وضابطا): both are the count's noun, so the count is the
    total (قتل 15 جنديا وضابطا: 15, not 16; the lowest reading, ACLED)."""
    acc = clitics().accusative
    return TAMYIZ_LOW <= (q.best or 0) <= TAMYIZ_HIGH and e < k and victim_noun(tokens[e]) \
        and tokens[e].norm.endswith(acc) and tokens[k].norm.endswith(acc)


def besides_victim(tokens: Sequence[Token], k: int, hi: int) -> tuple[Span, int] | None:
    """One or two victims named in the singular or dual after a word of "besides" and its
    preposition, a few words past a count of the dead (مقتل عدد من عناصر الجيش والدرك، إضافة
    إلى مدني واحد؛ مقتل خمسة جنود فضلا عن مدنيين اثنين): more dead, and where (span, how many)."""
    w = toll_words()
    j = k
    while j < min(hi, k + BESIDES_WORDS) and tokens[j].kind == "word" and tokens[j].norm not in w.besides:
        j += 1  # (past the rest of the group counted: والدرك)
    if j < hi and tokens[j].norm in w.comma:
        j += 1
    if not (j + 2 < hi + 1 and j + 1 < hi and tokens[j].norm in w.besides and tokens[j + 1].norm in w.besides_prep):
        return None
    v = j + 2
    n = victims_by_number(tokens[v]) if v < hi and tokens[v].kind == "word" else 0
    return (Span(tokens[v].start, tokens[v].end), n) if n else None


def adjective_ends() -> tuple[str, ...]:
    """A nationality adjective's endings, as written after a count (نيجري، نيجرية، نيجريا)."""
    cl = clitics()
    return (*cl.nisba_ends, cl.nisba + cl.accusative)


def joined_nisbas(tokens: Sequence[Token], k: int, hi: int) -> tuple[int, int]:
    """(where, how many) singular relative nouns are joined by و after a counted plural of
    relative nouns at or right before ``k`` (ثلاثة سوريين ولبناني وعراقي، خمسة فلسطينيين وأردني:
    one person each, of another nationality or kind); (k, 0) when there is no such plural. A
    definite word (والجيش الإسرائيلي) or a toll noun (وجرحى) ends the run."""
    c, w = clitics(), toll_words()

    def plural(i: int) -> bool:
        return 0 <= i < hi and tokens[i].kind == "word" and any(
            tokens[i].norm.endswith(c.nisba + p) for p in c.sound_plural)
    if plural(k):
        k += 1  # (the plural is the count's own noun)
    elif not plural(k - 1):
        return k, 0
    toll_nouns = w.death_noun | w.injury_noun | w.casualty
    n = k
    while n < hi and tokens[n].kind == "word" and conj_led(tokens[n]):
        stem = tokens[n].norm[1:]
        if len(stem) < NISBA_LETTERS or not stem.endswith(c.nisba) or stem.startswith(c.article) \
                or stem in toll_nouns or not toll_nouns.isdisjoint(tokens[n].forms):
            break
        n += 1
    return k, n - k


def people_count(tokens: Sequence[Token], e: int, hi: int) -> bool:
    """The count ending at ``e`` counts people: من, a victim noun or a doer noun right after it
    (و3 من الفصائل، القضاء على ثلاثة انتحاريين)."""
    w = toll_words()
    return e < hi and (tokens[e].norm in w.partitive or people_noun(tokens[e]) or not w.doer_victim.isdisjoint(tokens[e].forms))


def own_clause(tokens: Sequence[Token], k: int, hi: int) -> bool:
    """tokens[k] is a death or injury verb led by و with a count of its own right after it - a
    number, a number word, a bound word before one (نحو), "others" or a victim noun (وأصيب 5
    آخرون، وجرح نحو عشرة، وأصيب آخرون، وأصيب شخصان، وأصيب مدنيون): the verb opens a clause
    with its own subject and tells nothing of a count before it (قتلت القوات أحد المواطنين
    وأصيب 5 آخرون: the one is the kill's object, not one of the wounded)."""
    w = toll_words()
    if k + 1 >= hi or tokens[k].kind != "word" or not conj_led(tokens[k]) \
            or (w.death_right.isdisjoint(tokens[k].forms) and w.injury_right.isdisjoint(tokens[k].forms)):
        return False
    nxt = tokens[k + 1]
    return nxt.kind == "number" or nxt.norm in w.filler or word_number(nxt.norm) is not None \
        or not w.others.isdisjoint(nxt.forms) or victims_by_number(nxt) > 0 or people_noun(nxt)


CAUSE_GAP = 2  # a consequence verb and its preposition before the death word (أدى إلى وفاته)


def caused_death(tokens: Sequence[Token], lo: int, hi: int) -> tuple[Span, int] | None:
    """A word of death of the toll lexicon (event_tolls.tsv ``death_left``: وفاة) carrying a
    singular or dual pronoun (``pronoun_one`` / ``pronoun_two``) right after a consequence verb
    (function_words.tsv consequence) and its preposition: مما أدى إلى وفاته، أسفر عن وفاتهما - the
    victims named before it, one or two, though the word is no trigger (a death the act caused,
    not a death of old age). Its span and number, or None."""
    w = toll_words()
    for k in range(lo + 1, hi):
        if not any(consequence(tokens, j) for j in range(max(lo, k - CAUSE_GAP), k)):
            continue
        for a in tokens[k].analyses[1:]:
            if a.suffix and a.stem in w.death_left and (a.suffix in w.pronoun_one or a.suffix in w.pronoun_two):
                return tokens[k].span, 2 if a.suffix in w.pronoun_two else 1
    return None
