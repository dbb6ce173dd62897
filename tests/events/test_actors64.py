"""actors64: actor names as the coders write them (issue #9).

A where-aware name (data/lexicons/actors.tsv, header "Where-aware names"): a name one country's
group bears that names other groups elsewhere is listed on the group's row and on the generic
unidentified row; the group in its country, the unidentified armed group of the story's country
elsewhere (مجلس شورى المجاهدين: Derna's council in Libya only)."""
from __future__ import annotations

import pytest

from tests.events.conftest import events

DMSC = "DMSC: Derna Mujahideen Shura Council"

# (text, a side the events must name, a name no event may give)
WHERE_AWARE = [
    ("اندلعت اشتباكات بين الجيش الليبي ومجلس شورى المجاهدين في درنة أمس.", DMSC, None),
    ("قصفت طائرات حربية تابعة لقوات حفتر مواقع لمجلس شورى المجاهدين في مدينة درنة شرقي ليبيا "
     "وقتل ثلاثة من عناصره.", DMSC, None),
    ("هاجم مسلحون من مجلس شورى المجاهدين حاجزا للجيش الليبي غرب درنة فقتل جنديان.", DMSC, None),
    # the same name outside Libya: no Derna council
    ("اندلعت اشتباكات بين الجيش السوري ومجلس شورى المجاهدين في دير الزور أمس.",
     "Unidentified Armed Group (Syria)", DMSC),
    ("فجر مسلحون من مجلس شورى المجاهدين سيارة مفخخة قرب حاجز للشرطة في الرمادي وقتلوا أربعة من "
     "عناصر الشرطة العراقية.", "Unidentified Armed Group (Iraq)", DMSC),
]


@pytest.mark.parametrize("text,side,never", WHERE_AWARE)
def test_where_aware_name(pipeline, text, side, never):
    evs = events(pipeline, text)
    sides = {s for e in evs for s in (e.actor1, e.actor2)}
    assert side in sides, (text, sides)
    assert never not in sides


# A named community's militia is named in every frame of its armed men and after a word of
# belonging (hadath.mentions.actors_lexicon._band_keys; actors_words.tsv band_men, band_head,
# band_tied): (text, actor1, actor2)
MISRATAH, ZINTAN = "Misratah Communal Militia (Libya)", "Zintan Communal Militia (Libya)"
BAND_FRAMES = [
    ("أطلقت كتائب تابعة لمصراتة النار على متظاهرين في حي غرغور بطرابلس فقتل ستة.",
     "Protesters (Libya)", MISRATAH),
    ("اندلعت اشتباكات عنيفة بين مقاتلين من الزنتان وكتائب تابعة لمصراتة قرب مطار طرابلس أسفرت عن "
     "مقتل خمسة.", ZINTAN, MISRATAH),
    ("هاجم مقاتلو المساليت قرية في محيط الجنينة بولاية غرب دارفور وقتلوا ثلاثة أشخاص.",
     "Masalit Ethnic Militia (Sudan)", "Civilians (Sudan)"),
    ("قتل أربعة أشخاص في هجوم شنته ميليشيات الطوارق على سوق في أوباري جنوب ليبيا.",
     "Tuareg Ethnic Militia (Libya)", "Civilians (Libya)"),
    ("اندلعت اشتباكات بين مقاتلي جبل محسن ومسلحين تابعين لباب التبانة في طرابلس شمال لبنان أسفرت "
     "عن مقتل شخص.", "Jabal Mohsen Communal Militia (Lebanon)", "Bab al-Tabbaneh Communal Militia (Lebanon)"),
    # a town's sons are its people, no band: the victims stay civilians
    ("قتل ثلاثة من أبناء مصراتة في هجوم مسلح على سيارتهم قرب بني وليد.",
     "Unidentified Armed Group (Libya)", "Civilians (Libya)"),
]


@pytest.mark.parametrize("text,actor1,actor2", BAND_FRAMES)
def test_band_frames(pipeline, text, actor1, actor2):
    evs = events(pipeline, text)
    assert evs, text
    assert (evs[0].actor1, evs[0].actor2) == (actor1, actor2)
