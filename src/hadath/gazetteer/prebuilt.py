"""The shipped base index (``data/gazetteer/base_index.xz``): the rows of the index's tables,
written by scripts/build_gazetteer.py from the sources (hadath.gazetteer.assemble) and loaded
into SQLite on first use, so that first use only decompresses and inserts.

Layout: one xz stream of UTF-8 text. Line 1 is a JSON header (format, row counts, the
``meta`` and ``countries`` tables, and ``inputs``: what the rows were built from, with SHA-256
sums). Then sections separated by ``\\x1e``: the ``places`` table column by column (rows in
``pid`` order, 1..N; one value a line, ``\\N`` for NULL), then the ``names`` table (rows in
rowid order, grouped by place): the number of names of each place, the keys, and one line of one
letter a name (``a``: Arabic, ``l``: Latin without a fuzzy key, ``s``: Latin with one; upper
case when weak). Column by column, the file is about a third smaller than a row-per-line TSV
under xz. A name's fuzzy key (``skel``) is not stored: it is its key's (``arabic_skeleton`` of an
Arabic key, ``skeleton`` of a Latin one, or empty), which ``dump`` checks for every row and
``load`` computes (format 2; format 1 stored them, 0.57 MB of the file).

The loaded index is the assembled one row for row (``digest`` hashes the rows of every table
and the schema; tests/gazetteer/test_prebuilt.py compares a load with the assembly).
"""
from __future__ import annotations

import hashlib
import json
import lzma
import sqlite3
from itertools import chain, repeat
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from hadath.errors import DataError
from hadath.gazetteer.keys import arabic_skeleton, skeleton
from hadath.gazetteer.skeletons import pack_skeletons
from hadath.gazetteer.store import INDEXES, SCHEMA
from hadath.resources import data_path

FILE = "gazetteer/base_index.xz"
FORMAT = 2
NULL = "\\N"
SEP = "\x1e"
# the places table's columns after pid, and how a value is read back
PLACE_COLUMNS = ("id", "name", "name_ar", "fclass", "cc", "country", "admin1", "admin2",
                 "admin3", "lat", "lon", "pop", "source")
_FLOAT = frozenset({"lat", "lon"})
_INT = frozenset({"pop"})
# data files and modules the rows depend on (their SHA-256 sums are the header's ``inputs``)
INPUT_FILES = ("countries.tsv", "admin1.tsv", "regions.tsv", "weak_names.txt",
               "common_names.txt", "aliases.tsv", "places_extra.tsv", "unit_prefixes.txt",
               "consonant_letters.tsv", "letters.tsv")
INPUT_CODE = ("keys.py", "store.py", "assemble.py", "build.py", "bundled.py", "wof.py", "yemen.py",
              "consonant_key.py")
# a name's letter: (lang, weak, how its skel follows from its key)
_LANG = {"a": ("ar", 0, "ar"), "A": ("ar", 1, "ar"), "l": ("la", 0, ""), "L": ("la", 1, ""),
         "s": ("la", 0, "la"), "S": ("la", 1, "la")}
_LETTER = {v: k for k, v in _LANG.items()}
# xz options: literal context of 4 bits, no position bits (text; about 0.4% smaller than preset 9)
_FILTERS = [{"id": lzma.FILTER_LZMA2, "preset": 9, "lc": 4, "lp": 0, "pb": 0}]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def package_inputs() -> dict[str, str]:
    """SHA-256 of the package's data files and modules the rows are built from."""
    here = Path(__file__).parent
    out = {f"data/gazetteer/{n}": sha256(data_path(f"gazetteer/{n}")) for n in INPUT_FILES}
    out.update({f"gazetteer/{n}": sha256(here / n) for n in INPUT_CODE})
    return out


def _cell(v: object, column: str) -> str:
    if v is None:
        return NULL
    if column in _FLOAT:
        if not isinstance(v, float):
            raise DataError(f"places.{column}: {v!r} is not a float")
        return repr(v)
    if column in _INT:
        if not isinstance(v, int):
            raise DataError(f"places.{column}: {v!r} is not an integer")
        return str(v)
    s = str(v)
    if not isinstance(v, str) or "\n" in s or SEP in s or s == NULL:
        raise DataError(f"places.{column}: {v!r} cannot be written")
    return s


