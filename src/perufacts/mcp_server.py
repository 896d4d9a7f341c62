"""The Model Context Protocol server: the lookups of the command line, as tools for AI assistants.

Every tool answers with the same JSON as the command's ``--json`` (built by
``present.contract``), as
structured content under an output schema (``json_types``), and the same JSON as text for
clients that read only text. An error the core raises (an unknown id, an invalid store) is a
tool error carrying the JSON of ``--json`` errors, did-you-mean list included; the server
goes on. Standard output carries protocol messages only.

Imported only by ``perufacts mcp``: no other command loads the MCP SDK.
"""

from __future__ import annotations

import functools
import io
import os
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeAlias, get_type_hints

import anyio
from mcp.server.fastmcp import FastMCP
from mcp.server.fastmcp.exceptions import ToolError
from mcp.server.stdio import stdio_server
from mcp.types import CallToolResult, TextContent, ToolAnnotations
from pydantic import BaseModel, ConfigDict, Field, create_model

from perufacts import cite, queries
from perufacts.errors import NotFoundError, PerufactsError, StoreError, UsageError
from perufacts.json_types import (
    AuditJSON,
    CheckJSON,
    CitationsJSON,
    ComparisonJSON,
    FiguresJSON,
    SearchJSON,
    SourcesJSON,
    TopicJSON,
    TopicsJSON,
)
from perufacts.models import Store
from perufacts.present import contract
from perufacts.present.safety import one_line
from perufacts.store import (
    begin_call,
    damaged_cache,
    load_store,
    read_source_text,
    resolve_store_path,
)
from perufacts.vocab import TextEnum

INSTRUCTIONS = (
    "Figures from the U.S. State Department fact sheet 'The U.S.-Peru Relationship' "
    "(October 2022). Every figure carries the document, section, line, exact sentence and URL "
    "it comes from: quote those rather than paraphrase. Call `check` on any sentence with a "
    "number before stating it as the sheet's."
)
# Every tool only reads the store: no side effects, same answer for the same store.
READ_ONLY = ToolAnnotations(
    readOnlyHint=True, destructiveHint=False, idempotentHint=True, openWorldHint=False
)
SCHEMA_URI = "perufacts://schema"
SOURCE_URI = "perufacts://sources/{source}"
LINES_URI = "perufacts://sources/{source}/lines/{span}"


def _closed(shape: Any) -> type[BaseModel]:
    """A model of a contract shape whose JSON Schema, like the shape's, forbids other fields."""
    fields: dict[str, Any] = {name: (kind, ...) for name, kind in get_type_hints(shape).items()}
    return create_model(shape.__name__, __config__=ConfigDict(extra="forbid"), **fields)


# What each tool declares it returns: a CallToolResult whose structured content has the shape
# of the contract, which FastMCP publishes as the tool's output schema.
TopicsResult = Annotated[CallToolResult, _closed(TopicsJSON)]
TopicResult = Annotated[CallToolResult, _closed(TopicJSON)]
FiguresResult = Annotated[CallToolResult, _closed(FiguresJSON)]
SearchResult = Annotated[CallToolResult, _closed(SearchJSON)]
SourcesResult = Annotated[CallToolResult, _closed(SourcesJSON)]
ComparisonResult = Annotated[CallToolResult, _closed(ComparisonJSON)]
AuditResult = Annotated[CallToolResult, _closed(AuditJSON)]
CheckResult = Annotated[CallToolResult, _closed(CheckJSON)]
CitationsResult = Annotated[CallToolResult, _closed(CitationsJSON)]

FigureIds = Annotated[
    list[str], Field(min_length=1, description="Figure ids, e.g. ['trade-2021', 'trade-2009'].")
]
if TYPE_CHECKING:
    # A member is the format's name as a str; the type checker needs no more than that.
    CiteFormat: TypeAlias = str
else:
    # The names of the cite registry, which the tool's input schema lists as its choices.
    CiteFormat = TextEnum("CiteFormat", [(n.upper().replace("-", "_"), n) for n in cite.FORMATS])
TopicName = Annotated[
    str, Field(description="Topic id, alias or heading words (case and accents don't matter).")
]


def _day(text: str | None) -> date:
    """The day a citation says the page was read: the one given, or today."""
    if text is None:
        return date.today()
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(f"accessed wants a day as YYYY-MM-DD, not {text!r}") from None


