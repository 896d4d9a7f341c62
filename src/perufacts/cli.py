"""The perufacts command line: parse, call the core, pick a renderer. Nothing else lives here."""

# No `from __future__ import annotations` here: Typer would eval every annotation string of
# every command on each run, which tripled the time it takes to build the commands.

import atexit
import codecs
import errno
import functools
import gc
import inspect
import io
import itertools
import os
import signal
import sqlite3
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ParamSpec, TypeAlias, TypeVar

import typer
from typer.core import TyperGroup

from perufacts import __version__, cite, export, queries, signals
from perufacts._compat import (
    SHELLS,
    ClickException,
    NoArgsIsHelpError,
    completing_shell,
    completion_script,
    enable_completion,
    install_completion,
)
from perufacts.errors import EXIT_CONTRADICTED, EXIT_FAILURE, PerufactsError, StoreError, UsageError
from perufacts.models import Store
from perufacts.present import contract
from perufacts.present.safety import one_line, terminal_text
from perufacts.queries import FigureContext
from perufacts.record import EXPORT_FIELDS, export_record
from perufacts.store import cache, load_store, read_source_text, resolve_store_path
from perufacts.text import nearest_ascii
from perufacts.vocab import TextEnum, Verdict

EXIT_CODES = (
    "Exit codes: 0 success (an empty result included), 1 unexpected failure, 2 usage error, "
    "3 not found, 4 store invalid or unreadable, 5 a checked claim contradicted."
)


@dataclass
class Output:
    """The output format asked for, kept on the Click context (``ctx.obj``) for every handler.

    It starts as what the command line seems to ask for (``--json`` before any ``--``), which
    is all there is to go on when a command cannot even be parsed; the --json and --plain
    options overwrite it with what was actually parsed as soon as the command's options are.
    """

    json: bool = False
    plain: bool = False
    # What the options given before the command said (``perufacts --json figure ...``); the
    # command's own options add to them.
    root_json: bool = False
    root_plain: bool = False
    root_store: Path | None = None

    @classmethod
    def guess(cls, argv: list[str]) -> "Output":
        """What ``argv`` seems to ask for before it is parsed: words after ``--`` are data."""
        options = argv[: argv.index("--")] if "--" in argv else argv
        return cls(json="--json" in options, plain="--plain" in options)

    def format(self) -> "Format":
        """The one format: table, JSON or plain; both --json and --plain is a usage error."""
        if self.json and self.plain:
            raise UsageError("--json and --plain cannot be used together")
        return Format.JSON if self.json else Format.PLAIN if self.plain else Format.TABLE


class PerufactsGroup(TyperGroup):
    """The root command: every error becomes one line (JSON with --json) and its exit code."""

    def _help_hint(self, exc: PerufactsError, argv: list[str]) -> str:
        """For a usage error, where to read how the command is used."""
        if not isinstance(exc, UsageError):
            return ""
        name = next((a for a in argv if a in self.commands), None)
        return f"see 'perufacts {name} --help'" if name else "see 'perufacts --help'"

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        """Run click without its own error handling, so that usage errors are one line."""
        argv = list(sys.argv[1:] if args is None else args)
        output = Output.guess(argv)
        extra.setdefault("obj", output)
        try:
            code = super().main(argv, prog_name, complete_var, False, windows_expand_args, **extra)
        except NoArgsIsHelpError as exc:
            exc.show()
            code = exc.exit_code
        except ClickException as exc:
            ctx = getattr(exc, "ctx", None)
            hint = f"see '{ctx.command_path} --help'" if ctx else ""
            # Click lays some messages out on several lines ("Choose from:\n\tcsv,\n\t..."):
            # one line says the same.
            message = " ".join(exc.format_message().split())
            _report(UsageError(message), output.json, hint)
            code = exc.exit_code
        except PerufactsError as exc:
            _report(exc, output.json, self._help_hint(exc, argv))
            code = exc.exit_code
        except typer.Abort:
            typer.echo("perufacts: aborted", err=True)
            code = EXIT_FAILURE
        if not standalone_mode:
            return code
        sys.exit(code if isinstance(code, int) else 0)


