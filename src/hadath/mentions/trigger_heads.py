"""Head verbs and their phrase complements (triggers.tsv: a head verb whose act is decided by
the noun or preposition after it - فجر عبوة، ألقى قنبلة، استولى على): where the complement stands
within the window, in the verb's clause, and whether the verb's first complement is its subject
(verb-subject-object: أسقطت طائرة مسيرة قنبلة، دمرت مسيرة تركية عربة). Read by the triggers
stage (:mod:`hadath.mentions.triggers`)."""
from __future__ import annotations

from hadath.events.lexicons import GAPPED_NOUN_CLASSES, TriggerEntry, function_words
from hadath.events.scan import Scan
from hadath.mentions.trigger_counted import counted
from hadath.mentions.trigger_drone import instrumental_object
from hadath.text.clitics import conjunctions
from hadath.types import Span, Token

HEAD_WINDOW = 9  # words from a head verb to its complement (ألقى مجهولون، فجر اليوم، قنبلة)
HEAD_PREP_WINDOW = 16  # ... to a complement that is one preposition (function_words head_prep):
# a VSO subject with its modifiers between (استولت القوات ... المدعومة من قوات ... اليوم على)
SUBJECT_WORDS = 3  # words of a subject's description between it and the object (مسيرات الدعم السريع قنابل)


def _seq(tokens: tuple[Token, ...], j: int, words: tuple[str, ...]) -> bool:
    if j + len(words) > len(tokens):
        return False
    return all(w in tokens[j + k].forms for k, w in enumerate(words))


def head_matches(sc: Scan) -> dict[int, tuple[TriggerEntry, Span, int]]:
    """Head verbs whose phrase complement follows within the window, in the same clause: the
    entry, the verb's span and where the complement ends."""
    tokens = sc.tokens
    out: dict[int, tuple[TriggerEntry, Span, int]] = {}
    n = len(tokens)
    for i, k, cands, firsts in sc.heads:
        tok = tokens[i]
        if tok.kind != "word":
            continue
        sent = tok.sentence
        seen = 0
        for j in range(i + 1, n):
            t = tokens[j]
            if t.sentence != sent or (t.kind == "punct" and t.norm in ".;:!?"):
                break
            seen += t.kind != "punct"  # (the commas around an aside do not count)
            if seen > HEAD_PREP_WINDOW:
                break
            if firsts.isdisjoint(t.forms):
                continue
            if tokens[j - 1].norm in function_words("in"):
                continue  # تسلم الوزير مهامه في مدينة دير الزور: a place phrase, no complement
            far = seen > HEAD_WINDOW  # (past a noun complement's window only a lone preposition)
            hit = next(((words, e) for words, e in cands if _seq(tokens, j, words)
                        and (not far or (len(words) == 1 and words[0] in function_words("head_prep")))
                        and (e.form != "noun" or j > i + 1)  # adjacent nouns: the phrase matcher's
                        and (e.form != "noun" or e.cls in GAPPED_NOUN_CLASSES or counted(tokens, i, j))), None)
            if hit is not None:
                words, entry = hit
                if entry.cls == "defuse" and instrumental_object(tokens, j):
                    continue  # دمر الجيش بالمسيرات عربات: the drones its means (اعترضت بصواريخ باتريوت صاروخا: the object after)
                if j == i + 1:  # (أسقطت الدفاعات طائرة مسيرة كانت تحمل قنابل: the subject before it)
                    j, words, entry = _object_after_subject(tokens, j, words, entry, cands)
                    if craft_subject(tokens, j, len(words)):
                        break  # دمرت مسيرة تركية عربة: the craft struck, the verb's own class stands
                out[i] = (entry, Span(tok.stem_span(k).start, tok.end), j + len(words))
                break
    return out


def _object_after_subject(tokens: tuple[Token, ...], j: int, words: tuple[str, ...], entry: TriggerEntry,
                          cands) -> tuple[int, tuple[str, ...], TriggerEntry]:
    """Verb-subject-object: a second complement of the same head a few words after a first one
    right after the verb, nothing but words between, makes the first the subject (أسقطت طائرة مسيرة قنبلة على السوق:
    the drone dropped a bomb, it was not shot down; أسقطت مسيرات الدعم السريع قنابل): the head's
    phrase is the object's."""
    end = j + len(words)
    for k in range(end, min(end + SUBJECT_WORDS + 1, len(tokens))):
        t = tokens[k]
        if t.sentence != tokens[j].sentence or t.kind != "word" or t.norm in function_words("in") \
                or t.has_proclitic(conjunctions()):
            break  # (أطلقت الرصاص الحي والغاز: a second object joined to the first)
        later = next(((w, e) for w, e in cands if _seq(tokens, k, w) and e.lemma != entry.lemma), None)
        if later is not None:
            return k, later[0], later[1]
    return j, words, entry


def craft_subject(tokens: tuple[Token, ...], j: int, n: int) -> bool:
    """Verb-subject-object with a craft: the head phrase's complement at ``j`` (``n`` words) is a craft
    right after its verb (function_words craft), and a word of what crafts strike (craft_struck)
    follows within SUBJECT_WORDS words, nothing but words between (دمرت مسيرة تركية عربة لقسد، دمرت
    الطائرات الحربية الروسية مقرا): the craft is the subject - a strike, no craft brought down."""
    if function_words("craft").isdisjoint(tokens[j].forms):
        return False
    for k in range(j + n, min(j + n + SUBJECT_WORDS + 1, len(tokens))):
        t = tokens[k]
        if t.sentence != tokens[j].sentence or t.kind != "word" or t.norm in function_words("in") \
                or t.has_proclitic(conjunctions()):
            return False
        if not function_words("craft_struck").isdisjoint(t.forms):
            return True
    return False

