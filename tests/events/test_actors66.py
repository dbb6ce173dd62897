"""actors66: a doer named before its verb in the sentence after an act (وقال ناشطون إن قوات
النظام قصفت البلدة) is the act's doer when the verb can agree with it (records._doer_told_after
now takes an SVO subject); a feminine singular verb right after a sound masculine plural or dual
(بأحد الضابطين فجرت عن بعد) cannot have it as subject (role_words.disagrees), and such a name
stays a weak reading that names no doer of the act told before."""
from __future__ import annotations

import pytest

from hadath.events.role_words import disagrees
from hadath.types import Token
from tests.events.conftest import events

# (text, actor1, actor2)
DOER_BEFORE_VERB = [
    ("قتل ثلاثة مدنيين في قصف مدفعي على بلدة كفرنبل بريف إدلب الجنوبي. وقال ناشطون إن قوات "
     "النظام قصفت البلدة من مواقعها في معسكر الحامدية.", "Military Forces of Syria (2000-2024)", "Civilians (Syria)"),
    ("قتل مدنيان في قصف على مدينة معرة النعمان. وأفاد المرصد بأن قوات النظام استهدفت المدينة "
     "بالصواريخ.", "Military Forces of Syria (2000-2024)", "Civilians (Syria)"),
    ("قتل خمسة مدنيين في غارة جوية على سوق في مدينة سراقب بريف إدلب. وقال الدفاع المدني إن الطائرات "
     "الروسية استهدفت السوق ظهرا.", "Military Forces of Russia (2000-)", "Civilians (Syria)"),
    ("قتل طفل وأصيب ثلاثة مدنيين في قصف على قرية مريمين في ريف عفرين. وقالت مصادر محلية إن "
     "القوات التركية قصفت القرية بالمدفعية.", "Military Forces of Turkey", "Civilians (Syria)"),
    ("قتل مدنيان في قصف على بلدة بنش شرق إدلب. وذكر ناشطون أن قوات الأسد استهدفت البلدة "
     "بقذائف المدفعية.", "Military Forces of Syria (2000-2024)", "Civilians (Syria)"),
    # control: a bomb that exploded near a name the verb cannot agree with has no doer
    ("قتل ضابطان في انفجار سيارة في مدينة درعا. وتبين أن قنبلة كانت موضوعة في السيارة الخاصة "
     "بأحد الضابطين فجرت عن بعد.", "Unidentified Armed Group (Syria)", "Military Forces of Syria (2000-2024)"),
]


@pytest.mark.parametrize("text,actor1,actor2", DOER_BEFORE_VERB)
def test_doer_before_its_verb_in_the_next_sentence(pipeline, text, actor1, actor2):
    evs = events(pipeline, text)
    assert [(e.actor1, e.actor2) for e in evs] == [(actor1, actor2)], evs


def _tok(norm: str) -> Token:
    return Token(0, (0, len(norm)), norm, norm, "word", 0)


# (verb, the word right before it, they cannot agree)
AGREEMENT = [
    ("فجرت", "الضابطين", True),
    ("قصفت", "المسلحون", True),
    ("استهدفت", "المتمردين", True),
    ("قصفت", "قوات", False),         # a broken plural takes the feminine singular
    ("استهدفت", "الطائرات", False),
    ("قصفوا", "المسلحين", False),    # a plural verb agrees
    ("قصف", "المسلحين", False),      # no feminine ending: not this check
    ("قصفت", "البحرين", False),      # a singular name that only looks plural
    ("استهدفت", "فلسطين", False),
]


@pytest.mark.parametrize("verb,head,expected", AGREEMENT)
def test_disagrees(verb, head, expected):
    assert disagrees(_tok(verb), _tok(head)) is expected
