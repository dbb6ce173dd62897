"""Arabic word knowledge belongs in normalized data files, not in Python (issue #11).

A ratchet: ``scripts/arabic_literals_max.tsv`` lists the most Arabic string literals each module
may hold today; a module over its entry (or an unlisted module with any) fails. The counts only
go down (``python scripts/arabic_literals.py --lower``); the end state is the short allowlist
documented in scripts/arabic_literals.py.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _script():
    spec = importlib.util.spec_from_file_location("arabic_literals", ROOT / "scripts" / "arabic_literals.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def test_no_module_holds_more_arabic_literals_than_its_ratchet_entry() -> None:
    mod = _script()
    per = mod.count(ROOT / "src" / "hadath")
    assert mod.over(per, mod.read_table()) == []


def test_the_ratchet_catches_a_new_literal(tmp_path: Path) -> None:
    mod = _script()
    pkg = tmp_path / "hadath"
    pkg.mkdir()
    (pkg / "clean.py").write_text('"""doc: قصف"""\nX = "raid"\n', encoding="utf-8")
    (pkg / "dirty.py").write_text('WORDS = {"قصف", "غارة"}\n', encoding="utf-8")
    per = mod.count(pkg)
    assert per == {"dirty.py": 2}
    assert mod.over(per, {}) == ["dirty.py: 2 Arabic literals, at most 0 allowed"]
    assert mod.over(per, {"dirty.py": 2}) == []


def test_the_allowlist_is_short_and_justified() -> None:
    mod = _script()
    assert len(mod.ALLOWLIST) <= 5
    assert all(len(why) > 40 for why in mod.ALLOWLIST.values())
