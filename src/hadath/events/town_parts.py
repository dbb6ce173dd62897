"""Parts of a town in the events stage: a quarter, street or area the gazetteer lacks, named
inside a town (hadath.mentions.place_parts), is the place of its own act (CODING.md: separate named
places are separate events), kept apart from the town's other parts by place_choice and reconcile."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from hadath.events.roles import nisba_agreeing
from hadath.events.tuning import WINDOWS
from hadath.mentions.place_parts import part_cue, part_of_town, village_by_town
from hadath.text.clitics import clitics
from hadath.types import PlaceRef

if TYPE_CHECKING:
    from hadath.events.index import DocIndex, Located


def named_part(ref: PlaceRef) -> bool:
    """A quarter, street, road or area the gazetteer lacks, named inside a town the text names
    (hadath.mentions.place_parts), or one of the listed villages it lacks that the text puts by
    a town (قرى X وY على محور "Z - W"، قريتي X وY قرب بلدة Z: village_by_town), with a name of its
    own: not an adjective (حي سكني، منطقة زراعية). Coded at that town, each stays an event of
    its own."""
    if not (part_of_town(ref) or village_by_town(ref)):
        return False
    words = ref.name.split()
    return not (len(words) == 1 and not clitics().definite(words[0]) and nisba_agreeing(words[0]))


def other_town(ref: PlaceRef, towns: set) -> bool:
    """The clause names a known town besides the one holding ``ref`` (a named part of it)."""
    if not towns:
        return False
    return not named_part(ref) or bool(towns - {ref.container.id})  # type: ignore[union-attr]


def in_story_town(ix: "DocIndex", sent: int, p: "Located") -> "Located":
    """A quarter, road or area the gazetteer lacks, named with no town (وقضى في طريق الشوك
    طفل) in a report about one town: a part of the town the report names most as a place in the
    WINDOWS.context_sentences before it (the latest of equals), back to the last area it names
    that is no town; else as is."""
    ref = p.mention.value
    if ref.place is not None or ref.container is not None or not part_cue(ref):
        return p
    from hadath.events.place_choice import introduced  # (place_choice calls this module)

    toks, text = ix.doc.tokens, ix.doc.text
    towns: dict[str, list] = {}  # place id -> [count, the latest position, place]
    moved = False
    for s in range(sent, max(-1, sent - WINDOWS.context_sentences - 1), -1):
        for q in reversed([q for q in ix.get("place", s) if q.start < p.start]):
            box = q.mention.value.place
            if box is None:
                continue
            if box.feature_class == "populated_place" and q.mention.value.cue != "nisba" \
                    and introduced(toks, q, text):
                got = towns.setdefault(box.id, [0, q.start, box])
                got[0] += 1
            elif box.feature_class not in ("country", "neighbourhood"):
                moved = True  # the report moved on to another area
                break
        if moved:
            break
    if not towns:
        return p
    box = max(towns.values(), key=lambda t: (t[0], t[1]))[2]
    return p._replace(mention=p.mention._replace(value=replace(ref, container=box)))
