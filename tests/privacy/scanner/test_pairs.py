"""Pair rules in free text: a name (a party, a union, a faith, an ideology, an ethnic word, an
orientation) counts next to a word that ties it to a person, and not on its own."""

from __future__ import annotations

import pytest

from charter.privacy.scanner import Scanner
from tests.privacy.scanner.conftest import kinds

# (text, kind, found?) - each rule with cases that hold and hard negatives next to them.
CASES: list[tuple[str, str, bool]] = [
    # a party next to membership, votes, office, campaigning or money
    ("Paid-up Labour member, please stop the leaflets.", "political_opinion", True),
    ("Meine Frau ist Mitglied der CDU im Kreisverband Fulda.", "political_opinion", True),
    ("Mon voisin est militant du Parti socialiste.", "political_opinion", True),
    ("Mi tío fue concejal de Podemos en Cádiz.", "political_opinion", True),
    ("On Saturdays I canvass for the Conservative association.", "political_opinion", True),
    ("She's a Democrat and votes in every primary.", "political_opinion", True),
    ("Dauerauftrag: Mitgliedsbeitrag Bündnis 90/Die Grünen", "political_opinion", True),
    ("Labour costs rose by 4% this quarter; members approved the budget.",
     "political_opinion", False),
    ("The Democrat and Republican debates were on TV last night.", "political_opinion", False),
    ("She is a member of the Green team in the office.", "political_opinion", False),
    ("Podemos enviarle la factura mañana.", "political_opinion", False),
    # a politician's supporters
    ("He's been a Macron voter since 2017.", "political_opinion", True),
    ("Macron visited the factory on Monday.", "political_opinion", False),
    # a trade union next to membership, a union role, dues or a strike
    ("Our night-shift supervisor is an RMT rep.", "trade_union", True),
    ("Je suis déléguée CFDT dans mon établissement.", "trade_union", True),
    ("Sie ist seit Jahren Mitglied der GEW.", "trade_union", True),
    ("Es delegada de CSIF en el hospital.", "trade_union", True),
    ("The choir members sang in unison.", "trade_union", False),
    ("Our Unite integration syncs every hour.", "trade_union", False),
    # an ideology a person claims
    ("My landlord is a staunch communist, believe it or not.", "political_opinion", True),
    ("Ella se define como comunista de toda la vida.", "political_opinion", True),
    ("Il est conservateur convaincu et le dit.", "political_opinion", True),
    ("Use a conservative estimate of 40 units.", "political_opinion", False),
    # changing faith
    ("Mi cuñada se convirtió al islam el año pasado.", "religious_belief", True),
    ("She converted to Judaism before the wedding.", "religious_belief", True),
    ("I converted the file to PDF and resent it.", "religious_belief", False),
    # an ethnic word said of a person, a people with a plain verb
    ("He says the bouncer turned him away because he is Black.",
     "racial_ethnic_origin", True),
    ("Elle pense avoir été refusée parce qu'elle est noire.", "racial_ethnic_origin", True),
    ("Die Familie des Mieters ist Sinti.", "racial_ethnic_origin", True),
    ("I'm a black and white photography fan.", "racial_ethnic_origin", False),
    ("He is a black belt in judo.", "racial_ethnic_origin", False),
    ("Unser Büro ist in Rom, nahe dem Bahnhof.", "racial_ethnic_origin", False),
    # an orientation a person states, even in two words
    ("I'm gay.", "sex_life_orientation", True),
    ("Soy lesbiana.", "sex_life_orientation", True),
    ("I'm bi-weekly on the rota.", "sex_life_orientation", False),
]


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("text", "kind", "found"), CASES,
                         ids=[f"{kind}-{found}-{i}" for i, (_, kind, found) in enumerate(CASES)])
def test_a_name_counts_next_to_its_cue(scanner: Scanner, text: str, kind: str,
                                       found: bool) -> None:
    assert (kind in kinds(scanner.scan_value({"note": text}))) is found


@pytest.mark.clause("DATA-7")
def test_a_sentence_end_separates_the_cue_from_the_name(scanner: Scanner) -> None:
    text = "Please add me as a member. Labour Day opening hours apply."
    assert "political_opinion" not in kinds(scanner.scan_value({"note": text}))


@pytest.mark.clause("DATA-7")
def test_a_name_that_is_an_everyday_word_counts_only_written_as_a_name(
        scanner: Scanner) -> None:
    assert "political_opinion" in kinds(scanner.scan_value({"note": "He voted Labour."}))
    assert "political_opinion" not in kinds(
        scanner.scan_value({"note": "He voted on the labour costs."}))
