"""The acceptance model's view of a candidate event: a named feature vector per event.

Features are computed from the finished Doc (after ``geocode``): the event's evidence spans
point into the article text, and the Doc's tokens, sentences and mentions say where they are.
Every feature is a float with a stable name; a model file stores the names it was trained on,
so adding a feature here never breaks a shipped model (it only goes unused until retraining).

Groups (the issue's list): trigger class and strength, verb form and voice (tense), modality
and speech cues in the clause and the sentence, quotation, token and sentence distances from
the trigger to the event's date, place and actor evidence, place precision and gazetteer
class, whether a finer record of the same day (and type) exists in the report, actor presence
and kind, the event's flags, fatalities, distance of the date from publication, sentence
position, and the number of candidates in the report.
"""
from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from datetime import date
from functools import lru_cache
from operator import attrgetter
from typing import Mapping, NamedTuple, Sequence

from hadath.accept.doubts import NAMES as DOUBT_NAMES
from hadath.accept.doubts import doubt_features, finer_places
from hadath.events.modality import cue_reaches
from hadath.events.taxonomy import UNARMED_INTERS
from hadath.geo import haversine_km
from hadath.reconcile.rules import named_place
from hadath.types import DateValue, Doc, Event, PlaceRef, Span

EVENT_TYPES = ("Battles", "Explosions/Remote violence", "Violence against civilians", "Protests",
               "Riots", "Strategic developments")
FORMS = ("verb", "imperfect", "passive", "noun", "participle", "phrase", "adverb")
VOICES = ("active", "passive", "nominal")
FLAGS = ("date_from_publication", "date_unresolved", "reported_late", "unplaced",
         "place_unresolved", "place_from_document", "date_by_anaphora", "actor1_by_accusation")
FEATURE_CLASSES = ("country", "admin1", "admin2", "admin3", "populated_place")
CUE_KINDS = ("report", "claim", "accuse", "responsibility", "condemn", "occur", "background",
             "generic", "anaphoric", "threat", "warning", "plan", "denial", "foiled", "purpose",
             "hypothetical", "appeal", "source", "negation", "question", "future")
BLOCKING_KINDS = frozenset(CUE_KINDS) - {"report", "accuse", "responsibility", "occur"}
QUOTES_OPEN = frozenset("«“\"")
QUOTES_CLOSE = frozenset("»”\"")
INTERS = (1, 2, 3, 4, 5, 6, 7, 8)
REGIONS = ("Middle East", "Northern Africa", "Eastern Africa", "Western Africa", "Middle Africa",
           "Europe", "Caucasus and Central Asia", "South Asia")
FAR_DAYS = 31
NEAR = 99  # token distance when the evidence is missing (beyond any real clause)


class _Group(NamedTuple):
    """A one-hot group, named once rather than per event: (value, feature name) pairs, every
    name at 0.0 (in order), and value -> name."""
    pairs: tuple[tuple[object, str], ...]
    zeros: dict[str, float]
    names: dict[object, str]


def _group(pairs: Sequence[tuple[object, str]]) -> _Group:
    return _Group(tuple(pairs), dict.fromkeys([n for _, n in pairs], 0.0), {v: n for v, n in pairs})


def _keys(prefix: str, values: Sequence) -> _Group:
    return _group([(v, f"{prefix}={v}") for v in values])


_TYPE_KEYS = _keys("type", EVENT_TYPES)
_FORM_KEYS = _keys("form", FORMS)
_VOICE_KEYS = _keys("voice", VOICES)
_CUE_KEYS = _keys("cue", CUE_KINDS)
_FLAG_KEYS = _keys("flag", FLAGS)
_FCLASS_KEYS = _keys("fclass", FEATURE_CLASSES)
_INTER_KEYS = _keys("inter1", INTERS)
_GEO_KEYS = _group(((1, "geo_p1"), (2, "geo_p2"), (3, "geo_p3")))
_CLAIM_KINDS = frozenset({"claim", "responsibility"})


