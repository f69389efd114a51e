"""More people-and-customer families: genetics services, identity enrolment, equality data,
political and union activity, card and credential leaks, and lone-worker location."""

from __future__ import annotations

import base64
from typing import Any

from .common import brand, employer, user_agent
from .compose import cyc, extra, field, framed, greet, issue, sp, typo
from .ctx import Ctx
from .phrases import UNIONS
from .registry import family


@family(5)
def biobank_participant_support(c: Ctx) -> Any:
    p = c.person()
    ks = cyc(c, [["genetic"], ["genetic", "health"], ["genetic"], ["genetic"]])
    ask = {
        "en": "I'd like to know what happens to my sample if I withdraw from the study.",
        "de": "Was passiert mit meiner Probe, wenn ich aus der Studie aussteige?",
        "fr": "Que devient mon échantillon si je me retire de l'étude ?",
        "es": "¿Qué pasa con mi muestra si me retiro del estudio?",
    }[c.lang]
    parts = [greet(c), typo(c, ask)]
    for k in ks:
        lead = {
            "en": "In the feedback letter it says ",
            "de": "Im Rückmeldebrief steht: ",
            "fr": "Dans le courrier de retour il est écrit : ",
            "es": "En la carta de resultados pone que ",
        }[c.lang]
        parts.append(lead + sp(c, k, p) + "." if k == "genetic" else framed(c, sp(c, k, p)))
    parts.append(p.full)
    return {
        "participant_query": {
            "participant_id": f"BB-{c.alnum(8, upper=True)}",
            "sample_id": f"S{c.rint(100000, 999999)}",
            "consent_version": f"v{c.rint(2, 6)}.{c.rint(0, 9)}",
            "contact_email": p.email(),
            "message": "\n\n".join(parts),
            "received": c.ts(0),
            "queue": "participant-services",
        }
    }


@family(4)
def pgx_pharmacy_call(c: Ctx) -> Any:
    pt, ph = c.person(), c.person()
    gen = sp(c, "genetic", pt)
    med = c.mark(
        "health",
        {
            "en": "I'm on clopidogrel since my stent last year",
            "de": "ich nehme seit dem Stent Clopidogrel",
            "fr": "je prends du clopidogrel depuis mon stent",
            "es": "tomo clopidogrel desde que me pusieron el stent",
        }[c.lang],
        "text:health",
    )
    turns = [
        {
            "speaker": "pharmacist",
            "text": {
                "en": f"Hi, this is {ph.first} from the pharmacy about your test results.",
                "de": f"Hallo, hier ist {ph.first} aus der Apotheke wegen Ihres Testergebnisses.",
                "fr": f"Bonjour, {ph.first} de la pharmacie au sujet de vos résultats.",
                "es": f"Hola, soy {ph.first} de la farmacia, por sus resultados.",
            }[c.lang],
        },
        {"speaker": "patient", "text": f"{med}, {gen}?"},
        {
            "speaker": "pharmacist",
            "text": {
                "en": "Yes, I'll ask your GP to review the prescription.",
                "de": "Ja, ich bitte Ihre Hausärztin, das Rezept zu prüfen.",
                "fr": "Oui, je demande à votre médecin de revoir l'ordonnance.",
                "es": "Sí, pediré a su médico que revise la receta.",
            }[c.lang],
        },
    ]
    return {
        "call": {
            "id": c.uuid(),
            "patient": {"name": pt.full, "dob": c.dob(), "phone": pt.phone()},
            "direction": "outbound",
            "duration_s": c.rint(120, 600),
            "transcript": turns,
            "tags": ["pgx", "med-review"],
        }
    }


@family(4)
def genealogy_match_support(c: Ctx) -> Any:
    u, m = c.person(), c.person()
    markers = c.mark(
        "genetic",
        (
            f"DYS393={c.rint(12, 14)} DYS390={c.rint(22, 25)} DYS19={c.rint(13, 16)} "
            f"DYS391={c.rint(10, 11)} DYS385={c.rint(11, 14)}-{c.rint(14, 16)}"
        ),
        "field:genetic-ystr",
    )
    msg = {
        "en": (
            f"I have a new DNA match, {m.full}, listed as a close relative "
            "but I've never heard of them. Is this right?"
        ),
        "de": f"Ich habe einen neuen DNA-Treffer, {m.full}, als enger Verwandter. Stimmt das?",
        "fr": f"J'ai une nouvelle correspondance ADN, {m.full}, proche parent. C'est possible ?",
        "es": f"Me sale una coincidencia de ADN, {m.full}, como pariente cercano. ¿Es correcto?",
    }[c.lang]
    return {
        "ticket": {
            "id": c.rint(10000, 99999),
            "user": {"name": u.full, "email": u.email()},
            "body": typo(c, msg),
            "attachments": [
                {
                    "kind": "match_summary",
                    "shared_cm": c.rint(800, 3400),
                    "shared_segments": c.rint(20, 60),
                    "ydna_markers": markers,
                }
            ],
        }
    }


