"""Volunteering and membership, the integrations behind them, and biometric check-in systems."""

from __future__ import annotations

import base64
import json

from .common import edi
from .ctx import Ctx, Json
from .registry import family


@family("volunteer_profile", 3, "en")
def volunteer_profile(c: Ctx) -> Json:
    p = c.person("en")
    ec = c.person("en")
    doc: dict[str, Json] = {
        "volunteerId": c.small_ref("V", 5),
        "name": {"first": p.first, "last": p.last},
        "email": p.email(),
        "mobile": c.phone("GB"),
        "availability": {
            d: c.sample(("AM", "PM", "EVE"), c.rint(0, 2))
            for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
        },
        "skills": c.sample(
            ("driving", "first aid", "Arabic", "cooking", "admin", "DIY", "befriending"), 3
        ),
        "checks": {"references": "2 received"},
        "emergencyContact": {
            "name": ec.full,
            "relationship": c.pick(("partner", "mum", "friend")),
            "phone": c.phone("GB"),
        },
    }
    if c.chance(0.7):
        doc["checks"].update(
            c.kv(
                "criminal_record",
                "dbs",
                c.pick(
                    (
                        "Enhanced - clear",
                        "Basic - no unspent convictions",
                        "Enhanced - clear, update service",
                    )
                ),
            )
        )
    if c.chance(0.4):
        doc["equalityMonitoring"] = edi(
            c, "camel", ("gender", "ethnicity", "religion", "orientation")
        )
    if c.chance(0.3):
        doc["accessNeeds"] = c.sp(
            "health",
            c.pick(
                (
                    "I'm a wheelchair user",
                    "Hard of hearing - please face me when talking",
                    "Type 1 diabetic, may need to stop for snacks",
                    "Anxiety - prefer small teams",
                )
            ),
        )
    return doc


@family("volunteer_shift_log", 4, "en")
def volunteer_shift_log(c: Ctx) -> Json:
    day = c.date(2025, 2025)
    city = c.pick(("Leeds", "Manchester", "Bristol", "London"))
    rows: list[Json] = []
    for _ in range(c.rint(2, 3)):
        p = c.person("en")
        lat, lon = c.latlon(city)
        rows.append(
            {
                "volunteer": p.full,
                "role": c.pick(("Driver", "Warehouse", "Delivery")),
                "checkIn": {
                    "at": f"{day}T{c.rint(7, 18):02d}:{c.rint(0, 59):02d}:00Z",
                    "lat": lat,
                    "lng": lon,
                },
                "hours": c.pick((2.5, 3.0, 4.0)),
            }
        )
    return {"project": "Winter food deliveries", "date": day, "shifts": rows}


@family("charity_membership_renewal", 3, "en")
def charity_membership_renewal(c: Ctx) -> Json:
    p = c.person("en")
    a = c.addr("GB")
    return {
        "memberNo": c.rint(100000, 999999),
        "membershipType": c.pick(("Joint", "Senior (65+)", "Individual", "Family")),
        "lead": {
            "title": c.pick(("Mr", "Mrs", "Ms", "Dr")),
            "forename": p.first,
            "surname": p.last,
            "dob": c.dob("fr", 1935, 1995),
            "email": p.email(),
        },
        "address": {"line1": a.line, "town": a.city, "postcode": a.postcode},
        "directDebit": {
            "sortCode": c.sort_code(),
            "accountNumber": c.uk_account(),
            "accountName": p.full,
        },
        "giftAid": c.chance(0.7),
        "renewalDue": c.date(2025, 2026),
    }


@family("agm_vote", 3, "en")
def agm_vote(c: Ctx) -> Json:
    votes: list[Json] = []
    for _ in range(c.rint(2, 4)):
        p = c.person("en")
        votes.append(
            {
                "memberNo": c.small_ref("", 5),
                "name": p.full,
                "resolution1_accounts": c.pick(("For", "Against", "Abstain")),
                "trusteeElection": c.pick(("Candidate A", "Candidate B", "Candidate C")),
                "proxy": c.pick((None, "Chair of the meeting")),
            }
        )
    return {
        "meeting": "Annual General Meeting 2025 - Leeds Community Allotments Association",
        "scrutineer": "Civica",
        "votes": votes,
        "note": c.say("neg_political"),
    }


