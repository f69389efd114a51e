"""Families from banking, payroll, telecom, travel, housing, gig work, support and platform ops."""

from __future__ import annotations

import base64
import json
from typing import Any

from .phrases import say
from .values import Ctx, b64, day, hexs, money, restyle, short_id, ts, uuid


def psd2_accounts(c: Ctx) -> Any:
    accounts = []
    for _ in range(c.rng.randint(1, 3)):
        accounts.append(
            {
                "resourceId": uuid(c.rng),
                "iban": c.iban(c.pick(["DE", "FR", "ES", "NL", "AT", "IT"])),
                "currency": "EUR",
                "name": c.pick(["Girokonto", "Compte courant", "Cuenta nómina"]),
                "ownerName": c.name(),
                "status": "enabled",
                "bic": "DEUTDEFFXXX",
                "_links": {"balances": {"href": "/v1/accounts/x/balances"}},
            }
        )
    return {"accounts": accounts}


def psd2_transactions(c: Ctx) -> Any:
    c.lang = c.pick(["de", "fr", "es", "en"])
    booked = []
    special = None
    for _ in range(c.rng.randint(2, 5)):
        remit = c.pick(
            [
                "REWE SAGT DANKE",
                "Miete Oktober",
                "Netflix.com",
                "DB Fernverkehr",
                "Amazon EU S.a.r.L.",
                "Stadtwerke Abschlag",
            ]
        )
        tx: dict[str, Any] = {
            "transactionId": hexs(c.rng, 16),
            "bookingDate": day(c.rng),
            "transactionAmount": {"amount": f"-{money(c.rng, 3, 900):.2f}", "currency": "EUR"},
            "remittanceInformationUnstructured": remit,
        }
        booked.append(tx)
    if c.chance(0.6):
        special, remit = c.pick(
            [
                ("trade_union", "ver.di Mitgliedsbeitrag 11/2024"),
                ("trade_union", "IG Metall Beitrag Mitglied 4471"),
                ("political_opinion", "Spende Bündnis 90/Die Grünen KV Leipzig"),
                ("political_opinion", "Cotisation adhérent Parti socialiste"),
                ("religious_belief", "Kirchgeld ev. Kirchengemeinde St. Petri"),
                ("religious_belief", "Zakat al-Fitr Islamic Relief"),
            ]
        )
        c.mark(special)
        c.note(f"remittance:{special}")
        booked.append(
            {
                "transactionId": hexs(c.rng, 16),
                "bookingDate": day(c.rng),
                "transactionAmount": {"amount": f"-{money(c.rng, 5, 60):.2f}", "currency": "EUR"},
                "creditorName": remit.split(" ")[0],
                "remittanceInformationUnstructured": remit,
            }
        )
    if c.chance(0.5):
        booked[0]["creditorAccount"] = {"iban": c.iban()}
        booked[0]["creditorName"] = c.name()
    return {"account": {"iban": c.iban()}, "transactions": {"booked": booked, "pending": []}}


