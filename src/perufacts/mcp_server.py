"""The Model Context Protocol server: the lookups of the command line, as tools for AI assistants.

Every tool answers with the same JSON as the command's ``--json`` (built by
``present.contract``), as
structured content under an output schema (``json_types``), and the same JSON as text for
clients that read only text. An error the core raises (an unknown id, an invalid store) is a
tool error carrying the JSON of ``--json`` errors, did-you-mean list included; the server
goes on. Bad arguments are tool errors of the same shape, with the code ``usage``. The
SDK's stdio transport keeps standard output for protocol messages; this module's reader in front
of it answers every line that is not a JSON-RPC message (-32700 or -32600), which the SDK drops.

Imported only by ``perufacts mcp``: no other command loads the MCP SDK.
"""

from __future__ import annotations

import functools
import json
import re
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, BinaryIO, TypeAlias, get_type_hints

import anyio
import mcp_types
from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ToolError
from mcp.server.stdio import stdio_server
from mcp.shared.exceptions import MCPError
from mcp.shared.message import SessionMessage
from mcp_types import CallToolResult, TextContent, ToolAnnotations
from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

from perufacts import cite, drafts, queries
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
    damaged_cache,
    front_end_call,
    load_store,
    opened_store,
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
    read_only_hint=True, destructive_hint=False, idempotent_hint=True, open_world_hint=False
)
SCHEMA_URI = "perufacts://schema"
SOURCE_URI = "perufacts://sources/{source}"
LINES_URI = "perufacts://sources/{source}/lines/{span}"


def _closed(shape: Any) -> type[BaseModel]:
    """A model of a contract shape whose JSON Schema, like the shape's, forbids other fields."""
    fields: dict[str, Any] = {name: (kind, ...) for name, kind in get_type_hints(shape).items()}
    return create_model(shape.__name__, __config__=ConfigDict(extra="forbid"), **fields)


# What each tool declares it returns: a CallToolResult whose structured content has the shape
# of the contract, which MCPServer publishes as the tool's output schema.
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
CompareIds = Annotated[
    list[str],
    Field(min_length=2, description="Two or more figure ids of one unit, the first the base."),
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
# Strict: a line is a JSON integer, never "3" or true.
LineNumber = Annotated[int | None, Field(strict=True, description="A line number, from 1.")]


def _result(data: Any) -> CallToolResult:
    """A tool's answer: the contract's JSON as structured content, and the same as text."""
    return CallToolResult(
        content=[TextContent(type="text", text=contract.to_json(data))], structured_content=data
    )


def _error(exc: PerufactsError) -> CallToolResult:
    """A tool error: the JSON that ``--json`` writes on stderr, did-you-mean list included."""
    data = contract.error_dict(exc.code, exc.message, exc.suggestions, exc.problems)
    return CallToolResult(
        content=[TextContent(type="text", text=contract.to_json(data))],
        structured_content=dict(data),
        is_error=True,
    )


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
        line: Annotated[LineNumber, Field(description="First line (default: 1).")] = None,
        last: Annotated[LineNumber, Field(description="Last line (default: `line`).")] = None,
    ) -> SourcesResult:
        """Get the document's metadata and its numbered lines: one line, a range, or all."""
        data = self._load()
        store_path = resolve_store_path(self.store)
        bodies = {s.id: read_source_text(store_path, s) for s in data.sources}
        span = None
        if line is not None or last is not None:
            span = queries.checked_span(1 if line is None else line, last)
            for body in bodies.values():
                # The command's rule: a first line past the end is not found, a last one is cut.
                queries.text_lines(body, *span)
        return _result(contract.sources_dict(data.sources, bodies, span))

    def compare(self, ids: CompareIds) -> ComparisonResult:
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

        drafts.check_draft_size(text)
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
        day = cite.accessed_day(accessed, "accessed")
        return _result(contract.citations_dict(queries.get_figures(self._load(), ids), format, day))


# Each tool's name and the title a client shows for it, in the order they are listed.
TOOL_TITLES = {
    "topics": "List the topics",
    "topic": "Show a topic",
    "figure": "Get figures by id",
    "figures": "List figures",
    "search": "Search the sheet",
    "source": "Read the source document",
    "compare": "Compare figures",
    "audit": "Audit the sheet's relations",
    "check": "Check a draft's numbers",
    "cite": "Cite figures",
}
TOOL_NAMES = tuple(TOOL_TITLES)


def _usage(tool: str, exc: ValidationError) -> UsageError:
    """The arguments' problems as one usage error: each argument, what is wrong, what was sent."""
    problems = []
    for error in exc.errors():
        where = ".".join(str(part) for part in error["loc"]) or "arguments"
        sent = "" if error["type"] == "missing" else f" (got {type(error['input']).__name__})"
        problems.append(f"{where}: {error['msg'][:1].lower()}{error['msg'][1:]}{sent}")
    return UsageError(f"bad arguments to {tool}: {'; '.join(problems)}")


