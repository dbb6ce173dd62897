"""Words around a place name that say it names something else (the second module of place
recognition): a medium's name after a media head (وكالة سبأ), a person's name after a title or
given name, or before a given name or family nisba (عباس آدم، عبد الوهاب الساعدي), and anaphoric
place words (البلاد، العاصمة), fixed expressions that hold a name (القنابل المسيلة للدموع، مأرب
برس). Split from :mod:`hadath.mentions.places_recognize`."""
from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from hadath.gazetteer.data import (ANY_WORD, NAME_SLOT, broad_regions, common_words, not_places,
                                   person_words)
from hadath.gazetteer.lexicon import place_lexicon
from hadath.mentions.places_match import ARTICLE, WordInfo, behind_b
from hadath.types import Token

if TYPE_CHECKING:
    from hadath.mentions.places_recognize import Found

NISBA_END = "ي"         # the ending of a family nisba (الساعدي)
QUOTES = frozenset('"«“')
CLAUSE_END = frozenset(",.:;)")   # punctuation no preposition can stand before


def bare_stem(tok: Token) -> str:
    """The token without conjunction/preposition proclitics (keeps ال)."""
    for prefixes, stem, suffix, _s, _e in tok.word_type.segs:  # the analyses, without building them
        if prefixes and ARTICLE not in prefixes and not suffix:
            return stem
    return tok.norm


def media_name(tokens: tuple[Token, ...], i: int, facts) -> int:
    """Token i names a medium: right after a media head (وكالة سبأ، صحيفة الوطن) or in brackets
    after a phrase headed by one (وكالة الأنباء اليمنية (سبأ)): 1; in quotes right after a media
    head (وكالة "خبر" للأنباء): 2; else 0. ``facts``: the stage's cached per-word-type facts
    (the third is "a media head")."""
    if i == 0:
        return 0
    sent = tokens[i].sentence
    prev = tokens[i - 1]
    quoted = prev.norm in QUOTES and i >= 2 and tokens[i - 2].sentence == sent
    if quoted:
        prev = tokens[i - 2]
    if prev.norm == "(":
        for k in range(i - 2, max(-1, i - 7), -1):
            t = tokens[k]
            if t.sentence != sent or t.kind != "word" and t.norm != "_":
                break
            if is_media(t):
                return 1
        return 0
    if prev.sentence == sent and prev.kind == "word" and facts(prev)[2]:
        return 2 if quoted else 1
    return 0


def is_media(tok: Token) -> bool:
    """Some reading of the token is a media head without ال or a pronoun (وكالة، ولصحيفة)."""
    lex = place_lexicon()
    return any(seg[1] in lex.media and not seg[2] and ARTICLE not in seg[0] for seg in tok.word_type.segs)


def media_nisba(tokens: tuple[Token, ...], i: int, facts=None) -> bool:
    """Token i, a definite nationality adjective, ends a medium's name (وكالة الصحافة الفرنسية،
    هيئة الإذاعة البريطانية، الوكالة الألمانية، وكالة الأنباء التركية): the agency's, not a
    country the report is about, nor a place. Right after a media head (with or without ال), or
    after one definite word that follows one (الأنباء، الصحافة). ``facts``: a cache of
    ``word_facts`` per word type (the places stage's), else they are read from the tokens."""
    facts = facts or word_facts
    if i == 0 or not facts(tokens[i])[4]:
        return False
    sent = tokens[i].sentence
    prev = tokens[i - 1]
    if prev.sentence != sent or prev.kind != "word":
        return False
    if facts(prev)[3]:
        return True
    if i < 2 or not prev.norm.startswith(ARTICLE):
        return False
    head = tokens[i - 2]
    return head.sentence == sent and head.kind == "word" and facts(head)[3]


def _media_head(tok: Token) -> bool:
    """Some reading of the token is a media head, with or without ال (وكالة، الإذاعة)."""
    lex = place_lexicon()
    return any(seg[1] in lex.media and not seg[2] for seg in tok.word_type.segs)


def word_facts(tok: Token) -> tuple[bool, bool, bool, bool, bool]:
    """What the places stage asks of a word type, read once per surface (the stage caches it):
    (an anaphoric place word, some reading carries ب-, a media head without ال, a media head
    with or without ال, some reading carries ال)."""
    return (is_generic(tok), behind_b(tok), is_media(tok), _media_head(tok),
            any(ARTICLE in seg[0] for seg in tok.word_type.segs))


def is_generic(tok: Token) -> bool:
    """البلاد، بالعاصمة، والمدينة: an anaphoric place word (with proclitics)."""
    lex = place_lexicon()
    return tok.norm in lex.generic or any(
        seg[1] in lex.generic and not seg[2] and ARTICLE not in seg[0] for seg in tok.word_type.segs)


def before_person_word(tokens: tuple[Token, ...], infos: list[WordInfo], start: int, i: int
                       ) -> bool:
    """Token i, right after a bare name starting at token ``start``, is a given name, or a family nisba that is no place
    and no direction after a name without the article (ريم أحمد، عباس آدم، عبد الوهاب الساعدي):
    the name is a person's. (Town names are feminine: their adjectives end in ة, بغداد الجديدة;
    a masculine nisba after an indefinite-looking name is a man's family name. A name with the
    article takes adjectives: المريخ الجيولوجي.)"""
    if i >= len(tokens) or not i or tokens[i].sentence != tokens[i - 1].sentence \
            or tokens[i].kind != "word":
        return False
    w = tokens[i].norm
    if w in person_words():
        return True
    lex = place_lexicon()
    if w in lex.stop and w in lex.function and i + 1 < len(tokens) \
            and tokens[i + 1].kind == "punct" and tokens[i + 1].norm in CLAUSE_END:
        return True   # ناصر علي، : a particle ends no clause; the word is a given name (علي)
        #               (an adverb of time does: درنة وطبرق أمس.)
    info = infos[i]
    return not tokens[start].norm.startswith(ARTICLE) and w.startswith(ARTICLE) and w.endswith(NISBA_END) and len(w) > len(ARTICLE) + 3 \
        and not info.live and info.demonym is None and w not in lex.direction


