"""`briefing demo` end to end: bundled sources -> posts in every format, offline."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys

import pytest

PARTS_IN_ORDER = ["\n# ", "\n## Key Market Facts", "\n## ", "'s Take\n", "🔥 **Why This Matters:**",
                  "⚠️ **Limitations & Risks:**", "💡 **Actionable Advice:**", "📌 Source:",
                  "🔗 Original:", "⚠️ Please credit"]


@pytest.fixture(scope="module")
def demo_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("demo") / "out"
    result = subprocess.run([sys.executable, "-m", "briefing", "demo", "--out", str(out)], check=False,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return out, result


def test_demo_writes_every_format_and_prints_the_paths(demo_out):
    out, result = demo_out
    printed = result.stdout.split()
    for ext in ("md", "html", "txt"):
        files = sorted(out.glob(f"*.{ext}"))
        assert len(files) >= 4, ext
        assert all(f.stat().st_size > 0 for f in files)
        assert all(str(f) in printed for f in files)
    assert any(p.endswith("-daily-briefing.html") for p in printed)


def test_the_hong_kong_post_has_the_house_format_in_order(demo_out):
    out, _ = demo_out
    md = next(p for p in out.glob("*hang-seng*.md")).read_text(encoding="utf-8")
    start, positions = 0, []
    for part in PARTS_IN_ORDER:
        start = md.index(part, start)
        positions.append(start)
    assert "Hua Hong Semiconductor" in md and "7%" in md
    assert "news.example.com" in md.split("📌 Source:")[1]


def test_the_html_links_key_facts_to_their_evidence(demo_out):
    out, _ = demo_out
    html = next(p for p in out.glob("*hang-seng*.html")).read_text(encoding="utf-8")
    assert re.search(r'<a href="https://news\.example\.com/[^"]+#:~:text=', html)
    assert "<svg" in html and "<script" not in html


def test_text_output_has_no_markup(demo_out):
    out, _ = demo_out
    for path in out.glob("*.txt"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"</?[a-z]+[ >]|\*\*|^#", text, re.MULTILINE), path.name


def test_a_rerun_duplicates_nothing(demo_out):
    out, _ = demo_out
    db = sqlite3.connect(out / "demo.sqlite")
    before = [db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
              for t in ("articles", "facts", "posts")]
    db.close()
    again = subprocess.run([sys.executable, "-m", "briefing", "demo", "--out", str(out)], check=False,
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    db = sqlite3.connect(out / "demo.sqlite")
    after = [db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
             for t in ("articles", "facts", "posts")]
    assert after == before and before[0] == 7


def run_cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefing", *args], check=False, capture_output=True,
                          text=True, input=stdin, timeout=120)


def test_compose_and_render_work_on_the_stored_stories(demo_out):
    out, _ = demo_out
    db = str(out / "demo.sqlite")
    composed = run_cli("--db", db, "compose", "--date", "2026-11-24")
    assert composed.returncode == 0, composed.stderr
    slug = composed.stdout.split()[0]
    rendered = run_cli("--db", db, "render", slug, "--format", "json")
    post = json.loads(rendered.stdout)
    assert post["slug"] == slug and post["key_facts"]
    for item in post["facts"]:
        assert item["fact"]["evidence"] and len(item["fact"]["span"]) == 2
    missing = run_cli("--db", db, "compose", "--date", "1999-01-01")
    assert missing.returncode == 1 and "no stories for 1999-01-01" in missing.stderr


def test_write_turns_one_report_on_stdin_into_a_post():
    report = ("Tokyo stocks rallied on Wednesday. The Nikkei 225 rose 1.8% to 39,120.55, led by "
              "SoftBank Group, which jumped 6.2%. Advantest gained 3.4%.\n")
    result = run_cli("write", "-", "--format", "txt", stdin=report)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Nikkei 225 ") and "1.8%" in lines[0]
    assert "Key Market Facts" in lines and any(line.startswith("- SoftBank Group:") for line in lines)
    empty = run_cli("write", "-", stdin="Nothing to report today.\n")
    assert empty.returncode == 1
    assert empty.stderr.strip() == "briefing: error: -: no market facts found to write a post from"


def test_publish_blog_and_a_dry_run_email_from_the_demo_store(demo_out, tmp_path):
    out, _ = demo_out
    db = str(out / "demo.sqlite")
    (tmp_path / "briefing.toml").write_text('[email]\nfrom_addr = "Desk <desk@example.com>"\n')
    blog = run_cli("--db", db, "publish", "blog", "--site", str(tmp_path / "site"))
    assert blog.returncode == 0, blog.stderr
    assert blog.stdout.startswith("blog: ") and (tmp_path / "site" / "feed.xml").is_file()
    mail = run_cli("--db", db, "publish", "email", "--to", "ann@example.com", "--to", "nope",
                   "--dry-run", str(tmp_path / "outbox"))
    assert mail.returncode == 0, mail.stderr
    assert "skipped" in mail.stderr and "nope" in mail.stderr
    assert len(list((tmp_path / "outbox").glob("*.eml"))) == 1


def test_a_chinese_wrap_becomes_an_english_post_with_chinese_evidence():
    wrap = ("恒生指数收跌1.26%，报19870.35点；恒生科技指数跌2.3%。半导体板块走弱，华虹半导体跌超7%，"
            "中芯国际跌近5%。南向资金净买入38.2亿港元。中金公司认为，港股中期底部或正在形成。\n")
    post = run_cli("write", "-", "--format", "json", stdin=wrap)
    assert post.returncode == 0, post.stderr
    data = json.loads(post.stdout)
    assert data["title"].startswith("Hang Seng Index Falls 1.26%")
    labels = [k["label"] for k in data["key_facts"]]
    assert "Hua Hong Semiconductor" in labels and "Analyst View" in labels
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in data["title"] + data["dek"])
    evidence = [f["fact"]["evidence"] for f in data["facts"]]
    assert any("华虹半导体跌超7%" in e for e in evidence)
