"""A small generated corpus for the acceptance-model tests: short Syrian reports of three kinds
(air strikes, arrests, protests), each naming a town of the bundled gazetteer and a weekday,
so that the pipeline finds one dated, placed candidate event in each."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

TOWNS = ("سراقب", "أريحا", "جسر الشغور", "خان شيخون", "كفرنبل", "بنش", "سرمين", "الأتارب",
         "منبج", "الباب", "اعزاز", "جرابلس", "تل رفعت", "معرة النعمان", "دارة عزة", "حارم")
PUB = date(2024, 3, 14)  # a Thursday; يوم الثلاثاء = 12 March

TEMPLATES = {
    "strike": "شنت طائرات حربية روسية غارات جوية على مدينة {town} في ريف حلب يوم الثلاثاء، ما أسفر عن مقتل {n} مدنيين.",
    "arrest": "اعتقلت قوات الأمن السورية {n} شبان في مدينة {town} يوم الثلاثاء خلال حملة دهم.",
    "protest": "تظاهر مئات الأهالي في مدينة {town} يوم الثلاثاء للمطالبة بالإفراج عن المعتقلين.",
}


def report(kind: str, k: int) -> dict:
    town = TOWNS[k % len(TOWNS)]
    return {"id": f"{kind}-{k:02d}", "text": TEMPLATES[kind].format(town=town, n=3 + k % 5),
            "published": PUB.isoformat()}


def write_gold(path: Path, kinds: dict[str, tuple[int, bool]], pipeline) -> Path:
    """Gold file: for each kind (count, coded), reports whose gold events are the pipeline's own
    candidates (coded) or none (a kind coders do not code)."""
    from hadath.export.records import to_record
    from hadath.types import Article

    lines = []
    for kind, (count, coded) in kinds.items():
        for k in range(count):
            rec = report(kind, k)
            events = []
            if coded:
                doc = pipeline(Article(rec["id"], rec["text"], published=PUB))
                events = [to_record(e, doc.article, i, timestamp=0) for i, e in enumerate(doc.events)]
            lines.append(json.dumps(dict(rec, events=events), ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
