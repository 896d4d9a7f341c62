"""`perufacts mcp`: a real server process, driven by the MCP SDK's own stdio client.

Each tool's structured result must equal the parsed --json output of the matching command,
and validate against the tool's output schema; errors are tool errors that leave the server
answering; stdout carries nothing but JSON-RPC messages.

One server session, shared by most tests, always runs; the tests that start servers or
commands of their own (about a second each) are marked slow and run in CI.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import anyio
import jsonschema
import pytest
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.shared.exceptions import MCPError

from conftest import FIXTURES, MINI_STORE, ROOT
from perufacts import cite
from perufacts.json_schema import output_schema

TIMEOUT = 60  # seconds: only a guard against a hang, never a measurement
BROKEN_STORE = FIXTURES / "broken" / "duplicate-id.json"
CHECKED = "Peru hosts 2 million Venezuelan migrants. Trade reached over $22 billion in 2021."
TOOLS = {"topics", "topic", "figure", "figures", "search", "source", "compare", "audit", "check",
         "cite"}  # fmt: skip

# Each tool call, with the command whose --json output it must equal.
CALLS: dict[str, tuple[str, dict[str, Any], list[str]]] = {
    "topics": ("topics", {}, ["topics"]),
    "topic": ("topic", {"name": "Migration"}, ["topic", "Migration"]),
    "figure": ("figure", {"ids": ["trade-2021", "trade-2009"]}, ["figure", "trade-2021", "trade-2009"]),
    "figures": ("figures", {}, ["figures"]),
    "figures-topic-unit": ("figures", {"topic": "partnership", "unit": "usd"},
                           ["figures", "--topic", "partnership", "--unit", "usd"]),
    "search": ("search", {"text": "Cesar Landa"}, ["search", "Cesar Landa"]),
    "source": ("source", {}, ["source", "--lines"]),
    "compare": ("compare", {"ids": ["trade-2009", "trade-2021"]}, ["compare", "trade-2009", "trade-2021"]),
    "audit": ("audit", {}, ["audit"]),
    "check": ("check", {"text": CHECKED}, ["check", CHECKED]),
}  # fmt: skip
LINES = {"line-8": {"line": 8}, "lines-8-10": {"line": 8, "last": 10}}
CITE_IDS = ["trade-2021", "venezuelan-migrants"]
CITE_FORMATS = list(cite.FORMATS)
ACCESSED = "2026-11-27"  # the day the page was read, pinned so the citations compare
ERRORS: dict[str, tuple[str, dict[str, Any], list[str]]] = {
    "unknown-figure": ("figure", {"ids": ["trade-2012"]}, ["figure", "trade-2012"]),
    "unknown-topic": ("topic", {"name": "migraton"}, ["topic", "migraton"]),
    "unknown-unit": ("figures", {"unit": "euros"}, ["figures", "--unit", "euros"]),
    "different-units": ("compare", {"ids": ["trade-2021", "venezuelan-migrants"]},
                        ["compare", "trade-2021", "venezuelan-migrants"]),
    # The line rules of the command: past the end is not found, backwards is a usage error.
    "line-past-the-end": ("source", {"line": 9999}, ["source", "--line", "9999"]),
    "lines-backwards": ("source", {"line": 9, "last": 8}, ["source", "9-8"]),
    "line-zero": ("source", {"line": 0}, ["source", "--line", "0"]),
    "search-over-the-cap": ("search", {"text": "trade " * 200}, ["search", "trade " * 200]),
}  # fmt: skip
# Arguments that the input schema refuses: each a usage error, with this message.
BAD_ARGUMENTS: dict[str, tuple[str, dict[str, Any], str]] = {
    "line-as-string": ("source", {"line": "3"},
                       "bad arguments to source: line: input should be a valid integer (got str)"),
    "line-as-true": ("source", {"line": True},
                     "bad arguments to source: line: input should be a valid integer (got bool)"),
    "last-as-float": ("source", {"line": 1, "last": 2.5},
                      "bad arguments to source: last: input should be a valid integer (got float)"),
    "no-ids": ("figure", {}, "bad arguments to figure: ids: field required"),
    "empty-ids": ("compare", {"ids": []},
                  "bad arguments to compare: ids: list should have at least 2 items after validation, not 0 (got list)"),
    "one-id-to-compare": ("compare", {"ids": ["trade-2021"]},
                          "bad arguments to compare: ids: list should have at least 2 items after validation, not 1 (got list)"),
    "id-as-number": ("figure", {"ids": [7]},
                     "bad arguments to figure: ids.0: input should be a valid string (got int)"),
    "unknown-format": ("cite", {"ids": ["trade-2021"], "format": "apa"},
                       "bad arguments to cite: format: input should be 'text', 'markdown', 'bibtex', 'biblatex' or 'csl-json' (got str)"),
    "no-such-tool": ("no-such-tool", {},
                     "no tool 'no-such-tool' (tools: topics, topic, figure, figures, search, source, "
                     "compare, audit, check, cite)"),
    "bad-day": ("cite", {"ids": ["trade-2021"], "accessed": "yesterday"},
                "accessed wants a day as YYYY-MM-DD, not 'yesterday'"),
}  # fmt: skip
# A draft one byte over the command's cap.
OVER_THE_CAP = "a" * (4 * 1024 * 1024 + 1)
# Resources that do not exist: the protocol's invalid-params error, with the message once.
BAD_RESOURCES = {
    "perufacts://sources/nope": "no source 'nope' (sources: us-peru-2022)",
    "perufacts://sources/us-peru-2022/lines/99": "no line 99: the text has 42 lines",
    "perufacts://sources/us-peru-2022/lines/eight": "lines are a number or a range such as 8-12, not 'eight'",
    "perufacts://sources/us-peru-2022/lines/9-8": "lines 9-8: lines count from 1, and the first comes before the last",
}  # fmt: skip


def server_env(cache: Path) -> dict[str, str]:
    """The server's environment: the bundled store and a private cache."""
    env = {
        k: v for k, v in os.environ.items() if k not in ("PERUFACTS_STORE", "PERUFACTS_NO_CACHE")
    }
    env["PERUFACTS_CACHE_DIR"] = str(cache)
    return env


