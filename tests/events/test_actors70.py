"""actors70: who did it to whom, read from the case of the side and from the kinds of sides.

``events.positions.accusative_object``: a side named by a nisba noun in the indefinite
accusative (جنديا، شرطيا) is a verb's object, never the subject the verb-first reading takes
right after it; the noun between (a bare sniper, قناص) is the unnamed doer.

actors71 adds rows: ``events.positions.member_doer`` (قتل قناص من قوات النظام طفلا: the sniper's
side did it), ``events.positions.source_clause`` (the verb's own object named before a source's
words beats the side they say was aimed at) and a claimant past its leader's name (بقيادة X)."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.events.positions import accusative_object
from hadath.events.roles import ActorSlot
from hadath.types import Article

from tests.events.conftest import events

PUB = date(2024, 3, 10)
D16 = date(2016, 3, 10)

# (published, text, actor1, actor2): the accusative side is the one hit (and actors71's rows below)
ACCUSATIVE = [
    (PUB, "قتل قناص جنديا في حي الشيخ مقصود بمدينة حلب أمس.",
     "Unidentified Armed Group (Syria)", "Military Forces of Syria (2000-2024)"),
    (PUB, "أصاب قناص جنديا في حي الشيخ مقصود بمدينة حلب أمس.",
     "Unidentified Armed Group (Syria)", "Military Forces of Syria (2000-2024)"),
    (PUB, "قنص قناص جنديا على حاجز في مدينة درعا أمس.",
     "Unidentified Armed Group (Syria)", "Military Forces of Syria (2000-2024)"),
    # controls: a named doer before the accusative, the instrumental doer, an unnamed doer word
    (PUB, "قتل مسلح جنديا في حي الشيخ مقصود بمدينة حلب أمس.",
     "Unidentified Armed Group (Syria)", "Military Forces of Syria (2000-2024)"),
    (PUB, "قتل جندي برصاص قناص في حي الشيخ مقصود بمدينة حلب أمس.",
     "Unidentified Armed Group (Syria)", "Military Forces of Syria (2000-2024)"),
    (PUB, "قتل قناص مدنيا في حي الشيخ مقصود بمدينة حلب أمس.",
     "Unidentified Armed Group (Syria)", "Civilians (Syria)"),
    # actors71, events.positions.member_doer: a lone member noun right after the verb, its side
    # after من, an accusative object after that side - the member's side did it
    (D16, "قتل قناص من قوات النظام طفلا في حي الوعر بمدينة حمص أمس.",
     "Military Forces of Syria (2000-2024)", "Civilians (Syria)"),
    (D16, "قتل قناص من تنظيم الدولة الإسلامية مقاتلا من قوات سوريا الديمقراطية في الرقة أمس.",
     "Islamic State (Syria)", "SDF: Syrian Democratic Forces"),
    (D16, "أصاب قناص من قوات النظام مدنيا في حي جوبر بدمشق أمس.",
     "Military Forces of Syria (2000-2024)", "Civilians (Syria)"),
    # controls: the member killed (no object after his side), the doer after برصاص
    (D16, "قتل قناص من قوات النظام في حي جوبر بدمشق أمس.", "Unidentified Armed Group (Syria)",
     "Military Forces of Syria (2000-2024)"),
    (D16, "قتل طفل برصاص قناص من قوات النظام في حي الوعر بمدينة حمص أمس.",
     "Military Forces of Syria (2000-2024)", "Civilians (Syria)"),
    # events.positions.source_clause: the verb's own object named before a source's words beats
    # the side they say was aimed at
    (D16, "أسقطت الدفاعات الجوية السورية طائرة مسيرة تركية في ريف حلب الشمالي، وقالت المصادر إن الطائرة كانت"
     " تستهدف مواقع لقوات سوريا الديمقراطية.", "Military Forces of Syria (2000-2024)", "Military Forces of Turkey"),
    (D16, "أسقطت قوات سوريا الديمقراطية طائرة مسيرة تركية في ريف حلب الشمالي، وقالت المصادر إن الطائرة كانت"
     " تستهدف مواقع للجيش السوري.", "SDF: Syrian Democratic Forces", "Military Forces of Turkey"),
    # control: no object of the verb's own (a verb-first subject only): the side the source names stays
    (D16, "قصفت طائرات التحالف الدولي بلدة الشدادي في ريف الحسكة، وقال ناشطون إن القصف استهدف مقرا"
     " لتنظيم داعش.",
     "Global Coalition Against Daesh", "Islamic State (Syria)"),
]


# (text, the side's surface, accusative?): the case read from the word; a country's name is none
CASE = [
    ("قتل قناص جنديا", "جنديا", True),
    ("أصاب مسلح شرطيا", "شرطيا", True),
    ("هاجم مسلحون عسكريا", "عسكريا", True),
    ("قصفت روسيا المدينة", "روسيا", False),
    ("هاجمت سوريا المدينة", "سوريا", False),
    ("قتل قناص جنديين", "جنديين", False),
    ("قتل جندي", "جندي", False),
    ("داهمت ميليشيا قسد البلدة", "ميليشيا", False),
    ("قصف بانتحاريا البلدة", "بانتحاريا", False),
    ("وقتل قناص وجنديا", "وجنديا", True),
]


@pytest.fixture(scope="module")
def text_stage():
    from hadath.cli.common import build

    return build(None, ["text"], None)


@pytest.mark.parametrize("text, surface, acc", CASE)
def test_accusative_case(text_stage, text, surface, acc):
    doc = text_stage(Article("t", text, published=PUB))
    k = next(t.index for t in doc.tokens if t.text == surface)
    assert accusative_object(doc.tokens, ActorSlot(k, k + 1, None, None)) is acc


# (published, text, actor1, actor2): the coalition hit, named by what of it was hit (a camp, a
# position, a base of the coalition) - a bare التحالف stays no actor (test_round11_mechanisms)
COALITION_HIT = [
    (date(2018, 3, 10), "استهدف الحوثيون معسكرا للتحالف في مأرب أمس.",
     "Houthi Movement", "Military Forces of Saudi Arabia"),
    (date(2018, 3, 10), "قصف الحوثيون بصاروخ باليستي معسكر التحالف في مأرب أمس.",
     "Houthi Movement", "Military Forces of Saudi Arabia"),
    (date(2016, 3, 10), "قصف تنظيم داعش بقذائف الهاون قاعدة للتحالف قرب الموصل أمس.",
     "Islamic State (Iraq)", "Global Coalition Against Daesh"),
    # control: a political alliance's seat is no coalition's
    (date(2015, 3, 10), "اقتحم متظاهرون مقر التحالف الوطني في بغداد أمس.", "Rioters (Iraq)", None),
]


# (published, text, the craft's doer): a definite warplane alias of no state's own (gen-air) is
# the one foreign air force named with a craft noun before it (mentions.actors_units.craft_back)
CRAFT_BACK = [
    (date(2016, 5, 10), "قصفت مقاتلات التحالف العربي مواقع الحوثيين في مديرية حيدان بمحافظة صعدة أمس. وقال سكان"
     " إن المقاتلات الحربية شنت ثلاث غارات على سوق في مديرية رازح ما أدى إلى مقتل خمسة مدنيين.",
     "Military Forces of Saudi Arabia"),
    (date(2017, 5, 10), "شن الطيران الروسي غارات على مدينة خان شيخون بريف إدلب أمس. وقال ناشطون إن الطائرات"
     " الحربية استهدفت مستشفى في بلدة كفرنبل ما أدى إلى مقتل ثلاثة مدنيين.", "Military Forces of Russia (2000-)"),
    # controls: two air forces named before; none named; the craft named with its own country
    (date(2017, 5, 10), "شن الطيران الروسي غارات على مدينة خان شيخون بريف إدلب أمس، فيما قصف الطيران السوري بلدة"
     " معرة النعمان. وقال ناشطون إن الطائرات الحربية استهدفت مستشفى في بلدة كفرنبل ما أدى إلى مقتل ثلاثة مدنيين.",
     "Military Forces of Syria (2000-2024)"),
    (date(2016, 5, 10), "قصفت الطائرات الحربية مواقع الحوثيين في مديرية نهم شرق صنعاء ما أدى إلى مقتل خمسة مسلحين.",
     "Military Forces of Yemen"),
    (date(2016, 5, 10), "قصفت مقاتلات التحالف العربي مواقع الحوثيين في مديرية حيدان بمحافظة صعدة أمس. وقال سكان"
     " إن الطيران الحربي اليمني شن ثلاث غارات على سوق في مديرية رازح ما أدى إلى مقتل خمسة مدنيين.",
     "Military Forces of Yemen"),
]


def test_units_of_a_national_army_are_the_storys(pipeline):
    # وحدات الجيش الوطني was Yemen's alias alone, and read before Algeria's الجيش الوطني الشعبي
    text = ("هاجمت مجموعة إرهابية حافلة تقل عمالا في عين أمناس بولاية إليزي الجزائرية، وقال وزير الداخلية"
            " الجزائري إن وحدات الجيش الوطني الشعبي طوقت الموقع.")
    doc = pipeline(Article("t", text, published=date(2013, 1, 16)))
    names = {m.value.name for m in doc.mentions if m.kind == "actor"}
    assert "Military Forces of Yemen" not in names and "Military Forces of Algeria" in names, names


# (published, text, doer): a claim of the act told before it names its doer - after the particle
# of a pluperfect (كان X قد تبنى), and after a verb of announcing past the words of where it was
# said (أعلنت X في بيان نقلته إذاعة ... مسؤوليتها)
CLAIMS = [
    (date(2015, 6, 26), "قتل 27 شخصا في تفجير انتحاري استهدف مسجدا في منطقة الصوابر بالكويت اليوم. وكان تنظيم"
     " داعش قد تبنى التفجير في بيان على الإنترنت.", "Islamic State (Kuwait)"),
    (date(2022, 10, 29), "قتل أكثر من 100 شخص في انفجار سيارتين مفخختين استهدفتا مقر وزارة التربية في مقديشو"
     " اليوم. وأعلنت حركة الشباب في بيان نقلته إذاعة الأندلس التابعة لها مسؤوليتها عن التفجير.", "Al Shabaab"),
    (date(2015, 6, 26), "قتل 27 شخصا في تفجير انتحاري استهدف مسجدا في منطقة الصوابر بالكويت اليوم. وكان تنظيم"
     ' ما يسمى "ولاية نجد" التابع لـ"داعش" قد تبنى التفجير.', "Islamic State (Kuwait)"),
    # actors71: past a leader's name between the claimant and its verb (بقيادة، بزعامة)
    (date(2013, 5, 23), "قتل 20 جنديا في هجوم انتحاري بسيارة مفخخة على ثكنة عسكرية في أغاديز. وكانت جماعة تطلق"
     " على نفسها «الموقعون بالدماء» بقيادة مختار بلمختار قد تبنت العملية.", "Al Mulathamun Battalion"),
    (date(2016, 5, 23), "قتل 20 جنديا في هجوم انتحاري بسيارة مفخخة على ثكنة عسكرية في مدينة سرت. وكان تنظيم داعش"
     " بزعامة أبو بكر البغدادي قد تبنى الهجوم.", "Islamic State (Libya)"),
    # controls: a denial; a claim of acts in general
    (date(2022, 10, 29), "قتل أكثر من 100 شخص في انفجار سيارتين مفخختين استهدفتا مقر وزارة التربية في مقديشو"
     " اليوم. ونفت حركة الشباب في بيان نقلته إذاعة الأندلس التابعة لها مسؤوليتها عن التفجير.",
     "Unidentified Armed Group (Somalia)"),
    (date(2022, 10, 29), "قتل أكثر من 100 شخص في انفجار سيارتين مفخختين استهدفتا مقر وزارة التربية في مقديشو"
     " اليوم. وأعلنت حركة الشباب في بيانات سابقة مسؤوليتها عن هجمات مماثلة.", "Unidentified Armed Group (Somalia)"),
]


# Sanaa's press names US strikes "العدوان الأمريكي" (as it names the coalition's "العدوان السعودي")
AGGRESSION = [
    (date(2024, 1, 12), "أعلن المتحدث العسكري اليوم أن العدوان الأمريكي البريطاني شن 73 غارة استهدفت العاصمة"
     " صنعاء ما أسفر عن مقتل خمسة أشخاص.", "Military Forces of the United States"),
]


@pytest.mark.parametrize("published, text, doer", CRAFT_BACK + CLAIMS + AGGRESSION)
def test_the_doer_of_the_dead(pipeline, published, text, doer):
    got = [e for e in events(pipeline, text, published=published) if e.fatalities]
    assert got and got[0].actor1 == doer, got


# (published, text, actor1, actor2): the counted men of a group, told by an unnamed armed noun
# before من, are the side killed (811be97d's first mechanism, without its bare-fighters row)
COUNTED_MEN = [
    (date(2019, 3, 10), "قتل أربعة مسلحين من حركة الشباب في غارة أمريكية جنوب الصومال أمس.",
     "Military Forces of the United States", "Al Shabaab"),
    (date(2015, 3, 10), "قتل ثلاثة مسلحين من جبهة النصرة في قصف لقوات النظام على بلدة اللطامنة بريف حماة أمس.",
     "Military Forces of Syria (2000-2024)", "Jabhat al-Nusra"),
    # controls: a member noun (already read); the killers named, not counted
    (date(2015, 3, 10), "قتل أربعة عناصر من جبهة النصرة في قصف لقوات النظام على بلدة اللطامنة بريف حماة أمس.",
     "Military Forces of Syria (2000-2024)", "Jabhat al-Nusra"),
    (date(2015, 3, 10), "قتل مسلحون من جبهة النصرة ثلاثة جنود في هجوم على حاجز قرب بلدة اللطامنة بريف حماة أمس.",
     "Jabhat al-Nusra", "Military Forces of Syria (2000-2024)"),
]


# (published, text, actor1, actor2): the settlers a Palestinian gunman hits are ACLED's Civilians (Israel)
# (actors.tsv hit_as), a name reconcile.names keeps where the event is in Palestine
GUNMAN = [
    (date(2023, 2, 27), "قتل مستوطن برصاص مسلح فلسطيني في حوارة أمس.",
     "Unidentified Armed Group (Palestine)", "Civilians (Israel)"),
    (date(2023, 2, 27), "أطلق مسلح فلسطيني النار على سيارة مستوطنين في حوارة أمس ما أدى إلى مقتل اثنين.",
     "Unidentified Armed Group (Palestine)", "Civilians (Israel)"),
    # control: a Palestinian shot by settlers stays Palestine's civilian
    (date(2023, 2, 27), "قتل شاب فلسطيني برصاص مستوطنين في بلدة حوارة أمس.", "Settlers (Israel)", "Civilians (Palestine)"),
]


@pytest.mark.parametrize("published, text, actor1, actor2", ACCUSATIVE + COALITION_HIT + COUNTED_MEN + GUNMAN)
def test_the_two_sides(pipeline, published, text, actor1, actor2):
    got = events(pipeline, text, published=published)
    assert got and (got[0].actor1, got[0].actor2) == (actor1, actor2), got
