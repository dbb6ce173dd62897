"""Places of one act's list told with a preposition of place again (round dup56, issue #9,
"covered by another"): ACLED codes each named place an act hit as an event of its own
(CODING.md), and hadath lost the places after a repeated على:

- غارات على بلدة X وعلى بلدة Y، غارات على مدينة X، وعلى بلدة Y (a comma before the و),
  سيطرت القوات على X وعلى Y, هجوم على X وعلى Y;
- and after the other prepositions of place: عبوة قرب X وأخرى قرب Y، اشتباكات عند X وعند Y;
- past the means told after a place: استهدف الطيران بلدة X بثلاث غارات، وبلدة Y بغارتين.

A preposition of place told again behind و (``again`` in event_places.tsv: على، قرب، عند، أمام
...) joins one more place to the list (events.place_chain), as وفي does.

And the places of a second clause opened by a coordinated occurrence verb before an act noun
(تظاهر الآلاف في X، وخرجت مظاهرات في Y وZ; قصفت ... X، واندلعت اشتباكات في Y): the noun's
frame was one with the first act's, which kept its first place only; so was an act noun
coordinated after a comma (غارة على X أدت إلى مقتل 3، وغارة أخرى على Y أدت إلى مقتل 2)."""
from __future__ import annotations

from datetime import date

import pytest

from hadath.types import Article

PUB = date(2024, 3, 10)


def _places(full_pipeline, text):
    return sorted(e.location for e in full_pipeline(Article("t", text, published=PUB)).events)


@pytest.mark.parametrize("text, places", [
    # a repeated على right after the first place
    ("شنت الطائرات الإسرائيلية غارات على بلدة الخيام وعلى بلدة كفركلا.", ["El Khiyam", "Kfar Kila"]),
    ("هجوم بالطائرات المسيرة على مدينة سراقب وعلى بنش", ["Binnish", "Saraqib"]),
    ("قصف مدفعي على قرية كفرزيتا وعلى أطراف مدينة اللطامنة", ["Al Lataminah", "Kafr Zayta"]),
    ("سيطرت قوات النظام على بلدة كفرنبل وعلى مدينة سراقب.", ["Kafranbel", "Saraqib"]),
    ("اعتدى مستوطنون على قرية المغير وعلى قرية ترمسعيا", ["Al Mughayyir", "Turmusayya"]),
    # a comma before it, and a list after it
    ("شن الطيران الحربي غارات على مدينة سراقب، وعلى بلدة بنش.", ["Binnish", "Saraqib"]),
    ("شنت الطائرات الإسرائيلية غارات على بلدة الخيام، وعلى بلدتي كفركلا وحولا.",
     ["El Khiyam", "Houla", "Kfar Kila"]),
    ("شنت الطائرات الإسرائيلية غارات على بلدة عيتا الشعب، وعلى بلدتي رامية وبيت ليف، وعلى أطراف "
     "بلدة الناقورة.", ["Aita ech Chaab", "Beit Lif", "En Naqoura", "Ramiye"]),
    # another preposition of place told again (event_places.tsv ``again``)
    ("انفجرت عبوة ناسفة قرب مدينة الرمادي وأخرى قرب مدينة الفلوجة.", ["Al Fallujah", "Ramadi"]),
    ("وقعت اشتباكات عند مدخل مدينة الرمادي وعند أطراف مدينة الفلوجة.", ["Al Fallujah", "Ramadi"]),
    # an entrance named after the preposition, as محيط and أطراف are (event_places.tsv chain_gap)
    ("أغلق المحتجون طرقا في مدينة صور وعند مداخل مدينة صيدا.", ["Sidon", "Tyre"]),
    ("قصفت المدفعية بلدة الخيام وعند مدخل بلدة كفركلا.", ["El Khiyam", "Kfar Kila"]),
    # one bomb (singular, no "another") is at one place
    ("انفجرت عبوة ناسفة قرب مدينة الرمادي وقرب الفلوجة.", ["Ramadi"]),
    # على opening something else after و: no place of the list
    ("قصفت المدفعية الإسرائيلية بلدة الخيام وعلى إثر ذلك نزح الأهالي إلى مدينة صور.", ["El Khiyam"]),
    ("قصفت المدفعية الإسرائيلية بلدة الخيام وعلى بعد كيلومترين منها بلدة كفركلا.", ["El Khiyam"]),
])
def test_a_repeated_onto_joins_a_place(full_pipeline, text, places):
    """وعلى + a place after the act's first place is one more place of its list; وعلى followed
    by anything but a place word keeps the act one."""
    assert _places(full_pipeline, text) == places


