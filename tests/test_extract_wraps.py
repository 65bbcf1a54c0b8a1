"""Phrasings of close wraps found while reading wire copy: each case one line of a report."""

from __future__ import annotations

import pytest

from briefing.extract import extract_facts


def moves(text: str) -> list[tuple]:
    return [(f.kind, f.subject, f.direction, f.change_pct, f.level)
            for f in extract_facts(text) if f.kind.endswith("_move")]


@pytest.mark.parametrize("text, expected", [
    ("The Hang Seng Index pared losses to close 0.2% lower at 25,830.65.",
     [("index_move", "Hang Seng Index", "down", 0.2, 25830.65)]),
    ("The Hang Seng Index reversed early losses to end 0.5% higher.",
     [("index_move", "Hang Seng Index", "up", 0.5, None)]),
    ("Tencent pared gains to close up 0.3%.",
     [("stock_move", "Tencent Holdings", "up", 0.3, None)]),
    ("The Kospi closed down 27.45 points, or 0.7%, at 3,910.41.",
     [("index_move", "Kospi", "down", 0.7, 3910.41)]),
])
def test_closing_clauses(text, expected):
    assert moves(text) == expected


@pytest.mark.parametrize("text", [
    "U.S. stocks rallied on Wednesday.",
    "U.S. stocks fell 1.2% on Friday.",
    "EM stocks fell 2%.",
    "World stocks rose 0.6%.",
    "Goldman Sachs expects the S&P 500 to rise 10% by year-end.",
    "Alibaba's revenue rose 5% to 247.8 billion yuan.",
    "NIO delivered 40,397 vehicles in October, up 92.6% from a year earlier.",
])
def test_markets_places_and_company_data_are_not_stock_moves(text):
    assert moves(text) == []


@pytest.mark.parametrize("text, session", [
    ("The Shanghai Composite ended the morning session up 0.3%.", "morning"),
    ("The Topix ended 0.4% higher.", "close"),
    ("The Nikkei rose 1% in morning trade.", "morning"),
])
def test_a_named_session_outranks_a_closing_verb(text, session):
    assert [f.session for f in extract_facts(text)] == [session]


@pytest.mark.parametrize("text, expected", [
    ("• DAX: 23,104.6 (+0.7%; week -1.1%)",
     [("DAX", "up", 0.7, False), ("DAX", "down", 1.1, True)]),
    ("Sensex 81,220.4 | Week: -0.8% | YTD: +3.9%",
     [("BSE Sensex", "down", 0.8, True), ("BSE Sensex", "up", 3.9, True)]),
    ("• Taiex 22,614.3 (+0.3%; Oct +6.2%)",
     [("Taiex", "up", 0.3, False), ("Taiex", "up", 6.2, True)]),
    ("Hang Seng Index 25,410.2 | Aug -2.4% | YTD +26.7%",
     [("Hang Seng Index", "down", 2.4, True), ("Hang Seng Index", "up", 26.7, True)]),
])
def test_a_quote_lines_period_column_is_its_names_move_over_the_period(text, expected):
    from briefing.extract.moves import multi_day
    facts = extract_facts(text)
    assert [(f.subject, f.direction, f.change_pct, multi_day(f)) for f in facts] == expected


@pytest.mark.parametrize("text", [
    "Week: +0.9%\nYTD: -2.0%",  # a label is never a name
    "Month: -1.4%",
])
def test_a_period_label_alone_is_no_subject(text):
    assert extract_facts(text) == []


def test_a_date_before_a_figure_is_no_period():
    from briefing.extract.moves import multi_day
    facts = extract_facts("Nov 28: Kospi -1.2%")
    assert [(f.subject, f.change_pct, multi_day(f)) for f in facts] == [("Kospi", 1.2, False)]


def test_a_data_rows_prior_month_is_no_move():
    facts = extract_facts("- Industrial output: +6.1% (Sep: +5.2%)")
    assert [f for f in facts if f.kind.endswith("_move")] == []


@pytest.mark.parametrize("text, expected", [
    ("Shenzhen close:\nChiNext -1.4%\nLeaders: liquor, insurers\nLaggards: chipmakers, robotics",
     [("liquor", "up"), ("insurance", "up"), ("semiconductors", "down"), ("robotics", "down")]),
    ("- Outperformers: utilities and real estate\n- Underperformers: tech",
     [("utilities", "up"), ("property", "up"), ("technology", "down")]),
    ("Best sectors: oil & gas, steel stocks.", [("energy", "up"), ("materials", "up")]),
    ("Worst performers: airlines; shipping", [("consumer", "down"), ("shipping", "down")]),
])
def test_a_labelled_line_of_bare_sectors_moves_each_its_labels_way(text, expected):
    facts = [f for f in extract_facts(text) if f.kind == "sector_move"]
    assert [(f.subject, f.direction) for f in facts] == expected


