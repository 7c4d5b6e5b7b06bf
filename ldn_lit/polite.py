"""What both web clients (E-utilities, ClinicalTrials.gov) share: a rate limiter, one polite retry
loop and one way to read a reply. Each try waits its turn; timeouts, dropped connections, 429 and 5xx
are retried with exponential backoff (honouring Retry-After in seconds or as an HTTP date); a client's
own check of a reply may ask for a retry too; with a throttle budget, 429s are waited out until their
waits reach it; a reply must arrive whole within a deadline; when the tries run out the user reads the
last problem. Written once so that the two services are treated alike.
"""

from __future__ import annotations

import contextlib
import random
import re
import socket
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Self, TypeVar

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
                 headers: dict[str, str] | None = None, deadline: float = 300.0,
                 throttle_budget: float | None = None, note: Callable[[str], None] | None = None,
                 max_bytes: int | None = None, keep_alive: bool = True):
        self.base_url = base_url
        self.max_retries, self.backoff, self.max_backoff = max_retries, backoff, max_backoff
        self.sleep = sleep
        self.limiter = RateLimiter(per_second, sleep=sleep)
        self.requests_made = 0
        # httpx's default limits, or no connection kept for the next request
        limits = httpx.Limits(max_connections=100, max_keepalive_connections=20 if keep_alive else 0)
        self.http = httpx.Client(timeout=timeout, limits=limits,
                                 headers={"User-Agent": f"ldn-lit/{__version__}", **(headers or {})})
        self.deadline = deadline  # seconds for one whole reply: a trickling server cannot hold a run forever
        self.clock = time.monotonic
        self.max_bytes = max_bytes
        # With a budget, 429s are retried until their waits add up to that many seconds (not max_retries),
        # each wait told through `note`: a service that throttles at peak hours is waited out, within bounds.
        self.throttle_budget = throttle_budget
        self.note = note or (lambda message: None)

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def politely(self, send: Callable[[], httpx.Response], accept: Callable[[httpx.Response], T]) -> T:
        """`accept(send())`, tried at most max_retries + 1 times, each try after the limiter's wait
        (429s, with a throttle budget, until their waits reach the budget).

        Retried: timeouts, transport errors, 429, 5xx, and Retry raised by `send` or `accept`. Anything
        else `send` or `accept` raises (a 4xx refusal, a configuration error) ends it at once."""
        tries, failures, throttles, throttled, delay = 0, 0, 0, 0.0, 0.0
        while True:
            if tries:
                self.sleep(delay)
            self.limiter.wait()
            self.requests_made += 1
            tries += 1
            retry_after: str | None = None
            status = 0
            try:
                resp = send()
                status = resp.status_code
                if status == 429 or status >= 500:
                    raise Retry(f"{self.rate_limited} (HTTP 429)" if status == 429
                                else f"{self.server_error} (HTTP {status})", resp.headers.get("Retry-After"))
                return accept(resp)
            except Retry as e:
                problem, retry_after = e.problem, e.retry_after
            except httpx.TimeoutException:
                problem = f"no reply from {self.base_url} within {self.http.timeout.read:g} s"
            except httpx.TransportError as e:
                problem = f"cannot reach {self.base_url} ({type(e).__name__}: {short(str(e))})"
            if status == 429 and self.throttle_budget is not None:
                if throttled >= self.throttle_budget:
                    raise self.give_up(f"{problem} for {throttled:.0f} s", tries)
                delay = min(self._delay(throttles, retry_after), self.throttle_budget - throttled)
                throttles, throttled = throttles + 1, throttled + delay
                self.note(f"{problem}: waiting {delay:.0f} s, then trying again "
                          f"(gives up after {self.throttle_budget:.0f} s of waiting)")
                continue
            if failures >= self.max_retries:
                raise self.give_up(problem, tries)
            delay = self._delay(failures, retry_after)
            failures += 1

    def receive(self, method: str, url: str, **kw: Any) -> httpx.Response:
        """One HTTP exchange that must arrive whole within `deadline` and be no larger than `max_bytes`
        once decompressed. httpx's timeout is per read: a server sending a byte every few seconds never
        trips it. The body is read in chunks against the clock; a watchdog shuts the socket down at the
        deadline, which also ends a status line or headers trickled a byte at a time (on a connection
        made for this request: hence keep_alive=False where that matters)."""
        ends, size = self.clock() + self.deadline, 0
        sockets: list[socket.socket] = []
        expired = threading.Event()

        def trace(event: str, info: dict[str, Any]) -> None:
            if event == "connection.connect_tcp.complete":
                sock = info["return_value"].get_extra_info("socket")
                if sock is not None:
                    sockets.append(sock)

        def cut() -> None:
            expired.set()
            for sock in sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

        late = Retry(f"the reply from {self.base_url} did not finish within {self.deadline:g} s")
        watchdog = threading.Timer(self.deadline, cut)
        watchdog.daemon = True
        watchdog.start()
        try:
            with self.http.stream(method, url, extensions={"trace": trace}, **kw) as resp:
                chunks = []
                for chunk in resp.iter_bytes():  # decompressed: a gzip bomb is cut at max_bytes too
                    chunks.append(chunk)
                    size += len(chunk)
                    if self.max_bytes is not None and size > self.max_bytes:
                        raise Retry(f"the reply from {self.base_url} is larger than {self.max_bytes // 2**20} MB")
                    if self.clock() > ends:
                        raise late
                headers = [(k, v) for k, v in resp.headers.multi_items()
                           if k.lower() not in ("content-encoding", "content-length", "transfer-encoding")]
                return httpx.Response(resp.status_code, headers=headers, content=b"".join(chunks),
                                      request=resp.request)
        except httpx.TransportError:
            if expired.is_set():
                raise late from None
            raise
        finally:
            watchdog.cancel()

    def _delay(self, attempt: int, retry_after: str | None) -> float:  # a method: tests replace it
        return backoff_delay(attempt, retry_after, self.backoff, self.max_backoff)

    def give_up(self, problem: str, tries: int) -> LdnLitError:
        """The error to raise when every try failed; subclasses add what the user can do."""
        return LdnLitError(f"{problem} after {tries} tries")