@pytest.mark.parametrize("text, places", [
    # a coordinated occurrence verb before an act noun opens an act of its own at its places
    ("تظاهر الآلاف في مدينة الرمادي، وخرجت مظاهرات أيضاً في الفلوجة وسامراء.",
     ["Al Fallujah", "Ramadi", "Samarra'"]),
    ("احتشد الآلاف في مدينة الرمادي، وخرجت مظاهرات في الفلوجة وسامراء.",
     ["Al Fallujah", "Ramadi", "Samarra'"]),
    ("قصفت المدفعية الإسرائيلية بلدة الخيام، واندلعت اشتباكات عنيفة في بلدة كفركلا.", ["El Khiyam", "Kfar Kila"]),
    ("تظاهر المئات في مدينة صيدا، ونظمت وقفة احتجاجية في مدينة صور.", ["Sidon", "Tyre"]),
    # as already with كما, or with the verb's own subject place
    ("اعتصم العشرات أمام مبنى المحافظة في مدينة السويداء، كما خرجت مظاهرة في بلدة القريا.",
     ["Al Qurayya", "As-Suwayda"]),
    ("شنت الطائرات غارات على مدينة سراقب، ونفذت غارات أخرى على بلدة بنش.", ["Binnish", "Saraqib"]),
    # no place of its own after the noun: the act stays one
    ("تظاهر الآلاف في مدينة الرمادي، وخرجت مظاهرات حاشدة في المدينة نفسها.", ["Ramadi"]),
    ("وقعت اشتباكات في مدينة الرمادي، واندلعت اشتباكات أخرى بعد ساعات.", ["Ramadi"]),
])
def test_a_coordinated_occurrence_verb_opens_an_act(full_pipeline, text, places):
    """، وخرجت مظاهرات في X / ، واندلعت اشتباكات في X: the occurrence verb (modality.tsv
    ``occur``) before the act noun tells an act of its own, as a coordinated trigger verb
    does (events.frames._opening_comma): each place after it is an event."""
    assert _places(full_pipeline, text) == places


@pytest.mark.parametrize("text, places", [
    # a coordinated act noun right after a comma, with a place of its own, is another act
    ("شنت الطائرات غارة على بلدة الخيام أدت إلى مقتل 3 أشخاص، وغارة أخرى على بلدة كفركلا أدت إلى مقتل شخصين.",
     ["El Khiyam", "Kfar Kila"]),
    ("اندلعت اشتباكات في حي الشعار بحلب، واشتباكات متقطعة في بلدة بنش.", ["Aleppo", "Binnish"]),
    ("وقعت اشتباكات في مدينة الرمادي، واشتباكات أخرى في مدينة الفلوجة.", ["Al Fallujah", "Ramadi"]),
    ("نفذ الجيش قصفا مدفعيا على بلدة كفرنبل، وغارات جوية على مدينة سراقب.", ["Kafranbel", "Saraqib"]),
    # as already when the noun is of another class
    ("شن الطيران غارات على مدينة سراقب، وقصف مدفعي على بلدة بنش.", ["Binnish", "Saraqib"]),
    # the place before the comma unknown (a mountain): no cut, the act keeps the known town
    ("شن الجيش هجوما على مواقع المسلحين في جبل الشعانبي، ومداهمات في مدينة القصرين.", ["Kasserine"]),
    # a noun of harm after the comma is the toll, no act of its own
    ("أسفرت الغارات على مدينة سراقب عن مقتل 3 مدنيين، وإصابة 5 آخرين في بلدة بنش.", ["Saraqib"]),
])
def test_a_coordinated_act_noun_opens_an_act(full_pipeline, text, places):
    """، وغارة أخرى على Y / ، واشتباكات في Y: an act noun with the conjunction right after a
    comma opens an act of its own (events.frames._opening_comma), as a coordinated verb does;
    a noun of killing or wounding (toll classes) does not."""
    assert _places(full_pipeline, text) == places


def test_each_coordinated_act_keeps_its_own_toll(full_pipeline):
    text = "شنت الطائرات غارة على بلدة الخيام أدت إلى مقتل 3 أشخاص، وغارة أخرى على بلدة كفركلا أدت إلى مقتل شخصين."
    events = full_pipeline(Article("t", text, published=PUB)).events
    assert sorted((e.location, e.fatalities) for e in events) == [("El Khiyam", 3), ("Kfar Kila", 2)]


@pytest.mark.parametrize("text, places", [
    # the means told after a listed place (ب + up to three words), then a comma and the next place
    ("استهدف الطيران الحربي بلدة كفرنبل بثلاث غارات، وبلدة حاس بغارتين.", ["Hassef", "Kafranbel"]),
    ("قصفت قوات النظام مدينة اللطامنة بالمدفعية الثقيلة، وبلدة كفرزيتا بالصواريخ.", ["Al Lataminah", "Kafr Zayta"]),
    ("قصفت المدفعية الإسرائيلية بلدة الخيام بعشرات القذائف، وبلدتي كفركلا وحولا.",
     ["El Khiyam", "Houla", "Kfar Kila"]),
    # a purpose with ل is no means: the next clause's place is no place of the protest
    ("تظاهر العشرات في مدينة صيدا للمطالبة بالإفراج، وفي مدينة صور اعتقلت الشرطة ثلاثة شبان.", ["Sidon"]),
    # a clause of its own after the means (a passive verb): one place
    ("قتل مدني في بلدة كفرنبل برصاص قناص، وأصيب آخر في مدينة سراقب.", ["Kafranbel"]),
])
def test_a_means_after_a_listed_place(full_pipeline, text, places):
    """X بثلاث غارات، وY: the means between two places of the act's list does not end it
    (events.place_chain._past_means)."""
    assert _places(full_pipeline, text) == places
