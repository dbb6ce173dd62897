"""Round 46 (issue #9, docs/notes/types46.md): a crowd the report calls peaceful; a campaign
of raids and arrests.

A protester noun with an adjective of peace right after it (المتظاهرين السلميين، المحتجون
السلميون، المحتجون العزل، المحتجون المسالمون; function_words.tsv role ``peaceful``) in the
frame's sentence or the two before it: a clash or scuffle told in the protest's story (وقع
اشتباك بين أحدهم وشرطي) does not make it the crowd's riot. The force's violence is what is told:
live fire on the crowd is Excessive force against protesters, tear gas a Protest with
intervention. Without the adjective a clash still makes the protest a Violent demonstration."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.events.taxonomy import decide
from tests.events.conftest import events

PUB = date(2019, 3, 14)


def kinds(pipeline, text):
    return sorted(e.sub_event_type for e in events(pipeline, text, PUB))


@pytest.mark.parametrize("text, want", [
    ('تظاهر مئات المحتجين السلميين صباح اليوم في ساحة التحرير ببغداد، ووقع اشتباك بين أحدهم وشرطي '
     'قبل أن تطلق قوات الأمن النار على المتظاهرين.', 'Excessive force against protesters'),
    ('تجمع المحتجون العزل صباح اليوم أمام مبنى المحافظة في مدينة البصرة، وحدث اشتباك بالأيدي مع '
     'الشرطة التي أطلقت النار على المحتجين.', 'Excessive force against protesters'),
    ('اعتصم المحتجون المسالمون صباح اليوم أمام مقر الولاية في مدينة الخرطوم، وحدث اشتباك بين أحدهم '
     'وجندي قبل أن تطلق قوات الأمن الرصاص الحي على المحتجين.', 'Excessive force against protesters'),
    ('نظم المتظاهرون السلميون وقفة صباح اليوم في مدينة الحسيمة، ووقع اشتباك بين أحدهم وشرطي فأطلقت '
     'الشرطة الغاز المسيل للدموع على المتظاهرين.', 'Protest with intervention'),
])
def test_peaceful_crowd_scuffle_is_no_riot(pipeline, text, want):
    assert kinds(pipeline, text) == [want]


@pytest.mark.parametrize("text", [
    # no adjective of peace: the clash is the crowd's, a riot
    'تظاهر مئات المحتجين صباح اليوم في ساحة التحرير ببغداد، ووقع اشتباك بين أحدهم وشرطي قبل أن تطلق '
    'قوات الأمن النار على المتظاهرين.',
    'تظاهر مئات المحتجين صباح اليوم في مدينة الحسيمة، ووقع اشتباك بين أحدهم وشرطي فأطلقت الشرطة '
    'الغاز المسيل للدموع على المتظاهرين.',
])
def test_clash_without_peace_word_stays_a_riot(pipeline, text):
    assert kinds(pipeline, text) == ['Violent demonstration']


@pytest.mark.parametrize("peaceful, inter1, want", [
    (True, 1, ("Protests", "Excessive force against protesters")),
    (True, None, ("Protests", "Excessive force against protesters")),
    (False, 1, ("Riots", "Violent demonstration")),
    (True, 6, ("Riots", "Violent demonstration")),  # the protesters' own clash: theirs whatever the word
])
def test_decide_peaceful(peaceful, inter1, want):
    got = decide({"protest", "clash", "shoot"}, set(), "protester", inter1, True, peaceful=peaceful)
    assert got == want


def test_decide_peaceful_keeps_a_riot_word():
    """أعمال شغب is the crowd's riot even when it is called peaceful elsewhere."""
    assert decide({"protest", "riot", "shoot"}, set(), "protester", 1, True, peaceful=True) \
        == ("Riots", "Violent demonstration")


# A campaign of raids and arrests (حملة مداهمات واعتقالات، حملة دهم واعتقالات) is one arrest
# phrase (triggers.tsv, اعتقل's phrases): the arrests noun is the campaign's second genitive, not
# a generic plural dropped beside the raid phrase when no occurrence verb (شن، نفذ) stands before
# it - قام ب / قيام X ب is no such verb. The record is an Arrests, not a raid's Other.
@pytest.mark.parametrize("text", [
    'قام الحوثيون بحملة مداهمات واعتقالات طالت جنوداً وضباطاً ومواطنين في صنعاء.',
    'وقامت قوات الأمن بحملة دهم واعتقالات في حي التضامن بتونس العاصمة.',
    'وأفاد ناشطون بقيام قوات النظام بحملة مداهمات واعتقالات في مدينة دوما.',
    'قامت ميليشيا قسد بحملة دهم واعتقال في بلدة الصبحة بريف دير الزور.',  # (already one on main)
])
def test_campaign_of_raids_and_arrests(pipeline, text):
    assert kinds(pipeline, text) == ['Arrests']


