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

from functools import lru_cache

from hadath.errors import DataError
from hadath.text.clitics import clitics
from hadath.text.normalize import normalize_key

MORPHOLOGY = "lexicons/event_morphology.tsv"
PARADIGMS = frozenset({"perfect", "perfect_alif", "perfect_defective", "imperfect",
                       "imperfect_defective", "noun", "noun_ta_marbuta", "participle",
                       "participle_ta_marbuta", "adverb"})
LETTERS = frozenset({"imperfect_prefix", "passive_imperfect_prefix", "first_person",
                     "defective_final", "alif_final", "ta_marbuta", "article"})


@lru_cache(maxsize=1)
def morphology() -> dict[str, tuple[str, ...]]:
    """class -> its forms (templates of a paradigm, or letters) from
    data/lexicons/event_morphology.tsv, normalized, in file order. Every class the code reads must be there, and no other."""
    from hadath.resources import data_path, load_tsv

    out: dict[str, list[str]] = {}
    for i, row in enumerate(load_tsv(MORPHOLOGY), start=1):
        cls, form = row.get("class", ""), normalize_key(row.get("form", ""))
        if cls in PARADIGMS and "{p}" not in form and "{s}" not in form:
            raise DataError(f"{data_path(MORPHOLOGY)}: data row {i} ({cls}) needs a template "
                            f"with {{p}} or {{s}}, got {row.get('form')!r}")
        if cls in LETTERS and not form:
            raise DataError(f"{data_path(MORPHOLOGY)}: data row {i} ({cls}) has no letter")
        out.setdefault(cls, []).append(form)
    if set(out) != PARADIGMS | LETTERS:
        raise DataError(f"{data_path(MORPHOLOGY)}: unknown classes {sorted(set(out) - PARADIGMS - LETTERS)}, "
                        f"missing classes {sorted(PARADIGMS | LETTERS - set(out))}")
    return {k: tuple(v) for k, v in out.items()}


def letters(cls: str) -> tuple[str, ...]:
    """The letters (or prefixes) of one letter class of event_morphology.tsv."""
    return morphology()[cls]


def inflect(paradigm: str, word: str) -> set[str]:
    """The forms of one paradigm of event_morphology.tsv for ``word`` ({p} = word, {s} = word
    without its last letter)."""
    stem = word[:-1]
    return {t.replace("{p}", word).replace("{s}", stem) for t in morphology()[paradigm]}


def _defective(stem: str) -> bool:
    return stem.endswith(letters("defective_final")) and len(stem) >= 3


def perfect_forms(perfect: str) -> set[str]:
    """All persons of the perfect (active and, unvocalized, passive)."""
    p = normalize_key(perfect)
    if not p:
        return set()
    if _defective(p):  # اعتدى (normalized اعتدي), القى, رمى
        return inflect("perfect_defective", p)
    regular = inflect("perfect", p)
    if p.endswith(letters("alif_final")) and len(p) >= 3:  # دعا: دعت، دعوا (and أنشأ → انشا: انشات، انشاوا)
        return regular | inflect("perfect_alif", p)
    return regular


def imperfect_forms(imperfect: str) -> set[str]:
    """All persons of the imperfect from the 3ms form (يقتل → تقتل، نقتل، يقتلون ...)."""
    i = normalize_key(imperfect)
    prefixes = letters("imperfect_prefix")
    if len(i) < 3 or i[0] not in prefixes:
        return {i} if i else set()
    stem = i[1:]
    paradigm = "imperfect_defective" if _defective(stem) else "imperfect"
    out: set[str] = set()
    for pre in prefixes:
        out |= inflect(paradigm, pre + stem)
    return out


def noun_forms(noun: str) -> set[str]:
    """A verbal noun or noun with its sound plural, dual, accusative and construct stems."""
    n = normalize_key(noun)
    if not n or " " in n:
        return {n} if n else set()
    if n.endswith(letters("ta_marbuta")):  # ta marbuta: مظاهره → مظاهرات، مظاهرتين، مظاهرت(هم)
        return inflect("noun_ta_marbuta", n)
    return inflect("noun", n)


def participle_forms(participle: str) -> set[str]:
    """A participle with its masculine/feminine sound plurals (متظاهر → متظاهرون، متظاهرين)."""
    n = normalize_key(participle)
    if not n:
        return set()
    if n.endswith(letters("ta_marbuta")):
        return inflect("participle_ta_marbuta", n)
    return inflect("participle", n)


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
    out = {(f + " " + rest).strip() for f in firsts for rest in rests}
    if inflect_first == "noun":
        out |= _accusative_phrases(words[0], rests)
    return out


def _accusative_phrases(noun: str, rests: list[str]) -> set[str]:
    """An indefinite noun with nisba adjectives in the indefinite accusative, where a verb takes
    it as object or إن/أن as subject: قصف جوي → قصفا جويا (وأضاف أن قصفا جويا استهدف), هجوم
    انتحاري → هجوما انتحاريا (نفذ هجوما انتحاريا), عيار ناري → عيارا ناريا."""
    cl = clitics()
    head = None if cl.definite(noun) else cl.accusative_of(noun, shortest=3)
    if head is None:
        return set()
    return {head + " " + acc for acc in (cl.accusatives(rest) for rest in rests if rest) if acc}


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
        if p.startswith(letters("passive_imperfect_prefix")):
            # imperfect passive; not 1st person (اصاب = he hit)
            put({f for f in imperfect_forms(p) if not f.startswith(letters("first_person"))}, "passive")
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
            put(inflect("adverb", key) if not key.endswith(letters("ta_marbuta")) else set(),
                "adverb")  # احتجاجا على
            put(noun_forms(n), "noun")
    for a in split_alts(row.get("participles", "")):
        put(participle_forms(a), "participle")
    for e in split_alts(row.get("extra", "")):
        put(phrase_forms(e), "phrase")
    return out
