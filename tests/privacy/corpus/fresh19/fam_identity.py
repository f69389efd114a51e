"""Identity, accounts and money inside apps; plus mobility and delivery orders."""

from typing import Any

from .common import app, sentry_base, slug
from .doc import Doc, Json

P2P_NOTE = {
    "en": ["Rent for May, send the rest to {iban}", "Pay me back here: {iban}"],
    "de": ["Miete Mai, Rest bitte an {iban}", "Kannst du mir das auf {iban} überweisen?"],
    "fr": ["Loyer de mai, le reste sur {iban}", "Rembourse-moi sur {iban} stp"],
    "es": ["Alquiler de mayo, el resto a {iban}", "Devuélvemelo a {iban} porfa"],
}
DELIVERY_NOTE = {
    "en": "Leave at the door, please.",
    "de": "Bitte vor der Tür abstellen.",
    "fr": "Merci de laisser devant la porte.",
    "es": "Dejadlo en la puerta, por favor.",
}


def signup_form(d: Doc) -> Json:
    parts = d.name_parts()
    body: dict[str, Any] = {
        "first_name": parts[0],
        "last_name": parts[1],
        "email": d.email(parts),
        "password": d.password(),
        "password_confirmation": "********",
        "marketing_opt_in": d.chance(0.5),
    }
    if d.chance(0.6):
        body["date_of_birth"] = d.dob()
    if d.chance(0.5):
        body["phone"] = d.phone()
    return {
        "method": "POST",
        "path": "/api/v1/signup",
        "captured_by": "request-logger",
        "body": body,
        "ts": d.ts(),
    }


def password_reset_log(d: Doc) -> Json:
    email = d.email()
    host = slug(app(d, d.pick(["retail", "fintech", "social"])))
    token = d.opaque_token()
    lines = [
        f"{d.ts()} INFO auth.reset requested email={email} ip={d.ip()}",
        f"{d.ts()} DEBUG mailer.send to={email} template=reset_password "
        f"link=https://{host}.com/reset?token={token}",
        f"{d.ts()} INFO mailer.delivered to={email}",
    ]
    return "\n".join(lines)


def oauth_callback_log(d: Doc) -> Json:
    host = slug(app(d, d.pick(["retail", "social", "fitness"])))
    frag = f"access_token={d.jwt()}&token_type=Bearer&expires_in=3600&state={d.hex(12)}"
    line = (
        f'{d.ip()} - - [{d.ts()}] "GET /oauth/callback#{frag} HTTP/2.0" 200 512 '
        f'"https://accounts.idp.example/" "{d.ua()}"'
    )
    if d.chance(0.4):
        line += f" client_secret={d.oauth_secret()}"
    return {"source": f"{host}-edge", "message": line}


def sdk_config_keys(d: Doc) -> Json:
    cfg: dict[str, Any] = {
        "app": app(d, d.pick(["retail", "fitness", "social"])),
        "analytics": {"provider": "segment", "writeKey": d.alnum(32), "flushAt": 20},
        "crash": {"provider": "sentry", "enabled": True},
    }
    # the Segment write key above is an API key
    d.mark("credential", cfg["analytics"]["writeKey"], "credential/write_key")
    choice = d.rng.sample(["firebase", "stripe", "aws", "slack", "github", "sendgrid", "npm"], 2)
    for c in sorted(choice):
        if c == "firebase":
            cfg["firebase"] = {"apiKey": d.google_key(), "projectId": f"{slug(cfg['app'])}-prod"}
        elif c == "stripe":
            cfg["payments"] = {"secretKey": d.stripe_key(), "currency": "eur"}
        elif c == "aws":
            cfg["uploads"] = {
                "bucket": "user-media-prod",
                "accessKeyId": d.aws_key_id(),
                "secretAccessKey": d.aws_secret(),
                "region": "eu-central-1",
            }
        elif c == "slack":
            cfg["alerts"] = {"slackToken": d.slack_token(), "channel": "#mobile-alerts"}
        elif c == "github":
            cfg["updater"] = {"githubToken": d.github_token(), "repo": "mobile/releases"}
        elif c == "sendgrid":
            cfg["mail"] = {"sendgridApiKey": d.sendgrid_key()}
        else:
            cfg["registry"] = {"npmToken": d.npm_token()}
    return cfg


def auth_header_capture(d: Doc) -> Json:
    if d.chance(0.6):
        auth = f"Bearer {d.jwt()}"
    else:
        auth = d.basic_auth()
    return {
        "request": {
            "method": d.pick(["GET", "POST"]),
            "url": f"https://api.{slug(app(d, 'fintech'))}.com/v3/accounts",
            "headers": {
                "Authorization": auth,
                "User-Agent": d.ua(),
                "X-Request-Id": d.uuid(),
                "X-Forwarded-For": d.ip(),
            },
        },
        "response": {"status": d.pick([200, 401, 403]), "duration_ms": d.rng.randint(8, 900)},
    }


