"""Informal EN/DE/FR/ES wording of the special categories, and the less common records
that carry them (a union's member file, a probation order, an airline's form of payment):
each with a look-alike that must stay clean."""

from __future__ import annotations

from typing import Any

import pytest

from charter.privacy.scanner import Scanner
from tests.privacy.scanner.conftest import kinds

PERSON: dict[str, Any] = {"name": "Ines Vaszary", "email": "ines.v@example.org"}

# (document, the kind it must report, a look-alike that must not report that kind)
CASES: list[tuple[dict[str, Any], str, dict[str, Any]]] = [
    # a union named as a member's organisation; a sports club is no union
    ({"Mitglied": {"Name": "Ines Vaszary", "Eintritt": "2025-02-01"},
      "Organisation": "IG Metall Bezirk Nord"}, "trade_union",
     {"Mitglied": {"Name": "Ines Vaszary", "Eintritt": "2025-02-01"},
      "Organisation": "TSV Eiche Sportverein"}),
    # a probation order with its supervision; an employee's probation period
    ({**PERSON, "probation": {"status": "active", "supervision_level": "high"}},
     "criminal_record",
     {"employee": {**PERSON, "probation": {"status": "active", "ends": "2026-09-30"}}}),
    # the conditions a supervisee lives under; a student's dorm curfew
    ({"supervisee": {"name": "Ines Vaszary"}, "conditions": ["curfew 21:00",
                                                              "electronic monitoring"]},
     "criminal_record",
     {"student": {"name": "Ines Vaszary"}, "conditions": ["curfew 21:00"]}),
    # a German certificate of good conduct, written with `ue`
    ({**PERSON, "fuehrungszeugnis": "liegt vor, ohne Eintrag"}, "criminal_record",
     {**PERSON, "fuehrung": "Teamleitung seit 2021"}),
    # an arrest with the offence charged; a battery's charge
    ({**PERSON, "arrests": [{"date": "2019-05-02", "charge": "disorderly conduct"}]},
     "criminal_record", {"device": {"battery": {"charge": "82%"}}}),
    # HbA1c reported in percent; an aggregate percentage of a population
    ({**PERSON, "crf": {"hba1c_pct": 7.2}}, "health",
     {"region": "NW", "diabetic_pct": 7.2, "population": 120000}),
    # pregnancy as a yes/no field in Spanish; a French sick note's reason
    ({**PERSON, "embarazada": True}, "health",
     {"product": "bolso", "color": "verde"}),
    ({**PERSON, "motif_arret": "lumbago"}, "health",
     {**PERSON, "arret": "Gare du Nord"}),
    # a party activist's record; a word that only sounds political
    ({**PERSON, "militant": {"parti": "PCF", "depuis": 2011}}, "political_opinion",
     {**PERSON, "militaryService": "none"}),
    # a French candidate's support committee receiving a donation; a charity's
    ({"contribution": {"amount": 80, "recipient": "Comité de soutien Moreau 2027",
                       "donor": {"name": "Ines Vaszary"}}}, "political_opinion",
     {"contribution": {"amount": 80, "recipient": "Association Soleil des enfants",
                       "donor": {"name": "Ines Vaszary"}}}),
    # a count of sexual partners over a period; a count of business partners
    ({**PERSON, "sexual_partners_last_12m": 2}, "sex_life_orientation",
     {**PERSON, "business_partners_last_12m": 2}),
    # a Spanish genotype result; a type of plant
    ({**PERSON, "genotipo": {"HLA-B": "*57:01", "resultado": "presente"}}, "genetic",
     {**PERSON, "tipo": "suculenta"}),
    # a people named in the singular by one of its members; a tourist's trip there
    ({**PERSON, "note": "ich bin Sinto und wurde bei der Besichtigung abgewiesen"},
     "racial_ethnic_origin", {**PERSON, "note": "Besichtigung am Montag, 10 Uhr"}),
    ({**PERSON, "note": "je suis issue de la communauté kabyle"}, "racial_ethnic_origin",
     {**PERSON, "note": "je suis issue d'une famille de boulangers"}),
    ({**PERSON, "note": "mi familia es mapuche"}, "racial_ethnic_origin",
     {**PERSON, "note": "mi familia es de Temuco"}),
    # a vote stated informally; a reform talked about
    ({**PERSON, "note": "says she's voting Labour this time"}, "political_opinion",
     {**PERSON, "note": "the pension reform passed this time"}),
    ({**PERSON, "motivo": "afiliado al PSOE desde 2010"}, "political_opinion",
     {**PERSON, "motivo": "afiliado al gimnasio desde 2010"}),
    # sex between men in a clinician's shorthand; a team "with male partners" at work
    ({**PERSON, "note": "pt reports sex with male partners, PrEP discussed"},
     "sex_life_orientation", {**PERSON, "note": "works with male partners at the firm"}),
    # German skin and allergy conditions, a recognised degree of disability
    ({**PERSON, "note": "Sohn hat Neurodermitis, Attest anbei"}, "health",
     {**PERSON, "note": "Sohn hat Geburtstag, Kuchen anbei"}),
    ({**PERSON, "note": "GdB 50 wurde anerkannt"}, "health",
     {**PERSON, "note": "gdb 13.1 attached to the process"}),
]


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("document", "kind", "negative"), CASES,
                         ids=[f"{kind}-{number}" for number, (_, kind, _) in enumerate(CASES)])
