"""Loading the event lexicons (triggers, weapons, modality cues) into phrase matchers, once."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Container, NamedTuple, TypeVar

from hadath.errors import DataError
from hadath.events.morphology import letters, noun_forms, phrase_forms, row_forms, split_alts
from hadath.resources import load_tsv, word_roles
from hadath.text.clitics import clitics
from hadath.text.matcher import PhraseMatcher
from hadath.text.normalize import normalize_key

TRIGGERS = "lexicons/triggers.tsv"
WEAPONS = "lexicons/weapons.tsv"
MODALITY = "lexicons/modality.tsv"
VICTIMS = "lexicons/triggers_victims.tsv"
TRIGGER_CONTEXT = "lexicons/triggers_context.tsv"


@dataclass(frozen=True)
class TriggerEntry:
    lemma: str
    cls: str
    strength: int
    nrole: str          # agent | patient | none: the role of a genitive after the verbal noun
    form: str           # verb | imperfect | passive | noun | participle | phrase | adverb


@dataclass(frozen=True)
class CueEntry:
    lemma: str
    kind: str
    scope: str          # before | after | both | clause
    window: int
    nominal_only: bool


def _int(row: dict[str, str], key: str, name: str) -> int:
    try:
        return int(row[key])
    except (KeyError, ValueError):
        raise DataError(f"{name}: row {row.get('lemma')!r} needs an integer {key!r}") from None


@lru_cache(maxsize=1)
def trigger_rows() -> dict[str, dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    for row in load_tsv(TRIGGERS):
        lemma = normalize_key(row["lemma"])
        if lemma in rows:
            raise DataError(f"{TRIGGERS}: duplicate lemma {lemma!r}")
        rows[lemma] = row
    return rows


# id(matcher) -> the first words of its phrases, recorded as the phrases are added
_FIRSTS: dict[int, frozenset[str]] = {}


def _first_word(phrase: str) -> str:
    words = normalize_key(phrase).replace("-", " - ").split()  # as PhraseMatcher.add splits
    return words[0] if words else ""


# id(matcher) -> {first word of a phrase of two words or more: the words that may follow it}
_SECONDS: dict[int, dict[str, frozenset[str]]] = {}


def _register(m: PhraseMatcher, phrases) -> PhraseMatcher:
    split = [normalize_key(p).replace("-", " - ").split() for p in phrases]
    _FIRSTS[id(m)] = frozenset(w[0] for w in split if w)
    seconds: dict[str, set[str]] = {}
    for w in split:
        if len(w) > 1:
            seconds.setdefault(w[0], set()).add(w[1])
    _SECONDS[id(m)] = {k: frozenset(v) for k, v in seconds.items()}
    return m


@lru_cache(maxsize=1)
def trigger_matcher() -> PhraseMatcher[TriggerEntry]:
    m: PhraseMatcher[TriggerEntry] = PhraseMatcher()
    added = []
    for lemma, row in trigger_rows().items():
        strength = _int(row, "strength", TRIGGERS)
        for form, kind in sorted(row_forms(row).items()):
            m.add(form, TriggerEntry(lemma, row["class"], strength, row.get("nrole") or "agent", kind))
            added.append(form)
    return _register(m, added)


# verbal nouns whose weapon may stand apart from them (بإلقاء أكثر من 15 برميل، إطلاق 5 صواريخ)
GAPPED_NOUN_CLASSES = frozenset({"explode", "shell", "airstrike", "suicide", "chemical", "burn"})
# verbal nouns whose object may stand apart from them by a count alone (اقتلاع 50 شجرة، تفكيك 3
# عبوات، نزع نحو 300 لغم، تبادل 200 أسير): the numeral sits between a verbal noun and the noun
# it counts; any other word between keeps them apart (mentions.trigger_heads.head_matches)
COUNTED_NOUN_CLASSES = frozenset({"destroy", "loot", "defuse", "base", "agreement"})


@lru_cache(maxsize=1)
def head_complements() -> dict[str, list[tuple[tuple[str, ...], TriggerEntry]]]:
    """Verb phrases whose complement may stand apart from the verb (VSO: ألقى مجهولون قنبلة،
    أنشأت القوات التركية قاعدة), and weapon phrases of verbal nouns (إلقاء أكثر من 15 برميل):
    head form → [(complement words, entry)], longest first."""
    out: dict[str, dict[tuple[str, ...], TriggerEntry]] = {}
    for lemma, row in trigger_rows().items():
        strength = _int(row, "strength", TRIGGERS)
        for form, kind in row_forms(row).items():
            parts = form.split()
            if len(parts) < 2 or kind not in ("verb", "imperfect", "passive", "noun"):
                continue
            if kind == "noun" and row["class"] not in GAPPED_NOUN_CLASSES | COUNTED_NOUN_CLASSES:
                continue  # تحرير ... مدينة inside "هيئة تحرير الشام": only weapon phrases reach past a gap
            entry = TriggerEntry(lemma, row["class"], strength, row.get("nrole") or "agent", kind)
            out.setdefault(parts[0], {}).setdefault(tuple(parts[1:]), entry)
    return {h: sorted(d.items(), key=lambda kv: -len(kv[0])) for h, d in out.items()}


@lru_cache(maxsize=1)
def phrase_heads() -> frozenset[tuple[str, str]]:
    """(lemma, head) of the gapped noun phrases whose head is no noun of the row by itself
    (اضرام of "اضرام النار"). A word between such a head and its complement is the verbal
    noun's agent, whatever the row's nrole: إضرام مسلحين النار، إشعال مجهولين النيران."""
    out: set[tuple[str, str]] = set()
    for lemma, row in trigger_rows().items():
        if row["class"] not in GAPPED_NOUN_CLASSES:
            continue
        forms = row_forms(row)
        alone = {f for f, k in forms.items() if k == "noun" and " " not in f}
        out.update((lemma, f.split()[0]) for f, k in forms.items()
                   if k == "noun" and " " in f and f.split()[0] not in alone)
    return frozenset(out)


@lru_cache(maxsize=1)
def person_object_lemmas() -> frozenset[str]:
    """Trigger lemmas that found an event only when they act on a person or group (object
    column "person": أوقفت الشرطة محتجين is an arrest, أوقفت الشركة الإنتاج is not)."""
    return frozenset(lemma for lemma, row in trigger_rows().items()
                     if (row.get("object") or "").strip() in ("person", "person_or_pronoun"))


@lru_cache(maxsize=1)
def pronoun_object_lemmas() -> frozenset[str]:
    """Person-object trigger lemmas whose every pronoun object is a person (object column
    "person_or_pronoun": اقتادته، اقتادوها - people are led away, things are not)."""
    return frozenset(lemma for lemma, row in trigger_rows().items()
                     if (row.get("object") or "").strip() == "person_or_pronoun")


@lru_cache(maxsize=1)
def armed_subject_lemmas() -> frozenset[str]:
    """Trigger lemmas that found an event only when an armed side does them (object column
    "armed": دخلت قوات الحركة البلدة بعد انسحاب الجيش is a transfer of ground, دخل الجريح
    المستشفى بعد انسحاب القوات is none)."""
    return frozenset(lemma for lemma, row in trigger_rows().items()
                     if (row.get("object") or "").strip() == "armed")


def one_word_forms(keep_row: Callable[[dict[str, str]], bool], kinds: Container[str]) -> frozenset[str]:
    """The one-word forms of the given kinds ("noun", "verb", ...: morphology.row_forms) of the
    trigger rows ``keep_row`` accepts."""
    return frozenset(f for row in trigger_rows().values() if keep_row(row)
                     for f, k in row_forms(row).items() if k in kinds and " " not in f)


@lru_cache(maxsize=1)
def act_words() -> frozenset[str]:
    """The one-word nouns of the trigger lexicon and every word of the weapon phrases: what a
    relative clause of doing (الهجوم الذي نفذه، العبوة التي زرعها) hangs on when it tells the act -
    a verbal noun spelt as its verb too (القصف الذي شنته: قصف is also "he shelled", so
    :func:`one_word_forms` files it as a verb)."""
    words = {w for row in load_tsv(WEAPONS) for form in phrase_forms(row["phrase"]) for w in form.split()}
    spelt_as_verbs = {f for row in trigger_rows().values() for n in split_alts(row.get("nouns", ""))
                      if " " not in n for f in noun_forms(n) if " " not in f}
    return one_word_forms(lambda row: True, ("noun",)) | frozenset(words) | frozenset(spelt_as_verbs)


@lru_cache(maxsize=1)
def verb_forms() -> frozenset[str]:
    """Every single-word perfect/imperfect form of every trigger row (for homographs such as
    تجمع, a verb at the head of its clause and a noun elsewhere)."""
    return one_word_forms(lambda row: True, ("verb", "imperfect"))


@lru_cache(maxsize=1)
def weapon_owners() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Normalized weapon head noun -> its (country, owner, state role) rows of
    data/lexicons/weapon_owners.tsv (owner: the state whose force uses it there; blank for the
    country itself)."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for r in load_tsv("lexicons/weapon_owners.tsv"):
        if r.get("word"):
            out.setdefault(normalize_key(r["word"]), []).append(
                (r["country"], r.get("owner") or r["country"], r["role"]))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def weapon_matcher() -> PhraseMatcher[str]:
    m: PhraseMatcher[str] = PhraseMatcher()
    added = []
    for row in load_tsv(WEAPONS):
        for form in sorted(phrase_forms(row["phrase"])):
            m.add(form, row["weapon"])
            added.append(form)
    return _register(m, added)


def cue_entry(row: dict[str, str]) -> CueEntry:
    """The cue a modality.tsv row tells (its lemma normalized)."""
    return CueEntry(normalize_key(row["lemma"]), row["kind"], row["scope"],
                    _int(row, "window", MODALITY), row.get("nominal_only") == "1")


@lru_cache(maxsize=1)
def cue_matcher() -> PhraseMatcher[CueEntry]:
    m: PhraseMatcher[CueEntry] = PhraseMatcher()
    added = []
    for row in load_tsv(MODALITY):
        entry = cue_entry(row)
        for form in sorted(row_forms(row)):
            m.add(form, entry)
            added.append(form)
    return _register(m, added)


@lru_cache(maxsize=1)
def victim_words() -> dict[str, str]:
    """Normalized noun → category (civilian | armed | protester | military_target | attacker |
    suspect)."""
    article = letters("article")
    out: dict[str, str] = {}
    for row in load_tsv(VICTIMS):
        for form in phrase_forms(row["word"]):
            out.setdefault(form, row["category"])
            if not form.startswith(article):
                out.setdefault(article[0] + form, row["category"])
                acc = clitics().accusative_of(form) if row["category"] in PERSONS else None
                if acc:  # أفرادا، جنودا، عنصرا: the indefinite accusative of a counted person
                    out.setdefault(acc, row["category"])
    return out


PERSONS = frozenset({"civilian", "armed", "protester", "attacker", "suspect"})


def first_words_of(matcher: PhraseMatcher) -> frozenset[str]:
    """Words that can start a phrase of one of this module's matchers (to skip tokens with
    one set lookup)."""
    try:
        return _FIRSTS[id(matcher)]
    except KeyError:
        raise DataError("first_words_of: not a matcher built by hadath.events.lexicons") from None



def second_words_of(matcher: PhraseMatcher) -> dict[str, frozenset[str]]:
    """First word of a phrase of two words or more → the words that may follow it (one-word
    phrases aside, a token can only start a match when the next token has one of them)."""
    try:
        return _SECONDS[id(matcher)]
    except KeyError:
        raise DataError("second_words_of: not a matcher built by hadath.events.lexicons") from None


def words(items) -> frozenset[str]:
    """A constant word set in normalized spelling (قائد → قايد, قتلى → قتلي)."""
    return frozenset(normalize_key(w) for w in items)


@lru_cache(maxsize=1)
def purpose_words() -> frozenset[str]:
    """The protest-purpose words of lexicons/triggers_context.tsv (role ``protest_purpose``:
    للمطالبة ...), which the document scan flags (hadath.events.scan.PURPOSE)."""
    return word_roles(TRIGGER_CONTEXT).get("protest_purpose", frozenset())


@lru_cache(maxsize=None)
def function_words(role: str) -> frozenset[str]:
    """Words of one closed class of data/lexicons/function_words.tsv (relative, held, cause,
    since, exposure), normalized (one set per role: the table is read once per process), with
    those of its parts (the rows of ``consequence/perfect`` are words of ``consequence`` too)."""
    table = word_roles("lexicons/function_words.tsv")
    return frozenset().union(*(words for r, words in table.items() if r == role or r.startswith(role + "/")))


WordSets = TypeVar("WordSets", bound=NamedTuple)


def word_classes(name: str, shape: type[WordSets], shared: tuple[str, ...] = ()) -> WordSets:
    """A ``word<TAB>role`` table (data/<name>) as a NamedTuple of normalized word sets, one field
    per role. The file's roles must be exactly the fields of ``shape`` but the ``shared`` ones,
    classes several tables read, whose words are function_words.tsv's role of the same name
    (conj): a role the code does not read, or one it reads that the file lacks, is a
    :class:`DataError` naming the file."""
    from hadath.resources import data_path, word_roles

    table = word_roles(name)
    if set(shared) & set(table):
        raise DataError(f"{data_path(name)}: roles {sorted(set(shared) & set(table))} are function_words.tsv's")
    table = {**table, **{f: words for f in shared if (words := function_words(f))}}
    fields = shape._fields
    unknown = sorted(set(table) - set(fields))
    missing = sorted(set(fields) - set(table))
    if unknown or missing:
        raise DataError(f"{data_path(name)}: roles {unknown} are not read by the code; "
                        f"roles {missing} have no word")
    return shape(**{f: frozenset(w for w in table[f] if w) for f in fields})


def word_flags(name: str, shape: type[WordSets]) -> WordSets:
    """A table with a ``word`` column and one column per field of ``shape`` (``1`` = the word
    belongs to that class, empty = it does not) as a NamedTuple of normalized word sets."""
    from hadath.resources import data_path

    rows = load_tsv(name)
    fields = shape._fields
    out: dict[str, set[str]] = {f: set() for f in fields}
    for i, row in enumerate(rows, start=1):
        cols = set(row) - {"word"}
        if cols != set(fields):
            raise DataError(f"{data_path(name)}: columns {sorted(cols)} differ from {list(fields)}")
        word = normalize_key(row.get("word") or "")
        if not word:
            raise DataError(f"{data_path(name)}: data row {i} has no word")
        flags = {f for f in fields if row[f] not in ("", "0")}
        bad = [f for f in flags if row[f] != "1"]
        if bad or not flags:
            raise DataError(f"{data_path(name)}: data row {i} ({row['word']}) needs 1 or nothing "
                            f"in {bad or list(fields)}")
        for f in flags:
            out[f].add(word)
    return shape(**{f: frozenset(v) for f, v in out.items()})


def word_pairs(phrases: frozenset[str]) -> frozenset[tuple[str, ...]]:
    """Normalized phrases of a word table as word tuples (من قبل → ("من", "قبل"))."""
    return frozenset(tuple(p.split()) for p in phrases)

