"""The ``places`` stage: place mentions, resolved against the gazetteer per document.

Recognition (places_recognize): gazetteer names through the clitic-aware tokens (بالرقة،
وريفها), names after a place cue (بلدة، قرية، مدينة، حي، مخيم، محافظة، ناحية، ريف X، شمال X،
بالقرب من X، طريق X), and names in a place slot (listed with another place, followed by وريفها).
Names that are common words (weak names) need a cue or a slot; fuzzy lookup (spelling variants)
is used only for cue/slot names. Unknown names after a cue become unresolved places
(``PlaceRef.place`` None). The cue words and word classes are data (hadath.gazetteer.lexicon).

Countries named by a nisba adjective or plural (وزير الصحة اللبناني، الحكومة السورية، السوريين) are
place mentions of the country with ``cue="nisba"``, precision 3 and confidence 0.2: they say which
country is involved (country focus, ``{country}`` in actor names) and IDRISI's gold counts them,
but they are not where an event happened: event assembly should not pick them as locations.
Precision (measured by hadath.evaluation.ner on NewsFANE/Wojood): a token that reads as a
particle with proclitics (وإن، بأن) is never a one-word name; a one-word match on a common news
word (common_words.txt: بيان، وقف، سلمي) needs a cue; anaphoric words (البلاد، العاصمة) are
never places; a bare populated place must earn its score with its own country vote left out
(ALONE_SCORE / ALONE_SCORE_REGION), a locative preposition helps (PREP_BONUS), and a small town
right after a title, given name or nationality adjective is a surname (person_words.txt).
Speed: see places_match (word-type cache and name trie).
"""
from __future__ import annotations

from typing import ClassVar

from hadath.gazetteer import Gazetteer, Hit, open_gazetteer
from hadath.gazetteer.build import FOCUS_CCS
from hadath.gazetteer.data import capitals
from hadath.gazetteer.lexicon import place_lexicon
from hadath.gazetteer.focus import focus_of, focus_without
from hadath.gazetteer.candidates import candidates, is_minor
from hadath.gazetteer.country_votes import country_votes
from hadath.gazetteer.resolve import Item, KeyHits, disambiguate
from hadath.gazetteer.twin_points import one_point
from hadath.mentions.places_objects import (PLACE, confidence as _confidence, people, place_ref as _place_ref,
                                             with_mentions as _with_mentions)
from hadath.mentions.places_actors import actor_votes, outside_group_names
from hadath.mentions.places_borders import border_country, border_phrase, nisba_starts, off_border, off_nisba
from hadath.mentions.places_capitals import capital_namesake
from hadath.mentions.places_facility import doer_votes, owner_head
from hadath.mentions.places_foreign import country_starts, foreign_noun
from hadath.mentions.places_titles import named_countries, titled_country
from hadath.mentions.places_focus import (checked_admin1 as _checked_admin1,
                                         far, far_candidate, listed_abroad,
                                         solid_votes)
from hadath.mentions.places_picks import area_pick, near_pick
from hadath.mentions.places_words import place_words
from hadath.mentions.places_people import (after_person_word, before_person_word, given_names_only, in_broad_region,
                                          word_facts)
from hadath.mentions.places_recognize import CAPITAL, NISBA, Found, recognize
from hadath.mentions.place_parts import sites_in_towns, streets_in_towns
from hadath.mentions.places_landmarks import landmark_towns
from hadath.mentions.places_twins import twin_refs
from hadath.mentions.places_latin import fill as latin_fill, held_by_latin, latin_heads
from hadath.mentions.places_country_parts import outside_part, part_places, part_unit
from hadath.mentions.places_collect import collect
from hadath.mentions.places_resolved import bare_ok, resolved
from hadath.mentions.places_seats import governorate_anchors, governorates_holding
from hadath.mentions.places_quarters import (Resolved as _Resolved, adjective_after, anchored,
                                             lone_quarter, named_towns, quarter_of,
                                             quarters_town, outside_town as _outside_town,
                                             far_from_town)
from hadath.text.normalize import normalize_key
from hadath.types import Doc, Mention, Place, PlaceRef, Token

