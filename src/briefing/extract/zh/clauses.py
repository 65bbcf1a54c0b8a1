"""Sentences and clauses of normalized Chinese text, as offsets into the input.

A sentence ends at 。！？；, a line break or the 】 of a bracketed headline; a clause at a comma, colon, bracket or
a run of spaces (flash headlines separate their items with spaces). 、 joins a list
inside one clause ("小米集团、美团涨超3%").
"""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[。!?;]+[”」』\"']*|\n|\r|】")
_CLAUSE_END = re.compile(r"[()\[\]【】「」『』“”•·]|(?<!\d)[,:]|[,:](?!\d)|\s+")
_CODE = re.compile(r"\s*(?:[0-9]{4,6}(?:\.[A-Za-z]{2})?|[A-Z]{2,5}(?:\.[A-Za-z]{1,2})?"
                   r"|[A-Za-z]{2}[0-9]{6}|(?:股票)?代码[:\s]?[0-9]{4,6})\s*")
MAX_SENTENCE = 1000


def split_sentences(norm: str) -> list[tuple[int, int]]:
    """``[(start, end)]`` of each sentence, stripped; long runs are cut so work stays linear."""
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(norm):
        _add(norm, start, m.end() if m.group()[0] not in "\r\n" else m.start(), spans)
        start = m.end()
    _add(norm, start, len(norm), spans)
    return spans


def _add(norm: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and norm[start].isspace():
        start += 1
    while end > start and norm[end - 1].isspace():
        end -= 1
    for piece in range(start, end, MAX_SENTENCE):
        spans.append((piece, min(end, piece + MAX_SENTENCE)))


def split_clauses(norm: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[(start, end)]`` of the non-empty clauses of a sentence."""
    spans = []
    pos = start
    for m in _CLAUSE_END.finditer(norm, start, end):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if end > pos:
        spans.append((pos, end))
    return spans


def is_code(norm: str, start: int, end: int) -> bool:
    """A stock code on its own ("01347.HK", "600519", "代码:1347")."""
    return bool(_CODE.fullmatch(norm, start, end))
