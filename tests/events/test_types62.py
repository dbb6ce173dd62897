"""Mechanisms of types62 (issue #9, docs/notes/types62.md), on sentences made up in the style of
the wire copy.

- حدث، حصل and نشب are occurrence verbs (modality.tsv ``occur``, as اندلع، وقع، جرى، دار): a plural
  act noun they introduce (حدثت اشتباكات، حصلت مواجهات، نشبت صدامات) is an act told, not a
  generic mention (events.generic_acts). Without them the whole act was lost.
- The second side of بين told by its members and من (بين الجيش وعناصر من تنظيم داعش، بين شبان
  وعناصر من الشرطة: roles.joined_members) is joined to the first: the first side was dropped,
  so a battle's doer became an unidentified armed group and the people's confrontation with the
  police an armed clash."""
from __future__ import annotations

import pytest

from tests.events.conftest import events

OCCURRENCE_VERBS = [  # (text, sub-type, actor1, actor2)
    ("حدثت اشتباكات بين الجيش وقوات الدعم السريع في مدينة الفاشر.",
     "Armed clash", "Military Forces of Sudan (2019-)", "RSF: Rapid Support Forces"),
    ("حصلت اشتباكات عنيفة بين الجيش وقوات الدعم السريع في مدينة الأبيض.",
     "Armed clash", "Military Forces of Sudan (2019-)", "RSF: Rapid Support Forces"),
    ("نشبت اشتباكات بين الجيش وقوات الدعم السريع في مدينة نيالا.",
     "Armed clash", "Military Forces of Sudan (2019-)", "RSF: Rapid Support Forces"),
    ("وقد حدثت مواجهات بين الشبان وقوات الاحتلال في بلدة بيت أمر شمال الخليل.",
     "Violent demonstration", "Rioters (Palestine)", "Military Forces of Israel"),
    ("حصلت مواجهات بين الشبان وجنود الاحتلال في بلدة بيتا جنوب نابلس.",
     "Violent demonstration", "Rioters (Palestine)", "Military Forces of Israel"),
    ("كما حدثت صدامات بين المواطنين وقوات الدعم السريع في مدينة الفاشر.",
     "Mob violence", "Rioters (Sudan)", "RSF: Rapid Support Forces"),
]


def test_the_fire_after_a_confrontation_with_the_people_is_no_battle(pipeline):
    evs = events(pipeline, "حدثت صدامات مع المواطنين في مدينة الفاشر، أطلقت على إثرها قوات الدعم السريع "
                           "النار ما أدى إلى مقتل أحد المواطنين.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [
        ("Mob violence", "Rioters (Sudan)", "RSF: Rapid Support Forces")]


BARE_CLASH_NOUN = [  # a plural act noun with no occurrence verb stays generic (control)
    "اشتباكات بين الجيش وقوات الدعم السريع في مدينة الفاشر.",
]


@pytest.mark.parametrize("text", BARE_CLASH_NOUN)
def test_a_bare_plural_act_noun_tells_no_act(pipeline, text):
    assert not events(pipeline, text)


MEMBERS_OF_THE_SECOND_SIDE = [  # (text, sub-type, actor1, actor2)
    ("اندلعت اشتباكات عنيفة بين الجيش وعناصر من تنظيم داعش في مدينة الرمادي أمس.",
     "Armed clash", "Military Forces of Iraq", "Islamic State (Iraq)"),
    ("دارت اشتباكات متقطعة بين الجيش ومسلحين من تنظيم داعش في مدينة الرمادي أمس.",
     "Armed clash", "Military Forces of Iraq", "Islamic State (Iraq)"),
    ("اندلعت اشتباكات عنيفة بين الشبان وعناصر من الشرطة في مدينة القصرين أمس.",
     "Violent demonstration", "Rioters (Tunisia)", "Police Forces of Tunisia"),
    ("اندلعت مواجهات بالحجارة بين شبان وعناصر من الشرطة في مدينة القصرين أمس.",
     "Violent demonstration", "Rioters (Tunisia)", "Police Forces of Tunisia"),
    ("اندلعت اشتباكات عنيفة بين الأهالي وأفراد من الشرطة في مدينة القصرين أمس.",
     "Violent demonstration", "Rioters (Tunisia)", "Police Forces of Tunisia"),
]

MEMBERS_CONTROLS = [  # the two sides joined with no member noun, and armed men on the first side
    ("اندلعت اشتباكات عنيفة بين شبان وقوات الشرطة في مدينة القصرين أمس.",
     "Violent demonstration", "Rioters (Tunisia)", "Police Forces of Tunisia"),
    ("اندلعت اشتباكات بين الجيش وتنظيم داعش في مدينة الرمادي أمس.",
     "Armed clash", "Military Forces of Iraq", "Islamic State (Iraq)"),
    ("اندلعت اشتباكات بالأسلحة الرشاشة بين مسلحين وعناصر من الشرطة في مدينة القصرين أمس.",
     "Armed clash", "Unidentified Armed Group (Tunisia)", "Police Forces of Tunisia"),
]


# - A confrontation told with no side of its own (كما اندلعت مواجهات مماثلة في بلدة X، واندلعت
#   مواجهات أخرى في قرية Y) after a story of people (youths, residents, protesters) confronting a
#   force, with no non-state armed group named in it, is the same people's confrontation - a
#   violent demonstration, not an armed clash of two unidentified armed groups
#   (crowd_fights.people_confronted_before).

