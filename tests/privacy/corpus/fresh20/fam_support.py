"""Contact centre and support families: tickets, chats, calls, e-mail, SMS, disputes."""

from __future__ import annotations

from typing import Any

from .common import brand, mobile_ua, user_agent
from .compose import (
    cap,
    close,
    cyc,
    extra,
    framed,
    greet,
    hn,
    issue,
    message,
    quote_header,
    quoted,
    reply,
    signature,
    sp,
    sp3,
    typo,
)
from .ctx import Ctx, Person
from .registry import family

SUBJECTS = {
    "en": {
        "billing": "Charged twice",
        "delivery": "Where is my order??",
        "cancel": "Cancellation",
        "login": "Locked out of account",
        "refund": "Refund still not received",
        "appointment": "Reschedule visit",
        "complaint": "Formal complaint",
    },
    "de": {
        "billing": "Doppelte Abbuchung",
        "delivery": "Bestellung nicht angekommen",
        "cancel": "Kündigung",
        "login": "Kein Zugang zum Kundenkonto",
        "refund": "Erstattung fehlt",
        "appointment": "Terminverschiebung",
        "complaint": "Beschwerde",
    },
    "fr": {
        "billing": "Double prélèvement",
        "delivery": "Commande non reçue",
        "cancel": "Résiliation",
        "login": "Accès au compte impossible",
        "refund": "Remboursement en attente",
        "appointment": "Report de rendez-vous",
        "complaint": "Réclamation",
    },
    "es": {
        "billing": "Cobro duplicado",
        "delivery": "Pedido sin llegar",
        "cancel": "Baja",
        "login": "No puedo acceder",
        "refund": "Reembolso pendiente",
        "appointment": "Cambio de cita",
        "complaint": "Reclamación",
    },
}

LOCATION = {
    "en": [
        ("Leeds, England, United Kingdom", 53.8, -1.55),
        ("Austin, Texas, United States", 30.27, -97.74),
        ("Bristol, England, United Kingdom", 51.45, -2.59),
        ("Portland, Oregon, United States", 45.52, -122.68),
    ],
    "de": [
        ("Berlin, Berlin, Germany", 52.52, 13.4),
        ("Köln, Nordrhein-Westfalen, Germany", 50.94, 6.96),
        ("München, Bayern, Germany", 48.14, 11.58),
    ],
    "fr": [
        ("Paris, Île-de-France, France", 48.86, 2.35),
        ("Lyon, Auvergne-Rhône-Alpes, France", 45.76, 4.84),
    ],
    "es": [
        ("Madrid, Comunidad de Madrid, Spain", 40.42, -3.7),
        ("Valencia, Comunidad Valenciana, Spain", 39.47, -0.38),
    ],
}


def _intl_digits(c: Ctx, mobile: bool = True) -> str:
    """A phone number as WhatsApp writes it: country code and digits only."""
    while True:
        raw = c.phone_raw(mobile=mobile)
        if raw.startswith("+"):
            return "".join(ch for ch in raw.replace("(0)", "") if ch.isdigit())


def _quote_customer(c: Ctx, who: Person, ks: list[str]) -> str:
    out = []
    for k in ks:
        if k.startswith("~"):
            out.append(cap(hn(c, k[1:], who)) + ".")
        else:
            lead = {
                "en": "Customer said: ",
                "de": "Kunde sagte: ",
                "fr": "Le client a dit : ",
                "es": "El cliente dijo: ",
            }[c.lang]
            out.append(lead + '"' + sp(c, k, who, start=True) + '."')
    return " ".join(out)


def _pay_by_card(c: Ctx, lead: str) -> str:
    card = c.card(fmt=c.pick(["plain", "space"]))
    line = {
        "en": f"can I just pay by card? it's {card}",
        "de": f"kann ich einfach mit Karte zahlen? {card}",
        "fr": f"je peux payer par carte ? c'est la {card}",
        "es": f"¿puedo pagar con tarjeta? es la {card}",
    }[c.lang]
    return (lead + " " + line).strip()


def _topic(c: Ctx) -> str:
    return c.pick(["billing", "delivery", "cancel", "login", "refund", "appointment", "complaint"])


@family(3, wrap={2: "bearer"})
def zendesk_ticket_webhook(c: Ctx) -> Any:
    name, dom = brand(c)
    sub = dom.split(".")[0].replace("-", "")
    cust, agent = c.person(), c.person()
    topic = _topic(c)
    ks = cyc(c, [["political_opinion"], ["~health"], ["~trade_union"]])
    body = message(c, cust, topic, tuple(extra(c, cust, ks)), sign=c.pick(["first", "full"]))
    tid = c.rint(20000, 989999)
    loc, lat, lon = c.pick(LOCATION[c.lang])
    c.decoy(repr(lat), "decoy:coarse-coordinates")
    comments = [
        {
            "id": c.nid(12),
            "type": "Comment",
            "author_id": c.nid(12),
            "body": body,
            "public": True,
            "created_at": c.ts(0),
            "via": {"channel": "email"},
            "metadata": {
                "system": {
                    "client": user_agent(c),
                    "ip_address": c.ip(),
                    "location": loc,
                    "latitude": lat,
                    "longitude": lon,
                },
                "custom": {},
            },
        }
    ]
    if c.chance(0.7):
        comments.append(
            {
                "id": c.nid(12),
                "type": "Comment",
                "author_id": c.nid(12),
                "body": reply(c, agent, cust.first, name),
                "public": True,
                "created_at": c.ts(c.rint(30, 900)),
                "via": {"channel": "web"},
            }
        )
    support = c.role_email(
        c.pick(["support", "help", "kundenservice" if c.lang == "de" else "care"]), dom
    )
    return {
        "ticket": {
            "id": tid,
            "url": f"https://{sub}.zendesk.com/api/v2/tickets/{tid}.json",
            "created_at": c.ts(0),
            "updated_at": c.ts(c.rint(30, 900)),
            "type": c.pick(["question", "incident", "problem", None]),
            "subject": SUBJECTS[c.lang][topic],
            "priority": c.pick(["normal", "high", "low", "urgent"]),
            "status": c.pick(["open", "pending", "solved"]),
            "recipient": support,
            "requester_id": c.nid(12),
            "assignee_id": c.nid(12),
            "group_id": c.nid(12),
            "tags": [topic, c.lang, c.pick(["web_widget", "email", "vip", "churn_risk"])],
            "via": {
                "channel": "email",
                "source": {
                    "from": {"address": cust.email(), "name": cust.full},
                    "to": {"address": support, "name": name},
                    "rel": None,
                },
            },
            "custom_fields": [
                {"id": c.nid(11), "value": topic},
                {"id": c.nid(11), "value": c.pick(["tier_1", "tier_2"])},
            ],
            "satisfaction_rating": {"score": "unoffered"},
        },
        "comments": comments,
    }


