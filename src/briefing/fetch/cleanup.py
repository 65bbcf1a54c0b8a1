"""News-specific clean-up of extracted text: what extractors keep but a reader skips.

Each rule was kept only if it raised F1 on the benchmark (bench/extract_main_text.py):
the headline repeated as the first line, "Read more:"-style promotions, newsletter
and social calls to action, credits and copyright lines, and runs of menu items.
"""

from __future__ import annotations

import re

# A whole line that is boilerplate (matched case-insensitively at the line start).
BOILERPLATE = re.compile(
    r"^\s*(?:[\[(]\s*)?(?:"
    r"read more|see more|read also|also read|related(?: post| stories| articles)?\s*:|"
    r"also on \w+|also\s*:|more\s*:|don'?t miss|most read|popular on|you may also like|"
    r"recommended(?: for you)?\s*:|explore further|leggi anche|sign up|subscribe to|"
    r"click here|get the [\w' ]+ app|like this story|follow (?:us|@|\w+ on)|"
    r"have a tip|filed under|tags?\s*$|comments?\s*$|share (?:this|on)|"
    r"(?:additional )?reporting by|editing by|writing by|copyright|all rights reserved|©|ⓒ|"
    r"\[button"
    r")",
    re.IGNORECASE,
)
TAG_SUFFIX = re.compile(r"\s*\[(?:INSIGHT|VIDEO|REACTION|NEWS|WARNING|PICTURES|POLL)\]\s*\|?$")
CLICK_TO_TWEET = re.compile(r"\s*Click To Tweet$", re.IGNORECASE)
WORD = re.compile(r"\w+")
MENU_RUN = 4  # this many short lines in a row are a menu, not prose
MENU_WORDS = 3


def clean_text(text: str, title: str | None = None) -> str:
    lines = [CLICK_TO_TWEET.sub("", line).strip() for line in text.splitlines()]
    lines = [line for line in lines if line]
    lines = _drop_title(lines, title)
    lines = [line for line in lines if not _is_boilerplate(line)]
    lines = _drop_menus(lines)
    return "\n".join(lines)


def _words(line: str) -> list[str]:
    return WORD.findall(line.lower())


def _drop_title(lines: list[str], title: str | None) -> list[str]:
    """The headline repeated at the top is not body text."""
    if not title or not lines:
        return lines
    head = _words(title)
    for i, line in enumerate(lines[:3]):
        words = _words(line)
        if words and (words == head or (len(words) >= 4 and _is_sub(words, head))):
            return lines[:i] + lines[i + 1:]
    return lines


def _is_sub(words: list[str], head: list[str]) -> bool:
    n = len(words)
    return any(head[i:i + n] == words for i in range(len(head) - n + 1))


def _is_boilerplate(line: str) -> bool:
    return bool(BOILERPLATE.match(line) or TAG_SUFFIX.search(line))


def _menu_item(line: str) -> bool:
    """A menu entry: a few words, no sentence end, not a list item of the text."""
    return (len(_words(line)) <= MENU_WORDS and not line.endswith((".", "!", "?", ":", "。"))
            and not line.startswith("- "))


def _drop_menus(lines: list[str]) -> list[str]:
    short = [_menu_item(line) for line in lines]
    keep = [True] * len(lines)
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and short[end]:
            end += 1
        if end - start >= MENU_RUN:
            keep[start:end] = [False] * (end - start)
        start = end + 1 if end == start else end
    return [line for line, k in zip(lines, keep, strict=True) if k]
