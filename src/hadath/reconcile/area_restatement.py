"""A record in an area's countryside, or near a city, telling again a town's or a quarter's act
(:func:`hadath.reconcile.rules.reconcile`, step 3, after ``fold_coarser``).
"""
from __future__ import annotations

from typing import Sequence

from hadath.events.lexicons import function_words
from hadath.reconcile.headline import capital_named
from hadath.reconcile.rules import (_typed_as, absorb, compatible_actors, days_apart, family, means_told_after, part_name,
                                   precedence)
from hadath.text.normalize import normalize_key
from hadath.types import Event


def at_town(f: Event, area: Event) -> bool:
    """``f`` is placed at a town, or at its outskirts (على أطراف بلدة اليادودة), not at the
    area's countryside itself."""
    return f.geo_precision == 1 or (f.geo_precision == 2 and f.place is not None and f.location != area.location
                                    and f.place.cue not in function_words("countryside"))


def _one_crowd(area: Event, f: Event) -> bool:
    """Two tellings of one crowd's act, the lead's kind and the town's own differing within the
    demonstrations (فرقت قوات ... مظاهرة في ريف دير الزور بقوة السلاح, then أصيب مدني أثناء تفريق
    المتظاهرين في بلدة الصبحة: a protest met by force told in the lead, the force's excess in the
    body): a protest or a riot, either told with more of what befell it."""
    return family(area) == family(f) == "demonstration"


def _restates(area: Event, f: Event, toll_free: bool = False, crowd: bool = False) -> bool:
    """``area`` tells ``f`` again: same sub-event (``crowd``, a countryside's record: or one
    crowd's act, ``_one_crowd``, or a violent act told with no means and ``f``'s with them,
    rules.means_told_after - not near a city, whose other quarters hold acts of their own) and day, compatible actors, and no toll of its own unlike ``f``'s (``toll_free``: or any
    toll of its own when ``f`` told none)."""
    return ((f.sub_event_type == area.sub_event_type or crowd and (_one_crowd(area, f) or means_told_after(area, f)))
            and (days_apart(area, f) or 0) == 0
            and compatible_actors(area, f)
            and ((area.fatalities or 0) in (0, f.fatalities or 0) or (toll_free and not f.fatalities)))


def _capital_told(out: Sequence[Event], k: int, gone: set[int]) -> int | None:
    """The one record another town of the province holds that ``out[k]`` tells again: ``out[k]``
    is placed at the town bearing its province's name with no class noun of a town before it
    (حمص in ريفي إدلب وحمص, حلب after a countryside word: the province told by its capital) and
    a death toll of its own; the other is at a town of the same province, of the same day,
    sub-event and compatible actors, with the very same toll (قتل ثلاثة ... على ريفي إدلب وحمص،
    then قتل ثلاثة ... على قرية الزعفرانة في ريف حمص). A city named as a city (مدينة حمص) is a
    place of its own; two such towns, or another toll, are other acts."""
    ev = out[k]
    cue = ev.place.cue if ev.place is not None else None
    if not ev.fatalities or not capital_named(ev) or (cue is not None and cue not in function_words("countryside")):
        return None
    finer = [j for j, f in enumerate(out) if j != k and j not in gone and f.admin1 == ev.admin1
             and f.location != ev.location and at_town(f, ev) and f.fatalities == ev.fatalities
             and _restates(ev, f)]
    return finer[0] if len(finer) == 1 else None


def fold_area_restatement(events: Sequence[Event]) -> list[Event]:
    """A record in an area's countryside (ريف إدلب: geo_precision 2) restating a record at a
    town inside it of the same day, sub-event and toll (a headline, "قصف على ريف إدلب" over
    "بلدة كنصفرة"), or - a province's countryside - told again there with no toll of its own
    (اعتداء على حاجز في ريف درعا أودى بعسكري، then هاجمت مجموعة الحاجز عند بلدة اليادودة): one
    act, kept at the town, with the toll told. Different tolls are different acts. So is a record
    near a city restating one at a quarter of it the gazetteer lacks (غربي العاصمة بغداد, then
    منطقة الطوبجي coded at Baghdad). So is a record at a province's capital-named town told with no
    town word of its own (ريفي إدلب وحمص: Homs; a lead's "على ريفي حلب") beside one town of that
    province with the very same death toll (:func:`_capital_told`)."""
    out = list(events)
    gone: set[int] = set()
    for k, ev in enumerate(out):
        if ev.admin1 is None or ev.place is None:
            continue
        if ev.geo_precision != 2 or ev.place.cue not in function_words("countryside"):
            if (finer := _capital_told(out, k, gone)) is not None:
                out[finer] = absorb(out[finer], ev)
                gone.add(k)
                continue
        if ev.geo_precision != 2:
            continue
        if ev.place.cue not in function_words("countryside"):
            # قرب سوق شعبية غربي العاصمة بغداد, then في منطقة الطوبجي: the city's quarter told again
            city = ev.place.place
            if city is None or not ev.location_ar or normalize_key(ev.location_ar) != normalize_key(city.name_ar or ""):
                continue  # (سوق الجمعة coded near Tripoli: a place of its own)
            finer = [j for j, f in enumerate(out) if j != k and j not in gone and f.geo_precision == 1
                     and part_name(f) is not None and f.location == ev.location and _restates(ev, f)]
        else:
            finer = [j for j, f in enumerate(out) if j != k and j not in gone and at_town(f, ev)
                     and f.admin1 == ev.admin1 and _restates(ev, f, toll_free=ev.location == ev.admin1, crowd=True)]
        if len(finer) == 1:
            if precedence(ev) < precedence(out[finer[0]]):  # (the kind ACLED's precedence puts first)
                out[finer[0]] = _typed_as(out[finer[0]], ev)
            out[finer[0]] = absorb(out[finer[0]], ev)
            gone.add(k)
    return [e for k, e in enumerate(out) if k not in gone]
