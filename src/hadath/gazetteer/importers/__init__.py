"""Importers that add place lists to a gazetteer index (by default the user index)."""
from __future__ import annotations

from functools import lru_cache

from hadath.gazetteer.keys import name_key
from hadath.gazetteer.store import Gazetteer, haversine_km
from hadath.types import Place


class AdminResolver:
    """Fills admin1 / country names for imported records from the base index."""

    def __init__(self, base: Gazetteer | None):
        self.base = base

    @lru_cache(maxsize=4096)
    def country_name(self, cc: str) -> str:
        info = self.base.country(cc) if self.base else None
        return info[1] if info else cc

    @lru_cache(maxsize=4096)
    def admin1_by_code(self, cc: str, code: str) -> str | None:
        if not self.base:
            return None
        for idx in self.base.indexes:
            row = idx.con.execute("SELECT admin1 FROM places WHERE id = ?", (f"admin1:{cc}.{code}",)).fetchone()
            if row:
                return row[0]
        return None

    @lru_cache(maxsize=4096)
    def admin1_of_seat(self, cc: str, name: str) -> str | None:
        """admin1 of a district seat named ``name`` (Arabic or Latin) in country ``cc``."""
        if not self.base or not name:
            return None
        hits = [h.place for h in self.base.exact(name_key(name))
                if h.place.country_code == cc and h.place.admin1]
        if not hits:
            return None
        return max(hits, key=lambda p: p.population).admin1

    def nearest_admin1(self, cc: str, lat: float, lon: float) -> str | None:
        seats = self._seats(cc)
        if not seats:
            return None
        return min(seats, key=lambda p: haversine_km(lat, lon, p.latitude, p.longitude)).admin1

    @lru_cache(maxsize=64)
    def _seats(self, cc: str) -> tuple[Place, ...]:
        if not self.base:
            return ()
        from hadath.gazetteer.store import _COLS, _place
        out = []
        for idx in self.base.indexes:
            for row in idx.con.execute(f"SELECT {_COLS} FROM places p WHERE p.cc = ? AND "
                                       "p.fclass = 'populated_place' AND p.admin1 IS NOT NULL "
                                       "AND p.pop >= 5000", (cc,)):
                out.append(_place(row))
        return tuple(out)
