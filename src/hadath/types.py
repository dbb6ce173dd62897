"""The contracts between stages.

Output records (Article, Event, Place, PlaceRef, ActorRef, TriggerRef, Quantity, DateValue,
Doc) are frozen dataclasses. The hot internal records the text layer and the mention stages
build by the hundred per article (Span, Sentence, Analysis, Mention) are NamedTuples and Token
is a slotted class: every one is built through its own constructor.

Offsets (``Span``) always index the article's original, un-normalized text.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date
from functools import lru_cache
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Callable, Mapping, NamedTuple, Sequence, TypeVar, Union

if TYPE_CHECKING:
    from hadath.events.scan import Scan
    from hadath.text.normalize import Normalized
    from hadath.text.vocab import WordType


# the tuple constructor the Span and Analysis constructors end with (one global name to load
# instead of ``tuple`` and its ``__new__``)
_tuple_new = tuple.__new__


class _SpanFields(NamedTuple):
    start: int
    end: int


class Span(_SpanFields):
    """A [start, end) extent of the original text (immutable; checked on construction)."""
    __slots__ = ()

    def __new__(cls, start: int, end: int) -> "Span":
        if start < 0 or end < start:
            raise ValueError(f"bad span {start}..{end}")
        return _tuple_new(cls, (start, end))

    def of(self, text: str) -> str:
        return text[self[0]:self[1]]

    def to_list(self) -> list[int]:
        return [self[0], self[1]]


@dataclass(frozen=True)
class Article:
    id: str
    text: str
    url: str | None = None
    published: date | None = None
    source: str | None = None
    title: str | None = None
    origin: str | None = None  # file (and line) it was read from


class Sentence(NamedTuple):
    index: int
    span: Span


class _AnalysisFields(NamedTuple):
    prefixes: tuple[str, ...]  # proclitics, outermost first
    stem: str                  # the stem (normalized)
    suffix: str                # pronoun suffix or ''
    start: int                 # the stem's extent in the original text
    end: int


class Analysis(_AnalysisFields):
    """One clitic segmentation of a token: prefixes + stem + suffix (all normalized), and the
    stem's ``span`` in the original text. ``Analysis(prefixes, stem, suffix, span)``; the
    tokenizer, which has the offsets at hand, uses ``Analysis._make((prefixes, stem, suffix,
    start, end))``."""
    __slots__ = ()
    __match_args__ = ("prefixes", "stem", "suffix", "span")

    def __new__(cls, prefixes: tuple[str, ...], stem: str, suffix: str, span: Span) -> "Analysis":
        return _tuple_new(cls, (prefixes, stem, suffix, span[0], span[1]))

    @property
    def span(self) -> Span:
        return Span(self[3], self[4])

    def __getnewargs__(self) -> tuple:  # type: ignore[override]
        return (self[0], self[1], self[2], self.span)

    def __repr__(self) -> str:
        return (f"Analysis(prefixes={self[0]!r}, stem={self[1]!r}, suffix={self[2]!r}, "
                f"span={self.span!r})")


class Token:
    """A token. ``word_type`` (a :class:`hadath.text.vocab.WordType`, shared by every token of
    the same normalized text) holds the type's id and clitic segmentations; ``analyses`` are
    built from them on first access (the tokenizer passes them ready-made when the token's
    original text is not a 1:1 image of its normalized text). Built without a ``word_type``,
    a token gets one of its own from ``analyses``. Treat a Token as immutable.

    ``start`` and ``end`` are the token's extent in the original text; ``span`` is the same
    extent as a :class:`Span`, built on first access (most tokens are only ever read by
    position: the tokenizer passes a plain ``(start, end)`` pair)."""
    __slots__ = ("index", "start", "end", "text", "norm", "kind", "sentence", "word_type", "forms",
                 "_an", "_span")

    def __init__(self, index: int, span: tuple[int, int], text: str, norm: str, kind: str,
                 sentence: int, analyses: tuple[Analysis, ...] = (),
                 word_type: WordType | None = None) -> None:
        self.index = index
        self.start, self.end = start, end = span
        if span.__class__ is Span:
            self._span: Span | None = span
        elif start < 0 or end < start:
            raise ValueError(f"bad span {start}..{end}")
        else:
            self._span = None
        self.text = text          # original surface
        self.norm = norm          # normalized surface
        self.kind = kind          # "word" | "latin" | "number" | "punct"
        self.sentence = sentence
        if word_type is None:
            from hadath.text.vocab import vocab

            analyses = tuple(analyses) or (Analysis((), norm, "", span),)
            word_type = vocab().detached(norm, kind, tuple((a[0], a[1], a[2], -1, -1) for a in analyses))
        self.word_type = word_type
        self.forms = word_type.forms  # candidate lookup keys, unsegmented first
        self._an = analyses or None

    @property
    def span(self) -> Span:
        """``Span(start, end)`` (validated; built once)."""
        sp = self._span
        if sp is None:
            sp = self._span = Span(self.start, self.end)
        return sp

    @property
    def analyses(self) -> tuple[Analysis, ...]:
        """Clitic segmentations (prefixes + stem + suffix, stem span); analyses[0] is the
        unsegmented token."""
        an = self._an
        if an is None:
            start = self.start
            make = Analysis._make
            an = self._an = tuple([make((p, st, sf, start + x, start + y))
                                   for p, st, sf, x, y in self.word_type.segs])
        return an

    def has_proclitic(self, clitics: frozenset[str]) -> bool:
        """One of ``clitics`` is a proclitic of some segmentation (وقصف، بغارات، لحافلة), read
        from the word type without building the analyses."""
        return any(not clitics.isdisjoint(seg[0]) for seg in self.word_type.segs)

    def stem_span(self, k: int) -> Span:
        """``analyses[k].span`` without building the analyses."""
        an = self._an
        if an is not None:
            return an[k].span
        start = self.start
        seg = self.word_type.segs[k]
        return Span(start + seg[3], start + seg[4])

    def __reduce__(self) -> tuple:
        return (Token, (self.index, self.span, self.text, self.norm, self.kind, self.sentence,
                        self._an or (), self.word_type))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.index, (self.start, self.end), self.text, self.norm, self.kind, self.sentence,
                self.analyses) == (other.index, (other.start, other.end), other.text,  # type: ignore[attr-defined]
                                   other.norm, other.kind, other.sentence, other.analyses)  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash((self.index, (self.start, self.end), self.text, self.norm, self.kind,
                     self.sentence))

    def __repr__(self) -> str:
        return (f"Token(index={self.index!r}, span={self.span!r}, text={self.text!r}, "
                f"norm={self.norm!r}, kind={self.kind!r}, sentence={self.sentence!r}, "
                f"analyses={self.analyses!r})")


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


class Mention(NamedTuple):
    """kind: quantity | date | dateline | reference | actor | place | trigger | weapon."""
    kind: str
    span: Span
    surface: str
    value: MentionValue
    sentence: int = -1
    confidence: float = 1.0


ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)


@dataclass(frozen=True, slots=True)
class Event:
    """One ACLED-style event record plus hadath's evidence (slotted: 42 fields, built several
    times per article).

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


