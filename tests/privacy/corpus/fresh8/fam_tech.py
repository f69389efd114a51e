"""Infrastructure, logs, auth, web forms, telemetry and logistics payloads."""

from __future__ import annotations

import base64
import json
from typing import Any
from urllib.parse import quote

from . import fill
from .ctx import Ctx


def ci_workflow(c: Ctx) -> Any:
    env: dict[str, str] = {"NODE_ENV": "production", "REGION": "eu-central-1"}
    flavour = c.pick(["aws", "github", "npm", "gitlab", "sendgrid", "slack"])
    env[{"aws": "AWS_ACCESS_KEY_ID", "github": "GH_TOKEN", "npm": "NPM_TOKEN",
         "gitlab": "GITLAB_TOKEN", "sendgrid": "SENDGRID_API_KEY",
         "slack": "SLACK_BOT_TOKEN"}[flavour]] = c.credential(flavour)
    if flavour == "aws":
        env["AWS_SECRET_ACCESS_KEY"] = c.credential("aws_secret")
    env["SIGNING_KEY_REF"] = "${{ secrets.SIGNING_KEY }}"
    return {"name": "deploy", "on": {"push": {"branches": ["main"]}},
            "jobs": {"release": {"runs-on": "ubuntu-24.04", "env": env,
                                 "steps": [{"uses": "actions/checkout@v4"},
                                           {"run": "make release"}]}}}


def k8s_secret(c: Ctx) -> Any:
    c.mark("credential", "credential:k8s-secret")
    pwd = fill.b64(c.rng, 18)
    return {"apiVersion": "v1", "kind": "Secret", "type": "Opaque",
            "metadata": {"name": c.pick(["db-creds", "smtp-auth", "payments-api"]),
                         "namespace": c.pick(["prod", "staging"])},
            "data": {"username": base64.b64encode(b"app").decode(),
                     "password": base64.b64encode(pwd.encode()).decode()}}


def dotenv_blob(c: Ctx) -> Any:
    lines = [f"APP_VERSION={fill.semver(c.rng)}", "LOG_LEVEL=info",
             f"DATABASE_URL={c.credential('dsn')}"]
    if c.chance(0.5):
        lines.append(f"STRIPE_SECRET_KEY={c.credential(c.pick(['stripe', 'stripe_rk']))}")
    if c.chance(0.3):
        lines.append(f"GOOGLE_MAPS_KEY={c.credential('google')}")
    return {"file": ".env.production", "uploaded_by": "ci", "content": "\n".join(lines)}


def _log_line(c: Ctx, ip: str, path: str) -> str:
    return (f'{ip} - - [{fill.timestamp(c.rng)}] "GET {path} HTTP/1.1" '
            f"{c.pick([200, 302, 404])} {c.rng.randint(200, 90000)}")


def access_log(c: Ctx) -> Any:
    lines = []
    for _ in range(c.rng.randint(2, 4)):
        path = c.pick(["/api/v2/orders", "/static/app.js", f"/health?build={fill.semver(c.rng)}"])
        lines.append(_log_line(c, c.ip(), path))
    if c.chance(0.4):
        ip = c.ip(False)
        address = quote(c.email(c.person(named=False)))
        lines.append(_log_line(c, ip, f"/unsubscribe?email={address}"))
    return {"source": "nginx", "host": fill.short_code(c.rng, "web-", 3).lower(), "lines": lines}


def auth_log(c: Ctx) -> Any:
    return {"event": "api.request", "at": fill.timestamp(c.rng), "client_ip": c.ip(),
            "request": {"method": "POST", "path": "/v1/reports",
                        "headers": {"Authorization": c.credential(c.pick(["bearer", "basic"])),
                                    "User-Agent": f"reporter/{fill.semver(c.rng)}"}},
            "latency_ms": c.rng.randint(5, 900)}


def webhook_delivery(c: Ctx) -> Any:
    p = c.person()
    return {"endpoint": "https://hooks.partner.example/charter",
            "signing_secret": c.credential("webhook"),
            "payload": {"event": "customer.created",
                        "customer": {"name": p.full, "email": c.email(p)}},
            "attempt": c.rng.randint(1, 4)}


def graphql_signup(c: Ctx) -> Any:
    p = c.person()
    return {"operationName": "CreateUser",
            "query": "mutation CreateUser($input: NewUser!) { createUser(input: $input) { id } }",
            "variables": {"input": {"displayName": p.full, "email": c.email(p),
                                    "birthDate": c.dob("iso"),
                                    "password": c.credential("password")}}}


def form_encoded(c: Ctx) -> Any:
    p = c.person()
    fields = [("first_name", p.given), ("last_name", p.family), ("email", c.email(p)),
              ("phone", c.phone())]
    if c.chance(0.5):
        fields.append(("password", c.credential("password")))
    if c.chance(0.4):
        fields.append(("message", c.special()))
    body = "&".join(f"{k}={quote(v)}" for k, v in fields)
    return {"content_type": "application/x-www-form-urlencoded", "body": body,
            "received": fill.timestamp(c.rng)}


def sentry_error(c: Ctx) -> Any:
    p = c.person(named=False)
    return {"event_id": fill.hexstr(c.rng, 32), "level": "error",
            "exception": {"type": "ValidationError", "value": f"duplicate email {c.email(p)}"},
            "user": {"ip_address": c.ip(), "username": fill.ident(c.rng, "u_", 6)},
            "request": {"url": "https://app.example.io/signup",
                        "cookies": {"session": fill.hexstr(c.rng, 32)}},
            "release": f"web@{fill.semver(c.rng)}"}


