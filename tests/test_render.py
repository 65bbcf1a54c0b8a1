"""Compose + render on a hand-written story: the house format, escaping, overrides."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from briefing.compose import Playbook, compose_post
from briefing.config import Settings
from briefing.errors import RenderError
from briefing.render import Renderer
from story_fixtures import hk_selloff

PARTS_IN_ORDER = ["# ", "## Key Market Facts", "## ", "'s Take", "🔥 **Why This Matters:**",
                  "⚠️ **Limitations & Risks:**", "💡 **Actionable Advice:**", "📌 Source:",
                  "🔗 Original:", "⚠️ Please credit"]
VOID = {"meta", "link", "br", "img", "hr", "input"}


class BalanceChecker(HTMLParser):
    """Fails on a closing tag that does not match the open element."""

    def __init__(self):
        super().__init__()
        self.stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()


def render(fmt: str, settings: Settings | None = None, title: str = "HK close") -> str:
    settings = settings or Settings()
    post = compose_post(hk_selloff(title), settings, Playbook.load())
    return Renderer(settings).render(post, fmt)


def test_markdown_has_every_part_of_the_house_format_in_order():
    text = render("md")
    body = text.split("\n---\n", 1)[1]
    positions = []
    start = 0
    for part in PARTS_IN_ORDER:
        start = body.index(part, start)
        positions.append(start)
    assert positions == sorted(positions)
    assert body.count("- ") >= 3 and "Briefing's Take" in body
    assert text.startswith("---\ntitle: ")


def test_key_facts_are_label_sentence_bullets_with_evidence_links():
    text = render("txt")
    facts = text.split("Key Market Facts\n", 1)[1].split("\n\n")[0].splitlines()
    bullets = [line for line in facts if line.startswith("- ")]
    assert bullets[0] == "- Hang Seng Tech Index: Dropped more than 2% in afternoon trading."
    assert all(re.fullmatch(r"- [^:]+: .+\.", b) for b in bullets)
    md = render("md")
    assert "#:~:text=Hua%20Hong%20Semiconductor%20plunged%20over%207%25" in md


def test_html_is_well_formed_and_a_planted_script_never_reaches_it():
    html = render("html", title="<script>alert(1)</script>Tech <b>slide</b> & more")
    checker = BalanceChecker()
    checker.feed(html)
    checker.close()
    assert checker.stack == []
    assert "<script" not in html and "alert(1)" not in html
    assert ">Tech slide &amp; more</a>" in html


def test_text_output_has_no_markup():
    text = render("txt", title="<b>bold</b> move")
    assert not re.search(r"</?[a-z]+[ >]|\*\*|^#", text, re.MULTILINE)
    assert text.splitlines()[0].startswith("Hang Seng Tech Index Drops Over 2%")


def test_brand_comes_from_config():
    settings = Settings()
    settings.brand.name = "GogoAI"
    text = render("txt", settings)
    assert "GogoAI's Take" in text
    assert text.rstrip().endswith("⚠️ Please credit GogoAI when republishing.")
    assert "📌 Source: Harbour Wire (news.example.com)" in text


def test_user_template_overrides_and_extends_the_bundled_one(tmp_path):
    (tmp_path / "post.html.j2").write_text(
        '{% extends "bundled/post.html.j2" %}{% block style %}<style>h1{color:red}</style>'
        "{% endblock %}", encoding="utf-8")
    (tmp_path / "post.txt.j2").write_text("ONLY {{ post.title }}\n", encoding="utf-8")
    settings = Settings()
    settings.output.templates = str(tmp_path)
    html = render("html", settings)
    assert "<style>h1{color:red}</style>" in html and "Key Market Facts" in html
    assert render("txt", settings).startswith("ONLY Hang Seng Tech Index")


def test_template_with_a_missing_field_names_the_template_and_line(tmp_path):
    (tmp_path / "post.txt.j2").write_text("{{ post.title }}\n{{ post.no_such_field }}\n")
    settings = Settings()
    settings.output.templates = str(tmp_path)
    with pytest.raises(RenderError, match=r"post\.txt\.j2:2: .*no_such_field"):
        render("txt", settings)


def test_javascript_url_never_reaches_a_page():
    settings = Settings()
    story = hk_selloff()
    story.articles[0].url = "javascript:alert(1)"
    post = compose_post(story, settings, Playbook.load())
    html = Renderer(settings).render(post, "html")
    assert "javascript:" not in html


def test_disclaimer_can_be_turned_off():
    settings = Settings()
    assert "This is not investment advice." in render("txt", settings)
    settings.compose.disclaimer = ""
    assert "investment advice" not in render("txt", settings)
