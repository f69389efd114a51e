"""Faith communities: people records, giving, groups, pastoral care, registers, check-ins."""

from __future__ import annotations

import datetime as dt

from .common import staff_note
from .ctx import Ctx, Json
from .registry import family

KID_MEDICAL = (
    "Peanut allergy - EpiPen in backpack",
    "Asthma, has inhaler",
    "Type 1 diabetic - check with parent before snacks",
    "ADHD, may need movement breaks",
    "Egg and dairy allergy",
)


@family("pco_person", 2, "en")
def pco_person(c: Ctx) -> Json:
    c.region = "us"
    p = c.person("en")
    a = c.addr("US")
    child = c.chance(0.35)
    attrs: dict[str, Json] = {
        "first_name": p.first,
        "last_name": p.last,
        "birthdate": c.dob("iso", 2012, 2019) if child else c.dob("iso", 1945, 2000),
        "anniversary": None if child else c.pick((None, c.date(1975, 2015))),
        "gender": c.pick(("F", "M")),
        "child": child,
        "grade": c.rint(0, 6) if child else None,
        "status": "active",
        "created_at": c.ts(2018, 2024),
    }
    attrs.update(
        c.kv(
            "religious_belief",
            "membership",
            c.pick(("Member", "Regular Attender", "Membership Class Completed")),
        )
    )
    if child or c.chance(0.3):
        attrs["medical_notes"] = c.sp("health", c.pick(KID_MEDICAL))
    else:
        attrs["medical_notes"] = None
    pid = str(c.num_id(10000, 999999))
    return {
        "data": {
            "type": "Person",
            "id": pid,
            "attributes": attrs,
            "links": {"self": f"https://api.planningcenteronline.com/people/v2/people/{pid}"},
        },
        "included": [
            {
                "type": "Email",
                "id": str(c.num_id()),
                "attributes": {"address": p.email(), "location": "Home", "primary": True},
            },
            {
                "type": "PhoneNumber",
                "id": str(c.num_id()),
                "attributes": {"number": c.phone("US"), "location": "Mobile"},
            },
            {
                "type": "Address",
                "id": str(c.num_id()),
                "attributes": {
                    "street_line_1": a.line,
                    "city": a.city,
                    "state": a.state,
                    "zip": a.postcode,
                    "location": "Home",
                },
            },
        ],
    }


@family("pco_giving_donation", 2, "en")
def pco_giving_donation(c: Ctx) -> Json:
    c.region = "us"
    p = c.person("en")
    fund = c.pick(
        ("Tithes & Offerings", "General Fund - Tithe", "Tithe - monthly", "Missions offering")
    )
    return {
        "data": {
            "type": "Donation",
            "id": str(c.num_id()),
            "attributes": {
                "amount_cents": c.amount() * 100,
                "amount_currency": "USD",
                "payment_method": "card",
                "payment_brand": c.pick(("visa", "mastercard", "amex")),
                "payment_last4": c.last4(plain=True),
                "payment_status": "succeeded",
                "received_at": c.ts(2024, 2025),
            },
            "relationships": {"person": {"data": {"type": "Person", "id": str(c.num_id())}}},
        },
        "included": [
            {
                "type": "Person",
                "attributes": {
                    "first_name": p.first,
                    "last_name": p.last,
                    "email_address": p.email(),
                },
            },
            {
                "type": "Designation",
                "attributes": {"amount_cents": 0, "fund_name": c.sp("religious_belief", fund)},
            },
        ],
    }


@family("pastoral_care_note", 3, "en")
def pastoral_care_note(c: Ctx) -> Json:
    p = c.person("en")
    rev = c.person("en")
    note = staff_note(c, [c.pick(("health", "orientation", "orientation", "criminal", "union"))])
    return {
        "care_id": c.small_ref("PC", 5),
        "congregant": {
            "name": p.full,
            "phone": c.phone("GB"),
            **c.kv(
                "religious_belief",
                "membership",
                c.pick(("Member since 2011", "Member", "Regular attender")),
            ),
        },
        "visit_type": c.pick(("Hospital visit", "Home visit", "Phone call", "Bereavement")),
        "author": f"Rev. {rev.full}",
        "note": note,
        "confidential": True,
        "follow_up": c.date(2025, 2025),
    }


PRAYER = (
    "Please pray for my brother, he was arrested on Friday and is in custody.",
    "Pray for my mum's surgery on Tuesday, they found a mass on her kidney.",
    "Please pray for me as I start chemo next week.",
    "Prayers for my son who has been struggling with depression and self-harm.",
    "Pray for my husband, he's been sober 6 months and the court date is next month.",
    "Please pray for our family, Dad's dementia is getting worse.",
)
PRAYER_KINDS = (
    ("religious_belief", "criminal_record"),
    ("religious_belief", "health"),
    ("religious_belief", "health"),
    ("religious_belief", "health"),
    ("religious_belief", "health"),
    ("religious_belief", "health"),
)


