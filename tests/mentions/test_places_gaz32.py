"""Issue #10, thirty-second round (docs/notes/gaz32.md): a place told what it is by an
appositive after a comma (X، القرية القريبة من ...؛ X، وهي بلدة ...); a district or village the
text puts in a named unit or town is not read outside it. The sentences are the contributors'
own."""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface


# A name the gazetteer lacks, after a locative preposition, then a comma and a class noun
# (definite, or after the pronoun وهي/وهو): a place of that class (unresolved, coded to the
# report's country), not the border country named after it.
@pytest.mark.parametrize("text, surface, cue", [
    ("قتل مسلحون 12 شخصا في يارجاتينا، القرية القريبة من الحدود الشرقية مع توجو وغانا.",
     "يارجاتينا", "قريه"),
    ("قتل ثلاثة جنود بكابونغاتا، البلدة الحدودية مع النيجر.", "كابونغاتا", "بلده"),
    ("وقعت اشتباكات عنيفة في تينزواغيتا، وهي قرية في شمال البلاد.", "تينزواغيتا", "قريه"),
    ("قصفت المدفعية مواقع في تيلاغيتو، المدينة الصغيرة شرق البلاد.", "تيلاغيتو", "مدينه"),
    ("نزح مئات المدنيين من دوغوماتي، وهو مخيم على أطراف البلدة.", "دوغوماتي", "مخيم"),
])
def test_an_unknown_name_before_an_appositive_class_noun(place_stage, text, surface, cue):
    refs = refs_by_surface(place_stage, text)
    assert surface in refs, refs
    assert refs[surface].cue == cue and refs[surface].place is None


# ... no preposition before the word, or a common word before the comma: no place.
@pytest.mark.parametrize("text, word", [
    ("قال يارجاتينا، القرية تعرضت لهجوم.", "يارجاتينا"),
    ("قتل خمسة في الهجوم، البلدة المنكوبة تستعد لتشييعهم.", "الهجوم"),
    ("وصل الوفد في الصباح، والقرية هادئة.", "الصباح"),
])
def test_no_place_without_a_locative_name(place_stage, text, word):
    assert word not in refs_by_surface(place_stage, text)


# A known name keeps its reading and gets the appositive's cue (as مدينة X).
@pytest.mark.parametrize("text, surface, name, cue", [
    ("قتل خمسة في أم كدادة، المدينة الواقعة في شمال دارفور.", "أم كدادة", "Umm Kaddadah", "مدينه"),
])
def test_a_known_name_gets_the_appositive_cue(place_stage, text, surface, name, cue):
    r = refs_by_surface(place_stage, text)[surface]
    assert r.place is not None and r.place.name == name and r.cue == cue


# A district (محلية، مديرية، قضاء) the text puts in a first-level unit is not read in another
# country (the mention stays, unresolved, coded to the unit).
@pytest.mark.parametrize("text, surface, unit", [
    ("قتل 4 اشخاص في هجوم على منطقة ام لاعونة بمحلية دارالسلام بولاية شمال دارفور.", "دارالسلام",
     "North Darfur"),
    ("قتل نازح قرب منطقة قلاب بمحلية طويلة بولاية شمال دارفور.", "طويلة", "North Darfur"),
])
def test_a_district_in_a_unit_is_not_abroad(place_stage, text, surface, unit):
    r = refs_by_surface(place_stage, text)[surface]
    assert r.place is None and r.container is not None and r.container.name == unit, r


# A village named "في Y" (Y a bare known town or unit) lies in Y: no namesake elsewhere.
@pytest.mark.parametrize("text, surface, box, cc", [
    ("قتل 11 شخصا في هجوم على قرية الرشاد في ديالى.", "الرشاد", "Diyala", "IQ"),
    ("قصفت المدفعية بلدة الصور في دير الزور.", "الصور", "Deir ez-Zor", "SY"),
    ("قتل مدنيان في قصف على قرية البارة في إدلب.", "البارة", "Idlib", "SY"),
])
def test_a_village_in_a_named_place(place_stage, text, surface, box, cc):
    r = refs_by_surface(place_stage, text)[surface]
    assert r.container is not None and r.container.name == box, r
    assert r.place is None or r.place.country_code == cc and r.place.admin1 == r.container.admin1, r


# A village looked up by its Latin name in a named district lies in the district's governorate
# (the Latin sources and the gazetteer share the governorates' names); the distance fallback
# for differently spelt districts does not cross into another governorate.
@pytest.mark.parametrize("text, surface, admin1", [
    ("قتل مواطنان في قصف على قرية شرياف بمديرية القريشية بمحافظة البيضاء.", "شرياف", "Al Bayda"),
    ("قتل مواطنان في قصف على قرية شرياف بمديرية القريشية.", "شرياف", "Al Bayda"),
])
def test_a_latin_village_stays_in_its_districts_governorate(place_stage, text, surface, admin1):
    r = refs_by_surface(place_stage, text)[surface]
    assert r.place is None or r.place.admin1 == admin1, r
