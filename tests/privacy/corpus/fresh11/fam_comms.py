"""CRM, helpdesk, messaging, team chat and e-mail provider payloads."""

from __future__ import annotations

from typing import Any

from . import pools
from .util import body, contact_line
from .values import Ctx

ALL_SPECIAL = (
    "health",
    "genetic",
    "racial_ethnic_origin",
    "political_opinion",
    "religious_belief",
    "trade_union",
    "sex_life_orientation",
    "criminal_record",
)


def crm_contact(c: Ctx) -> Any:
    p = not c.clean
    props: dict[str, Any] = {
        "createdate": c.ts(),
        "lifecyclestage": c.pick(("lead", "customer")),
        "hs_object_id": str(c.num(100, 99999)),
        "company": c.company(),
        "hs_lead_status": "OPEN",
    }
    if p:
        first, last = c.parts()
        props.update({"firstname": first, "lastname": last, "email": c.email(first, last)})
        if c.chance(0.6):
            props["phone"] = c.phone()
        if c.chance(0.4):
            props["address"] = c.street_line()
        if c.chance(0.3):
            props["date_of_birth"] = c.dob()
        if c.chance(0.3):
            props["notes_last_contacted"] = body(c, ALL_SPECIAL, 0.6)
    else:
        props.update(
            {
                "firstname": None,
                "lastname": None,
                "industry": "Religion & Spirituality" if c.chance(0.2) else "Retail",
                "hs_analytics_source": "ORGANIC_SEARCH",
            }
        )
    return {
        "id": str(c.num(100, 99999)),
        "properties": props,
        "createdAt": c.ts(),
        "archived": False,
    }


def crm_deal(c: Ctx) -> Any:
    p = not c.clean
    records = []
    for _ in range(c.num(1, 3)):
        rec: dict[str, Any] = {
            "attributes": {"type": "Opportunity", "url": "/services/data/v59.0"},
            "Id": c.rid("006", 15),
            "Name": c.pick(pools.PROJECTS),
            "StageName": c.pick(("Prospecting", "Closed Won")),
            "Amount": c.amount(),
            "CloseDate": c.day(),
        }
        if p:
            rec["Owner"] = {"Name": c.name("full")}
            rec["Description"] = f"{c.neutral()} {contact_line(c)}"
        else:
            rec["Owner"] = {"Name": c.pick(pools.QUEUES)}
        records.append(rec)
    return {"totalSize": len(records), "done": True, "records": records}


def helpdesk_ticket(c: Ctx) -> Any:
    p = not c.clean
    comments = []
    for i in range(c.num(1, 3)):
        comments.append(
            {
                "id": c.num(1000, 99999),
                "public": i == 0,
                "created_at": c.ts(),
                "author_id": c.num(100, 9999),
                "body": body(c, ALL_SPECIAL, 0.6),
            }
        )
    ticket: dict[str, Any] = {
        "id": c.num(1000, 99999),
        "subject": c.neutral(),
        "status": c.pick(("open", "pending", "solved")),
        "priority": "normal",
        "group": c.pick(pools.QUEUES),
        "tags": ["vip", "eu"],
        "comments": comments,
    }
    if p:
        ticket["requester"] = {"name": c.name(), "email": c.email()}
        ticket["assignee"] = c.name(c.pick(("full", "initial")))
        if c.chance(0.2):
            ticket["custom_fields"] = [{"id": 360001, "value": c.dob()}]
    else:
        ticket["assignee"] = c.pick(pools.QUEUES)
        ticket["requester"] = {"name": "API integration", "email": None}
    return {"ticket": ticket}


def sms_webhook(c: Ctx) -> Any:
    p = not c.clean
    msg: dict[str, Any] = {
        "MessageSid": c.rid("SM", 32),
        "AccountSid": c.rid("AC", 32),
        "NumMedia": "0",
        "SmsStatus": "received",
        "ApiVersion": "2010-04-01",
    }
    if p:
        msg["From"] = c.phone()
        msg["To"] = c.phone()
        msg["Body"] = body(c, ALL_SPECIAL, 0.5)
        if c.chance(0.3):
            msg["FromCity"] = c.coarse_place()["city"]
    else:
        msg["From"] = "ACME"
        msg["To"] = "shortcode-44123"
        msg["Body"] = c.pick(("STOP", "HELP", c.trap()))
    return msg