def test_campaign_of_raids_alone_stays_other(pipeline):
    assert kinds(pipeline, 'قام الحوثيون بحملة مداهمات في صنعاء.') == ['Other']


# A confrontation of people (a civilians noun) with a non-state armed group, told only with words
# of confrontation (صدامات، مواجهات، مناوشات): the people are no armed side - ACLED's Mob violence
# (crowd_fights.crowd_confronts_force "armed"), as with a state force it is a Violent
# demonstration. A fight verb (اشتبك) or an attack by the armed side keeps the old reading.
@pytest.mark.parametrize("text, want", [
    ('حدثت مواجهات بين المواطنين وقوات الدعم السريع في مدينة نيالا اليوم.', 'Mob violence'),
    ('اندلعت مواجهات بين الأهالي ومسلحي حركة الشباب في بلدة عيل بور اليوم.', 'Mob violence'),
    ('اندلعت مواجهات بين سكان القرية ومسلحي حركة الشباب في بلدة عيل بور اليوم.', 'Mob violence'),
    # guards: a fight verb; a state force
    ('اشتبك مسلحو حركة الشباب مع الأهالي في بلدة عيل بور اليوم.', 'Armed clash'),
    ('اندلعت مواجهات بين الشبان وقوات الاحتلال في بلدة بيتا اليوم.', 'Violent demonstration'),
])
def test_people_confront_an_armed_group(pipeline, text, want):
    assert kinds(pipeline, text) == [want]


@pytest.mark.parametrize("confront, want", [
    ("armed", ("Riots", "Mob violence")),
    ("force", ("Riots", "Violent demonstration")),
    ("", ("Battles", "Armed clash")),
])
def test_decide_confront(confront, want):
    assert decide({"clash"}, set(), "civilian", 2, confront=confront) == want


# Regional protest wording (triggers.tsv): Sudan's سيّر مواكب (to run marches), Tunisia's تحركات
# احتجاجية / تحرك احتجاجي (protest actions), a وقفة أمام (a stand in front of a building).
@pytest.mark.parametrize("text", [
    'سيّر آلاف السودانيين مواكب في مدينة أم درمان اليوم للمطالبة بالحكم المدني.',
    'سيرت لجان المقاومة مواكب في مدينة ود مدني اليوم رفضا للانقلاب.',
    'شهدت مدينة القصرين الليلة تحركات احتجاجية للمطالبة بالتشغيل.',
    'نفذ عمال الحضائر تحركا احتجاجيا أمام مقر الولاية في مدينة سيدي بوزيد اليوم.',
    'نظم أهالي بلدة جمنة وقفة أمام مقر الولاية اليوم للمطالبة بالتنمية.',
    'نفذ المعلمون وقفات أمام المدارس في مدينة تعز اليوم للمطالبة بصرف الرواتب.',
])
def test_regional_protest_words(pipeline, text):
    assert kinds(pipeline, text) == ['Peaceful protest']


@pytest.mark.parametrize("text", [
    'وصل موكب الرئيس إلى مدينة أم درمان اليوم.',  # a motorcade
    'سيّر الجيش دوريات في مدينة أم درمان اليوم.',  # patrols
])
def test_no_protest_in_a_motorcade_or_patrols(pipeline, text):
    assert kinds(pipeline, text) == []


# A severe beating (الضرب المبرح، ضربا مبرحا، انهالوا بالضرب) is an assault (triggers.tsv, اعتدى's
# phrases): before, تعرض صحفي للضرب المبرح gave nothing. ضرب alone stays no trigger (ضرب الزلزال).
@pytest.mark.parametrize("text, want", [
    ('تعرض صحفي للضرب المبرح على يد عناصر أمنية في مدينة عدن اليوم.', ['Attack']),
    ('ضرب عناصر الشرطة محتجا ضربا مبرحا في مدينة الجزائر اليوم.', ['Protest with intervention']),
    ('ضرب الزلزال مدينة الحسيمة اليوم.', []),
])
def test_severe_beating(pipeline, text, want):
    assert kinds(pipeline, text) == want
