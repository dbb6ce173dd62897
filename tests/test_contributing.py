"""CONTRIBUTING.md cannot drift: the lexicon files it names exist, its example actor row is a
valid row of actors.tsv, and the commands it shows exist."""
from __future__ import annotations

import re
from pathlib import Path

from hadath.resources import Row, bundled_lexicons, data_path, read_tsv, validate

ROOT = Path(__file__).resolve().parents[1]
GUIDE = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")


def test_the_lexicon_files_it_names_exist() -> None:
    named = set(re.findall(r"`([a-z_]+\.tsv)`", GUIDE))
    assert named and named - {"schema.tsv"} <= set(bundled_lexicons())


def test_its_example_actor_row_is_valid() -> None:
    line = next(ln for ln in GUIDE.splitlines() if ln.startswith("xx-falcons\t"))
    header, bundled = read_tsv(data_path("lexicons/actors.tsv"))
    row = Row(dict(zip(header, (c.strip() for c in line.split("\t")))), "CONTRIBUTING.md", 1)
    validate("actors.tsv", [row], bundled)


def test_the_scripts_it_runs_exist() -> None:
    for script in set(re.findall(r"\./scripts/([a-z_-]+\.(?:sh|py))|scripts/([a-z_]+\.py)", GUIDE)):
        name = script[0] or script[1]
        assert (ROOT / "scripts" / name).exists(), name
