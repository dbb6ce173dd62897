"""The eval command, gold format and scorer, on hand-made predictions."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from hadath.cli import main
from hadath.errors import GoldFormatError
from hadath.evaluation.gold import load_gold
from hadath.evaluation.score import haversine_km, score


def gold_events(shared):
    return json.loads((shared / "examples" / "sdf-raqqa-statement.gold.json").read_text(encoding="utf-8"))["events"]


def as_prediction(ev, **over):
    rec = {k: v for k, v in ev.items() if k != "why"}
    rec["article_id"] = "sdf-raqqa-statement"
    rec.update(over)
    return rec


def test_loads_worked_example(shared):
    (doc,) = load_gold(shared / "examples" / "sdf-raqqa-statement.gold.json")
    assert doc.article.id == "sdf-raqqa-statement"
    assert doc.article.published.isoformat() == "2022-12-29"
    assert "قوات سوريا الديمقراطية" in doc.article.text
    assert len(doc.events) == 5 and len(doc.not_events) == 5


def test_perfect_predictions_score_one(shared):
    docs = load_gold(shared / "examples" / "sdf-raqqa-statement.gold.json")
    preds = {"sdf-raqqa-statement": [as_prediction(e) for e in gold_events(shared)]}
    s = score(docs, preds).summary()
    assert s["precision"] == s["recall"] == s["f1"] == 1.0
    assert all(v == 1.0 for v in s["field_accuracy"].values() if v is not None)


def test_partial_predictions(shared):
    docs = load_gold(shared / "examples" / "sdf-raqqa-statement.gold.json")
    ev = gold_events(shared)
    preds = [
        as_prediction(ev[0], fatalities=5),                            # matched, fatalities wrong
        as_prediction(ev[1], latitude=36.5, longitude=40.7),          # typed pair, place > 10 km off
        as_prediction(ev[2], event_date="2022-12-28"),                # typed pair, wrong date
        {"article_id": "sdf-raqqa-statement", "event_type": "Protests", "sub_event_type": "Peaceful protest",
         "event_date": "2022-12-29"},                                  # spurious
    ]
    s = score(docs, {"sdf-raqqa-statement": preds}).summary()
    assert s["predicted_events"] == 4 and s["gold_events"] == 5
    assert s["matched"] == 1
    assert s["precision"] == pytest.approx(0.25) and s["recall"] == pytest.approx(0.2)
    assert s["typed_precision"] == pytest.approx(0.75)
    assert s["field_accuracy"]["fatalities"] == pytest.approx(2 / 3)


def test_non_event_violation_counted(shared):
    docs = load_gold(shared / "examples" / "sdf-raqqa-statement.gold.json")
    text = docs[0].article.text
    start = text.index("منذ هزيمة داعش في عام 2017")
    pred = {"article_id": "sdf-raqqa-statement", "event_type": "Battles", "sub_event_type": "Armed clash",
            "evidence": {"trigger": [{"start": start + 4, "end": start + 9}]}}
    assert score(docs, {"sdf-raqqa-statement": [pred]}).summary()["non_event_violations"] == 1


def test_eval_command_with_predictions(shared, tmp_path):
    preds = tmp_path / "p.jsonl"
    preds.write_text("\n".join(json.dumps(as_prediction(e), ensure_ascii=False) for e in gold_events(shared)), encoding="utf-8")
    res = CliRunner().invoke(main, ["eval", str(shared / "examples" / "sdf-raqqa-statement.gold.json"),
                                    "--predictions", str(preds), "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["f1"] == 1.0


@pytest.mark.parametrize("content, message", [
    ("{", "not valid JSON"),
    ('{"events": []}', "has no \"id\""),
    ('{"id": "x", "events": []}', "has no \"text\""),
    ('{"id": "x", "text": "نص", "events": 3}', "must be a list"),
    ('{"id": "x", "text": "نص", "published": "soon"}', "not an ISO date"),
])
def test_gold_format_errors(tmp_path, content, message):
    p = tmp_path / "g.json"
    p.write_text(content, encoding="utf-8")
    with pytest.raises(GoldFormatError, match=message):
        load_gold(p)


def test_bundled_gold_is_up_to_date():
    import runpy
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    mod = runpy.run_path(str(root / "examples" / "make_gold.py"))
    assert mod["build"]() == (root / "examples" / "gold.jsonl").read_text(encoding="utf-8")


def test_haversine():
    assert haversine_km(35.9528, 39.0079, 35.8376, 38.5483) == pytest.approx(43.3, abs=1.0)


@pytest.mark.parametrize("pred, gold, agree", [
    ({"location": "Jablah"}, {"location": "Jableh"}, True),
    ({"location": "Ghazieh"}, {"location": "Ghaziyeh"}, True),
    ({"location": "As Sukhnah"}, {"location": "As-Sukhnah"}, True),
    ({"location": "Darat Izzah"}, {"location": "Daret Azza"}, True),
    ({"location": "Homs"}, {"location": "Hama"}, False),
    ({"location": "Tripoli"}, {"location": "Tartus"}, False),
    ({"location_ar": "جبلة"}, {"location_ar": "مدينة جبلة"}, True),
    ({"location_ar": "الزبير"}, {"location_ar": "قضاء الزبير"}, True),
    ({"location_ar": "بنت جبيل"}, {"location_ar": "طريق بنت جبيل - عيناثا"}, True),
    ({"location_ar": "جبيل"}, {"location_ar": "مدينة جبلة"}, False),
    ({"location_ar": "سوريا"}, {"location_ar": "مدينة إدلب"}, False),
    # the gold's phrase as written, punctuation and all (a comma on the name's last word)
    ({"location_ar": "عيل برف"}, {"location_ar": "بلدة عيل برف، بمحافظة شبيلى الوسطى"}, True),
])
def test_names_agree(pred, gold, agree):
    from hadath.evaluation.score import names_agree

    assert names_agree(pred, gold) is agree


def test_lenient_matching_tolerates_a_day_and_50_km_and_other_types(shared):
    docs = load_gold(shared / "examples" / "sdf-raqqa-statement.gold.json")
    ev = gold_events(shared)
    g = ev[1]
    preds = [
        # a day off, ~20 km off, another type: no strict match, a lenient one
        as_prediction(g, event_date="2022-12-28", latitude=float(g["latitude"]) + 0.18,
                      event_type="Battles", sub_event_type="Armed clash"),
        # two days off: no lenient match either
        as_prediction(ev[0], event_date="2022-12-20"),
    ]
    s = score(docs, {"sdf-raqqa-statement": preds}).summary()
    assert s["matched"] == 0
    assert s["lenient"]["matched"] == 1
    assert s["lenient"]["precision"] == pytest.approx(0.5)
    assert s["lenient"]["field_accuracy"]["event_type"] == 0.0
    assert s["by_type"][g["event_type"]]["gold"] == sum(e["event_type"] == g["event_type"] for e in ev)


def test_split_is_fixed_every_third_report(tmp_path):
    from hadath.evaluation.gold import select_split

    lines = [json.dumps({"id": f"r{i:02d}", "text": "نص", "events": []}) for i in range(9)]
    path = tmp_path / "g.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    docs = load_gold(path)
    held = [d.article.id for d in select_split(docs, "heldout")]
    dev = [d.article.id for d in select_split(docs, "dev")]
    assert held == ["r02", "r05", "r08"]
    assert sorted(held + dev) == [f"r{i:02d}" for i in range(9)]


def test_negative_reports_and_big_tolls_counted(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps({"id": "neg", "text": "تحليل", "events": []}), encoding="utf-8")
    preds = {"neg": [{"article_id": "neg", "event_type": "Battles", "fatalities": 1200}]}
    s = score(load_gold(path), preds).summary()
    assert s["negative_documents"] == 1 and s["events_on_negative_documents"] == 1
    assert s["events_with_1000_or_more_dead"] == 1


@pytest.mark.parametrize("a, b, same", [
    ("Military Forces of Syria (2000-2024)", "Military Forces of Syria", True),
    ("Police Forces of Sudan (2019-)", "Police Forces of Sudan", True),
    ("Military Forces of Syria (2024-)", "Military Forces of Syria (2000-2024)", True),
    ("Military Forces of Syria", "Military Forces of Russia", False),
    ("Civilians (Syria)", "Civilians (Iraq)", False),   # a country, not a period
    (None, "", True),
])
def test_actors_agree_across_acled_period_suffixes(a, b, same):
    from hadath.evaluation.score import same_actor
    assert same_actor(a, b) is same


def test_eval_scores_a_fresh_sets_clean_part_alone(tmp_path):
    from click.testing import CliRunner

    from hadath.cli import main

    lines = [json.dumps({"id": f"r{i:02d}", "text": "نص", "events": []}) for i in range(8)]
    gold = tmp_path / "g.jsonl"
    gold.write_text("\n".join(lines), encoding="utf-8")
    preds = tmp_path / "p.jsonl"
    preds.write_text("", encoding="utf-8")
    for split, n in (("clean", 2), ("fix", 6), ("all", 8)):
        res = CliRunner().invoke(main, ["eval", str(gold), "--predictions", str(preds), "--split", split, "--json"])
        assert res.exit_code == 0, res.output
        assert json.loads(res.output)["documents"] == n