@family("preference_centre_update", 3, "en")
def preference_centre_update(c: Ctx) -> Json:
    p = c.person("en")
    return {
        "supporterId": c.num_id(),
        "email": p.email(),
        "changes": {
            "email": c.pick(("opt-in", "opt-out")),
            "post": c.pick(("opt-in", "opt-out")),
            "phone": "opt-out",
            "sms": c.pick(("opt-in", "opt-out")),
        },
        "interests": c.sample(("Campaign news", "Volunteering", "Events", "Legacy giving"), 2),
        "source": {"ip": c.ip(c.pick(("public", "v6"))), "page": "/preferences"},
        "at": c.ts(2025, 2025, "ms"),
    }


@family("event_booking_access", 3, "en")
def event_booking_access(c: Ctx) -> Json:
    p = c.person("en")
    doc: dict[str, Json] = {
        "bookingRef": c.token(6, "ABCDEFGHJKLMNPQRSTUVWXYZ"),
        "event": c.pick(
            ("Supporter Day 2025", "Volunteer Thank You Lunch", "Campaign training weekend")
        ),
        "attendee": {"name": p.full, "email": p.email()},
        "dietary": c.pick(("Vegan", "Vegetarian", "None")),
    }
    roll = c.rint(0, 5)
    if roll == 0:
        doc["dietary"] = c.sp(
            "health", c.pick(("Coeliac - strictly gluten free", "Severe nut allergy"))
        )
    if roll in (1, 2):
        doc["accessibility"] = c.sp(
            "health",
            c.pick(
                (
                    "Deaf - BSL interpreter please",
                    "Wheelchair user, need step-free access",
                    "Visually impaired, bringing guide dog",
                    "Autistic - quiet room would help",
                )
            ),
        )
    else:
        doc["accessibility"] = c.pick(("", "None"))
    return doc


@family("ehrenamt_profil", 3, "de")
def ehrenamt_profil(c: Ctx) -> Json:
    p = c.person()
    doc: dict[str, Json] = {
        "Ehrenamtliche:r": {
            "Vorname": p.first,
            "Nachname": p.last,
            "Geburtsdatum": c.dob(),
            "Handy": c.phone(),
            "E-Mail": p.email(),
        },
        "Einsatzbereiche": c.sample(
            ("Hausaufgabenhilfe", "Kleiderkammer", "Fahrdienst", "Sprachcafé"), 2
        ),
        "Verfügbarkeit": c.pick(("Mo+Mi nachmittags", "Wochenende", "flexibel")),
        "Sprachen": c.sample(("Deutsch", "Englisch", "Arabisch", "Türkisch", "Russisch"), 2),
    }
    if c.chance(0.35):
        doc.update(
            c.kv(
                "religious_belief",
                "konfession",
                c.pick(("katholisch", "evangelisch", "muslimisch")),
            )
        )
    if c.chance(0.65):
        doc.update(
            c.kv(
                "criminal_record",
                "erweitertesFührungszeugnis",
                c.pick(
                    (
                        "liegt vor, ohne Eintragungen",
                        "vorgelegt am 12.01., keine Eintragungen",
                        "angefordert",
                    )
                ),
            )
        )
    return doc


@family("vereinsmitglied", 3, "de")
def vereinsmitglied(c: Ctx) -> Json:
    p = c.person()
    a = c.addr()
    return {
        "Mitgliedsnummer": c.rint(100, 9999),
        "Verein": c.pick(
            (
                "Nachbarschaftshaus Nord e.V.",
                "Freundeskreis Asyl e.V.",
                "Tierschutzverein Leipzig e.V.",
            )
        ),
        "Name": p.rev,
        "Geburtsdatum": c.dob(),
        "Adresse": a.oneline,
        "Beitrag": {
            "Jahresbeitrag": c.pick((24, 36, 60)),
            "IBAN": c.iban("DE", spaced=True),
            "Mandatsreferenz": c.small_ref("MV", 6),
        },
        "Eintritt": c.date(2015, 2025),
    }


@family("benevole_fiche", 3, "fr")
def benevole_fiche(c: Ctx) -> Json:
    p = c.person()
    doc: dict[str, Json] = {
        "benevole": {
            "nom": p.last,
            "prenom": p.first,
            "date_naissance": c.dob(),
            "portable": c.phone(),
            "email": p.email(),
        },
        "missions": c.sample(("maraude", "aide aux devoirs", "tri des dons", "accueil"), 2),
        "disponibilites": c.pick(("mardi soir", "week-end", "tous les jours après 17h")),
    }
    if c.chance(0.6):
        doc.update(
            c.kv(
                "criminal_record",
                "extrait_casier_b3",
                c.pick(("néant", "reçu - néant", "fourni le 03/02, bulletin vierge")),
            )
        )
    if c.chance(0.3):
        doc["remarques"] = c.say(c.pick(("health", "neutral")))
    return doc


