"""scripts/arabic_literals.py counts Arabic string literals in code, not in docstrings, and
holds the ratchet of issue #11: ``scripts/arabic_literals_max.tsv`` lists the most Arabic string
literals each module may hold today; a module over its entry (or an unlisted module with any)
fails. The counts only go down (``python scripts/arabic_literals.py --lower``); the end state is
the short allowlist documented in scripts/arabic_literals.py."""
from __future__ import annotations

from pathlib import Path

from tests.scripts import ROOT, load_script


def _module():
    return load_script("arabic_literals.py")


def test_counts_code_literals_only(tmp_path):
    src = tmp_path / "pkg"
    (src / "bench").mkdir(parents=True)
    (src / "a.py").write_text('"""وثيقة"""\nX = {"قتل", "قصف"}\nY = "latin"\n# تعليق\n', encoding="utf-8")
    (src / "bench" / "gen.py").write_text('T = "نص"\n', encoding="utf-8")
    mod = _module()
    assert mod.count(src) == {"a.py": 2}


def test_runs_on_the_package(capsys):
    assert _module().main([]) == 0
    assert "Arabic string literals in" in capsys.readouterr().out


def test_no_module_holds_more_arabic_literals_than_its_ratchet_entry() -> None:
    mod = _module()
    per = mod.count(ROOT / "src" / "hadath")
    assert mod.over(per, mod.read_table()) == []


def test_the_ratchet_catches_a_new_literal(tmp_path: Path) -> None:
    mod = _module()
    pkg = tmp_path / "hadath"
    pkg.mkdir()
    (pkg / "clean.py").write_text('"""doc: قصف"""\nX = "raid"\n', encoding="utf-8")
    (pkg / "dirty.py").write_text('WORDS = {"قصف", "غارة"}\n', encoding="utf-8")
    per = mod.count(pkg)
    assert per == {"dirty.py": 2}
    assert mod.over(per, {}) == ["dirty.py: 2 Arabic literals, at most 0 allowed"]
    assert mod.over(per, {"dirty.py": 2}) == []


def test_the_allowlist_is_short_and_justified() -> None:
    mod = _module()
    assert len(mod.ALLOWLIST) <= 5
    assert all(len(why) > 40 for why in mod.ALLOWLIST.values())
