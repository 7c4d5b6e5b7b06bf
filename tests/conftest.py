"""Shared fixtures: the loopback E-utilities stand-in; no real rate-limit or retry waits; the rule cache in a directory
of the test run."""

import atexit
import os
import shutil
import tempfile

import pytest

from eutils_server import start
from ldn_lit import ctgov, entrez

# The taggers' rule cache (ldn_lit/tagging/rule_cache.py) is kept here, not in the user's ~/.cache: set before any
# tagging module is imported, as they read it when imported.
os.environ["LDN_LIT_CACHE_DIR"] = tempfile.mkdtemp(prefix="ldn-lit-test-rules-")
atexit.register(shutil.rmtree, os.environ["LDN_LIT_CACHE_DIR"], ignore_errors=True)


@pytest.fixture(autouse=True)
def _no_waits(request, monkeypatch):
    """Rate-limit and retry waits take no time, except in tests marked `pacing` (which measure them)."""
    if request.node.get_closest_marker("pacing") is None:
        monkeypatch.setattr(entrez, "_sleep", lambda seconds: None)
        monkeypatch.setattr(ctgov, "_sleep", lambda seconds: None)


@pytest.fixture
def eutils_server(monkeypatch):
    """A running stand-in on 127.0.0.1; LDN_LIT_EUTILS_URL points at it for the test."""
    state, server = start()
    monkeypatch.setenv("LDN_LIT_EUTILS_URL", state.url)
    monkeypatch.delenv("NCBI_API_KEY", raising=False)
    yield state
    server.shutdown()
    server.server_close()
