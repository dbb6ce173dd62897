"""actors60: the sides of a verb that opens a conjunct clause with a subject of its own.

A verb carrying the conjunction after a comma, with an actor right after it (، واعتقلت الشرطة
اثنين من المسلحين), opens a clause of its own: the sides named before the comma (بين الشرطة
ومسلحين, the clash's pair) belong to the earlier verb. The new verb's doer is the actor after
it, its object the people after that - for an arrest, the people arrested (CODING.md: actor2),
and the other side of the earlier clash is no associate of the arresting force
(hadath.events.roles.assign)."""
from __future__ import annotations

import pytest

from tests.events.conftest import events

# (text, arrest actor1, arrest actor2)
ARREST_AFTER_CLASH = [
    ("وقعت اشتباكات بين الشرطة ومسلحين في مدينة العريش، واعتقلت الشرطة اثنين من المسلحين.",
     "Police Forces of Egypt", "Unidentified Armed Group (Egypt)"),
    ("دارت اشتباكات عنيفة بين الجيش ومسلحين في مدينة درنة، واحتجز الجيش خمسة من المسلحين.",
     "Military Forces of Libya (2021-) Government of National Unity", "Unidentified Armed Group (Libya)"),
    ("اندلعت اشتباكات بين قوات الأمن ومسلحين قبليين في مدينة مأرب، واعتقلت قوات الأمن سبعة من المسلحين.",
     "Police Forces of Yemen", None),
    # no comma: the verb carries the conjunction right after a word (positions.verb_opens_clause)
    ("وقعت اشتباكات بين الشرطة ومسلحين في مدينة العريش واعتقلت الشرطة اثنين من المسلحين.",
     "Police Forces of Egypt", "Unidentified Armed Group (Egypt)"),
    ("اندلعت اشتباكات بين الجيش ومسلحين في مدينة درنة واحتجز الجيش خمسة من المسلحين.",
     "Military Forces of Libya (2021-) Government of National Unity", "Unidentified Armed Group (Libya)"),
    # no subject after the arrest verb: the pair's second side (marked as the one acted on) is no
    # second doer joined to the first (voice.assign_voiced's joined-doer step), no associate
    ("وقعت اشتباكات بين الشرطة ومسلحين في مدينة العريش، واعتقلت اثنين من المسلحين.",
     "Police Forces of Egypt", "Unidentified Armed Group (Egypt)"),
    ("دارت اشتباكات بين الجيش ومسلحين في مدينة درنة واحتجز خمسة من المسلحين.",
     "Military Forces of Libya (2021-) Government of National Unity", "Unidentified Armed Group (Libya)"),
]


@pytest.mark.parametrize("text,doer,held", ARREST_AFTER_CLASH)
def test_arrest_after_clash_pair(pipeline, text, doer, held):
    arrests = [e for e in events(pipeline, text) if e.sub_event_type == "Arrests"]
    assert arrests, text
    e = arrests[0]
    assert e.actor1 == doer
    assert not e.assoc_actor_1  # the clash's other side did not arrest anyone
    if held is not None:
        assert e.actor2 == held
    else:
        assert e.actor2 is not None and e.actor2 != doer


# controls: the clash keeps its pair; an arrest in a sentence of its own is unchanged
CONTROLS = [
    ("وقعت اشتباكات بين الشرطة ومسلحين في مدينة العريش، واعتقلت الشرطة اثنين من المسلحين.",
     ("Armed clash", "Police Forces of Egypt", "Unidentified Armed Group (Egypt)")),
    ("اعتقلت الشرطة اثنين من المسلحين في مدينة العريش.",
     ("Arrests", "Police Forces of Egypt", "Unidentified Armed Group (Egypt)")),
    ("اقتحم مستوطنون قرية بورين جنوب نابلس، واعتقل الجيش الإسرائيلي ثلاثة شبان من القرية.",
     ("Arrests", "Military Forces of Israel", "Civilians (Palestine)")),
]


@pytest.mark.parametrize("text,want", CONTROLS)
def test_controls(pipeline, text, want):
    assert want in [(e.sub_event_type, e.actor1, e.actor2) for e in events(pipeline, text)]


# A support noun after a noun of persons or cells (عنصر دعم للجماعات الإرهابية، خلية إسناد
# لتنظيم داعش) names people who back the group: the group is a side - for an arrest, the people
# arrested (actor2) - not a side's means (role_words.backers). (text, arrest actor2)
BACKERS = [
    ("وقالت الوزارة إن عناصر الدرك الوطني اعتقلوا عنصر دعم للجماعات الإرهابية بولاية تبسة.",
     "Unidentified Armed Group (Algeria)"),
    ("أوقفت مفارز للجيش الوطني الشعبي ثلاثة عناصر دعم للجماعات الإرهابية في ولاية بومرداس.",
     "Unidentified Armed Group (Algeria)"),
    ("اعتقلت قوات الأمن العراقية خمسة عناصر إسناد لتنظيم داعش في قضاء الحويجة.", "Islamic State (Iraq)"),
    ("فككت الشرطة خلية دعم لتنظيم داعش في مدينة طنجة واعتقلت أفرادها.", "Islamic State (Morocco)"),
]


