"""The cache of validated stores: an SQLite copy of each, trusted the way git trusts its index.

A validated store is known by what git's index trusts about a file (device, inode, size,
mtime_ns and ctime_ns, see git's Documentation/technical/racy-git.txt), taken from the open
descriptor the store was read from, for the store and for every source file it was checked
against; by the store's one resolved path; and by a hash of perufacts' own code (the rules).
A lookup then never reads, let alone parses, a large store. docs/cache.md says what the cache
trusts and why.
"""

from __future__ import annotations

import errno
import functools
import os
import sqlite3
import stat
import sys
import time
import zlib
from collections.abc import Iterator, Mapping
from contextlib import closing, contextmanager, suppress
from contextvars import ContextVar
from pathlib import Path
from typing import Any

from perufacts import signals
from perufacts.store.records import read_meta, write_meta

CACHE_ENV = "PERUFACTS_CACHE_DIR"
NO_CACHE_ENV = "PERUFACTS_NO_CACHE"
# The newest validated copies kept per store path, and the size of the whole folder.
KEEP_PER_STORE = 3
SIZE_CAP = 1 << 30
# A temporary file this old was left by a process that was killed: swept at the next save.
STALE_TMP_SECONDS = 3600
# A cache file at most this large is checked page by page (PRAGMA quick_check) on every
# lookup, which costs about a millisecond per megabyte; a larger one is checked as it is read.
QUICK_CHECK_BYTES = 16 << 20
# A file changed within this long of being read may change again within the same timestamp
# tick unseen: "racily clean" in git's words. Whole-second timestamps get the long window.
RACY_NS = 20_000_000
RACY_COARSE_NS = 2_000_000_000

_TMP_PREFIX = ".tmp-"
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
# The cache files opened during the current call of a front end: if one turns out damaged
# while it is read, it is removed. Cache file names where a folder stands that is not ours to
# remove, named once a call: the store is validated without the cache. Context variables: the
# MCP server runs calls side by side (``call``); outside any call, one list and one set.
_opened: ContextVar[list[Path]] = ContextVar("opened", default=[])  # noqa: B039
_in_the_way: ContextVar[set[Path]] = ContextVar("in_the_way", default=set())  # noqa: B039


@contextmanager
def call() -> Iterator[None]:
    """One call of a front end: the cache files it opens, and the folders in the way, its own."""
    opened_token = _opened.set([])
    in_the_way_token = _in_the_way.set(set())
    try:
        yield
    finally:
        _in_the_way.reset(in_the_way_token)
        _opened.reset(opened_token)


def opened() -> list[Path]:
    """The cache files the current call opened."""
    return _opened.get()


Identity = tuple[int, int, int, int, int]


def cache_enabled() -> bool:
    """False when PERUFACTS_NO_CACHE is set."""
    return os.environ.get(NO_CACHE_ENV, "") in ("", "0")


def cache_dir() -> Path | None:
    """Where validated stores are kept: $PERUFACTS_CACHE_DIR, else the XDG cache; None if nowhere.

    A relative $XDG_CACHE_HOME is ignored, as the XDG Base Directory spec requires.
    """
    explicit = os.environ.get(CACHE_ENV)
    if explicit:
        return Path(os.path.abspath(explicit))
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        try:
            base = str(Path.home() / ".cache")
        except (RuntimeError, KeyError):  # no $HOME and no password entry
            return None
    return Path(base) / "perufacts"


def identity(info: os.stat_result) -> Identity:
    """What tells a file's versions apart, as git's index has it (never the access time)."""
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


def _racy(info: Identity, before_ns: int) -> bool:
    """True when the file changed so shortly before ``before_ns`` that a change could hide."""
    *_, mtime, ctime = info
    coarse = mtime % 1_000_000_000 == 0 and ctime % 1_000_000_000 == 0
    return max(mtime, ctime) >= before_ns - (RACY_COARSE_NS if coarse else RACY_NS)


def _racy_ns(changed_ns: int, before_ns: int) -> bool:
    """True when a change at ``changed_ns`` is too close to ``before_ns`` to be trusted."""
    return changed_ns >= before_ns - RACY_COARSE_NS


