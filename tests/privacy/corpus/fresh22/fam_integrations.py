"""Integrations behind the consumer services: payments, OAuth, webhooks, logs, errors."""

from __future__ import annotations

import base64
import json
from typing import Any
from urllib.parse import quote

from .ctx import Ctx
from .registry import fam


@fam("stripe_charge_webhook", 4, style="snake")
def stripe_charge(c: Ctx) -> Any:
    desc: str
    r = c.num(0, 2)
    if r == 0:
        c.add("political_opinion")
        desc = c.t("Donation to the Green Party campaign|Spende an Bündnis 90/Die Grünen|"
                   "Don à la campagne Renaissance|Donativo a la campaña de Sumar")
    elif r == 1:
        c.add("religious_belief")
        desc = c.t("Zakat al-Mal 2024|Kirchgeld ev. Gemeinde|Denier de l'Église|Donativo "
                   "diezmo parroquia")
    else:
        desc = c.t("Order|Bestellung|Commande|Pedido") + " " + c.order_no()
    return {"id": "evt_" + c.alnum(24), "type": "charge.succeeded", "data": {"object": {
        "id": "ch_" + c.alnum(24), "amount": c.num(500, 50000), "description": desc,
        "billing_details": {"email": c.email(), "address": {"line1": c.street_line(),
                                                            "city": c.city()}},
        "payment_method": c.pm_token(), "card": {"last4": c.last4(), "exp_year": 2028}}}}


@fam("raw_card_debug_log", 5)
def raw_card_log(c: Ctx) -> Any:
    return (f"{c.ts()} DEBUG payment-adapter request body={{\"pan\":\"{c.card('plain')}\","
            f"\"exp\":\"{c.expiry()}\",\"cvv\":\"{c.num(100, 999)}\",\"holder\":\"{c.name()}\"}}"
            f" trace={c.hexs(16)}")


@fam("oauth_token_response", 3, langs="en", style="snake")
def oauth_token(c: Ctx) -> Any:
    return {"access_token": c.jwt(), "token_type": "Bearer", "expires_in": 3600,
            "refresh_token": c.secret("generic"), "scope": "bookings:read profile"}


@fam("oauth_client_config", 3, langs="en", style="snake")
def oauth_client(c: Ctx) -> Any:
    return {"client_id": c.uuid(), "client_secret": c.secret("generic"),
            "token_url": "https://auth.telvana.de/oauth2/token", "grant": "client_credentials",
            "jwks_uri": "https://auth.telvana.de/.well-known/jwks.json"}


@fam("jwks_document", 3, langs="en", clean=True)
def jwks(c: Ctx) -> Any:
    c.decoy("jwks_public")
    return {"keys": [{"kty": "RSA", "kid": c.hexs(16), "use": "sig", "alg": "RS256",
                      "n": c._chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_", 86),
                      "e": "AQAB"} for _ in range(2)]}


@fam("k8s_secret", 3, langs="en")
def k8s_secret(c: Ctx) -> Any:
    c.add("credential")
    pw = base64.b64encode(c.alnum(18).encode()).decode()
    key = base64.b64encode(c.alnum(32).encode()).decode()
    return {"apiVersion": "v1", "kind": "Secret", "type": "Opaque",
            "metadata": {"name": c.pick(["booking-db", "payments-api", "sms-gateway"])},
            "data": {"DB_PASSWORD": pw, "API_KEY": key}}


@fam("k8s_configmap", 4, langs="en", clean=True)
def k8s_configmap(c: Ctx) -> Any:
    c.decoy("secret_ref")
    return {"apiVersion": "apps/v1", "kind": "Deployment", "spec": {"template": {"spec": {
        "containers": [{"name": "api", "image": f"registry.local/api:{c.version()}",
                        "env": [{"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {
                            "name": "booking-db", "key": "password"}}},
                                {"name": "LOG_LEVEL", "value": "info"}]}]}}}}


