"""The ``dates`` stage: date mentions (and a dateline) resolved against the publication date, or
against the dateline's date when the dateline is a few days older (the day the report was written).

Parsing is regex/lexicon work over the normalized text (hadath.resolve.dates_parse); resolution
rules and conventions are documented in hadath.resolve.dates.
"""
from __future__ import annotations

from bisect import bisect_right
from typing import ClassVar

from hadath.events.toll_words import toll_words
from hadath.resolve.dates import dateline_reference, find_dateline, resolve_expr, text_reference
from hadath.resolve.dates_parse import scan, scan_tokens
from hadath.text.clitics import clitics
from hadath.text.normalize import normalize
from hadath.text.numbers import parse_number_word
from hadath.types import DateValue, Doc, Mention


class DateStage:
    name: ClassVar[str] = "dates"
    requires: ClassVar[tuple[str, ...]] = ("tokens",)
    assigns: ClassVar[tuple[str, ...]] = ("mentions:date", "mentions:dateline", "mentions:reference")

    def __init__(self, config=None) -> None:
        self.config = config

    def __call__(self, doc: Doc) -> Doc:
        norm, cols = doc.norm, doc.columns
        if norm is not None and cols is not None and len(cols.norm_starts) == len(doc.tokens):
            found = scan_tokens(norm.text, doc.tokens, cols.norm_starts, cols.type_ids)
        else:
            norm = norm if norm is not None else normalize(doc.text)
            found = scan(norm.text)
        dl = find_dateline(norm.text, found)
        ref = doc.article.published
        if dl is not None:
            ref = _writer_day(ref, dateline_reference(norm.text, found))
        starts = [s.span.start for s in doc.sentences]
        new: list[Mention] = []
        stated = text_reference(found, norm_text=norm.text) if ref is None else None
        if stated is not None:
            # no publication date: the text's own full date is the reference (a "reference"
            # mention tells later stages where it came from)
            f, ref = stated
            span = norm.to_original(f.start, f.end)
            sent = bisect_right(starts, span.start) - 1 if starts else -1
            value = DateValue(ref, 1)
            new.append(Mention("reference", span, span.of(doc.text), value, sent, f.confidence))
        for f in found:
            value = resolve_expr(f.expr, ref)
            if value is None:
                continue
            span = norm.to_original(f.start, f.end)
            if _count_after_noun(doc, span):
                continue
            sent = bisect_right(starts, span.start) - 1 if starts else -1
            surface = span.of(doc.text)
            new.append(Mention("date", span, surface, value, sent, f.confidence))
            if f is dl and value.date is not None:
                new.append(Mention("dateline", span, surface, value, sent, f.confidence))
        if not new:
            return doc
        return doc.with_mentions(new)


DATELINE_LAG = 3  # days a dateline may precede the publication date and still be the writer's day


def _writer_day(published, dateline):
    """The day relative words (اليوم، أمس، الأحد) count from: the publication date, else the
    dateline's; a dateline up to ``DATELINE_LAG`` days before the publication date is the day
    the report was written ("عمان 18 ديسمبر 2016" posted on the 19th: its اليوم is the 18th)."""
    if published is None:
        return dateline
    if dateline is not None and 0 < (published - dateline).days <= DATELINE_LAG:
        return dateline
    return published


def _count_after_noun(doc: Doc, span) -> bool:
    """A weekday that is also a number (الاثنين: Monday, "the two") right after a definite noun in
    ين with no count before it: the number agreeing with its noun (تصفية المنفذين الاثنين, the
    two attackers), no day (not قتل 3 من المسلحين الاثنين, nor يوم الاثنين)."""
    toks = doc.tokens
    k = next((i for i, t in enumerate(toks) if t.start == span.start and t.end == span.end), None)
    if k is None or k < 2 or parse_number_word(toks[k].norm) is None:
        return False
    prev = toks[k - 1]
    return prev.kind == "word" and prev.sentence == toks[k].sentence and clitics().definite(prev.norm) \
        and prev.norm.endswith(tuple(toll_words().oblique_end)) and toks[k - 2].kind == "word" \
        and parse_number_word(toks[k - 2].norm) is None and toks[k - 2].norm not in toll_words().partitive
