"""Per-document index of mentions by sentence and token range (built once per document).

The events stage looks mentions up by sentence and token position; nothing rescans the text.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter
from types import MappingProxyType
from typing import Mapping, NamedTuple

from hadath.events.modality import Cue
from hadath.events.scan import Scan, scan_of
from hadath.events.wordbits import BLAME_VERB, class_positions
from hadath.types import DateValue, Doc, Mention, Span

DENIED_CLAIM = 4  # words between a denial verb and the responsibility it denies (نفى حزب الله مسؤوليته)
BLAME_SPLIT = 7   # words from a blame verb to its noun with the parties between (حمّلت طهران إسرائيل مسؤولية)

KINDS = ("quantity", "date", "actor", "place", "trigger", "weapon")


class Located(NamedTuple):
    start: int          # first token index
    end: int            # one past the last token index
    mention: Mention


_START = attrgetter("start")
_NO_SENTS: Mapping[int, list] = MappingProxyType({})   # (a kind with no mentions)


def _order(x: "Located") -> tuple[int, int]:
    return (x.start, -x.end)


@dataclass
class DocIndex:
    doc: Doc
    starts: list[int] = field(default_factory=list)   # token start offsets
    bounds: dict[int, tuple[int, int]] = field(default_factory=dict)
    by_sent: dict[str, dict[int, list[Located]]] = field(default_factory=dict)
    cues: list[Cue] = field(default_factory=list)
    speech_ends: dict[int, list[int]] = field(default_factory=dict)
    occur: dict[int, list[int]] = field(default_factory=dict)   # ends of occurrence verbs
    accuse: dict[int, list[int]] = field(default_factory=dict)  # ends of accusations (اتهم)
    # starts of claims of responsibility (أعلن X مسؤوليته عن): the claimant comes before
    claims: dict[int, list[int]] = field(default_factory=dict)
    denial_ends: frozenset[int] = frozenset()   # ends of denial verbs (نفى حزب الله: its subject after)
    reference: date | None = None        # dateline or publication date
    reference_span: Span | None = None

    scan: Scan | None = None
    # word-class bit -> ascending token indexes of that class (hadath.events.wordbits)
    positions: dict[int, list[int]] = field(default_factory=dict)
    # per-document memos of the events stage (keyed by sentence or by id() of a Located, which
    # lives as long as the index): what every frame of a sentence would otherwise recompute
    memo: dict = field(default_factory=dict)

    @classmethod
    def build(cls, doc: Doc) -> "DocIndex":
        ix = cls(doc)
        toks = doc.tokens
        sc = ix.scan = scan_of(doc)
        ix.bounds = sc.bounds
        cols = doc.columns  # (the text stage's starts column, when it is these tokens')
        ix.positions = class_positions(toks, cols)
        starts = ix.starts = cols.starts if cols is not None and len(cols.starts) == len(toks) \
            else list(map(_START, toks))
        right, left, sents = bisect_right, bisect_left, sc.sents
        by_sent: dict[str, dict[int, list[Located]]] = {k: defaultdict(list) for k in KINDS}
        ix.by_sent = by_sent
        get_per = by_sent.get
        for m in doc.mentions:
            per = get_per(m.kind)
            if per is None:
                kind = m.kind
                if kind in ("dateline", "reference") and ix.reference is None:
                    v = m.value
                    if isinstance(v, DateValue) and v.date is not None:
                        ix.reference, ix.reference_span = v.date, m.span
                continue
            span = m.span
            # first token ending after span.start (tokens do not overlap: the last one starting
            # at or before it, unless it ends by then), first token starting at or after span.end
            s = span.start
            a = right(starts, s) - 1
            if a < 0:
                a = 0
            elif toks[a].end <= s:
                a += 1
            b = left(starts, span.end, a)
            if a >= b:
                continue
            per[sents[a]].append(Located(a, b, m))
        for per in by_sent.values():
            for lst in per.values():
                if len(lst) > 1:
                    lst.sort(key=_order)
        _inside_names(by_sent)
        _inside_places(by_sent)
        if ix.reference is None and doc.article.published is not None:
            ix.reference = doc.article.published
        ix.cues = sc.cues
        ix.denial_ends = frozenset(c.end for c in ix.cues if c.entry.kind == "denial")
        for c in ix.cues:
            kind = c.entry.kind
            if kind == "report":
                ix.speech_ends.setdefault(toks[c.start].sentence, []).append(c.end)
            elif kind == "occur":
                ix.occur.setdefault(toks[c.start].sentence, []).append(c.end)
            elif kind == "accuse" and not _for_safety(toks, c.end - 1, ix.bounds):
                ix.accuse.setdefault(toks[c.start].sentence, []).append(c.end)
            elif kind == "responsibility" and not any(
                    c.start - k in ix.denial_ends for k in range(DENIED_CLAIM + 1)):
                # (نفى حزب الله مسؤوليته: a denial, no claim)
                ix.claims.setdefault(toks[c.start].sentence, []).append(c.start)
        for sent, end in _split_blames(toks, ix.bounds, ix.positions[BLAME_VERB]):
            ix.accuse.setdefault(sent, []).append(end)
        _reporters(toks, by_sent, ix.speech_ends)
        return ix

    def token_range(self, span: Span) -> tuple[int, int]:
        toks, starts = self.doc.tokens, self.starts
        a = bisect_right(starts, span.start) - 1
        if a < 0:
            a = 0
        elif toks[a].end <= span.start:
            a += 1
        return a, bisect_left(starts, span.end)

    def get(self, kind: str, sent: int) -> list[Located]:
        got = self.by_sent.get(kind, _NO_SENTS).get(sent)
        return [] if got is None else got


def _inside_names(by_sent: dict[str, dict[int, list[Located]]]) -> None:
    """Drop the dates, counts and triggers that are words inside a named actor's name (كتيبة
    شهداء 17 فبراير): the name holds no date, toll or act of the report."""
    for sent, actors in by_sent["actor"].items():
        spans = [(a.start, a.end) for a in actors
                 if a.end - a.start > 1 and a.mention.value.kind == "named"]
        if not spans:
            continue
        for kind in ("date", "quantity", "trigger"):
            lst = by_sent[kind].get(sent)
            if lst:   # (an act noun that opens the name is the act: غارة إسرائيلية)
                lo = 1 if kind == "trigger" else 0
                lst[:] = [x for x in lst if not any(a + lo <= x.start and x.end <= b and (a, b) != (x.start, x.end)
                                                    for a, b in spans)]


def _inside_places(by_sent: dict[str, dict[int, list[Located]]]) -> None:
    """Drop the generic actor words that are words inside a longer place name (مزارع شحشبو: the
    farms of Shahshabu, not a farmer - the place recognizer took the word as the name's head): a
    place is no side of the act."""
    for sent, places in by_sent["place"].items():
        spans = [(p.start, p.end) for p in places if p.end - p.start > 1]
        lst = by_sent["actor"].get(sent) if spans else None
        if lst:
            lst[:] = [x for x in lst if x.mention.value.kind != "generic"
                      or not any(a <= x.start and x.end <= b and (a, b) != (x.start, x.end) for a, b in spans)]


def _reporters(toks, by_sent: dict[str, dict[int, list[Located]]], speech_ends: dict[int, list[int]]) -> None:
    """Drop the reporter told as the one speaking (أفاد مراسلنا أن، قال مراسل الجزيرة، وأفاد
    " المراسل " بأن: function_words reporter, right after a speech verb, quotes between): the
    one telling the news is no side of the act."""
    from hadath.events.lexicons import function_words

    words = function_words("reporter")
    for sent, ends in speech_ends.items():
        lst = by_sent["actor"].get(sent)
        if not lst:
            continue
        firsts = set()
        for e in ends:
            k = e
            while k < len(toks) and toks[k].kind == "punct":
                k += 1
            firsts.add(k)
        lst[:] = [x for x in lst if x.mention.value.kind != "generic" or x.start not in firsts
                  or words.isdisjoint(toks[x.start].forms)]


def _split_blames(toks, bounds: dict[int, tuple[int, int]], verbs_at: list[int]) -> list[tuple[int, int]]:
    """Blame told with the parties between its verb and its noun (حمّلت طهران إسرائيل مسؤولية
    الغارة، حمّل الجيش الحوثيين المسؤولية): (sentence, end of the verb) - an accusation whose
    accused follows it, as the contiguous cue (حمّل مسؤولية) of modality.tsv gives. The noun must
    be in the verb's sentence, a word or more after it, and not followed by a person's safety or fate
    (function_words blame_verb, blame_noun, blame_not). ``verbs_at``: the tokens with a blame
    verb among their forms (wordbits.BLAME_VERB)."""
    from hadath.events.lexicons import function_words

    nouns = function_words("blame_noun")
    out = []
    for i in verbs_at:
        tok = toks[i]
        end = bounds.get(tok.sentence, (0, len(toks)))[1]
        noun = next((j for j in range(i + 2, min(end, i + 2 + BLAME_SPLIT)) if not nouns.isdisjoint(toks[j].forms)), None)
        if noun is not None and not _for_safety(toks, noun, bounds):
            out.append((tok.sentence, i + 1))
    return out


def _for_safety(toks, noun: int, bounds: dict[int, tuple[int, int]]) -> bool:
    """A person's safety or fate within three words after the blame noun at ``noun`` (function_words
    blame_not: حمّلت الأجهزة الأمنية المسؤولية عن سلامته): a demand, no act blamed."""
    from hadath.events.lexicons import function_words

    if function_words("blame_noun").isdisjoint(toks[noun].forms):
        return False  # (اتهم، باللوم على: no responsibility noun)
    nots = function_words("blame_not")
    end = bounds.get(toks[noun].sentence, (0, len(toks)))[1]
    return any(not nots.isdisjoint(toks[j].forms) for j in range(noun + 1, min(end, noun + 4)))
