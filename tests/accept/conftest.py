"""Fixtures for the acceptance-model tests: the candidate pipeline (without ``accept``)."""
from __future__ import annotations

import pytest

import hadath
from hadath.pipeline import CANDIDATE_STAGES


@pytest.fixture(scope="session")
def candidates():
    # undated acts are kept (flagged) so that their features can be tested
    from hadath.pipeline import PipelineConfig

    return hadath.load(stages=CANDIDATE_STAGES, config=PipelineConfig(options={"keep_undated": True}))
