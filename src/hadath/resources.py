"""Lazy, cached access to the package's language data files (``hadath/data``), and user lexicons.

Every lexicon key passes through :func:`hadath.text.normalize.normalize_key` on load, the same
normalizer the text goes through, so a lexicon can never silently miss plain text.

**User lexicons.** A directory of ``.tsv`` files named and laid out like the bundled lexicons
(``actors.tsv``, ``triggers.tsv``, ``dates_months.tsv``, ``numbers.tsv`` ...) adds rows to them
without touching code: :func:`load_tsv` returns the bundled rows followed by the user rows.
The directories come from :func:`use_lexicon_dirs` (the CLI's ``--lexicon-dir``,
``PipelineConfig.lexicon_dirs``) or else the environment variable ``HADATH_LEXICON_DIR``
(several separated by ``os.pathsep``). Every row is checked against ``lexicons/schema.tsv``; a
bad row raises :class:`~hadath.errors.LexiconError` naming the file and line. Lexicons are
loaded once per process, so the directories must be chosen before the first article is read.
"""
from __future__ import annotations

import csv
import json
import os
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable

from hadath.errors import DataError, LexiconError

ENV_LEXICON_DIR = "HADATH_LEXICON_DIR"
LEXICONS = "lexicons/"
CHECKS = frozenset({"required", "int", "date", "bundled"})


class Row(dict):
    """One row of a lexicon (column -> stripped cell) that knows where it was read."""
    __slots__ = ("source", "line")

    def __init__(self, cells: dict[str, str], source: str, line: int) -> None:
        super().__init__(cells)
        self.source = source
        self.line = line

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}"

    @property
    def user(self) -> bool:
        """Read from a user lexicon directory, not from the package."""
        return not self.source.startswith(str(_package_data()))


def _package_data() -> Path:
    return Path(str(resources.files("hadath") / "data"))


def data_path(name: str) -> Path:
    """Path of a bundled data file, e.g. ``data_path("lexicons/triggers.tsv")``."""
    p = _package_data() / name
    if not p.exists():
        raise DataError(f"bundled data file missing: {name} (looked in {p})")
    return p


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    path = data_path(name)
    try:
        with path.open(encoding="utf-8") as fh:
            return json.load(fh)
    except json.JSONDecodeError as exc:
        raise DataError(f"{path}: not valid JSON: {exc}") from exc