@family(4)
def zendesk_ticket_audit(c: Ctx) -> Any:
    _name, _dom = brand(c)
    cust = c.person()
    ks = cyc(c, [["card"], ["password"], ["card_bad"], ["card"], ["masked"]])
    lines = [greet(c), issue(c, "billing" if "card" in ks[0] else "login", 1)]
    if ks == ["card"]:
        num = c.card()
        lines.append(
            {
                "en": (
                    f"the card is {num} exp 0{c.rint(1, 9)}/{c.rint(26, 29)}, "
                    "please just take it from that one"
                ),
                "de": (
                    f"Karte: {num}, gültig bis 0{c.rint(1, 9)}/{c.rint(26, 29)}, "
                    "bitte davon abbuchen"
                ),
                "fr": f"ma carte : {num} exp 0{c.rint(1, 9)}/{c.rint(26, 29)}, prélevez dessus svp",
                "es": f"la tarjeta es {num} cad 0{c.rint(1, 9)}/{c.rint(26, 29)}, cobradlo ahí",
            }[c.lang]
        )
    elif ks == ["password"]:
        pw = c.password()
        lines.append(
            {
                "en": f"my username is my email and the password I set was {pw} if that helps",
                "de": f"mein Passwort war {pw}, vielleicht hilft das",
                "fr": f"mon mot de passe c'était {pw} si ça aide",
                "es": f"la contraseña que puse era {pw} por si os sirve",
            }[c.lang]
        )
    elif ks == ["card_bad"]:
        gift = c.card_bad(tag="decoy:gift-card")
        lines.append(
            {
                "en": f"gift card number {gift} shows a zero balance",
                "de": f"Gutscheinnummer {gift} zeigt 0 EUR Guthaben",
                "fr": f"la carte cadeau {gift} affiche un solde nul",
                "es": f"la tarjeta regalo {gift} sale con saldo cero",
            }[c.lang]
        )
    elif ks == ["health"]:
        lines.append(framed(c, sp(c, "health", cust)))
    else:
        tok = c.decoy("pm_" + c.alnum(24), "decoy:payment-token")
        lines.append(
            {
                "en": f"card ending {c.last4()}, token {tok}",
                "de": f"Karte endet auf {c.last4()}, Token {tok}",
                "fr": f"carte finissant par {c.last4()}, jeton {tok}",
                "es": f"tarjeta terminada en {c.last4()}, token {tok}",
            }[c.lang]
        )
    lines.append(close(c) + "\n" + cust.first)
    return {
        "audit": {
            "id": c.nid(12),
            "ticket_id": c.rint(20000, 989999),
            "created_at": c.ts(0),
            "author_id": c.nid(12),
            "metadata": {"system": {"client": user_agent(c), "ip_address": c.ip(v6=c.chance(0.3))}},
            "events": [
                {"id": c.nid(12), "type": "Comment", "body": "\n".join(lines), "public": True},
                {
                    "id": c.nid(12),
                    "type": "Change",
                    "field_name": "status",
                    "value": "open",
                    "previous_value": "new",
                },
                {
                    "id": c.nid(12),
                    "type": "Notification",
                    "subject": "[{{ticket.id}}] {{ticket.title}}",
                    "recipients": [c.nid(12)],
                },
            ],
            "via": {"channel": "web", "source": {"from": {}, "to": {}, "rel": None}},
        }
    }


@family(3, wrap={1: "basic"})
def freshdesk_ticket_webhook(c: Ctx) -> Any:
    _name, dom = brand(c)
    cust = c.person()
    topic = _topic(c)
    ks = cyc(c, [["sex_life_orientation"], [], ["trade_union"]])
    desc = message(c, cust, topic, tuple(extra(c, cust, ks)))
    html = "<div>" + desc.replace("\n\n", "</div><div>").replace("\n", "<br>") + "</div>"
    return {
        "freshdesk_webhook": {
            "ticket_id": c.rint(1000, 99999),
            "ticket_subject": SUBJECTS[c.lang][topic],
            "ticket_description": html,
            "ticket_status": c.pick(["Open", "Pending", "Waiting on Customer"]),
            "ticket_priority": c.pick(["Low", "Medium", "High"]),
            "ticket_source": c.pick(["Email", "Portal", "Phone"]),
            "ticket_requester_name": cust.full,
            "ticket_requester_email": cust.email(),
            "ticket_requester_phone": cust.phone() if c.chance(0.5) else "",
            "ticket_tags": f"{topic},{c.lang}",
            "ticket_url": f"https://{dom.split('.')[0]}.freshdesk.com/helpdesk/tickets/"
            + str(c.rint(1000, 99999)),
            "ticket_cf_order_number": f"{c.pick(['SO', 'W'])}-{c.rint(10000, 99999)}",
            "ticket_cf_channel_language": c.lang,
        }
    }


@family(3)
def helpscout_conversation(c: Ctx) -> Any:
    name, dom = brand(c)
    cust, agent = c.person(), c.person()
    topic = _topic(c)
    ks = cyc(c, [[], ["sex_life_orientation"], ["~criminal_record"]])
    first_msg = message(c, cust, topic, tuple(extra(c, cust, ks)))
    mail = cust.email()
    agent_txt = reply(c, agent, cust.first, name)
    nudge = {
        "en": "Still nothing. Please call me back on",
        "de": "Immer noch nichts. Bitte rufen Sie mich an unter",
        "fr": "Toujours rien. Rappelez-moi au",
        "es": "Sigo igual. Llamadme al",
    }[c.lang]
    header = quote_header(c, agent.full, c.role_email("support", dom), 40)
    follow = f"{typo(c, nudge)} {cust.phone()}\n\n{header}\n{quoted(agent_txt)}"
    cid = c.rint(100000000, 999999999)
    c.decoy(str(cid), "decoy:long-id", silent=True)
    return {
        "id": cid,
        "number": c.rint(1000, 99999),
        "type": "email",
        "folderId": c.rint(1000, 9999),
        "status": "active",
        "state": "published",
        "subject": SUBJECTS[c.lang][topic],
        "preview": first_msg[:80],
        "mailboxId": c.rint(10000, 99999),
        "createdBy": {"id": c.rint(100000, 999999), "type": "customer", "email": mail},
        "createdAt": c.ts(0),
        "primaryCustomer": {
            "id": c.rint(100000, 999999),
            "first": cust.first,
            "last": cust.last,
            "email": mail,
        },
        "tags": [{"id": c.rint(1000, 9999), "tag": topic}],
        "_embedded": {
            "threads": [
                {"id": c.nid(7), "type": "customer", "body": follow, "createdAt": c.ts(200)},
                {
                    "id": c.nid(7),
                    "type": "message",
                    "body": agent_txt,
                    "createdBy": {"type": "user", "first": agent.first, "last": agent.last},
                    "createdAt": c.ts(40),
                },
                {"id": c.nid(7), "type": "customer", "body": first_msg, "createdAt": c.ts(0)},
            ]
        },
    }