CONFRONTATION_WITH_NO_SIDE = [  # (text, the later place, its sub-type)
    ("اندلعت مواجهات بين شبان وقوات الاحتلال في بلدة بيتا جنوب نابلس أمس. كما اندلعت مواجهات مماثلة "
     "في بلدة حوارة.", "Huwwarah", "Violent demonstration"),
    ("أصيب عشرات الشبان بحالات اختناق خلال مواجهات مع قوات الاحتلال في بلدة بيت أمر أمس. واندلعت "
     "مواجهات أخرى في قرية المغير.", "Al Mughayyir", "Violent demonstration"),
    ("اندلعت صدامات بين الأهالي وقوات الشرطة في مدينة الناصرية أمس. وتجددت المواجهات في مدينة "
     "الشطرة.", "Ash Shatrah", "Violent demonstration"),
    ("اشتبك عشرات المحتجين مع قوات الأمن في مدينة الحسيمة أمس. كما اندلعت مواجهات مماثلة في "
     "مدينة إمزورن.", "Imzourene", "Violent demonstration"),
]

CONFRONTATION_CONTROLS = [  # armed men in the story, or no confrontation of people before
    ("اندلعت مواجهات بين مسلحين وقوات الأمن في مدينة درعا أمس. كما اندلعت مواجهات مماثلة في بلدة "
     "طفس.", "Tafas", "Armed clash"),
    ("قتل ثلاثة مدنيين بقصف لقوات النظام على مدينة درعا أمس. واندلعت مواجهات عنيفة في بلدة بصرى "
     "الشام.", "Busra ash Sham", "Armed clash"),
]


@pytest.mark.parametrize("text,place,sub", CONFRONTATION_WITH_NO_SIDE + CONFRONTATION_CONTROLS)
def test_a_confrontation_with_no_side_after_the_peoples(pipeline, text, place, sub):
    evs = [e for e in events(pipeline, text) if e.location == place]
    assert [e.sub_event_type for e in evs] == [sub]
    if sub == "Violent demonstration":
        assert evs[0].actor1.startswith("Rioters")


def test_settlers_in_the_story_are_no_armed_side_of_the_confrontation(pipeline):
    text = ("اندلعت مواجهات على مدخل بلدة بيت أمر أمس بعد أن رشق الشبان مركبات المستوطنين بالحجارة، كما "
            "اندلعت مواجهات مماثلة في بلدة بيت عوا.")
    evs = [e for e in events(pipeline, text) if e.location == "Bayt Awwa"]
    assert [e.sub_event_type for e in evs] == ["Violent demonstration"]


# - Sports fans (مشجع، مشجعون، مشجعو، مشجعي) are people (actors.tsv civilians row): fans who clash
#   with a force are rioters of a violent demonstration (no armed clash of an unidentified armed
#   group), fans killed are civilians. Angry fans (مشجعون غاضبون) stay the rioters' own row.

FANS = [  # (text, sub-type, actor1, actor2)
    ("اشتبك مشجعو فريق الوداد مع قوات الأمن في مدينة الدار البيضاء أمس.",
     "Violent demonstration", "Rioters (Morocco)", "Police Forces of Morocco"),
    ("اندلعت مواجهات بين مشجعي الفريق وقوات الأمن في مدينة الدار البيضاء أمس.",
     "Violent demonstration", "Rioters (Morocco)", "Police Forces of Morocco"),
    ("قتل خمسة من مشجعي الفريق في انفجار عبوة ناسفة في مدينة الرمادي أمس.",
     "Remote explosive/landmine/IED", "Unidentified Armed Group (Iraq)", "Civilians (Iraq)"),
    ("اشتبك مشجعون غاضبون مع قوات الأمن في مدينة الدار البيضاء أمس.",
     "Violent demonstration", "Rioters (Morocco)", "Police Forces of Morocco"),
]


@pytest.mark.parametrize("text,sub,actor1,actor2", OCCURRENCE_VERBS + MEMBERS_OF_THE_SECOND_SIDE + MEMBERS_CONTROLS + FANS)
def test_the_one_record(pipeline, text, sub, actor1, actor2):
    """Occurrence verbs, the second side's members, sports fans: the record each phrasing tells."""
    evs = events(pipeline, text)
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in evs] == [(sub, actor1, actor2)]


# - People counted by their nationality (أصيب عشرات الفلسطينيين، خمسة فلسطينيين، عشرات العراقيين:
#   victims.counted_nationals) hurt in a confrontation (every clash trigger a word of
#   confrontation) whose one named side is a state force confronted the force: a violent
#   demonstration, not an armed clash of an unidentified armed group.

NATIONALS_CONFRONTING = [  # (text, sub-type)
    ("أصيب عشرات الفلسطينيين خلال مواجهات مع جيش الاحتلال في بلدة بيتا أمس.", "Violent demonstration"),
    ("أصيب خمسة فلسطينيين بالرصاص المطاطي خلال مواجهات مع قوات الاحتلال في بلدة كفر قدوم أمس.",
     "Violent demonstration"),
    ("أصيب عشرات العراقيين في مواجهات مع قوات الأمن في مدينة الناصرية أمس.", "Violent demonstration"),
    # controls: soldiers counted (no nationals), no one counted
    ("قتل خمسة جنود سوريين في اشتباكات مع قوات قسد في ريف منبج أمس.", "Armed clash"),
    ("اندلعت مواجهات عنيفة مع قوات النظام في بلدة طفس أمس.", "Armed clash"),
]


@pytest.mark.parametrize("text,sub", NATIONALS_CONFRONTING)
def test_nationals_hurt_in_a_confrontation_with_a_force(pipeline, text, sub):
    assert [e.sub_event_type for e in events(pipeline, text)] == [sub]
