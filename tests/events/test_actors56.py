"""Mechanisms of the fifty-sixth round (issue #9; docs/notes/actors56.md). The sentences are
made up in the style of wire copy, never copied from a report."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.reconcile.names import localize_actors
from hadath.types import Event
from tests.events.conftest import events

D21 = date(2021, 10, 19)
ISR_POLICE, PSE_POLICE = "Police Forces of Israel", "Police Forces of Palestine"


@pytest.mark.parametrize("text, force", [
    # the police in Jerusalem, named by the bare noun, is Israel's: East Jerusalem is held by
    # Israel (ACLED codes it in Palestine with Police Forces of Israel; actors_regional.tsv admin2)
    ("اعتقلت الشرطة خمسة فلسطينيين في حي الشيخ جراح بالقدس أمس.", ISR_POLICE),
    ("اعتقلت قوات الأمن أربعة شبان في البلدة القديمة بالقدس أمس.", ISR_POLICE),
    ("اعتقل رجال الشرطة ثلاثة فتية عند باب العامود في القدس أمس.", ISR_POLICE),
    ("اشتبك شبان فلسطينيون مع الشرطة عند باب العامود في القدس أمس، واعتقل 11 منهم.", ISR_POLICE),
    # guards: elsewhere in the West Bank and in Gaza the police is the Palestinian one
    ("اعتقلت الشرطة خمسة شبان في مدينة نابلس أمس.", PSE_POLICE),
    ("اعتقلت الأجهزة الأمنية ثلاثة شبان في رام الله أمس.", PSE_POLICE),
    ("اعتقلت الشرطة خمسة شبان في مدينة غزة أمس.", PSE_POLICE),
])
def test_round56_police_in_jerusalem(pipeline, text, force):
    got = events(pipeline, text, published=D21)
    assert got and all(e.actor1 == force for e in got if e.sub_event_type == "Arrests"), got
    assert any(e.actor1 == force for e in got), got


def rec(actor, country, admin1, admin2, field="actor1"):
    sides = {"actor1": actor, "inter1": 1} if field == "actor1" else {
        "actor1": "Rioters (Palestine)", "inter1": 5, "actor2": actor, "inter2": 1}
    return Event(article_id="a", event_type="Strategic developments", sub_event_type="Arrests", event_date=D21,
                 location="x", country=country, admin1=admin1, admin2=admin2, **sides)


@pytest.mark.parametrize("actor, country, admin1, admin2, field, want", [
    (PSE_POLICE, "Palestine", "West Bank", "Jerusalem", "actor1", ISR_POLICE),
    (PSE_POLICE, "Palestine", "West Bank", "Al Quds", "actor1", ISR_POLICE),
    (PSE_POLICE, "Palestine", "West Bank", "Jerusalem", "actor2", ISR_POLICE),
    # guards: another governorate of the West Bank, Gaza, a force that is not the police
    (PSE_POLICE, "Palestine", "West Bank", "Hebron", "actor1", PSE_POLICE),
    (PSE_POLICE, "Palestine", "Gaza Strip", "Gaza", "actor1", PSE_POLICE),
    (PSE_POLICE, "Palestine", "West Bank", None, "actor1", PSE_POLICE),
    ("Military Forces of Israel", "Palestine", "West Bank", "Jerusalem", "actor1", "Military Forces of Israel"),
    # the admin1-wide rows hold as before
    ("Police Forces of Iraq", "Iraq", "Erbil", None, "actor1", "Police Forces of Iraq (Kurdistan Regional Government)"),
    ("Police Forces of Iraq", "Iraq", "Erbil", "Erbil", "actor1", "Police Forces of Iraq (Kurdistan Regional Government)"),
])
def test_round56_regional_force_by_admin2(actor, country, admin1, admin2, field, want):
    (got,) = localize_actors([rec(actor, country, admin1, admin2, field)])
    assert getattr(got, field) == want


D24 = date(2024, 3, 2)


@pytest.mark.parametrize("text, force", [
    # the act told twice, its force named in one telling and left to the police default in the
    # other (records._named_force_over_default): the named force is the act's
    ("استشهد أربعة فلسطينيين في قمع جيش الاحتلال المتظاهرين شرق قطاع غزة أمس. وقال مسؤول إن أحدهم استشهد "
     "متأثرا بجراحه التي أصيب بها شرق جباليا أمس، فيما أصيب عدد آخر من المتظاهرين في مناطق المواجهات.",
     "Military Forces of Israel"),
    ("قتل متظاهران برصاص الجيش السوداني في مدينة أم درمان أمس. وأفاد مسعفون بأن متظاهرين آخرين أصيبوا "
     "بجروح في حي الثورة بأم درمان أمس خلال تفريق المظاهرة.", "Military Forces of Sudan (2019-)"),
    # guards: a force named in the telling kept; the police default alone stays
    ("فرقت قوات الأمن مظاهرة في مدينة الحسيمة أمس بالغاز المسيل للدموع. وأصيب عدد من المتظاهرين في حي سيدي عابد بالمدينة أمس.",
     "Police Forces of Morocco"),
    ("أصيب عدد من المتظاهرين بجروح خلال تفريق مظاهرة في حي بري بالخرطوم أمس.", "Police Forces of Sudan (2019-)"),
])
def test_round56_named_force_over_the_police_default(pipeline, text, force):
    got = [e for e in events(pipeline, text, published=D24) if e.event_type == "Protests"]
    assert got and all(e.actor2 == force for e in got), got


ARISH_POLICE = "قتل أربعة من عناصر الشرطة في هجوم على حاجز في مدينة العريش أمس. "
MOPTI_BOMB = "انفجرت عبوة ناسفة بدورية للجيش قرب مدينة موبتي أمس وقتلت جنديين. "


@pytest.mark.parametrize("text, doer", [
    # a claim or accusation of acts in general (a word of habit, likeness or a quantifier near
    # it: merge._claimed_in_general) names no doer of this act: it stays unidentified
    (ARISH_POLICE + "ولم تعلن أي جهة مسؤوليتها عن الهجوم حتى الآن، لكن تنظيم ولاية سيناء تبنى هجمات مماثلة في السابق.",
     "Unidentified Armed Group (Egypt)"),
    (ARISH_POLICE + "ولم تتبن أي جهة الهجوم، وعادة ما يتبنى تنظيم ولاية سيناء مثل هذه الهجمات.",
     "Unidentified Armed Group (Egypt)"),
    (MOPTI_BOMB + "ولم تتبن أي جهة التفجير، لكن جماعة نصرة الإسلام والمسلمين أعلنت مسؤوليتها عن هجمات مماثلة في المنطقة.",
     "Unidentified Armed Group (Mali)"),
    (MOPTI_BOMB + "ولم تتبن أي جهة التفجير، وغالبا ما تتبنى جماعة نصرة الإسلام والمسلمين الهجمات في المنطقة.",
     "Unidentified Armed Group (Mali)"),
    # guards: a claim of this act names its doer
    (ARISH_POLICE + "وأعلن تنظيم ولاية سيناء مسؤوليته عن الهجوم.", "Islamic State (Egypt)"),
    (ARISH_POLICE + "وتبنى تنظيم ولاية سيناء الهجوم في بيان.", "Islamic State (Egypt)"),
    (MOPTI_BOMB + "وأعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن التفجير.", "JNIM: Group for Support of Islam and Muslims"),
])
def test_round56_claim_of_acts_in_general(pipeline, text, doer):
    got = events(pipeline, text, published=D24)
    assert got and got[0].actor1 == doer, got


@pytest.mark.parametrize("text, hit", [
    # a sentence with no act word telling who the dead were: a state's force among them is the
    # side hit of the bomb or fight told before (events.dead_named)
    ("انفجرت سيارة مفخخة قرب سوق في مدينة كركوك أمس مما أدى إلى مقتل ستة أشخاص. وقال مصدر أمني إن بين القتلى ثلاثة من عناصر الشرطة.",
     "Police Forces of Iraq"),
    ("انفجرت عبوة ناسفة في سوق ببلدة في درعا أمس. وقال مصدر إن القتلى الخمسة بينهم عنصران من الجيش السوري.",
     "Military Forces of Syria (2000-2024)"),
    ("انفجرت عبوة ناسفة في شارع بمدينة العريش أمس وقتلت أربعة أشخاص. وأوضح مصدر طبي أن القتلى هم ثلاثة مجندين ومدني.",
     "Military Forces of Egypt"),
    ("سقطت قذيفة هاون على سوق في حي بمدينة حلب أمس فقتلت خمسة أشخاص. وأفاد مصدر بأن الضحايا بينهم جنديان.",
     "Military Forces of Syria (2000-2024)"),
    # guards: a place of the police, the dead told as residents, a force speaking
    ("انفجرت عبوة ناسفة في سوق بمدينة العريش أمس وقتلت أربعة أشخاص. وقال مصدر إن القتلى سقطوا قرب مقر للشرطة.",
     "Civilians (Egypt)"),
    ("انفجرت عبوة ناسفة في سوق بمدينة العريش أمس وقتلت أربعة مدنيين. وقالت الشرطة إن القتلى من سكان المدينة.",
     "Civilians (Egypt)"),
    ("انفجرت عبوة ناسفة في سوق بمدينة العريش أمس وقتلت أربعة مدنيين. ونقلت جثث القتلى من قبل الجيش إلى المستشفى.",
     "Civilians (Egypt)"),
    ("سقطت قذيفة على سوق في مدينة حلب أمس فقتلت خمسة أشخاص. وقال مصدر إن القتلى سقطوا في قصف من الجيش.",
     "Civilians (Syria)"),
])
def test_round56_forces_among_the_dead_told_apart(pipeline, text, hit):
    got = events(pipeline, text, published=D24)
    assert got and got[0].actor2 == hit, got
