"""Language detection: which extractor reads a text, from its script or its language tag."""

from __future__ import annotations

import pytest

from briefing.extract.langdetect import detect_language, language_of


@pytest.mark.parametrize("text,lang", [
    ("恒生科技指数跌超2%，华虹半导体跌超7%。", "zh"),
    ("恆生指數收跌1.26%，報19870點。", "zh"),
    ("港股收评：恒指跌1.26% HSI HSTECH 科指跌超2%", "zh"),
    ("The Hang Seng Index fell 1.4% to 18,305.12 on Tuesday.", "en"),
    (("Hua Hong Semiconductor (华虹半导体) plunged over 7% as chip stocks sold off "
      "after Washington floated fresh export curbs on Tuesday afternoon."), "en"),
    ("日経平均株価は続落し、終値は前日比1.2%安となった。", "en"),  # Japanese is not Chinese
    ("코스피 지수는 1.5% 하락했다.", "en"),
    ("", "en"),
    ("12345 +0.5%", "en"),
])
def test_detect_language(text, lang):
    assert detect_language(text) == lang


@pytest.mark.parametrize("tag,lang", [
    ("zh", "zh"), ("zh-CN", "zh"), ("zh-HK", "zh"), ("zh_TW", "zh"), ("zh-Hant", "zh"),
    ("zh-Hans-CN", "zh"), ("ZH", "zh"), ("yue", "zh"), ("en", "en"), ("en-US", "en"),
    ("fr", "fr"),
])
def test_language_tags_of_short_texts(tag, lang):
    assert language_of(tag, "+0.5%") == lang


def test_the_script_overrides_a_mislabelled_tag():
    assert language_of("en", "恒指收跌1.26%，报19870点。") == "zh"
    assert language_of("zh-CN", "The Hang Seng Index fell 1.4% on Tuesday.") == "en"
    assert language_of("fr", "恒指收跌1.26%。") == "fr"


def test_no_tag_means_the_text_decides():
    assert language_of(None, "恒指收跌1.26%。") == "zh"
    assert language_of("", "Stocks fell.") == "en"


def test_extract_facts_dispatches_chinese_text():
    from briefing.extract import extract_facts

    text = "恒生科技指数跌超2%，華虹半導體跌超7%。"
    for lang in (None, "zh", "zh-HK", "zh_Hant"):
        found = [(f.kind, f.subject, f.change_pct) for f in extract_facts(text, lang=lang)]
        assert found == [("index_move", "Hang Seng Tech Index", 2.0),
                         ("stock_move", "Hua Hong Semiconductor", 7.0)]
    (fact,) = extract_facts("The Hang Seng Index fell 1.4% on Tuesday.")
    assert (fact.subject, fact.change_pct) == ("Hang Seng Index", 1.4)
