"""Mechanisms of the thirtieth round (issue #9): fire told as coming from a side (قصف مكثف من
قوات X), the subject of تعرض only in its own clause, a weapon's owner named past its unit
(مروحيات تابعة لسلاح جو جيش X), the neighbour across a border casting no vote for a bare
force's country, an attack on a guard post opened by the side that is not its holder, the side
that met an attack whose toll is the attackers' own, and names outlets give the Syrian and
Yemeni governments' forces (docs/notes/actors30.md). The sentences are made up in the style of
the wire copy, never copied from it."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

SYRIA = "Military Forces of Syria (2000-2024)"
SDF = "SDF: Syrian Democratic Forces"
CIV = "Civilians (Syria)"
RSF = "RSF: Rapid Support Forces"
D19, D18, D24 = date(2019, 6, 7), date(2018, 7, 28), date(2024, 2, 26)


LEBANON = ("Unidentified Armed Group (Lebanon)", "Military Forces of Lebanon")
# (place, publication date, actor1, actor2): the reports told so
CASES = {
    # a word of fire, only the words describing it (event_roles.tsv fire_manner, relative
    # adjectives), then من and an actor (marks.fired_by): that actor fired - the doer, also when
    # a verb of aiming follows with its own object
    ("Sabwayran as Sunbulah", D18, SDF, CIV): [
        "وقتل مدني في قرية صابويران بريف حلب الشرقي جراء قصف مماثل من قسد استهدف منازل المدنيين.",
        "وقتل طفل في قرية صابويران بريف حلب الشرقي جراء قصف مكثف من قسد استهدف منازل المدنيين.",
        # (... as before, with no aiming verb after it)
        "وقتل مدنيان بقصف مدفعي مكثف من قوات سوريا الديمقراطية على قرية صابويران بريف حلب الشرقي."],
    ("Kafranbel", D19, SYRIA, CIV): [
        "وقتل طفل في بلدة كفرنبل جنوب إدلب جراء قصف متقطع من قوات النظام استهدف منازل المدنيين.",
        "قتل مدني في بلدة كفرنبل جنوب إدلب بقذائف صاروخية مكثفة من قوات النظام استهدفت السوق الشعبي.",
        # a bare تعرضت takes as its subject only a side named after it or right before it
        # (positions.exposed_subject): the town hit is the subject here, the site's owner fired
        "قتل مدني بعد أن تعرضت بلدة كفرنبل جنوب إدلب لقصف صاروخي من مواقع قوات النظام."],
    # قوات سلطة الأسد and its like (actors.tsv syr-military-2000)
    ("Al Atarib", D24, SYRIA, CIV): [
        "قتل مدنيان جراء قصف مدفعي لقوات سلطة الأسد على مدينة الأتارب بريف حلب الغربي.",
        "استهدفت قوات سلطة الأسد المتمركزة في الفوج 46 بقذائف المدفعية مدينة الأتارب، ما أدى إلى مقتل مدني."],
    ("Kafranbel", D24, SYRIA, CIV): ["قصفت ميليشيات سلطة الأسد بلدة كفرنبل جنوب إدلب، ما أسفر عن مقتل طفل."],
    # تابعة ل and nouns of a force's unit before the force (event_roles.tsv unit_part,
    # role_words.owner_past_units): the force owns the aircraft - the doer; the civilian
    # object hit is the side hit, no longer the owner
    ("Al Qunaytirah", date(2023, 7, 20), "Military Forces of Israel", CIV): [
        "قصفت مروحيات تابعة لسلاح جو جيش الاحتلال الإسرائيلي سيارة مدنية في ريف مدينة القنيطرة.",
        "وثقت لقطات مصورة لحظة قصف مروحيات تابعة لسلاح جو جيش الاحتلال الإسرائيلي لسيارة مدنية في ريف القنيطرة."],
    ("Sabwayran as Sunbulah", D18, "Military Forces of Turkey", CIV): [
        "قصفت مروحيات تابعة لسلاح جو الجيش التركي سيارة مدنية في قرية صابويران بريف حلب الشرقي."],
    ("El Fasher", date(2025, 9, 30), RSF, "Civilians (Sudan)"): [
        "استهدفت مسيرة تابعة لقيادة قوات الدعم السريع سوقا شعبيا في مدينة الفاشر، ما أدى إلى مقتل خمسة مدنيين.",
        # (... as before: with the unit, a strike's ل-doer)
        "قتل مدنيان بقصف طائرة مسيرة تابعة لقيادة قوات الدعم السريع على حي أبو شوك في مدينة الفاشر."],
    # ... but what a strike hits, owned past a unit noun, is the owner hit (مواقع تابعة لقيادة X)
    ("Sabwayran as Sunbulah", D18, "Military Forces of Turkey", SDF): [
        "قصفت طائرات حربية تركية مواقع تابعة لقيادة قوات سوريا الديمقراطية في قرية صابويران بريف حلب الشرقي."],
    ("El Fasher", date(2025, 9, 30), "Military Forces of Sudan (2019-)", RSF): [
        "قصف الطيران الحربي السوداني مقرات تابعة لقيادة قوات الدعم السريع في مدينة الفاشر، ما أسفر عن مقتل عشرة عناصر."],
    # a country after "border with" (قرب الحدود مع بوركينا فاسو) is the neighbour across it: no
    # vote for whose soldiers were hit (actors_country.across_border)
    ("Dioura", date(2025, 6, 3), "Unidentified Armed Group (Mali)", "Military Forces of Mali"): [
        "قتل خمسة جنود في كمين نصبه مسلحون في بلدة ديورا على الحدود مع موريتانيا.",
        "قتل 12 جنديا في هجوم على معسكر للجيش في بلدة ديورا وسط مالي قرب الحدود مع موريتانيا.",
        # (... and the plural "terrorist groups", armed: actors.tsv uag)
        "قتل ثلاثة جنود في هجوم شنته مجموعات إرهابية مسلحة على موقع للجيش في بلدة ديورا وسط مالي."],
    ("Aarsal", date(2014, 8, 2), "Unidentified Armed Group (Lebanon)", "Military Forces of Lebanon"): [
        "قتل جنديان في هجوم شنه مسلحون على موقع للجيش في بلدة عرسال على الحدود الشرقية مع سوريا.",
        # (... as before, the country named in the sentence too)
        "قتل ثلاثة جنود في هجوم على نقطة عسكرية في بلدة عرسال شرق لبنان قرب الحدود مع سوريا."],
    # two fallen sides and an attack aimed at a post only a state force keeps (event_roles.tsv
    # guard_post: كمين، حاجز، مخفر، معسكر; fallen.post_holder): its holder was attacked, the other
    # side opened the fight (fallen.attacker_first)
    ("Rafah", date(2016, 9, 16), "Unidentified Armed Group (Egypt)", "Military Forces of Egypt"): [
        "قُتل جندي في الجيش المصري وثلاثة مسلحين، مساء اليوم الجمعة، إثر هجوم استهدف كمينا عسكريا في مدينة رفح.",
        "قتل جنديان وأربعة مسلحين في هجوم على حاجز للجيش المصري في مدينة رفح.",
        "وأفادت مصادر أمنية بأن جنديا من الجيش قُتل وكذلك ثلاثة مسلحين، إثر هجوم مسلح على كمين الماسورة العسكري "
        "في مدينة رفح (بشمال سيناء)."],
    # (a police post)
    ("Arish", date(2016, 9, 16), "Unidentified Armed Group (Egypt)", "Police Forces of Egypt"): [
        "قتل شرطي ومسلحان في هجوم على مخفر للشرطة في مدينة العريش."],
    ("Tuz Khurmatu", date(2022, 1, 16), "Unidentified Armed Group (Iraq)", "Military Forces of Iraq"): [
        "قتل ثلاثة جنود وخمسة مسلحين في هجوم استهدف حاجزا أمنيا في قضاء طوزخورماتو."],
    # ... but a post held by the other side named after it, or no post: the state force first
    ("Tuz Khurmatu", date(2022, 1, 16), "Military Forces of Iraq", "Islamic State (Iraq)"): [
        "قتل جنديان وخمسة مسلحين في هجوم على معسكر لتنظيم داعش في قضاء طوزخورماتو."],
    # (positions, no guard post)
    ("Tuz Khurmatu", date(2022, 1, 16), "Military Forces of Iraq", "Unidentified Armed Group (Iraq)"): [
        "قتل جنديان وخمسة مسلحين في هجوم على مواقع المسلحين في قضاء طوزخورماتو."],
    # a repelled attack whose toll is the attackers' own, told after the doer (ما أسفر عن مقتل خمسة
    # من عناصر الميليشيا: roles.assign, fallen.own_side_fell): the side before the doer met it
    ("Hays", date(2021, 9, 12), "Houthi Movement", "Giants Brigades"): [
        "صدت ألوية العمالقة هجوما حوثيا على مواقعها في مديرية حيس، ما أسفر عن مقتل سبعة من عناصر الميليشيا.",
        "صدت ألوية العمالقة هجوما للحوثيين على مديرية حيس، أسفر عن مقتل ثلاثة من مسلحي الحوثي.",
        # (... as before, with no toll)
        "صدت ألوية العمالقة هجوما حوثيا على مواقعها في مديرية حيس."],
    ("Baghuz", date(2019, 2, 10), "Islamic State (Syria)", SDF): [
        "صدت قوات سوريا الديمقراطية هجوما لتنظيم داعش على قرية الباغوز شرق دير الزور، ما أسفر عن مقتل ستة من عناصر التنظيم."],
    ("Suq Sirwah", date(2021, 9, 12), "Houthi Movement", "Military Forces of Yemen"): [
        "أحبطت قوات محور سبأ هجوما لميليشيا الحوثي في مديرية صرواح غرب مأرب، ما أسفر عن مقتل خمسة من عناصر الميليشيا."],
    # the plural of a "terrorist group" and its "armed" variants (actors.tsv uag: مجموعات إرهابية
    # مسلحة) name the unnamed attackers, so the army that met them is the side hit
    ("Kafr Nabudah", D19, "Unidentified Armed Group (Syria)", SYRIA): [
        "أحبطت وحدات الجيش هجوما شنته مجموعات إرهابية على نقاط عسكرية قرب بلدة كفرنبودة بريف حماة، وقتلت عددا من المهاجمين.",
        "تصدت وحدات من الجيش لهجوم شنته مجموعات إرهابية على نقاط عسكرية في محيط بلدة كفرنبودة، وقتلت عددا من المهاجمين."],
    # ... but a group's men named after its act on others are no toll of its own (عناصر التنظيم)
    ("Deir ez-Zor", date(2014, 8, 7), "Islamic State (Syria)", CIV): [
        "وقال المرصد إن تنظيم داعش أعدم 19 رجلا رميا بالرصاص في بادية دير الزور قرب حقل العمر النفطي الذي "
        "سيطر عليه عناصر التنظيم."],
    # a verb carrying its object's pronoun has its subject after it, also past time words
    # (positions.times_only: دورية للجيش هاجمها مساء أمس مسلحون مجهولون)
    ("Ar Radwaniyah", date(2020, 1, 14), "Unidentified Armed Group (Iraq)", "Military Forces of Iraq"): [
        "دورية للجيش العراقي في قضاء الرضوانية هاجمها مساء أمس مسلحون مجهولون، ما أسفر عن مقتل جنديين.",
        "دورية للجيش العراقي في قضاء الرضوانية هاجمها مسلحون مجهولون، ما أسفر عن مقتل جنديين."],
    ("Ar Radwaniyah", date(2020, 1, 14), "Unidentified Armed Group (Iraq)", "Police Forces of Iraq"): [
        "نقطة تفتيش للشرطة في قضاء الرضوانية استهدفها فجر اليوم مسلحون مجهولون بالأسلحة الرشاشة، ما أسفر عن مقتل شرطي."],
    # ... still: the subject of تعرض named between it and the act, or told before a تعرض with
    # its pronoun (تعرضها), is the side hit
    ("Aarsal", date(2013, 2, 2), *LEBANON): [
        "قتل جنديان بعد تعرض دورية للجيش اللبناني لإطلاق نار في بلدة عرسال."],
    ("Aarsal", date(2013, 2, 2), LEBANON[0], "Police Forces of Lebanon"): [
        "انسحبت قوات الأمن من بلدة عرسال بعد تعرضها لهجوم مسلح أسفر عن مقتل عنصرين."],
    # ... and من after a count of members names their group, no fire (عناصر من قوات النظام)
    ("Sabwayran as Sunbulah", D18, "Military Forces of Turkey", SYRIA): [
        "قتل ثلاثة عناصر من قوات النظام في قرية صابويران بريف حلب الشرقي بقصف تركي."],
}


@pytest.mark.parametrize("text, place, published, doer, hit",
                         [(text, *key) for key, texts in CASES.items() for text in texts])
def test_round30_sides(pipeline, text, place, published, doer, hit):
    got = [e for e in events(pipeline, text, published=published) if e.location == place]
    assert got and all(e.actor1 == doer and e.actor2 == hit for e in got), got


@pytest.mark.parametrize("command, where", [
    ("محور سبأ", "مديرية صرواح غرب مأرب"), ("محور البيضاء", "مديرية الزاهر بمحافظة البيضاء"),
    ("محور بيحان", "مديرية بيحان بمحافظة شبوة"), ("محور تعز", "منطقة الأقروض جنوب مدينة تعز"),
])
def test_round30_yemen_commands(pipeline, command, where):
    # the Yemeni government army's regional commands (actors.tsv yem-military: محور سبأ، محور
    # البيضاء ...) are its units, the side that foiled the attack - not an unnamed one
    text = f"أحبطت قوات {command} هجوما لميليشيا الحوثي في {where} وقتلت خمسة من عناصرها."
    got = events(pipeline, text, published=date(2021, 9, 12))
    assert got and all(e.actor1 == "Houthi Movement" and e.actor2 == "Military Forces of Yemen" for e in got), got