@family(3, wrap={2: ""})
def intercom_conversation_event(c: Ctx) -> Any:
    name, _dom = brand(c)
    user, admin = c.person(), c.person()
    ks = cyc(c, [["political_opinion"], ["religious_belief"], []])
    parts: list[dict[str, Any]] = []
    t = 0
    lines = [
        issue(c, _topic(c), 1),
        *extra(c, user, ks),
        {"en": "ok thanks", "de": "ok danke", "fr": "ok merci", "es": "vale gracias"}[c.lang],
    ]
    answer = reply(c, admin, "", name).split("\n\n")[1]
    seq = [("user", lines[0]), ("admin", answer)] + [("user", line) for line in lines[1:]]
    for who, line in seq:
        t += c.rint(1, 6)
        author = (
            {"type": "user", "id": c.hexs(24), "name": user.full}
            if who == "user"
            else {"type": "admin", "id": str(c.rint(1000000, 9999999)), "name": admin.first}
        )
        parts.append(
            {
                "type": "conversation_part",
                "id": str(c.rint(10000000, 99999999)),
                "part_type": "comment",
                "body": f"<p>{line}</p>",
                "created_at": c.epoch(t),
                "author": author,
            }
        )
    for p in parts:
        c.decoy(str(p["id"]), "decoy:long-id", silent=True)
        who_part: dict[str, str] = p["author"]
        if who_part["type"] == "admin":
            c.decoy(who_part["id"], "decoy:long-id", silent=True)
    return {
        "type": "notification_event",
        "app_id": c.alnum(8).lower(),
        "topic": "conversation.user.replied",
        "id": "notif_" + c.uuid(),
        "created_at": c.epoch(0),
        "data": {
            "type": "notification_event_data",
            "item": {
                "type": "conversation",
                "id": str(c.rint(100000, 999999)),
                "state": "open",
                "source": {
                    "type": "conversation",
                    "delivered_as": "customer_initiated",
                    "author": {
                        "type": "user",
                        "id": c.hexs(24),
                        "name": user.full,
                        "email": user.email(),
                    },
                },
                "contacts": {
                    "type": "contact.list",
                    "contacts": [{"type": "contact", "id": c.hexs(24)}],
                },
                "conversation_parts": {
                    "type": "conversation_part.list",
                    "conversation_parts": parts,
                    "total_count": len(parts),
                },
                "custom_attributes": {
                    "plan": c.pick(["pro", "free", "business"]),
                    "browser_language": c.lang,
                },
            },
        },
    }


@family(4)
def livechat_transcript(c: Ctx) -> Any:
    _name, dom = brand(c)
    visitor, agent = c.person(), c.person()
    ks = cyc(c, [["precise"], ["sex_life_orientation"], ["political_opinion"], ["precise"]])
    msgs = []
    hello = {
        "en": f"Hi, you're chatting with {agent.first}. How can I help?",
        "de": f"Hallo, hier ist {agent.first}. Wie kann ich helfen?",
        "fr": f"Bonjour, {agent.first} à votre écoute. Comment puis-je vous aider ?",
        "es": f"Hola, soy {agent.first}. ¿En qué te puedo ayudar?",
    }[c.lang]
    msgs.append(("agent", hello))
    msgs.append(("visitor", typo(c, issue(c, _topic(c), 1), 0.4)))
    for s in extra(c, visitor, [k for k in ks if k != "precise"]):
        msgs.append(("visitor", s))
    msgs.append(
        (
            "agent",
            {
                "en": "Could you confirm the email on the account?",
                "de": "Können Sie mir die E-Mail-Adresse des Kontos nennen?",
                "fr": "Pouvez-vous me confirmer l'adresse e-mail du compte ?",
                "es": "¿Me confirmas el correo de la cuenta?",
            }[c.lang],
        )
    )
    msgs.append(("visitor", visitor.email()))
    events = []
    for j, (who, text) in enumerate(msgs):
        events.append(
            {
                "type": "message",
                "author_id": visitor.email() if who == "visitor" else f"agent_{c.hexs(6)}",
                "text": text,
                "created_at": c.ts(j * 0.7, "ms"),
            }
        )
    geo: dict[str, Any]
    if ks == ["precise"]:
        lat, lon = c.geo()
        geo = {"latitude": lat, "longitude": lon, "accuracy_m": c.rint(5, 40), "source": "browser"}
    else:
        lat, lon = c.geo_coarse()
        geo = {"latitude": lat, "longitude": lon, "source": "ip"}
    return {
        "action": "chat_deactivated",
        "payload": {
            "chat_id": c.alnum(10, upper=True),
            "thread": {
                "id": c.alnum(10, upper=True),
                "events": events,
                "tags": [c.pick(["billing", "sales", "tech"])],
            },
            "visitor": {
                "name": visitor.full,
                "email": visitor.email(),
                "ip": c.ip(),
                "user_agent": user_agent(c),
                "geolocation": geo,
                "visits": c.rint(1, 14),
            },
            "agent": {"name": agent.full, "email": agent.email(dom)},
        },
    }


