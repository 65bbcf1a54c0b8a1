"""The guard: numbers and names of a post against the facts of its story."""

from __future__ import annotations

import dataclasses

import pytest

from briefing.compose import Playbook, compose_post
from briefing.compose.guard import check_post, read_claims
from briefing.config import Settings
from briefing.extract.lexicon import Entry, Lexicon
from briefing.models import Article, Post, Section, Story, StoryFact, Take
from story_fixtures import URL, fact, hk_selloff

LEXICON = Lexicon([
    Entry("Hang Seng Tech Index", "index", aliases=["HSTECH", "Hang Seng Tech"]),
    Entry("Hang Seng Index", "index", aliases=["Hang Seng"]),
    Entry("Hua Hong Semiconductor", "company", ticker="1347.HK", aliases=["Hua Hong"]),
    Entry("SMIC", "company", ticker="0981.HK", aliases=["Semiconductor Manufacturing International"]),
    Entry("Tencent Holdings", "company", ticker="0700.HK", aliases=["Tencent"]),
    Entry("China International Capital Corporation", "firm", aliases=["CICC"]),
    Entry("Goldman Sachs", "firm", aliases=["Goldman"]),
])


def post_saying(text: str) -> Post:
    """A post whose only text is one paragraph (headline fields left neutral)."""
    return Post(slug="s", date="2026-11-24", title="Markets", dek="A Day in Hong Kong",
                lead=[text], key_facts=[], sections=[],
                take=Take(why_it_matters="It matters.", risks="Risks remain.", advice="Be careful."),
                credits=[], story_id="s")


def problems(text: str, story: Story | None = None) -> list[str]:
    return [v.text for v in check_post(post_saying(text), story or hk_selloff(), LEXICON)]


def story_with(*facts) -> Story:
    article = Article(url=URL, title="t", text="...", source="Harbour Wire")
    return Story(id="s", date="2026-11-24", articles=[article],
                 facts=[StoryFact(f, URL, "Harbour Wire") for f in facts])


# Facts: index more than 2%, Hua Hong more than 7%, SMIC 4.6% to HK$58.20,
# CICC bullish view, southbound net buying of HK$5.2 billion.
@pytest.mark.parametrize("text, bad", [
    # as stated
    ("The Hang Seng Tech Index fell more than 2%.", []),
    ("SMIC slid 4.6% to HK$58.20.", []),
    ("SMIC slid 4.60% to HK$58.2.", []),
    ("Southbound investors bought a net HK$5.2 billion.", []),
    ("Southbound investors bought a net HK$5.2bn.", []),
    ("Southbound investors bought a net HK$5,200 million.", []),
    # the fact's own qualifier, in other words
    ("Hua Hong plunged over 7%.", []),
    ("Hua Hong Semiconductor plunged in excess of 7%.", []),
    # dropping "more than" keeps the floor the source gave
    ("The index dropped 2%.", []),
    # rounding: a rounded figure needs a qualifier that makes it true
    ("SMIC slid 5%.", ["5%"]),
    ("SMIC slid about 5%.", []),
    ("SMIC slid nearly 5%.", []),
    ("SMIC slid more than 4%.", []),
    ("SMIC slid more than 5%.", ["more than 5%"]),
    ("SMIC slid less than 5%.", []),
    ("SMIC slid 4.5%.", ["4.5%"]),
    # a qualified fact supports only its own qualifier
    ("Hua Hong plunged about 7%.", ["about 7%"]),
    ("Hua Hong plunged nearly 7%.", ["nearly 7%"]),
    ("Hua Hong plunged 8%.", ["8%"]),
    # units and currencies must agree
    ("SMIC slid 4.6 points.", ["4.6 points"]),
    ("SMIC closed at US$58.20.", ["US$58.20"]),
    ("SMIC closed at 58.20.", []),
    ("Southbound investors bought a net HK$5.3 billion.", ["HK$5.3 billion"]),
    # invented figures
    ("Hua Hong rose 50% on the news.", ["50%"]),
    ("Turnover reached HK$120 billion.", ["HK$120 billion"]),
    ("Some 37 stocks fell.", ["Some 37"]),
    # number words before a unit are numbers too
    ("Hua Hong plunged more than seven percent.", []),
    ("Hua Hong rose fifty percent.", ["fifty percent"]),
    ("Half a percentage point is nothing.", ["Half a percentage point"]),
    ("At one point the selling eased.", []),
    # numbers that are part of words or the story's date are not claims
    ("Q3 results and 5G rollouts matter in 2026.", []),
])
def test_numbers(text, bad):
    assert problems(text) == bad