app = typer.Typer(
    name="perufacts",
    cls=PerufactsGroup,
    # Click's plain help: Rich-formatted help doubled the time of `perufacts --help`.
    rich_markup_mode=None,
    help=(
        "Figures from the U.S. State Department fact sheet 'The U.S.-Peru Relationship' "
        "(October 2022), each with the sentence and line it comes from."
    ),
    epilog=EXIT_CODES,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    # The root's own --show-completion/--install-completion take the shell by name.
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

P = ParamSpec("P")
R = TypeVar("R")


class Format(str, Enum):
    """How a command prints its result."""

    TABLE = "table"
    JSON = "json"
    PLAIN = "plain"


def _choices(name: str, names: Iterable[str]) -> Any:
    """An enum of these names for Typer to offer as choices (built from a core registry)."""
    functional_api: Any = TextEnum  # Enum("Name", members): the type checker cannot follow it
    return functional_api(name, [(n.upper().replace("-", "_"), n) for n in names])


def _sheet_page(data: Store, store: Path | None) -> str:
    """The store as one annotated HTML page (present.html; Jinja2 is imported only here)."""
    from perufacts.present import html

    path = resolve_store_path(store)
    return html.sheet_page(data, {s.id: read_source_text(path, s) for s in data.sources})


# Export formats that a presenter builds (a page, not rows of figures). The core's registry,
# export.FORMATS, cannot name them (the core never imports a presenter), so the command line
# offers both and routes these past the core.
PAGES: dict[str, Callable[[Store, Path | None], str]] = {"html": _sheet_page}

if TYPE_CHECKING:
    # A member is the format's name as a str; the type checker needs no more than that.
    ExportFormat: TypeAlias = str
    CiteFormat: TypeAlias = str
    SortKey: TypeAlias = str
    Shell: TypeAlias = str
else:
    ExportFormat = _choices("ExportFormat", [*export.FORMATS, *PAGES])
    CiteFormat = _choices("CiteFormat", cite.FORMATS)
    SortKey = _choices("SortKey", queries.SORT_KEYS)
    Shell = _choices("Shell", SHELLS)


# --- shared options, defined once -------------------------------------------------------------


def _completion_store(ctx: typer.Context) -> Store | None:
    """The store the command line names (or the default), for completion; None if unusable."""
    try:
        return load_store(ctx.params.get("store"))
    except PerufactsError:
        return None


def _complete_topic(ctx: typer.Context, incomplete: str) -> list[str]:
    """Topic ids; aliases only when the typed prefix matches no id, quoted when they hold spaces."""
    store = _completion_store(ctx)
    if store is None:
        return []
    prefix = incomplete.lower()
    ids = [t.id for t in store.topics if t.id.startswith(prefix)]
    if ids:
        return ids
    aliases = dict.fromkeys(a for t in store.topics for a in t.aliases if a.startswith(prefix))
    return [_shell_word(a) for a in aliases]


def _shell_word(word: str) -> str:
    """A completion that stays one word on the command line: "medio\\ ambiente" for bash."""
    import re

    # zsh and fish escape what they insert; bash inserts the text as it is. A backslash, not
    # quotes: the completion must still start with what was typed.
    if completing_shell() != "bash":
        return word
    return re.sub(r"([^\w@%+=:,./-])", r"\\\1", word)


def _complete_figure(ctx: typer.Context, incomplete: str) -> list[str]:
    """Figure ids for shell completion."""
    store = _completion_store(ctx)
    return [f.id for f in store.figures if f.id.startswith(incomplete.lower())] if store else []


def _complete_unit(ctx: typer.Context, incomplete: str) -> list[str]:
    """The store's units for shell completion."""
    store = _completion_store(ctx)
    units = [str(u) for u in store.units()] if store else []
    return [u for u in units if u.lower().startswith(incomplete.lower())]


def _show_completion(value: str | None) -> None:
    """Print the completion script for the shell named, and exit."""
    if value:
        sys.stdout.write(completion_script(value).rstrip("\n") + "\n")
        raise typer.Exit()


def _install_completion(value: str | None) -> None:
    """Install the completion script for the shell named, and exit."""
    if value:
        path = install_completion(value)
        typer.echo(f"perufacts: {value} completion installed in {path}; open a new shell", err=True)
        raise typer.Exit()


def _output(ctx: typer.Context) -> Output:
    """The output choice kept on the context (a fresh one if the command runs without the root)."""
    if not isinstance(ctx.obj, Output):
        ctx.obj = Output()
    return ctx.obj


def _parsed_json(ctx: typer.Context, value: bool) -> bool:
    """Keep the parsed --json on the context (a usage error with --plain, before any work)."""
    out = _output(ctx)
    out.json = value or out.root_json
    out.format()
    return out.json


def _parsed_plain(ctx: typer.Context, value: bool) -> bool:
    """Keep the parsed --plain on the context (a usage error with --json, before any work)."""
    out = _output(ctx)
    out.plain = value or out.root_plain
    out.format()
    return out.plain


def _root_json(ctx: typer.Context, value: bool) -> bool:
    """--json before the command: kept for the command, which may say it again."""
    # Only a given flag counts: until the command is parsed, the guess from argv stands.
    if value:
        out = _output(ctx)
        out.json = out.root_json = True
        out.format()
    return value


def _root_plain(ctx: typer.Context, value: bool) -> bool:
    """--plain before the command: kept for the command, which may say it again."""
    if value:
        out = _output(ctx)
        out.plain = out.root_plain = True
        out.format()
    return value


def _root_store(ctx: typer.Context, value: Path | None) -> Path | None:
    """--store before the command: kept for the command."""
    _output(ctx).root_store = value
    return value


def _parsed_store(ctx: typer.Context, value: Path | None) -> Path | None:
    """The store: --store after the command, else --store before it, else $PERUFACTS_STORE."""
    from perufacts._compat import ParameterSource

    if ctx.get_parameter_source("store") is ParameterSource.COMMANDLINE:
        return value
    return _output(ctx).root_store or value


JsonOption = Annotated[
    bool,
    typer.Option(
        "--json",
        help="Print one JSON document on stdout (docs/json.md lists its fields).",
        callback=_parsed_json,
    ),
]
PlainOption = Annotated[
    bool,
    typer.Option(
        "--plain",
        help="Print tab-separated records, one per line, for grep/awk.",
        callback=_parsed_plain,
    ),
]
StoreOption = Annotated[
    Path | None,
    typer.Option(
        "--store",
        envvar="PERUFACTS_STORE",
        metavar="PATH",
        help="Read this store file instead of the bundled one.",
        show_default=False,
        callback=_parsed_store,
    ),
]
FieldsOption = Annotated[
    str | None,
    typer.Option(
        "--fields",
        metavar="FIELDS",
        help="Only these fields of each record, comma-separated (--fields id,value,unit); "
        "a name it does not know lists the fields.",
        show_default=False,
    ),
]
UnitOption = Annotated[
    str | None,
    typer.Option(
        "--unit",
        "-u",
        metavar="UNIT",
        help="Only this unit: USD, percent, people, years, date... ('dollars' and 'year' work too).",
        autocompletion=_complete_unit,
    ),
]
TopicOption = Annotated[
    str | None,
    typer.Option(
        "--topic", "-t", metavar="TOPIC", help="Only this topic.", autocompletion=_complete_topic
    ),
]
ForceOption = Annotated[bool, typer.Option("--force", help="Replace the output file if it exists.")]
FigureIdsArgument = Annotated[
    list[str],
    typer.Argument(
        help="Figure ids, one or more (perufacts figures lists them).",
        metavar="ID...",
        autocompletion=_complete_figure,
        show_default=False,
    ),
]
CompareIdsArgument = Annotated[
    list[str],
    typer.Argument(
        help="Two or more figure ids of one unit: changes are measured from the first.",
        metavar="ID...",
        autocompletion=_complete_figure,
        show_default=False,
    ),
]
TopicArgument = Annotated[
    str,
    typer.Argument(
        metavar="TOPIC",
        help="Topic id, alias or heading words (case and accents don't matter).",
        autocompletion=_complete_topic,
        show_default=False,
    ),
]


# --- the boundary: errors become one line and an exit code -----------------------------------


def _format(ctx: typer.Context) -> Format:
    """The output format of this run (decided once, on the context)."""
    return _output(ctx).format()


def _report(exc: PerufactsError, as_json: bool, hint: str = "") -> None:
    """Write an error to stderr: one line, or one JSON object with --json."""
    if as_json:
        data = contract.error_dict(exc.code, exc.message, exc.suggestions, exc.problems)
        typer.echo(contract.to_json(data, ascii_only=not _utf8(sys.stderr)), err=True)
        return
    if exc.suggestions:
        hint = f"did you mean {', '.join(exc.suggestions)}?"
    tail = f" ({hint})" if hint else ""
    typer.echo(f"perufacts: {one_line(exc.message)}{one_line(tail)}", err=True)


def command(name: str, *, output: bool = True) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Register a command under ``name``, behind the boundary, with --json and --plain if ``output``."""

    def register(function: Callable[P, R]) -> Callable[P, R]:
        """The command, registered."""
        wrapped = boundary(function)
        return app.command(name)(_with_output_options(wrapped) if output else wrapped)

    return register


# The output options every listing command offers, declared once (as sqlite-utils'
# ``output_options`` does): a command reads its format from the context, not from these.
_OUTPUT_OPTIONS = (
    inspect.Parameter(
        "as_json", inspect.Parameter.KEYWORD_ONLY, default=False, annotation=JsonOption
    ),
    inspect.Parameter(
        "plain", inspect.Parameter.KEYWORD_ONLY, default=False, annotation=PlainOption
    ),
)


def _with_output_options(function: Callable[P, R]) -> Callable[P, R]:
    """``function`` with --json and --plain added to what Typer sees, before --store."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        """The command, without the options it reads from the context."""
        for option in _OUTPUT_OPTIONS:
            kwargs.pop(option.name, None)
        return function(*args, **kwargs)

    own = [
        p.replace(kind=inspect.Parameter.KEYWORD_ONLY)
        for p in inspect.signature(function).parameters.values()
    ]
    at = next((i for i, p in enumerate(own) if p.name == "store"), len(own))
    # inspect.signature(), which Typer reads, prefers a function's __signature__ to its code.
    wrapper.__dict__["__signature__"] = inspect.Signature([*own[:at], *_OUTPUT_OPTIONS, *own[at:]])
    return wrapper


def boundary(function: Callable[P, R]) -> Callable[P, R]:
    """Let the core's errors through to the one handler, and make any other error one of them."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        """The command, with unexpected errors turned into the core's kind."""
        cache.opened.clear()
        try:
            return function(*args, **kwargs)
        except (typer.Exit, typer.Abort, typer.TyperException, PerufactsError):
            raise
        except sqlite3.DatabaseError as exc:
            # A cache file damaged past the page check done on opening it: remove it, so that
            # the next run validates the store again.
            damaged = cache.discard_opened()
            if damaged:
                raise StoreError(
                    f"the cache file {damaged[0]} is damaged and has been removed; "
                    "run the command again"
                ) from None
            raise PerufactsError(f"unexpected error: {type(exc).__name__}: {exc}") from None
        except OSError as exc:
            if exc.filename is not None:  # the core names the files it reads or writes
                raise PerufactsError(f"unexpected error: {type(exc).__name__}: {exc}") from None
            # No file name: writing a result to stdout failed (a full disk, a closed stdout).
            raise PerufactsError(
                f"cannot write to standard output: {exc.strerror or exc}"
            ) from None
        except Exception as exc:
            raise PerufactsError(f"unexpected error: {type(exc).__name__}: {exc}") from None

    return wrapper


# --- output ----------------------------------------------------------------------------------


def _utf8(stream: Any) -> bool:
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
) -> None:
    """Print a result in the chosen format; only that format is ever built.

    ``table`` is given the Rich presenters (``present.tables``), imported only for a table.
    ``empty``, given when there is nothing to show, is said in one line on stderr instead
    (the JSON, an empty list, is printed as ever): an empty result is a success.
    """
    fmt = _format(ctx)
    if empty is not None and fmt is not Format.JSON:
        typer.echo(f"perufacts: {one_line(empty)}", err=True)
        return
    if fields is not None:
        json, plain, table = fields.formats()
    if fmt is Format.JSON:
        emit_json(json())
    elif fmt is Format.PLAIN:
        emit_plain(plain())
    else:
        from perufacts.present import tables

        tables.print_renderables(*table(tables))


def emit_json(data: Any) -> None:
    """Write one JSON document to stdout (streamed if it is a JsonList), bypassing Rich entirely."""
    ascii_only = not _utf8(sys.stdout)
    if isinstance(data, contract.JsonList):
        sys.stdout.writelines(data.chunks(ascii_only=ascii_only))
        sys.stdout.write("\n")
        return
    sys.stdout.write(contract.to_json(data, ascii_only=ascii_only) + "\n")


def _is_terminal(stream: Any) -> bool:
    """True when ``stream`` is a terminal."""
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def emit_plain(rows: Iterable[str]) -> None:
    """Write tab-separated records to stdout, one per line, as they come."""
    sys.stdout.writelines(row + "\n" for row in rows)


def emit_bytes(data: bytes) -> None:
    """Write an export's bytes to stdout: UTF-8 whatever the locale, unchanged into a file or a
    pipe; to a terminal, control and invisible characters are shown as escapes, never obeyed."""
    if _is_terminal(sys.stdout):
        data = terminal_text(data.decode("utf-8")).encode("utf-8")
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


# --- commands --------------------------------------------------------------------------------


def _version(value: bool) -> None:
    """Print the version for --version."""
    if value:
        typer.echo(f"perufacts {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
    as_json: Annotated[
        bool,
        typer.Option("--json", help="As the command's --json.", callback=_root_json),
    ] = False,
    plain: Annotated[
        bool,
        typer.Option("--plain", help="As the command's --plain.", callback=_root_plain),
    ] = False,
    store: Annotated[
        Path | None,
        typer.Option(
            "--store",
            metavar="PATH",
            help="As the command's --store.",
            show_default=False,
            callback=_root_store,
        ),
    ] = None,
    show_completion: Annotated[
        Shell | None,
        typer.Option(
            "--show-completion",
            metavar="SHELL",
            help="Print the completion script for bash, zsh or fish.",
            is_eager=True,
            callback=_show_completion,
            show_default=False,
        ),
    ] = None,
    install: Annotated[
        Shell | None,
        typer.Option(
            "--install-completion",
            metavar="SHELL",
            help="Install completion for bash, zsh or fish (then open a new shell).",
            is_eager=True,
            callback=_install_completion,
            show_default=False,
        ),
    ] = None,
) -> None:
    """Figures from the U.S.-Peru fact sheet (October 2022), each with its source line.

    --json, --plain and --store may come before the command or after it.
    """


@command("topics")
def topics_command(
    ctx: typer.Context,
    fields: FieldsOption = None,
    store: StoreOption = None,
) -> None:
    """List every topic: id, heading and number of figures.

    Example: perufacts topics --plain
    """
    contract.fields_asked(fields, contract.TOPIC_FIELDS)
    data = load_store(store)
    counts = queries.figure_counts(data)
    show(
        ctx,
        json=lambda: contract.topics_dict(data, counts),
        plain=lambda: [contract.plain(t.id, t.heading, counts[t.id]) for t in data.topics],
        table=lambda t: [t.topics_table(data, counts)],
        fields=_fields(
            fields,
            "topics",
            contract.TOPIC_FIELDS,
            lambda: (contract.topic_record(t, counts[t.id]) for t in data.topics),
        ),
    )


@command("topic")
def topic_command(
    ctx: typer.Context,
    name: TopicArgument,
    store: StoreOption = None,
) -> None:
    """Show a topic: its summary, its figures and its statements with their line numbers.

    NAME may be an id, an alias or words of the heading, in any case, with or without
    accents, singular or plural; a unique prefix works too.

    Example: perufacts topic migration
    """
    data = load_store(store)
    view = queries.topic_view(data, queries.resolve_topic(data, name))
    show(
        ctx,
        json=lambda: contract.topic_dict(view),
        plain=lambda: contract.topic_rows(view),
        table=lambda t: [t.topic_panel(view)],
    )


@command("figure")
def figure_command(
    ctx: typer.Context,
    ids: FigureIdsArgument,
    around: Annotated[
        bool,
        typer.Option(
            "--context", help="Also show the sentences just before and after the figure's own."
        ),
    ] = False,
    fields: FieldsOption = None,
    store: StoreOption = None,
) -> None:
    """Show figures with their value, period, place in the sheet and the sentence they come from.

    Several ids give several figures in one call; with --json the result is a list.

    Example: perufacts figure trade-2021 trade-2009 --json
    """
    contract.fields_asked(fields, EXPORT_FIELDS)
    data = load_store(store)
    contexts = queries.get_figures(data, ids)
    nearby = {c.figure.id: queries.around(data, c) for c in contexts} if around else None
    show(
        ctx,
        json=lambda: (
            contract.figures_dict(contexts, nearby) if nearby else contract.figures_json(contexts)
        ),
        plain=lambda: [
            row
            for c in contexts
            for row in [
                contract.figure_row(c),
                *(contract.context_rows(c, nearby[c.figure.id]) if nearby else []),
            ]
        ],
        table=lambda t: t.figure_panels(contexts, nearby),
        fields=_fields(
            fields, "figures", EXPORT_FIELDS, lambda: (export_record(c) for c in contexts)
        ),
    )


@command("figures")
def figures_command(
    ctx: typer.Context,
    topic: TopicOption = None,
    unit: UnitOption = None,
    sort: Annotated[
        SortKey | None,
        typer.Option(
            "--sort",
            help="line: the sheet's order (as without --sort); id; value: largest first within "
            "each unit.",
            case_sensitive=False,
            show_default=False,
        ),
    ] = None,
    total: Annotated[
        bool,
        typer.Option(
            "--sum",
            help="Add the figures up, bounds kept ('at least' when one is a lower bound); "
            "they must share one unit.",
        ),
    ] = False,
    fields: FieldsOption = None,
    store: StoreOption = None,
) -> None:
    """List figures as one table, optionally of one topic or one unit, sorted or added up.

    Example: perufacts figures --unit dollars --sort value --sum
    """
    from perufacts.compare import total as add_up

    contract.fields_asked(fields, EXPORT_FIELDS)
    listed: Iterable[FigureContext] = queries.list_figures(load_store(store), topic, unit)
    if sort is not None or total:
        # Sorting and adding up need every figure at once; a plain listing streams.
        listed = queries.sort_figures(listed, sort) if sort is not None else list(listed)
    any_figure, contexts = _peek(listed)
    summed = add_up(list(contexts)) if total else None
    show(
        ctx,
        json=lambda: (
            contract.figures_dict(list(contexts)) | {"total": contract.total_dict(summed)}
            if summed
            else contract.figures_json(contexts)
        ),
        plain=lambda: itertools.chain(
            (contract.figure_row(c) for c in contexts),
            [contract.total_row(summed)] if summed else [],
        ),
        table=lambda t: (
            [t.figures_table(list(contexts))] + ([t.total_text(summed)] if summed else [])
        ),
        empty=None if any_figure else "no figures match",
        fields=_fields(
            fields, "figures", EXPORT_FIELDS, lambda: (export_record(c) for c in contexts)
        ),
    )


@dataclass
class Fields:
    """The records a listing prints, cut to the fields --fields asked for, in every format."""

    key: str
    names: list[str]
    records: Callable[[], Iterable[dict[str, Any]]]

    def formats(
        self,
    ) -> tuple[Callable[[], Any], Callable[[], Iterable[str]], Callable[[Any], list[Any]]]:
        """The JSON, plain and table output of the records cut to ``names``."""
        return (
            lambda: contract.JsonList(self.key, contract.picked(self.records(), self.names)),
            lambda: contract.picked_rows(self.records(), self.names),
            lambda t: [t.records_table(self.records(), self.names)],
        )


def _fields(
    spec: str | None,
    key: str,
    available: Sequence[str],
    records: Callable[[], Iterable[dict[str, Any]]],
) -> Fields | None:
    """What --fields asks of a listing, checked against the fields its records have."""
    names = contract.fields_asked(spec, available)
    return None if names is None else Fields(key, names, records)


T = TypeVar("T")


def _peek(items: Iterable[T]) -> tuple[bool, Iterable[T]]:
    """Whether ``items`` has any, and the items still whole (a stream is read one ahead)."""
    if isinstance(items, list):
        return bool(items), items
    it = iter(items)
    first = next(it, None)
    return first is not None, ([] if first is None else itertools.chain([first], it))


@command("search")
def search_command(
    ctx: typer.Context,
    text: Annotated[
        str,
        typer.Argument(
            metavar="TEXT",
            help="Words and numbers to look for ('2 million' finds 'two million').",
            show_default=False,
        ),
    ],
    fields: FieldsOption = None,
    store: StoreOption = None,
) -> None:
    """Find statements and figures containing every word, best first.

    Case, accents, apostrophes and simple plurals don't matter. No match is an empty
    result (exit 0), not an error.

    Example: perufacts search "Cesar Landa"
    """
    contract.fields_asked(fields, contract.HIT_FIELDS)
    hits = queries.search(load_store(store), text)
    show(
        ctx,
        json=lambda: contract.search_dict(text, hits),
        plain=lambda: [contract.hit_row(h) for h in hits],
        table=lambda t: [t.search_table(text, hits)],
        empty=None if hits else f"no results for {text!r}",
        fields=_fields(
            fields, "results", contract.HIT_FIELDS, lambda: (contract.hit_record(h) for h in hits)
        ),
    )


@command("source")
def source_command(
    ctx: typer.Context,
    span: Annotated[
        str | None,
        typer.Argument(
            metavar="[A-B]",
            help="Only these lines of the text, numbered: 8, or 8-12 (with or without --lines).",
            show_default=False,
        ),
    ] = None,
    lines: Annotated[
        bool, typer.Option("--lines", help="Print the text with line numbers.")
    ] = False,
    line: Annotated[
        int | None,
        typer.Option("--line", metavar="N", help="Print line N of the text alone, numbered."),
    ] = None,
    store: StoreOption = None,
) -> None:
    """Show the document's metadata (title, publisher, date, url, licence, sha256) and text.

    --lines prints the whole text, numbered, after the metadata; --lines 8-12 (or just 8-12)
    and --line 8 print those lines alone. The numbers are those of perufacts' copy of the
    text, which figures and citations give ("perufacts line 8").

    Example: perufacts source --lines 7-12
    """
    data = load_store(store)
    store_path = resolve_store_path(store)
    wanted = lines or span is not None or line is not None
    bodies = {s.id: read_source_text(store_path, s) for s in data.sources} if wanted else {}
    first_last = _line_span(span, line)
    if first_last is not None:
        parts = {doc: queries.text_lines(body, *first_last) for doc, body in bodies.items()}
        show(
            ctx,
            json=lambda: contract.lines_dict(parts),
            plain=lambda: contract.lines_rows(parts),
            table=lambda t: [t.lines_table(parts)],
        )
        return
    show(
        ctx,
        json=lambda: contract.sources_dict(data.sources, bodies),
        plain=lambda: contract.source_rows(data.sources, bodies),
        table=lambda t: t.source_tables(data.sources, bodies),
    )


def _line_span(span: str | None, line: int | None) -> tuple[int, int] | None:
    """The lines asked for alone, or None for the metadata (with the whole text for --lines)."""
    if line is not None and span is not None:
        raise UsageError("give --line N or lines A-B, not both")
    if line is not None:
        return queries.line_span(str(line))
    return queries.line_span(span) if span is not None else None


@command("validate")
def validate_command(
    ctx: typer.Context,
    path: Annotated[
        Path | None,
        typer.Argument(
            metavar="PATH",
            help="Store file to check (default: --store, $PERUFACTS_STORE, or the bundled one).",
            show_default=False,
        ),
    ] = None,
    store: StoreOption = None,
) -> None:
    """Validate a store in full and print its counts; every problem is one line on stderr.

    Exits 0 when the store is valid and 4 when it is not.

    Example: perufacts validate data/facts.json
    """
    try:
        data = load_store(path or store, revalidate=True)
    except StoreError as exc:
        if _format(ctx) is Format.JSON or not exc.problems:
            raise
        # Each problem once, one line each; the last line only counts them.
        for problem in exc.problems:
            typer.echo(one_line(problem), err=True)
        n = len(exc.problems)
        raise StoreError(
            f"store is invalid: {n} {'problem' if n == 1 else 'problems'}, above",
            problems=exc.problems,
        ) from None
    summary = queries.summary(data)
    counts = {"store": str(resolve_store_path(path or store)), **summary}
    show(
        ctx,
        json=lambda: {"valid": True, **counts},
        plain=lambda: [contract.plain(k, v) for k, v in counts.items()],
        table=lambda t: [t.summary_grid(counts)],
    )


@command("compare")
def compare_command(
    ctx: typer.Context,
    ids: CompareIdsArgument,
    store: StoreOption = None,
) -> None:
    """Compare figures of one unit: difference, ratio and percent change, with their bounds.

    "over $22 billion" is a bound, so changes computed from it are bounds too. Where the
    sheet itself states the relation (trade grew "over 140 percent"), the stated and the
    computed change are shown together with a verdict. Figures of different units are
    refused (exit 2).

    Example: perufacts compare trade-2009 trade-2021
    """
    from perufacts.compare import compare

    comparison = compare(load_store(store), ids)
    show(
        ctx,
        json=lambda: contract.comparison_dict(comparison),
        plain=lambda: contract.comparison_rows(comparison),
        table=lambda t: [t.comparison_table(comparison)],
    )


@command("audit")
def audit_command(
    ctx: typer.Context,
    store: StoreOption = None,
) -> None:
    """Recompute every relation the sheet states and say whether the figures agree.

    Exits 0 when none is contradicted, 5 when one is.

    Example: perufacts audit
    """
    from perufacts.compare import audit

    checks = audit(load_store(store))
    show(
        ctx,
        json=lambda: contract.audit_dict(checks),
        plain=lambda: [contract.stated_row(c) for c in checks],
        table=lambda t: [t.audit_table(checks)],
    )
    if any(c.verdict == Verdict.CONTRADICTED for c in checks):
        raise typer.Exit(EXIT_CONTRADICTED)


@command("chart")
def chart_command(
    ctx: typer.Context,
    unit: Annotated[
        str | None,
        typer.Option(
            "--unit",
            "-u",
            metavar="UNIT",
            help="The unit to chart [default: the topic's main unit, else USD].",
            autocompletion=_complete_unit,
        ),
    ] = None,
    topic: TopicOption = None,
    store: StoreOption = None,
) -> None:
    """Draw the figures of one unit as horizontal bars, largest first.

    A bar ending in ">" is a lower bound ("over $22 billion"). Without --unit, a topic's own
    most common unit is charted (USD when no topic is given). Dates cannot be charted.

    Example: perufacts chart --unit USD
    """
    unit, contexts = queries.chart(load_store(store), topic, unit)
    show(
        ctx,
        json=lambda: contract.chart_dict(contexts, unit),
        plain=lambda: contract.chart_rows(contexts, unit),
        table=lambda t: [t.Chart(contexts)],
        empty=None if contexts else _nothing_to_chart(topic, unit),
    )


def _nothing_to_chart(topic: str | None, unit: str) -> str:
    """What to say when a chart would have no bars."""
    where = f" of topic {topic!r}" if topic is not None else ""
    return f"nothing to chart: no figures{where} in {unit} (try another --unit)"


@command("check")
def check_command(
    ctx: typer.Context,
    text: Annotated[
        str | None,
        typer.Argument(
            metavar="TEXT",
            help="The sentence(s) to check; '-' reads standard input.",
            show_default=False,
        ),
    ] = None,
    file: Annotated[
        str | None,
        typer.Option(
            "--file", metavar="PATH", help="Check a whole draft from this file ('-' for stdin)."
        ),
    ] = None,
    figure: Annotated[
        str | None,
        typer.Option(
            "--figure",
            metavar="ID",
            help="Judge every number against this figure (by id) instead of finding one.",
            autocompletion=_complete_figure,
        ),
    ] = None,
    explain: Annotated[
        bool, typer.Option("--explain", help="Add a column saying why each figure was chosen.")
    ] = False,
    html_path: Annotated[
        str | None,
        typer.Option(
            "--html",
            help="Also write the checked draft as a self-contained HTML page ('-' for stdout).",
            metavar="PATH",
        ),
    ] = None,
    force: ForceOption = False,
    store: StoreOption = None,
) -> None:
    """Check the numbers in a sentence or a draft against the sheet.

    Each number gets a verdict: supported, contradicted, undetermined (the sheet gives only
    a bound that neither confirms nor rules it out) or no-match (the sheet says nothing
    about it), with the figure and source line used. Exits 5 when anything is
    contradicted, 0 otherwise. --html PATH also writes the draft as a page with each
    number marked (written atomically; an existing file is replaced only with --force).

    Example: perufacts check --file draft.md --html report.html
    """
    from perufacts.checking.matcher import check_text

    page = _page_target(ctx, html_path, force=force)
    data = load_store(store)
    draft = _read_draft(text, file)
    pinned = figure.strip().lower() if figure is not None else None
    claims = check_text(data, draft, pinned=pinned)
    if html_path is not None:
        from perufacts.present import html

        title = Path(file).name if file not in (None, "-") else "draft"
        _write_page(html.check_page(data, draft, claims, title=title), page, force=force)
        if page is not None:
            typer.echo(f"perufacts: wrote the checked draft to {one_line(str(page))}", err=True)
    # A page sent to stdout is the whole output; otherwise the verdicts print as usual.
    if html_path is None or page is not None:
        show(
            ctx,
            json=lambda: contract.claims_dict(claims),
            plain=lambda: [contract.claim_row(c) for c in claims],
            table=lambda t: [t.claims_table(claims, explain=explain)],
        )
    if any(c.verdict == Verdict.CONTRADICTED for c in claims):
        raise typer.Exit(EXIT_CONTRADICTED)


def _page_target(ctx: typer.Context, html_path: str | None, *, force: bool) -> Path | None:
    """Where check's page goes (None: stdout or no page), refused before any work if it cannot."""
    if html_path is None:
        return None
    target = export.destination(html_path)
    if target is None:
        if _format(ctx) is not Format.TABLE:
            raise UsageError(
                "--html - writes the page to stdout: it cannot be used with --json or --plain"
            )
        return None
    export.check_destination(target, force=force)
    return target


def _write_page(body: str, target: Path | None, *, force: bool) -> None:
    """Write an HTML page atomically to ``target``, or to stdout for None."""
    if target is None:
        emit_bytes(body.encode("utf-8"))
    else:
        export.write_text(target, body, force=force)


# A draft is an article or a report, not a corpus: 4 MiB is some 600,000 words. Reading stops
# there, so that `check --file /dev/zero` ends at once instead of filling the memory.
MAX_DRAFT_BYTES = 4 * 1024 * 1024


def _read_draft(text: str | None, file: str | None) -> str:
    """The text to check: the argument, a file, or standard input (a leading BOM dropped)."""
    if text is not None and file is not None:
        raise UsageError("give the text or --file, not both")
    source = file if file is not None else text
    if source is None:
        raise UsageError("nothing to check: give a sentence, --file PATH, or - for standard input")
    if source == "-":
        return _read_stdin()
    if file is None:
        return source.removeprefix("\ufeff")
    try:
        # Not only regular files: `--file <(command)` is a pipe.
        with open(file, "rb") as stream:
            return _draft_text(stream.read(MAX_DRAFT_BYTES + 1), file)
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the name
        reason = getattr(exc, "strerror", None) or str(exc)
        raise UsageError(f"cannot read {one_line(file)}: {reason}") from None


def _draft_text(data: bytes, name: str) -> str:
    """A draft's bytes as text: at most MAX_DRAFT_BYTES of UTF-8, without a byte-order mark."""
    if len(data) > MAX_DRAFT_BYTES:
        raise UsageError(f"cannot read {name}: a draft may hold at most {MAX_DRAFT_BYTES:,} bytes")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UsageError(f"cannot read {name}: not UTF-8 (byte {exc.start})") from None


def _read_stdin() -> str:
    """Standard input as UTF-8, as a --file is read, whatever the locale's encoding."""
    # Decoded by the locale, a UTF-8 draft crashed under LC_ALL=C or PYTHONIOENCODING=ascii.
    if sys.stdin is None:  # started with standard input closed (`<&-`)
        raise UsageError("cannot read standard input: it is closed")
    try:
        data = sys.stdin.buffer.read(MAX_DRAFT_BYTES + 1)
    except OSError as exc:
        raise UsageError(f"cannot read standard input: {exc.strerror or exc}") from None
    return _draft_text(data, "standard input")


@command("schema", output=False)
def schema_command() -> None:
    """Print the JSON Schema of the store format (data/facts.schema.json is this output).

    Example: perufacts schema > facts.schema.json
    """
    from perufacts.store.validation import schema_json

    sys.stdout.write(schema_json())


@command("export", output=False)
def export_command(
    fmt: Annotated[
        ExportFormat,
        typer.Option("--format", "-f", help="File format.", case_sensitive=False),
    ],
    topic: TopicOption = None,
    unit: UnitOption = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="PATH",
            help="Write to this file (required for sqlite) instead of stdout; '-' is stdout.",
        ),
    ] = None,
    force: ForceOption = False,
    bom: Annotated[
        bool,
        typer.Option("--bom", help="Start a CSV with a UTF-8 byte order mark, for spreadsheets."),
    ] = False,
    fields: FieldsOption = None,
    store: StoreOption = None,
) -> None:
    """Export figures as CSV, JSON Lines, a Markdown table, an SQLite database or an HTML page.

    CSV, JSON Lines and the SQLite figures table hold the same fields (docs/json.md):
    a numeric value (numbers only) and an ISO date (dates only), the bound, the display
    text, the section, year_inferred and the note. html is the whole sheet as a page, each
    figure marked in its text. Text formats go to stdout unless -o is given. A file is
    written under a temporary name and renamed into place; an existing file is refused
    (exit 2) unless --force.

    Example: perufacts export --format csv --unit dollars --bom -o usd.csv
    """
    target = export.destination(output)
    page = PAGES.get(fmt)
    if bom and fmt != "csv":
        raise UsageError("--bom is for --format csv only")
    names = contract.fields_asked(fields, EXPORT_FIELDS)
    # Refused before any work: a file that may not be replaced, a database bound for stdout.
    if page is None:
        export.check_target(fmt, target, force=force)
    elif target is not None:
        export.check_destination(target, force=force)
    data = export.select(load_store(store), topic, unit)
    if page is not None:
        _write_page(page(data, store), target, force=force)
    elif (body := export.export(data, fmt, target, force=force, bom=bom, fields=names)) is not None:
        emit_bytes(body)
    if target is None:
        return
    noun = "figure" if len(data.figures) == 1 else "figures"
    typer.echo(f"perufacts: wrote {len(data.figures)} {noun} to {one_line(str(target))}", err=True)


