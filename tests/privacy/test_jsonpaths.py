"""Scanner paths read back into steps, and values replaced where they point."""

from __future__ import annotations

import pytest

from charter.privacy import jsonpaths


@pytest.mark.parametrize(("path", "steps"), [
    ("$", []),
    ("$.a.b[0]", ["a", "b", 0]),
    ('$["odd key"].x', ["odd key", "x"]),
    ('$["quote \\" and ]"][12]', ['quote " and ]', 12]),
    ("$[3].name", [3, "name"]),
])
def test_paths_parse_into_steps(path: str, steps: list[object]) -> None:
    assert jsonpaths.parse(path) == steps


@pytest.mark.parametrize("path", ["$query.email", "$header.x-user", "a.b", "$.", "$[x]",
                                  '$["unterminated'])
def test_other_paths_are_not_json_paths(path: str) -> None:
    assert jsonpaths.parse(path) is None


def test_replace_changes_only_the_node_named() -> None:
    doc = {"a": {"b": [1, {"c": "secret"}]}, "d": "keep"}
    out = jsonpaths.replace(doc, ["a", "b", 1, "c"], "[redacted:credential]")
    assert out == {"a": {"b": [1, {"c": "[redacted:credential]"}]}, "d": "keep"}


def test_replacing_a_missing_path_changes_nothing() -> None:
    doc = {"a": [1]}
    assert jsonpaths.replace(doc, ["a", 5], "x") == {"a": [1]}
    assert jsonpaths.replace(doc, ["z", "y"], "x") == {"a": [1]}
    assert jsonpaths.replace("text", [], "x") == "x"
