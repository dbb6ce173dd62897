"""Fast gazetteer-name matching for the places stage.

A word trie over the gazetteer's Arabic name keys, and a per-word-type cache (keyed by the
token's surface, from which its analyses derive) holding what the recognizer needs of a word:
the trie nodes its analyses start, whether it is a place cue or a وريفها-type word, and the keys
it continues a name with. Most tokens of an article are rejected with one dict lookup; the
token's analyses are read once per word type.
"""
from __future__ import annotations

import re
from operator import itemgetter
from typing import NamedTuple

from hadath.gazetteer.data import NAME_SLOT, not_places
from hadath.gazetteer.keys import hamza_on_seat, letters
from hadath.gazetteer.lexicon import place_lexicon
from hadath.mentions.place_seats import hamza_seats, seat_variant
from hadath.text.clitics import clitics
from hadath.types import Span, Token



class WordInfo(NamedTuple):
    roots: tuple[tuple[int, str], ...]       # (analysis index, trie path) a name can start at
    cue: str | None                           # place cue stem (قرية، ريف، شمال ...)
    after: bool                               # وريفها / ومحيطها
    cont: tuple[tuple[str, str], ...]         # (trie key, suffix) when continuing a name
    norm: str
    live: bool                                # roots or cue: the recognizer looks at it
    deep: bool                                # some root continues to a longer name
    single: tuple[int, bool, str] | None      # (analysis index, weak, key): the one-word name
    demonym: tuple[int, str] | None = None    # (analysis index, country code): اللبناني، الكويتية
    common: bool = False                      # some reading is a common word (+ clitics): بيان، وبيان
    function: bool = False                    # some reading is a function word + clitics: وان = و+ان
    nexts: frozenset = frozenset()            # words that continue a name from a root
    contset: frozenset = frozenset()          # the trie keys of ``cont``
    street: bool = False                      # a street/square word (شارع، ساحة، دوار)
    no_single: frozenset = frozenset()        # analysis indices that give no one-word name: a
    #                                           pronoun suffix (حوثي = حوث+ي), a clitic word (فرانس)
    clitic: bool = False                      # some reading has a proclitic other than ال
    marked: bool = False                      # live, after, street, building or appositive: the
    #                                           recognizer's one scan (its passes after the loop
    #                                           read the last two from the marked words only)
    accusative: bool = False                  # the indefinite accusative ـا on a nationality
    #                                           adjective's form (روسيا، تركيا: قصفا جويا روسيا)
    building: bool = False                    # some form is a building's or body of water's noun
    #                                           (places_facility.building_names: القصر، خليج)
    appositive: bool = False                  # an apposition pronoun, or the article + a class
    #                                           noun (places_appositive: X، وهي قرية / X، القرية)
    between: bool = False                     # some form is a road's or area's "between" (بين)
    relational: bool = False                  # a near or compass word, as written or as a form
    #                                           (places_slots._relation: قرب، شمال، بشمال)
    located: bool = False                     # a "located" word (X الواقعة في Y، التابعة لـ Y)
    phrase: bool = False                      # a word of a fixed expression or medium's name
    #                                           (not_places.tsv: without_phrases reads it at a name)
    phrase_next: bool = False                 # ... the word after such a phrase's name slot


class NameMatch(NamedTuple):
    start: int
    end: int
    span: Span
    weak: bool
    key: str          # canonical gazetteer key
    first: int        # analysis index of the first token


_TANWEEN = "\u064b"   # fathatan (ً): names take no nunation; a word carrying it is a noun
# the tokenizer's clitics (grammar markers, not word lists)
ARTICLE = "ال"
CONJ = "و"        # و- (and)
PREP_B = "ب"      # ب- (in, at, with)
FUTURE = "س"      # س- (will): سارين is not س + ارين
LIKE = "ك"        # ك- (like, as): كسروان is not ك + سروان
_PROCLITICS = frozenset({CONJ, "ف", PREP_B, "ل", LIKE, ARTICLE, FUTURE})


def conj_joined(tok: Token) -> bool:
    """The word's last segmentation opens with the conjunction و (X وY: the next member of a
    list, the word read as و + name)."""
    return tok.word_type.segs[-1][0][:1] == (CONJ,)


_B_ALONE = ((PREP_B,),)                  # behind_b(alone): ب- and no other proclitic
_B_THE = ((PREP_B,), (PREP_B, ARTICLE))  # behind_b(alone, definite): ب- with or without the article


