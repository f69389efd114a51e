"""CRM and sales families: contact notes, leads, meetings, calls, quotes, e-signature."""

from __future__ import annotations

from typing import Any

from .common import brand, employer, user_agent
from .compose import cap, cyc, extra, field, framed, hn, neg, sp, typo
from .ctx import Ctx, Person
from .registry import family


def _sfid(c: Ctx, prefix: str) -> str:
    return prefix + "5g" + c.alnum(13)


def _note_lines(c: Ctx, contact: Person) -> list[str]:
    return {
        "en": [
            "Spoke to {n} re renewal, budget approved for Q3 but procurement is slow.",
            "{n} wants a demo for the ops team next week, send calendar invite.",
            "Champion is {n}; decision maker is the CFO. Competitor pricing ~15% lower.",
        ],
        "de": [
            "Mit {n} zur Verlängerung telefoniert, Budget steht, Einkauf braucht noch.",
            "{n} möchte nächste Woche eine Demo für das Ops-Team.",
        ],
        "fr": [
            "Échange avec {n} sur le renouvellement, budget validé mais achats lents.",
            "{n} veut une démo pour l'équipe ops la semaine prochaine.",
        ],
        "es": [
            "Hablé con {n} sobre la renovación, hay presupuesto pero compras va lento.",
            "{n} quiere una demo para el equipo de operaciones la semana que viene.",
        ],
    }[c.lang]


@family(4, wrap={2: "bearer"})
def salesforce_task_note(c: Ctx) -> Any:
    owner, contact = c.person(), c.person()
    org, dom = employer(c)
    ks = cyc(c, [["political_opinion"], ["religious_belief"], [], ["sex_life_orientation"]])
    line = typo(c, c.pick(_note_lines(c, contact)).replace("{n}", contact.first))
    tail = []
    for k in ks:
        if k.startswith("~"):
            tail.append(cap(hn(c, k[1:], contact)) + ".")
        else:
            lead = {
                "en": f"FYI {contact.first} mentioned: ",
                "de": f"{contact.first} erwähnte: ",
                "fr": f"{contact.first} a mentionné : ",
                "es": f"{contact.first} comentó: ",
            }[c.lang]
            tail.append(lead + sp(c, k, contact) + ".")
    return {
        "attributes": {
            "type": "Task",
            "url": f"/services/data/v59.0/sobjects/Task/{_sfid(c, '00T')}",
        },
        "Id": _sfid(c, "00T"),
        "Subject": c.pick(["Call", "Follow up", "Renewal call", "Check-in"]),
        "Status": "Completed",
        "ActivityDate": str(c.day(0)),
        "Description": " ".join([line, *tail]),
        "Who": {
            "attributes": {"type": "Contact"},
            "Name": contact.full,
            "Email": contact.email(dom),
            "Phone": contact.phone(mobile=False),
            "Title": c.pick(["Head of Ops", "CFO", "IT Manager"]),
        },
        "What": {"attributes": {"type": "Account"}, "Name": org},
        "Owner": {"Name": owner.full, "Email": owner.email(brand(c)[1])},
    }


@family(3, "en")
def hubspot_property_change(c: Ctx) -> Any:
    contact = c.person()
    portal = c.rint(100000, 999999)
    events = []
    props = [
        ("email", contact.email()),
        ("phone", contact.phone()),
        ("firstname", contact.first),
        ("lifecyclestage", "salesqualifiedlead"),
        ("hs_lead_status", "OPEN"),
    ]
    if c.i % 2 == 0:
        props.append(("date_of_birth", c.dob()))
    if c.i % 3 == 0:
        props.append(("address", c.street_line()))
    for name, val in props:
        events.append(
            {
                "eventId": c.nid(9),
                "subscriptionId": c.rint(100000, 999999),
                "portalId": portal,
                "appId": c.rint(100000, 999999),
                "occurredAt": c.epoch(c.rint(0, 5), ms=True),
                "subscriptionType": "contact.propertyChange",
                "attemptNumber": 0,
                "objectId": c.nid(8),
                "propertyName": name,
                "propertyValue": val,
                "changeSource": c.pick(["CRM_UI", "FORM", "INTEGRATION"]),
            }
        )
    return events