def _result(data: Any) -> CallToolResult:
    """A tool's answer: the contract's JSON as structured content, and the same as text."""
    return CallToolResult(
        content=[TextContent(type="text", text=contract.to_json(data))], structuredContent=data
    )


def _error(exc: PerufactsError) -> CallToolResult:
    """A tool error: the JSON that ``--json`` writes on stderr, did-you-mean list included."""
    data = contract.error_dict(exc.code, exc.message, exc.suggestions, exc.problems)
    return CallToolResult(
        content=[TextContent(type="text", text=contract.to_json(data))],
        structuredContent=dict(data),
        isError=True,
    )


def parse_span(span: str) -> tuple[int, int]:
    """``"8"`` -> (8, 8); ``"8-12"`` -> (8, 12); anything else is a usage error."""
    first, _, last = span.partition("-")
    try:
        return int(first), int(last or first)
    except ValueError:
        raise UsageError(f"not a line or a range of lines: {span!r} (try 8 or 8-12)") from None


def check_span(first: int, last: int, lines: int) -> None:
    """Refuse a range that is empty, backwards or past the end of a text of ``lines`` lines."""
    if not 1 <= first <= last:
        raise UsageError(f"no lines {first} to {last}: lines are numbered from 1, first to last")
    if first > lines:
        raise UsageError(f"line {first} is past the end: the text has {lines} lines")


class Tools:
    """The tools, each reading the store named at start-up (or the bundled one) on every call."""

    def __init__(self, store: Path | None) -> None:
        self.store = store

    def _load(self) -> Store:
        """The store, validated (once per version of the file, thanks to the cache)."""
        return load_store(self.store)

    def topics(self) -> TopicsResult:
        """List every topic of the fact sheet: id, heading, heading line and number of figures."""
        data = self._load()
        return _result(contract.topics_dict(data, queries.figure_counts(data)))

    def topic(self, name: TopicName) -> TopicResult:
        """Show one topic: its summary, its figures and its statements with their line numbers."""
        data = self._load()
        return _result(
            contract.topic_dict(queries.topic_view(data, queries.resolve_topic(data, name)))
        )

    def figure(self, ids: FigureIds) -> FiguresResult:
        """Get figures by id, each with its value, bound and source sentence, line and URL."""
        return _result(contract.figures_dict(queries.get_figures(self._load(), ids)))

    def figures(
        self,
        topic: Annotated[str | None, Field(description="Only this topic.")] = None,
        unit: Annotated[str | None, Field(description="Only this unit, e.g. USD.")] = None,
    ) -> FiguresResult:
        """List figures, optionally of one topic and/or one unit, each with its source."""
        return _result(contract.figures_dict(queries.list_figures(self._load(), topic, unit)))

    def search(self, text: Annotated[str, Field(description="Words to look for.")]) -> SearchResult:
        """Find the statements and figures that contain every word, best first."""
        return _result(contract.search_dict(text, queries.search(self._load(), text)))

    def source(
        self,
        line: Annotated[int | None, Field(description="First line (default: 1).")] = None,
        last: Annotated[int | None, Field(description="Last line (default: `line`).")] = None,
    ) -> SourcesResult:
        """Get the document's metadata and its numbered lines: one line, a range, or all."""
        data = self._load()
        store_path = resolve_store_path(self.store)
        bodies = {s.id: read_source_text(store_path, s) for s in data.sources}
        span = None
        if line is not None or last is not None:
            first = 1 if line is None else line
            span = (first, first if last is None else last)
            longest = max((len(b.split("\n")) for b in bodies.values()), default=0)
            check_span(*span, longest)
        return _result(contract.sources_dict(data.sources, bodies, span))

    def compare(self, ids: FigureIds) -> ComparisonResult:
        """Compare figures of one unit: difference, ratio and percent change from the first."""
        from perufacts.compare import compare

        return _result(contract.comparison_dict(compare(self._load(), ids)))

    def audit(self) -> AuditResult:
        """Recompute every relation the sheet states and say whether its figures agree."""
        from perufacts.compare import audit

        return _result(contract.audit_dict(audit(self._load())))

    def check(
        self, text: Annotated[str, Field(description="The sentence(s) to check.")]
    ) -> CheckResult:
        """Call before stating a number from the sheet: checks each number in the text against it."""
        from perufacts.checking.matcher import check_text

        return _result(contract.claims_dict(check_text(self._load(), text)))

    def cite(
        self,
        ids: FigureIds,
        format: Annotated[CiteFormat, Field(description="Citation format.")] = "text",
        accessed: Annotated[
            str | None, Field(description="The day the page was read, YYYY-MM-DD (default: today).")
        ] = None,
    ) -> CitationsResult:
        """Cite figures: the document once, then each figure's section, bullet and line."""
        day = _day(accessed)
        return _result(contract.citations_dict(queries.get_figures(self._load(), ids), format, day))


