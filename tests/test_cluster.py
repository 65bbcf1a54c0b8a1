"""Stories from the fixture days: groups, copies, merged facts, conflicts, order, selection."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from briefing.cluster import (
    group_stories,
    lead_fact,
    select_for_briefing,
    story_summary,
    summary_lines,
    words,
)
from briefing.config import StoriesSettings
from briefing.extract import extract_facts
from briefing.merge import agree, merge_facts
from briefing.models import Article, Fact, Story

DAYS = Path(__file__).parent / "data" / "cluster" / "days.json"
T1_URL = "https://harbourwire.example/markets/2026/11/24/hk-tech-slide"
COPY_URL = "https://pacificdaily.example/business/markets/hk-tech-slide-chipmakers"
T4_URL = "https://lionrock.example/news/chip-curbs-hit-hk-tech"


def load_days() -> list[tuple[Article, list[Fact], str]]:
    """The fixture articles with their hand-given facts (spans found from the evidence)."""
    items = []
    for row in json.loads(DAYS.read_text(encoding="utf-8")):
        text = row["text"]
        facts = [Fact(span=[text.index(f["evidence"]), text.index(f["evidence"]) + len(f["evidence"])],
                      **f) for f in row["facts"]]
        article = Article(url=row["url"], title=row["title"], text=text, source=row["source"],
                          published=row["published"], from_summary=row.get("from_summary", False))
        items.append((article, facts, row["event"]))
    return items


@pytest.fixture(scope="module")
def days():
    return load_days()


@pytest.fixture(scope="module")
def stories(days):
    return group_stories([(a, f) for a, f, _ in days])


def events_of(stories: list[Story], days) -> list[set[str]]:
    event = {id(a): e for a, _, e in days}
    return [{event[id(a)] for a in s.articles} for s in stories]


def by_event(stories, days, name: str) -> Story:
    return next(s for s, found in zip(stories, events_of(stories, days), strict=True)
                if found == {name})


def fact(story: Story, kind: str, subject: str):
    return next(f for f in story.facts if f.fact.kind == kind and f.fact.subject == subject)


def test_each_event_is_one_story(stories, days):
    assert sorted(sorted(e) for e in events_of(stories, days)) == [
        ["E1"], ["E2"], ["E3"], ["E4"], ["E5"], ["E6"], ["E7"]]


def test_copies_and_old_versions_are_removed_the_newest_wins(stories, days):
    e1 = by_event(stories, days, "E1")
    assert [(a.url, a.published) for a in e1.articles] == [
        (T4_URL, "2026-11-24T09:20:00+00:00"), (T1_URL, "2026-11-24T10:20:00+00:00")]
    assert COPY_URL not in {f.article_url for item in e1.facts for f in (item, *item.others)}


def test_merged_fact_keeps_every_sources_figure_and_marks_the_conflict(stories, days):
    tech = fact(by_event(stories, days, "E1"), "index_move", "Hang Seng Tech Index")
    tellings = [(t.source_name, t.fact.change_pct, t.fact.evidence) for t in (tech, *tech.others)]
    assert tech.conflict
    assert sorted(t[:2] for t in tellings) == [("Harbour Wire", 2.3), ("Lion Rock Markets", 2.5)]
    assert all(t[2].startswith("The Hang Seng Tech Index") for t in tellings)


def test_consistent_tellings_merge_without_conflict(stories, days):
    e1 = by_event(stories, days, "E1")
    hua_hong = fact(e1, "stock_move", "Hua Hong Semiconductor")  # "more than 7%" and 7.2%
    hsi = fact(e1, "index_move", "Hang Seng Index")  # 1.4% both; one adds the level
    assert not hua_hong.conflict and not hsi.conflict
    assert {t.source_name for t in (hsi, *hsi.others)} == {"Harbour Wire", "Lion Rock Markets"}
    assert 18305.12 in {t.fact.level for t in (hsi, *hsi.others)}


def test_the_update_adds_its_new_fact(stories, days):
    flow = fact(by_event(stories, days, "E1"), "capital_flow", "southbound flows")
    assert (flow.fact.amount, flow.source_name, flow.others) == ("HK$5.2 billion", "Harbour Wire", [])


def test_the_same_index_on_other_days_is_another_story(stories, days):
    dates = {e: by_event(stories, days, e).date for e in ("E1", "E2", "E3")}
    assert dates == {"E2": "2026-11-23", "E1": "2026-11-24", "E3": "2026-11-25"}


def test_a_story_across_midnight_keeps_its_first_day(stories, days):
    us = by_event(stories, days, "E7")
    assert (us.id, len(us.articles)) == ("2026-11-23-s-p-500", 2)


def test_an_event_only_in_a_headline_is_its_own_story(stories, days):
    samsung = by_event(stories, days, "E5")
    assert samsung.id == "2026-11-24-samsung-electronics"
    assert [f.fact.change_pct for f in samsung.facts] == [5.0]


def test_stories_best_first(stories, days):
    order = [min(e) for e in events_of(stories, days)]
    assert order == ["E1", "E3", "E2", "E4", "E7", "E5", "E6"]
    assert [s.score for s in stories] == sorted((s.score for s in stories), reverse=True)


def test_ids_survive_reruns_with_more_reports_in_any_order(stories, days):
    early = [(a, f) for a, f, _ in days if a.published < "2026-11-24T09:00:00"]
    first_ids = {s.id for s in group_stories(early)}
    assert "2026-11-24-hang-seng-tech-index" in first_ids
    assert first_ids <= {s.id for s in stories}
    shuffled = [(a, f) for a, f, _ in days]
    random.Random(5).shuffle(shuffled)
    assert [(s.id, s.score) for s in group_stories(shuffled)] == [(s.id, s.score) for s in stories]


def test_interests_raise_a_story(days):
    settings = StoriesSettings(tickers=["1810.HK:20"])
    ranked = group_stories([(a, f) for a, f, _ in days], settings)
    assert ranked[0].id == "2026-11-24-xiaomi"


def test_keyword_and_market_interests(days):
    settings = StoriesSettings(keywords=["refinancing"], markets=["JP:10"])
    ranked = group_stories([(a, f) for a, f, _ in days], settings)
    assert [s.id for s in ranked[:2]] == ["2026-11-24-nikkei-225", "2026-11-25-hang-seng-index"]


@pytest.mark.parametrize(("top_n", "per_market", "floor", "expected"), [
    (3, 1, 0.0, ["E1", "E4", "E7"]),
    (3, 2, 0.0, ["E1", "E3", "E4"]),
    (10, 5, 5.0, ["E1", "E3", "E2", "E4"]),
])
def test_selection_for_the_briefing(stories, days, top_n, per_market, floor, expected):
    settings = StoriesSettings(top_n=top_n, max_per_market=per_market, min_score=floor)
    chosen = select_for_briefing(stories, settings)
    assert [min(e) for e in events_of(chosen, days)] == expected


def test_articles_without_facts_are_left_out(days):
    article, facts, _ = days[0]
    assert group_stories([(article, [])]) == []
    assert len(group_stories([(article, facts)])) == 1


def move(subject, direction, pct=None, session=None, **fields):
    evidence = f"{subject} moved {direction} {pct}%."
    return Fact(kind="index_move", subject=subject, evidence=evidence, span=[0, len(evidence)],
                direction=direction, change_pct=pct, session=session, **fields)


def article(url, source):
    return Article(url=url, title="t", text="x", source=source, published="2026-11-24T08:00:00Z")


def test_rose_and_fell_are_kept_both_and_marked():
    merged = merge_facts([(article("u1", "A"), [move("Topix", "up", 0.4)]),
                          (article("u2", "B"), [move("Topix", "down", 0.4)])])
    assert len(merged) == 1 and merged[0].conflict
    assert {t.fact.direction for t in (merged[0], *merged[0].others)} == {"up", "down"}


def test_the_majority_figure_leads_and_nothing_is_averaged():
    merged = merge_facts([(article("u1", "A"), [move("Topix", "down", 2.5)]),
                          (article("u2", "B"), [move("Topix", "down", 2.3)]),
                          (article("u3", "C"), [move("Topix", "down", 2.3)])])
    assert merged[0].fact.change_pct == 2.3
    assert sorted(t.fact.change_pct for t in merged[0].others) == [2.3, 2.5]


def test_a_morning_move_is_not_the_close():
    merged = merge_facts([(article("u1", "A"), [move("Topix", "down", 1.0, "morning"),
                                                move("Topix", "down", 2.0, "close")]),
                          (article("u2", "B"), [move("Topix", "down", 2.0)])])
    assert sorted((m.fact.session, len(m.others), m.conflict) for m in merged) == [
        ("close", 1, False), ("morning", 0, False)]


def test_one_article_saying_a_thing_twice_is_one_telling():
    merged = merge_facts([(article("u1", "A"), [move("Topix", "down", 2.0),
                                                move("Topix", "down", 2.0, level=2710.5)])])
    assert (merged[0].fact.level, merged[0].others) == (2710.5, [])


@pytest.mark.parametrize(("a", "b", "same"), [
    ({"change_pct": 2.3}, {"change_pct": 2.31}, True),
    ({"change_pct": 2.3}, {"change_pct": 2.4}, False),
    ({"change_pct": 7.0, "qualifier": "more than"}, {"change_pct": 7.2}, True),
    ({"change_pct": 7.0, "qualifier": "more than"}, {"change_pct": 6.8}, False),
    ({"change_pct": 3.0, "qualifier": "nearly"}, {"change_pct": 2.8}, True),
    ({"range": [5.0, 7.0]}, {"change_pct": 6.1}, True),
    ({"level": 18305.12}, {"level": 18305.0}, True),
    ({"level": 18305.12}, {"level": 18350.0}, False),
    ({"amount": "HK$5.2 billion"}, {"amount": "HK$5.2bn"}, True),
    ({"amount": "HK$5.2 billion"}, {"amount": "HK$5,300 million"}, False),
])
def test_agree_allows_for_rounding_and_qualifiers(a, b, same):
    assert agree(_fact(**a), _fact(**b)) is same


def _fact(**fields):
    return Fact(kind="index_move", subject="Topix", evidence="e", span=[0, 1], direction="down",
                **fields)


def test_summary_lists_score_sources_and_each_telling(stories, days):
    summary = story_summary(by_event(stories, days, "E1"))
    assert json.loads(json.dumps(summary)) == summary
    assert summary["sources"] == ["Harbour Wire", "Lion Rock Markets"]
    tech = next(f for f in summary["facts"] if f["subject"] == "Hang Seng Tech Index")
    assert tech["conflict"] and len(tech["tellings"]) == 2
    lines = summary_lines(summary)
    assert "2026-11-24-hang-seng-tech-index" in lines[0]
    assert any("down 2.5% close (Lion Rock Markets)" in line and "CONFLICT" in line
               for line in lines)


def test_chinese_text_is_compared_by_character_pairs():
    assert words("恒生科技指数下跌") == ["恒生", "生科", "科技", "技指", "指数", "数下", "下跌"]


def _at(fact: Fact, start: int) -> Fact:
    fact.span = [start, start + 10]
    return fact


def test_a_wrap_that_opens_with_colour_leads_with_its_index():
    colour = _at(Fact(kind="sector_move", subject="banks", evidence="banks gained", span=[0, 0],
                      direction="up"), 0)
    index = _at(move("Stoxx Europe 600", "down", 0.3), 100)
    assert lead_fact([colour, index]).subject == "Stoxx Europe 600"


def test_a_report_that_opens_with_a_stock_is_that_stocks_story():
    stock = _at(move("Xiaomi", "down", 2.1), 0)
    stock.kind = "stock_move"
    index = _at(move("Hang Seng Index", "down", 0.3), 100)
    assert lead_fact([stock, index]).subject == "Xiaomi"


def test_two_figures_in_one_article_are_two_statements_not_a_conflict():
    day = move("CSI 300 Index", "down", 1.3)
    week = move("CSI 300 Index", "down", 3.8)
    other = move("CSI 300 Index", "down", 1.3)
    merged = merge_facts([(article("u1", "A"), [day, week]), (article("u2", "B"), [other])])
    assert sorted((m.fact.change_pct, len(m.others), m.conflict) for m in merged) == [
        (1.3, 1, False), (3.8, 0, False)]


def test_a_story_leaves_out_weekly_and_year_to_date_moves():
    text = ("The Hang Seng Index closed up 0.6% at 20,110.45 on Friday. "
            "The benchmark has gained 14% so far this year. "
            "For the week, the Hang Seng Index fell 2.3%.")
    report = Article(url="https://wire.example/hk", title="Hong Kong stocks rise", text=text,
                     source="Wire", published="2026-11-27T08:30:00Z")
    facts = extract_facts(text)
    assert {f.change_pct for f in facts} == {0.6, 14.0, 2.3}  # extracted: reports state them
    [story] = group_stories([(report, facts)])
    assert [f.fact.change_pct for f in story.facts] == [0.6]  # but not the day's news