class TokenColumns(NamedTuple):
    """Columns of ``Doc.tokens`` the text stage computes anyway: each token's [start, end) in
    the *normalized* text (``Doc.norm.text``), for stages that match on the normalized text
    (dates) and would otherwise split it into words again; and, for the document passes
    (:mod:`hadath.events.scan`, the mention stages, the events index, the accept features),
    each token's ``norm``, ``sentence``, word-type id and ``start`` in the original text (empty
    when not computed), which they would otherwise read token by token."""
    norm_starts: Sequence[int]
    norm_ends: Sequence[int]
    norms: Sequence[str] = ()
    sentences: Sequence[int] = ()
    type_ids: Sequence[int] = ()
    starts: Sequence[int] = ()


@dataclass(frozen=True)
class Doc:
    """What flows through the pipeline: an article and everything stages assigned to it.

    Every field is assigned by a declared stage (``Stage.assigns``): ``norm``, ``sentences``,
    ``tokens`` and ``columns`` (:class:`TokenColumns`, None for tokens built elsewhere) by "text"; ``mentions`` by the mention stages; ``scan`` by "triggers" (the
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
    columns: TokenColumns | None = field(default=None, compare=False, repr=False)

    @property
    def text(self) -> str:
        return self.article.text

    def with_mentions(self, new: Sequence[Mention], scan: Scan | None = None,
                      replace: bool = False) -> Doc:
        """A copy with ``new`` mentions appended (and ``scan`` set, when given): a mention
        stage's one copy per document, through the constructor with every field positional
        (``dataclasses.replace`` walks the fields' metadata at every call: 3x the cost).
        ``replace``: ``new`` (a tuple) becomes the mentions, as
        ``dataclasses.replace(doc, mentions=new)``."""
        return Doc(self.article, self.norm, self.sentences, self.tokens,
                   new if replace else self.mentions + tuple(new),
                   self.events, self.warnings, self.scan if scan is None else scan, self.columns)

    def with_events(self, events: Sequence[Event]) -> Doc:
        """A copy with ``events`` in place of the current ones (as :meth:`with_mentions`)."""
        return Doc(self.article, self.norm, self.sentences, self.tokens, self.mentions,
                   tuple(events), self.warnings, self.scan, self.columns)

    def mentions_of(self, kind: str) -> tuple[Mention, ...]:
        return tuple(m for m in self.mentions if m.kind == kind)


_D = TypeVar("_D")


@lru_cache(maxsize=None)
def _field_values(cls: type) -> tuple[tuple[str, ...], Callable[[Any], tuple], dict[str, int]] | None:
    """A dataclass's field names, one getter of all their values and each name's position
    (None when some field is not a positional ``__init__`` parameter: then only
    ``dataclasses.replace`` knows what to do)."""
    fs = fields(cls)
    if len(fs) < 2 or not all(f.init and not f.kw_only for f in fs):
        return None
    names = tuple(f.name for f in fs)
    return names, attrgetter(*names), {name: k for k, name in enumerate(names)}


def field_values(obj: Any) -> dict[str, Any]:
    """A dataclass instance's fields as a dict (shallow, unlike ``dataclasses.asdict``)."""
    got = _field_values(obj.__class__)
    if got is None:
        return {f.name: getattr(obj, f.name) for f in fields(obj)}
    names, values, _ = got
    return dict(zip(names, values(obj)))


def evolve(obj: _D, **changes: Any) -> _D:
    """``dataclasses.replace(obj, **changes)``: a new instance through the class's constructor,
    with the unchanged values read by one C-level getter rather than a Python loop over the
    fields (Event has 42; the events, geocode and accept stages copy several per article),
    and every value passed by position (42 keyword arguments cost about twice as much)."""
    got = _field_values(obj.__class__)
    if got is None:
        return replace(obj, **changes)  # type: ignore[type-var]
    _, values, position = got
    args = list(values(obj))
    for name, value in changes.items():
        k = position.get(name)
        if k is None:  # not a field: the constructor's own error
            return replace(obj, **changes)  # type: ignore[type-var]
        args[k] = value
    return obj.__class__(*args)
