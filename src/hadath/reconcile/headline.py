"""A report's first sentence told again in its body at a finer place (issue #9): a lead that
places an act at a town named like its province (قصف تركي يقتل 9 سياح في دهوك: Duhok, the city
and the governorate) restates the body's act at a place inside that province (قرية برخ بقضاء
زاخو في محافظة دهوك) of the same day and event type, with a compatible doer and toll. ACLED
keeps the most specific place: the lead's record is absorbed into the body's. So is a headline's record
- or any record - dated only by the report's day that the report tells again, dated, at the same
place, of the same sub-type and doer (الدفاعات الجوية تصدت لصواريخ إسرائيلية استهدفت مطار دمشق ...
مساء الاثنين; تجددت الاشتباكات في باب التبانة ... . سمع بعد ظهر الأربعاء إطلاق نار كثيف). A lead
at a town whose act the body places at one of the town's quarters (حي الجامعة في مدينة إدلب), or
at the one village nearby where the body tells an act of its sub-type (قرية عرب جبور التابعة
لمنطقة الدورة), is that act told first (round 36). A headline that names no doer takes the body's; a lead's town whose act the body
tells at a village, the town named first (وفي بيت لحم، هدمت القوات منزلين في بلدة الخضر:
``_named_before``), is that act (dup54)."""
from __future__ import annotations

import re
from typing import Sequence

from hadath.events.doers import hit_toll
from hadath.gazetteer.lexicon import place_lexicon
from hadath.events.tuning import WINDOWS
from hadath.reconcile.rules import (_crowd_fight, absorb, compatible_actors, days_apart, is_coarse, km_apart,
                                   means_told_after, part_name, same_place)
from hadath.types import Event

UNDATED = "date_from_publication"  # the record's day is the report's, not the text's


def _in_lead(ev: Event, lead_end: int) -> bool:
    spans = ev.evidence.get("trigger", ())
    return bool(spans) and all(s.end <= lead_end for s in spans)


def _skeleton(name: str) -> str:
    """A Latin name's consonants, its article and doubled letters dropped (Dihok ~ Duhok,
    Idlib ~ Idleb, Ar Raqqah ~ Raqqa)."""
    words = name.lower().replace("-", " ").split()
    if len(words) > 1 and words[0] in ("al", "ar", "as", "ad", "an", "at", "az", "ash", "el"):
        words = words[1:]
    out = ""
    for ch in "".join(words):
        if ch.isalpha() and ch not in "aeiouwy" and not out.endswith(ch):
            out += ch
    return out.rstrip("h")


def capital_named(ev: Event) -> bool:
    """Placed at a town that bears its province's name (the gazetteer's admin1)."""
    ref = ev.place
    place = ref.place if ref is not None else None
    return place is not None and place.feature_class == "populated_place" and bool(ev.admin1) \
        and _skeleton(place.name) == _skeleton(ev.admin1)


def _near(lead: Event, body: Event) -> bool:
    """A lead placed near a city (جنوب العاصمة صنعاء: geo_precision 2) and a body record within
    ``WINDOWS.near_lead_km`` of it."""
    km = km_apart(lead, body)
    return km is not None and km <= WINDOWS.near_lead_km


def _vicinity_told(lead: Event, body: Event) -> bool:
    """``body`` may be the act of a lead placed near a city (شرق مدينة غزة) told again at a
    village nearby: an act of the lead's own kind (``_same_kind``: a peaceful protest in Rafah is
    no telling of the shooting at the protest east of Khan Yunis) at no other city - a place named as a city
    by a class noun that is no village's (وفي مدينة خان يونس after شرق مدينة غزة; place_cues.tsv
    ``village``: بلدة، قرية) is no outskirt of another city's but a named place of its own, its
    act its own (CODING.md: separate named places are separate events)."""
    if not _same_kind(lead, body, True):
        return False
    ref, lex = body.place, place_lexicon()
    return not (ref is not None and ref.place is not None and ref.cue in lex.klass and ref.cue not in lex.village
                and lead.place is not None and lead.place.place is not None and ref.place.id != lead.place.place.id)


