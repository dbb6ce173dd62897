"""Place slots: a weak or common-word name that is a place because of its neighbours (a و-list
headed by a real name, brackets, وريفها, a region phrase), and the context the names of one
list share. Split from :mod:`hadath.mentions.places_recognize`, which calls :func:`mark_slots`."""
from __future__ import annotations

from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING

from hadath.gazetteer.lexicon import place_lexicon
from hadath.mentions.places_between import between_ends
from hadath.mentions.places_match import ARTICLE, CONJ, PREP_B, WordInfo, behind_b, conj_joined
from hadath.mentions.places_people import QUOTES, bare_stem as _stem
from hadath.text.clitics import clitics
from hadath.types import Token

if TYPE_CHECKING:
    from hadath.mentions.places_recognize import Found

IN = "في"              # the locative preposition of "X في Y" (Y holds X)
RELATION_GAP = 5       # words between two names that _relation reads
_LIST_GAPS = frozenset({(CONJ,), ("(",), (",",), ("-",), (",", CONJ)})   # X وY، X (Y، X، Y، X - Y
_CLOSED = (")",)   # X (Y) وZ: a gloss in brackets, then the list goes on
_RELATIONAL = itemgetter(WordInfo._fields.index("relational"))
_LOCATED = itemgetter(WordInfo._fields.index("located"))
_LIST_HEAD = attrgetter("list_head")


def may_be_slot(tokens: tuple[Token, ...], infos: list[WordInfo], found: list[Found], i: int
                 ) -> bool:
    """Token i could be a place slot (mark_slots): a وريفها-type word follows, a bracket
    precedes, و + a plural class noun follows (أريحا وقرى جبل الزاوية), or it comes at most two
    tokens after a name that is not a common word, or after
    a list of names each at most two tokens after the one before that starts with such a name
    (بمحافظة الإسكندرية ودمياط والشرقية والغربية)."""
    if i + 1 < len(tokens) and (infos[i + 1].after or infos[i + 1].cue is not None
                                and _heads_class_list(tokens, infos, i + 1, place_lexicon())):
        return True
    if i and tokens[i - 1].norm == "(":
        return True
    if found and not found[-1].weak and found[-1].end >= i - 2:
        return True
    for f in reversed(found):   # the list's head: a name, not a weak or common word or an adjective
        if f.end < i - 2 or f.cue == "nisba":
            return False
        if not f.weak and not f.common:
            return True
        i = f.start
    return False


