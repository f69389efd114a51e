"""Identity providers, biometric enrolment and authentication payloads."""

from __future__ import annotations

from . import pools, shapes
from .common import biometric_blob, contact, name_fields, national_id
from .ctx import Ctx


def biometric_enrollment(c: Ctx) -> dict:
    p = c.person()
    setting = c.pick(["kyc", "door", "timeclock", "callcenter", "gym"])
    key, blob = biometric_blob(c, {"door": c.pick(["finger", "palm", "face"]),
                                   "callcenter": "voice", "gym": c.pick(["finger", "face"]),
                                   "timeclock": c.pick(["palm", "finger", "iris"])}.get(setting))
    subject: dict = {"subjectId": c.oid("sub", 12)}
    if c.chance(0.75):
        subject.update(name_fields(c, p))
    body: dict = {"enrollmentId": c.uuid(), "setting": setting, "createdAt": c.ts(),
                  "subject": subject, key: blob,
                  "quality": {"score": round(c.r.uniform(0.5, 0.99), 2),
                              "liveness": c.pick(["passed", "passed", "retry"])}}
    if setting == "kyc":
        if c.chance(0.6):
            subject[c.k("dob")] = c.dob()
        if c.chance(0.4):
            k, v = national_id(c)
            subject[k] = v
        if c.chance(0.3):
            subject["document"] = {"type": "passport", "number": c.passport(),
                                   "issuingCountry": c.pick(["DE", "FR", "ES", "GB", "US"])}
    elif setting == "door":
        body["site"] = {"name": c.pick(["HQ Berlin", "Lyon Atelier", "Depot 3"]),
                        "doors": c.sample(["main", "lab", "server-room", "roof"], 2)}
        body["controller_ip"] = c.ip(4)
    elif setting == "callcenter":
        body["phone"] = c.phone()
    if c.chance(0.3):
        subject["email"] = p.email(detail="work") if c.chance(0.5) else p.email()
    style = c.pick(["webhook", "plain", "log", "embedded"])
    if style == "webhook":
        return shapes.webhook(c, "enrollment.created", body, "biometrics")
    rest = {k: val for k, val in body.items() if k != key}
    if style == "log":
        return {"stream": "enrol-svc", "lines": [
            shapes.log_line(c, f"enrolment started subject={subject['subjectId']}", "INFO"),
            shapes.log_line(c, "template extracted " + shapes.embed({key: blob}), "DEBUG"),
            shapes.log_line(c, "enrolment stored", "INFO")], "enrollment": rest}
    if style == "embedded":
        return {"id": body["enrollmentId"], "type": "biometric.enrollment",
                "attributes": {**rest, "payload": shapes.embed({key: blob})}}
    return body


def auth_idp_event(c: Ctx) -> dict:
    p = c.person()
    etype, desc = c.pick([("s", "Success Login"), ("f", "Failed Login"),
                          ("scp", "Success Change Password"), ("sapi", "Success API Operation"),
                          ("gd_send_sms", "Send SMS MFA code"), ("seacft", "Token Exchange")])
    ev: dict = {"log_id": c.hexs(24), "date": c.ts("ms"), "type": etype, "description": desc,
                "connection": c.pick(["Username-Password-Authentication", "google-oauth2",
                                      "apple", "sms"]),
                "client_name": c.pick(["Pillbox iOS", "Ridelane Driver", "UnionHall Web"]),
                "user_id": f"auth0|{c.hexs(24)}"}
    if c.chance(0.7):
        ev["user_name"] = p.email()
    if c.chance(0.75):
        ev["ip"] = c.ip()
        ev["user_agent"] = c.user_agent()
    if c.chance(0.35):
        city = c.city()
        lat, lon = c.coords(city[0], "ip_geo")
        ev["location_info"] = {"country_code": pools.LOCALE_COUNTRY[c.loc], "city_name": city[0],
                               "latitude": lat, "longitude": lon}
    elif c.chance(0.3):
        city = c.city()
        lat, lon = c.coarse(city[0])
        ev["location_info"] = {"city_name": city[0], "latitude": lat, "longitude": lon}
    details: dict = {}
    if etype == "scp" and c.chance(0.6):
        details["request"] = {"body": {"email": p.email(),
                                       c.pick(["new_password", "password", "newPassword"]):
                                       c.secret("password")}}
    if etype == "seacft" or c.chance(0.3):
        details["response"] = {"access_token": c.secret(c.pick(["jwt", "opaque"])),
                               "token_type": "Bearer", "expires_in": 86400}
        if c.chance(0.4):
            details["response"]["refresh_token"] = c.secret("opaque")
    if etype == "gd_send_sms":
        details["mfa"] = {"factor": "sms", "to": c.phone() if c.chance(0.5) else
                          f"+49 *** ***{c.n(10, 99)}"}
    if c.chance(0.3):
        details["authenticator"] = {"type": "webauthn-platform",
                                    "name": c.pick(["Face ID", "Touch ID", "Windows Hello"]),
                                    "biometric_login": True}
    if c.rot([True, False, False]):
        key, blob = biometric_blob(c, "voice")
        details["voice_step_up"] = {key: blob, "match_score": round(c.r.uniform(0.7, 0.99), 3)}
    if c.chance(0.2):
        details["profile"] = {**name_fields(c, p), **contact(c, p, email=0, phone=0.5, dob=0.5,
                                                             address=0)}
    if details:
        ev["details"] = details
    if c.chance(0.4):
        return shapes.page(c, [ev], "logs")
    return ev


