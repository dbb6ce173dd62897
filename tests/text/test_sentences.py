

def test_full_stop_glued_to_the_next_sentence():
    # scraped text often drops the space after a full stop; abbreviations and URLs keep theirs
    from hadath.text.normalize import normalize
    from hadath.text.sentences import split_sentences

    text = "تشتبك معها في محور الكاستيلو.ولم يعرف ما نتج. قالت أ.ف.ب إن موقع www.aljazeera.net نشر 3.5 مليون."
    got = [text[s.span.start:s.span.end] for s in split_sentences(normalize(text))]
    assert got[:2] == ["تشتبك معها في محور الكاستيلو.", "ولم يعرف ما نتج."] and len(got) == 3, got
