"""Documentation that cannot drift: every `$ perufacts ...` console block is run again.

Each ```console block of README.md and docs/*.md is a transcript: lines starting with "$ " are
commands, the lines after them what they print (stdout and stderr together, as a terminal shows
them). The test runs the block's commands in order with bash, in a scratch folder that holds the
repository's data/, tests/ and docs/, at 100 columns, without colour, with the bundled store and
a private cache, and compares the output line for line (trailing spaces aside).

A block whose output depends on the machine (timings, absolute paths) is excluded by a marker on
the line just above it, which must give a reason:

    <!-- not-run: timings differ from machine to machine -->

A block that shows `$ perufacts` commands in any other fence, or a marker without a reason,
fails the test: nothing is left out silently.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import ROOT

DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
_FENCE = re.compile(r"^```(?P<lang>[\w-]*)\n(?P<body>.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
_MARKER = re.compile(r"<!--\s*not-run:?(?P<reason>[^>]*?)-->\s*$")


@dataclass(frozen=True)
class Block:
    """One fenced block of a Markdown file."""

    path: Path
    line: int
    lang: str
    body: str
    skip_reason: str | None

    @property
    def name(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"

    @property
    def has_commands(self) -> bool:
        return any(line.startswith("$ perufacts") for line in self.body.splitlines())


def _blocks(path: Path) -> list[Block]:
    """Every fenced block of ``path``, with the reason of a not-run marker just above it."""
    text = path.read_text(encoding="utf-8")
    blocks = []
    for m in _FENCE.finditer(text):
        line = text.count("\n", 0, m.start()) + 1
        above = text[: m.start()].rstrip("\n").rsplit("\n", 1)[-1]
        marker = _MARKER.search(above)
        reason = marker["reason"].strip() if marker else None
        blocks.append(Block(path, line, m["lang"], m["body"], reason))
    return blocks


ALL_BLOCKS = [b for path in DOCS for b in _blocks(path)]
RUN = [b for b in ALL_BLOCKS if b.lang == "console" and b.has_commands and b.skip_reason is None]


def _split(body: str) -> tuple[list[str], str]:
    """The commands of a console block, and the output they should print."""
    commands, expected = [], []
    for line in body.splitlines():
        if line.startswith("$ "):
            commands.append(line[2:])
        else:
            expected.append(line)
    return commands, "\n".join(expected)


def _normal(text: str) -> str:
    """Text compared line by line without trailing spaces, and without a final blank line."""
    return "\n".join(line.rstrip() for line in text.rstrip("\n").split("\n"))


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with the repository's data/, tests/ and docs/, as the examples expect."""
    folder = tmp_path_factory.mktemp("docs")
    for name in ("data", "tests", "docs"):
        (folder / name).symlink_to(ROOT / name, target_is_directory=True)
    return folder


def _environment(scratch: Path) -> dict[str, str]:
    """The pinned terminal of the examples: 100 columns, no colour, the bundled store."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PERUFACTS_", "FORCE_COLOR"))}
    bin_dir = str(Path(sys.executable).parent)
    env |= {
        "PATH": f"{bin_dir}{os.pathsep}{env.get('PATH', '')}",
        "COLUMNS": "100",
        "NO_COLOR": "1",
        "TERM": "dumb",
        "PYTHONIOENCODING": "utf-8",
        "LC_ALL": "C.UTF-8",
        "PERUFACTS_CACHE_DIR": str(scratch / ".cache"),
    }
    return env


_MARK = "\x1e"


def _run(block: Block, scratch: Path, *, mark: bool = False) -> str:
    """What the block's commands print, run in order in one shell in a folder of their own.

    With ``mark``, a line holding only _MARK ends each command's output (its exit status kept).
    """
    commands, _ = _split(block.body)
    work = scratch / f"run-{block.path.stem}-{block.line}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    for name in ("data", "tests", "docs"):
        (work / name).symlink_to(ROOT / name, target_is_directory=True)
    # One shell for the block, so that `echo $?` sees the command before it.
    end = f"; __status=$?; printf '{_MARK}\\n'; (exit $__status)" if mark else ""
    script = "\n".join(f"{{ {c}\n}} 2>&1{end}" for c in commands)
    result = subprocess.run(
        ["bash", "--noprofile", "--norc", "-c", script],
        cwd=work,
        env=_environment(scratch),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    return result.stdout


def _tools_missing(block: Block) -> list[str]:
    """The programs other than perufacts and the shell's own that a block needs and lacks."""
    commands, _ = _split(block.body)
    # Every program of a pipeline counts: "perufacts ... | jq ..." needs jq.
    stages = [stage.split() for c in commands for stage in c.split("|")]
    needed = {words[0] for words in stages if words} - {"perufacts", "echo", "cat", "printf"}
    return sorted(t for t in needed if shutil.which(t) is None)


