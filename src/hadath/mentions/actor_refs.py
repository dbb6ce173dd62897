"""What an actor reference is in an event (the ACLED inter code in the event's country, the name
ACLED codes it by, and the lexicon notes umbrella= and hit_as=): read by the events stage, and
re-exported by :mod:`hadath.mentions.actors`."""
from __future__ import annotations

from hadath.mentions.actors_lexicon import actor_lexicon
from hadath.types import ActorRef


def inter_for(ref: ActorRef, event_country: str | None) -> int:
    """ACLED inter code in an event's country: state forces acting outside their own country
    are External/other forces (8)."""
    if ref.inter == 1 and ref.country and event_country and ref.country != event_country:
        return 8
    return ref.inter


def primary_name(ref: ActorRef) -> str:
    """ACLED codes Journalists, Women, Students ... as Civilians with an associated actor: the
    name to use as actor1/actor2 (the ref's own name goes to assoc_actor)."""
    entry = actor_lexicon().entries.get(ref.actor_id or "")
    assoc = entry.associated_with if entry else None
    return assoc or ref.name


def umbrella(ref: ActorRef) -> bool:
    """Whether ``ref`` names many groups at once (actors.tsv note ``umbrella=yes``)."""
    entry = actor_lexicon().entries.get(ref.actor_id or "")
    return bool(entry and entry.umbrella)


def hit_as(ref: ActorRef) -> str | None:
    """The name of ``ref`` as the side hit by others' violence, when ACLED names it otherwise
    (actors.tsv note ``hit_as=``: settlers attacked are civilians)."""
    entry = actor_lexicon().entries.get(ref.actor_id or "")
    return entry.hit_as if entry else None
