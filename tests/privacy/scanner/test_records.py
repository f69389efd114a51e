"""Record shapes: what keys say together (document type and number, DNA markers, body-part
measurements, payroll lines, canvassing), and the contexts that make a word mean something
else (race results, games, gene reference tables, catalogs, news items)."""

from __future__ import annotations

from typing import Any

import pytest

from charter.privacy.scanner import Scanner
from tests.privacy.scanner.conftest import kinds

FOUND: list[tuple[Any, str]] = [
    # Identity documents given as a type and a number.
    ({"traveller": {"document": {"type": "passport", "number": "C4JX81R27"}}}, "passport"),
    ({"documents": [{"kind": "PASSPORT", "value": "18AV52873", "country": "FR"}]},
     "passport"),
    ({"id_type": "Reisepass", "id_number": "C01X00T47"}, "passport"),
    ({"doc_type": "pasaporte", "doc_number": "PAB123456"}, "passport"),
    ({"idType": "national_id_card", "idNumber": "T22000129"}, "national_id"),
    ({"pieceIdentite": {"type": "carte d'identité", "numero": "X4RTBPF04"}}, "national_id"),
    ({"ausweis": {"typ": "Personalausweis", "nummer": "L01X00T47"}}, "national_id"),
    ({"documento": {"tipo": "DNI", "numero": "48213377"}}, "national_id"),
    ({"id_document": {"type": "SSN", "value": "471 23 9981"}}, "national_id"),
    # DNA profiles, genotypes, variants, pharmacogenomics.
    ({"profile": {"D8S1179": "13,14", "D21S11": "29,30", "TH01": "6,9.3", "FGA": [21, 24]}},
     "genetic"),
    ({"kit": "KX-2231", "markers": {"TH01": "7/9", "TPOX": "8/11", "vWA": "16/17"}},
     "genetic"),
    ({"user": "u_88", "snps": {"rs429358": "C/T", "rs7412": "CC"}}, "genetic"),
    ({"report": {"finding": "BRCA2 c.5946delT heterozygous"}}, "genetic"),
    ({"result": {"variant": "NM_007294.4:c.68_69delAG", "classification": "pathogenic"}},
     "genetic"),
    ({"pgx": {"CYP2C19": "*2/*17", "phenotype": "rapid"}}, "genetic"),
    ({"notes": "Patient is a CYP2D6 *4 carrier, poor metabolizer."}, "genetic"),
    ({"befund": "Trägerin der Mutation im BRCA1-Gen"}, "genetic"),
    # Biometric measurements under a body part's key or in an enrolment record.
    ({"subject": "S-1", "face": [0.021, -0.113, 0.442, 0.09, -0.31, 0.2, 0.07, -0.05, 0.3]},
     "biometric"),
    ({"enrolment": {"iris": "a3f09be1c2d47f5a6b8e9d0c1f2a3b4c5d6e7f8091a2b3c4d5e6f7a8b9c0d1e2"}},
     "biometric"),
    ({"capture": {"type": "voice", "template": "UklGRiQAAABXQVZFZm10IBAAAAABAAEA"}},
     "biometric"),
    ({"sample": {"trait": "palm_vein", "descriptor": "bW9kZWwtdjIuMS1wYWxtLXZlaW4tdGVtcGxh"}},
     "biometric"),
    ({"minutiae": [{"x": 112, "y": 87, "angle": 1.23, "type": "ending"}]}, "biometric"),
    # Canvassing and voter records, free text.
    ({"canvass": {"voter_id": "V-1182", "support_level": 4, "party": "Green"}},
     "political_opinion"),
    ({"visit": {"note": "Voter said she will vote Green in May."}}, "political_opinion"),
    ({"note": "Registered Republican, asked for a yard sign."}, "political_opinion"),
    ({"contact": {"notes": "Supports the Labour candidate, wants a postal vote."}},
     "political_opinion"),
    ({"wahlkreis": "081", "waehler": {"wahlabsicht": "SPD"}}, "political_opinion"),
    ({"electeur": {"intention_de_vote": "EELV"}}, "political_opinion"),
    ({"notas": "Simpatizante del PSOE, votará en noviembre."}, "political_opinion"),
    ({"member": {"party": "Liberal Democrats"}}, "political_opinion"),
    # Religion in forms of many shapes.
    ({"applicant": {"denomination": "Methodist"}}, "religious_belief"),
    ({"family": {"parish": "St. Anne"}}, "religious_belief"),
    ({"notes": "Attends the Sikh temple on Sundays."}, "religious_belief"),
    ({"guest": {"dietary": "halal meal for religious reasons"}}, "religious_belief"),
    ({"comment": "She observes Ramadan, please schedule after sunset."}, "religious_belief"),
    ({"Mitglied": {"Religionszugehörigkeit": "rk"}}, "religious_belief"),
    ({"fiche": {"appartenance_religieuse": "protestante"}}, "religious_belief"),
    ({"datos": {"Religión": "evangélica"}}, "religious_belief"),
    ({"kind": {"Erstkommunion": "2019-05-12", "note": "Erstkommunion in St. Marien"}},
     "religious_belief"),
    # Trade union in payroll shapes.
    ({"deductions": [{"code": "UNION", "amount": 21.5}]}, "trade_union"),
    ({"payslip": {"lines": [{"label": "Union dues", "amount": -18.0}]}}, "trade_union"),
    ({"Abzüge": [{"bezeichnung": "Gewerkschaftsbeitrag", "betrag": 24.1}]}, "trade_union"),
    ({"retenues": [{"libelle": "Cotisation syndicale", "montant": 12.0}]}, "trade_union"),
    ({"deducciones": [{"concepto": "Cuota sindical", "importe": 9.8}]}, "trade_union"),
    ({"empleado": {"afiliacionSindical": "CCOO"}}, "trade_union"),
    ({"salarie": {"appartenance_syndicale": "CFDT"}}, "trade_union"),
    # Foreign and accented key spellings.
    ({"person": {"ethnie": "kurde"}}, "racial_ethnic_origin"),
    ({"patient": {"herkunft": "türkisch"}}, "racial_ethnic_origin"),
    ({"perfil": {"orientación_sexual": "bisexual"}}, "sex_life_orientation"),
    ({"dossier": {"casier_judiciaire": "néant"}}, "criminal_record"),
    ({"bewerber": {"vorstrafen": "keine"}}, "criminal_record"),
    ({"race": "Black or African American", "employee_id": "E-9"}, "racial_ethnic_origin"),
]