async def _session(args: list[str], env: dict[str, str], errlog: Any, work: Any) -> Any:
    """Start ``perufacts ARGS`` and run ``work(session)`` in an initialised client session."""
    params = StdioServerParameters(command=sys.executable, args=["-m", "perufacts", *args], env=env)
    with anyio.fail_after(TIMEOUT):
        async with (
            stdio_client(params, errlog=errlog) as (read, write),
            ClientSession(read, write) as session,
        ):
            await session.initialize()
            return await work(session)


def in_session(args: list[str], env: dict[str, str], errlog: Any, work: Any) -> Any:
    """Run an MCP client session against a real server process, synchronously."""
    return anyio.run(_session, args, env, errlog, work)


async def _everything(session: ClientSession) -> dict[str, Any]:
    """List the tools and resources, and make every call the tests look at."""
    got: dict[str, Any] = {
        "tools": {t.name: t for t in (await session.list_tools()).tools},
        "resources": (await session.list_resources()).resources,
        "templates": (await session.list_resource_templates()).resource_templates,
    }
    for key, (tool, arguments, _) in {**CALLS, **ERRORS}.items():
        got[key] = await session.call_tool(tool, arguments)
    for key, arguments in LINES.items():
        got[key] = await session.call_tool("source", arguments)
    for key, (tool, arguments, _) in BAD_ARGUMENTS.items():
        got[key] = await session.call_tool(tool, arguments)
    got["check-over-the-cap"] = await session.call_tool("check", {"text": OVER_THE_CAP})
    for uri in BAD_RESOURCES:
        try:
            await session.read_resource(uri)
        except MCPError as exc:
            got[uri] = exc
    for fmt in CITE_FORMATS:
        got[f"cite-{fmt}"] = await session.call_tool(
            "cite", {"ids": CITE_IDS, "format": fmt, "accessed": ACCESSED}
        )
    for uri in ("perufacts://schema", "perufacts://sources/us-peru-2022",
                "perufacts://sources/us-peru-2022/lines/8", "perufacts://sources/us-peru-2022/lines/17-18"):  # fmt: skip
        got[uri] = (await session.read_resource(uri)).contents
    # Still answering after the errors.
    got["topics-again"] = await session.call_tool("topics", {})
    got["transcript"] = await transcript(session)
    return got


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One server session on the bundled store, with every call made."""
    folder = tmp_path_factory.mktemp("mcp")
    with (folder / "stderr.txt").open("w+", encoding="utf-8") as errlog:
        got = in_session(["mcp"], server_env(folder / "cache"), errlog, _everything)
        errlog.seek(0)
        got["stderr"] = errlog.read()
    return got


def cli_json(run, args: list[str]) -> Any:
    """The parsed --json output of a command (contradicted claims exit 5 and still print it)."""
    result = run(*args, "--json")
    assert result.exit_code in (0, 5), result.output
    return json.loads(result.stdout)


def cli_error(run, args: list[str]) -> Any:
    """The parsed JSON error that a command writes on stderr with --json."""
    result = run(*args, "--json")
    assert result.exit_code != 0
    return json.loads(result.stderr)


# --- tools and schemas -------------------------------------------------------------------------


def test_lists_the_ten_tools_read_only_each_with_a_one_line_description(served) -> None:
    tools = served["tools"]
    assert set(tools) == TOOLS
    for tool in tools.values():
        assert tool.annotations.read_only_hint is True, tool.name
        assert tool.annotations.destructive_hint is False, tool.name
        assert tool.description, tool.name
        assert "\n" not in tool.description.strip(), tool.name
        assert tool.output_schema["type"] == "object", tool.name
    assert "before stating a number from the sheet" in tools["check"].description


def test_input_schemas_name_the_arguments(served) -> None:
    tools = served["tools"]
    assert tools["figure"].input_schema["required"] == ["ids"]
    assert tools["figure"].input_schema["properties"]["ids"]["type"] == "array"
    assert tools["compare"].input_schema["properties"]["ids"]["minItems"] == 2
    assert tools["source"].input_schema["properties"]["line"]["anyOf"][0] == {"type": "integer"}
    assert tools["topics"].input_schema["properties"] == {}
    assert tools["check"].input_schema["required"] == ["text"]
    cite = tools["cite"].input_schema
    fmt = cite["properties"]["format"]
    enum = fmt.get("enum") or cite["$defs"][fmt["$ref"].split("/")[-1]]["enum"]
    assert enum == CITE_FORMATS


def test_output_schema_names_exactly_the_fields_of_a_figure(served, run) -> None:
    schema = served["tools"]["figure"].output_schema
    figure = cli_json(run, ["figure", "trade-2021"])["figures"][0]
    shape = schema["$defs"]["FigureJSON"]
    # "context" is there only with `figure --context`.
    assert set(shape["required"]) == set(figure) == set(shape["properties"]) - {"context"}
    assert shape["additionalProperties"] is False
    source = schema["$defs"]["SourceRefJSON"]
    assert set(source["required"]) == set(figure["source"])
    assert {"document", "section", "place", "line", "sentence", "url"} <= set(source["required"])


@pytest.mark.parametrize("key", list(CALLS))
def test_each_tool_answers_exactly_as_its_command_does_with_json(served, run, key) -> None:
    tool, _, args = CALLS[key]
    result = served[key]
    assert result.is_error is False
    expected = cli_json(run, args)
    assert result.structured_content == expected
    # The text content is the same JSON, for clients that read only text.
    assert json.loads(result.content[0].text) == expected
    # The command's own output is valid under the tool's schema, and closed to other fields,
    # and the tool's result is valid under the published contract of its command.
    jsonschema.validate(expected, served["tools"][tool].output_schema)
    jsonschema.Draft202012Validator(output_schema(tool)).validate(result.structured_content)


def test_schema_refuses_a_field_the_contract_does_not_have(served, run) -> None:
    wrong = cli_json(run, ["figure", "trade-2021"])
    wrong["figures"][0]["source"]["page"] = 1
    with pytest.raises(jsonschema.ValidationError, match="page"):
        jsonschema.validate(wrong, served["tools"]["figure"].output_schema)


def test_trade_2021_comes_with_its_line_8_sentence_and_url(served) -> None:
    (trade, _) = served["figure"].structured_content["figures"]
    assert trade["id"] == "trade-2021"
    assert trade["as_written"] == "over $22 billion"
    assert trade["source"] == {
        "document": "us-peru-2022",
        "title": "The U.S.-Peru Relationship",
        "url": "https://www.state.gov/the-u-s-peru-relationship/",
        "section": "Peru, a Vital Strategic Partner",
        "place": "Peru, a Vital Strategic Partner, bullet 2",
        "statement": "8.1",
        "line": 8,
        "sentence": "Under the U.S.-Peru Trade Promotion Agreement (PTPA), total trade between our "
        "countries increased over 140 percent, from $9 billion in 2009 to over $22 billion in 2021.",
    }


def test_check_gives_the_verdicts_of_the_command(served) -> None:
    check = served["check"].structured_content
    assert [(c["text"], c["verdict"], c["figure"]) for c in check["claims"]] == [
        ("2 million", "contradicted", "venezuelan-migrants"),
        ("over $22 billion", "supported", "trade-2021"),
    ]
    assert check["summary"] == {"supported": 1, "contradicted": 1, "undetermined": 0, "no-match": 0}
    assert [c["source"]["line"] for c in check["claims"]] == [18, 8]


@pytest.mark.parametrize("key", list(LINES))
def test_source_gives_one_line_or_a_range(served, run, key) -> None:
    arguments = LINES[key]
    first, last = arguments["line"], arguments.get("last", arguments["line"])
    expected = cli_json(run, ["source", "--lines"])
    for document in expected["sources"]:
        document["lines"] = [x for x in document["lines"] if first <= x["line"] <= last]
    got = served[key].structured_content
    assert got == expected
    assert [x["line"] for x in got["sources"][0]["lines"]] == list(range(first, last + 1))
    assert got["sources"][0]["lines"][0]["text"].startswith("  • Under the U.S.-Peru Trade")


@pytest.mark.parametrize("key", list(BAD_ARGUMENTS))
def test_bad_arguments_are_usage_errors_in_the_shape_of_every_error(served, key) -> None:
    result = served[key]
    assert result.is_error is True
    expected = {"error": {"code": "usage", "message": BAD_ARGUMENTS[key][2], "suggestions": []}}
    assert result.structured_content == expected
    assert json.loads(result.content[0].text) == expected
    jsonschema.Draft202012Validator(output_schema("error")).validate(expected)


def test_check_refuses_a_draft_over_the_commands_cap(served) -> None:
    message = "the text is 4,194,305 bytes of UTF-8; a draft may hold at most 4,194,304"
    assert served["check-over-the-cap"].structured_content == {
        "error": {"code": "usage", "message": message, "suggestions": []}
    }


def test_search_refuses_a_query_over_the_commands_cap(served) -> None:
    error = served["search-over-the-cap"].structured_content["error"]
    assert error == {
        "code": "usage",
        "message": "a search may hold at most 1,000 characters, and this one has 1,200",
        "suggestions": [],
    }


def test_every_tool_has_a_title(served) -> None:
    from perufacts.mcp_server import TOOL_TITLES

    assert {name: tool.title for name, tool in served["tools"].items()} == TOOL_TITLES
    assert all(TOOL_TITLES.values())


@pytest.mark.parametrize("fmt", CITE_FORMATS)
def test_cite_gives_what_the_command_prints(served, run, fmt) -> None:
    got = served[f"cite-{fmt}"].structured_content
    jsonschema.Draft202012Validator(output_schema("cite")).validate(got)
    assert (got["format"], got["figures"]) == (fmt, CITE_IDS)
    printed = run("cite", *CITE_IDS, "--format", fmt, "--accessed", ACCESSED)
    assert printed.exit_code == 0
    assert got["text"] == printed.stdout
    if fmt == "text":
        assert got["text"].startswith('U.S. Department of State. "The U.S.-Peru Relationship."')


# --- resources -----------------------------------------------------------------------------------


def test_resources_are_the_schema_and_the_sheet(served) -> None:
    assert {str(r.uri) for r in served["resources"]} == {
        "perufacts://schema",
        "perufacts://sources/us-peru-2022",
    }
    assert {t.uri_template for t in served["templates"]} == {
        "perufacts://sources/{source}",
        "perufacts://sources/{source}/lines/{span}",
    }
    from perufacts.store.validation import schema_json

    (schema,) = served["perufacts://schema"]
    assert schema.text == schema_json()
    sheet = (ROOT / "data" / "sources" / "us-peru-fact-sheet-2022.txt").read_text(encoding="utf-8")
    (whole,) = served["perufacts://sources/us-peru-2022"]
    assert whole.text == sheet
    (line,) = served["perufacts://sources/us-peru-2022/lines/8"]
    assert line.text == sheet.split("\n")[7]
    (lines,) = served["perufacts://sources/us-peru-2022/lines/17-18"]
    assert lines.text == "\n".join(sheet.split("\n")[16:18])


@pytest.mark.parametrize("uri", list(BAD_RESOURCES))
def test_a_resource_that_does_not_exist_is_the_protocols_invalid_params_error(served, uri) -> None:
    error = served[uri]
    assert error.code == -32602
    assert error.message == BAD_RESOURCES[uri]
    assert error.data["error"]["message"] == BAD_RESOURCES[uri]


# --- errors --------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", list(ERRORS))
def test_errors_are_tool_errors_with_the_json_of_the_command(served, run, key) -> None:
    _, _, args = ERRORS[key]
    result = served[key]
    assert result.is_error is True
    expected = cli_error(run, args)
    assert result.structured_content == expected
    assert json.loads(result.content[0].text) == expected
    jsonschema.Draft202012Validator(output_schema("error")).validate(result.structured_content)


def test_an_unknown_id_carries_the_did_you_mean_list(served) -> None:
    error = served["unknown-figure"].structured_content["error"]
    assert error["code"] == "not-found"
    assert error["message"] == "no figure 'trade-2012'"
    assert error["suggestions"][:2] == ["trade-2021", "trade-2009"]
    assert served["unknown-topic"].structured_content["error"]["suggestions"] == ["migration"]


def ours(stderr: str) -> list[str]:
    """The lines perufacts wrote on stderr (SDKs before 1.30 add a pydantic-settings warning)."""
    assert "Traceback" not in stderr
    return [line for line in stderr.splitlines() if line.startswith("perufacts")]


def test_the_server_answers_after_errors_and_logs_nothing(served) -> None:
    assert served["topics-again"].structured_content == served["topics"].structured_content
    assert ours(served["stderr"]) == []


@pytest.mark.slow
def test_store_serves_another_store(tmp_path, run) -> None:
    async def calls(session: ClientSession) -> list[Any]:
        resources = (await session.list_resources()).resources
        return [await session.call_tool("figures", {}), [str(r.uri) for r in resources]]

    with (tmp_path / "stderr.txt").open("w+", encoding="utf-8") as errlog:
        env = server_env(tmp_path / "cache")
        figures, uris = in_session(["mcp", "--store", str(MINI_STORE)], env, errlog, calls)
    expected = cli_json(run, ["figures", "--store", str(MINI_STORE)])
    assert figures.structured_content == expected
    mini = json.loads(MINI_STORE.read_text(encoding="utf-8"))
    assert [f["id"] for f in expected["figures"]] == [f["id"] for f in mini["figures"]]
    assert uris == ["perufacts://schema"] + [
        f"perufacts://sources/{s['id']}" for s in mini["sources"]
    ]


@pytest.mark.slow
def test_an_invalid_store_is_one_clear_error_on_every_call(tmp_path, run) -> None:
    async def calls(session: ClientSession) -> list[Any]:
        return [
            await session.call_tool("figure", {"ids": ["trade-2021"]}),
            await session.call_tool("topics", {}),
        ]

    with (tmp_path / "stderr.txt").open("w+", encoding="utf-8") as errlog:
        env = server_env(tmp_path / "cache")
        results = in_session(["mcp", "--store", str(BROKEN_STORE)], env, errlog, calls)
        errlog.seek(0)
        stderr = errlog.read()
    expected = cli_error(run, ["topics", "--store", str(BROKEN_STORE)])
    assert expected["error"]["code"] == "store-invalid"
    assert expected["error"]["problems"] == [
        "figures[1].id: duplicate id 'trade-2020' (first used at figures[0].id)"
    ]
    for result in results:
        assert result.is_error is True
        assert result.structured_content == expected
    assert ours(stderr) == [f"perufacts: {expected['error']['message']}"]


# --- the protocol stream -------------------------------------------------------------------------


def _message(method: str, params: dict[str, Any], ident: int | None = None) -> bytes:
    """One JSON-RPC message as a line."""
    message: dict[str, Any] = {"jsonrpc": "2.0", "method": method, "params": params}
    if ident is not None:
        message["id"] = ident
    return (json.dumps(message) + "\n").encode()


# The server, with a lookup that prints to stdout as a careless library might.
NOISY = """
import sys
from perufacts import queries
real = queries.get_figures
def noisy(*args, **kwargs):
    print("stray output from a library")
    return real(*args, **kwargs)
