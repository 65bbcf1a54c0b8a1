"""Extract: typed key facts with evidence from market news.

``extract_facts(text)`` -> ``list[Fact]`` (see DESIGN.md for the keys);
``load_lexicon(extra_files)`` -> ``Lexicon`` (bundled + user lexicon files).
"""

from .core import extract_facts
from .lexicon import Lexicon, load_lexicon

__all__ = ["Lexicon", "extract_facts", "load_lexicon"]
