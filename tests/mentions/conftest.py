"""Fixtures of the place tests: one PlaceStage on the bundled index, and a report's mentions by
their surface."""
from __future__ import annotations

import pytest

from hadath.mentions.places import PlaceStage
from hadath.text.stage import TextStage
from hadath.types import Article, Doc


@pytest.fixture(scope="session")
def place_stage():
    return PlaceStage()   # the bundled index


def refs_by_surface(stage, text: str) -> dict:
    """surface -> PlaceRef of the report's place mentions."""
    doc = TextStage()(Doc(Article("t", text)))
    return {doc.text[f.span.start:f.span.end]: r for f, r in stage.resolve(doc)}
