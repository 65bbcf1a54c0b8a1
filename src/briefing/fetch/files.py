"""Local files and folders: saved pages, text notes and feed files, read like the web.

A fingerprint (size and modification time) plays the part of an ETag, so an
unchanged file or folder costs no parsing on a rerun.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..errors import FetchError

PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
TEXT_SUFFIXES = (".txt", ".md", ".markdown")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
SUFFIXES = PAGE_SUFFIXES + TEXT_SUFFIXES + FEED_SUFFIXES
MAX_FILES = 5_000  # per folder; a source is a folder of news, not a disk


def read_local(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; FetchError naming the file when it is missing, a folder or too large."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise FetchError(f"{path}: is a folder, not a file")
        if size > max_bytes:
            raise FetchError(f"{path}: too large ({size:,} bytes, the cap is {max_bytes:,})")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)  # the file may grow between stat and read
    except FileNotFoundError:
        raise FetchError(f"{path}: no such file") from None
    except PermissionError:
        raise FetchError(f"{path}: permission denied") from None
    except OSError as exc:
        raise FetchError(f"{path}: cannot read: {exc.strerror}") from None
    if len(data) > max_bytes:
        raise FetchError(f"{path}: too large (over the cap of {max_bytes:,} bytes)")
    return data


def folder_files(folder: Path) -> list[Path]:
    """The readable news files under ``folder``, in a stable order, hidden ones skipped."""
    found = []
    for path in sorted(folder.rglob("*")):
        if len(found) >= MAX_FILES:
            break
        hidden = any(part.startswith(".") for part in path.relative_to(folder).parts)
        if not hidden and path.is_file() and path.suffix.lower() in SUFFIXES:
            found.append(path)
    return found


def fingerprint(path: Path) -> str:
    """Changes whenever the file (or any file of the folder) changes."""
    paths = folder_files(path) if path.is_dir() else [path]
    digest = hashlib.sha256()
    for item in paths:
        stat = item.stat()
        digest.update(f"{item}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return "files:" + digest.hexdigest()[:32]


def file_url(path: Path) -> str:
    return path.resolve().as_uri()


def url_path(url: str) -> Path:
    return Path(unquote(urlsplit(url).path))


def inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def text_parts(text: str, fallback_title: str) -> tuple[str, str]:
    """(title, text) of a plain-text or Markdown note: its first line titles it."""
    lines = text.strip().splitlines()
    if not lines:
        return fallback_title, ""
    first = lines[0].strip()
    if first.startswith("#"):
        return first.lstrip("#").strip() or fallback_title, "\n".join(lines[1:]).strip()
    return first[:200], text.strip()
