"""Mechanisms of round 28 on whole reports (issue #9): the doers' own dead told by a pronoun, a
"neutralised" verb or a count after the doer noun (docs/notes/types28.md). The sentences are made
up in the style of the wire copy, never copied from it."""
from __future__ import annotations

from datetime import date

import pytest

from tests.events.conftest import events

PUB = date(2024, 5, 14)


@pytest.mark.parametrize("text, deaths", [
    # a pronoun whose antecedent is a doer noun, in the clause of the side hit's toll
    ("هاجم مسلحان نقطة أمنية في مدينة الميادين أمس ما أدى إلى مقتل عنصر من الأمن، واشتبكت القوات"
     " مع المهاجمين، مما أسفر عن مقتلهما.", [3]),
    # a kill verb with the doer noun and its count after it (the count no Monday)
    ("قتل جندي في هجوم بإطلاق النار قرب مدينة الخليل أمس، وتمكنت القوة من تصفية المنفذين الاثنين"
     " في المكان.", [3]),
    # (the pronoun's antecedent is the side hit: no doers added - but the two children are dead
    # too, counted with their pronoun, and beside them the policeman: all deaths, 3; round 31)
    ("هاجم مسلحون دورية في مدينة الموصل أمس ما أدى إلى مقتل شرطي، واستهدف المهاجمون طفلين مما أسفر"
     " عن مقتلهما.", [3]),
    # (a remote act: the armed men killed are the side hit)
    ("شنت طائرات حربية غارة على مدينة إدلب أمس أسفرت عن مقتل خمسة أشخاص، فيما استهدفت الغارة"
     " المهاجمين مما أسفر عن مقتلهما.", [5]),
])
def test_doers_in_clause(pipeline, text, deaths):
    assert [e.fatalities for e in events(pipeline, text, PUB)] == deaths


@pytest.mark.parametrize("text, deaths", [
    # the doers' dead told apart, without a place, join the act told before them, not an older
    # act placed after them (events.merge._fold_undated)
    ("قتل شرطي في هجوم شنه مسلحان على حاجز في مدينة الميادين اليوم. وذكر البيان أنه تم تحييد"
     " الانتحاري، والاشتباك مع المهاجم الآخر، مما أسفر عن مقتلهما. والاثنين الماضي قتل شرطيان في"
     " هجوم على دورية في مدينة طرطوس.", [3, 2]),
    # a nationality in the nominative dual counts two
    ("قتل فردا أمن سوريان جراء إطلاق نار على دورية في مدينة طرطوس أمس.", [2]),
])
def test_doers_told_apart(pipeline, text, deaths):
    assert sorted(e.fatalities for e in events(pipeline, text, PUB))[::-1] == sorted(deaths)[::-1]


@pytest.mark.parametrize("text, n_dates", [
    ("تمكنت القوة من تصفية المنفذين الاثنين في مكان العملية.", 0),
    ("قتل ثلاثة من المسلحين الاثنين في مدينة الرقة.", 1),
    ("قتل جندي يوم الاثنين في مدينة الرقة.", 1),
])
def test_two_not_monday(pipeline, text, n_dates):
    from hadath.types import Article
    doc = pipeline(Article(id="t", text=text, published=PUB))
    assert len([m for m in doc.mentions if m.kind == "date"]) == n_dates


@pytest.mark.parametrize("text, subs", [
    # a detonation of war remnants by engineers or the state's forces clears them: no act
    ("قامت فرق الهندسة العسكرية صباح اليوم بتفجير عدد من الألغام في المدخل الغربي لمدينة منبج.", []),
    ("فجر الجيش السوداني أمس أكثر من ألف جسم تم جمعها خارج مدينة أم درمان.", []),
    # (the transitive verb with a bomb, or by armed men: an act)
    ("فجر مسلحون عبوة ناسفة في مدينة منبج أمس.", ["Remote explosive/landmine/IED"]),
    # (a mine that blew up, or a detonation that wounded: an act)
    ("انفجر لغم أرضي في مدينة منبج أمس دون وقوع إصابات.", ["Remote explosive/landmine/IED"]),
])
def test_controlled_detonation(pipeline, text, subs):
    assert [e.sub_event_type for e in events(pipeline, text, PUB)] == subs


@pytest.mark.parametrize("text, expected", [
    # an attack noun right after a repel verb, the frame's only act: a battle, the subject the
    # side attacked (events.repel)
    ("والجيش يصد هجوما في مدينة مأرب أمس.", [("Armed clash", None, "Military Forces of Yemen")]),
    # (no repel verb: an attack by the subject, as before)
    ("والجيش يشن هجوما على قرية في ريف مأرب أمس.", [("Attack", "Military Forces of Yemen", "Civilians (Yemen)")]),
])
def test_attack_repelled(pipeline, text, expected):
    got = [(e.sub_event_type, e.actor1, e.actor2) for e in events(pipeline, text, PUB)]
    assert [(s, a2) for s, _a1, a2 in got] == [(s, a2) for s, _a1, a2 in expected]
    assert all(a1 != "Military Forces of Yemen" for s, a1, _a2 in got if s == "Armed clash")
