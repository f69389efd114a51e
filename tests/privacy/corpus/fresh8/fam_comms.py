"""Messages: chat, support tickets, e-mail threads and call transcripts."""

from __future__ import annotations

from typing import Any

from . import fill
from .ctx import Ctx

SIGNOFF = {"en": "Cheers,", "de": "Viele Grüße", "fr": "Cordialement,", "es": "Un saludo,"}


def _mention(c: Ctx) -> str:
    """An @mention that spells a real name (a person name, unlike an opaque handle)."""
    p = c.person()
    return "@" + p.given.split()[0].lower() + "." + p.family.split()[-1].lower()


def slack_message(c: Ctx) -> Any:
    text = c.special() if c.chance(0.75) else c.tempting()
    if c.chance(0.5):
        text = f"{_mention(c)} {text}"
    doc: dict[str, Any] = {"type": "message", "channel": fill.short_code(c.rng, "C", 10),
                           "user": fill.short_code(c.rng, "U", 10), "text": text,
                           "ts": f"{fill.epoch(c.rng)}.{c.rng.randint(100000, 999999)}"}
    if c.chance(0.4):
        doc["user_profile"] = {"real_name": c.name(), "display_name": fill.ident(c.rng, "", 6)}
    return {"event": doc, "team_id": fill.short_code(c.rng, "T", 9)}


def teams_message(c: Ctx) -> Any:
    sender = c.person()
    body = f"<p>{c.chat()}</p><p>{c.special()}</p>"
    return {"@odata.type": "#microsoft.graph.chatMessage", "id": str(fill.epoch(c.rng)),
            "from": {"user": {"id": fill.uuid(c.rng), "displayName": sender.full}},
            "body": {"contentType": "html", "content": body},
            "createdDateTime": fill.timestamp(c.rng)}


def support_ticket(c: Ctx) -> Any:
    p = c.person()
    parts = [c.chat()]
    roll = c.rng.random()
    if roll < 0.55:
        parts.append(c.special())
    elif roll < 0.8:
        parts.append(c.tempting())
    if c.chance(0.2):
        parts.append(c.pick(["charged twice on card", "doppelt abgebucht, Karte",
                             "cobro duplicado en la tarjeta", "débité deux fois, carte"])
                     + f" {c.card(c.pick(['spaced', 'plain']))}")
    doc: dict[str, Any] = {"ticket": {"id": c.rng.randint(10000, 99999),
                                      "subject": c.pick(["Help", "Problema con pedido",
                                                         "Question compte", "Frage"]),
                                      "requester": {"name": p.full, "email": c.email(p)},
                                      "description": " ".join(parts),
                                      "priority": c.pick(["low", "normal", "high"])}}
    if c.chance(0.3):
        doc["ticket"]["comments"] = [{"author": "agent", "body": c.chat()}]
    return doc


def email_thread(c: Ctx) -> Any:
    a, b = c.person(), c.person()
    a_mail, b_mail = c.email(a), c.email(b, c.pick(["northpeak.io", "helios-care.org"]))
    first = f"{c.chat()}\n\n{c.special()}\n\n{SIGNOFF[c.lang]}\n{a.given}"
    reply = f"{c.chat()}\n\n{b.full}\n{c.phone()}" if c.chance(0.5) else c.chat()
    return {"thread_id": fill.hexstr(c.rng, 16), "messages": [
        {"headers": {"From": f"{a.full} <{a_mail}>", "To": b_mail,
                     "Subject": c.pick(["Re: Urlaub", "Absence", "vacaciones", "next week"])},
         "body": first},
        {"headers": {"From": b_mail, "To": a_mail}, "body": reply}]}


def call_transcript(c: Ctx) -> Any:
    agent, caller = c.person(), c.person()
    turns = [{"speaker": "agent", "text": f"thanks for calling, this is {agent.given}"},
             {"speaker": "caller", "text": f"hi, {caller.full} here. {c.chat()}"},
             {"speaker": "caller", "text": c.special()}]
    if c.chance(0.4):
        turns.append({"speaker": "caller", "text": f"my date of birth is {c.dob('local')}"})
    if c.chance(0.35):
        turns.append({"speaker": "caller",
                      "text": f"the card is {c.card('spaced')}, expiry 0{c.rng.randint(1, 9)}/27"})
    return {"call_id": fill.uuid(c.rng), "duration_s": c.rng.randint(60, 1200), "turns": turns,
            "language": c.lang}


def sms_thread(c: Ctx) -> Any:
    msgs = [{"from": c.phone(), "body": c.chat()},
            {"from": "clinic", "body": c.say(c.pick(["health", "health", "sex_life_orientation"]))}]
    return {"conversation": fill.uuid(c.rng), "messages": msgs}


FAMILIES = [
    ("slack_message", slack_message, 9),
    ("teams_message", teams_message, 5),
    ("support_ticket", support_ticket, 8),
    ("email_thread", email_thread, 7),
    ("call_transcript", call_transcript, 6),
    ("sms_thread", sms_thread, 3),
]
