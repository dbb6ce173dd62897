"""A small Arabic morphology helper: surface forms of a trigger from its lemma parts.

Lexicon rows give a verb's perfect and imperfect (3rd person masculine singular) and its verbal
nouns; this module generates the inflected forms news text uses, in normalized spelling
(hadath.text.normalize folds hamza carriers, ى → ي and ة → ه, so unvocalized active and passive
forms coincide: قَتَلَ / قُتِلَ → قتل).

Proclitics (و ف ب ل س ال) and pronoun suffixes are split by the tokenizer, so only stems are
generated here: the persons and numbers of the perfect and imperfect, the subjunctive/jussive
plural (يقتلوا), the stem before an object pronoun (قتلوه → قتلو), and for nouns the sound
plural, the dual and the construct stem (مسيرتهم → مسيرت).
"""
from __future__ import annotations

from hadath.text.normalize import normalize_key

PERFECT_SUFFIXES = ("", "ت", "ا", "تا", "وا", "و", "ن", "نا", "تم", "تما", "تن", "تو")
IMPERFECT_PREFIXES = ("ي", "ت", "ن", "ا")
IMPERFECT_SUFFIXES = ("", "ون", "ان", "ين", "وا", "و", "ن")


def _defective(stem: str) -> bool:
    return stem.endswith("ي") and len(stem) >= 3


def perfect_forms(perfect: str) -> set[str]:
    """All persons of the perfect (active and, unvocalized, passive)."""
    p = normalize_key(perfect)
    if not p:
        return set()
    if _defective(p):  # اعتدى (normalized اعتدي), القى, رمى
        s = p[:-1]
        return {p, s + "ت", s + "وا", s + "و", p + "ا", p + "تا", s + "يت", s + "ينا", s + "يتم",
                s + "ين", s + "تا"}
    regular = {p + suf for suf in PERFECT_SUFFIXES}
    if p.endswith("ا") and len(p) >= 3:  # دعا: دعت، دعوا (and أنشأ → انشا: انشات، انشاوا)
        s = p[:-1]
        return regular | {s + "ت", s + "وا", s + "و", s + "وت", s + "ونا", s + "تا", p + "ه"}
    return regular


def imperfect_forms(imperfect: str) -> set[str]:
    """All persons of the imperfect from the 3ms form (يقتل → تقتل، نقتل، يقتلون ...)."""
    i = normalize_key(imperfect)
    if len(i) < 3 or i[0] not in IMPERFECT_PREFIXES:
        return {i} if i else set()
    stem = i[1:]
    out: set[str] = set()
    for pre in IMPERFECT_PREFIXES:
        if _defective(stem):
            s = stem[:-1]
            out |= {pre + stem, pre + s + "ون", pre + s + "وا", pre + s + "و", pre + stem + "ان",
                    pre + s + "ين", pre + s + "ي"}
        else:
            out |= {pre + stem + suf for suf in IMPERFECT_SUFFIXES}
    return out


def noun_forms(noun: str) -> set[str]:
    """A verbal noun or noun with its sound plural, dual, accusative and construct stems."""
    n = normalize_key(noun)
    if not n or " " in n:
        return {n} if n else set()
    out = {n}
    if n.endswith("ه"):  # ta marbuta: مظاهره → مظاهرات، مظاهرتين، مظاهرت(هم)
        s = n[:-1]
        out |= {s + "ات", s + "تين", s + "تان", s + "ت", s + "تي", s + "تا"}
    else:
        out |= {n + "ا", n + "ات", n + "ين", n + "ان"}
    return out


def participle_forms(participle: str) -> set[str]:
    """A participle with its masculine/feminine sound plurals (متظاهر → متظاهرون، متظاهرين)."""
    n = normalize_key(participle)
    if not n:
        return set()
    if n.endswith("ه"):
        s = n[:-1]
        return {n, s + "ات", s + "تين", s + "تان"}
    return {n, n + "ا", n + "ون", n + "ين", n + "ه", n + "ات", n + "و", n + "ي", n + "ان"}


def phrase_forms(phrase: str, inflect_first: str | None = None) -> set[str]:
    """A multi-word phrase whose first word is inflected: ``inflect_first`` is "perfect",
    "imperfect" or "noun" (the first word given in that form). Later words may list
    alternatives separated by "/" (اطلق صاروخا/صواريخ)."""
    words = normalize_key(phrase).split()
    if not words:
        return set()
    rests = [""]
    for w in words[1:]:
        rests = [(r + " " + alt).strip() for r in rests for alt in w.split("/") if alt]
    if inflect_first == "perfect":
        firsts = perfect_forms(words[0])
    elif inflect_first == "imperfect":
        firsts = imperfect_forms(words[0])
    elif inflect_first == "noun":
        firsts = noun_forms(words[0])
    else:
        firsts = {words[0]}
    return {(f + " " + rest).strip() for f in firsts for rest in rests}


def split_alts(cell: str) -> list[str]:
    return [c.strip() for c in (cell or "").split("|") if c.strip()]


def row_forms(row: dict[str, str]) -> dict[str, str]:
    """Map every generated surface form of a lexicon row to its grammatical role:
    "verb" (perfect), "imperfect", "passive", "noun", "participle" or "phrase"."""
    out: dict[str, str] = {}

    def put(forms: set[str], kind: str) -> None:
        for f in forms:
            if f and f not in out:
                out[f] = kind

    for p in split_alts(row.get("passive", "")):
        if p.startswith(("ي", "ت")):  # imperfect passive; not 1st person (اصاب = he hit)
            put({f for f in imperfect_forms(p) if not f.startswith("ا")}, "passive")
        else:
            put(perfect_forms(p), "passive")
    for p in split_alts(row.get("perfect", "")):
        if " " in p:
            put(phrase_forms(p, "perfect"), "verb")
        else:
            put(perfect_forms(p), "verb")
    for i in split_alts(row.get("imperfect", "")):
        if " " in i:
            put(phrase_forms(i, "imperfect"), "imperfect")
        else:
            put(imperfect_forms(i), "imperfect")
    for n in split_alts(row.get("nouns", "")):
        if " " in n:
            put(phrase_forms(n, "noun"), "noun")
        else:
            key = normalize_key(n)
            put({key + "ا"} if not key.endswith("ه") else set(), "adverb")  # احتجاجا على
            put(noun_forms(n), "noun")
    for a in split_alts(row.get("participles", "")):
        put(participle_forms(a), "participle")
    for e in split_alts(row.get("extra", "")):
        put(phrase_forms(e), "phrase")
    return out
