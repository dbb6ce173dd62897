"""A report's dateline: the city it was filed from and the agency after it (رام الله - اعتقلت
...، عمان 18 ديسمبر 2016 / قتل ...، تعز - سبأ:), which is no place of the acts it reports.
Read by :mod:`hadath.events.place_choice`."""
from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

from hadath.events.tuning import WINDOWS
from hadath.text.sentences import at_line_start
from hadath.types import Token

if TYPE_CHECKING:
    from hadath.events.index import DocIndex, Located

DASHES = frozenset({"-", "–", "—", ":"})
AGENCY_OPEN = {"(": ")", '"': '"'}  # (ود مدني «سودانس بوست» –: quote marks folded to ")
KASHIDA = chr(0x0640)  # ـ لاجوس ـ (د ب أ): a dash written as a kashida, which the tokenizer drops


def is_dateline(tokens: Sequence[Token], p: "Located", text: str) -> bool:
    """The place a report was filed from: at the start of the text or of a line, followed by
    a dash, colon or slash, possibly after the day (رام الله - اعتقلت ...، عمان 18 ديسمبر 2016 /
    قتل ...) or the agency in brackets (باماكو (أ ف ب) - قتل ...)."""
    j = p.end
    if _kashida_before(tokens, text, j):  # (ـ لاجوس ـ (د ب أ) اختطف ...)
        return _line_start(text, p.mention.span.start)
    if j < len(tokens) and tokens[j].norm in AGENCY_OPEN:  # (the agency's name in brackets or quotes)
        if _agency_end(tokens, j):  # (بغداد (رويترز) قتل ...: a wire's name needs no dash after it)
            return _line_start(text, p.mention.span.start)
        close = AGENCY_OPEN[tokens[j].norm]
        j = next((k + 1 for k in range(j + 1, min(j + WINDOWS.dateline_agency, len(tokens)))
                  if tokens[k].norm == close), j)
    for j in range(j, min(j + WINDOWS.dateline_city, len(tokens))):
        tok = tokens[j]
        if tok.norm in DASHES or tok.norm == "/" or _kashida_before(tokens, text, j):
            return _line_start(text, p.mention.span.start)
        if tok.kind == "punct" or tok.sentence != tokens[p.start].sentence:
            return False
        if j > p.end and tok.kind != "number" and tokens[j - 1].kind != "number":
            return False  # only a day, month and year may stand between
    return False


def glued_dateline(tokens: Sequence[Token], p: "Located", text: str) -> bool:
    """A dateline glued to the end of a headline on its line ((الفاشر)الخرطوم – 26 – 10 (كونا) —
    أعلنت ...، عنوان الخبر بغداد (رويترز) - قتل ...): the city, then only dashes, the day's
    numbers and a wire agency's name in brackets, with a dash before or after the agency. The
    reporter's city, not a place of the acts."""
    j, dash, agency = p.end, False, False
    stop = min(len(tokens), p.end + WINDOWS.dateline_city + WINDOWS.dateline_agency)
    while j < stop:
        dash = dash or _kashida_before(tokens, text, j)  # (a kashida is a gap, not a token)
        tok, end = tokens[j], _agency_end(tokens, j)
        if tok.norm in DASHES or tok.norm == "/":
            dash, j = True, j + 1
        elif tok.kind == "number" and dash:
            j += 1
        elif end is not None:
            agency, j = True, end
        else:
            break
        if agency and dash:
            return True
    return False


def _agency_end(tokens: Sequence[Token], j: int) -> int | None:
    """One past the closing bracket of a wire agency's name in brackets or quotes at ``j``
    ((رويترز)، (د ب أ)، (أ.ف.ب)، "كونا"), by lexicons/dates_datelines.tsv; None when there is none."""
    if j >= len(tokens) or tokens[j].norm not in AGENCY_OPEN:
        return None
    close = AGENCY_OPEN[tokens[j].norm]
    for k in range(j + 1, min(j + 2 * WINDOWS.dateline_agency, len(tokens))):
        if tokens[k].norm == close:
            name = " ".join(t.norm for t in tokens[j + 1:k] if t.kind != "punct")
            return k + 1 if name in _agencies() else None
    return None


def _kashida_before(tokens: Sequence[Token], text: str, k: int) -> bool:
    """Only kashidas and spaces between tokens ``k - 1`` and ``k`` (ـ لاجوس ـ (د ب أ)): a dash."""
    if k <= 0 or k >= len(tokens):
        return False
    gap = text[tokens[k - 1].span.end:tokens[k].span.start]
    return KASHIDA in gap and not gap.replace(KASHIDA, "").strip()


