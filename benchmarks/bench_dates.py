"""Speed of the dates stage (prints figures; not a test).

    .venv/bin/python benchmarks/bench_dates.py [N]

Builds 2-3 KB Arabic news articles (the shared worked example cut to size, plus synthetic
reports with many date forms), runs the text stage once, then times the dates stage alone and
text+dates together.
"""
from __future__ import annotations

import random
import sys
import time
from datetime import date
from pathlib import Path

from hadath.mentions.dates import DateStage
from hadath.text.stage import TextStage
from hadath.types import Article, Doc

SNIPPETS = [
    "قتل ثلاثة مدنيين أمس في قصف مدفعي على ريف إدلب الجنوبي، بحسب ما أفاد المرصد السوري.",
    "وفي الـ26 من كانون الأول/ ديسمبر الماضي تعرضت مدينة الرقة لهجوم شنه مسلحون.",
    "وقال مصدر أمني إن الاشتباكات اندلعت فجر الأحد واستمرت حتى ساعات الصباح.",
    "وكانت القوات قد سيطرت على البلدة عام 2017 بعد معارك استمرت أشهرا.",
    "وأعلنت الوزارة اليوم الإثنين مقتل خمسة عناصر في كمين على طريق دير الزور.",
    "وشهدت المدينة خلال الأسبوع الماضي احتجاجات واسعة للمطالبة بتحسين الخدمات.",
    "وأفادت مصادر محلية بأن طائرة مسيرة استهدفت سيارة في 12 جانفي 2023 قرب الحدود.",
    "ويقول السكان إن الوضع الإنساني يتدهور منذ ثلاثة أيام بسبب الحصار المفروض.",
    "وأضاف البيان أن التنظيم يحاول إعادة ترتيب صفوفه في منطقة البادية السورية.",
    "ونقلت وكالة الأنباء الرسمية عن مسؤول قوله إن الهجوم لن يمر دون رد.",
    "وذكر ناشطون أن دوريات عسكرية انتشرت في الأحياء الشرقية من المدينة.",
    "بتاريخ 26/12/2022 أصدرت المحكمة حكما بسجن ثلاثة متهمين.",
]


def articles(n: int) -> list[Article]:
    rnd = random.Random(7)
    example = Path("/work/shared/examples/sdf-raqqa-statement.ar.txt")
    out = []
    if example.exists():
        t = example.read_text(encoding="utf-8")[:2800]
        out.append(Article("example", t, published=date(2022, 12, 29)))
    while len(out) < n:
        parts, size, target = [], 0, rnd.randint(2000, 3000)
        while size < target:
            s = rnd.choice(SNIPPETS)
            parts.append(s)
            size += len(s.encode("utf-8")) + 1
        out.append(Article(f"a{len(out)}", " ".join(parts), published=date(2023, 3, 12)))
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    arts = articles(n)
    text, dates = TextStage(), DateStage(None)
    dates(text(Doc(arts[0])))  # warm caches and compile patterns
    t0 = time.perf_counter()
    docs = [text(Doc(a)) for a in arts]
    t1 = time.perf_counter()
    c1 = time.process_time()
    mentions = 0
    for d in docs:
        mentions += len(dates(d).mentions)
    t2 = time.perf_counter()
    c2 = time.process_time()
    kb = sum(len(a.text.encode("utf-8")) for a in arts) / len(arts) / 1024
    print(f"articles: {len(arts)}  mean size: {kb:.1f} KB  date mentions: {mentions}")
    print(f"text stage : {(t1 - t0) / len(arts) * 1e3:.3f} ms/article")
    print(f"dates stage: {(t2 - t1) / len(arts) * 1e3:.3f} ms/article "
          f"({len(arts) / (t2 - t1):.0f} articles/s on one core); "
          f"CPU time {(c2 - c1) / len(arts) * 1e3:.3f} ms/article")


if __name__ == "__main__":
    main()
