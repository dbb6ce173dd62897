"""Score predicted event records against gold events.

Pairing: within each document, predicted and gold events of the same event_type are paired
greedily by agreement (date, place, sub-type, actors, fatalities). A pair is a *match* when its
date agrees (or gold gives none) and its place agrees (same name, or within ``km`` kilometres,
or gold gives no place). Event precision/recall/F1 count matches; *typed* scores count pairs.
Field accuracy is measured over pairs. Predicted events whose trigger evidence falls inside a
gold ``not_events`` passage are counted as non-event violations.

Two matchings are reported. *Strict* is the one above (same type, same date, place within
``km``). *Lenient* pairs events the way coders compare each other's work: same report, date
within one day, place within ``lenient_km`` (50 km) or the same name, any type; field accuracy
(type and sub-type included) is then measured on the lenient pairs.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from datetime import date as _date
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping, Sequence

from hadath.evaluation.gold import GoldDoc
from hadath.evaluation.admin1 import same_admin1
from hadath.geo import haversine_km
from hadath.resources import load_tsv
from hadath.text.clitics import clitics
from hadath.text.normalize import normalize_key

LENIENT_KM = 50.0
BIG_TOLL = 1000

FIELDS: tuple[str, ...] = (
    "sub_event_type", "event_date", "time_precision", "actor1", "assoc_actor_1", "actor2",
    "location", "admin1", "country", "geo_precision", "fatalities",
)


EVAL_PLACE_CUES = "lexicons/eval_place_cues.tsv"


@lru_cache(maxsize=1)
def _ar_cues() -> frozenset[str]:
    """Cue words that often lead a place as written in Arabic (gold location_ar is "as written")."""
    return frozenset(normalize_key(r["word"]) for r in load_tsv(EVAL_PLACE_CUES) if r.get("word"))


_LATIN_PREFIX = re.compile(r"^(al|ar|as|ad|at|an|az|ash|el|ad-|an-)[-\s']+")


def _latin_key(v: str) -> str:
    """A transliteration-tolerant key: no article, no vowels, no doubled letters, no final h
    (Jableh ~ Jablah, Ghazieh ~ Ghaziyeh, Darat Izzah ~ Daret Azza)."""
    s = _LATIN_PREFIX.sub("", v.lower().strip())
    s = re.sub(r"[^a-z]", "", s)
    s = re.sub(r"[aeiouyw]", "", s)
    s = re.sub(r"(.)\1+", r"\1", s)
    return s[:-1] if s.endswith("h") and len(s) > 2 else s


def _arabic_words(v: str) -> tuple[str, ...]:
    cl = clitics()
    words = [w.strip(",()") for w in normalize_key(v).split()]   # (برف، بمحافظة: the comma)
    words = [cl.indefinite(w) if len(w) > 3 else w for w in words if w]
    cues = _ar_cues()
    while words and words[0] in cues:
        words = words[1:]
    return tuple(w for w in words if w not in ("-", ","))  # (the normalizer writes ، as ,)


def names_agree(pred: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    """Same place by name: Latin names by a transliteration-tolerant key; Arabic names as
    written, cue words and articles aside, or the predicted name inside the gold phrase."""
    pl, gl = str(pred.get("location") or ""), str(gold.get("location") or "")
    if pl and gl and _latin_key(pl) and _latin_key(pl) == _latin_key(gl):
        return True
    pa, ga = _arabic_words(str(pred.get("location_ar") or "")), _arabic_words(str(gold.get("location_ar") or ""))
    if not pa or not ga:
        return False
    if pa == ga or "".join(pa) == "".join(ga):  # كفر كلا ~ كفركلا
        return True
    n = len(pa)
    return any(ga[i:i + n] == pa for i in range(len(ga) - n + 1))


def place_agrees(pred: Mapping[str, Any], gold: Mapping[str, Any], km: float) -> bool:
    if not gold.get("location") and not gold.get("location_ar") and gold.get("latitude") is None:
        return True
    if None not in (pred.get("latitude"), pred.get("longitude"), gold.get("latitude"), gold.get("longitude")):
        return haversine_km(float(pred["latitude"]), float(pred["longitude"]),
                            float(gold["latitude"]), float(gold["longitude"])) <= km
    return names_agree(pred, gold)


_ACTOR_FIELDS = frozenset({"actor1", "actor2", "assoc_actor_1", "assoc_actor_2"})
_PERIOD = re.compile(r"\s*\((?:\d{4})?-(?:\d{4})?\)")


def same_actor(a: Any, b: Any) -> bool:
    """ACLED names of one actor agree with or without ACLED's period suffix ("Military Forces
    of Syria (2000-2024)" is "Military Forces of Syria"), as coders compare them."""
    ka = normalize_key(_PERIOD.sub("", str(a or "")))
    kb = normalize_key(_PERIOD.sub("", str(b or "")))
    return ka == kb