@pytest.mark.slow
@pytest.mark.parametrize("block", RUN, ids=[b.name for b in RUN])
def test_every_console_example_prints_what_it_shows(block: Block, scratch: Path) -> None:
    if shutil.which("perufacts", path=str(Path(sys.executable).parent)) is None:
        pytest.fail("perufacts is not installed beside this Python: pip install -e '.[test]'")
    if missing := _tools_missing(block):
        pytest.skip(f"{block.name} needs {', '.join(missing)}, which is not installed")
    _, expected = _split(block.body)
    assert _normal(_run(block, scratch)) == _normal(expected), block.name


def test_the_docs_have_examples_to_run() -> None:
    assert len(RUN) >= 20
    assert {b.path.name for b in RUN} >= {"README.md", "commands.md", "json.md", "export.md"}


def test_no_example_is_left_out_silently() -> None:
    unmarked = [
        b.name
        for b in ALL_BLOCKS
        if b.has_commands and b.lang != "console" and b.skip_reason is None
    ]
    assert unmarked == [], "a `$ perufacts` example outside a console block is never run"
    reasonless = [b.name for b in ALL_BLOCKS if b.skip_reason == ""]
    assert reasonless == [], "a not-run marker must say why"


def test_the_parser_reads_markers_and_transcripts(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text(
        "Intro\n\n```console\n$ perufacts topics --plain | head -n 1\nvisit\n$ echo $?\n0\n```\n"
        "\n<!-- not-run: timings -->\n```console\n$ perufacts --version\nx\n```\n",
        encoding="utf-8",
    )
    first, second = _blocks(page)
    assert (first.line, first.lang, first.skip_reason, first.has_commands) == (
        3,
        "console",
        None,
        True,
    )
    assert _split(first.body) == (["perufacts topics --plain | head -n 1", "echo $?"], "visit\n0")
    assert second.skip_reason == "timings"


def update(paths: list[Path]) -> None:
    """Rewrite the output of every console example in ``paths`` with what it prints now (as cog does)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        for path in paths:
            text = path.read_text(encoding="utf-8")
            for block in reversed([b for b in _blocks(path) if b in RUN]):
                chunks = _run(block, scratch, mark=True).split(f"{_MARK}\n")
                outputs = iter(chunks)
                lines = []
                for line in block.body.splitlines():
                    if line.startswith("$ "):
                        lines.append(line)
                        chunk = next(outputs)
                        lines += _normal(chunk).split("\n") if chunk.strip() else []
                new_body = "\n".join(lines) + "\n"
                start = text.index(block.body, _offset(text, block.line))
                text = text[:start] + new_body + text[start + len(block.body) :]
            path.write_text(text, encoding="utf-8")


def _offset(text: str, line: int) -> int:
    """The offset of the start of 1-based ``line``."""
    return sum(len(x) + 1 for x in text.split("\n")[: line - 1])


if __name__ == "__main__":
    update([Path(p).resolve() for p in sys.argv[1:]] or DOCS)