def payroll_slip(c: Ctx) -> Any:
    c.lang = c.pick(["de", "de", "en", "fr"])
    if c.lang == "de":
        lines = [
            {"lohnart": "1000", "text": "Grundgehalt", "betrag": money(c.rng, 2400, 6200)},
            {"lohnart": "8100", "text": "Lohnsteuer", "betrag": -money(c.rng, 200, 900)},
        ]
        doc: dict[str, Any] = {
            "personalnummer": str(c.rng.randint(10000, 99999)),
            "name": c.name("de"),
            "steuer_id": c.steuer_id(),
            "steuerklasse": c.pick(["I", "III", "IV"]),
            "bankverbindung": {"iban": c.iban("DE")},
            "lohnarten": lines,
        }
        if c.chance(0.5):
            doc["kirchensteuermerkmal"] = c.pick(["rk", "ev", "lt"])
            lines.append(
                {"lohnart": "8120", "text": "Kirchensteuer", "betrag": -money(c.rng, 9, 70)}
            )
            c.mark("religious_belief")
        if c.chance(0.35):
            lines.append(
                {
                    "lohnart": "9410",
                    "text": "Gewerkschaftsbeitrag IG BCE",
                    "betrag": -money(c.rng, 15, 50),
                }
            )
            c.mark("trade_union")
        return doc
    if c.lang == "fr":
        return {
            "matricule": short_id(c.rng, "M"),
            "salarie": {"nom": c.name("fr"), "nir": c.nir()},
            "brut": money(c.rng, 1900, 5200),
            "rib": c.iban("FR", spaced=True),
            "absences": [{"motif": c.pick(["Congés payés", "RTT"]), "jours": 2}],
        }
    doc = {
        "employee": {
            "id": short_id(c.rng, "E"),
            "name": c.name("en"),
            "ni_number": c.nino(),
            "tax_code": "1257L",
        },
        "pay": {"gross": money(c.rng, 1800, 6000), "net": money(c.rng, 1400, 4000)},
        "deductions": [
            {"code": "PEN", "desc": "Pension (salary sacrifice)", "amount": 120.5},
            {"code": "HLT", "desc": "Employer health plan premium", "amount": 48.0},
        ],
        "payment": {"sort_code": c.sort_code(), "account_number": c.account_no(8)},
    }
    if c.chance(0.35):
        doc["deductions"].append({"code": "UNI", "desc": "UNISON subscription", "amount": 14.2})
        c.mark("trade_union")
    return doc


def pension_member(c: Ctx) -> Any:
    c.lang = c.pick(["en", "de", "fr", "es"])
    first, last = c.name_parts()
    ident = {"en": c.nino, "de": c.steuer_id, "fr": c.nir, "es": c.dni}[c.lang]()
    doc = {
        "member": {
            "ref": short_id(c.rng, "PM"),
            "forename": first,
            "surname": last,
            "birth_date": c.dob(lo=1950, hi=1990),
            "national_identifier": ident,
            "address": c.address_line(),
        },
        "scheme": c.pick(["DB Final Salary 1/60th", "Zusatzversorgung VBL", "Plan de pensiones"]),
        "beneficiaries": [
            {
                "name": c.name(),
                "relationship": c.pick(["spouse", "child", "civil partner"]),
                "share": 100,
            }
        ],
        "bank": {"iban": c.iban()} if c.chance(0.6) else {"iban": None},
    }
    if c.chance(0.25):
        doc["ill_health_retirement"] = {
            "approved": True,
            "condition": c.pick(["COPD", "multiple sclerosis", "severe depression"]),
        }
        c.mark("health")
    return restyle(doc, c.pick(["snake", "camel", "pascal"]))


def telecom_cdr(c: Ctx) -> Any:
    records = []
    for _ in range(c.rng.randint(1, 4)):
        lat, lon = c.latlon()
        a = c.mark("phone", f"49{c.rng.randint(151, 179)}{c.rng.randint(1000000, 9999999)}")
        b = c.mark("phone", f"49{c.rng.randint(30, 89)}{c.rng.randint(1000000, 9999999)}")
        records.append(
            {
                "a_number": a,
                "b_number": b,
                "start": ts(c.rng),
                "duration_s": c.rng.randint(3, 3000),
                "cell_id": hexs(c.rng, 7),
                "cell_lat": lat,
                "cell_lon": lon,
                "imsi_hash": hexs(c.rng, 40),
            }
        )
    return {"batch": short_id(c.rng, "CDR"), "records": records}


def telecom_subscriber(c: Ctx) -> Any:
    doc = {
        "msisdn": c.phone(),
        "plan": c.pick(["Unlimited 5G", "Prepaid S"]),
        "customer": {"name": c.name(), "email": c.email(), "billing_address": c.address_line()},
        "sim": {"iccid_masked": "8949********1234", "esim": c.chance(0.5)},
        "port_in": {"pin": None, "status": "completed"},
    }
    if c.chance(0.4):
        doc["customer"]["id_check"] = {"type": "passport", "number": c.passport_no()}
    return doc


