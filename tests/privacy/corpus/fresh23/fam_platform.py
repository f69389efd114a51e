"""Platform plumbing: MQTT/webhook bridges, provisioning, OAuth, logs, errors, backups."""

from __future__ import annotations

import base64
import json
from typing import Any

from .ctx import Ctx
from .registry import family

D = "platform"


@family(4, D, langs="en")
def f_mqtt_bridge_config(c: Ctx) -> Any:
    return {"bridge": f"bridge-{c.n(1, 9)}", "remote": "mqtt-broker-01:8883",
            "username": c.pick(["svc_bridge", "gw_ingest"]), "password": c.password(),
            "topics": ["meters/+/readings", "alarms/#"], "tls": {"ca": "/etc/ssl/ca.pem"}}


@family(4, D, langs="en", clean=True)
def f_mqtt_message(c: Ctx) -> Any:
    return {"topic": f"site/{c.n(1, 40)}/sensor/{c.eui()}", "qos": 1, "retain": False,
            "payload_b64": c.b64(44), "received": c.ts(), "client": f"gw-{c.hexs(6)}"}


@family(4, D, langs="en")
def f_device_provisioning(c: Ctx) -> Any:
    return {"device": c.eui(), "registration_id": c.uuid(),
            "certificate": c.pubkey(), "private_key": c.pem(),
            "hub": "iothub-prod", "firmware": c.fw()}


@family(4, D, langs="en", clean=True)
def f_device_provisioning_public(c: Ctx) -> Any:
    return {"device": c.eui(), "public_key": c.pubkey(), "kid": c.hexs(16),
            "cert_fingerprint_sha256": ":".join(c.hexs(2) for _ in range(16)),
            "secret": {"secretKeyRef": {"name": "device-ca", "key": "tls.key"}},
            "mac": c.mac()}


@family(4, D, langs="en")
def f_oauth_token_response(c: Ctx) -> Any:
    return {"access_token": c.jwt(), "token_type": "Bearer", "expires_in": 3600,
            "refresh_token": c.secret(), "scope": "devices:write"}


@family(4, D, langs="en")
def f_oauth_client_registration(c: Ctx) -> Any:
    return {"client_id": c.uuid(), "client_secret": c.secret(), "redirect_uris": [
        "https://app.example-fleet.com/callback"], "grant_types": ["client_credentials"],
        "contacts": [c.role_email("platform")]}


@family(3, D, langs="en", clean=True)
def f_jwks(c: Ctx) -> Any:
    return {"keys": [{"kty": "RSA", "kid": c.hexs(12), "use": "sig", "alg": "RS256",
                      "n": c.rand("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-", 86),
                      "e": "AQAB"} for _ in range(2)]}


@family(4, D, langs="en")
def f_webhook_delivery_log(c: Ctx) -> Any:
    return {"delivery": c.uuid(), "url": "https://hooks.example-erp.com/in",
            "request_headers": {"Authorization": c.bearer(), "X-Signature": "sha256=" + c.sha()},
            "response": 200, "duration_ms": c.n(30, 900)}


@family(5, D, langs="en")
def f_access_log_lines(c: Ctx) -> Any:
    em = c.email()
    ip1 = c.ip()
    lines = [f'{ip1} - - [{c.ts()}] "GET /api/v2/meters?owner={em} HTTP/1.1" 200 512',
             f'{c.ip()} - - [{c.ts()}] "POST /api/v2/readings HTTP/1.1" 201 88']
    return "\n".join(lines)


@family(6, D, langs="en")
def f_error_report(c: Ctx) -> Any:
    body = {"name": c.name(), "card": c.card(), "cvc": "***"}
    return {"event_id": c.hexs(32), "level": "error",
            "exception": {"type": "ValidationError", "value": "expiry in the past"},
            "request": {"url": "/checkout", "data": json.dumps(body, ensure_ascii=False)},
            "user": {"ip_address": c.ip()}}


@family(3, D, langs="en", clean=True)
def f_backup_manifest(c: Ctx) -> Any:
    return {"backup": f"pg-{c.date()}", "files": [{"path": f"base/{c.n(100, 999)}.tar.zst",
                                                  "sha256": c.sha(), "bytes": c.n(10 ** 5, 10 ** 6)}
                                                 for _ in range(3)],
            "encryption": {"kid": c.hexs(16), "alg": "AES-256-GCM"}, "status": "ok"}


@family(4, D, langs="en")
def f_k8s_secret(c: Ctx) -> Any:
    pw = c.password()
    ak, sk = c.aws_key()
    data = {"DB_PASSWORD": pw, "AWS_ACCESS_KEY_ID": ak, "AWS_SECRET_ACCESS_KEY": sk}
    return {"apiVersion": "v1", "kind": "Secret", "type": "Opaque",
            "metadata": {"name": "ingest-secrets", "namespace": "iot"},
            "data": {k: base64.b64encode(v.encode()).decode() for k, v in data.items()}}


@family(3, D, langs="en", clean=True)
def f_k8s_deployment(c: Ctx) -> Any:
    return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "mqtt-bridge"},
            "spec": {"replicas": 2, "template": {"spec": {"containers": [{
                "name": "bridge", "image": f"registry.local/bridge:{c.fw()}",
                "env": [{"name": "BROKER_PASSWORD", "valueFrom": {"secretKeyRef": {
                    "name": "broker", "key": "password"}}}]}]}}}}