@lru_cache(maxsize=1)
def trigger_classes() -> tuple[str, ...]:
    from hadath.events.taxonomy import CLASSES

    return tuple(sorted(c for c in CLASSES if c != "none"))


@lru_cache(maxsize=1)
def _class_keys() -> _Group:
    return _keys("class", trigger_classes())


@lru_cache(maxsize=1)
def feature_names() -> tuple[str, ...]:
    """Every feature this version computes, in a fixed order."""
    names = ["doc_candidates_log", "doc_sentences_log", "doc_chars_log", "doc_published_missing",
             "event_rank", "sent_pos", "sent_first", "sent_index_log", "char_pos",
             "trig_n", "trig_classes_n", "trig_conf_main", "trig_conf_max", "trig_strong_n",
             "trig_modality", "trig_negated", "quoted", "speech_before", "question",
             "clause_blocking", "clause_report", "clause_claim", "clause_accuse",
             "date_evidence", "date_dist_log", "date_same_sent", "date_relative",
             "date_not_day", "date_days_log", "date_far", "date_after_pub", "time_precision",
             "place_evidence", "place_dist_log", "place_same_sent", "place_known",
             "place_cue", "place_hint", "place_score", "place_container",
             "geo_p1", "geo_p2", "geo_p3", "geo_none",
             "finer_same_day", "finer_same_type", "other_type_same_place_day",
             "same_type_day_n", "same_sent_events_n", "same_place_day_earlier", "date_share",
             "place_mentions_log", "place_km_log", "place_country_share", "place_admin1_share",
             "place_candidates_log", "place_margin", "place_population_log", "region_other",
             "actor1_evidence", "actor1_dist_log", "actor1_unidentified", "actor1_generic",
             "actor2_evidence", "actor2_present", "assoc1_present", "civilian_targeting",
             "fat_log", "fat_100", "fat_1000", "fat_estimate", "fat_evidence", "injuries_log",
             "weapon_evidence", "conf_event_type", "conf_actor1", "conf_location", "flags_n"]
    names += DOUBT_NAMES
    for group in (_TYPE_KEYS, _class_keys(), _FORM_KEYS, _VOICE_KEYS, _CUE_KEYS, _FLAG_KEYS,
                  _FCLASS_KEYS, _INTER_KEYS):
        names += group.zeros
    return tuple(names)


def retired_features() -> frozenset[str]:
    """Features this hadath no longer computes on purpose (the region one-hots, see
    ``_place_features``): a model file trained with them still loads, and each counts at its
    mean - no weight either way - until the model is retrained without them."""
    return frozenset(f"region={r}" for r in REGIONS)


def _one_hot(f: dict[str, float], group: _Group, value: object) -> None:
    """``f[name] = 1.0 if v == value else 0.0`` for the group's (v, name) pairs, in order."""
    f.update(group.zeros)
    name = group.names.get(value)
    if name is not None:
        f[name] = 1.0


def _many_hot(f: dict[str, float], group: _Group, values: object) -> None:
    """``f[name] = 1.0 if v in values else 0.0`` for the group's (v, name) pairs, in order."""
    f.update(group.zeros)
    names = group.names
    for v in values:  # type: ignore[attr-defined]
        name = names.get(v)
        if name is not None:
            f[name] = 1.0


def _log(x: float) -> float:
    x = float(x)
    return math.log1p(x) if x > 0.0 else 0.0  # = log1p(max(0.0, x)), NaN included


_START = attrgetter("start")
_KIND = attrgetter("kind")
_SPAN_START = attrgetter("span.start")
_SPAN_END = attrgetter("span.end")


