"""The shape of the code: one home for each vocabulary, imports that flow one way, no cycles."""

from __future__ import annotations

import ast
import itertools
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import ROOT
from perufacts import vocab

SRC = ROOT / "src" / "perufacts"

# Bottom to top; a module may import its own layer or any below it, never one above.
LAYERS = [
    [
        "perufacts",
        "perufacts.errors",
        "perufacts.vocab",
        "perufacts.text",
        "perufacts.signals",
        "perufacts.jsontext",
    ],
    # The checker's package (its __init__ imports nothing), the ids of its rules, and its
    # patterns compiled when first used.
    ["perufacts.checking", "perufacts.checking.rules", "perufacts.checking.patterns"],
    # json_types: the contract's shapes, which the core's figure record is annotated with.
    # The one reader of numbers: the checker's, which validation and search read through numbers.
    ["perufacts.checking.reader"],
    ["perufacts.models", "perufacts.numbers", "perufacts.json_types"],
    # The contract's JSON Schemas, generated from json_types.
    ["perufacts.json_schema"],
    ["perufacts.checking.frames"],
    ["perufacts.bounds"],
    # A figure's record, which the store keeps as a listing writes it.
    ["perufacts.record"],
    ["perufacts.store.files", "perufacts.store.jsonparse"],
    ["perufacts.store.validation", "perufacts.store.integrity", "perufacts.store.records"],
    ["perufacts.store.cache"],
    ["perufacts.store"],
    ["perufacts.queries"],
    [
        "perufacts.compare",
        "perufacts.cite",
        "perufacts.checking.claims",
        "perufacts.checking.evidence",
        "perufacts.drafts",
    ],
    ["perufacts.checking.verdicts"],
    ["perufacts.checking.matcher"],
    ["perufacts.export"],
    ["perufacts.present", "perufacts.present.safety"],
    ["perufacts.present.formatting"],
    ["perufacts.present.contract"],
    # The two presenters side by side: Rich tables for the terminal, HTML pages for a browser.
    ["perufacts.present.tables", "perufacts.present.html"],
    ["perufacts._compat"],
    # Front ends: the command line's package, bottom up (output emission; the app and its
    # options; the commands; process handling and the entry point; the package), and the MCP
    # server, which only `perufacts mcp` imports.
    ["perufacts.cli.output", "perufacts.mcp_server"],
    ["perufacts.cli.app"],
    ["perufacts.cli.commands"],
    ["perufacts.cli.process"],
    ["perufacts.cli"],
    ["perufacts.__main__"],
]
RANK = {module: i for i, layer in enumerate(LAYERS) for module in layer}
# Each third-party framework has one home.
HOMES = {
    "typer": {
        "perufacts.cli.output",
        "perufacts.cli.app",
        "perufacts.cli.commands",
        "perufacts.cli.process",
        "perufacts._compat",
    },
    "rich": {"perufacts.present.tables"},
    "jinja2": {"perufacts.present.html"},
    "markupsafe": {"perufacts.present.html"},
    "pydantic": {"perufacts.store.validation", "perufacts.mcp_server"},
    "mcp": {"perufacts.mcp_server"},
}


def _module_name(path: Path) -> str:
    """``src/perufacts/store/__init__.py`` -> ``perufacts.store``."""
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module_name(p): p for p in sorted(SRC.rglob("*.py"))}


def _imports(name: str) -> Iterator[str]:
    """Every module ``name`` imports, at the top or inside a function (relative imports too)."""
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    package = name if MODULES[name].name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{anchor}.{base}" if base else anchor
            yield base
            # ``from perufacts import cite`` imports the module perufacts.cite.
            yield from (f"{base}.{a.name}" for a in node.names if f"{base}.{a.name}" in MODULES)


def _internal_imports(name: str) -> set[str]:
    """The perufacts modules that ``name`` imports."""
    return {m for m in _imports(name) if m in MODULES and m != name}


def test_every_module_has_a_layer() -> None:
    assert sorted(MODULES) == sorted(RANK)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_module_imports_one_above_it(name: str) -> None:
    above = sorted(m for m in _internal_imports(name) if RANK[m] > RANK[name])
    assert above == [], f"{name} imports {above}, which sit above it"


def test_there_is_no_import_cycle() -> None:
    graph = {name: _internal_imports(name) for name in MODULES}
    done: set[str] = set()

    def visit(name: str, path: tuple[str, ...]) -> None:
        assert name not in path, f"import cycle: {' -> '.join((*path, name))}"
        if name in done:
            return
        for target in sorted(graph[name]):
            visit(target, (*path, name))
        done.add(name)

    for name in sorted(graph):
        visit(name, ())


@pytest.mark.parametrize("framework", sorted(HOMES))
def test_each_framework_is_imported_only_in_its_home(framework: str) -> None:
    importers = {
        name for name in MODULES if any(m.split(".")[0] == framework for m in _imports(name))
    }
    assert importers <= HOMES[framework]


