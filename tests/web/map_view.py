"""Moving the dashboard's Leaflet map in a browser test."""
from __future__ import annotations

_SET_VIEW = """([c, z]) => {
    const m = window.HMap.map, at = m.getCenter();
    const there = m.getZoom() === z && Math.abs(at.lat - c[0]) < 1e-4 && Math.abs(at.lng - c[1]) < 1e-4;
    if (!there) m.setView(c, z, {animate: false});
    return there;
}"""


def set_view(page, center, zoom: int) -> None:
    """Put the map at ``center`` and ``zoom`` and wait until it is there. Leaflet ignores a
    setView made while a zoom animation runs (its _tryAnimatedZoom answers that the move is
    done), so the call is made again until the map reports the view."""
    page.wait_for_function(_SET_VIEW, arg=[list(center), zoom])
