"""Hospital, pharmacy, lab and wellness systems."""

from __future__ import annotations

from typing import Any

from .ctx import Ctx

ICD = (
    ("E11.9", "Type 2 diabetes mellitus"),
    ("J45.909", "Asthma, unspecified"),
    ("F41.1", "Generalized anxiety disorder"),
    ("I10", "Essential hypertension"),
)


def fhir_bundle(c: Ctx) -> Any:
    if c.clean:
        return {
            "resourceType": "Bundle",
            "type": "searchset",
            "total": 2,
            "entry": [
                {
                    "resource": {
                        "resourceType": "Organization",
                        "id": c.hex(8),
                        "name": "St. Mary's Hospital Trust",
                        "active": True,
                    }
                },
                {
                    "resource": {
                        "resourceType": "Medication",
                        "id": c.hex(8),
                        "code": {
                            "coding": [
                                {
                                    "system": "http://www.nlm.nih.gov/research/umls/rxnorm",
                                    "code": "860975",
                                    "display": "metformin 500 MG Oral Tablet",
                                }
                            ]
                        },
                        "status": "active",
                    }
                },
            ],
        }
    f, last = c.person("fhir_human_name")
    pid = c.hex(10)
    patient: dict[str, Any] = {
        "resourceType": "Patient",
        "id": pid,
        "gender": c.pick(("female", "male")),
        "name": [{"use": "official", "family": last, "given": [f]}],
        "birthDate": c.dob(),
    }
    if c.chance(0.5):
        patient["telecom"] = [{"system": "phone", "value": c.phone()}]
    code, disp = c.pick(ICD)
    c.add("health", "fhir_condition")
    entries = [
        patient,
        {
            "resourceType": "Condition",
            "id": c.hex(8),
            "subject": {"reference": f"Patient/{pid}"},
            "code": {
                "coding": [
                    {"system": "http://hl7.org/fhir/sid/icd-10", "code": code, "display": disp}
                ]
            },
            "clinicalStatus": {"coding": [{"code": "active"}]},
            "recordedDate": c.day(),
        },
    ]
    if c.chance(0.5):
        entries.append(
            {
                "resourceType": "Observation",
                "id": c.hex(8),
                "status": "final",
                "code": {"text": "Hemoglobin A1c"},
                "valueQuantity": {"value": round(c.rng.uniform(5, 9), 1), "unit": "%"},
                "performer": [{"display": "Dr. " + c.name("practitioner")}],
            }
        )
    if c.chance(0.3):
        entries.append(
            {
                "resourceType": "Observation",
                "code": {"text": "Ethnicity"},
                "valueCodeableConcept": {
                    "text": c.pick(("Hispanic or Latino", "White British", "Roma"))
                },
            }
        )
        c.add("racial_ethnic_origin", "fhir_observation")
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [{"fullUrl": f"urn:uuid:{c.uuid()}", "resource": e} for e in entries],
    }


def hl7_message(c: Ctx) -> Any:
    ctl = c.hex(10).upper()
    if c.clean:
        msg = (
            f"MSH|^~\\&|LAB|GENHOSP|EPIC|GENHOSP|20261130091500||ACK^R01|{ctl}|P|2.5.1\r"
            f"MSA|AA|{ctl}|Message accepted"
        )
        return {"channel": "hl7-inbound", "status": "processed", "raw": msg}
    f, last = c.person("hl7_pid")
    dob = c.dob_date()
    c.add("date_of_birth", "hl7_pid7")
    line, pc, city = c.street(detail="hl7_pid11")
    code, disp = c.pick(ICD)
    c.add("health", "hl7_dg1")
    msg = (
        f"MSH|^~\\&|ADT|GENHOSP|LAB|GENHOSP|20261130091500||ADT^A01|{ctl}|P|2.5.1\r"
        f"PID|1||{c.rng.randint(100000, 999999)}^^^GENHOSP^MR||{last.upper()}^{f}||"
        f"{dob.strftime('%Y%m%d')}|F|||{line}^^{city}^^{pc}\r"
        f"PV1|1|I|WARD4^12^B\r"
        f"DG1|1||{code}^{disp}^I10"
    )
    return {
        "channel": "hl7-inbound",
        "status": c.pick(("processed", "error")),
        "raw": msg,
        "receivedAt": c.ts(),
        "error": None,
    }


