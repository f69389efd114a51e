"""Messaging and engagement: push payloads, e-mail and SMS webhooks, in-app messages, links."""

from typing import Any

from .common import app, q, query, slug
from .doc import Doc, Json

REMINDER = {
    "en": ("Time for your {med}", "Tap to log your dose."),
    "de": ("Zeit für {med}", "Tippe, um die Einnahme zu bestätigen."),
    "fr": ("C'est l'heure de prendre {med}", "Touchez pour confirmer la prise."),
    "es": ("Hora de tomar {med}", "Toca para registrar la toma."),
}
APPT = {
    "en": "Your appointment with {name} is confirmed for tomorrow.",
    "de": "Dein Termin bei {name} ist für morgen bestätigt.",
    "fr": "Votre rendez-vous avec {name} est confirmé pour demain.",
    "es": "Tu cita con {name} está confirmada para mañana.",
}
GREET = {
    "en": "Welcome back, {name}! Your order has shipped.",
    "de": "Willkommen zurück, {name}! Deine Bestellung ist unterwegs.",
    "fr": "Bon retour, {name} ! Votre commande est en route.",
    "es": "¡Hola de nuevo, {name}! Tu pedido ya está en camino.",
}


def apns_payload(d: Doc) -> Json:
    variant = d.pick(["med", "appt", "plain"])
    brand = app(d, "pharmacy" if variant == "med" else "retail")
    if variant == "med":
        title_t, body = REMINDER[d.lang]
        title = title_t.format(med=d.medication())
    elif variant == "appt":
        title = brand
        body = APPT[d.lang].format(name=d.name())
    else:
        title = brand
        body = GREET[d.lang].format(name=d.name())
    return {
        "aps": {
            "alert": {"title": title, "body": body},
            "sound": "default",
            "badge": d.rng.randint(1, 9),
            "mutable-content": 1,
        },
        "deeplink": f"{slug(brand)}://open/{d.hex(8)}",
        "campaign_id": f"cmp_{d.hex(8)}",
    }


def fcm_message(d: Doc) -> Json:
    variant = d.pick(["chat", "reminder", "location"])
    data: dict[str, str] = {"type": variant, "thread": d.uuid()}
    if variant == "chat":
        data["preview"] = d.text_any(0.35)
        data["sender"] = d.name()
    elif variant == "reminder":
        data["preview"] = d.say_ordinary(d.pick(["phone", "postal_address"]))
    else:
        data["pickup"] = d.geo_str()
        data["driver"] = d.name()
    return {
        "message": {
            "topic": f"user-{d.hex(10)}",
            "data": data,
            "android": {"priority": "high", "ttl": "3600s"},
            "apns": {"headers": {"apns-priority": "10"}},
        }
    }


def email_webhook_events(d: Doc) -> Json:
    email = d.email()
    base = {"email": email, "sg_message_id": f"{d.alnum(22)}.filter0001", "category": ["receipt"]}
    events: list[dict[str, Any]] = [dict(base, event="delivered", timestamp=d.epoch_s())]
    if d.chance(0.7):
        events.append(dict(base, event="open", timestamp=d.epoch_s(), ip=d.ip(), useragent=d.ua()))
    if d.chance(0.4):
        events.append(
            dict(
                base,
                event="click",
                timestamp=d.epoch_s(),
                ip=d.ip(),
                url=f"https://{slug(app(d, 'retail'))}.com/orders?ref=mail",
            )
        )
    return events


def sms_callback(d: Doc) -> Json:
    params: dict[str, Any] = {
        "SmsSid": "SM" + d.hex(32),
        "AccountSid": "AC" + d.hex(32),
        "From": d.enc(d.phone(compact=True)),
        "To": d.enc(d.phone(compact=True)),
        "NumSegments": 1,
    }
    if d.chance(0.35):
        params["Body"] = d.say_encoded(d.special_kind())
    else:
        params["Body"] = q(d.pick(["STOP", "YES", "C", "OK thanks"]))
    params["SmsStatus"] = "received"
    params["ApiVersion"] = "2010-04-01"
    return query(params)


def inapp_message(d: Doc) -> Json:
    name = d.name()
    return {
        "message_id": f"iam_{d.hex(10)}",
        "layout": d.pick(["modal", "slideup", "full"]),
        "rendered": {
            "header": GREET[d.lang].format(name=name),
            "buttons": [{"text": "OK", "action": "close"}],
        },
        "trigger": "session_start",
        "user": f"u_{d.hex(8)}",
    }


def deep_link_log(d: Doc) -> Json:
    scheme = slug(app(d, d.pick(["fintech", "retail", "social"])))
    links = []
    if d.chance(0.6):
        links.append(f"{scheme}://reset-password?token={d.opaque_token()}&email={d.enc(d.email())}")
    else:
        links.append(f"{scheme}://magic-login?jwt={d.jwt()}")
    links.append(f"{scheme}://product/{d.hex(6)}?utm_source=push&utm_campaign=spring")
    return {
        "platform": d.pick(["ios", "android"]),
        "opened": [
            {"url": u, "at": d.ts(), "source": d.pick(["email", "push", "sms"])} for u in links
        ],
    }


def whatsapp_webhook(d: Doc) -> Json:
    msg_text = d.text_any(0.4)
    full = d.phone(compact=True)
    phone = full.lstrip("+")
    d.scrub(full)
    d.mark("phone", phone)
    return {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "id": d.hex(12),
                "changes": [
                    {
                        "field": "messages",
                        "value": {
                            "messaging_product": "whatsapp",
                            "contacts": [{"profile": {"name": d.name()}, "wa_id": phone}],
                            "messages": [
                                {
                                    "from": phone,
                                    "id": f"wamid.{d.b64url(24)}",
                                    "timestamp": str(d.epoch_s()),
                                    "type": "text",
                                    "text": {"body": msg_text},
                                }
                            ],
                        },
                    }
                ],
            }
        ],
    }
