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


def best_per_path(findings: Iterable[Finding]) -> list[Finding]:
    """One finding per (path, kind): the most confident, first seen on a tie; order kept."""
    best: dict[tuple[str, str], Finding] = {}
    for finding in findings:
        key = (finding.path, finding.kind)
        held = best.get(key)
        if held is None or finding.confidence > held.confidence:
            best[key] = finding
    return list(best.values())
