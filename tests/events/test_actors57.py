"""Mechanisms of the fifty-seventh round (issue #9; docs/notes/actors57.md). The sentences are
made up in the style of wire copy, never copied from a report."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

D24 = date(2024, 3, 2)
SNA, SDF = "SNA: Syrian National Army", "SDF: Syrian Democratic Forces"
SYR = "Military Forces of Syria (2000-2024)"
HTS = "HTS: Hayat Tahrir al-Sham"
UAG_EGY = "Unidentified Armed Group (Egypt)"
AQAP = "AQAP: Al Qaeda in the Arabian Peninsula"


@pytest.mark.parametrize("text, actor1, actor2", [
    # بين X و"Y": the quotation marks around the second side do not break the pair; the sides
    # keep the text's order (main put the quoted side first)
    ('اندلعت اشتباكات عنيفة بين الجيش الوطني السوري و"قوات سوريا الديمقراطية" قرب مدينة منبج.', SNA, SDF),
    ('اندلعت اشتباكات بين "الجيش الوطني السوري" و"قوات سوريا الديمقراطية" قرب منبج.', SNA, SDF),
    ('اندلعت اشتباكات عنيفة بين قوات النظام السوري و"هيئة تحرير الشام" في ريف إدلب الجنوبي.', SYR, HTS),
    # guards: quotes elsewhere, no quotes
    ('وقعت اشتباكات بين "قوات سوريا الديمقراطية" وفصائل الجيش الوطني السوري قرب منبج.', SDF, SNA),
    ("اندلعت اشتباكات عنيفة بين الجيش الوطني السوري وقوات سوريا الديمقراطية قرب منبج.", SNA, SDF),
    ('دارت مواجهات بين الجيش العراقي و«تنظيم داعش» في قضاء الحويجة.', "Military Forces of Iraq", "Islamic State (Iraq)"),
    # اشتباكات بين غرفة عمليات X التابعة للجيش وY: the unit's force is the first side (main took
    # the owner as the side hit, the generic second side as the doer)
    ("وقعت اشتباكات بين غرفة عمليات عمر المختار التابعة للقيادة العامة للجيش الليبي ومسلحين في مدينة درنة.",
     "LNA: Libyan National Army", "Unidentified Armed Group (Libya)"),
    ("دارت اشتباكات بين اللواء 30 التابع للحشد الشعبي ومسلحين في قضاء سنجار.",
     "PMF: Popular Mobilization Forces", "Unidentified Armed Group (Iraq)"),
    # ... and as the second side: بين X ومجموعة تابعة لY
    ("اندلعت اشتباكات بين عناصر تنظيم داعش ومجموعة تابعة لقوات سوريا الديمقراطية في ريف دير الزور.",
     "Islamic State (Syria)", SDF),
    # guards: units main already read
    ("دارت اشتباكات بين مسلحين مجهولين وكتيبة شهداء الزاوية التابعة للجيش الليبي في مدينة درنة.",
     "Unidentified Armed Group (Libya)", "LNA: Libyan National Army"),
    ("اندلعت اشتباكات بين كتيبة طارق بن زياد التابعة للجيش الليبي ومسلحين متشددين في مدينة درنة.",
     "LNA: Libyan National Army", "Unidentified Armed Group (Libya)"),
    ("اندلعت اشتباكات بين الفرقة الرابعة التابعة لجيش النظام السوري وعناصر من تنظيم داعش في ريف دير الزور.",
     SYR, "Islamic State (Syria)"),
    # بين قبيلتي X وY: the second name after و is the noun's singular with it (قبيلة Y)
    ("قتل 12 شخصا في اشتباكات بين قبيلتي الرزيقات والمعاليا في ولاية شرق دارفور أمس.",
     "Rizeigat Ethnic Militia (Sudan)", "Maaliya Ethnic Militia (Sudan)"),
    ("اندلعت اشتباكات بين قبيلتي المسيرية والرزيقات في منطقة أبيي أمس.",
     "Misseriya Ethnic Militia (Sudan)", "Rizeigat Ethnic Militia (Sudan)"),
    ("قتل 22 شخصا في اشتباكات بين قبيلتي الحمر والمعاليا في ولاية شرق دارفور أمس.",
     "Hamar Ethnic Militia (Sudan)", "Maaliya Ethnic Militia (Sudan)"),
    # guards: a second name that is an alias alone (بني هلبة); names with no lexicon row stay
    # unidentified; a bare name already an alias
    ("قتل خمسة أشخاص في اشتباكات بين قبيلتي الحوازمة وبني هلبة في ولاية جنوب كردفان أمس.",
     "Hawazma Ethnic Militia (Sudan)", "Beni Halba Ethnic Militia (Sudan)"),
    ("قتل خمسة أشخاص في نزاع عشائري بين عشيرتي الجنابيين والجبور في ناحية جرف الصخر أمس.",
     "Unidentified Tribal Militia (Iraq)", "Unidentified Tribal Militia (Iraq)"),
    ("اندلعت اشتباكات بين قبيلتي الزوية والتبو في مدينة الكفرة أمس.",
     "Zuwayya Communal Militia (Libya)", "Tebu Ethnic Militia (Libya)"),
])
def test_round57_sides_of_a_battle(pipeline, text, actor1, actor2):
    got = [e for e in events(pipeline, text, published=D24) if e.event_type == "Battles"]
    assert got and (got[0].actor1, got[0].actor2) == (actor1, actor2), got


@pytest.mark.parametrize("text, actor1", [
    # قذائف أطلقتها قاعدة للجيش X: the site that launched the fire is its owner's, the doer
    # (main took the owner as the side hit, an unidentified doer)
    ("وأضافت أن قذيفتين من مدافع الهاون أطلقتها قاعدة للجيش التركي استهدفت قرية ماصي شمال منبج.",
     "Military Forces of Turkey"),
    ("أصيب ثلاثة مدنيين بقذائف أطلقتها قاعدة للقوات التركية على قرية عون الدادات شمال منبج.",
     "Military Forces of Turkey"),
    ("سقط صاروخ أطلقته قاعدة للقوات الأمريكية على موقع قرب مدينة الميادين.",
     "Military Forces of the United States"),
    # guards: sites main already read as the doer's
    ("سقط صاروخ أطلقه موقع لقوات النظام على بلدة كفرنبل في ريف إدلب.", SYR),
    ("سقطت قذائف هاون أطلقتها مواقع ميليشيا الحوثي على حي سكني في مدينة تعز.", "Houthi Movement"),
    ("سقطت قذائف أطلقها مقر لقوات الدعم السريع على حي سكني في مدينة الفاشر.", "RSF: Rapid Support Forces"),
])
def test_round57_fire_launched_from_a_site(pipeline, text, actor1):
    got = events(pipeline, text, published=D24)
    assert got and got[0].actor1 == actor1, got


@pytest.mark.parametrize("text, doers", [
    # تبنى X الهجومين: a dual noun of acts claims the last two acts, told in two sentences
    ("انفجرت سيارة مفخخة قرب حاجز للجيش في مدينة الرمادي، ما أسفر عن مقتل ثلاثة جنود. وفي هجوم آخر، قتل "
     "شرطيان بنيران مسلحين في قضاء الفلوجة. وأعلن تنظيم داعش مسؤوليته عن الهجومين.",
     ["Islamic State (Iraq)", "Islamic State (Iraq)"]),
    ("قتل جنديان يمنيان في انفجار عبوة ناسفة بدورية للجيش في مديرية المحفد بمحافظة أبين. وقتل ثلاثة جنود في "
     "هجوم على نقطة عسكرية في مديرية مودية. وتبنى تنظيم القاعدة التفجيرين.", [AQAP, AQAP]),
    ("قتل جنديان صوماليان في انفجار عبوة ناسفة استهدفت دورية للجيش في مدينة أفجوي. وفي هجوم منفصل، قتل "
     "ثلاثة جنود في هجوم على قاعدة عسكرية في بلدة بلعد. وأعلنت حركة الشباب مسؤوليتها عن الاعتداءين.",
     ["Al Shabaab", "Al Shabaab"]),
    # guard: a claim of one act names the doer of the last one only
    ("قتل جنديان في انفجار عبوة ناسفة بدورية للجيش في مديرية المحفد. وفي وقت لاحق، قتل ثلاثة جنود في هجوم "
     "على نقطة عسكرية في مديرية مودية. وتبنى تنظيم القاعدة الهجوم.", ["Unidentified Armed Group (Yemen)", AQAP]),
])
def test_round57_claim_of_two_acts(pipeline, text, doers):
    got = events(pipeline, text, published=D24)
    assert [e.actor1 for e in got] == doers, got


@pytest.mark.parametrize("text, actor1, actor2", [
    # وسقط X في هجوم: the subject of a verb of falling (dying) completed by the act noun is the
    # side hit (main read it as the doer)
    ("وسقط ثلاثة جنود في هجوم بعبوة ناسفة على دورية في مدينة العريش.", UAG_EGY, "Military Forces of Egypt"),
    ("وسقط خمسة رجال شرطة في هجوم بسيارة مفخخة في العريش.", UAG_EGY, "Police Forces of Egypt"),
    ("وسقط ثلاثة جنود مصريين في هجوم بعبوة ناسفة استهدف مدرعة قرب الشيخ زويد.", UAG_EGY, "Military Forces of Egypt"),
    # guards: read before; a shell that fell, fired by the army
    ("سقط عنصران من الشرطة في هجوم مسلح على حاجز أمني في مدينة العريش.", UAG_EGY, "Police Forces of Egypt"),
    ("وسقط أربعة من عناصر الشرطة بهجوم مسلح على دورية أمنية في مدينة العريش.", UAG_EGY, "Police Forces of Egypt"),
    ("سقطت قذيفة أطلقها الجيش على بلدة كفرنبل.", SYR, None),
])
def test_round57_the_fallen_are_hit(pipeline, text, actor1, actor2):
    got = events(pipeline, text, published=D24)
    assert got and (got[0].actor1, got[0].actor2) == (actor1, actor2), got


@pytest.mark.parametrize("text, group", [
    # تنظيم القاعدة where the text names no country, only its districts: the branch that works
    # in the event's country (main kept the worldwide name)
    ("هاجم مسلحون من تنظيم القاعدة نقطة أمنية في مديرية مودية مساء أمس.", AQAP),
    ("قتل جنديان في انفجار عبوة ناسفة بدورية للجيش في مديرية المحفد. وتبنى تنظيم القاعدة الهجوم.", AQAP),
    ("قتل جنديان في كمين نصبه عناصر تنظيم القاعدة في ولاية تبسة.", "AQIM: Al Qaeda in the Islamic Maghreb"),
    # guards: no branch works in Syria; the text's own country word
    ("هاجم مسلحون من تنظيم القاعدة حاجزا للجيش في ريف إدلب الغربي.", "Al Qaeda"),
    ("هاجم مسلحون من تنظيم القاعدة نقطة أمنية في محافظة أبين جنوب اليمن.", AQAP),
])
def test_round57_worldwide_group_branch(pipeline, text, group):
    got = events(pipeline, text, published=D24)
    assert got and group in (got[0].actor1, got[0].actor2), got


def test_round57_worldwide_branches_only_where_one_works():
    from hadath.reconcile.names import worldwide_branches
    branches = worldwide_branches()
    assert branches[("Al Qaeda", "Yemen")] == AQAP
    assert ("Al Qaeda", "Mali") not in branches and ("Al Qaeda", "Syria") not in branches  # (AQIM and JNIM; none)
