"""Chinese extraction: analyst views in English, capital flows and macro data points."""

from __future__ import annotations

import pytest

from briefing.extract.zh import extract_facts_zh
from briefing.extract.zh.views import UNKNOWN_VIEW


def of_kind(text: str, kind: str) -> list:
    found = [f for f in extract_facts_zh(text) if f.kind == kind]
    for fact in found:
        assert text[fact.span[0]:fact.span[1]] == fact.evidence
    return found


@pytest.mark.parametrize("text,source,view,stance", [
    ("中金公司认为，港股中期底部或正在形成。", "CICC", "a bottom is forming", "bullish"),
    ("中信建投证券研报称，A股市场有望逐步筑底。", "CSC Financial", "a bottom is forming",
     "bullish"),
    ("华泰证券指出，看好港股市场。", "Huatai Securities", "positive on Hong Kong stocks",
     "bullish"),
    ("中金公司維持騰訊控股「跑贏行業」評級。", "CICC",
     "maintained its outperform rating on Tencent Holdings", "bullish"),
    ("中信证券表示，对短期市场保持谨慎。", "CITIC Securities", "cautious", "bearish"),
    ("高盛将小米集团目标价由55港元上调至62港元。", "Goldman Sachs",
     "raised its target price on Xiaomi to HK$62", "bullish"),
    ("花旗下调华虹半导体目标价至28港元。", "Citi",
     "cut its target price on Hua Hong Semiconductor to HK$28", "bearish"),
])
def test_views_from_the_phrase_table(text, source, view, stance):
    (fact,) = of_kind(text, "analyst_view")
    assert (fact.source, fact.view, fact.stance) == (source, view, stance)


@pytest.mark.parametrize("text,subject", [
    ("高盛将小米集团目标价由55港元上调至62港元。", "Xiaomi"),
    ("华泰证券指出，看好港股市场。", "Hong Kong stocks"),
    ("大摩将中国股票评级上调至“增持”。", "Chinese stocks"),
    ("中信证券表示，对短期市场保持谨慎。", "CITIC Securities"),  # on nothing named
])
def test_a_view_is_about_what_it_names_after_its_verb(text, subject):
    assert [f.subject for f in of_kind(text, "analyst_view")] == [subject]


def test_a_view_the_table_does_not_know_is_marked_not_guessed():
    (fact,) = of_kind("中金公司认为，消费板块的结构性分化将延续至明年上半年。", "analyst_view")
    assert fact.view == UNKNOWN_VIEW
    assert fact.source == "CICC"


def test_rating_and_target_in_one_view():
    (fact,) = of_kind("中信建投证券研报称，维持腾讯控股买入评级，上调目标价至520港元。",
                      "analyst_view")
    assert fact.view == ("maintained its buy rating on Tencent Holdings; "
                         "raised its target price on Tencent Holdings to HK$520")


def test_downgrade_in_traditional_characters():
    (fact,) = of_kind("里昂則調降聯電評級至「賣出」。", "analyst_view")
    assert fact.view.startswith("downgraded") and fact.view.endswith("to sell")
    assert fact.stance == "bearish"


def test_no_view_without_a_named_firm():
    assert of_kind("市场人士认为，港股或维持震荡格局。", "analyst_view") == []


@pytest.mark.parametrize("text,subject,direction,amount,currency", [
    ("南向资金净流入38亿港元。", "southbound", "in", "HK$3.8 billion", "HKD"),
    ("南向资金今日全天净买入52.36亿港元。", "southbound", "in", "HK$5.236 billion", "HKD"),
    ("北向资金净卖出42.6亿元。", "northbound", "out", "4.26 billion yuan", "CNY"),
    ("北水淨賣出21.4億港元。", "southbound", "out", "HK$2.14 billion", "HKD"),
    ("主力资金净流出612.4亿元。", "main-force funds", "out", "61.24 billion yuan", "CNY"),
    # the amount comes with a second naming of the same flow, or after a colon
    ("北水連續第五日淨流入，全日經港股通淨買入52.3億港元。", "southbound", "in", "HK$5.23 billion",
     "HKD"),
    ("港股通半日淨賣出：12.6億港元", "southbound", "out", "HK$1.26 billion", "HKD"),
])
def test_capital_flows(text, subject, direction, amount, currency):
    (fact,) = of_kind(text, "capital_flow")
    assert (fact.subject, fact.direction, fact.amount, fact.currency) == \
        (subject, direction, amount, currency)


