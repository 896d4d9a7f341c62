"""The package as a packager and a new reader meet it: metadata, links, licence, floors."""

from __future__ import annotations

import importlib.util
import re
import sys
from types import ModuleType
from typing import Any

import pytest

from conftest import ROOT
from perufacts import DOCS_URL, REPOSITORY

if sys.version_info >= (3, 11):
    import tomllib
else:  # pytest brings tomli where tomllib is missing
    import tomli as tomllib

PYPROJECT: dict[str, Any] = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
README = (ROOT / "README.md").read_text(encoding="utf-8")
RAW = REPOSITORY.replace("https://github.com/", "https://raw.githubusercontent.com/")


def _constraints() -> ModuleType:
    """.ci/constraints.py, which writes the lowest versions as pip constraints."""
    spec = importlib.util.spec_from_file_location("constraints", ROOT / ".ci" / "constraints.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_project_urls_are_the_packages_own() -> None:
    urls = PYPROJECT["project"]["urls"]
    assert urls["Homepage"] == urls["Source"] == REPOSITORY
    assert urls["Documentation"] == DOCS_URL == f"{REPOSITORY}/blob/main/docs"
    assert urls["Issues"] == f"{REPOSITORY}/issues"


def test_the_licence_file_is_the_mit_licence_the_metadata_names() -> None:
    assert PYPROJECT["project"]["license"] == "MIT"
    assert PYPROJECT["project"]["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n\nCopyright (c) ")
    assert "LICENSE" in PYPROJECT["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]


def test_the_sdist_carries_what_the_tests_read() -> None:
    include = PYPROJECT["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]
    assert {"src", "data", "docs", "tests", "pyproject.toml", "README.md"} <= set(include)


def test_every_python_the_metadata_names_is_one_ci_runs() -> None:
    classifiers = PYPROJECT["project"]["classifiers"]
    versions = [c.rsplit(" ", 1)[1] for c in classifiers if re.fullmatch(r".*:: 3\.\d+", c)]
    assert versions == ["3.10", "3.11", "3.12", "3.13"]
    assert PYPROJECT["project"]["requires-python"] == ">=3.10"
    matrix = (ROOT / ".ci" / "matrix").read_text(encoding="utf-8")
    # The oldest and the newest Python the metadata names, in the default run.
    assert "steps=(lowest py3.10 py3.13 sdist)" in matrix
    assert "py3.10 | py3.13)" in matrix
    assert (ROOT / ".ci" / "run").read_text(encoding="utf-8").endswith("\n.ci/matrix\n")


def _links(text: str) -> list[str]:
    """The targets of the Markdown links and images of ``text``."""
    return re.findall(r"\]\(([^)\s]+)\)", text)


def test_the_readme_links_and_images_are_absolute() -> None:
    links = _links(README)
    assert len(links) >= 14
    assert [link for link in links if not link.startswith("https://")] == []


@pytest.mark.parametrize(
    "link",
    [link for link in _links(README) if link.startswith((REPOSITORY, RAW))],
)
def test_each_readme_link_into_the_repository_names_a_file_it_has(link: str) -> None:
    path = re.sub(rf"^({re.escape(REPOSITORY)}/blob|{re.escape(RAW)})/main/", "", link)
    assert path != link, f"{link} names no branch"
    assert (ROOT / path.split("#")[0]).is_file(), link


def test_the_readme_says_it_installs_from_the_repository() -> None:
    assert f"pipx install git+{REPOSITORY}\n" in README
    assert f"uv tool install git+{REPOSITORY}\n" in README
    assert "perufacts is not on PyPI: it installs from its repository." in README


def test_the_root_help_names_the_environment_and_the_docs(run) -> None:
    text = " ".join(run("--help").stdout.split())
    assert "PERUFACTS_STORE (a store to read instead of the bundled one)" in text
    assert "PERUFACTS_CACHE_DIR (where validated stores are cached)" in text
    assert "PERUFACTS_NO_CACHE=1 (validate every run; no cache read or written)" in text
    assert f"Docs: {DOCS_URL}" in text


def test_a_commands_help_points_to_the_docs_on_the_web(run) -> None:
    text = run("figure", "--help").stdout
    assert text.endswith(f"\n  Docs: {DOCS_URL}/commands.md\n\n  JSON: {DOCS_URL}/json.md\n")
    assert "docs/" not in text.replace(DOCS_URL, "")


# --- the floors CI tests --------------------------------------------------------------------


def test_the_lowest_constraints_are_the_floors_of_pyproject() -> None:
    pins = _constraints().lowest(PYPROJECT)
    assert "typer==0.27.2" in pins
    assert "rich==13.8" in pins
    assert "pydantic==2.13" in pins
    assert "mcp==2" in pins
    # The project's own extra (perufacts[mcp] inside [test]) is no constraint.
    assert not any(p.startswith("perufacts") for p in pins)
    assert pins == sorted(pins)


def test_a_dependency_without_a_floor_is_refused() -> None:
    constraints = _constraints()
    with pytest.raises(SystemExit, match=r"'rich<14': every dependency needs one floor"):
        constraints.lowest({"project": {"name": "x", "dependencies": ["rich<14"]}})
    with pytest.raises(SystemExit, match=r"rich: two floors, 13\.8 and 14"):
        constraints.lowest(
            {
                "project": {
                    "name": "x",
                    "dependencies": ["rich>=13.8"],
                    "optional-dependencies": {"a": ["Rich>=14"]},
                }
            }
        )
