"""The Typer app, its root options and the options the commands share, defined once.

Also the boundary every command runs behind (``command``): the core's errors, and any other,
become one line on stderr and an exit code, rendered by ``PerufactsGroup.main`` alone.
"""

# No `from __future__ import annotations` in the command line's modules: Typer would eval every
# annotation string of every command on each run, which tripled the time it takes to build the
# commands.

import functools
import inspect
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, ParamSpec, TypeAlias, TypeVar

import typer
from typer.core import TyperGroup

from perufacts import DOCS_URL, __version__, cite, export, queries
from perufacts._compat import (
    SHELLS,
    ClickException,
    NoArgsIsHelpError,
    completing_shell,
    completion_script,
    install_completion,
)
from perufacts.cli.output import PAGES, Output, output_of, report
from perufacts.errors import EXIT_FAILURE, PerufactsError, UsageError
from perufacts.models import Store
from perufacts.store import STORE_ENV, damaged_cache, front_end_call, load_store
from perufacts.store.cache import CACHE_ENV, NO_CACHE_ENV
from perufacts.vocab import TextEnum

EXIT_CODES = (
    "Exit codes: 0 success (an empty result included), 1 unexpected failure, 2 usage error, "
    "3 not found, 4 store invalid or unreadable, 5 a checked claim contradicted."
)
# Click rewraps each paragraph of an epilog; the blank lines keep these apart.
EPILOG = "\n\n".join(
    [
        EXIT_CODES,
        f"Environment: {STORE_ENV} (a store to read instead of the bundled one), "
        f"{CACHE_ENV} (where validated stores are cached), "
        f"{NO_CACHE_ENV}=1 (validate every run; no cache read or written).",
        f"Docs: {DOCS_URL}",
    ]
)


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
            report(UsageError(message), output.json or output.compact, hint)
            code = exc.exit_code
        except PerufactsError as exc:
            report(exc, output.json or output.compact, self._help_hint(exc, argv))
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
    epilog=EPILOG,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    # The root's own --show-completion/--install-completion take the shell by name.
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

P = ParamSpec("P")
R = TypeVar("R")


def _choices(name: str, names: Iterable[str]) -> Any:
    """An enum of these names for Typer to offer as choices (built from a core registry)."""
    functional_api: Any = TextEnum  # Enum("Name", members): the type checker cannot follow it
    return functional_api(name, [(n.upper().replace("-", "_"), n) for n in names])


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