@family("prayer_request", 2, "en")
def prayer_request(c: Ctx) -> Json:
    i = c.rint(0, len(PRAYER) - 1)
    anon = c.chance(0.4)
    doc: dict[str, Json] = {
        "id": c.uuid(),
        "submitted_at": c.ts(2024, 2025),
        "request": c.sps(PRAYER_KINDS[i], PRAYER[i], "text:prayer/en"),
        "share_with": c.pick(("Prayer team only", "Whole church", "Pastors only")),
    }
    if anon:
        doc["requester"] = "Anonymous"
    else:
        p = c.person("en")
        doc["requester"] = p.full
        doc["email"] = p.email()
    return doc


@family("zakat_payment", 2, "en")
def zakat_payment(c: Ctx) -> Json:
    p = c.person("en")
    doc: dict[str, Json] = {
        "reference": c.small_ref("ZK", 6),
        "masjid": c.pick(("Green Lane Masjid", "East London Mosque", "Makkah Masjid Leeds")),
        "donor": {"name": p.full, "email": p.email(), "phone": c.phone("GB")},
        "type": c.sp("religious_belief", c.pick(("Zakat al-Mal", "Zakat al-Fitr", "Zakat"))),
        "calculation": {
            "cash_gbp": c.rint(6000, 40000),
            "gold_grams": c.pick((0, 12, 40)),
            "nisab_gbp": 5600,
            "due_gbp": 0,
        },
        "amount_gbp": c.amount((50, 100, 150, 275, 500)),
        "gift_aid": c.chance(0.5),
    }
    doc["calculation"]["due_gbp"] = round(doc["calculation"]["cash_gbp"] * 0.025, 2)
    if c.chance(0.5):
        doc["payment"] = {
            "taken_by": "phone",
            "card_number": c.card(),
            "expiry": f"{c.rint(1, 12):02d}/{c.rint(26, 30)}",
        }
    else:
        doc["payment"] = {"taken_by": "web", "card": c.last4()}
    return doc


@family("synagogue_dues", 2, "en")
def synagogue_dues(c: Ctx) -> Json:
    c.region = "us"
    p = c.person("en")
    dec = c.person("en")
    return {
        "household": {"primary": p.full, "email": p.email(), "address": c.addr("US").oneline},
        **c.kv(
            "religious_belief",
            "membership_type",
            c.pick(("Family membership", "Individual member", "Young member (under 35)")),
        ),
        "dues": {"annual": c.pick((1800, 2400, 3600)), "paid_to_date": c.rint(0, 1800)},
        "tzedakah": [
            {
                "fund": c.sp(
                    "religious_belief",
                    c.pick(("Rabbi's Discretionary Fund", "Kiddush fund", "Tzedakah box - Purim")),
                ),
                "amount": c.amount(),
            }
        ],
        "yahrzeits": [
            {
                "name": dec.full,
                "hebrew_date": c.pick(("12 Tevet", "3 Nisan", "27 Elul")),
                "relationship": c.pick(("Father", "Mother", "Grandmother")),
            }
        ],
    }


@family("kids_checkin", 3, "en")
def kids_checkin(c: Ctx) -> Json:
    kid = c.person("en")
    parent = c.person("en")
    return {
        "check_in": {
            "id": c.num_id(),
            "security_code": c.token(3, "ABCDEFGHJKLMNPQRSTUVWXYZ") + c.token(1, "23456789"),
            "created_at": c.ts(2024, 2025),
        },
        "event": {
            "name": c.sp(
                "religious_belief",
                c.pick(
                    (
                        "Sunday 10:30 Kids Church",
                        "Sunday School - Reception class",
                        "Children's Liturgy 9am Mass",
                    )
                ),
            )
        },
        "person": {
            "first_name": kid.first,
            "last_name": kid.last,
            "medical_notes": c.sp("health", c.pick(KID_MEDICAL)) if c.chance(0.6) else "",
        },
        "emergency_contact": {"name": parent.full, "phone": c.phone(c.pick(("GB", "US")))},
        "label_printed": True,
    }


ISBNS = ("978-0-14-103614-4", "9780571334650", "978-1-78-108562-8", "9780099590088")


@family("charity_bookshop_listing", 3, "en")
def charity_bookshop_listing(c: Ctx) -> Json:
    items: list[Json] = []
    for _ in range(c.rint(2, 4)):
        au = c.person("en")
        items.append(
            {
                "sku": c.small_ref("BK", 6),
                "isbn": c.decoy("isbn", ISBNS[len(items) % len(ISBNS)]),
                "title": c.pick(
                    (
                        "The Quiet Hours",
                        "Letters from the Valley",
                        "A Year of Small Prayers",
                        "Walking the Camino",
                    )
                ),
                "author": au.full,
                "genre": c.decoy("genre", "Religion & Spirituality")
                if c.chance(0.6)
                else "Biography",
                "price_gbp": c.pick((1.99, 2.5, 3.0)),
            }
        )
    return {"shop": "Oxfam Books Headingley", "items": items}


