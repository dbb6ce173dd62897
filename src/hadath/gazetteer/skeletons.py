"""The ``skeletons`` table of a gazetteer index: each fuzzy key's lookup packed into one row.

A fuzzy lookup (``Gazetteer.skeleton``) reads the names rows of a skeleton: up to
SKELETON_LIMIT, a few hundred for a two-letter skeleton (مر، بر), nearly all of which the fuzzy
match then rejects. Read from ``names``, each row costs SQLite a step through the skeleton
index, the names row and its place row, and Python a row tuple. ``pack_skeletons`` writes the
rows of each skeleton once, as columns in one row (``SEP`` between values), when a Writer
closes and when the base index loads; a lookup then reads one row and splits its columns. An
index without the table (written before it), or changed since it was packed, is read from
``names`` (``is_packed``): the same rows either way.
"""
from __future__ import annotations

import sqlite3
from itertools import groupby, islice
from operator import itemgetter
from typing import TYPE_CHECKING, Callable, NamedTuple, Sequence

if TYPE_CHECKING:
    from hadath.gazetteer.store import Index

SKELETON_LIMIT = 500   # rows per fuzzy key and index (a short skeleton spells thousands of names)
SEP = "\x1f"    # between the values of a packed column of ``skeletons``
FLAGS = {("ar", 0): "a", ("ar", 1): "A", ("la", 0): "l", ("la", 1): "L"}   # (lang, weak) -> letter
_WEAK = {f: bool(w) for (_lang, w), f in FLAGS.items()}
_LANG = {f: lang for (lang, _w), f in FLAGS.items()}
# the rows of a skeleton lookup: names with their place, in the names table's order
_PACK_SQL = ("SELECT n.skel, n.key, n.weak, n.lang, p.pid, p.id FROM names n JOIN places p"
             " ON p.pid = n.pid WHERE n.skel != '' ORDER BY n.skel, n.rowid")


def is_packed(con: sqlite3.Connection) -> bool:
    """Whether the index's ``skeletons`` table answers its skeleton lookups."""
    try:
        row = con.execute("SELECT pids FROM skeletons WHERE skel = ''").fetchone()
    except sqlite3.OperationalError:   # an index written before the table
        return False
    return row is not None and row[0] == _state(con)


def _state(con: sqlite3.Connection) -> str:
    """What the ``skeletons`` table was made from: the last row ids of ``names`` and ``places``
    (a Writer appends, and a re-imported record gets new rows)."""
    n = con.execute("SELECT MAX(rowid) FROM names").fetchone()[0]
    p = con.execute("SELECT MAX(pid) FROM places").fetchone()[0]
    return f"{n or 0} {p or 0}"


def pack_skeletons(con: sqlite3.Connection) -> None:
    """Fill the ``skeletons`` table from ``names``: per fuzzy key, the rows its lookup gives (the
    first SKELETON_LIMIT names rows with a place, in row order, each (place id, key) once) as
    columns (keys, one flag letter a row, place row ids, place ids), so that a lookup reads one
    row instead of hundreds. The row of skel '' records ``_state``: a table made before the index
    changed, or values that cannot be packed, leave the lookups to ``names``."""
    con.execute("DELETE FROM skeletons")
    packed = []
    for skel, group in groupby(con.execute(_PACK_SQL), itemgetter(0)):
        kept = []
        pairs: set[tuple[str, str]] = set()
        for row in islice(group, SKELETON_LIMIT):
            if (row[5], row[1]) not in pairs:
                pairs.add((row[5], row[1]))
                kept.append(row)
        keys, ids = [r[1] for r in kept], [r[5] for r in kept]
        flags = [FLAGS.get((r[3], r[2])) for r in kept]
        if None in flags or any(SEP in v for v in keys + ids):
            return   # no state row: every lookup reads names
        packed.append((skel, SEP.join(keys), "".join(flags), SEP.join([str(r[4]) for r in kept]),
                       SEP.join(ids)))
    con.executemany("INSERT INTO skeletons VALUES (?,?,?,?,?)", packed)
    con.execute("INSERT INTO skeletons VALUES ('', '', '', ?, '')", (_state(con),))


# the columns a NameRow needs, plus the place's id for the merge of indexes
_SKEL_SQL = ("SELECT n.key, n.weak, n.lang, p.pid, p.id FROM names n JOIN places p"
             f" ON p.pid = n.pid WHERE n.skel = ? LIMIT {SKELETON_LIMIT}")


class SkeletonRows(NamedTuple):
    """The name rows of a skeleton lookup as columns (most are spelling neighbours the fuzzy
    match then rejects: a row's place is read only if it is kept). A packed row's weak flags,
    languages and place row ids are decoded only for the rows read (``Letters``, ``Packed``)."""
    keys: list[str]
    weaks: Sequence[bool]
    langs: Sequence[str]
    index: list[int]    # the index's position, user lists first (``reversed(indexes)``)
    pids: Sequence[int]     # the place's row id in that index


class Letters(Sequence):
    """A packed flags column read through ``table`` (flag letter -> value), one row at a time:
    ``Letters(flags, _WEAK)[i] == _WEAK[flags[i]]``."""
    __slots__ = ("flags", "table")

    def __init__(self, flags: str, table: dict) -> None:
        self.flags, self.table = flags, table

    def __getitem__(self, i):  # type: ignore[override]
        if i.__class__ is slice:
            return list(map(self.table.__getitem__, self.flags[i]))
        return self.table[self.flags[i]]

    def __len__(self) -> int:
        return len(self.flags)

    def __iter__(self):
        return map(self.table.__getitem__, self.flags)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]


class Packed(Sequence):
    """A packed column (``SEP`` between its values), split on first use, each value read
    through ``convert`` (``int`` for place row ids)."""
    __slots__ = ("packed", "convert", "_parts")

    def __init__(self, packed: str, convert: Callable[[str], object] = str) -> None:
        self.packed, self.convert = packed, convert
        self._parts: list[str] | None = None

    def _split(self) -> list[str]:
        parts = self._parts
        if parts is None:
            parts = self._parts = self.packed.split(SEP)
        return parts

    def __getitem__(self, i):  # type: ignore[override]
        parts = self._parts or self._split()
        if i.__class__ is slice:
            return list(map(self.convert, parts[i]))
        return self.convert(parts[i])

    def __len__(self) -> int:
        return len(self._split())

    def __iter__(self):
        return map(self.convert, self._split())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]


def index_skeleton(idx: Index, skel: str) -> tuple[list[str], Sequence[bool], Sequence[str],
                                                     Sequence[int], Sequence[str]]:
    """(keys, weak flags, languages, place row ids, place ids) of one index's skeleton rows:
    one row of the ``skeletons`` table when the index is packed (all but the keys decoded row
    by row when read: a fuzzy match keeps few rows), else the names rows."""
    if idx.packed:
        row = idx.con.execute("SELECT keys, flags, pids, ids FROM skeletons WHERE skel = ?",
                              (skel,)).fetchone()
        if row is None:
            return [], [], [], [], []
        keys, flags, pids, ids = row
        return (keys.split(SEP), Letters(flags, _WEAK), Letters(flags, _LANG),
                Packed(pids, int), Packed(ids))
    rows = idx.con.execute(_SKEL_SQL, (skel,)).fetchall()
    return ([r[0] for r in rows], [bool(r[1]) for r in rows], [r[2] for r in rows],
            [r[3] for r in rows], [r[4] for r in rows])