@command("cite", output=False)
def cite_command(
    ids: Annotated[
        list[str],
        typer.Argument(
            help="Figure ids: the document is cited once, then each figure's place in it.",
            metavar="ID...",
            autocompletion=_complete_figure,
            show_default=False,
        ),
    ],
    fmt: Annotated[
        CiteFormat,
        typer.Option("--format", "-f", help="Citation format.", case_sensitive=False),
    ] = "text",
    accessed: Annotated[
        str | None,
        typer.Option(
            "--accessed",
            metavar="DATE",
            help="The day you read the page, YYYY-MM-DD, for urldate/accessed [default: today].",
            show_default=False,
        ),
    ] = None,
    store: StoreOption = None,
) -> None:
    """Cite figures: the document once, then each figure's section, bullet and line.

    The locator names the section heading and bullet number as printed on the page
    ("Peru, a Vital Strategic Partner, bullet 2"), then the line of perufacts' copy.
    bibtex (a biblatex @online entry and a \\cite[locator]{key} per figure) and csl-json
    (CSL items and citationItems) are for reference managers (Zotero, JabRef, biber, Pandoc).

    Example: perufacts cite trade-2009 trade-2021 --format bibtex >> refs.bib
    """
    contexts = queries.get_figures(load_store(store), ids)
    day = _accessed_day(accessed)
    sys.stdout.write(contract.citation_text(contexts, fmt, day, ascii_only=not _utf8(sys.stdout)))


