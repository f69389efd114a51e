"""Observability: Sentry, Bugsnag, OpenTelemetry, log lines, slow queries, flags, DLQs."""

from typing import Any

from .common import app, otlp_attrs, q, query, sentry_base, slug
from .doc import Doc, Json, dumps

MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _clf_time(d: Doc) -> str:
    t = d.dt()
    return f"{t.day:02d}/{MONTHS_EN[t.month - 1]}/{t.year}:{t.strftime('%H:%M:%S')} +0000"


def sentry_signup_breadcrumbs(d: Doc) -> Json:
    ev = sentry_base(d)
    email = d.email()
    crumbs: list[dict[str, Any]] = [
        {
            "category": "navigation",
            "data": {"from": "/", "to": "/signup"},
            "timestamp": d.epoch_s(),
        },
        {
            "category": "ui.input",
            "message": f"input[name=email] value={email}",
            "timestamp": d.epoch_s(),
        },
    ]
    if d.chance(0.6):
        crumbs.append(
            {
                "category": "ui.input",
                "message": f"input[name=password] value={d.password()}",
                "timestamp": d.epoch_s(),
            }
        )
    if d.chance(0.4):
        crumbs.append(
            {
                "category": "ui.input",
                "message": f"input[name=phone] value={d.phone()}",
                "timestamp": d.epoch_s(),
            }
        )
    crumbs.append(
        {
            "category": "fetch",
            "data": {"method": "POST", "url": "/api/v1/signup", "status_code": 422},
            "timestamp": d.epoch_s(),
        }
    )
    ev["breadcrumbs"] = {"values": crumbs}
    ev["exception"] = {"values": [{"type": "ValidationError", "value": "signup rejected: 422"}]}
    ev["user"] = {"ip_address": d.ip(), "email": email}
    ev["request"] = {"url": "https://app.example-shop.com/signup", "method": "POST"}
    return ev


def sentry_scrubbed(d: Doc) -> Json:
    """An event after the SDK's beforeSend: some values were filtered, others slipped through."""
    ev = sentry_base(d, "python")
    email = d.email()
    pw = d.password()
    ev["request"] = {
        "url": "https://api.example-app.io/v2/account",
        "method": "PUT",
        "data": {"email": email, "password": pw, "display_name": d.name()},
        "headers": {"User-Agent": d.ua()},
    }
    ev["user"] = {"id": f"u_{d.hex(8)}", "ip_address": d.ip()}
    # the scrubber
    ev["request"]["data"]["password"] = "[Filtered]"
    d.scrub(pw)
    if d.chance(0.6):
        ev["request"]["data"]["email"] = "[Filtered]"
        d.scrub(email)
    if d.chance(0.5):
        ev["user"].pop("ip_address")
        d.scrub(next(m.literal for m in d.marks if m.kind == "ip_address"))
    note = d.text_any(0.25)
    ev["message"] = f"Account update failed for display name change; note: {note}"
    return ev


def bugsnag_crash_input(d: Doc) -> Json:
    text = d.text_any(0.3)
    ev: dict[str, Any] = {
        "apiKey": "[REDACTED]",
        "payloadVersion": "5",
        "notifier": {"name": "Bugsnag Android", "version": d.version()},
        "events": [
            {
                "exceptions": [
                    {
                        "errorClass": "java.lang.IllegalStateException",
                        "message": f"Cannot render draft: '{text}'",
                        "stacktrace": [
                            {
                                "file": "ComposerViewModel.kt",
                                "lineNumber": d.rng.randint(10, 500),
                                "method": "render",
                            },
                        ],
                    }
                ],
                "severity": "error",
                "unhandled": True,
                "app": {"id": f"com.{slug(app(d, 'social'))}", "version": d.version()},
                "device": {"osVersion": "14", "manufacturer": "Google", "model": "Pixel 8"},
                "user": {"id": f"u_{d.hex(10)}"},
                "metaData": {"draft": {"length": len(text), "locale": d.locale()}},
            }
        ],
    }
    if d.chance(0.4):
        ev["events"][0]["user"]["email"] = d.email()
    return ev


def otel_log_record(d: Doc) -> Json:
    body = d.text_any(0.25)
    attrs: dict[str, Json] = {
        "log.source": "support-intake",
        "http.client_ip": d.ip(),
        "enduser.id": f"u_{d.hex(10)}",
    }
    if d.chance(0.4):
        attrs["enduser.email"] = d.email()
    return {
        "resourceLogs": [
            {
                "resource": {
                    "attributes": otlp_attrs(
                        {"service.name": "support-api", "deployment.environment": "prod"}
                    )
                },
                "scopeLogs": [
                    {
                        "logRecords": [
                            {
                                "timeUnixNano": d.epoch_ns(),
                                "severityText": "INFO",
                                "body": {"stringValue": f"ticket created: {body}"},
                                "attributes": otlp_attrs(attrs),
                                "traceId": d.hex(32),
                            }
                        ]
                    }
                ],
            }
        ]
    }


