"""Data shapes from systems plumbing: envelopes, logs, configs, rendered content."""

from __future__ import annotations

import base64
import json
from typing import Any

from .ctx import Ctx


def _contact(c: Ctx) -> dict[str, Any]:
    p = c.person()
    out: dict[str, Any] = {"name": p.full, "email": c.email(p)}
    if c.chance(0.5):
        out["phone"] = c.phone()
    if c.chance(0.3):
        out["note"] = c.say_any()
    return out


def graphql_people_response(c: Ctx) -> Any:
    edges = []
    for _ in range(c.num(1, 3)):
        p = c.person()
        node: dict[str, Any] = {"__typename": c.pick(["Member", "Volunteer"]), "id": c.token(
            12), "displayName": p.full, "primaryEmail": c.email(p)}
        if c.chance(0.4):
            node["unionMember"] = c.chance(0.5)
            c.tag("trade_union", "flag")
        if c.chance(0.3):
            node["notes"] = {"edges": [{"node": {"body": c.say_any()}}]}
        edges.append({"cursor": base64.b64encode(c.token(8).encode()).decode(), "node": node})
    return {"data": {"search": {"__typename": "SearchResultConnection", "edges": edges,
                                "pageInfo": {"hasNextPage": c.chance(0.5),
                                             "endCursor": c.token(12)}}},
            "extensions": {"cost": {"requestedQueryCost": c.num(10, 90)}}}


def bulk_api_ops(c: Ctx) -> Any:
    ops = []
    for i in range(c.num(2, 4)):
        op = c.pick(["create", "update", "delete"])
        entry: dict[str, Any] = {"op_id": i, "method": {"create": "POST", "update": "PATCH",
                                                        "delete": "DELETE"}[op],
                                 "path": f"/v2/contacts/{c.token(10)}"}
        if op != "delete":
            entry["body"] = _contact(c)
            if c.chance(0.3):
                entry["body"]["date_of_birth"] = c.dob("iso")
        ops.append(entry)
    return {"atomic": c.chance(0.5), "operations": ops}


def event_sourcing_envelope(c: Ctx) -> Any:
    event = c.pick(["CustomerRegistered", "BeneficiaryUpdated", "PaymentMethodAdded"])
    body: dict[str, Any]
    if event == "PaymentMethodAdded":
        body = {"customer": c.uuid()}
        if c.chance(0.5):
            body["iban"] = c.iban()
        else:
            body["pan"] = c.card(sep="")
    else:
        body = _contact(c)
        if event == "BeneficiaryUpdated":
            body["address"] = c.address()
    payload = base64.b64encode(json.dumps(body, ensure_ascii=False).encode()).decode()
    return {"specversion": "1.0", "type": f"com.example.{event}", "source": "/crm",
            "id": c.uuid(), "time": c.ts(), "datacontenttype": "application/json",
            "data_base64": payload, "sequence": c.num(1, 9000)}


def kafka_message(c: Ctx) -> Any:
    inner: dict[str, Any] = {"op": c.pick(["c", "u"]), "ts_ms": 1_740_000_000_000 + c.num(
        0, 10**9), "after": _contact(c)}
    if c.chance(0.4):
        inner["after"]["ip"] = c.ip()
    return {"topic": c.pick(["crm.public.contacts", "casework.events.v2"]),
            "partition": c.num(0, 11), "offset": c.num(1000, 900_000), "key": c.uuid(),
            "headers": {"schema-id": str(c.num(10, 400)), "trace": c.hexs(32)},
            "value": json.dumps(inner, ensure_ascii=c.chance(0.5))}


def audit_log(c: Ctx) -> Any:
    entries = []
    for _ in range(c.num(2, 4)):
        actor = c.someone(c.lang)
        action = c.pick(["user.login", "user.password_changed", "record.viewed",
                         "export.created"])
        entry: dict[str, Any] = {"at": c.ts(), "actor": c.email(actor, work=True),
                                 "action": action, "src_ip": c.ip()}
        if action == "user.password_changed":
            entry["changes"] = {"password": ["[REDACTED]", "[REDACTED]"]}
        if action == "record.viewed":
            entry["record"] = {"type": "case", "subject": c.name()}
        entries.append(entry)
    if c.chance(0.3):
        entries.append({"at": c.ts(), "action": "user.login_failed", "src_ip": c.ip(),
                        "request_body": {"username": c.pick(["ops_admin", "svc-sync"]),
                                         "password": c.secret("password")}})
    return {"tenant": c.pick(["leeds-cc", "stadt-koeln"]), "entries": entries}


def yaml_config_string(c: Ctx) -> Any:
    lines = ["service: casework-api", "replicas: 3", "database:"]
    if c.chance(0.6):
        lines.append(f"  url: {c.secret('conn')}")
    else:
        lines.append("  url: postgresql://app_rw:${DB_PASSWORD}@db.internal:5432/casework")
    lines += ["  pool: 20", "mail:"]
    if c.chance(0.5):
        lines.append(f"  admin: {c.email(work=True)}")
    if c.chance(0.5):
        lines.append(f"  smtp_password: {c.secret('password')}")
    else:
        lines.append("  smtp_password_ref: vault:kv/mail#password")
    lines.append(f"log_level: {c.pick(['info', 'debug'])}")
    return {"repo": "infra-config", "path": "apps/casework/values.yaml", "ref": c.hexs(40),
            "content": "\n".join(lines) + "\n"}


