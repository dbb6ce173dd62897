"""The events stage's numbers in one table: how confident each way of finding a field is, and how
many tokens (or sentences, or days) each look-around reaches (issue #11).

Each value is named after the situation it scores; the module that reads it is named in the
comment. Changing one changes extraction output: the golden snapshot (tests/snapshot) shows how.
"""
from __future__ import annotations

from typing import NamedTuple


class Confidence(NamedTuple):
    # frames: a trigger mention this confident can found a frame (weaker ones only join one)
    founding_trigger: float = 0.6
    # roles.assign: how actor1 / actor2 were found
    marked_agent: float = 0.9        # an agent marker before it (من قبل، بنيران، على يد)
    marked_patient: float = 0.85     # a patient marker before it (ضد، من عناصر، على)
    exposed_subject: float = 0.7     # the subject of تعرض ل (تعرضت دورية لهجوم): the one hit
    genitive_agent: float = 0.75     # the genitive of an agent verbal noun (قصف الجيش)
    victims_before: float = 0.55     # victims before a verbal noun whose doer follows it
    subject_before: float = 0.6      # an actor before a verbal noun or passive verb
    object_after: float = 0.6        # the next actor after the verb's subject (VSO object)
    patient_after: float = 0.7       # the actor after a passive verb or a patient noun
    svo_subject: float = 0.7         # the actor before an active verb (SVO)
    far_subject: float = 0.55        # the subject of a verb it lies far from
    elided_subject: float = 0.55     # the subject of the verb before, for a verb joined by و with none of its own
    vso_subject: float = 0.75        # the first actor after an active verb (VSO)
    hit_before: float = 0.6          # the actor before a marked agent (X تعرض لهجوم من قبل Y)
    speaker_agent: float = 0.6       # the speaker who reports its own act (قال الجيش إنه قصف)
    story_actor: float = 0.4         # realize: the one armed group the story names around an act with no doer
    opponent: float = 0.45           # realize: the other side of a change of ground, named nearby
    noun_doer: float = 0.7           # realize: the genitive doer of another verbal noun of the frame
    # fatalities.tally
    toll_counted: float = 0.9        # a numbered toll
    toll_estimated: float = 0.6      # a numbered toll given as an estimate (عشرات)
    toll_singular: float = 0.7       # unnumbered singular victims (مقتل جندي: 1)
    toll_share: float = 0.8          # a place's share of a toll told before (خمسة منهم في قرية النيرب)
    toll_unnumbered: float = 0.4     # unnumbered deaths (سقوط قتلى: 10, ACLED's "several")
    toll_none: float = 0.8           # no death reported, so none counted
    # place_choice.choose_places
    place_introduced: float = 0.8    # a place of the clause introduced as one (في، مدينة)
    place_in_clause: float = 0.6     # a place of the clause not introduced as one
    place_in_sentence: float = 0.5   # the place of the sentence nearest the trigger
    place_dateline: float = 0.4      # only the dateline (رام الله - ...)
    place_previous: float = 0.3      # the town of the sentence before
    # dating.choose_date
    date_in_clause: float = 0.9      # a date of the trigger's clause
    date_in_sentence: float = 0.75   # a date elsewhere in its sentence
    date_context: float = 0.5        # the day of the sentences before
    date_reference: float = 0.5      # the reference date, given by a date line
    date_publication: float = 0.4    # the reference date, from the publication only
    # realize
    weapon_owner: float = 0.7        # the side named in the strike phrase (غارة إسرائيلية)
    crowd: float = 0.6               # protesters / rioters as actor1 (at least)
    intervening_force: float = 0.5   # the state force named in a protest's sentence
    unidentified: float = 0.3        # an unidentified armed group as actor1
    unnamed_police: float = 0.4      # the force that intervened in a protest, named nowhere
    civilians: float = 0.5           # civilians as the side hit, by the event type
    type_with_cue: float = 0.8       # event type with a weapon or target category
    type_plain: float = 0.65         # event type from the triggers alone
    # merge._attribute
    accusation: float = 0.6          # actor1 named by a later accusation (اتهم X بتنفيذ)


