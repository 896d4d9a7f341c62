"""The perufacts command line: parse, call the core, pick a renderer. Nothing else lives here."""

# No `from __future__ import annotations` here: Typer would eval every annotation string of
# every command on each run, which tripled the time it takes to build the commands.

import atexit
import codecs
import functools
import gc
import signal
import sys
from collections.abc import Callable
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar

import typer
from typer._click.exceptions import ClickException, NoArgsIsHelpError
from typer.core import TyperGroup

from perufacts import __version__, queries, render
from perufacts.errors import EXIT_CONTRADICTED, EXIT_FAILURE, PerufactsError, StoreError, UsageError
from perufacts.models import Store
from perufacts.store import load_store, read_source_text, resolve_store_path
from perufacts.text import nearest_ascii

EXIT_CODES = (
    "Exit codes: 0 success (an empty result included), 1 unexpected failure, 2 usage error, "
    "3 not found, 4 store invalid or unreadable, 5 a checked claim contradicted."
)


class PerufactsGroup(TyperGroup):
    """The root command: usage errors become one line (JSON with --json) and exit 2."""

    def main(  # type: ignore[override]
        self,
        args: list[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Run click without its own error handling, so that usage errors are one line."""
        argv = list(sys.argv[1:] if args is None else args)
        try:
            code = super().main(argv, prog_name, complete_var, standalone_mode=False, **extra)
        except NoArgsIsHelpError as exc:
            exc.show()
            code = exc.exit_code
        except ClickException as exc:
            hint = f"see '{exc.ctx.command_path} --help'" if getattr(exc, "ctx", None) else ""
            _report(UsageError(exc.format_message(), suggestions=[]), "--json" in argv, hint)
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
    context_settings={"help_option_names": ["-h", "--help"]},
)

F = TypeVar("F", bound=Callable[..., Any])


class Format(str, Enum):
    """How a command prints its result."""

    TABLE = "table"
    JSON = "json"
    PLAIN = "plain"


class ExportFormat(str, Enum):
    """The file formats of ``export``."""

    CSV = "csv"
    JSONL = "jsonl"
    MARKDOWN = "markdown"
    SQLITE = "sqlite"


class CiteFormat(str, Enum):
    """The citation formats of ``cite``."""

    TEXT = "text"
    MARKDOWN = "markdown"
    BIBTEX = "bibtex"
    CSL_JSON = "csl-json"


# --- shared options, defined once -------------------------------------------------------------


def _completion_store(ctx: typer.Context) -> Store | None:
    """The store the command line names (or the default), for completion; None if unusable."""
    try:
        return load_store(ctx.params.get("store"))
    except PerufactsError:
        return None


def _complete_topic(ctx: typer.Context, incomplete: str) -> list[str]:
    """Topic ids and aliases for shell completion."""
    store = _completion_store(ctx)
    names = (
        [t.id for t in store.topics] + [a for t in store.topics for a in t.aliases] if store else []
    )
    return [n for n in dict.fromkeys(names) if n.startswith(incomplete.lower())]


def _complete_figure(ctx: typer.Context, incomplete: str) -> list[str]:
    """Figure ids for shell completion."""
    store = _completion_store(ctx)
    return [f.id for f in store.figures if f.id.startswith(incomplete.lower())] if store else []


JsonOption = Annotated[
    bool,
    typer.Option(
        "--json", help="Print one JSON document on stdout (docs/json.md lists its fields)."
    ),
]
PlainOption = Annotated[
    bool, typer.Option("--plain", help="Print tab-separated records, one per line, for grep/awk.")
]
StoreOption = Annotated[
    Path | None,
    typer.Option(
        "--store",
        envvar="PERUFACTS_STORE",
        help="Read this store file instead of the bundled one.",
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
    ),
]
TopicOption = Annotated[
    str | None,
    typer.Option("--topic", "-t", help="Only this topic.", autocompletion=_complete_topic),
]
FigureIdsArgument = Annotated[
    list[str],
    typer.Argument(
        help="Figure ids (compare measures changes from the first).",
        metavar="ID...",
        autocompletion=_complete_figure,
        show_default=False,
    ),
]
TopicArgument = Annotated[
    str,
    typer.Argument(
        help="Topic id, alias or heading words (case and accents don't matter).",
        autocompletion=_complete_topic,
        show_default=False,
    ),
]


# --- the boundary: errors become one line and an exit code -----------------------------------


def _format(as_json: bool, plain: bool) -> Format:
    """The output format the flags ask for; both at once is a usage error."""
    if as_json and plain:
        raise UsageError("--json and --plain cannot be used together")
    return Format.JSON if as_json else Format.PLAIN if plain else Format.TABLE


def _report(exc: PerufactsError, as_json: bool, hint: str = "") -> None:
    """Write an error to stderr: one line, or one JSON object with --json."""
    if as_json:
        data = render.error_dict(exc.code, exc.message, exc.suggestions, exc.problems)
        typer.echo(render.to_json(data, ascii_only=not _utf8(sys.stderr)), err=True)
        return
    if exc.suggestions:
        hint = f"did you mean {', '.join(exc.suggestions)}?"
    tail = f" ({hint})" if hint else ""
    typer.echo(f"perufacts: {render.one_line(exc.message)}{render.one_line(tail)}", err=True)


def _fail(exc: PerufactsError, as_json: bool) -> NoReturn:
    """Report an error and leave with its exit code."""
    _report(exc, as_json)
    raise typer.Exit(exc.exit_code) from None


def boundary(command: F) -> F:
    """Translate the core's errors, and any unexpected one, into a message and an exit code."""

    @functools.wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        """The command, with the core's errors translated."""
        as_json = bool(kwargs.get("as_json"))
        try:
            return command(*args, **kwargs)
        except (typer.Exit, typer.Abort, typer.TyperException):
            raise
        except PerufactsError as exc:
            _fail(exc, as_json)
        except Exception as exc:
            _fail(PerufactsError(f"unexpected error: {type(exc).__name__}: {exc}"), as_json)

    return wrapper  # type: ignore[return-value]


# --- output ----------------------------------------------------------------------------------


def _utf8(stream: Any) -> bool:
    """True when the stream writes UTF-8."""
    return "utf" in (getattr(stream, "encoding", None) or "").lower()


def show(
    fmt: Format,
    *,
    json: Callable[[], Any],
    plain: Callable[[], list[str]],
    table: Callable[[], list[Any]],
) -> None:
    """Print a result in the chosen format; only that format is ever built."""
    if fmt is Format.JSON:
        emit_json(json())
    elif fmt is Format.PLAIN:
        emit_plain(plain())
    else:
        emit_rich(*table())


def emit_json(data: Any) -> None:
    """Write one JSON document to stdout, bypassing Rich entirely."""
    sys.stdout.write(render.to_json(data, ascii_only=not _utf8(sys.stdout)) + "\n")


def emit_plain(rows: list[str]) -> None:
    """Write tab-separated records to stdout."""
    if rows:
        sys.stdout.write("\n".join(rows) + "\n")


def emit_bytes(data: bytes) -> None:
    """Write an export's bytes to stdout unchanged: its encoding is UTF-8 whatever the locale."""
    sys.stdout.flush()
    sys.stdout.buffer.write(data)
    sys.stdout.buffer.flush()


def emit_rich(*renderables: Any) -> None:
    """Print Rich renderables to stdout (colour only on a terminal that wants it)."""
    from rich.console import Console

    console = Console(highlight=False, emoji=False, markup=False)
    # On a terminal narrower than a table can be drawn in, Rich would cut ids and drop whole
    # columns: lines longer than the terminal are the lesser harm.
    console.width = max(console.width, render.min_width(console, renderables))
    # Rich pads every cell to its column's width; the padding at the end of a line is noise.
    with console.capture() as captured:
        for item in renderables:
            console.print(item)
    lines = captured.get().split("\n")
    sys.stdout.write("\n".join(line.rstrip(" ") for line in lines))


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
) -> None:
    """Figures from the U.S.-Peru fact sheet (October 2022), each with its source line."""


@app.command("topics")
@boundary
def topics_command(
    as_json: JsonOption = False, plain: PlainOption = False, store: StoreOption = None
) -> None:
    """List every topic: id, heading and number of figures.

    Example: perufacts topics --plain
    """
    fmt = _format(as_json, plain)
    data = load_store(store)
    counts = queries.figure_counts(data)
    show(
        fmt,
        json=lambda: render.topics_dict(data, counts),
        plain=lambda: [render.plain(t.id, t.heading, counts[t.id]) for t in data.topics],
        table=lambda: [render.topics_table(data, counts)],
    )


@app.command("topic")
@boundary
def topic_command(
    name: TopicArgument,
    as_json: JsonOption = False,
    plain: PlainOption = False,
    store: StoreOption = None,
) -> None:
    """Show a topic: its summary, its figures and its statements with their line numbers.

    NAME may be an id, an alias or words of the heading, in any case, with or without
    accents, singular or plural; a unique prefix works too.

    Example: perufacts topic migration
    """
    fmt = _format(as_json, plain)
    data = load_store(store)
    view = queries.topic_view(data, queries.resolve_topic(data, name))
    show(
        fmt,
        json=lambda: render.topic_dict(view),
        plain=lambda: (
            [render.figure_row(c, "figure") for c in view.figures]
            + [render.plain("statement", s.id, s.line, s.text) for s in view.statements]
        ),
        table=lambda: [render.topic_panel(view)],
    )


@app.command("figure")
@boundary
def figure_command(
    ids: FigureIdsArgument,
    as_json: JsonOption = False,
    plain: PlainOption = False,
    store: StoreOption = None,
) -> None:
    """Show figures with their value, period, source line and the sentence they come from.

    Several ids give several figures in one call; with --json the result is a list.

    Example: perufacts figure trade-2021 trade-2009 --json
    """
    fmt = _format(as_json, plain)
    contexts = queries.get_figures(load_store(store), ids)
    show(
        fmt,
        json=lambda: {"figures": [render.figure_dict(c) for c in contexts]},
        plain=lambda: [render.figure_row(c) for c in contexts],
        table=lambda: render.spaced([render.figure_panel(c) for c in contexts]),
    )


@app.command("figures")
@boundary
def figures_command(
    topic: TopicOption = None,
    unit: UnitOption = None,
    as_json: JsonOption = False,
    plain: PlainOption = False,
    store: StoreOption = None,
) -> None:
    """List figures as one table, optionally of one topic or one unit.

    Example: perufacts figures --unit USD
    """
    fmt = _format(as_json, plain)
    contexts = queries.list_figures(load_store(store), topic, unit)
    show(
        fmt,
        json=lambda: {"figures": [render.figure_dict(c) for c in contexts]},
        plain=lambda: [render.figure_row(c) for c in contexts],
        table=lambda: [render.figures_table(contexts)],
    )


@app.command("search")
@boundary
def search_command(
    text: Annotated[str, typer.Argument(help="Words to look for.", show_default=False)],
    as_json: JsonOption = False,
    plain: PlainOption = False,
    store: StoreOption = None,
) -> None:
    """Find statements and figures containing every word, best first.

    Case, accents, apostrophes and simple plurals don't matter. No match is an empty
    result (exit 0), not an error.

    Example: perufacts search "Cesar Landa"
    """
    fmt = _format(as_json, plain)
    hits = queries.search(load_store(store), text)
    show(
        fmt,
        json=lambda: {"query": text, "results": [render.hit_dict(h) for h in hits]},
        plain=lambda: [render.hit_row(h) for h in hits],
        table=lambda: [render.search_table(text, hits)],
    )


@app.command("source")
@boundary
def source_command(
    lines: Annotated[
        bool, typer.Option("--lines", help="Also print the text with line numbers.")
    ] = False,
    as_json: JsonOption = False,
    plain: PlainOption = False,
    store: StoreOption = None,
) -> None:
    """Show the document's metadata (title, publisher, date, url, licence, sha256).

    Example: perufacts source --lines
    """
    fmt = _format(as_json, plain)
    data = load_store(store)
    store_path = resolve_store_path(store)
    bodies = {s.id: read_source_text(store_path, s) for s in data.sources} if lines else {}
    show(
        fmt,
        json=lambda: render.sources_dict(data.sources, bodies),
        plain=lambda: render.source_rows(data.sources, bodies),
        table=lambda: render.source_tables(data.sources, bodies),
    )


@app.command("validate")
@boundary
def validate_command(
    path: Annotated[
        Path | None,
        typer.Argument(
            help="Store file to check (default: --store, $PERUFACTS_STORE, or the bundled one).",
            show_default=False,
        ),
    ] = None,
    as_json: JsonOption = False,
    plain: PlainOption = False,
    store: StoreOption = None,
) -> None:
    """Validate a store in full and print its counts; every problem is one line on stderr.

    Exits 0 when the store is valid and 4 when it is not.

    Example: perufacts validate data/facts.json
    """
    fmt = _format(as_json, plain)
    try:
        data = load_store(path or store, use_cache=False)
    except StoreError as exc:
        if not as_json:
            for problem in exc.problems:
                typer.echo(render.one_line(problem), err=True)
        raise
    summary = queries.summary(data)
    counts = {"store": str(resolve_store_path(path or store)), **summary}
    show(
        fmt,
        json=lambda: {"valid": True, **counts},
        plain=lambda: [render.plain(k, v) for k, v in counts.items()],
        table=lambda: [render.summary_grid(counts)],
    )


@app.command("compare")
@boundary
def compare_command(
    ids: FigureIdsArgument,
    as_json: JsonOption = False,
    plain: PlainOption = False,
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

    fmt = _format(as_json, plain)
    comparison = compare(load_store(store), ids)
    show(
        fmt,
        json=lambda: render.comparison_dict(comparison),
        plain=lambda: render.comparison_rows(comparison),
        table=lambda: [render.comparison_table(comparison)],
    )


@app.command("audit")
@boundary
def audit_command(
    as_json: JsonOption = False, plain: PlainOption = False, store: StoreOption = None
) -> None:
    """Recompute every relation the sheet states and say whether the figures agree.

    Exits 0 when none is contradicted, 5 when one is.

    Example: perufacts audit
    """
    from perufacts.compare import CONTRADICTED, audit

    fmt = _format(as_json, plain)
    checks = audit(load_store(store))
    show(
        fmt,
        json=lambda: {"relations": [render.stated_dict(c) for c in checks]},
        plain=lambda: [render.stated_row(c) for c in checks],
        table=lambda: [render.audit_table(checks)],
    )
    if any(c.verdict == CONTRADICTED for c in checks):
        raise typer.Exit(EXIT_CONTRADICTED)


@app.command("chart")
@boundary
def chart_command(
    unit: Annotated[
        str | None,
        typer.Option(
            "--unit", "-u", help="The unit to chart [default: the topic's main unit, else USD]."
        ),
    ] = None,
    topic: TopicOption = None,
    as_json: JsonOption = False,
    plain: PlainOption = False,
    store: StoreOption = None,
) -> None:
    """Draw the figures of one unit as horizontal bars, largest first.

    A bar ending in ">" is a lower bound ("over $22 billion"). Without --unit, a topic's own
    most common unit is charted (USD when no topic is given). Dates cannot be charted.

    Example: perufacts chart --unit USD
    """
    fmt = _format(as_json, plain)
    unit, contexts = queries.chart(load_store(store), topic, unit)
    show(
        fmt,
        json=lambda: render.chart_dict(contexts, unit),
        plain=lambda: [
            render.plain(*bar.values()) for bar in render.chart_dict(contexts, unit)["bars"]
        ],
        table=lambda: [render.Chart(contexts)],
    )


@app.command("check")
@boundary
def check_command(
    text: Annotated[
        str | None,
        typer.Argument(
            help="The sentence(s) to check; '-' reads standard input.", show_default=False
        ),
    ] = None,
    file: Annotated[
        str | None,
        typer.Option("--file", help="Check a whole draft from this file ('-' for stdin)."),
    ] = None,
    as_json: JsonOption = False,
    plain: PlainOption = False,
    store: StoreOption = None,
) -> None:
    """Check the numbers in a sentence or a draft against the sheet.

    Each number gets a verdict: supported, contradicted, undetermined (the sheet gives only
    a bound that neither confirms nor rules it out) or no-match (the sheet says nothing
    about it), with the figure and source line used. Exits 5 when anything is
    contradicted, 0 otherwise.

    Example: perufacts check "Peru hosts 2 million Venezuelan migrants."
    """
    from perufacts.check import CONTRADICTED, check_text

    fmt = _format(as_json, plain)
    claims = check_text(load_store(store), _read_draft(text, file))
    show(
        fmt,
        json=lambda: {
            "claims": [render.claim_dict(c) for c in claims],
            "summary": render.verdict_counts(claims),
        },
        plain=lambda: [render.claim_row(c) for c in claims],
        table=lambda: [render.claims_table(claims)],
    )
    if any(c.verdict == CONTRADICTED for c in claims):
        raise typer.Exit(EXIT_CONTRADICTED)


def _read_draft(text: str | None, file: str | None) -> str:
    """The text to check: the argument, a file, or standard input."""
    if text is not None and file is not None:
        raise UsageError("give the text or --file, not both")
    source = file if file is not None else text
    if source is None:
        raise UsageError("nothing to check: give a sentence, --file PATH, or - for standard input")
    if source == "-":
        return _read_stdin()
    if file is None:
        return source
    try:
        return Path(file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise UsageError(f"cannot read {file}: {reason}") from None


def _read_stdin() -> str:
    """Standard input as UTF-8, as a --file is read, whatever the locale's encoding."""
    # Decoded by the locale, a UTF-8 draft crashed under LC_ALL=C or PYTHONIOENCODING=ascii.
    if sys.stdin is None:  # started with standard input closed (`<&-`)
        raise UsageError("cannot read standard input: it is closed")
    try:
        return sys.stdin.buffer.read().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(f"cannot read standard input: not UTF-8 (byte {exc.start})") from None


@app.command("schema")
@boundary
def schema_command() -> None:
    """Print the JSON Schema of the store format (data/facts.schema.json is this output).

    Example: perufacts schema > facts.schema.json
    """
    from perufacts.validation import schema_json

    sys.stdout.write(schema_json())


@app.command("export")
@boundary
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
            help="Write to this file (required for sqlite) instead of stdout; '-' is stdout.",
        ),
    ] = None,
    force: Annotated[
        bool, typer.Option("--force", help="Replace the output file if it exists.")
    ] = False,
    bom: Annotated[
        bool,
        typer.Option("--bom", help="Start a CSV with a UTF-8 byte order mark, for spreadsheets."),
    ] = False,
    store: StoreOption = None,
) -> None:
    """Export figures as CSV, JSON Lines, a Markdown table or an SQLite database.

    CSV, JSON Lines and the SQLite figures table hold the same fields (docs/json.md):
    a numeric value (numbers only) and an ISO date (dates only), the bound, the display
    text, the section, year_inferred and the note. Text formats go to stdout unless -o is
    given. A file is written under a temporary name and renamed into place; an existing
    file is refused (exit 2) unless --force.

    Example: perufacts export --format csv --unit dollars --bom -o usd.csv
    """
    from perufacts import export

    if output is not None and str(output) == "-":
        output = None
    if bom and fmt is not ExportFormat.CSV:
        raise UsageError("--bom is for --format csv only")
    export.check_target(fmt.value, output, force=force)
    data = export.select(load_store(store), topic, unit)
    records = [render.figure_record(c) for c in queries.context(data, data.figures)]
    if output is None:
        emit_bytes(_export_body(fmt, data, records, bom).encode("utf-8"))
        return
    if fmt is ExportFormat.SQLITE:
        export.write_sqlite(data, records, output, force=force)
    else:
        export.write_text(output, _export_body(fmt, data, records, bom), force=force)
    noun = "figure" if len(data.figures) == 1 else "figures"
    typer.echo(
        f"perufacts: wrote {len(data.figures)} {noun} to {render.one_line(str(output))}", err=True
    )