def dump(db: Path, fh: BinaryIO, inputs: dict) -> dict:
    """Write the rows of the index ``db`` to ``fh`` (xz; the same rows give the same bytes).
    Returns the header."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        cols: list[list[str]] = [[] for _ in PLACE_COLUMNS]
        n = 0
        for row in con.execute("SELECT * FROM places ORDER BY pid"):
            n += 1
            if row[0] != n:
                raise DataError(f"{db}: place ids are not 1..N (pid {row[0]} at row {n})")
            for col, name, v in zip(cols, PLACE_COLUMNS, row[1:]):
                col.append(_cell(v, name))
        counts = [0] * n
        keys: list[str] = []
        letters: list[str] = []
        last = 0
        for rowid, key, skel, pid, lang, weak in con.execute(
                "SELECT rowid, key, skel, pid, lang, weak FROM names ORDER BY rowid"):
            if rowid != len(keys) + 1 or pid < last or not 1 <= pid <= n:
                raise DataError(f"{db}: names are not grouped by place in rowid order ({rowid})")
            if not isinstance(key, str) or "\n" in key or SEP in key:
                raise DataError(f"{db}: name row {rowid}: {key!r} cannot be written")
            how = _skel_kind(key, skel, lang)
            if how is None:
                raise DataError(f"{db}: name row {rowid}: skeleton {skel!r} does not follow"
                                f" from its key {key!r}")
            last = pid
            counts[pid - 1] += 1
            keys.append(key)
            letters.append(_LETTER[(lang, weak, how)])
        header = {"format": FORMAT, "places": n, "names": len(keys),
                  "meta": dict(con.execute("SELECT k, v FROM meta ORDER BY k")),
                  "countries": [list(r) for r in con.execute("SELECT * FROM countries ORDER BY rowid")],
                  "inputs": inputs}
    finally:
        con.close()
    sections = ["\n".join(c) for c in cols]
    sections += ["\n".join(map(str, counts)), "\n".join(keys), "".join(letters)]
    text = json.dumps(header, ensure_ascii=False, sort_keys=True) + "\n" + SEP.join(sections)
    fh.write(lzma.compress(text.encode("utf-8"), format=lzma.FORMAT_XZ, filters=_FILTERS))
    return header


def _skel_kind(key: str, skel: object, lang: str) -> str | None:
    """How a name row's fuzzy key follows from its key (a ``_LANG`` kind), None if it does not."""
    if lang == "ar":
        return "ar" if skel == arabic_skeleton(key) else None
    if skel == "":
        return ""
    return "la" if skel == skeleton(key) else None


def _skels(keys: Iterator[str], letters: str) -> Iterator[str]:
    """The fuzzy keys of the names rows (``_skel_kind`` read back; the functions' uncached
    forms: half a million keys would fill their caches for nothing)."""
    make = {"ar": arabic_skeleton.__wrapped__, "la": skeleton.__wrapped__}
    for key, letter in zip(keys, letters):
        how = _LANG[letter][2]
        yield make[how](key) if how else ""


def header(src: Path | None = None) -> dict:
    """The JSON header of a shipped file (reads the first block only)."""
    path = src or data_path(FILE)
    try:
        with lzma.open(path, "rb") as fh:
            return json.loads(fh.readline())
    except (OSError, EOFError, lzma.LZMAError, ValueError) as exc:
        raise DataError(f"{path}: cannot read the shipped gazetteer index ({exc})") from exc


