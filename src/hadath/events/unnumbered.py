"""Victims told without a count: a singular or dual victim noun near a death word (مقتل جندي،
أعدم ... شابين، ان شخصا قتل), past the day named between them (استشهدت صباح اليوم الأربعاء
مراسلة); death words that name no toll of their own (سقوط ضحايا: dead or wounded; هذا الإعدام:
an act told before). Read by :func:`hadath.events.fatalities.tally`."""
from __future__ import annotations

from functools import lru_cache
from typing import Collection, Mapping, Sequence

from hadath.events.lexicons import PERSONS, function_words, victim_words
from hadath.events.role_words import QUOTE_MARKS, role_words
from hadath.mentions.actors_country import people_nisbas, singular_nisbas
from hadath.events.joined import AGE_WORDS, NAME_WORDS, joined_victims, name_end, past_aside
from hadath.events.toll_words import conj_led, toll_words
from hadath.events.tuning import WINDOWS
from hadath.text.clitics import clitics
from hadath.text.number_words import cue_words, dual_nouns, dual_singulars, plain_dual_ends, word_number
from hadath.types import Quantity, Span, Token
from hadath.events.wordbits import within

JOINED_WORDS = 10  # two people joined before a dual death verb, with their names and ages


def casualty(tokens: Sequence[Token], s: int, e: int) -> bool:
    """The death trigger tokens[s:e] names victims dead or wounded without telling them apart
    (سقوط ضحايا): no death can be counted from it."""
    words = toll_words().casualty
    return any(not words.isdisjoint(tokens[k].forms) for k in range(s, e))


def victim_noun(tok: Token) -> bool:
    return tok.kind == "word" and any(f in victim_words() for f in tok.forms)


def people_noun(tok: Token) -> bool:
    """A victim noun of people (no building or military site), or people named by their nationality in the plural or the dual
    (فلسطينيين، الفلسطينيون، عراقيان): persons a count after them counts (فلسطينيين اثنين)."""
    if tok.kind != "word":
        return False
    words = victim_words()
    return any(words.get(f, "") not in NOT_PEOPLE for f in tok.forms) or not people_nisbas().isdisjoint(tok.forms)


NOT_PEOPLE = frozenset({"", "civilian_property", "military_target"})  # (مسجد العشرة: a mosque's name)


def victims_by_pronoun(tok: Token) -> int:
    """1 or 2 for a death verbal noun or a killing verb carrying a singular or dual pronoun (ما أدى
    إلى مقتله، أسفر عن استشهادها، مقتلهما، قتله مستوطنون): the victims named before it; 0
    otherwise - a plural pronoun, or a noun of the dead (قتلاها: its dead)."""
    w = toll_words()
    nouns = _death_verbal_nouns()
    for a in tok.analyses[1:]:
        if a.suffix and a.stem in nouns:
            if a.suffix in w.pronoun_two:
                return 2
            if a.suffix in w.pronoun_one:
                return 1
    return 0


@lru_cache(maxsize=1)
def _death_verbal_nouns() -> frozenset[str]:
    """The one-word verbal nouns of the kill, death and execute triggers (مقتل، استشهاد، إعدام)
    and their perfect and imperfect verbs (قتل، قتلت، يقتله: a pronoun on them is their object)."""
    from hadath.events.lexicons import one_word_forms

    death = lambda row: row["class"] in VERBAL_NOUN_CLASSES  # noqa: E731
    verbs = one_word_forms(death, ("verb", "imperfect"))  # (قبل أن يقتله الحراس: its object too)
    # (not a verb in alef, قتلا/قتلوا: قتلاه is also قتلى + ه, its dead)
    return one_word_forms(death, ("noun",)) | {v for v in verbs if not v.endswith(clitics().accusative)}


VERBAL_NOUN_CLASSES = frozenset({"kill", "death", "execute"})


