"""The JSON paths findings carry (`$.a.b[0]`, `$["odd key"]`), read back into steps.

The scanner names where it found something; the guard uses the same path to replace that
value with a placeholder. Paths are the scanner's own dialect, a small subset of JSONPath:
`.name` for identifier-like keys, `["..."]` (a JSON string) for any other key, `[n]` for an
array index.
"""

from __future__ import annotations

import json
import re
from typing import Any

Step = str | int

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_INDEX = re.compile(r"\[(\d+)\]")


def parse(path: str) -> list[Step] | None:
    """The steps of a `$...` path, or None when it is not one (a `$query.` path, say)."""
    if not path.startswith("$"):
        return None
    steps: list[Step] = []
    i, end = 1, len(path)
    while i < end:
        char = path[i]
        if char == ".":
            match = _NAME.match(path, i + 1)
            if match is None:
                return None
            steps.append(match.group())
            i = match.end()
        elif path.startswith('["', i):
            try:
                key, stop = json.JSONDecoder().raw_decode(path, i + 1)
            except ValueError:
                return None
            if not isinstance(key, str) or path[stop:stop + 1] != "]":
                return None
            steps.append(key)
            i = stop + 1
        else:
            match = _INDEX.match(path, i)
            if match is None:
                return None
            steps.append(int(match.group(1)))
            i = match.end()
    return steps


def replace(document: Any, steps: list[Step], value: Any) -> Any:
    """`document` with the node at `steps` replaced by `value` (in place where it can; the
    root itself is returned replaced). A path that does not exist changes nothing."""
    if not steps:
        return value
    node = document
    for step in steps[:-1]:
        node = _child(node, step)
        if node is _MISSING:
            return document
    last = steps[-1]
    if isinstance(node, dict) and isinstance(last, str) and last in node:
        node[last] = value
    elif isinstance(node, list) and isinstance(last, int) and 0 <= last < len(node):
        node[last] = value
    return document


_MISSING = object()


def _child(node: Any, step: Step) -> Any:
    if isinstance(node, dict) and isinstance(step, str):
        return node.get(step, _MISSING)
    if isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node):
        return node[step]
    return _MISSING
