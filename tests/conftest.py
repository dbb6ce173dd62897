"""Shared fixtures. Data sets in ../shared/data are found by path, never copied."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytest_plugins = ["tests.postgres"]  # one PostgreSQL server per session, for every folder

# Tests see the bundled gazetteer only: a user's imported lists (~/.local/share/hadath) must not
# change results. Tests that import lists point HADATH_USER_GAZETTEER at a temporary file.
os.environ["HADATH_USER_GAZETTEER"] = str(ROOT / "test-output" / "no-user-gazetteer.sqlite")


def shared_dir() -> Path | None:
    candidates = [os.environ.get("HADATH_SHARED"), ROOT.parent / "shared", Path("/work/shared")]
    for c in candidates:
        if c and (Path(c) / "data").is_dir():
            return Path(c)
    return None


@pytest.fixture(scope="session")
def shared() -> Path:
    d = shared_dir()
    if d is None:
        pytest.skip("shared data folder not found (set HADATH_SHARED)")
    return d


@pytest.fixture(scope="session")
def shared_data(shared: Path) -> Path:
    return shared / "data"


@pytest.fixture(scope="session")
def example_text(shared: Path) -> str:
    return (shared / "examples" / "sdf-raqqa-statement.ar.txt").read_text(encoding="utf-8")
