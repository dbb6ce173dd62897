"""Places of one act's list joined by words other than و (round fold58, issue #9, "covered by
another"): ACLED codes each named place an act hit as an event of its own (CODING.md), and
hadath kept only the first place of a list joined by

- a word of addition with its preposition first (X إلى جانب بلدة Y) or one more word of
  addition (X ناهيك عن بلدة Y): event_frames.tsv ``addition_after``, ``addition``;
- a word of sequence standing alone before the next place (قصفت مدينة X، ثم بلدة Y):
  ``sequence``;
- a verb of spreading and its preposition (اشتباكات في X وامتدت إلى مدينة Y، وتوسعت لتشمل Y):
  ``spread`` (a verb the place chain read as an object or an unknown name before);
- a word of likewise after the act told (تعرضت مدينة X لقصف مدفعي، وكذلك مديرية Y): ``likewise``
  (events.place_chain.likewise; events.place_choice never takes such a place first).

A verb after ثم (ثم انسحبت إلى بلدة Y) opens no place of the act's list; but ثم before a
coordinated verb that tells an act (، ثم سيطرت على بلدة Y، ثم اندلعت اشتباكات في Y) opens an
act of its own, as كما does (event_frames.tsv ``coord_word``), and so does the act's verb after a verb of
coming back (، ثم عاد وقصف بلدة Y: ``resume``) and an act noun after a verb of following (، تلتها
غارة ثانية على مدينة Y: ``follow``)."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.types import Article

PUB = date(2024, 3, 10)
TAIL = " ولم ترد أنباء عن إصابات."


def _places(full_pipeline, text):
    return sorted(e.location for e in full_pipeline(Article("t", text + TAIL, published=PUB)).events)


@pytest.mark.parametrize("text, places", [
    # the preposition before the word of addition
    ("أفادت مصادر بأن الجيش الإسرائيلي قصف اليوم بلدة كفرشوبا إلى جانب بلدة شبعا.", ["Kfar Shouba", "Shebaa"]),
    ("أفادت مصادر بأن الجيش الإسرائيلي قصف اليوم بلدة كفرشوبا، إلى جانب أطراف بلدة شبعا.",
     ["Kfar Shouba", "Shebaa"]),
    ("قالت مصادر محلية إن الطائرات الروسية شنت اليوم غارات على مدينة سراقب إلى جانب بلدتي سرمين وبنش.",
     ["Binnish", "Saraqib", "Sarmin"]),
    # one more word of addition
    ("أفادت مصادر بأن قوات النظام قصفت اليوم مدينة سراقب ناهيك عن بلدة سرمين.", ["Saraqib", "Sarmin"]),
    ("قالت مصادر إن الغارات استهدفت اليوم مدينة أريحا، ناهيك عن قرية محمبل.", ["Ariha", "Muhambal"]),
    # a word of sequence before the next place
    ("أفادت مصادر بأن قوات النظام قصفت اليوم مدينة سراقب، ثم بلدة سرمين.", ["Saraqib", "Sarmin"]),
    ("خرجت مظاهرة اليوم في مدينة الرمادي ثم في مدينة الفلوجة.", ["Al Fallujah", "Ramadi"]),
    ("قالت مصادر إن المدفعية الإسرائيلية قصفت اليوم بلدة الخيام ثم بلدة كفركلا.", ["El Khiyam", "Kfar Kila"]),
])
def test_a_list_joined_by_addition_or_sequence(full_pipeline, text, places):
    assert _places(full_pipeline, text) == places


@pytest.mark.parametrize("text, places", [
    # a verb after ثم: where the doer went, no place the act hit
    ("أفادت مصادر بأن قوات النظام قصفت اليوم مدينة سراقب، ثم انسحبت إلى بلدة سرمين.", ["Saraqib"]),
    # إلى جانب with no place after it: beside a road, at the one place
    ("أفادت مصادر بأن عبوة ناسفة انفجرت اليوم إلى جانب الطريق في مدينة العريش.", ["Arish"]),
])
def test_no_list_past_a_verb_or_without_a_place(full_pipeline, text, places):
    assert _places(full_pipeline, text) == places


@pytest.mark.parametrize("text, places", [
    # ثم before a coordinated verb opens an act of its own, as كما and و do
    ("أفادت مصادر بأن قوات النظام قصفت اليوم مدينة سراقب، ثم سيطرت على بلدة سرمين.", ["Saraqib", "Sarmin"]),
    ("قالت الشرطة إن مسلحين هاجموا اليوم حاجزا أمنيا في مدينة العريش، ثم اندلعت اشتباكات في مدينة رفح.",
     ["Arish", "Rafah"]),
    ("تظاهر المئات اليوم في مدينة الناصرية، ثم خرجت مظاهرة أخرى في مدينة الشطرة.", ["Ash Shatrah", "Nasiriyah"]),
])
def test_then_before_a_verb_opens_an_act(full_pipeline, text, places):
    assert _places(full_pipeline, text) == places


@pytest.mark.parametrize("text, places", [
    # what the doer did next at no place the act hit
    ("قالت مصادر إن قوات الأمن اعتقلت اليوم خمسة أشخاص في مدينة الخليل، ثم نقلتهم إلى سجن عوفر.", ["Hebron"]),
])
def test_then_before_a_verb_of_no_act(full_pipeline, text, places):
    assert _places(full_pipeline, text) == places


@pytest.mark.parametrize("text, places", [
    # a verb of spreading and إلى (or لتشمل) after the act's place: the act reached one more place
    ("أفادت مصادر بأن اشتباكات اندلعت اليوم في مدينة حلب وامتدت إلى مدينة منبج.", ["Aleppo", "Manbij"]),
    ("قالت مصادر إن الاحتجاجات بدأت اليوم في مدينة الناصرية ثم امتدت إلى مدينة الشطرة.",
     ["Ash Shatrah", "Nasiriyah"]),
    ("قالت مصادر إن الاشتباكات اندلعت اليوم في مدينة طرابلس، وتوسعت لتشمل مدينة الزاوية.", ["Az Zawiyah", "Tripoli"]),
    ("قالت مصادر إن المظاهرات خرجت اليوم في مدينة الرمادي، واتسعت إلى مدينة الفلوجة.", ["Al Fallujah", "Ramadi"]),
])
def test_an_act_spread_to_one_more_place(full_pipeline, text, places):
    assert _places(full_pipeline, text) == places


@pytest.mark.parametrize("text, places", [
    # spread in time, not to a place
    ("قالت مصادر إن الاشتباكات اندلعت اليوم في مدينة حلب، وامتدت حتى ساعات الفجر.", ["Aleppo"]),
    # the doers moved on (no verb of spreading): where they went is no place of the act
    ("قالت مصادر إن المواجهات بين الجيش والدعم السريع اندلعت اليوم في مدينة الفاشر، وانتقلت القوات إلى مدينة نيالا.",
     ["El Fasher"]),
])
def test_no_spread_to_a_place(full_pipeline, text, places):
    assert _places(full_pipeline, text) == places


@pytest.mark.parametrize("text, places", [
    # a word of likewise before a place after the act told: one more place of the act, never the
    # first (the place before an exposure verb is)
    ("قالت مصادر محلية إن مدينة تعز تعرضت اليوم لقصف مدفعي، وكذلك مديرية حيس.", ["Hays", "Taiz"]),
    ("قالت مصادر محلية إن بلدة كفرنبل تعرضت اليوم لقصف مدفعي، وكذلك بلدة حاس.", ["Hassef", "Kafranbel"]),
    ("قالت مصادر محلية إن بلدة كفرنبل تعرضت اليوم لغارات جوية، وأيضا بلدة حاس.", ["Hassef", "Kafranbel"]),
    ("أفادت مصادر بأن الطائرات الروسية قصفت اليوم مدينة سراقب، وكذلك بلدة سرمين.", ["Saraqib", "Sarmin"]),
])
def test_likewise_one_more_place(full_pipeline, text, places):
    assert _places(full_pipeline, text) == places


@pytest.mark.parametrize("text, places", [
    # كذلك after a verb of its own clause (وقتل كذلك في بلدة Y): read as before, not by the likewise rule
    ("قالت مصادر محلية إن بلدة كفرنبل تعرضت اليوم لقصف مدفعي، وقتل كذلك في بلدة حاس طفل.", ["Hassef", "Kafranbel"]),
    # a likewise place before the act's word: the list as before
    ("قالت مصادر محلية إن بلدة كفرنبل، وكذلك بلدة حاس، تعرضتا اليوم لقصف مدفعي.", ["Hassef", "Kafranbel"]),
])
def test_likewise_after_a_verb_or_before_the_act(full_pipeline, text, places):
    assert _places(full_pipeline, text) == places


@pytest.mark.parametrize("text, places", [
    # a verb of coming back before the act's coordinated verb (، ثم عاد وقصف بلدة Y): the act again,
    # at a place of its own
    ("قالت مصادر محلية إن الجيش قصف اليوم بلدة كفرنبل، ثم عاد وقصف بلدة حاس.", ["Hassef", "Kafranbel"]),
    ("قالت مصادر محلية إن قوات النظام قصفت اليوم مدينة سراقب، ثم عادت وقصفت بلدة سرمين مساء.",
     ["Saraqib", "Sarmin"]),
    ("قالت مصادر محلية إن الطائرات الإسرائيلية استهدفت اليوم بلدة الخيام، وعادت واستهدفت بلدة كفركلا.",
     ["El Khiyam", "Kfar Kila"]),
    # the same place again: one record
    ("قالت مصادر محلية إن الجيش قصف اليوم بلدة كفرنبل، ثم عاد وقصفها مساء.", ["Kafranbel"]),
])
def test_coming_back_to_the_act_at_another_place(full_pipeline, text, places):
    assert _places(full_pipeline, text) == places


@pytest.mark.parametrize("text, places", [
    # a verb of following with the act before as its object, after a comma, before an act noun
    ("أفادت مصادر بأن غارة استهدفت اليوم بلدة سرمين، تلتها غارة ثانية على مدينة بنش.", ["Binnish", "Sarmin"]),
    ("أفادت مصادر بأن الطائرات الحربية قصفت اليوم بلدة سرمين، تبعها قصف مدفعي على مدينة بنش.", ["Binnish", "Sarmin"]),
    ("أفادت مصادر بأن انفجارا وقع اليوم في مدينة بعقوبة، أعقبه انفجار آخر في مدينة الخالص.", ["Al Khalis", "Baqubah"]),
    ("أفادت مصادر بأن مظاهرة خرجت اليوم في مدينة الرمادي، تلتها مظاهرة أخرى في مدينة الفلوجة.",
     ["Al Fallujah", "Ramadi"]),
    # the same place again, or no place of its own: one record
    ("أفادت مصادر بأن غارة استهدفت اليوم بلدة سرمين، تلتها غارة ثانية على البلدة نفسها.", ["Sarmin"]),
    ("أفادت مصادر بأن غارة استهدفت اليوم بلدة سرمين، تلاها إطلاق نار كثيف.", ["Sarmin"]),
])
def test_the_act_that_followed(full_pipeline, text, places):
    assert _places(full_pipeline, text) == places
