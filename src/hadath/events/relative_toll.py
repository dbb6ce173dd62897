"""A kill verb's object past a relative clause on its subject (issue #9, round 58): the subject
is an act, a relative clause of striking tells what it aimed at, and the count of people after
that clause is what the kill verb killed (قتل تفجير انتحاري استهدف نقطة تفتيش في مدينة بعقوبة
اليوم ثمانية جنود: 8; قتلت الغارة التي طالت منزلا في إدلب خمسة مدنيين: 5). Without the clause
:func:`hadath.events.fatalities._object_of_kill` reads the count; the clause puts it out of that
reach. Also a count that follows its noun as an adjective when that noun is joined to a victim
before it (قتل طفل ومدنيان اثنان: 1 + 2; مقتل ضابط وجنود ثلاثة: 1 + 3): the count is still the
kill word's object, though the conjunction puts it out of :func:`_object_of_kill`'s reach. Split
from :mod:`hadath.events.fatalities` (at its size limit)."""
from __future__ import annotations

from typing import Sequence

from hadath.events.lexicons import function_words
from hadath.events.role_words import role_words
from hadath.events.toll_objects import people_count, plain_run
from hadath.events.toll_words import conj_led, loss_left, toll_words
from hadath.events.tuning import WINDOWS
from hadath.events.unnumbered import people_noun, victims_by_number
from hadath.text.number_words import word_number
from hadath.types import Span, Token

SUBJECT_WORDS = 4  # words of the kill verb's subject before the relative verb (الغارة الجوية التي استهدفت)
CLAUSE_WORDS = 10  # words of the relative clause, from its verb to the count
MAX_POSTPOSED = 1000  # a digit after a joined noun is a count below this (وجنود 3; not a year: 2024)
SHORT_VERB = 4  # letters of a short imperfect verb right before a count (تقل 30 راكبا: carrying, not killed)


def past_relative(tokens: Sequence[Token], s: int, e: int, hi: int,
                  kill_verbs: Sequence[tuple[int, int, Span]]) -> bool:
    """The count at tokens[s:e] counts people (:func:`_counted_start`: also a dual noun, أخوين, or a
    count after its noun, مسلحين اثنين) and follows a kill verb whose subject, no people
    noun, carries a relative clause (:func:`clause_verb`: a verb of striking, a relative
    pronoun, a verb pointing back to the act) with words of its own before the count; the run is one clause (no punctuation, no other death
    or injury word) and the word before the count is no short imperfect verb (حافلة تقل 30
    راكبا: the count is of the passengers carried, not of the dead)."""
    w = toll_words()
    s = _counted_start(tokens, s, e, hi)
    if s is None or s == 0 or _carrying(tokens[s - 1]):
        return False
    for _ts, te, _sp in kill_verbs:
        if not 0 < s - te or not plain_run(tokens, te, s):
            continue
        verb = next((v for v in (clause_verb(tokens, k) for k in range(te + 1, min(te + 1 + SUBJECT_WORDS, s)))
                     if v is not None), None)
        if verb is None or s - verb - 1 < 1 or s - verb > CLAUSE_WORDS:
            continue  # (the verb's own object first: استهدف ثمانية جنود is what it aimed at)
        if any(people_noun(tokens[k]) and w.doer_victim.isdisjoint(tokens[k].forms) for k in range(te, verb)):
            continue  # (مقتل جندي استهدفت دوريته: a victim named; تفجير انتحاري: the act's doer)
        if any(not loss_left().isdisjoint(tokens[k].forms) for k in range(te, s)):
            continue
        return True
    return False


def _counted_start(tokens: Sequence[Token], s: int, e: int, hi: int) -> int | None:
    """Where the counted people start for the count at tokens[s:e]: the count itself before its
    noun (ثمانية جنود) or as a dual noun (جنديين، أخوين), or the noun before a count that follows
    it as an adjective (مسلحين اثنين، جنود ثلاثة); None when the count counts no people."""
    if people_count(tokens, e, hi) or (e - s == 1 and victims_by_number(tokens[s]) == 2):
        return s
    hit = word_number(tokens[s].norm) if e - s == 1 else None
    if hit is not None and not hit[1] and hit[0].value >= 2 and s > 0 and tokens[s - 1].kind == "word" \
            and (people_noun(tokens[s - 1]) or victims_by_number(tokens[s - 1]) > 1):
        return s - 1
    return None


def clause_verb(tokens: Sequence[Token], k: int) -> int | None:
    """The verb of a relative clause opening at tokens[k], or None: a verb of striking
    (event_tolls.tsv ``relative_aim``: الغارة التي استهدفت، تفجير استهدف), the word after a
    relative pronoun (function_words.tsv ``relative``: الهجوم الذي نفذه، الغارة التي شنتها), or
    a perfect verb with an object pronoun pointing back to the indefinite act before it
    (:func:`resumptive_verb`: هجوم نفذه مسلحون، غارة شنتها طائرة)."""
    tok = tokens[k]
    if tok.kind != "word":
        return None
    if not toll_words().relative_aim.isdisjoint(tok.forms) or resumptive_verb(tok):
        return k
    if tok.norm in function_words("relative") and k + 1 < len(tokens) and tokens[k + 1].kind == "word" \
            and tokens[k + 1].sentence == tok.sentence:
        return k + 1
    return None


def resumptive_verb(tok: Token) -> bool:
    """The word reads as a perfect verb in the 3rd person singular with an object pronoun
    (event_tolls.tsv ``pronoun_one``: نفذه، رماه، شنتها، زرعها) and no proclitic: a stem of 3
    letters (نفذ، رما), or of 4 with the feminine ending of a perfect verb (event_roles.tsv
    ``fem_verb_end``: شنت، زرعت). Longer stems are nouns with a possessive (قائده) as often as
    verbs; a proclitic (بسببه) is no verb's."""
    one, fem = toll_words().pronoun_one, tuple(role_words().fem_verb_end)
    for a in tok.analyses:
        if a.prefixes or a.suffix not in one:
            continue
        n = len(a.stem)
        if n == 3 or (n == 4 and a.stem.endswith(fem)):
            return True
    return False


def _carrying(tok: Token) -> bool:
    return tok.kind == "word" and len(tok.norm) <= SHORT_VERB \
        and any(tok.norm.startswith(p) for p in toll_words().imperfect_prefix)


def postposed_joined(tokens: Sequence[Token], s: int, e: int, hi: int,
                     kill_verbs: Sequence[tuple[int, int, Span]]) -> bool:
    """The count at tokens[s:e] is one number word of two or more, with no clitic, or a number
    in digits (وجنود 3), right after a people noun led by و (ومدنيان اثنان، وجنود ثلاثة) and with no noun of its own after it, a
    few words after a kill word in one clause with no other death or injury word between: the
    joined noun's count, killed like the victim before it."""
    if e - s != 1 or s < 2 or people_count(tokens, e, hi):
        return False
    hit = word_number(tokens[s].norm)
    noun, digits = tokens[s - 1], tokens[s].kind == "number" and tokens[s].norm.isdigit()
    value = int(tokens[s].norm) if digits else (0 if hit is None or hit[1] else hit[0].value)
    if not 2 <= value < MAX_POSTPOSED or not (conj_led(noun) and (people_noun(noun) or victims_by_number(noun) > 1)):
        return False
    return any(0 < s - te <= WINDOWS.kill_object and plain_run(tokens, te, s)
               and all(loss_left().isdisjoint(tokens[k].forms) for k in range(te, s)) for _ts, te, _sp in kill_verbs)