def _short_hash(data: bytes) -> str:
    """16 hex digits naming ``data`` in a file name (the full key is checked inside the file)."""
    return f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}"


@functools.cache
def rules_version(folder: Path | None = None) -> str:
    """The version of the rules a store is validated by: a hash of perufacts' own code.

    Validation rules and the database's layout change only with the code, so nobody has to
    remember to bump a number. Hashing the code on every lookup would cost a millisecond:
    the hash is kept in ``folder`` in a small file named after the code files' identities
    (as the cache itself is), so a lookup only stats them.
    """
    package = Path(__file__).parents[1]
    files = _code_files(package)
    python = f"{sys.version_info[0]}.{sys.version_info[1]}"
    signature = _short_hash(repr((python, files)).encode())
    memo = None if folder is None else folder / f"rules-{signature}"
    known = _read_memo(memo) if memo is not None else None
    if known is not None:
        return known
    version = f"{python}-{code_hash(package)}"
    newest = max((max(info[3:]) for _, info in files), default=0)
    if memo is not None and not _racy_ns(newest, time.time_ns()):
        _write_memo(memo, version)
    return version


def _code_files(package: Path) -> list[tuple[str, Identity]]:
    """Each .py file of ``package`` (relative name) with its identity, in name order."""
    found = []
    folders = [package]
    while folders:
        folder = folders.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False) and entry.name != "__pycache__":
                    folders.append(Path(entry.path))
                elif entry.name.endswith(".py"):
                    relative = os.path.relpath(entry.path, package)
                    found.append((relative, identity(entry.stat())))
    return sorted(found)


def code_hash(package: Path) -> str:
    """The sha256 of every .py file of ``package`` (names and contents), in name order."""
    import hashlib  # only when the code changed since the hash was last kept

    digest = hashlib.sha256()
    for relative, _ in _code_files(package):
        digest.update(os.fsencode(relative) + b"\0")
        digest.update((package / relative).read_bytes() + b"\0")
    return digest.hexdigest()


def _read_memo(memo: Path) -> str | None:
    """The rules version kept in ``memo``, if it is there, trusted and well formed."""
    fd = _open_trusted(memo)
    if fd is None:
        return None
    try:
        text = os.read(fd, 200).decode("ascii", "replace")
    except OSError:
        return None
    finally:
        os.close(fd)
    digest = text.partition("-")[2]
    if len(digest) == 64 and all(c in "0123456789abcdef" for c in digest):
        return text
    return None


def _write_memo(memo: Path, version: str) -> None:
    """Keep the rules version in ``memo`` (written whole under a temporary name first)."""
    tmp = memo.with_name(f"{_TMP_PREFIX}{memo.name}.{os.getpid()}")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC, 0o600)
        try:
            os.write(fd, version.encode("ascii"))
        finally:
            os.close(fd)
        os.replace(tmp, memo)
    except OSError:
        with suppress(OSError):
            tmp.unlink()


def store_tag(store_path: Path) -> str:
    """The part of a cache file's name that names its store (so old versions can be pruned)."""
    return _short_hash(os.fsencode(store_path))


def cache_key(store_path: Path, info: os.stat_result, folder: Path | None = None) -> str:
    """The key of one version of a store file (its resolved path) validated by this code.

    The whole key is kept inside the cache file and compared; its name only finds it.
    """
    fields = (os.fsencode(store_path).hex(), *identity(info), rules_version(folder))
    return ":".join(str(f) for f in fields)


def file_name(store_path: Path, key: str) -> str:
    """The cache file for this store and key."""
    return f"{store_tag(store_path)}-{_short_hash(key.encode())}.sqlite"


# --- trust -----------------------------------------------------------------------------------


def _note(message: str) -> None:
    """One line on stderr about the cache; the command goes on without it."""
    text = message.encode("ascii", "backslashreplace").decode("ascii").replace("\n", "\\n")
    sys.stderr.write(f"perufacts: {text}\n")


