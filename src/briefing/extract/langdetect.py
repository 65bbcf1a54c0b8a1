"""Which extractor reads a text: ``"zh"`` when it is written mostly in Chinese characters.

Cheap by design: a count of scripts in the first few thousand characters, no model.
Japanese (kana) and Korean (hangul) are not Chinese even when they use Han characters.
"""

from __future__ import annotations

import re

SAMPLE = 4000
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")
_OTHER_CJK = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]")
MIN_HAN = 4
MIN_LATIN = 20
_ZH_TAGS = frozenset({"zh", "cmn", "yue", "zho", "chi"})


def detect_language(text: str) -> str:
    """``"zh"`` or ``"en"`` from the script of ``text``."""
    sample = text[:SAMPLE]
    han = len(_HAN.findall(sample))
    if han < MIN_HAN or len(_OTHER_CJK.findall(sample)) * 4 > han:
        return "en"
    # a Chinese character carries about as much as an English word of ~5 letters
    return "zh" if han * 5 >= len(_LATIN.findall(sample)) else "en"


def language_of(lang: str | None, text: str) -> str:
    """The language to extract ``text`` in: "zh", "en" or another tag's base ("fr").

    A tag ("zh-HK", "zh_Hant", "en-US") from the feed or page is a hint: for Chinese
    and English the script of the text decides whenever it is clear, because feeds
    and pages mislabel articles; a short text or another language keeps the tag."""
    base = lang.strip().lower().replace("_", "-").split("-")[0] if lang else None
    base = "zh" if base in _ZH_TAGS else base
    if base not in (None, "zh", "en"):
        return base
    sample = text[:SAMPLE]
    if _HAN.search(sample) is None:  # most texts: no count of letters needed
        return "en" if base is None or len(_LATIN.findall(sample)) >= MIN_LATIN else base
    clear = len(_HAN.findall(sample)) >= MIN_HAN or len(_LATIN.findall(sample)) >= MIN_LATIN
    return detect_language(text) if clear or base is None else base