@family("adherent_association", 3, "fr")
def adherent_association(c: Ctx) -> Json:
    p = c.person()
    a = c.addr()
    return {
        "association": c.pick(
            ("Amicale des locataires", "Les Jardins partagés du 11e", "Ciné-club solidaire")
        ),
        "adherent": {
            "nom": p.full,
            "adresse": a.oneline,
            "email": p.email(),
            "telephone": c.phone(),
        },
        "cotisation": {
            "annee": 2025,
            "montant": c.pick((10, 15, 20)),
            "reglement": c.pick(("espèces", "chèque", "HelloAsso")),
        },
        "droit_image": c.chance(0.6),
    }


@family("voluntariado_ficha", 3, "es")
def voluntariado_ficha(c: Ctx) -> Json:
    p = c.person()
    doc: dict[str, Json] = {
        "voluntario": {
            "nombre": p.first,
            "apellidos": p.last,
            "dni": c.dni() if c.chance(0.8) else c.nie(),
            "fecha-nacimiento": c.dob(),
            "movil": c.phone(),
            "email": p.email(),
        },
        "programa": c.pick(
            ("Refuerzo escolar", "Acompañamiento a mayores", "Reparto de alimentos")
        ),
        "disponibilidad": c.pick(("lunes y miércoles tarde", "fines de semana")),
    }
    if c.chance(0.6):
        doc.update(
            c.kv(
                "criminal_record",
                "certificado_delitos_sexuales",
                c.pick(("negativo", "entregado - sin antecedentes", "no constan antecedentes")),
            )
        )
    return doc


@family("socio_asociacion_vecinal", 4, "es")
def socio_asociacion_vecinal(c: Ctx) -> Json:
    p = c.person()
    a = c.addr()
    return {
        "asociacion": "AAVV Barrio del Pilar",
        "socio": p.full,
        "domicilio": a.line,
        "telefono": c.phone(),
        "cuota_pagada": c.chance(0.8),
        "alta": c.date(2010, 2025),
    }


@family("volunteer_portal_auth_log", 3, "en")
def volunteer_portal_auth_log(c: Ctx) -> Json:
    p = c.person("en")
    ts = c.tseq(4, "ms")
    em = p.email()
    ip = c.ip(c.pick(("public", "private")))
    method = c.decoy("auth_method", "biometric:fingerprint")
    lines = [
        f"{ts[0]} INFO auth login_success user={em} ip={ip} method={method}",
        f"{ts[1]} INFO device fp={c.secret_decoy('sha1')} trusted=true",
        f"{ts[2]} INFO tls client ja3={c.hexs(32)} cipher=TLS_AES_128_GCM_SHA256",
        f"{ts[3]} DEBUG password_hash={c.secret_decoy('bcrypt')} rehash=false",
    ]
    token = c.secret("jwt") if c.chance(0.5) else c.secret_decoy("redacted")
    lines.append(f"{ts[3]} DEBUG outbound GET /api/v2/rota Authorization: Bearer {token}")
    return "\n".join(lines)


@family("crm_integration_config", 3, "en")
def crm_integration_config(c: Ctx) -> Json:
    leak = c.chance(0.7)
    cfg: dict[str, Json] = {
        "integration": c.pick(("donorsync", "civicrm-bridge", "raisely-npsp")),
        "version": "2.8.1",
        "mailchimp": {
            "server": "us" + str(c.rint(2, 21)),
            "apiKey": c.secret("mailchimp") if leak else c.secret_decoy("stars"),
        },
        "stripe": {
            "publishableKey": c.secret_decoy("pk_live"),
            "secretKey": c.secret("stripe")
            if leak and c.chance(0.6)
            else c.secret_decoy("masked_stripe"),
            "webhookSecret": c.secret("whsec") if leak else c.secret_decoy("redacted"),
        },
        "jwks": {
            "keys": [
                {
                    "kty": "RSA",
                    "kid": c.secret_decoy("kid"),
                    "e": "AQAB",
                    "n": c.b64(96, urlsafe=True),
                }
            ]
        },
        "retry": {"max": 5, "backoffMs": 2000},
    }
    if leak and c.chance(0.5):
        cfg["sendgrid"] = {
            "apiKey": c.secret("sendgrid"),
            "from": c.org_email("no-reply", "supporters.example.org"),
        }
    if leak and c.chance(0.4):
        cfg["slack"] = {"botToken": c.secret("slack"), "channel": "#donations-feed"}
    if not leak:
        c.note("masked")
    return cfg