def behind_b(tok: Token, stem: str | None = None, alone: bool = False, definite: bool = False) -> bool:
    """Some analysis of the token reads the preposition ب- (بحلب، وبالقدس): before ``stem`` when
    given; with ``alone``, ب- and no other proclitic (not وبحلب) - with ``definite`` also ب- and
    the article (بالعاصمة; not وبالعاصمة)."""
    lone = _B_THE if definite else _B_ALONE
    return any((seg[0] in lone if alone else PREP_B in seg[0]) and (stem is None or seg[1] == stem)
               for seg in tok.word_type.segs)
_EMPTY: frozenset = frozenset()
_FIRST = itemgetter(0)
_MARKS = re.compile(f"[{chr(0x640)}{chr(0x64B)}-{chr(0x652)}]")   # tatweel and harakat


def _written(tok: Token, k: int) -> str:
    """The stem of the token's analysis k as the text writes it (hamza forms kept; tatweel and
    harakat dropped)."""
    seg = tok.word_type.segs[k]
    return _MARKS.sub("", tok.text[seg[3]:seg[4]])
_KEY_RE = re.compile(r"[\u0621-\u064a]+(?: [\u0621-\u064a]+)*")


def demonym_forms(country_names, extra=(), taken=frozenset()) -> dict[str, str]:
    """Nisba adjectives/plurals of one-word country names → country code (with and without ال):
    لبنان → لبناني/لبنانيه/لبنانيين/لبنانيون (and the duals لبنانيان/لبنانيتان/لبنانيتين, unless
    a name of ``taken``), سوريا → سوري، السعوديه → سعودي، امريكا → امريكي.

    ``extra``: (form, code) pairs of nisbas no country name derives (صهيوني، الاتراك), kept
    unless a country name. The indefinite masculine also takes its accusative ـا (موقعا
    اسرائيليا، سائحا المانيا) unless that spells a country, with ال too (سوريا، المانيا) or a name of
    ``taken`` (the gazetteer's keys: برازيليا is Brasilia)."""
    out: dict[str, str] = {}
    country_names = list(country_names)
    names = {k for k, _cc in country_names}
    duals = sorted(place_lexicon().dual_ending)
    for form, cc in extra:
        if form not in names and (form.startswith(ARTICLE) or form not in taken):
            out.setdefault(form, cc)
    for key, cc in country_names:
        if " " in key:
            continue
        w = key[2:] if key.startswith(ARTICLE) else key
        if w.endswith(("يا", "يه")):
            base = w[:-2]
        elif w.endswith(("ا", "ه")):
            base = w[:-1]
        else:
            base = w
        if len(base) < 3:
            continue
        for suf in ("ي", "يه", "يين", "يون"):
            for form in (ARTICLE + base + suf, base + suf):  # ال first: the mention spans it
                if form not in names:  # سورية is the country itself
                    out.setdefault(form, cc)
        for suf in duals:   # the duals (جنديان عراقيان: place_words.tsv), unless a name
            for form in (ARTICLE + base + suf, base + suf):
                if form not in names and form not in taken:
                    out.setdefault(form, cc)
    cl = clitics()
    for form, cc in list(out.items()):
        acc = form + cl.accusative
        if not form.startswith(ARTICLE) and form.endswith(cl.nisba) and acc not in taken \
                and acc not in names and ARTICLE + acc not in names:   # المانيا: ال + مانيا
            out.setdefault(acc, cc)
    return out


def build_trie(keys, min_key: int, no_first: frozenset[str] = frozenset(),
               short: frozenset[str] = frozenset()) -> dict[str, tuple]:
    """Trie over (key, all_weak) pairs; two-word names also indexed written without the space.

    Flat: a node is the path of words leading to it, joined by spaces ("دير الزور"), mapped to
    (terminal (weak, canonical key) or None, the words that continue it). Strings and tuples
    only, so the garbage collector stops tracking the whole structure (a nested dict per node
    would be traversed by every full collection).

    Keys that no Arabic word token can spell (commas, Latin or Urdu letters: "آن أربر، ميشيغان"
    renderings from GeoNames) and multi-word keys starting with a word of ``no_first`` (a
    function word: GeoNames has a few such renderings) are left out. Keys shorter than
    ``min_key`` are left out unless in ``short`` (the WordCache then asks for their spelling).
    """
    nodes: dict[str, list] = {}   # path -> [terminal, next words]
    keys = [(k, w) for k, w in keys
            if _KEY_RE.fullmatch(k) and (" " not in k or k.split(" ", 1)[0] not in no_first)]

    def add(words: list[str], value: tuple[bool, str]) -> None:
        path = ""
        for w in words:
            child = f"{path} {w}" if path else w
            if child not in nodes:
                nodes[child] = [None, []]
                if path:
                    nodes[path][1].append(w)
            path = child
        node = nodes[path]
        if node[0] is None:
            node[0] = value

    for key, weak in keys:
        if len(key.replace(" ", "")) >= min_key or key in short:
            add(key.split(), (weak, key))
    for key, weak in keys:  # حفرالباطن، #دير_الزور
        words = key.split()
        if len(words) == 2 and min(len(w) for w in words) >= 3 and not weak:
            add(["".join(words)], (weak, key))
    return {path: (term, tuple(nxt)) for path, (term, nxt) in nodes.items()}


