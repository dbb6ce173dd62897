"""Mechanisms of the twenty-seventh round (issue #9), the side acted on (actor2), one report per
row (docs/notes/actors27.md). The sentences are made up in the style of the wire copy the round
read, never copied from it."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events


@pytest.mark.parametrize("text, published, doer", [
    # people named after a harm noun a negation denies (دون وقوع إصابات بين صفوف المدنيين، لم
    # تسفر عن خسائر في صفوف المواطنين) were not hit: no Civilians as the side hit
    # (victims.spared, event_roles.tsv spared_not / spared_harm)
    ("استهدفت الغارات الجوية الروسية محيط قرى أحسم وجوزف في ريف إدلب، واقتصرت أضرارها على الماديات "
     "دون وقوع إصابات بين صفوف المدنيين.", date(2023, 10, 20), "Military Forces of Russia (2000-)"),
    ("شنت طائرات حربية روسية غارات على بلدة كفرنبل في ريف إدلب ولم تسفر عن إصابات في صفوف المدنيين.",
     date(2019, 9, 15), "Military Forces of Russia (2000-)"),
    ("قصفت مدفعية الجيش السوري قرية في ريف حماة، ولم تسفر عن إصابات في صفوف المدنيين.",
     date(2019, 9, 15), "Military Forces of Syria (2000-2024)"),
    ("قصفت طائرات التحالف مواقع في مديرية صرواح دون سقوط ضحايا بين المواطنين.",
     date(2021, 2, 12), "Military Forces of Saudi Arabia"),
])
def test_round27_spared_people_no_side_hit(pipeline, text, published, doer):
    got = events(pipeline, text, published=published)
    assert got and all(e.actor1 == doer and e.actor2 is None for e in got), got


@pytest.mark.parametrize("text, published, doer, hit", [
    # ... but people actually hit, or civilian property aimed at, still are
    ("قتل ثلاثة مدنيين في غارات روسية على بلدة كفرنبل في ريف إدلب.", date(2019, 9, 15),
     "Military Forces of Russia (2000-)", "Civilians (Syria)"),
    ("شنت طائرات روسية غارات على منازل المدنيين في بلدة حيش دون وقوع إصابات.", date(2019, 9, 15),
     "Military Forces of Russia (2000-)", "Civilians (Syria)"),
    # the subject of a foil verb (أحبطت، أفشلت: event_roles.tsv foil) is the side the foiled act
    # was aimed at, never its doer: the attackers are actor1, unknown or named (voice._foiler,
    # dual_sides.foiled_side, sides.story_actor)
    ("أحبطت الشرطة الباكستانية هجوما مسلحا استهدف مركزا أمنيا في مدينة بيشاور، ما أسفر عن مقتل ثلاثة من عناصرها.",
     date(2019, 4, 21), "Unidentified Armed Group (Pakistan)", "Police Forces of Pakistan"),
    ("أفشلت قوات الجيش العراقي هجوما لمسلحين على نقطة عسكرية في قضاء الطارمية، ما أسفر عن مقتل جندي.",
     date(2019, 4, 21), "Unidentified Armed Group (Iraq)", "Military Forces of Iraq"),
    ("أحبطت قوات الأمن هجوما مسلحا على نقطة أمنية في مدينة العريش، ما أسفر عن مقتل جنديين.",
     date(2017, 10, 2), "Unidentified Armed Group (Egypt)", "Police Forces of Egypt"),
    ("أحبطت الشرطة العراقية هجوما مسلحا على نقطة تفتيش في كركوك وقتلت اثنين من المهاجمين.",
     date(2019, 4, 21), "Unidentified Armed Group (Iraq)", "Police Forces of Iraq"),
    ("أحبطت قوات الأمن الداخلي هجوما على حاجز في بلدة خان شيخون وقتل أحد المهاجمين.",
     date(2025, 9, 20), "Unidentified Armed Group (Syria)", "Police Forces of Syria (2024-)"),
    ("أفشلت قوات سوريا الديمقراطية هجوما لتنظيم داعش على بلدة الشحيل وقتلت ثلاثة من عناصره.",
     date(2019, 4, 21), "Islamic State (Syria)", "SDF: Syrian Democratic Forces"),
    ("أحبطت قوات الأمن الداخلي هجوما مسلحا استهدف أحد حواجزها في مدينة حمص، ما أسفر عن مقتل أربعة من "
     "عناصر الحاجز، فيما قتل أحد المسلحين.", date(2025, 9, 20), "Unidentified Armed Group (Syria)",
     "Police Forces of Syria (2024-)"),
    # a harm told first (قتل خمسة أشخاص، قتل جنديان) and its doer as the subject of an act verb
    # right after a when-conjunction (عندما، حين، بعدما: event_roles.tsv when) - past a member
    # noun with من - did it (voice._when_doer), not the side it hit
    ("قتل خمسة أشخاص عندما فتحت قوات الأمن النار على موكب تشييع في مدينة حمص.", date(2012, 4, 10),
     "Police Forces of Syria (2000-2024)", "Civilians (Syria)"),
    ("قتل جنديان عندما هاجم مسلحون من حركة الشباب قاعدة عسكرية في بلدة أفجوي.", date(2019, 4, 10),
     "Al Shabaab", "Military Forces of Somalia"),
    ("قتل ثلاثة مدنيين حين فتحت عناصر من الشرطة النار على سيارتهم عند مدخل مدينة البصرة.", date(2019, 4, 10),
     "Police Forces of Iraq", "Civilians (Iraq)"),
    ("استشهد شاب فلسطيني حين أطلق مستوطنون النار عليه قرب قرية ترمسعيا.", date(2021, 4, 10),
     "Settlers (Israel)", "Civilians (Palestine)"),
    # the side after a "launched it" verb (أطلقتها، أطلقها) fired the shots or the shell that
    # killed someone, past a pronoun of the one fired at (عليه، نحوهم: event_roles.tsv
    # launched_at) and a member noun (sides.launcher, FIRED_OR_HARM)
    ("وقال مسؤول في الوزارة إن الشاب استشهد جراء إصابته بعدة عيارات نارية أطلقتها عليه قوات من "
     "الجيش الإسرائيلي شمال شرق الخليل.", date(2015, 10, 26), "Military Forces of Israel", "Civilians (Palestine)"),
    ("استشهد شاب فلسطيني بعيارات نارية أطلقها عليه جنود الاحتلال قرب مدينة الخليل.", date(2015, 10, 26),
     "Military Forces of Israel", "Civilians (Palestine)"),
    ("قتل مدني بقذيفة أطلقتها قوات النظام على بلدة كفرنبل.", date(2016, 3, 1),
     "Military Forces of Syria (2000-2024)", "Civilians (Syria)"),
    # the side named as the one hit with no doer fell in its own attack (هجومهم: a possessive
    # suffix): it is the doer, and the side holding the ground attacked (التي تسيطر عليها X،
    # الخاضعة لسيطرة X: event_roles.tsv control) the one it fought (dual_sides.own_attack, held_by)
    ("قتل عشرة من مسلحي الحوثي في هجومهم على المنطقة التي تسيطر عليها القوات الحكومية غرب مأرب.",
     date(2021, 2, 12), "Houthi Movement", "Military Forces of Yemen"),
    ("لقي عشرون من عناصر داعش مصرعهم في هجومهم على قرى خاضعة لسيطرة قوات سوريا الديمقراطية في ريف دير الزور.",
     date(2019, 2, 12), "Islamic State (Syria)", "SDF: Syrian Democratic Forces"),
    ("قتل خمسة من عناصر حركة الشباب خلال هجومهم على قاعدة عسكرية في بلدة أفجوي.", date(2019, 2, 12),
     "Al Shabaab", None),
    # ... and so is it for an attack whose doer is named (هاجم X المنطقة التي تسيطر عليها Y)
    ("خلفت المعارك في محافظة مأرب عشرات القتلى والمصابين، مع تصعيد المتمردين الحوثيين هجومهم على "
     "المنطقة التي تسيطر عليها قوات موالية للحكومة.", date(2021, 2, 12), "Houthi Movement", "Military Forces of Yemen"),
    ("شن مسلحو تنظيم داعش هجوما على قرية تسيطر عليها قوات سوريا الديمقراطية في ريف دير الزور.",
     date(2019, 2, 12), "Islamic State (Syria)", "SDF: Syrian Democratic Forces"),
])
def test_round27_side_hit(pipeline, text, published, doer, hit):
    got = events(pipeline, text, published=published)
    assert any(e.actor1 == doer and e.actor2 == hit for e in got), got

