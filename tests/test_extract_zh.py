"""Chinese extraction: moves, numbers, names, sessions and evidence, on wrap-style text."""

from __future__ import annotations

import pytest

from briefing.errors import ExtractError
from briefing.extract.zh import extract_facts_zh
from extract_helpers import KEYS, has
from extract_helpers import facts as all_facts
from extract_helpers import moves as all_moves

ZH_KEYS = (*KEYS, "view", "ticker")


def facts(text: str) -> list[dict]:
    return all_facts(text, ZH_KEYS)


def moves(text: str) -> list[dict]:
    return all_moves(text, ZH_KEYS)


@pytest.mark.parametrize("text,expected", [
    ("恒生科技指数跌超2%。", {"subject": "Hang Seng Tech Index", "direction": "down",
                         "change_pct": 2.0, "qualifier": "more than"}),
    ("恒生科技指数跌逾2%。", {"change_pct": 2.0, "qualifier": "more than"}),
    ("恒生科技指数跌近2%。", {"change_pct": 2.0, "qualifier": "nearly"}),
    ("恒生科技指数跌约2%。", {"change_pct": 2.0, "qualifier": "about"}),
    ("恒生科技指数跌2%左右。", {"change_pct": 2.0, "qualifier": "about"}),
    ("恒指今日早盘一度跌1.8%。", {"subject": "Hang Seng Index", "change_pct": 1.8,
                           "qualifier": "up to"}),
])
def test_qualifiers(text, expected):
    assert has(moves(text), expected), moves(text)


def test_close_wrap_one_move_across_clauses():
    (fact,) = moves("截至收盘，恒指收跌1.26%，报19870点，跌253点。")
    assert fact == {"kind": "index_move", "subject": "Hang Seng Index", "direction": "down",
                    "change_pct": 1.26, "level": 19870.0, "points": 253.0, "session": "close",
                    "ticker": "HSI"}


def test_level_first_then_move():
    (fact,) = moves("恒生指数收报20315.6点，涨0.42%，成交额1180亿港元。")
    assert (fact["level"], fact["change_pct"], fact["direction"]) == (20315.6, 0.42, "up")


def test_points_or_percent_hong_kong_style():
    (fact,) = moves("恒指收市升312點或1.55%，報20,451點。")
    assert (fact["points"], fact["change_pct"], fact["level"]) == (312.0, 1.55, 20451.0)


def test_stock_list_each_with_its_move():
    found = moves("华虹半导体跌超7%，中芯国际跌近5%，舜宇光学科技则涨2.4%。")
    assert has(found, {"subject": "Hua Hong Semiconductor", "change_pct": 7.0,
                       "qualifier": "more than", "ticker": "1347.HK"})
    assert has(found, {"subject": "SMIC", "change_pct": 5.0, "qualifier": "nearly"})
    assert has(found, {"subject": "Sunny Optical Technology", "direction": "up",
                       "change_pct": 2.4})


def test_names_sharing_one_move_and_respectively():
    found = moves("小米集团、美团均涨超3%；腾讯控股、阿里巴巴分别跌1.1%、2.6%。")
    assert has(found, {"subject": "Xiaomi", "change_pct": 3.0, "qualifier": "more than"})
    assert has(found, {"subject": "Meituan", "change_pct": 3.0})
    assert has(found, {"subject": "Tencent Holdings", "direction": "down", "change_pct": 1.1})
    assert has(found, {"subject": "Alibaba Group", "direction": "down", "change_pct": 2.6})


def test_range():
    found = moves("濠赌股受压，金沙中国、银河娱乐跌3%至5%。")
    assert has(found, {"subject": "Sands China", "range": [3.0, 5.0]}) or \
        has(found, {"subject": "Galaxy Entertainment Group", "range": [3.0, 5.0]}), found


def test_stock_price_with_currency():
    found = moves("小米集团-W收涨5.2%，报45.6港元。")
    assert has(found, {"subject": "Xiaomi", "change_pct": 5.2, "price": 45.6, "currency": "HKD"})


def test_share_word_merges_into_the_move():
    (fact,) = moves("恒生指数午间收报19612.48点，跌253点，跌幅1.27%。")
    assert (fact["points"], fact["change_pct"], fact["session"]) == (253.0, 1.27, "midday")