def victims_by_number(tok: Token, death_nouns: bool = False) -> int:
    """1 for a victim noun in the singular (جندي، طفل; with ``death_nouns`` also قتيل، شهيد),
    2 for its dual when the noun's plural is broken (شابين، طفلين، قتيلان; not مدنيين, a plural
    as well), else 0."""
    w = toll_words()
    ones = singles() | w.death_one if death_nouns else singles()
    if not ones.isdisjoint(tok.forms):
        return 1
    duals = dual_nouns()  # nouns with a broken plural: their ين/ان ending is a dual for sure
    if any(f in duals and _person(duals[f]) for f in tok.forms):
        return 2  # (شابين، طفلين; not سيارتين، برميلين)
    # any victim noun with the dual ending no plural shares (شرطيان، مدنيان; not مدنيين), or a
    # feminine in ة with either dual ending (شرطيتان، مواطنتين: its plural ends in ات, never تين)
    return 2 if any(f.endswith(e) and f[:-len(e)] in w.singular_victim
                    for f in tok.forms for e in plain_dual_ends()) \
        or any(_feminine_victim(s) for f in tok.forms if f[:-2].endswith(clitics().ta) for s in dual_singulars(f)) else 0


def _feminine_victim(singular: str) -> bool:
    """A feminine victim noun in ة (شرطيه، مواطنه from a dual's stem in ت): listed itself, or its
    masculine without the ة is (شرطي، مواطن: a noun of a person takes ة for the woman)."""
    cl, w = clitics(), toll_words()
    return singular.endswith(cl.ta_marbuta_norm) and len(singular) > 2 and (
        singular in w.singular_victim or singular[:-1] in w.singular_victim)


def singular_victims(tokens: Sequence[Token], ends: Sequence[int], hi: int, doers: bool = True,
                     names: bool = True) -> int:
    """Unnumbered victims named in the singular right after a trigger (مقتل جندي، قتل مسلحون
    رئيس بلدية، استشهاد ضابط وجندي): how many (0 when none or a plural). Without ``doers``
    (after a trigger of attack, not of death) an attacker noun is the doer, no victim (هاجم
    مسلح حاجزا ... مقتل جنود). Without ``names`` a given name is no victim of its own (الشهيدين
    حسن ومحمد: the two counted, named)."""
    w = toll_words()
    single, conj = singles(), w.conj
    for e in ends:
        k, seen = e, 0
        while k < hi and seen < WINDOWS.kill_object:
            tok = tokens[k]
            k += 1
            if time_token(tok):
                continue  # استشهدت، صباح اليوم الأربعاء 11 مايو، مراسلة: the day is no word of the phrase
            if tok.norm in QUOTE_MARKS:
                continue  # مقتل «إرهابي»: scare quotes around the victim noun are no word of the phrase
            if tok.kind != "word" or not w.subset.isdisjoint(tok.forms):
                break  # (مصرعهم، بينهم ضابط: the officer is one of those counted)
            if tok.norm not in w.death_one and not w.death_one.isdisjoint(tok.forms) and not conj_led(tok):
                break  # (مجزرة راح ضحيتها 12 مدنيا: "its victims", counted after it)
            seen += 1
            if names and tok.norm in w.given_name:  # اغتيل محسن فخري زاده، اغتيل العالم النووي محسن
                return 1 + joined_victims(tokens, past_aside(tokens, name_end(tokens, k, hi), hi), hi)
            if seen > WINDOWS.singular_right and not (tok.norm.endswith(clitics().accusative) and tok.norm in single):
                continue  # اغتال مسلحون يستقلون دراجة نارية ضابطا: the accusative object, past a long subject
            if not doers and _doer(tok):
                continue
            m = k + (k < hi and not function_words("unknown").isdisjoint(tokens[k].forms))  # (مسلح مجهول مدنيا)
            if _doer(tok, duals=True) and m < hi and tokens[m].norm.endswith(clitics().accusative) \
                    and victims_by_number(tokens[m]):
                continue  # قتل مسلحان شرطيا: the gunmen before the accusative one they killed
            lone = seen == 1 and not (k < hi and clitics().definite(tokens[k].norm))
            n = 2 if k < hi and construct_dual(tok, tokens[k]) else \
                victims_by_number(tok, death_nouns=lone) or (1 if doers and tok.norm in singular_nisbas() else 0)
            # (ارتقاء ضحية، سقوط شهيد: a death noun in the singular right after the trigger is one;
            # not راح ضحية القصف خمسة: a noun of a construct, the count told after)
            # (a nationality after a death word, not after an attack's: قصف تركي; الأمريكي: an adjective)
            if n:  # (قتل عراقي وجرح آخر: a man named by his nationality)
                j = k
                while j + 1 < hi and tokens[j].norm in conj \
                        and not single.isdisjoint(tokens[j + 1].forms):
                    n, j = n + 1, j + 2
                return n + joined_victims(tokens, past_aside(tokens, j, hi), hi)
    return 0


