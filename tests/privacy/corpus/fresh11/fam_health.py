"""FHIR R4 resources, HL7v2 messages, insurance claims, lab genetics and biometric enrolment."""

from __future__ import annotations

from typing import Any

from . import pools
from .util import body
from .values import Ctx


def _patient(c: Ctx) -> dict[str, Any]:
    first, last = c.parts()
    res: dict[str, Any] = {
        "resourceType": "Patient",
        "id": c.rid("", 10),
        "name": [{"use": "official", "family": last, "given": [first]}],
        "gender": c.pick(("female", "male", "other")),
        "birthDate": c.birth().isoformat(),
    }
    c.tag("date_of_birth", "fhir")
    if c.chance(0.5):
        res["telecom"] = [
            {"system": "phone", "value": c.phone()},
            {"system": "email", "value": c.email(first, last)},
        ]
    if c.chance(0.5):
        res["address"] = [{"line": [c.street_line()], "city": c.city()[0]}]
    if c.chance(0.2):
        res["extension"] = [
            {
                "url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race",
                "valueString": c.ethnicity(),
            }
        ]
    return res


def fhir_bundle(c: Ctx) -> Any:
    if c.clean:
        return {
            "resourceType": "CapabilityStatement",
            "status": "active",
            "date": c.day(),
            "fhirVersion": "4.0.1",
            "format": ["json"],
            "rest": [
                {
                    "mode": "server",
                    "resource": [
                        {"type": t, "interaction": [{"code": "read"}]}
                        for t in ("Patient", "Condition", "Observation")
                    ],
                }
            ],
        }
    pat = _patient(c)
    entries: list[dict[str, Any]] = [{"resource": pat}]
    ref = {"reference": f"Patient/{pat['id']}"}
    code, label = c.condition()
    entries.append(
        {
            "resource": {
                "resourceType": "Condition",
                "subject": ref,
                "clinicalStatus": {"coding": [{"code": "active"}]},
                "code": {
                    "coding": [
                        {"system": "http://hl7.org/fhir/sid/icd-10", "code": code, "display": label}
                    ]
                },
            }
        }
    )
    if c.chance(0.5):
        entries.append(
            {
                "resource": {
                    "resourceType": "MedicationStatement",
                    "subject": ref,
                    "status": "active",
                    "medicationCodeableConcept": {"text": c.medication()},
                }
            }
        )
    if c.chance(0.3):
        entries.append(
            {"resource": {"resourceType": "Practitioner", "name": [{"text": c.name("title")}]}}
        )
    if c.chance(0.3):
        entries.append(
            {
                "resource": {
                    "resourceType": "Observation",
                    "subject": ref,
                    "code": {"text": "Genotype"},
                    "valueString": "rs1801133 TT",
                }
            }
        )
        c.tag("genetic", "observation")
    return {"resourceType": "Bundle", "type": "searchset", "total": len(entries), "entry": entries}


def hl7_message(c: Ctx) -> Any:
    stamp = c.when().strftime("%Y%m%d%H%M")
    msh = f"MSH|^~\\&|EPIC|HOSP|LAB|HOSP|{stamp}||ADT^A01|{c.rid('', 8)}|P|2.5"
    if c.clean:
        return {"channel": "hl7-inbound", "status": "ACK", "raw": msh + f"\rMSA|AA|{c.rid('', 8)}"}
    first, last = c.parts()
    b = c.birth().strftime("%Y%m%d")
    c.tag("date_of_birth", "hl7")
    code, label = c.condition()
    segs = [
        msh,
        f"PID|1||{c.rid('', 8)}^^^HOSP||{last.upper()}^{first.upper()}||{b}|F",
        f"DG1|1||{code}^{label}^I10",
    ]
    if c.chance(0.4):
        segs.append(f"AL1|1|DA|^{c.allergy()}")
    if c.chance(0.3):
        doc_first, doc_last = c.parts()
        segs.insert(2, f"PV1|1|I|WARD4^12^B||||{c.rid('', 5)}^{doc_last}^{doc_first}")
    return {"channel": "hl7-inbound", "received": c.ts(), "raw": "\r".join(segs)}


def insurance_claim(c: Ctx) -> Any:
    p = not c.clean
    claim: dict[str, Any] = {
        "claimNumber": c.rid("CLM-", 9).upper(),
        "status": "adjudicated",
        "serviceDate": c.day(),
        "billed": c.money(),
        "allowed": c.money(),
        "payer": c.company(),
        "plan": {"name": "Gold PPO 2026", "premium_employer_health": c.money()},
    }
    if p:
        claim["member"] = {"name": c.name(), "memberId": c.rid("", 9).upper(), "dob": c.dob()}
        code, label = c.condition()
        claim["diagnosisCodes"] = [code]
        claim["lines"] = [{"cpt": "99213", "description": "Office visit", "diagnosis": label}]
        claim["provider"] = {"name": c.name("title"), "npi": c.digits(10)}
        if c.chance(0.3):
            claim["memberNote"] = body(c, ("health",), 0.9)
    else:
        claim["plan"]["covered_services"] = ["allergy testing", "mental health counselling"]
    return claim


def genetic_report(c: Ctx) -> Any:
    p = not c.clean
    if not p:
        return {
            "dataset": "gene-reference",
            "assembly": "GRCh38",
            "genes": [
                {"symbol": g, "chrom": f"chr{c.num(1, 22)}", "start": c.num(10000, 99999)}
                for g in c.rng.sample(pools.GENE_SYMBOLS, 3)
            ],
        }
    rep: dict[str, Any] = {
        "report_id": c.uuid(),
        "lab": "Helix Genomics",
        "issued": c.day(),
        "subject": {"name": c.name("full"), "sex": "F"},
    }
    if c.chance(0.5):
        rep["genotypes"] = c.genotypes()
    else:
        rep["str_profile"] = c.str_profile()
        rep["purpose"] = "paternity"
    if c.chance(0.3):
        rep["clinical_summary"] = c.special("health", "en")
    return rep


def biometric_enrolment(c: Ctx) -> Any:
    p = not c.clean
    ev: dict[str, Any] = {
        "device_id": c.rid("door-", 6),
        "site": c.pick(pools.PLACES),
        "event": "enrol",
        "at": c.ts(),
        "firmware": c.version(),
        "tls_fingerprint": c.hexs(64),
    }
    if p:
        ev["employee"] = {"badge": c.rid("B", 6), "name": c.name("last_first")}
        kind = c.pick(("finger", "face", "iris", "voice", "text", "text", "text"))
        if kind == "finger":
            ev["template"] = {"format": "ISO19794-2", "data": c.fingerprint()}
        elif kind == "face":
            ev["template"] = {"format": "arcface-512", "embedding": c.face_embedding()}
        elif kind == "iris":
            ev["template"] = {"format": "iriscode", "data": c.iris_code()}
        elif kind == "voice":
            ev["template"] = {"format": "voiceprint-v2", "data": c.voiceprint()}
        else:
            langs = c.rng.sample(("en", "de", "fr", "es"), 2)
            ev["controller_log"] = [c.special("biometric", lang) for lang in langs]
    else:
        ev["event"] = "auth"
        ev["result"] = {"method": "fingerprint", "match_score": 0.91, "granted": True}
    return ev
