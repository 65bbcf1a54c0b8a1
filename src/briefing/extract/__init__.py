"""Extract: typed key facts with evidence from market news.

``extract_facts(text)`` -> ``list[Fact]`` (see DESIGN.md for the keys);
``load_lexicon(extra_files)`` -> ``Lexicon`` (bundled + user lexicon files);
``multi_day(fact)``: a weekly or year-to-date move, not the day's.
"""

from .core import extract_facts
from .lexicon import Lexicon, load_lexicon
from .moves import multi_day

__all__ = ["Lexicon", "extract_facts", "load_lexicon", "multi_day"]