@family(5)
def badge_photo_face_template(c: Ctx) -> Any:
    emp = c.person()
    ks = cyc(c, [["tmpl"], ["tmpl"], ["photo"], ["tmpl"], ["tmpl"]])
    card: dict[str, Any] = {
        "cardholder": {
            "first": emp.first,
            "last": emp.last,
            "employee_id": f"E{c.rint(10000, 99999)}",
        },
        "photo_url": f"https://acs.example-hr.net/photos/{c.uuid()}.jpg",
        "access_levels": ["Staff", c.pick(["Lab", "Warehouse", "Office"])],
    }
    if ks == ["tmpl"]:
        card["face_template"] = {
            "vendor": c.pick(["IDEMIA", "Suprema", "HID"]),
            "version": 3,
            "data": c.blob_template("face-template"),
        }
    else:
        card["face_enrolled"] = False
        c.tag("neg:photo-without-template")
    return {"event": "cardholder.updated", "site": c.city()[1], "record": card, "at": c.ts(0)}


@family(5)
def mobile_app_face_login(c: Ctx) -> Any:
    b, _dom = brand(c)
    cust = c.person()
    ks = cyc(c, [["emb"], ["flag"], ["emb"], ["emb"], ["emb"]])
    ev: dict[str, Any] = {
        "customer_id": f"C{c.rint(100000, 999999)}",
        "name": cust.full,
        "device": {"model": c.pick(["Pixel 8", "Galaxy S23", "iPhone 15"]), "app": c.version4()},
    }
    if ks == ["emb"]:
        ev["enrolment"] = {
            "modality": "face",
            "embedding": c.face_embedding(64),
            "liveness_passed": True,
        }
    else:
        ev["enrolment"] = {
            "modality": "os_biometric",
            "face_id_used": True,
            "match_score": round(c.rng.uniform(0.9, 1), 3),
        }
        c.tag("neg:biometric-mode-and-score")
    return {"brand": b, "type": "auth.biometric_enrolment", "payload": ev, "ip": c.ip()}


@family(4, "en")
def affirmative_action_applicant_log(c: Ctx) -> Any:
    rows = []
    for _ in range(c.rint(3, 5)):
        a = c.person("en")
        rows.append(
            {
                "applicant": a.inv,
                "req": f"R{c.rint(1000, 9999)}",
                "applied": str(c.day(-c.rint(5, 40))),
                "race_ethnicity": field(c, "racial_ethnic_origin", sub="en"),
                "sex": c.pick(["F", "M", "Not disclosed"]),
                "disposition": c.pick(
                    ["hired", "not selected - less qualified", "withdrew", "interviewed"]
                ),
            }
        )
    c.tag("neg:sex-marker")
    return {
        "report": "Applicant Flow Log",
        "establishment": employer(c, "en")[0],
        "plan_year": 2025,
        "rows": rows,
    }


@family(4, "en")
def eeo_employee_extract(c: Ctx) -> Any:
    rows = []
    for _ in range(c.rint(3, 5)):
        p = c.person("en")
        rows.append(
            {
                "emp_id": f"E{c.rint(10000, 99999)}",
                "name": p.full,
                "job_category": c.pick(
                    ["1.2 First/Mid Officials", "5 Technicians", "9 Service Workers"]
                ),
                "ethnicity": field(c, "racial_ethnic_origin", sub="en"),
                "gender": c.pick(["Female", "Male"]),
                "hire_date": str(c.day(-c.rint(100, 3000))),
            }
        )
    return {"extract": "EEO-1 Component 1 worksheet", "snapshot": str(c.day(0)), "employees": rows}