@pytest.mark.parametrize("text,expected", [
    ("半导体板块走弱。", {"kind": "sector_move", "subject": "semiconductors", "direction": "down"}),
    ("内房股普遍造好。", {"kind": "sector_move", "subject": "property", "direction": "up"}),
    ("稀土永磁板块爆发。", {"kind": "sector_move", "subject": "rare earths", "direction": "up"}),
    ("热门中概股盘前普涨。", {"kind": "sector_move", "subject": "Chinese ADRs", "direction": "up"}),
    ("舜宇光学科技涨停。", {"subject": "Sunny Optical Technology", "direction": "up"}),
    ("华虹半导体跌停。", {"subject": "Hua Hong Semiconductor", "direction": "down"}),
    ("恒指午后翻红。", {"subject": "Hang Seng Index", "direction": "up"}),
    ("上证指数收盘基本持平。", {"subject": "Shanghai Composite Index", "direction": "flat"}),
])
def test_moves_without_numbers(text, expected):
    assert has(moves(text), expected), moves(text)


def test_traditional_and_full_width():
    found = moves("恆生指數收跌１．２６％，報１９，８７０點；華虹半導體急挫７％。")
    assert has(found, {"subject": "Hang Seng Index", "change_pct": 1.26, "level": 19870.0})
    assert has(found, {"subject": "Hua Hong Semiconductor", "change_pct": 7.0})


@pytest.mark.parametrize("text,pct,qualifier", [
    ("老铺黄金今年以来累计跌逾三成。", 30.0, "more than"),
    ("泡泡玛特股价年内累计上涨逾一倍。", 100.0, "more than"),
    ("紫金矿业今年以来涨近两成。", 20.0, "nearly"),
])
def test_chinese_number_words(text, pct, qualifier):
    (fact,) = moves(text)
    assert (fact["change_pct"], fact["qualifier"]) == (pct, qualifier)


def test_headline_items_separated_by_spaces():
    found = moves("港股收评：恒指跌1.26% 恒生科技指数跌超2% 半导体股走弱")
    assert has(found, {"subject": "Hang Seng Index", "change_pct": 1.26})
    assert has(found, {"subject": "Hang Seng Tech Index", "change_pct": 2.0})
    assert has(found, {"kind": "sector_move", "subject": "semiconductors"})


def test_bracketed_headline_and_body_are_one_move():
    found = moves("【港股午评：恒指跌253点】恒生指数午间收报19612点，跌253点，跌幅1.27%。")
    assert len([f for f in found if f["subject"] == "Hang Seng Index"]) == 1


def test_signed_percent_in_a_bullet_list():
    found = moves("· 上证指数 3415.27，+0.56%\n· 创业板指 2245.80，-1.48%")
    assert has(found, {"subject": "Shanghai Composite Index", "direction": "up",
                       "change_pct": 0.56})
    assert has(found, {"subject": "ChiNext Index", "direction": "down", "change_pct": 1.48})


def test_stock_code_between_name_and_move():
    found = moves("蓝筹股中，华虹半导体(01347.HK)跌超7%，领跌蓝筹。")
    assert has(found, {"subject": "Hua Hong Semiconductor", "change_pct": 7.0})


def test_event_then_share_price():
    (fact,) = moves("美团公布季度业绩后股价大涨8%。")
    assert (fact["subject"], fact["change_pct"]) == ("Meituan", 8.0)


def test_the_stock_in_the_next_sentence():
    found = moves("贵州茅台公布三季报。今日该股收跌0.82%，报1412.30元。")
    assert has(found, {"subject": "Kweichow Moutai", "change_pct": 0.82, "price": 1412.3,
                       "currency": "CNY"})


def test_index_futures():
    (fact,) = moves("恒指夜期收报20080点，较日市收市升45点。")
    assert (fact["subject"], fact["points"], fact["level"]) == \
        ("Hang Seng Index futures", 45.0, 20080.0)


def test_unknown_company_only_when_clearly_a_move():
    found = moves("个股方面，星河微电子跌逾三成；某某光电(02999.HK)涨12%。")
    assert has(found, {"subject": "星河微电子", "change_pct": 30.0})
    assert has(found, {"subject": "某某光电", "change_pct": 12.0, "ticker": "02999.HK"})
    assert moves("市场情绪走弱。") == []


