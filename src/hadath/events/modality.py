"""Scope of modality cues: is a trigger asserted as a real, past or present act?

A cue (modality.tsv) blocks a trigger when it lies within its window on the side its scope
names, inside the same clause (clauses end at . ; ! ? and contrastive connectives), and is
not part of the trigger itself. Negation only reaches the word right after it. A question
mark ending the sentence puts every trigger in it under "question".
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple, Sequence

from hadath.events.lexicons import CueEntry, function_words, word_classes
from hadath.events.role_words import QUOTE_MARKS, role_words
from hadath.events.toll_words import conj_led
from hadath.events.tuning import WINDOWS
from hadath.text.clitics import clitics
from hadath.text.matcher import Match
from hadath.types import Token

CLAUSE_PUNCT = frozenset({".", ";", "!", "?", ":"})
# kinds that stop a trigger from founding an event, strongest first (sport: a match's attacks,
# هجوما مرتدا; prevented: a blast stopped, قبل تفجيرها; accident: a gas cylinder, a road
# accident; judicial: a court's sentence, قضت المحكمة بإعدام 20 متهما; figurative: انفجرت الأسعار)
BLOCKING = ("denial", "negation", "question", "hypothetical", "fear", "threat", "warning", "foiled",
            "plan", "appeal", "purpose", "claim", "generic", "background", "source", "anaphoric", "condemn", "future",
            "sport", "prevented", "accident", "judicial", "figurative")
NON_BLOCKING = frozenset({"report", "none", "occur", "accuse", "match", "crime", "unable"})  # (match, crime,
#   unable: read by the triggers stage - crime: an arrest in the fight against smuggling or drugs is no
#   political event; unable: فشلت القوات في السيطرة على البلدة - a capture not achieved)
DAY_COUNT_RIGHT = 6  # a day count (لليوم الثاني) this close after a continuing act
READS_TRIGGER = frozenset({"sport", "judicial"})  # cues that read the trigger word itself otherwise (هجوما مرتدا: play; قضت محكمة ... على 10 متهمين: a sentence, not قضى على)


SCOPE_WORDS = "lexicons/event_scope.tsv"


class ScopeWords(NamedTuple):
    """The word classes of data/lexicons/event_scope.tsv (see its header), normalized."""
    clause_word: frozenset[str]
    negation_aux: frozenset[str]
    future: frozenset[str]
    subclause: frozenset[str]
    survived: frozenset[str]
    survived_from: frozenset[str]
    attempt: frozenset[str]
    any: frozenset[str]
    sequel: frozenset[str]
    day_count: frozenset[str]
    during: frozenset[str]
    losses: frozenset[str]
    losses_noun: frozenset[str]
    inflict: frozenset[str]
    suffer: frozenset[str]
    mourner: frozenset[str]
    crowd: frozenset[str]
    crowd_counted: frozenset[str]
    crowd_count: frozenset[str]
    hedge_after: frozenset[str]
    elative: frozenset[str]
    named_verb: frozenset[str]
    claim_that: frozenset[str]
    campaign: frozenset[str]
    ongoing: frozenset[str]
    several: frozenset[str]
    most: frozenset[str]
    period_unit: frozenset[str]
    spread_area: frozenset[str]
    spread: frozenset[str]
    same_before: frozenset[str]
    same_after: frozenset[str]
    same_pointing: frozenset[str]
    same_coming: frozenset[str]
    similar: frozenset[str]
    accused: frozenset[str]
    recalled: frozenset[str]
    long_period: frozenset[str]
    recent: frozenset[str]
    earlier_head: frozenset[str]
    earlier_that: frozenset[str]
    latest_of: frozenset[str]
    against: frozenset[str]
    target_on: frozenset[str]


@lru_cache(maxsize=1)
def scope_words() -> ScopeWords:
    return word_classes(SCOPE_WORDS, ScopeWords)


@lru_cache(maxsize=1)
def subclause_words() -> frozenset[str]:
    """The words that open a sub-clause: event_scope.tsv ``subclause`` (a tally verb: ليرتفع) and
    the relative pronouns of function_words.tsv ``relative/subclause`` (التي)."""
    return scope_words().subclause | function_words("relative/subclause")


@lru_cache(maxsize=1)
def boundary_norms() -> frozenset[str]:
    """Every token norm that may end a clause (punctuation and connectives)."""
    return CLAUSE_PUNCT | scope_words().clause_word


class Cue(NamedTuple):
    start: int
    end: int
    entry: CueEntry


def is_boundary(tok: Token) -> bool:
    return (tok.kind == "punct" and tok.norm in CLAUSE_PUNCT) or tok.norm in scope_words().clause_word


def continues(tokens: Sequence[Token], i: int) -> bool:
    """The semicolon at token i goes on with a cause word (ارتقى أربعة مدنيين؛ جراء استهداف):
    the cause belongs to the toll before it, one clause; a connective at token i opens a hedge
    (فيما يبدو: apparently), no clause."""
    if i + 1 >= len(tokens):
        return False
    if tokens[i].norm != ";":
        return tokens[i].kind == "word" and tokens[i + 1].norm in scope_words().hedge_after
    words = function_words("toll_cause")
    return tokens[i + 1].norm in words or not words.isdisjoint(tokens[i + 1].forms)


CAUSED_GAP = 2  # words between a consequence verb and what the act caused (مما تسبب باندلاع، ما أدى إلى نشوب)


def _caused(tokens: Sequence[Token], end: int, cue: int) -> bool:
    """The cue at ``cue``, after the trigger ending at ``end``, follows a consequence verb
    (function_words.tsv ``consequence``: تسبب، أدى، أسفر) within ``CAUSED_GAP`` words: the act's
    result (a fire, a building's collapse), not what the deaths came from."""
    words = function_words("consequence")
    return cue > end and any(not words.isdisjoint(tokens[k].forms)
                             for k in range(max(end, cue - 1 - CAUSED_GAP), cue))


def clause_bounds(tokens: Sequence[Token], start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """Token range [a, b) of the clause around tokens[start:end], within [lo, hi)."""
    a = start
    while a > lo and not (is_boundary(tokens[a - 1]) and not continues(tokens, a - 1)):
        a -= 1
    b = end
    while b < hi and not (is_boundary(tokens[b]) and not continues(tokens, b)):
        b += 1
    return a, b


def modality_of(
    tokens: Sequence[Token],
    start: int,
    end: int,
    cues: Sequence[Cue],
    clause: tuple[int, int],
    nominal: bool,
    question: bool = False,
    future: bool = False,
) -> tuple[str | None, bool]:
    """(modality kind or None, negated) for the trigger tokens[start:end]."""
    found: set[str] = set()
    negated = False
    if nominal and _dateline_source(tokens, start, end):
        return "source", False
    a, b = clause
    for cue in cues:
        e = cue.entry
        if e.kind in NON_BLOCKING or cue.end <= a or cue.start >= b:
            continue
        if cue.start < end and cue.end > start:
            if e.scope == "self" and cue.start <= start and end <= cue.end:  # قبل تفجيرها: the cue reads this very trigger
                found.add(e.kind)
            if e.kind not in READS_TRIGGER:
                continue  # part of the trigger phrase
            if e.scope != "self":
                found.add(e.kind)  # قضت محكمة ... على 10 متهمين: the court's verb is the trigger's own
                continue
        if e.scope == "self":
            continue
        if e.nominal_only and not nominal and not _lam_noun(tokens, cue, start):
            continue
        if e.kind == "plan" and cue.end <= start and any(  # (a consequence verb in the perfect)
                not function_words("consequence/perfect").isdisjoint(tokens[k].forms) for k in range(cue.end, start)):
            continue  # حاول مسلحون اقتحام المركز، ما أسفر عن مقتل شخصين: what the attempt made caused
        if e.kind == "plan" and _survived(tokens, cue.start, a):
            continue  # نجا المحافظ من محاولة اغتيال بعبوة ناسفة: an attempt made, and survived
        if e.kind == "claim" and named_cue(tokens, cue, a):
            continue  # أصيبت مسنة تدعى نعمة: "is called", no claim
        if e.kind in ("accident", "claim") and cue.start > a and tokens[cue.start - 1].norm in scope_words().sequel \
                and cue.start > end:
            continue  # اعتدى حشد على سائق بعد حادث سير، أضرموا النار بعد شائعات: the act followed it
        if e.kind == "anaphoric" and cue.end == start and _after_that(tokens, cue.start, a, start):
            continue  # واندلعت بعد ذلك اشتباكات، وتلا ذلك اشتباك مسلح: "that" is the act before, this one is new
        if e.kind == "accident" and cue.end <= start and start > a and tokens[start - 1].norm in scope_words().sequel:
            continue  # تحطمت مروحية بعد استهدافها بصاروخ: the act the accident followed, told after it
        if e.kind == "accident" and _caused(tokens, end, cue.start):
            continue  # تعرضت المنطقة لقصف، مما تسبب باندلاع حريق: the fire the act started, no accident
        if e.kind == "accident" and any(c.entry.kind == "background" and start <= c.start < cue.start for c in cues):
            continue  # أغلقوا الطريق احتجاجا على وفاة شاب في حادث سير: the protest's motive
        if e.kind == "generic" and e.scope == "before" and cue.end <= start and any(
                tokens[k].norm in scope_words().day_count for k in range(end, min(b, end + DAY_COUNT_RIGHT))):
            continue  # تواصلت الاشتباكات لليوم الثاني: fighting today, not a practice
        if e.kind == "generic" and _after_elative(tokens, cue.start, a):
            continue  # قصفا هو الأعنف منذ أشهر، أعنف هجوم منذ سنوات: a comparison, not a practice
        if e.kind == "generic" and e.scope == "clause" and cue.start >= end and _dated_aside(tokens, end, cue.start):
            continue  # شنت مقاتلات غارات فجر اليوم ...، في ثالث موجة من الضربات منذ بدء العمليات
        if e.kind == "foiled" and cue.end <= start and any(
                not scope_words().losses.isdisjoint(tokens[k].forms) for k in range(end, b)):
            continue  # أحبطت القوات هجوما للحوثي على مواقعها وكبدتها خسائر: an attack fought off
        if e.kind == "foiled" and cue.end < start and not nominal and conj_led(tokens[start]):
            continue  # أحبطت القوات هجوما لداعش وقتلت خمسة من المهاجمين: a deed of its own after the foiling
        if e.kind == "fear" and cue.end <= start and any(tokens[k].norm in scope_words().sequel for k in range(cue.end, start)):
            continue  # عبر السكان عن مخاوفهم بعد القصف: the fear's cause, an act told as done
        if e.kind == "appeal" and cue.end <= start and start > a and tokens[start - 1].norm in scope_words().during:
            continue  # طالبوا بالإفراج عن ذويهم خلال وقفة احتجاجية: the protest where they demanded it
        if e.kind == "appeal" and cue.end <= start and _crowd_subject(tokens, cue.end, start, end):
            continue  # طالب عشرات المتظاهرين بـ: the protesters demanded it at their protest
        if e.kind == "negation":
            if cue.end == start or (cue.end == start - 1 and tokens[start - 1].kind == "word"
                                     and tokens[start - 1].norm in scope_words().negation_aux) or (
                    cue.end < start - 1 and start - cue.end <= e.window and tokens[start - 1].norm in scope_words().any):
                negated = True  # (لم تسجل أي اشتباكات، دون أن تنفذ أي غارات: none at all)
            continue
        if e.kind == "background" and cue.end == start and _no_genitive(tokens, cue.end - 1, start):
            continue  # نظم أهالي الضحايا وقفة احتجاجية: the victims' families held it, no act behind them
        motive = e.kind == "background" and cue.end <= start and not function_words("motive").isdisjoint(
            tokens[cue.start].forms) and _motive_relative(tokens, cue.end, start)
        before = cue.end <= start and start - cue.end < e.window or motive
        if before and not motive and e.kind == "background" and any(tokens[k].norm == "," for k in range(cue.end, start)):
            before = False  # احتجاجا على البطالة، واشتبكوا: the motive ends at the comma
        if before and _occurrence_between(tokens, cues, cue.end, start):
            before = False  # تظاهروا للمطالبة برحيل الحكومة، وانطلقت مسيرات: a clause of its own
        after = cue.start >= end and cue.start - end < e.window
        if (e.scope == "clause" and not _across_subclause(tokens, start, end, cue)) or (
                e.scope in ("before", "both") and before) or (e.scope in ("after", "both") and after):
            found.add(e.kind)
    if question:
        found.add("question")
    if future:
        found.add("future")
    if negated:
        found.add("negation")
    for kind in BLOCKING:
        if kind in found:
            return kind, negated
    return None, negated


def _lam_noun(tokens: Sequence[Token], cue: Cue, start: int) -> bool:
    """A background cue's noun governs the trigger after it through لـ (الذكرى الثلاثين لقصف
    حلبجة): a stem spelled as a verb (قصف) is the verbal noun there, so a nominal-only cue reaches it."""
    return cue.entry.kind == "background" and cue.end <= start and tokens[start].has_proclitic(role_words().lam)


def _no_genitive(tokens: Sequence[Token], last: int, start: int) -> bool:
    """The cue's last word carries the article (أهالي الضحايا، عائلات الشهداء) and the trigger right
    after it neither does nor is tied to it by لـ: a definite noun heads no genitive, so the
    trigger (نظم أهالي الضحايا وقفة احتجاجية) is the object of the sentence's verb, no act of the
    background phrase (أهالي ضحايا التفجير still reads the blast as the victims' background)."""
    cl = clitics()
    return cl.definite(tokens[last].norm) and not cl.definite(tokens[start].norm) \
        and not tokens[start].has_proclitic(role_words().lam)   # (a genitive's ل, as positions.genitive_after)


def _after_that(tokens: Sequence[Token], cue: int, lo: int, start: int) -> bool:
    """The demonstrative at ``cue`` is the object of a word of sequence before it (event_scope.tsv
    ``sequel``: بعد، عقب، إثر ذلك) or of a verb of following (event_frames.tsv ``sequel``: تلا،
    أعقب ذلك), and the trigger after it is indefinite (اشتباكات, not الهجوم: بعد ذلك الهجوم points
    back): the act told next, no act pointed back to."""
    from hadath.events.frame_words import frame_words

    if cue <= lo or clitics().definite(tokens[start].norm):
        return False
    before = tokens[cue - 1]
    return before.norm in scope_words().sequel or not frame_words().sequel.isdisjoint(before.forms)


MOTIVE_RELATIVE = 8  # words from a motive cue to the relative pronoun of a clause on the motive's object
MOTIVE_REACH = 20    # ... and to an act told in that clause or in one more relative clause after ، و


def _motive_relative(tokens: Sequence[Token], cue_end: int, start: int) -> bool:
    """The trigger is told in a relative clause on the object of a motive cue (a background cue
    led by a word of function_words ``motive``: احتجاجا على الغارات
    الأمريكية التي استهدفت الميناء، والتي أسفرت عن مقتل 74): a relative pronoun at most
    ``MOTIVE_RELATIVE`` words after the cue, the trigger at most ``MOTIVE_REACH`` words after
    it, and no punctuation between but a comma that opens another relative clause (، والتي) - the
    act protested, told as the crowd's motive, no act at the crowd."""
    if start - cue_end >= MOTIVE_REACH:
        return False
    relative = function_words("relative")
    first = next((k for k in range(cue_end, start) if tokens[k].norm in relative), None)
    if first is None or first - cue_end >= MOTIVE_RELATIVE:
        return False
    for k in range(cue_end, start):
        if tokens[k].kind == "punct" and tokens[k].text not in QUOTE_MARKS and not (
                k + 1 < start and conj_led(tokens[k + 1]) and not relative.isdisjoint(tokens[k + 1].forms)):
            return False
    return True


ELATIVE_PHRASE = 2  # words of the noun phrase between an elative and منذ (أعنف قصف جوي منذ أشهر)


def _occurrence_between(tokens: Sequence[Token], cues: Sequence[Cue], cue_end: int, start: int) -> bool:
    """A comma and a coordinated occurrence verb (modality.tsv ``occur``: خرج، انطلق، نظم ...)
    stand between a cue and the trigger after it: the verb opens a main clause of its own
    that tells what occurred (طالب المحتجون برحيل الحكومة، وانطلقت مسيرات في صيدا وصور؛ قرروا
    الاعتصام، وخرجت مظاهرات في X), out of the cue's reach."""
    return any(c.entry.kind == "occur" and cue_end < c.start - 1 and c.end <= start
               and tokens[c.start - 1].norm == "," and conj_led(tokens[c.start]) for c in cues)


def _after_elative(tokens: Sequence[Token], cue_start: int, lo: int) -> bool:
    """A span cue (منذ أشهر) right after an elative, or after one and its noun phrase of up to
    ``ELATIVE_PHRASE`` words (الأعنف منذ أشهر، أعنف هجوم منذ سنوات، الأكثر دموية منذ، أعنف قصف جوي
    منذ، أكبر تبادل للأسرى منذ): the act is compared with those before, told once. Only words
    between: a number, punctuation or a preposition (function_words.tsv ``elative_stop``: أكثر من 500
    قتيل منذ، أكبر عدد من القتلى منذ) makes it a tally, not a comparison."""
    elative = scope_words().elative
    for k in range(cue_start - 1, max(lo, cue_start - 2 - ELATIVE_PHRASE) - 1, -1):
        if tokens[k].norm in elative or not elative.isdisjoint(tokens[k].forms):
            return True
        if tokens[k].kind != "word" or tokens[k].norm in function_words("elative_stop"):
            return False
    return False


def crowd_noun(tok: Token, counted: bool) -> bool:
    """A noun of the protesters: in the nominative alone (event_scope ``crowd``: المتظاهرون), or
    in either case after a count word (``counted``: عشرات المتظاهرين, ``crowd_counted``). Read by
    :func:`_crowd_subject` and :func:`hadath.events.frame_cuts._past_crowd`."""
    w = scope_words()
    return not (w.crowd | w.crowd_counted if counted else w.crowd).isdisjoint(tok.forms)


def _crowd_subject(tokens: Sequence[Token], cue_end: int, start: int, end: int) -> bool:
    """The trigger is a noun of the protesters themselves, right after the appeal verb in the
    nominative (طالب المتظاهرون) or past count words (طالب عشرات المتظاهرين): the appeal's
    subject, not what it called for."""
    w = scope_words()
    if end - start != 1 or start - cue_end > 2 or not all(tokens[k].norm in w.crowd_count for k in range(cue_end, start)):
        return False
    return crowd_noun(tokens[start], counted=start != cue_end)


def _dated_aside(tokens: Sequence[Token], end: int, cue: int) -> bool:
    """A day word (اليوم، أمس، a weekday) after the trigger and a comma before a later cue of
    the clause: the act has its own day, and the cue after the comma tells of the series it
    belongs to, not of this act."""
    between = tokens[end:cue]
    if not any(t.norm == "," for t in between):
        return False
    days = _day_words()
    return any(not days.isdisjoint(t.forms) for t in between)


@lru_cache(maxsize=1)
def _day_words() -> frozenset[str]:
    """Weekday names and the words of a day counted from today (اليوم، أمس: dates_*.tsv)."""
    from hadath.resolve.dates_lexicon import lexicon

    lex = lexicon()
    return frozenset(lex.weekdays) | frozenset(lex.cls("relative")) | frozenset(lex.cls("today"))


def _survived(tokens: Sequence[Token], start: int, lo: int) -> bool:
    """A survival word (نجا، نجاة) up to four tokens before the cue (نجا المحافظ من محاولة), or
    anywhere before it in the clause when من leads the cue (نجا رئيس الوزراء العراقي مصطفى
    الكاظمي من محاولة اغتيال)."""
    words = scope_words().survived
    far = lo if start > lo and tokens[start - 1].norm in scope_words().survived_from else max(lo, start - 4)
    return any(not words.isdisjoint(tokens[k].forms) for k in range(far, start))


def _across_subclause(tokens: Sequence[Token], start: int, end: int, cue: Cue) -> bool:
    """A sub-clause opens between the trigger and a clause-wide cue (قتل ثلاثة اليوم، ليرتفع عدد
    القتلى منذ بداية الشهر؛ قصف مدينة إدلب التي تتعرض للقصف منذ أشهر): the cue is the
    sub-clause's, not the trigger's."""
    lo, hi = (end, cue.start) if cue.start >= end else (cue.end, start)
    words = subclause_words()
    return any(tokens[k].norm in words for k in range(lo, hi))


DASHES = frozenset({"-", "–", "—", "/", "("})


def _dateline_source(tokens: Sequence[Token], start: int, end: int) -> bool:
    """A noun between a dash and a colon near the start of its line is the outlet's name in a
    dateline (الحديدة - المسيرة:، صنعاء (المسيرة):), never an event."""
    if start == 0 or end >= len(tokens) or start > WINDOWS.dateline_source:
        return False
    nxt = tokens[end].norm
    if nxt == ")" and end + 1 < len(tokens):
        nxt = tokens[end + 1].norm
    return tokens[start - 1].norm in DASHES and nxt in (":", "-", "–")


def is_future(tokens: Sequence[Token], m: Match) -> bool:
    """The trigger matched through a future proclitic (سيقتل، سيتظاهرون)."""
    return future_verb(tokens[m.start], m.span.start)


def future_verb(tok: Token, stem_start: int | None = None) -> bool:
    """The word carries the future proclitic (ستواصل، سنواصل، سيستمرون): in its first letters (after
    at most و/ف) and among the prefixes of an analysis - of the one whose stem starts at
    ``stem_start`` when given (a trigger's match)."""
    future = scope_words().future
    if not any(f in tok.norm[:3] for f in future):  # the future proclitic follows at most و/ف
        return False
    return any((stem_start is None or an.span.start == stem_start) and not future.isdisjoint(an.prefixes)
               for an in tok.analyses)


def named_cue(tokens: Sequence[Token], cue: Cue, a: int) -> bool:
    """The claim cue is the passive "is called" (event_scope.tsv named_verb: شاب يدعى أحمد): one
    word, after a word with no article or a relative pronoun (الشاب الذي يدعى أحمد), not followed
    by أن (claim_that: تدعي الجماعة أن، إسرائيل تدعي أنها)."""
    w = scope_words()
    if cue.end - cue.start != 1 or tokens[cue.start].norm not in w.named_verb or cue.start <= a:
        return False
    before = tokens[cue.start - 1]
    after = tokens[cue.end].norm if cue.end < len(tokens) else ""
    return before.kind == "word" and (not clitics().definite(before.norm) or before.norm in function_words("relative")) \
        and after not in w.claim_that


def cue_reaches(tokens: Sequence[Token], cue: Cue, a: int, start: int) -> bool:
    """The cue, in the clause of the act at ``start`` (first token ``a``), bears on it - for stages
    that read a clause's cues without the modality stage's reading of each (the acceptance
    features): not the passive "is called" (:func:`named_cue`), and not a cue before a word of
    sequence that leads to the act (event_scope.tsv ``sequel``: هدد بالانتقام بعد مقتل خمسة في
    غارة - the threat is what followed the strike; the rule of the fear cue above)."""
    if cue.entry.kind == "claim" and named_cue(tokens, cue, a):
        return False
    sequel = scope_words().sequel
    return not (cue.end <= start and any(tokens[k].norm in sequel for k in range(cue.end, start)))


def charge_reaches(tokens: Sequence[Token], start: int) -> bool:
    """A charge or claim on the act at ``start`` reaches the acts joined to it by و (بتهمة خطف
    مواطن وقتله): not when a participle of the accused stands right before it (event_scope.tsv
    ``accused``: سحل شاب متهم بقتل طفلة والاعتداء عليه - the charge describes the man, the act
    joined after it is the mob's)."""
    return start == 0 or tokens[start - 1].norm not in scope_words().accused


RECALLED_LEFT = 4  # words from an anniversary word to the act noun it recalls (الذكرى العاشرة لمجزرة)


def recalled(tokens: Sequence[Token], noun_end: int, kind: str | None) -> bool:
    """The background act noun ending at ``noun_end`` is recalled by an anniversary or a span of
    time gone by (event_scope.tsv ``recalled``: الذكرى السنوية لمجزرة، مرور عام على الهجوم): a
    relative clause on it tells the old act too (CODING.md: background is no event)."""
    if kind != "background":
        return False
    words = scope_words().recalled
    return any(not words.isdisjoint(tokens[k].forms) for k in range(max(0, noun_end - 1 - RECALLED_LEFT), noun_end - 1))
