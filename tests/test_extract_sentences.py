"""Sentence splitting keeps offsets: every evidence is a verbatim slice of the input."""

from __future__ import annotations

import pytest

from briefing.extract.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize("text,expected", [
    ("Xiaomi slid 2.1 per cent to HK$41.25. Meituan rose 3%.",
     ["Xiaomi slid 2.1 per cent to HK$41.25.", "Meituan rose 3%."]),
    ("Apple Inc. rose 2%. Foo Corp. fell.", ["Apple Inc. rose 2%.", "Foo Corp. fell."]),
    ("The U.S. Federal Reserve held rates. Stocks rose.",
     ["The U.S. Federal Reserve held rates.", "Stocks rose."]),
    ("It ranked No. 1 vs. peers. Next.", ["It ranked No. 1 vs. peers.", "Next."]),
    ("Hang Seng drops 2%\n- Tencent: -1%\n• Meituan +3%",
     ["Hang Seng drops 2%", "Tencent: -1%", "Meituan +3%"]),
    ("<p>Tencent rose 2%.</p><p>Meituan fell.</p>", ["Tencent rose 2%.", "Meituan fell."]),
    # a London ticker's dot in brackets ends nothing
    ("Barclays (BARC) fell 1%. BT Group (BT.) 131.20p 2.4%",
     ["Barclays (BARC) fell 1%.", "BT Group (BT.) 131.20p 2.4%"]),
])
def test_split(text, expected):
    assert sentences(text) == expected


def test_offsets_are_exact():
    text = "  Headline here\n\nThe index fell 1.4% to 18,305.12. It closed lower.  "
    for start, end in split_sentences(text):
        assert text[start:end] == text[start:end].strip()
        assert text[start:end]


def test_run_on_text_is_cut():
    spans = split_sentences("word " * 5000)
    assert all(e - s <= 2000 for s, e in spans)


def test_a_price_in_pence_ends_a_sentence():
    text = "Zorblax rose 3% to 412p. Acme Foods fell 2%."
    assert [text[s:e] for s, e in split_sentences(text)] == ["Zorblax rose 3% to 412p.",
                                                             "Acme Foods fell 2%."]


# a note's next call after a semicolon, in its own voice, is a sentence of its own; a
# semicolon inside a quote, or before anything but "we", ends nothing
def test_a_semicolon_before_we_ends_a_sentence_outside_quotes():
    text = "Nomura note: We like Japanese banks; we are cautious on exporters."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "Nomura note: We like Japanese banks", "we are cautious on exporters."]
    for kept in ('"We like banks; we are cautious on exporters," Nomura wrote.',
                 "The Nikkei fell 1%; exporters led losses.",
                 "Banks rallied; weak yen helped exporters."):
        assert len(split_sentences(kept)) == 1, kept
