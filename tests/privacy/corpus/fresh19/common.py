"""Envelope pieces shared by the families (SDK contexts, app metadata, query strings)."""

from typing import Any
from urllib.parse import urlencode

from .doc import Doc, Json

APPS: dict[str, list[str]] = {
    "period": ["Lunaria", "CycleNest", "Floe Tracker"],
    "therapy": ["Mindharbor", "TalkSpace Lite", "Stillwater"],
    "pharmacy": ["Pillbox Direct", "ApoExpress", "FarmaYa"],
    "dating": ["Kindred", "Spark & Stone", "Amorio"],
    "faith": ["Salah Companion", "Daily Rosary", "Gebetszeit", "Minyan Now"],
    "campaign": ["Canvass Pro", "DoorReach", "VoteBuilder Go"],
    "union": ["UnionLink", "StewardApp", "Solidarity Hub"],
    "recovery": ["Soberline", "DayOne Recovery", "Clearpath"],
    "fintech": ["Penny", "Quillpay", "Monedo"],
    "fitness": ["Stride", "Pacer Pro", "Trailmix"],
    "health": ["Docly", "MedNow", "Salubra"],
    "retail": ["Shopwise", "Cartly", "Basketo"],
    "mobility": ["Ryde", "Movo", "Cabify Lite"],
    "food": ["Munchly", "Lieferfix", "Comidita"],
    "social": ["Circlet", "Hive", "Parloir"],
}


def app(d: Doc, theme: str) -> str:
    return str(d.pick(APPS[theme]))


def slug(name: str) -> str:
    return "".join(c for c in name.lower() if c.isalnum())


def device(d: Doc) -> dict[str, Any]:
    if d.chance(0.5):
        return {
            "id": d.uuid(),
            "manufacturer": "Apple",
            "model": d.pick(["iPhone15,2", "iPhone14,5", "iPhone16,1"]),
            "type": "ios",
            "advertisingId": d.idfa(),
            "adTrackingEnabled": d.chance(0.5),
        }
    maker, model = d.pick(
        [("Google", "Pixel 8"), ("samsung", "SM-S911B"), ("Xiaomi", "Redmi Note 13")]
    )
    return {
        "id": d.uuid(),
        "manufacturer": maker,
        "model": model,
        "type": "android",
        "advertisingId": d.uuid(),
    }


def seg_context(d: Doc, app_name: str, ip: bool = True) -> dict[str, Any]:
    ctx: dict[str, Any] = {
        "app": {
            "name": app_name,
            "version": d.version(),
            "build": str(d.build_no()),
            "namespace": f"com.{slug(app_name)}.app",
        },
        "device": device(d),
        "library": {"name": d.pick(["analytics-ios", "analytics-android"]), "version": d.version()},
        "locale": d.locale(),
        "network": {"wifi": d.chance(0.6), "carrier": d.pick(["Vodafone", "Orange", "T-Mobile"])},
        "os": {"name": d.pick(["iOS", "Android"]), "version": d.version()},
        "screen": {"width": d.pick([390, 412, 430]), "height": d.pick([844, 915, 932])},
        "timezone": d.tz(),
    }
    if ip:
        ctx["ip"] = d.ip()
    return ctx


def seg_envelope(d: Doc, kind: str, app_name: str, ip: bool = True) -> dict[str, Any]:
    return {
        "type": kind,
        "messageId": f"ajs-next-{d.hex(32)}",
        "anonymousId": d.uuid(),
        "userId": f"usr_{d.hex(14)}",
        "context": seg_context(d, app_name, ip),
        "integrations": {"All": True, "Mixpanel": False},
        "originalTimestamp": d.ts(),
        "sentAt": d.ts(),
    }


def query(params: dict[str, Any]) -> str:
    """Join pre-encoded values (see Doc.enc); other values are encoded here."""
    return "&".join(f"{k}={v}" for k, v in params.items())


def q(value: Any) -> str:
    return urlencode({"": value}, safe="@:,")[1:]


def otlp_attrs(attrs: dict[str, Json]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for key, value in attrs.items():
        if isinstance(value, bool):
            out.append({"key": key, "value": {"boolValue": value}})
        elif isinstance(value, int):
            out.append({"key": key, "value": {"intValue": str(value)}})
        elif isinstance(value, float):
            out.append({"key": key, "value": {"doubleValue": value}})
        elif isinstance(value, list):
            vals = [{"doubleValue": v} for v in value]
            out.append({"key": key, "value": {"arrayValue": {"values": vals}}})
        else:
            out.append({"key": key, "value": {"stringValue": str(value)}})
    return out


def sentry_base(d: Doc, platform: str = "javascript") -> dict[str, Any]:
    return {
        "event_id": d.hex(32),
        "timestamp": d.ts(),
        "platform": platform,
        "level": d.pick(["error", "error", "warning", "fatal"]),
        "release": f"{d.pick(['web', 'ios', 'android'])}@{d.version()}",
        "environment": d.pick(["production", "production", "staging"]),
        "sdk": {"name": f"sentry.{platform}", "version": d.version()},
        "tags": {"locale": d.locale(), "os": d.pick(["iOS 17.4", "Android 14", "Windows 10"])},
    }