@family(4, D, langs="en")
def f_ci_env_dump(c: Ctx) -> Any:
    ak, sk = c.aws_key()
    return "\n".join([f"AWS_ACCESS_KEY_ID={ak}", f"AWS_SECRET_ACCESS_KEY={sk}",
                      "NODE_ENV=production", f"BUILD={c.hexs(7)}"])


@family(4, D, langs="en", clean=True)
def f_password_policy(c: Ctx) -> Any:
    return {"password_policy": {"min_length": c.pick([12, 14, 16]), "require_symbol": True,
                                "history": 5, "max_age_days": 90},
            "example": "********", "api_key": "[REDACTED]", "stripe": "sk_live_****"}


@family(4, D, langs="en")
def f_user_admin_export(c: Ctx) -> Any:
    users = []
    for _ in range(c.n(2, 3)):
        nm = c.name()
        users.append({"name": nm, "email": c.email(nm), "password_hash": c.argon(),
                      "last_login_ip": c.ip()})
    return users


@family(4, D, langs="en", clean=True)
def f_gateway_redaction_audit(c: Ctx) -> Any:
    return {"request": c.uuid(), "redacted_fields": ["email", "phone", "iban"],
            "sample": {"email": "[REDACTED]", "phone": "***", "iban": "********",
                       "card": c.masked_card()}, "policy": "pii-v4"}


@family(4, D, langs="en", clean=True)
def f_payment_webhook_tokenised(c: Ctx) -> Any:
    return {"type": "payment_intent.succeeded", "data": {"object": {
        "id": "pi_" + c.rand("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", 24),
        "payment_method": "pm_" + c.rand("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", 24),
        "amount": c.n(500, 9000), "card": {"last4": str(c.n(1000, 9999)), "brand": "visa"},
        "transaction_ref": c.bad_card_ref()}}}


@family(5, D, langs="en")
def f_payment_gateway_raw_log(c: Ctx) -> Any:
    return f"{c.ts()} DEBUG auth_request pan={c.card()} amount={c.n(5, 90)}.00 src={c.ip()}"


@family(4, D, langs="en")
def f_sftp_connector(c: Ctx) -> Any:
    return {"connector": "customs-broker-sftp", "auth_header": c.basic(),
            "fallback_dsn": c.conn_string(), "poll_seconds": 300}


@family(3, D, langs="en", clean=True)
def f_deploy_keys(c: Ctx) -> Any:
    return {"repo": "firmware", "deploy_keys": [c.ssh_pub()], "commit": c.hexs(40),
            "signed": True}


@family(3, D, langs="en", clean=True)
def f_graphql_schema(c: Ctx) -> Any:
    return {"schema": "union DeviceEvent = MeterReading | AlarmSignal | FirmwareUpdate\n"
                      "type MeterReading { kwh: Float! ts: String! }",
            "version": c.fw()}


@family(4, D, langs="en", clean=True)
def f_sql_query_log(c: Ctx) -> Any:
    return {"duration_ms": c.n(2, 900), "query": "SELECT meter_id, kwh FROM readings_2024 UNION "
            "ALL SELECT meter_id, kwh FROM readings_2025 WHERE kwh > $1",
            "rows": c.n(0, 90000), "plan_hash": c.hexs(16)}


@family(3, D, langs="en", clean=True)
def f_tls_cert_metadata(c: Ctx) -> Any:
    return {"subject": "CN=api.example-grid.net", "issuer": "CN=R11, O=Let's Encrypt",
            "not_after": c.date(2025, 2026), "fingerprint_sha256": c.sha(),
            "ja3": c.hexs(32)}


@family(4, D, langs="en")
def f_cloud_audit_event(c: Ctx) -> Any:
    return {"eventName": c.pick(["AssumeRole", "PutObject", "DeleteBucket"]),
            "userIdentity": {"arn": "arn:aws:iam::role/ops", "principal": c.email()},
            "sourceIPAddress": c.ip(), "eventTime": c.ts()}


@family(3, D, langs="en", clean=True)
def f_feature_flags(c: Ctx) -> Any:
    return {"flags": {"biometric_login": {"enabled": c.pick([True, False])},
                      "new_tariff_engine": {"rollout": c.pick([10, 50])},
                      "race_fix_2231": {"enabled": True}}, "env": "prod"}


@family(4, D, langs="en")
def f_crash_dump_env(c: Ctx) -> Any:
    return {"signal": "SIGSEGV", "process": "telemetry-agent",
            "env": {"DATABASE_URL": c.conn_string(), "LOG_LEVEL": "debug"},
            "backtrace": [f"0x{c.hexs(12)} in decode_frame()", "0x00 in main()"]}


@family(4, D)
def f_dsar_export(c: Ctx) -> Any:
    nm = c.name()
    return c.d(subject=nm, email=c.email(nm), date_of_birth=c.dob(),
               logins=[c.d(ts=c.ts(), ip=c.ip()) for _ in range(2)], address=c.address(),
               profile_notes=c.special_any())