# --- docs/layout.md, checked against LAYERS ---------------------------------------------------


def _layout_table() -> list[str]:
    """The modules of docs/layout.md's table, row by row, as module names."""
    text = (ROOT / "docs" / "layout.md").read_text(encoding="utf-8")
    names = []
    for row in text.splitlines():
        if not row.startswith("| ") or row.startswith("| layer") or row.startswith("| ---"):
            continue
        files = row.split("|")[2]
        for file in re.findall(r"`([\w/]+\.py)`", files):
            names.append(_module_name(SRC / file))
    return names


def test_the_layout_doc_lists_every_module_once() -> None:
    listed = _layout_table()
    assert sorted(listed) == sorted(MODULES)
    assert len(listed) == len(set(listed))


def test_the_layout_doc_lists_the_modules_bottom_up() -> None:
    listed = _layout_table()
    out_of_order = [(a, b) for a, b in itertools.pairwise(listed) if RANK[b] < RANK[a]]
    assert out_of_order == []


def test_the_layout_doc_names_every_test_file() -> None:
    text = (ROOT / "docs" / "layout.md").read_text(encoding="utf-8")
    tests = text.split("## Tests", 1)[1]
    named = set(re.findall(r"`(test_\w+\.py)`", tests))
    assert named == {p.name for p in (ROOT / "tests").glob("test_*.py")}


# --- one vocabulary ----------------------------------------------------------------------------

VOCABULARIES = {
    "units": {str(u) for u in vocab.Unit},
    "qualifiers": {str(q) for q in vocab.Qualifier},
    "verdicts": {str(v) for v in vocab.Verdict} | {v.relation for v in vocab.Verdict},
    "months": {m.lower() for m in vocab.MONTH_NAMES},
    "scales": set(vocab.SCALE_WORDS) | set(vocab.SCALE_ABBREVIATIONS),
    "growth": set(vocab.GROWTH_WORDS),
}


def _strings(name: str) -> set[str]:
    """The string constants of a module (docstrings and f-string text included)."""
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    return {
        n.value.lower()
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str)
    }


def _copies(name: str) -> dict[str, list[str]]:
    """The vocabulary words a module spells out itself, by vocabulary."""
    strings = _strings(name)
    found = {}
    for vocabulary, words in VOCABULARIES.items():
        spelled = sorted(w for w in words if w.lower() in strings)
        # A word or two can be ordinary English ("about", "over", "date"); three or more is a
        # copied list, and a verdict or a hyphenated id is never ordinary English.
        if len(spelled) >= 3 or any("-" in w or vocabulary == "verdicts" for w in spelled):
            found[vocabulary] = spelled
    return found


@pytest.mark.parametrize("name", sorted(set(MODULES) - {"perufacts.vocab"}))
def test_no_module_copies_the_vocabulary(name: str) -> None:
    assert _copies(name) == {}


def test_the_copy_detector_finds_a_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    copy = tmp_path / "copy.py"
    copy.write_text('BOUNDS = {"over": ">", "up-to": "<="}\n', encoding="utf-8")
    monkeypatch.setitem(MODULES, "copy", copy)
    assert _copies("copy") == {"qualifiers": ["over", "up-to"]}


def test_a_qualifier_carries_its_symbol_and_rule() -> None:
    over = vocab.Qualifier.OVER
    assert (over, over.symbol, over.rule.low, over.rule.high) == (
        "over",
        ">",
        vocab.End.VALUE,
        vocab.End.INFINITY,
    )
    assert f"{over}" == str(over) == "over"
    assert vocab.qualifier_named("up-to") is vocab.Qualifier.UP_TO
    with pytest.raises(ValueError, match="'sideways' is not a qualifier"):
        vocab.qualifier_named("sideways")


def test_the_typer_compatibility_module_imports() -> None:
    from perufacts import _compat

    assert issubclass(_compat.NoArgsIsHelpError, _compat.ClickException)
    doc = _compat.__doc__ or ""
    assert "pydantic" in doc
    assert "exists\n   only in the pinned versions" in doc


def _bound_twice(path: Path) -> list[str]:
    """The module-level names a module binds more than once (a later pattern of one name
    silently replaces the earlier one, and every use of it)."""
    seen: dict[str, int] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = (
            [t for t in node.targets if isinstance(t, ast.Name)]
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
            else []
        )
        names = [t.id for t in targets]
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.append(node.name)
        for n in names:
            seen[n] = seen.get(n, 0) + 1
    return sorted(n for n, k in seen.items() if k > 1)


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_module_binds_a_name_twice(name: str) -> None:
    assert _bound_twice(MODULES[name]) == []


def test_the_rebinding_detector_finds_one(tmp_path: Path) -> None:
    twice = tmp_path / "twice.py"
    twice.write_text('_A = "x"\n_B = 1\n_A = "y"\n', encoding="utf-8")
    assert _bound_twice(twice) == ["_A"]