def load(path: Path, src: Path | None = None, version: str = "") -> dict:
    """Create the index ``path`` (a new file) from a shipped file's rows; returns its header.
    A bad file is a DataError naming it (the caller removes the half-written index)."""
    source = Path(src or data_path(FILE))
    try:
        return _load(path, source, version)
    except (OSError, lzma.LZMAError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise DataError(f"{source}: cannot read the shipped gazetteer index ({exc!r})") from exc


def _load(path: Path, source: Path, version: str) -> dict:
    raw = lzma.decompress(source.read_bytes())
    line, _, body = raw.partition(b"\n")
    del raw
    try:
        head = json.loads(line)
    except ValueError as exc:
        raise DataError(f"{source}: no index header ({exc})") from exc
    if head.get("format") != FORMAT:
        raise DataError(f"{source}: index format {head.get('format')!r}, expected {FORMAT}")
    parts = body.split(SEP.encode())
    del body
    n, m = int(head["places"]), int(head["names"])
    if len(parts) != len(PLACE_COLUMNS) + 3:
        raise DataError(f"{source}: {len(parts)} sections, expected {len(PLACE_COLUMNS) + 3}")
    texts = [p.decode("utf-8") for p in parts]
    del parts
    k = len(PLACE_COLUMNS)
    counts = list(map(int, texts[k].split("\n"))) if n else []
    letters = texts[-1]
    for i, rows in enumerate([n] * k + [n, m]):
        if (texts[i].count("\n") + 1 if rows else 0) != rows:
            raise DataError(f"{source}: section {i + 1} has not {rows} rows")
    if sum(counts) != m or len(letters) != m:
        raise DataError(f"{source}: the names sections do not match the header")
    con = sqlite3.connect(str(path))
    try:
        con.executescript("PRAGMA journal_mode=DELETE; PRAGMA synchronous=OFF;" + SCHEMA)
        # the columns are read lazily (_lines): a list per column would hold some five million
        # strings at once
        columns = [_column(texts[i], name) for i, name in enumerate(PLACE_COLUMNS)]
        con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        zip(range(1, n + 1), *columns))
        del columns
        texts[:k] = [""] * k
        pids = chain.from_iterable(repeat(pid, c) for pid, c in enumerate(counts, 1))
        langs = map({c: v[0] for c, v in _LANG.items()}.__getitem__, letters)
        weaks = map({c: v[1] for c, v in _LANG.items()}.__getitem__, letters)
        con.executemany("INSERT INTO names VALUES (?,?,?,?,?)",
                        zip(_lines(texts[k + 1]), _skels(_lines(texts[k + 1]), letters), pids,
                            langs, weaks))
        con.executemany("INSERT INTO countries VALUES (?,?,?,?,?,?,?)", head["countries"])
        meta = dict(head["meta"], **({"version": version} if version else {}))
        con.executemany("INSERT INTO meta VALUES (?,?)", sorted(meta.items()))
        con.executescript(INDEXES)
        pack_skeletons(con)
        con.commit()
    finally:
        con.close()
    return head


CHUNK = 20_000   # values split at a time (a column's values at once would be millions of strings)


def _lines(text: str) -> Iterator[str]:
    """The values of a section (one a line), split a chunk at a time."""
    return chain.from_iterable(_chunks(text))


def _chunks(text: str) -> Iterator[list[str]]:
    while True:
        parts = text.split("\n", CHUNK)
        if len(parts) <= CHUNK:
            yield parts
            return
        text = parts.pop()
        yield parts


def _column(text: str, name: str) -> Iterator:
    vals = _lines(text)
    if name in _FLOAT:
        return map(float, vals)
    if name in _INT:
        return map(int, vals)
    if NULL in text:
        return (None if v == NULL else v for v in vals)
    return vals


def digest(db: Path) -> dict:
    """Row counts of every table and one SHA-256 of the rows of all tables but ``meta`` and of
    the schema (the index's content; the meta's version names the build)."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    h = hashlib.sha256()
    out: dict = {}
    try:
        for table in ("places", "names", "countries"):
            k = 0
            for row in con.execute(f"SELECT rowid, * FROM {table} ORDER BY rowid"):
                h.update(repr(row).encode())
                k += 1
            out[table] = k
        for row in con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"):
            h.update(repr(row).encode())
    finally:
        con.close()
    out["sha256"] = h.hexdigest()
    return out


def stale_inputs(recorded: dict, current: Iterable[tuple[str, str]]) -> list[str]:
    """Names of the inputs whose SHA-256 differs from the one recorded in a header."""
    return sorted(name for name, sha in current if recorded.get(name) != sha)
