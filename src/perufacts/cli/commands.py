"""The commands, and nothing else: each parses, calls the core and picks a presenter."""

# No `from __future__ import annotations` in the command line's modules: Typer would eval every
# annotation string of every command on each run, which tripled the time it takes to build the
# commands.

import difflib
import itertools
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated

import typer

from perufacts import cite, export, queries
from perufacts.cli.app import (
    CiteFormat,
    CompareIdsArgument,
    ExportFormat,
    FieldsOption,
    FigureIdsArgument,
    ForceOption,
    JsonlOption,
    SortKey,
    StoreOption,
    TopicArgument,
    TopicOption,
    UnitOption,
    app,
    command,
    complete_figure,
    complete_unit,
)
from perufacts.cli.output import (
    PAGES,
    Format,
    appended_bib_keys,
    emit_bytes,
    end_as_sigpipe,
    format_of,
    note,
    page_target,
    peek,
    picked_fields,
    show,
    shown_whole,
    utf8,
    write_page,
)
from perufacts.drafts import names_a_file, read_draft
from perufacts.errors import EXIT_CONTRADICTED, StoreError, UsageError, count_problems
from perufacts.models import FigureContext
from perufacts.present import contract
from perufacts.present.safety import one_line
from perufacts.record import EXPORT_FIELDS, FIGURE_FIELDS, fields_record, figure_record
from perufacts.store import load_store, read_source_text, resolve_store_path
from perufacts.vocab import Verdict

__all__ = ["app"]


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
        fields=picked_fields(
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
    contract.fields_asked(fields, FIGURE_FIELDS)
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
        fields=picked_fields(
            fields, "figures", FIGURE_FIELDS, lambda: (fields_record(c) for c in contexts)
        ),
    )


