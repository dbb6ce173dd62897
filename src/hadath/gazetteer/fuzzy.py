"""One name key against the many name keys of a skeleton lookup, at once.

``close_keys(key, others, floor)`` gives what ``keys.similarity(key, o, floor)`` gives for each
``o`` of ``others`` whose similarity reaches ``floor`` (the others are left out). A fuzzy lookup
compares one key with up to hundreds of names that share its skeleton, and many of those names
share their first letters (شعب، شعبه، شعبيه، شعوب). Here the others are taken in sorted order
and the distance table is filled one letter of the other key at a time, so the rows of the
letters a name shares with the one before it are computed once. A row whose smallest cell is
already above the largest distance that can reach ``floor`` ends the name: every alignment
crosses that row.

The table is ``similarity``'s transposed (the other key's letters as rows): each cell is the
minimum of the same three float sums, so the distances, and the similarities, are equal to the
last bit. A name that reaches ``floor`` is also checked against ``similarity``'s letter bound
(``_distance_bound``), which ``similarity`` would have answered below ``floor`` first.
"""
from __future__ import annotations

from typing import Iterable, Iterator

from hadath.gazetteer.keys import ARTICLE, _distance_bound, _drop_article, letters


def close_keys(key: str, others: Iterable[str], floor: float) -> dict[str, float]:
    """``{o: similarity(key, o, floor)}`` for the ``o`` of ``others`` reaching ``floor`` > 0."""
    a = _drop_article(key)
    la = len(a)
    out: dict[str, float] = {}
    if not la:
        return out
    forms: dict[str, list[str]] = {}   # article-less form -> the others written so
    for o in others:
        # (a one-word name without ال is its own article-less form: no need to split it)
        b = o if o.isalpha() and ARTICLE not in o else _drop_article(o)
        lb = len(b)
        if not lb:
            continue
        if 1.0 - 0.5 * abs(la - lb) / (la if la > lb else lb) < floor:   # the length bound
            continue
        got = forms.get(b)
        if got is None:
            forms[b] = [o]
        else:
            got.append(o)
    for b, d in _distances(a, sorted(forms), floor):
        longest = la if la > len(b) else len(b)
        sim = max(0.0, 1.0 - d / longest)
        if sim < floor or (a != b and _distance_bound(a, b) > (1.0 - floor) * longest + 1e-9):
            continue
        for o in forms[b]:
            out[o] = sim
    return out


def _distances(a: str, names: list[str], floor: float) -> Iterator[tuple[str, float]]:
    """(name, its distance to ``a``) for the sorted ``names`` whose table is not cut short
    (``similarity``'s table with ``a``'s letters as columns). ``rows[j]``: the row after the
    current name's first j letters, kept for the next name as far as they share letters."""
    table = letters()
    group, vowels = table.group, table.long_vowels
    la = len(a)
    # (every cost and cell a float: float-only sums and comparisons take CPython's specialized
    #  paths, an int and a float mixed the generic ones; whole numbers are exact either way)
    dels = [0.5 if ca in vowels else 1.0 for ca in a]      # cost to delete each letter of a
    swaps: dict[str, list[float]] = {}                    # letter of b -> cost to swap a's with it
    rows = [[float(i) for i in range(la + 1)]]
    last = ""
    for b in names:
        c, n = 0, min(len(rows) - 1, len(b))
        while c < n and b[c] == last[c]:
            c += 1
        del rows[c + 1:]
        last = b
        most = (1.0 - floor) * (la if la > len(b) else len(b)) + 1e-9
        prev = rows[c]
        for j in range(c, len(b)):
            cb = b[j]
            swap = swaps.get(cb)
            if swap is None:
                gb = group.get(cb, -2)
                swap = swaps[cb] = [0.0 if ca == cb else (0.4 if group.get(ca, -1) == gb else 1.0)
                                    for ca in a]
            ib = 0.5 if cb in vowels else 1.0
            diag = float(j)      # prev[0]
            left = diag + 1.0    # cur[0]
            cur = [left]
            low = left           # the row's smallest cell
            # cur[i] = min(prev[i] + ib, cur[i - 1] + dels[i - 1], prev[i - 1] + swap[i - 1])
            for da, sw, up in zip(dels, swap, prev[1:]):
                x = up + ib
                y = left + da
                if y < x:
                    x = y
                y = diag + sw
                if y < x:
                    x = y
                cur.append(x)
                if x < low:
                    low = x
                left = x
                diag = up
            rows.append(cur)
            if low > most:
                break   # every alignment crosses this row: b is below floor
            prev = cur
        else:
            yield b, prev[la]
