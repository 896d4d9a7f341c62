"""Output emission: the format asked for, results on stdout, errors and notes on stderr.

A command builds only the format it prints (``show``); ``--json`` never passes through Rich,
and the Rich presenters are imported only when a table is printed.
"""

# No `from __future__ import annotations` in the command line's modules: Typer would eval every
# annotation string of every command on each run, which tripled the time it takes to build the
# commands.

import itertools
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

import typer

from perufacts import export
from perufacts.errors import PerufactsError, UsageError
from perufacts.models import Store
from perufacts.present import contract
from perufacts.present.safety import one_line, terminal_text
from perufacts.store import read_source_text, resolve_store_path


class Format(str, Enum):
    """How a command prints its result."""

    TABLE = "table"
    JSON = "json"
    PLAIN = "plain"
    JSONL = "jsonl"


@dataclass
class Output:
    """The output format asked for, kept on the Click context (``ctx.obj``) for every handler.

    It starts as what the command line seems to ask for (``--json`` before any ``--``), which
    is all there is to go on when a command cannot even be parsed; the --json and --plain
    options overwrite it with what was actually parsed as soon as the command's options are.
    """

    json: bool = False
    plain: bool = False
    # --compact: the JSON on one line; --jsonl: a listing's records, one JSON object a line.
    compact: bool = False
    jsonl: bool = False
    # What the options given before the command said (``perufacts --json figure ...``); the
    # command's own options add to them.
    root_json: bool = False
    root_plain: bool = False
    root_store: Path | None = None

    @classmethod
    def guess(cls, argv: list[str]) -> "Output":
        """What ``argv`` seems to ask for before it is parsed: words after ``--`` are data."""
        options = argv[: argv.index("--")] if "--" in argv else argv
        return cls(
            json="--json" in options, plain="--plain" in options, compact="--compact" in options
        )

    def format(self) -> "Format":
        """The one format: table, JSON or plain; both --json and --plain is a usage error."""
        if self.json and self.plain:
            raise UsageError("--json and --plain cannot be used together")
        if self.jsonl and (self.json or self.plain or self.compact):
            raise UsageError("--jsonl cannot be used with --json, --plain or --compact")
        if self.compact and self.plain:
            raise UsageError("--compact is for JSON: it cannot be used with --plain")
        if self.jsonl:
            return Format.JSONL
        if self.json or self.compact:
            return Format.JSON
        return Format.PLAIN if self.plain else Format.TABLE


def output_of(ctx: typer.Context) -> Output:
    """The output choice kept on the context (a fresh one if the command runs without the root)."""
    if not isinstance(ctx.obj, Output):
        ctx.obj = Output()
    return ctx.obj


def format_of(ctx: typer.Context) -> Format:
    """The output format of this run (decided once, on the context)."""
    return output_of(ctx).format()


def report(exc: PerufactsError, as_json: bool, hint: str = "") -> None:
    """Write an error to stderr: one line, or one JSON object with --json."""
    if as_json:
        data = contract.error_dict(exc.code, exc.message, exc.suggestions, exc.problems)
        typer.echo(contract.to_json(data, ascii_only=not utf8(sys.stderr)), err=True)
        return
    if exc.suggestions:
        hint = f"did you mean {', '.join(exc.suggestions)}?"
    tail = f" ({hint})" if hint else ""
    typer.echo(f"perufacts: {one_line(exc.message)}{one_line(tail)}", err=True)


def note(text: str) -> None:
    """Say something that is not data in one line on stderr."""
    typer.echo(f"perufacts: {one_line(text)}", err=True)


# A .bib file appended to is read for its keys up to this size; past it, nothing is left out.
BIB_READ_LIMIT = 16 * 1024 * 1024


