"""A fight told as following an act of another type (round fold59, issue #9, "covered by
another"): هاجم انتحاري مطعما في مقديشو وتلا ذلك اشتباك مسلح مع قوات الأمن is a suicide bombing
and an armed clash - two acts at one place on one day (ACLED codes the bombing and the gunfight
that came after it apart). hadath folded the fight into the bombing's record twice: the events
stage kept it in the bombing's frame (or continued the bombing with it), and reconcile's one
type per act folded the two records again. Now a cue of sequence before the fight noun
(event_frames.tsv ``sequel`` + ``that_word``: وتلا ذلك، أعقب ذلك; ``follow``: تبعها، أعقبتها;
event_scope.tsv ``sequel`` + ``that_word``: اندلعت بعد ذلك; ثم with an occurrence verb; ``sequel_cause`` + ``outbreak``: ما أدى
لاندلاع) cuts the fight off as a frame of its own (events.frames._split_sequel), placed at the act's
place, its doer the act's doer when it names only whom it fought (مع قوات الأمن:
events.sequel.fought_with), and marked so that reconcile.one_type keeps it apart. The
demonstrative of such a cue is the act before, no anaphor of the fight (events.modality), and
the cue anchors a plural fight noun (events.generic_acts).

The acceptance model decides on each record afterwards; these cases read the records as built
and reconciled, before it."""
from __future__ import annotations

import pytest

from tests.events.conftest import events

CLASH = "Armed clash"


def _acts(pipeline, text):
    return sorted((e.sub_event_type, e.location) for e in events(pipeline, text))


@pytest.mark.parametrize("text, first, place", [
    ("هاجم انتحاري بسيارة مفخخة مطعما شعبيا في العاصمة الصومالية مقديشو وتلا ذلك اشتباك مسلح مع قوات الأمن.",
     "Suicide bomb", "Mogadishu"),
    ("فجر انتحاري نفسه في سوق مدينة بعقوبة، وأعقب ذلك اشتباك مسلح بين مسلحين وقوات الشرطة.",
     "Suicide bomb", "Baqubah"),
    ("انفجرت عبوة ناسفة بدورية للجيش في مدينة العريش، تبعها اشتباك مسلح بين مسلحين وقوات الجيش.",
     "Remote explosive/landmine/IED", "Arish"),
    ("قصفت الطائرات الحربية بلدة سرمين صباح اليوم، ثم اندلعت اشتباكات بين فصائل المعارضة وقوات النظام.",
     "Air/drone strike", "Sarmin"),
    ("قتل خمسة مدنيين في غارة جوية على مدينة سرت، وأعقبتها اشتباكات بين قوات حكومة الوفاق وتنظيم الدولة.",
     "Air/drone strike", "Sirte"),
    ("انفجرت سيارة مفخخة قرب حاجز للجيش في مدينة الشيخ زويد، واندلعت بعد ذلك اشتباكات بين مسلحين وقوات الجيش.",
     "Remote explosive/landmine/IED", "Ash Shaykh Zuwayd"),
])
def test_a_fight_after_an_act_is_an_act_of_its_own(pipeline, text, first, place):
    acts = _acts(pipeline, text)
    assert (first, place) in acts and (CLASH, place) in acts and len(acts) == 2


