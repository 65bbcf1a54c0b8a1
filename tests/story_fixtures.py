"""Hand-written stories for compose and render tests: no extractor needed."""

from __future__ import annotations

from briefing.models import Article, Fact, Story, StoryFact

URL = "https://news.example.com/markets/hk-tech-close"


def fact(kind, subject, evidence, **fields):
    return Fact(kind=kind, subject=subject, evidence=evidence, span=[0, len(evidence)], **fields)


def hk_selloff(title: str = "Hong Kong tech stocks slide") -> Story:
    article = Article(url=URL, title=title, text="...", source="Harbour Wire", credit="Harbour Wire",
                      published="2026-11-24T08:35:00+00:00")
    facts = [
        fact("index_move", "Hang Seng Tech Index",
             "The Hang Seng Tech Index dropped more than 2% in afternoon trading on Tuesday.",
             direction="down", change_pct=2.0, qualifier="more than", session="afternoon"),
        fact("stock_move", "Hua Hong Semiconductor", "Hua Hong Semiconductor plunged over 7%.",
             direction="down", change_pct=7.0, qualifier="more than", ticker="1347.HK"),
        fact("stock_move", "SMIC", "SMIC slid 4.6% to HK$58.20.", direction="down",
             change_pct=4.6, price=58.2, currency="HKD"),
        fact("analyst_view", None, "CICC said a mid-term bottom may be forming.",
             source="CICC", stance="bullish", view="a mid-term bottom may be forming"),
        fact("capital_flow", "southbound flows",
             "Mainland investors bought a net HK$5.2 billion of Hong Kong shares.",
             direction="in", amount="HK$5.2 billion", currency="HKD"),
    ]
    return Story(id="2026-11-24-hang-seng-tech-index", date="2026-11-24", articles=[article],
                 facts=[StoryFact(f, URL, "Harbour Wire") for f in facts])