def travel_booking(c: Ctx) -> Any:
    c.lang = c.pick(["en", "de", "fr", "es"])
    first, last = c.name_parts()
    trav: dict[str, Any] = {
        "firstName": first,
        "lastName": last,
        "email": c.email(first, last),
        "phone": c.phone(),
    }
    if c.chance(0.5):
        trav["dateOfBirth"] = c.dob()
        trav["documents"] = [
            {
                "documentType": "PASSPORT",
                "number": c.passport_no(),
                "expiryDate": day(c.rng, 2026, 2034),
            }
        ]
    if c.chance(0.25):
        trav["specialRequests"] = c.pick(
            ["Wheelchair assistance at arrival (WCHR)", "Traveller is blind, needs escort (BLND)"]
        )
        c.mark("health")
    doc = {
        "data": {
            "type": "flight-order",
            "id": hexs(c.rng, 12),
            "travelers": [trav],
            "flightOffers": [
                {"itineraries": [{"segments": [{"carrierCode": "IB", "number": "3175"}]}]}
            ],
        }
    }
    if c.chance(0.5):
        doc["data"]["payment"] = {
            "method": "card",
            "cardNumber": c.card(),
            "holder": first + " " + last,
            "expiry": "2028-02",
        }
    return doc


def hotel_checkin(c: Ctx) -> Any:
    c.lang = c.pick(["es", "fr", "de"])
    doc = {
        "reserva": short_id(c.rng, "R"),
        "huesped": {
            "nombre": c.name(),
            "documento": {
                "tipo": "DNI" if c.lang == "es" else "passport",
                "numero": c.dni() if c.lang == "es" else c.passport_no(),
            },
            "nacimiento": c.dob("fr"),
        },
        "direccion": c.address_line(),
        "llegada": day(c.rng),
        "noches": c.rng.randint(1, 9),
    }
    if c.chance(0.5):
        doc["garantia"] = {"tarjeta": c.card(fmt="space"), "caducidad": "11/27"}
    return doc


def tenancy_screening(c: Ctx) -> Any:
    doc = {
        "applicant": {
            "name": c.name("en"),
            "ssn": c.ssn(c.chance(0.6)),
            "dob": c.dob("us"),
            "current_address": c.address_line("us"),
        },
        "income": {"monthly": money(c.rng, 2500, 12000), "verified": True},
        "eviction_history": {"filings": c.rng.randint(0, 2)},
        "credit": {"score": c.rng.randint(540, 820)},
    }
    if c.chance(0.6):
        doc["criminal"] = {
            "records_found": c.rng.randint(0, 2),
            "summary": c.pick(["No records found", "1 misdemeanor (2014)"]),
        }
        c.mark("criminal_record")
    if c.chance(0.4):
        doc["bank"] = {"routing_number": c.routing(), "account_number": c.account_no(12)}
    return doc


def gig_onboarding(c: Ctx) -> Any:
    c.lang = c.pick(["en", "es", "fr"])
    first, last = c.name_parts()
    doc: dict[str, Any] = {
        "driver": {
            "first_name": first,
            "last_name": last,
            "mobile": c.phone(),
            "vehicle": {"plate": "WX-" + str(c.rng.randint(10, 99)) + "-KLM"},
        },
        "checks": [
            {"type": "right_to_work", "status": "clear"},
            {"type": "driving_record", "status": "clear"},
        ],
    }
    if c.chance(0.6):
        doc["checks"].append(
            {
                "type": "criminal_background",
                "status": c.pick(["clear", "consider"]),
                "provider": "Checkr-like",
            }
        )
        c.mark("criminal_record")
    if c.chance(0.5):
        doc["payout"] = (
            {"sort_code": c.sort_code(), "account_number": c.account_no(8)}
            if c.chance(0.5)
            else {"iban": c.iban()}
        )
    if c.chance(0.5):
        lat, lon = c.latlon()
        doc["last_ping"] = f"{lat},{lon}"
    return doc


