"""``--lexicon-dir``: a user lexicon adding an actor and a trigger changes `hadath extract`
(issue #11). Runs the CLI in a fresh process: lexicons are loaded once per process."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ACTORS = (
    "actor_id\tname\tinter\tcountry\tkind\trole\twhere\tfrom\tuntil\taliases\tnote\n"
    "xx-falcons\tFalcons of the Valley\t3\tSyria\trebel\t\tSyria\t\t\tصقور الوادي|كتائب صقور الوادي\t\n")
TRIGGERS = (
    "lemma\tclass\tstrength\tnrole\tperfect\timperfect\tpassive\tnouns\tparticiples\textra\tobject\n"
    "دكدك\tshell\t1\tpatient\tدكدك\tيدكدك\t\tدكدكة\t\t\t\n")
REPORT = "دكدكت صقور الوادي مواقع الجيش السوري في ريف حماة يوم الأحد 12 مارس 2023 ما أدى إلى مقتل ثلاثة جنود."


def _extract(tmp_path: Path, *extra: str, env: dict | None = None) -> subprocess.CompletedProcess:
    report = tmp_path / "report.txt"
    report.write_text(REPORT, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "hadath", "extract", str(report), "--published", "2023-03-13",
         "--format", "jsonl", *extra], capture_output=True, text=True, timeout=300, env=env)


def test_a_user_actor_and_trigger_change_the_events(tmp_path: Path) -> None:
    lex = tmp_path / "lexicons"
    lex.mkdir()
    (lex / "actors.tsv").write_text(ACTORS, encoding="utf-8")
    (lex / "triggers.tsv").write_text(TRIGGERS, encoding="utf-8")
    plain = _extract(tmp_path)
    user = _extract(tmp_path, "--lexicon-dir", str(lex))
    assert plain.returncode == 0 and user.returncode == 0, plain.stderr + user.stderr
    before = [json.loads(line) for line in plain.stdout.splitlines()]
    after = [json.loads(line) for line in user.stdout.splitlines()]
    assert all(e["actor1"] != "Falcons of the Valley" for e in before)
    assert all(e["sub_event_type"] != "Shelling/artillery/missile attack" for e in before)
    assert [(e["actor1"], e["sub_event_type"]) for e in after] == \
        [("Falcons of the Valley", "Shelling/artillery/missile attack")]


def test_a_bad_user_row_stops_before_any_article_naming_file_and_line(tmp_path: Path) -> None:
    lex = tmp_path / "lexicons"
    lex.mkdir()
    (lex / "triggers.tsv").write_text(TRIGGERS.replace("\tshell\t", "\tshelling\t"), encoding="utf-8")
    got = _extract(tmp_path, "--lexicon-dir", str(lex))
    assert got.returncode == 1 and got.stdout == ""
    assert f"{lex / 'triggers.tsv'}:2: unknown class 'shelling'" in got.stderr
