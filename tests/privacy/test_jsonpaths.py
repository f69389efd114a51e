"""Scanner paths read back into steps, and values replaced where they point."""

from __future__ import annotations

import json

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


def test_rename_key_keeps_the_order_and_the_value() -> None:
    doc = {"a": {"x": 1, "ada@example.com": {"plan": "pro"}, "z": 3}}
    assert jsonpaths.rename_key(doc, ["a", "ada@example.com"], "[redacted:email]") == (
        "[redacted:email]")
    assert list(doc["a"].items()) == [("x", 1), ("[redacted:email]", {"plan": "pro"}),
                                      ("z", 3)]


def test_rename_key_never_overwrites_a_key_already_there() -> None:
    doc = {"[redacted:email]": 1, "bo@example.org": 2, "[redacted:email]#2": 3}
    assert jsonpaths.rename_key(doc, ["bo@example.org"], "[redacted:email]") == (
        "[redacted:email]#3")
    assert doc == {"[redacted:email]": 1, "[redacted:email]#3": 2, "[redacted:email]#2": 3}


@pytest.mark.parametrize("steps", [[], ["a", 0], ["missing"], ["a", "b", "c"]])
def test_rename_key_without_a_key_to_rename_changes_nothing(steps: list[object]) -> None:
    doc = {"a": [{"b": 1}]}
    assert jsonpaths.rename_key(doc, steps, "new") is None  # type: ignore[arg-type]
    assert doc == {"a": [{"b": 1}]}


def test_get_reads_the_node_or_none() -> None:
    doc = {"a": [{"b": 1}]}
    assert jsonpaths.get(doc, ["a", 0]) == {"b": 1}
    assert jsonpaths.get(doc, ["a", 3]) is None and jsonpaths.get(doc, []) is doc


def test_replace_into_strings_follows_json_kept_in_a_string() -> None:
    doc = {"a": ['{"b": {"c": "secret"}, "d": 1}']}
    out = jsonpaths.replace(doc, ["a", 0, "b", "c"], "x", into_strings=True)
    assert json.loads(out["a"][0]) == {"b": {"c": "x"}, "d": 1}
    # without it, a path into a string names nothing
    plain = {"a": '{"b": 1}'}
    assert jsonpaths.replace(plain, ["a", "b"], "x") == {"a": '{"b": 1}'}


def test_replace_into_strings_replaces_other_strings_whole() -> None:
    assert jsonpaths.replace({"a": "k=v&card=1"}, ["a", "card"], "x", into_strings=True) == {
        "a": "x"}
    # a key the JSON does not have: the whole string goes too
    assert jsonpaths.replace({"a": '{"b": 1}'}, ["a", "z"], "x", into_strings=True) == {
        "a": "x"}


def test_replace_into_strings_reaches_a_document_that_is_one_string() -> None:
    xml = "<patient><name>Hans Vogel</name></patient>"
    assert jsonpaths.replace(xml, ["name"], "x", into_strings=True) == "x"
    assert jsonpaths.replace(xml, ["name"], "x") == xml
    kept = jsonpaths.replace('{"a": {"b": "secret"}}', ["a", "b"], "x", into_strings=True)
    assert json.loads(kept) == {"a": {"b": "x"}}