def _in_quarter(lead: Event, body: Event) -> bool:
    """``body`` is coded at a named quarter, camp or street of the very town ``lead`` names with
    no part of its own (a headline's قصف على إدلب, the body's مخيم حي الجامعة في مدينة إدلب)."""
    if part_name(lead) is not None or part_name(body) is None:
        return False
    a, b = lead.place, body.place
    town = a.place if a is not None else None
    return town is not None and b is not None and (b.place or b.container) is not None \
        and (b.place or b.container).id == town.id


def _named_before(lead: Event, body: Event, text: str) -> bool:
    """``body``'s sentence names the lead's town before its own place: the act told at a village
    of that town's area (the lead's مدينتي الخليل وبيت لحم, the body's وفي بيت لحم، هدمت القوات
    منزلين في بلدة الخضر)."""
    town, spot = lead.evidence.get("location", ()), body.evidence.get("location", ())
    if not text or not town or not spot:
        return False
    name, at = text[town[0].start:town[0].end].strip(), spot[0].start
    start = max(text.rfind(mark, 0, at) for mark in SENTENCE_MARKS) + 1
    return bool(name) and town[0].start < start and re.search(
        r"(?<!\w)\w?" + re.escape(name) + r"(?!\w)", text[start:at]) is not None


SENTENCE_MARKS = (".", "\n", "!", "?")  # (a question ends no news sentence that matters here)


def _holds(lead: Event, body: Event, text: str = "") -> bool:
    """``body``'s village lies within ``WINDOWS.near_lead_km`` of the lead's place and in it: the
    lead names an area by a word for one (منطقة الدورة، قضاء تلعفر: place_cues.tsv ``container``), or
    the body places its village by the lead's town (بلدة النيرب قرب سراقب). Two towns each named
    as a town (مدينة حرستا ... مدينة دوما) are two places."""
    if not _near(lead, body) or lead.place is None or lead.place.place is None or body.place is None:
        return False
    box = body.place.container
    return (box is not None and box.id == lead.place.place.id) \
        or (lead.place.cue or "") in place_lexicon().container \
        or _named_before(lead, body, text)


def _told_toll(lead: Event, body: list[int], out: list[Event]) -> list[int]:
    """Of several body records a lead may restate, the one with the lead's own dead (4 قتلى من
    الجيش في كركوك; the body's attack with 4 dead beside a pursuit with none): the toll says which."""
    if len(body) < 2 or not lead.fatalities:
        return body
    same = [j for j in body if out[j].fatalities == lead.fatalities]
    return same if len(same) == 1 else body


def _lead_toll_fits(lead: Event, body: Event) -> bool:
    """The lead's toll is the body's, a guess (مقتل مدنيين) or a first count the body's exceeds
    (مقتل جنود، then وقتلوا ثلاثة جنود): the body tells the act in full."""
    return _tolls_meet(lead, body) or lead.fatalities_estimate or (lead.fatalities or 0) <= (body.fatalities or 0)


