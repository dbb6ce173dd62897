"""Issue #10, thirty-second round (docs/notes/gaz32.md): a place told what it is by an
appositive after a comma (X، القرية القريبة من ...؛ X، وهي بلدة ...). The sentences are the
contributors' own."""
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