def _line_start(text: str, start: int) -> bool:
    """:func:`at_line_start`, also after a dash or kashida opening the line (ـ لاجوس ـ)."""
    i = start - 1
    while i >= 0 and text[i] in "-–—" + KASHIDA + " \t":
        i -= 1
    return i < 0 or text[i] == "\n" or at_line_start(text, i + 1)


@lru_cache(maxsize=1)
def _agencies() -> frozenset[str]:
    """The wire agencies of lexicons/dates_datelines.tsv, normalized."""
    from hadath.resources import word_roles

    return word_roles("lexicons/dates_datelines.tsv").get("agency", frozenset())


def dateline_end(tokens: Sequence[Token], lo: int, hi: int, text: str) -> int:
    """One past the last token of a dateline prefix at the start of sentence ``lo`` (غزة -،
    تعز - سبأ، الحديدة - المسيرة:، ذي قار/ شفق نيوز-): the city, then the agency name up to a
    second dash or colon, or the end of its line. ``lo`` when there is none."""
    if lo >= hi:
        return lo
    if not _line_start(text, tokens[lo].span.start):
        return lo
    agency = _kashida_agency(tokens, lo, hi, text)
    if agency is not None:  # (ـ صنعاء ـ (سبأ) قتل ...: a wire's name is no place)
        return agency + (agency < hi and tokens[agency].norm in DASHES)
    k = next((i for i in range(lo, min(lo + WINDOWS.dateline_city + _quoted_agency(tokens, lo, hi), hi))
              if tokens[i].norm in DASHES or tokens[i].norm == "/"), None)
    if k is None:
        return lo
    for m in range(k + 1, min(k + 1 + WINDOWS.dateline_agency, hi)):
        if "\n" in text[tokens[m - 1].span.end:tokens[m].span.start]:
            return m
        if tokens[m].norm in DASHES:
            return m + 1
    return k + 1


def _kashida_agency(tokens: Sequence[Token], lo: int, hi: int, text: str) -> int | None:
    """One past a wire's name in brackets one or two words after the line's start, in a
    dateline with a kashida for its dash (ـ صنعاء ـ (سبأ)، ـ لاجوس ـ (د ب أ)، مأرب ـ (سبأ) -):
    None when there is none."""
    for i in range(lo + 1, min(lo + 3, hi)):
        end = _agency_end(tokens, i)
        if end is not None and end <= hi and any(_kashida_before(tokens, text, k) for k in range(lo + 1, i + 1)):
            return end
    return None


def _quoted_agency(tokens: Sequence[Token], lo: int, hi: int) -> int:
    """Tokens of an agency's name in quote marks right after the city (ود مدني «سودانس بوست» –),
    which the city's dash comes after: 0 when there is none."""
    k = next((i for i in range(lo + 1, min(lo + WINDOWS.dateline_city, hi)) if tokens[i].norm == '"'), None)
    if k is None:
        return 0
    end = next((i for i in range(k + 1, min(k + 1 + WINDOWS.dateline_agency, hi)) if tokens[i].norm == '"'), None)
    return 0 if end is None else end - k + 1


def sentence_dateline_end(ix: "DocIndex", sent: int) -> int:
    """:func:`dateline_end` of sentence ``sent``, once per document (read for every frame of a
    sentence, its next sentence's frames and its dates)."""
    memo = ix.memo
    key = ("dateline_end", sent)
    got = memo.get(key)
    if got is None:
        lo, hi = ix.bounds[sent]
        got = memo[key] = dateline_end(ix.doc.tokens, lo, hi, ix.doc.text)
    return got


def struck_abroad(ix: "DocIndex", frame, dateline: "Located") -> bool:
    """The frame's clause names what it hit by another country's nisba right after a target
    noun (بيروت - أعلن حزب الله استهداف 11 موقعا إسرائيليا، سفينة أمريكية): the act was not at
    the filing city."""
    from hadath.events.roles import target_noun

    toks = ix.doc.tokens
    a, b = frame.clause
    home = getattr(dateline.mention.value.place, "country", None)
    nisbas = _indefinite_nisbas()
    return any(target_noun(toks[k - 1]) and nisbas.get(toks[k].norm, home) != home for k in range(a + 1, b))


@lru_cache(maxsize=1)
def _indefinite_nisbas() -> dict[str, str]:
    """Every country's indefinite nisba adjectives, feminine and accusative masculine (أمريكية،
    إسرائيليا), to its name."""
    from hadath.mentions.actors_country import accusative_nisbas, adjective_forms

    out: dict[str, str] = {}
    for country, adj in adjective_forms().items():
        out.update({w: country for w in adj["fi"]})
    out.update(accusative_nisbas())  # (a later country's form wins, as before: same order)
    return out
