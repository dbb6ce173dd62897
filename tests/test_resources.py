"""Lexicon loading: rows that know their file and line, the schema check, user lexicon dirs."""
from __future__ import annotations

from pathlib import Path

import pytest

from hadath.errors import DataError, LexiconError
from hadath.resources import (bundled_lexicons, data_path, load_tsv, read_tsv, use_lexicon_dirs,
                              validate)

TRIGGERS_HEADER = "lemma\tclass\tstrength\tnrole\tperfect\timperfect\tpassive\tnouns\tparticiples\textra\tobject"


def _user(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _check(path: Path, name: str) -> None:
    header, bundled = read_tsv(data_path("lexicons/" + name))
    _, rows = read_tsv(path, header)
    validate(name, rows, bundled)


def test_every_bundled_lexicon_passes_its_schema() -> None:
    for name in bundled_lexicons():
        assert load_tsv("lexicons/" + name), name


def test_rows_know_their_file_and_line() -> None:
    row = load_tsv("lexicons/triggers.tsv")[0]
    assert row.source.endswith("triggers.tsv") and row.line > 1 and not row.user
    assert data_path("lexicons/triggers.tsv").read_text(encoding="utf-8").splitlines()[
        row.line - 1].startswith(row["lemma"])


@pytest.mark.parametrize("body, line, message", [
    ("# comment\n" + TRIGGERS_HEADER + "\nدكدك\tshelling\t1\n", 3, "unknown class 'shelling'"),
    (TRIGGERS_HEADER + "\nدكدك\tshell\tstrong\n", 2, "needs an integer"),
    (TRIGGERS_HEADER + "\n\nدكدك\t\t1\n", 3, "column 'class' is empty"),
    ("lemma\tclass\tstrength\n" + "دكدك\tshell\t1\tx\n", 2, "4 cells but the header has 3"),
    ("lemma\tkind\n" + "دكدك\tshell\n", 1, "does not match the bundled lexicon's columns"),
])
def test_a_bad_user_row_is_named_by_file_and_line(tmp_path: Path, body: str, line: int,
                                                  message: str) -> None:
    path = _user(tmp_path, "triggers.tsv", body)
    with pytest.raises(LexiconError, match=message) as info:
        _check(path, "triggers.tsv")
    assert info.value.path == str(path) and info.value.line == line
    assert str(info.value).startswith(f"{path}:{line}: ")


def test_a_good_user_row_takes_the_bundled_columns(tmp_path: Path) -> None:
    path = _user(tmp_path, "dates_months.tsv", "name\tmonth\tcalendar\nجانفييه\t1\tgregorian\n")
    header, _ = read_tsv(data_path("lexicons/dates_months.tsv"))
    _, rows = read_tsv(path, header)
    assert dict(rows[0]) == {"name": "جانفييه", "month": "1", "calendar": "gregorian", "ambiguous": ""}
    assert rows[0].user and rows[0].where == f"{path}:2"
    _check(path, "dates_months.tsv")


def test_a_directory_must_exist_and_hold_only_known_lexicon_names(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="does not exist"):
        use_lexicon_dirs([tmp_path / "missing"])
    _user(tmp_path, "trigger.tsv", "lemma\n")
    with pytest.raises(LexiconError, match="no bundled lexicon has this name"):
        use_lexicon_dirs([tmp_path])


def test_directories_cannot_change_once_lexicons_are_loaded(tmp_path: Path) -> None:
    load_tsv("lexicons/triggers.tsv")  # loaded with the environment's directories (none)
    with pytest.raises(DataError, match="before the first lexicon is loaded"):
        use_lexicon_dirs([tmp_path])
    use_lexicon_dirs(None)  # the same as what was loaded: fine
