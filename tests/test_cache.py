"""The cache of validated stores never serves a stale, planted or never-validated store (issue 10).

Each test reproduces one defect of the review exactly: the symlinked store, the edit that keeps
size and mtime, the source rewritten during validation, the rules that changed, a cache file
planted by another user, a damaged cache file, a folder name that is not UTF-8, an unpruned
cache and cold starts that piled up.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from conftest import MINI_STORE, TIMEOUT, copy_mini_store, perufacts
from perufacts.errors import StoreError
from perufacts.store import CachedStore, cache, load_store

NOBODY = 65534


def cache_files(folder: Path) -> list[Path]:
    """The validated copies in a cache folder."""
    return sorted(folder.glob("*.sqlite"))


def same_size_edit(path: Path, old: bytes, new: bytes) -> None:
    """Replace ``old`` by ``new`` (same length) and put the old times back, as `touch -r` does."""
    assert len(old) == len(new)
    before = path.stat()
    data = path.read_bytes()
    assert data.count(old) == 1
    path.write_bytes(data.replace(old, new))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A child's environment with this test's private cache."""
    child = dict(os.environ)
    child["PERUFACTS_CACHE_DIR"] = str(tmp_path / "cache")
    child.pop("PERUFACTS_STORE", None)
    return child


# --- the key ---------------------------------------------------------------------------------


def test_a_symlinked_store_reads_the_sources_beside_the_file_it_links_to(run, tmp_path: Path):
    # The repro: two folders link to one facts.json, with different sources/ beside them.
    real = copy_mini_store(tmp_path / "real")
    for name, amount in (("good", b"$2 billion"), ("tampered", b"$999 billion")):
        folder = tmp_path / name
        (folder / "sources").mkdir(parents=True)
        text = (tmp_path / "real" / "sources" / "mini.txt").read_bytes()
        (folder / "sources" / "mini.txt").write_bytes(text.replace(b"$2 billion", amount))
        (folder / "facts.json").symlink_to(real)
    good = run("source", "--lines", "--plain", "--store", str(tmp_path / "good" / "facts.json"))
    assert good.exit_code == 0, good.output
    tampered = run(
        "source", "--lines", "--plain", "--store", str(tmp_path / "tampered" / "facts.json")
    )
    # One store file means one set of sources: those beside the file itself.
    assert tampered.exit_code == 0, tampered.output
    assert tampered.stdout == good.stdout
    assert "$2 billion" in tampered.stdout
    assert "$999" not in tampered.stdout
    # And validation gives the same answer as the cache did.
    assert run("validate", str(tmp_path / "tampered" / "facts.json")).exit_code == 0


def test_an_edit_that_keeps_size_and_mtime_is_validated_again(run, tmp_path: Path) -> None:
    store = copy_mini_store(tmp_path)
    assert run("figure", "trade-2010", "--store", str(store)).exit_code == 0
    assert len(cache_files(tmp_path / "cache")) == 1
    # One digit of a value: as_written still says $2 billion, so the store is now invalid.
    same_size_edit(store, b'"value": 2000000000', b'"value": 3000000000')
    result = run("figure", "trade-2010", "--store", str(store), "--json")
    assert result.exit_code == 4, result.output
    assert "trade-2010" in result.stderr or "figures[1]" in result.stderr
    assert json.loads(result.stderr)["error"]["code"] == "store-invalid"


def test_a_source_edit_that_keeps_size_and_mtime_is_validated_again(run, tmp_path: Path) -> None:
    store = copy_mini_store(tmp_path)
    source = tmp_path / "sources" / "mini.txt"
    assert run("source", "--store", str(store)).exit_code == 0
    same_size_edit(source, b"$2 billion", b"$3 billion")
    result = run("source", "--store", str(store))
    assert result.exit_code == 4
    assert "sources[0].sha256" in result.stderr
    assert "(the source file was changed)" in result.stderr


def test_a_source_rewritten_during_validation_is_not_recorded_as_validated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from perufacts.store import integrity

    store = copy_mini_store(tmp_path)
    source = tmp_path / "sources" / "mini.txt"
    original = integrity.check_store

    def rewriting(*args: object) -> list[str]:
        problems = original(*args)  # type: ignore[arg-type]
        # The source changes after it was read and checked, before validation ends.
        source.write_bytes(source.read_bytes().replace(b"$2 billion", b"$9 billion"))
        return problems

    monkeypatch.setattr(integrity, "check_store", rewriting)
    # Validated again from the files as they are now, whose source no longer matches.
    with pytest.raises(StoreError, match=r"sources\[0\]\.sha256"):
        load_store(store)
    assert cache_files(tmp_path / "cache") == []
    monkeypatch.setattr(integrity, "check_store", original)
    with pytest.raises(StoreError, match=r"sources\[0\]\.sha256"):
        load_store(store)