def otel_span_http(d: Doc) -> Json:
    host = f"api.{slug(app(d, d.pick(['retail', 'fintech', 'social'])))}.com"
    params: dict[str, Any] = {"lang": d.lang}
    secret_in_url = d.chance(0.5)
    if secret_in_url:
        params["access_token"] = d.jwt()
    if d.chance(0.6):
        params["email"] = d.enc(d.email())
    path = d.pick(["/v1/me", "/v1/orders", "/v1/export"])
    attrs: dict[str, Json] = {
        "http.request.method": "GET",
        "url.full": f"https://{host}{path}?{query(params)}",
        "http.response.status_code": d.pick([200, 401, 500]),
        "client.address": d.ip(),
        "user_agent.original": d.ua(),
    }
    return {
        "traceId": d.hex(32),
        "spanId": d.hex(16),
        "name": f"GET {path}",
        "kind": "SPAN_KIND_SERVER",
        "startTimeUnixNano": d.epoch_ns(),
        "attributes": otlp_attrs(attrs),
        "status": {"code": "STATUS_CODE_UNSET"},
    }


def datadog_log_line(d: Doc) -> Json:
    t = d.ts()
    svc = d.pick(["checkout", "auth", "notifications", "profile"])
    parts = [f"{t} INFO [{svc}] dd.trace_id={d.rng.randint(100000, 999999)}"]
    parts.append(f"client_ip={d.ip()}")
    if d.chance(0.6):
        parts.append(f"user_email={d.email()}")
    if d.chance(0.4):
        parts.append(f"phone={d.phone(compact=True)}")
    if d.chance(0.25):
        parts.append(f'msg="{d.say_special()}"')
    else:
        parts.append(f'msg="{d.pick(["order placed", "session refreshed", "push queued"])}"')
    return " ".join(parts)


def elk_access_log(d: Doc) -> Json:
    ip = d.ip4()
    variant = d.pick(["reset", "unsubscribe", "search", "invite"])
    if variant == "reset":
        path = f"/account/reset?token={d.opaque_token()}&email={d.enc(d.email())}"
    elif variant == "unsubscribe":
        path = f"/u/unsubscribe?e={d.enc(d.email())}&list=weekly"
    elif variant == "search":
        kind = d.special_kind(("health", "religious_belief", "sex_life_orientation"))
        path = f"/search?q={d.say_encoded(kind)}"
    else:
        path = f"/invite/accept?phone={d.enc(d.phone())}&ref={d.hex(8)}"
    status = d.pick([200, 302, 404])
    size = d.rng.randint(200, 90000)
    return (
        f'{ip} - - [{_clf_time(d)}] "GET {path} HTTP/1.1" {status} {size} '
        f'"-" "{d.ua()}" rt={round(d.rng.uniform(0.002, 1.8), 3)}'
    )


def slow_query_log(d: Doc) -> Json:
    host_ip = d.ip4(private=True)
    qt = round(d.rng.uniform(2, 30), 6)
    variant = d.pick(["diagnosis", "member", "customer"])
    if variant == "diagnosis":
        code, _label = d.icd10()
        stmt = (
            f"INSERT INTO patient_diagnoses (patient_id, icd10_code, noted_by, noted_at) VALUES "
            f"({d.rng.randint(1000, 99999)}, '{code}', '{d.name()}', '{d.ts_plain()}');"
        )
    elif variant == "member":
        stmt = (
            f"UPDATE members SET union_local = '{d.union()}', dues_status = 'current' "
            f"WHERE email = '{d.email()}';"
        )
    else:
        stmt = (
            f"SELECT id, first_name, last_name FROM customers WHERE phone = '{d.phone()}' "
            f"UNION SELECT id, first_name, last_name FROM leads WHERE phone = '{d.phone()}';"
        )
    return (
        f"# Time: {d.ts()}\n# User@Host: app[app] @  [{host_ip}]  Id: {d.rng.randint(100, 99999)}\n"
        f"# Query_time: {qt}  Lock_time: 0.000{d.rng.randint(100, 999)} Rows_sent: "
        f"{d.rng.randint(0, 50)}  Rows_examined: {d.rng.randint(1000, 900000)}\n"
        f"SET timestamp={d.epoch_s()};\n{stmt}"
    )


