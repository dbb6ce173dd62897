"""``hadath gazetteer search``: the candidates for a name, with the scores the resolver uses."""
from __future__ import annotations

from dataclasses import dataclass

from hadath.gazetteer.keys import name_key, skeleton
from hadath.gazetteer.candidates import candidates, prior
from hadath.gazetteer.store import Gazetteer
from hadath.types import Place


@dataclass(frozen=True)
class Candidate:
    place: Place
    score: float        # prior + match (what the resolver starts from, before context)
    match: float        # 1.0 exact, < 1 fuzzy similarity
    key: str            # the name key that matched
    weak: bool          # the name is a common word (needs a cue in text)


def search(gz: Gazetteer, name: str, fuzzy: bool = True, country: str | None = None,
           limit: int = 20) -> list[Candidate]:
    key = name_key(name)
    hits = candidates(gz, key, fuzzy=False, limit=500)
    if fuzzy:
        seen = {h.place.id for h, _ in hits}
        hits += [(h, m) for h, m in candidates(gz, key, fuzzy=True, limit=500)
                 if h.place.id not in seen and m < 1.0]
        if not any(m == 1.0 for _, m in hits):
            hits += [(h, 1.0) for h in gz.by_skeleton(skeleton(name)) if h.key == key]
    out = [Candidate(h.place, round(prior(h.place, m), 3), round(m, 3), h.key, h.weak)
           for h, m in hits if not country or h.place.country_code == country.upper()]
    out.sort(key=lambda c: (-c.score, c.place.id))
    return out[:limit]
