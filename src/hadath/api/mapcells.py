"""The map's event clusters, made on the server: the matching events binned into square cells
of the screen (Web Mercator pixels at the map's zoom), one cell per cluster with its count,
centre, fatalities, event types and newest events. The browser draws a few hundred cells
instead of laying out thousands of markers (``GET /v1/clusters``).

With no zoom the map is fitted to the matching events (as Leaflet's ``fitBounds`` would for a
map of ``width`` x ``height`` pixels), and the answer says at which zoom and centre.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from hadath.store.summary import select_rows

CELL_PX = 60          # a cell's side on the screen
TILE_PX = 256         # the map's pixels per world at zoom 0
MAX_LAT = 85.0511287798
FIT_PAD = 0.3         # the fitted bounds are the events' bounds padded by this share (LatLngBounds.pad)
FIT_MAX_ZOOM = 8
MIN_ZOOM = 2
LATEST = 3            # newest events named per cell
MAX_ZOOM = 14         # the dashboard map's deepest zoom


class CellsError(ValueError):
    """A bad ``within`` box."""


def parse_within(text: str) -> tuple[float, float, float, float]:
    """'west,south,east,north' in degrees (a map's bounds may pass +-180 when panned round)."""
    try:
        w, s, e, n = (float(x) for x in text.split(","))
    except ValueError:
        raise CellsError(f"within: {text!r} is not west,south,east,north in degrees") from None
    if not all(math.isfinite(v) for v in (w, s, e, n)) or w > e or s > n or not (-90 <= s and n <= 90):
        raise CellsError(f"within: {text!r} is not a box (west <= east, -90 <= south <= north <= 90)")
    return w, s, e, n


def project(lat: np.ndarray, lon: np.ndarray, zoom: float) -> tuple[np.ndarray, np.ndarray]:
    """Web Mercator pixel coordinates at ``zoom`` (Leaflet's EPSG:3857 CRS)."""
    scale = TILE_PX * 2.0 ** zoom
    s = np.sin(np.radians(np.clip(lat, -MAX_LAT, MAX_LAT)))
    return (lon + 180.0) / 360.0 * scale, (0.5 - np.log((1 + s) / (1 - s)) / (4 * math.pi)) * scale


def unproject(x: float, y: float, zoom: float) -> tuple[float, float]:
    scale = TILE_PX * 2.0 ** zoom
    lat = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y / scale))))
    return lat, x / scale * 360.0 - 180.0


def fit(lat: np.ndarray, lon: np.ndarray, width: int, height: int) -> tuple[int, tuple[float, float]]:
    """The zoom and centre at which the events' bounds (padded) fill a width x height map."""
    if not len(lat):
        return MIN_ZOOM + 2, (31.0, 40.0)   # the region, as the dashboard opens
    s, n, w, e = float(lat.min()), float(lat.max()), float(lon.min()), float(lon.max())
    dy, dx = (n - s) * FIT_PAD, (e - w) * FIT_PAD
    s, n, w, e = max(-MAX_LAT, s - dy), min(MAX_LAT, n + dy), w - dx, e + dx
    (x0, x1), (y1, y0) = project(np.array([s, n]), np.array([w, e]), 0)
    span_x, span_y = max(x1 - x0, 1e-9), max(y1 - y0, 1e-9)
    zoom = int(math.floor(math.log2(min(width / span_x, height / span_y))))
    zoom = max(MIN_ZOOM, min(FIT_MAX_ZOOM, zoom))
    return zoom, unproject((x0 + x1) / 2, (y0 + y1) / 2, 0)


@dataclass
class Grid:
    """The selection's placed events in cells at one zoom (kept with the selection)."""
    rows: np.ndarray      # snapshot rows, one block per cell, newest first in it
    fat: np.ndarray       # their fatalities (the selection's: merged best where merged)
    starts: np.ndarray    # first position of each cell's block
    n: np.ndarray
    gx: np.ndarray        # the cell's column and row on the zoom's pixel grid
    gy: np.ndarray
    lat: np.ndarray       # the mean position of its events
    lon: np.ndarray
    deaths: np.ndarray
    same: np.ndarray      # all its events at one point
    per_type: np.ndarray  # cells x event-type codes
    extent: np.ndarray    # cells x (west, south, east, north) of its events


def placed(snap, sel) -> tuple[np.ndarray, np.ndarray]:
    """The selection's rows that have coordinates, newest first, and their fatalities."""
    got = sel.memo.get("map-placed")
    if got is None:
        newest = snap.order("event_date", True)
        fat = np.zeros(snap.size, np.int64)
        fat[sel.rows] = sel.fatalities
        rows = newest[sel.mask[newest] & ~np.isnan(snap.lat[newest]) & ~np.isnan(snap.lon[newest])]
        got = sel.memo["map-placed"] = (rows, fat[rows])
    return got