def _accessed_day(text: str | None) -> date:
    """The --accessed day, or today."""
    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"--accessed wants a day as YYYY-MM-DD, not {text!r}") from None


@command("mcp", output=False)
def mcp_command(store: StoreOption = None) -> None:
    """Serve the figures to AI assistants: a Model Context Protocol server on stdio.

    Tools: topics, topic, figure, figures, search, source, compare, audit, check, cite, each
    answering with the JSON of the matching command's --json. Needs the MCP SDK:
    pip install 'perufacts[mcp]'. docs/mcp.md shows a client configuration.

    Example: perufacts mcp --store my-facts.json
    """
    import importlib.util

    needs_sdk = UsageError("perufacts mcp needs the MCP SDK (1.x): pip install 'perufacts[mcp]'")
    # Asked before importing anything: without the extra, the SDK's own dependencies are
    # missing too, and the first of them to fail need not be `mcp`.
    if importlib.util.find_spec("mcp") is None:
        raise needs_sdk
    try:
        from perufacts import mcp_server
    except ModuleNotFoundError as exc:
        # mcp 2.x has no mcp.server.fastmcp.
        if not (exc.name or "").startswith("mcp."):
            raise
        raise needs_sdk from None
    mcp_server.serve(store)


# --- entry point -----------------------------------------------------------------------------


