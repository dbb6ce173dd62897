"""A recognized place name and its context (split out of places_recognize.py, issue #11:
modules under 500 lines; places_recognize re-exports it)."""
from __future__ import annotations

from dataclasses import dataclass

from hadath.types import Span


@dataclass(slots=True, eq=False, repr=False)
class Found:
    """A recognized name: token indices [start, end), span, gazetteer key and context."""
    start: int
    end: int
    span: Span
    key: str
    cue: str | None = None
    hint: int = 1
    weak: bool = False
    common: bool = False    # a one-word match on a common news word (بيان): needs a cue, not a slot
    slot: bool = False      # in a list with other places / before وريفها
    known: bool = True      # matched a gazetteer name
    containers: tuple[str, ...] = ()  # keys of enclosing places named in context
    inner: tuple[str, ...] = ()  # further cues between the cue and the name (قرب بلدة X)
    anchor: str | None = None  # a place the text puts it in or near (X، في جنوب Y؛ X قرب Y):
    #                            a hint to its reading, no evidence that it is a place
    held: bool = False      # ... in it or right by it (X، في جنوب Y؛ X القريبة من Y), not some way off
    by_unknown: str | None = None   # the key of a name no Arabic gazetteer name holds that the
    #                                 text puts it right by (قرية X بالقرب من بلدة Y): places_latin
    quoted: bool = False    # in quotes: a closing quote after it belongs to it
    list_head: "Found | None" = None  # the first of a quoted list after a plural cue (أحياء "X" و"Y")
    shared: tuple[str, ...] = ()  # the plural/dual cue of the list it follows (مديريات X وY وZ)
    listed: bool = False    # follows the name before it in a و-list (X وY، X، Y)
    part: tuple | None = None   # (country code, (north, east)): X جنوبي لبنان (places_country_parts)
    frame: bool = False     # a clause's opening place: وفي صور، ... (a common word may be one there)
    in_country: str | None = None  # X في السودان: the country's key (a container, no evidence)
    in_town: str | None = None   # تل حمدي في داقوق: the known town's key "في" puts a bare name in
    #                              (only bounds its reading: places_quarters.far_from_town)

    def __repr__(self) -> str:
        return f"Found({self.start}, {self.end}, {self.key!r}, cue={self.cue!r})"