class WordCache:
    """Per-word-type facts for one trie and one cue table (bounded; cleared when full)."""

    def __init__(self, trie: dict, cues: dict[str, int], definite_cues: frozenset[str],
                 after_cues: frozenset[str], max_size: int = 300_000,
                 demonyms: dict[str, str] | None = None,
                 common: frozenset[str] = frozenset(),
                 function_words: frozenset[str] = frozenset(),
                 clitic_words: dict[str, str] | None = None,
                 streets: frozenset[str] = frozenset(),
                 short: dict[str, frozenset[str]] | None = None) -> None:
        """``function_words``: particles, pronouns and auxiliaries: a token that reads as one
        of them with proclitics (وإن = و+إن، بأن، لأن، وما) is no one-word place name.
        ``clitic_words``: words more frequent whole than as proclitics + a name (فرانس → رانس):
        their readings that reach that name start none. ``short``: keys shorter than the
        trie's minimum -> the spellings that name the place (إب; آب is August, أب a father):
        a word starts such a name only written so."""
        self.trie = trie
        self.clitic_words = clitic_words or {}
        self.streets = streets
        self.bare_streets: frozenset[str] = frozenset()   # street words only without ال (set by the stage)
        self.function_words = function_words
        self.common = common
        self.short = short or {}
        self.countries: frozenset[str] = frozenset()   # country name keys (set by the stage)
        # whether a name key has a place beyond the big gazetteer's villages (set by the stage)
        self.known_place = lambda key: True
        # whether a name key names a large town (set by the stage)
        self.big_town = lambda key: True
        # frequent words that are also one-word names (set by the stage): كمين (ambush), كتاب
        self.frequent: frozenset[str] = frozenset()
        self.demonyms = demonyms or {}
        self.cues = cues
        self.definite = definite_cues
        self.after_cues = after_cues
        self.max_size = max_size
        self._cache: dict[str, WordInfo] = {}
        # the word classes of recognize's passes after its loop (WordInfo.building, .appositive)
        lex = self._lex = place_lexicon()
        self._buildings = lex.water | lex.building
        self._class_nouns = lex.klass | lex.camp
        self._accusative = clitics().accusative
        # the endings hamza_on_seat rewrites: a stem without one (nearly all) skips the call
        self._hamza_ends = tuple(letters().hamza_apart)
        self._seats = tuple(seat for seat, _ in hamza_seats())   # seat_variant's medial seats
        # every stem one of the word classes holds (X of a common ال+X too): a reading whose
        # stem is in none (most) skips their tests
        self._lexical = frozenset().union(
            function_words, common, (w[len(ARTICLE):] for w in common if w.startswith(ARTICLE)),
            after_cues, streets, cues, self.demonyms)

    def _likened(self, key: str) -> bool:
        """A one-word name behind ك- (like, as) is a country or a large town (كالعراق، كبغداد):
        a village's name behind it is more often a word (or a name) that starts with ك
        (كسروان is not ك + سروان, Sirvan)."""
        return key in self.countries or self.big_town(key)

    def _word_whole(self, norm: str) -> bool:
        """The word read whole, or without its indefinite accusative ending, is a frequent word:
        كمينا is the noun كمين (ambush) + ا, not ك + مينا (Minna); كتابا is no ك + تابا."""
        freq = self.frequent
        acc = self._accusative
        return norm in freq or (norm.endswith(acc) and norm[:-len(acc)] in freq)

    def article_particle(self, tok: Token) -> bool:
        """Every reading of the token that is a particle with proclitics carries the article
        too (والام: و + ال + أم, no grammatical reading; not وإن): the word as written may be a
        name (match_at's ``whole``)."""
        fw = self.function_words
        readings = [prefs for prefs, stem, _s, _x, _y in tok.word_type.segs if stem in fw]
        return bool(readings) and all(ARTICLE in prefs for prefs in readings)

    def infos(self, tokens: tuple[Token, ...]) -> list[WordInfo]:
        """One WordInfo per token (from the cache, keyed by surface: analyses derive from it)."""
        get, add = self._cache.get, self._add
        return [get(t.text) or add(t) for t in tokens]

    def _add(self, tok: Token) -> WordInfo:
        if len(self._cache) >= self.max_size:
            self._cache.clear()
        info = self._cache[tok.text] = self._compute(tok)
        return info

    def _compute(self, tok: Token) -> WordInfo:
        later = self._later(tok)
        if tok.kind != "word":
            return WordInfo._make(((), None, False, (), tok.norm, False, False, None, None, False,
                                   False, _EMPTY, _EMPTY, False, _EMPTY, False,
                                   later[0] or later[1], False) + later)
        trie, lexical = self.trie, self._lexical
        roots: list[tuple[int, str]] = []
        cont: list[tuple[str, str]] = []
        no_single: list[int] = []
        cue = None
        demonym = None
        cue_blocked = after = common = function = street = clitic = False
        cw = self.clitic_words
        # فرانس: not ف + رانس; ولجأت: not و + ل + جأت (Ghat), as لجأت is a word whole
        wt = tok.word_type
        wholes = {cw[s] for s in wt.forms if s in cw} \
            if cw and not cw.keys().isdisjoint(wt.forms) else ()
        # the word type's segmentations (the token's analyses without their spans, not built)
        hamza_ends, seats = self._hamza_ends, self._seats
        for k, (prefs, stem, suf, _x, _y) in enumerate(wt.segs):
            if stem.endswith(hamza_ends):
                stem = hamza_on_seat(stem)   # الشاطىء، فوجىء: the final ئ written ىء
            if stem not in trie and any(s in stem for s in seats):
                stem = seat_variant(stem, trie)   # سيؤون: the medial hamza on the other seat
            if not prefs:   # (most readings: the tests below with no proclitic)
                if stem in trie:
                    roots.append((k, stem))
                cont.append((stem, suf))
                if wholes and stem in wholes:
                    no_single.append(k)
                if stem not in lexical:   # (in no word class: no test below can hold)
                    if suf:
                        no_single.append(k)
                    continue
                if stem in self.function_words:
                    function = True
                if stem in self.common:
                    common = True
            else:
                if FUTURE not in prefs:  # سارين is not س + ارين
                    names = [stem] if stem in trie else []
                    if prefs[-1] == ARTICLE and ARTICLE + stem in trie:  # للاذقيه → اللاذقيه
                        names.append(ARTICLE + stem)
                    roots.extend((k, n) for n in names)
                    if names and LIKE in prefs and (self._word_whole(tok.norm) or not all(map(self._likened, names))):
                        no_single.append(k)   # (كمينا، كسروان: ك "like" before no country or large town)
                if prefs.count(ARTICLE) != len(prefs):   # a proclitic other than ال
                    clitic = True
                if prefs == (ARTICLE,):
                    cont.append((stem, suf))
                    cont.append((ARTICLE + stem, suf))
                if wholes and stem in wholes:
                    no_single.append(k)   # فرانس is not ف + رانس (a longer name may still start)
                if stem not in lexical:
                    if suf:
                        no_single.append(k)
                    continue
                # the readings' proclitics are all clitics of _PROCLITICS (asked once per reading)
                if _PROCLITICS.issuperset(prefs):
                    if stem in self.function_words:
                        function = True
                    if (stem in self.common
                            or (prefs[-1] == ARTICLE and ARTICLE + stem in self.common)) \
                            and (FUTURE not in prefs or stem[:1] in "يتنا"):  # سنار is not س + نار
                        common = True
            if suf:
                no_single.append(k)
                if stem in self.after_cues and suf in ("ها", "ه"):
                    after = True
                continue
            # (no suffix below: a street word, a cue, a demonym)
            if stem in self.streets and not (ARTICLE in prefs and stem in self.bare_streets):
                street = True   # (مفرق X is a junction, المفرق the town)
            if cue is None and not cue_blocked and stem in self.cues:
                if ARTICLE in prefs and stem not in self.definite:
                    cue_blocked = True  # المنطقة، المدينة: "the area" itself
                else:
                    cue = stem
            if demonym is None and stem in self.demonyms:
                demonym = (k, self.demonyms[stem])
        short = self.short
        if roots and short and any(path in short for _k, path in roots):
            # a two-letter name only as the gazetteer spells it
            roots = [(k, path) for k, path in roots
                     if path not in short or _written(tok, k) in short[path]]
            if common and any(path in short for _k, path in roots):
                common = False   # إب as spelt: not the word أب its key also spells
        if not common and _TANWEEN in tok.text:
            common = True  # كراً، بيراً، مدينةً: an indefinite noun (tanween), not a name
        single = None
        for k, path in roots:
            term = trie[path][0]
            if term is not None and k not in no_single and (
                    single is None or len(term[1]) > len(single[2])):
                single = (k, term[0] or common, term[1])
        if function:
            single = None  # وإن، بأن، لأن: a particle with clitics, never a one-word name
        # (the trie's tuples straight into the set; one shared empty set: most words start no name)
        if not roots:
            nexts = _EMPTY
        elif len(roots) == 1:
            nexts = frozenset(trie[roots[0][1]][1])
        else:
            nexts = _EMPTY.union(*[trie[path][1] for _k, path in roots])
        live = bool(roots or cue or demonym)
        norm, acc = tok.norm, self._accusative
        return WordInfo._make((tuple(roots), cue, after, tuple(cont), norm,
                               live, bool(nexts), single, demonym,
                               common, function, nexts, frozenset(map(_FIRST, cont)), street,
                               frozenset(no_single) if no_single else _EMPTY, clitic,
                               live or later[0] or later[1] or after or street,
                               norm.endswith(acc) and norm[:-len(acc)] in self.demonyms)
                              + later)

    def _later(self, tok: Token) -> tuple[bool, ...]:
        """The marks of the word for recognize's passes after its loop, in WordInfo's order
        (building ... phrase_next): each the pass's own test on the token, so a pass need
        look only at the marked words. Any kind of token (a name's neighbour may be one)."""
        norm, forms = tok.norm, tok.forms
        lex = self._lex
        near, compass = lex.near, lex.compass
        phrases = not_places()
        return (not self._buildings.isdisjoint(forms),
                norm in lex.apposition or norm.startswith(ARTICLE)
                and norm[len(ARTICLE):] in self._class_nouns,
                not lex.between.isdisjoint(forms),
                norm in near or norm in compass or not near.isdisjoint(forms)
                or not compass.isdisjoint(forms),
                norm in lex.located,
                norm in phrases,
                NAME_SLOT + norm in phrases)

