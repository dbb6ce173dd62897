"""A small gazetteer made by code, for fast tests here and in other packages (real coordinates
and Arabic names; one record per name that the worked example needs, plus decoys)."""
from __future__ import annotations

from pathlib import Path

from hadath.gazetteer.store import Gazetteer, PlaceRecord, Writer

SY = "Syria"
RECORDS = [
    PlaceRecord("country:SY", "Syria", "country", "SY", 35.0, 38.5, ("سورية",), "سوريا", SY,
                population=16906283, source="hadath-countries"),
    PlaceRecord("country:JO", "Jordan", "country", "JO", 31.2, 36.5, (), "الأردن", "Jordan",
                population=9_000_000, source="hadath-countries"),
    PlaceRecord("admin1:SY.04", "Ar-Raqqa", "admin1", "SY", 35.95283, 39.00788, ("محافظة الرقة",),
                "الرقة", SY, admin1="Ar-Raqqa", population=600000, source="hadath-admin1"),
    PlaceRecord("admin1:SY.09", "Aleppo", "admin1", "SY", 36.20124, 37.16117, ("محافظة حلب",),
                "حلب", SY, admin1="Aleppo", population=2800000, source="hadath-admin1"),
    PlaceRecord("admin1:SY.07", "Deir ez-Zor", "admin1", "SY", 35.33588, 40.14084,
                ("محافظة دير الزور",), "دير الزور", SY, admin1="Deir ez-Zor", population=1000000,
                source="hadath-admin1"),
    PlaceRecord("gn:172955", "Ar Raqqah", "populated_place", "SY", 35.95283, 39.00788,
                ("Raqqa", "Ar Raqqah"), "الرقة", SY, admin1="Ar-Raqqa", population=531952,
                source="geonames"),
    PlaceRecord("gn:170063", "Aleppo", "populated_place", "SY", 36.20124, 37.16117, ("Halab",),
                "حلب", SY, admin1="Aleppo", population=2098210, source="geonames"),
    PlaceRecord("gn:170794", "Deir ez-Zor", "populated_place", "SY", 35.33588, 40.14084,
                ("Dayr az Zawr",), "دير الزور", SY, admin1="Deir ez-Zor", population=242565,
                source="geonames"),
    PlaceRecord("gn:172374", "Al-Tabqa", "populated_place", "SY", 35.83758, 38.54828,
                ("Tabqa", "Ath Thawrah"), "الطبقة", SY, admin1="Ar-Raqqa", population=87880,
                source="geonames"),
    # the other Tabqa: a village near al-Malikiyah (Al-Hasakeh)
    PlaceRecord("test:tabqa-hasakeh", "Tabqa", "populated_place", "SY", 37.09, 42.12, (),
                "الطبقة", SY, admin1="Al-Hasakeh", population=600, source="geonames"),
    PlaceRecord("gn:4273", "Al Karamah", "populated_place", "SY", 35.86865, 39.27803, (),
                "الكرامة", SY, admin1="Ar-Raqqa", population=0, source="geonames"),
    PlaceRecord("test:karama-jo", "Al Karamah", "populated_place", "JO", 31.95, 35.58, (),
                "الكرامة", "Jordan", admin1="Balqa", population=9384, source="geonames"),
    PlaceRecord("test:karama-hama", "Al Karamah", "populated_place", "SY", 35.2, 36.6, (),
                "الكرامة", SY, admin1="Hama", population=2000, source="geonames"),
    PlaceRecord("gn:163345", "Tall Abyad", "populated_place", "SY", 36.69648, 38.95382,
                ("Tel Abyad", "Gire Spi"), "تل أبيض", SY, admin1="Ar-Raqqa", population=14825,
                source="geonames"),
    PlaceRecord("gn:170017", "Kobani", "populated_place", "SY", 36.89, 38.35, ("Kobanî", "Ayn al Arab"),
                "عين العرب", SY, admin1="Aleppo", population=44821, source="geonames"),
    PlaceRecord("gn:173334", "Al Mayadin", "populated_place", "SY", 35.01982, 40.45154, (),
                "الميادين", SY, admin1="Deir ez-Zor", population=44000, source="geonames"),
]
OCHA_LIKE = [
    PlaceRecord("ocha:C1990", "Sarrin", "populated_place", "SY", 36.5859, 38.3009, ("Sarin",),
                "صرين", SY, admin1="Aleppo", admin2="Ain Al Arab", admin3="Sarin",
                source="ocha"),
]


def make_gazetteer(tmp: Path, with_user: bool = True) -> tuple[Path, Path | None]:
    base = tmp / "base.sqlite"
    with Writer(base) as w:
        w.add_country("SY", "Syria", "سوريا", 760, "Middle East", 35.0, 38.5)
        w.add_country("JO", "Jordan", "الأردن", 400, "Middle East", 31.2, 36.5)
        w.add(RECORDS)
    user = None
    if with_user:
        user = tmp / "user.sqlite"
        with Writer(user) as w:
            w.add(OCHA_LIKE)
    return base, user


def small_gazetteer(path: Path, rows: list[PlaceRecord],
                    countries: list[tuple[str, str, str, int, str, float, float]]) -> Gazetteer:
    """A gazetteer of the given rows and countries ((cc, name, Arabic name, ISO number,
    region, lat, lon)) written at ``path``, for a test's own cases."""
    with Writer(path) as w:
        for c in countries:
            w.add_country(*c)
        w.add(rows)
    return Gazetteer([path])
