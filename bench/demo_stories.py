"""The demo's stories, built in a temporary store: shared by the guard and token benches."""

from __future__ import annotations

import tempfile
from pathlib import Path

from briefing import pipeline
from briefing.config import Settings
from briefing.fetch import fetch_sources
from briefing.models import Story
from briefing.store import Store


def demo_stories(settings: Settings) -> list[Story]:
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.sqlite") as store:
        fetch_sources(settings.sources, store, settings.fetch, base_dir=pipeline.demo_base_dir())
        pipeline.extract_all(store, settings, [])
        return pipeline.build_stories(store, settings)