def _tolls_meet(lead: Event, body: Event) -> bool:
    a, b = hit_toll(lead), hit_toll(body)  # (the doers' own dead added to one telling: events.doers)
    return a == 0 or b == 0 or abs(a - b) <= max(1, b // 10)


def _held_near(told: Event, dated: Event) -> bool:
    """A record placed near a town (بالقرب من مدينة كركوك: geo_precision 2) and a dated one in
    the same province (بلدة الدبس شمال مدينة كركوك) with the same dead: one act, told twice."""
    town = told.place is not None and told.place.place is not None \
        and told.place.place.feature_class == "populated_place"
    return town and told.geo_precision == 2 and (dated.geo_precision or 3) <= 2 and not is_coarse(dated) \
        and bool(told.admin1) and told.admin1 == dated.admin1 and told.country == dated.country \
        and bool(told.fatalities) and told.fatalities == dated.fatalities  # (the same dead: one act)


def _same_kind(told: Event, dated: Event, lead: bool) -> bool:
    """The same sub-type; or, for a headline, a violent act it tells with no means (داعش يقتل 8
    جنود في كركوك) of the body's act told with them (انفجرت عبوة ناسفة في موكبهم): the headline's
    type is only the coarse reading of its words."""
    if told.sub_event_type == dated.sub_event_type:
        return True
    if lead and _crowd_fight(dated, told):
        return True  # (a headline's bombs thrown by no one named: the body's crowd at that place)
    return lead and means_told_after(told, dated)


def _same_day(told: Event, dated: Event) -> bool:
    """The same day; or the told record has no day of its own (a headline dated by the report:
    غارة ... تستهدف دراجة نارية في إدلب) and the dated one is the day before (مساء الأمس): the
    report's act, told once in the headline and dated in the body."""
    gap = days_apart(told, dated) or 0
    return gap == 0 or (gap == 1 and UNDATED in told.flags and UNDATED not in dated.flags
                        and dated.event_date < told.event_date)



def fold_lead(events: Sequence[Event], lead_end: int | None, text: str = "") -> list[Event]:
    """``events`` less the lead's records that a body record restates (module docstring);
    ``lead_end``: the character offset where the report's first sentence ends (None: a report
    of one sentence, nothing to fold)."""
    if lead_end is None:
        return list(events)
    out = list(events)
    gone: set[int] = set()
    for k, ev in enumerate(out):
        lead = _in_lead(ev, lead_end)
        if not lead and UNDATED not in ev.flags:
            continue  # (an undated record anywhere folds like the lead's: تجددت الاشتباكات ... . بعد ظهر الأربعاء)
        capital = lead and capital_named(ev)
        body: list[int] = []
        if lead:  # (a lead at a town, the body's act at one of its quarters: that act before the province's)
            body = [j for j, f in enumerate(out) if j != k and j not in gone and not _in_lead(f, lead_end)
                    and f.event_type == ev.event_type and _in_quarter(ev, f) and _same_day(ev, f)
                    and compatible_actors(ev, f) and _lead_toll_fits(ev, f)]
            body = _told_toll(ev, body, out)
            if len(body) != 1:
                body = []  # (several quarters or parts: not the one act this rule folds into; the rules below decide)
        if not body and (capital or (lead and ev.geo_precision == 2)):
            body = [j for j, f in enumerate(out) if j != k and j not in gone and not _in_lead(f, lead_end)
                    and f.location != ev.location
                    and (f.admin1 == ev.admin1 and (f.event_type == ev.event_type or means_told_after(ev, f)) if capital
                         else _near(ev, f) and _vicinity_told(ev, f))
                    and _same_day(ev, f) and compatible_actors(ev, f) and _tolls_meet(ev, f)]
        if not body and UNDATED in ev.flags:  # a headline (or any record) with no day of its own: the dated act
            body = [j for j, f in enumerate(out) if j != k and j not in gone and not _in_lead(f, lead_end)
                    and (UNDATED not in f.flags or (lead and None not in (f.event_date, ev.event_date)
                                                    and f.event_date < ev.event_date))
                    and _same_kind(ev, f, lead) and (f.actor1 == ev.actor1 or (lead and compatible_actors(ev, f)))
                    and (same_place(ev, f) or _held_near(ev, f)) and (days_apart(ev, f) or 0) <= 1
                    and (_tolls_meet(ev, f) or (lead and (ev.fatalities or 0) <= (f.fatalities or 0)))]
        if not body and lead:  # (a lead at one town, its one act of that kind told in the body at a village nearby;
            # _same_kind: a lead's هجوم told with no means is the body's strike)
            body = [j for j, f in enumerate(out) if j != k and j not in gone and not _in_lead(f, lead_end)
                    and _same_kind(ev, f, True) and f.location != ev.location and _holds(ev, f, text)
                    and _same_day(ev, f) and compatible_actors(ev, f)
                    and _lead_toll_fits(ev, f)]
            named = [j for j in body if _named_before(ev, out[j], text)]
            body = named if len(body) > 1 and len(named) == 1 else body  # (the village told under the lead's town)
        body = _told_toll(ev, body, out)
        if len(body) == 1:
            out[body[0]] = absorb(out[body[0]], ev)
            gone.add(k)
    return [e for k, e in enumerate(out) if k not in gone]
