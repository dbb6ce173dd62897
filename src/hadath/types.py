"""The contracts between stages: frozen dataclasses only.

Offsets (``Span``) always index the article's original, un-normalized text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Mapping


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def of(self, text: str) -> str:
        return text[self.start:self.end]

    def to_list(self) -> list[int]:
        return [self.start, self.end]


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


@dataclass(frozen=True, slots=True)
class Analysis:
    """One clitic segmentation of a token: prefixes + stem + suffix (all normalized).

    ``span`` is the stem's extent in the original text.
    """
    prefixes: tuple[str, ...]
    stem: str
    suffix: str
    span: Span


@dataclass(frozen=True, slots=True)
class Token:
    index: int
    span: Span
    text: str          # original surface
    norm: str          # normalized surface
    kind: str          # "word" | "latin" | "number" | "punct"
    sentence: int
    analyses: tuple[Analysis, ...]  # analyses[0] is the unsegmented token

    @property
    def forms(self) -> tuple[str, ...]:
        """Candidate lookup keys, unsegmented first."""
        return tuple(a.stem for a in self.analyses)


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


@dataclass(frozen=True, slots=True)
class Mention:
    """kind: quantity | date | actor | place | trigger | weapon | casualty | dateline."""
    kind: str
    span: Span
    surface: str
    value: Any
    sentence: int = -1
    confidence: float = 1.0


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
    """What flows through the pipeline: an article and everything stages assigned to it."""
    article: Article
    norm: Any = None                         # hadath.text.normalize.Normalized
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return self.article.text

    def mentions_of(self, kind: str) -> tuple[Mention, ...]:
        return tuple(m for m in self.mentions if m.kind == kind)
