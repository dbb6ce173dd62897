"""The contracts between stages: frozen dataclasses only.

Offsets (``Span``) always index the article's original, un-normalized text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Mapping, Union

if TYPE_CHECKING:
    from hadath.events.scan import Scan
    from hadath.text.normalize import Normalized


class _SpanSlots:
    __slots__ = ("start", "end")


@dataclass(frozen=True)
class Span(_SpanSlots):
    """A [start, end) extent of the original text. (Slots live in a plain base class so that the
    text layer can build spans through ``_SpanMaker`` without the frozen-``__setattr__`` round
    trip; see ``_new_span``.)"""
    __slots__ = ()
    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def __reduce__(self) -> tuple:
        return (Span, (self.start, self.end))

    def of(self, text: str) -> str:
        return text[self.start:self.end]

    def to_list(self) -> list[int]:
        return [self.start, self.end]


class _SpanMaker(_SpanSlots):
    """Builds a valid Span fast: plain slot stores, then the instance becomes a ``Span``."""
    __slots__ = ()

    def __init__(self, start: int, end: int) -> None:
        self.start = start
        self.end = end
        self.__class__ = Span  # type: ignore[assignment]


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    url: str | None = None
    published: date | None = None
    source: str | None = None
    title: str | None = None
    origin: str | None = None  # file (and line) it was read from


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    span: Span


class Analysis(tuple):
    """One clitic segmentation of a token: prefixes + stem + suffix (all normalized).

    ``span`` is the stem's extent in the original text. Immutable; stored as the tuple
    ``(prefixes, stem, suffix, span.start, span.end)`` so that the text layer can build the
    hundreds it needs per article cheaply (``Analysis(prefixes, stem, suffix, span)``).
    """
    __slots__ = ()
    __match_args__ = ("prefixes", "stem", "suffix", "span")

    prefixes: tuple[str, ...] = property(itemgetter(0), doc="proclitics, outermost first")  # type: ignore[assignment]
    stem: str = property(itemgetter(1), doc="the stem (normalized)")  # type: ignore[assignment]
    suffix: str = property(itemgetter(2), doc="pronoun suffix or ''")  # type: ignore[assignment]

    def __new__(cls, prefixes: tuple[str, ...], stem: str, suffix: str, span: Span) -> "Analysis":
        return tuple.__new__(cls, (prefixes, stem, suffix, span.start, span.end))

    @property
    def span(self) -> Span:
        return _new_span(self[3], self[4])

    def __getnewargs__(self) -> tuple:  # type: ignore[override]
        return (self[0], self[1], self[2], self.span)

    def __repr__(self) -> str:
        return (f"Analysis(prefixes={self[0]!r}, stem={self[1]!r}, suffix={self[2]!r}, "
                f"span={self.span!r})")


def _fast_maker(cls: type, fields: tuple[str, ...]):
    """A constructor for a frozen slots dataclass that skips the frozen-__setattr__ round trip
    (the text layer builds hundreds of these per article). Values must be valid."""
    new = object.__new__
    setters = tuple(getattr(cls, f).__set__ for f in fields)
    if len(fields) == 2:
        s0, s1 = setters

        def make2(a, b):
            o = new(cls)
            s0(o, a)
            s1(o, b)
            return o
        return make2
    if len(fields) == 4:
        s0, s1, s2, s3 = setters

        def make4(a, b, c, d):
            o = new(cls)
            s0(o, a)
            s1(o, b)
            s2(o, c)
            s3(o, d)
            return o
        return make4
    s0, s1, s2, s3, s4, s5, s6, s7 = setters

    def make8(a, b, c, d, e, f, g, h):
        o = new(cls)
        s0(o, a)
        s1(o, b)
        s2(o, c)
        s3(o, d)
        s4(o, e)
        s5(o, f)
        s6(o, g)
        s7(o, h)
        return o
    return make8


_new_span = _SpanMaker


class _TokenSlots:
    __slots__ = ("index", "span", "text", "norm", "kind", "sentence", "_info", "_an")


@dataclass(frozen=True, init=False, eq=False, repr=False)
class Token(_TokenSlots):
    """A token. ``analyses`` (clitic segmentations, unsegmented first) are built on first access
    from ``_info``, a tuple shared by every token of the same word type:
    ``(segs, forms)`` with ``segs`` = ((prefixes, stem, suffix, start, end), ...) relative to the
    token's start in the normalized text and ``forms`` = the stems. When the token's original
    text is not a 1:1 image of its normalized text (diacritics, ligatures) the analyses are
    built eagerly by the tokenizer and stored in ``_an``. (The tokenizer builds tokens through
    ``_TokenMaker``: plain slot stores instead of the frozen-``__setattr__`` round trip.)"""
    __slots__ = ()
    index: int
    span: Span
    text: str          # original surface
    norm: str          # normalized surface
    kind: str          # "word" | "latin" | "number" | "punct"
    sentence: int
    _info: tuple = field(repr=False, compare=False)
    _an: tuple | None = field(repr=False, compare=False)

    def __init__(self, index: int, span: Span, text: str, norm: str, kind: str, sentence: int,
                 analyses: tuple[Analysis, ...] = ()) -> None:
        analyses = tuple(analyses) or (Analysis((), norm, "", span),)
        info = (tuple((a.prefixes, a.stem, a.suffix, -1, -1) for a in analyses),
                tuple(a.stem for a in analyses))
        for name, value in (("index", index), ("span", span), ("text", text), ("norm", norm),
                            ("kind", kind), ("sentence", sentence), ("_info", info),
                            ("_an", analyses)):
            object.__setattr__(self, name, value)

    @property
    def analyses(self) -> tuple[Analysis, ...]:
        """Clitic segmentations (prefixes + stem + suffix, stem span); analyses[0] is the
        unsegmented token."""
        an = self._an
        if an is None:
            start = self.span.start
            new, cls = tuple.__new__, Analysis
            an = tuple([new(cls, (p, st, sf, start + x, start + y)) for p, st, sf, x, y in self._info[0]])
            _set_an(self, an)
        return an

    @property
    def forms(self) -> tuple[str, ...]:
        """Candidate lookup keys, unsegmented first."""
        return self._info[1]

    def stem_span(self, k: int) -> Span:
        """``analyses[k].span`` without building the analyses."""
        an = self._an
        if an is not None:
            return an[k].span
        start = self.span.start
        seg = self._info[0][k]
        return _new_span(start + seg[3], start + seg[4])

    def __reduce__(self) -> tuple:
        return (_rebuild_token, (self.index, self.span, self.text, self.norm, self.kind,
                                 self.sentence, self._info, self._an))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.index, self.span, self.text, self.norm, self.kind, self.sentence,
                self.analyses) == (other.index, other.span, other.text, other.norm,  # type: ignore[attr-defined]
                                   other.kind, other.sentence, other.analyses)  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((self.index, self.span, self.text, self.norm, self.kind, self.sentence))

    def __repr__(self) -> str:
        return (f"Token(index={self.index!r}, span={self.span!r}, text={self.text!r}, "
                f"norm={self.norm!r}, kind={self.kind!r}, sentence={self.sentence!r}, "
                f"analyses={self.analyses!r})")


class _TokenMaker(_TokenSlots):
    """``_TokenMaker(index, span, text, norm, kind, sentence, _info, _an)`` is a Token (values
    must be valid: this is the tokenizer's fast path)."""
    __slots__ = ()

    def __init__(self, index: int, span: Span, text: str, norm: str, kind: str, sentence: int,
                 info: tuple, an: tuple | None) -> None:
        self.index = index
        self.span = span
        self.text = text
        self.norm = norm
        self.kind = kind
        self.sentence = sentence
        self._info = info
        self._an = an
        self.__class__ = Token  # type: ignore[assignment]


def _rebuild_token(*values: Any) -> "Token":
    return _TokenMaker(*values)  # type: ignore[return-value]


_set_an = _TokenSlots._an.__set__  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class Quantity:
    """A count with UCDP-style bounds. ``estimate`` marks vague words (عشرات، مئات)."""
    best: int | None
    low: int | None = None
    high: int | None = None
    estimate: bool = False


@dataclass(frozen=True, slots=True)
class DateValue:
    """A date mention resolved against the publication date (or a dateline).

    time_precision follows ACLED: 1 day, 2 week (middle coded), 3 month (mid-month coded).
    ``resolved`` is False when no reference date was available for a relative expression.
    """
    date: date | None
    time_precision: int | None
    resolved: bool = True
    relative: bool = False
    calendar: str = "gregorian"
    end: date | None = None  # for spans such as "ليلة الجمعة - السبت"
    granularity: str = "day"  # day | week | month | year (year: time_precision None)
    future: bool = False      # after the reference (المقبل، غدا): plans, not events
    background: bool = False  # year-only / "منذ 2011" / "منذ سنوات": context, not an event date


@dataclass(frozen=True)
class Place:
    """A gazetteer record."""
    id: str
    name: str
    feature_class: str         # country | admin1 | admin2 | admin3 | populated_place | neighbourhood | camp | ...
    country: str               # English country name
    country_code: str          # ISO 3166-1 alpha-2
    latitude: float
    longitude: float
    name_ar: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    population: int = 0
    source: str = ""


@dataclass(frozen=True)
class PlaceRef:
    """A recognized place mention, resolved in the context of its document."""
    name: str                           # surface name as written (normalized)
    place: Place | None                 # best gazetteer record, None when unknown
    score: float = 0.0
    precision_hint: int = 1             # 1 itself, 2 near/countryside of, 3 only a region
    cue: str | None = None              # the cue word (قرية، ريف، شمال ...)
    container: Place | None = None      # enclosing region named in context (محافظة الرقة)
    candidates: tuple[tuple[Place, float], ...] = ()


@dataclass(frozen=True)
class ActorRef:
    """A recognized actor mention."""
    name: str                 # canonical ACLED-style name
    inter: int                # ACLED inter code 1..8
    country: str | None = None
    kind: str = "named"       # named | generic | pronoun
    actor_id: str | None = None


@dataclass(frozen=True)
class TriggerRef:
    """An event trigger (verb/noun) or weapon cue."""
    lemma: str
    event_type: str | None = None
    sub_event_type: str | None = None
    voice: str = "active"     # active | passive | nominal
    negated: bool = False
    modality: str | None = None  # threat | plan | denial | foiled | claim | None


# what a mention's ``value`` holds, by kind: quantity -> Quantity; date, dateline, reference ->
# DateValue; actor -> ActorRef; place -> PlaceRef; trigger, weapon -> TriggerRef
MentionValue = Union[Quantity, DateValue, ActorRef, PlaceRef, TriggerRef]


@dataclass(frozen=True, slots=True)
class Mention:
    """kind: quantity | date | dateline | reference | actor | place | trigger | weapon."""
    kind: str
    span: Span
    surface: str
    value: MentionValue
    sentence: int = -1
    confidence: float = 1.0


_MENTION_SETTERS = tuple(getattr(Mention, f).__set__
                         for f in ("kind", "span", "surface", "value", "sentence", "confidence"))


def new_mention(kind: str, span: Span, surface: str, value: MentionValue, sentence: int = -1,
                confidence: float = 1.0) -> Mention:
    """``Mention(...)`` for hot paths: slot stores without the frozen ``__setattr__`` round trip
    (stages build hundreds per article). The arguments must already be valid."""
    m = object.__new__(Mention)
    s0, s1, s2, s3, s4, s5 = _MENTION_SETTERS
    s0(m, kind)
    s1(m, span)
    s2(m, surface)
    s3(m, value)
    s4(m, sentence)
    s5(m, confidence)
    return m


ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)