@pytest.mark.parametrize("text, bad", [
    ("Hua Hong and SMIC led the decline.", []),
    ("CICC sees a bottom; China International Capital Corporation agrees.", []),
    ("The HSTECH fell.", []),
    ("Tencent is the one to buy.", ["Tencent"]),
    ("Tencent-backed names held up.", ["Tencent"]),
    ("Hua Hong-led selling spread.", []),
    ("Goldman turned cautious.", ["Goldman"]),
    ("The Hang Seng also slipped.", ["Hang Seng"]),
    ("Investors dumped Acme Robotics Holdings.", ["Acme Robotics Holdings"]),
    ("Meanwhile Harbour Wire reported the flows.", []),
    ("Shares of 0700.HK fell.", ["0700.HK"]),
    ("Shares of 9999.HK fell.", ["9999.HK"]),
    ("Shares of 1347.HK fell.", []),  # the lexicon knows it as Hua Hong's
])
def test_names(text, bad):
    story = hk_selloff()
    story.facts[1].fact.ticker = None
    assert problems(text, story) == bad


def test_ticker_of_a_fact_is_a_name_not_a_number():
    assert problems("Hua Hong (1347.HK) plunged over 7%.") == []


@pytest.mark.parametrize("field, value, expected", [
    ("range", [5.0, 7.0], {"5%": True, "7%": True, "up to 7%": True, "6%": False}),
    ("points", 120.5, {"120.5 points": True, "about 120 points": True, "121 points": False}),
    ("level", 25120.3, {"25,120.3": True, "about 25,000": True, "25,120": False}),
])
def test_fact_fields(field, value, expected):
    story = story_with(fact("index_move", "Hang Seng Index", "The Hang Seng Index moved.",
                            direction="down", **{field: value}))
    for text, ok in expected.items():
        assert (problems(f"The Hang Seng Index moved {text}.", story) == []) is ok, text


def test_a_london_price_in_pence_is_never_written_in_pounds():
    story = story_with(fact("stock_move", "Tencent Holdings", "Tencent rose 2.6% to 455p.",
                            direction="up", change_pct=2.6, price=455.0, currency="GBX"))
    assert problems("Tencent climbed 2.6% to 455.00 pence.", story) == []
    assert problems("Tencent climbed 2.6% to £455.00.", story) == ["£455.00"]


def test_numbers_written_in_the_evidence_are_supported_as_written():
    story = story_with(fact("macro", "breadth", "Decliners beat advancers by 412 to 88.",
                            view="decliners beat advancers"))
    assert problems("Decliners beat advancers 412 to 88.", story) == []
    assert problems("Decliners beat advancers 400 to 88.", story) == ["400"]


def test_chinese_evidence_supports_the_english_figure():
    story = story_with(fact("capital_flow", "southbound", "南向资金净买入52亿港元。",
                            direction="in", amount="52亿港元", currency="HKD"))
    assert problems("Southbound buying reached HK$5.2 billion.", story) == []


def test_merged_facts_from_other_articles_count():
    story = hk_selloff()
    other = StoryFact(fact("stock_move", "SMIC", "SMIC lost 4.7%.", direction="down",
                           change_pct=4.7), "https://other.example.com/a", "Other Wire")
    story.facts[2].others.append(other)
    story.facts[2].conflict = True
    assert problems("SMIC lost 4.7%, or 4.6% by another count.", story) == []