class PerufactsMCP(MCPServer):
    """MCPServer whose tools report the core's errors, and bad arguments, as the contract's errors."""

    async def call_tool(
        self, name: str, arguments: dict[str, Any], context: Context[Any, Any] | None = None
    ) -> Any:
        """Call a tool; an error the core raised, or bad arguments, become a tool error's JSON."""
        if name not in TOOL_TITLES:
            return _error(UsageError(f"no tool {name!r} (tools: {', '.join(TOOL_NAMES)})"))
        with front_end_call():  # its stores' databases closed at its end, not by the collector
            try:
                return await super().call_tool(name, arguments, context)
            except ToolError as exc:
                # MCPServer wraps what a tool raises; the core's own errors keep their shape, and
                # a cache file found damaged is removed and said so, as the command line does.
                cause = exc.__cause__
                if isinstance(cause, ValidationError):
                    return _error(_usage(name, cause))
                error = cause if isinstance(cause, PerufactsError) else damaged_cache(cause)
                if error is not None:
                    return _error(error)
                raise

    async def run_stdio_async(self) -> None:
        """Serve on stdin and stdout, answering lines that are not JSON-RPC messages."""
        reader = _CheckedLines()
        # The SDK's transport keeps fd 1 for the protocol (stray prints go to stderr) and reads
        # the lines that _CheckedLines lets through.
        async with stdio_server(stdin=reader) as (read, write):  # type: ignore[arg-type]
            reader.answer = write
            server = self._lowlevel_server
            await server.run(read, write, server.create_initialization_options())


def build_server(store: Path | None) -> PerufactsMCP:
    """The server with every tool and resource, reading ``store`` (or the bundled store)."""
    from perufacts import __version__

    server = PerufactsMCP(
        "perufacts",
        title="perufacts",
        instructions=INSTRUCTIONS,
        version=__version__,
        log_level="WARNING",
    )
    tools = Tools(store)
    for name, title in TOOL_TITLES.items():
        server.add_tool(getattr(tools, name), name=name, title=title, annotations=READ_ONLY)
    _add_resources(server, store)
    return server


def _resource_error(exc: PerufactsError) -> MCPError:
    """A resource's error as the protocol's: invalid params for a bad or unknown URI."""
    code = mcp_types.INTERNAL_ERROR if isinstance(exc, StoreError) else mcp_types.INVALID_PARAMS
    data = contract.error_dict(exc.code, exc.message, exc.suggestions, exc.problems)
    return MCPError(code=code, message=one_line(exc.message), data=data)


def _resource(read: Any) -> Any:
    """A resource reader whose core errors reach the client as protocol errors, said once."""

    @functools.wraps(read)
    def wrapped(*args: str, **kwargs: str) -> str:
        try:
            text: str = read(*args, **kwargs)
        except PerufactsError as exc:
            raise _resource_error(exc) from None
        return text

    return wrapped


def _add_resources(server: MCPServer, store: Path | None) -> None:
    """The store's JSON Schema, and each source document's text, whole or by lines."""

    @server.resource(SCHEMA_URI, name="schema", title="The store's JSON Schema",
                     mime_type="application/schema+json")  # fmt: skip
    def schema() -> str:
        """The JSON Schema of the fact store format."""
        from perufacts.store.validation import schema_json

        return schema_json()

    @server.resource(SOURCE_URI, name="source-text", title="A source document",
                     mime_type="text/plain")  # fmt: skip
    @_resource
    def source_text(source: str) -> str:
        """The whole text of a source document, by its id (the sheet is us-peru-2022)."""
        return _source_body(store, source)

    @server.resource(LINES_URI, name="source-lines", title="Lines of a source document",
                     mime_type="text/plain")  # fmt: skip
    @_resource
    def source_lines(source: str, span: str) -> str:
        """Lines of a source document: one line (8) or a range (8-12), as written."""
        lines = queries.text_lines(_source_body(store, source), *queries.line_span(span))
        return "\n".join(text for _, text in lines)

    try:
        with opened_store(store) as data:
            sources = list(data.sources)
    except StoreError as exc:
        # The server still starts: every call answers with this error, which a client shows.
        sys.stderr.write(f"perufacts: {one_line(exc.message)}\n")
        return
    # Listed by name, so that a client shows each document without knowing the template.
    for source in sources:
        uri = SOURCE_URI.format(source=source.id)
        reader = _resource(functools.partial(_source_body, store, source.id))
        server.resource(
            uri, name=source.id, title=source.title, description=source.title,
            mime_type="text/plain",
        )(reader)  # fmt: skip


def _source_body(store: Path | None, source_id: str) -> str:
    """The text of the source document ``source_id`` of the store."""
    with opened_store(store) as data:
        sources = list(data.sources)
    found = [s for s in sources if s.id == source_id]
    if not found:
        known = [s.id for s in sources]
        raise NotFoundError(f"no source {source_id!r} (sources: {', '.join(known)})")
    return read_source_text(resolve_store_path(store), found[0])


