"""Shared fixtures. No test touches a real user's files: HOME and the XDG
folders point into the test's tmp_path."""

from __future__ import annotations

import pytest

from fake_openai import FakeOpenAI


@pytest.fixture(autouse=True)
def isolated_home(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.chdir(tmp_path)
    return home


@pytest.fixture
def fake():
    """A local OpenAI-compatible server; every request it got had the right shape."""
    server = FakeOpenAI().start()
    yield server
    server.stop()
    assert server.errors == []
