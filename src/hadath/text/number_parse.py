"""The value of a number phrase starting at a token (one of :mod:`hadath.text.numbers`'s
readings): digits (a multiplier word after them: 2.5 مليون), cardinal words with their
proclitics, teens (أحد عشر), compounds joined by و in standard order (ثلاثة وعشرون، مئة وخمسون،
ثلاثة آلاف وخمسمائة), vague words and their multipliers (عشرات الآلاف); ordinals are read to be
skipped. :func:`parse_number_at` gives the value, where the phrase ends and where each و joins."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from hadath.text.clitics import clitics
from hadath.text.number_words import NumberWord, grammar, parse_digits, word_number
from hadath.types import Token


@dataclass
class ParsedNumber:
    value: float
    end: int
    joins: list[tuple[int, float]]
    first_cls: str = ""
    first_prefs: tuple[str, ...] = ()
    estimate: bool = False
    skip: bool = False


def _atom(tokens: Sequence[Token], j: int) -> tuple[str, float, tuple[str, ...], int] | None:
    """(class, value, proclitics, tokens used) of the number atom at token j."""
    t = tokens[j]
    if t.kind == "number":
        nxt = tokens[j + 1] if j + 1 < len(tokens) else None
        mult = nxt is not None and nxt.kind == "word" and (
            (h := word_number(nxt.norm)) is not None and h[0].cls.startswith("mult") and not h[1])
        v = parse_digits(t.norm, mult)
        return ("digit", v, (), 1) if v is not None else None
    if t.kind != "word":
        return None
    g = grammar()
    joined = g.article_tokens.get(t.norm) or g.conj_tokens.get(t.norm)
    if joined is not None:
        gap = 1 if t.norm in g.conj_tokens else 0  # "و 15"; "الـ26" has no space
        if j + 1 < len(tokens) and tokens[j + 1].start - t.end <= gap \
                and tokens[j + 1].kind == "number" and tokens[j + 1].sentence == t.sentence:
            a = _atom(tokens, j + 1)
            return (a[0], a[1], joined, 2) if a is not None else None
        return None
    hit = word_number(t.norm)
    if hit is None:
        return None
    return hit[0].cls, hit[0].value, hit[1], 1


def parse_number_at(tokens: Sequence[Token], i: int) -> ParsedNumber | None:
    a = _atom(tokens, i)
    if a is None:
        return None
    cls, v, prefs, k = a
    n, sent = len(tokens), tokens[i].sentence
    j = i + k
    if cls == "ordinal":
        if j < n and tokens[j].sentence == sent and word_number(tokens[j].norm) == (NumberWord(10, "unit"), ()):
            j += 1
        return ParsedNumber(0, j, [], cls, prefs, skip=True)
    if cls == "nayyif":
        return None
    if cls in ("vague", "mult_pl"):
        b = _atom(tokens, j) if j < n and tokens[j].sentence == sent else None
        if cls == "vague" and b is not None and b[0] == "mult_pl" and b[2] in ((), (clitics().article,)):
            v, j = v * b[1], j + b[3]
        return ParsedNumber(v, j, [], cls, prefs, estimate=True)
    teen = False
    h, t, u, d, total, last = _filled(cls, v, 0, 0, 0, 0.0, 0.0, float("inf"))
    joins: list[tuple[int, float]] = []
    conj = tuple(grammar().conj_tokens.values())
    while j < n and tokens[j].sentence == sent:
        b = _atom(tokens, j)
        if b is None:
            break
        c2, v2, p2, k2 = b
        g = h + t + u + d
        if not p2:
            if c2 == "unit" and v2 == 10 and 1 <= u <= 9 and not (t or d or teen):
                u, teen = u + 10, True
            elif c2 == "mult2" and g > 0 and v2 / 2 < last:  # 20 ألفاً: accusative singular
                total, h, t, u, d, teen, last = total + g * v2 / 2, 0, 0, 0, 0.0, False, v2 / 2
            elif c2 == "hundred" and v2 == 100 and 3 <= u <= 9 and not (h or t or d or teen):
                h, u = u * 100, 0
            elif c2 in ("mult", "mult_pl") and v2 < last and g > 0:
                total, h, t, u, d, teen, last = total + g * v2, 0, 0, 0, 0.0, False, v2
            else:
                break
        elif p2 in conj:
            if c2 == "hundred":
                ok = g == 0 and total > 0 and v2 < last
            elif c2 == "ten":
                ok = not (t or d) and ((1 <= u <= 9 and not teen) or (u == 0 and bool(h or total)))
            elif c2 == "unit":
                ok = not (t or u or d) and bool(h or total)
            elif c2 == "digit":
                ok = (g == 0 and total > 0 and v2 < last) or (bool(h) and not (t or u or d) and v2 < 100)
            elif c2 in ("mult", "mult2"):
                ok = g == 0 and total > 0 and v2 < last
            else:
                ok = False
            if not ok:
                break
            joins.append((j, total + g))
            h, t, u, d, total, last = _filled(c2, v2, h, t, u, d, total, last)
        else:
            break
        j += k2
    return ParsedNumber(total + h + t + u + d, j, joins, cls, prefs)


def _filled(cls: str, v: float, h: int, t: int, u: int, d: float, total: float,
            last: float) -> tuple[int, int, int, float, float, float]:
    """The slots (hundreds, tens, units, digits, total, last multiplier) after the atom of class
    ``cls`` and value ``v`` fills its own: a hundred, ten, unit or digit its slot; a multiplier
    (mult, mult2: ألف، ألفان) adds to the total and becomes the last multiplier (a dual's half:
    ألفان is 2 x 1000). The number's first atom and each atom joined by و fill them alike."""
    if cls == "hundred":
        h = int(v)
    elif cls == "ten":
        t = int(v)
    elif cls == "unit":
        u = int(v)
    elif cls == "digit":
        d = v
    else:  # mult, mult2
        total, last = total + v, (v if cls == "mult" else v / 2)
    return h, t, u, d, total, last
