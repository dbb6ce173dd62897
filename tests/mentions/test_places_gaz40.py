"""A name the gazetteer lacks is a place when the text tells where it lies from a known place
(issue #9, round gaz40: villages the gazetteer lacks): by a distance (في X يبعد حوالي 100 كلم عن
Y، في X التي تبعد (20 كم) شمال Y، في X على بعد 15 كيلومترا غربي Y، قرب X الواقعة على مسافة 30
كم من Y) or, when a place-name word heads it, by a direction (في وادي X شرقي Y، في تل X جنوب
غرب Y). The known place after the relation is its container, where geocode codes it. A known name
keeps its own reading: a distance does not pull it to a namesake close to Y."""
from __future__ import annotations

import pytest

from tests.mentions.conftest import refs_by_surface


def _unknown(stage, text):
    """{surface: container name} of the places the gazetteer does not know."""
    return {s: (r.container.name if r.container is not None else None)
            for s, r in refs_by_surface(stage, text).items() if r.place is None}


# (a sentence, the unknown name as written, the known place that holds it)
TOLD_FROM = [
    # a distance told with a verb, an approximator and "from"
    ("قالت قيادة الجيش إن مركزا عسكريا في بامبارا ماودي يبعد حوالي 100 كلم عن تمبكتو تعرض لهجوم.",
     "بامبارا ماودي", "Timbuktu"),
    ("هاجم مسلحون نقطة للجيش في كوندو التي تبعد 60 كم عن موبتي.", "كوندو", "Mopti"),
    # a distance in brackets, then a direction
    ("قتل جنديان في هجوم على دورية في دونغولا التي تبعد (20 كم) شمال موبتي.", "دونغولا", "Mopti"),
    # على بعد / على مسافة, with a direction or "from"
    ("سقطت قذيفة في الحويزات، على بعد 15 كيلومترا غربي حماة.", "الحويزات", "Hamah"),
    ("نصب مسلحون كمينا قرب تيسيت الواقعة على مسافة 30 كم من غاو.", "تيسيت", "Gao"),
    ("قتل جندي في كمين في تاغيت على بعد 70 كيلومترا إلى الجنوب من طرابلس.", "تاغيت", "Tripoli"),
    # a direction after a name a place-name word heads (وادي، تل)
    ("دكت الطائرات وكرا للإرهابيين في وادي الشاي شرقي صلاح الدين.", "وادي الشاي", "Salah al-Din"),
    ("قصفت الطائرات مواقع في تل الزعتر جنوب غرب الحسكة.", "تل الزعتر", "Al Hasakah"),
]


@pytest.mark.parametrize("text,name,box", TOLD_FROM)
def test_a_name_told_from_a_known_place_is_a_place_there(place_stage, text, name, box):
    got = _unknown(place_stage, text)
    assert got.get(name) == box, got


# (a sentence, words that must not be read as a place)
NOT_PLACES = [
    ("قتل 5 أشخاص في 3 هجمات على بعد 20 كم من غاو.", ("هجمات", "3")),
    ("وقع هجوم شرقي حلب أمس.", ("هجوم",)),
    ("قتل ثلاثة في هجوم على قرية تبعد 10 كم عن مدينة كيدال.", ("تبعد",)),   # (the verb is no name)
    ("قتل جندي في الهجوم شمال بغداد.", ("الهجوم",)),   # a direction after a word no name head heads
    ("وصل الرتل إلى مسافة 50 كم من دمشق.", ("مسافة",)),
]


@pytest.mark.parametrize("text,words", NOT_PLACES)
def test_no_place_without_a_name_before_the_relation(place_stage, text, words):
    got = refs_by_surface(place_stage, text)
    assert not any(k in words for k in got), got


def test_a_known_name_keeps_its_reading_beside_a_distance(place_stage):
    # قرة تبة is Diyala's Qara Tapa, 110 km from Baqubah: no namesake by Baqubah is read there
    got = refs_by_surface(place_stage, "هجوم على نقطة قرب بلدة قرة تبة التي تبعد (110 كم) شمال شرق "
                                       "بعقوبة مركز محافظة ديالى.")
    ref = got["قرة تبة"]
    assert ref.place is not None and ref.place.name == "Qaryat Tabah", ref