def appended_bib_keys() -> set[str]:
    """The entry keys of the regular file stdout appends to (``>> refs.bib``); none otherwise.

    The file is opened again for reading through ``/dev/fd`` (stdout's own descriptor only
    writes) and must be the very file stdout is: anything else, unreadable or too large, is read
    as holding no key, so the entries are written as they would be anyway.
    """
    import fcntl
    import os
    import stat

    from perufacts.cite import bib_keys

    try:
        fd = sys.stdout.fileno()
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or not fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_APPEND:
            return set()
        with open(f"/dev/fd/{fd}", "rb") as f:
            again = os.fstat(f.fileno())
            if (again.st_dev, again.st_ino) != (st.st_dev, st.st_ino):
                return set()
            data = f.read(BIB_READ_LIMIT + 1)
    except (OSError, ValueError, AttributeError):
        return set()
    if len(data) > BIB_READ_LIMIT:
        return set()
    return bib_keys(data.decode("utf-8", "replace"))


def shown_whole(emit: Callable[[], None]) -> bool:
    """Run ``emit`` and flush stdout; False when the reader closed the pipe before the end.

    Everywhere else a closed pipe ends perufacts at once, quietly, as SIGPIPE ends Unix tools
    (exit 141). A command whose exit code carries a verdict (``check``) must keep it: here
    SIGPIPE is ignored while it writes, the rest of its output goes nowhere, and the command
    decides how to end.
    """
    import os
    import signal

    if not hasattr(signal, "SIGPIPE"):
        emit()
        return True
    previous = signal.signal(signal.SIGPIPE, signal.SIG_IGN)
    try:
        emit()
        sys.stdout.flush()
        return True
    except BrokenPipeError:
        # What is still buffered goes to /dev/null at exit rather than failing again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return False
    finally:
        signal.signal(signal.SIGPIPE, previous)


def end_as_sigpipe() -> None:
    """End as SIGPIPE ends a Unix tool (exit 141): what every command does on a closed pipe."""
    import os
    import signal

    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGPIPE)


def utf8(stream: Any) -> bool:
    """True when the stream writes UTF-8."""
    return "utf" in (getattr(stream, "encoding", None) or "").lower()


def show(
    ctx: typer.Context,
    *,
    json: Callable[[], Any],
    plain: Callable[[], Iterable[str]],
    table: Callable[[Any], list[Any]],
    empty: str | None = None,
    fields: "Fields | None" = None,
    jsonl: Callable[[], Iterable[Any]] | None = None,
) -> None:
    """Print a result in the chosen format; only that format is ever built.

    ``jsonl``, for the listings that offer --jsonl, gives the records one JSON object a line.

    ``table`` is given the Rich presenters (``present.tables``), imported only for a table.
    ``empty``, given when there is nothing to show, is said in one line on stderr instead
    (the JSON, an empty list, is printed as ever): an empty result is a success.
    """
    fmt = format_of(ctx)
    if empty is not None and fmt is not Format.JSON:
        note(empty)
        return
    if fmt is Format.JSONL:
        assert jsonl is not None  # only the commands that give records offer --jsonl
        emit_jsonl(jsonl() if fields is None else fields.picked())
        return
    if fields is not None:
        json, plain, table = fields.formats()
    if fmt is Format.JSON:
        emit_json(json(), compact=output_of(ctx).compact)
    elif fmt is Format.PLAIN:
        emit_plain(plain())
    else:
        from perufacts.present import tables

        tables.print_renderables(*table(tables))


def emit_json(data: Any, *, compact: bool = False) -> None:
    """Write one JSON document to stdout (streamed if it is a JsonList), bypassing Rich entirely;
    on one line with ``compact``."""
    ascii_only = not utf8(sys.stdout)
    if isinstance(data, contract.JsonList):
        sys.stdout.writelines(data.chunks(ascii_only=ascii_only, compact=compact))
        sys.stdout.write("\n")
        return
    text = contract.compact_json if compact else contract.to_json
    sys.stdout.write(text(data, ascii_only=ascii_only) + "\n")


def emit_jsonl(records: Iterable[Any]) -> None:
    """Write records to stdout as JSON Lines, one compact object a line, as they come."""
    ascii_only = not utf8(sys.stdout)
    sys.stdout.writelines(contract.compact_json(r, ascii_only=ascii_only) + "\n" for r in records)