def _person(singular: str) -> bool:
    """The singular noun names a person who can be killed (شاب، قتيل; not سيارة، برميل)."""
    w = toll_words()
    return singular in w.singular_victim or singular in w.death_one or victim_words().get(singular) in PERSONS


def singular_before(tokens: Sequence[Token], death_triggers: Sequence[tuple[int, int, Span]], lo: int) -> int:
    """1 when a singular victim noun stands right before a death verb (ان شخصا قتل، مواطن قد
    استشهد), its relative adjective or the person's name between them (شاب فلسطيني استشهد، الشاب
    "أحمد عدنان الزامل" قتل); 2 for a dual one (إن جنديين قتلا)."""
    w = toll_words()
    c = clitics()
    for ts, _te, _sp in death_triggers:
        k = ts - 1
        while k >= lo and tokens[k].norm in w.filler:  # مواطن قد استشهد
            k -= 1
        k = _before_name(tokens, _before_age(tokens, k, lo), lo)
        if k - 1 >= lo and len(tokens[k].norm) > 3 and tokens[k].norm.endswith(c.nisba) \
                and not (tokens[k].kind == "word" and victims_by_number(tokens[k])):
            k -= 1  # (a singular nisba: فلسطيني، سوري; not a victim noun in ي itself: وكان مدني قتل)
        if k - 1 >= lo and c.definite(tokens[k].norm) and c.definite(tokens[k - 1].norm) \
                and not victims_by_number(tokens[k]):
            k -= 1  # (a definite adjective after a definite victim: الطفل المستهدف لقي حتفه)
        if k >= lo and tokens[k].kind == "word" and (n := victims_by_number(tokens[k])):
            return n
    return 0


def _before_age(tokens: Sequence[Token], k: int, lo: int) -> int:
    """The index before a person's age ending at ``k`` - a comma or bracket, a number and its unit
    of time, the words that lead it (البالغ من العمر 34 عاما، / (34 عاما)) - or ``k`` when none
    ends there (event_tolls.tsv age_aside, numbers_cues.tsv unit_after)."""
    w = toll_words()
    j = k
    while j >= lo and (tokens[j].norm in w.comma or tokens[j].norm in w.bracket):
        j -= 1
    if j - 1 < lo or tokens[j].norm not in cue_words("unit_after") \
            or not (tokens[j - 1].norm.isdigit() or word_number(tokens[j - 1].norm) is not None):
        return k
    j -= 2
    while j >= lo and (tokens[j].norm in w.age_aside or tokens[j].norm in w.bracket) and k - j <= AGE_WORDS:
        j -= 1
    return j