@family(5)
def call_transcript_turns(c: Ctx) -> Any:
    name, _dom = brand(c)
    cust, agent = c.person(), c.person()
    ks = cyc(c, [["card"], ["political_opinion"], ["religious_belief"], ["dob"], ["card"]])
    A = {
        "en": [
            f"Thank you for calling {name}, my name is {agent.first}, can I take your name please?",
            "Thanks. And can you confirm the first line of your address?",
            "Okay, I can see that on the account. What can I do for you today?",
            "I'm really sorry about that. Let me see what I can do.",
            "Right, I've put a note on the account. Is there anything else?",
        ],
        "de": [
            (
                f"{name}, mein Name ist {agent.first}, was kann ich für Sie "
                "tun? Darf ich Ihren Namen haben?"
            ),
            "Danke. Können Sie mir noch Ihre Anschrift bestätigen?",
            "Gut, ich habe das Konto gefunden. Worum geht es?",
            "Das tut mir leid. Ich schaue, was ich machen kann.",
            "Ich habe eine Notiz hinterlegt. Sonst noch etwas?",
        ],
        "fr": [
            f"{name} bonjour, {agent.first} à l'appareil, je peux avoir votre nom ?",
            "Merci. Vous pouvez me confirmer votre adresse ?",
            "D'accord, j'ai bien le dossier. Qu'est-ce que je peux faire pour vous ?",
            "Je suis désolé pour ça. Je regarde ce que je peux faire.",
            "J'ai mis une note sur le dossier. Autre chose ?",
        ],
        "es": [
            f"{name}, le atiende {agent.first}, ¿me dice su nombre?",
            "Gracias. ¿Me confirma la dirección?",
            "Vale, ya tengo la ficha. ¿En qué le puedo ayudar?",
            "Lo siento mucho. Vamos a ver qué se puede hacer.",
            "He dejado una nota en la ficha. ¿Algo más?",
        ],
    }[c.lang]
    C = [cust.full, c.street_line(), typo(c, issue(c, _topic(c), 2), 0.5)]
    if ks == ["card"]:
        C.append(
            {
                "en": "Can I just pay the balance now? The card number is ",
                "de": "Kann ich gleich zahlen? Die Kartennummer ist ",
                "fr": "Je peux payer maintenant ? Le numéro de carte c'est ",
                "es": "¿Puedo pagar ya? El número de la tarjeta es ",
            }[c.lang]
            + c.card(fmt="space")
        )
    elif ks == ["dob"]:
        C.append(
            {
                "en": "My date of birth is ",
                "de": "Mein Geburtsdatum ist der ",
                "fr": "Ma date de naissance c'est le ",
                "es": "Mi fecha de nacimiento es el ",
            }[c.lang]
            + c.dob("text")
        )
    elif ks[0].startswith("~"):
        C.append(cap(hn(c, ks[0][1:], cust)) + ".")
    else:
        C.append(sp(c, ks[0], cust, start=True) + ".")
    C.append(
        {
            "en": "No that's all, thanks.",
            "de": "Nein, das war's, danke.",
            "fr": "Non c'est tout, merci.",
            "es": "No, nada más, gracias.",
        }[c.lang]
    )
    turns = []
    t = 0
    for j in range(5):
        for role, text in (("AGENT", A[j]), ("CUSTOMER", C[j])):
            dur = len(text) * 55 + c.rint(200, 900)
            turns.append(
                {
                    "ParticipantId": role,
                    "Content": text,
                    "BeginOffsetMillis": t,
                    "EndOffsetMillis": t + dur,
                    "Sentiment": c.pick(["NEUTRAL", "NEUTRAL", "NEGATIVE", "POSITIVE"]),
                }
            )
            t += dur + c.rint(100, 1500)
    return {
        "Version": "1.1.0",
        "AccountId": c.long_id(12),
        "Channel": "VOICE",
        "ContentMetadata": {"Output": "Raw"},
        "JobStatus": "COMPLETED",
        "LanguageCode": {"en": "en-GB", "de": "de-DE", "fr": "fr-FR", "es": "es-ES"}[c.lang],
        "Participants": [
            {"ParticipantId": "AGENT", "ParticipantRole": "AGENT"},
            {"ParticipantId": "CUSTOMER", "ParticipantRole": "CUSTOMER"},
        ],
        "ContactId": c.uuid(),
        "Transcript": turns,
        "ConversationCharacteristics": {
            "TotalConversationDurationMillis": t,
            "Interruptions": {"TotalCount": c.rint(0, 4)},
        },
    }


@family(3)
def voicemail_transcription(c: Ctx) -> Any:
    cust = c.person()
    ks = cyc(c, [["criminal_record"], [], ["~health"]])
    intro = {
        "en": f"Hi, this is {cust.full}, calling about",
        "de": f"Ja hallo, hier ist {cust.full}, es geht um",
        "fr": f"Oui bonjour c'est {cust.full}, j'appelle pour",
        "es": f"Hola, soy {cust.full}, llamo por",
    }[c.lang]
    mid = issue(c, _topic(c), 1).lower()
    sx = " ".join(extra(c, cust, ks))
    cb = {
        "en": "You can call me back on",
        "de": "Sie erreichen mich unter",
        "fr": "Vous pouvez me rappeler au",
        "es": "Me podéis llamar al",
    }[c.lang]
    text = f"{intro} uh {mid} {sx} {cb} {cust.phone()}. {close(c).rstrip(',')}."
    acct = "AC" + c.hexs(32)
    return {
        "AccountSid": acct,
        "ApiVersion": "2010-04-01",
        "CallSid": "CA" + c.hexs(32),
        "RecordingSid": "RE" + c.hexs(32),
        "RecordingUrl": f"https://api.twilio.com/2010-04-01/Accounts/{acct}/Recordings/RE{c.hexs(32)}",
        "TranscriptionSid": "TR" + c.hexs(32),
        "TranscriptionStatus": "completed",
        "TranscriptionText": text,
        "TranscriptionType": "fast",
        "Url": "https://voice.example-cc.net/voicemail/transcribed",
        "Caller": cust.phone(),
        "Called": c.phone(),
    }


@family(4)
def ivr_session_log(c: Ctx) -> Any:
    name, _dom = brand(c)
    ks = cyc(c, [["card"], ["account"], ["card"], ["card"]])
    steps: list[dict[str, Any]] = [
        {"node": "welcome", "prompt": f"welcome_{c.lang}.wav", "t": 0},
        {
            "node": "language_select",
            "input": {"en": "1", "de": "2", "fr": "3", "es": "4"}[c.lang],
            "t": c.rint(4, 9),
        },
        {"node": "ani_lookup", "ani": c.phone(), "match": True, "t": c.rint(10, 12)},
    ]
    if ks == ["card"]:
        steps.append(
            {
                "node": "pay_by_phone.card_capture",
                "dtmf": c.card(fmt="plain"),
                "expiry": f"{c.rint(1, 12):02d}{c.rint(26, 30)}",
                "t": c.rint(30, 60),
                "pci_mode": "pause_recording_failed",
            }
        )
    elif ks == ["account"]:
        if c.lang == "en" and c.chance(0.5):
            steps.append(
                {
                    "node": "identify.account",
                    "dtmf_sort_code": c.sort_code(),
                    "dtmf_account": c.uk_account(),
                    "t": c.rint(30, 60),
                }
            )
        else:
            steps.append(
                {
                    "node": "identify.iban",
                    "spoken_iban": c.iban(),
                    "asr_confidence": 0.91,
                    "t": c.rint(30, 60),
                }
            )
    elif ks == ["dob"]:
        dtmf = c.mark("date_of_birth", c.dob_date().strftime("%d%m%Y"), "date_of_birth")
        steps.append({"node": "verify.dob", "dtmf": dtmf, "t": c.rint(30, 60)})
    else:
        steps.append(
            {
                "node": "pay_by_phone.card_capture",
                "dtmf": "*" * 12 + c.last4(),
                "pci_mode": "dtmf_masking",
                "t": c.rint(30, 60),
            }
        )
        c.tag("decoy:masked-card")
    steps.append(
        {"node": "queue", "queue": c.pick(["billing_l1", "cards", "general"]), "t": c.rint(70, 90)}
    )
    return {
        "session_id": c.uuid(),
        "brand": name,
        "started": c.ts(0),
        "channel": "pstn",
        "dnis": c.phone(mobile=False),
        "steps": steps,
        "outcome": c.pick(["transferred", "self_served"]),
    }


