"""Error kinds (hadath.evaluation.errors, `hadath eval --errors`) on hand-made gold and records."""
from __future__ import annotations

import json
from datetime import date

import pytest
from click.testing import CliRunner

from hadath.cli import main
from hadath.evaluation.errors import actor_kind, error_kinds
from hadath.evaluation.gold import GoldDoc
from hadath.types import Article

DAMASCUS = {"location": "Damascus", "latitude": 33.51, "longitude": 36.29}
ALEPPO = {"location": "Aleppo", "latitude": 36.20, "longitude": 37.16}   # ~300 km from Damascus
DOUMA = {"location": "Douma", "latitude": 33.57, "longitude": 36.40}     # ~12 km from Damascus


def ev(day="2024-05-02", place=DAMASCUS, **kw):
    e = {"event_date": day, "event_type": "Battles", "sub_event_type": "Armed clash",
         "actor1": "Military Forces of Syria", "actor2": "Islamic State (Syria)", "country": "Syria",
         "fatalities": 0, **place}
    e.update(kw)
    return e


def doc(events, id_="r1"):
    return GoldDoc(article=Article(id_, "نص", published=date(2024, 5, 2)), events=tuple(events))


@pytest.mark.parametrize("name, kind", [
    ("Military Forces of Syria (2000-2024)", "military"),
    ("Police Forces of Egypt", "police"),
    ("Civilians (Yemen)", "civilians"),
    ("Protesters (Sudan)", "protesters"),
    ("Rioters (Iraq)", "rioters"),
    ("Unidentified Armed Group (Libya)", "unidentified"),
    ("Hezbollah", "named"),
    ("", "none"),
    (None, "none"),
])
def test_actor_kind(name, kind):
    assert actor_kind(name) == kind


@pytest.mark.parametrize("golds, records, cause", [
    ([], [ev()], "on a negative report"),
    ([ev()], [ev(), ev(place=DOUMA)], "second record"),
    ([ev()], [ev(place=ALEPPO)], "place off"),
    ([ev()], [ev(day="2024-04-20")], "date off"),
    ([ev()], [ev(day="2024-04-20", place=ALEPPO)], "place and date off"),
])
def test_unmatched_predictions_by_cause(golds, records, cause):
    kinds = error_kinds([doc(golds)], {"r1": records})
    assert kinds.unmatched[cause] == 1 and sum(kinds.unmatched.values()) == 1


@pytest.mark.parametrize("golds, records, cause", [
    ([ev()], [], "no record in report"),
    ([ev(), ev(place=DOUMA)], [ev()], "covered by another"),
    ([ev()], [ev(place=ALEPPO)], "place off"),
    ([ev()], [ev(day="2024-04-20")], "date off"),
    ([ev()], [ev(day="2024-04-20", place=ALEPPO)], "nothing near"),
])
def test_missed_gold_by_cause(golds, records, cause):
    kinds = error_kinds([doc(golds)], {"r1": records})
    assert kinds.missed[cause] == 1
    assert kinds.missed_by_type[("Battles", cause)] == 1


def test_actor_errors_and_tolls_are_counted_on_pairs_only():
    golds = [ev(actor2="Civilians (Syria)", fatalities=3), ev(place=ALEPPO, actor1="Hezbollah", fatalities=2)]
    records = [ev(actor2="", fatalities=5), ev(place=ALEPPO, actor1="Unidentified Armed Group (Syria)", fatalities=0)]
    kinds = error_kinds([doc(golds)], {"r1": records})
    assert kinds.actors["actor2"] == {("civilians", "none"): 1}
    assert kinds.actors["actor1"] == {("named", "unidentified"): 1}
    assert kinds.fatalities == {"over": 1, "predicted 0": 1}


def test_eval_prints_error_kinds(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "r1", "published": "2024-05-02", "text": "نص",
                                "events": [ev(), ev(place=ALEPPO)]}, ensure_ascii=False) + "\n", encoding="utf-8")
    preds = tmp_path / "pred.jsonl"
    preds.write_text("".join(json.dumps({**r, "article_id": "r1"}, ensure_ascii=False) + "\n"
                             for r in (ev(), ev(place=DOUMA))), encoding="utf-8")
    out = CliRunner().invoke(main, ["eval", str(gold), "--predictions", str(preds), "--errors"])
    assert out.exit_code == 0, out.output
    assert "error kinds" in out.output
    assert "second record" in out.output and "place off" in out.output
    js = CliRunner().invoke(main, ["eval", str(gold), "--predictions", str(preds), "--errors", "--json"])
    assert json.loads(js.output)["error_kinds"]["missed_gold"] == {"place off": 1}