@family(4)
def mentoring_signup(c: Ctx) -> Any:
    p = c.person()
    ks = cyc(
        c,
        [
            ["racial_ethnic_origin"],
            ["sex_life_orientation"],
            ["racial_ethnic_origin"],
            ["sex_life_orientation"],
        ],
    )
    why = {
        "en": "I'd like a mentor who has been through similar experiences in leadership.",
        "de": "Ich suche eine Mentorin mit ähnlichen Erfahrungen in Führungsrollen.",
        "fr": "Je cherche un mentor qui a vécu des choses similaires.",
        "es": "Busco una mentora que haya vivido situaciones parecidas.",
    }[c.lang]
    return {
        "programme": "Reach Mentoring 2025",
        "participant": {
            "name": p.full,
            "email": p.email(employer(c)[1]),
            "grade": c.pick(["L4", "L5", "L6"]),
        },
        "role": "mentee",
        "about_me": " ".join([typo(c, why), *extra(c, p, ks)]),
        "submitted": c.ts(0),
    }


@family(4, "en")
def domestic_partner_affidavit(c: Ctx) -> Any:
    emp, partner = c.person("en"), c.person("en")
    ks = cyc(c, [["same"], ["same"], ["plain"], ["same"]])
    aff: dict[str, Any] = {
        "employee": {"name": emp.full, "id": f"E{c.rint(10000, 99999)}"},
        "partner": {"name": partner.full, "dob": c.dob()},
        "cohabiting_since": str(c.day(-c.rint(400, 3000))),
        "shared_address": c.address_text(),
    }
    if ks == ["same"]:
        aff["partnership_type"] = c.mark(
            "sex_life_orientation", "same-sex domestic partnership", "field:sex_life_orientation"
        )
    else:
        aff["partnership_type"] = "domestic partnership"
        c.tag("neg:partner-type-unstated")
    return {"form": "Domestic Partner Affidavit", "affidavit": aff, "signed": c.ts(0)}


@family(4)
def donor_support_ticket(c: Ctx) -> Any:
    d = c.person()
    ks = cyc(c, [["card"], [], ["card"], []])
    cand = c.mark(
        "political_opinion",
        c.pick(
            {
                "en": ["the Whitfield for Senate campaign", "my local Labour party"],
                "de": ["die Grünen (Kreisverband)", "die SPD-Kampagne"],
                "fr": ["la campagne des Écologistes", "le Parti socialiste"],
                "es": ["la campaña del PSOE", "Sumar"],
            }[c.lang]
        ),
        "field:political-donation",
    )
    txt = {
        "en": f"I donated to {cand} twice by mistake, please refund one of them.",
        "de": f"Ich habe versehentlich zweimal an {cand} gespendet, bitte eine Spende erstatten.",
        "fr": f"J'ai fait deux dons à {cand} par erreur, merci d'en rembourser un.",
        "es": f"Doné dos veces a {cand} por error, devolvedme una.",
    }[c.lang]
    if "card" in ks:
        txt += (
            " "
            + {"en": "Card: ", "de": "Karte: ", "fr": "Carte : ", "es": "Tarjeta: "}[c.lang]
            + c.card()
        )
    return {
        "ticket": {
            "id": c.rint(10000, 99999),
            "requester": {"name": d.full, "email": d.email()},
            "body": typo(c, txt),
            "platform": "donations",
            "ip": c.ip(),
        }
    }


@family(3)
def political_activity_disclosure(c: Ctx) -> Any:
    emp = c.person()
    role = sp(c, "political_opinion", emp)
    return {
        "disclosure": {
            "type": "outside_activity",
            "employee": {
                "name": emp.full,
                "department": c.pick(["Procurement", "Einkauf", "Achats", "Compras"]),
            },
            "description": role,
            "time_commitment_hours_per_month": c.rint(4, 30),
            "conflict_assessed": c.pick(["none", "manage"]),
            "submitted": c.ts(0),
        }
    }


