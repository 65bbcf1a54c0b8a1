"""The rules writer and the Take playbook, on hand-written stories."""

from __future__ import annotations

import html
import re

import pytest

from briefing.cluster import group_stories
from briefing.compose import Playbook, compose_post
from briefing.compose.guard import check_post
from briefing.compose.phrasing import money
from briefing.compose.rules import consistent, main_move
from briefing.config import Settings
from briefing.errors import ComposeError
from briefing.models import Article, Story, StoryFact
from briefing.render import Renderer
from story_fixtures import URL, fact, hk_selloff
from test_cluster import load_days

NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def story_of(*facts, story_id="2026-11-24-test", text="") -> Story:
    article = Article(url=URL, title="Close", text=text, source="Wire", credit="Wire")
    return Story(id=story_id, date="2026-11-24", articles=[article],
                 facts=[StoryFact(f, URL, "Wire") for f in facts])


def index(direction, pct, subject="Hang Seng Index", **kw):
    return fact("index_move", subject, f"{subject} moved {pct}%.", direction=direction,
                change_pct=pct, **kw)


def stock(subject, direction, pct, **kw):
    return fact("stock_move", subject, f"{subject} moved {pct}%.", direction=direction,
                change_pct=pct, **kw)


PATTERN_CASES = {
    "contrarian analyst call": [index("down", 2.1), fact(
        "analyst_view", None, "CICC sees a bottom.", source="CICC", stance="bullish",
        view="a bottom is near")],
    "single-stock shock": [index("down", 0.4), stock("Hua Hong Semiconductor", "down", 7.2)],
    "sector-led move": [index("down", 1.2), fact("sector_move", "property stocks",
                                                 "Property stocks fell.", direction="down")],
    "broad sell-off": [index("down", 1.9), stock("SMIC", "down", 3.1),
                       stock("Xiaomi", "down", 2.2)],
    "capital rotation": [index("up", 0.3), fact(
        "capital_flow", "southbound flows", "Net buying of HK$5.2 billion.", direction="in",
        amount="HK$5.2 billion")],
    "divergence between markets": [index("up", 0.5, "S&P 500"), index("down", 0.7, "Nikkei 225")],
    "rebound": [index("up", 1.6)],
    "steady market": [index("flat", None)],
}


@pytest.mark.parametrize("name", list(PATTERN_CASES))
def test_each_playbook_pattern_is_triggered_by_its_story(name):
    facts = PATTERN_CASES[name]
    assert Playbook.load().match(facts, main_move(facts)).name == name


def test_take_interpolates_facts_and_states_no_invented_number():
    post = compose_post(story_of(*PATTERN_CASES["broad sell-off"]), Settings(), Playbook.load())
    assert "Hang Seng Index dropped 1.9%" in post.take.why_it_matters
    for bullet in (post.take.why_it_matters, post.take.risks, post.take.advice):
        assert set(NUMBER.findall(bullet)) <= {"1.9", "3.1", "2.2"}


def test_user_playbook_replaces_the_bundled_one(tmp_path):
    path = tmp_path / "playbook.toml"
    path.write_text('[[pattern]]\nname = "always"\nwhen = "true"\n'
                    'why_it_matters = "{{ main.subject }} matters."\nrisks = "r"\nadvice = "a"\n')
    take = Playbook.load(path).take([index("down", 1.0)], index("down", 1.0))
    assert take.why_it_matters == "Hang Seng Index matters."


@pytest.mark.parametrize("text, message", [
    ('[[pattern]]\nname = "x"\nwhen = "true"\nrisks = "r"\nadvice = "a"\n',
     "pattern #1: missing or not a string: why_it_matters"),
    ('[[pattern]]\nname = "x"\nwhen = "true and"\nwhy_it_matters = "w"\nrisks = "r"\nadvice = "a"\n',
     "pattern 'x'"),
    ('title = "no patterns"\n', "no [[pattern]] entries"),
])
def test_bad_playbook_is_one_clear_error(tmp_path, text, message):
    path = tmp_path / "playbook.toml"
    path.write_text(text)
    with pytest.raises(ComposeError, match=re.escape(message)):
        Playbook.load(path)


