"""Language knowledge added for real news (issue #9), one case per line: what is an act and
what only describes a state, an anniversary or a venue."""
from __future__ import annotations

import pytest

from tests.events.conftest import events


@pytest.mark.parametrize("text, sub, where", [
    # tear gas used on a crowd is a protest with intervention, even without a protest word
    ("استخدمت الشرطة الغاز المسيل للدموع في مدينة وهران أمس.", "Protest with intervention", "Oran"),
    ("أطلقت القوات الغاز المسيل للدموع على المواطنين في مدينة البصرة اليوم.", "Protest with intervention", "Basrah"),
    # tear gas thrown at protesters disperses them: intervention, not lethal force
    ("وألقت قوات الأمن قنابل الغاز المسيل للدموع على المتظاهرين في مدينة السويس.", "Protest with intervention", "Suez"),
    ("واندلعت مظاهرات في مدينة السويس أمس، وألقت قوات الأمن على المتظاهرين قنابل غاز مسيل للدموع.",
     "Protest with intervention", "Suez"),
    # a protest whose dispersal is told in the next sentence met an intervention
    ("تجددت الاحتجاجات الشعبية في مدينة الخرطوم أمس. وأطلقت قوات الشرطة الغاز المسيل للدموع على المتظاهرين في الخرطوم.",
     "Protest with intervention", "Khartoum"),
    # destroying hideouts and bombs found is disrupted weapons use, not property destruction
    ("كشفت ودمرت مفارز للجيش الوطني الشعبي أمس 11 مخبأ للجماعات الإرهابية و6 قنابل تقليدية الصنع بولاية المدية.",
     "Disrupted weapons use", "Medea"),
    ("أطلقت قوات الأمن الرصاص الحي على المتظاهرين في مدينة السويس ما أدى إلى مقتل اثنين.",
     "Excessive force against protesters", "Suez"),
    # a plural verbal noun naming the cause of a toll is that act, not a generic reference
    ("أعلنت وسائل إعلام سورية مقتل مدنيين اثنين في غارات إسرائيلية استهدفت العاصمة دمشق مساء الاثنين.",
     "Air/drone strike", "Damascus"),
    # a state's "strike" and its air force are air strikes
    ("وأوردت الوزارة أن خمسة أشخاص قتلوا في ضربة إسرائيلية استهدفت بلدة حناويه قرب صور.", "Air/drone strike", "Hanaouay"),
    ("أعلن الجيش الإسرائيلي أن سلاح الجو شن هجمات على أهداف لحزب الله في مدينة صور.", "Air/drone strike", "Tyre"),
    # a verbal noun and its weapon apart (بإلقاء أكثر من 15 برميل متفجر)
    ("كما قام طيران النظام المروحي بإلقاء أكثر من 15 برميل متفجر على مدينة داريا في الريف الدمشقي.",
     "Air/drone strike", "Darayya"),
    # the crowd's own molotovs and grenades, or its arson, make the protest a riot
    ("اندلع حريق في السراي في مدينة طرابلس شمال لبنان جراء إلقاء عبوة مولوتوف من قبل المحتجين، الذين ألقوا 3 قنابل يدوية.",
     "Violent demonstration", "Tripoli"),
    ("تظاهر مئات في مدينة البصرة أمس وأضرم متظاهرون النار في مبنى المحافظة.", "Violent demonstration", "Basrah"),
    # a quarter with its own point in the gazetteer is coded there, not at the city placed after it
    ("قتل شخصان في انفجار سيارة مفخخة في منطقة الكاظمية، في شمال بغداد أمس.",
     "Remote explosive/landmine/IED", "Al Kāz̧imīyah"),
    # a list of towns with parenthesised glosses is still one list (one event per town)
    ("خرجت مسيرات في بجاية وعنابة (شرق) والبويرة (وسط) ووهران (غرب) الجمعة.", "Peaceful protest", "Oran"),
])
def test_acts(pipeline, text, sub, where):
    got = events(pipeline, text)
    assert any(e.sub_event_type == sub and e.location == where for e in got), got


