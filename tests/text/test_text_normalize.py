"""Normalization folds and the offset map back to the original text."""
from __future__ import annotations

import pytest

from hadath.text.normalize import normalize, normalize_key

FOLDS = [
    ("قُتِلَ", "قتل"),                 # diacritics
    ("الـــرقة", "الرقه"),             # tatweel, ta marbuta
    ("أإآٱ", "اااا"),                  # alef forms
    ("مستشفى", "مستشفي"),              # alef maqsura
    ("مؤسسة", "موسسه"),                # hamza on waw
    ("رئيس", "رييس"),                  # hamza on ya
    ("ﻻ", "لا"),                       # lam-alef ligature
    ("ﻷ", "لا"),                       # lam-alef with hamza
    ("ﺑﻴﺮﻭﺕ", "بيروت"),               # presentation forms
    ("ﷲ", "الله"),                     # word ligature
    ("١٢٣ ۴۵۶", "123 456"),            # Arabic-Indic and Persian digits
    ("٢٫٥ و١٬٥٠٠", "2.5 و1,500"),      # Arabic decimal and thousands separators
    ("، ؛ ؟ «»", ", ; ? \"\""),         # punctuation
    ("ڤيينا گوگل کابل", "فيينا كوكل كابل"),  # Persian/loan letters
    ("\u200fقتل\u200e", "قتل"),        # bidi marks
    ("Reuters", "reuters"),           # Latin lower case
    ("", ""),
]


@pytest.mark.parametrize("raw,folded", FOLDS)
def test_fold(raw, folded):
    assert normalize(raw).text == folded
    assert normalize_key(raw) == " ".join(folded.split())


CUT_WORDS = [
    # a dot cut into a word between tatweels (posts evading platforms' filters) is dropped
    ("أطلـ.ـقت مجموعة من المهـ.ـربين النار", "اطلقت مجموعه من المهربين النار"),
    ("قـ.ـوات حـ.ـرس الحـ.ـدود", "قوات حرس الحدود"),
    ("فتـ.ـم الرد بالمثـ.ـل", "فتم الرد بالمثل"),
    ("في اشتبـ.ــ.ـاك مع مهـ.ـربين", "في اشتباك مع مهربين"),
    # other dots stay: a sentence end, a decimal, a dot with no tatweel or no letter after it
    ("قتل 3. وفي", "قتل 3. وفي"),
    ("الساعة 3.5", "الساعه 3.5"),
    ("قتلـ. ثم", "قتل. ثم"),
    ("م.ع", "م.ع"),
]


@pytest.mark.parametrize("raw,folded", CUT_WORDS)
def test_dot_cut_into_a_word(raw, folded):
    norm = normalize(raw)
    assert norm.text == folded
    assert norm.original == raw
    assert norm.to_original(0, len(norm.text)).of(raw) == raw


SPANS = [
    # (original, normalized substring to locate, exact original characters it maps back to)
    ("قُتِلَ ثلاثةٌ في الرَّقَّة", "الرقه", "الرَّقَّة"),
    ("قُتِلَ ثلاثةٌ في الرَّقَّة", "ثلاثه", "ثلاثةٌ"),
    ("قتل في الـــرقة أمس", "الرقه", "الـــرقة"),
    ("قتل في ﺑﻴﺮﻭﺕ أمس", "بيروت", "ﺑﻴﺮﻭﺕ"),
    ("قال ﻻ نريد", "لا", "ﻻ"),
    ("ﻻ نريد", "ل", "ﻻ"),                  # half of a ligature maps to all of it
    ("قتل ١٥ شخصا", "15", "١٥"),
    ("سطر\r\nسطر آخر", "سطر اخر", "سطر آخر"),
    ("\u200fدمشق\u200f - سانا", "دمشق", "دمشق"),
    ("أطلق المهـ.ـربون النار", "المهربون", "المهـ.ـربون"),
]


@pytest.mark.parametrize("original,needle,expected", SPANS)
def test_span_maps_back(original, needle, expected):
    norm = normalize(original)
    start = norm.text.index(needle)
    span = norm.to_original(start, start + len(needle))
    assert span.of(original) == expected


def test_offsets_are_monotonic_and_complete():
    text = "قُتِلَ ﻻ ﷲ\r\n١٢ ـــ «الرقة»…"
    norm = normalize(text)
    assert len(norm.offsets) == len(norm.text) + 1
    assert norm.offsets[-1] == len(text)
    assert list(norm.offsets) == sorted(norm.offsets)


def test_empty_and_degenerate_spans():
    norm = normalize("")
    assert norm.to_original(0, 0).to_list() == [0, 0]
    norm = normalize("قتل")
    assert norm.to_original(2, 2).to_list() == [2, 2]
    assert norm.to_original(0, 99).to_list() == [0, 3]