def _export_body(fmt: ExportFormat, data: Store, records: list[dict[str, Any]], bom: bool) -> str:
    """The text of a text export format."""
    from perufacts import export

    if fmt is ExportFormat.JSONL:
        return export.jsonl_text(records)
    if fmt is ExportFormat.MARKDOWN:
        return export.markdown_text(data, records)
    return export.csv_text(records, render.RECORD_FIELDS, bom=bom)


@app.command("cite")
@boundary
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
    ] = CiteFormat.TEXT,
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
    from perufacts import cite

    contexts = queries.get_figures(load_store(store), ids)
    day = _accessed_day(accessed)
    if fmt is CiteFormat.CSL_JSON:
        emit_json(cite.csl_json(contexts, day))
    elif fmt is CiteFormat.BIBTEX:
        # A citation goes to a terminal or a document: control characters shown, never sent.
        sys.stdout.write(render.inert(cite.as_bibtex(contexts, day)))
    elif fmt is CiteFormat.MARKDOWN:
        sys.stdout.write(render.inert(cite.as_markdown(contexts)))
    else:
        sys.stdout.write(render.inert(cite.as_text(contexts)))


def _accessed_day(text: str | None) -> date:
    """The --accessed day, or today."""
    import datetime as dt

    if text is None:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"--accessed wants a day as YYYY-MM-DD, not {text!r}") from None


