"""actors68: the sides of a fight told as an armed side's act's result (fold60 item 2). A fight
that names no side of its own (اشتباكات مسلحة مع عشرات الفلسطينيين, وتلا ذلك اشتباك مسلح) after
a raid, an arrest or a strike by a named armed side is that side's fight with an unidentified
group (sequel.fought_with, also when the fight's clause has a place of its own); people who
fought are no civilians - the Civilians side the fight's reading gave it (مع عشرات الفلسطينيين:
counted nationals; مع عشرات الشبان) gives way to the unidentified group.

These cases read the records as built and reconciled, before the acceptance model."""
from __future__ import annotations

import pytest

from tests.events.conftest import events

CLASH = "Armed clash"
ISRAEL = "Military Forces of Israel"


def _clashes(pipeline, text):
    return [(e.actor1, e.actor2) for e in events(pipeline, text) if e.sub_event_type == CLASH]


@pytest.mark.parametrize("text, actor1, actor2", [
    # people of a nationality the raid's doer fought (on main: Unidentified / Civilians)
    ("اقتحمت قوة إسرائيلية مخيم جنين فجر اليوم، ما أدى لاندلاع مواجهات واشتباكات مسلحة مع عشرات الفلسطينيين.",
     ISRAEL, "Unidentified Armed Group (Palestine)"),
    ("اقتحمت قوات الاحتلال الإسرائيلي بلدة قباطية جنوب جنين، ما أسفر عن اندلاع اشتباكات مسلحة مع عشرات الشبان الفلسطينيين.",
     ISRAEL, "Unidentified Armed Group (Palestine)"),
    ("اقتحم الجيش الإسرائيلي مدينة نابلس صباح اليوم، فاندلعت اشتباكات مسلحة مع عشرات الفلسطينيين.",
     ISRAEL, "Unidentified Armed Group (Palestine)"),
    # a fight that names no side at all after the raid
    ("اقتحمت قوات الاحتلال مخيم نور شمس في طولكرم، ما أدى إلى اندلاع اشتباكات مسلحة.",
     ISRAEL, "Unidentified Armed Group (Palestine)"),
])
def test_raid_doer_fights_the_unnamed(pipeline, text, actor1, actor2):
    assert (actor1, actor2) in _clashes(pipeline, text), events(pipeline, text)


@pytest.mark.parametrize("text, actor1, actor2", [
    # controls: a fight that names its two sides keeps them; a side after مع is still the one met
    ("اقتحمت قوة إسرائيلية مخيم جنين فجر اليوم، ما أدى لاندلاع اشتباكات مسلحة مع مقاومين فلسطينيين.",
     ISRAEL, "Unidentified Armed Group (Palestine)"),
    ("قصفت قوات النظام بلدة كفرنبل بالمدفعية، فاندلعت اشتباكات بين فصائل المعارضة وقوات النظام.",
     "Military Forces of Syria (2000-2024)", None),
])
def test_named_sides_kept(pipeline, text, actor1, actor2):
    got = _clashes(pipeline, text)
    assert any(a == actor1 and (actor2 is None or b == actor2) for a, b in got) or any(
        b == actor1 for a, b in got), got


@pytest.mark.parametrize("text", [
    # an unnamed doer's act: no side to carry, the fight keeps the unidentified group alone
    "انفجرت عبوة ناسفة قرب دورية في مدينة جنين، ما أدى لاندلاع اشتباكات مسلحة.",
])
def test_no_doer_to_carry(pipeline, text):
    assert all(a is None or a.startswith("Unidentified") for a, _ in _clashes(pipeline, text))


@pytest.mark.parametrize("text", [
    # people killed, no fight: still civilians (the convention kept outside battles)
    "قتل خمسة عراقيين بانفجار عبوة ناسفة في بغداد.",
    "قصفت طائرات حربية بلدة سراقب، ما أسفر عن مقتل أربعة سوريين.",
])
def test_counted_nationals_hit_stay_civilians(pipeline, text):
    assert any(e.actor2 and e.actor2.startswith("Civilians") for e in events(pipeline, text)), events(pipeline, text)


# (text, actor1) - actors66 item 2: a feminine singular verb right after a sound masculine plural
# it cannot agree with (المسلحين هاجمت) and a name right after it that it can agree with (قوات
# الجيش، الشرطة): the verb comes first, the name after it is its subject
VERB_FIRST = [
    ("وبعد انسحاب المسلحين هاجمت قوات الجيش القرية الواقعة شمال مدينة الموصل.", "Military Forces of Iraq"),
    ("عقب فرار المسلحين اقتحمت الشرطة المصرية المنزل في مدينة العريش واعتقلت اثنين.", "Police Forces of Egypt"),
    ("وبعد تقدم الحوثيين استهدفت مقاتلات التحالف مواقعهم في مديرية صرواح بمحافظة مأرب.",
     "Military Forces of Saudi Arabia"),
    ("بعد هروب المتمردين دخلت القوات الحكومية بلدة كادقلي وقتلت خمسة مدنيين.", "Military Forces of Sudan (2019-)"),
    ("وبعد انسحاب الحوثيين قصفت المدفعية السعودية قرى في مديرية شدا بمحافظة صعدة.",
     "Military Forces of Saudi Arabia"),
    # controls: a verb that agrees with the name before it keeps it as its subject
    ("المسلحون فجروا عبوة ناسفة في سوق بغداد.", "Unidentified Armed Group (Iraq)"),
    ("قوات الجيش هاجمت القرية الواقعة شمال مدينة الموصل.", "Military Forces of Iraq"),
]


# (text, actor1) - actors66 item 3: a definite feminine singular name (الشرطة، الحكومة، الدورية)
# right before a masculine singular verb cannot be its subject; a name right after the verb
# that agrees with it is
FEM_BEFORE_MASC = [
    ("وبعد انسحاب الشرطة هاجم مسلحون القرية الواقعة شمال مدينة الموصل.", "Unidentified Armed Group (Iraq)"),
    ("وبعد وصول الشرطة فجر انتحاري حزامه الناسف قرب حاجز في مدينة الرمادي.", "Unidentified Armed Group (Iraq)"),
    ("وعقب مغادرة الدورية اقتحم مستوطنون قرية بورين جنوب نابلس.", "Settlers (Israel)"),
    # controls: a feminine verb agrees; a feminine imperfect is no masculine verb
    ("الشرطة هاجمت المسلحين في حي الزهراء بمدينة الموصل.", "Police Forces of Iraq"),
    ("وقال مصدر إن الجماعة تهاجم مواقع الجيش في مدينة الموصل.", "Unidentified Armed Group (Iraq)"),
]


@pytest.mark.parametrize("text, actor1", VERB_FIRST + FEM_BEFORE_MASC)
def test_subject_agrees_with_its_verb(pipeline, text, actor1):
    evs = events(pipeline, text)
    assert evs and evs[0].actor1 == actor1, evs
