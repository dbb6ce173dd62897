"""The IDRISI scorer's distance rules: an area's gold by its extent, a part of a town coded to it."""
from __future__ import annotations

from hadath.evaluation.idrisi import coded_place, extent_km
from hadath.types import Place, PlaceRef

OSM_SA = {"lat": "25.62", "lon": "42.35", "boundingbox": ["16.29", "32.15", "34.49", "55.67"]}


def test_a_point_inside_the_gold_area_is_at_distance_zero():
    assert extent_km(24.0, 45.0, OSM_SA) == 0.0          # the country's centroid, 322 km off its OSM point
    assert 150 < extent_km(33.5, 45.0, OSM_SA) < 170     # 1.35 degrees north of the box
    assert extent_km(25.62, 42.35, {"lat": "25.62", "lon": "42.35"}) == 0.0   # no box: the point


def test_a_box_across_the_antimeridian_wraps():
    ru = {"lat": "64.7", "lon": "97.7", "boundingbox": ["41.18", "82.06", "19.6", "-168.98"]}
    assert extent_km(60.0, 170.0, ru) == 0.0
    assert extent_km(60.0, 100.0, ru) == 0.0
    assert extent_km(60.0, 0.0, ru) > 500


def _place(pid, fclass="populated_place"):
    return Place(id=pid, name=pid, feature_class=fclass, country="Syria", country_code="SY",
                 latitude=36.2, longitude=37.15)


def test_a_quarter_the_gazetteer_lacks_is_coded_to_its_town():
    town = _place("aleppo")
    assert coded_place(PlaceRef(name="x", place=None, cue="حي", container=town)) is town
    assert coded_place(PlaceRef(name="x", place=None, cue="شارع", container=town)) is town
    assert coded_place(PlaceRef(name="x", place=None, cue="ريف", container=town)) is None
    assert coded_place(PlaceRef(name="x", place=town)) is town


def test_a_governorate_is_scored_at_its_area_point_not_its_seat(tmp_path):
    import json

    from hadath.evaluation.idrisi import evaluate
    text = "أمطار غزيرة وسيول في محافظة حضرموت"
    s = text.index("محافظة")
    # a point in the middle of the governorate (our own pick, 16.1 N 49.0 E): Mukalla, the seat
    # its events are coded to, lies 170 km south of it on the coast
    gold = {"tweet_id": "1", "text": text, "location_mentions": [
        {"text": "محافظة حضرموت", "start_offset": s, "end_offset": len(text), "type": "Province",
         "osm_json": {"lat": "16.1", "lon": "49.0"}}]}
    p = tmp_path / "dev.jsonl"
    p.write_text(json.dumps(gold, ensure_ascii=False) + "\n", encoding="utf-8")
    r = evaluate(p)
    assert r["recognition_recall"] == 100.0 and r["resolved_of_recognized"] == 100.0
    assert r["within_161km_of_resolved"] == 100.0
    assert r["within_161km_of_resolved_seat"] == 0.0