@command("figures")
def figures_command(
    ctx: typer.Context,
    ids: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[ID]...",
            help="Only these figures (for --sum: the like figures to add up).",
            show_default=False,
        ),
    ] = None,
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
            "they must measure one thing in one unit over one kind of period (durations never).",
        ),
    ] = False,
    fields: FieldsOption = None,
    jsonl: JsonlOption = False,
    store: StoreOption = None,
) -> None:
    """List figures as one table, optionally of one topic or one unit, sorted or added up.

    Example: perufacts figures trade-2009 trade-2021 --sum
    """
    from perufacts.compare import total as add_up

    contract.fields_asked(fields, FIGURE_FIELDS)
    if jsonl and total:
        raise UsageError("--sum cannot be used with --jsonl: a total is no figure's record")
    data = load_store(store)
    listed: Iterable[FigureContext] = queries.list_figures(data, topic, unit, ids or ())

    def written() -> Iterator[str] | None:
        """The listing's text as the store keeps it: in store order, whole or of a topic or unit."""
        if ids or sort is not None or total:
            return None
        return queries.listed_figures(data, topic, unit)

    if sort is not None or total:
        # Sorting and adding up need every figure at once; a plain listing streams.
        listed = queries.sort_figures(listed, sort) if sort is not None else list(listed)
    any_figure, contexts = peek(listed)
    summed = add_up(list(contexts)) if total else None
    show(
        ctx,
        json=lambda: (
            contract.figures_sum_dict(list(contexts), summed)
            if summed
            else contract.figures_json(contexts, written)
        ),
        plain=lambda: itertools.chain(
            (contract.figure_row(c) for c in contexts),
            [contract.total_row(summed)] if summed else [],
        ),
        table=lambda t: (
            [t.figures_table(list(contexts))] + ([t.total_text(summed)] if summed else [])
        ),
        empty=None if any_figure else "no figures match",
        fields=picked_fields(
            fields, "figures", FIGURE_FIELDS, lambda: (fields_record(c) for c in contexts)
        ),
        jsonl=lambda: (figure_record(c) for c in contexts),
    )


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
    jsonl: JsonlOption = False,
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
        fields=picked_fields(
            fields, "results", contract.HIT_FIELDS, lambda: (contract.hit_record(h) for h in hits)
        ),
        jsonl=lambda: (contract.hit_dict(h) for h in hits),
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
    first_last = queries.lines_asked(span, line)
    if first_last is not None:
        parts = {doc: queries.text_lines(body, *first_last) for doc, body in bodies.items()}
        furniture = {s.id: contract.furniture_lines(s) for s in data.sources}
        show(
            ctx,
            json=lambda: contract.lines_dict(parts, furniture),
            plain=lambda: contract.lines_rows(parts, furniture),
            table=lambda t: [t.lines_table(parts, furniture)],
        )
        return
    show(
        ctx,
        json=lambda: contract.sources_dict(data.sources, bodies),
        plain=lambda: contract.source_rows(data.sources, bodies),
        table=lambda t: t.source_tables(data.sources, bodies),
    )


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
        if format_of(ctx) is Format.JSON or not exc.problems:
            raise
        # Each problem once, one line each; the last line only counts them.
        for problem in exc.problems:
            typer.echo(one_line(problem), err=True)
        raise StoreError(
            f"store is invalid: {count_problems(exc.total, exact=exc.exact)}, above",
            problems=exc.problems,
            total=exc.total,
            exact=exc.exact,
        ) from None
    summary = queries.summary(data)
    where = str(resolve_store_path(path or store))
    counts = {"store": where, **summary}
    show(
        ctx,
        json=lambda: contract.validation_dict(where, summary),
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
            autocompletion=complete_unit,
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
    data = load_store(store)
    unit, contexts = queries.chart(data, topic, unit)
    where = f" of topic {topic!r}" if topic is not None else ""
    show(
        ctx,
        json=lambda: contract.chart_dict(contexts, unit),
        plain=lambda: contract.chart_rows(contexts, unit),
        table=lambda t: [t.Chart(contexts, contract.chart_title(data, unit, topic))],
        empty=None
        if contexts
        else f"nothing to chart: no figures{where} in {unit} (try another --unit)",
    )


@command("check")
def check_command(
    ctx: typer.Context,
    text: Annotated[
        str | None,
        typer.Argument(
            metavar="TEXT",
            help="The sentence(s) to check; '-' reads standard input, as a pipe is read without it.",
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
            autocompletion=complete_figure,
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
    url: Annotated[
        str | None,
        typer.Option(
            "--url",
            metavar="URL",
            help="With --html: where the page will be published (http or https), the url of "
            "its ClaimReview metadata, which is left out without it.",
            show_default=False,
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

    page = page_target(ctx, html_path, force=force)
    if url is not None:
        from perufacts.present.html import safe_url

        if html_path is None:
            raise UsageError("--url is the address of the --html page: give --html PATH too")
        if safe_url(url) is None or any(ch.isspace() for ch in url):
            raise UsageError(f"--url wants an http or https address, not {url!r}")
    data = load_store(store)
    draft = read_draft(text, file)
    if names_a_file(text):
        # ("perufacts check draft.md" checks the words "draft.md": say what was meant)
        note(f"checking the text {text!r} itself; to check the file, use --file {text}")
    pinned = figure.strip().lower() if figure is not None else None
    claims = check_text(data, draft, pinned=pinned)
    if html_path is not None:
        from perufacts.present import html

        title = Path(file).name if file not in (None, "-") else "draft"
        write_page(html.check_page(data, draft, claims, title=title, url=url), page, force=force)
        if page is not None:
            typer.echo(f"perufacts: wrote the checked draft to {one_line(str(page))}", err=True)
    # A page sent to stdout is the whole output; otherwise the verdicts print as usual.
    contradicted = sum(c.verdict == Verdict.CONTRADICTED for c in claims)
    if html_path is None or page is not None:
        whole = shown_whole(
            lambda: show(
                ctx,
                json=lambda: contract.claims_dict(claims),
                plain=lambda: [contract.claim_row(c) for c in claims],
                table=lambda t: [t.claims_table(claims, explain=explain)],
            )
        )
        # A reader that stops early (`| head -1`) must not hide a contradiction: exit 5 and
        # say so; with none, end as any command does on a closed pipe.
        if not whole and not contradicted:
            end_as_sigpipe()
        if not whole:
            note(
                f"the reader stopped before the end: {contradicted} of {len(claims)} "
                f"{'claim is' if len(claims) == 1 else 'claims are'} contradicted (exit 5)"
            )
    if contradicted:
        raise typer.Exit(EXIT_CONTRADICTED)


@command("schema", output=False)
def schema_command(
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            metavar="COMMAND",
            help="Print the JSON Schema of this command's --json output instead: "
            "topics, topic, figure, figures, search, source, validate, compare, audit, chart, "
            "check, cite (the MCP tool), error.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Print the JSON Schema of the store format (data/facts.schema.json is this output).

    With --output COMMAND, the JSON Schema of that command's --json output: the published
    contract (docs/json.md), generated from the types its builders are checked against.

    Example: perufacts schema --output figure > figure.schema.json
    """
    if output is not None:
        from perufacts import json_schema

        if output not in json_schema.OUTPUTS:
            known = list(json_schema.OUTPUTS)
            raise UsageError(
                f"no JSON output named {output!r} (outputs: {', '.join(known)})",
                suggestions=difflib.get_close_matches(output, known, n=3),
            )
        sys.stdout.write(contract.to_json(json_schema.output_schema(output)) + "\n")
        return
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
    raw: Annotated[
        bool,
        typer.Option(
            "--raw",
            help="CSV: write cells starting with = + - @ tab or CR as they are, "
            "without the apostrophe that keeps spreadsheets from running them as formulas.",
        ),
    ] = False,
    fields: FieldsOption = None,
    store: StoreOption = None,
) -> None:
    """Export figures as CSV, JSON Lines, a Markdown table, an SQLite database or an HTML page.

    CSV, JSON Lines and the SQLite figures table hold the same fields (json.md of the docs):
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
    if raw and fmt != "csv":
        raise UsageError("--raw is for --format csv only")
    names = contract.fields_asked(fields, EXPORT_FIELDS)
    # Refused before any work: a file that may not be replaced, a database bound for stdout.
    if page is None:
        export.check_target(fmt, target, force=force)
    elif target is not None:
        export.check_destination(target, force=force)
    data = export.select(load_store(store), topic, unit)
    if page is not None:
        write_page(page(data, store), target, force=force)
    elif (
        body := export.export(data, fmt, target, force=force, bom=bom, fields=names, raw=raw)
    ) is not None:
        emit_bytes(body, target)
    if target is None:
        return
    noun = "figure" if len(data.figures) == 1 else "figures"
    typer.echo(f"perufacts: wrote {len(data.figures)} {noun} to {one_line(str(target))}", err=True)


@command("cite", output=False)
def cite_command(
    ids: Annotated[
        list[str] | None,
        typer.Argument(
            help="Figure ids: the document is cited once, then each figure's place in it.",
            metavar="[ID]...",
            autocompletion=complete_figure,
            show_default=False,
        ),
    ] = None,
    lines: Annotated[
        list[int] | None,
        typer.Option(
            "--line",
            metavar="N",
            help="Cite the sentence(s) of line N of the text, with or without a figure "
            "(repeat for more).",
            show_default=False,
        ),
    ] = None,
    document: Annotated[
        bool, typer.Option("--document", help="Cite the whole document, no place in it.")
    ] = False,
    fmt: Annotated[
        CiteFormat,
        typer.Option("--format", "-f", help="Citation format.", case_sensitive=False),
    ] = "text",
    locator_line: Annotated[
        bool,
        typer.Option(
            "--locator-line/--no-locator-line",
            help='End each locator with perufacts\' line of the text ("perufacts line 8").',
        ),
    ] = True,
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
    """Cite figures, lines or the whole document: the document once, then each place in it.

    The locator names the section heading and bullet number as printed on the page
    ("Peru, a Vital Strategic Partner, bullet 2"), then the line of perufacts' copy
    (--no-locator-line leaves it out). bibtex (a classic @misc entry), biblatex (an @online
    entry), each with a \\cite[locator]{key} per place, and csl-json (CSL items and
    citationItems) are for reference managers (Zotero, JabRef, biber, Pandoc). Appended to a
    .bib file (>>), bibtex and biblatex leave out an entry whose key the file has already.

    Example: perufacts cite trade-2009 trade-2021 --format bibtex >> refs.bib
    """
    ids, lines = ids or [], lines or []
    if document == bool(ids or lines):
        raise UsageError("give figure ids, --line N, or --document (alone)")
    data = load_store(store)
    if document:
        cited = [cite.of_document(s) for s in data.sources]
    else:
        cited = [cite.of_figure(c) for c in queries.get_figures(data, ids)]
        cited += [cite.of_line(queries.line_context(data, n)) for n in lines]
    known = appended_bib_keys() if cite.FORMATS[fmt].bib else set()
    options = cite.Options(cite.accessed_day(accessed), locator_line, known)
    skipped = sorted({cite.citation_key(c.source) for c in cited} & known)
    if skipped:
        note(f"left out the entry {', '.join(skipped)}: the file appended to has it")
    sys.stdout.write(contract.citation_text(cited, fmt, options, ascii_only=not utf8(sys.stdout)))


@command("mcp", output=False)
def mcp_command(store: StoreOption = None) -> None:
    """Serve the figures to AI assistants: a Model Context Protocol server on stdio.

    Tools: topics, topic, figure, figures, search, source, compare, audit, check, cite, each
    answering with the JSON of the matching command's --json. Needs the MCP SDK 2.x:
    pip install 'perufacts[mcp]'. mcp.md of the docs shows each client's configuration.

    Example: perufacts mcp --store my-facts.json
    """
    import importlib.util

    # Asked before importing anything: without the extra, the SDK's own dependencies are
    # missing too, and the first of them to fail need not be `mcp`.
    if importlib.util.find_spec("mcp") is None:
        raise _needs_sdk("it is not installed")
    try:
        from perufacts import mcp_server
    except ModuleNotFoundError as exc:
        # mcp 1.x has neither mcp.server.mcpserver nor mcp_types.
        if not (exc.name or "").startswith("mcp"):
            raise
        raise _needs_sdk(f"not {_sdk_version()}") from None
    mcp_server.serve(store)


# The SDK versions the server runs on: pyproject.toml's `mcp` extra pins the same range.
MCP_SDK_RANGE = "mcp>=2,<3"


def _needs_sdk(why: str) -> UsageError:
    """The error of `perufacts mcp` without a usable SDK: the range it needs, and how to get it."""
    return UsageError(
        f"perufacts mcp needs the MCP SDK ({MCP_SDK_RANGE}), {why}: pip install 'perufacts[mcp]'"
    )


def _sdk_version() -> str:
    """The installed SDK's name and version, as pip would say it."""
    from importlib import metadata

    try:
        return f"mcp {metadata.version('mcp')}"
    except metadata.PackageNotFoundError:
        return "the mcp found on the path"
