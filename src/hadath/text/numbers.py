"""Numbers in Arabic news: digits, number words, duals, vague quantities and their bounds.

``find_quantities(tokens)`` reads a token sequence (from :func:`hadath.text.tokenize.tokenize`)
and returns :class:`QuantityMatch` records: token extent, original-text span, a
:class:`~hadath.types.Quantity` and the index of the counted noun token when there is one
("ستة من مقاتلي" → مقاتلي, "خمسة قتلى" → قتلى, "قتيلين" → itself).

What is read
    * digits in any digit set (normalization maps them to ASCII) with thousands separators
      (1,500 / 1٬500 / 1.500); a single ``.`` or ``,`` followed by other than three digits is a
      decimal point (2.5 مليون); ``2.500 مليون`` is 2.5 million;
    * cardinal words from واحد to the billions with gender/case forms and clitics (وثلاثة،
      بعشرة، لخمسة، الثلاثة), teens (أحد عشر، ثلاث عشرة), compounds joined by و in standard order
      (ثلاثة وعشرون، مئة وخمسون، ثلاثة آلاف وخمسمائة، 3 آلاف، 2.5 مليون);
    * the dual of a countable noun with a broken plural (data/lexicons/numbers_nouns.tsv:
      قتيلين، جنديان ...) = 2; sound-plural nouns (مدنيين، مقاتلين) are ambiguous and not counted;
    * ordinals (الثالث، الحادي عشر) are recognized and skipped: they are not counts;
    * years, days of a month, hours, percentages and reference numbers are skipped.

Conventions for bounds (``Quantity(best, low, high, estimate)``; low <= best <= high always)
    ============================================  ==========================================
    exact "23 قتيلا"، "قتيلين"                      best = low = high = N
    at least: ما لا يقل عن، على الأقل               best = low = N, high None
    about: نحو، حوالي، قرابة، زهاء، ما يقارب، تقريبا   best = N, low = high = None (not an estimate)
    more than: أكثر من، ما يزيد عن، ما يربو على، N ونيف best = low = N, high None.  ACLED codes the
                                                  stated figure (the most conservative credible
                                                  number), so best is N, not N+1; low stays N so
                                                  that low <= best.
    fewer than: أقل من، ما دون                      best = high = N-1, low None
    at most / up to: لا يزيد عن، ما يصل إلى         best = high = N, low None
    range: بين 10 و15، 10 إلى 15، 10-15، 10 أو 12    low = best = 10, high = 15 (conservative)
    vague (estimate=True, low = high = None)       عشرات 12, مئات 100, آلاف/ألوف 1000,
                                                  ملايين 1,000,000, بضعة/بضع/عدة/عدد من 3,
                                                  عدد كبير من 10, "عشرات الآلاف" 12 x 1000
    a bare casualty plural (سقوط قتلى)              10, estimate (ACLED's "several"; CODING.md)
    ============================================  ==========================================
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from operator import attrgetter
from typing import Sequence

from hadath.resources import load_tsv
from hadath.text.clitics import clitics
from hadath.text.normalize import normalize_key
from hadath.text.tokenize import segmentations
from hadath.text.vocab import WordType, vocab
from hadath.types import Quantity, Span, Token

from hadath.text.number_cues import _cue_after, _cue_before, _phrase_at
from hadath.text.number_parse import ParsedNumber, parse_number_at
from hadath.text.number_words import (  # noqa: F401  (public names re-exported)
    BARE_CASUALTY, NumberWord, cue_words, _cues, _nouns, dual_nouns, grammar, vague_phrases,
    number_words, parse_digits, start_stems, vague_quantity, word_number,
)

_TYPE, _ID = attrgetter("word_type"), attrgetter("id")


@dataclass(frozen=True)
class QuantityMatch:
    start: int                 # first token (including a leading bound phrase)
    end: int                   # one past the last number token
    span: Span                 # original text of tokens start..end
    quantity: Quantity
    noun: int | None = None    # index of the counted noun token
    kind: str = "number"       # number | vague | dual | bare


def _is_verbish(w: str) -> bool:
    """A past-tense verb like قتل/اعتقلت/أصيب before the number (not its noun)."""
    return w in cue_words("function") or (
        len(w) <= 5 and w.endswith(clitics().ta) and not w.endswith(grammar().plural_ends))


def _is_function(tok: Token) -> bool:
    return tok.norm in cue_words("function") or word_number(tok.norm) is not None


def _noun_candidate(tok: Token) -> bool:
    """Can this token be the noun counted by a number right before it?"""
    if tok.kind != "word" or _is_function(tok):
        return False
    w = tok.norm
    g, cl = grammar(), clitics()
    if w.startswith(g.definite_leads) or len(w) < 2:
        return False
    if w[0] in g.noun_leads and len(w) > 3 and w not in _known_nouns():
        return False  # بجروح، كعادته: a prepositional phrase, not the counted noun
    # وأصيب، ويقتل، فتمكن: a new clause (a conjunction and an imperfect prefix)
    return not (w[0] in cl.conj and len(w) > 3 and w[1] in cl.future_next
                and not w.endswith(g.nominal_ends))


@lru_cache(maxsize=None)
def _known_nouns() -> frozenset[str]:
    rows = load_tsv("lexicons/numbers_nouns.tsv")
    return frozenset(normalize_key(r[k]) for r in rows for k in ("singular", "plural")) | \
        frozenset(dual_nouns())


def _noun_after(tokens: Sequence[Token], j: int, sent: int) -> int | None:
    if j >= len(tokens) or tokens[j].sentence != sent:
        return None
    g = grammar()
    if tokens[j].norm in g.of and j + 1 < len(tokens) and tokens[j + 1].sentence == sent:
        nxt = tokens[j + 1]
        if nxt.kind == "word" and not _is_function(nxt) and not nxt.norm.startswith(g.definite_of):
            return j + 1
        return None
    return j if _noun_candidate(tokens[j]) else None


def _skip_context(tokens: Sequence[Token], i: int, end: int, sent: int) -> bool:
    """True when the number at i..end is a date, an hour, a percentage or a reference number."""
    prev = tokens[i - 1] if i > 0 and tokens[i - 1].sentence == sent else None
    nxt = tokens[end] if end < len(tokens) and tokens[end].sentence == sent else None
    months = cue_words("month")
    g = grammar()
    if prev is not None:
        p = prev.norm[1:] if prev.norm[:1] in g.notcount_proclitics and \
            prev.norm[1:] in cue_words("notcount") else prev.norm
        if p in cue_words("notcount") or p in months:
            return True
        if prev.kind == "punct" and prev.norm in "/:." and prev.end == tokens[i].start:
            return True
        if tokens[i].norm in cue_words("weekday_two") and prev.norm in cue_words("daytime"):
            return True  # مساء أمس الإثنين: Monday
    if nxt is not None:
        if nxt.norm in months or nxt.norm in cue_words("unit_after") or nxt.norm in cue_words("animal_after") or \
                _cue_after(tokens, end, ("percent",), sent):  # 24 عاما: an age; 300 رأس: livestock
            return True
        if nxt.kind == "punct" and nxt.norm in "/:" and nxt.start == tokens[end - 1].end:
            return True
        if nxt.norm in g.of and end + 1 < len(tokens) and (
                tokens[end + 1].norm in months or tokens[end + 1].norm in cue_words("age_of")):
            return True  # (5 من مايو: a day; في الخمسين من عمره: an age)
    return False


def _range_end(tokens: Sequence[Token], num: ParsedNumber, between: bool, sent: int) -> ParsedNumber | None:
    e = num.end
    if e >= len(tokens) or tokens[e].sentence != sent:
        return None
    starts = []
    if tokens[e].norm in cue_words("range_sep"):  # (10 إلى 15، بين 10 إلى 15)
        starts.append(e + 1)
    if between:
        starts.append(e)
    for s in starts:
        if s < len(tokens) and tokens[s].sentence == sent:
            b = parse_number_at(tokens, s)
            if b is not None and not b.skip and not b.estimate and b.value > num.value:
                return b
    return None


def _quantity(value: int, role: str | None) -> Quantity:
    if role == "low":
        return Quantity(value, value, None)
    if role == "more":
        return Quantity(value, value, None)
    if role == "approx":
        return Quantity(value, None, None)
    if role == "less":
        return Quantity(max(value - 1, 0), None, max(value - 1, 0))
    if role == "atmost":
        return Quantity(value, None, value)
    return Quantity(value, value, value)


def _special_at(tokens: Sequence[Token], i: int) -> QuantityMatch | None:
    """Duals (قتيلين), vague phrases (عدد من) and bare casualty plurals (سقوط قتلى)."""
    tok = tokens[i]
    if tok.kind != "word":
        return None
    sent = tok.sentence
    duals, bare = _nouns()
    g = grammar()
    article = clitics().article
    for prefs, stem, suf, _ in segmentations(tok.norm):
        if suf or prefs not in g.number_prefixes:
            continue
        if stem in duals:
            end = i + 1
            if end < len(tokens) and tokens[end].sentence == sent and \
                    word_number(tokens[end].norm) == (NumberWord(2, "unit"), ()):
                end += 1
            return QuantityMatch(i, end, _span(tokens, i, end), Quantity(2, 2, 2), i, "dual")
        if stem in bare and article not in prefs:
            if i > 0 and tokens[i - 1].norm in g.tally:
                return None
            if i + 1 < len(tokens) and tokens[i + 1].sentence == sent and \
                    tokens[i + 1].norm.startswith(article):
                return None  # جرحى الهجوم: defined by what follows
            if any(t.norm in cue_words("count_of_them") for t in tokens[i + 1:i + 3] if t.sentence == sent):
                return None  # سقوط قتلى بلغ عددهم 9: counted by the number that follows
            return QuantityMatch(i, i + 1, tok.span, BARE_CASUALTY, i, "bare")
    if tok.norm in g.count_nouns:
        for phrase, q in g.vague_phrases.items():
            words = phrase.split()
            if words[0] in g.count_nouns and _phrase_at(tokens, i + 1, tuple(words[1:]), sent):
                end = i + len(words)
                noun = end if end < len(tokens) and tokens[end].sentence == sent and \
                    tokens[end].kind == "word" and not _is_function(tokens[end]) else None
                if noun is not None:
                    return QuantityMatch(i, end, _span(tokens, i, end), q, noun, "vague")
    return None


def _span(tokens: Sequence[Token], a: int, b: int) -> Span:
    return Span(_stem_start(tokens, a), tokens[b - 1].end)


def _stem_start(tokens: Sequence[Token], i: int) -> int:
    """Original offset where the number at token i starts, after its proclitics (و، ب، ال)."""
    tok = tokens[i]
    g = grammar()
    if (tok.norm in g.article_tokens or tok.norm in g.conj_tokens) and i + 1 < len(tokens) \
            and tokens[i + 1].kind == "number":
        return tokens[i + 1].start
    if tok.kind == "word":
        hit = word_number(tok.norm)
        if hit is not None and hit[1]:
            for an in tok.analyses:
                if an.prefixes == hit[1]:
                    return an.span.start
    return tok.start


def _match_at(tokens: Sequence[Token], i: int) -> tuple[int, QuantityMatch | None] | None:
    """(next index to look at, match or None when the numeral is skipped) or None."""
    special = _special_at(tokens, i)
    if special is not None:
        return special.end, special
    num = parse_number_at(tokens, i)
    if num is None:
        return None
    sent = tokens[i].sentence
    if num.skip or num.value != int(num.value) or _skip_context(tokens, i, num.end, sent) or (
            num.first_cls == "hundred" and clitics().article in num.first_prefs
            and num.end == i + 1):  # بالمئة
        return num.end, None
    if num.estimate:  # عشرات، مئات، آلاف، بضعة، عدة: only when they govern a noun
        noun = _noun_after(tokens, num.end, sent)
        if noun is None:
            return num.end, None
        q = Quantity(int(num.value), estimate=True)
        return noun + 1, QuantityMatch(i, num.end, _span(tokens, i, num.end), q, noun, "vague")
    cue = _cue_before(tokens, i, ("low", "approx", "more", "less", "atmost", "range_open"))
    role, start = cue if cue else (None, i)
    between = role == "range_open"
    high = _range_end(tokens, num, between, sent)
    if high is None and between and num.joins:
        j, before = num.joins[-1]
        low_v, high_v = before, num.value - before
        if high_v > low_v:
            high = ParsedNumber(num.value, num.end, [])
            num = ParsedNumber(low_v, j, [])
            high.value = high_v
    end = high.end if high is not None else num.end
    value = int(num.value)
    noun = _noun_after(tokens, end, sent)
    first = tokens[i]
    g = grammar()
    article = clitics().article
    if num.first_cls == "unit" and num.end == i + 1 and first.norm in g.one:
        # أحد/إحدى count only when they govern a noun and are not negated (لم يصب أحد)
        if noun is None or any(t.norm in g.negations for t in tokens[max(0, i - 3):i]):
            return num.end, None
    if high is None and i > 0 and tokens[i - 1].sentence == sent and \
            (noun is None or tokens[noun - 1].norm not in g.of):
        # شخص واحد، مدنيان اثنان، الجنود الثلاثة: the number follows its noun as an adjective
        prev = tokens[i - 1]
        adjective = num.first_cls == "unit" and num.end == i + 1 and first.norm in g.adjectives
        definite = article in num.first_prefs and prev.norm.startswith(article)
        if (adjective or (definite and noun is None)) and _noun_candidate(prev) \
                and not _is_verbish(prev.norm):
            noun = i - 1
    if high is not None:
        q = Quantity(value, value, int(high.value))
    else:
        after = noun + 1 if noun is not None and noun >= end else end
        tail = _cue_after(tokens, end, ("low_after", "approx_after"), sent) or \
            _cue_after(tokens, after, ("low_after", "approx_after"), sent)
        if tail is not None and role is None:
            role = tail[0].replace("_after", "")
        elif end < len(tokens) and tokens[end].sentence == sent and \
                word_number(tokens[end].norm) is not None and word_number(tokens[end].norm)[0].cls == "nayyif":
            role, end = "more", end + 1
        q = _quantity(value, role)
    if start < i and role is None:
        start = i
    nxt = max(end, noun + 1 if noun is not None and noun >= end else end)
    return nxt, QuantityMatch(start, end, _span(tokens, start, end), q, noun, "number")


def _may_start(norm: str) -> bool:
    """Cheap filter: can a quantity start at a word token with this normalized form?"""
    g = grammar()
    if word_number(norm) is not None or _whole_start(norm):
        return True
    duals, bare = _nouns()
    return any(not suf and prefs in g.number_prefixes and (stem in duals or stem in bare)
               for prefs, stem, suf, _ in segmentations(norm))


def _whole_start(norm: str) -> bool:
    g = grammar()
    return norm in g.article_tokens or norm in g.conj_tokens or norm in g.count_nouns


@lru_cache(maxsize=1)
def _starts() -> dict[int, bool]:
    """Vocabulary fact table: word-type id -> can a quantity start at a token of that type
    (numbers always; words per :func:`_may_start`)."""
    return vocab().table()


def _start_of(wt: WordType) -> bool:
    # a word none of whose unsuffixed stems is a number word, dual or bare plural is asked
    # only the whole-word lists (``start_stems``: the same answer as ``_may_start``)
    ok = _starts()[wt.id] = wt.kind == "number" or (wt.kind == "word" and (
        _may_start(wt.text) if not start_stems().isdisjoint([s[1] for s in wt.segs if not s[2]])
        else _whole_start(wt.text)))
    return ok


def find_quantities(tokens: Sequence[Token], type_ids: Sequence[int] = ()) -> list[QuantityMatch]:
    """All quantities in a token sequence, left to right, non-overlapping (``type_ids``: the
    tokens' word-type ids when the text stage's columns give them)."""
    out: list[QuantityMatch] = []
    if len(type_ids) != len(tokens):
        type_ids = list(map(_ID, map(_TYPE, tokens)))
    # can a quantity start here (one dict lookup per token, in C)
    flags = list(map(_starts().get, type_ids))
    if None in flags:
        flags = [_start_of(tok.word_type) if f is None else f for f, tok in zip(flags, tokens)]
    i = 0
    for c in compress(range(len(tokens)), flags):
        if c < i:
            continue
        r = _match_at(tokens, c)
        if r is None:
            continue
        nxt, m = r
        if m is not None:
            out.append(m)
        i = max(nxt, c + 1)
    return out


def parse_number_word(word: str) -> int | None:
    """Value of one cardinal word or digit string ("ثلاثة" → 3, "وعشرين" → 20, "١٥" → 15);
    None for ordinals, vague words and anything else."""
    key = normalize_key(word)
    if key.isdigit():
        return int(key)
    hit = word_number(key)
    if hit is None or hit[0].cls not in ("unit", "ten", "hundred", "mult", "mult2"):
        return None
    return hit[0].value


def number_value(text: str) -> int | None:
    """Integer value of a standalone number phrase ("ثلاثة وعشرون" → 23, "٢٬٥٠٠" → 2500)."""
    from hadath.text.normalize import normalize
    from hadath.text.tokenize import tokenize

    toks = tokenize(normalize(text))
    found = find_quantities(toks)
    if len(found) == 1 and found[0].quantity.best is not None:
        return found[0].quantity.best
    return None


parse_number = number_value
