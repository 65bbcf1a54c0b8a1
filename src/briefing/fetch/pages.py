"""One HTML page -> its main text and metadata (title, author, time, canonical URL, lang).

The extractor was chosen on figures (bench/extract_main_text.py): trafilatura
(fast mode, no comments) for the body, a BeautifulSoup paragraph pass when it
finds nothing, then news-specific clean-up (cleanup.py) of what it returns.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime

import trafilatura
from bs4 import BeautifulSoup
from lxml import html as lxml_html
from trafilatura.settings import Extractor

from .cleanup import clean_text
from .urls import clean_url, is_web, resolve

MIN_TEXT = 200  # characters; below this trafilatura's answer is taken as a miss
# trafilatura.extract builds these options (reading its config, formatting today's
# date) on every call unless it is given them: built once, copied for each page's URL
TRAFILATURA_OPTIONS = Extractor(fast=True, comments=False)


@dataclass
class PageText:
    title: str | None = None
    text: str = ""
    author: str | None = None
    published: str | None = None  # ISO 8601, UTC
    canonical_url: str | None = None
    lang: str | None = None


def main_text(html: str, url: str | None = None) -> PageText:
    """Extract the article of ``html``; never raises on bad markup (empty text instead)."""
    tree = _parse(html)
    if tree is None:
        return PageText()
    page = _metadata(tree, url)
    _drop_noise(tree)
    body = _trafilatura_text(tree, url)
    if len(body) < MIN_TEXT:
        fallback = paragraphs_text(html)
        body = fallback if len(fallback) > len(body) else body
    page.text = clean_text(body, page.title)
    return page


# Elements trafilatura deletes anyway (its MANUALLY_CLEANED list), removed first
# in one pass of lxml's C code, so its XPath-and-regex passes walk a smaller tree
# (a sixth less time on bench/extract_main_text's pages, over half on a page with a
# large menu). JSON-LD scripts stay: trafilatura's fallback reads articleBody there.
NOISE_TAGS = ("script", "style", "noscript", "svg", "iframe", "nav", "aside", "footer")


def _drop_noise(tree: lxml_html.HtmlElement) -> None:
    doomed = [el for el in tree.iter(*NOISE_TAGS)
              if not (el.tag == "script" and el.get("type") == "application/ld+json")]
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


def _trafilatura_text(tree: lxml_html.HtmlElement, url: str | None) -> str:
    options = copy.copy(TRAFILATURA_OPTIONS)
    options.url = options.source = url
    return trafilatura.extract(tree, options=options) or ""


def _parse(html: str) -> lxml_html.HtmlElement | None:
    if not html or not html.strip():
        return None
    try:
        return trafilatura.load_html(html)
    except (ValueError, TypeError):  # lxml refuses some inputs (e.g. only a declaration)
        return None


def paragraphs_text(html: str) -> str:
    """The fallback: the <p> texts of the <article> (or <main>, or the whole page)."""
    soup = BeautifulSoup(html, "lxml")
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form"]):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    texts = (" ".join(p.get_text(" ", strip=True).split()) for p in root.find_all("p"))
    return "\n".join(t for t in texts if t)


# -- metadata ----------------------------------------------------------------

def _metadata(tree: lxml_html.HtmlElement, url: str | None) -> PageText:
    meta = _metas(tree)
    ld = _json_ld(tree)
    return PageText(
        title=_title(tree, meta, ld),
        author=_author(meta, ld),
        published=_published(tree, meta, ld),
        canonical_url=_canonical(tree, meta, url),
        lang=_lang(tree, meta),
    )


def _metas(tree: lxml_html.HtmlElement) -> dict[str, str]:
    """Every <meta name|property|itemprop|http-equiv=KEY content=...>, first one wins.

    One pass over the <meta> elements instead of an XPath per key: this is a
    third of the metadata's cost on a real page.
    """
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        content = " ".join((element.get("content") or "").split())
        if not content:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = (element.get(attr) or "").strip().lower()
            if key and key not in found:
                found[key] = content
    return found


def _pick(meta: dict[str, str], *keys: str) -> str | None:
    return next((meta[k] for k in keys if k in meta), None)


def _first(tree: lxml_html.HtmlElement, xpath: str) -> str | None:
    for value in tree.xpath(xpath):
        text = " ".join(str(value).split())
        if text:
            return text
    return None


def _title(tree: lxml_html.HtmlElement, meta: dict, ld: dict) -> str | None:
    return (_pick(meta, "og:title", "twitter:title") or _first(tree, "//h1//text()")
            or _first(tree, "//title/text()") or _ld_text(ld.get("headline")))


def _author(meta: dict, ld: dict) -> str | None:
    author = _pick(meta, "author", "article:author", "byl", "sailthru.author")
    if author and not is_web(author):
        return re.sub(r"^by\s+", "", author, flags=re.IGNORECASE)
    found = ld.get("author")
    if isinstance(found, list) and found:
        found = found[0]
    if isinstance(found, dict):
        found = found.get("name")
    return _ld_text(found)


def _published(tree: lxml_html.HtmlElement, meta: dict, ld: dict) -> str | None:
    value = (_pick(meta, "article:published_time", "datepublished", "pubdate", "date", "dc.date",
                   "dc.date.issued", "parsely-pub-date", "sailthru.date")
             or _ld_text(ld.get("datePublished")) or _first(tree, "//time[@datetime]/@datetime"))
    return iso_utc(value) if value else None


def _canonical(tree: lxml_html.HtmlElement, meta: dict, url: str | None) -> str | None:
    link = _first(tree, "//link[@rel='canonical']/@href") or _pick(meta, "og:url")
    if not link:
        return None
    link = resolve(url, link) if url and is_web(url) else link
    return clean_url(link) if is_web(link) else None


def _lang(tree: lxml_html.HtmlElement, meta: dict) -> str | None:
    lang = tree.get("lang") or _pick(meta, "content-language", "og:locale")
    return lang.replace("_", "-").split(",")[0].strip() or None if lang else None


def _json_ld(tree: lxml_html.HtmlElement) -> dict:
    """The first JSON-LD object that looks like an article; {} when none parses."""
    for script in tree.xpath("//script[@type='application/ld+json']/text()")[:5]:
        try:
            data = json.loads(script)
        except ValueError:
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data])
        for item in items:
            if isinstance(item, dict) and ("headline" in item or "datePublished" in item):
                return item
    return {}


def _ld_text(value: object) -> str | None:
    return " ".join(value.split()) or None if isinstance(value, str) else None


def iso_utc(value: str) -> str | None:
    """An ISO 8601 or RFC 2822 time as ISO UTC; None when it is not a time."""
    value = value.strip()
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        from email.utils import parsedate_to_datetime

        try:
            moment = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)  # a time without a zone: taken as UTC
    return moment.astimezone(UTC).isoformat(timespec="seconds")
