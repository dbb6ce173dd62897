"""Slot fillers for the corpus generator: the project's own language data when present
(gazetteer admin1 table, trigger lexicon, actor lexicon), small built-in lists otherwise."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Lexicon:
    places: tuple[tuple[str, str], ...]        # (town, governorate), Arabic
    actors: tuple[str, ...]                    # attackers, Arabic
    victims: tuple[str, ...]
    outlets: tuple[str, ...]
    kill_verbs: tuple[str, ...]                # e.g. "قتل"
    attack_nouns: tuple[str, ...]              # e.g. "غارة جوية"
    sources: tuple[str, ...]                   # where the data came from (for the report)


TOWNS = (("سراقب", "إدلب"), ("معرة النعمان", "إدلب"), ("أريحا", "إدلب"), ("الأتارب", "حلب"),
         ("منبج", "حلب"), ("الباب", "حلب"), ("طفس", "درعا"), ("نوى", "درعا"), ("بصرى الشام", "درعا"),
         ("تل أبيض", "الرقة"), ("الطبقة", "الرقة"), ("الميادين", "دير الزور"), ("البوكمال", "دير الزور"),
         ("القامشلي", "الحسكة"), ("رأس العين", "الحسكة"), ("تلبيسة", "حمص"), ("الرستن", "حمص"),
         ("كفرنبل", "إدلب"), ("جسر الشغور", "إدلب"), ("اللطامنة", "حماة"), ("مورك", "حماة"),
         ("دوما", "ريف دمشق"), ("حرستا", "ريف دمشق"), ("جبلة", "اللاذقية"))
ACTORS = ("قوات النظام السوري", "الطيران الحربي الروسي", "قوات سوريا الديمقراطية", "هيئة تحرير الشام",
          "تنظيم الدولة الإسلامية", "الجيش الوطني السوري", "مسلحون مجهولون", "الطيران المسيّر التركي",
          "فصائل المعارضة المسلحة", "الجيش الإسرائيلي")
VICTIMS = ("مدنيين", "أطفال", "عناصر من قوات النظام", "مقاتلين من المعارضة", "أشخاص", "نساء")
OUTLETS = ("عنب بلدي", "الجزيرة نت", "سانا", "المرصد السوري لحقوق الإنسان", "العربية نت", "سكاي نيوز عربية",
           "الشرق الأوسط", "تلفزيون سوريا", "روسيا اليوم", "وكالة الأناضول")
KILL = ("قتل", "لقي", "سقط")
ATTACKS = ("غارة جوية", "قصف مدفعي", "هجوم بطائرة مسيرة", "انفجار عبوة ناسفة", "قصف صاروخي", "اشتباكات عنيفة")


def load_lexicon() -> Lexicon:
    """Project data where it exists (read through the resources module), built-ins otherwise."""
    sources = []
    places = list(TOWNS)
    try:
        from hadath.resources import load_tsv

        rows = load_tsv("gazetteer/admin1.tsv")
        gov = [r["name_ar"] for r in rows if r.get("cc") == "SY" and r.get("name_ar")]
        if gov:
            places += [(g, g) for g in gov]
            sources.append("gazetteer/admin1.tsv")
    except Exception:  # the data layer may be absent or changing: built-ins suffice
        pass
    actors = list(ACTORS)
    try:
        from hadath.resources import load_tsv

        rows = load_tsv("lexicons/actors.tsv")
        key = next((k for k in ("name_ar", "surface", "ar", "name") if rows and k in rows[0]), None)
        if key:
            extra = [r[key] for r in rows if r.get(key) and any("\u0600" <= c <= "\u06ff" for c in r[key])]
            actors += extra[:200]
            sources.append("lexicons/actors.tsv")
    except Exception:
        pass
    attacks = list(ATTACKS)
    try:
        from hadath.resources import load_tsv

        rows = load_tsv("lexicons/weapons.tsv")
        words = [r.get("word") or r.get("phrase") or next(iter(r.values())) for r in rows]
        attacks += ["قصف ب" + w.split("/")[0] for w in words if w and len(w) > 2 and " " not in w][:40]
        sources.append("lexicons/weapons.tsv")
    except Exception:
        pass
    return Lexicon(tuple(places), tuple(actors), VICTIMS, OUTLETS, KILL, tuple(attacks),
                   tuple(sources) or ("built-in lists",))