@pytest.mark.parametrize("text,held", BACKERS)
def test_backers_arrested_are_the_group(pipeline, text, held):
    assert held in [e.actor2 for e in events(pipeline, text) if e.sub_event_type == "Arrests"]


# controls: a participle of support, or a support noun after no person noun, still names the
# backer, never a side (table: text, sub-type, actor1, actor2)
SUPPORT_CONTROLS = [
    ("شنت قوات الجيش بدعم من الطيران الروسي هجوما على مواقع هيئة تحرير الشام في ريف إدلب.",
     "Military Forces of Syria (2000-2024)", "HTS: Hayat Tahrir al-Sham"),
    ("قصفت قوات سوريا الديمقراطية بدعم من التحالف الدولي مواقع تنظيم داعش في بلدة الباغوز.",
     "SDF: Syrian Democratic Forces", "Islamic State (Syria)"),
    ("هاجمت القوات الحكومية بدعم من قوات التحالف مواقع الحوثيين في مديرية حيس.",
     "Military Forces of Yemen", "Houthi Movement"),
]


@pytest.mark.parametrize("text,doer,hit", SUPPORT_CONTROLS)
def test_support_still_no_side(pipeline, text, doer, hit):
    assert any(e.actor1 == doer and e.actor2 == hit for e in events(pipeline, text))


# (text, index of the verb, whether it opens a clause of its own)
OPENS = [("اشتبك الجيش مع مسلحين في درنة واعتقل الجيش خمسة منهم", 6, True),
         ("اشتبك الجيش مع مسلحين في درنة، واعتقل الجيش خمسة منهم", 7, True),
         ("اشتبك الجيش مع مسلحين في درنة واعتقل خمسة منهم", 6, False),
         ("وقصف الجيش مواقعهم", 0, False)]


@pytest.mark.parametrize("text,k,want", OPENS)
def test_verb_opens_clause(text, k, want):
    from hadath.events.positions import verb_opens_clause
    from hadath.pipeline import build_pipeline
    from hadath.types import Article
    from tests.events.conftest import PUB
    toks = build_pipeline()(Article("w", text, published=PUB)).tokens
    starts = {i for i, t in enumerate(toks) if t.text == "الجيش"}
    assert verb_opens_clause(toks, k, starts) is want


def test_backers_word_test():
    from hadath.pipeline import build_pipeline
    from hadath.events.role_words import backers
    from hadath.types import Article
    from tests.events.conftest import PUB
    cases = [("عنصر دعم للجماعات", 1, True), ("خلايا إسناد للتنظيم", 1, True),
             ("عناصر مدعومة من تركيا", 1, False), ("بدعم من الطيران", 0, False)]
    pipe = build_pipeline()
    for text, k, want in cases:
        toks = pipe(Article("w", text, published=PUB)).tokens
        assert backers(toks, k) is want, text


# The dead or wounded told before an act noun (سقط X في قصف، تعرض X لهجوم، مقتل X في غارة): a
# state's forces joined to civilians in that list are the side hit, as before a passive verb
# (roles._forces_among). (text, actor2)
FORCES_AMONG = [
    ("سقط ثلاثة جنود وطفلان في قصف مدفعي على بلدة معرة النعمان.", "Military Forces of Syria (2000-2024)"),
    ("سقط شرطيان وأربعة مدنيين في هجوم على حاجز في مدينة العريش.", "Police Forces of Egypt"),
    ("سقط جندي وثلاثة مدنيين في غارة جوية على بلدة معرة النعمان.", "Military Forces of Syria (2000-2024)"),
    # controls: civilians alone, forces alone
    ("سقط ثلاثة أطفال في قصف مدفعي على بلدة معرة النعمان.", "Civilians (Syria)"),
    ("سقط ثلاثة جنود في قصف مدفعي على بلدة معرة النعمان.", "Military Forces of Syria (2000-2024)"),
]


@pytest.mark.parametrize("text,hit", FORCES_AMONG)
def test_forces_among_the_fallen(pipeline, text, hit):
    assert hit in [e.actor2 for e in events(pipeline, text)]


def test_joined_doers_still_joined(pipeline):
    # control of the pair rule: two unmarked doers joined after the verb, their victims after them
    got = [(e.actor1, e.assoc_actor_1, e.actor2) for e in events(
        pipeline, "قتل جنود ماليون وعناصر من فاغنر عشرات المدنيين في قرية مورا وسط مالي.")]
    assert ("Military Forces of Mali", "Wagner Group", "Civilians (Mali)") in got