def jwt_breadcrumbs(d: Doc) -> Json:
    ev = sentry_base(d, "javascript")
    jwt = d.jwt()
    ev["breadcrumbs"] = {
        "values": [
            {
                "category": "fetch",
                "type": "http",
                "data": {"url": "/api/session", "method": "POST", "status_code": 200},
                "timestamp": d.epoch_s(),
            },
            {
                "category": "console",
                "level": "log",
                "message": f"session ready token={jwt}",
                "timestamp": d.epoch_s(),
            },
            {
                "category": "navigation",
                "data": {"from": "/login", "to": "/home"},
                "timestamp": d.epoch_s(),
            },
        ]
    }
    ev["exception"] = {
        "values": [{"type": "TypeError", "value": "Cannot read properties of undefined"}]
    }
    if d.chance(0.5):
        ev["user"] = {"id": f"u_{d.hex(8)}", "email": d.email()}
    return ev


def kyc_document_upload(d: Doc) -> Json:
    first, last = d.name_parts()
    a = d.address()
    doc_type = d.pick(["passport", "id_card"])
    body: dict[str, Any] = {
        "applicant": {
            "first_name": first,
            "last_name": last,
            "dob": d.dob(),
            "address": {"line1": a.line1, "postcode": a.postcode, "town": a.city},
        },
        "document": {"type": doc_type, "issuing_country": d.country()},
        "selfie_match_score": round(d.rng.uniform(0.7, 0.99), 4),
        "auth_method": d.pick(["fingerprint", "face_id", "pin"]),
    }
    if doc_type == "passport":
        body["document"]["number"] = d.passport()
    else:
        body["document"]["personal_number"] = d.national_id()
    return body


def bank_link_webhook(d: Doc) -> Json:
    holder = d.name()
    variant = d.pick(["iban", "iban", "us", "uk"]) if d.lang == "en" else "iban"
    acct: dict[str, Any] = {"holder_name": holder, "currency": "EUR"}
    if variant == "iban":
        acct["iban"] = d.iban()
        acct["bic"] = d.pick(["INGDDEFFXXX", "BNPAFRPPXXX", "CAIXESBBXXX", "NWBKGB2L"])
    elif variant == "us":
        routing, number = d.us_bank()
        acct.update({"routing_number": routing, "account_number": number, "currency": "USD"})
    else:
        sort, number = d.uk_bank()
        acct.update({"sort_code": sort, "account_number": number, "currency": "GBP"})
    return {
        "webhook_type": "ITEM",
        "webhook_code": "ACCOUNT_LINKED",
        "item_id": d.alnum(24),
        "account": acct,
        "institution": d.pick(["ins_3", "ins_109", "ins_56"]),
    }


def checkout_card_leak(d: Doc) -> Json:
    a = d.address()
    return {
        "event": "checkout_submit",
        "level": "debug",
        "form": {
            "cardholder": d.name(),
            "card_number": d.card(),
            "exp": f"{d.rng.randint(1, 12):02d}/{d.rng.randint(26, 31)}",
            "cvc": "***",
            "billing_address": a.full,
        },
        "cart_total": round(d.rng.uniform(10, 300), 2),
        "ts": d.ts(),
    }


def p2p_payment_note(d: Doc) -> Json:
    iban = d.iban(spaced=True)
    note = str(d.pick(P2P_NOTE[d.lang])).format(iban=iban)
    return {
        "payment_id": f"p2p_{d.hex(12)}",
        "from": {"handle": f"${d.pick(['nightowl', 'maple', 'quartz'])}{d.rng.randint(1, 99)}"},
        "to": {"name": d.name()},
        "amount": round(d.rng.uniform(5, 900), 2),
        "note": note,
        "created": d.ts(),
    }


def rideshare_trip(d: Doc) -> Json:
    plat, plon = d.geo()
    drop = d.address()
    return {
        "trip_id": d.uuid(),
        "status": d.pick(["completed", "cancelled_by_rider", "in_progress"]),
        "pickup": {"lat": plat, "lng": plon},
        "dropoff": {"address": drop.full},
        "driver": {"name": d.name(), "vehicle": d.pick(["Toyota Prius", "Skoda Octavia"])},
        "rider": {"phone": d.phone(), "rating": round(d.rng.uniform(4.2, 5), 2)},
        "fare": {"amount": round(d.rng.uniform(6, 60), 2), "currency": "EUR"},
        "app": app(d, "mobility"),
    }


def food_delivery_order(d: Doc) -> Json:
    a = d.address()
    body: dict[str, Any] = {
        "order_id": f"ord_{d.hex(10)}",
        "customer": {"name": d.name(), "phone": d.phone()},
        "delivery": {"address": a.full, "instructions": DELIVERY_NOTE[d.lang]},
        "items": [{"sku": d.hex(6), "qty": d.rng.randint(1, 3)}],
    }
    if d.chance(0.5):
        body["customer"]["allergies"] = [d.allergy()]
    return body


def webhook_delivery(d: Doc) -> Json:
    return {
        "endpoint": {
            "url": f"https://hooks.{slug(app(d, 'retail'))}.com/in/{d.hex(8)}",
            "signing_secret": d.webhook_secret(),
            "events": ["order.created", "order.refunded"],
        },
        "last_attempt": {"status": 500, "duration_ms": d.rng.randint(30, 9000), "at": d.ts()},
        "retries": d.rng.randint(0, 5),
    }