CAPITAL_SCORE = 2.0     # bare العاصمة: the capital of the document's country (confidence 0.7)
PERSON_MAX_POP = 200_000
# PERSO_CCS (hadath.gazetteer.resolve): countries whose GeoNames Arabic-script names are
# Persian/Urdu spellings (آمل، محلات، غازی‌آباد), which collide with common Arabic words and given
# names: a place there is kept only when the rest of the document points to that very country
# places known only from the big bundled gazetteer (Who's On First villages, neighbourhoods; OCHA
# sub-districts): kept only when the rest of the document points to their country (MINOR_FOCUS
# of the top vote), or on a cue / slot / container as every name (recognition)
# village cues (قرية، بلدة: the lexicon's "village" role): a big city abroad is not what they mean


class PlaceStage:
    name: ClassVar[str] = "places"
    requires: ClassVar[tuple[str, ...]] = ("tokens",)
    assigns: ClassVar[tuple[str, ...]] = ("mentions:place",)

    def __init__(self, config=None, gazetteer: Gazetteer | None = None) -> None:
        self.config = config
        self.focus = tuple(getattr(config, "country_focus", ()) or ())
        self.gz = gazetteer or open_gazetteer(getattr(config, "gazetteer", None))
        self.words = place_words(self.gz)
        self._cands: dict[tuple[str, bool], KeyHits] = {}
        self._tok: dict[str, tuple] = {}   # surface -> places_people.word_facts

    def _key_hits(self, key: str, fuzzy: bool) -> KeyHits:
        """Gazetteer candidates of a name key with their scoring facts, cached per key
        (bounded)."""
        kd = self._cands.get((key, fuzzy))
        if kd is None:
            if len(self._cands) >= 50_000:
                self._cands.clear()
            if key.startswith(NISBA):
                p = self.gz.country_place(key[len(NISBA):])
                hits = [(Hit(p, key, False, "ar"), 1.0)] if p is not None else []
            else:
                hits = candidates(self.gz, key, fuzzy)
            kd = self._cands[(key, fuzzy)] = KeyHits(hits)
        return kd

    def _candidates(self, key: str, fuzzy: bool) -> list:
        """Gazetteer candidates of a name key (a copy of the cached list)."""
        return list(self._key_hits(key, fuzzy).hits)

    def _token_facts(self, tok: Token) -> tuple[bool, bool, bool, bool, bool]:
        """places_people.word_facts of a word type, cached by surface (bounded)."""
        got = self._tok.get(tok.text)
        if got is None:
            if len(self._tok) >= 300_000:
                self._tok.clear()
            got = self._tok[tok.text] = word_facts(tok)
        return got

    def __call__(self, doc: Doc) -> Doc:
        text, tokens = doc.text, doc.tokens
        fs, refs, confs = self._resolve(doc)
        new = tuple([Mention(PLACE, f.span, text[f.span.start:f.span.end], ref,
                             tokens[f.start].sentence, conf) for f, ref, conf in zip(fs, refs, confs)])
        return _with_mentions(doc, doc.mentions + new)

    @staticmethod
    def _item_result(it: Item, live: dict[str, Item], focus: dict[str, float],
                     votes=None, own=None) -> tuple:
        """(place, accepted as a bare name, score, container, candidates) of a resolved item."""
        r = PlaceStage._resolved(it, live, focus)
        return r.place, PlaceStage._bare_ok(r, it, focus, votes, own), r.score, r.container, r.cands

    _resolved = staticmethod(resolved)

    _anchored = staticmethod(anchored)

    _bare_ok = staticmethod(bare_ok)

    def _capital(self, focus: dict[str, float], people: frozenset[str] = frozenset()
                 ) -> Place | None:
        """The capital of the country the document is about (bare العاصمة), if it has one.
        Among the focus countries, one named by the nationality of a people or a domestic body
        (``people``: nisba countries that are no doer's: الشرطة التونسية، الجزائريين) comes first:
        a quarter's namesake abroad does not move the capital (حي التضامن بالعاصمة)."""
        if not focus:
            return None
        pid = capitals().get(max(sorted(focus), key=lambda cc: (cc in people, focus[cc])))
        return self.gz.place(pid) if pid else None

    _far_candidate = staticmethod(far_candidate)

    _solid_votes = staticmethod(solid_votes)

    def _country_name(self, cc: str) -> str | None:
        row = self.gz.country(cc)
        return row[1] if row else None

    def resolve(self, doc: Doc) -> list[tuple[Found, PlaceRef]]:
        fs, refs, _confs = self._resolve(doc)
        return list(zip(fs, refs))

    def _resolve(self, doc: Doc) -> tuple[list[Found], list[PlaceRef], list[float]]:
        """The names found that are place mentions, their PlaceRefs and the mentions'
        confidences (parallel lists)."""
        tokens = doc.tokens
        found, infos = recognize(tokens, self.words)
        found = outside_group_names(doc, found, self.words.countries)   # سرايا القدس: no Jerusalem
        items, kept, media, doers, in_country, silent = collect(
            tokens, found, self.words, self._token_facts, self._tok)
        lex = place_lexicon()
        parts = lex.part
        live: dict[str, Item] = {}
        cands = self._cands
        for k, it in items.items():
            if it.count:
                kd = cands.get((k, it.fuzzy_ok)) or self._key_hits(k, it.fuzzy_ok)
                it.kd = kd
                it.hits = kd.hits
                live[k] = it
                if it.part is not None and len(kd.hits) > 1:
                    it.in_part = part_places(kd.places, it.part, part_unit(it.part, self._key_hits))
        # (a name the text puts in another named place votes through that place: حي الدورة في
        #  مدينة بنت جبيل is no vote for the Doras abroad)
        real = country_votes([it for k, it in live.items() if not doers.get(k)
                              and not any(c in live for c in it.containers or ())], self.focus,
                             doc.article.url or doc.article.source)
        real = actor_votes(doc, *real)   # the RSF: Sudan
        votes, own = doer_votes(*real, live, doers)
        if not real[0]:
            real = votes, own   # (the far tests: the real votes alone, when there are any)
        focus = focus_of(votes)
        disambiguate(live, focus)
        one_point(live, self.gz)   # ياطر: Yatar and Yater, 170 m apart, are one village
        governorate_anchors(live)   # مديرية حيس جنوب الحديدة: the governorate
        solid = None  # votes of the names that would stand on their own (for _far)
        out_f: list[Found] = []
        out_ref: list[PlaceRef] = []
        out_conf: list[float] = []
        per_item: dict[str, _Resolved] = {}
        exact: list = []   # _anchored's list of the document's exact readings, made once
        qtown = quarters_town(live, focus)   # the town whose quarters the document names
        towns = named_towns(live)   # the big towns it names
        country_at, nisba_at = country_starts(tokens, kept, live), nisba_starts(kept)
        text = doc.text
        across: set[int] = set()   # the starts of the countries across a name's border phrase
        for f in kept:
            key = f.key
            if key == CAPITAL:
                cap = self._capital(focus, people(doers))
                if cap is not None:
                    out_f.append(f)
                    out_ref.append(_place_ref(normalize_key(cap.name_ar or cap.name), cap,
                                              CAPITAL_SCORE, max(1, f.hint), f.cue, None, ()))
                    out_conf.append(_confidence(out_ref[-1]))
                continue
            it = live[key]
            r = per_item.get(key)
            if r is None:
                r = per_item[key] = self._resolved(it, live, focus)
                if outside_part(r.place, it.part) and not (len(it.part[0]) == 2 and focus.get(  # (الكرك جنوب المملكة:
                        r.place.country_code, 0) >= 0.5 > focus.get(it.part[0], 0)):  # Jordan's, not Saudi's)
                    r = per_item[key] = _Resolved(None, 0.0, self.gz.country_place(it.part[0]), r.cands, False)
                    r.far = False
                if it.anchor == CAPITAL and r.place is not None:   # منطقة X شمال العاصمة
                    cap = self._capital(focus, people(doers))
                    if cap is not None and _outside_town(it, r.place, cap, anchor=True):
                        r = per_item[key] = _Resolved(None, 0.0, cap, r.cands, False)
                if r.place is not None and (it.fuzzy_ok or it.cues & parts
                                            or it.cues & lex.road):
                    r = per_item[key] = self._anchored(r, it, live, exact, focus)
            place = r.place
            # a country the text puts it in (X في السودان) helps the reading, not the placehood
            boxes = [c for c in it.containers if c not in in_country.get(key, ())] \
                if it.containers else []
            bare = not (f.cue or f.slot or " " in key or boxes)
            if r.far is None:
                first = place
                if place is not None and place.feature_class != "country" and (
                        _checked_admin1(place, it) if place.feature_class == "admin1"
                        else self._far_candidate(place, it)):
                    if solid is None:
                        solid = self._solid_votes(kept, live, *real)
                    r = per_item[key] = near_pick(r, it, live, focus, solid, self._resolved)
                    place = r.place
                    if place is not None and place is not first and it.cues & lex.region \
                            and place.feature_class in ("populated_place", "neighbourhood"):
                        # (the next reading after an area cue: a town the area test checks too)
                        r = per_item[key] = area_pick(r, it, live, focus, solid, self._resolved)
                        place = r.place
                elif place is not None and it.cues & lex.region and place.feature_class in (
                        "populated_place", "neighbourhood") and len(it.hits) > 1:
                    if solid is None:
                        solid = self._solid_votes(kept, live, *real)
                    r = per_item[key] = area_pick(r, it, live, focus, solid, self._resolved)
                    place = r.place
                else:
                    r.far = False
                if place is not None and place is not first and it.hits[it.best][1] < 1.0 and (
                        it.fuzzy_ok or it.cues & parts or it.cues & lex.road):
                    # (a spelling variant taken as the next reading: none when far from every
                    #  other place of the document, as a first reading)
                    r = per_item[key] = self._anchored(r, it, live, exact, focus)
                    place = r.place
            named = f.cue or f.slot or boxes   # the text itself says it is a place
            if r.far and (bare or not (f.cue or f.shared or boxes)):
                continue  # بحوزة → Haouza (Western Sahara) in a report on Egypt; الملك عبدالله
                #           (قريتي المناخ والفيصلية: the list's noun names the second one too)
            if place is None and f.slot and not (f.cue or f.shared or boxes) \
                    and it.best >= 0 and it.hits[it.best][1] < 1.0:
                continue  # العلمي، الطاهري، لعرج: a listed word read only as a far spelling variant
            if not bare and not named and place is not None and is_minor(place):
                bare = True  # a longer name known only as a village needs the same evidence
            if media and f.start in media and (place is None or is_minor(place) or (
                    place.feature_class == "populated_place" and media[f.start] > 1) or (
                    place.feature_class not in ("country", "admin1")
                    and focus_without(votes, own.get(key), place.country_code) < 0.5)):
                continue  # وكالة سبأ → Saaba (Burkina Faso); جريدة فلسطين names the country;
                #           quoted after the head (وكالة "خبر"): a medium's name, whatever the focus
            if bare and not (r._bare_ok if r._bare_ok is not None else self._bare_ok(
                    r, it, focus, votes, own, () if adjective_after(tokens, f.end) else towns)):
                continue   # (the item's answer once made: _bare_ok keeps it)
            if f.frame and (f.weak or f.common) and (place is None or focus_without(
                    votes, own.get(key), place.country_code) < 0.5):
                continue  # وفي بيان، قال: a word opens a clause as a town of the report's country only
            if not boxes and place is not None and place.country_code not in FOCUS_CCS \
                    and foreign_noun(tokens, f, place, country_at):
                continue  # والسيول، سيول الكويت: floods, not Seoul
            if place is not None and off_nisba(place, f.end, country_at, nisba_at):
                if not named:
                    continue   # محمد سعيد الكندي: a man's name, a family nisba after it
                place = None   # منطقة الساحل البوركينابي: not El-Sahel, Cairo
            if place is not None and place.feature_class not in ("country", "admin1") \
                    and country_at and not boxes:
                bc = border_country(tokens, f.end, country_at)
                if bc is not None and off_border(place, bc[1]):
                    place = None   # منطقة باجور ... على الحدود مع أفغانستان: not Al Bajur, Egypt;
                    across.add(bc[0])   # nor in Afghanistan: the other side of the border
            if f.start in across and place is not None and place.feature_class == "country":
                place = None
            if place is not None and place.feature_class == "admin1" \
                    and border_phrase(tokens, f, place, country_at) \
                    and focus_without(votes, own.get(key), place.country_code) < 0.5:
                continue  # على الحدود الشمالية مع سوريا in a Jordanian report (places_borders)
            if place is not None and not f.cue and given_names_only(tokens, f.start, f.end):
                continue  # يدعى محمد حسين علي: a man's chain of names, not a hamlet so named
            if (bare or f.slot and not f.cue and not boxes) and place is not None \
                    and place.feature_class in ("populated_place", "neighbourhood") \
                    and place.population < PERSON_MAX_POP \
                    and (after_person_word(tokens, infos, f.start, key)
                         or not it.prep and before_person_word(tokens, infos, f.start, f.end)):
                continue  # الوزيرة رايس، توني بلير، ريم أحمد: a person's name (زار الرئيس باريس);
                #           also after a comma (في دهوك، ناصر علي،: a list slot is no cue)
            if place is not None and place.feature_class == "country":
                if key in self.words.titles:   # مراسل المملكة in a report on Jordan
                    if solid is None:
                        solid = self._solid_votes(kept, live, *real)
                    place = titled_country(place, key, self.words.titles, *solid,
                                           self.gz.country_place, named_countries(live, key))
                place = capital_namesake(place, it, votes, own, tokens, f.start)   # عمان
                head = owner_head(tokens, f.start, f.cue == "nisba")
                if head == "mission" or head and not focus_without(votes, own.get(key),
                                                                   place.country_code):
                    place = None  # سفارة الكويت، مستشفى الصداقة الصيني: whose, not where
            if f.listed and listed_abroad(f, place, out_f, out_ref, tokens) and focus_without(votes, own.get(key), place.country_code) < 0.5:
                place = None   # بين الفيوم والواحات: no Libyan unit in an Egyptian list
            if f.cue == "nisba":
                if f.start in silent:
                    continue
                ref = _place_ref(normalize_key(text[f.span.start:f.span.end]), place, r.score,
                                 f.hint, f.cue, r.container, r.cands)
                out_f.append(f)
                out_ref.append(ref)
                out_conf.append(_confidence(ref))
                continue
            conf = r.conf if place is r.place else 0.3
            if conf is None:
                conf = r.conf = 0.3 if place is None else \
                    round(min(1.0, max(0.1, r.score / 10 + 0.5)), 3)  # as _confidence
            out_f.append(f)
            cue, box, score = f.cue, r.container, r.score
            if cue is None and place is None and box is not None and f.shared \
                    and f.shared[0] in lex.village:
                cue = f.shared[0]   # قرى X وY قرب Z: Y too is a village (events: village_by_town)
            town = live.get(f.in_town) if f.in_town and place is not None else None
            if town is not None and town.best >= 0 and far_from_town(place, town.hits[town.best][0].place):
                place, conf, score, box = None, 0.3, 0.0, town.hits[town.best][0].place   # (تل حمدي في داقوق)
            elif place is not None and (lone_quarter(place, it, live) or in_broad_region(tokens, f)):
                place, conf, score = None, 0.3, 0.0   # وتهامة in a list of Saudi regions; الشرق الأوسط
            elif qtown is not None and place is not None and quarter_of(place, it, qtown):
                place, box, conf, score = None, qtown, 0.3, 0.0   # بسوق الجمعة: أحياء طرابلس
            hint = 2 if place is None and box is not None and cue in lex.camp and not f.containers \
                and f.anchor is not None else f.hint   # مخيم X قرب Y، جنوب Y: by the town Y, p2
            if cue is None and f.shared and f.shared[0] in lex.container:
                hint = max(hint, lex.cues.get(f.shared[0], hint))   # بريفي حماة وإدلب: both countrysides
            out_ref.append(PlaceRef(key, place, score, hint, cue, box, r.cands))
            out_conf.append(conf)
        if out_ref:  # a town the text calls a town, known only by its Latin name
            out_ref = latin_heads(latin_fill(out_ref, focus, self._country_name, out_f))
            out_ref = held_by_latin(out_f, out_ref, lambda f: live[f.key].containers or ())
            out_ref = sites_in_towns(out_f, out_ref, tokens)   # حلب - ... حي الشيخ مقصود
        if any(not f.known and f.cue in lex.street for f in out_f):
            out_f, out_ref, out_conf = streets_in_towns(out_f, out_ref, out_conf)
            out_ref = landmark_towns(out_ref, focus, self.gz.place)   # ميدان التحرير: Cairo
        if len(out_ref) > 1:
            out_ref = twin_refs(out_f, out_ref, live)   # سلوان في القدس: East Jerusalem
            out_ref = governorates_holding(out_f, out_ref, tokens)   # البلينا في سوهاج: the governorate
        return out_f, out_ref, out_conf