queries.get_figures = noisy
from perufacts.cli import main
sys.argv = ["perufacts", "mcp"]
main()
"""


@pytest.mark.slow
@pytest.mark.parametrize(
    "command",
    [["-m", "perufacts", "mcp"], ["-c", NOISY]],
    ids=["server", "server-with-a-stray-print"],
)
def test_stdout_carries_nothing_but_json_rpc_messages(tmp_path, command) -> None:
    hello = {"protocolVersion": "2025-06-18", "capabilities": {},
             "clientInfo": {"name": "test", "version": "0"}}  # fmt: skip
    requests = [
        ("tools/call", {"name": "figure", "arguments": {"ids": ["trade-2021"]}}),
        ("tools/call", {"name": "figure", "arguments": {"ids": ["nope"]}}),
        ("tools/call", {"name": "check", "arguments": {"text": CHECKED}}),
        ("resources/read", {"uri": "perufacts://sources/us-peru-2022/lines/8"}),
        ("tools/call", {"name": "no-such-tool", "arguments": {}}),
    ]
    server = subprocess.Popen(
        [sys.executable, *command],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env=server_env(tmp_path / "cache"),
    )  # fmt: skip
    assert server.stdin is not None
    assert server.stdout is not None
    server.stdin.write(_message("initialize", hello, 0))
    server.stdin.flush()
    lines = [server.stdout.readline()]
    server.stdin.write(_message("notifications/initialized", {}))
    for ident, (method, params) in enumerate(requests, 1):
        server.stdin.write(_message(method, params, ident))
        server.stdin.flush()
        # One answer before the next request: closing stdin early would cancel the last.
        lines.append(server.stdout.readline())
    out, err = server.communicate(timeout=TIMEOUT)
    lines += out.splitlines(keepends=True)
    assert server.returncode == 0, err
    messages = [json.loads(line) for line in lines]
    assert all(m["jsonrpc"] == "2.0" for m in messages)
    assert [m.get("id") for m in messages] == list(range(len(requests) + 1))
    assert messages[0]["result"]["serverInfo"]["name"] == "perufacts"
    assert messages[1]["result"]["structuredContent"]["figures"][0]["source"]["line"] == 8
    assert messages[2]["result"]["isError"] is True
    assert messages[5]["result"]["structuredContent"]["error"]["code"] == "usage"
    assert all(line.endswith(b"\n") for line in lines)
    stray = err.count(b"stray output from a library\n")
    # Every lookup's stray line went to stderr (the figure calls and the checker's lookups).
    assert (stray >= 2) == (command[0] == "-c")


HELLO = {"protocolVersion": "2025-06-18", "capabilities": {},
         "clientInfo": {"name": "test", "version": "0"}}  # fmt: skip
# Lines that are not JSON-RPC requests, each with the error and id that must answer it.
MALFORMED: list[tuple[bytes, int, int | str | None]] = [
    (b"{", -32700, None),
    (b"[]", -32600, None),
    (b"[1, 2]", -32600, None),
    (b'"ping"', -32600, None),
    (b"\xff\xfe not UTF-8", -32700, None),
    (b'{"jsonrpc": "2.0", "id": 7}', -32600, 7),
    (b'{"jsonrpc": "1.0", "id": 8, "method": "ping"}', -32600, 8),
    (b'{"jsonrpc": "2.0", "id": "x", "method": "tools/call", "params": '
     b'{"name": "search", "arguments": {"text": "\\ud800"}}}', -32700, "x"),
    (b"[" * 100_000 + b"]" * 100_000, -32700, None),
    (b'{"jsonrpc": "2.0", "id": 9, "method": "ping", "params": ' + b"[" * 70 + b"]" * 70 + b"}",
     -32700, 9),
    (b'{"jsonrpc": "2.0", "id": true, "method": "ping"}', -32600, None),
    (b'{"jsonrpc": "2.0", "id": null, "method": "ping"}', -32600, None),
    (b'{"jsonrpc": "2.0", "id": 1.5, "method": "ping"}', -32600, None),
    (b"null", -32600, None),
    (b'{"jsonrpc": "2.0", "id": 10, "method": "ping", "x": NaN}', -32700, None),
]  # fmt: skip


@pytest.mark.slow
def test_every_malformed_line_is_answered_and_the_server_goes_on(tmp_path) -> None:
    server = subprocess.Popen(
        [sys.executable, "-m", "perufacts", "mcp"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env=server_env(tmp_path / "cache"),
    )  # fmt: skip
    assert server.stdin is not None
    assert server.stdout is not None
    server.stdin.write(_message("initialize", HELLO, 0))
    server.stdin.flush()
    assert json.loads(server.stdout.readline())["id"] == 0
    server.stdin.write(_message("notifications/initialized", {}))
    answers = []
    for line, _, _ in MALFORMED:
        server.stdin.write(line + b"\n")
        server.stdin.flush()
        answers.append(json.loads(server.stdout.readline()))
    server.stdin.write(_message("ping", {}, 99))
    server.stdin.flush()
    answers.append(json.loads(server.stdout.readline()))
    out, err = server.communicate(timeout=TIMEOUT)
    assert server.returncode == 0, err
    assert out == b""
    assert [(a["error"]["code"], a["id"]) for a in answers[:-1]] == [
        (code, ident) for _, code, ident in MALFORMED
    ]
    assert answers[-1] == {"jsonrpc": "2.0", "id": 99, "result": {}}
    assert b"Traceback" not in err


def test_a_message_over_the_size_limit_is_refused_by_its_length() -> None:
    from perufacts.mcp_server import MAX_MESSAGE_BYTES, BadMessage, read_message

    with pytest.raises(BadMessage) as raised:
        read_message(b" " * (MAX_MESSAGE_BYTES + 1))
    assert raised.value.code == -32600


@pytest.mark.slow
def test_a_slow_check_does_not_hold_up_other_calls(tmp_path) -> None:
    # A long draft (well under the cap) that takes the checker seconds, and a lookup sent after
    # it: the lookup is answered first, since each call runs on its own worker thread.
    draft = "Trade reached over $22 billion in 2021, and 2 million migrants arrived. " * 4000

    async def calls(session: ClientSession) -> list[str]:
        order: list[str] = []

        async def call(name: str, tool: str, arguments: dict[str, Any]) -> None:
            await session.call_tool(tool, arguments)
            order.append(name)

        async with anyio.create_task_group() as group:
            group.start_soon(call, "check", "check", {"text": draft})
            await anyio.sleep(0.5)
            group.start_soon(call, "figure", "figure", {"ids": ["trade-2021"]})
        return order

    with (tmp_path / "stderr.txt").open("w+", encoding="utf-8") as errlog:
        order = in_session(["mcp"], server_env(tmp_path / "cache"), errlog, calls)
    assert order == ["figure", "check"]


def test_the_extra_pins_the_range_the_server_says_it_needs() -> None:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pytest brings tomli where tomllib is missing
        import tomli as tomllib

    from perufacts.cli.commands import MCP_SDK_RANGE

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert MCP_SDK_RANGE in project["optional-dependencies"]["mcp"]


# --- what needs the SDK, and what does not -------------------------------------------------------

PROBE = """
import json, sys
from perufacts.cli import main
sys.argv = ["perufacts", *sys.argv[1:]]
try:
    main()