class _DocView:
    """Per-document lookups shared by the features of all its events."""

    def __init__(self, doc: Doc):
        from hadath.events.lexicons import trigger_rows
        from hadath.events.scan import scan_of

        self.doc = doc
        self.toks = doc.tokens
        cols = doc.columns  # (the text stage's starts column, when it is these tokens')
        self.starts = cols.starts if cols is not None and len(cols.starts) == len(self.toks) \
            else list(map(_START, self.toks))
        self.n_sent = max(len(doc.sentences), (self.toks[-1].sentence + 1) if self.toks else 1, 1)
        # (kind, start, end) -> the first mention there (built from the last: later ones give way)
        ms = doc.mentions[::-1]
        self.by_span: dict[tuple[str, int, int], object] = dict(
            zip(zip(map(_KIND, ms), map(_SPAN_START, ms), map(_SPAN_END, ms)), ms))
        self.trigger_rows = trigger_rows()
        self.scan = scan_of(doc) if self.toks else None
        self.report_starts = sorted(c.start for c in self.scan.cues if c.entry.kind == "report") \
            if self.scan is not None else []
        self.reference = doc.article.published
        if self.reference is None:
            for m in doc.mentions:
                if m.kind == "dateline" and isinstance(m.value, DateValue) and m.value.date:
                    self.reference = m.value.date
                    break
        self._sent_cues: dict[int, set[str]] = {}
        self.places = _site_places(doc)
        self.place_names: dict[str, int] = {}
        for m in doc.mentions:
            if m.kind == "place" and isinstance(m.value, PlaceRef):
                self.place_names[m.value.name] = self.place_names.get(m.value.name, 0) + 1
        self.centre = _centre(self.places)
        self.countries = Counter(p.country for p in self.places)
        self.admin1s = Counter(p.admin1 for p in self.places)
        # the sentence of each event's first trigger (None: no trigger evidence)
        self.trigger_sents: list[tuple[Event, int | None]] = []
        for o in doc.events:
            spans = o.evidence.get("trigger") or ()
            sent = self.toks[self.token_at(spans[0].start)].sentence if spans and self.toks else None
            self.trigger_sents.append((o, sent))
        self.finest_places = finer_places(doc)

    def token_at(self, offset: int) -> int:
        """Index of the token containing (or the last one before) a character offset."""
        return max(0, bisect_right(self.starts, offset) - 1)

    def sentence_cues(self, sent: int) -> set[str]:
        got = self._sent_cues.get(sent)
        if got is None:
            got = set()
            if self.scan is not None:
                for c in self.scan.cues:
                    if self.toks[c.start].sentence == sent:
                        got.add(c.entry.kind)
                if sent in self.scan.questions:
                    got.add("question")
            self._sent_cues[sent] = got
        return got

    def mention(self, kind: str, span: Span):
        return self.by_span.get((kind, span.start, span.end))


def _site_places(doc: Doc) -> list:
    """The resolved places the report names as places, as the events stage takes them
    (place_choice.choose_places): not a nisba adjective (الإيراني names a side), not a name
    inside an actor's (الحرس الثوري الإيراني), not a country an event reads as a side (ألقت
    طهران باللوم على إسرائيل: its actor evidence)."""
    sides = [(m.span.start, m.span.end) for m in doc.mentions if m.kind == "actor"]
    sides += [(s.start, s.end) for o in doc.events for role in ("actor1", "actor2")
              for s in o.evidence.get(role) or ()]
    return [m.value.place for m in doc.mentions
            if m.kind == "place" and isinstance(m.value, PlaceRef) and m.value.place is not None
            and m.value.cue != "nisba"
            and not any(a < m.span.end and m.span.start < b for a, b in sides)]


