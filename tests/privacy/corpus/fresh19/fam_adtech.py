"""Ad tech and CDP: OpenRTB, audience syncs, attribution postbacks, conversion APIs, consent."""

from typing import Any

from .common import app, q, query, slug
from .doc import Doc, Json

SENSITIVE_SEGMENTS: dict[str, list[str]] = {
    "health": [
        "Health > Conditions > Type 2 Diabetes (self-reported)",
        "Health > Mental Health > Diagnosed Anxiety",
        "Health > Reproductive > Currently Pregnant",
        "Health > Conditions > Migraine Sufferers (app-logged)",
        "Health > Sexual Health > PrEP User",
    ],
    "religious_belief": [
        "Demographics > Religion > Muslim (prayer app users)",
        "Demographics > Religion > Practising Catholic",
        "Demographics > Religion > Evangelical Christian",
    ],
    "sex_life_orientation": [
        "Lifestyle > LGBTQ+ > Gay Men",
        "Lifestyle > LGBTQ+ > Lesbian Women",
        "Lifestyle > Orientation > Bisexual",
    ],
    "political_opinion": [
        "Politics > Party Affinity > Green Voters",
        "Politics > Party Affinity > Registered Republicans",
        "Politics > Donors > Labour Small-Dollar Donors",
    ],
    "racial_ethnic_origin": [
        "Demographics > Ethnicity > Hispanic/Latino",
        "Demographics > Ethnicity > African American",
    ],
    "trade_union": ["Employment > Union Members > Teachers' Union"],
}
PLAIN_SEGMENTS = [
    "Auto > Intenders > SUV",
    "Sports > Running",
    "Travel > Beach Holidays",
    "Food > Vegan Recipes",
    "Tech > Early Adopters",
    "Home > DIY",
    "Finance > Credit Card Shoppers",
    "Gaming > Racing Games",
]


def _segment(d: Doc) -> str:
    kind = d.pick(sorted(SENSITIVE_SEGMENTS))
    return d.mark(kind, str(d.pick(SENSITIVE_SEGMENTS[kind])), f"segment:{kind}")


def openrtb_bid_request(d: Doc) -> Json:
    precise = d.chance(0.4)
    if precise:
        lat, lon = d.geo()
        geo: dict[str, Any] = {"lat": lat, "lon": lon, "type": 1, "accuracy": d.rng.randint(5, 50)}
    else:
        lat, lon = d.coarse()
        geo = {"lat": lat, "lon": lon, "type": 2, "country": d.country(), "city": d.city()}
    segs = [{"id": d.hex(6), "name": str(d.pick(PLAIN_SEGMENTS))}]
    if d.chance(0.75):
        segs.append({"id": d.hex(6), "name": _segment(d)})
    device: dict[str, Any] = {
        "ua": d.ua(),
        "ifa": d.idfa(),
        "geo": geo,
        "os": d.pick(["iOS", "Android"]),
        "devicetype": 4,
        "lmt": 0,
    }
    if d.chance(0.75):
        if d.chance(0.8):
            device["ip"] = d.ip4()
        else:
            device["ipv6"] = d.ip6()
    # only neutral apps: a prayer or dating app's name would itself hint at a category
    a_name = app(d, d.pick(["fitness", "social", "retail", "mobility"]))
    return {
        "id": d.uuid(),
        "imp": [
            {"id": "1", "banner": {"w": 320, "h": 50}, "bidfloor": round(d.rng.uniform(0.1, 2), 2)}
        ],
        "app": {"id": d.hex(8), "name": a_name, "bundle": f"com.{slug(a_name)}"},
        "device": device,
        "user": {
            "id": d.hex(16),
            "yob": d.rng.randint(1960, 2004),
            "gender": d.pick(["M", "F", "O"]),
            "data": [{"id": "dmp-7", "name": "partner-dmp", "segment": segs}],
        },
        "regs": {"ext": {"gdpr": 1}},
        "tmax": 120,
    }


