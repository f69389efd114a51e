"""Envelopes and exports: Kafka batches, file manifests, tuple reports, background checks."""

from __future__ import annotations

import base64
import json
from typing import Any

from .ctx import Ctx


def kafka_batch(c: Ctx) -> Any:
    """Kafka records whose base64 value is shown decoded next to it by the consumer UI."""
    recs = []
    for off in range(c.rng.randint(1, 3)):
        if c.clean:
            inner: dict[str, Any] = {
                "orderId": c.ref("ORD"),
                "status": "shipped",
                "carrier": "DHL",
                "items": c.rng.randint(1, 4),
            }
        else:
            f, last = c.person("event_payload")
            inner = {"employee": f"{f} {last}", "event": "address.changed", "new": c.address_str()}
            if c.chance(0.4):
                inner["emergencyContactPhone"] = c.phone()
        raw = json.dumps(inner, ensure_ascii=False)
        recs.append(
            {
                "topic": c.pick(("hr.events", "orders.v2")),
                "partition": 0,
                "offset": 4000 + off,
                "key": c.hex(8),
                "value": base64.b64encode(raw.encode()).decode(),
                "valueDecoded": raw,
                "headers": [["ce_type", "com.example.changed"], ["ce_source", "/hr"]],
            }
        )
    return {"consumer": "debug-ui", "records": recs}


def export_manifest(c: Ctx) -> Any:
    files: list[dict[str, Any]] = []
    for _ in range(c.rng.randint(2, 4)):
        if c.clean:
            files.append(
                {
                    "path": c.pick(
                        (
                            "exports/2026-11/summary_by_ward.csv",
                            "img/logo@2x.png",
                            "reports/union_all_query.sql",
                            "docs/religion-and-belief-policy_v3.pdf",
                        )
                    ),
                    "size": c.rng.randint(1000, 90000),
                    "sha256": c.hex(64),
                }
            )
            continue
        roll = c.rng.randrange(3)
        if roll == 0:
            f, last = c.person("file_name")
            path = f"hr/leavers/{last}_{f}_exit_interview.docx".replace(" ", "_")
        elif roll == 1:
            _, nid = c.national_id(c.pick(("nino", "dni", "steuer_id")))
            path = f"payslips/2026-11/payslip_{nid.replace(' ', '')}.pdf"
        else:
            mail = c.email(detail="url_path")
            path = f"https://dms.example.org/share/{mail}/contract_signed.pdf"
        files.append({"path": path, "size": c.rng.randint(1000, 90000), "sha256": c.hex(64)})
    return {"manifest": {"bucket": "archive-eu", "generated": c.ts(), "files": files}}


def report_tuples(c: Ctx) -> Any:
    """A BI endpoint returning column names plus rows as arrays."""
    if c.clean:
        cols = ["ward", "cases_open", "median_days", "ratio"]
        rows = [
            [w, c.rng.randint(3, 90), c.rng.randint(1, 40), round(c.rng.random(), 4)]
            for w in ("Headingley", "Chapel Allerton", "Armley")
        ]
        return {"columns": cols, "rows": rows, "generated": c.ts()}
    cols = ["name", "dob", "reason", "contact"]
    rows = []
    for _ in range(c.rng.randint(1, 3)):
        rows.append(
            [
                c.name("tuple_cell"),
                c.dob(detail="tuple_cell"),
                c.text(c.pick(("health", "criminal_record", "trade_union"))),
                c.phone("tuple_cell") if c.chance(0.5) else None,
            ]
        )
    return {"columns": cols, "rows": rows, "generated": c.ts()}


def background_check(c: Ctx) -> Any:
    if c.clean:
        return {
            "package": {
                "id": c.hex(8),
                "name": "Employment + Education",
                "components": ["employment_verification", "education_verification", "sanctions"],
                "turnaround_days": 3,
            },
            "status": "active",
            "race_condition_retry": True,
        }
    f, last = c.person("candidate")
    rep: dict[str, Any] = {
        "report_id": c.hex(12),
        "candidate": {"name": f"{f} {last}", "dob": c.dob()},
        "status": "complete",
        "county_criminal_searches": [
            {
                "county": "Franklin, OH",
                "result": c.pick(("clear", "record found: misdemeanor theft (2015)")),
            }
        ],
    }
    c.add("criminal_record", "county_search")
    if c.chance(0.5):
        _, nid = c.national_id("ssn")
        rep["candidate"]["ssn"] = nid
    if c.chance(0.3):
        rep["candidate"]["email"] = c.email(f, last)
    if c.chance(0.3):
        rep["adjudicator"] = c.name("adjudicator", "initial")
    return {"type": "report.completed", "data": {"object": rep}}