# --- the stream of messages ----------------------------------------------------------------------

# A message carries at most a draft (4 MiB), escaped: \uXXXX makes six bytes of one.
MAX_MESSAGE_BYTES = 8 * drafts.MAX_DRAFT_BYTES
# JSON-RPC messages are shallow; MCP's deepest are a tool's arguments.
MAX_NESTING = 64
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class BadMessage(Exception):
    """A line that is not a JSON-RPC message: the error to answer it with."""

    def __init__(self, code: int, message: str, ident: str | int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.ident = ident


def _depth(data: Any) -> int:
    """How deeply ``data`` nests, counted no further than MAX_NESTING + 1."""
    deepest = 0
    stack = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth > MAX_NESTING:
            break
        children = (
            node.values() if isinstance(node, dict) else node if isinstance(node, list) else ()
        )
        stack.extend((child, depth + 1) for child in children)
    return deepest


def _no_constant(name: str) -> Any:
    """Refuse NaN and Infinity, which JSON does not have."""
    raise ValueError(f"{name} is not JSON")


def _ident(data: Any) -> str | int | None:
    """The id of a message to answer it with: a string or an integer, else none."""
    ident = data.get("id") if isinstance(data, dict) else None
    if isinstance(ident, str) or (isinstance(ident, int) and not isinstance(ident, bool)):
        return ident
    return None


def read_message(line: bytes) -> mcp_types.JSONRPCMessage:
    """One line as a JSON-RPC message, or BadMessage with the error the line deserves."""
    if len(line) > MAX_MESSAGE_BYTES:
        raise BadMessage(mcp_types.INVALID_REQUEST,
                         f"Invalid request: a message may hold at most {MAX_MESSAGE_BYTES:,} bytes")  # fmt: skip
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BadMessage(
            mcp_types.PARSE_ERROR, f"Parse error: not UTF-8 (byte {exc.start})"
        ) from None
    too_deep = f"Parse error: nesting deeper than {MAX_NESTING} levels"
    try:
        data = json.loads(text, parse_constant=_no_constant)
    except RecursionError:
        raise BadMessage(mcp_types.PARSE_ERROR, too_deep) from None
    except ValueError as exc:  # JSONDecodeError included
        raise BadMessage(mcp_types.PARSE_ERROR, f"Parse error: {exc}") from None
    ident = _ident(data)
    if _depth(data) > MAX_NESTING:
        raise BadMessage(mcp_types.PARSE_ERROR, too_deep, ident)
    if _SURROGATE_ESCAPE.search(text):
        try:
            json.dumps(data, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise BadMessage(mcp_types.PARSE_ERROR, "Parse error: a lone surrogate is not text",
                             ident) from None  # fmt: skip
    not_rpc = "Invalid request: not a JSON-RPC 2.0 request, notification or response"
    # MCP's ids are strings or integers, never null; the SDK would take a request with any
    # other id for a notification, and answer nothing.
    if isinstance(data, dict) and "method" in data and "id" in data and ident is None:
        raise BadMessage(
            mcp_types.INVALID_REQUEST, "Invalid request: an id is a string or an integer"
        )
    try:
        return mcp_types.jsonrpc_message_adapter.validate_python(data, by_name=False)
    except ValidationError:
        raise BadMessage(mcp_types.INVALID_REQUEST, not_rpc, ident) from None


class _CheckedLines:
    """Standard input's lines that are JSON-RPC messages; every other line is answered here.

    The SDK's reader drops a line it cannot parse without a word, so a client would wait for
    an answer forever.
    """

    def __init__(self) -> None:
        self.answer: Any = None  # the transport's write stream, once it is open

    async def __aiter__(self) -> AsyncIterator[str]:
        """Each good line as text, for the SDK's reader to parse again."""
        stdin = sys.stdin.buffer
        while line := await self._line(stdin):
            if not line.strip():
                continue
            try:
                read_message(line)
            except BadMessage as bad:
                error = mcp_types.ErrorData(code=bad.code, message=bad.message)
                reply = mcp_types.JSONRPCError(jsonrpc="2.0", id=bad.ident, error=error)
                await self.answer.send(SessionMessage(reply))
                continue
            yield line.decode("utf-8")

    @staticmethod
    async def _line(stdin: BinaryIO) -> bytes:
        """The next line, cut after MAX_MESSAGE_BYTES + 1 bytes (the rest of it is skipped)."""
        line = await anyio.to_thread.run_sync(stdin.readline, MAX_MESSAGE_BYTES + 1)
        if len(line) > MAX_MESSAGE_BYTES and not line.endswith(b"\n"):
            while (rest := await anyio.to_thread.run_sync(stdin.readline, 1 << 16)) and not (
                rest.endswith(b"\n")
            ):
                pass
        return line


def serve(store: Path | None) -> None:
    """Run the server on stdio until the client closes it."""
    build_server(store).run("stdio")
