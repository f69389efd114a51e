"""Found and not-found cases as tests: a module lists `(name, document, kind)` cases and gets
two parametrized tests, one asserting each kind is found, one that it is not."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from charter.privacy.scanner import Scanner
from tests.privacy.scanner.conftest import kinds

Case = tuple[str, Any, str]
Test = Callable[[Scanner, str, Any, str], None]


def case_tests(found: list[Case], not_found: list[Case]) -> tuple[Test, Test]:
    """`test_found, test_not_found = case_tests(FOUND, NOT_FOUND)` in a test module."""

    @pytest.mark.clause("DATA-7")
    @pytest.mark.parametrize(("name", "doc", "kind"), found, ids=[case[0] for case in found])
    def test_found(scanner: Scanner, name: str, doc: Any, kind: str) -> None:
        assert kind in kinds(scanner.scan_value(doc)), name

    @pytest.mark.clause("DATA-7")
    @pytest.mark.parametrize(("name", "doc", "kind"), not_found,
                             ids=[case[0] for case in not_found])
    def test_not_found(scanner: Scanner, name: str, doc: Any, kind: str) -> None:
        assert kind not in kinds(scanner.scan_value(doc)), name

    return test_found, test_not_found
