"""Paths of findings: `$.a.b[0]`, `$["odd key"]`, `$query.name`."""

from __future__ import annotations

import json


def member(path: str, key: str) -> str:
    """The path of `key` inside the object at `path`."""
    if key.isascii() and key.isidentifier():
        return f"{path}.{key}"
    return f"{path}[{json.dumps(key, ensure_ascii=False)}]"


def index(path: str, position: int) -> str:
    """The path of item `position` of the array at `path`."""
    return f"{path}[{position}]"