@pytest.mark.parametrize("text", [
    "Gainers: gold, silver",  # a commodities wrap's metals, not their miners
    "Leaders: Ping An, banks",  # a name in the list: not a sectors-only line
    "Laggards: banks were hit by the rate decision",  # prose after the label
    "Leaders at the summit: energy, trade",  # no direction label
    "Top sectors: financials 31%, technology 22%",  # a fund factsheet's weights
])
def test_a_label_line_that_is_not_bare_sectors_gives_no_sector_move(text):
    assert [f for f in extract_facts(text) if f.kind == "sector_move"] == []


def test_a_labelled_sector_with_its_figure_is_one_move():
    facts = [f for f in extract_facts("Top sectors: banks +1.4%, metals +0.9%")
             if f.kind == "sector_move"]
    assert [(f.subject, f.direction, f.change_pct) for f in facts] == \
        [("banks", "up", 1.4), ("materials", "up", 0.9)]


def test_a_labelled_line_of_sectors_takes_their_figures():
    facts = [f for f in extract_facts("- Laggards: tech -1.7%, real estate (0.8%)")
             if f.kind == "sector_move"]
    assert [(f.subject, f.direction, f.change_pct) for f in facts] == \
        [("technology", "down", 1.7), ("property", "down", 0.8)]


def test_a_sign_against_its_label_keeps_the_signs_way():
    facts = [f for f in extract_facts("Laggards: utilities +0.6%, telecoms -0.4%")
             if f.kind == "sector_move"]
    assert sorted((f.subject, f.direction, f.change_pct) for f in facts) == \
        [("telecoms", "down", 0.4), ("utilities", "up", 0.6)]


@pytest.mark.parametrize("text, expected", [
    ("- Leading: banks +1.2%, insurers +0.7%\n- Lagging: autos -0.9%, chemicals -0.5%",
     [("banks", "up", 1.2), ("insurance", "up", 0.7), ("auto", "down", 0.9),
      ("materials", "down", 0.5)]),
    ("Outperforming: energy, utilities\nUnderperforming: tech",
     [("energy", "up", None), ("utilities", "up", None), ("technology", "down", None)]),
    ("Weak spots: property and airlines", [("property", "down", None),
                                           ("consumer", "down", None)]),
])
def test_a_scorecards_participle_or_spot_label_moves_its_sectors(text, expected):
    facts = [f for f in extract_facts(text) if f.kind == "sector_move"]
    assert [(f.subject, f.direction, f.change_pct) for f in facts] == expected


@pytest.mark.parametrize("text, expected", [
    ("• Gainers: brokers (CITIC Securities +3.1%), insurers (Ping An +2.0%, AIA +1.4%)",
     [("brokerage", "up"), ("insurance", "up")]),
    ("- Bright spot: miners (BHP +1.9%)", [("mining", "up")]),
    ("Laggards: property (Longfor -4.0%) and chip names (SMIC -2.5%)",
     [("property", "down"), ("semiconductors", "down")]),
])
def test_a_labelled_sector_with_its_members_in_brackets_moves_the_labels_way(text, expected):
    facts = [f for f in extract_facts(text) if f.kind == "sector_move"]
    assert [(f.subject, f.direction) for f in facts] == expected
    assert all(f.change_pct is None for f in facts)  # the bracket's figures are the members'


@pytest.mark.parametrize("text", [
    "Winners: banks (HSBC -1.1%)",  # a member against the label: not the list it seems
    "Lagging: Tencent -2%, Meituan -3%",  # names, no sectors
    "- Drags: energy costs weighed on margins",  # prose after the label
    "▲ Tech Mahindra +1.2%",  # a company's row, not the tech sector's
])
def test_a_near_miss_of_a_sector_scorecard_gives_no_sector_move(text):
    assert [f for f in extract_facts(text) if f.kind == "sector_move"] == []


def test_a_rows_arrow_opens_a_line_of_a_bare_sector_and_its_figure():
    facts = [f for f in extract_facts("Sectors at the close\n▲ Banks +0.8%\n▼ Tech -1.4% "
                                      "(Atlassian -3.2%)") if f.kind == "sector_move"]
    assert [(f.subject, f.direction, f.change_pct) for f in facts] == \
        [("banks", "up", 0.8), ("technology", "down", 1.4)]
