"""The command line as a user meets it: help, docs, exit codes, one-line errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefing import __version__
from briefing.cli import cli

README = Path(__file__).resolve().parents[1] / "README.md"


def briefing(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "briefing", *args], check=False, capture_output=True,
                          text=True, input=stdin, timeout=120)


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_and_is_in_the_readme(name):
    command = cli.commands[name]
    assert (command.help or "").strip(), f"{name} has no help text"
    assert f"`briefing {name}" in README.read_text(encoding="utf-8")


def test_help_lists_the_subcommands_and_version_prints():
    result = briefing("--help")
    assert result.returncode == 0
    for name in ("demo", "init", "fetch", "extract", "write", "compose", "render"):
        assert name in result.stdout
    assert briefing("--version").stdout.strip() == f"briefing, version {__version__}"


def test_config_error_is_one_line_and_exit_code_2(tmp_path):
    (tmp_path / "briefing.toml").write_text('[fetch]\nconcurrency = "many"\n')
    result = briefing("sources")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "briefing: error: briefing.toml: [fetch] concurrency: expected an integer, got 'many'"]
    assert "Traceback" not in result.stderr


def test_init_writes_a_starter_config_and_will_not_overwrite(tmp_path):
    assert briefing("init").returncode == 0
    assert "[brand]" in (tmp_path / "briefing.toml").read_text()
    again = briefing("init")
    assert again.returncode == 2 and "already exists (use --force" in again.stderr


def test_usage_error_exits_2():
    result = briefing("render")
    assert result.returncode == 2 and "Missing argument" in result.stderr


def test_unknown_post_is_a_one_line_run_failure(tmp_path):
    result = briefing("--db", str(tmp_path / "b.sqlite"), "render", "no-such-post")
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "briefing: error: no post 'no-such-post': 'briefing compose' prints the ids")


def test_a_newer_store_is_refused_with_one_line(tmp_path):
    import sqlite3

    db = sqlite3.connect(tmp_path / "b.sqlite")
    db.execute("PRAGMA user_version = 999")
    db.close()
    result = briefing("--db", str(tmp_path / "b.sqlite"), "compose")
    assert result.returncode == 1
    assert "written by a newer briefing" in result.stderr and "Traceback" not in result.stderr
