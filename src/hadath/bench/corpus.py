"""A corpus generator: realistic Arabic conflict reports at any size, deterministic by seed.

Each article has a dateline, an event paragraph built from templates (attacker, attack, place,
casualties, date word), attributions and background paragraphs, sized to ``size`` bytes
(UTF-8). ``syndicate`` is the share of articles that are re-published copies of an earlier one
with another header/footer (near-duplicates); ``retell`` the share that report an earlier
event in other words with another figure (to be merged).
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Iterator

from hadath.bench.lexicon import Lexicon, load_lexicon
from hadath.types import Article

WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
LEADS = (
    "{kill} {n} {victims} وأصيب آخرون بجروح، {when}، جراء {attack} نفذه {actor} على {where}.",
    "أفادت مصادر محلية بمقتل {n} {victims} في {attack} شنه {actor} {when} على {where}.",
    "استهدف {actor} {when} {where} بـ{attack}، ما أسفر عن سقوط {n} قتلى من {victims} وإصابة آخرين.",
    "ارتفعت حصيلة ضحايا {attack} الذي استهدف {where} {when} إلى {n} قتلى من {victims}، بحسب {outlet}.",
)
WHERE = ("مدينة {town} في ريف {gov}", "بلدة {town} بريف {gov}", "سوقا شعبيا في {town} بمحافظة {gov}",
         "أحياء سكنية في مدينة {town}", "قرية قريبة من {town} في ريف {gov}")
ATTRIB = (
    "وقال الدفاع المدني السوري إن فرقه انتشلت الجثث من تحت الأنقاض ونقلت المصابين إلى المشافي القريبة.",
    "وذكر المرصد السوري لحقوق الإنسان أن عدد القتلى مرشح للارتفاع بسبب وجود إصابات خطيرة.",
    "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى ساعة إعداد هذا التقرير.",
    "ونقلت وكالة الأنباء عن مصدر عسكري قوله إن الهجوم جاء ردا على استهداف مواقع عسكرية في المنطقة.",
    "وأظهرت صور تداولها ناشطون دمارا واسعا في المباني والمحال التجارية.",
)
BACKGROUND = (
    "وتشهد المنطقة تصعيدا عسكريا منذ أسابيع، في ظل تبادل القصف بين الأطراف المتحاربة على خطوط التماس.",
    "ويعيش في المنطقة مئات الآلاف من النازحين الذين فروا من المعارك في السنوات الماضية، وسط ظروف إنسانية صعبة.",
    "وكانت الأمم المتحدة قد حذرت من تدهور الأوضاع الإنسانية، ودعت جميع الأطراف إلى احترام القانون الدولي الإنساني وحماية المدنيين.",
    "ويأتي هذا التطور بعد أيام من اجتماع عقدته الدول الضامنة لبحث الأوضاع الميدانية وسبل تثبيت وقف إطلاق النار.",
    "وتتهم منظمات حقوقية أطراف النزاع باستهداف البنى التحتية والمرافق الطبية والتعليمية بشكل متكرر.",
    "وتسببت الحرب المستمرة منذ عام 2011 بمقتل مئات الآلاف وتشريد الملايين داخل البلاد وخارجها.",
    "وأشار ناشطون إلى أن الطائرات حلقت لساعات في أجواء المنطقة قبل تنفيذ الضربات، ما أثار حالة من الذعر بين السكان.",
    "وفي سياق متصل، شهدت مناطق أخرى في الشمال السوري توترا أمنيا، مع انتشار مكثف للحواجز العسكرية.",
)
HEADERS = ("عاجل | ", "خاص - ", "(تحديث) ", "")
FOOTERS = ("جميع الحقوق محفوظة.", "تابعونا على وسائل التواصل الاجتماعي.", "اقرأ أيضا: تطورات الوضع الميداني.", "")


@dataclass(frozen=True)
class Slots:
    day: date
    town: str
    gov: str
    actor: str
    attack: str
    victims: str
    n: int


def _when(rng: random.Random, day: date, published: date) -> str:
    if day == published:
        return rng.choice(("اليوم", "صباح اليوم", "فجر اليوم"))
    if published - day == timedelta(days=1):
        return rng.choice(("أمس", "مساء أمس", "ليلة أمس"))
    return f"يوم {WEEKDAYS[day.weekday()]}"


def _text(rng: random.Random, s: Slots, outlet: str, published: date, size: int) -> str:
    where = rng.choice(WHERE).format(town=s.town, gov=s.gov)
    lead = rng.choice(LEADS).format(kill="قتل", n=s.n,
                                    victims=s.victims, when=_when(rng, s.day, published), attack=s.attack,
                                    actor=s.actor, where=where, outlet=outlet)
    paras = [f"{s.gov} - {outlet}", lead, " ".join(rng.sample(ATTRIB, 2))]
    bg = list(BACKGROUND)
    rng.shuffle(bg)
    i = 0
    while len("\n".join(paras).encode("utf-8")) < size:
        paras.append(bg[i % len(bg)])
        i += 1
    text = "\n".join(paras)
    raw = text.encode("utf-8")
    if len(raw) > size * 1.15:
        text = raw[: int(size * 1.1)].decode("utf-8", "ignore").rsplit(" ", 1)[0] + "."
    return text


def generate(n: int, *, seed: int = 0, size: tuple[int, int] = (2000, 3000), start: date = date(2024, 1, 1),
             days: int = 365, syndicate: float = 0.0, retell: float = 0.0,
             lexicon: Lexicon | None = None) -> Iterator[Article]:
    lex = lexicon or load_lexicon()
    rng = random.Random(seed)
    made: list[tuple[Slots, str, Article]] = []
    for i in range(n):
        r = rng.random()
        outlet = rng.choice(lex.outlets)
        if made and r < syndicate:
            slots, _, orig = made[rng.randrange(len(made))]
            text = rng.choice(HEADERS) + orig.text + "\n" + rng.choice(FOOTERS)
            yield Article(id=f"g{seed}-{i}", text=text, url=f"https://copy{i % 7}.example.net/{seed}/{i}",
                          published=orig.published, source=outlet, title=orig.title, origin=f"generated:{i}")
            continue
        if made and r < syndicate + retell:
            base, _, _ = made[rng.randrange(len(made))]
            slots = Slots(base.day, base.town, base.gov, base.actor, base.attack, base.victims,
                          max(1, base.n + rng.choice((-2, -1, 1, 2, 3))))
        else:
            town, gov = rng.choice(lex.places)
            slots = Slots(start + timedelta(days=rng.randrange(days)), town, gov, rng.choice(lex.actors),
                          rng.choice(lex.attack_nouns), rng.choice(lex.victims), rng.randint(1, 40))
        published = slots.day + timedelta(days=rng.choice((0, 0, 1)))
        text = _text(rng, slots, outlet, published, rng.randint(*size))
        art = Article(id=f"g{seed}-{i}", text=text, url=f"https://news{i % 13}.example.com/{seed}/{i}",
                      published=published, source=outlet, title=f"{slots.attack} على {slots.town}",
                      origin=f"generated:{i}")
        made.append((slots, outlet, art))
        if len(made) > 5000:
            made.pop(rng.randrange(len(made)))
        yield art


def write_jsonl(path: str | Path, n: int, **options) -> Path:
    """Write ``n`` generated articles as JSONL (the format ``hadath extract``/``ingest`` read)."""
    path = Path(path)
    with path.open("w", encoding="utf-8") as fh:
        for a in generate(n, **options):
            fh.write(json.dumps({"id": a.id, "text": a.text, "url": a.url, "source": a.source, "title": a.title,
                                 "published": a.published.isoformat() if a.published else None},
                                ensure_ascii=False) + "\n")
    return path