@fam("nginx_access_log", 4, langs="en")
def nginx_log(c: Ctx) -> Any:
    lines = []
    for _ in range(c.num(2, 3)):
        q = ""
        if c.chance(0.5):
            q = "?email=" + quote(c.email(), safe="@")
        lines.append(f'{c.ip()} - - [{c.ts()}] "GET /api/v2/bookings{q} HTTP/1.1" '
                     f'{c.pick([200, 301, 404])} {c.num(120, 9000)} "-" '
                     f'"{c.pick(["curl/8.4.0", "okhttp/4.12.0"])}"')
    return lines


@fam("sentry_error_event", 4, langs="en", style="snake")
def sentry(c: Ctx) -> Any:
    return {"event_id": c.hexs(32), "level": "error", "release": c.version(),
            "user": {"email": c.email(), "ip_address": c.ip()},
            "exception": {"type": "KeyError", "value": "'loyalty_tier'"},
            "extra": {"env": {"STRIPE_KEY": c.secret("stripe"), "NODE_ENV": "production"}}}


@fam("email_provider_event", 4, langs="en", style="snake")
def email_event(c: Ctx) -> Any:
    return [{"event": c.pick(["open", "click", "bounce"]), "email": c.email(), "ip": c.ip(),
             "useragent": "Mozilla/5.0", "timestamp": c.epoch()} for _ in range(2)]



@fam("ci_build_log", 4, langs="en", clean=True)
def ci_build(c: Ctx) -> Any:
    c.decoy("package_pins")
    return {"pipeline": c.num(1000, 9999), "commit": c.hexs(40), "lines": [
        f"npm install lodash@4.17.21 react@18.{c.num(0, 3)}.0",
        "copy assets/logo@2x.png dist/", f"build {c.build_no()} ok",
        f"sha256 {c.sha256()}"]}


@fam("package_lock", 3, langs="en", clean=True)
def package_lock(c: Ctx) -> Any:
    return {"name": "booking-widget", "lockfileVersion": 3, "packages": {
        f"node_modules/{p}": {"version": c.version(), "integrity": "sha512-" + c.b64(86)}
        for p in c.sample(["axios", "zod", "dayjs", "uuid", "react"], 3)}}


@fam("sql_migration", 4, langs="en", clean=True)
def sql_migration(c: Ctx) -> Any:
    c.decoy("sql_union")
    return {"migration": f"{c.num(20230101, 20251231)}_fares.sql", "up": (
        "CREATE TABLE guest_profile (id uuid, first_name text, date_of_birth date, religion "
        "text, health_notes text);\nSELECT fare FROM fares_2024 UNION ALL SELECT fare FROM "
        "fares_2025;"), "checksum": c.sha256()}


@fam("graphql_schema", 3, langs="en", clean=True)
def graphql_schema(c: Ctx) -> Any:
    c.decoy("union_type")
    return {"sdl": "union SearchResult = Hotel | Flight | Tour\ntype Guest { id: ID! email: "
                   "String phone: String passportNumber: String }", "version": c.version()}


@fam("service_healthcheck", 4, langs="en", clean=True)
def healthcheck(c: Ctx) -> Any:
    c.decoy("service_health")
    return {"status": "pass", "health": {d: {"status": c.pick(["up", "up", "degraded"]),
                                             "latency_ms": c.num(1, 400)}
                                         for d in ["postgres", "redis", "gds", "stripe"]},
            "version": c.version(), "uptime_s": c.num(100, 9_000_000)}


@fam("feature_flags", 3, langs="en", clean=True)
def feature_flags(c: Ctx) -> Any:
    return {"flags": {f: {"enabled": c.chance(0.5), "rollout": c.num(0, 100)} for f in
                      ["new_checkout", "face_checkin_beta", "religious_calendar_widget",
                       "health_declaration_form"]}, "env": "prod"}


@fam("metrics_timeseries", 3, langs="en", clean=True)
def metrics(c: Ctx) -> Any:
    c.decoy("four_decimal_ratios")
    return {"metric": "checkout_conversion", "points": [
        {"t": c.epoch(), "v": round(c.rng.uniform(0, 1), 4)} for _ in range(4)]}