except SystemExit as exc:
    code = exc.code
loaded = sorted(m for m in sys.modules if m.split(".")[0] == "mcp" or m == "perufacts.mcp_server")
sys.stderr.write(json.dumps({"exit": code, "loaded": loaded}))
"""


@pytest.mark.slow
@pytest.mark.parametrize(
    "args",
    [["figure", "trade-2021", "--json"], ["topic", "migration"], ["check", CHECKED, "--json"],
     ["cite", "trade-2021"], ["--help"]],
    ids=["figure-json", "topic-table", "check", "cite", "help"],
)  # fmt: skip
def test_no_other_command_imports_the_sdk(tmp_path, args) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, timeout=TIMEOUT, check=False,
        env=server_env(tmp_path / "cache"),
    )  # fmt: skip
    probe = json.loads(done.stderr.decode().splitlines()[-1])
    assert probe["exit"] in (0, 5)
    assert probe["loaded"] == []


def test_without_the_sdk_mcp_says_how_to_install_it_and_exits_2(tmp_path) -> None:
    # None in sys.modules makes an import fail as if the package were not installed: the SDK,
    # and one of its dependencies that perufacts also imports.
    blocked = "import sys; sys.modules['mcp'] = sys.modules['anyio'] = None\n" + PROBE
    done = subprocess.run(
        [sys.executable, "-c", blocked, "mcp"], capture_output=True, timeout=TIMEOUT, check=False,
        env=server_env(tmp_path / "cache"),
    )  # fmt: skip
    assert done.stdout == b""
    message, probe = done.stderr.decode().split("\n")
    assert (
        message == "perufacts: perufacts mcp needs the MCP SDK (mcp>=2,<3), it is not installed:"
        " pip install 'perufacts[mcp]' (see 'perufacts mcp --help')"
    )
    assert json.loads(probe)["exit"] == 2
    # docs/mcp.md shows this run (not run by test_docs: the suite has the SDK).
    assert f"$ perufacts mcp\n{message}\n$ echo $?\n2\n" in MCP_MD.read_text(encoding="utf-8")


def test_with_an_sdk_of_the_wrong_major_version_mcp_names_it_and_exits_2(tmp_path) -> None:
    # mcp 1.x has no mcp.server.mcpserver: blocking that module is what a 1.x install looks like.
    blocked = "import sys; sys.modules['mcp.server.mcpserver'] = None\n" + PROBE
    done = subprocess.run(
        [sys.executable, "-c", blocked, "mcp"], capture_output=True, timeout=TIMEOUT, check=False,
        env=server_env(tmp_path / "cache"),
    )  # fmt: skip
    from importlib import metadata

    message, probe = done.stderr.decode().split("\n")
    assert message == (
        f"perufacts: perufacts mcp needs the MCP SDK (mcp>=2,<3), not mcp {metadata.version('mcp')}:"
        " pip install 'perufacts[mcp]' (see 'perufacts mcp --help')"
    )
    assert json.loads(probe)["exit"] == 2


@pytest.mark.parametrize("tool", sorted(TOOLS))
def test_each_tools_output_schema_has_the_fields_of_the_published_contract(served, tool) -> None:
    # Both come from the TypedDicts of json_types: pydantic writes the tool's, json_schema the
    # contract's. Every object type of the tool has the contract's fields, required alike.
    published = output_schema(tool)["$defs"]
    schema = served["tools"][tool].output_schema
    shapes = {**schema.get("$defs", {}), "root": schema}
    (root,) = [
        name
        for name, shape in published.items()
        if shape["properties"].keys() == schema["properties"].keys()
    ]
    for name, shape in shapes.items():
        if "properties" not in shape:
            continue  # an enum, which pydantic names apart
        mine = published[root if name == "root" else name]
        assert list(shape["properties"]) == list(mine["properties"]), name
        assert set(shape.get("required", [])) == set(mine["required"]), name
        assert shape.get("additionalProperties") is False, name


# --- docs/mcp.md: the tool table, a real session and the client set-ups -------------------------

MCP_MD = ROOT / "docs" / "mcp.md"
# What each tool answers with, in the command line's words (the only hand-written column).
SAME_AS = {
    "topics": "`perufacts topics --json`",
    "topic": "`perufacts topic NAME --json`",
    "figure": "`perufacts figure ID... --json`",
    "figures": "`perufacts figures [--topic T] [--unit U] --json`",
    "search": "`perufacts search TEXT --json`",
    "source": "`perufacts source --lines --json`, keeping lines `line` to `last`",
    "compare": "`perufacts compare ID... --json`",
    "audit": "`perufacts audit --json`",
    "check": "`perufacts check TEXT --json`",
    "cite": "`{format, figures, text}`, `text` exactly what `perufacts cite ID... --format F --accessed DAY` prints",
}


def _argument(name: str, schema: dict[str, Any], required: bool, defs: dict[str, Any]) -> str:
    """One argument of a tool, in words: its name, its choices or its minimum, and optional."""
    words = [f"`{name}`"]
    if "$ref" in schema:
        schema = defs[schema["$ref"].split("/")[-1]]
    if "enum" in schema:
        words.append("(" + ", ".join(f"`{v}`" for v in schema["enum"]) + ")")
    if "minItems" in schema:
        words.append(f"({schema['minItems']} or more)")
    if not required:
        words.append("(optional)")
    return " ".join(words)


def tool_table(tools: dict[str, Any]) -> str:
    """docs/mcp.md's tool table, from the tools the server lists."""
    lines = ["| tool | title | arguments | same JSON as |", "| --- | --- | --- | --- |"]
    for name, tool in tools.items():
        schema = tool.input_schema
        required = set(schema.get("required", []))
        arguments = [
            _argument(arg, sub, arg in required, schema.get("$defs", {}))
            for arg, sub in schema["properties"].items()
        ]
        lines.append(
            f"| `{name}` | {tool.title} | {', '.join(arguments) or 'none'} | {SAME_AS[name]} |"
        )
    return "\n".join(lines) + "\n"


