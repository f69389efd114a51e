"""Messaging: helpdesk tickets, team chat, e-mail provider events, SMS webhooks."""

from __future__ import annotations

from typing import Any

from .ctx import Ctx

GREET = {"en": "Hi {n},", "de": "Hallo {n},", "fr": "Bonjour {n},", "es": "Hola {n}:"}


def helpdesk_ticket(c: Ctx) -> Any:
    t: dict[str, Any] = {
        "id": c.rng.randint(10000, 99999),
        "status": "open",
        "priority": c.pick(("low", "normal", "high")),
        "tags": ["portal", c.lang],
        "via": {"channel": "email"},
    }
    if c.clean:
        t["subject"] = "Password reset link expired"
        t["requester"] = {"name": c.actor(), "email": None}
        t["comments"] = [
            {"author": "Tier 1", "body": c.trap(), "public": False},
            {"author": "System", "body": "Ticket merged into #" + str(c.rng.randint(10000, 99999))},
        ]
        return {"ticket": t}
    f, last = c.person("requester")
    mail = c.email(f, last, "requester")
    agent = c.first(detail="agent")
    body = (
        GREET[c.lang].format(n=agent)
        + "\n"
        + c.any_special()
        + "\n"
        + c.pick(("Gracias", "Danke", "Merci", "Thanks"))
        + f"\n{f}"
    )
    t["subject"] = c.pick(("Re: my claim", "AW: Antrag", "TR: dossier", "RV: solicitud"))
    t["requester"] = {"name": f"{f} {last}", "email": mail}
    t["comments"] = [{"author": f"{f} {last} <{mail}>", "body": body, "public": True}]
    if c.chance(0.5):
        quoted = "\n".join(
            "> " + ln
            for ln in (
                f"On {c.day(20)}, {c.pick(('Tier 1', 'Billing Queue'))} wrote:",
                c.trap("en"),
            )
        )
        t["comments"].append(
            {"author": agent, "body": "Forwarding internally.\n" + quoted, "public": False}
        )
    if c.chance(0.3):
        t["comments"].append(
            {"author": "Billing Queue", "body": c.text("health", c.pick(("en", "de", "fr", "es")))}
        )
    roll = c.rng.random()
    if roll < 0.15:
        t["comments"].append(
            {"author": f, "body": "pls charge this one instead " + c.card("pasted")}
        )
    elif roll < 0.25:
        t["comments"].append(
            {"author": f, "body": "my login is my email, pw: " + c.secret("password")}
        )
    if c.chance(0.4):
        t["via"] = {"channel": "web", "source": {"ip": c.ip(detail="web_form")}}
    return {"ticket": t}


def team_chat(c: Ctx) -> Any:
    ch = c.pick(("#ops-incidents", "#hr-private", "#general", "#field-team"))
    msgs: list[dict[str, Any]] = []
    for _ in range(c.rng.randint(2, 4)):
        if c.clean:
            msgs.append(
                {
                    "user": "U" + c.hex(8).upper(),
                    "text": c.trap(c.pick(("en", "de"))),
                    "ts": f"{c.epoch()}.{c.rng.randint(100, 999)}",
                }
            )
        else:
            msgs.append(
                {
                    "user": "U" + c.hex(8).upper(),
                    "user_name": c.name("chat_user", c.pick(("full", "initial"))),
                    "text": c.pick(("lol ok", "on it", "who has the on-call phone?")),
                    "ts": f"{c.epoch()}.{c.rng.randint(100, 999)}",
                }
            )
    if not c.clean:
        i = c.rng.randrange(len(msgs))
        lead = f"fyi {c.first(detail='mention')} " if c.chance(0.5) else "heads up: "
        msgs[i]["text"] = lead + c.any_special(c.pick(("en", "de", "fr", "es")))
    attendees = (
        [c.name("attendee") for _ in range(2)]
        if not c.clean and c.chance(0.4)
        else ["Facilities", "Room B12"]
    )
    return {
        "type": "event_callback",
        "event": {"type": "message", "channel": ch, "messages": msgs},
        "meeting": {"title": "standup", "attendees": attendees},
    }


def mail_events(c: Ctx) -> Any:
    """E-mail provider stats keyed by recipient address."""
    if c.clean:
        return {
            "stats": {
                "campaign-nov": {"delivered": 812, "bounced": 4, "opens": 0.4173},
                "campaign-dec": {"delivered": 0},
            },
            "domain": "mg.example.org",
            "assets": ["logo@2x.png", "banner@3x.webp"],
        }
    out: dict[str, Any] = {}
    for _ in range(c.rng.randint(1, 3)):
        out[c.email(detail="object_key")] = {
            "event": c.pick(("bounced", "opened", "complained")),
            "reason": c.pick(("550 5.1.1 mailbox unavailable", "spam report")),
            "ip": c.ip(detail="open_ip") if c.chance(0.5) else None,
        }
    return {"recipients": out, "domain": "mg.example.org", "assets": ["logo@2x.png"]}


def sms_webhook(c: Ctx) -> Any:
    if c.clean:
        return {
            "MessageSid": "SM" + c.hex(32),
            "From": "ACME-ALERT",
            "To": "short-code",
            "Body": c.pick(
                (
                    "Your parcel is out for delivery.",
                    "Reply STOP to opt out",
                    "Race day reminder: bib pickup from 8am",
                )
            ),
            "NumMedia": "0",
        }
    roll = c.rng.randrange(3)
    if roll == 0:
        body = "ok see u at the clinic. " + c.text("health", "en")
    elif roll == 1:
        body = f"{c.first(detail='sms_sender')} here, " + c.trap("en")
    else:
        body = "new address: " + c.address_str("sms_body")
    return {
        "MessageSid": "SM" + c.hex(32),
        "From": c.phone("from"),
        "To": c.phone("to"),
        "Body": body,
        "NumMedia": "0",
        "ApiVersion": "2010-04-01",
    }