@fam("audit_log", 4, langs="en")
def audit_log(c: Ctx) -> Any:
    return [{"at": c.ts(), "actor": c.email(), "action": c.pick(["login", "export", "refund"]),
             "ip": c.ip(), "target": c.uuid()} for _ in range(c.num(2, 3))]


@fam("webhook_delivery_log", 3)
def webhook_delivery(c: Ctx) -> Any:
    body = {"event": "guest.updated", "guest": {"name": c.name(), "phone": c.phone()}}
    return {"url": "https://crm.bellamar-hotels.com/hooks/pms", "request_headers": {
        "Authorization": c.basic_auth(), "X-Hub-Signature-256": "sha256=" + c.sha256()},
        "request_body": json.dumps(body, ensure_ascii=False), "response": 202}


@fam("key_rotation_event", 4, langs="en", clean=True)
def key_rotation(c: Ctx) -> Any:
    c.decoy("masked_secrets")
    return {"event": "api_key.rotated", "kid": c.hexs(16), "old": "sk_live_****" + c.alnum(4),
            "new": "sk_live_****" + c.alnum(4), "fingerprint": ":".join(c.hexs(2)
                                                                         for _ in range(16)),
            "password": "********", "client_secret": "[REDACTED]", "api_token": None}


@fam("password_reset_log", 3, langs="en")
def password_reset(c: Ctx) -> Any:
    return [f"{c.ts()} INFO reset requested for {c.email()} from {c.ip()}",
            f"{c.ts()} DEBUG set password new_password={c.password()} policy=min12",
            f"{c.ts()} INFO stored hash={c.bcrypt()}"]


@fam("crm_contact_sync", 4)
def crm_contact(c: Ctx) -> Any:
    name = c.name()
    return {"properties": {"firstname": name.split(" ")[0], "lastname": name.split(" ")[1],
                           "email": c.email(name), "phone": c.phone(),
                           "address": c.street_line(), "city": c.city(),
                           "lifecyclestage": "customer", "notes": c.note(0.8)},
            "source": c.pick(["pms", "booking"])}


@fam("ab_test_results", 3, langs="en", clean=True)
def ab_test(c: Ctx) -> Any:
    c.decoy("aggregate_stats")
    return {"experiment": "checkout-cta", "variants": {v: {"users": c.num(1000, 50000),
                                                            "cr": round(c.rng.uniform(0, .1), 4)}
                                                        for v in "AB"}}


@fam("i18n_strings", 3, clean=True)
def i18n(c: Ctx) -> Any:
    c.decoy("template_placeholders")
    return {"locale": c.lang, "strings": {
        "greeting": c.t("Hello {first_name}!|Hallo {first_name}!|Bonjour {first_name} !|"
                        "¡Hola {first_name}!"),
        "card_hint": c.t("Card ending {last4}|Karte endet auf {last4}|Carte finissant par "
                         "{last4}|Tarjeta terminada en {last4}"),
        "dob_label": c.t("Date of birth|Geburtsdatum|Date de naissance|Fecha de nacimiento")}}


@fam("marketing_campaign", 4, clean=True)
def marketing(c: Ctx) -> Any:
    c.decoy("marketing_copy")
    return {"campaign": c.ref("CMP"), "subject": c.t(
        "Feel healthier this spring|Gesund in den Frühling|Un printemps en pleine santé|"
        "Una primavera más saludable"), "body": c.decoy_text(), "segment": "all_active"}


@fam("geocoding_cache", 3, style="snake")
def geocode(c: Ctx) -> Any:
    lat, lon = c.precise()
    return {"query": c.address(), "result": {"lat": lat, "lng": lon, "accuracy": "ROOFTOP"}}


@fam("fraud_score_event", 4, langs="en", style="snake")
def fraud_score(c: Ctx) -> Any:
    c.decoy("device_fingerprint")
    return {"checkout": c.uuid(), "ip": c.ip(), "email": c.email(),
            "device_fingerprint": c.sha256(), "bin": str(c.num(400000, 499999)),
            "tls_ja3": c.hexs(32), "score": c.num(0, 100)}


