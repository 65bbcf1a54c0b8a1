"""The fetch stage: sources (feeds, pages, files) -> Articles in the store.

    fetch_sources(sources, store, settings, base_dir=..., progress=...) -> [SourceReport]
    load_article("page.html" | "https://..." | "-", settings) -> Article
"""

from .load import load_article
from .run import fetch_sources

__all__ = ["fetch_sources", "load_article"]
