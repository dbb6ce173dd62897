"""Writes gold.jsonl: hand-coded events for reports.jsonl (text copied from there).

Run: python examples/make_gold.py  (a test checks gold.jsonl is up to date)
"""
import json
from pathlib import Path

HERE = Path(__file__).parent

EVENTS = {
    "sy-sarmada-drone": ([
        {"event_date": "2024-03-13", "time_precision": 1, "event_type": "Explosions/Remote violence",
         "sub_event_type": "Air/drone strike", "actor1": "Military Forces of Syria (2000-2024)",
         "actor2": "Civilians (Syria)", "location": "Sarmada", "location_ar": "سرمدا", "admin1": "Idleb",
         "country": "Syria", "latitude": 36.1877, "longitude": 36.7211, "geo_precision": 1, "fatalities": 3,
         "why": "'أمس الأربعاء' against a Thursday publication; a drone strike on a market; three dead."},
    ], [{"text": "منذ مطلع العام لقصف متكرر", "why": "repeated shelling since January: statistics, no single event"}]),
    "iq-tarmiyah-ied": ([
        {"event_date": "2023-05-21", "time_precision": 1, "event_type": "Explosions/Remote violence",
         "sub_event_type": "Remote explosive/landmine/IED", "actor1": "Unidentified Armed Group (Iraq)",
         "actor2": "Military Forces of Iraq", "location": "Tarmiyah", "location_ar": "الطارمية",
         "admin1": "Baghdad", "country": "Iraq", "latitude": 33.6727, "longitude": 44.3926, "fatalities": 2,
         "why": "An IED against an army patrol, unclaimed: Unidentified Armed Group; two soldiers dead (dual)."},
    ], []),
    "ye-aden-protest": ([
        {"event_date": "2023-08-09", "time_precision": 1, "event_type": "Protests",
         "sub_event_type": "Peaceful protest", "actor1": "Protesters (Yemen)", "location": "Aden",
         "location_ar": "عدن", "country": "Yemen", "latitude": 12.7794, "longitude": 45.0367, "fatalities": 0,
         "why": "Hundreds protest power cuts; security forces did not intervene."},
    ], []),
    "sd-jazira-rsf": ([
        {"event_date": "2024-06-05", "time_precision": 1, "event_type": "Violence against civilians",
         "sub_event_type": "Attack", "actor1": "RSF: Rapid Support Forces", "actor2": "Civilians (Sudan)",
         "location_ar": "ود النورة", "country": "Sudan", "fatalities": 100,
         "why": "'ما لا يقل عن 100 مدني': at least 100 civilians killed in an attack on a village."},
    ], [{"text": "ونفت قوات الدعم السريع في بيان استهداف المدنيين", "why": "a denial"},
        {"text": "وقالت إنها اشتبكت مع مستنفرين موالين للجيش", "why": "a party's counter-claim about the same act"}]),
    "lb-ghaziyeh-strike": ([
        {"event_date": "2024-02-20", "time_precision": 1, "event_type": "Explosions/Remote violence",
         "sub_event_type": "Air/drone strike", "actor1": "Military Forces of Israel", "location": "Ghaziyeh",
         "location_ar": "الغازية", "country": "Lebanon", "latitude": 33.5183, "longitude": 35.3692,
         "fatalities": 0, "why": "Two air strikes on one town on one day: one event; injuries only."},
    ], [{"text": "هدد وزير الدفاع الإسرائيلي بتوسيع العمليات", "why": "a threat"}]),
    "ly-tripoli-clashes": ([
        {"event_date": "2023-08-14", "time_precision": 1, "event_type": "Battles", "sub_event_type": "Armed clash",
         "location": "Tripoli", "location_ar": "طرابلس", "country": "Libya", "latitude": 32.8872,
         "longitude": 13.1913, "fatalities": 55, "why": "Clashes between two armed groups, Monday evening."},
        {"event_date": "2023-08-15", "time_precision": 1, "event_type": "Strategic developments",
         "sub_event_type": "Agreement", "location": "Tripoli", "location_ar": "طرابلس", "country": "Libya",
         "latitude": 32.8872, "longitude": 13.1913, "fatalities": 0,
         "why": "A ceasefire agreement announced on Tuesday morning."},
    ], []),
    "ps-hebron-arrests": ([
        {"event_date": "2023-09-05", "time_precision": 1, "event_type": "Strategic developments",
         "sub_event_type": "Arrests", "actor1": "Military Forces of Israel", "location": loc, "location_ar": ar,
         "country": "Palestine", "latitude": lat, "longitude": lon, "fatalities": 0,
         "why": "One arrest campaign across three named places: one event per place."}
        for loc, ar, lat, lon in (("Hebron", "الخليل", 31.5326, 35.0998), ("Beit Ummar", "بيت أمر", 31.6197, 35.1036),
                                  ("Sa'ir", "سعير", 31.5774, 35.1431))
    ], [{"text": "عدد حالات الاعتقال منذ بداية العام تجاوز 5 آلاف حالة", "why": "statistics"}]),
    "eg-diplomacy": ([], [
        {"text": "أكدا رفضهما لأي هجمات تستهدف المدنيين", "why": "a statement, no act"},
        {"text": "اجتماع اللجنة العليا المشتركة الذي عقد في عمّان عام 2019", "why": "background meeting"},
    ]),
}


def build() -> str:
    lines = []
    for line in (HERE / "reports.jsonl").read_text(encoding="utf-8").splitlines():
        rep = json.loads(line)
        events, not_events = EVENTS[rep["id"]]
        lines.append(json.dumps({"id": rep["id"], "published": rep["published"], "text": rep["text"],
                                 "events": events, "not_events": not_events}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    (HERE / "gold.jsonl").write_text(build(), encoding="utf-8")
