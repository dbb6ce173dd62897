from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

import pytest

from hadath.errors import PipelineError, StageError
from hadath.pipeline import Pipeline, build_pipeline, register
from hadath.types import Article, Doc


class Needs:
    name: ClassVar[str] = "needs"
    requires: ClassVar[tuple[str, ...]] = ("mentions:place",)
    assigns: ClassVar[tuple[str, ...]] = ("events",)

    def __call__(self, doc: Doc) -> Doc:
        return doc


class Gives:
    name: ClassVar[str] = "gives"
    requires: ClassVar[tuple[str, ...]] = ()
    assigns: ClassVar[tuple[str, ...]] = ("mentions:place",)

    def __call__(self, doc: Doc) -> Doc:
        return replace(doc, warnings=doc.warnings + ("gives",))


class Boom(Gives):
    name: ClassVar[str] = "boom"

    def __call__(self, doc: Doc) -> Doc:
        raise ZeroDivisionError("x")


def test_order_is_checked():
    with pytest.raises(PipelineError, match="requires 'mentions:place'"):
        Pipeline([Needs(), Gives()])
    Pipeline([Gives(), Needs()])


def test_unknown_stage():
    with pytest.raises(PipelineError, match="unknown stage"):
        build_pipeline(["nope"])


def test_register_and_pipe_lazily():
    register("gives-test", lambda cfg: Gives())
    p = build_pipeline(["gives-test"])
    seen = []

    def articles():
        for i in range(5):
            seen.append(i)
            yield Article(id=str(i), text="نص")

    it = p.pipe(articles(), batch_size=2)
    first = next(it)
    assert first.warnings == ("gives",) and seen == [0, 1]
    assert [d.article.id for d in it] == ["1", "2", "3", "4"]


def test_stage_errors_name_stage_and_article():
    p = Pipeline([Boom()])
    with pytest.raises(StageError, match="stage 'boom' failed on article 'a1'"):
        p(Article(id="a1", text="x"))
    errors = []
    docs = list(p.pipe([Article(id="a1", text="x")], on_error=lambda a, e: errors.append(a.id)))
    assert docs == [] and errors == ["a1"]