@pytest.mark.parametrize("text", [
    # who holds ground (imperfect control verbs) is a state, not a change of hands
    "يسيطر حزب الله على الجنوب اللبناني منذ سنوات.",
    "وتسيطر قوات سوريا الديمقراطية على مدينة الرقة.",
    # ... and so does a relative clause about the ground a side took
    "وتعمل الفصائل ضد قوات النظام الذي استولى على مساحات في ريف إدلب كانت تحت سيطرتهم.",
    # a generic plural with no toll, date or occurrence verb
    "وتتواصل الهجمات على المدنيين في البلاد منذ سنوات.",
    # heading towards a change is a plan
    "فصائل مسلحة في إدلب تتجه لحلّ هياكلها التنظيمية وإعادة الاندماج في فصيل واحد.",
    # an anniversary of an act is no new act
    "مر عام على الشغب الذي وقع في مدرجات ملعب الدار البيضاء.",
    "بعد مرور عام على الهجوم الانتحاري في مدينة بنغازي، لا تزال العائلات تنتظر.",
])
def test_not_acts(pipeline, text):
    assert events(pipeline, text) == ()


@pytest.mark.parametrize("text, venue", [
    ("قتل ثلاثة مدنيين في قصف على مدينة إدلب، فيما تتواصل محادثات جنيف.", "Geneva"),
    ("اندلعت اشتباكات في مدينة درعا بالتزامن مع مفاوضات في عمان.", "Amman"),
])
def test_a_negotiation_venue_is_never_the_place_of_violence(pipeline, text, venue):
    got = events(pipeline, text)
    assert got and all(e.location != venue for e in got), got


def test_list_of_towns_gives_one_event_each(pipeline):
    got = events(pipeline, "خرجت مسيرات في بجاية وعنابة (شرق) والبويرة (وسط) ووهران (غرب) الجمعة.")
    assert {e.location for e in got} >= {"Bejaia", "Annaba", "Bouira", "Oran"}


@pytest.mark.parametrize("text, actor1, actor2", [
    # "General Security" is a force of many countries: the event's country decides
    ("أصيب 72 من عناصر الأمن العام بحجارة رشقها المتظاهرون في مدينة الحسيمة بالمغرب أمس.",
     "Rioters (Morocco)", "Police Forces of Morocco"),
    ("انتشرت قوات الأمن العام السوري في مدينة حمص أمس واعتقلت عشرة أشخاص.",
     "Police Forces of Syria (2024-)", "Civilians (Syria)"),
])
def test_state_forces_named_by_the_events_country(text, actor1, actor2):
    from datetime import date

    import hadath
    from hadath.types import Article

    got = hadath.load()(Article("t", text, published=date(2025, 7, 21))).events
    assert [(e.actor1, e.actor2) for e in got] == [(actor1, actor2)]


@pytest.mark.parametrize("text, sub, actor2", [
    # demolished homes and uprooted trees: civilians are the side acted on
    ("هدمت القوات الإسرائيلية منزلين في بلدة الخضر بذريعة البناء دون ترخيص.",
     "Looting/property destruction", "Civilians (Palestine)"),
    # the force that met the rioters, named in the sentence, is actor2
    ("اندلعت أعمال شغب في مدينة عين صالح واشتبك المحتجون مع قوات الشرطة.",
     "Violent demonstration", "Police Forces of Algeria"),
    # the subject of تعرض ل is the one hit
    ("تعرضت دورية للجيش السوري لهجوم من قبل مسلحين في ريف درعا أمس.", "Armed clash",
     "Military Forces of Syria (2000-2024)"),
    # nobody acts on a peaceful protest, even when police are named nearby
    ("خرجت مسيرات سلمية في مدينة بجاية بينما انتشرت قوات الشرطة في الشوارع.", "Peaceful protest", None),
])
def test_the_side_acted_on(pipeline, text, sub, actor2):
    got = [e for e in events(pipeline, text) if e.sub_event_type == sub]
    assert got and got[0].actor2 == actor2, events(pipeline, text)


def test_a_ceasefire_is_an_agreement_not_shooting(pipeline):
    got = events(pipeline, "توصل أعيان القبيلتين في مدينة الكفرة أمس إلى اتفاق بتثبيت الهدنة ووقف إطلاق النار بين الطرفين.")
    assert [e.sub_event_type for e in got] == ["Agreement"]


@pytest.mark.parametrize("text, sub", [
    # a state's military striking abroad with no weapon or ground fight named: from the air
    ("قصف الجيش التركي أمس قرية سيدان في ناحية شيلادزي بمحافظة دهوك.", "Air/drone strike"),
    # ... but not at home
    ("قصف الجيش السوري أمس مدينة دوما.", "Shelling/artillery/missile attack"),
])
def test_strikes_abroad(pipeline, text, sub):
    got = events(pipeline, text)
    assert got and got[0].sub_event_type == sub, got
