"""Round 53 (issue #9, docs/notes/types53.md): (1) armed men told killed "in the attack" after the
report told the act as an air strike, shelling or bomb are that act's dead: one record of the
strike's type, not an armed clash (events.realize marks handover.ARMED_HIT; reconcile.rules.absorb).
(2) A rocket-propelled grenade (قذيفة آر بي جي) is a direct-fire weapon of a ground fight
(weapons.tsv: gun): armed men attacking soldiers with it fight an armed clash, no shelling.
(3) A building the doer blows up, no one hurt (فجرت الميليشيا منزل، قام الجيش بتفجير مبنى، قامت
بتفجيره): ACLED's property destruction, not a remote explosive (events.demolition).
(4) "Achieved direct hits" (حققوا إصابات مباشرة) is a projectile's claim (weapons.tsv: missile):
an armed group's targeting of a position told so is shelling, no armed clash."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2024, 3, 10)
AIR, SHELL, CLASH = "Air/drone strike", "Shelling/artillery/missile attack", "Armed clash"


def subs(pipeline, text):
    return sorted({e.sub_event_type for e in events(pipeline, text, PUB)})


@pytest.mark.parametrize("text, want", [
    ("قتل عدد من أعضاء الحرس الثوري في غارة جوية على دمشق. وقتل خمسة من أعضاء الحرس الثوري في "
     "الهجوم الذي وقع اليوم في دمشق.", [AIR]),
    ("قتل ثلاثة جنود في غارة جوية على بلدة الميادين اليوم. وقتل خمسة من عناصر تنظيم داعش في الهجوم "
     "الذي وقع في الميادين.", [AIR]),
    ("قتل جنديان بانفجار عبوة ناسفة في مدينة الرمادي اليوم. وقتل ثلاثة من عناصر الشرطة في الهجوم "
     "الذي وقع في الرمادي.", ["Remote explosive/landmine/IED"]),
    # the strike's dead told in the strike's own sentence: as before
    ("قصفت المدفعية التركية قرية تل رفعت اليوم. وقتل ثلاثة من مقاتلي قسد في الهجوم الذي استهدف تل رفعت.", [SHELL]),
])
def test_armed_dead_of_a_strike(pipeline, text, want):
    assert subs(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    ("هاجم مسلحون دورية للجيش قرب مدينة القصرين اليوم بقذيفة آر بي جي ما أدى إلى مقتل جنديين.", [CLASH]),
    ("استهدف مسلحون الجنود بقذائف الآر بي جي في مدينة القصرين اليوم وقتل جندي.", [CLASH]),
    # (an assault with no shell word: a clash on main already)
    ("هاجم مسلحون حاجزا للشرطة في مدينة القصرين اليوم بالآر بي جي وقتلوا شرطيا.", [CLASH]),
    # a mortar or artillery shell stays shelling
    ("قصفت قوات الجيش بقذائف الهاون مواقع المسلحين في مدينة القصرين اليوم.", [SHELL]),
])
def test_rpg_is_a_ground_fight(pipeline, text, want):
    assert subs(pipeline, text) == want


LOOT, IED = "Looting/property destruction", "Remote explosive/landmine/IED"


@pytest.mark.parametrize("text, want", [
    # (3) a building blown up by the side that holds it, no one hurt: property destruction
    ("فجرت ميليشيات الحوثي، اليوم الأحد، منزل الشخصية الاجتماعية علي الطيابي في منطقة طياب بمحافظة البيضاء.", [LOOT]),
    ("قام الجيش الإسرائيلي اليوم بتفجير مبنى في بلدة كفركلا جنوب لبنان.", [LOOT]),
    ("فجر الجيش الإسرائيلي اليوم عددا من المنازل في بلدة عيتا الشعب.", [LOOT]),
    ("فجرت قوات الاحتلال 3 منازل في بلدة الخيام اليوم.", [LOOT]),
    ("داهمت الميليشيا القرية وفخخت المنزل ثم قامت بتفجيره اليوم في منطقة طياب بمحافظة البيضاء.", [LOOT]),
    ("اقتحمت قوات الاحتلال المنازل في بلدة الخيام اليوم وقامت بتفجيرها.", [LOOT]),
    # a device that went off, a blast in a building, a pronoun of the device, or people killed: a bomb
    ("انفجرت عبوة ناسفة قرب منزل في مدينة الرمادي اليوم.", [IED]),
    ("وقع انفجار في منزل بمدينة الرمادي اليوم.", [IED]),
    ("زرع مسلحون عبوة ناسفة قرب المنزل في مدينة الرمادي وقاموا بتفجيرها اليوم.", [IED]),
    ("فجر مسلحون اليوم منزل ضابط في مدينة الرمادي ما أدى إلى مقتل طفلين.", [IED]),
])
def test_building_blown_up_is_property_destruction(pipeline, text, want):
    assert subs(pipeline, text) == want


@pytest.mark.parametrize("text, want", [
    # (4) "achieved direct hits": a projectile's claim - no ground fight
    ("قال حزب الله إن عناصره استهدفوا تموضعا عسكريا لجنود إسرائيليين في مستوطنة أفيفيم اليوم وحققوا "
     "إصابات مباشرة.", [SHELL]),
    ("أعلن حزب الله أنه استهدف موقع المالكية اليوم وحقق فيه إصابة مباشرة.", [SHELL]),
    ("أعلن حزب الله أنه استهدف ثكنة للجيش الإسرائيلي في مستوطنة أفيفيم اليوم وحقق إصابات دقيقة.", [SHELL]),
    # a person hit directly by a bullet, a fight told: as before
    ("أصيب شاب بإصابة مباشرة في الرأس برصاص قوات الاحتلال في بلدة بيت أمر اليوم.", ["Attack"]),
    ("اشتبك مقاتلو الحركة مع قوة للجيش في بلدة عيتا الشعب اليوم وحققوا إصابات مباشرة.", [CLASH]),
])
def test_direct_hits_are_projectiles(pipeline, text, want):
    assert subs(pipeline, text) == want