def support_chat(c: Ctx) -> Any:
    c.lang = c.pick(["en", "en", "de", "fr", "es"])
    agent = c.first()
    turns = [
        {
            "from": "agent",
            "name": agent,
            "text": {
                "en": "Hi, thanks for reaching out! How can I help?",
                "de": "Hallo, wie kann ich Ihnen helfen?",
                "fr": "Bonjour, comment puis-je vous aider ?",
                "es": "¡Hola! ¿En qué puedo ayudarte?",
            }[c.lang],
        }
    ]
    what = c.pick(["card", "card", "address", "special", "special", "ordinary"])
    if what == "card":
        turns.append({"from": "customer", "text": f"my card {c.card()} got charged twice"})
    elif what == "address":
        turns.append({"from": "customer", "text": f"please ship to {c.address_line()} instead"})
    elif what == "special":
        kind = c.pick(
            [
                "health",
                "religious_belief",
                "sex_life_orientation",
                "criminal_record",
                "racial_ethnic_origin",
                "political_opinion",
                "trade_union",
            ]
        )
        turns.append({"from": "customer", "text": say(c, kind)})
    else:
        turns.append({"from": "customer", "text": f"you can call me on {c.phone()}"})
    turns.append({"from": "agent", "name": agent, "text": "Thanks, I've noted that."})
    return {
        "conversation_id": uuid(c.rng),
        "channel": c.pick(["web", "whatsapp", "app"]),
        "messages": turns,
    }


def ticket_email(c: Ctx) -> Any:
    c.lang = c.pick(["en", "de", "fr", "es"])
    first, last = c.name_parts()
    sig = f"\n\n--\n{first} {last}\n{c.pick(['Head of Ops', 'Facilities', 'Customer'])}\n"
    if c.chance(0.6):
        sig += f"T: {c.phone()}\n"
    if c.chance(0.5):
        sig += c.address_line() + "\n"
    body = c.pick(
        [
            "Hi team, the invoice PDF is still missing the PO number.",
            "Hallo, die Lieferung ist unvollständig angekommen.",
            "Bonjour, je n'arrive pas à me connecter depuis hier.",
            "Hola, necesito cambiar la fecha de mi reserva.",
        ]
    )
    if c.chance(0.4):
        body += " " + say(c, c.pick(["health", "trade_union", "religious_belief"]))
    quoted = "\n".join("> " + line for line in (body + sig).splitlines())
    return {
        "ticket": {
            "id": c.rng.randint(10000, 99999),
            "subject": "Re: " + c.pick(["Invoice", "Lieferung", "Connexion", "Reserva"]),
            "requester": c.email(first, last),
            "comments": [
                {
                    "author": c.first(),
                    "public": True,
                    "body": "Thanks, looking into it.\n\n"
                    + f"On {day(c.rng)} {first} {last} wrote:\n"
                    + quoted,
                }
            ],
        }
    }


def app_review(c: Ctx) -> Any:
    c.lang = c.pick(["en", "de", "fr", "es"])
    reviews = []
    for _ in range(c.rng.randint(1, 3)):
        r: dict[str, Any] = {
            "rating": c.rng.randint(1, 5),
            "version": c.pick(["3.4.1", "3.5.0"]),
            "author": c.pick(["nightowl_88", "anon", "Kundin"]),
        }
        if c.chance(0.5):
            r["author"] = c.first() + " " + c.last()[0] + "."
        if c.chance(0.5):
            r["text"] = say(
                c, c.pick(["health", "health", "sex_life_orientation", "racial_ethnic_origin"])
            )
        else:
            r["text"] = c.pick(
                [
                    "Great app, syncs fast.",
                    "Crashes on login since update.",
                    "Zu viele Benachrichtigungen.",
                    "Muy útil para el día a día.",
                ]
            )
        reviews.append(r)
    return {"app": "com.example.companion", "store": c.pick(["ios", "play"]), "reviews": reviews}


def social_post(c: Ctx) -> Any:
    c.lang = c.pick(["en", "de", "fr", "es"])
    kind = c.pick(
        [
            "political_opinion",
            "religious_belief",
            "sex_life_orientation",
            "racial_ethnic_origin",
            "trade_union",
            "health",
        ]
    )
    post = {
        "id": hexs(c.rng, 18),
        "author": {
            "handle": "@" + c.pick(["moonlit_fern", "kaffeejunkie", "la_brindille", "txema_bcn"]),
            "display_name": c.name(),
        },
        "text": say(c, kind),
        "lang": c.lang,
        "likes": c.rng.randint(0, 4000),
        "created_at": ts(c.rng),
    }
    return {"data": [post], "meta": {"result_count": 1, "next_token": b64(c.rng, 16)}}