@family(4, "en")
def adverse_action_notice(c: Ctx) -> Any:
    cand = c.person("en")
    ks = cyc(c, [["crim"], ["crim"], ["credit"], ["crim"]])
    letter: dict[str, Any] = {
        "to": {"name": cand.full, "address": c.address_text(), "email": cand.email()},
        "type": "pre_adverse_action",
        "consumer_reporting_agency": "Checkr, Inc.",
        "summary_of_rights_attached": True,
    }
    if "crim" in ks:
        letter["items"] = [
            {
                "source": "county criminal search",
                "detail": c.mark(
                    "criminal_record",
                    c.pick(
                        [
                            "Misdemeanor conviction: petty theft (2019)",
                            "Felony conviction: burglary 2nd degree (2016)",
                        ]
                    ),
                    "field:criminal_record",
                ),
            }
        ]
    else:
        letter["items"] = [{"source": "credit report", "detail": "3 accounts in collections"}]
        c.tag("neg:credit-only")
    return {"notice": letter, "sent": c.ts(0)}


@family(5)
def union_facility_time(c: Ctx) -> Any:
    rep = c.person()
    u = c.pick(UNIONS[c.lang])
    role = c.mark(
        "trade_union",
        {
            "en": f"{u} branch secretary",
            "de": f"Vertrauensleutesprecher {u}",
            "fr": f"délégué syndical {u}",
            "es": f"delegada sindical de {u}",
        }[c.lang],
        "field:union-position",
    )
    return {
        "facility_time": {
            "rep": {"name": rep.full, "email": rep.email(employer(c)[1])},
            "role": role,
            "hours": c.rint(2, 16),
            "purpose": c.pick(
                [
                    "accompany member at hearing",
                    "pay negotiation",
                    "Tarifverhandlung",
                    "négociation annuelle",
                ]
            ),
            "date": str(c.day(5)),
        }
    }


@family(4)
def subscription_card_update(c: Ctx) -> Any:
    _b, dom = brand(c)
    cust = c.person()
    ks = cyc(c, [["card"], ["card"], ["last4"], ["card"]])
    if ks == ["card"]:
        num = c.card()
        line = {
            "en": f"new card is {num}, exp {c.rint(1, 12):02d}/{c.rint(27, 30)}, cvv on request",
            "de": f"neue Karte: {num}, gültig bis {c.rint(1, 12):02d}/{c.rint(27, 30)}",
            "fr": f"nouvelle carte {num}, exp {c.rint(1, 12):02d}/{c.rint(27, 30)}",
            "es": f"tarjeta nueva {num}, caduca {c.rint(1, 12):02d}/{c.rint(27, 30)}",
        }[c.lang]
    else:
        last = c.last4()
        line = {
            "en": f"please use the card ending {last}",
            "de": f"bitte die Karte mit Endziffern {last} nehmen",
            "fr": f"utilisez la carte finissant par {last}",
            "es": f"usad la tarjeta acabada en {last}",
        }[c.lang]
        c.tag("decoy:last4")
    body = "\n\n".join([greet(c), issue(c, "billing", 1), typo(c, line), cust.first])
    return {
        "email": {
            "from": cust.email(),
            "to": c.role_email("billing", dom),
            "subject": "Update payment method",
            "body": body,
            "date": c.ts(0, "rfc2822"),
        }
    }


@family(4)
def pci_dlp_alert(c: Ctx) -> Any:
    agent = c.person()
    ks = cyc(c, [["card"], ["card"], ["masked"], ["card"]])
    if ks == ["card"]:
        match = c.card()
    else:
        match = "XXXX-XXXX-XXXX-" + c.last4()
        c.tag("decoy:masked-card")
    return {
        "alert": {
            "policy": "PCI - PAN in chat",
            "severity": "high",
            "source": c.pick(["livechat", "zendesk", "teams"]),
            "conversation_id": c.uuid(),
            "agent": agent.full,
            "matched_text": match,
            "luhn_valid": ks == ["card"],
            "action": c.pick(["redact_requested", "quarantined", "notified"]),
            "detected_at": c.ts(0),
        }
    }


@family(4)
def corporate_card_issued(c: Ctx) -> Any:
    emp = c.person()
    ks = cyc(c, [["card"], ["token"], ["card"], ["card"]])
    cardobj: dict[str, Any] = {
        "cardholder": emp.full,
        "type": "virtual",
        "limit": c.rint(5, 50) * 100,
        "currency": "EUR" if c.lang != "en" else "USD",
    }
    if ks == ["card"]:
        cardobj["pan"] = c.card(fmt="plain")
        cardobj["exp"] = f"{c.rint(1, 12):02d}/{c.rint(27, 30)}"
    else:
        cardobj["token"] = c.decoy("tok_" + c.alnum(20), "decoy:payment-token")
        cardobj["last4"] = c.last4()
    return {
        "event": "card.issued",
        "program": "T&E",
        "card": cardobj,
        "employee_email": emp.email(employer(c)[1]),
        "at": c.ts(0),
    }