async def transcript(session: ClientSession) -> str:
    """A short session, as docs/mcp.md shows it."""
    out = ["```text"]
    tools = (await session.list_tools()).tools
    out += [f"{t.name:8} {t.title}" for t in tools]

    def shown(label: str, result: Any) -> None:
        out.append(f"---- {label}" + (" (isError=True)" if result.is_error else ""))
        out.extend(json.dumps(result.structured_content, indent=2, ensure_ascii=False).splitlines())

    shown("figure trade-2021", await session.call_tool("figure", {"ids": ["trade-2021"]}))
    check = await session.call_tool("check", {"text": CHECKED})
    claims = check.structured_content["claims"]
    fewer = {"claims": [{k: c[k] for k in ("text", "verdict", "figure", "as_written", "draft_line")}
                        for c in claims], "summary": check.structured_content["summary"]}  # fmt: skip
    out.append(f"---- check {CHECKED!r}")
    out.extend(json.dumps(fewer, indent=2).splitlines())
    shown("figure trade-2012", await session.call_tool("figure", {"ids": ["trade-2012"]}))
    shown('source line="8"', await session.call_tool("source", {"line": "8"}))
    (line,) = (await session.read_resource("perufacts://sources/us-peru-2022/lines/8")).contents
    out += ["---- resources/read perufacts://sources/us-peru-2022/lines/8", line.text]
    try:
        await session.read_resource("perufacts://sources/us-peru-2022/lines/99")
    except MCPError as exc:
        out += ["---- resources/read perufacts://sources/us-peru-2022/lines/99",
                f"error {exc.code}: {exc.message}"]  # fmt: skip
    return "\n".join([*out, "```"]) + "\n"


