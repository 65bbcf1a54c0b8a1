"""Where the bundled templates and prompts are, installed or in a checkout."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def bundled_dir(name: str) -> Path:
    """``templates`` or ``prompts``: inside the wheel, else the repository's top level.

    A wheel carries them as ``briefing/<name>``; an editable install runs from
    the checkout, where they sit beside ``src/``.
    """
    packaged = Path(str(resources.files("briefing"))) / name
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / name
