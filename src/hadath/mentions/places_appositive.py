"""A name the gazetteer lacks, told what it is by an appositive after a comma (places stage,
recognition): "في يارجاتينا، القرية القريبة من الحدود" or "على تاكالا، وهي بلدة في ولاية شمال
دارفور". The class noun after the comma, definite (القرية، البلدة، المدينة) or after the pronoun
(وهي قرية، وهو مخيم), names the class of the place right before the comma, as it would before the
name (قرية يارجاتينا): the unknown name becomes a place with that cue, a known bare one gets the
cue (a village cue: no big city abroad) (an unresolved place of the
report's country, not the border's neighbour named after it). The name must follow a locative
preposition (في، قرب، بـ) so a clause's subject or object is not taken."""
from __future__ import annotations

from hadath.gazetteer.lexicon import place_lexicon
from hadath.mentions.places_found import Found
from hadath.mentions.places_match import ARTICLE, PREP_B
from hadath.types import Token

NAME_MAX = 2      # words of the name before the comma


def _class_noun(tokens: tuple[Token, ...], k: int, nouns: frozenset[str],
                pronouns: frozenset[str]) -> str | None:
    """The class noun of the appositive after the comma at token k, or None."""
    n = len(tokens)
    j = k + 1
    if j >= n or tokens[j].sentence != tokens[k].sentence:
        return None
    w = tokens[j].norm
    if w in pronouns:
        if j + 1 < n and tokens[j + 1].norm in nouns:
            return tokens[j + 1].norm
        return None
    if w.startswith(ARTICLE) and w[len(ARTICLE):] in nouns:
        return w[len(ARTICLE):]
    return None


def _after_prep(tok: Token, preps: frozenset[str]) -> bool:
    return not preps.isdisjoint(tok.forms)


def _by_bi(tok: Token) -> bool:
    return any(PREP_B in prefixes for prefixes, *_ in tok.word_type.segs)


def appositive_names(tokens: tuple[Token, ...], infos, found: list[Found], unknown_name,
                     at: list[int] | None = None) -> None:
    """Add (in place) the unknown names before an appositive class noun. ``unknown_name`` is
    places_recognize's reader of a name the gazetteer lacks (tokens, infos, start) -> (end, key,
    span) | None. ``at``: the token indices to try as the comma, ascending (the caller's: those
    before a word that may head an appositive); None: every token."""
    lex = place_lexicon()
    nouns = lex.klass | lex.camp
    covered = None
    added = False
    for k in range(len(tokens)) if at is None else at:
        tok = tokens[k]
        if tok.norm != "," or k < 2 or tokens[k - 1].kind != "word":
            continue
        noun = _class_noun(tokens, k, nouns, lex.apposition)
        if noun is None:
            continue
        if covered is None:
            covered = {i for f in found for i in range(f.start, f.end)}
        if k - 1 in covered:
            f = next((f for f in found if f.end == k), None)
            if f is not None and f.cue is None and not f.slot and (
                    f.start > 0 and _after_prep(tokens[f.start - 1], lex.preps)
                    or f.end - f.start == 1 and _by_bi(tokens[f.start])):
                f.cue, f.hint = noun, max(f.hint, lex.cues.get(noun, 1))   # as قرية X
            continue
        for s in range(k - 1, max(0, k - 1 - NAME_MAX), -1):
            if s in covered or tokens[s].sentence != tok.sentence:
                break
            prep = s > 0 and _after_prep(tokens[s - 1], lex.preps)
            if not prep and not (s == k - 1 and _by_bi(tokens[s])):
                continue
            un = unknown_name(tokens, infos, s)
            if un is None or un[0] != k:
                break
            end, key, span = un
            found.append(Found(s, end, span, key, cue=noun, hint=lex.cues.get(noun, 1),
                               known=False))
            covered.update(range(s, end))
            added = True
            break
    if added:
        found.sort(key=lambda f: f.start)
