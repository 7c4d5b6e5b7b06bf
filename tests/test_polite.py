"""The retry loop both web clients share, driven by a scripted `send` (no network, no real waits)."""

from datetime import datetime, timezone

import httpx
import pytest

from ldn_lit.errors import LdnLitError
from ldn_lit.polite import PoliteClient, RateLimiter, Retry, backoff_delay, retry_after_seconds, short

URL = "http://127.0.0.1:9/api"


class Client(PoliteClient):
    rate_limited = "Testservice rate limit exceeded"
    server_error = "Testservice server error"

    def give_up(self, problem, tries):
        return LdnLitError(f"{problem} after {tries} tries; HINT")


def client(max_retries=3):
    slept: list[float] = []
    c = Client(URL, per_second=1000, timeout=2.5, max_retries=max_retries, backoff=1.0, max_backoff=30.0,
               sleep=slept.append)
    waits: list[float] = []
    c.limiter = RateLimiter(1000, clock=lambda: 0.0, sleep=waits.append)  # a frozen clock: every later try waits
    return c, slept, waits


def script(*steps):
    """A send() that plays `steps` in order: an int is a reply with that status, an exception is raised."""
    todo = list(steps)

    def send():
        step = todo.pop(0)
        if isinstance(step, Exception):
            raise step
        status, headers = step if isinstance(step, tuple) else (step, {})
        return httpx.Response(status, headers=headers, content=b"body", request=httpx.Request("GET", URL))
    return send


def test_429_and_5xx_are_retried_honouring_retry_after_then_the_reply_is_accepted():
    c, slept, waits = client()
    got = c.politely(script((429, {"Retry-After": "7"}), (503, {}), 200), lambda r: r.status_code)
    assert got == 200 and c.requests_made == 3
    assert slept[0] == 7.0 and 1.0 <= slept[1] <= 2.0  # Retry-After, then backoff 2**1 with jitter
    assert len(waits) == 2  # each try after the first waited for the limiter


def test_timeouts_transport_errors_and_a_rejected_reply_are_retried_and_the_last_problem_is_told():
    c, slept, _ = client(max_retries=2)

    def accept(resp):
        raise Retry("reply incomplete")
    with pytest.raises(LdnLitError) as e:
        c.politely(script(httpx.ReadTimeout("slow"), httpx.ConnectError("refused\n" + "x" * 300), 200), accept)
    assert str(e.value) == "reply incomplete after 3 tries; HINT"
    assert c.requests_made == 3 and len(slept) == 2


@pytest.mark.parametrize("steps, problem", [
    ([httpx.ReadTimeout("slow")], f"no reply from {URL} within 2.5 s"),
    ([httpx.ConnectError("refused")], f"cannot reach {URL} (ConnectError: refused)"),
    ([(429, {})], "Testservice rate limit exceeded (HTTP 429)"),
    ([(502, {})], "Testservice server error (HTTP 502)"),
])
def test_each_kind_of_problem_is_named(steps, problem):
    c, _, _ = client(max_retries=0)
    with pytest.raises(LdnLitError, match="after 1 tries") as e:
        c.politely(script(*steps), lambda r: r)
    assert str(e.value).startswith(problem)


def test_what_accept_or_send_raises_otherwise_ends_it_at_once():
    class Refused(Exception):
        pass

    def refuse(resp):
        raise Refused("HTTP 400")
    c, slept, _ = client()
    with pytest.raises(Refused):
        c.politely(script(400, 200), refuse)
    with pytest.raises(Refused):
        c.politely(script(Refused("bad host")), lambda r: r)
    assert c.requests_made == 2 and slept == []


NOW = datetime(2026, 3, 1, 12, 0, 0, tzinfo=timezone.utc)


def test_backoff_delay():
    assert backoff_delay(0, "7", 1.0, 60.0) == 7.0
    assert backoff_delay(0, "600", 1.0, 60.0) == 60.0  # capped
    assert backoff_delay(0, "0", 1.0, 60.0) == 0.0
    for attempt in range(8):
        d = backoff_delay(attempt, "soon", 1.0, 60.0)  # not seconds: exponential with jitter
        assert min(2 ** attempt, 60) / 2 <= d <= min(2 ** attempt, 60)


@pytest.mark.parametrize("value, seconds", [
    ("7", 7.0), (" 12 ", 12.0), ("1.5", 1.5),
    ("Sun, 01 Mar 2026 12:00:30 GMT", 30.0),  # the HTTP-date form (RFC 9110 10.2.3)
    ("Sunday, 01-Mar-26 12:01:00 GMT", 60.0),  # obsolete RFC 850 form
    ("Sun Mar  1 12:00:05 2026", 5.0),  # obsolete asctime form (GMT by definition)
    ("Sun, 01 Mar 2026 11:00:00 GMT", 0.0),  # a date already past: try again now
])
def test_retry_after_in_seconds_or_as_an_http_date(value, seconds):
    assert retry_after_seconds(value, NOW) == seconds


@pytest.mark.parametrize("value", ["nan", "NaN", "inf", "-inf", "1e999", "-5", "soon", "", "0x10", "\x00",
                                   "Sun, 99 Foo 2026 12:00:30 GMT", "9" * 5000])
def test_a_retry_after_that_is_neither_is_ignored(value):
    assert retry_after_seconds(value, NOW) is None
    for attempt in range(4):  # and the default backoff is used: finite, within the cap
        d = backoff_delay(attempt, value, 1.0, 60.0)
        assert min(2 ** attempt, 60) / 2 <= d <= min(2 ** attempt, 60)


def test_retry_after_nan_on_a_429_is_the_default_backoff_not_a_crash():
    c, slept, _ = client()
    got = c.politely(script((429, {"Retry-After": "nan"}), (429, {"Retry-After": "-3"}), 200), lambda r: r.status_code)
    assert got == 200 and 0.5 <= slept[0] <= 1.0 and 1.0 <= slept[1] <= 2.0


def test_short_is_one_readable_line():
    assert short(b"<p>Service\n  down</p>") == "Service down"
    assert short("") == "(empty reply)"
    assert short("y" * 500) == "y" * 120 + "…"