TOOL_NAMES = ("topics", "topic", "figure", "figures", "search", "source", "compare", "audit",
              "check", "cite")  # fmt: skip


class PerufactsMCP(FastMCP):
    """FastMCP whose tools report the core's errors as tool errors and whose stdout is its own."""

    async def call_tool(self, name: str, arguments: dict[str, Any]) -> Any:
        """Call a tool; an error the core raised becomes a tool error with its JSON."""
        begin_call()
        try:
            return await super().call_tool(name, arguments)
        except ToolError as exc:
            # FastMCP wraps what a tool raises; the core's own errors keep their shape, and a
            # cache file found damaged is removed and said so, as the command line does.
            cause = exc.__cause__
            error = cause if isinstance(cause, PerufactsError) else damaged_cache(cause)
            if error is not None:
                return _error(error)
            raise

    async def run_stdio_async(self) -> None:
        """Serve on the process's stdin and stdout; anything else printed goes to stderr."""
        protocol_out = io.TextIOWrapper(os.fdopen(os.dup(sys.stdout.fileno()), "wb"), "utf-8")
        # A stray print() from any library would corrupt the protocol: send it to stderr.
        sys.stdout = sys.stderr
        async with stdio_server(stdout=anyio.wrap_file(protocol_out)) as (read, write):
            await self._mcp_server.run(
                read, write, self._mcp_server.create_initialization_options()
            )


def build_server(store: Path | None) -> PerufactsMCP:
    """The server with every tool and resource, reading ``store`` (or the bundled store)."""
    from perufacts import __version__

    server = PerufactsMCP("perufacts", instructions=INSTRUCTIONS, log_level="WARNING")
    # FastMCP would report the SDK's version as the server's.
    server._mcp_server.version = __version__
    tools = Tools(store)
    for name in TOOL_NAMES:
        server.add_tool(getattr(tools, name), name=name, annotations=READ_ONLY)
    _add_resources(server, store)
    return server


def _add_resources(server: FastMCP, store: Path | None) -> None:
    """The store's JSON Schema, and each source document's text, whole or by lines."""

    @server.resource(SCHEMA_URI, name="schema", mime_type="application/schema+json")
    def schema() -> str:
        """The JSON Schema of the fact store format."""
        from perufacts.store.validation import schema_json

        return schema_json()

    @server.resource(SOURCE_URI, name="source-text", mime_type="text/plain")
    def source_text(source: str) -> str:
        """The whole text of a source document, by its id (the sheet is us-peru-2022)."""
        return _source_body(store, source)

    @server.resource(LINES_URI, name="source-lines", mime_type="text/plain")
    def source_lines(source: str, span: str) -> str:
        """Lines of a source document: one line (8) or a range (8-12), as written."""
        lines = _source_body(store, source).split("\n")
        first, last = parse_span(span)
        check_span(first, last, len(lines))
        return "\n".join(lines[first - 1 : last])

    try:
        sources = load_store(store).sources
    except StoreError as exc:
        # The server still starts: every call answers with this error, which a client shows.
        sys.stderr.write(f"perufacts: {one_line(exc.message)}\n")
        return
    # Listed by name, so that a client shows each document without knowing the template.
    for source in sources:
        uri = SOURCE_URI.format(source=source.id)
        reader = functools.partial(_source_body, store, source.id)
        server.resource(uri, name=source.id, description=source.title, mime_type="text/plain")(
            reader
        )


def _source_body(store: Path | None, source_id: str) -> str:
    """The text of the source document ``source_id`` of the store."""
    data = load_store(store)
    found = [s for s in data.sources if s.id == source_id]
    if not found:
        known = [s.id for s in data.sources]
        raise NotFoundError(f"no source {source_id!r} (sources: {', '.join(known)})")
    return read_source_text(resolve_store_path(store), found[0])


def serve(store: Path | None) -> None:
    """Run the server on stdio until the client closes it."""
    build_server(store).run("stdio")
