"""Payload families. Personal families take the special category to plant (or None)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from .values import Ctx


def special(
    c: Ctx,
    sc: str | None,
    doc: dict[str, Any],
    text_key: str | None = None,
    lang: str | None = None,
) -> None:
    """Plant the special category either as a structured field or in free text."""
    if sc is None:
        return
    if text_key and (sc not in ("biometric",)) and c.rng.random() < 0.55:
        prev = doc.get(text_key)
        t = c.text(sc, lang)
        doc[text_key] = f"{prev} -- {t}" if isinstance(prev, str) and prev else t
    else:
        key, value = c.field(sc)
        doc[key] = value


# ---------------------------------------------------------------- personal families
def hr_employee(c: Ctx, sc: str | None) -> Any:
    first = c.first()
    doc: dict[str, Any] = {
        c.k("employee_id"): f"E-{c.small(1000, 9999)}",
        c.k("given_name"): first,
        c.k("family_name"): c.name().split(" ", 1)[1],
        c.k("work_email"): c.email(first),
        c.k("department"): c.pick(["Lager", "Finance", "R&D", "Customer Care"]),
        c.k("start_date"): c.ts()[:10],
    }
    if c.rng.random() < 0.5:
        doc[c.k("date_of_birth")] = c.dob("iso")
    if c.rng.random() < 0.4:
        k, v = c.national_id()
        doc[c.k(k)] = v
    if c.rng.random() < 0.3:
        doc["bank"] = {"iban": c.iban(), "bic": "COBADEFFXXX"}
    doc["notes"] = ""
    special(c, sc, doc, "notes")
    if not doc["notes"]:
        del doc["notes"]
    return {"event": "employee.updated", "data": doc}


def payroll_run(c: Ctx, sc: str | None) -> Any:
    lines = [
        {"code": "BASIC", "amount": round(c.rng.uniform(2100, 6400), 2)},
        {"code": "HEALTH_PLAN_EE", "label": "Employer health plan premium", "amount": -112.4},
    ]
    if sc == "trade_union":
        c.mark("trade_union", "payroll:union dues")
        lines.append(
            {
                "code": "UNION_DUES",
                "label": c.pick(["ver.di Beitrag", "UNISON subs", "Cuota sindical UGT"]),
                "amount": -round(c.rng.uniform(8, 40), 2),
            }
        )
        sc = None
    if sc == "religious_belief":
        c.mark("religious_belief", "payroll:kirchensteuer")
        lines.append({"code": "KiSt", "label": "Kirchensteuer rk", "amount": -31.77})
        sc = None
    doc: dict[str, Any] = {
        "Personalnummer": f"{c.small(10000, 99999)}",
        "Name": c.name("last_first"),
        "Steuer-ID": c.steuer_id(),
        "Lohnarten": lines,
        "Auszahlung": {"IBAN": c.iban(spaced=c.rng.random() < 0.5)},
    }
    special(c, sc, doc, "Bemerkung", "de")
    return doc


def recruiting_app(c: Ctx, sc: str | None) -> Any:
    first = c.first()
    doc: dict[str, Any] = {
        "candidate": {
            "firstName": first,
            "lastName": c.name().split(" ", 1)[1],
            "email": c.email(first),
            "phone": c.phone(),
            "location": c.pick(["Lyon", "Remote - EU", "Austin, TX"]),
        },
        "job": {
            "req": f"REQ-{c.small(100, 999)}",
            "title": c.pick(["Warehouse Associate", "Data Engineer", "Pflegefachkraft"]),
        },
        "questions": [],
    }
    q = doc["questions"]
    if sc in ("racial_ethnic_origin", "health", "sex_life_orientation", "criminal_record"):
        key, value = c.field(sc)
        q.append({"id": key, "answer": value})
    elif sc:
        q.append({"id": "anything_else", "answer": c.text(sc)})
    q.append({"id": "veteran_status", "answer": "I am not a protected veteran"})
    q.append({"id": "eeo_statement_ack", "answer": True})
    return doc


def clinic_encounter(c: Ctx, sc: str | None) -> Any:
    doc: dict[str, Any] = {
        "resourceType": "Encounter",
        "id": c.uid(),
        "subject": {"display": c.name(), "birthDate": c.dob("iso")},
        "participant": [{"individual": {"display": f"Dr. {c.name('initial')}"}}],
        "period": {"start": c.ts()},
        "note": [{"text": ""}],
    }
    holder: dict[str, Any] = doc["note"][0]
    special(c, sc or "health", holder, "text")
    if not holder["text"]:
        holder["text"] = "see structured data"
    return doc


def pharmacy_rx(c: Ctx, sc: str | None) -> Any:
    doc: dict[str, Any] = {
        "rxId": f"RX{c.small(10000, 99999)}",
        "patient": {"name": c.name(), "dob": c.dob("us"), "phone": c.phone()},
        "drug": {
            "name": c.pick(
                [
                    "Sertraline 50mg tab",
                    "Truvada 200/245",
                    "Levothyroxine 75mcg",
                    "Adderall XR 20mg",
                ]
            ),
            "qty": 30,
            "refills": 2,
        },
        "prescriber": {
            "name": f"Dr. {c.name('initial')}",
            "npi": c.pick(["1467592013", "1093847562", "1730261948"]),
        },
    }
    c.mark("health", "rx:drug")
    special(c, sc if sc != "health" else None, doc, "pharmacist_note")
    return doc


def insurance_claim(c: Ctx, sc: str | None) -> Any:
    doc: dict[str, Any] = {
        "claimNumber": f"CLM-{c.small(100, 999)}-{c.hexs(4).upper()}",
        "policyholder": {"name": c.name(), "address": c.address(), "dateOfBirth": c.dob()},
        "lossDescription": c.pick(
            [
                "rear-ended at lights on Hauptstr.",
                "burst pipe in kitchen",
                "bike stolen from the shed",
            ]
        ),
    }
    if c.rng.random() < 0.4:
        lat, lon = c.coords()
        doc["lossLocation"] = c.pick([f"{lat}, {lon}", f"{lat};{lon}"])
    if c.rng.random() < 0.4:
        doc["payout"] = {"iban": c.iban(), "accountHolder": doc["policyholder"]["name"]}
    special(c, sc, doc, "adjusterNotes")
    return doc


def bank_kyc(c: Ctx, sc: str | None) -> Any:
    first = c.first()
    doc: dict[str, Any] = {
        "applicant": {
            "given_names": first,
            "surname": c.name().split(" ", 1)[1],
            "dob": c.dob(),
            "nationality": c.pick(["DE", "FR", "ES", "GB"]),
            "residential_address": c.address(),
        },
        "documents": [
            {
                "type": "passport",
                "number": c.passport(),
                "expiry": "2031-05-30",
                "issuing_country": c.pick(["DEU", "FRA", "ESP", "GBR"]),
            }
        ],
        "screening": {"pep": False, "sanctions_hit": False, "adverse_media": "none"},
        "device": {"ip": c.ip(), "ja3": c.hexs(32)},
    }
    if sc:
        special(c, sc, doc, "analyst_comment")
    return doc


def payment_checkout(c: Ctx, sc: str | None) -> Any:
    sep = c.pick(["", " ", "-"])
    doc: dict[str, Any] = {
        "order": {
            "id": f"ord_{c.alnum(10)}",
            "total": {"amount": c.small(500, 40000), "currency": "EUR"},
        },
        "payment_method": {
            "card": {"number": c.card(sep), "exp": "09/29", "holder": c.name().upper()}
        },
        "billing": {"email": c.email(), "address": c.address()},
        "client_ip": c.ip(),
    }
    if sc:
        special(c, sc, doc, "gift_message")
    return doc


def marketplace_order(c: Ctx, sc: str | None) -> Any:
    a = c.address()
    doc: dict[str, Any] = {
        "data": {
            "type": "orders",
            "id": c.uid(),
            "attributes": {
                "shipTo": {
                    "name": c.name(),
                    "line1": a["street"],
                    "city": a["city"],
                    "phone": c.phone(),
                },
                "items": [{"sku": f"SKU-{c.hexs(6).upper()}", "qty": 1}],
                "buyerNote": "",
            },
        }
    }
    attrs = doc["data"]["attributes"]
    if c.rng.random() < 0.45:
        attrs["payment"] = {"method": "card", "pan": c.card(c.pick(["", " "])), "cvc_checked": True}
    if c.rng.random() < 0.4:
        lat, lon = c.coords()
        attrs["dropoffPoint"] = {"latitude": lat, "longitude": lon}
    special(c, sc, attrs, "buyerNote")
    if not attrs["buyerNote"]:
        attrs["buyerNote"] = "pls leave w/ neighbour"
    return doc


def crm_contact(c: Ctx, sc: str | None) -> Any:
    first = c.first()
    doc: dict[str, Any] = {
        "properties": {
            "firstname": first,
            "lastname": c.name().split(" ", 1)[1],
            "email": c.email(first),
            "mobilephone": c.phone(),
            "lifecyclestage": "lead",
            "hs_lead_status": "OPEN",
        },
    }
    if sc:
        key, value = c.field(sc)
        doc["properties"][f"custom_{key}"] = (
            value if not isinstance(value, (dict, list)) else json.dumps(value, ensure_ascii=False)
        )
    return doc


def helpdesk_ticket(c: Ctx, sc: str | None) -> Any:
    lang = c.pick(["en", "de", "fr", "es"])
    body = {"en": "hi, quick one", "de": "Hallo zusammen,", "fr": "Bonjour,", "es": "Hola,"}[lang]
    doc: dict[str, Any] = {
        "ticket": {
            "id": c.small(1000, 99999),
            "subject": c.pick(["Re: Schichtplan", "urgent!!", "Problème de compte", "consulta"]),
            "requester": {"name": c.name(), "email": c.email()},
            "comment": {"body": body, "public": False},
            "tags": ["tier2"],
        }
    }
    cm = doc["ticket"]["comment"]
    if c.rng.random() < 0.2:
        c.mark("credential", "password in ticket")
        doc["ticket"]["internal_note"] = c.pick(
            [
                "temp pw for the user: Kn0del!Feb26",
                "le mdp provisoire est Gaufre_8842x",
                "reset to Hola-Mundo-77 pls change on login",
            ]
        )
    if sc:
        cm["body"] = f"{body} {c.text(sc, lang)}" if sc != "biometric" else body
        if sc == "biometric":
            key, value = c.field(sc)
            doc["ticket"]["custom_fields"] = [{"id": key, "value": value}]
    return doc


def chat_transcript(c: Ctx, sc: str | None) -> Any:
    agent = c.first()
    msgs: list[dict[str, Any]] = [
        {"from": "agent", "author": agent, "text": "Hi! how can I help?"},
        {
            "from": "visitor",
            "text": f"hey, my email is {c.email()} and the callback nr is {c.phone()}",
        },
    ]
    if sc:
        msgs.append({"from": "visitor", "text": c.text(sc) if sc != "biometric" else "ok"})
        if sc == "biometric":
            key, value = c.field(sc)
            msgs.append({"from": "system", "attachment": {key: value}})
    if c.rng.random() < 0.3:
        msgs.append(
            {
                "from": "visitor",
                "text": f"can u just charge {c.card(c.pick([' ', '-']))} instead, exp 11/28",
            }
        )
    c.mark("person_name", "agent first name")
    return {"conversation_id": c.uid(), "messages": msgs, "visitor_ip": c.ip()}


def dating_profile(c: Ctx, sc: str | None) -> Any:
    doc: dict[str, Any] = {
        "user": {
            "displayName": c.first(),
            "age": c.small(21, 58),
            "pronouns": c.pick(["she/her", "he/him", "they/them"]),
            "gender": c.pick(["woman", "man", "non-binary"]),
            "bio": c.pick(["coffee snob, bad at climbing", "perro > gato", "Wanderungen & Wein"]),
            "lastLocation": {"lat": 0.0, "lng": 0.0},
        }
    }
    c.mark("person_name", "display first name")
    if c.rng.random() < 0.6:
        lat, lon = c.coords()
        doc["user"]["lastLocation"] = {"lat": lat, "lng": lon}
    else:
        doc["user"]["lastLocation"] = {
            "lat": round(c.rng.uniform(40, 55), 2),
            "lng": round(c.rng.uniform(-3, 15), 2),
        }
    special(c, sc or "sex_life_orientation", doc["user"], "bio")
    return doc


def community_post(c: Ctx, sc: str | None) -> Any:
    doc: dict[str, Any] = {
        "post": {
            "author": {"handle": f"@{c.alnum(8, 'abcdefghijklmnopqrstuvwxyz_')}", "name": c.name()},
            "body": "",
            "created": c.ts(),
            "forum": c.pick(["r/relationships", "Elternforum", "forum-santé", "comunidad"]),
        }
    }
    special(c, sc, doc["post"], "body")
    if not doc["post"]["body"]:
        doc["post"]["body"] = "lol same"
    return doc


def canvass_record(c: Ctx, sc: str | None) -> Any:
    a = c.address()
    doc: dict[str, Any] = {
        "voter": {
            "vanId": f"{c.small(100, 999)}-{c.hexs(3)}",
            "name": c.name(),
            "address": f"{a['street']}, {a['city']}",
        },
        "canvasser": c.first(),
        "result": "contacted",
    }
    special(c, sc or "political_opinion", doc, "notes")
    return doc


def campaign_donation(c: Ctx, sc: str | None) -> Any:
    c.mark("political_opinion", "campaign donation")
    doc: dict[str, Any] = {
        "contribution": {
            "amount": c.small(5, 2900),
            "recipient": c.pick(
                [
                    "Whitcombe for Congress",
                    "Comité de soutien Lemaire 2027",
                    "Kreisverband Grüne Nordend",
                ]
            ),
            "donor": {
                "name": c.name(),
                "email": c.email(),
                "employer": "self-employed",
                "address": c.address(),
            },
            "card_last4": f"{c.small(1000, 9999)}",
        }
    }
    special(c, sc if sc != "political_opinion" else None, doc, "memo")
    return doc


def charity_donation(c: Ctx, sc: str | None) -> Any:
    doc: dict[str, Any] = {
        "don": {
            "montant": c.small(10, 500),
            "donateur": {"nom": c.name(), "courriel": c.email()},
            "recu_fiscal": True,
            "iban": c.iban() if c.rng.random() < 0.5 else None,
        }
    }
    if doc["don"]["iban"] is None:
        del doc["don"]["iban"]
    if sc == "religious_belief" and c.rng.random() < 0.5:
        c.mark("religious_belief", "zakat/tzedakah")
        doc["don"]["campagne"] = c.pick(
            ["Zakat al-Fitr 2026", "Tzedakah Pessa'h", "Kirchgeld St. Ansgar"]
        )
    else:
        special(c, sc, doc["don"], "commentaire", "fr")
    return doc


def union_membership(c: Ctx, sc: str | None) -> Any:
    c.mark("trade_union", "membership record")
    doc: dict[str, Any] = {
        "Mitglied": {
            "Mitgliedsnummer": f"M-{c.small(1000, 99999)}",
            "Name": c.name(),
            "Eintritt": c.ts()[:10],
            "Beitrag": {"monatlich": 23.4, "IBAN": c.iban()},
            "Geburtsdatum": c.dob("de"),
        },
        "Organisation": c.pick(["ver.di Bezirk Leipzig", "IG BCE", "GEW Hessen"]),
    }
    special(c, sc if sc != "trade_union" else None, doc["Mitglied"], "Notiz", "de")
    return doc


def prof_association(c: Ctx, sc: str | None) -> Any:
    doc: dict[str, Any] = {
        "member": {
            "fullName": c.name(),
            "licence": f"RN-{c.small(10000, 99999)}",
            "email": c.email(),
            "specialty": c.pick(["ICU", "paediatrics", "orthopaedics"]),
        }
    }
    special(c, sc or "trade_union", doc["member"], "remarks")
    return doc


def court_case(c: Ctx, sc: str | None) -> Any:
    c.mark("criminal_record", "court case")
    doc: dict[str, Any] = {
        "caso": {
            "numero": f"{c.small(100, 999)}/2025",
            "juzgado": "Juzgado de lo Penal nº 4",
            "acusado": {"nombre": c.name(), "dni": c.dni()},
            "delito": c.pick(["hurto", "conducción bajo los efectos del alcohol", "lesiones"]),
            "estado": "sentencia firme",
        }
    }
    special(c, sc if sc != "criminal_record" else None, doc["caso"], "observaciones", "es")
    return doc


def probation_checkin(c: Ctx, sc: str | None) -> Any:
    c.mark("criminal_record", "probation check-in")
    lat, lon = c.coords()
    doc: dict[str, Any] = {
        "supervisee": {"name": c.name(), "case": f"PB-{c.hexs(5)}"},
        "checkin": {"at": c.ts(), "gps": f"{lat},{lon}", "officer": c.name("initial")},
        "conditions": ["curfew 22:00", "no contact order"],
    }
    special(c, sc if sc != "criminal_record" else None, doc["checkin"], "officer_notes")
    return doc


def background_screen(c: Ctx, sc: str | None) -> Any:
    doc: dict[str, Any] = {
        "report": {
            "candidate": {"name": c.name(), "ssn": c.ssn(c.rng.random() < 0.5), "dob": c.dob("us")},
            "searches": [
                {"type": "employment_verification", "result": "verified"},
                {"type": "education", "result": "verified"},
            ],
        }
    }
    if sc == "criminal_record" or sc is None:
        c.mark("criminal_record", "criminal search")
        doc["report"]["searches"].append(
            {
                "type": "county_criminal",
                "jurisdiction": "Maricopa, AZ",
                "result": c.pick(["clear", "consider - 1 misdemeanor (2013)"]),
            }
        )
    else:
        special(c, sc, doc["report"], "adjudicator_note")
    return doc


def immigration_visa(c: Ctx, sc: str | None) -> Any:
    doc: dict[str, Any] = {
        "solicitante": {
            "apellidos": c.name().split(" ", 1)[1],
            "nombre": c.first(),
            "fecha_nacimiento": c.dob("fr"),
            "nie": c.dni(),
            "pasaporte": c.passport(),
            "domicilio": c.address_line(),
        },
        "tipo_visado": "residencia no lucrativa",
    }
    c.mark("person_name", "nombre")
    special(c, sc, doc, "motivo", "es")
    return doc


def travel_booking(c: Ctx, sc: str | None) -> Any:
    pax: dict[str, Any] = {
        "title": c.pick(["MR", "MS", "MX"]),
        "name": c.name("last_first"),
        "passportNo": c.passport(),
        "dob": c.dob("iso"),
        "ssr": [],
    }
    doc: dict[str, Any] = {
        "pnr": c.alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ"),
        "passengers": [pax],
        "contact": {"email": c.email(), "phone": c.phone()},
    }
    if c.rng.random() < 0.4:
        doc["fop"] = f"CC{c.pick(['VI', 'CA', 'AX'])}{c.card()}/0929"
    if sc == "health":
        c.mark("health", "SSR WCHR")
        pax["ssr"] = [{"code": "WCHR", "text": "wheelchair - cannot walk long distances"}]
    elif sc == "religious_belief":
        c.mark("religious_belief", "meal + text")
        pax["ssr"] = [{"code": "KSML", "text": c.text("religious_belief")}]
    elif sc:
        special(c, sc, pax, "remarks")
    return doc


def school_record(c: Ctx, sc: str | None) -> Any:
    doc: dict[str, Any] = {
        "élève": {
            "nom": c.name(),
            "né_le": c.dob("fr"),
            "classe": "4e B",
            "responsable": {"nom": c.name(), "tél": c.phone(), "adresse": c.address_line()},
        }
    }
    special(c, sc, doc["élève"], "observations", "fr")
    return doc


def university_app(c: Ctx, sc: str | None) -> Any:
    doc: dict[str, Any] = {
        "applicant": {"name": c.name(), "email": c.email(), "dob": c.dob()},
        "programme": "MSc Data Science",
        "personal_statement": "I have always liked numbers.",
    }
    if sc:
        if c.rng.random() < 0.5:
            key, value = c.field(sc)
            doc["equal_opportunities"] = {key: value}
        else:
            doc["personal_statement"] += " " + c.text(sc) if sc != "biometric" else ""
            if sc == "biometric":
                key, value = c.field(sc)
                doc["id_check"] = {key: value}
    return doc


def census_form(c: Ctx, sc: str | None) -> Any:
    a = c.address()
    doc: dict[str, Any] = {
        "household": {
            "address": a,
            "persons": [
                {
                    "person_no": 1,
                    "name": c.name(),
                    "dob": c.dob(),
                    "sex": c.pick(["F", "M"]),
                    "citizenship": c.pick(["DE", "TR", "PL"]),
                }
            ],
        }
    }
    special(c, sc or "religious_belief", doc["household"]["persons"][0], None)
    return doc


def public_benefits(c: Ctx, sc: str | None) -> Any:
    doc: dict[str, Any] = {
        "Antrag": {
            "Antragsteller": {
                "Vorname": c.first(),
                "Nachname": c.pick(["Brandtner", "Vogelsang", "Haverkamp"]),
                "Anschrift": c.address(),
                "Telefon": c.phone(),
                "Steueridentifikationsnummer": c.steuer_id(),
            },
            "Leistung": "Wohngeld",
        }
    }
    c.mark("person_name", "Vorname/Nachname")
    special(c, sc, doc["Antrag"], "Begründung", "de")
    return doc


def telemetry_log(c: Ctx, sc: str | None) -> Any:
    ip = c.ip()
    email = c.email()
    line = f'{ip} - - [{c.ts()}] "POST /api/v2/login HTTP/1.1" 401 87 user={email}'
    doc: dict[str, Any] = {
        "@timestamp": c.ts(),
        "service": "auth-gw",
        "level": "warn",
        "message": line,
        "trace_id": c.hexs(32),
    }
    if c.rng.random() < 0.4:
        doc["http"] = {"request": {"headers": {"authorization": c.bearer()}}}
    if c.rng.random() < 0.4:
        lat, lon = c.coords()
        doc["geo"] = {"location": {"lat": lat, "lon": lon}, "city": "Leipzig"}
    if sc:
        doc["context"] = json.dumps({"form": dict([c.field(sc)])}, ensure_ascii=False)
    return doc


def scim_user(c: Ctx, sc: str | None) -> Any:
    first = c.first()
    last = c.pick(["Lindqvist", "Achterberg", "Quintanilla", "Dunleavy"])
    c.mark("person_name", "scim name")
    doc: dict[str, Any] = {
        "schemas": [
            "urn:ietf:params:scim:schemas:core:2.0:User",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
        ],
        "userName": c.email(first),
        "name": {"givenName": first, "familyName": last},
        "phoneNumbers": [{"value": c.phone(), "type": "work"}],
        "active": True,
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
            "employeeNumber": str(c.small(100, 9999))
        },
    }
    if c.rng.random() < 0.3:
        doc["password"] = c.pick(["Wint3r-is-coming!", "Zugspitze#2962", "madrid-Atleti-1903"])
        c.mark("credential", "scim password")
    if sc:
        key, value = c.field(sc)
        doc["urn:ietf:params:scim:schemas:extension:acme:2.0:User"] = {key: value}
    return doc


def access_control(c: Ctx, sc: str | None) -> Any:
    doc: dict[str, Any] = {
        "door": "B2-Serverraum",
        "event": "ACCESS_GRANTED",
        "ts": c.ts(),
        "holder": {"name": c.name(), "badge": f"BX-{c.hexs(6).upper()}"},
        "auth": {"method": "fingerprint+pin", "match_score": round(c.rng.uniform(0.8, 0.99), 3)},
    }
    if sc is None or sc == "biometric":
        key, value = c.field("biometric")
        doc["enrollment"] = {key: value}
    else:
        special(c, sc, doc, "guard_note")
    return doc


def dna_kit(c: Ctx, sc: str | None) -> Any:
    doc: dict[str, Any] = {
        "kit": {
            "barcode": f"KT-{c.hexs(8).upper()}",
            "customer": {"name": c.name(), "email": c.email()},
            "status": "results_ready",
        }
    }
    if sc is None or sc == "genetic":
        key, value = c.field("genetic")
        doc["kit"]["results"] = {key: value}
    else:
        if sc != "racial_ethnic_origin":
            key, value = c.field("genetic")
            doc["kit"]["results"] = {key: value}
            special(c, sc, doc["kit"], "customer_message")
        else:
            c.mark("genetic", "ancestry")
            c.mark("racial_ethnic_origin", "ancestry composition")
            doc["kit"]["results"] = {
                "ancestry_composition": {
                    "West African": 0.41,
                    "Iberian": 0.33,
                    "Indigenous American": 0.26,
                },
                "haplogroup": {"mt": "L3e2b", "y": "E-M2"},
            }
    return doc


def clinical_trial(c: Ctx, sc: str | None) -> Any:
    doc: dict[str, Any] = {
        "study": c.pick(["NCT05521834", "NCT04890317", "EudraCT 2024-511203-17"]),
        "site": "Hôpital Saint-Roch",
        "subject": f"S-{c.small(100, 999)}",
        "visit": "W12",
        "crf": {"weight_kg": 71.2},
    }
    kinds = [sc or "health"]
    for kind in kinds:
        key, value = c.field(kind)
        doc["crf"][key] = value
    return doc


def survey_response(c: Ctx, sc: str | None) -> Any:
    doc: dict[str, Any] = {
        "surveyId": f"SV_{c.alnum(10)}",
        "responseId": f"R_{c.alnum(12)}",
        "values": {
            "QID1": 4,
            "QID2": "sometimes",
            "recipientEmail": c.email(),
            "ipAddress": c.ip(),
        },
    }
    if sc:
        if c.rng.random() < 0.5:
            key, value = c.field(sc)
            doc["values"][f"QID7_{key}"] = value
        elif sc != "biometric":
            doc["values"]["QID9_TEXT"] = c.text(sc)
        else:
            key, value = c.field(sc)
            doc["values"][key] = value
    return doc


def saas_webhook(c: Ctx, sc: str | None) -> Any:
    k, v = c.credential()
    doc: dict[str, Any] = {
        "type": "integration.configured",
        "created": c.ts(),
        "data": {
            "object": {
                "name": "nightly-export",
                "config": {k: v, "endpoint": "https://hooks.example.net/in"},
                "owner": c.email(),
            }
        },
    }
    if sc:
        doc["data"]["previous_attributes"] = {
            "metadata": json.dumps(dict([c.field(sc)]), ensure_ascii=False)
        }
    return doc


def graphql_mutation(c: Ctx, sc: str | None) -> Any:
    first = c.first()
    inp: dict[str, Any] = {"firstName": first, "email": c.email(first), "birthday": c.dob("iso")}
    c.mark("person_name", "firstName")
    if sc:
        key, value = c.field(sc)
        inp["profile"] = {key: value}
    if c.rng.random() < 0.3:
        lat, lon = c.coords()
        inp["home"] = {"type": "Point", "coordinates": [lon, lat]}
    extensions: dict[str, Any] = {}
    if c.rng.random() < 0.3:
        k, v = c.credential()
        extensions["upstreamAuth"] = {k: v}
    return {
        "operationName": "UpdateMember",
        "extensions": extensions,
        "query": "mutation UpdateMember($input: MemberInput!) { updateMember(input: $input) { id ... on Member { email } ... on Error { message } } }",  # noqa: E501
        "variables": {"input": inp},
    }


def search_event(c: Ctx, sc: str | None) -> Any:
    doc: dict[str, Any] = {
        "event": "search_submitted",
        "anonymousId": c.uid(),
        "userId": c.email(),
        "properties": {"query": "", "results": c.small(0, 80)},
        "context": {"ip": c.ip(), "userAgent": "Mozilla/5.0 (X11; Linux x86_64) Firefox/131.0"},
    }
    q = {
        "health": "my psoriasis meds not covered??",
        "genetic": "what does APOE4 heterozygous mean for me",
        "religious_belief": "zakat calculator for my savings",
        "sex_life_orientation": "coming out as bi to my parents",
        "criminal_record": "how to expunge my 2015 conviction",
        "political_opinion": "how to cancel my membership of the Labour party",
        "trade_union": "my union dues went up, can i claim them",
        "racial_ethnic_origin": "support groups for mixed-race me (Black + Korean)",
    }
    if c.rng.random() < 0.35:
        lat, lon = c.coords()
        doc["context"]["location"] = f"{lat}, {lon}"
    if sc and sc in q:
        c.mark(sc, f"search:{sc}")
        doc["properties"]["query"] = q[sc]
    else:
        doc["properties"]["query"] = "running shoes wide fit"
        if sc:
            doc["properties"]["profile"] = dict([c.field(sc)])
    return doc


def support_email_thread(c: Ctx, sc: str | None) -> Any:
    name = c.name()
    doc: dict[str, Any] = {
        "messages": [
            {
                "from": f"{name} <{c.email()}>",
                "to": "support@" + c.pick(["orbitbank.eu", "tienda-nube.es"]),
                "body": f"Hallo, meine neue Adresse ist {c.address_line()}. Tel. {c.phone()}",
            }
        ]
    }
    c.mark("email", "support address")
    if sc:
        doc["messages"].append(
            {
                "from": name,
                "body": c.text(sc) if sc != "biometric" else "siehe Anhang",
                **({"attachment": dict([c.field(sc)])} if sc == "biometric" else {}),
            }
        )
    return doc


def banking_transfer(c: Ctx, sc: str | None) -> Any:
    doc: dict[str, Any] = {
        "transfer": {
            "debtor": {"name": c.name(), "iban": c.iban()},
            "creditor": {
                "name": c.pick(["Stadtwerke Nordhafen GmbH", "Iglesias & Hijos S.L."]),
                "iban": c.iban(spaced=True),
            },
            "amount": c.small(10, 4000),
            "remittance": "Rechnung 2026-11",
        }
    }
    if sc == "religious_belief":
        c.mark("religious_belief", "remittance")
        doc["transfer"]["remittance"] = c.pick(
            [
                "Kirchgeld 2026 Fam. Brandtner",
                "zakat al-mal 2026",
                "Spende Kirchengemeinde + Austritt rückgängig?",
            ]
        )
    elif sc == "trade_union":
        c.mark("trade_union", "remittance")
        doc["transfer"]["remittance"] = "Mitgliedsbeitrag IG Metall Q4"
    elif sc == "political_opinion":
        c.mark("political_opinion", "remittance")
        doc["transfer"]["remittance"] = "Spende an Kreisverband Die Linke, Mitgl.-Nr 4471"
    elif sc:
        special(c, sc, doc["transfer"], "note")
    return doc


def us_ach(c: Ctx, sc: str | None) -> Any:
    c.mark("bank_account", "routing+account")
    doc: dict[str, Any] = {
        "payee": {
            "legal_name": c.name(),
            "routing_number": c.pick(["021000021", "011401533", "091000019"]),
            "account_number": str(c.small(10000000, 99999999)) + str(c.small(10, 99)),
            "account_type": "checking",
        },
        "tax": {"tin_type": "SSN", "tin": c.ssn()},
    }
    if sc:
        special(c, sc, doc, "memo")
    return doc


PERSONAL: list[tuple[Callable[[Ctx, str | None], Any], list[str]]] = [
    (
        hr_employee,
        ["health", "trade_union", "religious_belief", "sex_life_orientation", "criminal_record"],
    ),
    (payroll_run, ["trade_union", "religious_belief", "health"]),
    (
        recruiting_app,
        [
            "racial_ethnic_origin",
            "health",
            "sex_life_orientation",
            "criminal_record",
            "religious_belief",
        ],
    ),
    (clinic_encounter, ["health", "sex_life_orientation", "genetic"]),
    (pharmacy_rx, ["health", "sex_life_orientation"]),
    (insurance_claim, ["health", "criminal_record"]),
    (bank_kyc, ["criminal_record", "political_opinion", "biometric"]),
    (payment_checkout, ["religious_belief", "political_opinion"]),
    (marketplace_order, ["health", "religious_belief"]),
    (crm_contact, ["political_opinion", "religious_belief", "racial_ethnic_origin", "trade_union"]),
    (
        helpdesk_ticket,
        [
            "health",
            "sex_life_orientation",
            "religious_belief",
            "trade_union",
            "criminal_record",
            "racial_ethnic_origin",
        ],
    ),
    (chat_transcript, ["health", "sex_life_orientation", "criminal_record", "biometric"]),
    (
        dating_profile,
        ["sex_life_orientation", "religious_belief", "political_opinion", "racial_ethnic_origin"],
    ),
    (
        community_post,
        ["sex_life_orientation", "health", "racial_ethnic_origin", "political_opinion", "genetic"],
    ),
    (canvass_record, ["political_opinion"]),
    (campaign_donation, ["political_opinion", "trade_union"]),
    (charity_donation, ["religious_belief", "health"]),
    (union_membership, ["trade_union", "health"]),
    (prof_association, ["trade_union", "criminal_record"]),
    (court_case, ["criminal_record", "racial_ethnic_origin"]),
    (probation_checkin, ["criminal_record", "health"]),
    (background_screen, ["criminal_record"]),
    (
        immigration_visa,
        [
            "religious_belief",
            "political_opinion",
            "sex_life_orientation",
            "health",
            "racial_ethnic_origin",
        ],
    ),
    (travel_booking, ["health", "religious_belief", "biometric"]),
    (school_record, ["health", "religious_belief", "racial_ethnic_origin"]),
    (
        university_app,
        ["racial_ethnic_origin", "sex_life_orientation", "health", "religious_belief"],
    ),
    (census_form, ["religious_belief", "racial_ethnic_origin", "health", "sex_life_orientation"]),
    (public_benefits, ["health", "criminal_record"]),
    (telemetry_log, ["biometric", "health"]),
    (scim_user, ["biometric", "trade_union", "racial_ethnic_origin"]),
    (access_control, ["biometric"]),
    (dna_kit, ["genetic", "racial_ethnic_origin", "health"]),
    (clinical_trial, ["health", "genetic", "biometric", "sex_life_orientation"]),
    (
        survey_response,
        ["political_opinion", "sex_life_orientation", "religious_belief", "trade_union", "health"],
    ),
    (saas_webhook, ["genetic", "biometric"]),
    (graphql_mutation, ["genetic", "biometric", "political_opinion", "sex_life_orientation"]),
    (
        search_event,
        [
            "health",
            "genetic",
            "religious_belief",
            "sex_life_orientation",
            "criminal_record",
            "political_opinion",
            "trade_union",
            "racial_ethnic_origin",
        ],
    ),
    (support_email_thread, ["health", "criminal_record", "biometric"]),
    (banking_transfer, ["religious_belief", "trade_union", "political_opinion"]),
    (us_ach, ["criminal_record"]),
]


def ops_incident(c: Ctx, sc: str | None) -> Any:
    which = c.rng.randrange(4)
    if which == 0:
        leak: Any = {"DATABASE_URL": c.conn_string()}
    elif which == 1:
        leak = {"headers": {"Authorization": c.basic_auth(), "X-Request-Id": c.uid()}}
    elif which == 2:
        leak = {"tls": {"key": c.pem_private(), "cert_fingerprint": c.hexs(40)}}
    else:
        k, v = c.credential()
        leak = {k: v}
    doc: dict[str, Any] = {
        "incident": f"INC-{c.small(1000, 9999)}",
        "summary": "secret pasted into pipeline logs, rotate asap",
        "evidence": json.dumps(leak),
        "reporter": c.email(),
        "source_ip": c.ip(),
    }
    if sc:
        doc["related_form"] = dict([c.field(sc)])
    return doc


def plain_text(c: Ctx, sc: str | None) -> Any:
    lang = c.pick(["en", "de", "fr", "es"])
    parts = [c.text(sc or "health", lang)]
    extra = c.rng.randrange(4)
    if extra == 0:
        parts.append(
            {
                "en": lambda: f"reach me at {c.email()}",
                "de": lambda: f"Rückruf bitte unter {c.phone()}",
                "fr": lambda: f"mon num : {c.phone()}",
                "es": lambda: f"escríbeme a {c.email()}",
            }[lang]()
        )
    elif extra == 1:
        parts.append(
            {
                "en": lambda: f"card ending… actually full no. {c.card(' ')} exp 08/29",
                "de": lambda: f"meine IBAN ist {c.iban(spaced=True)}",
                "fr": lambda: f"je suis née le {c.dob('fr')}",
                "es": lambda: f"mi dirección: {c.address_line()}",
            }[lang]()
        )
    elif extra == 2:
        parts.append(f"— {c.name()}")
    return " ".join(parts)


PERSONAL += [
    (ops_incident, ["biometric", "genetic", "criminal_record"]),
    (
        plain_text,
        [
            "health",
            "sex_life_orientation",
            "religious_belief",
            "political_opinion",
            "trade_union",
            "criminal_record",
            "racial_ethnic_origin",
            "genetic",
        ],
    ),
]
