"""One `ldn-lit update` per database at a time: a second one says so instead of racing the first.

SQLite (WAL + busy timeout) already keeps concurrent writers from corrupting anything; this lock
only avoids two updates fetching the same records twice.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
from collections.abc import Iterator
from pathlib import Path

from .errors import LdnLitError


class LockedError(LdnLitError):
    exit_code = 2


def _lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".update-lock")


@contextlib.contextmanager
def update_lock(db_path: Path) -> Iterator[None]:
    with open(_lock_path(db_path), "w") as f:
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


def update_lock_held(db_path: Path) -> bool:
    """Whether an `ldn-lit update` holds the lock now (to name who keeps the database busy). Opens the
    lock file read-only and never creates it: a read-only folder is fine."""
    try:
        fd = os.open(_lock_path(db_path), os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False