def _centre(places) -> tuple[float, float] | None:
    """The median point of the document's resolved place mentions."""
    if not places:
        return None
    lats = sorted(p.latitude for p in places)
    lons = sorted(p.longitude for p in places)
    return lats[len(lats) // 2], lons[len(lons) // 2]


def _first(evidence: Mapping[str, Sequence[Span]], key: str) -> Span | None:
    spans = evidence.get(key) or ()
    return spans[0] if spans else None


def _dist(view: _DocView, ti: int, span: Span | None) -> tuple[float, float]:
    """(log token distance, same sentence) from token ``ti`` to an evidence span."""
    if span is None or not view.toks:
        return _log(NEAR), 0.0
    j = view.token_at(span.start)
    return _log(abs(j - ti)), float(view.toks[j].sentence == view.toks[ti].sentence)


@lru_cache(maxsize=1)
def _quote_chars() -> re.Pattern[str]:
    return re.compile("[" + re.escape("".join(sorted(QUOTES_OPEN | QUOTES_CLOSE))) + "]")


def _quoted(text: str, sent_start: int, offset: int) -> bool:
    depth = 0
    for ch in _quote_chars().findall(text, sent_start, offset):  # the quotes of text[sent_start:offset]
        if ch in QUOTES_OPEN and ch in QUOTES_CLOSE:  # a straight quote toggles
            depth = 0 if depth else 1
        elif ch in QUOTES_OPEN:
            depth += 1
        elif ch in QUOTES_CLOSE:
            depth = max(0, depth - 1)
    return depth > 0


def _finer(ev: Event, other: Event) -> bool:
    """``other`` is coded at a finer place inside (or at) ``ev``'s area on the same day."""
    if other is ev or other.event_date != ev.event_date:
        return False
    if ev.geo_precision is None or other.geo_precision is None or other.geo_precision >= ev.geo_precision:
        return False
    if ev.country and other.country and ev.country != other.country:
        return False
    return not (ev.admin1 and other.admin1 and ev.admin1 != other.admin1)


def event_features(doc: Doc) -> list[dict[str, float]]:
    """One feature dict per event of ``doc`` (same order as ``doc.events``)."""
    events = doc.events
    if not events:
        return []
    view = _DocView(doc)
    return [_features(view, ev, k) for k, ev in enumerate(events)]


def _features(view: _DocView, ev: Event, k: int) -> dict[str, float]:
    doc, toks = view.doc, view.toks
    events = doc.events
    n = len(events)
    text = doc.article.text
    f: dict[str, float] = {
        "doc_candidates_log": _log(n), "doc_sentences_log": _log(view.n_sent),
        "doc_chars_log": _log(len(text)), "doc_published_missing": float(doc.article.published is None),
        "event_rank": k / n,
    }
    trig_spans = tuple(ev.evidence.get("trigger") or ())
    main = trig_spans[0] if trig_spans else None
    ti = view.token_at(main.start) if main is not None and toks else 0
    sent = toks[ti].sentence if toks else 0
    f["sent_pos"] = sent / view.n_sent
    f["sent_first"] = float(sent == 0)
    f["sent_index_log"] = _log(sent)
    f["char_pos"] = (main.start / len(text)) if main is not None and text else 0.0
    _trigger_features(view, f, trig_spans, ti, sent)
    _date_features(view, f, ev, ti)
    _place_features(view, f, ev, ti)
    _neighbour_features(f, ev, events, toks, view, sent)
    doubt_features(view, f, ev)
    a1 = _first(ev.evidence, "actor1")
    f["actor1_evidence"] = float(a1 is not None)
    f["actor1_dist_log"] = _dist(view, ti, a1)[0]
    f["actor1_unidentified"] = float(bool(ev.actor1 and ev.actor1.startswith("Unidentified")))
    f["actor1_generic"] = float(bool(ev.actor1 and "(" in ev.actor1 and ev.inter1 in UNARMED_INTERS))
    a2 = _first(ev.evidence, "actor2")  # (an actor mention: not the victim words of Civilians by convention)
    f["actor2_evidence"] = float(a2 is not None and view.mention("actor", a2) is not None)
    f["actor2_present"] = float(bool(ev.actor2))
    f["assoc1_present"] = float(bool(ev.assoc_actor_1))
    f["civilian_targeting"] = float(bool(ev.civilian_targeting))
    _one_hot(f, _INTER_KEYS, ev.inter1)
    f["fat_log"] = _log(ev.fatalities)
    # a toll of 100+ is most often a period or area total - unless the clause anchors it to one
    # act: its own date in the sentence and a place named after a cue (قرية ود النورة، يوم الأربعاء)
    anchored = f.get("date_same_sent") == 1.0 and f.get("place_cue") == 1.0
    f["fat_100"] = float(ev.fatalities >= 100 and not anchored)
    f["fat_1000"] = float(ev.fatalities >= 1000)
    f["fat_estimate"] = float(bool(ev.fatalities_estimate))
    f["fat_evidence"] = float(bool(ev.evidence.get("fatalities")))
    f["injuries_log"] = _log(ev.injuries or 0)
    f["weapon_evidence"] = float(bool(ev.evidence.get("weapon")))
    conf = ev.confidence
    f["conf_event_type"] = float(conf.get("event_type", 0.0))
    f["conf_actor1"] = float(conf.get("actor1", 0.0))
    f["conf_location"] = float(conf.get("location", 0.0))
    _one_hot(f, _TYPE_KEYS, ev.event_type)
    flags = ev.flags
    if "place_unresolved" in flags and named_place(ev):
        # (a name after a class noun, قرية ودالهبيل, is a place the gazetteer lacks, not a word
        # that may be no place at all - what the flag meant in the records the model learned from)
        flags = tuple(x for x in flags if x != "place_unresolved")
    _many_hot(f, _FLAG_KEYS, flags)
    f["flags_n"] = float(len(ev.flags))
    return f


def _trigger_features(view: _DocView, f: dict[str, float], spans: Sequence[Span], ti: int,
                      sent: int) -> None:
    rows = view.trigger_rows
    mentions = [m for m in (view.mention("trigger", s) for s in spans) if m is not None]
    classes = [rows.get(m.value.lemma, {}).get("class") for m in mentions]
    main_cls = classes[0] if classes else None
    _one_hot(f, _class_keys(), main_cls)
    confs = [m.confidence for m in mentions] or [0.0]
    f["trig_n"] = _log(len(spans))
    f["trig_classes_n"] = float(len({c for c in classes if c}))
    f["trig_conf_main"] = confs[0]
    f["trig_conf_max"] = max(confs)
    f["trig_strong_n"] = float(sum(c >= 0.6 for c in confs))
    ref = mentions[0].value if mentions else None
    f["trig_modality"] = float(ref is not None and ref.modality is not None)
    f["trig_negated"] = float(ref is not None and bool(ref.negated))
    _one_hot(f, _VOICE_KEYS, ref.voice if ref is not None else None)
    form = view.scan.forms_at.get(ti) if view.scan is not None else None
    _one_hot(f, _FORM_KEYS, form)
    f["question"] = float("question" in view.sentence_cues(sent))
    clause_kinds: set[str] = set()
    speech_before = False
    if view.scan is not None and view.toks:
        a, b = view.scan.clause(ti, ti + 1)
        # the cue one-hots read the cues of the trigger's own clause that bear on it, not every
        # cue of its sentence (accept63: a retraining over-weighed threats and names there)
        clause_kinds = {c.entry.kind for c in view.scan.cues_in(a, b) if cue_reaches(view.toks, c, a, ti)}
        lo = view.scan.bounds.get(sent, (a, b))[0]
        reports = view.report_starts
        k = bisect_left(reports, lo)
        speech_before = k < len(reports) and reports[k] < ti  # a report cue starts in [lo, ti)
    _many_hot(f, _CUE_KEYS, clause_kinds)
    f["clause_blocking"] = float(bool(clause_kinds & BLOCKING_KINDS))
    f["clause_report"] = float("report" in clause_kinds)
    f["clause_claim"] = float(not _CLAIM_KINDS.isdisjoint(clause_kinds))
    f["clause_accuse"] = float("accuse" in clause_kinds)
    f["speech_before"] = float(speech_before)
    sent_start = view.toks[view.scan.bounds[sent][0]].start \
        if view.scan is not None and sent in view.scan.bounds else 0
    f["quoted"] = float(bool(spans) and _quoted(view.doc.article.text, sent_start, spans[0].start))


def _date_features(view: _DocView, f: dict[str, float], ev: Event, ti: int) -> None:
    span = _first(ev.evidence, "event_date")
    f["date_evidence"] = float(span is not None)
    f["date_dist_log"], f["date_same_sent"] = _dist(view, ti, span)
    m = view.mention("date", span) if span is not None else None
    dv = m.value if m is not None and isinstance(m.value, DateValue) else None
    f["date_relative"] = float(dv is not None and dv.relative)
    f["date_not_day"] = float(dv is not None and dv.granularity != "day")
    f["time_precision"] = float(ev.time_precision or 0)
    ref: date | None = view.reference
    days = (ref - ev.event_date).days if ref is not None and ev.event_date is not None else 0
    f["date_days_log"] = _log(abs(days))
    f["date_far"] = float(abs(days) > FAR_DAYS)
    f["date_after_pub"] = float(days < 0)


def _place_features(view: _DocView, f: dict[str, float], ev: Event, ti: int) -> None:
    span = _first(ev.evidence, "location")
    f["place_evidence"] = float(span is not None)
    f["place_dist_log"], f["place_same_sent"] = _dist(view, ti, span)
    ref = ev.place if isinstance(ev.place, PlaceRef) else None
    f["place_known"] = float(ref is not None and ref.place is not None)
    f["place_cue"] = float(ref is not None and bool(ref.cue))
    f["place_hint"] = float(ref.precision_hint if ref is not None else 0)
    f["place_score"] = float(ref.score if ref is not None else 0.0)
    f["place_container"] = float(ref is not None and ref.container is not None)
    fclass = ref.place.feature_class if ref is not None and ref.place is not None else None
    _one_hot(f, _FCLASS_KEYS, fclass)
    _one_hot(f, _GEO_KEYS, ev.geo_precision)
    f["geo_none"] = float(ev.geo_precision is None)
    f["place_mentions_log"] = _log(view.place_names.get(ref.name, 0) if ref is not None else 0)
    km = 0.0
    if view.centre is not None and ev.latitude is not None and ev.longitude is not None:
        km = haversine_km(ev.latitude, ev.longitude, *view.centre)
    f["place_km_log"] = _log(km)
    n = len(view.places) or 1
    f["place_country_share"] = view.countries[ev.country] / n if ev.country else 0.0
    f["place_admin1_share"] = view.admin1s[ev.admin1] / n if ev.admin1 else 0.0
    cands = sorted((c[1] for c in ref.candidates), reverse=True) if ref is not None else []
    f["place_candidates_log"] = _log(len(cands))
    f["place_margin"] = min(cands[0] - cands[1], 5.0) if len(cands) > 1 else (5.0 if cands else 0.0)
    f["place_population_log"] = _log(ref.place.population) if ref is not None and ref.place is not None else 0.0
    # No one-hot of the region: a prior per region learned from a development set that is mostly
    # the Middle East (8 West African candidates) weighed against the regions the project reads
    # as well (round 22: West African massacres at p 0.26-0.53). A model file that still names
    # region=... features counts them at their mean (AcceptModel.score): no weight either way.
    # Only an event outside the covered regions (region_other) tells the model something.
    f["region_other"] = float(bool(ev.region) and ev.region not in REGIONS)


def _neighbour_features(f: dict[str, float], ev: Event, events: Sequence[Event], toks, view: _DocView,
                        sent: int) -> None:
    f["finer_same_day"] = float(any(_finer(ev, o) for o in events))
    f["finer_same_type"] = float(any(_finer(ev, o) and o.event_type == ev.event_type for o in events))
    f["other_type_same_place_day"] = float(any(
        o is not ev and o.event_date == ev.event_date and o.location == ev.location
        and o.event_type != ev.event_type for o in events))
    f["same_type_day_n"] = _log(sum(o is not ev and o.event_date == ev.event_date
                                    and o.event_type == ev.event_type for o in events))
    k = next(i for i, o in enumerate(events) if o is ev)
    f["same_place_day_earlier"] = float(any(o.event_date == ev.event_date and o.location == ev.location
                                            for o in events[:k]))
    f["date_share"] = sum(o.event_date == ev.event_date for o in events) / len(events)
    same = 0
    for o, o_sent in view.trigger_sents:
        if o is not ev and o_sent == sent:
            same += 1
    f["same_sent_events_n"] = _log(same)
