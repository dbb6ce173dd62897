"""Country cues for the actor stage: names, nisba adjectives and well-known cities.

Used twice: to generate state-force aliases (``الجيش {m}`` → ``الجيش السوري``) when the actor
lexicon is compiled, and at run time to compute a document's *country focus* (which country a
bare ``الجيش`` or ``قوى الأمن الداخلي`` belongs to). Only unambiguous cues are listed: طرابلس
(Lebanon/Libya), عمان (Jordan's capital/Oman) and مالي (Mali/"financial") are left out on purpose.

Keys are ACLED country names. ``m``/``f`` are the definite masculine/feminine adjectives; the
indefinite and plural forms are derived (السوري → سوري، سوريين، سوريون، السوريين).
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CountryCues:
    country: str
    names: tuple[str, ...]          # country names, regions and cities that imply the country
    m: tuple[str, ...] = ()         # definite masculine adjectives (الجيش السوري)
    f: tuple[str, ...] = ()         # definite feminine adjectives (القوات السورية)
    plural: tuple[str, ...] = ()    # irregular indefinite plurals (أتراك، روس)
    arab_league: bool = True

    def adjectives(self) -> dict[str, tuple[str, ...]]:
        """Adjective forms by slot: m, f, mi, fi (indefinite), pl, pld (plural)."""
        def indef(words: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(w[2:] if w.startswith("ال") else w for w in words)
        mi = indef(self.m)
        pl = tuple(x for w in mi for x in (w + "ين", w + "ون")) + self.plural
        pld = tuple("ال" + w for w in pl if not w.startswith("ال"))
        return {"m": self.m, "f": self.f, "mi": mi, "fi": indef(self.f), "pl": pl, "pld": pld}


_C = CountryCues
COUNTRIES: tuple[CountryCues, ...] = (
    _C("Syria", ("سوريا", "سورية", "دمشق", "حلب", "إدلب", "الرقة", "دير الزور", "الحسكة",
                 "القامشلي", "حمص", "حماة", "درعا", "اللاذقية", "منبج", "عفرين", "السويداء",
                 "طرطوس", "البوكمال", "الميادين", "عين العرب", "كوباني", "تل أبيض", "رأس العين"),
       ("السوري",), ("السورية",)),
    _C("Iraq", ("العراق", "بغداد", "الموصل", "البصرة", "كركوك", "الأنبار", "أربيل", "نينوى",
                "ديالى", "الفلوجة", "الرمادي", "سامراء", "تكريت", "كربلاء", "النجف", "السليمانية",
                "دهوك", "سنجار", "إقليم كردستان"), ("العراقي",), ("العراقية",)),
    _C("Lebanon", ("لبنان", "بيروت", "صيدا", "النبطية", "الضاحية الجنوبية", "بعلبك", "الهرمل",
                   "جنوب لبنان", "مرجعيون", "بنت جبيل"), ("اللبناني",), ("اللبنانية",)),
    _C("Jordan", ("الأردن", "المملكة الأردنية", "الزرقاء", "إربد", "معان"), ("الأردني",),
       ("الأردنية",)),
    _C("Palestine", ("فلسطين", "قطاع غزة", "غزة", "الضفة الغربية", "الضفة", "القدس", "جنين",
                     "نابلس", "رام الله", "الخليل", "طولكرم", "خان يونس", "بيت لحم", "أريحا",
                     "قلقيلية", "دير البلح", "بيت حانون", "جباليا", "مخيم جنين"),
       ("الفلسطيني",), ("الفلسطينية",)),
    _C("Israel", ("إسرائيل", "تل أبيب", "حيفا", "عسقلان", "سديروت", "بئر السبع"),
       ("الإسرائيلي",), ("الإسرائيلية",), arab_league=False),
    _C("Egypt", ("مصر", "القاهرة", "سيناء", "شمال سيناء", "العريش", "الشيخ زويد", "الإسكندرية"),
       ("المصري",), ("المصرية",)),
    _C("Libya", ("ليبيا", "بنغازي", "مصراتة", "سرت", "درنة", "سبها", "الزاوية"), ("الليبي",),
       ("الليبية",)),
    _C("Tunisia", ("تونس", "صفاقس", "القصرين", "سيدي بوزيد"), ("التونسي",), ("التونسية",)),
    _C("Algeria", ("الجزائر",), ("الجزائري",), ("الجزائرية",)),
    _C("Morocco", ("المغرب", "المملكة المغربية", "الرباط", "الدار البيضاء"), ("المغربي",),
       ("المغربية",)),
    _C("Mauritania", ("موريتانيا", "نواكشوط"), ("الموريتاني",), ("الموريتانية",)),
    _C("Sudan", ("السودان", "الخرطوم", "دارفور", "الفاشر", "أم درمان", "نيالا", "الجنينة",
                 "كردفان", "ود مدني", "بورتسودان", "الأبيض", "الجزيرة السودانية"),
       ("السوداني",), ("السودانية",)),
    _C("Somalia", ("الصومال", "مقديشو", "بونتلاند", "جوبالاند", "كيسمايو", "بيدوا"),
       ("الصومالي",), ("الصومالية",)),
    _C("Djibouti", ("جيبوتي",), ("الجيبوتي",), ("الجيبوتية",)),
    _C("Comoros", ("جزر القمر", "موروني"), ("القمري",), ("القمرية",)),
    _C("Yemen", ("اليمن", "صنعاء", "عدن", "مأرب", "الحديدة", "تعز", "شبوة", "أبين", "حضرموت",
                 "الضالع", "لحج", "صعدة", "الجوف اليمنية", "المكلا"), ("اليمني",), ("اليمنية",)),
    _C("Saudi Arabia", ("السعودية", "المملكة العربية السعودية", "الرياض", "جدة", "جازان",
                        "نجران"), ("السعودي",), ("السعودية",)),
    _C("Kuwait", ("الكويت",), ("الكويتي",), ("الكويتية",)),
    _C("Bahrain", ("البحرين", "المنامة"), ("البحريني",), ("البحرينية",)),
    _C("Qatar", ("قطر", "الدوحة"), ("القطري",), ("القطرية",)),
    _C("United Arab Emirates", ("الإمارات", "الإمارات العربية المتحدة", "أبوظبي", "أبو ظبي",
                                "دبي"), ("الإماراتي",), ("الإماراتية",)),
    _C("Oman", ("سلطنة عمان", "مسقط"), ("العماني",), ("العمانية",)),
    _C("Turkey", ("تركيا", "أنقرة", "إسطنبول", "اسطنبول"), ("التركي",), ("التركية",),
       ("أتراك",), arab_league=False),
    _C("Iran", ("إيران", "طهران"), ("الإيراني",), ("الإيرانية",), arab_league=False),
    _C("Russia", ("روسيا", "موسكو", "الكرملين"), ("الروسي",), ("الروسية",), ("روس",),
       arab_league=False),
    _C("United States", ("الولايات المتحدة", "الولايات المتحدة الأمريكية", "واشنطن", "أمريكا",
                         "أميركا", "البنتاغون"), ("الأمريكي", "الأميركي"),
       ("الأمريكية", "الأميركية"), ("أمريكان", "أميركان"), arab_league=False),
    _C("France", ("فرنسا", "باريس"), ("الفرنسي",), ("الفرنسية",), arab_league=False),
    _C("United Kingdom", ("بريطانيا", "المملكة المتحدة", "لندن"), ("البريطاني",),
       ("البريطانية",), arab_league=False),
    _C("Ethiopia", ("إثيوبيا", "أثيوبيا", "أديس أبابا"), ("الإثيوبي",), ("الإثيوبية",),
       arab_league=False),
    _C("Kenya", ("كينيا", "نيروبي"), ("الكيني",), ("الكينية",), arab_league=False),
    _C("Chad", ("تشاد", "نجامينا", "انجامينا"), ("التشادي",), ("التشادية",), arab_league=False),
    _C("Nigeria", ("نيجيريا", "مايدوغوري", "بورنو"), ("النيجيري",), ("النيجيرية",),
       arab_league=False),
    _C("Niger", ("النيجر", "نيامي"), ("النيجري",), ("النيجرية",), arab_league=False),
    _C("Mali", ("جمهورية مالي", "باماكو", "تمبكتو", "كيدال", "موبتي"), (), (),
       arab_league=False),
    _C("Burkina Faso", ("بوركينا فاسو", "واغادوغو"), ("البوركيني",), ("البوركينية",),
       arab_league=False),
    _C("South Sudan", ("جنوب السودان", "جوبا"), ("الجنوب سوداني",), ("الجنوب سودانية",),
       arab_league=False),
    _C("Afghanistan", ("أفغانستان", "كابول"), ("الأفغاني",), ("الأفغانية",), arab_league=False),
    _C("Pakistan", ("باكستان", "إسلام آباد"), ("الباكستاني",), ("الباكستانية",),
       arab_league=False),
    _C("Ukraine", ("أوكرانيا", "كييف"), ("الأوكراني",), ("الأوكرانية",), arab_league=False),
)

BY_NAME: dict[str, CountryCues] = {c.country: c for c in COUNTRIES}


def country_terms() -> list[tuple[str, str]]:
    """(phrase, country) pairs for every cue that implies a country (names and adjectives)."""
    out: list[tuple[str, str]] = []
    for c in COUNTRIES:
        adj = c.adjectives()
        for phrase in (*c.names, *adj["m"], *adj["f"], *adj["pld"]):
            out.append((phrase, c.country))
    return out