def audience_sync(d: Doc) -> Json:
    sensitive = d.chance(0.6)
    name = _segment(d) if sensitive else str(d.pick(PLAIN_SEGMENTS))
    members = [
        {"em": d.hashed_identifier(d.unused_email()), "maid": d.idfa()}
        for _ in range(d.rng.randint(2, 4))
    ]
    return {
        "audience": {"id": f"aud_{d.hex(8)}", "name": name, "ttl_days": 30},
        "operation": "add",
        "members": members,
        "destination": d.pick(["dsp-alpha", "social-ads", "ctv-network"]),
        "synced_at": d.ts(),
    }


def attribution_postback(d: Doc) -> Json:
    params: dict[str, Any] = {
        "appsflyer_id": f"{d.epoch_ms()}-{d.hex(8)}",
        "idfa": d.idfa(),
        "ip": d.ip4(),
        "event_name": d.pick(["af_purchase", "af_complete_registration", "install"]),
        "event_revenue": round(d.rng.uniform(0, 40), 2),
        "media_source": d.pick(["googleadwords_int", "Facebook Ads", "tiktokglobal_int"]),
        "campaign": q(d.pick(["spring_promo", "retarget_q2", "brand_uac"])),
        "city": q(d.city()),
        "country_code": d.country(),
        "app_version": d.version(),
    }
    if d.chance(0.3):
        params["customer_user_id"] = d.enc(d.email())
    return f"https://postback.partner-network.example/af?{query(params)}"


def capi_event(d: Doc) -> Json:
    user: dict[str, Any] = {
        "em": [d.hashed_identifier(d.unused_email())],
        "ph": [d.hashed_phone()],
        "client_ip_address": d.ip(),
        "client_user_agent": d.ua(),
        "fbp": f"fb.1.{d.epoch_ms()}.{d.rng.randint(100000, 999999)}",
    }
    body: dict[str, Any] = {
        "data": [
            {
                "event_name": d.pick(["Purchase", "Lead", "CompleteRegistration"]),
                "event_time": d.epoch_s(),
                "action_source": "app",
                "user_data": user,
                "custom_data": {"currency": "EUR", "value": round(d.rng.uniform(5, 120), 2)},
            }
        ]
    }
    if d.chance(0.4):
        body["access_token"] = d.opaque_token()
    return body


def cmp_consent_event(d: Doc) -> Json:
    return {
        "event": "consent_updated",
        "tcString": f"CP{d.b64url(40)}.YAAAAAAAAAA",
        "gdprApplies": True,
        "purposes": {str(i): d.chance(0.5) for i in range(1, 11)},
        "vendors_consented": sorted(d.rng.sample(range(1, 900), 6)),
        "user": {"id": f"u_{d.hex(10)}", "ip": d.ip()},
        "cmp": {"id": 28, "version": d.rng.randint(2, 9)},
        "at": d.ts(),
    }


def cdp_identity_merge(d: Doc) -> Json:
    parts = d.name_parts()
    ids = [
        {"type": "email", "value": d.email(parts)},
        {"type": "phone", "value": d.phone(compact=True)},
        {"type": "idfa", "value": d.idfa()},
        {"type": "anonymous_id", "value": d.uuid()},
    ]
    if d.chance(0.4):
        ids.append({"type": "email", "value": d.email()})
    return {
        "merge_id": d.uuid(),
        "profile": {"first_name": parts[0], "last_name": parts[1]},
        "identities": ids,
        "rule": "deterministic:email",
        "at": d.ts(),
    }


def ad_click_log(d: Doc) -> Json:
    landing_params = {"utm_source": "display", "gclid": d.b64url(30)}
    if d.chance(0.6):
        landing_params["email"] = d.enc(d.email())
    landing = f"https://{slug(app(d, 'retail'))}.com/welcome?{query(landing_params)}"
    return {
        "click_id": d.uuid(),
        "creative": f"cr-{d.hex(6)}",
        "landing_url": landing,
        "ip": d.ip(),
        "ua": d.ua(),
        "ts": d.ts(),
    }