def _generated(name: str, text: str) -> str:
    """The generated block ``name`` of docs/mcp.md (rewritten first with PERUFACTS_WRITE_DOCS=1)."""
    begin, end = f"<!-- generated: tests/test_mcp.py, {name}() -->\n", "<!-- end generated -->\n"
    doc = MCP_MD.read_text(encoding="utf-8")
    head, rest = doc.split(begin)
    block, tail = rest.split(end, 1)
    if os.environ.get("PERUFACTS_WRITE_DOCS") == "1":
        MCP_MD.write_text(head + begin + text + end + tail, encoding="utf-8")
        return text
    return block


def test_mcp_md_tool_table_is_the_servers(served) -> None:
    table = tool_table(served["tools"])
    assert "| `compare` | Compare figures | `ids` (2 or more) |" in table
    assert _generated("tool_table", table) == table


def test_mcp_md_session_is_a_real_one(served) -> None:
    assert "error -32602: no line 99: the text has 42 lines" in served["transcript"]
    assert _generated("transcript", served["transcript"]) == served["transcript"]


# Each client's paragraph in docs/mcp.md starts with its name in bold.
CLIENTS = {"Claude Desktop": "desktop", "VS Code": "vscode", "Claude Code": "claude-code",
           "Any other client": "generic"}  # fmt: skip