def _before_name(tokens: Sequence[Token], k: int, lo: int) -> int:
    """The index before a person's name ending at ``k`` - a given name and up to three more words,
    quotation marks around them (الشاب "أحمد عدنان الزامل" قتل) - or ``k`` when none ends there."""
    given = toll_words().given_name
    j = k
    while j >= lo and tokens[j].norm in QUOTE_MARKS:
        j -= 1
    first = None  # the leftmost given name (أحمد عدنان: both are given names)
    for n in range(NAME_WORDS):
        if j - n < lo or tokens[j - n].kind != "word":
            break
        if tokens[j - n].norm in given:
            first = j - n
    if first is None:
        return k
    i = first - 1
    while i >= lo and tokens[i].norm in QUOTE_MARKS:
        i -= 1
    return i


def dual_after(tokens: Sequence[Token], death_triggers: Sequence[tuple[int, int, Span]], hi: int) -> int:
    """2 when the clause names a dual of people after a death word, past its subject, place and
    day (أعدم تنظيم داعش في مدينة الرقة، الجمعة، شابين): a dual is a count of its own."""
    start = min(te for _ts, te, _sp in death_triggers)
    for k in range(start, hi):
        if tokens[k].kind == "punct" and tokens[k].norm in ".;:!?":
            break
        if tokens[k].kind == "word" and (victims_by_number(tokens[k]) == 2 or (
                tokens[k].norm.endswith(tuple(toll_words().dual_nisba_end)) and tokens[k].norm in people_nisbas())):
            return 2  # (قتل فردا أمن سوريان: a nationality in the nominative dual, never a plural)
        if tokens[k].kind == "word" and k + 1 < hi and (_agreed_dual(tokens[k], tokens[k + 1])
                                                        or construct_dual(tokens[k], tokens[k + 1])):
            return 2  # مقتل مدنيين هما رجل وزوجته، مقتل صحفيين يعملان لوكالة: the dual, told by what agrees
    return 0


def construct_dual(noun: Token, nxt: Token) -> bool:
    """A person noun with a broken plural in the dual of a construct, its ن dropped, before a
    force noun (رجلا أمن، عنصري الشرطة، فردي أمن: event_tolls.tsv construct_dual_end,
    construct_force): two. A broken plural's ا/ي is no plural's, and the force noun after it
    tells the construct from an accusative (رجلا في) or a pronoun (عنصري)."""
    w, duals = toll_words(), dual_nouns()
    if nxt.kind != "word" or w.construct_force.isdisjoint(nxt.forms):
        return False
    singulars = frozenset(duals.values())
    return any(f.endswith(e) and f[:-len(e)] in singulars and _person(f[:-len(e)])
               for f in noun.forms for e in w.construct_dual_end)


def _agreed_dual(noun: Token, nxt: Token) -> bool:
    """A victim noun in ين (a dual or a sound plural: مدنيين، صحفيين) followed by a word agreeing
    with it in the dual - a dual pronoun or كانا (event_tolls.tsv dual_agree) or an imperfect
    verb in the dual (imperfect_prefix + imperfect_dual_end: يستقلان، تعملان)."""
    w = toll_words()
    if nxt.kind != "word" or not any(s in w.singular_victim for f in noun.forms
                                     for s in dual_singulars(f) if f.endswith(clitics().sound_plural)):
        return False
    if not w.dual_agree.isdisjoint(nxt.forms):
        return True
    return any(len(f) > 4 and f[0] in w.imperfect_prefix and f.endswith(tuple(w.imperfect_dual_end))
               and f not in people_nisbas() and f not in w.imperfect_not for f in nxt.forms)