def test_sources_that_disagree_are_attributed_and_never_averaged():
    a = StoryFact(index("down", 2.3), URL, "Harbour Wire")
    b = StoryFact(index("down", 2.5), "https://other.example.com/x", "Pearl Daily")
    a.others, a.conflict = [b], True
    story = story_of()
    story.facts = [a]
    post = compose_post(story, Settings(), Playbook.load())
    bullet = post.key_facts[0].text
    assert "2.3%, per Harbour Wire" in bullet and "2.5%, per Pearl Daily" in bullet
    assert "2.4" not in Renderer(Settings()).render(post, "txt")
    assert "%" not in post.title and "Hang Seng Index" in post.title
    assert consistent(a).change_pct is None and consistent(a).direction == "down"


def test_opposite_directions_are_left_out_of_the_prose():
    a = StoryFact(index("down", 0.3), URL, "Harbour Wire")
    a.others, a.conflict = [StoryFact(index("up", 0.1), URL, "Pearl Daily")], True
    assert consistent(a) is None


def test_phrasing_is_deterministic_per_story_and_varies_across_stories():
    facts = hk_selloff().facts
    headings = set()
    for n in range(12):
        story = Story(id=f"story-{n}", date="2026-11-24", articles=hk_selloff().articles,
                      facts=facts)
        first = compose_post(story, Settings(), Playbook.load())
        again = compose_post(story, Settings(), Playbook.load())
        assert first == again
        headings.add(first.sections[0].heading)
    assert len(headings) > 1


def stated_numbers(story: Story) -> set[float]:
    """Every number the story's facts carry, in any telling (names like "S&P 500" too)."""
    found = set()
    for item in story.facts:
        for f in (item.fact, *(o.fact for o in item.others)):
            values = [f.change_pct, f.level, f.price, f.points, *(f.range or [])]
            found |= {float(v) for v in values if v is not None}
            names_and_words = " ".join([f.amount or "", f.view or "", f.subject or ""])
            found |= {float(n.replace(",", "")) for n in NUMBER.findall(names_and_words)}
    return found


def printed_numbers(text: str) -> set[float]:
    """Number tokens of a rendered post, leaving out links, markup, styles and dates."""
    text = re.sub(r"https?://\S+|<svg.*?</svg>|<style>.*?</style>|^---.*?---$|\[\^\d+\]"
                  r"|\d{4}-\d\d-\d\d", " ", text, flags=re.DOTALL | re.MULTILINE)
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    return {float(n.replace(",", "")) for n in NUMBER.findall(text)}


def fixture_day_stories() -> list[Story]:
    days = load_days()
    return group_stories([(a, f) for a, f, _ in days])


@pytest.mark.parametrize("story", [hk_selloff(), *fixture_day_stories()],
                         ids=lambda s: s.id)
def test_every_number_in_every_format_comes_from_a_fact(story):
    post = compose_post(story, Settings(), Playbook.load())
    assert check_post(post, story) == []
    for fmt in ("txt", "md", "html"):
        found = printed_numbers(Renderer(Settings()).render(post, fmt))
        assert found <= stated_numbers(story), f"{fmt}: {found - stated_numbers(story)}"


def test_no_sentence_copies_more_than_twelve_words_of_a_source():
    source = ("Hua Hong Semiconductor plunged over 7% as investors kept selling Hong Kong "
              "listed chipmakers and rotated money toward US artificial intelligence hardware.")
    story = hk_selloff()
    story.articles[0].text = source
    text = Renderer(Settings()).render(compose_post(story, Settings(), Playbook.load()), "txt")
    words = re.findall(r"\w+", source.lower())
    grams = {tuple(words[i:i + 13]) for i in range(len(words) - 12)}
    post_words = re.findall(r"\w+", text.lower())
    assert not any(tuple(post_words[i:i + 13]) in grams for i in range(len(post_words) - 12))


@pytest.mark.parametrize("value,currency,written", [
    (455.0, "GBX", "455.00 pence"),
    (45000.0, "VND", "45,000.00 dong"),
    (41.25, "HKD", "HK$41.25"),
])
def test_a_price_is_written_with_its_currency(value, currency, written):
    assert money(value, currency) == written
