"""The movers chart: only stated percents are drawn; labels are escaped."""

from __future__ import annotations

from briefing.chart import movers_chart
from briefing.compose import Playbook, compose_post
from briefing.config import Settings
from briefing.models import StoryFact
from briefing.render import Renderer
from story_fixtures import URL, fact, hk_selloff


def items(*facts):
    return [StoryFact(f, URL, "Wire") for f in facts]


def test_moves_without_a_single_percent_are_left_out():
    chart = movers_chart(items(
        fact("index_move", "Hang Seng Index", "HSI fell 1.2%.", direction="down", change_pct=1.2),
        fact("index_move", "Topix", "Topix lost 12 points.", direction="down", points=12.0),
        fact("stock_move", "SMIC", "SMIC fell 3% to 5%.", direction="down", range=[3.0, 5.0]),
        fact("stock_move", "Xiaomi", "Xiaomi was little changed.", direction="flat"),
        fact("stock_move", "Meituan", "Meituan rose 2.5%.", direction="up", change_pct=2.5),
    ))
    assert [(b.label, b.value) for b in chart.bars] == [
        ("Hang Seng Index", "down 1.2%"), ("Meituan", "up 2.5%")]
    assert chart.bars[0].x + chart.bars[0].width == chart.axis_x  # falls grow left of zero
    assert chart.bars[1].x == chart.axis_x  # gains grow right
    assert movers_chart(items(fact("stock_move", "Xiaomi", "flat", direction="flat"))) is None


def test_the_svg_is_accessible_and_escapes_source_names():
    story = hk_selloff()
    story.facts[1].fact.subject = 'Evil <script>alert("x")</script> Corp'
    post = compose_post(story, Settings(), Playbook.load())
    svg = Renderer(Settings()).chart_svg(post)
    assert svg.startswith("<svg") and 'role="img"' in svg
    assert "<title id=\"chart-title\">" in svg and "<desc id=\"chart-desc\">" in svg
    assert "<script" not in svg and "alert" not in svg


def test_markdown_links_the_chart_written_beside_it(tmp_path):
    post = compose_post(hk_selloff(), Settings(), Playbook.load())
    paths = Renderer(Settings()).write(post, tmp_path)
    svg = tmp_path / f"{post.slug}-movers.svg"
    assert svg in paths and svg.read_text().startswith("<svg")
    assert f"]({post.slug}-movers.svg)" in (tmp_path / f"{post.slug}.md").read_text()


def test_moves_all_one_way_use_the_whole_plot():
    falls = movers_chart(items(
        fact("stock_move", "SMIC", "SMIC fell 4%.", direction="down", change_pct=4.0),
        fact("stock_move", "Xiaomi", "Xiaomi fell 2%.", direction="down", change_pct=2.0)))
    assert falls.axis_x == falls.width  # zero at the right edge; bars grow left
    assert falls.bars[0].x < falls.value_x + 20  # the biggest fall spans the plot


def test_a_bar_shows_the_move_the_text_states_not_the_biggest():
    sentence = "Xiaomi jumped as much as 9% before closing 6.2% higher."
    peak = fact("stock_move", "Xiaomi", sentence, direction="up", change_pct=9.0,
                qualifier="up to")
    close = fact("stock_move", "Xiaomi", sentence, direction="up", change_pct=6.2,
                 session="close")
    chart = movers_chart(items(peak, close))
    assert [(b.label, b.value) for b in chart.bars] == [("Xiaomi", "up 6.2%")]