def given_names_only(tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """The name of tokens start..end-1 is a chain of given names (محمد حسين علي، أحمد محمود
    حسن): its first two words are given names or titles (person_words.txt), any further word is
    one too or a common word (علي reads as على): a man's name, not the namesake hamlet a
    gazetteer lists under it."""
    if end - start < 2:
        return False
    words = person_words()
    if not all(t.kind == "word" and t.norm in words for t in tokens[start:start + 2]):
        return False   # (most names: no given name first; the two lists are looked up apart,
    common = common_words()   # never joined per call)
    return all(t.kind == "word" and (t.norm in words or t.norm in common)
               for t in tokens[start + 2:end])


def after_person_word(tokens: tuple[Token, ...], infos: list[WordInfo], i: int,
                      key: str = "") -> bool:
    """Token i follows a title, a given name or a nationality adjective (الوزيرة رايس، توني
    بلير، وزيرة الخارجية الأمريكية رايس). Not when the name ``key`` was read off the token
    behind a proclitic (قصف إسرائيلي بالخليل): a name in apposition takes no preposition."""
    if i == 0 or tokens[i - 1].sentence != tokens[i].sentence or tokens[i - 1].kind != "word":
        return False
    if key:
        head = key.split(" ", 1)[0]
        if (head.startswith(ARTICLE) or len(head) > 3) and behind_b(tokens[i], head):
            return False   # (not فلوريان: ف is no preposition; not بلير: too short to tell)
    if infos[i - 1].demonym is not None:
        return True
    words = person_words()
    prev = tokens[i - 1]
    return prev.norm in words or bare_stem(prev) in words


_OPENERS = QUOTES | {"("}
_DATELINE = frozenset("_/-:")


def without_phrases(tokens: tuple[Token, ...], found: list[Found], infos=None) -> list[Found]:
    """The names found, less those inside a fixed expression or a medium's name
    (data/gazetteer/not_places.tsv: القنابل المسيلة للدموع، بحجة انتمائهم، مأرب برس، (بغداد اليوم)).
    ``infos``: the tokens' WordInfos (a name neither at a ``phrase`` word nor before a
    ``phrase_next`` one has no entry)."""
    index = not_places()
    starts = None
    out = []
    n = len(tokens)
    for f in found:
        if infos is not None and not infos[f.start].phrase \
                and not (f.end < n and infos[f.end].phrase_next):
            out.append(f)
            continue
        entries = index.get(tokens[f.start].norm, ())
        if f.end < n:   # "@ برس": indexed by the word after the name
            entries += index.get(NAME_SLOT + tokens[f.end].norm, ())
        if entries:
            if starts is None:
                starts = {g.start for g in found}
            if any(_phrase_at(tokens, starts, f, *e) for e in entries):
                continue
        out.append(f)
    return out


class _Words(NamedTuple):
    """A run of tokens read as a name (what _phrase_at needs of a Found)."""
    start: int
    end: int


def in_expression(tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """tokens[start:end] lie inside a fixed expression of data/gazetteer/not_places.tsv (kind
    expression: مسقط رأس الضحية is the victim's home town), read as :func:`without_phrases`
    reads a place name; a medium's name does not count here."""
    index = not_places()
    entries = index.get(tokens[start].norm, ())
    if end < len(tokens):
        entries += index.get(NAME_SLOT + tokens[end].norm, ())
    at = _Words(start, end)
    return any(not name and _phrase_at(tokens, set(), at, words, k, name) for words, k, name in entries)


def _phrase_at(tokens: tuple[Token, ...], starts: set[int], f: Found | _Words, words: tuple[str, ...],
               k: int, name: bool) -> bool:
    """The phrase ``words`` lies around the name ``f`` with its k-th word at the name."""
    s = f.start - k
    n = len(tokens)
    sent = tokens[f.start].sentence
    t = s
    for w in words:
        if t == f.start and w == NAME_SLOT:
            t = f.end
            continue
        if t >= n or t < 0 or tokens[t].sentence != sent or tokens[t].kind != "word":
            return False
        if (w == ANY_WORD and t in starts) or (w not in (ANY_WORD, NAME_SLOT) and tokens[t].norm != w):
            return False
        t += 1
    if not name:
        return True
    before = tokens[s - 1].norm if s > 0 else ""
    after = tokens[t].norm if t < n else ""
    return before in _OPENERS or bool(before) and any(
        seg[1] in place_lexicon().media for seg in tokens[s - 1].word_type.segs) or (
        after in _DATELINE and (s == 0 or tokens[s - 1].sentence != sent or before in _DATELINE))


def in_broad_region(tokens: tuple[Token, ...], f: Found) -> bool:
    """The name opens the name of a broad region (data/gazetteer/broad_regions.txt: الشرق
    الأوسط، المغرب العربي): it names that region, which has no point of its own."""
    tails = broad_regions().get(f.key)
    return bool(tails) and any(
        f.end + len(t) <= len(tokens) and all(tokens[f.end + j].norm == w for j, w in enumerate(t))
        for t in tails)
