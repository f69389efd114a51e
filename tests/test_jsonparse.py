"""`charter.jsonparse.loads` gives what `json.loads` gives, and refuses what it refuses."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest

from charter import jsonparse

CORPUS = Path(__file__).resolve().parent / "privacy" / "corpus"


def same(a: Any, b: Any) -> bool:
    """Equal, with NaN equal to NaN and the types of numbers compared too."""
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return bool(a == b)


def test_it_uses_msgspec_here() -> None:
    assert jsonparse.engine() == "msgspec"


@pytest.mark.parametrize("text", [
    b'{"a": 1, "b": [true, false, null], "c": "\\u00e9t\\u00e9", "d": -0.0, "e": 1.5e-3}',
    b'123456789012345678901234567890',          # beyond 64 bits: an int, every digit kept
    b'[-98765432109876543210987, 18446744073709551616]',
    b'[NaN, Infinity, -Infinity]',              # accepted by json.loads
    b'1e400',                                   # inf, as json.loads says
    b'"\\ud800"',                               # a lone surrogate
    b'\xef\xbb\xbf{"a": 1}',                    # a UTF-8 byte-order mark
    '{"a": "\ud800"}',                          # a str that holds a lone surrogate
    b'{"a": 1, "a": 2}',                        # the last duplicate wins, in the first's place
    '"caf\u00e9"'.encode("utf-16"),             # json.loads detects UTF-16
    b'  [1, 2]\n',
])
def test_documents_parse_as_json_loads_parses_them(text: bytes | str) -> None:
    assert same(jsonparse.loads(text), json.loads(text))


@pytest.mark.parametrize("text", [b"{bad", b"[1,]", b"", b'"\xff"', b"[1] x", b"{'a': 1}"])
def test_invalid_documents_raise_what_json_loads_raises(text: bytes) -> None:
    with pytest.raises(ValueError) as expected:
        json.loads(text)
    with pytest.raises(ValueError) as raised:
        jsonparse.loads(text)
    assert type(raised.value) is type(expected.value)


def test_too_deep_a_document_is_a_recursion_error_as_with_json_loads() -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(RecursionError):
        json.loads(deep)
    with pytest.raises(RecursionError):
        jsonparse.loads(deep)


def test_every_corpus_document_parses_the_same() -> None:
    files = sorted(CORPUS.glob("*.jsonl")) + sorted(CORPUS.glob("fresh*/fresh*.jsonl"))
    count = 0
    for path in files:
        for line in path.read_bytes().splitlines():
            assert same(jsonparse.loads(line), json.loads(line)), line[:200]
            count += 1
    assert count > 5000
