"""A fight told as the result of an act of another type (round fold60, issue #9, "covered by
another"). fold59 opened a fight after a cue of sequence (وتلا ذلك، ثم اندلعت، ما أدى لاندلاع)
as an act of its own. Arabic wires tell the same result with more verbs of causing before the
noun of outbreak (ما أسفر عن اندلاع، أفضى إلى نشوب، ونتج عن ذلك اندلاع - the verb up to three
words before the noun; event_frames.tsv ``sequel_cause``, ``outbreak``: اشتعال), with
the ف of consequence on the occurrence verb (، فاندلعت اشتباكات: ``consequence_clitic``), with
على before the word of time (واندلعت على إثر ذلك: ``after_lead``) and with the act as a pronoun
on it (واندلعت على إثرها، وعقبه اندلع، واندلعت بعدها). Each was one record: the act's alone (the
fight lost), or the fight's alone (the act lost).

These cases read the records as built and reconciled, before the acceptance model."""
from __future__ import annotations

import pytest

from tests.events.conftest import events

CLASH = "Armed clash"
IED = "Remote explosive/landmine/IED"
SHELLING = "Shelling/artillery/missile attack"


def _acts(pipeline, text):
    return sorted((e.sub_event_type, e.location) for e in events(pipeline, text))


@pytest.mark.parametrize("text, first, place", [
    ("قصفت قوات النظام بلدة كفرنبل بالمدفعية، ما أسفر عن اندلاع اشتباكات عنيفة مع فصائل المعارضة.",
     SHELLING, "Kafranbel"),
    ("فجر مسلحون عبوة ناسفة بدورية للجيش في مدينة العريش، ما أفضى إلى اندلاع اشتباكات مع قوات الأمن.",
     IED, "Arish"),
    ("فجر مسلحون عبوة ناسفة بدورية للجيش في مدينة العريش، ونتج عن ذلك اندلاع اشتباكات مع قوات الأمن.",
     IED, "Arish"),
    ("انفجرت سيارة مفخخة قرب حاجز للشرطة في مدينة الرمادي، ما أسفر عن نشوب اشتباكات بين مسلحين وقوات الشرطة.",
     IED, "Ramadi"),
    ("قصفت المدفعية بلدة كفرنبل صباح اليوم، وأدى ذلك إلى اندلاع اشتباكات بين فصائل المعارضة وقوات النظام.",
     SHELLING, "Kafranbel"),
    # the ف of consequence on the occurrence verb: on main the fight's record alone
    ("فجر مسلحون عبوة ناسفة بدورية للجيش في مدينة العريش، فاندلعت اشتباكات مع قوات الأمن.",
     IED, "Arish"),
    ("قصفت قوات النظام بلدة كفرنبل بالمدفعية، فاندلعت اشتباكات بين فصائل المعارضة وقوات النظام.",
     SHELLING, "Kafranbel"),
    ("انفجرت سيارة مفخخة قرب حاجز للشرطة في مدينة الرمادي، فوقعت اشتباكات بين مسلحين وقوات الشرطة.",
     IED, "Ramadi"),
    # على before the word of time, or the act as a pronoun on it: on main the fight's record alone
    ("فجر مسلحون عبوة ناسفة بدورية للجيش في مدينة العريش، واندلعت على إثر ذلك اشتباكات مع قوات الأمن.",
     IED, "Arish"),
    ("فجر مسلحون عبوة ناسفة بدورية للجيش في مدينة العريش، واندلعت على إثرها اشتباكات مع قوات الأمن.",
     IED, "Arish"),
    ("فجر مسلحون عبوة ناسفة بدورية للجيش في مدينة العريش، وعلى إثرها اندلعت اشتباكات مع قوات الأمن.",
     IED, "Arish"),
    ("انفجرت سيارة مفخخة قرب حاجز للشرطة في مدينة الرمادي، وعقبه اندلعت اشتباكات بين مسلحين وقوات الشرطة.",
     IED, "Ramadi"),
    ("قصفت قوات النظام بلدة كفرنبل بالمدفعية، واندلعت بعدها اشتباكات بين فصائل المعارضة وقوات النظام.",
     SHELLING, "Kafranbel"),
    ("قصفت قوات النظام بلدة كفرنبل بالمدفعية، وبعده اندلعت اشتباكات بين فصائل المعارضة وقوات النظام.",
     SHELLING, "Kafranbel"),
])
def test_a_fight_that_came_of_the_act(pipeline, text, first, place):
    acts = _acts(pipeline, text)
    assert (first, place) in acts and (CLASH, place) in acts and len(acts) == 2


