"""Text from sources is untrusted: strip any markup before it reaches a post.

nh3 removes tags (and the content of script and style elements); what is
left is plain text, which every template then escapes for its format.
"""

from __future__ import annotations

import dataclasses
import html
from typing import Any

import nh3


def plain_text(value: str) -> str:
    if "<" not in value and "&" not in value:
        return value  # nothing to strip: the common case stays cheap
    return html.unescape(nh3.clean(value, tags=set()))


def strip_markup(obj: Any, skip: tuple[str, ...] = ("facts",)) -> Any:
    """Every string field of a dataclass tree as plain text; ``skip`` fields stay verbatim."""
    if isinstance(obj, str):
        return plain_text(obj)
    if isinstance(obj, list):
        return [strip_markup(item, skip) for item in obj]
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        changes = {f.name: strip_markup(getattr(obj, f.name), skip)
                   for f in dataclasses.fields(obj) if f.name not in skip}
        return dataclasses.replace(obj, **changes)
    return obj
