"""Parts of a town in the events stage: a quarter, street or area the gazetteer lacks, named
inside a town (hadath.mentions.place_parts), is the place of its own act (CODING.md: separate named
places are separate events), kept apart from the town's other parts by place_choice and reconcile."""
from __future__ import annotations

from hadath.events.roles import nisba_agreeing
from hadath.mentions.place_parts import part_of_town
from hadath.text.clitics import clitics
from hadath.types import PlaceRef


def named_part(ref: PlaceRef) -> bool:
    """A quarter, street, road or area the gazetteer lacks, named inside a town the text names
    (hadath.mentions.place_parts), with a name of its own: not an adjective (حي سكني، منطقة
    زراعية)."""
    if not part_of_town(ref):
        return False
    words = ref.name.split()
    return not (len(words) == 1 and not clitics().definite(words[0]) and nisba_agreeing(words[0]))


def other_town(ref: PlaceRef, towns: set) -> bool:
    """The clause names a known town besides the one holding ``ref`` (a named part of it)."""
    if not towns:
        return False
    return not named_part(ref) or bool(towns - {ref.container.id})  # type: ignore[union-attr]
