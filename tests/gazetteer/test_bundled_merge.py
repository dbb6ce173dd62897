"""The Arab-world rows: their TSV layout, the NOTICE, and their merge with cities500 (one real
place is one entry)."""
from __future__ import annotations

import gzip
import io

from hadath.gazetteer.bundled import (COLUMNS, Concordance, Row, as_written, merge_bundled,
                                      read_rows, write_rows)
from hadath.gazetteer.keys import name_key
from hadath.resources import data_path


def city(gid, name, ar, lat, lon, cc="SY", pop=1000, admin="04"):
    return {"geonameid": gid, "name": name, "alternatenames": [name, *ar], "countrycode": cc,
            "latitude": lat, "longitude": lon, "population": pop, "admin1code": admin}


def row(id_, ar, lat, lon, gn=0, fclass="populated_place", alt=(), admin2="", cc="SY", name="X",
        admin1="Ar Raqqah", admin1_ar="الرقة"):
    return Row(id_, cc, fclass, name, ar, tuple(alt), lat, lon, 0, admin1, admin1_ar, admin2, "", "",
               gn, "")


CITIES = {"172955": city(172955, "Ar Raqqah", ["الرقة"], 35.95283, 39.00788, pop=531952),
          "4273": city(4273, "Al Karamah", ["الكرامة"], 35.86865, 39.27803),
          "1": city(1, "Halfaya", ["حلفايا"], 35.26, 36.60, admin="11")}
ADMIN1 = [{"cc": "SY", "code": "04", "name": "Ar-Raqqa", "name_ar": "الرقة", "alt_ar": "محافظة الرقة"},
          {"cc": "SY", "code": "11", "name": "Hama", "name_ar": "حماة", "alt_ar": ""}]
SEATS = {("SY", "04"): (35.95, 39.01), ("SY", "11"): (35.13, 36.75)}


def test_concordance_by_geonames_id_then_name_and_distance():
    conc = Concordance(CITIES)
    assert conc.match(row("wof:1", "فطسة الثيب", 35.868, 39.278, gn=4273, alt=("الكرامة",)))["geonameid"] == 4273
    assert conc.match(row("wof:2", "الرقة", 35.96, 39.0))["geonameid"] == 172955      # name within 8 km
    assert conc.match(row("wof:3", "الرقة", 36.30, 39.0)) is None                      # 39 km away
    # a shared GeoNames id on a differently named place is a concordance error
    assert conc.match(row("wof:4", "سلوك", 35.95, 39.0, gn=172955, name="Suluk")) is None
    assert conc.match(row("wof:5", "الرقة", 35.95, 39.0, fclass="admin2")) is None     # only places


def test_merge_makes_one_entry_per_place_and_fills_admin_levels():
    rows = [row("wof:10", "الرقة", 35.953, 39.008, gn=172955, alt=("Raqqa",), admin2="Ar-Raqqa"),
            row("wof:11", "صرين الشمالية", 36.588, 38.298, alt=("صرين",), admin2="Ain Al Arab",
                admin1="Aleppo", admin1_ar="حلب"),
            row("wof:12", "الرقة", 35.95, 39.07, fclass="admin1", name="Ar Raqqah", alt=("محافظة الرقة",)),
            row("wof:13", "منطقة الثورة", 35.84, 38.55, fclass="admin2", admin2="Ath-Thawrah"),
            row("wof:14", "قرية قرب الكرامة", 35.87, 39.30, admin2="Ar-Raqqa")]
    m = merge_bundled(CITIES, ADMIN1, SEATS, {"SY": "Syria"}, rows)
    assert list(m.same) == [172955]                                    # Raqqa: one entry
    assert set(m.admin1_names) == {"Ar-Raqqa\0SY"}                     # the WOF region: names only
    new = {r.id: r for r in m.new_places}
    assert set(new) == {"wof:11", "wof:13", "wof:14"} and m.new_admin1 == []
    assert new["wof:11"].source == "wof" and new["wof:11"].admin2 == "Ain Al Arab"
    assert new["wof:11"].admin1 == "Ar-Raqqa"   # حلب is not in this admin1 table: nearest seat
    assert new["wof:13"].feature_class == "admin2" and new["wof:13"].admin1 == "Ar-Raqqa"
    from hadath.gazetteer.store import PlaceRecord
    raqqa = m.complete(PlaceRecord("gn:172955", "Ar Raqqah", "populated_place", "SY", 35.95283,
                                   39.00788, ("الرقة",), "الرقة", population=531952), 172955)
    assert (raqqa.admin2, raqqa.source, raqqa.latitude) == ("Ar-Raqqa", "geonames+wof", 35.95283)
    assert "Raqqa" in raqqa.names
    # a cities500 town no bundled row matches takes admin2 from the nearest bundled place (10 km)
    karama = m.complete(PlaceRecord("gn:4273", "Al Karamah", "populated_place", "SY", 35.86865,
                                    39.27803, (), source="geonames"), 4273)
    assert karama.admin2 == "Ar-Raqqa" and karama.source == "geonames"
    far = m.complete(PlaceRecord("gn:1", "Halfaya", "populated_place", "SY", 35.26, 36.60, ()), 1)
    assert far.admin2 is None