def test_violations_name_the_field_and_the_facts():
    post = post_saying("Fine.")
    post.sections = [Section("Moves", ["Intro.", "Hua Hong rose 50%."])]
    (v,) = check_post(post, hk_selloff(), LEXICON)
    assert v.where == "sections[0].paragraphs[1]" and v.kind == "percent"
    assert "more than 7%" in v.reason and "4.6%" in v.reason
    assert str(v).startswith("sections[0].paragraphs[1]: percent '50%'")


def test_headlines_are_checked_for_numbers_and_lexicon_names():
    post = dataclasses.replace(post_saying("Fine."), title="Tencent Jumps 9%")
    assert [v.text for v in check_post(post, hk_selloff(), LEXICON)] == ["Tencent", "9%"]


def test_rules_writer_posts_pass():
    story = hk_selloff()
    post = compose_post(story, Settings(), Playbook.load())
    assert check_post(post, story, LEXICON) == []


def test_read_claims_units():
    claims = {c.text: (c.unit, c.value, c.currency) for c, _, _ in
              read_claims("up 2.5%, 120 points, HK$58.20, US$3 billion, 58.20 yuan, 25 bps")}
    assert claims == {"2.5%": ("pct", 2.5, None), "120 points": ("points", 120.0, None),
                      "HK$58.20": ("money", 58.2, "HKD"),
                      "US$3 billion": ("money", 3e9, "USD"),
                      "58.20 yuan": ("money", 58.2, "CNY"), "25 bps": ("bp", 25.0, None)}


RULES_CASES = {
    "range and level": [fact("index_move", "Nikkei 225", "The Nikkei 225 fell 1% to 2% to 38,120.55.",
                             direction="down", range=[1.0, 2.0], level=38120.55)],
    "points only": [fact("index_move", "Hang Seng Index", "The Hang Seng Index lost 312.4 points.",
                         direction="down", points=312.4)],
    "up to a level": [fact("index_move", "Hang Seng Index", "The Hang Seng Index rose to 25,120.",
                           direction="up", level=25120.0)],
    "prices in many currencies": [
        fact("stock_move", "Toyota", "Toyota rose 1.2% to 2,870 yen.", direction="up",
             change_pct=1.2, price=2870.0, currency="JPY"),
        fact("stock_move", "Kweichow Moutai", "Moutai slid 3.1% to 1,450.5 yuan.",
             direction="down", change_pct=3.1, price=1450.5, currency="CNY"),
        fact("stock_move", "Nvidia", "Nvidia climbed 2.25% to $141.", direction="up",
             change_pct=2.25, price=141.0, currency="USD")],
    "qualifiers": [
        fact("stock_move", "Xiaomi", "Xiaomi jumped nearly 5%.", direction="up", change_pct=5.0,
             qualifier="nearly"),
        fact("stock_move", "Meituan", "Meituan rose as much as 6%.", direction="up",
             change_pct=6.0, qualifier="up to"),
        fact("stock_move", "JD.com", "JD.com fell about 1.5%.", direction="down", change_pct=1.5,
             qualifier="about")],
    "flows and views with numbers": [
        fact("capital_flow", "northbound", "Foreign investors sold a net 8.1 billion yuan.",
             direction="out", amount="8.1 billion yuan", currency="CNY"),
        fact("analyst_view", None, "Goldman sees the index at 30,000 by end-2027.",
             source="Goldman Sachs", stance="bullish", view="the index could reach 30,000 by end-2027")],
}


@pytest.mark.parametrize("name", RULES_CASES)
def test_rules_writer_posts_pass_for_every_kind_of_fact(name):
    story = story_with(*RULES_CASES[name])
    post = compose_post(story, Settings(), Playbook.load())
    assert check_post(post, story, LEXICON) == []
