"""What both web clients (E-utilities, ClinicalTrials.gov) share: a rate limiter, and one polite retry
loop. Each try waits its turn; timeouts, dropped connections, 429 and 5xx are retried with exponential
backoff (honouring Retry-After); a client's own check of a reply may ask for a retry too; when the tries
run out the user reads the last problem. Written once so that the two services are treated alike.
"""

from __future__ import annotations

import random
import re
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Self, TypeVar

import httpx

from . import __version__
from .errors import LdnLitError

T = TypeVar("T")


class Retry(Exception):
    """A reply that a second try may fix (429, 5xx, an incomplete 200); `problem` is for the user."""

    def __init__(self, problem: str, retry_after: str | None = None):
        super().__init__(problem)
        self.problem, self.retry_after = problem, retry_after


class RateLimiter:
    """Spaces calls at least 1.1/rate seconds apart, across threads (the 10 % margin absorbs
    network jitter, so that no one-second window at the service ever sees more than `rate` calls)."""

    def __init__(self, per_second: float, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        self.interval = 1.1 / per_second
        self.clock, self.sleep = clock, sleep
        self._next = 0.0
        self._lock = threading.Lock()

    def wait(self) -> None:
        with self._lock:
            now = self.clock()
            if now < self._next:
                self.sleep(self._next - now)
                now = self._next
            self._next = now + self.interval


_SECONDS = re.compile(r"\d{1,9}(?:\.\d{1,6})?")


def retry_after_seconds(value: str | None, now: datetime | None = None) -> float | None:
    """A Retry-After header as seconds from `now`: delay-seconds ("120") or an HTTP-date (RFC 9110
    10.2.3, also its two obsolete forms; a date already past is 0). None for anything else ("nan",
    "-5", "inf", garbage), so that the caller falls back to its own backoff instead of crashing."""
    text = (value or "").strip()
    if _SECONDS.fullmatch(text):
        return float(text)
    if not text or len(text) > 64 or text[0].isdigit() or text[0] in "+-.":
        return None
    try:
        when = parsedate_to_datetime(text)
    except (ValueError, TypeError, OverflowError, IndexError):
        return None
    if when.tzinfo is None:  # the asctime form carries no zone: HTTP dates are always GMT
        when = when.replace(tzinfo=UTC)
    return max((when - (now or datetime.now(UTC))).total_seconds(), 0.0)


def backoff_delay(attempt: int, retry_after: str | None, base: float, cap: float) -> float:
    """Seconds to wait before the next try: the server's Retry-After if it is a number of seconds or
    an HTTP-date, else base * 2**attempt with jitter; never negative, never more than `cap`."""
    wait = retry_after_seconds(retry_after)
    if wait is not None:
        return min(wait, cap)
    return min(base * 2 ** attempt, cap) * (0.5 + random.random() / 2)


def short(body: bytes | str, n: int = 120) -> str:
    """A reply's text on one line, tags dropped, cut to `n` characters: fit for a one-line error."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    text = re.sub(r"<[^>]+>", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return (text[:n] + "…") if len(text) > n else (text or "(empty reply)")


class PoliteClient:
    """An httpx client for one service that is rate-limited and retries politely (see `politely`).
    Subclasses name the service in `rate_limited` / `server_error` and say what to do in `give_up`."""

    rate_limited = "rate limit exceeded"  # + " (HTTP 429)"
    server_error = "server error"  # + " (HTTP 5xx)"

    def __init__(self, base_url: str, *, per_second: float, timeout: float, max_retries: int,
                 backoff: float, max_backoff: float, sleep: Callable[[float], None],
                 headers: dict[str, str] | None = None):
        self.base_url = base_url
        self.max_retries, self.backoff, self.max_backoff = max_retries, backoff, max_backoff
        self.sleep = sleep
        self.limiter = RateLimiter(per_second, sleep=sleep)
        self.requests_made = 0
        self.http = httpx.Client(timeout=timeout,
                                 headers={"User-Agent": f"ldn-lit/{__version__}", **(headers or {})})

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def politely(self, send: Callable[[], httpx.Response], accept: Callable[[httpx.Response], T]) -> T:
        """`accept(send())`, tried at most max_retries + 1 times, each try after the limiter's wait.

        Retried: timeouts, transport errors, 429, 5xx, and Retry raised by `send` or `accept`. Anything
        else `send` or `accept` raises (a 4xx refusal, a configuration error) ends it at once."""
        problem, delay = "", 0.0
        for attempt in range(self.max_retries + 1):
            if attempt:
                self.sleep(delay)
            self.limiter.wait()
            self.requests_made += 1
            retry_after: str | None = None
            try:
                resp = send()
                if resp.status_code == 429 or resp.status_code >= 500:
                    raise Retry(f"{self.rate_limited} (HTTP 429)" if resp.status_code == 429
                                else f"{self.server_error} (HTTP {resp.status_code})",
                                resp.headers.get("Retry-After"))
                return accept(resp)
            except Retry as e:
                problem, retry_after = e.problem, e.retry_after
            except httpx.TimeoutException:
                problem = f"no reply from {self.base_url} within {self.http.timeout.read:g} s"
            except httpx.TransportError as e:
                problem = f"cannot reach {self.base_url} ({type(e).__name__}: {short(str(e))})"
            delay = self._delay(attempt, retry_after)
        raise self.give_up(problem, self.max_retries + 1)

    def _delay(self, attempt: int, retry_after: str | None) -> float:  # a method: tests replace it
        return backoff_delay(attempt, retry_after, self.backoff, self.max_backoff)

    def give_up(self, problem: str, tries: int) -> LdnLitError:
        """The error to raise when every try failed; subclasses add what the user can do."""
        return LdnLitError(f"{problem} after {tries} tries")