def _untrusted(info: os.stat_result) -> str | None:
    """Why a cache folder or file may not be trusted, or None: it must be ours, writable only by us."""
    uid = os.geteuid() if hasattr(os, "geteuid") else None
    if uid is not None and info.st_uid != uid:
        return "it is owned by another user"
    if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return "group or others may write to it"
    return None


def trusted_folder(folder: Path) -> bool:
    """True when ``folder`` is a real folder (not a link), ours, writable only by us."""
    try:
        info = os.lstat(folder)
    except (OSError, ValueError):
        return False
    if not stat.S_ISDIR(info.st_mode):
        _note(f"not using the cache folder {folder}: it is not a folder")
        return False
    why = _untrusted(info)
    if why:
        _note(f"not using the cache folder {folder}: {why}")
        return False
    return True


def ensure_folder(folder: Path) -> bool:
    """Create the cache folder 0700 if it is missing; True when it exists and may be trusted."""
    if not os.path.lexists(folder):
        try:
            # Parents too, as XDG asks for its base folder: readable by the user alone.
            folder.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            folder.mkdir(mode=0o700)
            os.chmod(folder, 0o700)  # mkdir's mode is cut by the umask; the folder must not be
        except FileExistsError:
            pass  # another process made it meanwhile: checked below like any folder
        except OSError as exc:
            unwritable(folder, exc)
            return False
    return trusted_folder(folder)


def discard(path: Path, why: str) -> None:
    """Remove a cache file that cannot be used, saying which and why."""
    _note(f"discarded the cache file {path}: {why}")
    with suppress(OSError):
        path.unlink()


def _open_trusted(path: Path) -> int | None:
    """A read descriptor on the cache file ``path`` if it is a regular file we may trust."""
    try:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW | _CLOEXEC | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        return None
    except OSError as exc:
        # O_NOFOLLOW refuses a symbolic link with ELOOP.
        discard(path, "it is a symbolic link" if exc.errno == errno.ELOOP else str(exc.strerror))
        return None
    info = os.fstat(fd)
    if stat.S_ISDIR(info.st_mode):
        os.close(fd)
        _folder_in_the_way(path, info)
        return None
    why = "not a regular file" if not stat.S_ISREG(info.st_mode) else _untrusted(info)
    if why:
        os.close(fd)
        discard(path, why)
        return None
    return fd


def _folder_in_the_way(path: Path, info: os.stat_result) -> None:
    """A folder at a cache file's name: removed if it is ours and empty, else named once."""
    uid = os.geteuid() if hasattr(os, "geteuid") else info.st_uid
    if info.st_uid == uid:
        try:
            os.rmdir(path)  # only ever an empty folder
        except OSError:
            pass
        else:
            _note(f"removed {path}: an empty folder where a cache file belongs")
            return
    if path not in _in_the_way.get():
        _in_the_way.get().add(path)
        _note(
            f"not caching the store: {path} is a folder where a cache file belongs; "
            "remove it to cache the store again"
        )


def blocked(path: Path) -> bool:
    """True when a folder this run could not remove stands at the cache file's name ``path``."""
    return path in _in_the_way.get()


# --- lookup ----------------------------------------------------------------------------------


def lookup(folder: Path, name: str, key: str, read: Mapping[Path, Identity]) -> Any:
    """The cached database for ``key``, or None; a damaged or untrusted file is discarded.

    ``read`` holds the store's own identity; each source file the entry vouches for is
    checked against what it was when it was validated. A racily clean entry is used only
    after its files' contents are hashed and found the same.
    """
    path = folder / name
    fd = _open_trusted(path)
    if fd is None:
        return None
    try:
        info = os.fstat(fd)
        # Closed when the front end's call ends, maybe on another thread (records.py says why).
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
        try:
            # The name must still be the file checked above (nobody else may write the folder).
            same = os.stat(path, follow_symlinks=False)
            if (same.st_dev, same.st_ino) != (info.st_dev, info.st_ino):
                db.close()
                return None
            meta = read_meta(db)
            if meta.get("key") != key:
                discard(path, "its key does not match its name")
                db.close()
                return None
            if not _sources_unchanged(meta, read):
                db.close()
                return None
            if meta["racy"] and not any(
                _racy(tuple(entry["identity"]), time.time_ns()) for entry in meta["files"]
            ):
                # Same contents, and changed long enough ago that a change now would show in
                # the stats: later lookups need not hash the files again.
                _clear_racy(path)
            if info.st_size <= QUICK_CHECK_BYTES:
                (result,) = db.execute("PRAGMA quick_check(1)").fetchone()
                if result != "ok":
                    lines = [line for line in result.splitlines() if not line.startswith("***")]
                    raise sqlite3.DatabaseError(f"quick_check: {'; '.join(lines)}")
        except BaseException:
            db.close()
            raise
    except (OSError, sqlite3.Error, ValueError, KeyError, TypeError) as exc:
        discard(path, f"it is damaged ({type(exc).__name__}: {exc})")
        return None
    finally:
        os.close(fd)
    _opened.get().append(path)
    return db


