"""Stage registry, order check, and running articles through a pipeline.

A stage is a callable ``Doc -> Doc`` with class attributes ``name``, ``requires`` and
``assigns`` (strings such as ``"tokens"`` or ``"mentions:place"``). Stages are found by name
in :data:`REGISTRY` (dotted paths, imported lazily) or registered with :func:`register`.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Callable, ClassVar, Iterable, Iterator, Protocol

from hadath.errors import HadathError, PipelineError, StageError
from hadath.events.handover import strip_doc
from hadath.types import Article, Doc


class Stage(Protocol):
    name: ClassVar[str]
    requires: ClassVar[tuple[str, ...]]
    assigns: ClassVar[tuple[str, ...]]

    def __call__(self, doc: Doc) -> Doc: ...


@dataclass(frozen=True)
class PipelineConfig:
    """Settings shared by stages. ``gazetteer`` is a path to a gazetteer index (None = bundled).
    ``lexicon_dirs``: user lexicon directories (see :mod:`hadath.resources`; None = the
    environment's ``HADATH_LEXICON_DIR``); lexicons are loaded once per process, so they must be
    chosen before the first pipeline runs."""
    gazetteer: str | None = None
    country_focus: tuple[str, ...] = ()
    options: dict[str, Any] = field(default_factory=dict)
    lexicon_dirs: tuple[str, ...] | None = None


# name -> "module:factory"; factory(config) -> Stage
REGISTRY: dict[str, str] = {
    "text": "hadath.text.stage:TextStage",
    "quantities": "hadath.mentions.quantities:QuantityStage",
    "dates": "hadath.mentions.dates:DateStage",
    "actors": "hadath.mentions.actors:ActorStage",
    "places": "hadath.mentions.places:PlaceStage",
    "triggers": "hadath.mentions.triggers:TriggerStage",
    "events": "hadath.events.assemble:EventStage",
    "geocode": "hadath.resolve.geocode:GeocodeStage",
    "reconcile": "hadath.reconcile.stage:ReconcileStage",
    "accept": "hadath.accept.stage:AcceptStage",
    "attribute": "hadath.attribute.stage:AttributeStage",
}

DEFAULT_STAGES: tuple[str, ...] = (
    "text", "quantities", "dates", "actors", "places", "triggers", "events", "geocode", "reconcile", "accept",
    "attribute",
)
# the candidate events before the acceptance model judges them (what `hadath train` labels)
CANDIDATE_STAGES: tuple[str, ...] = DEFAULT_STAGES[:DEFAULT_STAGES.index("accept")]


def register(name: str, target: str | Callable[[PipelineConfig], Stage]) -> None:
    """Register a stage factory by name (a dotted ``module:attr`` path or a callable)."""
    REGISTRY[name] = target  # type: ignore[assignment]


def _factory(name: str) -> Callable[[PipelineConfig], Stage]:
    try:
        target = REGISTRY[name]
    except KeyError:
        raise PipelineError(f"unknown stage {name!r}; known: {', '.join(sorted(REGISTRY))}") from None
    if callable(target):
        return target
    module, _, attr = target.partition(":")
    return getattr(importlib.import_module(module), attr)


def check_order(stages: Iterable[Stage]) -> None:
    """Raise PipelineError when a stage requires something no earlier stage assigns."""
    assigned: set[str] = set()
    for stage in stages:
        for req in stage.requires:
            if req not in assigned and req.split(":")[0] not in assigned:
                raise PipelineError(
                    f"stage {stage.name!r} requires {req!r}, which no earlier stage assigns"
                    f" (assigned so far: {sorted(assigned) or 'nothing'})"
                )
        for a in stage.assigns:
            assigned.add(a)
            if ":" not in a:
                continue
            # "mentions:place" does not satisfy a bare "mentions" requirement on purpose.


class Pipeline:
    """An ordered, checked list of stages. ``pipeline(article)`` and ``pipeline.pipe(articles)``."""

    def __init__(self, stages: list[Stage]):
        check_order(stages)
        self.stages = list(stages)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, article: Article | Doc) -> Doc:
        doc = article if isinstance(article, Doc) else Doc(article=article)
        for stage in self.stages:
            try:
                doc = stage(doc)
            except HadathError:
                raise
            except Exception as exc:  # a bug or bad data inside one stage: name it
                raise StageError(stage.name, doc.article.id, exc) from exc
        return strip_doc(doc)  # (no hand-over mark of the events stage leaves the pipeline)

    def pipe(
        self,
        articles: Iterable[Article],
        batch_size: int = 64,
        on_error: Callable[[Article, Exception], None] | None = None,
    ) -> Iterator[Doc]:
        """Process lazily, ``batch_size`` articles at a time. With ``on_error`` a failing
        article is reported and skipped; without it the error propagates."""
        it = iter(articles)
        while True:
            batch = list(islice(it, batch_size))
            if not batch:
                return
            for article in batch:
                try:
                    yield self(article)
                except Exception as exc:
                    if on_error is None:
                        raise
                    on_error(article, exc)


def build_pipeline(
    stages: Iterable[str] | None = None, config: PipelineConfig | None = None
) -> Pipeline:
    config = config or PipelineConfig()
    if config.lexicon_dirs is not None:
        from hadath.resources import use_lexicon_dirs

        use_lexicon_dirs(config.lexicon_dirs)
    names = list(stages) if stages is not None else list(DEFAULT_STAGES)
    return Pipeline([_factory(n)(config) for n in names])
