"""`numeric.runs` finds exactly the runs of `patterns.NUMERIC_RUN`, in the same order, from
any starting position: the faster form must not change which cards, phones or ids are
judged."""

from __future__ import annotations

import random

import pytest

from charter.privacy.scanner import numeric
from charter.privacy.scanner import patterns as p
from charter.privacy.scanner.engine import Scanner
from tests.privacy.scanner.conftest import kinds


def _plain(text: str, position: int) -> list[tuple[int, int]]:
    return [match.span() for match in p.NUMERIC_RUN.finditer(text, position)]


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize("text", [
    "4111111111111111", "call +49 30 1234567 or 030 7654321", "SKU-4111111111111111",
    "X1234567L", "2024-05-14T10:21:33Z", "48.8584, 2.2945\n+33 1 23 45 67 89",
    "٣1234567٣٣٣٣٣٣٣٣", "a\n(030) 1234567\n", "", "1234567;7654321",
])
def test_same_runs_as_the_plain_pattern(text: str) -> None:
    for position in range(len(text) + 1):
        assert list(numeric.runs(text, position)) == _plain(text, position)


@pytest.mark.clause("DATA-7")
def test_same_runs_on_generated_text() -> None:
    rnd = random.Random(11)
    for alphabet in ("0123456789 .,:()/-+XYZaZ\n_#٣é", "01 -:\n(+X٣"):
        for _ in range(5_000):
            text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 40)))
            for position in (0, 1, len(text) // 2):
                assert list(numeric.runs(text, position)) == _plain(text, position), text


@pytest.mark.clause("DATA-7")
def test_a_card_in_the_first_value_and_after_a_hex_id(scanner: Scanner) -> None:
    assert kinds(scanner.scan_value(["4111111111111111"])) == {"payment_card"}
    assert kinds(scanner.scan_value({"trace": "ab12cd34ef56ab78",
                                     "note": "card 4111 1111 1111 1111"})) == {"payment_card"}
