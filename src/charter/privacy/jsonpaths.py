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


def replace(document: Any, steps: list[Step], value: Any, *, into_strings: bool = False) -> Any:
    """`document` with the node at `steps` replaced by `value` (in place where it can; the
    root itself is returned replaced). A path that does not exist changes nothing.

    `into_strings`: a path that goes on inside a string (the scanner reads JSON kept in a
    string, `$.payload.card` where `payload` is `"{\"card\": ...}"`, and form bodies, JSON
    lines and JSON quoted in text) is followed into the string when it holds JSON, which is
    written back; otherwise the whole string is replaced by `value`."""
    if not steps:
        return value
    if into_strings and isinstance(document, str):  # a document that is one string
        return _replace_in_text(document, steps, value)
    node = document
    for index, step in enumerate(steps[:-1]):
        child = _child(node, step)
        if child is _MISSING:
            return document
        if into_strings and isinstance(child, str):
            node[step] = _replace_in_text(child, steps[index + 1:], value)
            return document
        node = child
    last = steps[-1]
    if isinstance(node, dict) and isinstance(last, str) and last in node:
        node[last] = value
    elif isinstance(node, list) and isinstance(last, int) and 0 <= last < len(node):
        node[last] = value
    return document


def _replace_in_text(text: str, steps: list[Step], value: Any) -> Any:
    try:
        inner = json.loads(text)
    except ValueError:
        return value
    if not isinstance(inner, (dict, list)) or (
            _child(inner, steps[0]) is _MISSING):
        return value
    return json.dumps(replace(inner, steps, value, into_strings=True), ensure_ascii=False)


def get(document: Any, steps: list[Step]) -> Any:
    """The node at `steps`, or None when the path does not exist."""
    node = document
    for step in steps:
        node = _child(node, step)
        if node is _MISSING:
            return None
    return node


def rename_key(document: Any, steps: list[Step], name: str) -> str | None:
    """Rename the key at `steps` (its last step, a key of an object) to `name`, keeping the
    object's order and the value; `name#2`, `name#3`, ... when `name` is taken. The key
    given, or None when the path does not end at an object's key."""
    if not steps or not isinstance(steps[-1], str):
        return None
    node = get(document, steps[:-1])
    old = steps[-1]
    if not isinstance(node, dict) or old not in node:
        return None
    new, n = name, 1
    while new in node:
        n += 1
        new = f"{name}#{n}"
    items = [(new if key == old else key, value) for key, value in node.items()]
    node.clear()
    node.update(items)
    return new


def is_plain_key(key: str) -> bool:
    """A key written `.name` in a path: letters, digits and underscores only."""
    return _NAME.fullmatch(key) is not None


_MISSING = object()


def _child(node: Any, step: Step) -> Any:
    if isinstance(node, dict) and isinstance(step, str):
        return node.get(step, _MISSING)
    if isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node):
        return node[step]
    return _MISSING