def voice_call(c: Ctx) -> Any:
    p = not c.clean
    call: dict[str, Any] = {
        "call_id": c.uuid(),
        "direction": "inbound",
        "duration_s": c.num(5, 900),
        "queue": c.pick(pools.QUEUES),
        "recording_url": "/recordings/" + c.rid("RE", 20),
        "started_at": c.ts(),
    }
    if p:
        call["caller"] = {"number": c.phone(), "cnam": c.name("last_first")}
        turns = [
            {"speaker": "agent", "text": c.greeting() + " " + c.neutral()},
            {"speaker": "caller", "text": body(c, ALL_SPECIAL, 0.7)},
        ]
        if c.chance(0.3):
            turns.append({"speaker": "caller", "text": f"My card number is {c.card()}."})
        call["transcript"] = turns
        if c.chance(0.3):
            call["voiceprint"] = {"engine": "vbx-3", "template": c.voiceprint()}
    else:
        call["caller"] = {"number": "anonymous"}
        call["ivr_path"] = ["main", "billing", "agent"]
    return call


def chat_event(c: Ctx) -> Any:
    p = not c.clean
    event: dict[str, Any] = {
        "type": "message",
        "channel": c.rid("C", 10).upper(),
        "user": c.rid("U", 10).upper(),
        "ts": f"{c.epoch()}.000200",
        "team": c.rid("T", 8).upper(),
    }
    if p:
        event["text"] = f"<@{event['user']}> " + body(c, ALL_SPECIAL, 0.5)
        event["user_profile"] = {"real_name": c.name("full"), "display_name": c.rid("", 6).lower()}
        if c.chance(0.2):
            event["text"] += (
                f" here's the prod key {c.secret(c.pick(('aws_key_id', 'stripe', 'github')))}"
            )
    else:
        event["text"] = c.trap()
        event["bot_profile"] = {"name": c.pick(("Jenkins", "Jira Cloud", "Victoria Bot"))}
    return {
        "token": None,
        "team_id": event["team"],
        "api_app_id": c.rid("A", 10).upper(),
        "event": event,
        "type": "event_callback",
        "event_id": c.rid("Ev", 10),
    }


def email_events(c: Ctx) -> Any:
    p = not c.clean
    events = []
    for _ in range(c.num(1, 3)):
        ev: dict[str, Any] = {
            "event": c.pick(("delivered", "open", "bounce", "click")),
            "timestamp": c.epoch(),
            "sg_event_id": c.rid("", 22),
            "sg_message_id": c.rid("", 22),
            "category": ["newsletter"],
        }
        if p:
            ev["email"] = c.email()
            if c.chance(0.5):
                ev["ip"] = c.ip()
                ev["useragent"] = "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"
        else:
            ev["email_hash"] = c.hexs(64)
            ev["asm_group_id"] = c.num(1, 40)
        events.append(ev)
    return events


def email_thread(c: Ctx) -> Any:
    p = not c.clean
    if not p:
        return {
            "id": c.rid("", 16),
            "threadId": c.rid("", 16),
            "labelIds": ["INBOX"],
            "snippet": c.trap(),
            "payload": {
                "headers": [
                    {"name": "Subject", "value": "Weekly status"},
                    {"name": "X-Mailer", "value": "Thunderbird 115.3.1"},
                ]
            },
        }
    sender = c.named_email()
    headers = [
        {"name": "From", "value": sender},
        {"name": "To", "value": c.named_email()},
        {"name": "Subject", "value": "Re: " + c.neutral()[:30]},
        {"name": "Received", "value": f"from mx.example.net ([{c.ip()}])"},
    ]
    text = f"{c.greeting()}\n\n{body(c, ALL_SPECIAL, 0.6)}\n\n-- \n{c.name('full')}"
    if c.chance(0.3):
        text += f"\n{c.phone()}"
    return {
        "id": c.rid("", 16),
        "threadId": c.rid("", 16),
        "payload": {"headers": headers, "body": {"data": text}},
        "sizeEstimate": c.num(2000, 90000),
    }