@family("k8s_secret_manifest", 3, "en")
def k8s_secret_manifest(c: Ctx) -> Json:
    enc = c.morph(c.secret("password"), lambda pw: base64.b64encode(pw.encode()).decode())
    c.note("k8s_b64")
    return {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {"name": "crm-db", "namespace": c.pick(("fundraising", "civic-prod"))},
        "type": "Opaque",
        "data": {"DB_USER": base64.b64encode(b"crm_app").decode(), "DB_PASSWORD": enc},
    }


@family("ci_env_dump", 3, "en")
def ci_env_dump(c: Ctx) -> Json:
    lines = [
        "Run ./scripts/deploy.sh",
        "+ echo deploying giving-api to production",
        f"+ export AWS_ACCESS_KEY_ID={c.secret('aws_id')}",
        f"+ export AWS_SECRET_ACCESS_KEY={c.secret('aws_secret')}",
        f"+ export DATABASE_URL={c.secret('conn')}",
        f"+ export GITHUB_TOKEN={c.secret_decoy('stars')}",
        f"+ git checkout {c.secret_decoy('sha1')}",
        "Error: Process completed with exit code 1.",
    ]
    return "\n".join(lines)


def _floats(c: Ctx, n: int) -> list[float]:
    out: list[float] = []
    for _ in range(n):
        x = round(c.r.uniform(-0.25, 0.25), 4)
        out.append(x if x != 0 else 0.0011)
    return out


def _face(c: Ctx, n: int = 32) -> list[float]:
    vec = _floats(c, n)
    c.raw("biometric", json.dumps(vec), "biometric:face_embedding")
    return vec


def _template(c: Ctx, magic: bytes, nbytes: int, tag: str) -> str:
    while True:
        raw = magic + bytes(c.r.getrandbits(8) for _ in range(nbytes))
        s = base64.b64encode(raw).decode()
        if c._filler_ok(s):
            return c.mark("biometric", s, tag)


@family("volunteer_face_checkin", 3, "en")
def volunteer_face_checkin(c: Ctx) -> Json:
    p = c.person("en")
    return {
        "kiosk": c.pick(("foodbank-hall-01", "warehouse-door-2")),
        "event": "checkin",
        "volunteer": {"id": c.small_ref("V", 5), "name": p.full},
        "faceTemplate": {
            "model": "arcface-r100",
            "dims": 512,
            "truncated": True,
            "embedding": _face(c),
        },
        "match": {"score": c.pick((0.91, 0.87, 0.95)), "threshold": 0.8},
        "at": c.ts(2025, 2025),
    }


@family("aid_distribution_iris", 3, "en")
def aid_distribution_iris(c: Ctx) -> Json:
    site = c.pick(("Amman", "Gaziantep", "Kampala", "Cox's Bazar"))
    lat, lon = c.coarse(site, 2)
    return {
        "householdId": c.small_ref("HH-", 6),
        "distribution": {"site": site, "round": c.rint(1, 12), "lat": lat, "lon": lon},
        "biometrics": {
            "modality": "iris",
            "eye": c.pick(("left", "right")),
            "irisCode": _template(c, b"IIR\x00", 180, "biometric:iris"),
            "quality": c.rint(60, 99),
        },
        "entitlement": {"cash_usd": c.pick((45, 60, 90)), "collected": c.chance(0.8)},
        "vulnerabilities": [
            c.sp("health", x)
            for x in c.sample(
                ("disability in household", "chronic illness", "pregnant or lactating"),
                c.rint(0, 2),
            )
        ],
    }


@family("helpline_voiceprint", 3, "en")
def helpline_voiceprint(c: Ctx) -> Json:
    return {
        "callerRef": c.small_ref("C", 6),
        "enrolment": {
            "engine": "voicekey-ivector-2",
            "createdAt": c.ts(2024, 2025),
            "voiceprint": _template(c, b"VPR1", 150, "biometric:voiceprint"),
        },
        "phone": c.phone("GB"),
        "consent": "verbal, recorded",
    }


