"""Subscribers: a CSV file of ``email[,name]`` rows, or addresses from --to.

Invalid addresses are reported and skipped; duplicates (compared without
case) keep their first row.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from ..errors import PublishError
from ..models import Recipient

# A practical address check: a dot-atom local part, a dotted domain with a
# letter TLD. Quoted local parts and IP-literal domains are refused on purpose.
_ADDRESS = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}"
)


def is_address(text: str) -> bool:
    return len(text) <= 254 and _ADDRESS.fullmatch(text) is not None


def load_subscribers(path: str | Path) -> tuple[list[Recipient], list[str]]:
    """Read a subscribers CSV; returns (recipients, problems), one problem a line."""
    path = Path(path)
    try:
        with path.open(encoding="utf-8-sig", newline="") as file:
            rows = list(csv.reader(file))
    except FileNotFoundError:
        raise PublishError(f"{path}: no such subscribers file") from None
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise PublishError(f"{path}: cannot read subscribers: {exc}") from None
    if rows and rows[0] and rows[0][0].strip().lower() == "email":
        rows[0] = []  # a header row
    entries = [(f"{path}:{n}", row) for n, row in enumerate(rows, 1)
               if row and row[0].strip() and not row[0].lstrip().startswith("#")]
    return _recipients(entries)


def parse_addresses(addresses: list[str]) -> tuple[list[Recipient], list[str]]:
    """Recipients from the command line (--to ADDR ...), checked like the file's."""
    return _recipients([(f"--to {a}", [a]) for a in addresses])


def _recipients(entries: list[tuple[str, list[str]]]) -> tuple[list[Recipient], list[str]]:
    recipients: list[Recipient] = []
    problems: list[str] = []
    first_seen: dict[str, str] = {}
    for where, row in entries:
        email = row[0].strip()
        name = row[1].strip() if len(row) > 1 else ""
        if not is_address(email):
            problems.append(f"{where}: {email!r} is not a valid email address; skipped")
        elif email.lower() in first_seen:
            problems.append(f"{where}: {email} is a duplicate of {first_seen[email.lower()]}; skipped")
        else:
            first_seen[email.lower()] = where
            recipients.append(Recipient(email, name))
    return recipients, problems
