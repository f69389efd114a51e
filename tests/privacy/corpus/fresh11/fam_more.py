"""Payroll runs, CI/CD variable listings and tax-form submissions."""

from __future__ import annotations

from typing import Any

from .values import Ctx

SECRET_KINDS = (
    "aws_key_id",
    "aws_secret",
    "github",
    "slack",
    "stripe",
    "gitlab",
    "google",
    "sendgrid",
    "npm",
    "webhook",
    "pem",
    "basic",
    "dsn",
    "bearer",
)


def payroll_run(c: Ctx) -> Any:
    p = not c.clean
    run: dict[str, Any] = {
        "run_id": c.uuid(),
        "period": f"2026-{c.num(1, 12):02d}",
        "currency": "EUR",
        "status": "approved",
        "employees": [],
    }
    for _ in range(c.num(1, 3)):
        line: dict[str, Any] = {
            "personnel_no": c.rid("P", 5),
            "gross": c.money(),
            "net": c.money(),
            "tax_class": c.num(1, 6),
        }
        if p:
            line["name"] = c.name(c.pick(("full", "last_first")))
            line["tax_id"] = c.national_id()[1]
            if c.lang == "de" and c.chance(0.6):
                line["kirchensteuermerkmal"] = c.church_tax()
            if c.chance(0.3):
                line["deductions"] = [
                    {"type": "union_dues", "payee": c.union(), "amount": c.money()}
                ]
            if c.chance(0.5):
                line["payout_iban"] = c.iban()
        else:
            line["deductions"] = [{"type": "health_insurance_employer", "amount": c.money()}]
        run["employees"].append(line)
    if not p:
        run["validation_errors"] = [
            {
                "field": "tax_id",
                "value": c.pick((c.bad_steuer_id, c.bad_nir, c.bad_ssn))(),
                "error": "checksum",
            },
            {"field": "iban", "value": c.bad_iban(), "error": "checksum"},
        ]
    return run


def ci_variables(c: Ctx) -> Any:
    p = not c.clean
    items: list[dict[str, Any]] = [
        {"key": "NODE_ENV", "value": "production", "masked": False, "protected": False},
        {
            "key": "GA_POPULATION",
            "value": "genetic-algorithm:200",
            "masked": False,
            "protected": False,
        },
    ]
    if p:
        for _ in range(c.num(1, 2)):
            kind = c.pick(SECRET_KINDS)
            items.append(
                {
                    "key": f"{kind.upper()}_TOKEN",
                    "value": c.secret(kind),
                    "masked": False,
                    "protected": True,
                    "environment_scope": "*",
                }
            )
    else:
        items.append(
            {"key": "DEPLOY_KEY_PUB", "value": c.public_key(), "masked": False, "protected": False}
        )
        items.append(
            {"key": "ADMIN_PASSWORD_HASH", "value": c.pw_hash(), "masked": False, "protected": True}
        )
        items.append({"key": "STRIPE_KEY", "value": c.masked(), "masked": True, "protected": True})
    c.rng.shuffle(items)
    return items


def tax_form(c: Ctx) -> Any:
    p = not c.clean
    form = {
        "en_us": "W-9",
        "en_gb": "P60",
        "de": "Lohnsteuerbescheinigung",
        "fr": "Attestation de droits",
        "es": "Modelo 145",
    }[c.locale]
    sub: dict[str, Any] = {
        "submission_id": c.uuid(),
        "form": form,
        "tax_year": 2026,
        "received": c.ts(),
        "employer": {"name": c.company(), "vat_id": c.vat_id()},
    }
    if p:
        kind, value = c.national_id()
        sub["taxpayer"] = {
            "name": c.name(),
            "id_type": kind,
            "id_number": value,
            "address": c.address(),
        }
        if c.chance(0.4):
            sub["taxpayer"]["dob"] = c.dob()
        if c.locale == "en_us" and c.chance(0.5):
            routing, account = c.us_account()
            sub["direct_deposit"] = {"routing_number": routing, "account_number": account}
    else:
        sub["template"] = {"id_number": "XXX-XX-XXXX", "help": "Enter your 9-digit number"}
        sub["rejected"] = [c.pick((c.bad_ssn, c.bad_nino, c.bad_dni, c.bad_nir))()]
    return sub
