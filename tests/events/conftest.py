"""Shared fixtures for the event tests: one real pipeline per session."""
from __future__ import annotations

from datetime import date

import pytest

import hadath
from hadath.pipeline import CANDIDATE_STAGES  # the events as built, before the acceptance model
from hadath.types import Article

PUB = date(2024, 3, 14)


@pytest.fixture(scope="session")
def pipeline():
    return hadath.load(stages=CANDIDATE_STAGES)


def events(pipeline, text, published=PUB):
    """The events the real pipeline finds in one report."""
    return pipeline(Article("t", text, published=published)).events