# --- entry point -----------------------------------------------------------------------------


def _interrupted(signum: int, frame: object) -> None:
    """Ctrl-C: one line on stderr and exit 130."""
    sys.stderr.write("perufacts: interrupted\n")
    sys.exit(130)


def main() -> None:
    """Console-script entry point: behave like a Unix tool with pipes, Ctrl-C and odd encodings."""
    # What is imported or loaded lives until exit: keep the cycle collector off it, now and
    # at exit (atexit runs before the interpreter's last collection, which alone cost a lookup
    # 12-20 ms).
    gc.freeze()
    atexit.register(gc.freeze)
    if hasattr(signal, "SIGPIPE"):
        # `perufacts figures --plain | head -n 1` should end quietly, not with a BrokenPipeError.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    signal.signal(signal.SIGINT, _interrupted)
    codecs.register_error("perufacts-ascii", _nearest_ascii)
    for stream in (sys.stdout, sys.stderr):
        if not _utf8(stream) and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="perufacts-ascii")
    app()


def _nearest_ascii(error: UnicodeError) -> tuple[str, int]:
    """Encoding error handler: a terminal that cannot show "César" gets "Cesar", not "C?sar"."""
    assert isinstance(error, UnicodeEncodeError)
    return nearest_ascii(error.object[error.start : error.end]), error.end
