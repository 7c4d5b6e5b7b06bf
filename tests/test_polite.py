"""The retry loop both web clients share, driven by a scripted `send` (no network, no real waits)."""

import httpx
import pytest

from ldn_lit.errors import LdnLitError
from ldn_lit.polite import PoliteClient, RateLimiter, Retry, backoff_delay, short

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


def test_backoff_delay():
    assert backoff_delay(0, "7", 1.0, 60.0) == 7.0
    assert backoff_delay(0, "600", 1.0, 60.0) == 60.0  # capped
    assert backoff_delay(0, "-5", 1.0, 60.0) == 0.0  # never negative
    for attempt in range(8):
        d = backoff_delay(attempt, "soon", 1.0, 60.0)  # not seconds: exponential with jitter
        assert min(2 ** attempt, 60) / 2 <= d <= min(2 ** attempt, 60)


def test_short_is_one_readable_line():
    assert short(b"<p>Service\n  down</p>") == "Service down"
    assert short("") == "(empty reply)"
    assert short("y" * 500) == "y" * 120 + "…"