def _clear_racy(path: Path) -> None:
    """Mark a cache entry as no longer racy (skipped if the file cannot be written now)."""
    with suppress(sqlite3.Error):
        db = sqlite3.connect(f"{path.as_uri()}?mode=rw", uri=True, timeout=0.1)
        try:
            with db:
                db.execute("UPDATE meta SET value = 'false' WHERE key = 'racy'")
        finally:
            db.close()


def _sources_unchanged(meta: dict[str, Any], read: Mapping[Path, Identity]) -> bool:
    """True when every file the entry vouches for is as it was (contents too, if racy)."""
    for entry in meta["files"]:
        path = Path(os.fsdecode(bytes.fromhex(entry["path"])))
        known = read.get(path)
        try:
            now = known if known is not None else identity(os.stat(path))
        except (OSError, ValueError):
            return False
        if list(now) != entry["identity"]:
            return False
        if meta["racy"]:
            import hashlib  # only for an entry written in the same tick as a file it vouches for

            if hashlib.sha256(path.read_bytes()).hexdigest() != entry["sha256"]:
                return False
    return True


def discard_opened() -> list[Path]:
    """Remove the cache files this run opened (one of them was found damaged); return them."""
    for path in opened():
        with suppress(OSError):
            path.unlink()
    return list(opened())


# --- saving ----------------------------------------------------------------------------------


@contextmanager
def build_lock(folder: Path, store_path: Path) -> Iterator[None]:
    """Hold the lock of one store: one process validates it while the others wait for the cache."""
    try:
        import fcntl
    except ImportError:  # no flock (Windows): every process validates for itself
        yield
        return
    lock = folder / f"{store_tag(store_path)}.lock"
    try:
        fd = os.open(lock, os.O_RDWR | os.O_CREAT | _NOFOLLOW | _CLOEXEC, 0o600)
    except OSError:
        yield
        return
    try:
        if _untrusted(os.fstat(fd)) is None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock, as does the death of the process


def files_entry(read: Mapping[Path, tuple[Identity, str]], before_ns: int) -> dict[str, Any]:
    """The metadata that vouches for the files read: each path, identity and content hash."""
    files = [
        {"path": os.fsencode(path).hex(), "identity": list(info), "sha256": digest}
        for path, (info, digest) in read.items()
    ]
    return {"files": files, "racy": any(_racy(info, before_ns) for info, _ in read.values())}


def unchanged(read: Mapping[Path, tuple[Identity, str]]) -> bool:
    """True when every file read still has, under its name, the identity it was read with."""
    for path, (info, _) in read.items():
        try:
            if identity(os.stat(path)) != info:
                return False
        except (OSError, ValueError):
            return False
    return True


