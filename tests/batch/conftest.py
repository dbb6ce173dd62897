from __future__ import annotations

import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
STAGES = ("text", "fake_stages:FakeEventStage")


@pytest.fixture(autouse=True)
def _fake_stage_importable(monkeypatch):
    monkeypatch.syspath_prepend(str(HERE))
    monkeypatch.setenv("PYTHONPATH", str(HERE) + (":" + sys.path[0] if sys.path else ""))