@pytest.mark.parametrize("text", [
    # a toll, no outbreak: أسفر عن مقتل is the act's own result
    "فجر مسلحون عبوة ناسفة بدورية للجيش في مدينة العريش، ما أسفر عن مقتل جنديين.",
    # وقوع is no noun of outbreak: أسفر عن وقوع إصابات is the act's own toll
    "استهدفت غارة إسرائيلية منزلا في بلدة شيحين، ما أسفر عن وقوع إصابات بين المدنيين.",
    # a fight after a fight with ف: one battle told on
    "اندلعت اشتباكات بين الجيش ومسلحين في مدينة العريش، فاندلعت اشتباكات أعنف بين الطرفين.",
    # a fight after a fight, pointed back to by a pronoun: one battle told on
    "اندلعت اشتباكات بين الجيش ومسلحين في مدينة العريش، واندلعت على إثرها اشتباكات أعنف بين الطرفين.",
    # the pronoun points back to no act: the fight alone
    "وصل وفد حكومي إلى مدينة العريش صباح اليوم، واندلعت بعده اشتباكات بين الجيش ومسلحين.",
    # the outbreak of a fire is no act
    "قصفت قوات النظام بلدة كفرنبل بالمدفعية، ما أدى إلى اندلاع حريق في أحد المنازل.",
    # the verb of causing far from the noun (past three words): no cue
    "قصفت قوات النظام بلدة كفرنبل بالمدفعية، ما أدى بحسب مصادر محلية في البلدة إلى اندلاع اشتباكات.",
])
def test_no_second_act(pipeline, text):
    assert len(events(pipeline, text)) == 1


PEACEFUL = "Peaceful protest"
INTERVENED = "Protest with intervention"


@pytest.mark.parametrize("text, place", [
    ("خرجت مظاهرة سلمية في مدينة الناصرية صباح اليوم، وخرجت مظاهرة أخرى في المدينة مساء اليوم فرقتها الشرطة بالغاز المسيل للدموع.",
     "Nasiriyah"),
    ("خرجت مظاهرة سلمية في مدينة كربلاء ظهر اليوم، وخرجت مظاهرة أخرى في المدينة ليلا فرقتها قوات الأمن بالقوة.",
     "Karbala"),
    ("نظم المئات مظاهرة سلمية في مدينة الناصرية صباح اليوم، وخرجت مظاهرة أخرى في المدينة مساء اليوم اعتقلت الشرطة عددا من المشاركين فيها.",
     "Nasiriyah"),
])
def test_another_crowd_of_another_kind(pipeline, text, place):
    """مظاهرة أخرى (event_frames.tsv ``other_act``): another act, never the one told before
    continued; of another sub-type it stays apart (events.merge, reconcile.one_type)."""
    assert _acts(pipeline, text) == [(PEACEFUL, place), (INTERVENED, place)]


@pytest.mark.parametrize("text", [
    # another act of the same sub-type at the same place and day: one event for ACLED
    "خرجت مظاهرة سلمية في مدينة الناصرية، وخرجت مظاهرة أخرى سلمية في المدينة.",
    "قصفت الطائرات الحربية بلدة سرمين صباح اليوم، وشنت غارة أخرى على البلدة بعد الظهر.",
    # آخر after a toll word is another person, not another act
    "قتل شخص وأصيب آخر برصاص مسلحين مجهولين قرب بلدة صيدا في ريف درعا، وأصيب شخص آخر في البلدة.",
])
def test_another_act_of_one_kind_is_one_event(pipeline, text):
    assert len(events(pipeline, text)) == 1