NOT_FOUND: list[tuple[Any, str]] = [
    # A driving licence's number is not a national identifier.
    ({"identity": {"document_type": "DRIVERS_LICENSE", "document_number": "D4821-55903"}},
     "national_id"),
    ({"driver": {"licence_number": "MORGA753116SM9IJ", "dob": "1975-11-16"}}, "national_id"),
    ({"applicant": {"drivers_license": "F255-921-50-094-0", "state": "FL"}}, "national_id"),
    # Races that are run, and games.
    ({"results": [{"bib": 118, "race": "City 10K", "race_time": "00:41:12", "lap": 3}]},
     "racial_ethnic_origin"),
    ({"race_id": "R-2024-07", "race": "Monaco Grand Prix", "laps": 78}, "racial_ethnic_origin"),
    ({"player": {"character": {"race": "Elf", "class": "Mage", "level": 41, "xp": 88120}}},
     "racial_ethnic_origin"),
    ({"event": "match_end", "player_id": "p-7", "race": "Protoss", "kills": 12},
     "racial_ethnic_origin"),
    # Gene reference data with no person.
    ({"genes": [{"symbol": "BRCA1", "chromosome": "17", "start": 43044295, "end": 43125483,
                 "strand": "-", "biotype": "protein_coding"}], "source": "reference build"},
     "genetic"),
    ({"catalog": [{"rsid": "rs429358", "gene": "APOE", "chromosome": "19",
                   "assembly": "GRCh38"}]}, "genetic"),
    # Catalogs with no person.
    ({"products": [{"sku": "DNA-KIT-01", "name": "Ancestry DNA test kit", "price": 79.0}]},
     "genetic"),
    ({"plans": [{"plan_id": "GOLD-2", "premium": 412.0, "covers": "mental health, pregnancy"}]},
     "health"),
    # News items about parties, payroll with no union, other `type` records.
    ({"feed": [{"headline": "Labour party unveils manifesto", "publisher": "Wire",
                "summary": "The Labour party will vote on the plan."}]}, "political_opinion"),
    ({"deductions": [{"code": "PENSION", "amount": 80.0}, {"code": "TAX", "amount": 300}]},
     "trade_union"),
    ({"file": {"type": "pdf", "number": "A1234567"}}, "passport"),
    ({"payment": {"type": "card", "number": "A1234567"}}, "national_id"),
    ({"booking": {"party": 4, "party_size": 4}}, "political_opinion"),
    ({"contract": {"party": "Acme GmbH", "third_party": "Initech"}}, "political_opinion"),
    ({"tls": {"fingerprint": "a3f09be1c2d47f5a6b8e9d0c1f2a3b4c5d6e7f8091a2b3c4"}}, "biometric"),
    ({"product": {"herkunft": "Spanien", "sku": "ORG-1"}}, "racial_ethnic_origin"),
    ({"stats": {"fgm": 9, "fga": 17, "fg3a": 6}}, "genetic"),
    ({"face": "smiling", "emoji": "grin"}, "biometric"),
    ({"release": "v2.1", "notes": "Fixed c.5 crash; see rs2 docs"}, "genetic"),
]


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("doc", "kind"), FOUND, ids=[f"{k}-{i}" for i, (_, k)
                                                      in enumerate(FOUND)])