@fam("sftp_deploy_config", 3, langs="en", style="snake")
def sftp_config(c: Ctx) -> Any:
    return {"host": "sftp.partner-gds.net", "user": "bellamar", "private_key": c.pem(),
            "known_host_key": c.ssh_pub()}


@fam("chargeback_webhook", 3, langs="en", style="snake")
def chargeback(c: Ctx) -> Any:
    return {"type": "dispute.created", "reason": "fraudulent", "amount": c.num(1000, 90000),
            "card": {"brand": "mastercard", "last4": c.last4()}, "arn": c.txn_id(),
            "customer": {"email": c.email()}}


@fam("openapi_spec", 3, langs="en", clean=True)
def openapi(c: Ctx) -> Any:
    c.decoy("schema_placeholders")
    return {"openapi": "3.1.0", "info": {"title": "Guest API", "version": c.version()},
            "components": {"schemas": {"Guest": {"properties": {
                "email": {"type": "string", "format": "email", "example": "{{guest.email}}"},
                "iban": {"type": "string", "example": "DE00 1234 5678 9012 3456 78"},
                "ssn": {"type": "string", "example": "XXX-XX-XXXX"}}}}}}


@fam("cloud_credentials_leak", 3, langs="en", style="snake")
def cloud_creds(c: Ctx) -> Any:
    return {"file": ".env.production", "content": (
        f"AWS_ACCESS_KEY_ID={c.secret('aws')}\nAWS_SECRET_ACCESS_KEY={c.secret('aws_secret')}\n"
        f"REGION=eu-west-1\nSLACK_BOT_TOKEN={c.secret('slack')}\n"
        f"DATABASE_URL={c.conn_string()}")}


@fam("app_log_line", 3)
def app_log_line(c: Ctx) -> Any:
    return (f"{c.ts()} WARN booking-api guest lookup failed name=\"{c.name()}\" "
            f"phone=\"{c.phone()}\" ip={c.ip()}")


@fam("deploy_notice_string", 3, langs="en", clean=True)
def deploy_notice(c: Ctx) -> Any:
    return (f"Deployed booking-api {c.version()} to eu-west-1 (commit {c.hexs(12)}); "
            f"p95 latency {c.num(80, 400)} ms")


@fam("git_token_leak", 3, langs="en", style="snake")
def git_token(c: Ctx) -> Any:
    return {"repo": "widgets/booking", "file": "scripts/release.sh", "line": c.num(3, 90),
            "snippet": f"export GITHUB_TOKEN={c.secret(c.pick(['ghp', 'gitlab', 'npm']))}"}


@fam("email_api_config", 3, langs="en", style="snake")
def email_api(c: Ctx) -> Any:
    return {"provider": "sendgrid", "api_key": c.secret("sendgrid"), "from": c.email(role=True),
            "maps_key": c.secret("google")}


@fam("iban_validation_error", 3, langs="en", clean=True, style="snake")
def iban_validation_error(c: Ctx) -> Any:
    return {"error": {"type": "invalid_request_error", "code": "invalid_iban", "field": "iban",
                      "value": c.bad_iban(), "message": "IBAN checksum is invalid"},
            "request_id": "req_" + c.alnum(14), "bic": c.bic()}


@fam("tls_cert_bundle", 3, langs="en", clean=True, style="snake")
def tls_bundle(c: Ctx) -> Any:
    return {"service": "payments-gateway", "public_key": c.public_key(),
            "sha256_fingerprint": ":".join(c.hexs(2).upper() for _ in range(32)),
            "ocsp_staple": c.blob(64), "not_after": c.day(2027)}


@fam("gift_card_batch", 3, clean=True)
def gift_card_batch(c: Ctx) -> Any:
    return {"batch": c.ref("GC"), c.k("value|wert|valeur|valor"): c.pick([25, 50, 100]),
            "cards": [{"number": c.giftcard(), "pin_hash": c.sha256()} for _ in range(3)],
            c.k("expires|gültig bis|expire le|caduca"): c.day(2027)}