def test_the_store_rewritten_during_validation_is_not_cached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from perufacts.store import integrity

    store = copy_mini_store(tmp_path)
    original = integrity.check_store

    def rewriting(*args: object) -> list[str]:
        store.write_bytes(store.read_bytes().replace(b"Visitors.", b"Visitor!."))
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(integrity, "check_store", rewriting)
    # Validated again from the new file, which is rewritten again meanwhile: answered from that
    # fresh validation, and not cached.
    assert load_store(store).topics[2].summary == "Visitor!."
    assert cache_files(tmp_path / "cache") == []


def test_the_rules_are_a_hash_of_the_code(tmp_path: Path) -> None:
    package = Path(cache.__file__).resolve().parents[1]
    copy = tmp_path / "perufacts"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    before = cache.code_hash(copy)
    assert before == cache.code_hash(package)
    assert cache.rules_version().endswith(before)
    bounds = copy / "bounds.py"
    bounds.write_text(bounds.read_text(encoding="utf-8") + "\n# a new rule\n", encoding="utf-8")
    assert cache.code_hash(copy) != before


def test_new_rules_validate_stores_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = copy_mini_store(tmp_path)
    load_store(store)
    calls = []
    import perufacts.store as store_package

    original = store_package.validate_bytes

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(store_package, "validate_bytes", counting)
    load_store(store)
    assert calls == []
    monkeypatch.setattr(cache, "rules_version", lambda *folder: "other code")
    load_store(store)
    assert calls == [1]


