"""Golden files: the demo's Hong Kong story in every format.

A change to the writer, the templates or extraction that alters a post shows
up here as a diff. Regenerate on purpose only:

    BRIEFING_REGOLD=1 pytest tests/test_golden.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing import pipeline
from briefing.config import Settings
from briefing.render import Renderer
from briefing.store import Store

GOLDEN = Path(__file__).parent / "golden"
STORY = "2026-11-24-hang-seng-tech-index"


@pytest.fixture(scope="module")
def demo_post(tmp_path_factory):
    out = tmp_path_factory.mktemp("golden")
    settings = pipeline.demo_settings(Settings())
    with Store(out / "demo.sqlite") as store:
        pipeline.run(settings, store, out, base_dir=pipeline.demo_base_dir())
        return store.post(STORY)


@pytest.mark.parametrize("fmt", ["md", "html", "txt", "json"])
def test_demo_story_matches_its_golden_file(demo_post, fmt):
    assert demo_post is not None, f"the demo no longer has the story {STORY}"
    text = Renderer(Settings()).render(demo_post, fmt)
    golden = GOLDEN / f"demo-hk.{fmt}"
    if os.environ.get("BRIEFING_REGOLD"):
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")