def pharmacy_rx(c: Ctx) -> Any:
    if c.clean:
        return {
            "formulary": "2026-Q4",
            "items": [
                {
                    "pzn": "0" + str(c.rng.randint(1000, 9999)),
                    "name": "Ibuprofen 400mg",
                    "otc": True,
                    "allergens": ["lactose"],
                },
                {
                    "pzn": "0" + str(c.rng.randint(1000, 9999)),
                    "name": "Cetirizin 10mg",
                    "otc": True,
                    "allergens": [],
                },
            ],
            "updatedBy": "formulary-sync",
        }
    f, last = c.person("patient")
    drug = c.pick(
        ("Sertraline 50mg", "Levothyroxin 75µg", "Truvada 200/245mg", "Methotrexate 2.5mg")
    )
    c.add("health", "prescription")
    rx = {
        "prescriptionId": c.uuid(),
        "status": "dispensed",
        "patient": {"name": f"{f} {last}", "dob": c.dob(fmt="local")},
        "medication": {"display": drug, "quantity": 28},
        "prescriber": {"name": "Dr " + c.name("prescriber", "initial"), "gmc": "7012345"},
        "pharmacist_note": c.text("health") if c.chance(0.4) else "collected in store",
    }
    return {"event": "prescription.dispensed", "data": rx}


def wellness_workout(c: Ctx) -> Any:
    points = []
    for _ in range(c.rng.randint(2, 4)):
        if c.clean:
            lat, lon = c.coarse()
        else:
            lat, lon = c.coords("gps_track")
        points.append([lon, lat])
    act: dict[str, Any] = {
        "id": c.hex(12),
        "type": c.pick(("Run", "Ride", "Walk")),
        "distance_m": c.rng.randint(1000, 20000),
        "avg_hr": c.rng.randint(110, 170),
        "route": {"type": "LineString", "coordinates": points},
        "device": {"model": "Forerunner 265", "firmware": c.version()},
    }
    if c.clean:
        act["athlete"] = {"handle": "runner_" + c.hex(5), "visibility": "followers"}
        act["weather"] = {"temp_c": round(c.rng.uniform(1, 20), 4), "humidity": 0.7134}
        return act
    act["athlete"] = {"display_name": c.name("display_name")}
    if c.chance(0.5):
        act["journal"] = c.text("health", c.pick((c.lang, "en")))
    return act


def genetics_lab(c: Ctx) -> Any:
    if c.clean:
        return c.pick(
            (
                {
                    "gene": "CFTR",
                    "chrom": "7",
                    "start": 117480025,
                    "end": 117668665,
                    "transcripts": ["NM_000492.4"],
                    "source": "RefSeq",
                },
                {
                    "optimizer": "genetic_algorithm",
                    "population": 200,
                    "mutation_rate": 0.0125,
                    "crossover": "uniform",
                    "generations": 500,
                    "seed": c.rng.randint(1, 999),
                },
            )
        )
    f, last = c.person("sample_owner")
    res: dict[str, Any] = {
        "sampleId": c.ref("SMP"),
        "subject": {"name": f"{f} {last}", "sex": "F"},
        "panel": "PGx-12",
        "calls": [
            {"rsid": "rs4244285", "genotype": c.pick(("G/A", "A/A"))},
            {"rsid": "rs1057910", "genotype": "A/C"},
        ],
    }
    c.add("genetic", "snp_calls")
    if c.chance(0.4):
        res["interpretation"] = "CYP2C19 poor metabolizer - avoid clopidogrel, consider prasugrel"
        c.add("health", "medication_advice")
    if c.chance(0.3):
        res["comment"] = c.text("genetic")
    return res
