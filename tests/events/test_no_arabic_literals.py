"""Issue #11: the events modules read Arabic words from data files only (counted as
scripts/arabic_literals.py counts: string constants, docstrings aside)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import hadath.events

ROOT = Path(__file__).resolve().parents[2]
EVENTS = Path(hadath.events.__file__).parent
# scan.py belongs to the scan hand-off work (issue #11, stages talk through the Doc): its two
# article literals move with it
ALLOWED = {"scan.py"}


def _literals():
    spec = importlib.util.spec_from_file_location("arabic_literals", ROOT / "scripts" / "arabic_literals.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.literals


@pytest.mark.parametrize("module", sorted(p.name for p in EVENTS.glob("*.py") if p.name not in ALLOWED))
def test_no_arabic_literal_in_events_code(module):
    assert _literals()(EVENTS / module) == 0, f"events/{module}: move the words to data/lexicons/"