def main() -> None:
    """Console-script entry point: behave like a Unix tool with pipes, signals and odd encodings."""
    signals.install()  # already done by perufacts.__main__, unless this is called directly
    # What is imported or loaded lives until exit: keep the cycle collector off it, now and
    # at exit (atexit runs before the interpreter's last collection, which alone cost a lookup
    # 12-20 ms).
    gc.freeze()
    atexit.register(gc.freeze)
    if hasattr(signal, "SIGPIPE"):
        # `perufacts figures --plain | head -n 1` should end quietly, not with a BrokenPipeError.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    codecs.register_error("perufacts-ascii", _nearest_ascii)
    if sys.stdout is None:  # started with stdout closed (`>&-`): writing to it is the error
        sys.stdout = _closed_stdout()
    if completing_shell() is not None:
        enable_completion()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and not _utf8(stream) and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="perufacts-ascii")
    try:
        app()
        code: Any = 0
    except SystemExit as exc:
        code = exc.code
    except OSError as exc:  # --help or --version could not be written: no command caught it
        code = _stdout_failed(exc)
    sys.exit(_flushed(code))


def _flushed(code: Any) -> Any:
    """``code``, or 1 if what was written to stdout cannot be flushed (a full disk, a closed stdout)."""
    try:
        sys.stdout.flush()
    except (OSError, ValueError) as exc:
        code = _stdout_failed(exc) if code in (0, None) else code
        _silence_stdout()
    return code