@family("kirchenaustritt", 3, "de")
def kirchenaustritt(c: Ctx) -> Json:
    born = c.dob_date(1950, 2004)
    p = c.person()
    a = c.addr()
    return {
        "vorgang": "Kirchenaustritt",
        "standesamt": c.pick(("Standesamt Mitte", "Amtsgericht Köln", "Standesamt München")),
        "erklärende_person": {
            "familienname": p.last,
            "vornamen": p.first,
            "geburtsdatum": c.mark("date_of_birth", born.strftime("%d.%m.%Y"), "dob"),
            "geburtsort": c.pick(("Köln", "Dresden", "Bremen")),
            "anschrift": a.oneline,
        },
        **c.kv(
            "religious_belief",
            "religionsgemeinschaft",
            c.pick(("römisch-katholisch", "evangelisch", "altkatholisch")),
        ),
        "taufdatum": (born + dt.timedelta(days=c.rint(40, 400))).isoformat(),
        "wirksam_ab": c.date(2025, 2025),
        "gebühr_eur": 30,
    }


@family("denier_eglise", 3, "fr")
def denier_eglise(c: Ctx) -> Json:
    p = c.person()
    a = c.addr()
    return {
        "diocese": c.pick(("Diocèse de Lyon", "Diocèse de Nantes", "Diocèse de Lille")),
        "paroisse": c.pick(("Saint-Nizier", "Notre-Dame de Bon Secours", "Sainte-Thérèse")),
        "donateur": {
            "civilite": c.pick(("M.", "Mme")),
            "nom": p.last,
            "prenom": p.first,
            "adresse": a.line,
            "cp": a.postcode,
            "ville": a.city,
            "email": p.email(),
        },
        "don": {
            "nature": c.sp("religious_belief", "Denier de l'Église"),
            "montant": c.pick((50, 100, 150, 300)),
            "periodicite": c.pick(("ponctuel", "mensuel")),
        },
        "recu_fiscal": True,
    }


@family("aumonerie_inscription", 3, "fr")
def aumonerie_inscription(c: Ctx) -> Json:
    kid = c.person()
    par = c.person()
    return {
        "aumonerie": "Aumônerie de l'enseignement public - Lyon 3e",
        "jeune": {
            "prenom": kid.first,
            "nom": kid.last,
            "date_de_naissance": c.dob("fr", 2009, 2013),
            "classe": c.pick(("6e", "5e", "4e")),
        },
        **c.kv("religious_belief", "baptise", c.pick(("oui", "non, demande en cours"))),
        "fiche_sanitaire": {
            "allergies": c.sp(
                "health", c.pick(("arachides", "pollen, asthme", "aucune allergie connue"))
            ),
            "traitement": c.pick(("Ventoline si besoin", "néant")),
        },
        "responsable_legal": {"nom": par.full, "telephone": c.phone()},
    }


@family("partida_bautismo", 3, "es")
def partida_bautismo(c: Ctx) -> Json:
    p = c.person()
    return {
        "solicitud": "Certificado de bautismo",
        "parroquia": c.pick(
            ("Parroquia de San Lorenzo", "Parroquia de Santa Ana (Triana)", "Parroquia del Carmen")
        ),
        "bautizado": {
            "nombre": p.full,
            "fechaNacimiento": c.dob(),
            "padres": [c.person().full, c.person().full],
        },
        **c.kv(
            "religious_belief", "libro_bautismos", f"Libro {c.rint(10, 90)}, folio {c.rint(1, 300)}"
        ),
        "finalidad": c.pick(("boda religiosa", "confirmación", "ser padrino")),
        "contacto": {"email": p.email(), "telefono": c.phone()},
    }


@family("cofradia_cuota", 3, "es")
def cofradia_cuota(c: Ctx) -> Json:
    p = c.person()
    a = c.addr()
    return {
        "hermandad": c.sp(
            "religious_belief",
            c.pick(
                (
                    "Hermandad de la Macarena",
                    "Cofradía del Santo Entierro",
                    "Hermandad del Rocío de Triana",
                )
            ),
        ),
        "numero_hermano": c.rint(1000, 14000),
        "hermano": {
            "nombre": p.first,
            "apellidos": p.last,
            "dni": c.dni(),
            "domicilio": a.oneline,
            "fecha_nacimiento": c.dob(),
        },
        "cuota_anual": c.pick((30, 45, 60)),
        "domiciliacion": {"iban": c.iban("ES"), "titular": p.full},
        "estacion_penitencia": {"papeleta_de_sitio": c.chance(0.7), "tramo": c.rint(1, 12)},
    }