@family(4)
def complaint_record(c: Ctx) -> Any:
    _name, _dom = brand(c)
    cust, handler = c.person(), c.person()
    ks = cyc(
        c,
        [
            ["racial_ethnic_origin", "religious_belief"],
            ["sex_life_orientation"],
            ["religious_belief"],
            [],
        ],
    )
    detail = message(c, None, "complaint", tuple(extra(c, cust, ks)), n_issue=2)
    rec: dict[str, Any] = {
        "complaintRef": f"CMP-{c.rint(2024, 2025)}-{c.rint(10000, 99999)}",
        "receivedVia": c.pick(["email", "phone", "letter", "branch"]),
        "complainant": {"name": cust.full, "contact": cust.email(), "address": c.address_text()},
        "category": c.pick(["staff conduct", "service failure", "discrimination", "billing"]),
        "summary": detail,
        "handler": handler.full,
        "rootCause": c.pick(["training", "process", "system", None]),
        "redress": {"amount": c.rint(0, 150), "currency": "EUR" if c.lang != "en" else "GBP"},
        "deadlines": {"acknowledge": str(c.day(3)), "final_response": str(c.day(56))},
    }
    if c.lang == "en":
        rec["fos_referral_rights_sent"] = c.chance(0.5)
    return rec


@family(3)
def escalation_record(c: Ctx) -> Any:
    _name, dom = brand(c)
    cust, mgr, exec_ = c.person(), c.person(), c.person()
    ks = cyc(c, [["political_opinion"], [], ["~political_opinion"]])
    notes = [
        {
            "by": mgr.full,
            "at": c.ts(0, "space"),
            "text": typo(
                c,
                {
                    "en": "Customer emailed the CEO directly. Wants a call today.",
                    "de": "Kunde hat direkt an den Vorstand geschrieben, will heute Rückruf.",
                    "fr": "Le client a écrit directement au PDG. Veut un rappel aujourd'hui.",
                    "es": "El cliente escribió directamente al CEO. Quiere que le llamen hoy.",
                }[c.lang],
            ),
        },
        {
            "by": exec_.full,
            "at": c.ts(60, "space"),
            "text": _quote_customer(c, cust, ks)
            or {
                "en": "Please handle personally.",
                "de": "Bitte persönlich kümmern.",
                "fr": "Merci de gérer personnellement.",
                "es": "Gestionadlo personalmente.",
            }[c.lang],
        },
    ]
    return {
        "escalation_id": c.uuid(),
        "level": c.pick(["L2", "L3", "exec"]),
        "customer": {"display_name": cust.full, "phone": cust.phone(), "segment": "consumer"},
        "owner": mgr.email(dom),
        "notes": notes,
        "sla_breach": c.chance(0.5),
    }


@family(4)
def stripe_dispute_event(c: Ctx) -> Any:
    cust = c.person()
    ks = cyc(c, [["card"], ["card"], ["card"], []])
    text = message(
        c, None, "refund", tuple(extra(c, cust, [k for k in ks if k != "card"])), n_issue=1
    )
    evidence: dict[str, Any] = {
        "customer_name": cust.full,
        "customer_email_address": cust.email(),
        "billing_address": c.address_text(),
        "customer_purchase_ip": c.ip(),
        "uncategorized_text": {
            "en": "Customer email to support, forwarded as evidence:\n\n",
            "de": "E-Mail des Kunden an den Support, als Nachweis:\n\n",
            "fr": "E-mail du client au support, joint comme preuve :\n\n",
            "es": "Correo del cliente a soporte, aportado como prueba:\n\n",
        }[c.lang]
        + text,
        "product_description": c.pick(["Annual membership", "Order #48211", "Gift box"]),
        "refund_policy_disclosure": "Shown at checkout",
    }
    if "card" in ks:
        evidence["uncategorized_text"] += (
            "\n\n"
            + {
                "en": "Card used: ",
                "de": "Verwendete Karte: ",
                "fr": "Carte utilisée : ",
                "es": "Tarjeta usada: ",
            }[c.lang]
            + c.card()
        )
    return {
        "id": "evt_" + c.alnum(24),
        "object": "event",
        "api_version": "2024-06-20",
        "created": c.epoch(0),
        "type": "charge.dispute.created",
        "livemode": True,
        "data": {
            "object": {
                "id": "du_" + c.alnum(24),
                "object": "dispute",
                "amount": c.rint(900, 48000),
                "currency": {"en": "usd", "de": "eur", "fr": "eur", "es": "eur"}[c.lang],
                "charge": "ch_" + c.alnum(24),
                "payment_intent": "pi_" + c.alnum(24),
                "reason": c.pick(["fraudulent", "product_not_received", "duplicate"]),
                "status": "needs_response",
                "evidence": evidence,
                "evidence_details": {"due_by": c.epoch(10080), "has_evidence": False},
                "payment_method_details": {
                    "card": {"brand": "visa", "last4": c.last4(), "network_reason_code": "10.4"}
                },
            }
        },
    }


@family(3)
def csat_survey_response(c: Ctx) -> Any:
    resp = c.person()
    ks = cyc(
        c,
        [
            ["racial_ethnic_origin"],
            ["sex_life_orientation"],
            ["racial_ethnic_origin", "religious_belief"],
        ],
    )
    verb = {
        "en": [
            "The agent was lovely but it took three calls to sort out.",
            "Nobody listened. I had to repeat everything.",
            "Quick and easy, no complaints.",
        ],
        "de": ["Freundlich, aber es hat drei Anrufe gebraucht.", "Niemand hat zugehört."],
        "fr": ["Conseiller sympa mais il a fallu trois appels.", "Personne n'écoute."],
        "es": ["La agente fue muy amable pero tardaron mucho.", "Nadie escucha."],
    }[c.lang]
    comment = typo(c, c.pick(verb), 0.4) + " " + " ".join(extra(c, resp, ks))
    return {
        "survey_id": c.pick(["csat_post_contact", "csat_v3"]),
        "response_id": c.alnum(16),
        "submitted_at": c.ts(0),
        "score": c.rint(1, 5),
        "channel": c.pick(["chat", "phone", "email"]),
        "respondent": {"email": resp.email(), "name": resp.full if c.chance(0.6) else None},
        "answers": [
            {"question_id": "q1", "value": c.rint(1, 5)},
            {"question_id": "q_comment", "value": comment.strip()},
        ],
        "properties": {"locale": c.lang, "queue": c.pick(["billing", "tech", "sales"])},
    }


