"""A trigger word that names a place (issue #9, round 32): right after a settlement's class noun
in the construct (الغارة على بلدة معركة: the village Maaraka) the word is the place's name, no
battle. Split from :mod:`hadath.mentions.triggers`."""
from __future__ import annotations

from hadath.gazetteer.lexicon import place_lexicon
from hadath.types import Token


def place_name(tokens: tuple[Token, ...], i: int, verb: bool, article: frozenset[str]) -> bool:
    """A noun right after a settlement's class noun in the construct (بلدة معركة، قرية كمين): the
    place's name, whatever the word means elsewhere; not a verb (قرية قتل فيها المسلحون: a
    relative clause) nor after the definite noun (شهدت البلدة اشتباكات: its object)."""
    if verb or i == 0 or tokens[i - 1].sentence != tokens[i].sentence or tokens[i].has_proclitic(article):
        return False
    lex = place_lexicon()
    prev = tokens[i - 1]
    return prev.kind == "word" and not prev.has_proclitic(article) and not (lex.klass | lex.village).isdisjoint(prev.forms)
