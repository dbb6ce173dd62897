"""Shared fixtures for the reconcile tests: one candidate pipeline per session."""
from __future__ import annotations

import pytest

import hadath
from hadath.pipeline import CANDIDATE_STAGES, PipelineConfig


@pytest.fixture(scope="session")
def candidates():
    """The pipeline up to reconcile, before the acceptance model, keeping country-level records."""
    return hadath.load(stages=CANDIDATE_STAGES, config=PipelineConfig(options={"keep_country_level": True}))