def mark_slots(tokens: tuple[Token, ...], infos: list[WordInfo], found: list[Found],
               big_town=None, countries: frozenset[str] = frozenset(),
               areas: frozenset[str] = frozenset()) -> None:
    """Slots: a weak name next to another place (و-list, brackets, وريفها) or a region phrase.
    ``big_town(key)``: the key names a large town (a weak one may still hold a quarter).
    ``countries``: the country name keys (a place right before في/ب + a country lies in it);
    ``areas``: the named areas' keys (X في الغوطة الشرقية: the area holds it)."""
    lex = place_lexicon()
    for k, f in enumerate(found):
        if f.cue:
            continue
        nxt = f.end < len(tokens) and infos[f.end].after
        listed = False
        if k > 0 and (not found[k - 1].weak or found[k - 1].slot or found[k - 1].cue in lex.listing):
            # (a list goes on: والشرقية والغربية; قريتي المناخ والفيصلية: a list's noun names its head)
            g0 = found[k - 1].end
            if g0 >= f.start:
                listed = conj_joined(tokens[f.start])  # the last analysis: و+X
            elif f.start - g0 <= 2:
                gap = tuple([t.norm for t in tokens[g0:f.start]])
                listed = gap in _LIST_GAPS or gap == _CLOSED and conj_joined(tokens[f.start])
        if nxt or listed or f.end < len(tokens) and infos[f.end].cue is not None \
                and _heads_class_list(tokens, infos, f.end, lex):
            f.slot = True
        f.listed = listed
        if listed:   # مديريات ساقين وحيدان والظاهر: the plural or dual class noun names them all
            g = found[k - 1]
            f.shared = g.shared or ((g.cue,) if g.cue in lex.listing else ())
        # X (Y): Y after "X وريفها (" is in X's countryside; "Y في ريف X" / "Y بريف X"
        if k > 0 and tokens[f.start - 1].norm == "(" and f.start >= 2 and infos[f.start - 2].after:
            f.containers += (found[k - 1].key,)
            f.slot = True
    for k, f in enumerate(found[:-1]):
        g = found[k + 1]
        h = found[k + 2] if g.end - g.start == 1 and tokens[g.start].norm in lex.near \
            and k + 2 < len(found) else g   # (القريب read as a village name itself)
        if g.list_head is not None and g.list_head in (f, f.list_head):
            continue   # the next name of the same quoted list: neither holds the other
        f_end = f.end + 1 if f.quoted else f.end   # (أحياء "X" في الخرطوم: after the quote)
        if g.start - f_end > RELATION_GAP and h.start - f_end > RELATION_GAP:
            continue   # (too far apart for any test below: most pairs)
        # a part's or a road's name (also after a further cue: قرب جسر الزيتون في الناصرية)
        fpart = f.cue in lex.part or f.cue in lex.road or not lex.part.isdisjoint(f.inner)
        if h.start > f_end and not h.known and h.start - f_end <= RELATION_GAP \
                and _relation(tokens, f_end, h.start, lex, infos) == "held":
            f.by_unknown = h.key   # قرية X بالقرب من بلدة Y, Y known only in Latin (places_latin)
        if h.start > f_end and h.known and not h.weak and h.key not in f.containers \
                and h.start - f_end <= RELATION_GAP:
            rel = _relation(tokens, f_end, h.start, lex, infos)
            if rel:
                f.anchor = h.key
                f.held = rel == "held"
                continue
        if g.start == f.end and (fpart or f.cue in lex.natural) \
                and g.known and g.cue is None and (not g.weak or _weak_town(g, big_town)) \
                and behind_b(tokens[g.start]):
            f.containers += (g.key,)   # شارع تونس بحولي، حي الشعار بحلب: the town holds it
            continue
        if g.start == f.end and (f.cue is None or f.cue in lex.village) and f.known \
                and not f.weak and g.known and g.cue is None and not g.weak \
                and g.key not in countries and g.key not in areas and f.key not in countries \
                and g.span.start > tokens[g.start].span.start \
                and behind_b(tokens[g.start], alone=True):
            if f.cue is None:   # سلوان بالقدس: the town anchors a bare name (a reading in or
                if f.anchor is None:   # near it wins; the name stays bare: الجزر النيلية بالقاهرة)
                    f.anchor, f.held = g.key, True
            else:
                f.containers += (g.key,)   # بلدة X بحمص: the town holds it
            continue
        if f.cue in lex.village and f.known and g.known and g.cue is None \
                and not g.weak and g.start == f_end + 1 and tokens[f_end].norm == IN \
                and g.key not in countries and g.key not in areas and not _moving(tokens, f.start, lex):
            f.containers += (g.key,)   # قرية الرشاد في ديالى: the unit holds it (no Rashad in Anbar)
            continue
        if g.start == f_end and g.known and infos[g.start].cue in lex.container \
                and (behind_b(tokens[g.start], infos[g.start].cue) or f.cue is not None
                     and f.cue not in lex.district and infos[g.start].cue in lex.district):
            # جبل السمامة بولاية القصرين: the name "ولاية القصرين"; منطقة شمير مديرية مقبنة: a
            # district named right after a place of it, with no preposition (Yemeni usage)
            f.containers += (g.key,)
            continue
        if f.cue is None and f.anchor is None and f.known and not f.weak and g.known \
                and g.cue is None and not g.weak and g.start == f_end + 1 and tokens[f_end].norm == IN \
                and g.key not in countries and g.key not in areas and f.key not in countries \
                and not _moving(tokens, f.start, lex):
            f.in_town = g.key   # تل حمدي في داقوق: the town bounds a bare name's reading (not
            #                     نازحون من حلب في إدلب); no anchor: the reading's choice stays
        if (g.key in countries or g.key in areas) and f.key not in countries and g.cue is None \
                and f.cue != "nisba" and (g.start == f_end + 1 and tokens[f_end].norm == IN
                                          or g.start == f_end and behind_b(tokens[g.start], g.key)):
            f.containers += (g.key,)   # الحلة في السودان، مدينة X بالعراق: the country holds it
            if g.key in countries:
                f.in_country = g.key
            continue   # (المرج في الغوطة الشرقية: the area holds it; places_quarters.outside_town)
        if _located_in(tokens, infos, f_end, g, countries, lex):
            f.containers += (g.key,)   # قرية X الواقعة بأطراف قضاء Y، التابعة لناحية Y: Y holds X
            continue
        if g.start - f_end > 3 or g.start <= f_end:
            continue
        gap = [t.norm for t in tokens[f_end:g.start]]
        if g.cue in lex.container:
            cue_tok = tokens[g.start - 1]
            if (IN in gap or "(" in gap or "," in gap or behind_b(cue_tok, g.cue)
                    or behind_b(tokens[g.start], g.cue)) and not _next_member(tokens[f_end], lex):
                f.containers += (g.key,)   # (قرية طيبة الشيخ السماني بولاية سنار: the unit's
                #                            mention opens with its cue; not عبس في حجة ومواقع في
                #                            محافظة صعدة: a list's next member lies there)
        elif (fpart or f.cue in lex.own_point) and (g.cue in lex.klass or g.cue in lex.capital) \
                and g.known and not g.weak and (gap in ([IN, g.cue], [IN, ARTICLE + g.cue]) or len(gap) == 1
                                                and behind_b(tokens[f_end], g.cue, alone=True, definite=True)):
            f.containers += (g.key,)   # حي الكاشف بمدينة درعا، حي X في مدينة Y: the town holds it
            #                            (منطقة X بالعاصمة Y: an area of the capital, no namesake)
        elif gap[0] in ("(", ",", "-") and g.known and not g.weak \
                and not (gap[0] == "-" and f.cue in lex.road and f.known) \
                and not (gap[0] == "," and conj_joined(tokens[f_end + 1])) \
                and (gap[0] != "," or _only_cues(tokens, infos, f_end + 1, g.start, lex)):
            # (الرستن في حمص، ومشمشان، وبلدة مضايا: "، و" goes on to a list's next place, no holder;
            #  قضاء صور، مستهدفا بلدات زبقين: a clause goes on after the comma, no address)
            f.containers += (g.key,)   # (طريق X - Y: the road's two ends: Y holds no X the
            #                            gazetteer knows; an unknown X is coded at Y)
        elif fpart and gap == [IN] and g.known \
                and g.cue is None and (not g.weak or _weak_town(g, big_town)):
            f.containers += (g.key,)   # حي الشعار في حلب، مخيم اليرموك في دمشق: the town holds it
    for k in range(len(found) - 2, -1, -1):   # قرى X وY وZ على محور "W - V": W anchors them all
        f, g = found[k], found[k + 1]
        if not g.listed or f.containers:
            continue
        if g.anchor is not None and f.anchor is None:
            f.anchor, f.held = g.anchor, g.held
        elif g.containers and g.shared:   # قريتي X وY في ريف Z: Z holds both
            f.containers = g.containers
    if not lex.village.isdisjoint([f.cue for f in found]):   # (the three below: villages only)
        _unit_named_before(tokens, found, lex)
        _unit_fronted(tokens, found, lex)
        _by_a_feature(tokens, found, lex)
    _share_list_context(found)
    between_ends(tokens, found, infos)   # المنطقة الواقعة بين X وY: near both, p2


