"""``extract_facts_zh``: Chinese sentences -> names -> moves, views, flows, macro -> facts.

Facts keep the Chinese sentence as ``evidence`` (``text[span[0]:span[1]]``) and
name their subjects in English from the lexicon's Chinese names.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ...errors import ExtractError
from ...models import Fact
from ..lexicon import Lexicon, load_lexicon
from . import words
from .clauses import split_sentences
from .flows import sentence_flows
from .macro import sentence_macro
from .merge import merge_facts
from .moves import sentence_moves
from .names import Mention, find_names, name_index
from .views import sentence_views

MAX_CHARS = 5_000_000  # a report, not a dump (as the English extractor)
_DIGIT = re.compile(r"[0-9〇一二两三四五六七八九十]")


def extract_facts_zh(text: str, lexicon: Lexicon | None = None) -> list[Fact]:
    """The typed facts of a Chinese market report, each with its sentence as evidence."""
    if not isinstance(text, str):
        raise ExtractError(f"extract: expected text, got {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise ExtractError(f"extract: text of {len(text):,} characters is over the "
                           f"{MAX_CHARS:,} limit")
    index = name_index(lexicon or load_lexicon())
    norm = words.normalize(text)
    facts: list[Fact] = []
    previous: list[Mention] = []
    names = find_names(norm, 0, len(norm), index)
    starts = [m.start for m in names]
    for start, end in split_sentences(norm):
        if not _worth_reading(norm, start, end):
            previous = []
            continue
        mentions = [m for m in names[bisect_left(starts, start):bisect_left(starts, end)]
                    if m.end <= end]
        session = _session(norm, start, end)
        moves, previous = sentence_moves(text, norm, start, end, mentions, previous)
        flows = sentence_flows(text, norm, start, end, mentions)
        for fact in flows:
            fact.session = session
        facts += moves + sentence_views(text, norm, start, end, mentions) + flows
        facts += sentence_macro(text, norm, start, end)
    return merge_facts(facts)


def _worth_reading(norm: str, start: int, end: int) -> bool:
    """Cheap filter: a sentence with no number and no move, view or flow word says nothing."""
    return bool(_DIGIT.search(norm, start, end)
                or words.move_words().pattern.search(norm, start, end)
                or words.view_words().verbs.search(norm, start, end)
                or words.flow_words().direction_pattern.search(norm, start, end))


def _session(norm: str, start: int, end: int) -> str | None:
    pattern, table = words.sessions()
    m = pattern.search(norm, start, end)
    return table[m.group()] if m else None
