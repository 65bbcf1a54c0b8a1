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
