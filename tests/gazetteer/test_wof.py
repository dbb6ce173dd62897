"""Who's On First records: reading (TSV and GeoJSON) and the rules for records that disagree."""
from __future__ import annotations

import gzip
import json

import pytest

from hadath.errors import InputError
from hadath.gazetteer import wof

HEAD = ("wof_id\tcountry\tplacetype\tname\tname_ar\tname_ar_variants\tname_ckb\tname_latin_variants\t"
        "lat\tlon\tregion_id\tregion_name\tregion_name_ar\tcounty_id\tcounty_name\tcounty_name_ar\t"
        "locality_id\tlocality_name\tparent_id\tpopulation\tgeonames_id\twikidata_id\tsrc_geom\t"
        "is_current\tdeprecated\tsuperseded_by\tlastmodified")


def row(wid, name="X", name_ar="", variants="", lat=36.0, lon=38.0, pt="locality", gn="",
        region=1, dep="", sup="", latin="", pop="0", cc="SY"):
    return "\t".join(map(str, (wid, cc, pt, name, name_ar, variants, "", latin, lat, lon, region,
                               "Aleppo", "حلب", 2, "Ain Al Arab", "", "", "", 2, pop, gn, "", "geonames",
                               -1, dep, sup, 1)))


def write(tmp_path, rows, gz=True):
    p = tmp_path / ("w.tsv.gz" if gz else "w.tsv")
    text = "\n".join([HEAD, *rows]) + "\n"
    if gz:
        with gzip.open(p, "wt", encoding="utf-8") as fh:
            fh.write(text)
    else:
        p.write_text(text, encoding="utf-8")
    return p


def test_read_tsv_keeps_current_arabic_named_places(tmp_path):
    p = write(tmp_path, [
        row(1, "Sirrin", "صرين الشمالية", "سرين الشمالية|صرين", latin="Sarrine"),
        row(2, "Old", "قديمة", dep="2019"),              # deprecated
        row(3, "Gone", "ذاهبة", sup="4"),                # superseded
        row(4, "Latin only"),                            # no Arabic name
        row(5, "صرين", ""),                               # Arabic default name, no name_ar
        row(6, "Street", "شارع", pt="street"),           # placetype not kept
    ])
    got = {p.wof_id: p for p in wof.read_tsv(p)}
    assert sorted(got) == [1, 5]
    assert got[1].name_ar == "صرين الشمالية" and got[1].names_ar == ["سرين الشمالية", "صرين"]
    assert got[1].feature_class == "populated_place" and got[1].region_ar == "حلب"
    assert got[5].name_ar == "صرين"
    assert len(list(wof.read_tsv(p, arabic_only=False))) == 3


def test_read_tsv_plain_and_errors(tmp_path):
    p = write(tmp_path, [row(1, "A", "أ")], gz=False)
    assert [x.wof_id for x in wof.read_tsv(p)] == [1]
    bad = tmp_path / "bad.tsv"
    bad.write_text("a\tb\n1\t2\n", encoding="utf-8")
    with pytest.raises(InputError, match="missing column"):
        list(wof.read_tsv(bad))
    p2 = write(tmp_path, [row("x", "A", "أ")], gz=False)
    with pytest.raises(InputError, match="line|numbers"):
        list(wof.read_tsv(p2))


def test_same_geonames_id_close_records_are_merged():
    a = wof.WofPlace(1, "SY", "locality", "Karama", "الكرامة", [], ["Al Karamah"], 35.87, 39.28, geonames_id=7)
    b = wof.WofPlace(2, "SY", "locality", "Karameh", "فطسة الثيب", [], [], 35.88, 39.27, geonames_id=7,
                     population=50)
    out = wof.merge_duplicates([a, b])
    assert len(out) == 1 and out[0].wof_id == 1
    assert out[0].names_ar == ["فطسة الثيب"] and out[0].population == 50


