"""Mechanisms of the thirty-first round (issue #9): a repelled attack told with its doer by name
- the genitive of a repel phrase's attack noun (صد هجوم لX) or the object with ل of a verb or
noun of confronting (تصدى لX، تصديه لX) - gives that doer as actor1 and the side that met it as
actor2, whoever tells it (the lead's convention: ACLED lists the initiator first); a group
described after a comma by its parent (جبهة النصرة، ذراع تنظيم القاعدة) is the side, not the
parent; a possessive suffix agrees with the group it points back to (عناصره: not قوات X); a unit noun
with a country's adjective is that country's military (وحدة إسرائيلية خاصة); a co-subject set off by commas
(، ووحدات المستعربين،) is the subject's side; the dead named before a verb of dying were hit by the genitive of the
act after it (لقوا حتفهم جراء قصف مدفعي لقوات X) (docs/notes/actors31.md). The sentences are made up in the style of the wire copy, never copied
from it."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

D24 = date(2024, 5, 1)
SHABAAB, SOMALIA = "Al Shabaab", "Military Forces of Somalia"
IS_IRAQ, HOUTHI, YEMEN = "Islamic State (Iraq)", "Houthi Movement", "Military Forces of Yemen"
ISRAEL, HEZBOLLAH = "Military Forces of Israel", "Hezbollah"

# (actor1, actor2): the attacker, then the side that repelled it
REPELLED = {
    # the genitive of the attack noun of a repel phrase (صد هجوم لX، صد هجوما لX): the doer,
    # the speaker or the subject of the repel verb the side that met it
    (SHABAAB, SOMALIA): [
        "أعلن الجيش الصومالي صد هجوم لحركة الشباب على قاعدة عسكرية في بلدة بارديري.",
        "قال الجيش الصومالي إنه صد هجوما لحركة الشباب على مواقعه في بلدة بارديري.",
        "تمكن الجيش الصومالي من صد هجوم لحركة الشباب على بلدة بارديري.",
    ],
    (IS_IRAQ, "Military Forces of Iraq"): [
        "تمكنت القوات العراقية من صد هجوم لتنظيم داعش على قرية في قضاء الطارمية.",
        "أعلنت القوات العراقية صد هجوم لتنظيم داعش على قرية في قضاء الطارمية.",
    ],
    ("SNA: Syrian National Army", "SDF: Syrian Democratic Forces"): [
        "أعلنت قوات سوريا الديمقراطية صد هجوم لفصائل موالية لتركيا على قرية في ريف منبج.",
    ],
    (HOUTHI, YEMEN): [
        "قال الجيش الوطني إنه صد هجوما لمليشيا الحوثي على مواقعه في جبهة صرواح.",
    ],
    # the object with ل of a verb or noun of confronting (function_words repel_lam), past the
    # verb's own subject or a member noun and من
    (ISRAEL, HEZBOLLAH): [
        "أعلن حزب الله تصديه لقوة إسرائيلية حاولت التسلل إلى بلدة عيتا الشعب.",
    ],
    (IS_IRAQ, "Police Forces of Iraq"): [
        "تصدت قوات الأمن العراقية لعناصر من تنظيم داعش هاجموا نقطة تفتيش في قضاء الحويجة.",
    ],
    ("JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali"): [
        "تصدى الجيش المالي لمسلحين من جماعة نصرة الإسلام والمسلمين في منطقة موبتي.",
    ],
}

# guards: tellings main already read with the attacker first stay so
KEPT = {
    (HOUTHI, "Giants Brigades"): [
        "صدت ألوية العمالقة هجوما حوثيا في مديرية حريب، ما أسفر عن مقتل سبعة من عناصر الميليشيا.",
    ],
    (HOUTHI, YEMEN): [
        "صد الجيش الوطني هجوما لميليشيا الحوثي في جبهة الكسارة غرب مأرب.",
    ],
    (SOMALIA, SHABAAB): [
        "تصدى مقاتلو حركة الشباب لهجوم للقوات الصومالية في إقليم شبيلي الوسطى.",
    ],
    ("Unidentified Armed Group (Syria)", "Military Forces of Syria (2000-2024)"): [
        "تصدت وحدات من الجيش السوري لهجوم شنته مجموعات إرهابية على نقاط عسكرية في ريف حماة الشمالي.",
    ],
}


def _cases(table):
    return [(text, want) for want, texts in table.items() for text in texts]


# guards: what a repel verb meets that is no armed side - a strike met by air defences, a crowd
# met by the police - is read as before (sub-type, actor1)
MET = [
    ("تصدت الدفاعات الجوية لصواريخ إسرائيلية في سماء ريف دمشق وأسقطت معظمها.",
     ("Disrupted weapons use", "Military Forces of Syria (2000-2024)")),
    ("تصدت قوات الأمن لمتظاهرين حاولوا اقتحام مبنى المحافظة في البصرة.",
     ("Violent demonstration", "Rioters (Iraq)")),
]


@pytest.mark.parametrize("text, want", MET)
def test_a_repel_verb_meeting_no_armed_side(pipeline, text, want):
    (e,) = events(pipeline, text, published=D24)
    assert (e.sub_event_type, e.actor1) == want


@pytest.mark.parametrize("text, want", _cases(REPELLED))
def test_a_repelled_attack_gives_its_doer_first(pipeline, text, want):
    (e,) = events(pipeline, text, published=D24)
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Armed clash", *want)


@pytest.mark.parametrize("text, want", _cases(KEPT))
def test_a_repelled_attack_already_read_stays(pipeline, text, want):
    (e,) = events(pipeline, text, published=D24)
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Armed clash", *want)


# a group described after a comma by a noun of a branch (function_words branch: ذراع، فرع، جناح)
# and the group it belongs to: that parent is no side - the one before the comma is
# (role_words.group_described, read by voice.frame_slots); (sub-type, actor1)
DESCRIBED = [
    ("وكان تحالف لفصائل معارضة بينها جبهة النصرة، ذراع تنظيم القاعدة في سوريا، قد هاجم بلدة نبل.",
     ("Armed clash", "Jabhat al-Nusra")),
    ("وكانت فصائل بينها حركة الشباب، ذراع تنظيم القاعدة في الصومال، قد هاجمت قاعدة للجيش الصومالي في"
     " بلدة جناله.", ("Armed clash", SHABAAB)),
]
# guards: main already read these; a list going on with و is a side of its own
DESCRIBED_KEPT = [
    ("هاجمت جبهة النصرة، فرع تنظيم القاعدة في سوريا، مواقع للجيش السوري في ريف إدلب.",
     ("Armed clash", "Jabhat al-Nusra")),
    ("أعلنت كتائب القسام، الجناح العسكري لحركة حماس، قصف مستوطنة سديروت بصواريخ.",
     ("Shelling/artillery/missile attack", "Hamas Movement")),
    ("اعتقلت قوات الأمن، وفرع الأمن العسكري، ثلاثة ناشطين في مدينة درعا.",
     ("Arrests", "Police Forces of Syria (2000-2024)")),
]



# a group noun with a third-person suffix points back to the last group named or read by an
# anaphor (وأفاد الحزب بأن مقاتليه); a masculine suffix (ه: عناصره، جنوده) to none whose head
# is marked feminine (قوات، قوة: they take ها) - actors_words.tsv third_masculine, feminine_end
AGREEING = [
    ("أعلن حزب الله أن قوات إسرائيلية حاولت التقدم نحو بلدة عيترون. وأفاد الحزب بأن مقاتليه فجروا عبوة"
     " ناسفة بالقوة المتقدمة.", ("Remote explosive/landmine/IED", HEZBOLLAH)),
    ("تقدم الجيش السوداني نحو مواقع قوات الدعم السريع في أم درمان، وقال مصدر عسكري إن جنوده قتلوا 30"
     " عنصرا من المتمردين.", ("Armed clash", "Military Forces of Sudan (2019-)")),
    ("قال حزب الله في بيان إن قوة إسرائيلية توغلت في بلدة كفركلا. وأضاف الحزب أن عناصره استهدفوها بقذائف"
     " المدفعية.",
     ("Shelling/artillery/missile attack", HEZBOLLAH)),
]
# guards: a feminine suffix (ها) and a masculine one whose antecedent is masculine
AGREEING_KEPT = [
    ("هاجمت حركة الشباب قاعدة للجيش الصومالي في بلدة بولو مرير، وقال سكان إن عناصرها قتلوا أربعة جنود.",
     ("Armed clash", SHABAAB)),
    ("هاجم تنظيم داعش مواقع قوات سوريا الديمقراطية في ريف دير الزور، وقال مصدر إن عناصره قتلوا ثلاثة من"
     " المقاتلين الأكراد.", ("Armed clash", "Islamic State (Syria)")),
]



# a unit noun (actors_words.tsv unit_noun: وحدة، كتيبة، مفرزة ...) with a country's adjective
# right after it is that country's military (mentions.actors_units); (sub-type, actor1)
UNITS = [
    ("اعتقلت وحدة إسرائيلية خاصة فلسطينيين اثنين من مدينة جنين.", ("Arrests", ISRAEL)),
    ("داهمت وحدة إسرائيلية خاصة منزلا في بلدة عزون واعتقلت شابا.", ("Arrests", ISRAEL)),
    ("اختطفت وحدات إسرائيلية خاصة ثلاثة شبان من مخيم بلاطة.", ("Abduction/forced disappearance", ISRAEL)),
    ("اعتقلت مفرزة تركية خمسة مهربين قرب الحدود في ريف إدلب.", ("Arrests", "Military Forces of Turkey")),
]
# guards: a patrol the lexicon already reads by its adjective; a unit noun with no country's
# adjective is no actor
UNITS_KEPT = [
    ("استهدف انفجار عبوة ناسفة دورية تركية في ريف إدلب الجنوبي.",
     ("Remote explosive/landmine/IED", "Unidentified Armed Group (Syria)")),
    ("قتلت الشرطة مسلحا في حي الصافية بعد أن أعلنت وحدة سكنية خالية.",
     ("Armed clash", "Police Forces of Syria (2000-2024)")),
]


D16 = date(2016, 5, 1)  # (جبهة النصرة is Jabhat al-Nusra until 2016-07-27)
DOERS = [(text, want, D16) for text, want in DESCRIBED + DESCRIBED_KEPT] + [
    (text, want, D24) for text, want in AGREEING + AGREEING_KEPT + UNITS + UNITS_KEPT]


@pytest.mark.parametrize("text, want, published", DOERS)
def test_the_doer(pipeline, text, want, published):
    evs = events(pipeline, text, published=published)
    assert evs and all((e.sub_event_type, e.actor1) == want for e in evs)


# a co-subject set off by commas, after و and a member or unit noun (، ووحدات المستعربين،
# وعناصر من ميليشيا X،) is joined to the subject (marks.coordinated): the same side, never the
# side hit; a reciprocal verb's two subjects stay the two sides; (sub-type, actor1, actor2)
CO_SUBJECTS = [
    ("اقتحمت قوات كبيرة من جيش الاحتلال، ووحدات المستعربين، مدينة ومخيم جنين، ودارت مواجهات عنيفة في أزقة"
     " المخيم.", ("Armed clash", ISRAEL, None)),
    ("اقتحمت قوات الاحتلال، ووحدات المستعربين، بلدة قباطية واعتقلت ثلاثة شبان.",
     ("Arrests", ISRAEL, "Civilians (Palestine)")),
    ("شنت قوات الجيش السوري، وعناصر من ميليشيا الدفاع الوطني، هجوما على مواقع المعارضة في ريف حماة.",
     ("Armed clash", "Military Forces of Syria (2000-2024)", None)),
    # guard
    ("اشتبكت قوات الأمن العراقية، وعناصر من تنظيم داعش، في قضاء الحويجة.",
     ("Armed clash", "Police Forces of Iraq", IS_IRAQ)),
]


@pytest.mark.parametrize("text, want", CO_SUBJECTS)
def test_a_co_subject_is_no_side_hit(pipeline, text, want):
    (e,) = events(pipeline, text, published=D24)
    assert (e.sub_event_type, e.actor1, e.actor2) == want


# people named before a verb of dying (لقوا حتفهم، فقدوا حياتهم) are the dead; the genitive of
# an unvocalized قصف right after a cause word (جراء، إثر: the verbal noun) did it
# (voice._cause_doer) - never the dead as the doer and the shelling side as the one hit
DIED_BY = [
    ("خمسة مدنيين فقدوا حياتهم وأصيب آخرون، جراء قصف مكثف لقوات الحكومة السورية على بلدة إحسم بريف إدلب.",
     ("Military Forces of Syria (2000-2024)", "Civilians (Syria)")),
    ("ثلاثة مدنيين لقوا حتفهم جراء قصف مدفعي لقوات النظام على بلدة كفرنبل.",
     ("Military Forces of Syria (2000-2024)", "Civilians (Syria)")),
    ("ستة مدنيين لقوا مصرعهم إثر قصف صاروخي لقوات الدعم السريع على حي سكني في مدينة الفاشر.",
     ("RSF: Rapid Support Forces", "Civilians (Sudan)")),
    # guards: the verb first
    ("فقد ثلاثة مواطنين حياتهم جراء قصف مدفعي لميليشيا الحوثي على حي سكني في مدينة تعز.",
     (HOUTHI, "Civilians (Yemen)")),
    ("لقي جنديان مصرعهما إثر هجوم لمسلحي حركة الشباب على قاعدة في بلدة أفجوي.", (SHABAAB, SOMALIA)),
]


@pytest.mark.parametrize("text, want", DIED_BY)
def test_the_dead_before_a_verb_of_dying(pipeline, text, want):
    evs = events(pipeline, text, published=D24)
    assert evs and all((e.actor1, e.actor2) == want for e in evs)
