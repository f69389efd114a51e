"""Special categories in reports with a header, applications with ranked choices, recognition
reports, delimited exports and notes about votes, unions, descent, partners and prison."""

from __future__ import annotations

from typing import Any

import pytest

from charter.privacy.scanner import SPECIAL_CATEGORY, Scanner
from tests.privacy.scanner.conftest import kinds

_VECTOR = "qM8QfxRd8yARhOtfvnYL/HsP7rQbYl1ov5Mdil3kP0aZ+Lw7QfN2cXmB9dE4sTu1"

FOUND: list[tuple[str, dict[str, Any], str]] = [
    # a report's `rows` under a header naming a person's column are people's records
    ("report-union", {"columns": ["employee", "birth_date", "comment"],
                      "rows": [["Jon Ander", "1980-02-11", "afiliado a UGT desde 2019"]]},
     "trade_union"),
    ("report-health", {"header": ["name", "email", "note"],
                       "rows": [["Ines Vidal", "ines@example.org", "takes insulin twice daily"]]},
     "health"),
    # an application's ranked choices, each with its outcome, are no form's options
    ("choices-disability", {"choices": [{"programme": "M100", "status": "conditional"}],
                            "disability": "Visual impairment"}, "health"),
    ("choices-conviction", {"choices": [{"course": "B200", "outcome": "rejected"}],
                            "unspentConvictions": True}, "criminal_record"),
    # a recognition report naming its kind and model, the vector written in base64
    ("vector-b64", {"checks": [{"name": "face_embedding", "vector_base64": _VECTOR,
                                "model": "insightface-buffalo_l"}]}, "biometric"),
    ("template-hex", {"modality": "fingerprint", "template_hex": "4a1f9c" * 8}, "biometric"),
    ("haplogroups", {"customer": {"name": "Ana Ruiz"},
                     "haplogroups": {"mtdna": "H1c", "ydna": "I2a"}}, "genetic"),
    ("header-filled", {"export": "id;name;konfession\n7;Weber, Jan;rk\n8;Kurz, Eva;"},
     "religious_belief"),
    ("voted-reform", {"note": "Dad voted Reform at the by-election"}, "political_opinion"),
    ("voting-green", {"note": "says she's voting green in May"}, "political_opinion"),
    ("militant-rn", {"note": "militante RN depuis 2020"}, "political_opinion"),
    ("donacion", {"comment": "hice una donación a Sumar el año pasado"}, "political_opinion"),
    ("beitrag", {"note": "IG Metall, Beitrag wird monatlich abgebucht"}, "trade_union"),
    ("afilie", {"note": "me afilié a CCOO en enero"}, "trade_union"),
    ("ela", {"note": "afiliada a ELA, delegada en la planta"}, "trade_union"),
    ("descent", {"note": "she is of Roma descent"}, "racial_ethnic_origin"),
    ("stammt", {"note": "Herr Nowak stammt aus einer Familie der Sinti"},
     "racial_ethnic_origin"),
    ("civil-partnership", {"household": [{"relation": "partner",
                                          "note": "same-sex partnership since 2015"}]},
     "sex_life_orientation"),
    ("beide", {"message": "meine Frau und ich, wir sind beide Frauen, suchen eine Wohnung"},
     "sex_life_orientation"),
    ("both-men", {"message": "my husband and I are both men, is that a problem?"},
     "sex_life_orientation"),
    ("sort-de-prison", {"note": "son frère sort de prison la semaine prochaine"},
     "criminal_record"),
    ("sortie", {"note": "logement demandé à sa sortie de prison"}, "criminal_record"),
    ("sectioned", {"statement": "she has been sectioned twice since 2019"}, "health"),
    ("naproxen", {"sms": "back pain again, GP gave me naproxen"}, "health"),
]


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("doc", "kind"), [(doc, kind) for _, doc, kind in FOUND],
                         ids=[name for name, _, _ in FOUND])
def test_the_category_is_found(scanner: Scanner, doc: dict[str, Any], kind: str) -> None:
    assert kind in kinds(scanner.scan_value(doc))


NOT_FOUND: list[tuple[str, dict[str, Any]]] = [
    # a code table's rows, its header naming no person's column, name no one
    ("code-table", {"columns": ["code", "label"],
                    "rows": [["F32", "depressive episode"], ["E11", "type 2 diabetes"]]}),
    ("rows-only", {"rows": [["CCOO", "afiliado a CCOO"], ["UGT", "afiliado a UGT"]]}),
    # a form's options, even beside a health key's name
    ("options", {"choices": [{"label": "Dyslexia", "value": "dys"}], "key": "disability"}),
    ("choice-strings", {"choices": ["Visual impairment", "None"], "name": "disability"}),
    # an encoded attachment beside a model that recognises no one
    ("attachment-b64", {"name": "scan.pdf", "data_b64": _VECTOR, "model": "clip-vit-b32"}),
    ("haplogroup-catalog", {"catalog": {"haplogroups": ["L3e", "R1b", "H1c"]}}),
    # a census refusal code under an ethnicity key
    ("nobt", {"pupil": {"forename": "Iker"}, "ethnicity": "NOBT"}),
    ("refu", {"pupil": {"forename": "Ana"}, "ethnicity": "REFU"}),
    # an export's header above columns no row fills
    ("header-empty", {"export": "id;name;konfession;gewerkschaft;brutto\n"
                                "7;Weber, Jan;;;3100.00\n8;Kurz, Eva;;;2950.50"}),
    # a product's module named after a category
    ("module", {"convictions_module": "disabled", "health_module": "enabled"}),
    ("plugin", {"religion_plugin": "off"}),
    # a reform and a green that are no party
    ("reform-bill", {"note": "the council voted on the pension reform bill"}),
    ("green-light", {"note": "board voted to give the green light"}),
    ("ps-postscript", {"note": "PS: the militant tone of the poster was a joke"}),
    # a city, not a people; a contribution that is no union's
    ("stammt-aus-rom", {"note": "die Familie stammt aus Rom"}),
    ("beitrag-blog", {"note": "neuer Beitrag im Blog über die GEW-Studie"}),
    ("both-men-team", {"note": "the two candidates are both men over fifty"}),
    ("prison-visit", {"note": "la sortie scolaire au musée de la prison"}),
]


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize("doc", [doc for _, doc in NOT_FOUND],
                         ids=[name for name, _ in NOT_FOUND])
def test_no_category_where_there_is_none(scanner: Scanner, doc: dict[str, Any]) -> None:
    assert not kinds(scanner.scan_value(doc)) & SPECIAL_CATEGORY