def ecommerce_order(c: Ctx) -> Any:
    c.lang = c.pick(["en", "de", "fr", "es"])
    first, last = c.name_parts()
    addr = {
        "name": f"{first} {last}",
        "line1": c.street(),
        "city": c.city()[0],
        "postal_code": c.city()[1],
        "country": c.lang.upper() if c.lang != "en" else "GB",
    }
    doc = {
        "order": {
            "id": c.rng.randint(100000, 999999),
            "email": c.email(first, last),
            "shipping_address": addr,
            "billing_address": addr,
            "line_items": [
                {"sku": short_id(c.rng), "qty": c.rng.randint(1, 3), "price": money(c.rng)}
                for _ in range(c.rng.randint(1, 4))
            ],
            "payment": {
                "brand": "visa",
                "last4": str(c.rng.randint(1000, 9999)),
                "token": "pm_" + hexs(c.rng, 24),
            },
        }
    }
    if c.chance(0.25):
        doc["order"]["gateway_log"] = (
            f"{ts(c.rng)} WARN retry charge pan={c.card('visa')} cvv=*** amount={money(c.rng)}"
        )
    if c.chance(0.3):
        doc["order"]["customer_note"] = say(c, c.pick(["health", "religious_belief"]))
    return restyle(doc, c.pick(["snake", "camel"]))


def webhook_customer(c: Ctx) -> Any:
    obj = {
        "id": "cus_" + hexs(c.rng, 14),
        "object": "customer",
        "email": c.email(),
        "name": c.name(),
        "phone": c.phone() if c.chance(0.5) else None,
        "address": {"line1": c.street("us"), "city": "Austin", "state": "TX"}
        if c.chance(0.5)
        else None,
        "metadata": {"crm_id": short_id(c.rng)},
    }
    if c.chance(0.5):
        obj["metadata"]["signup_ip"] = c.ip()
    return {
        "id": "evt_" + hexs(c.rng, 24),
        "type": "customer.updated",
        "data": {"object": obj, "previous_attributes": {"email": c.email()}},
    }


def graphql_mutation(c: Ctx) -> Any:
    c.lang = c.pick(["en", "de", "es"])
    inp: dict[str, Any] = {"firstName": c.first(), "lastName": c.last(), "email": c.email()}
    if c.chance(0.5):
        inp["dateOfBirth"] = c.dob()
    if c.chance(0.4):
        inp["location"] = {"latitude": c.latlon()[0], "longitude": c.latlon()[1]}
    if c.chance(0.3):
        inp["password"] = c.secret("pw")
    return {
        "operationName": "RegisterUser",
        "query": "mutation RegisterUser($input: RegisterInput!) { register(input: $input) "
        "{ user { id } errors { field message } } }",
        "variables": {"input": inp},
    }


def jsonapi_patient(c: Ctx) -> Any:
    c.mark("health")
    return {
        "data": {
            "type": "patients",
            "id": str(c.rng.randint(100, 99999)),
            "attributes": {
                "given-name": c.first(),
                "family-name": c.last(),
                "birth-date": c.dob(),
                "conditions": [c.pick(["asthma", "coeliac disease", "epilepsy", "hypothyroidism"])],
                "blood-type": c.pick(["A+", "0-"]),
            },
            "relationships": {"gp": {"data": {"type": "practitioners", "id": "77"}}},
        },
        "included": [
            {"type": "practitioners", "id": "77", "attributes": {"name": "Dr " + c.name()}}
        ],
    }