@pytest.mark.parametrize("text, first, place", [
    ("انفجرت سيارة مفخخة قرب حاجز للشرطة في مدينة الرمادي، وأعقب الانفجار اشتباك مسلح بين مسلحين وقوات الشرطة.",
     "Remote explosive/landmine/IED", "Ramadi"),
    ("فجر انتحاري نفسه في سوق مدينة بعقوبة، وعقب التفجير اندلعت اشتباكات بين مسلحين وقوات الأمن.",
     "Suicide bomb", "Baqubah"),
    ("قصفت المدفعية بلدة كفرنبل صباح اليوم. وبعد ذلك اندلعت اشتباكات بين فصائل المعارضة وقوات النظام في محيط البلدة.",
     "Shelling/artillery/missile attack", "Kafranbel"),
    ("انفجرت عبوة ناسفة بدورية للجيش في مدينة العريش. وتلا الانفجار اشتباك مسلح مع قوات الجيش.",
     "Remote explosive/landmine/IED", "Arish"),
])
def test_the_act_pointed_back_to_by_its_own_noun(pipeline, text, first, place):
    """The cue names the act again by its definite noun (وأعقب الانفجار، وعقب التفجير) or stands
    at the head of the next sentence (. وبعد ذلك اندلعت اشتباكات)."""
    acts = _acts(pipeline, text)
    assert (first, place) in acts and (CLASH, place) in acts and len(acts) == 2


@pytest.mark.parametrize("text, doer, side", [
    ("هاجم انتحاري بسيارة مفخخة مطعما في مدينة مقديشو وتلا ذلك اشتباك مسلح مع قوات الأمن.",
     "Unidentified Armed Group (Somalia)", "Police Forces of Somalia"),
    ("فجر انتحاري حزاما ناسفا في سوق مدينة بعقوبة، وأعقب ذلك اشتباك مسلح مع قوات الشرطة.",
     "Unidentified Armed Group (Iraq)", "Police Forces of Iraq"),
    ("انفجرت عبوة ناسفة بدورية للجيش في مدينة العريش، تبعها اشتباك مسلح مع قوات الجيش.",
     "Unidentified Armed Group (Egypt)", "Military Forces of Egypt"),
])
def test_the_fight_named_only_by_its_other_side_is_the_doers(pipeline, text, doer, side):
    fight = [e for e in events(pipeline, text) if e.sub_event_type == CLASH]
    assert [(e.actor1, e.actor2) for e in fight] == [(doer, side)]


@pytest.mark.parametrize("text", [
    # a fight before, a fight after: one battle told on
    "اندلعت اشتباكات بين الجيش ومسلحين في مدينة العريش، ثم اندلعت اشتباكات أعنف بين الطرفين.",
    # gunfire after a blast is no fight of its own (no class the cue opens)
    "انفجرت عبوة ناسفة في سوق مدينة بعقوبة، وأعقب ذلك إطلاق نار كثيف.",
    # no cue of sequence: the fight is the act's own telling, as before
    "قتل جنديان في هجوم لمسلحين على حاجز في مدينة العريش خلال اشتباكات مع قوات الجيش.",
])
def test_no_second_act_without_a_cue_or_after_a_fight(pipeline, text):
    assert len(events(pipeline, text)) == 1


@pytest.mark.parametrize("text, acts", [
    ("فجر انتحاري نفسه في سوق مدينة بعقوبة. وبعد ذلك الهجوم أعلنت الشرطة حظر التجول في المدينة.",
     [("Suicide bomb", "Baqubah")]),
    ("انفجرت عبوة ناسفة في سوق مدينة بعقوبة، وبعد ذلك الانفجار أغلقت الشرطة السوق.",
     [("Remote explosive/landmine/IED", "Baqubah")]),
])
def test_that_act_still_points_back(pipeline, text, acts):
    """بعد ذلك الهجوم: the demonstrative before a definite act noun points back to the act told."""
    assert _acts(pipeline, text) == acts


@pytest.mark.parametrize("text", [
    "شن مسلحون هجوما على كمين للشرطة في مدينة رفح، وتلا ذلك اشتباك مسلح استمر ساعتين.",
    "انفجرت عبوة ناسفة في مدينة العريش، وتلاه إطلاق نار كثيف في المنطقة.",
])
def test_the_verb_of_following_is_no_town(pipeline, text):
    """وتلا ذلك: the verb "followed", not Tala in Tunisia (gazetteer common_words.txt)."""
    assert "Tala" not in {e.location for e in events(pipeline, text)}