def _lead_extra(c: Ctx, ks: list[str]) -> list[str]:
    if ks == ["eu"]:
        return [
            neg(
                c,
                "trade_union",
                {
                    "en": "We need payroll for staff in several European Union countries.",
                    "de": "Wir brauchen Lohnabrechnung für mehrere Länder der Europäischen Union.",
                    "fr": "Nous avons des salariés dans plusieurs pays de l'Union européenne.",
                    "es": "Tenemos plantilla en varios países de la Unión Europea.",
                },
            )
        ]
    if ks == ["hp"]:
        return [
            neg(
                c,
                "health",
                {
                    "en": "It must integrate with our health-insurance plan provider.",
                    "de": "Anbindung an unsere betriebliche Krankenversicherung ist Pflicht.",
                    "fr": "L'intégration avec notre mutuelle santé est indispensable.",
                    "es": "Debe integrarse con nuestro seguro médico de empresa.",
                },
            )
        ]
    return []


@family(3)
def web_lead_form(c: Ctx) -> Any:
    lead = c.person()
    org, dom = employer(c)
    ks = cyc(c, [[], ["eu"], ["hp"]])
    msg = {
        "en": "We're looking for a new HR platform for about 400 staff across 3 sites.",
        "de": "Wir suchen eine neue HR-Software für ca. 400 Mitarbeitende an 3 Standorten.",
        "fr": "Nous cherchons un SIRH pour environ 400 salariés sur 3 sites.",
        "es": "Buscamos un software de RR. HH. para unos 400 empleados en 3 centros.",
    }[c.lang]
    keys = {
        "en": ("first_name", "last_name", "work_email", "phone", "company", "message"),
        "de": ("vorname", "nachname", "e-mail", "telefon", "firma", "nachricht"),
        "fr": ("prénom", "nom", "email_pro", "téléphone", "société", "message"),
        "es": ("nombre", "apellidos", "email", "teléfono", "empresa", "mensaje"),
    }[c.lang]
    return {
        "form_id": c.uuid(),
        "submitted_at": c.ts(0),
        "page_url": f"https://www.{dom}/demo",
        "fields": dict(
            zip(
                keys,
                [
                    lead.first,
                    lead.last,
                    lead.email(dom),
                    lead.phone(),
                    org,
                    " ".join([typo(c, msg), *_lead_extra(c, ks)]),
                ],
                strict=True,
            )
        ),
        "utm": {"source": c.pick(["google", "linkedin", "newsletter"]), "campaign": "q3-hr-suite"},
        "ip": c.ip(),
        "user_agent": user_agent(c),
    }


@family(3)
def meeting_summary_ai(c: Ctx) -> Any:
    host, guest, guest2 = c.person(), c.person(), c.person()
    org, dom = employer(c)
    ks = cyc(c, [["political_opinion"], [], ["~religious_belief"]])
    pts = {
        "en": [
            "Reviewed rollout plan for the Leeds site",
            "Pricing: agreed to hold current rate",
            "Data migration owner still unclear",
        ],
        "de": [
            "Rollout-Plan für den Standort besprochen",
            "Preis bleibt wie vereinbart",
            "Verantwortung für die Datenmigration offen",
        ],
        "fr": ["Revue du plan de déploiement", "Tarif maintenu", "Responsable migration à définir"],
        "es": [
            "Revisión del plan de despliegue",
            "Se mantiene la tarifa",
            "Falta responsable de la migración",
        ],
    }[c.lang]
    extra_pts = []
    for k in ks:
        if k == "health3":
            extra_pts.append(f"{guest.first}: " + sp(c, "health", guest))
        elif k.startswith("~"):
            extra_pts.append(
                neg(
                    c,
                    "religious_belief",
                    {
                        "en": "Go-live moved to avoid the Easter bank holiday week",
                        "de": "Go-live verschoben wegen der Osterfeiertage",
                        "fr": "Mise en production décalée après le lundi de Pâques",
                        "es": "Puesta en marcha aplazada por Semana Santa",
                    },
                )
            )
        else:
            extra_pts.append(f"{guest2.first}: " + sp(c, k, guest2))
    return {
        "meeting_id": c.uuid(),
        "title": f"{org} <> weekly sync",
        "started_at": c.ts(0),
        "duration_sec": c.rint(900, 3600),
        "attendees": [{"name": p.full, "email": p.email(dom)} for p in (host, guest, guest2)],
        "summary": {
            "key_points": pts + extra_pts,
            "action_items": [
                f"{host.first} to send revised SOW",
                f"{guest.first} to confirm data owner",
            ],
        },
        "language": c.lang,
        "recording_url": f"https://app.notetaker.example/r/{c.hexs(24)}",
    }


