"""Country votes of the actors a document names (issue #10, twelfth round): an armed group that
works in one country (actors.tsv ``where``), or a rebel group or militia whose own country heads
its ``where`` (the RSF: Sudan, also seen in Chad and South Sudan), tells where the story is
even when no place name does: قصف للدعم السريع على مخيم زمزم is in Sudan, not at a Yemeni
hamlet called زمزم; محلية شرق الجزيرة is Sudan's Gezira, not Algiers. Read from the actor
mentions the actors stage put on the Doc (none when that stage did not run)."""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from functools import lru_cache
from itertools import accumulate

from hadath.mentions.places_facility import ACTOR_KEY, DOER_VOTE
from hadath.types import Doc

HOME_KINDS = frozenset({"rebel", "militia"})   # a group of several countries' wars, at home first


@lru_cache(maxsize=1)
def actor_homes() -> dict[str, str]:
    """Actor name -> the country code of the one country it works in. Names whose entries
    disagree (one name, several eras or homes) and state forces abroad (Military Forces of
    Turkey: Turkey, Syria, Iraq) have none; generic actors ({country}) neither."""
    from hadath.mentions.actors_lexicon import actor_lexicon
    from hadath.resources import load_tsv

    codes = {r["name"]: r["cc"].upper() for r in load_tsv("gazetteer/countries.tsv")
             if r.get("cc") and r.get("name")}
    seen: dict[str, set[str | None]] = {}
    for e in actor_lexicon().entries.values():
        if e.is_generic:
            continue
        home = None
        if len(e.where) == 1:
            home = e.where[0]
        elif e.where and e.kind in HOME_KINDS and e.country == e.where[0]:
            home = e.country
        seen.setdefault(e.name, set()).add(codes.get(home) if home else None)
    return {name: next(iter(ccs)) for name, ccs in seen.items() if len(ccs) == 1 and None not in ccs}


def actor_votes(doc: Doc, votes: Counter, own: dict) -> tuple[Counter, dict]:
    """``votes`` with a vote for each home country of the document's actors (beside a name's
    vote too: الجزيرة votes Sudan and Algeria), at DOER_VOTE beside other votes, a full vote
    alone; an actor votes once, however often it is named. The votes are kept in ``own`` under
    ACTOR_KEY: the far-from-focus tests count them as the rest of the document (a Yemeni
    hamlet زمزم is far from a story on the RSF), except for a village known only from the big
    gazetteer (places_focus.far: groups strike across borders)."""
    homes = actor_homes()
    ccs = {cc for m in doc.mentions_of("actor") if (cc := homes.get(getattr(m.value, "name", "")))}
    ccs = sorted(ccs)
    if not ccs:
        return votes, own
    w = DOER_VOTE if votes else 1.0
    votes, own = votes.copy(), dict(own)
    acts = own[ACTOR_KEY] = {}
    for cc in ccs:
        votes[cc] += w
        acts[cc] = w
    return votes, own


GROUP_NAME_INTERS = frozenset({2, 3})   # rebel groups and militias: their names hold places


def outside_group_names(doc: Doc, found: list, countries=frozenset()) -> list:
    """``found`` without the names that lie inside a named armed group's own name (سرايا القدس،
    ولاية سيناء، أنصار بيت المقدس، لواء القدس): the group is not where the
    story is, so such a name neither votes a country nor is a place of the act. A nationality
    adjective (a nisba) stays: it says whose forces, as outside a name; so does a country's
    name (``countries``: its keys), which says where the group fights (المقاومة الإسلامية في
    لبنان). The same name said elsewhere in the text, out of the group's name, is a place as
    before."""
    spans = [(m.span.start, m.span.end) for m in doc.mentions_of("actor")
             if getattr(m.value, "kind", None) == "named"
             and getattr(m.value, "inter", None) in GROUP_NAME_INTERS]
    if not spans:
        return found
    # (a name lies in some group's name when the farthest end of the names starting at or
    #  before it reaches its end: one bisect a name, not a pass over the group names)
    spans.sort()
    starts = [s for s, _e in spans]
    reach = list(accumulate([e for _s, e in spans], max))
    return [f for f in found if f.cue == "nisba" or f.key in countries
            or not (k := bisect_right(starts, f.span.start)) or reach[k - 1] < f.span.end]