def dual_subject(tokens: Sequence[Token], death_triggers: Sequence[tuple[int, int, Span]], lo: int) -> int:
    """2 when a death verb in the dual follows its subject, a victim noun in ين/ان (أن مدنيين
    قتلا): the verb's ending tells the dual from the plural (مدنيين قتلوا), which the noun's
    ending does not (event_tolls.tsv dual_verb_end, event_roles.tsv plural_verb_end)."""
    w, plural = toll_words(), role_words().plural_verb_end
    for ts, te, _sp in death_triggers:
        if te - ts != 1 or ts - 1 < lo or tokens[ts - 1].kind == "punct":  # (a number may end the
            # subject: ضابطا وجنديا من الكتيبة 51 قتلا)
            continue
        forms = tokens[ts].forms
        if not any(f.endswith(e) for f in forms for e in w.dual_verb_end) \
                or any(f.endswith(e) for f in forms for e in plural):
            continue
        if any(s in w.singular_victim for f in tokens[ts - 1].forms for s in dual_singulars(f)):
            return 2
        if ts - 2 >= lo and construct_dual(tokens[ts - 2], tokens[ts - 1]):
            return 2  # أن عنصري أمن قتلا: the dual of a construct before its genitive
        if _joined_subject(tokens, ts, lo):
            return 2  # الطفل فلان 8 سنوات وفلان 24 عاما قتلا: two people joined, a verb in the dual
    return 0


def _joined_subject(tokens: Sequence[Token], ts: int, lo: int) -> bool:
    """The words right before the dual verb at ``ts`` join two people: a singular victim noun (or a
    rank of event_tolls.tsv singular_victim: أن رقيبا وجنديا قتلا), then و (alone or as a
    proclitic) before the verb, no punctuation and no other verb between."""
    w = toll_words()
    k, joined = ts - 1, False
    while k >= max(lo, ts - JOINED_WORDS) and tokens[k].kind != "punct":
        joined = joined or tokens[k].norm in w.conj or conj_led(tokens[k])
        if joined and (victim_noun(tokens[k]) or victims_by_number(tokens[k]) == 1) and not conj_led(tokens[k]):
            return True
        k -= 1
    return False


def recalled(tokens: Sequence[Token], s: int, e: int, lo: int, hi: int) -> bool:
    """The death word at tokens[s:e] names an act told before (هذا الإعدام، المجزرة ذاتها): its
    toll was counted where the act was told, none is guessed here."""
    anaphor = toll_words().anaphor
    return (s - 1 >= lo and not anaphor.isdisjoint(tokens[s - 1].forms)) \
        or (e < hi and not anaphor.isdisjoint(tokens[e].forms))


TIME_CLASSES = ("relative", "daypart", "night", "today", "month_word", "day_word", "concordance", "current")


@lru_cache(maxsize=1)
def _time_words() -> frozenset[str]:
    """One-word names of days, months and parts of the day (data/lexicons/dates_*.tsv)."""
    from hadath.resolve.dates_lexicon import lexicon

    lex = lexicon()
    words = set(lex.months) | set(lex.weekdays)
    for c in TIME_CLASSES:
        words.update(lex.cls(c))
    return frozenset(w for w in words if " " not in w)


def time_token(tok: Token) -> bool:
    """A token of a day or time phrase (صباح، اليوم، الأربعاء، 11، مايو، /) or a comma around it."""
    if tok.kind == "number":
        return True
    if tok.kind == "punct":
        return tok.norm in toll_words().comma or tok.norm in "/-"
    return tok.kind == "word" and not _time_words().isdisjoint(tok.forms)


def _doer(tok: Token, duals: bool = False) -> bool:
    """An attacker noun (مسلح، انتحاري، مهاجم: data/lexicons/triggers_victims.tsv); with
    ``duals`` also its dual (مسلحان، مسلحين)."""
    words = victim_words()
    if any(words.get(f) == "attacker" for f in tok.forms):
        return True
    return duals and any(words.get(s) == "attacker" for f in tok.forms
                         for s in dual_singulars(f, plain_dual_ends()))


@lru_cache(maxsize=1)
def singles() -> frozenset[str]:
    """The singular victim nouns of event_tolls.tsv with their indefinite accusatives (قياديا;
    four-letter nouns too, طبيبا، سائقا، تاجرا: read only where a victim is looked for)."""
    words = toll_words().singular_victim
    acc = (clitics().accusative_of(w, shortest=4) for w in words)
    return words | frozenset(a for a in acc if a)