def _racily_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A store cached while every file looks the same to stat and changed in the tick it was
    read in (git's racy case); the store and its cache file."""
    store = copy_mini_store(tmp_path)
    monkeypatch.setattr(cache, "identity", lambda info: (1, 2, 3, 4, 5))
    monkeypatch.setattr(cache, "RACY_NS", 10**19)
    load_store(store)
    (entry,) = cache_files(tmp_path / "cache")
    return store, entry


def test_a_racily_clean_entry_is_checked_by_content(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # git's racy case: a change in the same timestamp tick as the read leaves every stat alike.
    store, entry = _racily_cached(tmp_path, monkeypatch)
    db = sqlite3.connect(entry)
    racy = json.loads(db.execute("SELECT value FROM meta WHERE key = 'racy'").fetchone()[0])
    db.close()
    assert racy is True
    # Same size, same mtime, and (as within one tick) the identity the entry recorded.
    store.write_bytes(store.read_bytes().replace(b'"value": 2000000000', b'"value": 3000000000'))
    with pytest.raises(StoreError):
        load_store(store)


# --- what the cache trusts ------------------------------------------------------------------


def test_a_racy_entry_found_unchanged_later_is_trusted_by_its_stats(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, entry = _racily_cached(tmp_path, monkeypatch)
    monkeypatch.setattr(cache, "RACY_NS", 20_000_000)  # the files' change is now long past
    load_store(store)  # the contents are hashed once more and found the same
    db = sqlite3.connect(entry)
    racy = json.loads(db.execute("SELECT value FROM meta WHERE key = 'racy'").fetchone()[0])
    db.close()
    assert racy is False


def test_the_cache_folder_is_created_0700(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        load_store(copy_mini_store(tmp_path / "s"))
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "cache").stat().st_mode) == 0o700


def test_a_relative_xdg_cache_home_is_ignored(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("PERUFACTS_CACHE_DIR")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")
    assert cache.cache_dir() == tmp_path / "home" / ".cache" / "perufacts"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "xdg" / "perufacts"


def _plant(entry: Path, value: int) -> None:
    """Rewrite a cached figure's value, as a planted file would hold it."""
    db = sqlite3.connect(entry)
    with db:
        row = db.execute("SELECT pos, data FROM records WHERE rid = 'trade-2010'").fetchone()
        data = json.loads(row[1])
        data["value"] = value
        db.execute(
            "UPDATE records SET data = ? WHERE kind = 'figures' AND pos = ?",
            (json.dumps(data), row[0]),
        )
    db.close()


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="giving a file to another user (chown) needs root",
)
def test_a_cache_file_owned_by_another_user_is_discarded(run, tmp_path: Path) -> None:
    store = copy_mini_store(tmp_path)
    assert run("figure", "trade-2010", "--store", str(store)).exit_code == 0
    (entry,) = cache_files(tmp_path / "cache")
    _plant(entry, 99_000_000_000)
    os.chown(entry, NOBODY, NOBODY)
    result = run("figure", "trade-2010", "--store", str(store), "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["figures"][0]["value"] == 2_000_000_000
    assert result.stderr == (
        f"perufacts: discarded the cache file {entry}: it is owned by another user\n"
    )


@pytest.mark.parametrize("mode", [0o620, 0o602])
def test_a_cache_file_others_may_write_is_discarded(run, tmp_path: Path, mode: int) -> None:
    store = copy_mini_store(tmp_path)
    assert run("figure", "trade-2010", "--store", str(store)).exit_code == 0
    (entry,) = cache_files(tmp_path / "cache")
    _plant(entry, 99_000_000_000)
    entry.chmod(mode)
    for command in (["figure", "trade-2010"], ["check", "Trade was $99 billion in 2010."]):
        result = run(*command, "--store", str(store), "--json")
        assert "99000000000" not in result.stdout
    result = run("figure", "trade-2010", "--store", str(store), "--json")
    assert json.loads(result.stdout)["figures"][0]["value"] == 2_000_000_000


def test_a_symlink_in_the_cache_folder_is_not_followed(run, tmp_path: Path) -> None:
    store = copy_mini_store(tmp_path)
    assert run("figure", "trade-2010", "--store", str(store)).exit_code == 0
    (entry,) = cache_files(tmp_path / "cache")
    planted = tmp_path / "planted.sqlite"
    shutil.copy(entry, planted)
    _plant(planted, 99_000_000_000)
    entry.unlink()
    entry.symlink_to(planted)
    result = run("figure", "trade-2010", "--store", str(store), "--json")
    assert json.loads(result.stdout)["figures"][0]["value"] == 2_000_000_000
    assert result.stderr == f"perufacts: discarded the cache file {entry}: it is a symbolic link\n"


def test_a_folder_others_may_write_is_not_used(run, tmp_path: Path) -> None:
    store = copy_mini_store(tmp_path)
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    folder.chmod(0o777)
    result = run("figure", "trade-2010", "--store", str(store))
    assert result.exit_code == 0
    assert result.stderr == (
        f"perufacts: not using the cache folder {folder}: group or others may write to it\n"
    )
    assert cache_files(folder) == []


@pytest.mark.skipif(shutil.which("setpriv") is None, reason="setpriv (util-linux) is missing")
@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="acting as a second user (setpriv --reuid) needs root",
)
def test_another_user_cannot_plant_a_file(run, monkeypatch) -> None:
    # A second, real user (nobody) tries to write into the cache folder perufacts made. The
    # folders pytest makes are closed to other users, so this one lives in the system's temp.
    import tempfile

    with tempfile.TemporaryDirectory() as name:
        top = Path(name)
        top.chmod(0o755)
        store = copy_mini_store(top / "s")
        folder = top / "cache"
        monkeypatch.setenv("PERUFACTS_CACHE_DIR", str(folder))
        assert run("figure", "trade-2010", "--store", str(store)).exit_code == 0
        as_nobody = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
        planted = subprocess.run(
            [*as_nobody, "touch", str(folder / "planted.sqlite")],
            capture_output=True,
            timeout=TIMEOUT,
            check=False,
        )
        assert planted.returncode != 0
        assert b"Permission denied" in planted.stderr
        assert not (folder / "planted.sqlite").exists()
        # Had the folder been open to all, what nobody plants there is never read.
        folder.chmod(0o777)
        (entry,) = cache_files(folder)
        entry.chmod(0o644)
        copy = subprocess.run(
            [*as_nobody, "cp", str(entry), str(folder / "by-nobody.sqlite")],
            capture_output=True,
            timeout=TIMEOUT,
            check=False,
        )
        assert copy.returncode == 0, copy.stderr
        _plant(folder / "by-nobody.sqlite", 99_000_000_000)
        os.replace(folder / "by-nobody.sqlite", entry)
        folder.chmod(0o700)
        assert (entry.stat().st_uid, entry.stat().st_gid) == (NOBODY, NOBODY)
        result = run("figure", "trade-2010", "--store", str(store), "--json")
        assert result.exit_code == 0
        assert json.loads(result.stdout)["figures"][0]["value"] == 2_000_000_000
        assert result.stderr == (
            f"perufacts: discarded the cache file {entry}: it is owned by another user\n"
        )


def test_a_damaged_cache_file_is_discarded_and_named(run, tmp_path: Path) -> None:
    store = copy_mini_store(tmp_path)
    assert run("figure", "trade-2010", "--store", str(store)).exit_code == 0
    (entry,) = cache_files(tmp_path / "cache")
    # Bytes overwritten in one of the file's pages, as a bad disk or a stray write would: the
    # second page, which holds part of the database's own structure.
    data = bytearray(entry.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    data[page : page + 512] = b"\xa5" * 512
    with entry.open("r+b") as out:
        out.write(data)
    result = run("figure", "trade-2010", "--store", str(store), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["figures"][0]["value"] == 2_000_000_000
    assert result.stderr.startswith(f"perufacts: discarded the cache file {entry}: it is damaged")
    assert result.stderr.count("\n") == 1
    # The next run finds a good copy again, and says nothing.
    again = run("figure", "trade-2010", "--store", str(store))
    assert (again.exit_code, again.stderr) == (0, "")


def test_a_cache_file_that_is_not_a_database_is_discarded(run, tmp_path: Path) -> None:
    store = copy_mini_store(tmp_path)
    run("topics", "--store", str(store))
    (entry,) = cache_files(tmp_path / "cache")
    entry.write_bytes(b"not a database")
    result = run("topics", "--store", str(store))
    assert result.exit_code == 0
    assert str(entry) in result.stderr


def test_damage_found_while_reading_means_validating_again(run, tmp_path: Path, monkeypatch):
    # A cache file too large to be checked page by page on opening (made so here by a zero
    # limit), damaged everywhere but its first page and its metadata: the damage shows only
    # when records are read, and the run still answers from a fresh validation.
    store = copy_mini_store(tmp_path)
    expected = run("figures", "--plain", "--store", str(store))
    (entry,) = cache_files(tmp_path / "cache")
    db = sqlite3.connect(entry)
    (meta_page,) = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'meta'").fetchone()
    (page_size,) = db.execute("PRAGMA page_size").fetchone()
    db.close()
    data = bytearray(entry.read_bytes())
    for page in range(2, len(data) // page_size + 1):
        if page != meta_page:
            start = (page - 1) * page_size
            data[start : start + page_size] = b"\xa5" * page_size
    entry.write_bytes(bytes(data))
    monkeypatch.setattr(cache, "QUICK_CHECK_BYTES", 0)
    opened = []
    lookup = cache.lookup
    monkeypatch.setattr(cache, "lookup", lambda *a: opened.append(lookup(*a)) or opened[-1])
    result = run("figures", "--plain", "--store", str(store))
    assert opened[0] is not None  # the damaged file was opened: its damage showed later
    assert result.exit_code == 0, result.output
    assert result.stdout == expected.stdout
    assert result.stderr.startswith(f"perufacts: discarded the cache file {entry}: it is damaged")
    assert result.stderr.count("\n") == 1
    # The file was written again, whole.
    db = sqlite3.connect(entry)
    assert db.execute("PRAGMA quick_check").fetchone() == ("ok",)
    db.close()
    again = run("figures", "--plain", "--store", str(store))
    assert (again.exit_code, again.stdout, again.stderr) == (0, expected.stdout, "")


def test_a_cached_row_changed_in_place_is_damage(run, tmp_path: Path) -> None:
    store = copy_mini_store(tmp_path)
    assert run("figure", "trade-2010", "--store", str(store)).exit_code == 0
    (entry,) = cache_files(tmp_path / "cache")
    # Four bytes of one row changed on disk: the file is still a sound database to SQLite.
    data = entry.read_bytes()
    row = b'"value": 2000000000, "unit"'  # the figure's row (its listing text breaks the line)
    assert data.count(row) == 1
    entry.write_bytes(data.replace(row, row.replace(b"2000", b"9200")))
    db = sqlite3.connect(entry)
    assert db.execute("PRAGMA quick_check").fetchone() == ("ok",)
    db.close()
    result = run("figure", "trade-2010", "--store", str(store), "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["figures"][0]["value"] == 2_000_000_000
    assert result.stderr == (
        f"perufacts: discarded the cache file {entry}: it is damaged (DatabaseError: a row does "
        "not match its checksum: ['figures', 1])\n"
    )
    again = run("figure", "trade-2010", "--store", str(store))
    assert (again.exit_code, again.stderr) == (0, "")


def test_a_listing_row_changed_in_place_is_damage(run, tmp_path: Path) -> None:
    store = copy_mini_store(tmp_path)
    expected = run("figures", "--json", "--store", str(store))
    (entry,) = cache_files(tmp_path / "cache")
    db = sqlite3.connect(entry)
    with db:  # one bit of the compressed text of trade-2010, its checksum left as it was
        (packed,) = db.execute("SELECT packed FROM listing WHERE pos = 1").fetchone()
        changed = packed[:20] + bytes([packed[20] ^ 1]) + packed[21:]
        db.execute("UPDATE listing SET packed = ? WHERE pos = 1", (changed,))
    db.close()
    result = run("figures", "--json", "--store", str(store))
    assert (result.exit_code, result.stdout) == (0, expected.stdout)
    assert result.stderr == (
        f"perufacts: discarded the cache file {entry}: it is damaged (DatabaseError: a row does "
        "not match its checksum: ['listing', 1])\n"
    )
    again = run("figures", "--json", "--store", str(store))
    assert (again.exit_code, again.stdout, again.stderr) == (0, expected.stdout, "")


def _damaged_listing(run: Any, tmp_path: Path, args: list[str], sql: str, rows: str) -> None:
    """A listing's cache damaged by ``sql`` is discarded with one line naming the damaged
    ``rows``, and the listing comes out as it did before."""
    store = copy_mini_store(tmp_path)
    expected = run(*args, "--store", str(store))
    (entry,) = cache_files(tmp_path / "cache")
    db = sqlite3.connect(entry)
    with db:  # a row gone: the file is still a sound database, every other row intact
        db.execute(sql)
    db.close()
    result = run(*args, "--store", str(store))
    assert (result.exit_code, result.stdout) == (0, expected.stdout)
    assert result.stderr == (
        f"perufacts: discarded the cache file {entry}: it is damaged (DatabaseError: a row does "
        f"not match its checksum: {rows})\n"
    )


def test_a_listing_row_missing_is_damage(run, tmp_path: Path) -> None:
    args = ["figures", "--json", "--topic", "commerce"]
    _damaged_listing(run, tmp_path, args, "DELETE FROM listing WHERE pos = 1", "['listing', 1]")


def test_a_listing_s_dictionary_missing_is_damage_recovered_from(run, tmp_path: Path) -> None:
    # Found before a row is unpacked, and recovered from: not every row found damaged, then the
    # fresh copy's rows read with the missing dictionary (exit 4, "run the command again").
    sql = "DELETE FROM derived WHERE name = 'listing_dictionary'"
    _damaged_listing(run, tmp_path, ["figures", "--json"], sql, "[None, None]")


def test_a_store_replaced_before_damage_is_found_is_not_mixed_into_the_answer(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = copy_mini_store(tmp_path)
    assert run("figures", "--json", "--store", str(store)).exit_code == 0
    (entry,) = cache_files(tmp_path / "cache")
    db = sqlite3.connect(entry)
    with db:  # one bit of the compressed text of fund-grants (pos 2)
        (packed,) = db.execute("SELECT packed FROM listing WHERE pos = 2").fetchone()
        changed = packed[:20] + bytes([packed[20] ^ 1]) + packed[21:]
        db.execute("UPDATE listing SET packed = ? WHERE pos = 2", (changed,))
    db.close()
    # Another version of the store takes its name while the listing is read, before the damage
    # is found: recovering from that version would answer trade-2020 and trade-2010 from the
    # one, fund-grants and visitors from the other.
    new = tmp_path / "new.json"
    new.write_bytes(store.read_bytes().replace(b'"Museum visitors"', b'"Museum guests"'))
    discard = cache.discard

    def replaced_then_discard(path: Path, why: str) -> None:
        os.replace(new, store)
        discard(path, why)

    monkeypatch.setattr(cache, "discard", replaced_then_discard)
    result = run("figures", "--json", "--store", str(store))
    assert (result.exit_code, result.stdout) == (4, "")
    note, error = result.stderr.split("\n", 1)
    assert note == (
        f"perufacts: discarded the cache file {entry}: it is damaged (DatabaseError: a row does "
        "not match its checksum: ['listing', 2])"
    )
    assert json.loads(error)["error"]["message"] == (
        f"the cache file {entry} is damaged and has been removed; run the command again"
    )
    monkeypatch.undo()
    again = run("figures", "--json", "--store", str(store))
    assert again.exit_code == 0
    labels = [f["label"] for f in json.loads(again.stdout)["figures"]]
    assert labels[3] == "Museum guests"


@pytest.mark.parametrize(
    ("table", "column", "damage"),
    [("topic_names", "pos", 2), ("derived", "value", '{"frames": []}')],
)
def test_index_and_derived_rows_are_checked_too(
    run, tmp_path: Path, table: str, column: str, damage: object
) -> None:
    store = copy_mini_store(tmp_path)
    expected = run("topic", "commerce", "--store", str(store), "--plain")
    (entry,) = cache_files(tmp_path / "cache")
    db = sqlite3.connect(entry)
    with db:
        db.execute(f"UPDATE {table} SET {column} = ?", (damage,))
    db.close()
    result = run("topic", "commerce", "--store", str(store), "--plain")
    if table == "derived":  # read by check only
        result = run("check", "-", "--store", str(store), "--plain", input="Trade was $2 billion.")
        expected = run(
            "check", "-", "--store", str(store), "--plain", input="Trade was $2 billion."
        )
    assert result.stdout == expected.stdout
    assert result.stderr.startswith(f"perufacts: discarded the cache file {entry}: it is damaged")


def test_an_empty_folder_at_a_cache_files_name_is_removed(run, tmp_path: Path) -> None:
    store = copy_mini_store(tmp_path)
    assert run("figure", "trade-2010", "--store", str(store)).exit_code == 0
    (entry,) = cache_files(tmp_path / "cache")
    entry.unlink()
    entry.mkdir()
    result = run("figure", "trade-2010", "--store", str(store))
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        f"perufacts: removed {entry}: an empty folder where a cache file belongs\n"
    )
    assert entry.is_file()  # cached again
    again = run("figure", "trade-2010", "--store", str(store))
    assert (again.exit_code, again.stderr) == (0, "")


def test_a_folder_with_files_at_a_cache_files_name_is_named_once(run, tmp_path: Path) -> None:
    store = copy_mini_store(tmp_path)
    assert run("figure", "trade-2010", "--store", str(store)).exit_code == 0
    (entry,) = cache_files(tmp_path / "cache")
    entry.unlink()
    entry.mkdir()
    (entry / "notes.txt").write_text("mine")
    for _ in range(2):
        result = run("figure", "trade-2010", "--store", str(store), "--plain")
        assert result.exit_code == 0, result.output
        assert result.stdout.split("\t")[:2] == ["trade-2010", "2000000000"]
        assert result.stderr == (
            f"perufacts: not caching the store: {entry} is a folder where a cache file "
            "belongs; remove it to cache the store again\n"
        )
    assert (entry / "notes.txt").read_text() == "mine"


def test_damage_found_while_reading_removes_the_file(run, tmp_path: Path, monkeypatch) -> None:
    # Damage that shows outside the store's reads (the fallback at the command line's
    # boundary): one line, exit 4, and the file is gone so that the next run validates again.
    store = copy_mini_store(tmp_path)
    run("topics", "--store", str(store))
    (entry,) = cache_files(tmp_path / "cache")
    monkeypatch.setattr(cache, "QUICK_CHECK_BYTES", 0)

    def damaged(*args: object) -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr("perufacts.queries.figure_counts", damaged)
    result = run("topics", "--store", str(store))
    assert result.exit_code == 4
    assert result.stderr == (
        f"perufacts: the cache file {entry} is damaged and has been removed; "
        "run the command again\n"
    )
    assert not entry.exists()


def test_the_mcp_server_removes_a_cache_file_found_damaged(run, tmp_path: Path, monkeypatch):
    # The same recovery as the command line's, through the store's function both fronts call:
    # a tool error with the JSON of --json errors, and the file gone.
    import anyio

    from perufacts.mcp_server import build_server

    store = copy_mini_store(tmp_path)
    run("topics", "--store", str(store))
    (entry,) = cache_files(tmp_path / "cache")

    def damaged(*args: object) -> None:
        raise sqlite3.DatabaseError("database disk image is malformed")

    monkeypatch.setattr("perufacts.queries.figure_counts", damaged)
    server = build_server(store)
    result = anyio.run(server.call_tool, "topics", {})
    assert result.is_error
    assert result.structured_content == {
        "error": {
            "code": "store-invalid",
            "message": f"the cache file {entry} is damaged and has been removed; "
            "run the command again",
            "suggestions": [],
        }
    }
    assert not entry.exists()


def test_a_store_under_a_folder_whose_name_is_not_utf8(env: dict[str, str], tmp_path: Path):
    folder = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9"))
    store = copy_mini_store(folder)
    env["PERUFACTS_CACHE_DIR"] = os.fsdecode(bytes(tmp_path) + b"/cach\xe9")
    for _ in range(2):  # cold, then from the cache
        result = perufacts("figure", "trade-2010", "--json", "--store", os.fsencode(store), env=env)
        assert result.returncode == 0, result.stderr
        assert result.stderr == b""
        assert json.loads(result.stdout)["figures"][0]["value"] == 2_000_000_000
    assert len(cache_files(Path(env["PERUFACTS_CACHE_DIR"]))) == 1


# --- pruning and temporary files -------------------------------------------------------------


def test_the_cache_keeps_the_newest_few_copies_per_store(tmp_path: Path) -> None:
    store = copy_mini_store(tmp_path)
    other = copy_mini_store(tmp_path / "other")
    load_store(other)
    names = []
    for n in range(6):
        text = MINI_STORE.read_text(encoding="utf-8").replace("Visitors.", f"Visitors {n}.")
        store.write_text(text, encoding="utf-8")
        load_store(store)
        names.append(cache.file_name(store, cache.cache_key(store, store.stat())))
    kept = {p.name for p in cache_files(tmp_path / "cache")}
    assert kept == {*names[-cache.KEEP_PER_STORE :], *_names_for(other)}


def _names_for(store: Path) -> list[str]:
    """The cache file name of a store as it is now."""
    return [cache.file_name(store, cache.cache_key(store, store.stat()))]


def test_the_cache_stays_under_its_size_cap(tmp_path: Path, monkeypatch) -> None:
    stores = [copy_mini_store(tmp_path / str(n)) for n in range(3)]
    for store in stores:
        load_store(store)
    assert len(cache_files(tmp_path / "cache")) == 3
    monkeypatch.setattr(cache, "SIZE_CAP", 1)
    newest = copy_mini_store(tmp_path / "newest")
    load_store(newest)
    assert [p.name for p in cache_files(tmp_path / "cache")] == _names_for(newest)


def test_temporary_files_older_than_an_hour_are_swept(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    old, recent = folder / ".tmp-killed.sqlite", folder / ".tmp-running.sqlite"
    old.write_bytes(b"x")
    recent.write_bytes(b"x")
    hours_ago = time.time() - 2 * 3600
    os.utime(old, (hours_ago, hours_ago))
    load_store(copy_mini_store(tmp_path / "s"))
    assert not old.exists()
    assert recent.exists()


# --- one process builds, the others wait ----------------------------------------------------


@pytest.mark.slow
def test_a_cold_run_waits_for_the_one_building_the_cache(env: dict[str, str], tmp_path: Path):
    store = copy_mini_store(tmp_path / "s")
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    env["PERUFACTS_STORE"] = str(store)
    with cache.build_lock(folder, store):
        child = subprocess.Popen(
            [sys.executable, "-m", "perufacts", "topics", "--plain"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        time.sleep(1.5)
        waiting = child.poll()
    out, err = child.communicate(timeout=TIMEOUT)
    assert waiting is None  # it waited for the lock instead of validating beside us
    assert child.returncode == 0, err
    assert out.startswith(b"intro\t")
    assert len(cache_files(folder)) == 1


def test_the_rules_hash_is_kept_and_a_lookup_only_stats_the_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cache"
    load_store(copy_mini_store(tmp_path / "s"))
    (memo,) = folder.glob("rules-*")
    package = Path(cache.__file__).parents[1]
    assert memo.read_text() == f"{sys.version_info[0]}.{sys.version_info[1]}-" + cache.code_hash(
        package
    )
    assert stat.S_IMODE(memo.stat().st_mode) == 0o600

    def must_not_hash(package: Path) -> str:
        raise AssertionError("the code was hashed again")

    monkeypatch.setattr(cache, "code_hash", must_not_hash)
    assert cache.rules_version.__wrapped__(folder) == memo.read_text()
    # A memo others may write is not believed (and is discarded).
    memo.chmod(0o622)
    monkeypatch.undo()
    assert cache.rules_version.__wrapped__(folder).endswith(cache.code_hash(package))


# --- closing what was opened -------------------------------------------------------------------


def _spy_connections(monkeypatch: pytest.MonkeyPatch) -> list[sqlite3.Connection]:
    """The connections of every CachedStore made from now on."""
    from perufacts.store.records import CachedStore

    made: list[sqlite3.Connection] = []
    init = CachedStore.__init__

    def spy(self: CachedStore, connection: sqlite3.Connection, *args: Any) -> None:
        made.append(connection)
        init(self, connection, *args)

    monkeypatch.setattr(CachedStore, "__init__", spy)
    return made


def _closed(connection: sqlite3.Connection) -> bool:
    try:
        connection.execute("SELECT 1")
    except sqlite3.ProgrammingError:
        return True
    return False


@pytest.mark.parametrize("cold", [True, False], ids=["cold", "warm"])
def test_a_command_closes_every_database_it_opened(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cold: bool
) -> None:
    # Python 3.13 warns (ResourceWarning) about a connection left to the garbage collector.
    store = copy_mini_store(tmp_path)
    if not cold:
        assert run("topics", "--store", str(store)).exit_code == 0
    made = _spy_connections(monkeypatch)
    assert run("figure", "trade-2010", "--store", str(store)).exit_code == 0
    assert len(made) == 1
    assert _closed(made[0])


def test_an_mcp_tool_call_closes_the_databases_it_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import anyio

    from perufacts.mcp_server import build_server

    store = copy_mini_store(tmp_path)
    server = build_server(store)
    made = _spy_connections(monkeypatch)
    for _ in range(3):
        result = anyio.run(server.call_tool, "figure", {"ids": ["trade-2010"]})
        assert not result.is_error
    assert len(made) == 3
    assert all(_closed(c) for c in made)


def test_calls_side_by_side_close_only_their_own_databases(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The MCP server runs calls side by side: one call's end must not close a database that
    # another call, still running on its worker thread, is reading.
    import threading

    import anyio

    from perufacts import mcp_server

    store = copy_mini_store(tmp_path)
    loaded, other_done = threading.Event(), threading.Event()
    load = mcp_server.Tools._load

    def slow_load(self: mcp_server.Tools) -> Any:
        data = load(self)
        if not loaded.is_set():  # the first call waits, its store open, for the second to end
            loaded.set()
            assert other_done.wait(10)
        return data

    monkeypatch.setattr(mcp_server.Tools, "_load", slow_load)
    server = mcp_server.build_server(store)
    results: dict[str, Any] = {}

    async def first() -> None:
        results["figure"] = await server.call_tool("figure", {"ids": ["trade-2010"]})

    async def second() -> None:
        await anyio.to_thread.run_sync(loaded.wait, 10)
        results["topics"] = await server.call_tool("topics", {})
        other_done.set()

    async def both() -> None:
        async with anyio.create_task_group() as group:
            group.start_soon(first)
            group.start_soon(second)

    anyio.run(both)
    assert not results["topics"].is_error
    assert not results["figure"].is_error, results["figure"].content
    assert results["figure"].structured_content["figures"][0]["id"] == "trade-2010"


# --- a store replaced while its cache is built ---------------------------------------------------


def _relabelled(store: Path, label: str) -> None:
    """Replace the store file (a new file renamed over it) by one whose trade-2010 has ``label``."""
    data = json.loads(store.read_text(encoding="utf-8"))
    (figure,) = [f for f in data["figures"] if f["id"] == "trade-2010"]
    figure["label"] = label
    new = store.with_name("new.json")
    new.write_text(json.dumps(data), encoding="utf-8")
    os.replace(new, store)


def _waiting_on_a_lock(pid: int) -> bool:
    """True when process ``pid`` is blocked waiting for a lock (a '->' line of /proc/locks)."""
    lines = Path("/proc/locks").read_text().splitlines()
    return any("->" in words and str(pid) in words for words in map(str.split, lines))


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="needs Linux's /proc/locks")
def test_a_waiter_answers_from_the_store_replaced_while_it_waited(tmp_path: Path) -> None:
    # A process waiting on the build lock validated the file it had opened, replaced meanwhile:
    # 20 waiters all printed the old label, the last 34 s after the replacement.
    import fcntl

    store = copy_mini_store(tmp_path / "s").resolve()
    folder = tmp_path / "cache"
    folder.mkdir(mode=0o700)
    env = {**os.environ, "PERUFACTS_CACHE_DIR": str(folder)}
    with (folder / f"{cache.store_tag(store)}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # a cold build in progress
        waiter = subprocess.Popen(
            [sys.executable, "-m", "perufacts", "figure", "trade-2010", "--plain", "--store",
             str(store)],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
        deadline = time.monotonic() + 30
        while not _waiting_on_a_lock(waiter.pid):
            assert waiter.poll() is None, waiter.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.02)
        _relabelled(store, "Trade in 2010, replaced")
    out, err = waiter.communicate(timeout=60)
    assert waiter.returncode == 0, err
    assert out.decode().split("\t")[:3] == ["trade-2010", "2000000000", "USD"]
    assert "Trade in 2010, replaced" in out.decode()
    assert err == b""


def test_a_store_replaced_while_it_is_validated_is_validated_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import perufacts.store as store_package

    store = copy_mini_store(tmp_path / "s")
    validate = store_package._validate
    calls: list[int] = []

    def replaced_meanwhile(*args: Any) -> Any:
        result = validate(*args)
        calls.append(1)
        if len(calls) == 1:
            _relabelled(store, "Trade in 2010, replaced")
        return result

    monkeypatch.setattr(store_package, "_validate", replaced_meanwhile)
    loaded = load_store(store)
    assert loaded.figure("trade-2010").label == "Trade in 2010, replaced"
    assert len(calls) == 2
    monkeypatch.undo()
    cached = load_store(store)  # the new version was cached: no validation
    assert isinstance(cached, CachedStore)
    assert cached.figure("trade-2010").label == "Trade in 2010, replaced"
    assert len(list((tmp_path / "cache").glob("*.sqlite"))) == 1


# --- a cache that cannot be written --------------------------------------------------------------


def test_a_cache_that_cannot_be_written_is_said_once(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A full or read-only cache folder silently disabled the cache: every run validated again.
    import errno
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    store = copy_mini_store(tmp_path / "s")
    folder = tmp_path / "cache"
    make = tempfile.mkstemp

    def full(*args: Any, **kwargs: Any) -> Any:
        if Path(kwargs["dir"]) == folder:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return make(*args, **kwargs)

    said = (
        f"perufacts: cannot write to the cache folder {folder} (No space left on device): "
        "every run validates the store in full until it can (said once)\n"
    )
    with monkeypatch.context() as patched:
        patched.setattr(tempfile, "mkstemp", full)
        first = run("figure", "trade-2010", "--store", str(store), "--plain")
        again = run("figure", "trade-2010", "--store", str(store), "--plain")
    assert first.exit_code == again.exit_code == 0
    assert first.stderr == said
    assert again.stderr == ""  # not every run
    assert first.stdout == again.stdout
    assert list(folder.glob("*.sqlite")) == []
    saved = run("figure", "trade-2010", "--store", str(store), "--plain")
    assert saved.stderr == ""
    assert len(list(folder.glob("*.sqlite"))) == 1
    # Writable again, then full again: said again.
    store.write_bytes(store.read_bytes() + b"\n")
    with monkeypatch.context() as patched:
        patched.setattr(tempfile, "mkstemp", full)
        assert run("figure", "trade-2010", "--store", str(store)).stderr == said


def test_a_cache_folder_that_cannot_be_made_is_said_once(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    (tmp_path / "file").write_text("a file where a folder should be")
    folder = tmp_path / "file" / "cache" / "perufacts"
    monkeypatch.setenv("PERUFACTS_CACHE_DIR", str(folder))
    results = [run("topics", "--store", str(MINI_STORE)) for _ in range(3)]
    assert [r.exit_code for r in results] == [0, 0, 0]
    assert results[0].stderr == (
        f"perufacts: cannot write to the cache folder {folder} (Not a directory): every run "
        "validates the store in full until it can (said once)\n"
    )
    assert [r.stderr for r in results[1:]] == ["", ""]


def test_each_call_keeps_its_own_opened_cache_files(tmp_path: Path) -> None:
    # A damaged cache file is removed by the call that opened it: a call running beside it
    # (the MCP server's calls run side by side) must neither clear nor fill its list.
    from perufacts.store import front_end_call

    first = copy_mini_store(tmp_path / "a")
    second = copy_mini_store(tmp_path / "b")
    load_store(first)
    load_store(second)  # both cached
    with front_end_call():
        load_store(first)
        mine = list(cache.opened())
        with front_end_call():
            assert cache.opened() == []
            load_store(second)
            assert len(cache.opened()) == 1
        assert cache.opened() == mine
    assert len(mine) == 1
    assert mine[0].parent == tmp_path / "cache"