def _only_cues(tokens: tuple[Token, ...], infos: list[WordInfo], a: int, b: int, lex) -> bool:
    """Tokens a..b-1 (between a comma and a name) are all place cues or words a cue skips:
    "X، بلدة Y" is an address, "X، مستهدفا بلدات Y" a clause that goes on."""
    return all(infos[t].cue is not None or tokens[t].norm in lex.skip for t in range(a, b))


def _unit_named_before(tokens: tuple[Token, ...], found: list[Found], lex) -> None:
    """A village right before ب + the article + a unit's class noun (قرية X بالمديرية، بلدة X
    بالمحافظة) lies in the unit of that class the sentence named before it (مديرية مقبنة)."""
    for k, f in enumerate(found):
        if f.containers or f.cue not in lex.village or f.end >= len(tokens):
            continue
        tok = tokens[f.end]
        noun = next((seg[1] for seg in tok.word_type.segs
                     if seg[0] == (PREP_B, ARTICLE) and seg[1] in lex.container), None)
        if noun is None:
            continue
        for g in reversed(found[:k]):
            if tokens[g.start].sentence != tok.sentence:
                break
            if g.cue == noun and g.known:
                f.containers += (g.key,)
                break


def _by_a_feature(tokens: tuple[Token, ...], found: list[Found], lex) -> None:
    """A village with no container right before a natural feature the text places in a unit
    (قرية X على ضفاف نهر Y في حدود قضاء Z، قرية X عند سفح جبل Y بريف Z) lies in that unit too."""
    for k, f in enumerate(found[:-1]):
        g = found[k + 1]
        if f.containers or f.anchor is not None or f.cue not in lex.village or not g.containers \
                or not 0 < g.start - f.end <= RELATION_GAP or g.cue in lex.village \
                or tokens[g.start].sentence != tokens[f.start].sentence:
            continue
        if g.cue in lex.natural or tokens[g.start - 1].norm in lex.name_heads:
            f.containers = g.containers


