"""Bytes -> text, right even when the page declares the wrong charset.

Order: a byte-order mark; then each declared charset (HTTP header, <meta>, XML
declaration) that decodes the bytes without error; then detection
(charset-normalizer). Declarations are widened to their supersets the way
browsers do (GB2312/GBK -> GB18030, Big5 -> Big5-HKSCS, Latin-1 -> cp1252), and
bytes that are valid UTF-8 win over a declared single-byte charset, the most
common lie on the web.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

SNIFF_BYTES = 4096
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)""", re.IGNORECASE)
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"))
SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
             "big5": "big5hkscs", "x-big5": "big5hkscs", "iso-8859-1": "cp1252",
             "latin-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}


def header_charset(content_type: str | None) -> str | None:
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type or "", re.IGNORECASE)
    return match.group(1) if match else None


def declared(body: bytes, content_type: str | None = None) -> list[str]:
    """The charsets the response claims, in order of authority, normalised."""
    head = body[:SNIFF_BYTES]
    names = [header_charset(content_type)]
    names += [m.group(1).decode("ascii", "ignore") for m in (META_CHARSET.search(head),
                                                             XML_ENCODING.search(head)) if m]
    found = []
    for name in names:
        codec = _codec(name)
        if codec and codec not in found:
            found.append(codec)
    return found


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    name = SUPERSETS.get(name.strip().lower(), name.strip().lower())
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(body: bytes, content_type: str | None = None) -> str:
    for bom, codec in BOMS:
        if body.startswith(bom):
            return body.decode(codec, "replace")
    for codec in declared(body, content_type):
        if _single_byte(codec) and _is_utf8(body):
            return body.decode("utf-8")
        try:
            return body.decode(codec)
        except UnicodeDecodeError:
            continue  # declared wrongly: detect below
    if _is_utf8(body):
        return body.decode("utf-8")
    best = from_bytes(body[:200_000]).best()  # detection cost is bounded; the sample decides
    if best is not None and best.encoding:
        return body.decode(_codec(best.encoding) or best.encoding, "replace")
    return body.decode("utf-8", "replace")


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _single_byte(codec: str) -> bool:
    return codec.startswith(("cp125", "iso8859", "latin", "windows-125"))
