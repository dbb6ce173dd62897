"""Whether a trigger acts on people (:mod:`hadath.mentions.triggers`): a human noun, an actor or a
counted group as its object, past its subject and a day or place told between, or a human plural
pronoun on it (أوقفت الشرطة ثلاثة محتجين، أوقفتهم)."""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from hadath.events.lexicons import function_words, victim_words
from hadath.events.role_words import QUOTE_MARKS
from hadath.events.toll_words import toll_words
from hadath.mentions.trigger_context import context
from hadath.text.clitics import clitics
from hadath.events.taxonomy import ARMED_INTERS
from hadath.types import Doc

COUNT_SKIP = 4
SUBJECT_REACH = 3  # tokens from a verb to its armed subject's name (دخلت قوات حركة الشباب، دخلت وحدات من الجيش)
ASIDE_SKIP = 6  # tokens of a day or place phrase skipped between a verb's subject and its object


class Objects:
    """Where actor and quantity mentions start (token index → end), built once per document
    for the triggers that need a person as their object."""

    def __init__(self, doc: Doc) -> None:
        tokens = doc.tokens
        starts = [t.start for t in tokens]
        self.tokens = tokens
        self.actors: dict[int, int] = {}
        self.counts: set[int] = set()
        self.asides: set[int] = set()   # dates and places, with a preposition before a place
        self.armed: set[int] = set()    # where the names of armed sides start and end (token index)
        self.nationals: set[int] = set()   # plural nationality nouns (سوريين، عراقيون): people
        plural = tuple(clitics().sound_plural)

        def index(char: int) -> int:   # the token holding the character (a name may start
            return max(0, bisect_right(starts, char) - 1)   # past a clitic: للجيش، بتمنراست)

        for d in doc.mentions:
            if d.kind == "actor":
                a = index(d.span.start)
                b = max(a + 1, bisect_left(starts, d.span.end))
                self.actors.setdefault(a, b)
                if getattr(d.value, "inter", None) in ARMED_INTERS:
                    self.armed.update((a, -b))  # (an end kept negated: the side named before its verb)
            elif d.kind == "quantity":
                a = index(d.span.start)
                self.counts.update(range(a, max(a + 1, bisect_left(starts, d.span.end))))
            elif d.kind == "place" and getattr(d.value, "cue", None) == "nisba" \
                    and tokens[index(d.span.start)].norm.endswith(plural):
                self.nationals.add(index(d.span.start))  # (أوقف الجيش سوريين اثنين: people, no place)
            elif d.kind in ("date", "place"):
                a = index(d.span.start)
                self.asides.update(range(a - (d.kind == "place"), max(a + 1, bisect_left(starts, d.span.end))))

    def person_after(self, start: int, end: int, hi: int, voice: str, any_pronoun: bool = False) -> bool:
        """The trigger acts on people: a human noun, an actor or a counted group right after it
        (after its subject for an active verb: أوقفت الشرطة ثلاثة محتجين), or a human plural
        pronoun on it (أوقفتهم) - any pronoun object for ``any_pronoun`` verbs (اقتادته)."""
        tokens = self.tokens
        hi = min(hi, len(tokens))
        suffixes = function_words("object_pronoun") if any_pronoun else context().human_suffixes
        if any(a.suffix in suffixes for a in tokens[end - 1].analyses):
            return True
        places = [end]
        if voice == "active" and end not in self.counts:
            # (a count right after the verb is its object, the subject left out after a
            # conjunction: اقتحمت القوات البلدة واقتادت شابين، واعتقلت ثلاثة شبان)
            subject_end = self.actors.get(end)
            places = [subject_end] if subject_end is not None else [end, end + 1]
        # (past the day and the place told before the object: أوقفت الشرطة في الدار البيضاء أمس 4 أشخاص)
        places = [next((q for q in range(p, min(hi, p + ASIDE_SKIP)) if q not in self.asides), p) for p in places]
        return any(self.person_at(p, hi) for p in places)

    def person_at(self, p: int, hi: int) -> bool:
        tokens = self.tokens
        skipped = 0
        count_words = context().count_words
        while p < hi and skipped < COUNT_SKIP and (
                tokens[p].kind == "number" or p in self.counts or tokens[p].norm in count_words):
            if p in self.counts and self._human(p):
                return True  # (أوقفت الشرطة شخصين: a dual noun is its own count and the people)
            p, skipped = p + 1, skipped + 1
        if p < hi and tokens[p].norm in QUOTE_MARKS:
            p += 1  # ("تحييد" مسلحين: a word in scare quotes still takes its object)
        if p >= hi or tokens[p].kind == "punct":
            return False
        if p in self.actors:
            return True
        return self._human(p)

    def _human(self, p: int) -> bool:
        """The token is a noun of people: a victim word of a person's kind, a doer noun or a
        plural nationality noun."""
        if p in self.nationals:
            return True
        forms = self.tokens[p].forms
        vw = victim_words()
        return any(vw.get(f, "military_target") != "military_target" for f in forms) \
            or not toll_words().doer_victim.isdisjoint(forms)  # (تصفية المنفذين: the doers)

    def armed_subject(self, start: int, end: int) -> bool:
        """An armed side's name starts within SUBJECT_REACH tokens after the verb, no punctuation
        between (دخلت قوات حركة الشباب البلدة), or ends right before it (القوات الحكومية دخلت)."""
        tokens = self.tokens
        for p in range(end, min(len(tokens), end + SUBJECT_REACH + 1)):
            if p in self.armed:
                return True
            if tokens[p].kind == "punct":
                break
        return -start in self.armed