def oidc_tokens(c: Ctx) -> Any:
    return {"access_token": c.credential("jwt"), "token_type": "Bearer", "expires_in": 3600,
            "refresh_token": fill.b64(c.rng, 40).replace("/", "_").replace("+", "-"),
            "scope": "openid profile email"}


def aws_sts(c: Ctx) -> Any:
    c.mark("credential", "credential:aws")
    return {"Credentials": {"AccessKeyId": "ASIA" + fill.short_code(c.rng, "", 16),
                            "SecretAccessKey": fill.b64(c.rng, 40),
                            "SessionToken": fill.b64(c.rng, 120),
                            "Expiration": fill.timestamp(c.rng)},
            "AssumedRoleUser": {"Arn": "arn:aws:sts::role/ci-deployer"}}


def mobile_analytics(c: Ctx) -> Any:
    lat, lon = c.coords()
    return {"events": [{"name": "screen_view", "screen": "map"},
                       {"name": "location_update", "geo": f"{lat}, {lon}"}],
            "device": {"ad_id": fill.uuid(c.rng), "os": f"iOS {c.rng.randint(16, 18)}.1",
                       "ip": c.ip()}}


def iot_home(c: Ctx) -> Any:
    lat, lon = c.coords()
    return {"thing": fill.short_code(c.rng, "therm-", 6).lower(),
            "reported": {"temp_c": round(c.rng.uniform(17, 24), 4),
                         "humidity": round(c.rng.uniform(0.3, 0.6), 4),
                         "home": {"latitude": lat, "longitude": lon}},
            "owner_email": c.email(c.person(named=False)), "fw": fill.build_version(c.rng)}


def ride_trip(c: Ctx) -> Any:
    a, b = c.coords(), c.coords()
    return {"trip": fill.uuid(c.rng), "rider": c.name("given"), "driver": c.name("initial"),
            "pickup": {"type": "Point", "coordinates": [a[1], a[0]]},
            "dropoff": {"type": "Point", "coordinates": [b[1], b[0]]},
            "fare": fill.money(c.rng, 6, 60), "rating": c.rng.randint(3, 5)}


def courier_pings(c: Ctx) -> Any:
    pings = []
    for _ in range(3):
        lat, lon = c.coords()
        pings.append({"t": fill.epoch(c.rng), "lat": lat, "lon": lon})
    return {"courier": c.name(), "vehicle": "bike", "pings": pings}


def order_shipping(c: Ctx) -> Any:
    p = c.person()
    return {"shipment": fill.short_code(c.rng, "SHP", 9),
            "recipient": {"name": p.full, "phone": c.phone(), "address": c.address()},
            "parcel": {"weight_kg": round(c.rng.uniform(0.2, 12), 2), "ean": fill.ean13(c.rng)},
            "ship_date": fill.date(c.rng)}


def password_reset(c: Ctx) -> Any:
    p = c.person(named=False)
    doc: dict[str, Any] = {"action": "password.reset", "user_email": c.email(p), "ip": c.ip(),
                           "old_hash": fill.bcrypt_hash(c.rng)}
    c.decoy("bcrypt-hash")
    if c.chance(0.6):
        doc["debug"] = {"new_password": c.credential("password")}
    return doc


def crm_csv_export(c: Ctx) -> Any:
    rows = ["name,email,phone,city"]
    for _ in range(c.rng.randint(2, 4)):
        p = c.person()
        rows.append(f"\"{p.full}\",{c.email(p)},{c.phone()},{c.pick(['Leeds', 'Lyon'])}")
    return {"export": "contacts.csv", "rows": len(rows) - 1, "csv": "\n".join(rows)}


def newsletter_signup(c: Ctx) -> Any:
    p = c.person()
    c.decoy("politics-topic")
    return {"list": "weekly", "subscriber": {"email": c.email(p), "first_name": p.given},
            "topics": c.pick([["politics", "economy"], ["religion", "culture"]]),
            "double_opt_in": True}


def chat_webhook_json_in_string(c: Ctx) -> Any:
    """A log record where the request body is JSON stored as a string (escaped)."""
    p = c.person()
    body = {"customer": {"name": p.full, "card": c.card("plain")}, "amount": 49.9}
    return {"level": "warn", "msg": "payment body logged", "body": json.dumps(body)}


FAMILIES = [
    ("ci_workflow", ci_workflow, 5),
    ("k8s_secret", k8s_secret, 3),
    ("dotenv_blob", dotenv_blob, 3),
    ("access_log", access_log, 3),
    ("auth_log", auth_log, 3),
    ("webhook_delivery", webhook_delivery, 3),
    ("graphql_signup", graphql_signup, 2),
    ("form_encoded", form_encoded, 4),
    ("sentry_error", sentry_error, 2),
    ("oidc_tokens", oidc_tokens, 3),
    ("aws_sts", aws_sts, 2),
    ("mobile_analytics", mobile_analytics, 3),
    ("iot_home", iot_home, 3),
    ("ride_trip", ride_trip, 3),
    ("courier_pings", courier_pings, 2),
    ("order_shipping", order_shipping, 2),
    ("password_reset", password_reset, 3),
    ("crm_csv_export", crm_csv_export, 2),
    ("newsletter_signup", newsletter_signup, 2),
    ("logged_payment_body", chat_webhook_json_in_string, 3),
]