# ---------------------------------------------------------------- clean look-alikes

def biometric_flags(c: Ctx) -> dict:
    device = {"deviceId": c.uuid(), "platform": c.pick(["ios", "android"]),
              "settings": {"biometric_login_enabled": c.chance(0.7),
                           "biometricType": c.pick(["fingerprint", "face", "none"]),
                           "fallback": "pin", "face_id_supported": c.chance(0.5)},
              "attestation": {"tls_ja3": c.hexs(32), "device_fingerprint": c.sha256(),
                              "integrity": c.pick(["MEETS_DEVICE_INTEGRITY", "BASIC"])}}
    style = c.pick(["device", "match", "embedding", "ssh"])
    if style == "match":
        return {"verification": {"id": c.uuid(), "method": "face_match",
                                 "match_score": round(c.r.uniform(0.6, 0.99), 3),
                                 "threshold": 0.82, "result": c.pick(["match", "no_match"]),
                                 "template_stored": False}, "device": device}
    if style == "embedding":
        return {"model": "text-embedding-3-small", "object": "list", "data": [
            {"index": i, "object": "embedding", "embedding": [round(c.r.uniform(-0.1, 0.1), 4)
                                                              for _ in range(12)]}
            for i in range(c.n(2, 3))], "input_kind": "product_descriptions",
            "usage": {"prompt_tokens": c.n(20, 200)}}
    if style == "ssh":
        return {"host": f"bastion-{c.n(1, 9)}.internal", "host_keys": [
            {"type": "ssh-ed25519", "fingerprint": "SHA256:" + c.b64(43).replace("+", "x")},
            {"type": "ecdsa-sha2-nistp256", "fingerprint": "SHA256:" + c.b64(43).replace("/",
                                                                                         "y")}],
            "tls": {"cert_sha256_fingerprint": ":".join(c.hexs(2).upper() for _ in range(16))}}
    return device


def auth_config(c: Ctx) -> dict:
    style = c.pick(["jwks", "policy", "oidc"])
    if style == "jwks":
        return {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": c.hexs(16),
                          "n": c.b64(340).replace("+", "-").replace("/", "_"), "e": "AQAB"}
                         for _ in range(c.n(1, 2))]}
    if style == "policy":
        return {"tenant": c.pick(["pillbox-prod", "ridelane-eu"]), "password_policy": {
            "min_length": c.pick([10, 12, 14]), "require_symbols": True, "history": 5,
            "breached_password_detection": True}, "mfa": {"factors": ["otp", "webauthn"],
                                                          "biometric_login_allowed": True},
            "client_secret": "********", "signing_secret": None,
            "session": {"idle_timeout_min": 30}}
    return {"issuer": "https://id.lumen-id.com/", "authorization_endpoint":
            "https://id.lumen-id.com/authorize",
            "token_endpoint": "https://id.lumen-id.com/oauth/token",
            "jwks_uri": "https://id.lumen-id.com/.well-known/jwks.json",
            "scopes_supported": ["openid", "profile", "email", "offline_access"],
            "token_endpoint_auth_methods_supported": ["client_secret_basic", "private_key_jwt"],
            "id_token_signing_alg_values_supported": ["RS256", "ES256"]}