def field_agrees(name: str, pred: Mapping[str, Any], gold: Mapping[str, Any], km: float) -> bool:
    if name == "location":
        return place_agrees(pred, gold, km)
    g, p = gold.get(name), pred.get(name)
    if name in _ACTOR_FIELDS:
        return same_actor(p, g)
    if name == "admin1" and g and p:
        return same_admin1(str(p), str(g), gold.get("country") or None)
    if name == "fatalities":
        return int(p or 0) == int(g or 0)
    if g in ("", None) and p in ("", None):
        return True
    if isinstance(g, str) or isinstance(p, str):
        return normalize_key(str(g or "")) == normalize_key(str(p or ""))
    return g == p


@dataclass
class Scores:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    typed: int = 0
    field_hits: dict[str, int] = field(default_factory=lambda: {f: 0 for f in FIELDS})
    field_total: dict[str, int] = field(default_factory=lambda: {f: 0 for f in FIELDS})
    non_event_violations: int = 0
    documents: int = 0
    details: list[dict[str, Any]] = field(default_factory=list)
    # lenient matching (coder-to-coder) and its breakdowns
    lenient: int = 0
    lenient_hits: dict[str, int] = field(default_factory=lambda: {f: 0 for f in LENIENT_FIELDS})
    lenient_total: dict[str, int] = field(default_factory=lambda: {f: 0 for f in LENIENT_FIELDS})
    by_country: dict[str, Counter] = field(default_factory=dict)
    by_type: dict[str, Counter] = field(default_factory=dict)
    negative_docs: int = 0
    negative_events: int = 0
    big_tolls: int = 0

    @staticmethod
    def _prf(hit: int, pred: int, gold: int) -> tuple[float, float, float]:
        p = hit / pred if pred else (1.0 if not gold else 0.0)
        r = hit / gold if gold else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def _table(self, rows: Mapping[str, Counter]) -> dict[str, dict[str, Any]]:
        out = {}
        for k in sorted(rows, key=lambda k: (-rows[k]["gold"], k)):
            c = rows[k]
            p, r, f = self._prf(c["matched"], c["predicted"], c["gold"])
            out[k] = {"gold": c["gold"], "predicted": c["predicted"], "matched": c["matched"],
                      "precision": p, "recall": r, "f1": f}
        return out

    def summary(self) -> dict[str, Any]:
        p, r, f = self._prf(self.matched, self.predicted, self.gold)
        tp, tr, tf = self._prf(self.typed, self.predicted, self.gold)
        lp, lr, lf = self._prf(self.lenient, self.predicted, self.gold)
        acc = {k: (self.field_hits[k] / self.field_total[k] if self.field_total[k] else None) for k in FIELDS}
        lacc = {k: (self.lenient_hits[k] / self.lenient_total[k] if self.lenient_total[k] else None)
                for k in LENIENT_FIELDS}
        return {
            "documents": self.documents, "gold_events": self.gold, "predicted_events": self.predicted,
            "matched": self.matched, "precision": p, "recall": r, "f1": f,
            "typed_precision": tp, "typed_recall": tr, "typed_f1": tf,
            "field_accuracy": acc, "non_event_violations": self.non_event_violations,
            "lenient": {"matched": self.lenient, "precision": lp, "recall": lr, "f1": lf,
                        "field_accuracy": lacc},
            "negative_documents": self.negative_docs, "events_on_negative_documents": self.negative_events,
            "events_with_1000_or_more_dead": self.big_tolls,
            "by_country": self._table(self.by_country), "by_type": self._table(self.by_type),
        }


