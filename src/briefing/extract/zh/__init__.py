"""Chinese-language extraction: the same facts as the English extractor, from Chinese text."""

from .core import extract_facts_zh

__all__ = ["extract_facts_zh"]