def event_stream(c: Ctx) -> Any:
    events = []
    for _ in range(c.rng.randint(2, 4)):
        inner = c.pick(
            [
                lambda: {"event": "login", "user": c.email(), "ip": c.ip(), "ua": "Mozilla/5.0"},
                lambda: {
                    "event": "address_changed",
                    "customerId": short_id(c.rng),
                    "new": c.address_line(),
                },
                lambda: {"event": "page_view", "path": "/pricing", "anon_id": uuid(c.rng)},
            ]
        )()
        events.append(
            {
                "offset": c.rng.randint(1, 99999),
                "key": uuid(c.rng),
                "payload": json.dumps(inner, ensure_ascii=False),
            }
        )
    return {"stream": "user-activity", "events": events}


def access_log(c: Ctx) -> Any:
    lines = []
    for _ in range(c.rng.randint(2, 5)):
        path = c.pick(["/api/v1/orders", "/healthz", "/login", "/api/v2/search?q=shoes"])
        if c.chance(0.25):
            path = f"/api/v1/users?email={c.email()}"
        lines.append(
            f'{c.ip()} - - [{day(c.rng)}T10:{c.rng.randint(10, 59)}:02Z] "GET {path} '
            f'HTTP/1.1" {c.pick([200, 200, 304, 401, 500])} {c.rng.randint(100, 9000)}'
        )
    doc: dict[str, Any] = {"source": "nginx", "host": "edge-3", "lines": lines}
    if c.chance(0.3):
        doc["headers_sample"] = {"authorization": "Bearer " + c.secret("jwt")}
    return doc


def k8s_secret(c: Ctx) -> Any:
    data = {
        "DB_PASSWORD": base64.b64encode(c.secret("pw").encode()).decode(),
        "API_KEY": base64.b64encode(c.secret().encode()).decode(),
    }
    return {
        "apiVersion": "v1",
        "kind": "Secret",
        "type": "Opaque",
        "metadata": {"name": "payments-api", "namespace": "prod"},
        "data": data,
    }


def env_dump(c: Ctx) -> Any:
    env = {
        "NODE_ENV": "production",
        "LOG_LEVEL": "info",
        "AWS_ACCESS_KEY_ID": c.secret("aws"),
        "AWS_SECRET_ACCESS_KEY": c.secret("awssecret"),
        "DATABASE_URL": f"postgres://app:{c.secret('opaque')[:18]}@db-primary.internal:5432/app",
    }
    if c.chance(0.5):
        env["SLACK_BOT_TOKEN"] = c.secret("slack")
    return {"crash_report": {"service": "billing-worker", "version": "2.14.3", "env": env}}


def oauth_token(c: Ctx) -> Any:
    return {
        "access_token": c.secret(c.pick(["jwt", "opaque"])),
        "token_type": "Bearer",
        "expires_in": 3600,
        "refresh_token": c.secret("opaque"),
        "scope": "openid profile",
    }


def kyc_check(c: Ctx) -> Any:
    c.lang = c.pick(["en", "de", "fr", "es"])
    country = {"en": c.pick(["GB", "US"]), "de": "DE", "fr": "FR", "es": "ES"}[c.lang]
    ident = {"GB": c.nino, "US": c.ssn, "DE": c.steuer_id, "FR": c.nir, "ES": c.dni}[country]()
    doc = {
        "check_id": uuid(c.rng),
        "subject": {
            "full_name": c.name(),
            "dob": c.dob(),
            "address": c.address_line("us" if country == "US" else None),
        },
        "identifiers": [
            {
                "type": {"GB": "nino", "US": "ssn", "DE": "tin", "FR": "nir", "ES": "dni"}[country],
                "value": ident,
            }
        ],
        "screening": {"sanctions": "no_match", "pep": False, "adverse_media": 0},
    }
    return doc


def sanctions_screen(c: Ctx) -> Any:
    return {
        "request": {"name": c.name(), "dob": c.dob(), "country": c.pick(["DE", "RU", "IR"])},
        "result": {"hits": 0, "pep": False, "lists_checked": ["OFAC SDN", "EU CFSP", "UN"]},
    }


def background_check(c: Ctx) -> Any:
    c.lang = c.pick(["en", "de", "fr", "es"])
    c.mark("criminal_record")
    result = say(c, "criminal_record")
    return {
        "order": short_id(c.rng, "BG"),
        "candidate": {"name": c.name(), "email": c.email()},
        "components": [
            {"type": "criminal", "result": result},
            {"type": "education", "result": "verified"},
        ],
    }