@family(3)
def aircall_call_ended(c: Ctx) -> Any:
    agent, contact = c.person(), c.person()
    ks = cyc(c, [["political_opinion"], [], ["~political_opinion"]])
    comment = typo(
        c,
        {
            "en": "Left voicemail, will retry Thursday.",
            "de": "AB besprochen, Do nochmal.",
            "fr": "Message laissé, rappel jeudi.",
            "es": "Dejé mensaje, vuelvo a llamar el jueves.",
        }[c.lang],
    )
    comment = " ".join([comment, *extra(c, contact, ks)])
    return {
        "resource": "call",
        "event": "call.ended",
        "timestamp": c.epoch(0),
        "token": c.masked_secret(),
        "data": {
            "id": c.nid(9),
            "direction": c.pick(["outbound", "inbound"]),
            "status": "done",
            "started_at": c.epoch(-5),
            "ended_at": c.epoch(0),
            "duration": c.rint(20, 900),
            "raw_digits": contact.phone(),
            "user": {
                "id": c.rint(10000, 99999),
                "name": agent.full,
                "email": agent.email(brand(c)[1]),
            },
            "contact": {
                "id": c.nid(8),
                "first_name": contact.first,
                "last_name": contact.last,
                "company_name": employer(c)[0],
            },
            "comments": [{"id": c.nid(7), "content": comment}],
            "tags": [{"name": c.pick(["renewal", "upsell", "churn"])}],
        },
    }


@family(3, wrap={2: "bearer"})
def docusign_connect_envelope(c: Ctx) -> Any:
    _org, dom = employer(c)
    sender = c.person()
    signers = [c.person() for _ in range(c.rint(1, 3))]
    subj = c.pick(
        {
            "en": [
                "Please DocuSign: Offer Letter",
                "Please DocuSign: NDA",
                "Please DocuSign: Order Form",
            ],
            "de": ["Bitte mit DocuSign signieren: Arbeitsvertrag", "Bitte signieren: NDA"],
            "fr": [
                "Merci de signer avec DocuSign : contrat de travail",
                "Merci de signer : avenant",
            ],
            "es": ["Firme con DocuSign: contrato", "Firme con DocuSign: anexo"],
        }[c.lang]
    )
    recips = []
    for j, s in enumerate(signers, 1):
        r = {
            "name": s.full,
            "email": s.email(),
            "recipientId": str(j),
            "routingOrder": str(j),
            "status": c.pick(["completed", "sent", "delivered"]),
            "recipientIdGuid": c.uuid(),
        }
        if r["status"] == "completed":
            r["signedDateTime"] = c.ts(60 * j, "ms")
            r["clientIPAddress"] = c.ip()
        recips.append(r)
    return {
        "event": c.pick(["envelope-completed", "envelope-sent", "recipient-completed"]),
        "apiVersion": "v2.1",
        "uri": f"/restapi/v2.1/accounts/{c.uuid()}/envelopes/{c.uuid()}",
        "retryCount": 0,
        "configurationId": c.nid(8),
        "generatedDateTime": c.ts(0, "ms"),
        "data": {
            "accountId": c.uuid(),
            "userId": c.uuid(),
            "envelopeId": c.uuid(),
            "envelopeSummary": {
                "status": "completed",
                "emailSubject": subj,
                "sender": {"userName": sender.full, "email": sender.email(dom)},
                "recipients": {"signers": recips},
                "envelopeDocuments": [{"documentId": "1", "name": subj.split(": ")[-1] + ".pdf"}],
            },
        },
    }


