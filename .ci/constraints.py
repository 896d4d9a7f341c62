"""Write the pip constraints that pin every dependency of pyproject.toml to its lowest allowed version.

Usage: python .ci/constraints.py lowest > constraints.txt

Each requirement of [project] dependencies and of every optional-dependency group must give a
floor (``>=X``); the constraint is then ``name==X``, so that a run installed with it tests the
floors pyproject.toml claims. A requirement without a floor is an error: what is not tested is
not claimed. (Before Python 3.11, it reads the file with tomli, which pytest installs.)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: pytest brings tomli, the same parser
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[1]
_REQUIREMENT = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*([^;]*)")


def requirements(pyproject: dict) -> list[str]:
    """Every requirement string of the project and its extras, the project itself left out."""
    project = pyproject["project"]
    found = list(project.get("dependencies", []))
    for group in project.get("optional-dependencies", {}).values():
        found.extend(group)
    return [r for r in found if _name(r) != _canonical(project["name"])]


def _canonical(name: str) -> str:
    """A distribution name as pip compares them (PEP 503)."""
    return re.sub(r"[-_.]+", "-", name).lower()


def _name(requirement: str) -> str:
    """The canonical name of a requirement."""
    match = _REQUIREMENT.match(requirement)
    if match is None:
        raise SystemExit(f"cannot read the requirement {requirement!r}")
    return _canonical(match[1])


def floor(requirement: str) -> str:
    """The version after ``>=`` in a requirement; an error when it has none."""
    match = _REQUIREMENT.match(requirement)
    assert match is not None  # _name read it first
    floors = [s.strip()[2:].strip() for s in match[2].split(",") if s.strip().startswith(">=")]
    if len(floors) != 1:
        raise SystemExit(f"{requirement!r}: every dependency needs one floor (>=X) to test")
    return floors[0]


def lowest(pyproject: dict) -> list[str]:
    """``name==floor`` for every requirement, sorted by name, each name once."""
    pins: dict[str, str] = {}
    for requirement in requirements(pyproject):
        name, version = _name(requirement), floor(requirement)
        if pins.setdefault(name, version) != version:
            raise SystemExit(f"{name}: two floors, {pins[name]} and {version}")
    return [f"{name}=={version}" for name, version in sorted(pins.items())]


def main() -> None:
    """Print the constraints asked for."""
    if sys.argv[1:] != ["lowest"]:
        raise SystemExit("usage: python .ci/constraints.py lowest")
    with open(ROOT / "pyproject.toml", "rb") as file:
        pyproject = tomllib.load(file)
    print(f"# The lowest versions pyproject.toml allows; written by {Path(__file__).name}.")
    print("\n".join(lowest(pyproject)))


if __name__ == "__main__":
    main()
