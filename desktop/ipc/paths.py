"""Where the single-instance lock and the control socket live: a private per-user runtime folder.

Qt-free. The socket is a full path on Linux and macOS (never a bare name, which Qt would put in
the shared /tmp) and a per-user pipe name on Windows, where local sockets are named pipes.
"""

from __future__ import annotations

import hashlib
import logging
import os
import stat
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desktop import APP_ID
from desktop.storage.paths import AppPaths

log = logging.getLogger(__name__)

IS_WINDOWS = sys.platform == "win32"
LOCK_FILE_NAME = "unclench.lock"
SOCKET_FILE_NAME = "unclench.sock"
# sun_path holds 108 bytes on Linux and 104 on macOS, both including the final NUL.
MAX_SOCKET_PATH_BYTES = 100


class RuntimeDirError(OSError):
    """No private folder for the lock and socket could be made; the text says why."""


@dataclass(frozen=True)
class InstancePaths:
    """Where one user's single-instance lock file and control socket live: the private runtime folder, the
    lock file and the socket (a full path, or a per-user pipe name on Windows).
    """

    runtime_dir: Path
    lock_file: Path
    socket_name: str  # what QLocalServer.listen / the client connect to

    @classmethod
    def in_dir(cls, runtime_dir: Path, *, windows: bool = IS_WINDOWS) -> InstancePaths:
        """The paths inside an existing private folder (tests pass a temporary one)."""
        if windows:
            # One pipe namespace for the whole machine: the name must differ per user.
            digest = hashlib.sha256(str(runtime_dir).lower().encode("utf-8")).hexdigest()[:16]
            socket_name = f"{APP_ID}-{digest}"
        else:
            socket_name = str(runtime_dir / SOCKET_FILE_NAME)
        return cls(runtime_dir, runtime_dir / LOCK_FILE_NAME, socket_name)


def default_instance_paths() -> InstancePaths:
    """This user's paths, the runtime folder created private (0700) if needed; raises RuntimeDirError."""
    fallback = Path(platformdirs.user_cache_dir(APP_ID, appauthor=False)) / "runtime"
    problems = []
    for candidate in dict.fromkeys((AppPaths.for_user().runtime_dir, fallback)):
        paths = InstancePaths.in_dir(candidate)
        if not IS_WINDOWS and len(os.fsencode(paths.socket_name)) > MAX_SOCKET_PATH_BYTES:
            problems.append(f"{candidate}: the path is too long for a local socket")
            continue
        try:
            prepare_private_dir(candidate)
        except RuntimeDirError as problem:
            problems.append(str(problem))
            continue
        return paths
    raise RuntimeDirError("no private runtime folder for Unclench: " + "; ".join(problems))


def prepare_private_dir(path: Path) -> None:
    """Create `path` (0700) or check an existing one is a real folder only this user can enter."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        path.mkdir(mode=0o700, exist_ok=True)
    except OSError as problem:
        raise RuntimeDirError(f"{path}: cannot create it ({problem.strerror or problem})") from None
    if IS_WINDOWS:
        return  # per-user profile folders; the pipe itself carries the user-only ACL
    info = os.lstat(path)
    if not stat.S_ISDIR(info.st_mode):
        raise RuntimeDirError(f"{path}: it is not a folder (a symbolic link or a file is in the way)")
    if info.st_uid != os.getuid():
        raise RuntimeDirError(f"{path}: it belongs to another user (uid {info.st_uid})")
    _check_parent(path.parent)
    if stat.S_IMODE(info.st_mode) != 0o700:
        os.chmod(path, 0o700)  # ours, but made with looser rights by something else


def _check_parent(parent: Path) -> None:
    # Whoever can rename entries in the parent could swap our folder for theirs.
    info = os.stat(parent)
    writable_by_others = info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    sticky = info.st_mode & stat.S_ISVTX  # like /tmp: only an entry's owner may rename it
    if info.st_uid in (os.getuid(), 0) and (not writable_by_others or sticky):
        return
    raise RuntimeDirError(f"{parent}: other users could replace the folder in it")


def clear_entry(path: Path) -> None:
    """Make room at `path` inside our private runtime folder: a folder there is moved aside (its
    contents kept), anything else (a dead socket, a file, a FIFO, a symbolic link) is removed.
    Raises RuntimeDirError if that fails."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as problem:
        raise RuntimeDirError(f"{path}: cannot look at it ({problem.strerror or problem})") from None
    try:
        if stat.S_ISDIR(info.st_mode):
            aside = path.with_name(f"{path.name}.moved-{time.time_ns()}")
            log.warning("%s: a folder was in the way; moved it to %s", path, aside.name)
            os.rename(path, aside)
            return
        if not stat.S_ISSOCK(info.st_mode):
            log.warning("%s: a %s was in the way; removed it", path, file_kind(info.st_mode))
        os.unlink(path)
    except FileNotFoundError:
        return
    except OSError as problem:
        raise RuntimeDirError(f"{path}: cannot clear it ({problem.strerror or problem})") from None


def file_kind(mode: int) -> str:
    """What an lstat() mode says the entry is, in words."""
    kinds = (
        (stat.S_ISSOCK, "socket"),
        (stat.S_ISFIFO, "FIFO"),
        (stat.S_ISLNK, "symbolic link"),
        (stat.S_ISDIR, "folder"),
        (stat.S_ISREG, "file"),
    )
    return next((name for test, name in kinds if test(mode)), "special file")
