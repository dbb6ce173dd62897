"""A camp or quarter named with no town of its own is coded to the document's town when its
reading lies far from it (places_quarters.anchored). The document's town must lie in a country
the document points to at least as much as to the quarter's own (place65): a town named in
passing abroad (a meeting in Paris, a bomber come from Istanbul) or a common word read as a
capital (باللوم "the blame" as Lome, Togo) claimed the camps and quarters of the country the
report is about on main."""
from __future__ import annotations

import pytest

from hadath.mentions.actors import ActorStage
from hadath.mentions.places_quarters import passing_town
from hadath.text.stage import TextStage
from hadath.types import Article, Doc


def _doc(text: str) -> Doc:
    """The document as the places stage sees it in the pipeline: with its actors (whose homes
    vote for the focus: حماس, الشرطة العراقية)."""
    return ActorStage()(TextStage()(Doc(Article("t", text))))


def _ref(stage, text: str, surface: str):
    doc = _doc(text)
    for f, r in stage.resolve(doc):
        if doc.text[f.span.start:f.span.end] == surface:
            return r
    return None


KEPT = [   # (text, the quarter's surface, its reading): a town abroad claims no quarter here
    ("ألقت حماس باللوم على إسرائيل في قصف مدرسة بمخيم جباليا أسفر عن مقتل 15 شخصا.",
     "مخيم جباليا", "Jabalya Camp"),
    ("استشهد ثلاثة فلسطينيين في قصف إسرائيلي على مخيم جباليا. وأدانت الخارجية الفلسطينية "
     "القصف، فيما دعا اجتماع في باريس إلى التهدئة.", "مخيم جباليا", "Jabalya Camp"),
    ("قتل شاب فلسطيني برصاص الجيش الإسرائيلي في مخيم الشاطئ، فيما نددت الرئاسة الفلسطينية من "
     "رام الله وبحث وزير فلسطيني التهدئة في عمان.", "مخيم الشاطئ", "Ash Shati' Camp"),
    ("انفجرت سيارة مفخخة في حي الكرادة وسط تجمع للمدنيين، وقالت الشرطة العراقية إن منفذ التفجير "
     "وصل من إسطنبول.", "كرادة", "Karrada"),
    ("أصيب خمسة أشخاص في انفجار بحي الكرادة. وأعلنت الشرطة العراقية أن الانفجار نجم عن عبوة، "
     "فيما وصل وزير عراقي إلى طهران.", "كرادة", "Karrada"),
]


@pytest.mark.parametrize("text,surface,place", KEPT)
def test_a_town_abroad_claims_no_quarter(place_stage, text, surface, place):
    ref = _ref(place_stage, text, surface)
    assert ref is not None and ref.place is not None and ref.place.name == place
    assert ref.container is None


@pytest.mark.parametrize("text,surface,place", [   # اللوم "the blame" (common_words.txt): no Lome
    ("ألقت الحكومة باللوم على المعارضة في الهجوم على حي الكرادة.", "كرادة", "Karrada"),
    ("ألقى المتحدث باللوم على مسلحين في تفجير استهدف مخيم جباليا.", "مخيم جباليا", "Jabalya Camp"),
])
def test_the_blame_is_no_lome(place_stage, text, surface, place):
    ref = _ref(place_stage, text, surface)
    assert ref is not None and ref.place is not None and ref.place.name == place
    assert ref.container is None


@pytest.mark.parametrize("text", [
    "ألقى المتحدث باللوم على الحكومة في تدهور الأوضاع.",
    "وجه الوزير اللوم إلى المعارضة بعد الاشتباكات.",
])
def test_the_blame_is_no_place(place_stage, text):
    doc = _doc(text)
    assert all(r.place is None or r.place.country_code != "TG" for _f, r in place_stage.resolve(doc))


class _P:
    def __init__(self, pid, cc):
        self.id, self.country_code = pid, cc


class _I:
    def __init__(self, place):
        self.best, self.hits = 0, [(type("H", (), {"place": place})(), 1.0)]


LOME, AMMAN, MAFRAQ, CAMP = _P("lome", "TG"), _P("amman", "JO"), _P("mafraq", "JO"), _P("camp", "PS")


@pytest.mark.parametrize("town,names,focus,passing", [
    (LOME, [LOME, CAMP], {"TG": 0.67, "PS": 1.0}, True),          # the town alone in its country
    (AMMAN, [AMMAN, AMMAN, CAMP], {"JO": 0.5, "PS": 1.0}, True),   # named twice, still alone
    (AMMAN, [AMMAN, MAFRAQ, CAMP], {"JO": 0.99, "PS": 1.0}, False),  # its country's other names
    (AMMAN, [AMMAN, CAMP], {"JO": 1.0, "PS": 1.0}, False),        # the document points there as much
    (AMMAN, [AMMAN, CAMP], {"JO": 1.0, "PS": 0.5}, False),
])
def test_passing_town(town, names, focus, passing):
    live = {str(k): _I(p) for k, p in enumerate(names)}
    assert passing_town(town, CAMP, live, focus) is passing
