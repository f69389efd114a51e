"""A finding, and the rule that keeps one finding per (path, kind)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

# Findings less certain than this are ignored where Charter acts on them: the privacy guard's
# default `min_confidence`, minimisation warnings, and the client library's check before a
# body is sent.
MIN_CONFIDENCE: Final = 0.5


@dataclass(frozen=True, slots=True)
class Finding:
    """Data of `kind` found at `path` by `detector`, with `confidence` in [0, 1].

    `path` is JSONPath-like: `$.a.b[0]`, `$["odd key"]`; for the other inputs
    `$query.<name>`, `$form.<name>` and `$header.<name in lower case>`. `detector` is a short,
    stable name (`luhn`, `iban`, `key:health`, `text:health`, `jwt`, ...). A finding never
    carries the data itself, so findings can be logged.
    """

    path: str
    kind: str
    detector: str
    confidence: float


# A finding as the scanner collects it: (path, kind, detector, confidence). `Finding`s are
# built only for those `best_per_path` keeps: a frozen dataclass costs several times a tuple
# to build (its generated `__init__` is not compiled with the scanner), and a third of the
# candidates are dropped.
Found = tuple[str, str, str, float]


def best_per_path(found: Iterable[Found]) -> list[Finding]:
    """One finding per (path, kind): the most confident, first seen on a tie; order kept."""
    best: dict[tuple[str, str], Found] = {}
    for item in found:
        key = (item[0], item[1])
        held = best.get(key)
        if held is None or item[3] > held[3]:
            best[key] = item
    return [
        Finding(path, kind, detector, confidence)
        for path, kind, detector, confidence in best.values()
    ]