@family(4)
def social_dm_routed(c: Ctx) -> Any:
    name, _dom = brand(c)
    cust = c.person()
    handle = (
        "@" + c.pick(["mrsk", "dani", "tobi", "lulu", "elkay", "jmz"]) + "_" + c.alnum(4).lower()
    )
    ks = cyc(
        c,
        [
            ["political_opinion"],
            ["racial_ethnic_origin"],
            ["sex_life_orientation"],
            ["~racial_ethnic_origin"],
        ],
    )
    txt = typo(c, issue(c, _topic(c), 1), 0.5) + " " + " ".join(extra(c, cust, ks))
    follow = {
        "en": f"my name on the account is {cust.full}, email {cust.email()}",
        "de": f"Konto läuft auf {cust.full}, Mail {cust.email()}",
        "fr": f"le compte est au nom de {cust.full}, mail {cust.email()}",
        "es": f"la cuenta está a nombre de {cust.full}, correo {cust.email()}",
    }[c.lang]
    return {
        "network": c.pick(["twitter", "instagram", "facebook"]),
        "type": "direct_message",
        "routed_to_queue": "social_care",
        "thread_id": c.alnum(18),
        "sender": {"handle": handle, "display_name": cust.first, "followers": c.rint(10, 4000)},
        "messages": [
            {"id": c.alnum(12), "from": "customer", "text": txt.strip(), "ts": c.ts(0)},
            {
                "id": c.alnum(12),
                "from": "brand",
                "text": {
                    "en": "Sorry to hear that! Can you DM us your full name and email?",
                    "de": "Das tut uns leid! Schick uns bitte Name und E-Mail per DM.",
                    "fr": "Désolés ! Pouvez-vous nous envoyer nom et e-mail en MP ?",
                    "es": "¡Lo sentimos! ¿Nos pasas nombre y correo por MD?",
                }[c.lang],
                "ts": c.ts(12),
            },
            {"id": c.alnum(12), "from": "customer", "text": follow, "ts": c.ts(30)},
        ],
        "sentiment": c.pick(["negative", "neutral"]),
        "brand": name,
    }


@family(3)
def inbound_email_postmark(c: Ctx) -> Any:
    name, dom = brand(c)
    cust = c.person()
    ks = cyc(c, [["trade_union"], ["criminal_record"], []])
    to = c.role_email(c.pick(["support", "service", "contact"]), dom)
    org = {
        "en": "Acme Facilities Ltd",
        "de": "Praxisgemeinschaft am Markt",
        "fr": "Cabinet d'architectes du Port",
        "es": "Talleres del Norte S.L.",
    }[c.lang]
    sig = signature(c, cust, org, phone=True, address=c.chance(0.6))
    text = message(c, None, _topic(c), tuple(extra(c, cust, ks)), n_issue=2) + "\n\n" + sig
    frm = cust.email()
    return {
        "FromName": cust.full,
        "MessageStream": "inbound",
        "From": frm,
        "FromFull": {"Email": frm, "Name": cust.full, "MailboxHash": ""},
        "To": f'"{name}" <{to}>',
        "ToFull": [{"Email": to, "Name": name, "MailboxHash": ""}],
        "Cc": "",
        "OriginalRecipient": to,
        "Subject": "Re: " + SUBJECTS[c.lang][_topic(c)],
        "MessageID": c.uuid(),
        "ReplyTo": "",
        "Date": c.ts(0, "rfc2822"),
        "TextBody": text,
        "HtmlBody": "",
        "StrippedTextReply": text.split("\n\n")[1] if "\n\n" in text else text,
        "Tag": "",
        "Headers": [
            {"Name": "X-Spam-Checker-Version", "Value": "SpamAssassin 3.4.6"},
            {"Name": "X-Spam-Status", "Value": "No"},
            {"Name": "Received-SPF", "Value": f"pass (sender IP is {c.ip()})"},
        ],
        "Attachments": [],
    }


@family(3)
def inbound_email_mailgun(c: Ctx) -> Any:
    name, dom = brand(c)
    cust, agent = c.person(), c.person()
    ks = cyc(c, [["religious_belief"], [], ["~religious_belief"]])
    prev = reply(c, agent, cust.first, name)
    msg = message(c, cust, _topic(c), tuple(extra(c, cust, ks)), n_issue=1)
    body = (
        msg
        + "\n\n"
        + quote_header(c, agent.full, c.role_email("noreply", dom), -600)
        + "\n"
        + quoted(prev)
    )
    frm = cust.email()
    return {
        "recipient": c.role_email("inbound", "mg." + dom),
        "sender": frm,
        "from": f"{cust.full} <{frm}>",
        "subject": "Re: " + c.pick(list(SUBJECTS[c.lang].values())),
        "body-plain": body,
        "stripped-text": msg,
        "message-headers": [
            [
                "Received",
                f"from mail-{c.alnum(6).lower()}.{frm.split('@')[1]} ({c.ip()}) by mxa.mailgun.org",
            ],
            ["Received", f"from [{c.ip(private=True)}] by smtp.{frm.split('@')[1]}"],
            ["Date", c.ts(0, "rfc2822")],
            [
                "Message-Id",
                "<" + c.decoy(f"{c.alnum(20)}@{frm.split('@')[1]}", "decoy:message-id") + ">",
            ],
            ["X-Mailer", c.pick(["Apple Mail (2.3774)", "Microsoft Outlook 16.0"])],
        ],
        "timestamp": str(c.epoch(0)),
        "token": c.hexs(50),
        "signature": c.hexs(64),
        "attachment-count": "0",
    }


@family(3)
def sms_two_way_thread(c: Ctx) -> Any:
    name, _dom = brand(c)
    cust = c.person()
    ks = cyc(c, [["card"], ["~health"], []])
    biz = {
        "en": (
            f"{name}: Your appointment is booked for {c.pick(['Mon', 'Tue', 'Wed'])} "
            "8-12. Reply C to confirm or R to rearrange."
        ),
        "de": (
            f"{name}: Ihr Termin ist am {c.pick(['Mo', 'Di', 'Mi'])} "
            "8-12 Uhr. Antworten Sie J zur Bestätigung."
        ),
        "fr": (
            f"{name} : votre rendez-vous est prévu {c.pick(['lundi', 'mardi'])} "
            "8h-12h. Répondez OUI pour confirmer."
        ),
        "es": (
            f"{name}: su cita es el {c.pick(['lunes', 'martes'])} "
            "de 8 a 12. Responda SI para confirmar."
        ),
    }[c.lang]
    cust_txt = {
        "en": "R - cant do that day",
        "de": "Nein geht nicht",
        "fr": "non pas dispo",
        "es": "no puedo ese día",
    }[c.lang]
    more = " ".join(extra(c, cust, ks)) if ks != ["card"] else _pay_by_card(c, "")
    frm = cust.phone()
    msgs = [
        {"direction": "outbound-api", "body": biz, "to": frm, "date_sent": c.ts(0, "rfc2822")},
        {
            "direction": "inbound",
            "body": (cust_txt + " " + more).strip(),
            "from": frm,
            "date_sent": c.ts(95, "rfc2822"),
        },
    ]
    return {
        "conversation_sid": "CH" + c.hexs(32),
        "friendly_name": cust.full,
        "messaging_service_sid": "MG" + c.hexs(32),
        "messages": msgs,
        "participants": [{"messaging_binding": {"address": frm, "type": "sms"}}],
    }


