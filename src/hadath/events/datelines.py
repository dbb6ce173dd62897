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


def is_dateline(tokens: Sequence[Token], p: "Located", text: str) -> bool:
    """The place a report was filed from: at the start of the text or of a line, followed by
    a dash, colon or slash, possibly after the day (رام الله - اعتقلت ...، عمان 18 ديسمبر 2016 /
    قتل ...) or the agency in brackets (باماكو (أ ف ب) - قتل ...)."""
    j = p.end
    if j < len(tokens) and tokens[j].norm in AGENCY_OPEN:  # (the agency's name in brackets or quotes)
        close = AGENCY_OPEN[tokens[j].norm]
        j = next((k + 1 for k in range(j + 1, min(j + WINDOWS.dateline_agency, len(tokens)))
                  if tokens[k].norm == close), j)
    for j in range(j, min(j + WINDOWS.dateline_city, len(tokens))):
        tok = tokens[j]
        if tok.norm in DASHES or tok.norm == "/":
            return at_line_start(text, p.mention.span.start)
        if tok.kind == "punct" or tok.sentence != tokens[p.start].sentence:
            return False
        if j > p.end and tok.kind != "number" and tokens[j - 1].kind != "number":
            return False  # only a day, month and year may stand between
    return False


def dateline_end(tokens: Sequence[Token], lo: int, hi: int, text: str) -> int:
    """One past the last token of a dateline prefix at the start of sentence ``lo`` (غزة -،
    تعز - سبأ، الحديدة - المسيرة:، ذي قار/ شفق نيوز-): the city, then the agency name up to a
    second dash or colon, or the end of its line. ``lo`` when there is none."""
    if lo >= hi:
        return lo
    if not at_line_start(text, tokens[lo].span.start):
        return lo
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