def named_death(tokens: Sequence[Token], lo: int, hi: int, at: list[int] | None = None) -> tuple[int, Span] | None:
    """(1 or 2, the death word's span) when a death word of the clause has a protester in the
    singular or dual right before or after it (متظاهرا لقي مصرعه، مقتل متظاهر، قتل محتجين
    اثنين is a count): read in clauses whose triggers are no acts of killing (a protest, a
    riot), which guess no unnumbered toll; other victims named there are most often those of
    another act told beside the protest. A death named as the protest's motive (احتجاجا على
    مقتل متظاهر) is another act, not a death in this one. ``at``: the death words (wordbits.DEATH) or None."""
    death = toll_words().death_left
    for k in range(lo, hi) if at is None else within(at, lo, hi):
        if tokens[k].kind != "word" or death.isdisjoint(tokens[k].forms) or motive(tokens, k, lo):
            continue
        j = k - 1
        while j >= lo and tokens[j].norm in toll_words().filler:  # متظاهر قد لقي مصرعه
            j -= 1
        for v in (k + 1, j):
            if lo <= v < hi and (protester_noun(tokens[v]) or _force_member(tokens[v])
                                 or (people_noun(tokens[v]) and _during_protest(tokens, k, hi))) \
                    and (n := victims_by_number(tokens[v])):  # (قتل شرطي على يد محتجين: the riot's)
                return n, Span(tokens[k].start, tokens[k].end)
    return None


def _during_protest(tokens: Sequence[Token], k: int, hi: int) -> bool:
    """After the death word at ``k``, the clause says it was during the protest (مقتل شخص برصاص
    القوات الأمنية خلال الاحتجاجات, event_tolls.tsv during, protest_noun): any person killed is
    the protest's dead."""
    w = toll_words()
    return any(not w.during.isdisjoint(tokens[i].forms) and not w.protest_noun.isdisjoint(tokens[i + 1].forms)
               for i in range(k + 1, hi - 1))


def _noun_of(tok: Token, kind: str) -> bool:
    """A victim noun of ``kind`` (triggers_victims.tsv category) in any of the word's forms."""
    words = victim_words()
    return tok.kind == "word" and any(words.get(f) == kind for f in tok.forms)


def _force_member(tok: Token) -> bool:
    """A soldier or policeman (شرطي، جندي، عنصر أمن): killed at a protest, by the crowd."""
    return _noun_of(tok, "armed")


def protester_noun(tok: Token) -> bool:
    return _noun_of(tok, "protester")


MOTIVE_LEFT = 3  # a motive word this close before a death word (احتجاجا على وفاة، على إثر حادثة وفاة)


def motive(tokens: Sequence[Token], k: int, lo: int) -> bool:
    """The death word at ``k`` is named as a motive or antecedent (احتجاجا على مقتل، على خلفية
    اغتيال، إثر حادثة وفاة): a motive word a few words before it, no punctuation between."""
    return motive_at(tokens, k, lo) is not None


def motive_at(tokens: Sequence[Token], k: int, lo: int) -> int | None:
    """The token of the motive word :func:`motive` finds before token ``k``, or None."""
    return preceding(tokens, k, lo, toll_words().motive, MOTIVE_LEFT)


def preceded_by(tokens: Sequence[Token], k: int, lo: int, words: frozenset[str], left: int,
                punct_only: bool = False) -> bool:
    """One of ``words`` stands at most ``left`` tokens before token ``k``, only words between
    (with ``punct_only``, no punctuation between: numbers and other tokens pass)."""
    return preceding(tokens, k, lo, words, left, punct_only) is not None


def word_before(tokens: Sequence[Token], k: int, lo: int, words: frozenset[str], left: int) -> bool:
    """One of ``words`` (as written or by a form, clitics aside) at most ``left`` tokens before
    token ``k``, from token ``lo`` on, whatever stands between (unlike :func:`preceded_by`)."""
    return any(tokens[j].norm in words or not words.isdisjoint(tokens[j].forms)
               for j in range(max(lo, k - left), k))