def _unit_fronted(tokens: tuple[Token, ...], found: list[Found], lex) -> None:
    """A village named with no container in a sentence that opens with في, a unit's class noun
    and its name, then a comma (وفي مديرية الدريهمي، استهدفت المليشيا قرية النخيلة): the
    unit the sentence is about holds it."""
    for k, f in enumerate(found):
        if f.containers or f.cue not in lex.village:
            continue
        sent = tokens[f.start].sentence
        g = next((g for g in found[:k] if tokens[g.start].sentence == sent), None)
        if g is None or not g.known or g.cue not in lex.container or g.end >= f.start \
                or tokens[g.end].norm != "," or not g.start or not _opens_with_in(tokens, g.start - 1):
            continue
        f.containers += (g.key,)


def _opens_with_in(tokens: tuple[Token, ...], i: int) -> bool:
    """Token i is في (or وفي) and opens its sentence."""
    t = tokens[i]
    if i and tokens[i - 1].sentence == t.sentence:
        return False
    return t.norm == IN or any(seg[1] == IN and set(seg[0]) <= {CONJ} for seg in t.word_type.segs)


def _located_in(tokens: tuple[Token, ...], infos: list[WordInfo], a: int, g: Found,
                countries: frozenset[str], lex) -> bool:
    """The words [a, g.start) say the name before them lies in g (X الواقعة بأطراف قضاء Y،
    X التابعة لناحية Y، X الواقعة في Y): a "located" word, then only cue words, في or quote marks."""
    if not 0 < g.start - a <= RELATION_GAP or not g.known or g.weak or g.key in countries \
            or not any(map(_LOCATED, infos[a:g.start])):   # (no "located" word: most pairs)
        return False
    at = [n for n in range(a, g.start) if tokens[n].norm in lex.located]
    return bool(at) and all(infos[n].cue is not None or tokens[n].norm == IN  # (بمنطقة "موبتي": and quotes)
                            or tokens[n].norm in QUOTES or unit_noun(tokens[n], lex)
                            for n in range(at[-1] + 1, g.start))


def unit_noun(tok: Token, lex) -> bool:
    """The token is a unit's class noun that is no recognition cue of its own (مركز: also
    "centre", مركز شرطة), bare or after ل/ب: التابعة لمركز البلينا، من أعمال مركز ملوي name the
    unit Y (read only after a "located" word)."""
    return any(seg[0] in ((), (PREP_B,), (clitics().lam,)) and seg[1] in lex.admin2 and seg[1] not in lex.cues
               for seg in tok.word_type.segs)


def _heads_class_list(tokens: tuple[Token, ...], infos: list[WordInfo], i: int, lex) -> bool:
    """Token i is و + a plural class noun of a list (أريحا وقرى جبل الزاوية، X وبلدات Y): the
    name before it heads a list of places."""
    if i >= len(tokens) or infos[i].cue not in lex.listing:
        return False
    return any(seg[0] == (CONJ,) and seg[1] == infos[i].cue for seg in tokens[i].word_type.segs)


def _weak_town(g: Found, big_town) -> bool:
    """A one-word name that is also a common word (بحري "naval", Khartoum North), right after
    a quarter or street it holds (حي كافوري ببحري، حي X في بحري): a place when the gazetteer
    knows a large town by it; it becomes a slot (a place mention) besides the container."""
    if big_town is None or g.end - g.start != 1 or not big_town(g.key):
        return False
    g.slot, g.common, g.frame = True, False, False   # (a slot: no frame's country test)
    return True


def _share_list_context(found: list[Found]) -> None:
    """A quoted list after a plural cue shares what the text says after its last member (في
    أحياء "المنشية" و"بري" و"الرياض" في الخرطوم: Khartoum holds them all; قرى "X" و"Y" غربي
    Z: Z anchors them all). When it says nothing, only the first member is kept: bare names of
    small places with nothing to place them by are mostly namesakes elsewhere. (A C-level
    scan first: most documents have no quoted list.)"""
    if not any(map(_LIST_HEAD, found)):
        return
    last: dict[int, Found] = {}
    for f in found:
        if f.list_head is not None:
            last[id(f.list_head)] = f
    if not last:
        return
    for f in found:
        tail = last.get(id(f.list_head if f.list_head is not None else f))
        if tail is None or tail is f:
            continue
        if not f.containers:
            f.containers = tail.containers
        if f.anchor is None:
            f.anchor, f.held = tail.anchor, tail.held
    found[:] = [f for f in found if f.list_head is None or f.containers or f.anchor is not None]