@family(4)
def api_key_support_ticket(c: Ctx) -> Any:
    b, _dom = brand(c)
    dev = c.person()
    ks = cyc(c, [["key"], ["key"], ["masked"], ["jwt"]])
    if ks == ["key"]:
        k = c.secret(c.pick(["stripe", "sendgrid", "google", "github", "aws"]))
    elif ks == ["jwt"]:
        k = c.bearer()
    else:
        k = c.masked_secret()
    txt = {
        "en": (
            "Our webhook calls fail with 401 since yesterday. This is "
            f"the key we use: {k} - can you check?"
        ),
        "de": f"Unsere Webhook-Aufrufe schlagen seit gestern mit 401 fehl. Das ist unser Key: {k}",
        "fr": f"Nos appels webhook renvoient 401 depuis hier. Voici la clé utilisée : {k}",
        "es": f"Las llamadas al webhook fallan con 401 desde ayer. Esta es la clave: {k}",
    }[c.lang]
    return {
        "ticket": {
            "id": c.rint(10000, 99999),
            "brand": b,
            "requester": {"name": dev.full, "email": dev.email(employer(c)[1])},
            "subject": "401 on webhook",
            "body": typo(c, txt),
            "priority": "high",
            "ua": user_agent(c),
        }
    }


@family(3)
def k8s_secret_hr_app(c: Ctx) -> Any:
    pw = base64.b64encode(c.alnum(20).encode()).decode()
    tok = base64.b64encode(c.alnum(32).encode()).decode()
    c.mark("credential", pw, "credential:k8s-secret")
    c.mark("credential", tok, "credential:k8s-secret")
    return {
        "apiVersion": "v1",
        "kind": "Secret",
        "type": "Opaque",
        "metadata": {
            "name": c.pick(["payroll-db", "ats-connector", "hris-sync"]),
            "namespace": "people-apps",
            "labels": {"app.kubernetes.io/part-of": "people-platform"},
        },
        "data": {"DB_PASSWORD": pw, "API_TOKEN": tok},
    }


@family(4)
def lone_worker_sos_alert(c: Ctx) -> Any:
    w, sup = c.person(), c.person()
    ks = cyc(c, [["gps"], ["gps"], ["cell"], ["gps"], ["gps"]])
    loc: dict[str, Any]
    if ks == ["gps"]:
        lat, lon = c.geo()
        loc = {"lat": lat, "lng": lon, "accuracy_m": c.rint(4, 25), "fix": "gps"}
    else:
        lat, lon = c.geo_coarse()
        loc = {"lat": lat, "lng": lon, "accuracy_m": c.rint(800, 3000), "fix": "cell"}
    return {
        "alert": {
            "type": c.pick(["SOS", "man_down", "missed_check_in"]),
            "worker": {"name": w.full, "mobile": w.phone()},
            "location": loc,
            "escalated_to": sup.full,
            "battery": c.rint(5, 100),
            "raised_at": c.ts(0),
        }
    }


@family(5)
def evv_visit_verification(c: Ctx) -> Any:
    carer, client = c.person(), c.person()
    ks = cyc(c, [["gps", "health"], ["gps"], ["gps", "health"], ["gps"], ["gps"]])
    lat, lon = c.geo()
    v: dict[str, Any] = {
        "carer": {"name": carer.full, "id": f"CG{c.rint(1000, 9999)}"},
        "client": {"name": client.full, "address": c.address_text()},
        "clock_in": {"at": c.ts(0, "offset"), "lat": lat, "lon": lon, "method": "mobile_gps"},
        "tasks": c.sample(["personal care", "meal prep", "medication prompt", "shopping"], 2),
    }
    if "health" in ks:
        v["care_plan_note"] = c.mark(
            "health",
            c.pick(
                [
                    "client has moderate dementia, check stove is off",
                    "insulin-dependent diabetic - check glucose log",
                    "post-stroke, needs help with transfers",
                ]
            ),
            "field:health",
        )
    return {
        "visit": v,
        "payer": {
            "en": "Local authority",
            "de": "Pflegekasse",
            "fr": "Département (APA)",
            "es": "Ley de Dependencia",
        }[c.lang],
        "status": "verified",
    }