# The one top-level key each client's JSON keeps its servers under.
SERVERS_KEY = {"desktop": "mcpServers", "vscode": "servers", "generic": "mcpServers"}


def _client_setups() -> dict[str, list[str]]:
    """Each client set-up of docs/mcp.md as the command line it starts."""
    section = MCP_MD.read_text(encoding="utf-8").split("## Configure a client")[1].split("\n## ")[0]
    setups = {}
    for label, body in re.findall(r"^\*\*(.+?)\*\*(.*?)(?=^\*\*|\Z)", section, re.M | re.S):
        kind = CLIENTS[label]
        if kind == "claude-code":
            (added,) = re.findall(r"^\$ (claude mcp add .*)$", body, re.M)
            words = shlex.split(added)
            end = words.index("--")
            assert words[end - 1] == "perufacts"  # the server's name, after any options
            setups[kind] = words[end + 1 :]
            continue
        (block,) = re.findall(r"```json\n(.*?)```", body, re.S)
        config = json.loads(block)
        assert list(config) == [SERVERS_KEY[kind]]
        entry = config[SERVERS_KEY[kind]]["perufacts"]
        if kind == "vscode":
            assert entry.pop("type") == "stdio"
        assert list(entry) == ["command", "args"]
        setups[kind] = [entry["command"], *entry["args"]]
    return setups


