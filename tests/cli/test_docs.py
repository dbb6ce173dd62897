"""The README cannot drift from the CLI: every command and option it shows exists."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from hadath.cli import COMMANDS, main

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
CODE = "\n".join(re.findall(r"```sh\n(.*?)```", README, flags=re.S))
USES = sorted(set(re.findall(r"^hadath ([a-z]+)([^#\n]*)", CODE, flags=re.M)))


@pytest.mark.parametrize("command, rest", USES)
def test_readme_commands_exist(command, rest):
    assert command in COMMANDS
    res = CliRunner().invoke(main, [command, "--help"])
    assert res.exit_code == 0, res.output
    for opt in re.findall(r"(--[a-z][a-z-]*)", rest):
        assert opt in res.output, f"README shows `hadath {command} {opt}`, which --help does not list"


def test_readme_set_up_commands_are_the_scripts():
    block = README.split("```sh", 1)[1].split("```", 1)[0].strip().splitlines()
    assert block == [
        "./scripts/setup.sh && .venv/bin/hadath extract examples/reports.jsonl --db hadath.sqlite",
        "./scripts/test.sh",
    ]
    ci = (Path(__file__).resolve().parents[2] / ".ci" / "run").read_text()
    assert "./scripts/test.sh" in ci


def test_huge_input_is_refused(tmp_path, monkeypatch):
    import hadath.ingest as ingest
    from hadath.errors import InputError

    p = tmp_path / "big.txt"
    p.write_text("قصف " * 1000, encoding="utf-8")
    monkeypatch.setattr(ingest, "MAX_BYTES", 100)
    (item,) = list(ingest.read_path(str(p)))
    assert isinstance(item, InputError) and "over the 100-byte limit" in str(item) and "big.txt" in str(item)


SCREENSHOTS = {"dashboard-en.png": "desktop", "dashboard-ar.png": "desktop", "dashboard-en-phone.png": "phone",
               "dashboard-ar-phone.png": "phone", "map-governorate.png": "map"}


def test_readme_shows_the_dashboard_screenshots():
    """#12: the dashboard in English and Arabic, desktop and phone, and the map zoomed to a
    governorate, committed under docs/img and shown by the README (tests/web/test_dashboard.py
    takes them into test-output/)."""
    root = Path(__file__).resolve().parents[2]
    shown = re.findall(r"!\[[^\]]*\]\((docs/img/[^)]+)\)", README)
    assert sorted(Path(p).name for p in shown) == sorted(SCREENSHOTS)
    for path in shown:
        data = (root / path).read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n", path
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        kind = SCREENSHOTS[Path(path).name]
        assert {"desktop": width >= 1200, "phone": width == 780 and height >= 1600,
                "map": width >= 600 and height >= 400}[kind], (path, width, height)


def test_readme_says_how_hadath_gets_on_the_path():
    """#12: the README's commands are written as `hadath`; it says where setup puts the command
    and how to type it plainly (the console script pyproject.toml declares)."""
    import tomllib

    root = Path(__file__).resolve().parents[2]
    using = README.split("## Using it", 1)[1].split("```", 1)[0]
    for phrase in ("`.venv/bin/hadath`", "source .venv/bin/activate", 'export PATH="$PWD/.venv/bin:$PATH"',
                   "pip install ."):
        assert phrase in using, phrase
    scripts = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert scripts["hadath"] == "hadath.cli:main"
    assert ".venv" in (root / "scripts" / "setup.sh").read_text(encoding="utf-8")