def read_tsv(path: Path, header: list[str] | None = None) -> tuple[list[str], tuple[Row, ...]]:
    """(header, rows) of a tab-separated file with a header line; lines starting with # and
    blank lines are skipped. With ``header`` (the bundled file's), the file's own header must
    name only those columns, starting with the same first column."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise LexiconError(str(path), None, f"not UTF-8 text: {exc}") from None
    except OSError as exc:
        raise LexiconError(str(path), None, f"cannot read: {exc.strerror or exc}") from None
    numbered = [(i, ln) for i, ln in enumerate(lines, start=1) if ln.strip() and not ln.startswith("#")]
    if not numbered:
        raise LexiconError(str(path), None, "no header line")
    head_line, head = numbered[0]
    own = [c.strip() for c in head.split("\t")]
    if header is not None:
        unknown = [c for c in own if c not in header]
        if unknown or own[0] != header[0]:
            raise LexiconError(str(path), head_line,
                               f"header {own} does not match the bundled lexicon's columns "
                               f"{header} (first column {header[0]!r})")
    rows = []
    for line_no, text in numbered[1:]:
        cells = next(csv.reader([text], delimiter="\t", quoting=csv.QUOTE_NONE))
        if len(cells) > len(own):
            raise LexiconError(str(path), line_no,
                               f"{len(cells)} cells but the header has {len(own)} columns")
        row = {c: (cells[k] if k < len(cells) else "").strip() for k, c in enumerate(own)}
        if header is not None:
            row = {c: row.get(c, "") for c in header}
        rows.append(Row(row, str(path), line_no))
    return own, tuple(rows)


@lru_cache(maxsize=1)
def _schema() -> dict[str, dict[str, frozenset[str]]]:
    """lexicon file name -> column -> checks (``lexicons/schema.tsv``)."""
    _, rows = read_tsv(data_path(LEXICONS + "schema.tsv"))
    out: dict[str, dict[str, frozenset[str]]] = {}
    for r in rows:
        checks = frozenset(c.strip() for c in r.get("check", "").split(",") if c.strip())
        if not r.get("file") or not r.get("column") or not checks or not checks <= CHECKS:
            raise LexiconError(r.source, r.line, f"needs file, column and checks from {sorted(CHECKS)}")
        out.setdefault(r["file"], {})[r["column"]] = checks
    return out


def validate(name: str, rows: Iterable[Row], bundled: tuple[Row, ...]) -> None:
    """Raise LexiconError (file and line) on the first row that breaks the schema of ``name``
    (a file name such as ``triggers.tsv``); ``bundled`` gives the known values of ``bundled``
    columns."""
    rules = _schema().get(name, {})
    known: dict[str, frozenset[str]] = {
        col: frozenset(r.get(col, "") for r in bundled) for col, checks in rules.items()
        if "bundled" in checks}
    for row in rows:
        first = next(iter(row), None)
        if first is not None and not row[first] and first not in rules:
            raise LexiconError(row.source, row.line, f"the first column {first!r} is empty")
        for col, checks in rules.items():
            value = row.get(col, "")
            if not value:
                if "required" in checks:
                    raise LexiconError(row.source, row.line, f"column {col!r} is empty")
                continue
            if "int" in checks:
                try:
                    int(value)
                except ValueError:
                    raise LexiconError(row.source, row.line,
                                       f"column {col!r} needs an integer, not {value!r}") from None
            if "date" in checks:
                try:
                    date.fromisoformat(value)
                except ValueError:
                    raise LexiconError(row.source, row.line,
                                       f"column {col!r} needs a date YYYY-MM-DD, not {value!r}") from None
            if "bundled" in checks and value not in known[col]:
                choices = ", ".join(sorted(v for v in known[col] if v))
                raise LexiconError(row.source, row.line,
                                   f"unknown {col} {value!r} (known: {choices})")


# ---------------------------------------------------------------- user lexicon directories

_configured: list[tuple[Path, ...] | None] = [None]   # set by use_lexicon_dirs
_loaded_with: list[tuple[Path, ...] | None] = [None]  # the directories the loaded lexicons used


def bundled_lexicons() -> tuple[str, ...]:
    """The file names a user lexicon directory may hold (those of the bundled lexicons)."""
    return tuple(sorted(p.name for p in (_package_data() / "lexicons").glob("*.tsv")
                        if p.name != "schema.tsv"))


def _check_dirs(dirs: Iterable[str | os.PathLike]) -> tuple[Path, ...]:
    out = []
    known = set(bundled_lexicons())
    for d in dirs:
        p = Path(d).expanduser()
        if not p.is_dir():
            raise DataError(f"lexicon directory {str(d)!r} does not exist or is no directory")
        for f in sorted(p.glob("*.tsv")):
            if f.name not in known:
                raise LexiconError(str(f), None, "no bundled lexicon has this name (known: "
                                   + ", ".join(sorted(known)) + ")")
        out.append(p.resolve())
    return tuple(out)


def use_lexicon_dirs(dirs: Iterable[str | os.PathLike] | None) -> None:
    """Choose the user lexicon directories (None: back to ``HADATH_LEXICON_DIR``). Raises
    DataError when a directory is missing, or when lexicons were already loaded with other
    directories (they are built once per process)."""
    chosen = _check_dirs(dirs) if dirs is not None else None
    loaded = _loaded_with[0]
    if loaded is not None and loaded != (chosen if chosen is not None else _env_dirs()):
        raise DataError("user lexicon directories must be chosen before the first lexicon is "
                        f"loaded (loaded with {[str(p) for p in loaded] or 'none'})")
    _configured[0] = chosen


def _env_dirs() -> tuple[Path, ...]:
    value = os.environ.get(ENV_LEXICON_DIR, "")
    return _check_dirs(p for p in value.split(os.pathsep) if p)


def lexicon_dirs() -> tuple[Path, ...]:
    """The user lexicon directories in force (configured, else from the environment)."""
    configured = _configured[0]
    return configured if configured is not None else _env_dirs()


@lru_cache(maxsize=None)
def load_tsv(name: str) -> tuple[Row, ...]:
    """Rows of a bundled tab-separated file with a header line (lines starting with # are
    comments); for a lexicon (``lexicons/...``), followed by the rows of the user lexicon
    files of the same name. Rows are validated against ``lexicons/schema.tsv``."""
    header, rows = read_tsv(data_path(name))
    if not name.startswith(LEXICONS) or name == LEXICONS + "schema.tsv":
        return rows
    dirs = lexicon_dirs()
    _loaded_with[0] = dirs
    base = name[len(LEXICONS):]
    validate(base, rows, rows)
    extra: list[Row] = []
    for d in dirs:
        path = d / base
        if path.is_file():
            _, user = read_tsv(path, header)
            validate(base, user, rows)
            extra.extend(user)
    return rows + tuple(extra)


@lru_cache(maxsize=None)
def word_roles(name: str) -> dict[str, frozenset[str]]:
    """A ``word<TAB>role`` table (e.g. lexicons/function_words.tsv) as role -> normalized words."""
    from hadath.text.normalize import normalize_key

    out: dict[str, set[str]] = {}
    for row in load_tsv(name):
        if not row.get("word") or not row.get("role"):
            raise LexiconError(row.source, row.line, "a row needs a word and a role")
        out.setdefault(row["role"], set()).add(normalize_key(row["word"]))
    return {k: frozenset(v) for k, v in out.items()}
