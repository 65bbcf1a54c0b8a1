"""Atomic file writes: a reader never sees half a file, a crash never leaves one."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..errors import PublishError


def write_atomic(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` through a temp file and a rename.

    Returns False, writing nothing, when the file already holds these bytes,
    so a republish leaves unchanged files (and their mtimes) alone.
    """
    try:
        if path.is_file() and path.read_bytes() == data:
            return False
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as file:
                file.write(data)
                file.flush()
                os.fsync(file.fileno())
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise PublishError(f"{path}: cannot write: {exc.strerror or exc}") from None
    return True