def test_mcp_md_shows_four_client_setups_each_with_store() -> None:
    setups = _client_setups()
    assert set(setups) == {"desktop", "vscode", "claude-code", "generic"}
    section = MCP_MD.read_text(encoding="utf-8").split("## Configure a client")[1]
    assert "`claude_desktop_config.json`" in section
    assert "`.vscode/mcp.json`" in section
    for argv in setups.values():
        assert argv[1:] == ["mcp", "--store", "/path/to/facts.json"]


@pytest.mark.slow
@pytest.mark.parametrize("client", ["desktop", "vscode", "claude-code", "generic"])
def test_each_client_setup_starts_a_server(tmp_path, client) -> None:
    command, *args = _client_setups()[client]
    # The two paths a reader fills in: the installed command, and a store of theirs.
    perufacts = Path(sys.executable).with_name("perufacts")
    assert command in ("perufacts", "/path/to/venv/bin/perufacts")
    args = [str(MINI_STORE) if a == "/path/to/facts.json" else a for a in args]

    async def work() -> list[str]:
        params = StdioServerParameters(command=str(perufacts), args=args, env=server_env(tmp_path))
        with anyio.fail_after(TIMEOUT):
            async with (
                stdio_client(params) as (read, write),
                ClientSession(read, write) as session,
            ):
                await session.initialize()
                found = await session.call_tool("figures", {})
                return [f["id"] for f in found.structured_content["figures"]]

    mini = json.loads(MINI_STORE.read_text(encoding="utf-8"))
    assert anyio.run(work) == [f["id"] for f in mini["figures"]]


RAW_EXCHANGE = "<!-- not-run: an exchange typed on the server's stdin, not a command's output -->\n"


def _raw_exchange() -> list[tuple[bytes, list[dict[str, Any]]]]:
    """docs/mcp.md's raw exchange: each line typed, with the answers the page shows after it."""
    block = MCP_MD.read_text(encoding="utf-8").split(RAW_EXCHANGE)[1].split("\n```\n")[0]
    exchange: list[tuple[bytes, list[dict[str, Any]]]] = []
    for line in block.splitlines()[2:]:  # after the fence and the `$ perufacts mcp` prompt
        try:
            answer = json.loads(line)
        except json.JSONDecodeError:
            answer = None  # a line typed that is no JSON: the exchange's last
        if isinstance(answer, dict) and ("result" in answer or "error" in answer):
            exchange[-1][1].append(answer)
        else:
            exchange.append(((line + "\n").encode(), []))
    return exchange


def _cut(answer: dict[str, Any], shown: dict[str, Any]) -> dict[str, Any]:
    """``answer`` with each text content cut as the page cuts it (its start, then "...")."""
    answer = json.loads(json.dumps(answer))
    contents = answer.get("result", {}).get("content", [])
    for mine, theirs in zip(contents, shown.get("result", {}).get("content", []), strict=True):
        start = theirs["text"].removesuffix("...")
        if start != theirs["text"] and mine["text"].startswith(start):
            mine["text"] = theirs["text"]
    return answer


def test_mcp_md_raw_exchange_is_what_the_server_answers(tmp_path) -> None:
    exchange = _raw_exchange()
    shown = [answer for _, answers in exchange for answer in answers]
    assert [a["id"] for a in shown] == [1, 2, 3, None]
    server = subprocess.Popen(
        [sys.executable, "-m", "perufacts", "mcp"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env=server_env(tmp_path / "cache"),
    )  # fmt: skip
    assert server.stdin is not None
    assert server.stdout is not None
    got = []
    for typed, answers in exchange:
        server.stdin.write(typed)
        server.stdin.flush()
        # One line typed at a time, its answers read before the next, as at a terminal.
        got += [_cut(json.loads(server.stdout.readline()), a) for a in answers]
    out, err = server.communicate(timeout=TIMEOUT)
    assert server.returncode == 0, err
    assert out == b""
    assert [_sdk_blanks_dropped(a) for a in got] == [_sdk_blanks_dropped(a) for a in shown]


def _sdk_blanks_dropped(answer: dict) -> dict:
    """An answer without the empty capabilities some SDK releases add ("experimental": {} in
    mcp 2.0.0): the SDK's, not ours, and nothing a client can use."""
    caps = answer.get("result", {}).get("capabilities")
    if isinstance(caps, dict):
        result = {**answer["result"], "capabilities": {k: v for k, v in caps.items() if v != {}}}
        return {**answer, "result": result}
    return answer


def test_mcp_md_resource_table_lists_what_the_server_lists(served) -> None:
    section = MCP_MD.read_text(encoding="utf-8").split("## Resources")[1].split("\n## ")[0]
    listed = re.findall(r"^\| `(perufacts://[^`]+)` \|", section, re.M)
    served_uris = [str(r.uri) for r in served["resources"]]
    templates = [t.uri_template for t in served["templates"]]
    assert sorted(listed) == sorted(served_uris + templates)