def ci_job_env(c: Ctx) -> Any:
    env: dict[str, Any] = {"CI": "true", "GITHUB_TOKEN": "***", "NODE_VERSION": "20.11.1"}
    leaked = c.pick(["aws", "github", "npm", "slack", "google", "gitlab", "sendgrid"])
    if leaked == "aws":
        env["AWS_ACCESS_KEY_ID"] = c.secret("aws-key-id")
        env["AWS_SECRET_ACCESS_KEY"] = c.secret("aws-secret")
    else:
        env[{"github": "GH_PAT", "npm": "NPM_TOKEN", "slack": "SLACK_BOT_TOKEN",
             "google": "MAPS_API_KEY", "gitlab": "GITLAB_TOKEN",
             "sendgrid": "SENDGRID_API_KEY"}[leaked]] = c.secret(
            {"github": c.pick(["github", "github-pat"])}.get(leaked, leaked))
    return {"run_id": c.num(10_000, 99_999), "job": "deploy", "runner": "ubuntu-22.04",
            "env_dump": env, "log_tail": [f"+ printenv | sort  # step {c.num(3, 9)}",
                                          "Deploying to production..."]}


def k8s_secret_manifest(c: Ctx) -> Any:
    def b64(value: str) -> str:
        return base64.b64encode(value.encode()).decode()

    data = {"DB_PASSWORD": b64(c.secret("password"))}
    if c.chance(0.5):
        data["STRIPE_KEY"] = b64(c.secret("stripe"))
    if c.chance(0.4):
        data["tls.key"] = b64(c.secret("pem"))
    return {"apiVersion": "v1", "kind": "Secret", "type": "Opaque",
            "metadata": {"name": "casework-secrets", "namespace": "prod"}, "data": data}


def html_email_render(c: Ctx) -> Any:
    p = c.person()
    addr = c.address_line()
    dear = c.k("Dear", "Liebe/r", "Chère/Cher", "Estimado/a")
    to = c.k("Your parcel will be delivered to", "Ihr Paket geht an",
             "Votre colis sera livré au", "Su paquete se entregará en")
    ask = c.k("Questions? Call", "Fragen? Ruf an:", "Une question ? Appelez le",
              "¿Dudas? Llame al")
    html = (f"<p>{dear} {p.given},</p><p>{to} <strong>{addr}</strong>.</p>"
            f"<p>{ask} {c.phone()}</p><img src=\"logo@2x.png\" alt=\"\">")
    return {"template": "delivery_notice", "locale": c.lang, "to": c.email(p), "html": html}


def markdown_ticket(c: Ctx) -> Any:
    reporter = c.person(c.lang)
    heading = c.k("Summary", "Zusammenfassung", "Résumé", "Resumen")
    todo = c.k("call back", "Rückruf", "rappeler", "llamar")
    by = c.k("reported by", "gemeldet von", "signalé par", "reportado por")
    body = (f"## {heading}\n\n{c.note(c.num(1, 2))}\n\n- [ ] {todo} {c.phone()}\n\n"
            f"_{by} {reporter.full}_")
    return {"issue": {"key": f"CASE-{c.num(100, 9999)}", "fields": {
        "summary": c.pick(["client follow-up", "Rückfrage Antrag", "relance dossier"]),
        "description": body, "assignee": {"displayName": c.name(c.lang)},
        "labels": ["casework"]}}}


def multipart_upload(c: Ctx) -> Any:
    boundary = "----WebKitFormBoundary" + c.token(16)
    p = c.person()
    parts = [("full_name", p.full), ("email", c.email(p))]
    if c.chance(0.6):
        parts.append(("passport_number", c.passport()))
    if c.chance(0.4):
        parts.append(("date_of_birth", c.dob("iso")))
    text = "".join(f"--{boundary}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n"
                   f"{v}\r\n" for k, v in parts)
    text += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"scan\"; "
             f"filename=\"scan.jpg\"\r\nContent-Type: image/jpeg\r\n\r\n<binary>\r\n"
             f"--{boundary}--\r\n")
    return {"method": "POST", "path": "/api/applications",
            "headers": {"content-type": f"multipart/form-data; boundary={boundary}"},
            "body": text}


def webhook_delivery(c: Ctx) -> Any:
    doc: dict[str, Any] = {
        "endpoint": "https://hooks.partner.example/charter",
        "headers": {"X-Signature-256": "sha256=" + c.hexs(64), "X-Event": "donation.created"},
        "payload": {"donation": {"amount": c.money(5, 250), "currency": "GBP",
                                 "donor": _contact(c),
                                 "campaign": c.pick(["winter appeal", "school meals appeal"])}},
        "attempt": c.num(1, 5),
    }
    if c.chance(0.5):
        doc["config"] = {"signing_secret": c.secret("webhook")}
    return doc


def access_log_lines(c: Ctx) -> Any:
    lines = []
    for _ in range(c.num(2, 5)):
        path = c.pick(["/api/v1/health", "/api/v1/cases", "/static/app.3f9a.js"])
        if c.chance(0.3):
            path = f"/api/v1/lookup?email={c.email(c.someone())}"
        lines.append(f'{c.ip()} - - [{c.num(1, 28)}/Mar/2025:{c.num(10, 23)}:'
                     f'{c.num(10, 59)}:{c.num(10, 59)} +0000] "GET {path} HTTP/1.1" '
                     f'{c.pick([200, 200, 304, 404])} {c.num(120, 9000)} "-" '
                     f'"Mozilla/5.0 (X11; Linux x86_64) Chrome/124.0.6367.91"')
    if c.chance(0.3):
        lines.append(f'{c.ip()} - - [02/Mar/2025:11:02:03 +0000] "POST /oauth/token '
                     f'HTTP/1.1" 200 88 "-" "curl/8.5.0" auth="{c.secret("bearer")}"')
    return {"source": "nginx", "host": "gw-2", "lines": lines}
