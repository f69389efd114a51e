"""Infrastructure families (personal): OAuth, secrets, CI, Kubernetes, logs, errors, webhooks, \
exports, API envelopes."""

from __future__ import annotations

import base64
from typing import TYPE_CHECKING, Any

from .common import add_focus, jdump, put

if TYPE_CHECKING:
    from collections.abc import Callable

    from .ctx import Ctx


def oauth_flow(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    step = c.pick(["token", "userinfo", "authorize_log"])
    if step == "token":
        doc: dict[str, Any] = {
            "endpoint": "/oauth2/token",
            "response": {
                "access_token": c.secret("jwt"),
                "token_type": "Bearer",
                "expires_in": 3600,
                "refresh_token": c.secret("password") if False else "rt_" + c.alnum(40),
            },
        }
        c.tag("credential", "refresh_token")
        if c.chance(0.5):
            doc["request"] = {
                "grant_type": "client_credentials",
                "client_id": "cli_" + c.hexs(12),
                "client_secret": c.secret("client_secret"),
            }
    elif step == "userinfo":
        p = c.person(lang)
        doc = {
            "endpoint": "/userinfo",
            "response": {
                "sub": c.uuid(),
                "name": c.name(p),
                "email": c.email(p),
                "email_verified": True,
                "locale": lang,
            },
        }
        if c.chance(0.4):
            doc["response"]["birthdate"] = c.dob(lang, iso=True)
    else:
        doc = {
            "log": (
                f"{c.ts()} INFO authorize client_id=cli_{c.hexs(10)} ip={c.ip()} "
                f"user={c.email()} scope=openid"
            )
        }
    add_focus(c, doc, lang, p_text=0.3)
    return doc


def secrets_manager(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    kind = c.pick(
        [
            "aws",
            "stripe",
            "sendgrid",
            "github_pat",
            "conn",
            "pem",
            "google",
            "npm",
            "gitlab",
            "slack",
        ]
    )
    val = c.secret(kind)
    doc: dict[str, Any] = {
        "ARN": (
            f"arn:aws:secretsmanager:eu-central-1:{c.hexs(4)}:secret:"
            f"{c.pick(['prod/payments', 'ci/deploy', 'rag/db'])}-{c.alnum(6)}"
        ),
        "Name": c.pick(["prod/payments", "ci/deploy", "rag/db"]),
        "VersionId": c.uuid(),
        "SecretString": jdump({"value": val}) if c.chance(0.6) else val,
        "CreatedDate": c.ts(),
    }
    if kind == "aws":
        doc["SecretString"] = jdump(
            {"aws_access_key_id": val, "aws_secret_access_key": c.secret("aws_secret")}
        )
    add_focus(c, doc, lang, p_text=0.2)
    return doc


def ci_log(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    lines = [
        f"{c.ts()} [build] Step 3/9 : RUN pip install -r requirements.txt",
        f"{c.ts()} [build] Successfully built {c.hexs(12)}",
    ]
    if c.chance(0.7):
        lines.append(
            f"{c.ts()} [deploy] export "
            f"{c.pick(['STRIPE_KEY', 'SENDGRID_API_KEY', 'NPM_TOKEN', 'GITLAB_TOKEN'])}="
            f"{c.secret(c.pick(['stripe', 'sendgrid', 'npm', 'gitlab', 'github']))}"
        )
    if c.chance(0.5):
        lines.append(f"{c.ts()} [test] fixture user {c.email()} created from {c.ip()}")
    if c.chance(0.3):
        lines.append(
            f"{c.ts()} [deploy] curl -H 'Authorization: {c.secret('bearer')}' https://api.internal/health"
        )
    doc: dict[str, Any] = {
        "pipeline": c.pick(["deploy-prod", "nightly", "pr-4821"]),
        "job": c.n(1000, 99999),
        "log": "\n".join(lines),
    }
    add_focus(c, doc, lang, p_text=0.6)
    return doc


def k8s_object(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    if c.chance(0.6):
        data: dict[str, Any] = {
            c.pick(["DB_PASSWORD", "API_TOKEN", "SMTP_PASSWORD"]): base64.b64encode(
                c.pw().encode()
            ).decode()
        }
        c.tag("credential", "k8s_secret")
        doc: dict[str, Any] = {
            "apiVersion": "v1",
            "kind": "Secret",
            "metadata": {"name": c.pick(["rag-db", "claims-api", "mailer"]), "namespace": "prod"},
            "type": "Opaque",
            "data": data,
        }
        if c.chance(0.4):
            doc["metadata"]["annotations"] = {"owner": c.email(kind="work")}
    else:
        doc = {
            "apiVersion": "v1",
            "kind": "ConfigMap",
            "metadata": {"name": "alerting", "namespace": "ops"},
            "data": {
                "ONCALL_EMAIL": c.email(kind=c.pick(["work", "role"])),
                "ONCALL_PHONE": c.phone(),
            },
        }
    add_focus(c, doc.setdefault("metadata", {}).setdefault("annotations", {}), lang, p_text=0.7)
    return doc


def access_log(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    lines = []
    for _ in range(c.n(2, 5)):
        lines.append(
            f'{c.ip()} - - [{c.ts()}] "GET /api/v2/{c.pick(["claims", "patients", "chat"])}'
            f'/{c.hexs(8)} HTTP/1.1" {c.pick([200, 200, 404, 500])} {c.n(200, 9000)}'
        )
    if c.chance(0.4):
        lines.append(f'{c.ip()} - - [{c.ts()}] "GET /reset?email={c.email()} HTTP/1.1" 302 0')
    doc: dict[str, Any] = {"source": c.pick(["nginx", "envoy", "kong"]), "lines": lines}
    add_focus(c, doc, lang, p_text=0.6)
    return doc


def audit_log(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    ev: dict[str, Any] = {
        "ts": c.ts(),
        "actor": {"email": c.email(kind="work"), "ip": c.ip()},
        "action": c.pick(["record.view", "record.export", "consent.withdraw"]),
        "target": {"type": c.pick(["patient", "claimant", "employee"]), "id": c.hexs(10)},
    }
    if c.chance(0.5):
        ev["target"]["display"] = c.name()
    add_focus(c, ev, lang, p_text=0.3)
    return {"audit": [ev], "stream": "siem-export"}


def error_report(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    body: dict[str, Any] = {}
    for k in c.focus or ["email"]:
        kk, v = c.field(k, lang)
        put(body, kk, v)
    doc: dict[str, Any] = {
        "event_id": c.hexs(32),
        "level": "error",
        "exception": {
            "type": "ValidationError",
            "value": "field rejected by upstream",
            "stacktrace": [
                'File "app/handlers.py", line 88, in submit',
                'File "app/client.py", line 41, in post',
            ],
        },
        "request": {
            "method": "POST",
            "url": "https://api.example-gov.eu/v1/applications",
            "headers": {"X-Request-Id": c.uuid()},
            "data": jdump(body),
        },
    }
    if c.chance(0.5):
        doc["request"]["headers"]["Authorization"] = c.secret("bearer")
    if c.chance(0.4):
        doc["user"] = {"ip_address": c.ip()}
    return doc


def webhook_delivery(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    payload: dict[str, Any] = {
        "event": c.pick(["customer.updated", "application.submitted", "payment.failed"]),
        "data": {},
    }
    p = c.person(lang)
    payload["data"]["name"] = c.name(p)
    if payload["event"] == "payment.failed" and c.chance(0.6):
        payload["data"]["card"] = {"number": c.card(), "exp": f"{c.n(1, 12):02d}/{c.n(27, 31)}"}
    add_focus(c, payload["data"], lang, p_text=0.3)
    doc: dict[str, Any] = {
        "delivery": c.uuid(),
        "url": "https://hooks.partner.example/in",
        "attempt": c.n(1, 5),
        "status": c.pick([200, 500, 408]),
        "body": jdump(payload),
    }
    if c.chance(0.4):
        doc["signing_secret"] = c.secret("webhook")
    return doc


def csv_export(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    cols = ["id", "name", "email"]
    extra = [
        k
        for k in c.focus
        if k
        in (
            "phone",
            "date_of_birth",
            "postal_address",
            "national_id",
            "bank_account",
            "ip_address",
            "person_name",
            "email",
        )
    ]
    special = [k for k in c.focus if k not in extra]
    rows = []
    for i in range(c.n(2, 4)):
        r = [str(i + 1), c.name(), c.email()]
        for k in extra:
            r.append(
                {
                    "phone": lambda: c.phone(c.country(lang)),
                    "date_of_birth": lambda: c.dob(lang, iso=True),
                    "postal_address": lambda: c.address(c.country(lang)).replace(",", ""),
                    "national_id": lambda: c.natid(lang),
                    "bank_account": lambda: c.iban(grouped=False),
                    "ip_address": lambda: c.ip(),
                    "person_name": lambda: c.name(),
                    "email": lambda: c.email(),
                }[k]()
            )
        rows.append(",".join(f'"{x}"' for x in r))
    header = ",".join(cols + extra)
    doc: dict[str, Any] = {
        "export": c.pick(["members.csv", "claimants.csv", "attendees.csv"]),
        "format": "text/csv",
        "content": header + "\n" + "\n".join(rows),
    }
    for k in special:
        kk, v = c.field(k, lang)
        put(doc, kk, v)
    return doc


def ndjson_export(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    recs = []
    for _ in range(c.n(2, 3)):
        r: dict[str, Any] = {"id": c.hexs(8), "name": c.name()}
        recs.append(r)
    add_focus(c, recs[0], lang, p_text=0.3)
    return {
        "job": "export-" + c.hexs(6),
        "content_type": "application/x-ndjson",
        "body": "\n".join(jdump(r) for r in recs),
    }


def graphql_response(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    user: dict[str, Any] = {"__typename": "Person", "id": c.uuid(), "displayName": c.name()}
    if c.chance(0.5):
        user["contact"] = {"email": c.email(), "phone": c.phone()}
    add_focus(c, user, lang, p_text=0.3)
    return {"data": {"person": user}, "extensions": {"cost": c.n(1, 40), "traceId": c.hexs(16)}}


def jsonapi_odata(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    attrs: dict[str, Any] = {"full-name": c.name()}
    add_focus(c, attrs, lang, p_text=0.3)
    if c.chance(0.5):
        return {
            "data": {"type": "applicants", "id": c.hexs(8), "attributes": attrs},
            "links": {"self": f"/applicants/{c.hexs(8)}"},
            "meta": {"cursor": c.b64(24)},
        }
    return {
        "@odata.context": "$metadata#Applicants/$entity",
        "@odata.etag": f'W/"{c.hexs(12)}"',
        **attrs,
    }


def bulk_export(c: Ctx) -> dict[str, Any]:
    """A larger NDJSON/CSV member export (3–8 KB)."""  # noqa: RUF002
    lang = c.lg()
    country = c.country(lang)
    rows = []
    union = c.chance(0.5)
    for i in range(c.n(18, 30)):
        p = c.person(lang)
        r: dict[str, Any] = {
            "member_no": f"M{c.n(1000, 9999)}-{c.hexs(3)}",
            "name": c.name(p),
            "email": c.email(p, kind="personal"),
            "joined": c.day(c.n(2005, 2025)),
        }
        if i % 3 == 0:
            r["phone"] = c.phone(country)
        if union:
            r["branch"] = c.pick(
                ["Health North", "Bezirk Köln-Bonn", "UL Lyon Est", "Sector Sanidad Madrid"]
            )
        rows.append(r)
    if union:
        c.tag("trade_union", "member_list")
    doc: dict[str, Any] = {
        "export": c.pick(["union-members", "volunteers", "newsletter-subscribers"])
        if not union
        else "union-members",
        "rows": len(rows),
        "format": "ndjson",
        "body": "\n".join(jdump(r) for r in rows),
    }
    add_focus(c, doc, lang, p_text=0.5)
    return doc


FAMILIES: list[tuple[str, Callable[[Ctx], dict[str, Any]], int]] = [
    ("oauth_flow", oauth_flow, 8),
    ("secrets_manager", secrets_manager, 8),
    ("ci_log", ci_log, 8),
    ("k8s_object", k8s_object, 8),
    ("access_log", access_log, 8),
    ("audit_log", audit_log, 8),
    ("error_report", error_report, 8),
    ("webhook_delivery", webhook_delivery, 8),
    ("csv_export", csv_export, 8),
    ("ndjson_export", ndjson_export, 7),
    ("graphql_response", graphql_response, 8),
    ("jsonapi_odata", jsonapi_odata, 7),
    ("bulk_export", bulk_export, 6),
]