def crm_contacts(c: Ctx) -> Any:
    c.lang = c.pick(["en", "de", "fr", "es"])
    keys = {
        "en": ("name", "email", "phone", "company"),
        "de": ("name", "e_mail", "telefon", "firma"),
        "fr": ("nom", "courriel", "téléphone", "société"),
        "es": ("nombre", "correo", "teléfono", "empresa"),
    }[c.lang]
    rows = [
        {
            keys[0]: c.name(),
            keys[1]: c.email(org=True),
            keys[2]: c.phone(),
            keys[3]: c.pick(["Acme GmbH", "Beta SARL", "Gamma S.L.", "Delta Ltd"]),
        }
        for _ in range(c.rng.randint(2, 5))
    ]
    return restyle({"contacts": rows, "page": 1, "total": 143}, c.pick(["snake", "camel"]))


def signup_form_post(c: Ctx) -> Any:
    email = c.email()
    enc = email.replace("@", "%40")
    return {
        "method": "POST",
        "path": "/newsletter",
        "remote_addr": c.ip(),
        "content_type": "application/x-www-form-urlencoded",
        "body": f"email={enc}&consent=1&src=footer",
    }


def visa_form(c: Ctx) -> Any:
    c.lang = c.pick(["fr", "de", "es", "en"])
    labels = {
        "fr": ("nom", "prénom", "date_de_naissance", "numéro_passeport"),
        "de": ("nachname", "vorname", "geburtsdatum", "reisepassnummer"),
        "es": ("apellidos", "nombre", "fecha_de_nacimiento", "número_pasaporte"),
        "en": ("surname", "given_names", "date_of_birth", "passport_number"),
    }[c.lang]
    doc = {
        labels[0]: c.last(),
        labels[1]: c.first(),
        labels[2]: c.dob("fr"),
        labels[3]: c.passport_no(),
        "purpose": c.pick(["tourism", "business", "study"]),
    }
    if c.chance(0.5):
        doc["criminal_convictions"] = "No"
        c.mark("criminal_record")
    if c.chance(0.3):
        doc["host"] = {"address": c.address_line(), "phone": c.phone()}
    return doc


def iot_tracker(c: Ctx) -> Any:
    lat, lon = c.latlon()
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [lon, lat]},
        "properties": {
            "device": short_id(c.rng, "TRK"),
            "battery": c.rng.randint(5, 100),
            "speed_kmh": round(c.rng.uniform(0, 80), 1),
            "ts": ts(c.rng),
        },
    }


FAMILIES = {
    "psd2_accounts": (psd2_accounts, 10),
    "psd2_transactions": (psd2_transactions, 14),
    "payroll_slip": (payroll_slip, 14),
    "pension_member": (pension_member, 10),
    "telecom_cdr": (telecom_cdr, 7),
    "telecom_subscriber": (telecom_subscriber, 7),
    "travel_booking": (travel_booking, 12),
    "hotel_checkin": (hotel_checkin, 6),
    "tenancy_screening": (tenancy_screening, 10),
    "gig_onboarding": (gig_onboarding, 10),
    "support_chat": (support_chat, 16),
    "ticket_email": (ticket_email, 12),
    "app_review": (app_review, 10),
    "social_post": (social_post, 16),
    "ecommerce_order": (ecommerce_order, 10),
    "webhook_customer": (webhook_customer, 8),
    "graphql_mutation": (graphql_mutation, 8),
    "jsonapi_patient": (jsonapi_patient, 6),
    "event_stream": (event_stream, 8),
    "access_log": (access_log, 12),
    "k8s_secret": (k8s_secret, 8),
    "env_dump": (env_dump, 8),
    "oauth_token": (oauth_token, 8),
    "kyc_check": (kyc_check, 14),
    "sanctions_screen": (sanctions_screen, 5),
    "background_check": (background_check, 10),
    "crm_contacts": (crm_contacts, 8),
    "signup_form_post": (signup_form_post, 6),
    "visa_form": (visa_form, 8),
    "iot_tracker": (iot_tracker, 6),
}
