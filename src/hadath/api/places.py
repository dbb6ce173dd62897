"""Gazetteer choices for location corrections, through the gazetteer's public search API.

``search_places(name)`` lists candidates (as ``GET /v1/places?q=`` returns them); ``lookup(name,
id)`` finds the chosen one again and gives every field it sets on an event: location, Arabic
name, coordinates, admin levels, country, iso, region and ACLED geo_precision.
"""
from __future__ import annotations

from typing import Any

# ACLED geo_precision by the kind of place chosen (as the geocoder codes it)
CLASS_PRECISION = {"country": 3, "admin1": 3, "admin2": 3, "region": 3, "admin3": 2}


def _gazetteer():
    from hadath.gazetteer import open_gazetteer

    return open_gazetteer()


def _fields(gz, place) -> dict[str, Any]:
    info = gz.country(place.country_code) if place.country_code else None
    return {"id": place.id, "location": place.name, "location_ar": place.name_ar,
            "latitude": round(place.latitude, 5), "longitude": round(place.longitude, 5),
            "admin1": None if place.feature_class == "country" else place.admin1,
            "admin2": place.admin2, "admin3": place.admin3,
            "country": place.country or (info[1] if info else None),
            "iso": info[3] if info else None, "region": info[4] if info else None,
            "feature_class": place.feature_class, "population": place.population,
            "geo_precision": CLASS_PRECISION.get(place.feature_class, 1)}


def search_places(name: str, country: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
    from hadath.gazetteer.search import search

    gz = _gazetteer()
    return [dict(_fields(gz, c.place), score=c.score) for c in search(gz, name, country=country, limit=limit)]


def lookup(name: str, place_id: str) -> dict[str, Any] | None:
    for p in search_places(name, limit=200):
        if p["id"] == place_id:
            return p
    return None