@dataclass(frozen=True)
class Event:
    """One ACLED-style event record plus hadath's evidence.

    ``evidence`` maps a field name (trigger, actor1, actor2, event_date, location, fatalities,
    ...) to spans in the article text; ``confidence`` maps field names to 0..1.
    """
    article_id: str
    event_type: str
    sub_event_type: str
    disorder_type: str = ""
    event_date: date | None = None
    time_precision: int | None = None
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = None
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = None
    interaction: int | None = None
    civilian_targeting: str | None = None
    iso: int | None = None
    region: str | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    location: str | None = None
    location_ar: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    source: str | None = None
    source_url: str | None = None
    source_scale: str | None = None
    notes: str | None = None
    fatalities: int = 0
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    fatalities_estimate: bool = False
    injuries: int | None = None
    tags: str | None = None
    event_id_cnty: str | None = None
    place: PlaceRef | None = None            # chosen place mention (geocode stage fills geo columns)
    evidence: Mapping[str, tuple[Span, ...]] = field(default_factory=dict)
    confidence: Mapping[str, float] = field(default_factory=dict)
    flags: tuple[str, ...] = ()              # e.g. "unplaced", "date_unresolved"

    @property
    def year(self) -> int | None:
        return self.event_date.year if self.event_date else None

    @property
    def fatalities_best(self) -> int:
        return self.fatalities


@dataclass(frozen=True)
class Doc:
    """What flows through the pipeline: an article and everything stages assigned to it.

    Every field is assigned by a declared stage (``Stage.assigns``): ``norm``, ``sentences``,
    ``tokens`` by "text"; ``mentions`` by the mention stages; ``scan`` by "triggers" (the
    token scan and trigger forms the events and accept stages read back through
    :func:`hadath.events.scan.scan_of`); ``events`` by "events" and later stages. Stages hand
    each other data through these fields only, never through module state.
    """
    article: Article
    norm: Normalized | None = None
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    warnings: tuple[str, ...] = ()
    scan: Scan | None = field(default=None, compare=False, repr=False)

    @property
    def text(self) -> str:
        return self.article.text

    def mentions_of(self, kind: str) -> tuple[Mention, ...]:
        return tuple(m for m in self.mentions if m.kind == kind)
