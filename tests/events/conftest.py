"""Shared fixtures for the event tests: one real pipeline per session."""
from __future__ import annotations

from datetime import date

import pytest

import hadath
from hadath.pipeline import CANDIDATE_STAGES  # the events as built, before the acceptance model
from hadath.types import Article

PUB = date(2024, 3, 14)


def sentence_pipeline():
    """The real pipeline for one-sentence cases of typing and roles, as events are built and
    reconciled, before the acceptance model (a trained filter these cases do not test): a
    sentence often names no town ("في سوق المدينة"), so the reconcile stage keeps records
    placed only at a country (flagged ``country_only``) instead of dropping them as ACLED
    output does."""
    from hadath.pipeline import PipelineConfig

    return hadath.load(stages=CANDIDATE_STAGES, config=PipelineConfig(options={"keep_country_level": True}))


@pytest.fixture(scope="session")
def pipeline():
    return sentence_pipeline()


@pytest.fixture(scope="session")
def full_pipeline():
    """The whole default pipeline, acceptance model and all, as `hadath extract` runs it."""
    return hadath.load()


def events(pipeline, text, published=PUB):
    """The events the real pipeline finds in one report."""
    return pipeline(Article("t", text, published=published)).events
