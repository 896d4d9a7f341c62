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
import subprocess
import sys
from pathlib import Path
from typing import Any

import anyio
import jsonschema
import pytest
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client

from conftest import FIXTURES, MINI_STORE, ROOT
from perufacts import cite

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
        "templates": (await session.list_resource_templates()).resourceTemplates,
    }
    for key, (tool, arguments, _) in {**CALLS, **ERRORS}.items():
        got[key] = await session.call_tool(tool, arguments)
    for key, arguments in LINES.items():
        got[key] = await session.call_tool("source", arguments)
    got["bad-span"] = await session.call_tool("source", {"line": 9999})
    for fmt in CITE_FORMATS:
        got[f"cite-{fmt}"] = await session.call_tool(
            "cite", {"ids": CITE_IDS, "format": fmt, "accessed": ACCESSED}
        )
    for uri in ("perufacts://schema", "perufacts://sources/us-peru-2022",
                "perufacts://sources/us-peru-2022/lines/8", "perufacts://sources/us-peru-2022/lines/17-18"):  # fmt: skip
        got[uri] = (await session.read_resource(uri)).contents
    # Still answering after the errors.
    got["topics-again"] = await session.call_tool("topics", {})
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
        assert tool.annotations.readOnlyHint is True, tool.name
        assert tool.annotations.destructiveHint is False, tool.name
        assert tool.description, tool.name
        assert "\n" not in tool.description.strip(), tool.name
        assert tool.outputSchema["type"] == "object", tool.name
    assert "before stating a number from the sheet" in tools["check"].description


def test_input_schemas_name_the_arguments(served) -> None:
    tools = served["tools"]
    assert tools["figure"].inputSchema["required"] == ["ids"]
    assert tools["figure"].inputSchema["properties"]["ids"]["type"] == "array"
    assert tools["topics"].inputSchema["properties"] == {}
    assert tools["check"].inputSchema["required"] == ["text"]
    cite = tools["cite"].inputSchema
    fmt = cite["properties"]["format"]
    enum = fmt.get("enum") or cite["$defs"][fmt["$ref"].split("/")[-1]]["enum"]
    assert enum == CITE_FORMATS


def test_output_schema_names_exactly_the_fields_of_a_figure(served, run) -> None:
    schema = served["tools"]["figure"].outputSchema
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
    assert result.isError is False
    expected = cli_json(run, args)
    assert result.structuredContent == expected
    # The text content is the same JSON, for clients that read only text.
    assert json.loads(result.content[0].text) == expected
    # The command's own output is valid under the tool's schema, and closed to other fields.
    jsonschema.validate(expected, served["tools"][tool].outputSchema)


def test_schema_refuses_a_field_the_contract_does_not_have(served, run) -> None:
    wrong = cli_json(run, ["figure", "trade-2021"])
    wrong["figures"][0]["source"]["page"] = 1
    with pytest.raises(jsonschema.ValidationError, match="page"):
        jsonschema.validate(wrong, served["tools"]["figure"].outputSchema)


def test_trade_2021_comes_with_its_line_8_sentence_and_url(served) -> None:
    (trade, _) = served["figure"].structuredContent["figures"]
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
    check = served["check"].structuredContent
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
    got = served[key].structuredContent
    assert got == expected
    assert [x["line"] for x in got["sources"][0]["lines"]] == list(range(first, last + 1))
    assert got["sources"][0]["lines"][0]["text"].startswith("  • Under the U.S.-Peru Trade")


def test_a_line_past_the_end_is_a_usage_error(served) -> None:
    result = served["bad-span"]
    assert result.isError is True
    assert result.structuredContent["error"]["code"] == "usage"
    assert "line 9999 is past the end" in result.structuredContent["error"]["message"]


@pytest.mark.parametrize(("span", "lines"), [("8", (8, 8)), ("17-18", (17, 18)), ("08-9", (8, 9))])
def test_a_span_is_a_line_or_a_range(span, lines) -> None:
    from perufacts.mcp_server import parse_span

    assert parse_span(span) == lines


@pytest.mark.parametrize(
    ("span", "message"),
    [
        ("eight", "not a line or a range of lines: 'eight' (try 8 or 8-12)"),
        ("-3", "not a line or a range of lines: '-3' (try 8 or 8-12)"),
        ("0", "no lines 0 to 0: lines are numbered from 1, first to last"),
        ("9-8", "no lines 9 to 8: lines are numbered from 1, first to last"),
        ("43", "line 43 is past the end: the text has 42 lines"),
    ],
)
def test_a_bad_span_is_a_usage_error(span, message) -> None:
    from perufacts.errors import UsageError
    from perufacts.mcp_server import check_span, parse_span

    with pytest.raises(UsageError) as raised:
        check_span(*parse_span(span), 42)
    assert raised.value.message == message


@pytest.mark.parametrize("fmt", CITE_FORMATS)
def test_cite_gives_what_the_command_prints(served, run, fmt) -> None:
    got = served[f"cite-{fmt}"].structuredContent
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
    assert {t.uriTemplate for t in served["templates"]} == {
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


# --- errors --------------------------------------------------------------------------------------


@pytest.mark.parametrize("key", list(ERRORS))
def test_errors_are_tool_errors_with_the_json_of_the_command(served, run, key) -> None:
    _, _, args = ERRORS[key]
    result = served[key]
    assert result.isError is True
    expected = cli_error(run, args)
    assert result.structuredContent == expected
    assert json.loads(result.content[0].text) == expected


def test_an_unknown_id_carries_the_did_you_mean_list(served) -> None:
    error = served["unknown-figure"].structuredContent["error"]
    assert error["code"] == "not-found"
    assert error["message"] == "no figure 'trade-2012'"
    assert error["suggestions"][:2] == ["trade-2021", "trade-2009"]
    assert served["unknown-topic"].structuredContent["error"]["suggestions"] == ["migration"]


def ours(stderr: str) -> list[str]:
    """The lines perufacts wrote on stderr (SDKs before 1.30 add a pydantic-settings warning)."""
    assert "Traceback" not in stderr
    return [line for line in stderr.splitlines() if line.startswith("perufacts")]


def test_the_server_answers_after_errors_and_logs_nothing(served) -> None:
    assert served["topics-again"].structuredContent == served["topics"].structuredContent
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
    assert figures.structuredContent == expected
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
        assert result.isError is True
        assert result.structuredContent == expected
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
    assert messages[5]["result"]["isError"] is True  # an unknown tool: the SDK's error
    assert all(line.endswith(b"\n") for line in lines)
    stray = err.count(b"stray output from a library\n")
    # Every lookup's stray line went to stderr (the figure calls and the checker's lookups).
    assert (stray >= 2) == (command[0] == "-c")


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
        message == "perufacts: perufacts mcp needs the MCP SDK (1.x): pip install 'perufacts[mcp]'"
        " (see 'perufacts mcp --help')"
    )
    assert json.loads(probe)["exit"] == 2