def stack_trace_locals(d: Doc) -> Json:
    email = d.email()
    note = d.text_any(0.25)
    lines = [
        "Traceback (most recent call last):",
        '  File "/srv/app/handlers/profile.py", line 88, in update_profile',
        "    profile.save(payload)",
        '  File "/srv/app/models/profile.py", line 142, in save',
        '    raise ValueError(f"note too long: {len(note)}")',
        "ValueError: note too long",
        "",
        "Locals at frame save:",
        f"    email = '{email}'",
        f"    note = {dumps(note)}",
        f"    user_id = {d.rng.randint(1000, 99999)}",
    ]
    if d.chance(0.4):
        lines.append(f"    dob = '{d.dob()}'")
    if d.chance(0.3):
        lines.append(f"    api_token = '{d.stripe_key()}'")
    return {"logger": "app.errors", "level": "ERROR", "traceback": "\n".join(lines), "ts": d.ts()}


def launchdarkly_eval(d: Doc) -> Json:
    ctx: dict[str, Any] = {
        "kind": "user",
        "key": f"user-{d.hex(10)}",
        "email": d.email(),
        "country": d.country(),
        "plan": d.pick(["free", "pro"]),
    }
    if d.chance(0.5):
        ctx["name"] = d.name()
    if d.chance(0.5):
        ctx["ip"] = d.ip()
    if d.chance(0.3):
        ctx["custom"] = {"condition_program": d.condition()}
    return {
        "kind": "feature",
        "creationDate": d.epoch_ms(),
        "key": d.pick(["new-onboarding", "care-plan-v2", "checkout-redesign"]),
        "version": d.rng.randint(1, 90),
        "context": ctx,
        "variation": d.rng.randint(0, 2),
        "value": d.chance(0.5),
        "default": False,
    }


def unleash_context(d: Doc) -> Json:
    props: dict[str, Any] = {"tenant": d.pick(["eu-1", "us-2"]), "appVersion": d.version()}
    if d.chance(0.25):
        props["member_of"] = d.union()
    ctx = {
        "userId": d.email() if d.chance(0.6) else f"u-{d.hex(8)}",
        "sessionId": d.uuid(),
        "remoteAddress": d.ip(),
        "environment": "production",
        "properties": props,
    }
    return {
        "toggle": d.pick(["strike-hub", "dues-autopay", "new-feed"]),
        "enabled": d.chance(0.5),
        "context": ctx,
    }


def kafka_dlq_record(d: Doc) -> Json:
    original: dict[str, Any] = {
        "type": "track",
        "event": "Feedback Submitted",
        "userId": f"u_{d.hex(8)}",
        "properties": {"text": d.text_any(0.3)},
        "context": {"ip": d.ip()},
    }
    return {
        "topic": "events.dlq",
        "partition": d.rng.randint(0, 11),
        "offset": d.rng.randint(1000, 999999),
        "headers": {"error.class": "SchemaViolation", "error.message": "properties.text too long"},
        "value": dumps(original),
        "timestamp": d.epoch_ms(),
    }


def graphql_request_log(d: Doc) -> Json:
    a = d.address()
    op = (
        "mutation UpdateAddress($input: AddressInput!) { updateAddress(input: $input) "
        "{ ... on Address { id } ... on ValidationError { field message } } }"
    )
    return {
        "operationName": "UpdateAddress",
        "query": op,
        "variables": {
            "input": {
                "recipient": d.name(),
                "line1": a.line1,
                "postalCode": a.postcode,
                "city": a.city,
                "phone": d.phone(),
            }
        },
        "extensions": {"persistedQuery": {"version": 1, "sha256Hash": d.sha256()}},
        "client_ip": d.ip(),
    }


def apm_transaction(d: Doc) -> Json:
    """An APM transaction whose captured DB span holds literal values."""
    stmt = (
        f"SELECT * FROM accounts WHERE email = '{d.email()}' AND password_hash = "
        f"'$2b$12${d.bcrypt_body()}'"
    )
    return {
        "transaction": {
            "id": d.hex(16),
            "trace_id": d.hex(32),
            "name": "POST /login",
            "type": "request",
            "duration": round(d.rng.uniform(20, 900), 3),
            "context": {
                "request": {"method": "POST", "socket": {"remote_address": d.ip()}},
                "db": {"statement": stmt, "type": "sql"},
            },
        },
        "service": {"name": "auth-api", "version": d.version()},
    }


def matomo_style_error_query(d: Doc) -> Json:
    """Web-vitals beacon whose page URL leaked a form's GET parameters."""
    params = {
        "name": d.enc(d.name()),
        "email": d.enc(d.email()),
        "message": d.say_encoded("neutral") if d.chance(0.5) else q("callback"),
    }
    return {
        "name": "LCP",
        "value": round(d.rng.uniform(900, 4200), 1),
        "rating": d.pick(["good", "needs-improvement", "poor"]),
        "page": f"/contact/sent?{query(params)}",
        "navigationType": "navigate",
        "id": f"v3-{d.epoch_ms()}-{d.rng.randint(1000, 9999)}",
    }
