"""actors65: whose army a bare الجيش is, and which party "الحزب" points back to (issue #9).

A town's name inside a mountain's or desert's name (جبل الزاوية) names no town: it casts no
vote for the country of a bare army (mentions.actors_country.feature_name). "الحزب" (عناصر
الحزب، مقاتلي الحزب) is the party the report named before (حزب العمال الكردستاني), and
Hezbollah only in a Lebanese report that named none (actors_anaphors.tsv)."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.mentions.actors import ActorStage
from hadath.pipeline import PipelineConfig
from hadath.text.stage import TextStage
from hadath.types import Article, Doc

PUB = date(2023, 6, 1)
SYRIA = "Military Forces of Syria (2000-2024)"


def refs(text: str) -> list[tuple[str, str]]:
    doc = TextStage()(Doc(Article(id="t", text=text, published=PUB)))
    doc = ActorStage(PipelineConfig())(doc)
    return [(m.surface, m.value.name) for m in doc.mentions_of("actor")]


# (text, a surface of the army, its name): the town in the mountain's name casts no vote
MOUNTAIN = [
    ("قصفت مدفعية الجيش مواقع في جبل الزاوية بريف إدلب الجنوبي ما أدى إلى مقتل مدنيين.",
     "مدفعية الجيش", SYRIA),
    ("استهدفت قوات الجيش بالمدفعية الثقيلة قرى جبل الزاوية جنوبي إدلب.", "قوات الجيش", SYRIA),
    ("سقطت قذائف أطلقها الجيش على بلدات بجبل الزاوية في ريف إدلب.", "الجيش", SYRIA),
    # control: the town itself still names Libya
    ("قصفت مدفعية الجيش أحياء في مدينة الزاوية غرب طرابلس.", "مدفعية الجيش",
     "Military Forces of Libya (2021-) Government of National Unity"),
]


@pytest.mark.parametrize("text,surface,name", MOUNTAIN)
def test_town_inside_a_mountain_name_casts_no_vote(text, surface, name):
    got = dict(refs(text))
    assert got.get(surface) == name, got


PKK = "PKK: Kurdistan Workers Party"
HEZBOLLAH = "Hezbollah"

# (text, the name "الحزب" takes)
PARTY = [
    ("قتل جنديان تركيان في هجوم لحزب العمال الكردستاني على قاعدة في ولاية هكاري. وقال مسؤول إن "
     "مقاتلي الحزب هاجموا القاعدة بالأسلحة الثقيلة.", PKK),
    ("اشتبك الجيش التركي مع حزب العمال الكردستاني في شرناق. وقتل خمسة من عناصر الحزب في الاشتباكات.",
     PKK),
    ("اندلعت اشتباكات بين الجيش التركي ومسلحي حزب العمال الكردستاني في ولاية شرناق، وقتل ثلاثة من "
     "مقاتلي الحزب.", PKK),
    # Hezbollah named before, or a Lebanese report naming no party
    ("شن الطيران الإسرائيلي غارة على موقع لحزب الله في بلدة الخيام، وقال الجيش الإسرائيلي إنه قتل "
     "ثلاثة من مقاتلي الحزب.", HEZBOLLAH),
    ("استهدفت غارة إسرائيلية سيارة في بلدة النبطية جنوب لبنان ما أدى إلى مقتل اثنين من عناصر الحزب.",
     HEZBOLLAH),
]


@pytest.mark.parametrize("text,name", PARTY)
def test_the_party_is_the_party_named(text, name):
    got = [n for s, n in refs(text) if s.endswith("الحزب")]
    assert got and all(n == name for n in got), refs(text)


# "the Iraqi Hezbollah" after a militia noun is Kataib Hezbollah, not the longer Hezbollah alias
# (ميليشيا حزب الله) with العراقي left over. (text, surface, name)
IRAQI_HEZBOLLAH = [
    ("ووجه أهالي المنطقة أصابع الاتهام إلى ميليشيا حزب الله العراقي في ريف الرقة.",
     "ميليشيا حزب الله العراقي", "Kataib Hezbollah"),
    ("قصفت مسيرة أمريكية مقرا لمليشيا حزب الله العراقي قرب القائم.", "مليشيا حزب الله العراقي",
     "Kataib Hezbollah"),
    # control: the Lebanese party's militia
    ("هاجمت ميليشيا حزب الله مواقع في القصير.", "ميليشيا حزب الله", HEZBOLLAH),
]


@pytest.mark.parametrize("text,surface,name", IRAQI_HEZBOLLAH)
def test_iraqi_hezbollah_militia(text, surface, name):
    got = dict(refs(text))
    assert got.get(surface) == name, got
