"""A name the gazetteer lacks, told where it is by its distance from a place (places stage,
recognition): "مركزا عسكريا في بامبارا ماودي يبعد حوالي 100 كلم عن تمبكتو", "في X التي تبعد
(20 كم) شمال Y", "في X، على بعد 15 كيلومترا غربي Y", "قرب X الواقعة على مسافة 30 كم من Y";
or by its direction from a place when a place-name word heads it (في وادي الشاي شرقي صلاح
الدين، في تل X جنوب Y: a two-word name whose first word is a ``name_head``).
Only a place lies so far from another one: the one- or two-word name right before the relation
becomes an unknown place when a locative preposition (في، قرب، بـ) opens it, held by the
known place named after the relation (its container), where geocode codes it (precision 2:
by a town, CODING.md). A name a cue introduces (قرية X التي تبعد 20 كم عن Y) is put by Y in
mark_slots (places_slots._relation, ``wide``)."""
from __future__ import annotations

from hadath.gazetteer.lexicon import place_lexicon
from hadath.mentions.places_appositive import _by_bi
from hadath.mentions.places_found import Found
from hadath.mentions.places_slots import DISTANCE_GAP, RELATION_GAP, distance_at
from hadath.types import Span, Token

NAME_MAX = 2      # words of the name before the distance


def distance_names(tokens: tuple[Token, ...], infos, found: list[Found], unknown_name) -> None:
    """Add (in place) the unknown names right before a distance (a number and a unit of
    distance, with only the words a distance opens with before the number) or a compass word
    (a name headed by a place-name word: وادي الشاي شرقي Y) that a known place follows.
    ``unknown_name``: places_recognize's reader of a name the gazetteer lacks."""
    lex = place_lexicon()
    covered = None
    added = False
    for s, after, headed in _relations(tokens, infos, lex):
        if covered is None:
            covered = {i for f in found for i in range(f.start, f.end)}
        box = _known_after(tokens, found, after, tokens[s].sentence)
        if s - 1 in covered or box is None:
            continue
        for a in range(s - 1, max(-1, s - 1 - NAME_MAX), -1):
            if a in covered or tokens[a].sentence != tokens[s].sentence or tokens[a].kind != "word":
                break
            before = a > 0 and not lex.preps.isdisjoint(tokens[a - 1].forms)   # في X، قرب X
            if not before and not _by_bi(tokens[a]):   # بX
                continue
            un = unknown_name(tokens, infos, a, plain=before)
            if un is not None and not headed and un[0] == s - 1 == a + 1 \
                    and _name_word(tokens[a + 1], infos[a + 1], lex):
                un = (s, f"{un[1]} {tokens[a + 1].norm}", Span(un[2].start, tokens[a + 1].span.end))
            if un is None or un[0] != s or headed and " " not in un[1]:   # (بامبارا ماودي: two
                break                                                   # words, no name head)
            end, key, span = un
            found.append(Found(a, end, span, key, hint=2, known=False, containers=(box.key,)))
            covered.update(range(a, end))
            added = True
            break
    if added:
        found.sort(key=lambda f: f.start)


def _relations(tokens: tuple[Token, ...], infos, lex):
    """(first token of the relation, token after it, whether the name before it needs a name
    head) for each distance (يبعد حوالي 100 كلم عن، التي تبعد (20 كم)، على بعد 15 كيلومترا) and
    each compass word (شرقي، شمال غرب) of the sentence."""
    for k, tok in enumerate(tokens):
        if k and tok.kind == "word" and infos[k].cue in lex.compass and tok.norm in lex.compass \
                and infos[k - 1].cue not in lex.compass:
            yield k, k + 1, True
            continue
        if not tok.norm.isdigit() or k + 1 >= len(tokens) or tokens[k + 1].norm not in lex.distance:
            continue
        # the distance's first word: back over the words that may open it (يبعد حوالي، التي تبعد (،
        # على بعد)
        s = k
        while s > 0 and k - s < RELATION_GAP and tokens[s - 1].sentence == tok.sentence and \
                distance_at([t.norm for t in tokens[s - 1:k + 2]], lex) == k - s + 1:
            s -= 1
        if s < k and s > 0:
            yield s, k + 2, False


def _known_after(tokens: tuple[Token, ...], found: list[Found], a: int, sentence) -> Found | None:
    """The known place that begins within DISTANCE_GAP words after token a, in the same
    sentence: the place the name is told from (coded there, precision 2: geocode)."""
    return next((f for f in found if f.known and a <= f.start <= a + DISTANCE_GAP
                 and tokens[f.start].sentence == sentence), None)


def _name_word(tok: Token, info, lex) -> bool:
    """A word that may be a name's second word: no stop or direction word, cue or common word."""
    return tok.kind == "word" and tok.norm not in lex.stop and tok.norm not in lex.direction \
        and info.cue is None and not info.common and not info.live