@family(3)
def twilio_inbound_sms(c: Ctx) -> Any:
    cust = c.person()
    ks = cyc(c, [["card_bad"], ["political_opinion"], []])
    if ks == ["card_bad"]:
        vo = c.card_bad(tag="decoy:voucher-number")
        body = {
            "en": f"voucher {vo} not working??",
            "de": f"Gutschein {vo} geht nicht",
            "fr": f"le bon {vo} ne marche pas",
            "es": f"el cupón {vo} no funciona",
        }[c.lang]
    else:
        body = (
            typo(c, issue(c, _topic(c), 1), 0.5)
            + " "
            + " ".join(extra(c, cust, ks))
            + " - "
            + cust.first
        )
    pc, city, region = c.city()
    return {
        "ToCountry": {"en": "US", "de": "DE", "fr": "FR", "es": "ES"}[c.lang],
        "ToState": "",
        "SmsMessageSid": "SM" + c.hexs(32),
        "NumMedia": "0",
        "FromCity": city.upper(),
        "FromZip": pc,
        "FromState": region,
        "SmsStatus": "received",
        "Body": body.strip(),
        "FromCountry": {"en": "US", "de": "DE", "fr": "FR", "es": "ES"}[c.lang],
        "To": c.phone(mobile=False),
        "MessagingServiceSid": "MG" + c.hexs(32),
        "NumSegments": "1",
        "MessageSid": "SM" + c.hexs(32),
        "AccountSid": "AC" + c.hexs(32),
        "From": cust.phone(),
        "ApiVersion": "2010-04-01",
    }


@family(4)
def whatsapp_cloud_webhook(c: Ctx) -> Any:
    _name, _dom = brand(c)
    cust = c.person()
    ks = cyc(c, [["precise"], ["religious_belief"], ["card"], ["precise"]])
    wa_id = c.mark("phone", _intl_digits(c), "phone")
    biz = c.mark("phone", _intl_digits(c, mobile=False), "phone")
    msg: dict[str, Any]
    if ks == ["precise"]:
        lat, lon = c.geo()
        msg = {
            "from": wa_id,
            "id": "wamid." + c.b64(30),
            "timestamp": str(c.epoch(0)),
            "type": "location",
            "location": {
                "latitude": lat,
                "longitude": lon,
                "name": {"en": "home", "de": "Zuhause", "fr": "maison", "es": "casa"}[c.lang],
            },
        }
    else:
        if ks == ["card"]:
            txt = _pay_by_card(c, issue(c, "billing", 1))
        else:
            txt = typo(c, issue(c, _topic(c), 1), 0.4) + " " + " ".join(extra(c, cust, ks))
        msg = {
            "from": wa_id,
            "id": "wamid." + c.b64(30),
            "timestamp": str(c.epoch(0)),
            "type": "text",
            "text": {"body": txt.strip()},
        }
    return {
        "object": "whatsapp_business_account",
        "entry": [
            {
                "id": c.long_id(15),
                "changes": [
                    {
                        "value": {
                            "messaging_product": "whatsapp",
                            "metadata": {
                                "display_phone_number": biz,
                                "phone_number_id": c.long_id(15),
                            },
                            "contacts": [{"profile": {"name": cust.full}, "wa_id": wa_id}],
                            "messages": [msg],
                        },
                        "field": "messages",
                    }
                ],
            }
        ],
    }


@family(3)
def dsar_request(c: Ctx) -> Any:
    cust = c.person()
    verify: dict[str, Any] = {
        "method": "passport" if c.i < 3 else "id_card",
        "checked_by": c.person().full,
    }
    if verify["method"] == "passport":
        verify["document"] = {"type": "passport", "number": c.passport(), "expiry": str(c.day(900))}
    else:
        verify["document"] = {"type": "id_card", "number_last4": c.digits(4)}
    req = {
        "en": (
            "Under Article 15 GDPR please send me a copy of all personal "
            "data you hold about me, including call recordings."
        ),
        "de": (
            "Gemäß Art. 15 DSGVO bitte ich um Auskunft über alle zu "
            "meiner Person gespeicherten Daten."
        ),
        "fr": (
            "Conformément à l'article 15 du RGPD, merci de me communiquer "
            "l'ensemble de mes données."
        ),
        "es": "Conforme al artículo 15 del RGPD solicito acceso a todos mis datos personales.",
    }[c.lang]
    return {
        "request_id": "DSAR-" + c.alnum(8, upper=True),
        "type": "access",
        "received": c.ts(0),
        "requester": {
            "full_name": cust.full,
            "email": cust.email(),
            "date_of_birth": c.dob(),
            "postal_address": c.address_obj(),
        },
        "message": req,
        "identity_verification": verify,
        "due": str(c.day(30)),
    }


@family(6, wrap={4: "bearer"})
def dtc_genetics_ticket(c: Ctx) -> Any:
    cust, agent = c.person(), c.person()
    ks = cyc(
        c, [["genetic"], ["genetic", "health"], ["genetic"], ["~genetic"], ["genetic"], ["genetic"]]
    )
    extras = []
    for k in ks:
        if k == "~genetic":
            extras.append(cap(hn(c, "genetic", cust)) + ".")
        elif k == "genetic":
            extras.append(
                {
                    "en": "The thing I don't understand: ",
                    "de": "Was ich nicht verstehe: ",
                    "fr": "Ce que je ne comprends pas : ",
                    "es": "Lo que no entiendo: ",
                }[c.lang]
                + sp(c, "genetic", cust)
                + "."
            )
        else:
            extras.append(framed(c, sp(c, "health", cust)))
    ask = {
        "en": "Can I download the raw data file again and is it shared with anyone?",
        "de": "Kann ich die Rohdaten nochmal herunterladen und werden sie weitergegeben?",
        "fr": "Puis-je retélécharger mes données brutes et sont-elles partagées ?",
        "es": "¿Puedo volver a descargar los datos en bruto y se comparten con alguien?",
    }[c.lang]
    body = "\n\n".join([greet(c), typo(c, ask), *extras, close(c) + "\n" + cust.first])
    return {
        "ticket": {
            "id": c.rint(100000, 999999),
            "subject": {
                "en": "Question about my results",
                "de": "Frage zu meinem Ergebnis",
                "fr": "Question sur mes résultats",
                "es": "Duda sobre mis resultados",
            }[c.lang],
            "requester": {"name": cust.full, "email": cust.email()},
            "kit_id": "KIT-" + c.alnum(10, upper=True),
            "product": c.pick(["Ancestry + Health", "Health Insights", "Raw Data Plus"]),
            "comments": [
                {"author": "requester", "body": body, "created_at": c.ts(0)},
                {
                    "author": agent.first,
                    "body": {
                        "en": "Thanks, a genetic counsellor will get back to you.",
                        "de": "Danke, eine genetische Beraterin meldet sich.",
                        "fr": "Merci, un conseiller en génétique vous recontacte.",
                        "es": "Gracias, un asesor genético te contactará.",
                    }[c.lang],
                    "created_at": c.ts(120),
                },
            ],
            "tags": ["results", "raw_data"],
        }
    }


