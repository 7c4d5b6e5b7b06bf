"""Shared fixtures: the loopback E-utilities stand-in."""

import pytest

from eutils_server import start


@pytest.fixture
def eutils_server(monkeypatch):
    """A running stand-in on 127.0.0.1; LDN_LIT_EUTILS_URL points at it for the test."""
    state, server = start()
    monkeypatch.setenv("LDN_LIT_EUTILS_URL", state.url)
    monkeypatch.delenv("NCBI_API_KEY", raising=False)
    yield state
    server.shutdown()
    server.server_close()
