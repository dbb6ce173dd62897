"""A suicide bomber killed before anything went off (issue #9): ACLED codes a suicide bombing
that is prevented - the bomber shot, arrested or killed before the belt or car exploded - as
Strategic developments / Disrupted weapons use, with the bomber's death as its toll. A clause
whose only act is a kill word, whose object is the bomber (قتلت الشرطة الانتحاري قبل أن يفجر
حزامه، تمكنت القوات من قتل إرهابي انتحاري يرتدي حزاما ناسفا، قتل الحراس انتحاريا حاول اقتحام
المقر) tells no explosion: the weapon named is who was killed, not the means. A clause with a
word of a blast (انفجر، فجر نفسه، تفجير انتحاري، هجوم انتحاري) is a bombing as before, and so is a
bomber named as the means (قتل ثلاثة بحزام ناسف، على يد انتحاري)."""
from __future__ import annotations

from hadath.events.frames import Frame
from hadath.events.index import DocIndex, Located
from hadath.events.lexicons import function_words
from hadath.events.taxonomy import REMOTE_CLASSES
from hadath.events.tuning import WINDOWS

KILLS = frozenset({"kill", "death"})
HARMS = KILLS | {"shoot", "injure"}  # (قتل الانتحاري برصاص الحراس، أصيب حارسان: still no blast)


def bomber_stopped(ix: DocIndex, frame: Frame, classes: set[str], weapons: list[Located]) -> bool:
    """The clause kills the suicide bomber and tells nothing exploding (see the module)."""
    suicide = [w for w in (*weapons, *ix.get("weapon", frame.sent)) if w.mention.value.lemma == "suicide"
               and frame.clause[0] <= w.start < frame.clause[1]]  # (the bomber named as a person is no means)
    if not suicide or not classes & KILLS or not classes <= HARMS or classes & REMOTE_CLASSES:
        return False
    toks = ix.doc.tokens
    means, hand = tuple(function_words("means_clitic")), function_words("agent_hand")  # (بحزام ناسف، على يد انتحاري)
    kills = [t.loc for t in frame.trigs if t.cls in KILLS]
    words = lambda a, b: sum(t.kind == "word" for t in toks[a:b])  # noqa: E731

    def killed(w: Located) -> bool:
        tok = toks[w.start]
        if any(tok.norm.startswith(c) and tok.norm[len(c):] in tok.forms for c in means) or \
                w.start > 0 and toks[w.start - 1].norm in hand:
            return False
        return any(k.end <= w.start and words(k.end, w.start) <= WINDOWS.bomber_object for k in kills)
    return any(killed(w) for w in suicide)