def match_at(tokens: tuple[Token, ...], infos: list[WordInfo], i: int, trie: dict[str, tuple],
             whole: bool = False) -> NameMatch | None:
    """The longest gazetteer name starting at token i (same semantics as PhraseMatcher); ``trie``:
    the WordCache's. ``whole``: the word as written (its unsegmented reading) may be a one-word
    name though another reading is a particle with proclitics (بلدة والام: Ouallam after a town's
    cue, not و + ال + أم; callers pass it after a settlement's class noun)."""
    info = infos[i]
    j = i + 1
    whole = whole and info.function
    if not info.deep or j >= len(tokens) or tokens[j].sentence != tokens[i].sentence or (
            # the next word continues no name from here (most deep words): the one-word name
            tokens[j].norm != "_" and info.nexts.isdisjoint(infos[j].contset)):
        if info.single is None:
            if whole:
                return _whole_word(tokens, info, i, trie)
            return None
        k, weak, key = info.single
        return NameMatch(i, i + 1, tokens[i].stem_span(k), weak, key, k)
    roots = info.roots
    first_tok = tokens[i]
    sent = first_tok.sentence
    n = len(tokens)
    best: NameMatch | None = None
    best_rank = (0, 0)
    for k, path in roots:
        nd, j = path, i + 1
        while True:
            term = trie[nd][0]
            if term is not None and not (j - 1 == i and (info.function and not (whole and k == 0)
                                                         or k in info.no_single)):
                rank = (j - i, len(term[1]))
                if best is None or rank > best_rank:
                    sp = first_tok.stem_span(k)
                    weak = term[0] or (j - 1 == i and info.common)
                    best = NameMatch(i, j, sp if j - 1 == i else Span(sp.start, tokens[j - 1].span.end),
                                     weak, term[1], k)
                    best_rank = rank
            if j >= n or tokens[j].sentence != sent:
                break
            jj = j + 1 if tokens[j].norm == "_" and j + 1 < n else j  # #حفر_الباطن
            child = None
            for key, _suf in infos[jj].cont:
                c = f"{nd} {key}"
                if c in trie:
                    child = c
                    break
            if child is None:
                break
            nd, j = child, jj + 1
    return best


def _whole_word(tokens: tuple[Token, ...], info: WordInfo, i: int, trie: dict[str, tuple]
                ) -> NameMatch | None:
    """The one-word name token i spells as written (its unsegmented reading, analysis 0), if
    the trie holds one (match_at's ``whole``)."""
    path = next((p for k, p in info.roots if k == 0), None)
    term = trie[path][0] if path is not None else None
    if term is None or 0 in info.no_single:
        return None
    return NameMatch(i, i + 1, tokens[i].stem_span(0), term[0] or info.common, term[1], 0)