def _stdout_failed(exc: OSError | ValueError) -> int:
    """Say in one line that stdout could not be written; the exit code for it."""
    reason = getattr(exc, "strerror", None) or str(exc)
    sys.stderr.write(f"perufacts: cannot write to standard output: {reason}\n")
    _silence_stdout()
    return EXIT_FAILURE


def _silence_stdout() -> None:
    """Let every later write or flush of stdout (the interpreter flushes it at exit) go nowhere."""
    _ClosedRaw.silenced = True
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)
    except OSError:
        pass


class _ClosedRaw(io.RawIOBase):
    """The raw stream of a standard output that was closed: every write fails as writing to fd 1 would."""

    # Set once the failure has been reported: the stream is then flushed into nothing.
    silenced = False

    def writable(self) -> bool:
        """A standard output is written to."""
        return True

    def write(self, data: Any) -> int:
        """Fail as writing to a closed descriptor does (until the failure has been reported)."""
        if _ClosedRaw.silenced:
            return len(data)
        raise OSError(errno.EBADF, "it is closed")


def _closed_stdout() -> io.TextIOWrapper:
    """A text stream in place of a closed stdout, failing (with EBADF) when written to."""
    return io.TextIOWrapper(io.BufferedWriter(_ClosedRaw()), encoding="utf-8")


def _nearest_ascii(error: UnicodeError) -> tuple[str, int]:
    """Encoding error handler: a terminal that cannot show "César" gets "Cesar", not "C?sar"."""
    assert isinstance(error, UnicodeEncodeError)
    return nearest_ascii(error.object[error.start : error.end]), error.end