def save(db: sqlite3.Connection, folder: Path, name: str, meta: dict[str, Any]) -> None:
    """Keep a copy of the database under ``name``; a cache that cannot be written is skipped.

    That it cannot be written is said once (``unwritable``), not on every run.
    """
    import tempfile  # only on the rare run that writes the cache

    write_meta(db, meta)
    held = signals.hold()
    try:
        try:
            fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=_TMP_PREFIX, suffix=".sqlite")
        except OSError as exc:
            unwritable(folder, exc)
            return
        tmp = Path(tmp_name)
        try:
            signals.release(held)  # a signal held back meanwhile ends the run here: tmp removed
            with closing(sqlite3.connect(tmp)) as copy, copy:
                db.backup(copy)
            os.fsync(fd)  # the data is on disk before the name points at it
            os.replace(tmp, folder / name)
            _sync_folder(folder)
        except (OSError, sqlite3.Error) as exc:
            unwritable(folder, exc)
            return
        finally:
            os.close(fd)
            tmp.unlink(missing_ok=True)  # also when a signal ends the run here
    finally:
        signals.release(held)
    writable_again(folder)
    prune(folder, keep=name)


def _said_marker(folder: Path, *, create: bool = True) -> Path | None:
    """The file whose presence says the cache folder was found unwritable and it was said.

    Not in the folder, which cannot be written: in a folder of the user's own under the
    system's temporary folder (made if ``create``). None when there is no such folder to trust.
    """
    import tempfile

    uid = os.geteuid() if hasattr(os, "geteuid") else 0
    notes = Path(tempfile.gettempdir()) / f"perufacts-{uid}"
    try:
        if create:
            notes.mkdir(mode=0o700, exist_ok=True)
        info = os.lstat(notes)
    except OSError:
        return None
    if not stat.S_ISDIR(info.st_mode) or _untrusted(info):
        return None
    return notes / f"unwritable-{_short_hash(os.fsencode(folder))}"


def unwritable(folder: Path, exc: BaseException) -> None:
    """Say, once per cache folder and not on every run, that the cache cannot be written there."""
    marker = _said_marker(folder)
    if marker is not None and os.path.lexists(marker):
        return
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    _note(
        f"cannot write to the cache folder {folder} ({reason}): every run validates the store "
        "in full until it can (said once)"
    )
    if marker is not None:
        with suppress(OSError):
            os.close(os.open(marker, os.O_WRONLY | os.O_CREAT | _NOFOLLOW | _CLOEXEC, 0o600))


def writable_again(folder: Path) -> None:
    """Forget that the cache folder was unwritable: the next failure is said again."""
    marker = _said_marker(folder, create=False)
    if marker is not None:
        with suppress(OSError):
            marker.unlink()


def _sync_folder(folder: Path) -> None:
    """Flush the folder's entries, so that the new name survives a crash."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def prune(folder: Path, keep: str, now: float | None = None) -> list[str]:
    """Remove old copies: beyond the newest few per store, over the size cap, stale temporaries.

    Returns the names removed. ``keep`` (the file just written) is never removed.
    """
    now = time.time() if now is None else now
    removed: list[str] = []
    per_store: dict[str, list[tuple[float, int, str]]] = {}
    memos: list[tuple[float, str]] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if entry.name.startswith(_TMP_PREFIX):
            if now - info.st_mtime > STALE_TMP_SECONDS:
                removed.append(entry.name)
        elif entry.name.startswith("rules-"):
            memos.append((info.st_mtime, entry.name))
        elif entry.name.endswith(".sqlite"):
            tag = entry.name.split("-", 1)[0] if "-" in entry.name else ""
            per_store.setdefault(tag, []).append((info.st_mtime, info.st_size, entry.name))
    kept: list[tuple[float, int, str]] = []
    for tag, files in per_store.items():
        files.sort(reverse=True)
        # A name without a store tag is from an older perufacts: nothing will look it up.
        limit = KEEP_PER_STORE if tag else 0
        for rank, item in enumerate(files):
            if rank < limit or item[2] == keep:
                kept.append(item)
            else:
                removed.append(item[2])
    # The rules of the last few versions of perufacts (two installs may take turns).
    removed += [name for _, name in sorted(memos, reverse=True)[KEEP_PER_STORE:]]
    total = sum(size for _, size, _ in kept)
    for _, size, name in sorted(kept):  # oldest first
        if total <= SIZE_CAP:
            break
        if name != keep:
            removed.append(name)
            total -= size
    for name in removed:
        with suppress(OSError):
            os.unlink(folder / name)
    return removed