def test_flow_without_amount():
    (fact,) = of_kind("北向资金午后转为净卖出。", "capital_flow")
    assert (fact.subject, fact.direction, fact.amount) == ("northbound", "out", None)


def test_a_sectors_inflow_is_the_sectors_not_the_funds():
    (fact,) = of_kind("银行板块获主力资金净流入12.3亿元。", "capital_flow")
    assert (fact.subject, fact.direction, fact.amount) == ("banks", "in", "1.23 billion yuan")


@pytest.mark.parametrize("text,expected", [
    ("北水淨買入52.3億港元，其中淨買入盈富基金逾10億元，淨賣出美團約3.2億元。",
     [("southbound", "in", "HK$5.23 billion"),
      ("Tracker Fund of Hong Kong", "in", "more than HK$1 billion"),
      ("Meituan", "out", "about HK$320 million")]),
    ("个股方面，中兴通讯遭主力净卖出9.8亿元。", [("ZTE Corp", "out", "980 million yuan")]),
    ("其中电子行业净流出超80亿元居首。", [("electronics", "out", "more than 8 billion yuan")]),
    ("北向资金净买入宁德时代。", [("northbound", "in", None)]),  # no amount: the fund's only
])
def test_flows_of_named_stocks_funds_and_sectors(text, expected):
    found = of_kind(text, "capital_flow")
    assert [(f.subject, f.direction, f.amount) for f in found] == expected


@pytest.mark.parametrize("text,subject,direction,change_pct,level,points", [
    ("国家统计局公布，10月CPI同比上涨0.3%。", "CPI", "up", 0.3, None, None),
    ("10月份居民消费价格指数(CPI)同比上涨0.2%。", "CPI", "up", 0.2, None, None),
    ("11月制造业PMI为49.8%，比上月上升0.6个百分点。", "PMI", "up", None, 49.8, None),
    ("一年期LPR下调10个基点至3.0%。", "interest rate", "down", None, 3.0, 10.0),
    ("美国10年期国债孳息率升至4.45%。", "bond yield", "up", None, 4.45, None),
])
def test_macro(text, subject, direction, change_pct, level, points):
    (fact,) = of_kind(text, "macro")
    assert (fact.subject, fact.direction, fact.change_pct, fact.level, fact.points) == \
        (subject, direction, change_pct, level, points)


def test_macro_second_clause_of_the_same_indicator():
    found = of_kind("10月CPI同比上涨0.2%，环比下降0.3%。", "macro")
    assert [(f.direction, f.change_pct) for f in found] == [("up", 0.2), ("down", 0.3)]


def test_macro_unchanged():
    (fact,) = of_kind("1年期LPR为3.0%，与上月持平。", "macro")
    assert (fact.level, fact.direction) == (3.0, "flat")


def test_export_controls_are_not_export_data():
    assert of_kind("美国收紧芯片出口管制，华虹半导体跌7%。", "macro") == []


def test_taiwan_flow_in_new_taiwan_dollars():
    (fact,) = of_kind("外資今日賣超台股120億元。", "capital_flow")
    assert (fact.subject, fact.direction, fact.amount, fact.currency) == \
        ("foreign investors", "out", "NT$12 billion", "TWD")


def test_amount_in_number_words_keeps_its_qualifier():
    (fact,) = of_kind("南向资金今日净买入超百亿港元。", "capital_flow")
    assert fact.amount == "more than HK$10 billion"


def test_a_firm_announcing_something_is_no_view():
    assert of_kind("中金公司将于下周发布年度展望报告。", "analyst_view") == []


@pytest.mark.parametrize("text,view,stance", [
    ("中信建投证券研报则称，港股或维持震荡格局。", "range-bound", "neutral"),
    ("摩根士丹利看淡内房股。", "negative on property stocks", "bearish"),
    ("华泰证券认为，港股有望迎来技术性反弹。", "a rebound is likely", "bullish"),
    ("野村表示，A股短期或面临回调压力。", "a pullback is likely", "bearish"),
    ("花旗给予泡泡玛特买入评级，目标价300港元。",
     "assigned a buy rating on Pop Mart; a target price of HK$300", "bullish"),
])
def test_more_view_phrases(text, view, stance):
    (fact,) = of_kind(text, "analyst_view")
    assert (fact.view, fact.stance) == (view, stance)
