"""Mechanisms of sd59 (issue #9, strategic developments; docs/notes/sd59.md), on sentences made up
in the style of the wire copy:

- a phrasal head verb whose complement is one preposition (function_words.tsv ``head_prep``:
  استولى على، قبض على، قضى على، أضرب عن) finds it past a long VSO subject - the side with its
  modifiers, a supporter, a time (mentions.triggers HEAD_PREP_WINDOW, 16 words, in the clause);
  a noun complement keeps the shorter window (HEAD_WINDOW)."""
from __future__ import annotations

import pytest

from tests.events.test_types52 import subtypes

TERRITORY = ("Non-state actor overtakes territory", "Government regains territory",
             "Non-violent transfer of territory")

FAR_PREP = [
    ("استولت القوات الصومالية الوطنية المدعومة من قوات بعثة الاتحاد الأفريقي في الصومال اليوم "
     "(الثلاثاء) على قرية عيل بور في إقليم جلجدود.", TERRITORY),
    ("استولى مسلحو حركة الشباب المجاهدين الموالية لتنظيم القاعدة فجر اليوم الاثنين بعد انسحاب "
     "القوات الإثيوبية على بلدة حلقن في إقليم هيران.", TERRITORY),
    ("قبضت قوات الأمن التابعة لمديرية شرطة محافظة البصرة في عملية نوعية مساء أمس الأحد على "
     "ثلاثة مطلوبين في قضايا إرهابية.", ("Arrests",)),
    ("قبضت عناصر الشرطة القضائية بولاية سطيف بالتنسيق مع مصالح الأمن الوطني صباح اليوم على "
     "أربعة أشخاص في مدينة سطيف.", ("Arrests",)),
]


@pytest.mark.parametrize("text,wanted", FAR_PREP)
def test_a_lone_preposition_complement_is_found_past_a_long_subject(pipeline, text, wanted):
    assert set(subtypes(pipeline, text)) & set(wanted), text