def _completion(function: Callable[P, R]) -> Callable[P, R]:
    """A completion function run as a call of its own, so the store it reads is closed after."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        """The completion function, inside a call."""
        with front_end_call():
            return function(*args, **kwargs)

    return wrapper


def _completion_store(ctx: typer.Context) -> Store | None:
    """The store the command line names (or the default), for completion; None if unusable."""
    try:
        return load_store(ctx.params.get("store"))
    except PerufactsError:
        return None


@_completion
def complete_topic(ctx: typer.Context, incomplete: str) -> list[str]:
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


@_completion
def complete_figure(ctx: typer.Context, incomplete: str) -> list[str]:
    """Figure ids for shell completion."""
    store = _completion_store(ctx)
    return [f.id for f in store.figures if f.id.startswith(incomplete.lower())] if store else []


@_completion
def complete_unit(ctx: typer.Context, incomplete: str) -> list[str]:
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


def _parsed_json(ctx: typer.Context, value: bool) -> bool:
    """Keep the parsed --json on the context (a usage error with --plain, before any work)."""
    out = output_of(ctx)
    out.json = value or out.root_json
    out.format()
    return out.json


def _parsed_plain(ctx: typer.Context, value: bool) -> bool:
    """Keep the parsed --plain on the context (a usage error with --json, before any work)."""
    out = output_of(ctx)
    out.plain = value or out.root_plain
    out.format()
    return out.plain


def _parsed_compact(ctx: typer.Context, value: bool) -> bool:
    """Keep the parsed --compact on the context (a usage error with --plain, before any work)."""
    out = output_of(ctx)
    out.compact = value
    out.format()
    return value


def _parsed_jsonl(ctx: typer.Context, value: bool) -> bool:
    """Keep the parsed --jsonl on the context (a usage error with --json or --plain)."""
    out = output_of(ctx)
    out.jsonl = value
    out.format()
    return value


def _root_json(ctx: typer.Context, value: bool) -> bool:
    """--json before the command: kept for the command, which may say it again."""
    # Only a given flag counts: until the command is parsed, the guess from argv stands.
    if value:
        out = output_of(ctx)
        out.json = out.root_json = True
        out.format()
    return value


def _root_plain(ctx: typer.Context, value: bool) -> bool:
    """--plain before the command: kept for the command, which may say it again."""
    if value:
        out = output_of(ctx)
        out.plain = out.root_plain = True
        out.format()
    return value


def _root_store(ctx: typer.Context, value: Path | None) -> Path | None:
    """--store before the command: kept for the command."""
    output_of(ctx).root_store = value
    return value


def _parsed_store(ctx: typer.Context, value: Path | None) -> Path | None:
    """The store: --store after the command, else --store before it, else $PERUFACTS_STORE."""
    from perufacts._compat import ParameterSource

    if ctx.get_parameter_source("store") is ParameterSource.COMMANDLINE:
        return value
    return output_of(ctx).root_store or value


JsonOption = Annotated[
    bool,
    typer.Option(
        "--json",
        help="Print one JSON document on stdout (its fields: JSON, below).",
        callback=_parsed_json,
    ),
]
CompactOption = Annotated[
    bool,
    typer.Option(
        "--compact",
        help="As --json, on one line (as jq -c prints it).",
        callback=_parsed_compact,
    ),
]
JsonlOption = Annotated[
    bool,
    typer.Option(
        "--jsonl",
        help="Print each record as one JSON object a line (JSON Lines), as they are read.",
        callback=_parsed_jsonl,
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
        autocompletion=complete_unit,
    ),
]
TopicOption = Annotated[
    str | None,
    typer.Option(
        "--topic", "-t", metavar="TOPIC", help="Only this topic.", autocompletion=complete_topic
    ),
]
ForceOption = Annotated[bool, typer.Option("--force", help="Replace the output file if it exists.")]
FigureIdsArgument = Annotated[
    list[str],
    typer.Argument(
        help="Figure ids, one or more (perufacts figures lists them).",
        metavar="ID...",
        autocompletion=complete_figure,
        show_default=False,
    ),
]
CompareIdsArgument = Annotated[
    list[str],
    typer.Argument(
        help="Two or more figure ids of one unit: changes are measured from the first.",
        metavar="ID...",
        autocompletion=complete_figure,
        show_default=False,
    ),
]
TopicArgument = Annotated[
    str,
    typer.Argument(
        metavar="TOPIC",
        help="Topic id, alias or heading words (case and accents don't matter).",
        autocompletion=complete_topic,
        show_default=False,
    ),
]


def command(name: str, *, output: bool = True) -> Callable[[Callable[P, R]], Callable[P, R]]:
    """Register a command under ``name``, behind the boundary, with --json and --plain if ``output``."""

    def register(function: Callable[P, R]) -> Callable[P, R]:
        """The command, registered."""
        wrapped = boundary(function)
        docs = [f"Docs: {DOCS_URL}/commands.md"]
        if output:
            docs.append(f"JSON: {DOCS_URL}/json.md")
        # Click rewraps each paragraph; one address a paragraph keeps each whole.
        epilog = "\n\n".join(docs)
        return app.command(name, epilog=epilog)(
            _with_output_options(wrapped) if output else wrapped
        )

    return register


# The output options every listing command offers, declared once (as sqlite-utils'
# ``output_options`` does): a command reads its format from the context, not from these.
_OUTPUT_OPTIONS = (
    inspect.Parameter(
        "as_json", inspect.Parameter.KEYWORD_ONLY, default=False, annotation=JsonOption
    ),
    inspect.Parameter(
        "compact", inspect.Parameter.KEYWORD_ONLY, default=False, annotation=CompactOption
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


def _core_error(exc: Exception) -> PerufactsError:
    """The core's error for an exception a command let through (run inside its call)."""
    # A cache file damaged past the page check done on opening it: removed, so that the next
    # run validates the store again.
    damaged = damaged_cache(exc)
    if damaged is not None:
        return damaged
    # An OSError without a file name (the core names the files it reads or writes): writing a
    # result to stdout failed (a full disk, a closed stdout).
    if isinstance(exc, OSError) and exc.filename is None:
        return PerufactsError(f"cannot write to standard output: {exc.strerror or exc}")
    return PerufactsError(f"unexpected error: {type(exc).__name__}: {exc}")


def boundary(function: Callable[P, R]) -> Callable[P, R]:
    """Let the core's errors through to the one handler, and make any other error one of them."""

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        """The command, with unexpected errors turned into the core's kind."""
        with front_end_call():
            try:
                return function(*args, **kwargs)
            except (typer.Exit, typer.Abort, typer.TyperException, PerufactsError):
                raise
            except Exception as exc:
                raise _core_error(exc) from None

    return wrapper


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
