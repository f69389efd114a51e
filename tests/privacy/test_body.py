"""The whole-body view stages get: parsing once, shape limits, replacement."""

from __future__ import annotations

import pytest

from charter.dataplane.body import REQUEST, Body, BodyError, check_shape


def _json(data: bytes) -> Body:
    return Body.from_headers(data, [(b"content-type", b"application/json; charset=utf-8")],
                             REQUEST)


def test_json_is_parsed_once_and_replacement_reframes_the_bytes() -> None:
    body = _json(b'{"a": [1, 2], "b": "caf\xc3\xa9"}')
    assert body.is_json() and not body.is_form()
    value = body.json()
    assert body.json() is value
    body.replace_json({"a": "[redacted:email]", "b": "café"})
    assert body.changed
    assert body.data == '{"a":"[redacted:email]","b":"café"}'.encode()


@pytest.mark.clause("USE-3")
@pytest.mark.parametrize(("data", "code"), [
    (b'{"a": ', "invalid_json"),
    (b"\xff\xfe{}", "invalid_json"),
    (b"[" * 100_000 + b"]" * 100_000, "json_too_deep"),
    (b"[" * 65 + b"]" * 65, "json_too_deep"),
    (b"[" + b"0," * 10_000 + b"0]", "json_too_large"),
])
def test_bodies_that_cannot_be_read_raise_a_coded_error(data: bytes, code: str) -> None:
    with pytest.raises(BodyError) as raised:
        _json(data).json()
    assert raised.value.code == code


def test_limits_count_members_and_items_across_the_document() -> None:
    check_shape({"a": [1, 2, {"b": 3}]}, max_depth=3, max_members=5)
    with pytest.raises(BodyError):
        check_shape({"a": [1, 2, {"b": 3}]}, max_depth=2, max_members=5)
    with pytest.raises(BodyError):
        check_shape({"a": [1, 2, {"b": 3}]}, max_depth=3, max_members=4)


def test_a_compressed_body_is_not_read_as_json() -> None:
    body = Body.from_headers(b"\x1f\x8b", [(b"content-type", b"application/json"),
                                           (b"content-encoding", b"gzip")], REQUEST)
    with pytest.raises(BodyError) as raised:
        body.json()
    assert raised.value.code == "encoded_body"
    assert Body.from_headers(b"{}", [(b"content-encoding", b"identity")], REQUEST).encoding == ""