@pytest.mark.parametrize("text", [
    "中金公司预计恒指将跌至18000点。",  # a forecast, not a move
    "如果恒指跌破19000点，市场情绪或进一步转弱。",
    "恒指失守20000点关口。",  # a threshold, no number of the move
    "腾讯控股第三季度收入增长15%，净利润下降3%。",  # results, not the share price
    "小米集团将于下月涨价5%。",
    "内地房价同比下跌3%。",
    "恒指今年目标上调至22000点。",
    "恒指高开后回落。",  # two directions and no number: which one is the day's?
])
def test_no_move_when_unsure(text):
    assert moves(text) == [], moves(text)


def test_sessions():
    found = moves("恒指早盘低开后一度跌超2%，午后跌幅收窄，收跌0.8%。")
    assert has(found, {"change_pct": 2.0, "session": "morning"})
    assert has(found, {"change_pct": 0.8, "session": "close"})


def test_evidence_is_the_chinese_sentence():
    text = "港股收评。恒生科技指数跌超2%，华虹半导体跌超7%。成交额放大。"
    for fact in extract_facts_zh(text):
        assert fact.evidence == "恒生科技指数跌超2%，华虹半导体跌超7%。"
        assert text[fact.span[0]:fact.span[1]] == fact.evidence


def test_empty_and_bad_input():
    assert extract_facts_zh("") == []
    assert extract_facts_zh("今日天气晴朗。") == []
    with pytest.raises(ExtractError, match="expected text"):
        extract_facts_zh(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(ExtractError, match="over the"):
        extract_facts_zh("恒" * 5_000_001)


@pytest.mark.parametrize("chunk", ["恒指跌", "、", "华虹半导体", "1", "跌超", "(", "恒指、",
                                   "南向资金净买入", "中金公司认为", "跌1%，"])
def test_pathological_input_finishes(chunk):
    """Repeated fragments stress every pattern; linear code finishes in well under a second."""
    text = chunk * (60_000 // len(chunk))
    extract_facts_zh(text)
    extract_facts_zh(text.replace("、", "、\n", 50))


def test_the_mover_named_after_a_ranking_phrase():
    (fact,) = moves("恒指成份股中，涨幅最大的是小米集团，涨5.2%。")
    assert (fact["subject"], fact["change_pct"]) == ("Xiaomi", 5.2)


@pytest.mark.parametrize("text,currency", [
    ("中國移動升0.5%，收報80.95元。", "HKD"),
    ("贵州茅台跌1.6%，报1480.00元。", "CNY"),
    ("台積電下跌1.5%，收1,050元。", "TWD"),
])
def test_a_bare_yuan_is_the_currency_of_the_stocks_market(text, currency):
    (fact,) = moves(text)
    assert fact["currency"] == currency


def test_comparison_and_since_words_between_name_and_move():
    assert has(moves("恒生指数较年内高位已回落逾10%。"),
               {"direction": "down", "change_pct": 10.0, "qualifier": "more than"})
    assert has(moves("中芯国际近一个月累计跌幅已超两成。"),
               {"subject": "SMIC", "change_pct": 20.0, "qualifier": "more than"})


def test_user_lexicon_file_adds_chinese_names(tmp_path):
    from briefing.extract import load_lexicon

    path = tmp_path / "mine.tsv"
    path.write_text("canonical\tticker\tmarket\taliases\tzh\n"
                    "Zorblax Widgets\t9999.HK\tHK\tZorblax\t佐布拉克|佐佈拉克\n", encoding="utf-8")
    found = extract_facts_zh("佐佈拉克急升12%。", lexicon=load_lexicon([path]))
    assert [(f.subject, f.ticker, f.change_pct) for f in found] == \
        [("Zorblax Widgets", "9999.HK", 12.0)]


def test_headline_round_figure_is_the_bodys_move():
    found = moves("港股收评：恒指跌超1% 科指跌近3%。截至收盘，恒生指数跌1.26%，恒生科技指数跌2.81%。")
    assert [(f["subject"], f["change_pct"]) for f in found] == \
        [("Hang Seng Index", 1.26), ("Hang Seng Tech Index", 2.81)]


def test_latin_names_in_chinese_text():
    found = moves("美股科技股走强，Meta涨3.2%，NVDA涨超4%。")
    assert has(found, {"subject": "Meta Platforms", "change_pct": 3.2})
    assert has(found, {"subject": "Nvidia", "change_pct": 4.0, "qualifier": "more than"})