def _agreement(pred: Mapping[str, Any], gold: Mapping[str, Any], km: float) -> float:
    s = 0.0
    s += 2 * (str(pred.get("event_date")) == str(gold.get("event_date")))
    s += 2 * place_agrees(pred, gold, km)
    for f, w in (("sub_event_type", 1.0), ("actor1", 0.5), ("actor2", 0.25), ("fatalities", 0.5)):
        s += w * field_agrees(f, pred, gold, km)
    return s


LENIENT_FIELDS: tuple[str, ...] = ("event_type",) + FIELDS


def _day(v: Any) -> _date | None:
    try:
        return _date.fromisoformat(str(v)[:10]) if v else None
    except ValueError:
        return None


def lenient_agrees(pred: Mapping[str, Any], gold: Mapping[str, Any], km: float = LENIENT_KM) -> bool:
    """Coder-to-coder matching: date within one day (when gold has one), place within ``km`` or
    the same name (when gold has one); the type may differ."""
    gd = _day(gold.get("event_date"))
    if gd is not None:
        pd = _day(pred.get("event_date"))
        if pd is None or abs((pd - gd).days) > 1:
            return False
    return place_agrees(pred, gold, km) or names_agree(pred, gold)


def _lenient_agreement(pred: Mapping[str, Any], gold: Mapping[str, Any], km: float) -> float:
    return _agreement(pred, gold, km) + 2 * (pred.get("event_type") == gold.get("event_type"))