def grid(snap, sel, zoom: int) -> Grid:
    key = ("map-cells", zoom)
    got = sel.memo.get(key)
    if got is not None:
        return got
    rows, fat = placed(snap, sel)
    lat, lon = snap.lat[rows], snap.lon[rows]
    x, y = project(lat, lon, zoom)
    gx, gy = np.floor(x / CELL_PX).astype(np.int64), np.floor(y / CELL_PX).astype(np.int64)
    uniq, cell = np.unique(gx * (1 << 32) + gy, return_inverse=True)
    cell = cell.reshape(-1)
    order = np.argsort(cell, kind="stable")  # rows are newest first: so is each cell's block
    n = np.bincount(cell, minlength=len(uniq))
    starts = np.concatenate(([0], np.cumsum(n)[:-1])).astype(np.int64)
    lat_o, lon_o = lat[order], lon[order]
    same = np.ones(len(uniq), bool)
    extent = np.zeros((len(uniq), 4))
    if len(rows):
        extent = np.stack([np.minimum.reduceat(lon_o, starts), np.minimum.reduceat(lat_o, starts),
                           np.maximum.reduceat(lon_o, starts), np.maximum.reduceat(lat_o, starts)], axis=1)
        same = (extent[:, 3] - extent[:, 1] < 1e-6) & (extent[:, 2] - extent[:, 0] < 1e-6)
    kinds = len(snap.text["event_type"].labels)
    codes = snap.text["event_type"].codes[rows].astype(np.int64)
    got = sel.memo[key] = Grid(
        rows=rows[order], fat=fat[order], starts=starts, n=n, gx=uniq >> 32, gy=uniq & 0xFFFFFFFF,
        lat=np.bincount(cell, weights=lat, minlength=len(uniq)) / np.maximum(n, 1),
        lon=np.bincount(cell, weights=lon, minlength=len(uniq)) / np.maximum(n, 1),
        deaths=np.bincount(cell, weights=fat, minlength=len(uniq)), same=same, extent=extent,
        per_type=np.bincount(cell * kinds + codes, minlength=len(uniq) * kinds).reshape(len(uniq), kinds))
    return got


def cells(store, *, zoom: int | None = None, within: str | None = None, width: int = 800, height: int = 500,
          limit: int = 2000, **filters) -> dict[str, Any]:
    """The map's clusters of the events matching ``filters`` at ``zoom`` (fitted when None):
    those whose cell meets ``within`` when given, the ``limit`` biggest. A cell names its newest
    events when it has few, when they are all at one point or at the deepest zoom."""
    box = parse_within(within) if within else None
    snap, sel = select_rows(store, **filters)
    out: dict[str, Any] = {"total": 0, "unplaced": 0}
    if zoom is None:
        rows, _ = placed(snap, sel)
        zoom, center = fit(snap.lat[rows], snap.lon[rows], width, height)
        out["center"] = [round(float(center[0]), 5), round(float(center[1]), 5)]
    g = grid(snap, sel, zoom)
    out.update(total=int(len(g.rows)), unplaced=int(len(sel.rows) - len(g.rows)), zoom=zoom)
    pick = np.arange(len(g.n))
    if box is not None:
        w, s, e, n = box
        (x0, x1), (y1, y0) = project(np.array([s, n]), np.array([w, e]), zoom)
        pick = np.flatnonzero((g.gx >= math.floor(x0 / CELL_PX)) & (g.gx <= math.floor(x1 / CELL_PX))
                              & (g.gy >= math.floor(y0 / CELL_PX)) & (g.gy <= math.floor(y1 / CELL_PX)))
    pick = pick[np.argsort(-g.n[pick], kind="stable")][:limit]
    out["truncated"] = bool(len(pick) == limit and box is None and len(g.n) > limit)
    out["cells"] = [_cell(snap, g, c, zoom >= MAX_ZOOM) for c in pick.tolist()]
    return out


def _cell(snap, g: Grid, c: int, deepest: bool) -> dict[str, Any]:
    etype, loc, loc_ar = (snap.text[k] for k in ("event_type", "location", "location_ar"))
    n = int(g.n[c])
    types = [[etype.labels[t], int(g.per_type[c, t])] for t in np.flatnonzero(g.per_type[c]).tolist()]
    types.sort(key=lambda p: (-p[1], p[0] or ""))
    w, s, e, north = g.extent[c].tolist()
    out = {"lat": round(float(g.lat[c]), 5), "lon": round(float(g.lon[c]), 5), "n": n,
           "fatalities": int(g.deaths[c]), "same_place": bool(g.same[c]), "types": types,
           # its events' extent, rounded outwards: as ?bbox= it selects them (the table's "show all")
           "bbox": [math.floor(w * 1e5) / 1e5, math.floor(s * 1e5) / 1e5, math.ceil(e * 1e5) / 1e5,
                    math.ceil(north * 1e5) / 1e5]}
    if n <= LATEST or g.same[c] or deepest:
        at = int(g.starts[c])
        out["events"] = [{"id": int(snap.ids[i]), "event_type": etype.labels[etype.codes[i]],
                          "event_date": date.fromordinal(int(snap.day[i])).isoformat() if snap.day[i] > 0 else None,
                          "location": loc.labels[loc.codes[i]], "location_ar": loc_ar.labels[loc_ar.codes[i]],
                          "fatalities": int(f)}
                         for i, f in zip(g.rows[at:at + min(LATEST, n)].tolist(), g.fat[at:at + min(LATEST, n)].tolist())]
    return out