@family(6)
def public_affairs_stakeholder(c: Ctx) -> Any:
    rep, pol = c.person(), c.person()
    role = c.pick(
        {
            "en": ["MP", "County Councillor", "State Senator", "Mayor"],
            "de": ["MdB", "Stadträtin" if pol.g == "f" else "Stadtrat", "Bürgermeister"],
            "fr": [
                "Député",
                "Conseillère municipale" if pol.g == "f" else "Conseiller municipal",
                "Maire",
            ],
            "es": ["Diputado", "Concejala" if pol.g == "f" else "Concejal", "Alcalde"],
        }[c.lang]
    )
    rec: dict[str, Any] = {
        "stakeholder_id": c.uuid(),
        "name": pol.full,
        "role": role,
        "office_email": pol.email(
            c.pick(
                [
                    "parliament.example.org",
                    "stadt-mittelfeld.de",
                    "mairie-exemple.fr",
                    "ayto-ejemplo.es",
                ]
            )
        ),
        "owner": rep.full,
        "priority": c.pick(["high", "medium"]),
        "topics": ["warehouse planning", "night shift rules"],
    }
    if c.i % 6 != 5:
        rec["party"] = field(c, "political_opinion")
        rec["notes"] = typo(
            c,
            {
                "en": "Supportive of the expansion, asked for a site visit.",
                "de": "Unterstützt den Ausbau, wünscht Werksbesuch.",
                "fr": "Favorable à l'extension, demande une visite.",
                "es": "A favor de la ampliación, pide visita.",
            }[c.lang],
        )
    else:
        rec["role"] = {
            "en": "Council Chief Executive",
            "de": "Leiter des Ordnungsamts",
            "fr": "Directeur général des services",
            "es": "Secretario municipal",
        }[c.lang]
        rec["notes"] = {
            "en": "Met at the chamber of commerce breakfast.",
            "de": "Beim IHK-Frühstück kennengelernt.",
            "fr": "Rencontré au petit-déjeuner de la CCI.",
            "es": "Nos conocimos en el desayuno de la Cámara.",
        }[c.lang]
        rec["pep"] = False
        c.tag("neg:pep-flag")
    return rec


@family(5)
def matching_gift_record(c: Ctx) -> Any:
    emp = c.person()
    _org, dom = employer(c)
    ks = cyc(c, [["political"], ["religious"], ["political"], ["neutral"], ["religious"]])
    if ks == ["political"]:
        recip = c.pick(
            {
                "en": ["Friends of Maria Lopez for Congress", "Labour Party (CLP donation)"],
                "de": ["SPD Ortsverein Mitte", "Bündnis 90/Die Grünen KV Köln"],
                "fr": ["Association de financement du Parti socialiste", "Les Écologistes - AFE"],
                "es": ["PSOE - donación", "Partido Popular - aportación"],
            }[c.lang]
        )
        c.mark("political_opinion", recip, "field:political-donation")
        cat = "political"
    elif ks == ["religious"]:
        recip = c.pick(
            {
                "en": [
                    "St Mary's Parish (tithe)",
                    "Islamic Relief - Zakat",
                    "Temple Beth Shalom - tzedakah",
                ],
                "de": ["Kirchgeld Ev. Kirchengemeinde", "Zakat-Spende Moscheeverein"],
                "fr": ["Denier de l'Église - paroisse", "Zakat al-Fitr - mosquée"],
                "es": ["Donativo parroquia", "Zakat - comunidad islámica"],
            }[c.lang]
        )
        c.mark("religious_belief", recip, "field:religious-donation")
        cat = "faith"
    else:
        recip = c.pick(["Food Bank Network", "Tafel e.V.", "Restos du Cœur", "Cruz Roja"])
        cat = "community"
    return {
        "donation_id": c.uuid(),
        "employee": {
            "name": emp.full,
            "email": emp.email(dom),
            "employee_number": f"E{c.rint(10000, 99999)}",
        },
        "recipient": recip,
        "category": cat,
        "amount": c.rint(10, 500),
        "match_ratio": 1.0,
        "status": c.pick(["approved", "pending_match"]),
        "submitted": c.ts(0),
    }


