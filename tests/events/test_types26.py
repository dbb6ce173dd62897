"""Mechanisms of round 26 on whole reports (issue #9): acts read with no record, types and tolls
(docs/notes/types26.md). The sentences are made up in the style of the wire copy, never copied
from it."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2024, 5, 14)


@pytest.mark.parametrize("text, subs", [
    # a death told as قضى / فقد حياته with its means, and a vehicle run over told with دعس
    # (triggers.tsv): a record, as with قتل or لقي حتفه
    ("قضى رجل برصاص مسلحين مجهولين في مدينة الميادين أمس.", ["Attack"]),
    ("قضى ثلاثة أشخاص بقصف مدفعي على بلدة كفرنبل أمس.", ["Shelling/artillery/missile attack"]),
    ("فقد شاب حياته برصاص مجهولين في بلدة القورية أمس.", ["Attack"]),
    ("دعس مستوطن طفلا قرب بلدة بيت أمر أمس.", ["Attack"]),
    # engineers destroying or removing mines: a disrupted weapon, no bombing (ACLED)
    ("أتلفت الفرق الهندسية 40 لغما أرضيا في مدينة مأرب أمس.", ["Disrupted weapons use"]),
    # (قضى not followed by its means is no death: a court, a holiday)
    ("قضت المحكمة بسجن المتهم في مدينة بغداد أمس.", []),
    ("قضى الوزير عطلته في مدينة اللاذقية.", []),
    # (militants setting off a mine against a patrol stay a bombing)
    ("فجر مسلحون لغما أرضيا بدورية للجيش في مدينة مأرب أمس.", ["Remote explosive/landmine/IED"]),
])
def test_acts_read(pipeline, text, subs):
    assert sorted(e.sub_event_type for e in events(pipeline, text, PUB)) == subs


@pytest.mark.parametrize("text, deaths", [
    # a bare death noun after a count of the dead of the clause is a hedge on that count, not
    # "several" more (unnumbered.hedged_vague)
    ("قال المرصد إن حصيلة القصف على مدينة الفاشر بلغت 17 قتيلا إلى جانب 25 جريحا، وهناك قتلى دفنتهم"
     " عائلاتهم.", 17),
    ("بلغت حصيلة القصف على مدينة الفاشر 17 قتيلا، ويرجح وجود قتلى تحت الأنقاض.", 17),
    # (whose dead they are named after it: another side's, ten more)
    ("قتل 5 جنود في هجوم على حاجز في مدينة درعا وسقط قتلى من المدنيين.", 15),
    ("قتل 5 جنود في هجوم على حاجز في مدينة درعا، وهناك قتلى آخرون.", 15),
    # a victim's rank or a bracketed aside between him and the victim joined after him: two
    # (event_tolls.tsv rank_aside, bracket)
    ("قتل ضابط برتبة ملازم ومدني في هجوم مسلح في مدينة درعا.", 2),
    ("قتل ضابط (لم يذكر اسمه) ومدني في هجوم مسلح في مدينة درعا.", 2),
    ("قتل ضابط برتبة ملازم (لم يذكر اسمه) ومدني في هجوم مسلح في مدينة درعا.", 2),
])
def test_tolls(pipeline, text, deaths):
    assert [e.fatalities for e in events(pipeline, text, PUB)] == [deaths]


@pytest.mark.parametrize("text, deaths", [
    # a claim of an act told just before, with no place or day of its own, tells its toll: the
    # act's record takes it (assemble._claimed_toll); حتفيهما, the dual, is a death phrase too
    ("هاجم مسلحو حركة الشباب قاعدة للجيش في بلدة أفجوي. وأعلنت الحركة المسؤولية عن الهجوم، وقالت إنه"
     " أسفر عن مقتل 50 جنديا بينما لقي اثنان من مقاتليها حتفيهما.", [52]),
    ("هاجم مسلحون حاجزا للجيش في مدينة الرمادي. وتبنى تنظيم داعش الهجوم، وقال إنه أدى إلى مقتل 7 جنود.", [7]),
    # (the act's own toll stays: the claim's figure is no surer)
    ("قتل 3 جنود في هجوم على حاجز للجيش في مدينة الرمادي. وتبنى تنظيم داعش الهجوم، وقال إنه أدى إلى"
     " مقتل 9 جنود.", [3]),
])
def test_claimed_toll(pipeline, text, deaths):
    assert [e.fatalities for e in events(pipeline, text, PUB)] == deaths


@pytest.mark.parametrize("text, sub, actor2", [
    # a bomb among mourners (event_scope.tsv mourner): a funeral bombed, civilians hit - no
    # protest broken up by force
    ("قتل 4 أشخاص في انفجار عبوة ناسفة استهدفت موكب مشيعين في مدينة بعقوبة أمس.",
     "Remote explosive/landmine/IED", "Civilians (Iraq)"),
    ("فجر انتحاري نفسه وسط جنازة في مدينة بعقوبة أمس فقتل 10 من المشيعين.", "Suicide bomb", "Civilians (Iraq)"),
    # (a force firing on mourners, and a bomb among protesters, stay excessive force)
    ("فتحت قوات الأمن النار على المشيعين في مدينة بعقوبة أمس فقتلت 4 منهم.",
     "Excessive force against protesters", "Police Forces of Iraq"),
    ("فجر انتحاري نفسه وسط تجمع للمتظاهرين في بغداد أمس فقتل خمسة متظاهرين.",
     "Excessive force against protesters", "Unidentified Armed Group (Iraq)"),
])
def test_mourners(pipeline, text, sub, actor2):
    got = events(pipeline, text, PUB)
    assert [(e.sub_event_type, e.actor2) for e in got] == [(sub, actor2)], got


@pytest.mark.parametrize("text, subs", [
    # a gathering in the past progressive with no protest's purpose (event_frames.tsv
    # scene_verb): the scene a bombing struck, no protest of its own
    ("صدم الانتحاري سيارته المفخخة بنقطة تفتيش كان يتجمع عندها شبان يسعون إلى التطوع في مدينة كركوك"
     " أمس، ما أدى إلى مقتل اثنين منهم.", ["Suicide bomb"]),
    ("انفجرت عبوة ناسفة قرب عمال كانوا يتجمعون في سوق المدينة بمدينة الحلة أمس فقتلت 5 منهم.",
     ["Remote explosive/landmine/IED"]),
    # (with the protest's purpose after it, still the protest)
    ("كان المحتجون يتجمعون أمام مبنى المحافظة في مدينة البصرة أمس للمطالبة بتوفير الكهرباء.", ["Peaceful protest"]),
])
def test_gathering_scene(pipeline, text, subs):
    assert sorted(e.sub_event_type for e in events(pipeline, text, PUB)) == subs


@pytest.mark.parametrize("text, subs", [
    # a truce named as what the fight broke or came despite (modality.tsv: رغم، انهيار): no
    # agreement of its own
    ("تجددت الاشتباكات بين عشيرتين في مدينة الميادين أمس رغم اتفاق الهدنة الموقع بينهما الشهر الماضي.",
     ["Armed clash"]),
    ("اندلعت اشتباكات بين قبيلتين في مدينة سبها أمس بعد انهيار الهدنة بينهما وأسفرت عن مقتل 4.", ["Armed clash"]),
    # an ongoing practice told in a relative clause (التي تواصل قصف): no act of the day
    ("أدان الوزير الميليشيات التي تواصل قصف الأحياء السكنية في مدينة تعز.", []),
    # (a continuing shelling told as the news itself is still the act)
    ("تواصل قوات النظام قصف بلدات ريف إدلب الجنوبي.", ["Shelling/artillery/missile attack"]),
    # stones thrown (triggers.tsv ألقى الحجارة): a crowd's violent demonstration, a settlers' attack
    ("ألقى عشرات الشبان الحجارة على قوات الاحتلال في بلدة بيتا أمس.", ["Violent demonstration"]),
    ("رمى شبان الحجارة على دورية للشرطة في مدينة البصرة أمس.", ["Violent demonstration"]),
    ("ألقى مستوطنون الحجارة على سيارات المواطنين قرب بلدة حوارة أمس.", ["Attack"]),
])
def test_practice_truce_stones(pipeline, text, subs):
    assert sorted(e.sub_event_type for e in events(pipeline, text, PUB)) == subs


@pytest.mark.parametrize("text, sub, actor1", [
    # a weapon word inside a place's name (ساحة الطيران: Tayaran Square) is no means: a car bomb
    # there is no air strike, by no aircraft
    ("قتل 5 أشخاص في انفجار سيارة مفخخة في ساحة الطيران وسط بغداد أمس.",
     "Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)"),
    # (aircraft named before the place are still the means)
    ("قصف الطيران الحربي ساحة السوق في مدينة أريحا أمس.", "Air/drone strike", None),
])
def test_weapon_in_place_name(pipeline, text, sub, actor1):
    got = events(pipeline, text, PUB)
    assert [e.sub_event_type for e in got] == [sub], got
    assert actor1 is None or got[0].actor1 == actor1


@pytest.mark.parametrize("text, places", [
    # a share of the strikes told at a place of its own (events.shares; event_tolls.tsv
    # share_most): a record there - the governorate's folds into it
    ("شنت طائرات التحالف أمس 12 غارة على محافظة مأرب، تركزت 5 منها على مديرية صرواح.", ["صرواح"]),
    ("شن طيران التحالف أمس 20 غارة على محافظة صعدة، تركز معظمها على مديرية حيدان.", ["حيدان"]),
    # (the strikes at the governorate alone stay there)
    ("شنت طائرات التحالف أمس 12 غارة على محافظة مأرب.", ["مأرب"]),
])
def test_share_place(pipeline, text, places):
    assert sorted(e.location_ar for e in events(pipeline, text, PUB)) == places


@pytest.mark.parametrize("text, subs", [
    # a bare bombardment noun (القصف) beside the strikes it was made of, a generic plural dropped
    # as a trigger (الغارات شملت): the strikes' means, an air strike
    ("وقال المرصد إن القصف أودى بحياة 12 شخصا، مضيفا أن الغارات شملت بلدتي سراقب وبنش أمس.",
     ["Air/drone strike", "Air/drone strike"]),
    # (shelling told with its guns stays shelling)
    ("قال المرصد إن القصف المدفعي على بلدتي سراقب وبنش أودى بحياة 12 شخصا أمس.",
     ["Shelling/artillery/missile attack", "Shelling/artillery/missile attack"]),
])
def test_bombardment_means(pipeline, text, subs):
    assert sorted(e.sub_event_type for e in events(pipeline, text, PUB)) == subs