def test_same_geonames_id_far_apart_keeps_the_record_near_its_region():
    region = [wof.WofPlace(10 + i, "SY", "locality", "v", "ق", [], [], 36.0 + i / 100, 38.0, region_id=1)
              for i in range(5)]
    near = wof.WofPlace(1, "SY", "locality", "A", "أ", [], [], 36.01, 38.01, region_id=1, geonames_id=9)
    far = wof.WofPlace(2, "SY", "locality", "A", "أ", ["ب", "ت"], [], 33.0, 36.0, region_id=1, geonames_id=9)
    out = wof.merge_duplicates(region + [near, far])
    ids = {p.wof_id for p in out}
    assert 1 in ids and 2 not in ids


def test_far_off_points_are_dropped_or_lose_their_region():
    ps = [wof.WofPlace(i, "SY", "locality", "v", "ق", [], [], 35 + (i % 10) / 10, 38 + (i % 7) / 10,
                       region_id=1, region="Aleppo") for i in range(200)]
    ps.append(wof.WofPlace(999, "SY", "locality", "Ghost", "شبح", [], [], -20.0, 150.0, region_id=1))
    ps.append(wof.WofPlace(998, "SY", "locality", "Zero", "صفر", [], [], 0.0, 0.0, region_id=1))
    ps.append(wof.WofPlace(997, "SY", "locality", "Filed wrong", "بعيد", [], [], 31.0, 38.5,
                           region_id=1, region="Aleppo"))
    ps.append(wof.WofPlace(996, "SY", "locality", "Edge", "حافة", [], [], 36.5, 38.2, region_id=1,
                           region="Aleppo"))
    out = {p.wof_id: p for p in wof.drop_far_off(ps)}
    assert set(out) == set(range(200)) | {996, 997}
    assert out[996].region == "Aleppo"
    assert (out[997].region, out[997].region_id, out[997].lat) == ("", 0, 31.0)


def test_read_geojson_records(tmp_path):
    d = tmp_path / "data" / "123"
    d.mkdir(parents=True)
    region = {"wof:id": 85678359, "wof:placetype": "region", "wof:name": "Aleppo",
              "name:ara_x_preferred": ["حلب"], "geom:latitude": 36.2, "geom:longitude": 37.1,
              "wof:country": "SY", "wof:hierarchy": [{"region_id": 85678359}]}
    village = {"wof:id": 1293374507, "wof:placetype": "locality", "wof:name": "Sirrin",
               "name:ara_x_preferred": ["صرين الشمالية"], "name:ara_x_variant": ["صرين"],
               "name:eng_x_variant": ["Sarrine"], "name:fas_x_preferred": ["سیرین"],
               "lbl:latitude": 36.588, "lbl:longitude": 38.297, "wof:country": "SY",
               "wof:concordances": {"gn:id": 164071}, "wof:population": 12,
               "wof:hierarchy": [{"region_id": 85678359, "locality_id": 1293374507}]}
    old = dict(village, **{"wof:id": 5, "edtf:deprecated": "2020"})
    for i, props in enumerate((region, village, old)):
        (d / f"{i}.geojson").write_text(json.dumps({"type": "Feature", "properties": props}), encoding="utf-8")
    (d / "0-alt-x.geojson").write_text("not json", encoding="utf-8")   # alternate geometry: skipped
    got = {p.wof_id: p for p in wof.read(tmp_path / "data")}
    assert sorted(got) == [85678359, 1293374507]
    v = got[1293374507]
    assert (v.name_ar, v.names_ar, v.geonames_id, v.population) == ("صرين الشمالية", ["صرين"], 164071, 12)
    assert v.region == "Aleppo" and v.region_ar == "حلب" and v.lat == 36.588


def test_read_geojson_bad_file_names_it(tmp_path):
    bad = tmp_path / "x.geojson"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(InputError, match="x.geojson"):
        list(wof.read(bad))