def _moving(tokens: tuple[Token, ...], i: int, lex) -> bool:
    """The name at token i comes right after a preposition of going or coming, as a word or a
    proclitic-free token before it (من حلب، إلى حماة، باتجاه درعا)."""
    return i > 0 and (tokens[i - 1].norm in lex.motion or not lex.motion.isdisjoint(tokens[i - 1].forms))


def _relation(tokens: tuple[Token, ...], a: int, b: int, lex, infos: list[WordInfo] | None = None) -> str:
    """How the words [a, b) between two names relate them: "held" when the second holds or
    anchors the first (X، في جنوب غرب Y / X بشمال Y: inside the town Y; X القريبة من بلدة Y /
    X قرب Y: near Y), "near" for a bare direction (X شمال شرق Y: some way off Y, a
    disambiguation hint only), else "". ``infos``: the tokens' WordInfos (their ``relational``
    mark answers the first test below at once)."""
    if b - a > RELATION_GAP:
        return ""
    if not any(map(_RELATIONAL, infos[a:b])) if infos is not None else all(t.norm not in lex.near and t.norm not in lex.compass and lex.near.isdisjoint(t.forms)
           and lex.compass.isdisjoint(t.forms) for t in tokens[a:b]):
        return ""   # (no word or stem of either kind between them: most pairs)
    kept = [t for k, t in enumerate(tokens[a:b]) if t.norm not in QUOTES and not (k == 0 and _of_the(t))]
    words = [t.norm for t in kept]   # (مخيم زمزم للنازحين جنوب الفاشر: "of the displaced" is no gap)
    stems = [_stem(t) for t in kept]
    i = 1 if words and words[0] == "," else 0
    if i == len(words):
        return ""
    while len(words) > i + 1 and (words[-1] in lex.klass or stems[-1] in lex.klass
                                  or stems[-1].removeprefix(ARTICLE) in lex.capital):
        words.pop()   # قرب مدينة X، في شمال بلدة X، شمالي العاصمة X: the second name's class noun
        stems.pop()
    rest, rstems = _after_distance(words[i:], stems[i:], lex)
    if not rest:
        return ""
    if len(rest) in (2, 3) and rest[0] in lex.stop and (rest[1] in lex.near or rstems[1] in lex.near):
        rest, rstems = rest[1:], rstems[1:]   # X على محور Y، X على مقربة من Y: a preposition before the word
    if rest[0] in lex.near or rstems[0] in lex.near:
        return "held" if len(rest) == 1 or len(rest) == 2 and rest[1] in lex.skip else ""  # (من)
    if rest[0] == IN:
        rest, rstems = rest[1:], rstems[1:]
        inside = True
    else:
        inside = any(PREP_B in seg[0] for seg in tokens[a + i].word_type.segs if seg[1] in lex.compass)
    if rest and all(w in lex.compass or s in lex.compass for w, s in zip(rest, rstems)):
        return "held" if inside else "near"
    return ""


def _next_member(t: Token, lex) -> bool:
    """The word right after a name is و + a noun of sites a strike hits (event_roles.tsv
    ``target``: ومواقع، ومقرات) or a plural class noun (وقرى، وبلدات): the next member of a list
    begins, and the unit named after it holds that member, not the name (الأفران والطرق في ريف
    دمشق: roads are no such noun, the area still holds the word before)."""
    from hadath.events.role_words import target_noun   # (events data: imported when asked)
    return t.kind == "word" and conj_joined(t) and (target_noun(t) or not lex.plural.isdisjoint(t.forms))


def _of_the(t: Token) -> bool:
    """A word ل + ال + noun (للنازحين، للاجئين): a complement of the name before it (whose place
    it is), not a word of the relation to the next name."""
    lam = clitics().lam
    return any(seg[0] == (lam, ARTICLE) and seg[1] and not seg[2] for seg in t.word_type.segs)


def _after_distance(rest: list[str], rstems: list[str], lex) -> tuple[list[str], list[str]]:
    """The words after a distance that opens ``rest`` (15 كيلومتر غربي، على بعد 44 كيلومترا
    شرق: a number, then a unit; before it only بعد and prepositions), else ``rest`` whole."""
    k = next((n for n, w in enumerate(rest) if w.isdigit()), None)
    if k is None or k + 1 >= len(rest) or rest[k + 1] not in lex.distance \
            or any(w not in lex.distance and w not in lex.stop for w in rest[:k]):
        return rest, rstems
    return rest[k + 2:], rstems[k + 2:]