def test_the_record_shows_the_kind(scanner: Scanner, doc: Any, kind: str) -> None:
    assert kind in kinds(scanner.scan_value(doc))


@pytest.mark.clause("DATA-7")
@pytest.mark.parametrize(("doc", "kind"), NOT_FOUND, ids=[f"{k}-{i}" for i, (_, k)
                                                          in enumerate(NOT_FOUND)])
def test_the_context_says_otherwise(scanner: Scanner, doc: Any, kind: str) -> None:
    assert kind not in kinds(scanner.scan_value(doc))


def test_a_document_pair_reports_at_the_number(scanner: Scanner) -> None:
    found = scanner.scan_value({"document": {"type": "passport", "number": "C4JX81R27"}})
    assert [(f.path, f.kind) for f in found] == [("$.document.number", "passport")]


def test_a_passport_number_is_not_also_a_national_id(scanner: Scanner) -> None:
    found = scanner.scan_value({"id_type": "passport", "id_number": "X12345678"})
    assert kinds(found) == {"passport"}


def test_both_prefilters_agree_on_records_and_prose() -> None:
    """Prose cues point at single values with Hyperscan and at every value from the first
    cue without it: the findings must be the same."""
    import json
    from pathlib import Path

    fast, plain = Scanner("auto"), Scanner("python")
    corpus = Path(__file__).parent.parent / "corpus" / "dev.jsonl"
    docs = [json.loads(line)["doc"] for line in corpus.read_text().splitlines()]
    docs += [doc for doc, _ in FOUND + NOT_FOUND]
    docs += [{"note": "Spoke to M. Dupont at 4 Elm Ln about the Smith account."},
             {"a": "nothing here", "b": "Mrs Jane Okafor called from 12 rue de la Paix"}]
    for doc in docs:
        assert fast.scan_value(doc) == plain.scan_value(doc)