def _pair(cands: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing, best agreement first."""
    cands.sort()
    used_p, used_g, out = set(), set(), []
    for _, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def _trigger_spans(pred: Mapping[str, Any]) -> list[tuple[int, int]]:
    ev = pred.get("evidence") or {}
    spans = ev.get("trigger") or []
    return [(int(s["start"]), int(s["end"])) for s in spans if isinstance(s, dict)]


def _violations(doc: GoldDoc, preds: Sequence[Mapping[str, Any]]) -> int:
    text = doc.article.text
    regions = []
    for ne in doc.not_events:
        t = ne.get("text")
        if not t:
            continue
        start = text.find(t)
        while start >= 0:
            regions.append((start, start + len(t)))
            start = text.find(t, start + 1)
    n = 0
    for p in preds:
        if any(a <= s and e <= b for s, e in _trigger_spans(p) for a, b in regions):
            n += 1
    return n


def score(docs: Iterable[GoldDoc], predictions: Mapping[str, Sequence[Mapping[str, Any]]],
          km: float = 10.0, lenient_km: float = LENIENT_KM) -> Scores:
    from hadath.evaluation.gold import doc_country

    sc = Scores()
    for doc in docs:
        sc.documents += 1
        golds = list(doc.events)
        preds = list(predictions.get(doc.article.id, ()))
        sc.gold += len(golds)
        sc.predicted += len(preds)
        sc.non_event_violations += _violations(doc, preds)
        sc.big_tolls += sum(int(p.get("fatalities") or 0) >= BIG_TOLL for p in preds)
        if not golds:
            sc.negative_docs += 1
            sc.negative_events += len(preds)
        _score_strict(sc, doc, golds, preds, km)
        lenient_pairs = _score_lenient(sc, golds, preds, km, lenient_km)
        country = sc.by_country.setdefault(doc_country(doc) or "?", Counter())
        country.update(gold=len(golds), predicted=len(preds), matched=len(lenient_pairs))
        for g in golds:
            sc.by_type.setdefault(str(g.get("event_type") or "?"), Counter())["gold"] += 1
        for p in preds:
            sc.by_type.setdefault(str(p.get("event_type") or "?"), Counter())["predicted"] += 1
        for i, j in lenient_pairs:
            if preds[i].get("event_type") == golds[j].get("event_type"):
                sc.by_type[str(golds[j].get("event_type") or "?")]["matched"] += 1
    return sc


def _score_strict(sc: Scores, doc: GoldDoc, golds: list, preds: list, km: float) -> None:
    cands = [(-_agreement(p, g, km), i, j) for i, p in enumerate(preds) for j, g in enumerate(golds)
             if p.get("event_type") == g.get("event_type")]
    pairs = _pair(cands)
    for i, j in pairs:
        p, g = preds[i], golds[j]
        sc.typed += 1
        date_ok = not g.get("event_date") or str(p.get("event_date")) == str(g.get("event_date"))
        ok = date_ok and place_agrees(p, g, km)
        sc.matched += ok
        for f in FIELDS:
            if f in g:
                sc.field_total[f] += 1
                sc.field_hits[f] += field_agrees(f, p, g, km)
        sc.details.append({"article_id": doc.article.id, "gold": j, "predicted": i, "match": ok})
    for j in set(range(len(golds))) - {j for _, j in pairs}:
        sc.details.append({"article_id": doc.article.id, "gold": j, "predicted": None, "match": False})
    for i in set(range(len(preds))) - {i for i, _ in pairs}:
        sc.details.append({"article_id": doc.article.id, "gold": None, "predicted": i, "match": False})


def _score_lenient(sc: Scores, golds: list, preds: list, km: float, lenient_km: float) -> list[tuple[int, int]]:
    pairs = lenient_pairs(golds, preds, km, lenient_km)
    sc.lenient += len(pairs)
    for i, j in pairs:
        p, g = preds[i], golds[j]
        for f in LENIENT_FIELDS:
            if f in g:
                sc.lenient_total[f] += 1
                sc.lenient_hits[f] += field_agrees(f, p, g, km)
    return pairs


def lenient_pairs(golds: Sequence[Mapping[str, Any]], preds: Sequence[Mapping[str, Any]],
                  km: float = 10.0, lenient_km: float = LENIENT_KM) -> list[tuple[int, int]]:
    """The lenient (prediction index, gold index) pairs of one report (used to label training data)."""
    cands = [(-_lenient_agreement(p, g, km), i, j) for i, p in enumerate(preds) for j, g in enumerate(golds)
             if lenient_agrees(p, g, lenient_km)]
    return _pair(cands)


def _fmt(v: Any) -> str:
    return "-" if v is None else f"{v:.3f}"


def format_table(title: str, rows: Mapping[str, Mapping[str, Any]]) -> list[str]:
    lines = [f"{title:<34} gold  pred match     P     R    F1"]
    for k, r in rows.items():
        lines.append(f"  {k[:32]:<32} {r['gold']:>4} {r['predicted']:>5} {r['matched']:>5} "
                     f"{r['precision']:.2f}  {r['recall']:.2f}  {r['f1']:.2f}")
    return lines


def format_summary(summary: Mapping[str, Any], tables: bool = True) -> str:
    le = summary.get("lenient") or {}
    lines = [
        f"documents            {summary['documents']}",
        f"gold / predicted     {summary['gold_events']} / {summary['predicted_events']}",
        f"lenient P / R / F1   {le.get('precision', 0):.3f} / {le.get('recall', 0):.3f} / {le.get('f1', 0):.3f}"
        "   (date within 1 day + place within 50 km or same name; any type)",
        f"strict P / R / F1    {summary['precision']:.3f} / {summary['recall']:.3f} / {summary['f1']:.3f}"
        "   (type + date + place within km)",
        f"typed P / R / F1     {summary['typed_precision']:.3f} / {summary['typed_recall']:.3f} / {summary['typed_f1']:.3f}"
        "   (event type only)",
        f"non-event violations {summary['non_event_violations']}",
        f"negative reports     {summary.get('negative_documents', 0)} with "
        f"{summary.get('events_on_negative_documents', 0)} events",
        f"events >= 1000 dead  {summary.get('events_with_1000_or_more_dead', 0)}",
        "field accuracy          lenient pairs   strict pairs",
    ]
    lacc = le.get("field_accuracy") or {}
    for k in LENIENT_FIELDS:
        lines.append(f"  {k:<20} {_fmt(lacc.get(k)):>14} {_fmt(summary['field_accuracy'].get(k)):>14}")
    if tables and summary.get("by_type"):
        lines += ["", *format_table("by event type (lenient, same type)", summary["by_type"])]
    if tables and summary.get("by_country"):
        lines += ["", *format_table("by country (lenient)", summary["by_country"])]
    return "\n".join(lines)
