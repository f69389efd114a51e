"""JSON paths as the gateway reports them: `$`, `$.a.b[0]`, `$["odd key"]`.

The scanner's own spelling (`charter.privacy.scanner.paths`), so that a finding's path and a
violation's path name a field the same way; read back with `charter.privacy.jsonpaths`.
"""

from __future__ import annotations

from collections.abc import Iterable

from charter.privacy.jsonpaths import Step, parse
from charter.privacy.scanner.paths import index, member

Segment = Step

__all__ = ["Segment", "format_path", "parse", "wildcard"]


def format_path(segments: Iterable[Segment]) -> str:
    """`["a", 0, "odd key"]` -> `$.a[0]["odd key"]`."""
    path = "$"
    for segment in segments:
        path = index(path, segment) if isinstance(segment, int) else member(path, segment)
    return path


def wildcard(segments: Iterable[Segment]) -> str:
    """The path with every array index written `[*]`: one field, whatever the element."""
    path = "$"
    for segment in segments:
        path = f"{path}[*]" if isinstance(segment, int) else member(path, segment)
    return path
