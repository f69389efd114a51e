"""Names and addresses in prose: the fast forms of the title and address tests find what the
plain forms find. A title counts only as a word of its own (`\\b` before it); an address
always holds a digit, so text without one is not searched."""

from __future__ import annotations

import random
import re

import pytest

from charter.privacy.scanner import phrases
from charter.privacy.scanner.engine import Scanner
from tests.privacy.scanner.conftest import kinds

# The title test as it reads without the speed-up: a word boundary, then the titles.
_PLAIN_TITLE = re.compile(
    rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herr|Frau|Mme|Mlle|Monsieur|Madame|Sr|Sra|Srta|"
    rf"Señor|Señora|Don|Doña)\.?\s+{phrases._NAME}")

TITLES = [
    ("Mr Smith", True), ("Dear Mrs. Robinson", True), ("(Sra. López)", True),
    ("Doña Ana", True), ("Madame Curie", True), ("Prof.\nJane", True), ("-Dr Who", True),
    ("Herr Müller", True), ("Señora Ana", True), ("Srta Lía", True),
    ("xMr Smith", False), ("éDr Who", False), ("_Dr Who", False), ("1Dr Who", False),
    ("DrDr Who", False), ("MrsJane", False), ("Mr smith", False), ("Mister Smith", False),
    ("M Dupont", False), ("Ms.Jane", False), ("Sir Elton", False),
]


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("text", "titled"), TITLES)
def test_title_only_as_a_word_of_its_own(text: str, titled: bool) -> None:
    assert (phrases._TITLE.search(text) is not None) is titled
    assert (_PLAIN_TITLE.search(text) is not None) is titled


@pytest.mark.clause("DATA-7")
def test_title_agrees_with_the_plain_form_on_generated_text() -> None:
    rnd = random.Random(5)
    alphabet = "MDPHFSrsiexlmonuadfñ .\né_1ABJ"
    for _ in range(20_000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 12))) + " Jane"
        assert (phrases._TITLE.search(text) is None) is (_PLAIN_TITLE.search(text) is None), text


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("text", "found"), [
    ("Please send the parcel to 221B Baker Street before Friday.", {"postal_address"}),
    ("Die Lieferung geht an Hauptstraße 5 im Hinterhaus, bitte klingeln.", {"postal_address"}),
    ("Nous habitons au 12 rue de la Paix depuis longtemps maintenant.", {"postal_address"}),
    ("The customer asked about the delivery window on Baker Street today.", set()),
    ("Deliver to the office on Avenue Foch, the building next to the bakery.", set()),
])
def test_addresses_in_prose(scanner: Scanner, text: str, found: set[str]) -> None:
    assert kinds(scanner.scan_value({"note": text})) & {"postal_address"} == found