@family(3)
def event_registration(c: Ctx) -> Any:
    att = c.person()
    ks = cyc(c, [["health"], ["~racial_ethnic_origin"], ["card"]])
    diet = c.pick(["none", "vegetarian", "vegan", "pescatarian"]) if "health" not in ks else None
    reg: dict[str, Any] = {
        "registration_id": c.alnum(10, upper=True),
        "event": c.pick(["HR Tech Summit", "Customer Day", "Partner Kick-off"]),
        "attendee": {
            "name": att.full,
            "email": att.email(),
            "company": employer(c)[0],
            "mobile": att.phone(),
        },
        "dietary": diet,
        "badge_name": att.first,
    }
    notes = []
    for k in ks:
        if k == "card":
            reg["payment"] = {"method": "card", "card_number": c.card(), "amount": c.rint(99, 899)}
        elif k.startswith("~"):
            notes.append(hn(c, k[1:], att))
        else:
            notes.append(sp(c, k, att))
    reg["accessibility_or_other_needs"] = "; ".join(notes) or None
    return reg


@family(5)
def genetic_counselling_crm(c: Ctx) -> Any:
    pt, gc = c.person(), c.person()
    ks = cyc(c, [["genetic"], ["genetic", "health"], ["genetic"], ["~genetic"], ["genetic"]])
    parts = []
    for k in ks:
        if k == "genetic":
            parts.append(
                {
                    "en": "Result discussed: ",
                    "de": "Befund besprochen: ",
                    "fr": "Résultat expliqué : ",
                    "es": "Resultado explicado: ",
                }[c.lang]
                + sp(c, "genetic", pt)
            )
        elif k == "health":
            parts.append(framed(c, sp(c, "health", pt)))
        else:
            parts.append(
                neg(
                    c,
                    "no-result",
                    {
                        "en": "Session postponed; the sample has not reached the lab yet.",
                        "de": "Termin verschoben, die Probe ist noch nicht im Labor.",
                        "fr": "Séance reportée, l'échantillon n'est pas encore au laboratoire.",
                        "es": "Sesión aplazada; la muestra aún no ha llegado al laboratorio.",
                    },
                )
            )
    return {
        "case": {
            "id": c.alnum(12),
            "type": "genetic_counselling",
            "client": {"name": pt.full, "dob": c.dob(), "email": pt.email()},
            "counsellor": gc.full,
            "session": {"date": str(c.day(0)), "mode": c.pick(["video", "phone"])},
            "summary": " ".join(parts),
            "follow_up": str(c.day(28)),
        }
    }


@family(4)
def bank_kyc_profile(c: Ctx) -> Any:
    cust = c.person()
    nat = {"en": "British", "de": "deutsch", "fr": "française", "es": "española"}[c.lang]
    c.tag("neg:nationality")
    doc: dict[str, Any] = {
        "customerId": f"C{c.rint(100000, 999999)}",
        "fullName": cust.full,
        "dateOfBirth": c.dob(),
        "nationality": nat,
        "residentialAddress": c.address_obj("camel"),
        "pep": False,
        "sanctionsHit": False,
        "riskRating": c.pick(["low", "medium"]),
        "identityDocument": {
            "type": "passport",
            "number": c.passport(),
            "expiry": str(c.day(1200)),
        },
        "accounts": [{"iban": c.iban(), "opened": str(c.day(-700))}]
        if c.lang != "en"
        else [{"sortCode": c.sort_code(), "accountNumber": c.uk_account()}],
    }
    c.tag("neg:pep-flag")
    if c.i % 2:
        doc["taxId"] = c.national_id(g=cust.g)
    return doc