def preceding(tokens: Sequence[Token], k: int, lo: int, words: frozenset[str], left: int,
              punct_only: bool = False) -> int | None:
    """The token of the nearest of ``words`` :func:`preceded_by` finds before token ``k``, or None."""
    for j in range(k - 1, max(lo, k - left) - 1, -1):
        if tokens[j].kind == "punct" if punct_only else tokens[j].kind != "word":
            return None
        if not words.isdisjoint(tokens[j].forms):
            return j
    return None


RESPONSE_LEFT = 3  # words between a response word and the death it answers (ردا على ذبح 21 مصريا)


def answered_death(tokens: Sequence[Token], k: int, lo: int) -> bool:
    """The death word at ``k`` names what an act answers (ردا على ذبح، انتقاما لمقتل): a response
    word (function_words response) a few words before it."""
    return k >= lo and preceded_by(tokens, k, lo, function_words("response"), RESPONSE_LEFT)


def hedged_vague(tokens: Sequence[Token], s: int, e: int, hi: int,
                 groups: Mapping[str, Sequence[tuple[Quantity, Span]]]) -> bool:
    """tokens[s:e] is a bare death noun counting no number (وهناك قتلى، وجود قتلى) told after a
    count of the dead of the same clause (``groups``, the deaths read so far: بلغت 17 قتيلا ...
    وهناك قتلى دفنتهم عائلاتهم، ويرجح وجود قتلى تحت الأنقاض): a hedge on that count, not
    "several" more - unless whose dead they are follows it (قتلى من المدنيين، في صفوف المهاجمين،
    قتلى آخرون)."""
    if e - s != 1 or word_number(tokens[s].norm) is not None \
            or all(q.estimate for alts in groups.values() for q, _sp in alts):
        return False
    w = toll_words()
    return not any(people_noun(t) or t.norm in w.partitive or not w.others.isdisjoint(t.forms)
                   or not w.side_of.isdisjoint(t.forms) for t in tokens[e:min(hi, e + 3)])


def chain_before(tokens: Sequence[Token], s: int, lo: int) -> tuple[int, int] | None:
    """(first word, how many) of the victims named in the singular and joined by و before the
    count at ``s`` (رجل وزوجته وثلاثة من أطفالهما: 2, امرأة وأطفالها الأربعة: 1 - the count
    after its own noun): singular victim nouns, kin with their pronoun among them, back to the
    chain's first word, which carries no و; None without one."""
    if s <= lo:
        return None
    ones, article = singles(), toll_words().article
    k = s if conj_led(tokens[s]) else s - 1  # (وثلاثة من أطفالهما; وأطفالها الأربعة)
    if k < s and not (k > lo and conj_led(tokens[k]) and any(tokens[s].norm.startswith(a) for a in article)):
        return None
    n, j = 0, k - 1
    while j >= lo and not ones.isdisjoint(tokens[j].forms):
        n += 1
        if not conj_led(tokens[j]):
            return (j, n) if n >= 2 or k < s else None
        j -= 1
    return None


def singles_before(tokens: Sequence[Token], quantities: Sequence[tuple[int, int, Quantity, Span]],
                   dead: Collection[Span], lo: int, lone: tuple[Span, int] | None) -> tuple[Span, int] | None:
    """More dead named in the singular before a count of the dead and joined to it by و
    (:func:`chain_before`: رجل وزوجته وثلاثة من أطفالهما: 2 more, امرأة وأطفالها الأربعة: 1
    more). ``lone``: the one victim found beside the count already; the larger is kept."""
    for s, _e, _q, sp in quantities:
        chain = chain_before(tokens, s, lo) if sp in dead else None
        if chain is not None and chain[1] > (lone[1] if lone else 0):
            return Span(tokens[chain[0]].start, tokens[s - 1].end), chain[1]
    return lone