def _is_terminal(stream: Any) -> bool:
    """True when ``stream`` is a terminal."""
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def emit_plain(rows: Iterable[str]) -> None:
    """Write tab-separated records to stdout, one per line, as they come."""
    sys.stdout.writelines(row + "\n" for row in rows)


def emit_bytes(data: bytes, link: Path | None = None) -> None:
    """Write an export's bytes to stdout: UTF-8 whatever the locale, unchanged into a file or a
    pipe; to a terminal, control and invisible characters are shown as escapes, never obeyed.

    ``link``, a symbolic link to a pipe or a terminal (``export.streamed``), is written the same
    way, in place of stdout.
    """
    if link is not None:
        fd = export.open_stream(link)
        try:
            with open(fd, "wb") as stream:
                if stream.isatty():
                    data = terminal_text(data.decode("utf-8")).encode("utf-8")
                stream.write(data)
        except OSError as exc:
            raise PerufactsError(f"cannot write {link}: {exc.strerror or exc}") from None
        return
    if _is_terminal(sys.stdout):
        data = terminal_text(data.decode("utf-8")).encode("utf-8")
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


@dataclass
class Fields:
    """The records a listing prints, cut to the fields --fields asked for, in every format."""

    key: str
    names: list[str]
    records: Callable[[], Iterable[dict[str, Any]]]

    def picked(self) -> Iterable[dict[str, Any]]:
        """The records, cut to ``names``."""
        return contract.picked(self.records(), self.names)

    def formats(
        self,
    ) -> tuple[Callable[[], Any], Callable[[], Iterable[str]], Callable[[Any], list[Any]]]:
        """The JSON, plain and table output of the records cut to ``names``."""
        return (
            lambda: contract.JsonList(self.key, contract.picked(self.records(), self.names)),
            lambda: contract.picked_rows(self.records(), self.names),
            lambda t: [t.records_table(self.records(), self.names)],
        )


def picked_fields(
    spec: str | None,
    key: str,
    available: Sequence[str],
    records: Callable[[], Iterable[dict[str, Any]]],
) -> Fields | None:
    """What --fields asks of a listing, checked against the fields its records have."""
    names = contract.fields_asked(spec, available)
    return None if names is None else Fields(key, names, records)


T = TypeVar("T")


def peek(items: Iterable[T]) -> tuple[bool, Iterable[T]]:
    """Whether ``items`` has any, and the items still whole (a stream is read one ahead)."""
    if isinstance(items, list):
        return bool(items), items
    it = iter(items)
    first = next(it, None)
    return first is not None, ([] if first is None else itertools.chain([first], it))


def _sheet_page(data: Store, store: Path | None) -> str:
    """The store as one annotated HTML page (present.html; Jinja2 is imported only here)."""
    from perufacts.present import html

    path = resolve_store_path(store)
    return html.sheet_page(data, {s.id: read_source_text(path, s) for s in data.sources})


# Export formats that a presenter builds (a page, not rows of figures). The core's registry,
# export.FORMATS, cannot name them (the core never imports a presenter), so the command line
# offers both and routes these past the core.
PAGES: dict[str, Callable[[Store, Path | None], str]] = {"html": _sheet_page}


def page_target(ctx: typer.Context, html_path: str | None, *, force: bool) -> Path | None:
    """Where check's page goes (None: stdout or no page), refused before any work if it cannot."""
    if html_path is None:
        return None
    target = export.destination(html_path)
    if target is None:
        if format_of(ctx) is not Format.TABLE:
            raise UsageError(
                "--html - writes the page to stdout: it cannot be used with --json or --plain"
            )
        return None
    export.check_destination(target, force=force)
    return target


def write_page(body: str, target: Path | None, *, force: bool) -> None:
    """Write an HTML page atomically to ``target``, or to stdout for None."""
    if target is None or export.streamed(target):
        emit_bytes(body.encode("utf-8"), target)
    else:
        export.write_text(target, body, force=force)
