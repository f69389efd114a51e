"""Telecom and utility self-service, insurance, field service and smart-home devices."""

from __future__ import annotations

from typing import Any

from .ctx import Ctx


def telecom_cdr(c: Ctx) -> Any:
    if c.clean:
        return {
            "cells": [
                {
                    "cell_id": c.hex(6),
                    "lac": c.rng.randint(100, 999),
                    "lat": c.coarse()[0],
                    "lon": c.coarse()[1],
                    "load": 0.6731,
                }
            ],
            "network_status": "healthy",
            "mac": "00:1a:2b:3c:4d:5e",
        }
    recs = []
    for _ in range(c.rng.randint(1, 3)):
        lat, lon = c.coords("cell_tower") if c.chance(0.5) else c.coarse()
        recs.append(
            ",".join(
                (
                    c.ts(5),
                    c.phone("calling"),
                    c.phone("called"),
                    str(c.rng.randint(5, 900)),
                    f"{lat}",
                    f"{lon}",
                )
            )
        )
    return {
        "export": "cdr",
        "columns": "start,calling,called,duration_s,lat,lon",
        "rows": recs,
        "imsi_hash": c.hex(40),
    }


def utility_account(c: Ctx) -> Any:
    if c.clean:
        return {
            "tariffs": [
                {"name": "Öko Strom 24", "unit_rate_ct": 31.4721, "standing_charge": "12.90"},
                {"name": "Fix Gas", "unit_rate_ct": 9.8512},
            ],
            "region": "Bremen",
        }
    f, last = c.person("account_holder")
    acct: dict[str, Any] = {
        "accountNumber": c.ref("ACC"),
        "holder": {"name": f"{f} {last}"},
        "supplyAddress": c.address_obj("camel"),
        "meter": {"mpan": c.hex(8), "lastRead": c.rng.randint(1000, 9999)},
        "payment": {"method": "direct_debit", "iban": c.iban()},
    }
    if c.chance(0.4):
        acct["priorityServices"] = {
            "registered": True,
            "needs": [
                c.pick(
                    ("dialysis at home", "oxygen concentrator", "stairlift - mobility impairment")
                )
            ],
        }
        c.add("health", "priority_services_register")
    if c.chance(0.3):
        acct["contactLog"] = [f"inbound call from {f}: " + c.trap()]
    return acct


def insurance_claim(c: Ctx) -> Any:
    if c.clean:
        return {
            "plans": [
                {
                    "code": "H-BRONZE",
                    "name": "Health Bronze",
                    "premium": "89.00",
                    "covers": ["physiotherapy", "dental"],
                },
                {
                    "code": "H-GOLD",
                    "name": "Health Gold",
                    "premium": "149.00",
                    "covers": ["mental health", "maternity"],
                },
            ],
            "currency": "EUR",
        }
    f, last = c.person("policyholder")
    claim: dict[str, Any] = {
        "claim_number": c.ref("CLM"),
        "policy": c.ref("POL"),
        "insured": {"first_name": f, "last_name": last, "birth_date": c.dob()},
        "loss": {"type": c.pick(("medical", "travel", "motor"))},
        "adjuster": c.pick(("auto-triage", "Motor Desk")),
    }
    if claim["loss"]["type"] == "motor":
        claim["loss"]["description"] = "rear-end collision at the roundabout"
        claim["loss"]["location"] = dict(zip(("lat", "lng"), c.coords("loss_site"), strict=True))
    else:
        claim["loss"]["description"] = c.text("health")
        claim["loss"]["icd10"] = c.pick(("S82.0", "M54.5", "O26.9"))
    if c.chance(0.4):
        claim["payout"] = {"iban": c.iban(), "amount": c.money()}
    return {
        "specversion": "1.0",
        "type": "com.example.claims.created",
        "source": "/claims",
        "id": c.uuid(),
        "time": c.ts(),
        "datacontenttype": "application/json",
        "data": claim,
    }


def field_job(c: Ctx) -> Any:
    job: dict[str, Any] = {
        "jobId": c.ref("WO"),
        "status": c.pick(("scheduled", "done")),
        "skill": c.pick(("boiler", "fibre", "meter")),
    }
    if c.clean:
        job["depot"] = {"name": "Leipzig Nord", "lat": c.coarse()[0], "lng": c.coarse()[1]}
        job["technician"] = c.pick(("Field Ops", "Contractor pool B"))
        job["notes"] = c.trap()
        return job
    f, last = c.person("customer")
    lat, lon = c.coords("job_site")
    job["customer"] = {"name": f"{f} {last}", "phone": c.phone()}
    job["site"] = {"address": c.address_str(), "geo": f"{lat},{lon}"}
    job["technician"] = c.name("technician", "initial")
    if c.chance(0.5):
        job["notes"] = c.pick(("dog in garden. ", "key safe 1234. ")) + (
            c.text("health", "en") if c.chance(0.5) else c.trap()
        )
    return job


def smart_home(c: Ctx) -> Any:
    ev: dict[str, Any] = {
        "deviceId": c.hex(16),
        "model": c.pick(("lock-pro-2", "thermo-x")),
        "fw": c.version(),
        "ts": c.epoch(),
    }
    if c.clean:
        ev["telemetry"] = {
            "temp": round(c.rng.uniform(18, 23), 4),
            "battery": 0.8125,
            "biometricUnlockEnabled": True,
            "rssi": -61,
        }
        return ev
    ev["event"] = "fingerprint.enrolled" if c.chance(0.4) else "door.unlocked"
    if ev["event"] == "fingerprint.enrolled":
        ev["template"] = {"format": "ISO 19794-2", "data": c.b64blob(120)}
        c.add("biometric", "fingerprint_template")
    else:
        ev["method"] = "fingerprint"
        ev["matchScore"] = 0.9731
        ev["user"] = c.first(detail="lock_user")
    if c.chance(0.5):
        lat, lon = c.coords("home")
        ev["home"] = {"latitude": lat, "longitude": lon}
    return ev
