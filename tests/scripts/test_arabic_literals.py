"""scripts/arabic_literals.py counts Arabic string literals in code, not in docstrings."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _module():
    spec = importlib.util.spec_from_file_location("arabic_literals", ROOT / "scripts" / "arabic_literals.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


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