def test_informal_wording_and_records(scanner: Scanner, document: dict[str, Any], kind: str,
                                      negative: dict[str, Any]) -> None:
    assert kind in kinds(scanner.scan_value(document))
    assert kind not in kinds(scanner.scan_value(negative))


@pytest.mark.clause("DATA-7")
def test_a_game_characters_faith_is_no_ones_religion(scanner: Scanner) -> None:
    hero = {"player": {"handle": "ember77", "hero": {"class": "Cleric", "faith": "Order of Dawn",
                                                       "mana": 40, "hp": 80}}}
    assert "religious_belief" not in kinds(scanner.scan_value(hero))
    member = {**PERSON, "faith": "Catholic"}
    assert "religious_belief" in kinds(scanner.scan_value(member))


@pytest.mark.clause("DATA-7")
def test_an_airline_form_of_payment_holds_a_card(scanner: Scanner) -> None:
    assert "payment_card" in kinds(scanner.scan_value({"fop": "CCVI4111111111111111/0928"}))
    # the same shape with a number that fails Luhn, and a cash payment
    assert "payment_card" not in kinds(scanner.scan_value({"fop": "CCVI4111111111111112/0928"}))
    assert "payment_card" not in kinds(scanner.scan_value({"fop": "CASH"}))


@pytest.mark.clause("DATA-7")
def test_coordinates_separated_by_a_semicolon(scanner: Scanner) -> None:
    found = kinds(scanner.scan_value({**PERSON, "lossLocation": "48.137154;11.576124"}))
    assert "precise_location" in found
    coarse = kinds(scanner.scan_value({**PERSON, "lossLocation": "48.13;11.57"}))
    assert "precise_location" not in coarse


@pytest.mark.clause("DATA-7")
def test_names_of_finishers_supervisees_and_chat_authors(scanner: Scanner) -> None:
    results = {"results": [{"pos": 1, "runner": "Ines Vaszary", "time": "00:41:10"}]}
    assert "person_name" in kinds(scanner.scan_value(results))
    ci_job = {"job": {"runner": "Shared Runner", "status": "ok"}}
    assert "person_name" not in kinds(scanner.scan_value(ci_job))
    file = {"supervisee": {"name": "Ines Vaszary", "case": "PB-1"}}
    assert "person_name" in kinds(scanner.scan_value(file))
    chat = {"messages": [{"from": "agent", "author": "Camille", "text": "Hi, how can I help?"}]}
    assert "person_name" in kinds(scanner.scan_value(chat))
    review = {"reviews": [{"rating": 2, "author": "Kundin", "text": "Zu laut."}]}
    assert "person_name" not in kinds(scanner.scan_value(review))


@pytest.mark.clause("DATA-7")
def test_church_tax_on_a_payslip_line(scanner: Scanner) -> None:
    payslip = {**PERSON, "Lohnarten": [{"code": "KiSt", "label": "Kirchensteuer ev",
                                        "amount": -28.4}]}
    assert "religious_belief" in kinds(scanner.scan_value(payslip))
    income_tax = {**PERSON, "Lohnarten": [{"code": "LSt", "label": "Lohnsteuer",
                                           "amount": -412.9}]}
    assert "religious_belief" not in kinds(scanner.scan_value(income_tax))


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize("text", ["the temp password is Kiwi_4471.",
                                  "le mdp provisoire est Gaufre_8842x",
                                  "Das Passwort lautet Sommer2024!",
                                  "la contraseña es Perro.Azul77"])
def test_a_password_given_in_a_sentence(scanner: Scanner, text: str) -> None:
    assert "credential" in kinds(scanner.scan_value({"note": text}))


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize("text", ["your password is incorrect", "password is 8 characters",
                                  "MDP est un processus de décision 2024",
                                  "the password is required."])
def test_sentences_about_passwords_hold_none(scanner: Scanner, text: str) -> None:
    assert "credential" not in kinds(scanner.scan_value({"note": text}))