@family("refugee_biometric_registration", 5, "en")
def refugee_biometric_registration(c: Ctx) -> Json:
    p = c.person("en")
    fingers: list[Json] = []
    for pos in c.sample(("R_THUMB", "R_INDEX", "L_THUMB", "L_INDEX"), 2):
        fingers.append(
            {
                "position": pos,
                "format": "ISO/IEC 19794-2:2005",
                "template": _template(c, b"FMR\x00 20\x00", 90, "biometric:minutiae"),
                "nfiq": c.rint(1, 3),
            }
        )
    doc: dict[str, Json] = {
        "registrationId": c.uuid(),
        "name": p.full,
        "dob": c.dob("iso", 1960, 2010),
        "fingerprints": fingers,
    }
    if c.chance(0.6):
        doc.update(
            c.kv(
                "racial_ethnic_origin",
                "ethnicity",
                c.pick(("Rohingya", "Hazara", "Nuer", "Kurdish", "Tigrinya")),
            )
        )
        doc.update(
            c.kv(
                "religious_belief",
                "religion",
                c.pick(("Islam (Sunni)", "Islam (Shia)", "Christian (Orthodox)", "Yazidi")),
            )
        )
    if c.chance(0.4):
        doc["passport"] = {
            "number": c.passport(c.pick(("SY", "AF", "UA"))),
            "country": "issued abroad",
        }
    return doc


@family("palm_vein_access", 5, "en")
def palm_vein_access(c: Ctx) -> Json:
    p = c.person("en")
    return {
        "site": "Eastside Community Centre gym",
        "member": {"name": p.full, "memberNo": c.small_ref("G", 5)},
        "enrolment": {
            "device": "PalmSecure F-Pro",
            "hand": c.pick(("left", "right")),
            "palmVeinTemplate": _template(c, b"PVT", 120, "biometric:palm_vein"),
        },
        "status": "active",
    }


@family("zutritt_fingerabdruck", 5, "de")
def zutritt_fingerabdruck(c: Ctx) -> Json:
    p = c.person()
    return {
        "standort": c.pick(("Gemeindezentrum Nord", "Nachbarschaftshaus Linden")),
        "person": {
            "name": p.full,
            "rolle": c.pick(("Hausmeister", "Ehrenamt Café", "Mitarbeiterin Beratung")),
        },
        "fingerabdruck": {
            "finger": "rechter Zeigefinger",
            "template_iso19794": _template(c, b"FMR\x00 20\x00", 90, "biometric:minutiae"),
        },
        "angelegt": c.ts(2024, 2025, "offset"),
    }


@family("distribution_biometrie", 5, "fr")
def distribution_biometrie(c: Ctx) -> Json:
    p = c.person()
    return {
        "beneficiaire": {"nom": p.full, "carte": c.small_ref("CB", 6)},
        "gabarit_visage": {"modele": "facenet-v2", "vecteur": _face(c, 24)},
        "distribution": {"centre": "Épicerie solidaire Lille Sud", "date": c.date(2025, 2025)},
    }


@family("registro_biometrico", 5, "es")
def registro_biometrico(c: Ctx) -> Json:
    p = c.person()
    return {
        "usuario": {"nombre": p.full, "nie": c.nie() if c.chance(0.5) else None},
        "huella": {
            "dedo": "índice derecho",
            "plantilla": _template(c, b"FMR\x00 20\x00", 80, "biometric:minutiae"),
        },
        "centro": c.pick(("Comedor social San Juan", "Centro de acogida Vallecas")),
    }


@family("church_face_attendance", 5, "en")
def church_face_attendance(c: Ctx) -> Json:
    p = c.person("en")
    return {
        "system": "face-attendance",
        "service": c.sp(
            "religious_belief", c.pick(("Sunday 9am Mass", "Jummah prayer", "Sunday 11:00 worship"))
        ),
        "recognised": {
            "name": p.full,
            "embedding": _face(c, 24),
            "similarity": c.pick((0.88, 0.93)),
        },
        "camera": "entrance-2",
        "at": c.ts(2025, 2025),
    }


@family("food_voucher_fingerprint", 5, "en")
def food_voucher_fingerprint(c: Ctx) -> Json:
    p = c.person("en")
    return {
        "client": {"name": p.first, "ref": c.small_ref("FB", 5)},
        "enrolledFinger": "L_INDEX",
        "minutiae": _template(c, b"FMR\x00 20\x00", 70, "biometric:minutiae"),
        "scanner": "SecuGen Hamster Pro 20",
        "note": c.say("note"),
    }


@family("equality_survey_response", 3, "en")
def equality_survey_response(c: Ctx) -> Json:
    all_pnts = c.chance(0.2)
    return {
        "surveyId": "vol-edi-2025",
        "respondentId": c.hexs(12),
        "answers": edi(c, c.pick(("snake", "camel", "kebab")), all_pnts=all_pnts),
        "ageBand": c.pick(("18-24", "25-34", "35-44", "65+")),
        "completedAt": c.ts(2025, 2025),
    }
