"""data/lexicons/function_words.tsv: every entry survives the normalizer and every role is used."""
from __future__ import annotations

import pytest

from hadath.events.lexicons import function_words
from hadath.resources import load_tsv
from hadath.text.normalize import normalize_key

ROLES = ("relative", "held", "cause", "since", "exposure", "consequence", "consequence/perfect", "belongs", "motion", "lies",
         "toll_cause", "stationed", "reporter", "communal", "border", "hedge", "air_defense", "participant", "in", "noun_prep", "two_sides", "side", "support", "distance_unit", "distance_lead", "water", "amid", "sky", "response", "confront", "countryside", "nearby", "most", "habitual", "two_acts", "fell", "the_dead", "dead_link", "dead_by", "launched_from", "from", "announce", "nationwide", "nationwide_scope", "tires", "military_object",
         "border_with", "overflight", "claim_verb", "in_it", "halt", "hostage", "expel", "bare_only", "solidarity", "solidarity_link", "unknown", "disruption", "led_by", "origin",
         "retreat", "toward", "source", "the_act", "tied_to", "own_member", "own_member_lead", "unaccusative_noun", "attacker", "felt", "felt_among", "attempt", "ally",
         "adjoining", "repel", "repel_lam", "branch", "complementizer", "means_clitic", "agent_hand", "speaker_word", "other_story",
         "blame_verb", "blame_noun", "blame_not", "peaceful", "claim_tail", "calloff", "ahead", "began", "began_link", "symbol", "organizes", "body", "body_link", "gathering", "gather_struck", "gather_purpose", "anniversary",
         "did_it", "did_by", "it_by", "cleft", "prevent", "staging", "permit", "addressed", "addressed_link", "road_cut",
         "demolished", "demolished_her", "pronoun_him", "pronoun_her", "unable_link", "elative_stop", "right", "motive",
         "head_prep", "civil_body", "site", "craft", "craft_struck", "fell_on", "until", "until_after",
         "until_lead", "resolve", "naming", "naming_on", "naming_name")

# the list's و (event_roles.tsv and event_tolls.tsv read it too) and the relatives modality reads
ROLES += ("conj", "relative/subclause", "support/noun", "support_member", "ministry", "tied_verb")
ROLES += ("flight", "heading")   # (place62: نزوح السكان من X is where they fled from, no one's home)
ROLES += ("downs_craft",)   # (types63: أسقطت الدفاعات مسيرة - the craft downed, no march)
ROLES += ("object_pronoun",)   # (sd62: اقتادتهم after an abduction is the abduction)
ROLES += ("assault_lemma", "ground_troop")   # (types64: اعتدى جنود الاحتلال - no strike from the air, events.ground_troops)
ROLES += ("struck_list",)   # (split55: غارات على ريف X، مستهدفا بلدات Y وZ: the towns hit, events.place_struck)
ROLES += ("outlet_after",)   # (neg37: المسيرة نت - a web outlet, no march)
ROLES += ("pursue", "patient_pronoun")   # (types65: حاصرت قوات الأمن المعتصمين - events.pursuit; اعتداء مئات من الأهالي عليهم - crowd_fights.people_doers)


def test_every_row_has_a_known_role():
    rows = load_tsv("lexicons/function_words.tsv")
    assert rows and {r["role"] for r in rows} == set(ROLES)


@pytest.mark.parametrize("word, role", [
    ("الذي", "relative"), ("تحت", "held"), ("جراء", "cause"), ("إثر", "cause"), ("منذ", "since"),
    ("تعرضت", "exposure"), ("عشائري", "communal"), ("يتعرض", "exposure"), ("التابعة", "belongs"), ("الواقعة", "belongs"), ("تقع", "lies"),
    ("المتمركزة", "stationed"), ("انطلاقاً", "stationed"), ("بالقرب", "nearby"), ("أمام", "nearby"),
    ("المنحدر", "origin"), ("المجاورة", "adjoining"), ("مبنى", "demolished"), ("بناية", "demolished_her"),
    ("أسفرت", "consequence/perfect"), ("أدى", "consequence/perfect"), ("أسفرت", "consequence"),
    ("يؤدي", "consequence"), ("على", "unable_link"), ("أن", "unable_link"), ("من", "elative_stop"), ("إلى", "elative_stop"),
    ("على", "head_prep"), ("عن", "head_prep"), ("دعم", "support"), ("دعم", "support/noun"), ("عناصر", "support_member"),
    ("حتى", "until"), ("إلى", "until_lead"), ("ماضية", "resolve"), ("عازمون", "resolve"),
    ("وزارة", "ministry"), ("يتبع", "tied_verb"),
])
def test_words_are_found_in_normalized_spelling(word, role):
    assert normalize_key(word) in function_words(role)


def test_unknown_role_is_empty():
    assert function_words("nothing") == frozenset()



def test_a_part_of_a_role_is_read_with_the_role():
    perfect, every = function_words("consequence/perfect"), function_words("consequence")
    assert perfect and perfect < every
    assert normalize_key("يؤدي") in every and normalize_key("يؤدي") not in perfect
    assert function_words("consequence/") == frozenset()  # no role of that name
