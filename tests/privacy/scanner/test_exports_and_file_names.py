"""Identifiers in delimited exports, e-mail addresses used as keys, document numbers under
a bare `document` key, and people's names and identifiers in file names."""

from __future__ import annotations

from typing import Any

import pytest

from charter.privacy.scanner import Scanner
from tests.privacy.scanner.cases import case_tests

_PAYROLL = ("personalnummer;name;steuer_id;iban;brutto\n"
            "P9958;Ruiz, Javier;93078475615;;3769.25\n"
            "P1661;Etxeberria, Guillermo;39660281577;;5352.75")

FOUND: list[tuple[str, Any, str]] = [
    # each cell of an export is judged as the value of its column's header
    ("steuer-id-column", {"result": {"content": _PAYROLL}}, "national_id"),
    ("dob-column", {"csv": "id,birth_date,plan\n17,1984-03-02,basic\n18,1990-12-30,pro"},
     "date_of_birth"),
    # a header's columns judge the cells of the rows beside it
    ("columns-dob", {"columns": ["name", "dob", "reason"],
                     "rows": [["Florian Gräfe", "1954-08-21", "follow-up"]]}, "date_of_birth"),
    ("columns-name", {"columns": ["name", "dob", "reason"],
                      "rows": [["Florian Gräfe", "1954-08-21", "follow-up"]]}, "person_name"),
    ("columns-phone", {"header": ["contact", "mobile"], "data": [["x", "+44 7700 900211"]]},
     "phone"),
    # statistics keyed by recipient: the keys are the addresses
    ("address-keys", {"recipients": {"herve.benali@mail.example.net": {"event": "opened"}}},
     "email"),
    ("address-key-scalar", {"opens": {"ana.ruiz@example.org": 3}}, "email"),
    # the document's type under a bare `document` key, its number beside it
    ("document-passport", {"right_to_work": {"document": "passport", "number": "558904828"}},
     "passport"),
    # a UK National Insurance number after an underscore in a file name
    ("nino-file-name", {"path": "payslips/2026-11/payslip_KA159060A.pdf"}, "national_id"),
    # a known given name beside a surname in a file name, in either order
    ("name-file-name", {"path": "hr/leavers/Moreau_Baptiste_exit_interview.docx"},
     "person_name"),
    ("cv-file-name", {"attachment": "CV_Lukas_Hoffmeister_2026.pdf"}, "person_name"),
]

NOT_FOUND: list[tuple[str, Any, str]] = [
    # a header that names no kind leaves the cells to the ordinary passes
    ("plain-export", {"csv": "sku;qty;price\nA-100;2;9.90\nB-200;1;4.50"}, "national_id"),
    # an empty column says nothing
    ("empty-column", {"csv": "id;steuer_id;plan\n1;;basic\n2;;pro"}, "national_id"),
    # a bare `name` column is a product's when no column holds a person's data
    ("columns-products", {"columns": ["name", "price", "stock"],
                          "rows": [["Anna Lamp", 49.0, 3], ["Oscar Chair", 120.0, 1]]},
     "person_name"),
    # a header row whose cells do not line up with the rows is not read as their header
    ("columns-misaligned", {"columns": ["name", "dob"], "rows": [["1954-08-21"]]},
     "date_of_birth"),
    # an asset's name with `@2x` is no address, as a key or as a value
    ("asset-key", {"assets": {"logo@2x.png": {"bytes": 1234}}}, "email"),
    # a document that is not an identity document
    ("document-invoice", {"attachment": {"document": "invoice", "number": "INV-20931"}},
     "passport"),
    # capitalised words in a file name that are no person's
    ("release-notes", {"path": "docs/Release_Notes_v2.pdf"}, "person_name"),
    ("no-extension", {"label": "Moreau_Baptiste"}, "person_name"),
    # a NINO's shape inside a longer token is none
    ("nino-inside", {"ref": "XKA159060A1"}, "national_id"),
]


test_found, test_not_found = case_tests(FOUND, NOT_FOUND)


@pytest.mark.clause("DATA-7")
def test_export_cells_point_at_the_export(scanner: Scanner) -> None:
    """A finding in an export's cell names the string holding the export, which the guard
    can redact as a whole."""
    findings = scanner.scan_value({"result": {"content": _PAYROLL}})
    paths = {finding.path for finding in findings if finding.kind == "national_id"}
    assert paths == {"$.result.content"}


@pytest.mark.clause("DATA-7")
def test_every_file_name_with_a_name_is_reported(scanner: Scanner) -> None:
    doc = {"files": [{"path": "hr/Moreau_Baptiste_exit.docx"}, {"path": "hr/overview.pdf"},
                     {"path": "hr/CV_Lukas_Hoffmeister.pdf"}]}
    paths = {finding.path for finding in scanner.scan_value(doc)
             if finding.kind == "person_name"}
    assert paths == {"$.files[0].path", "$.files[2].path"}
