"""Per-document index of mentions by sentence and token range (built once per document).

The events stage looks mentions up by sentence and token position; nothing rescans the text.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date

from hadath.events.modality import Cue, find_cues
from hadath.types import DateValue, Doc, Mention, Span

KINDS = ("quantity", "date", "actor", "place", "trigger", "weapon")


@dataclass(frozen=True)
class Located:
    start: int          # first token index
    end: int            # one past the last token index
    mention: Mention


@dataclass
class DocIndex:
    doc: Doc
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    bounds: dict[int, tuple[int, int]] = field(default_factory=dict)
    by_sent: dict[str, dict[int, list[Located]]] = field(default_factory=dict)
    cues: list[Cue] = field(default_factory=list)
    speech_ends: dict[int, list[int]] = field(default_factory=dict)
    occur: dict[int, list[int]] = field(default_factory=dict)   # ends of occurrence verbs
    reference: date | None = None        # dateline or publication date
    reference_span: Span | None = None

    @classmethod
    def build(cls, doc: Doc) -> "DocIndex":
        ix = cls(doc)
        toks = doc.tokens
        ix.starts = [t.span.start for t in toks]
        ix.ends = [t.span.end for t in toks]
        for t in toks:
            a, _ = ix.bounds.get(t.sentence, (t.index, t.index))
            ix.bounds[t.sentence] = (a, t.index + 1)
        ix.by_sent = {k: {} for k in KINDS}
        for m in doc.mentions:
            if m.kind == "dateline" and ix.reference is None:
                v = m.value
                if isinstance(v, DateValue) and v.date is not None:
                    ix.reference, ix.reference_span = v.date, m.span
                continue
            if m.kind not in ix.by_sent:
                continue
            a, b = ix.token_range(m.span)
            if a >= b:
                continue
            sent = toks[a].sentence
            ix.by_sent[m.kind].setdefault(sent, []).append(Located(a, b, m))
        for per in ix.by_sent.values():
            for lst in per.values():
                lst.sort(key=lambda x: (x.start, -x.end))
        if ix.reference is None and doc.article.published is not None:
            ix.reference = doc.article.published
        ix.cues = find_cues(toks) if toks else []
        for c in ix.cues:
            if c.entry.kind == "report":
                ix.speech_ends.setdefault(toks[c.start].sentence, []).append(c.end)
            elif c.entry.kind == "occur":
                ix.occur.setdefault(toks[c.start].sentence, []).append(c.end)
        return ix

    def token_range(self, span: Span) -> tuple[int, int]:
        a = bisect_right(self.ends, span.start)
        b = bisect_left(self.starts, span.end)
        return a, b

    def get(self, kind: str, sent: int) -> list[Located]:
        return self.by_sent.get(kind, {}).get(sent, [])
