"""Roles from Arabic structure: active/passive, من قبل، على يد، بنيران، برصاص، استهدف X Y،
مقتل N من عناصر X, تعرض X لهجوم. End to end over the real pipeline (actor layer included)."""
from __future__ import annotations

from datetime import date

import pytest

import hadath
from tests.events.conftest import sentence_pipeline
from hadath.types import Article

SYRIA_ARMY = "Military Forces of Syria (2000-2024)"
CASES = [
    # (sentence, sub_event_type, actor1, actor2, fatalities)
    ("قتل الجيش السوري ثلاثة عناصر من تنظيم داعش في بادية حمص.",
     "Armed clash", SYRIA_ARMY, "Islamic State (Syria)", 3),
    ("قتل ثلاثة مدنيين برصاص قوات الأمن العراقية في البصرة.",
     "Attack", "Police Forces of Iraq", "Civilians (Iraq)", 3),
    ("قتل جنديان من الجيش العراقي على يد مسلحين من تنظيم داعش في كركوك.",
     "Armed clash", "Islamic State (Iraq)", "Military Forces of Iraq", 2),
    ("تعرضت دورية للجيش اللبناني لهجوم من قبل مسلحين مجهولين في عرسال.",
     "Armed clash", "Unidentified Armed Group (Lebanon)", "Military Forces of Lebanon", 0),
    ("قتل مدني بنيران الجيش التركي في ريف الحسكة.",
     "Attack", "Military Forces of Turkey", "Civilians (Syria)", 1),
    ("استهدف الجيش السوري مواقع هيئة تحرير الشام في ريف إدلب بالمدفعية.",
     "Shelling/artillery/missile attack", SYRIA_ARMY, "HTS: Hayat Tahrir al-Sham", 0),
    ("أسفر الهجوم عن مقتل خمسة من عناصر قوات سوريا الديمقراطية في دير الزور.",
     "Armed clash", "Unidentified Armed Group (Syria)", "SDF: Syrian Democratic Forces", 5),
    ("اعتقلت الشرطة العراقية قياديا في تنظيم داعش في الموصل.",
     "Arrests", "Police Forces of Iraq", "Islamic State (Iraq)", 0),
    ("اختطف الحوثيون صحفيا في صنعاء.",
     "Abduction/forced disappearance", "Houthi Movement", "Civilians (Yemen)", 0),
    # the doer named by the genitive of a verbal noun of the frame (the main verb names none)
    ("قتل ثلاثة مدنيين جراء قصف مليشيات حفتر على أحياء طرابلس.",
     "Shelling/artillery/missile attack", "LNA: Libyan National Army", "Civilians (Libya)", 3),
    # استهداف X لـY / استهداف X مواقع: X is the doer, not the target
    ("قتل ستة مدنيين جراء استهداف قوات النظام لحافلة في مدينة دوما.",
     "Attack", SYRIA_ARMY, "Civilians (Syria)", 6),
    # who was hit, told in the consequence clause (ما أسفر عن إصابات في صفوف المدنيين)
    ("وقصفت قوات النظام مدينة تلبيسة بقذائف الهاون والدبابات؛ ما أسفر عن وقوع إصابات في صفوف المدنيين.",
     "Shelling/artillery/missile attack", SYRIA_ARMY, "Civilians (Syria)", 0),
    # ground changes hands between two sides: the other one is named nearby; a crowd word in
    # an armed group's name (الحشد) is no mob; Islamic State takes the event's country
    ("وقال الجيش إن قواته حررت بلدة قعطبة بعد معارك عنيفة مع مليشيا الحوثي.",
     "Government regains territory", "Military Forces of Yemen", "Houthi Movement", 0),
    ("وتمكنت قوات الحشد الشعبي من تحرير قرى غربي مدينة تلعفر بعد معارك مع تنظيم داعش.",
     "Non-state actor overtakes territory", "PMF: Popular Mobilization Forces", "Islamic State (Iraq)", 0),
    # an act with no doer in its clause, in a story that names one armed group just before
    ("صعدت حركة الشباب عملياتها في المنطقة. وانفجرت عبوة ناسفة في سوق مدينة جوهر ما أدى إلى مقتل مدنيين اثنين.",
     "Remote explosive/landmine/IED", "Al Shabaab", "Civilians (Somalia)", 2),
    # a nationality adjective inside the strike phrase names the state that struck
    ("قتل خمسة أشخاص في ضربة إسرائيلية استهدفت بلدة حناويه قرب صور.",
     "Air/drone strike", "Military Forces of Israel", "Civilians (Lebanon)", 5),
]


@pytest.fixture(scope="module")
def pipeline():
    return sentence_pipeline()


@pytest.mark.parametrize("text,sub,actor1,actor2,deaths", CASES)
def test_roles(pipeline, text, sub, actor1, actor2, deaths):
    doc = pipeline(Article("r", text, published=date(2023, 5, 10)))
    got = [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in doc.events]
    assert (sub, actor1, actor2, deaths) in got, got
    ev = doc.events[0]
    assert ev.evidence["actor1"][0].of(text) if ev.actor1 and "Unidentified" not in ev.actor1 else True
    codes = sorted(c for c in (ev.inter1, ev.inter2) if c is not None)
    assert ev.interaction == (codes[0] * 10 + codes[1] if len(codes) == 2 else codes[0] * 10)