def test_write_read_round_trip_is_deterministic():
    rows = [row("wof:1", "الرقة", 35.95283, 39.00788, gn=172955, alt=("Raqqa", "رقة"))]
    a, b = io.BytesIO(), io.BytesIO()
    write_rows(rows, a)
    write_rows(rows, b)
    assert a.getvalue() == b.getvalue()
    head = gzip.decompress(a.getvalue()).decode().split("\n", 1)[0]
    assert tuple(head.split("\t")) == COLUMNS


def test_write_read_keeps_what_the_index_is_assembled_from(tmp_path):
    rows = [row("wof:2", "صرين", 36.5881234, 38.2971, alt=("Sirrin\tNorth", "|", "صرين الشمالية"))]
    buf = io.BytesIO()
    write_rows(rows, buf)
    (tmp_path / "rows.tsv.gz").write_bytes(buf.getvalue())
    again = list(read_rows(tmp_path / "rows.tsv.gz"))
    assert again == as_written(rows)
    assert again[0].lat == 36.58812 and again[0].alt == ("Sirrin North", "صرين الشمالية")


def test_shipped_notice():
    notice = data_path("gazetteer/NOTICE").read_text(encoding="utf-8")
    for needed in ("Who's On First", "GeoNames (CC BY 4.0)", "Quattroshapes", "OCHA", "CC BY-IGO",
                   "wordfreq", "CC BY-SA 4.0", "CLDR", "base_index.xz"):
        assert needed in notice


def test_common_names_are_normalized_words_not_big_places():
    from hadath.gazetteer.data import weak_names
    keys = {}
    for line in data_path("gazetteer/common_names.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            k, z = line.split("\t")
            keys[k] = float(z)
            assert name_key(k) == k and " " not in k and float(z) >= 3.5
    for word in ("الكرامة", "النصر", "سلوك", "الشعب"):        # villages named like words
        assert name_key(word) in keys and name_key(word) in weak_names()
    for town in ("الرقة", "دمشق", "حلب", "غزة", "الطبقة"):    # sizeable places are never common
        assert name_key(town) not in keys


def test_admin1_variant_that_is_another_units_name_is_dropped():
    # WOF files the Hama region's own name among another region's variants: the name stays
    # with the unit that carries it as its own
    rows = [row("wof:20", "الرقة", 35.95, 39.07, fclass="admin1", name="Ar Raqqah",
                alt=("محافظة الرقة", "حماة", "Raqqa")),
            row("wof:21", "حماة", 35.13, 36.75, fclass="admin1", name="Hama", alt=("محافظة حماة",),
                admin1="Hama", admin1_ar="حماة")]
    m = merge_bundled(CITIES, ADMIN1, SEATS, {"SY": "Syria"}, rows)
    assert m.admin1_names["Ar-Raqqa\0SY"] == ("الرقة", "محافظة الرقة")
    assert "حماة" in m.admin1_names["Hama\0SY"]
