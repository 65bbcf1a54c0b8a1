"""The subscribers file: CSV of email[,name]; bad addresses reported, duplicates dropped."""

from __future__ import annotations

import pytest

from briefing.errors import PublishError
from briefing.models import Recipient
from briefing.publish import load_subscribers, parse_addresses

CSV = """\ufeffemail,name
ann.lee@example.com,Ann Lee
# paused until January
# tom@example.com,Tom
bo@example.org

not-an-address,Nobody
ANN.LEE@example.com,Ann again
"cy@example.net","Cy, Desk Editor"
dee@example,Dee
"""


def test_reads_names_skips_comments_and_reports_bad_and_duplicate_rows(tmp_path):
    path = tmp_path / "subscribers.csv"
    path.write_text(CSV, encoding="utf-8")
    recipients, problems = load_subscribers(path)
    assert recipients == [Recipient("ann.lee@example.com", "Ann Lee"),
                          Recipient("bo@example.org"),
                          Recipient("cy@example.net", "Cy, Desk Editor")]
    assert problems == [
        f"{path}:7: 'not-an-address' is not a valid email address; skipped",
        f"{path}:8: ANN.LEE@example.com is a duplicate of {path}:2; skipped",
        f"{path}:10: 'dee@example' is not a valid email address; skipped",
    ]


def test_a_file_without_a_header_row_is_read_from_its_first_line(tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("ann@example.com\nbo@example.com,Bo\n", encoding="utf-8")
    assert [r.email for r in load_subscribers(path)[0]] == ["ann@example.com", "bo@example.com"]


@pytest.mark.parametrize("address", ["a b@example.com", "ann@@example.com", "<ann@example.com>",
                                     "ann@example.com\r\nBcc: x@example.com", ".ann@example.com"])
def test_addresses_that_could_break_a_header_are_refused(address):
    recipients, problems = parse_addresses([address])
    assert recipients == [] and len(problems) == 1


def test_a_missing_file_names_the_file(tmp_path):
    with pytest.raises(PublishError, match=r"nope\.csv: no such subscribers file"):
        load_subscribers(tmp_path / "nope.csv")