@family(5)
def dtc_genetics_chat(c: Ctx) -> Any:
    cust = c.person()
    ks = cyc(c, [["genetic"], ["genetic", "health"], ["genetic"], ["genetic"], ["genetic"]])
    lines = [
        {
            "from": "bot",
            "text": {
                "en": "Hi! What can we help with today?",
                "de": "Hallo! Wobei können wir helfen?",
                "fr": "Bonjour ! Comment pouvons-nous aider ?",
                "es": "¡Hola! ¿En qué te ayudamos?",
            }[c.lang],
        }
    ]
    for k in ks:
        if k.startswith("~"):
            lines.append({"from": "user", "text": cap(hn(c, "genetic", cust))})
        else:
            lines.append({"from": "user", "text": sp(c, k, cust)})
    lines.append(
        {
            "from": "user",
            "text": {
                "en": "is that bad??",
                "de": "ist das schlimm?",
                "fr": "c'est grave ?",
                "es": "¿es malo?",
            }[c.lang],
        }
    )
    return {
        "conversation": {
            "id": c.uuid(),
            "channel": "in_app",
            "user": {"id": c.uuid(), "email": cust.email()},
            "messages": lines,
            "handover": "genetic_counselling_queue",
            "app_version": c.version4(),
        }
    }


@family(3)
def dna_lab_support(c: Ctx) -> Any:
    cust = c.person()
    ks = cyc(c, [["genetic"], ["genetic"], ["~genetic"]])
    case: dict[str, Any] = {
        "case": "PAT-" + c.alnum(6, upper=True),
        "test": c.pick(["paternity", "siblingship", "avuncular"]),
        "client": {"name": cust.full, "phone": cust.phone(), "address": c.address_text()},
        "status": c.pick(["report_issued", "sample_received"]),
    }
    if ks == ["genetic"]:
        loci = ["D3S1358", "vWA", "D16S539", "CSF1PO", "TPOX", "D8S1179", "D21S11", "D18S51"]
        prof = {loc: f"{c.rint(7, 20)},{c.rint(7, 31)}" for loc in c.sample(loci, 6)}
        case["alleged_father_profile"] = prof
        c.mark("genetic", next(iter(prof.values())), "field:genetic-str")
        case["combined_paternity_index"] = round(c.rng.uniform(1000, 90000), 1)
        case["probability_of_paternity"] = "99.99%"
    else:
        case["note"] = cap(hn(c, "genetic", cust)) + "."
        case["kit_dispatched"] = str(c.day(-3))
    return case


@family(5)
def dating_app_support(c: Ctx) -> Any:
    name = c.pick(["Kindred", "Spark&Co", "Mingle Lane", "Tandem Hearts"])
    user = c.person()
    ks = cyc(
        c,
        [
            ["sex_life_orientation"],
            ["sex_life_orientation", "health"],
            ["~sex_life_orientation"],
            ["sex_life_orientation"],
            ["sex_life_orientation"],
        ],
    )
    txt = {
        "en": "My profile keeps showing me to the wrong people and I got reported for no reason.",
        "de": "Mein Profil wird den falschen Leuten angezeigt und ich wurde grundlos gemeldet.",
        "fr": "Mon profil est montré aux mauvaises personnes et j'ai été signalé sans raison.",
        "es": "Mi perfil se muestra a quien no debe y me han denunciado sin motivo.",
    }[c.lang]
    body = " ".join([typo(c, txt, 0.4), *extra(c, user, ks)])
    return {
        "app": name,
        "ticket": {
            "id": c.rint(10000, 99999),
            "category": c.pick(["matching", "safety", "account"]),
            "user": {
                "user_id": c.hexs(16),
                "display_name": user.first,
                "email": user.email(),
                "gender": {"f": "woman", "m": "man"}[user.g],
                "pronouns": {"f": "she/her", "m": "he/him"}[user.g],
            },
            "message": body,
            "device": mobile_ua(c),
            "last_ip": c.ip(),
        },
    }


@family(4)
def dating_safety_report(c: Ctx) -> Any:
    reporter, reported = c.person(), c.person()
    ks = cyc(
        c,
        [
            ["sex_life_orientation"],
            ["sex_life_orientation", "criminal_record3"],
            ["sex_life_orientation"],
            ["sex_life_orientation", "~criminal_record"],
        ],
    )
    parts = [
        typo(
            c,
            {
                "en": "This person kept messaging me after I unmatched.",
                "de": "Diese Person schreibt mir weiter, obwohl ich entmatcht habe.",
                "fr": "Cette personne continue de m'écrire après le unmatch.",
                "es": "Esta persona me sigue escribiendo después de deshacer el match.",
            }[c.lang],
        )
    ]
    for k in ks:
        if k == "criminal_record3":
            parts.append(
                {
                    "en": "I looked them up and ",
                    "de": "Ich habe gegoogelt: ",
                    "fr": "J'ai cherché : ",
                    "es": "Lo busqué y ",
                }[c.lang]
                + sp3(c, "criminal_record", reported)
            )
        elif k.startswith("~"):
            parts.append(
                {
                    "en": "Please just block them.",
                    "de": "Bitte einfach blockieren.",
                    "fr": "Bloquez-le/la s'il vous plaît.",
                    "es": "Bloqueadlo, por favor.",
                }[c.lang]
            )
        else:
            parts.append(framed(c, sp(c, k, reporter)))
    return {
        "report_id": c.uuid(),
        "reporter_id": c.hexs(16),
        "reporter_name": reporter.first,
        "reported": {"user_id": c.hexs(16), "display_name": reported.first},
        "reason": "harassment",
        "free_text": " ".join(parts),
        "created": c.ts(0),
        "evidence": [
            {"type": "screenshot", "url": f"https://cdn.example-app.net/r/{c.hexs(20)}.png"}
        ],
    }
