"""Change a file so that readers and crashes see the old bytes or the new, never a mixture.

``locked`` serialises read-modify-write cycles between processes with a lock file beside
the data (the data file itself cannot carry the lock: the rename below replaces it).
``write_atomically`` writes a temporary file in the same folder, flushes it to disk and
renames it over the original, which POSIX and Windows both do in one step. The events file
and the figures are both written with it.
"""

from __future__ import annotations

import contextlib
import glob
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from filelock import FileLock, Timeout

from .errors import DataError, Problem

__all__ = ["LOCK_TIMEOUT", "locked", "target", "write_atomically"]

LOCK_TIMEOUT = 30.0
"""Seconds to wait for another command to finish writing the same file."""

_TEMPORARY_SUFFIX = ".tmp"


def target(path: str | os.PathLike[str]) -> Path:
    """The file that a write to path changes: through a symbolic link, to what it names."""
    return Path(os.path.realpath(path))


def lock_path(path: Path) -> Path:
    """The lock file of path: hidden beside it, so it needs no folder of its own."""
    return path.with_name(f".{path.name}.lock")


@contextlib.contextmanager
def locked(path: str | os.PathLike[str], timeout: float = LOCK_TIMEOUT) -> Iterator[None]:
    """Hold the lock of path for the duration of a read-modify-write.

    Raises DataError when another process holds it for longer than timeout seconds.
    """
    real = target(path)
    try:
        with FileLock(lock_path(real), timeout=timeout):
            _remove_leftovers(real)
            yield
    except Timeout:
        message = f"another command has been writing the file for {timeout:g} s; try again"
        raise DataError([Problem(os.fspath(path), None, None, message)]) from None
    except PermissionError:
        message = f"cannot create the lock file {lock_path(real).name}: permission denied"
        raise DataError([Problem(os.fspath(path), None, None, message)]) from None


def write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace the file at path with data, so that readers see the old bytes or the new.

    A symbolic link is followed and stays a link; an existing file keeps its permission
    bits, a new one gets what the umask gives; missing parent folders are made. The data
    and the rename are flushed to disk, and a failed write leaves no temporary file. The
    events file calls it holding ``locked(path)``; a figure has no lock of its own.
    """
    real = target(path)
    mode = _mode(real)
    _make_folder(real.parent)
    descriptor, temporary = tempfile.mkstemp(
        prefix=f".{real.name}.", suffix=_TEMPORARY_SUFFIX, dir=real.parent
    )
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, real)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _sync_folder(real.parent)


def _mode(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _make_folder(folder: Path) -> None:
    """Make folder and its missing parents, each one's name flushed to disk like a file's."""
    if folder.is_dir():
        return
    _make_folder(folder.parent)
    folder.mkdir(exist_ok=True)
    _sync_folder(folder.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; Windows has no folder handles to sync, nor needs it."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _remove_leftovers(path: Path) -> None:
    """Delete temporary files of writers that died mid-write; only call it under the lock."""
    for leftover in path.parent.glob(glob.escape(f".{path.name}.") + "*" + _TEMPORARY_SUFFIX):
        with contextlib.suppress(OSError):
            leftover.unlink()
