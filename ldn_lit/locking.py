"""One `ldn-lit update` per database at a time: a second one says so instead of racing the first.

SQLite (WAL + busy timeout) already keeps concurrent writers from corrupting anything; this lock
only avoids two updates fetching the same records twice.
"""

from __future__ import annotations

import contextlib
import fcntl
from collections.abc import Iterator
from pathlib import Path

from .errors import LdnLitError


class LockedError(LdnLitError):
    exit_code = 2


@contextlib.contextmanager
def update_lock(db_path: Path) -> Iterator[None]:
    lock_path = db_path.with_name(db_path.name + ".update-lock")
    with open(lock_path, "w") as f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise LockedError(
                f"another `ldn-lit update` is running on {db_path}; wait for it to finish, then run again"
            ) from None
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)
