"""Acceptance, with the real extractor: two syndicated copies of one report and three
differently-worded reports of one attack (different figures) become one merged event with
three sources and a low/best/high."""
from __future__ import annotations

import json

import pytest

from hadath.batch.engine import IngestOptions, ingest, merged_events
from hadath.store import open_store

A = ("إدلب - عنب بلدي: قتل خمسة مدنيين وأصيب عشرة آخرون، صباح اليوم الثلاثاء، في غارة جوية شنها الطيران "
     "الحربي الروسي على سوق شعبي في مدينة سراقب بريف إدلب الشرقي، بحسب ما أفاد به الدفاع المدني السوري. "
     "وقال الدفاع المدني إن فرقه انتشلت الجثث من تحت الأنقاض ونقلت الجرحى إلى المشافي القريبة، مشيرا إلى "
     "أن الغارة أدت إلى دمار كبير في المحال التجارية.")
A_COPY = ("عاجل | " + A.replace("إدلب - عنب بلدي: ", "") +
          "\nتابعونا على قناتنا في تلغرام للمزيد من الأخبار العاجلة. جميع الحقوق محفوظة.")
B = ("أفاد المرصد السوري لحقوق الإنسان بمقتل سبعة مدنيين، بينهم طفلان، جراء غارات نفذتها طائرات حربية روسية "
     "على مدينة سراقب في ريف إدلب، اليوم الثلاثاء. وأضاف المرصد أن عدد القتلى مرشح للارتفاع بسبب وجود جرحى "
     "في حالات خطرة.")
C = ("استهدفت طائرات روسية سوقا في سراقب شرقي إدلب، الثلاثاء، ما أسفر عن مقتل 6 أشخاص على الأقل وإصابة "
     "آخرين، وفق مصادر محلية تحدثت لوكالة الأناضول.")
OTHER = ("خرج مئات المتظاهرين في مدينة السويداء، اليوم الثلاثاء، مطالبين بتحسين الأوضاع المعيشية والإفراج عن "
         "المعتقلين، ورفعوا لافتات تندد بارتفاع الأسعار.")


@pytest.fixture
def reports(tmp_path):
    rows = [("enab-1", A, "عنب بلدي", "https://www.enabbaladi.net/archives/1"),
            ("copy-1", A_COPY, "شبكة شام", "https://shaam.example/news/77"),
            ("sohr-1", B, "المرصد السوري", "https://www.syriahr.com/ar/1"),
            ("aa-1", C, "الأناضول", "https://www.aa.com.tr/ar/1"),
            ("suwayda", OTHER, "السويداء 24", "https://suwayda24.example/2")]
    p = tmp_path / "reports.jsonl"
    p.write_text("\n".join(json.dumps({"id": i, "text": t, "source": s, "url": u, "published": "2024-03-05"},
                                      ensure_ascii=False) for i, t, s, u in rows), encoding="utf-8")
    return p


def test_syndicated_copy_and_three_reports_merge(reports, tmp_path):
    db = str(tmp_path / "acc.sqlite")
    rep = ingest([str(reports)], IngestOptions(db=db, semantic=False, progress=False, workers=1),
                 report=lambda m: None)
    assert rep.failed == 0
    assert rep.duplicates["near"] == 1 and rep.stored == 4
    store = open_store(db)
    try:
        merged = merged_events(store)
        attack = [m for m in merged if m.source_count >= 2]
        assert len(attack) == 1
        m = attack[0]
        assert m.article_ids == ("aa-1", "enab-1", "sohr-1")
        assert m.source_count == 3
        assert set(m.outlets) == {"عنب بلدي", "المرصد السوري", "الأناضول"}
        assert (m.fatalities_low, m.fatalities_best, m.fatalities_high) == (5, 5, 7)
        assert sorted(m.figures) == [5, 6, 7]
        assert m.event.location == "Saraqib"
        clusters = {r["cluster_id"] for r in store.events(with_text=False) if r["article_id"] in m.article_ids
                    and r["location"] == "Saraqib"}
        assert clusters == {m.cluster_id}
    finally:
        store.close()
    # the same merged event through `hadath export --merged`
    import csv
    import io

    from click.testing import CliRunner

    from hadath.cli import main

    res = CliRunner().invoke(main, ["export", "--db", db, "--merged", "--format", "acled-csv"])
    assert res.exit_code == 0, res.output
    rows = [r for r in csv.DictReader(io.StringIO(res.stdout)) if r["location"] == "Saraqib"]
    assert len(rows) == 1
    row = rows[0]
    assert row["article_id"] == "aa-1;enab-1;sohr-1"
    assert (row["fatalities_low"], row["fatalities"], row["fatalities_high"]) == ("5", "5", "7")
    assert "sources=3" in row["tags"] and "المرصد السوري" in row["source"]
