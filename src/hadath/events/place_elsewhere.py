"""Places a clause names for another reason than the act's: a meeting's venue (محادثات جنيف),
where people were going or a side was based (المتوجهة إلى، المتمركزة في، مصدرها مواقع ... في),
where a person comes from (المنحدر من), where a correspondent reports from, a capital that
speaks for its state (أعلنت موسكو), the place of the act an act answers (ردا على اغتيال ... في X), and the place of the people a protest supports (تضامنا مع
المحتجين في X) or of what it protested (احتجاجا على الغارات التي استهدفت ... في X). Read by
:func:`hadath.events.place_choice.choose_places`."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

from hadath.events.lexicons import function_words
from hadath.events.role_words import QUOTE_MARKS, role_words
from hadath.events.tuning import WINDOWS
from hadath.events.unnumbered import preceded_by, word_before
from hadath.events.victims import category
from hadath.gazetteer.lexicon import place_lexicon
from hadath.resources import load_tsv
from hadath.text.normalize import normalize_key
from hadath.types import Token

BRACKETS = frozenset("()[]")   # (الشاب فلان (20 عاما) من مخيم X: an age between the person and من)

if TYPE_CHECKING:
    from hadath.events.index import DocIndex, Located


@lru_cache(maxsize=1)
def venue_words() -> frozenset[str]:
    """Meeting and negotiation nouns (data/lexicons/venues.tsv), normalized."""
    return frozenset(normalize_key(r["word"]) for r in load_tsv("lexicons/venues.tsv") if r.get("word"))


def venue(tokens: Sequence[Token], p: "Located", lo: int) -> bool:
    """The place is where a meeting or negotiation was held (محادثات جنيف، مفاوضات في أستانا):
    a meeting noun within the three words before it (clitics aside)."""
    return word_before(tokens, p.start, lo, venue_words(), WINDOWS.venue_left)


@lru_cache(maxsize=1)
def _elsewhere_words() -> frozenset[str]:
    """Words of travel, of a base and of solidarity (function_words.tsv ``motion``,
    ``stationed``, ``solidarity``: مسيرات تضامنا مع غزة in Moroccan towns)."""
    return function_words("motion") | function_words("stationed") | function_words("solidarity")


def destination(tokens: Sequence[Token], p: "Located", lo: int) -> bool:
    """The place is where people were going or coming from (السيارات المتوجهة إلى مدينتي النجف
    وكربلاء، في طريقهم إلى سامراء، العائدين من كربلاء), or where the side that acted is based
    (المدفعية المتمركزة في سري كانيه، انطلاقا من مواقعها في X): a word of travel or of a base
    within the three words before it (a place listed after it, وكربلاء, is then no chain of the
    act's place either)."""
    motion = _elsewhere_words()
    if any(tokens[j].norm in motion for j in range(max(lo, p.start - WINDOWS.venue_left), p.start)):
        return True
    if _retreat_to(tokens, p, lo):
        return True
    w = role_words()  # (قذائف مصدرها مواقع قوات النظام في بلدة جورين على قرية الزيارة: Jurin fired)
    k = next((j for j in range(p.start - 1, max(lo, p.start - WINDOWS.source_left) - 1, -1) if tokens[j].norm in w.source), None)
    return k is not None and all(tokens[j].norm not in w.patient for j in range(k, p.start))


def _retreat_to(tokens: Sequence[Token], p: "Located", lo: int) -> bool:
    """The place is where a side withdrew or fled to (انسحب بعدها الجيش إلى ولاية القضارف، فروا
    نحو الجبال): a toward word right before it (or before its class noun) and a verb of retreat a
    few words before that, no punctuation between (function_words ``toward``, ``retreat``)."""
    return _led_by(tokens, p, lo, function_words("toward"), function_words("retreat"), WINDOWS.retreat_left)


def withdrawn_to_only(ix: "DocIndex", frame) -> bool:
    """A withdrawal's sentence names places, and each is where a side withdrew or headed to
    (انسحب بعدها الجيش إلى ولاية القضارف): the ground it left is not named there, so no place
    changed hands that the report names (read when place_choice found no place for it)."""
    toks, lo = ix.doc.tokens, ix.bounds[frame.sent][0]
    places = [p for p in ix.get("place", frame.sent) if p.mention.value.cue != "nisba"]
    return bool(places) and all(destination(toks, p, lo) or headed_to(toks, p, lo) for p in places)


def headed_to(tokens: Sequence[Token], p: "Located", lo: int) -> bool:
    """The place is where a withdrawing side headed (انسحبت القوات من البلدة، واتجهت نحو مدينة
    مركا): a toward word right before it (or before its class noun) and a verb of heading
    (function_words ``heading``: اتجه، توجه) a few words before that, no punctuation between.
    Read for withdrawals only (توجهت القوات إلى بلدة X واشتبكت: the fight is at X)."""
    return _led_by(tokens, p, lo, function_words("toward"), function_words("heading"), WINDOWS.retreat_left)


def _led_by(tokens: Sequence[Token], p: "Located", lo: int, preps: frozenset[str], words: frozenset[str],
            left: int) -> bool:
    """One of ``preps`` right before the place (or before its class noun: إلى ولاية القضارف, في
    محافظة الأنبار with the class noun outside the mention) and one of ``words`` at most ``left``
    tokens before that, no punctuation between. A quote mark around the name is skipped (اتجهت
    نحو مدينة "مركا")."""
    k = p.start - 1
    if k > lo and tokens[k].text in QUOTE_MARKS:
        k -= 1
    if k > lo and tokens[k].norm not in preps and tokens[k - 1].norm in preps:
        k -= 1
    return k >= lo and tokens[k].norm in preps and preceded_by(tokens, k, lo, words, left, punct_only=True)


def origin(tokens: Sequence[Token], p: "Located", lo: int) -> bool:
    """The place is where a person comes from or a force belongs to (الشاب المنحدر من مدينة طفس،
    القوات التابعة لمدينة مصراتة; not القرى التابعة لمحافظة دهوك, the villages' province): an origin
    word, or a word of belonging after a member noun, within the three words before it, no في
    between."""
    words, inside, w = function_words("origin"), function_words("in"), role_words()
    k = next((j for j in range(p.start - 1, max(lo, p.start - WINDOWS.venue_left) - 1, -1)
              if tokens[j].norm in words or (tokens[j].norm in w.owned_by and j > lo
                                             and not w.member.isdisjoint(tokens[j - 1].forms))), None)
    return k is not None and all(tokens[j].norm not in inside for j in range(k, p.start))


def hails_from(tokens: Sequence[Token], p: "Located", lo: int) -> bool:
    """The place is a person's home, told after them with من (الشاب محمد أحمد (20 عاما) من مخيم
    الدهيشة، شاب من بلدة بيت أمر، الفتى X من قرية Y): من right before the place (or before its
    class noun) and a person noun (triggers_victims.tsv civilian: شاب، فتى، طفل، مواطن) at most
    ``WINDOWS.home_left`` tokens before من, with nothing between but words, numbers and the
    brackets of an age, and no word of flight (function_words ``flight``: نزوح السكان من X is
    where they fled from). Read by place_choice only while the clause names another place."""
    k = p.start - 1
    froms = function_words("from")
    if k > lo and tokens[k].norm not in froms and tokens[k - 1].norm in froms:
        k -= 1
    if k <= lo or tokens[k].norm not in froms or not place_lexicon().near.isdisjoint(tokens[k - 1].forms):
        return False   # (بالقرب من مخيم X: where, not whose home)
    first = max(lo, k - 1 - WINDOWS.home_left)
    flight = function_words("flight")
    if any(not flight.isdisjoint(tokens[j].forms) for j in range(first, k)):
        return False   # (نزوح كثيف للسكان من بلدة X: where they fled from)
    for j in range(k - 1, first - 1, -1):
        t = tokens[j]
        if t.kind == "word" and category(tuple(t.forms)) == "civilian":
            return True
        if t.kind == "punct" and t.text not in BRACKETS:
            return False
    return False


def reporter(tokens: Sequence[Token], p: "Located", lo: int) -> bool:
    """The place is where a correspondent reports from (مراسل سبوتنيك في محافظة الحسكة، مراسلنا
    في درعا): a correspondent noun within the few words before it; or where a source speaks
    from (أفاد مصدر محلي في ديالى بأن ...، قالت مصادر أمنية في محافظة الأنبار): a source noun,
    its adjectives and في right before it (or before its class noun)."""
    return word_before(tokens, p.start, lo, function_words("reporter"), WINDOWS.reporter_left) or _led_by(
        tokens, p, lo, function_words("in"), function_words("source"), WINDOWS.speaker_place_left)


def speaker(tokens: Sequence[Token], p: "Located", lo: int) -> bool:
    """The place speaks: a town or capital right after a word of speaking or of stance, as its
    subject or genitive (أعلنت موسكو، غداة إعلان موسكو، واتهمت دمشق، بيان طهران) stands for its
    state and is no place of the act (function_words ``speaker_word``). A country keeps its
    place (أعلنت سوريا: the country is also where its acts are)."""
    if getattr(p.mention.value.place, "feature_class", "") == "country":
        return False
    return word_before(tokens, p.start, lo, function_words("speaker_word"), 1)


def other_act(tokens: Sequence[Token], p: "Located", lo: int, places: Sequence["Located"]) -> bool:
    """The place is the supported people's, not the act's (تضامنا مع المحتجين في ولاية القصرين،
    مناصرة لأهالي ولاية القصرين): a word of solidarity (function_words ``solidarity``) followed by
    مع or a people noun (``solidarity_link``: not جبهة النصرة، a group's name) at most a few
    words before the place, no punctuation but quote marks between, and no place named between
    (تضامنا مع غزة في مدينة الرباط: غزة is the cause, the place after it is the act's)."""
    solidarity, together = function_words("solidarity"), function_words("solidarity_link")
    for j in range(p.start - 1, max(lo, p.start - WINDOWS.other_act_left) - 1, -1):
        if tokens[j].kind == "punct" and tokens[j].text not in QUOTE_MARKS:  # (a quote mark: no end of the clause)
            return False
        after = tokens[j + 1].norm if j + 1 < p.start else ""
        if after in together and not solidarity.isdisjoint(tokens[j].forms):
            return not any(j < q.start < p.start for q in places)
    return False


def motive_place(tokens: Sequence[Token], p: "Located", lo: int) -> bool:
    """The place is in what a crowd protested, not where it was (شهدت صنعاء مظاهرات احتجاجا على
    الغارات التي استهدفت ميناء في محافظة الحديدة): a motive adverb or a participle of condemning
    (function_words ``motive``: احتجاجا، تنديدا، رفضا، منددين، مستنكرة) at most ``WINDOWS.motive_left`` words before it in its
    sentence (from ``lo``), with no punctuation but quote marks between. Read for crowds only,
    and only while the sentence names another place."""
    motive = function_words("motive")
    for j in range(p.start - 1, max(lo, p.start - WINDOWS.motive_left) - 1, -1):
        if tokens[j].kind == "punct" and tokens[j].text not in QUOTE_MARKS:
            return False
        if not motive.isdisjoint(tokens[j].forms):
            return True
    return False


def answered_place(tokens: Sequence[Token], p: "Located", lo: int, main_start: int, acts: Sequence[int]) -> bool:
    """The place is that of the earlier act this one answers (ردا على اغتيال العدو لعدد من المقاومين
    في عين بعال، شن الحزب هجوما على ...؛ انتقاما لمقتل قائدها في بلدة X قصفت ...): a response word
    (function_words ``response``: ردا، انتقاما، ثأرا) at most ``WINDOWS.answered_left`` tokens before
    it, no punctuation between but quote marks, an act word (a trigger, at ``acts``) between the
    response word and the place, and the act being placed (its trigger at ``main_start``) outside
    that stretch (the answered act's own trigger keeps its place)."""
    response = function_words("response")
    for j in range(p.start - 1, max(lo, p.start - WINDOWS.answered_left) - 1, -1):
        if tokens[j].kind == "punct" and tokens[j].text not in QUOTE_MARKS:
            return False
        if not response.isdisjoint(tokens[j].forms):
            return not j <= main_start < p.start and any(j < k < p.start for k in acts)
    return False


def _is_word(tok: Token, words: frozenset[str]) -> bool:
    """The token is one of ``words``, as written or by a form (clitics aside)."""
    return tok.kind == "word" and (tok.norm in words or not words.isdisjoint(tok.forms))


def office(tokens: Sequence[Token], p: "Located", lo: int) -> bool:
    """The place ends a body's or an office's name under its head or spokesman (place_words.tsv
    ``office_body`` after ``office_lead``; cue words may stand between the body and the name):
    قائد جبهة الجنوب is a commander, not an act in the South; المتحدث باسم حكومة ولاية X
    speaks for a state. The mention stays a place of the document; it is no place of the act.
    A country keeps its place, as for :func:`speaker`. After a verb of the body's speaking
    (``office_voice``: قالت حكومة ولاية شمال دارفور) the same holds unless its sentence names a
    part of a town after it: the town of قالت لجان مقاومة ود مدني إن ... بحي الإمتداد is where
    the quarter the committee tells of is."""
    if getattr(p.mention.value.place, "feature_class", "") == "country":
        return False
    lex = place_lexicon()
    k = p.start - 1
    while k >= lo and tokens[k].kind == "word" and tokens[k].norm in lex.cues \
            and not _is_word(tokens[k], lex.office_body):
        k -= 1   # حكومة ولاية X: the cue word is part of the body's name
    bodies = 0
    while k >= lo and _is_word(tokens[k], lex.office_body):
        bodies += 1
        k -= 1
    if not bodies or k < lo:
        return False
    if _is_word(tokens[k], lex.office_lead):
        return True
    return _is_word(tokens[k], lex.office_voice) and not _tells_a_part(tokens, p.end, lex)


def _tells_a_part(tokens: Sequence[Token], k: int, lex) -> bool:
    """A part of a town (place_cues.tsv ``part``: حي، شارع) is named after token k in its
    sentence: the speaking body's town is where that part is."""
    sent = tokens[k - 1].sentence
    for t in tokens[k:]:
        if t.sentence != sent:
            return False
        if _is_word(t, lex.part):
            return True
    return False
