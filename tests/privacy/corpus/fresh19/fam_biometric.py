"""SDK payloads that carry biometric templates and embeddings."""

from typing import Any

from .common import app, otlp_attrs, sentry_base
from .doc import Doc, Json, dumps


def liveness_enrollment(d: Doc) -> Json:
    body: dict[str, Any] = {
        "sdk": {"name": "facekit-ios", "version": d.version()},
        "session_id": d.uuid(),
        "step": "enrollment",
        "liveness": {"score": round(d.rng.uniform(0.86, 0.999), 4), "passed": True},
        "face": {
            "template_format": "vendor-v3",
            "template": d.face_template(),
            "quality": round(d.rng.uniform(0.6, 0.99), 3),
        },
        "created": d.ts(),
    }
    if d.chance(0.5):
        body["face"]["embedding"] = d.face_embedding(d.pick([64, 128]))
        body["face"].pop("template")
        d.scrub(next(m.literal for m in d.marks if m.tag == "biometric:face_template"))
    if d.chance(0.5):
        body["applicant"] = {"name": d.name(), "external_ref": f"app_{d.hex(8)}"}
    return body


def voice_unlock_enrollment(d: Doc) -> Json:
    body: dict[str, Any] = {
        "feature": "voice_unlock",
        "user": f"u_{d.hex(12)}",
        "model": d.pick(["ecapa-tdnn-192", "xvector-512"]),
        "sample_rate_hz": 16000,
        "utterances": d.rng.randint(3, 5),
        "voiceprint": d.voiceprint(d.pick([64, 96])),
        "snr_db": round(d.rng.uniform(12, 38), 1),
        "app": app(d, "fintech"),
        "enrolled_at": d.ts(),
    }
    if d.chance(0.4):
        body["device_ip"] = d.ip()
    return body


def timeclock_fingerprint(d: Doc) -> Json:
    body: dict[str, Any] = {
        "device": {"serial": f"TC{d.hex(8).upper()}", "site": d.pick(["Depot 4", "Store 112"])},
        "employee": {"name": d.name(), "badge": f"B{d.rng.randint(1000, 9999)}"},
        "finger": d.pick(["right_index", "left_index", "right_thumb"]),
        "capture_quality": d.rng.randint(40, 99),
    }
    if d.chance(0.5):
        body["template_iso19794_2"] = d.minutiae_template()
    else:
        body["minutiae"] = d.minutiae_points(d.rng.randint(12, 20))
    body["synced"] = d.ts()
    return body


def iris_border_kiosk(d: Doc) -> Json:
    first, last = d.name_parts()
    return {
        "kiosk": f"EGATE-{d.rng.randint(10, 99)}",
        "traveller": {
            "surname": last,
            "given_names": first,
            "document": {"type": "passport", "number": d.passport(), "expiry": "2031-04-30"},
            "nationality": d.pick(["DEU", "FRA", "ESP", "GBR", "USA"]),
        },
        "iris": {"eye": d.pick(["left", "right"]), "code": d.iris_code(), "bits": 2048},
        "decision": d.pick(["accept", "refer"]),
        "at": d.ts(),
    }


def palm_vein_gym(d: Doc) -> Json:
    return {
        "gym": app(d, "fitness") + " " + d.city(),
        "member_id": f"GM{d.rng.randint(10000, 99999)}",
        "enrollment": {
            "hand": d.pick(["left", "right"]),
            "palm_vein_template": d.palm_vein_template(),
            "vendor": "veinsense",
        },
        "access_granted": True,
        "at": d.ts(),
    }


def sentry_face_match_error(d: Doc) -> Json:
    ev = sentry_base(d, d.pick(["cocoa", "java"]))
    ev["exception"] = {
        "values": [
            {
                "type": "FaceMatchError",
                "value": "probe template does not match enrolled template",
                "stacktrace": {
                    "frames": [
                        {"function": "FaceMatcher.compare", "lineno": d.rng.randint(10, 400)},
                        {"function": "VerificationFlow.submit", "lineno": d.rng.randint(10, 400)},
                    ]
                },
            }
        ]
    }
    ev["extra"] = {
        "match_score": round(d.rng.uniform(0.1, 0.6), 4),
        "threshold": 0.72,
        "probe_embedding": d.face_embedding(64),
    }
    ev["user"] = {"id": f"u_{d.hex(10)}", "ip_address": d.ip()}
    return ev


def otel_span_voice_auth(d: Doc) -> Json:
    vp = d.voiceprint(32)
    d.scrub(d.marks[-1].literal)  # OTLP wraps each double, so the witness changes shape
    d.mark("biometric", dumps([{"doubleValue": v} for v in vp[:3]])[1:-1], "biometric:voiceprint")
    attrs: dict[str, Json] = {
        "service.name": "voice-auth",
        "rpc.method": "Verify",
        "voice.model": "ecapa-tdnn-192",
        "voice.embedding": vp,
        "voice.score": round(d.rng.uniform(0.4, 0.99), 4),
        "enduser.id": f"u_{d.hex(10)}",
    }
    if d.chance(0.5):
        attrs["client.address"] = d.ip()
    return {
        "resourceSpans": [
            {
                "resource": {"attributes": otlp_attrs({"service.name": "voice-auth"})},
                "scopeSpans": [
                    {
                        "scope": {"name": "voice-auth.server"},
                        "spans": [
                            {
                                "traceId": d.hex(32),
                                "spanId": d.hex(16),
                                "name": "VoiceAuth/Verify",
                                "kind": 2,
                                "startTimeUnixNano": d.epoch_ns(),
                                "attributes": otlp_attrs(attrs),
                            }
                        ],
                    }
                ],
            }
        ]
    }


def dating_selfie_verification(d: Doc) -> Json:
    body: dict[str, Any] = {
        "profile_id": f"p_{d.hex(10)}",
        "verification": {
            "method": "selfie_video",
            "face_embedding": d.face_embedding(d.pick([64, 128])),
            "liveness_score": round(d.rng.uniform(0.8, 0.99), 4),
            "result": d.pick(["verified", "manual_review"]),
        },
        "app": app(d, "dating"),
        "at": d.ts(),
    }
    if d.chance(0.5):
        body["profile"] = {"orientation": d.orientation(), "age": d.rng.randint(20, 55)}
    return body


def kyc_selfie_template(d: Doc) -> Json:
    """A fintech KYC step that ships the selfie template along with the document check."""
    first, last = d.name_parts()
    return {
        "check_id": f"chk_{d.hex(12)}",
        "applicant": {"first_name": first, "last_name": last, "dob": d.dob()},
        "selfie": {"template": d.face_template(), "format": "ISO/IEC 19794-5"},
        "document": {"type": "passport", "number": d.passport()},
        "face_match": {"score": round(d.rng.uniform(0.75, 0.99), 4), "result": "clear"},
        "created_at": d.ts(),
    }