class Windows(NamedTuple):
    # roles
    speaker_left: int = 4            # a speech verb this close before an actor makes it a speaker
    speaker_right: int = 7           # ... in the story's doer search, where speakers are left out
    subject_after_verb: int = 1      # a crowd's attacker this close after its active verb (هاجم مسلحون)
    teller: int = 2                  # an actor this close after a speech cue only tells of an act on civilians
    near: int = 8                    # unmarked actors must lie this close to the main trigger
    far_subject: int = 24            # a clause-heading subject this far before its verb
    lead_subject: int = 2            # a sentence's subject starts this close after its first word (واصلت إسرائيل)
    member_steps: int = 3            # member nouns skipped between a marker and its actor
    fire_words: int = 4              # a word of fire and its adjectives before من and a doer (fired_by)
    relative_join: int = 12          # words from the first side of بين past its relative clause to the second (الذي يقوده فلان، وY)
    speaker_time_gap: int = 5        # only time words in this gap: the speaker's verbal noun
    described_gap: int = 3           # relative adjectives between a verbal noun and its ل doer
    # fatalities
    filler: int = 5                  # bound words between a death word and its count
    aside: int = 5                   # words of a time aside between commas (قتل، مساء أمس السبت، خمسة)
    toll_head_left: int = 20         # how far back a toll update's head (حصيلة) may lie
    death_right: int = 4             # a death verb this close after the counted noun
    partitive_group: int = 6         # ... and this much further past من + the group counted (5 عناصر من قوات النظام قتلوا)
    toll_list_gap: int = 4           # a count this close after a death count continues it (و2)
    kill_object: int = 7             # a count this close after a kill verb is its object
    share_gap: int = 8               # words of the act between في and a share's place (وسبعة آخرون في غارات على مدينة بنش)
    second_share: int = 14           # a second counted share of the dead (و14 مقاتلا من X) this close after a kill verb
    source_left: int = 8             # a source word (مصدرها) this far before a place: the site that fired
    object_after_subject: int = 3    # people this close after a kill verb's first actor are its object
    singular_right: int = 4          # a singular victim noun this close after the trigger
    exposed_subject: int = 4         # words of the subject between تعرض and its ل + act noun
    exposed_before: int = 2          # words between the subject of تعرض told before it and تعرض (قوات الأمن بعد تعرضها)
    dispersed_object: int = 5        # a crowd word this close after a dispersal verb is its object
    dispersal_beside: int = 2        # an armed group this close after a dispersal word broke up the crowd
    # modality
    dateline_source: int = 8         # a dateline's outlet name starts within this many tokens
    # place_choice
    locative_left: int = 2           # a locative word this close before a place after the trigger
    place_list_gap: int = 4          # at most this many tokens between two places of one list
    city_after_part: int = 2         # a city (مدينة X) this close after a part of it (حي Y)
    direction_after_part: int = 3    # a town placed relative to a part (حي X غربي مدينة Y)
    container_km: float = 100.0      # a place this far from the area named as its container is not in it
    region_km: float = 400.0         # ... a governorate this far from the town said to lie near it (المنيا جنوب القاهرة)
    part_km: float = 30.0            # a quarter's own point this close to the city named after it
    inner_km: float = 2.0            # any place's point this close to a city's lies inside it (reconcile)
    near_lead_km: float = 30.0       # a body record this close to a lead's "near city X" restates it
    locator_gap: int = 7             # at most this many words between a place and the one locating it (X شمال شرق Y، X (110 كلم شرق Y))
    sky_right: int = 8               # "in the air" this close after a shooting (أطلقوا أعيرة نارية في الهواء;
                                     # أطلقت القوة المهاجمة النار بصورة مكثفة في الهواء: past its subject)
    stated_km_slack: float = 1.5     # a distance stated between them (110 كلم) allows this much more, road to crow's flight
    home_left: int = 6               # a person noun this far before من X: X is their home (الشاب فلان (20 عاما) من مخيم X)
    venue_left: int = 3              # a meeting noun this close before a place (محادثات جنيف)
    other_act_left: int = 8          # a word of solidarity this far before the supported people's place (تضامنا مع المحتجين في X)
    motive_left: int = 14            # a motive word this far before the place of what a crowd protested (احتجاجا على القصف ... في X)
    answered_left: int = 12          # a response word this far before the place of the act answered (ردا على اغتيال ... في X)
    retreat_left: int = 4            # a verb of retreat this far before "to" a place (انسحب بعدها الجيش إلى X)
    dateline_city: int = 5           # the dateline's dash or colon within this many tokens
    dateline_agency: int = 5         # ... and the agency's within this many after it
    # frames and dating
    pluperfect_left: int = 7         # قد this close before the trigger
    organizer_left: int = 12         # words from the relative pronoun to the verb of organizing (trigger_vetoes.organized_by)
    past_aux_left: int = 6           # كان this close before قد
    same_time_right: int = 12        # في اليوم ذاته this close after the sentence start
    occurrence_left: int = 4         # an occurrence verb this close before a plural noun
    occurrence_right: int = 3        # ... or this close after it
    caused_toll_left: int = 8        # a toll trigger this close before a cause phrase
    speech_date_right: int = 8       # a date this close after the speaker: the statement's
    since_left: int = 5              # منذ this close before a date
    context_sentences: int = 8       # how far back an undated sentence looks for its day
    context_days: int = 7            # ... for a day no further back than this from the reference
    late_days: int = 31              # an act this old is kept but flagged reported_late
    background_days: int = 183       # an act this old is background
    # realize
    story_sentences: int = 2         # how far back a story's one armed group is looked for
    story_days: int = 1              # attribute: the report's attacker of acts this close in date
    riot_force_sentences: int = 4    # a riot's state force named this many sentences around it
    lead_sentences: int = 2          # a battle's two sides named "between X and Y" this early in a report
    ground_right: int = 8            # ground or a place this close after a control word
    instrument_left: int = 3         # a verb this close before its instrument (استهدف بغارات)
    consequence_right: int = 3       # a consequence word (أسفر، أدى) this close after the clause
    reporter_left: int = 5           # a correspondent noun this close before a place (مراسل سبوتنيك في X)
    pair_subject: int = 4            # a kill verb joined to a passive: its subject this close after the pair (قتل وأصيب عدد من قوات X)
    speaker_place_left: int = 4      # a source noun at most this many tokens before في and a place (مصدر أمني محلي في X)
    partner_right: int = 3           # مع this close after a clash word names the other side
    communal_right: int = 3          # a tribal word this close after a fight word (نزاع عشائري، اشتباكات بين عشيرتين)
    communal_men: int = 2            # words for the men between بين and من before a tribal word (بين مسلحين من قبيلتي)
    onto_left: int = 3               # an attack word this close before على + a place (غارات العدو على X)
    consequence_subject: int = 8     # a consequence verb this close after a plural act noun (its subject)
    seized_right: int = 10           # weapons this close after a seizure are what was seized
    overflight: int = 3              # a word of flight or sky this close to an aircraft: it only flew over
    owner_right: int = 2             # a nationality or تابعة ل this close after a strike word
    post_after: int = 3              # words from an attack noun to على/استهدف before the post attacked (هجوم مسلح على كمين)
    owner_chain: int = 3             # unit nouns between تابعة ل and the force owning a weapon (لسلاح جو جيش X)
    owned_unit: int = 5              # words from بين to تابعة ل: a named unit of the force after it (بين غرفة عمليات X التابعة للجيش)
    teargas_left: int = 4            # tear gas / sound bombs this close before a blast word
    teargas_right: int = 3           # ... or this close after it (القنابل المسيلة، دوى انفجارها)
    tires: int = 6                   # words (place names not counted) from a burn verb to the tyres burnt
    fronted_time: int = 4            # words of a time phrase between its sequence word and the verb (، وبعد ساعات من الهجوم اعتقلت)
    people_pronoun: int = 12         # words from a people noun to the patient marker with a pronoun after it (أهالي قرية X التابعة لمركز Y عليهم)
    bomber_object: int = 3           # words from a kill word to the suicide bomber it kills (قتلت الشرطة الانتحاري)
    # merge
    accused_right: int = 6           # the actor accused this close after the accusation
    accused_act: int = 3             # ... and this close before the act it is blamed for (في قصف، مسؤولية قصف)
    claimant_left: int = 3           # the group claiming this close before the claim
    claimant_far: int = 10           # the group after a verb of announcing this close before its claim
    leader_name: int = 4             # words of a leader's name after بقيادة between a claimant and its verb
    insert_words: int = 8            # a comma-set insert this long is skipped (أعلن X، عبر صفحاته، مسؤوليته)


class PlaceRank(NamedTuple):
    """place_choice._rank: added to a candidate's distance from the trigger (lower wins)."""
    introduced: int = -12            # introduced as a place (في، مدينة، بلدة ...)
    locative_after: int = -3         # after the trigger, with a locative before it
    unknown_beside_town: int = 15    # unknown to the gazetteer while a known town is named
    country: int = 25                # a country: after any town or region
    region: int = 8                  # a region (ريف حماة، محافظة المنيا): after any town


CONFIDENCE = Confidence()
WINDOWS = Windows()
RANK = PlaceRank()
