"""Change a file so that readers and crashes see the old bytes or the new, never a mixture.

``locked`` serialises read-modify-write cycles between processes with a lock file beside
the data (the data file itself cannot carry the lock: the rename below replaces it).
``write_atomically`` writes a temporary file in the same folder, flushes it to disk and
renames it over the original, which POSIX and Windows both do in one step. The events file
and the figures are both written with it; ``write_all_atomically`` writes several all or
none. ``writable`` refuses a replacement that would lose something (a read-only file, hard
links, the owner), ``same_file`` tells whether two paths are one file, and ``file_kind``
names a file that is not a regular one.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import stat
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from .errors import DataError, Problem

__all__ = [
    "LOCK_TIMEOUT", "file_kind", "locked", "same_file", "target", "writable",
    "write_all_atomically", "write_atomically",
]  # fmt: skip

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
    from filelock import FileLock, Timeout  # only commands that edit take a lock

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
    bits, owner and group, a new one gets what the umask gives; missing parent folders are
    made. The data and the rename are flushed to disk, and a failed write leaves no
    temporary file. What cannot be replaced so is refused (``writable``). The events file
    calls it holding ``locked(path)``; a figure has no lock of its own.

    Raises DataError naming the path and saying why when the file cannot be written.
    """
    write_all_atomically([(path, data)])


def write_all_atomically(files: Sequence[tuple[str | os.PathLike[str], bytes]]) -> None:
    """Write several files all or none: each to a temporary file first, then each renamed.

    A full disk or a folder in the way shows while the temporary files are written, and then
    nothing has been replaced. Only a rename can fail after another one succeeded (it
    needs no space, so hardly ever); the error then names what was already written.
    """
    prepared: list[tuple[str, Path, str]] = []
    try:
        for path, data in files:
            prepared.append((os.fspath(path), target(path), _temporary(path, data)))
        done: list[str] = []
        for name, real, temporary in prepared:
            _rename(name, temporary, real, done)
            done.append(name)
    finally:
        for _, _, temporary in prepared:
            with contextlib.suppress(OSError):
                os.unlink(temporary)  # gone already once renamed
    for folder in dict.fromkeys(real.parent for _, real, _ in prepared):
        _sync_folder(folder)


def writable(path: str | os.PathLike[str]) -> None:
    """Raise DataError unless replacing the file at path (if there is one) loses nothing.

    Refused: what is not a regular file, a read-only file (even for root, who could), a
    file with several hard links (a rename would split them) and a file whose owner or
    group this process cannot give the new file (the rename would make it its own).
    """
    name, real = os.fspath(path), target(path)
    try:
        info = real.stat()
    except FileNotFoundError:
        return
    except OSError as error:
        raise _write_error(name, real, error) from None
    kind = file_kind(info.st_mode)
    if kind is not None:
        raise _refused(name, f"it is {kind}, not a regular file")
    if not info.st_mode & 0o222 or not os.access(real, os.W_OK):
        raise _refused(name, f"the file is read-only (mode {stat.S_IMODE(info.st_mode):o}); "
                             "make it writable first (chmod u+w)")  # fmt: skip
    if info.st_nlink > 1:
        raise _refused(name, f"the file has {info.st_nlink} hard links, which replacing it "
                             "would split; write through a symbolic link instead")  # fmt: skip


def same_file(first: str | os.PathLike[str], second: str | os.PathLike[str]) -> bool:
    """Whether two paths name one file: through links, other spellings, or other cases."""
    if target(first) == target(second):
        return True
    try:
        one, other = os.stat(first), os.stat(second)
    except OSError:
        return False
    return (one.st_dev, one.st_ino) == (other.st_dev, other.st_ino)


def _temporary(path: str | os.PathLike[str], data: bytes) -> str:
    """A temporary file beside path's target holding data, flushed, with the target's mode,
    owner and group; DataError naming path when it cannot be made."""
    name, real = os.fspath(path), target(path)
    writable(path)
    try:
        mode, owner = _mode(real), _owner(real)
        _make_folder(real.parent)
        descriptor, temporary = tempfile.mkstemp(
            prefix=f".{real.name}.", suffix=_TEMPORARY_SUFFIX, dir=real.parent
        )
    except OSError as error:
        raise _write_error(name, real, error) from None
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        _give(temporary, owner, name)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):
            raise _write_error(name, real, error) from None
        raise
    return temporary


def _give(temporary: str, owner: tuple[int, int] | None, name: str) -> None:
    """Give the temporary file the owner and group of the file it replaces, or refuse."""
    if owner is None or owner == _owner(Path(temporary)):
        return
    try:
        os.chown(temporary, *owner)
    except PermissionError:
        reason = (f"the file belongs to user {owner[0]}, group {owner[1]}, and replacing it "
                  "would change that; run as its owner")  # fmt: skip
        raise _refused(name, reason) from None


def _rename(name: str, temporary: str, real: Path, done: list[str]) -> None:
    try:
        os.replace(temporary, real)
    except OSError as error:
        reason = _reason(real, error)
        if done:
            reason += f" (already written: {', '.join(done)})"
        raise _refused(name, reason) from None


def _owner(path: Path) -> tuple[int, int] | None:
    """The owner and group of path, or None where there is no file or no such thing."""
    if os.name != "posix":
        return None
    try:
        info = path.stat()
    except FileNotFoundError:
        return None
    return info.st_uid, info.st_gid


def file_kind(mode: int) -> str | None:
    """What a file that is not a regular one is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    kinds = [(stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a named pipe (FIFO)"),
             (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
             (stat.S_ISSOCK, "a socket")]  # fmt: skip
    return next((name for test, name in kinds if test(mode)), "a special file")


def _refused(name: str, reason: str) -> DataError:
    return DataError([Problem(name, None, None, f"cannot write the file: {reason}")])


_REASONS = {
    errno.ENOSPC: "no space left on the device", errno.EACCES: "permission denied",
    errno.EPERM: "permission denied", errno.EROFS: "the file system is read-only",
    errno.EISDIR: "it is a directory", getattr(errno, "EDQUOT", -1): "the disk quota is used up",
}  # fmt: skip


def _write_error(name: str, real: Path, error: OSError) -> DataError:
    return _refused(name, _reason(real, error))


def _reason(real: Path, error: OSError) -> str:
    """Why writing real failed, in words: the folder in the way, if that was it."""
    if error.errno in (errno.ENOTDIR, errno.EEXIST):
        blocker = next((folder for folder in real.parents if folder.exists()), None)
        if blocker is not None and not blocker.is_dir():
            return f"{blocker} is a file, not a folder"
    return _REASONS.get(error.errno or 0) or (error.strerror or str(error)).lower()


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
