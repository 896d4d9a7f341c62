"""Patterns compiled when first used: checking a sentence reaches only some of the checker's
rules, and compiling all of their patterns when the module loads cost most of a check's start.
"""

from __future__ import annotations

import re
from typing import Any, cast


class _Lazy:
    """A regular expression compiled on its first use, then used as the compiled one."""

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return getattr(self._compiled, name)


def lazy(source: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern that compiles when first searched, matched or read (``.pattern``)."""
    # (typed as the compiled pattern it stands for: every use goes through its methods)
    return cast("re.Pattern[str]", _Lazy(source, flags))
