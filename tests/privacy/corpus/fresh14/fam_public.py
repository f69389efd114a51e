"""Public-sector API families (personal)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .common import add_focus, base_lang, put
from .ctx import PARTY

if TYPE_CHECKING:
    from collections.abc import Callable

    from .ctx import Ctx


def _claimant(c: Ctx, lang: str, with_natid: bool = True) -> dict[str, Any]:
    d: dict[str, Any] = {}
    p = c.person(lang)
    st = c.pick(["snake", "camel", "kebab", "pascal"])
    from . import keys as K

    d[K.render(c.pick(K.KEYS["first_name"][lang]), st)] = c.name(p, "split")
    d[K.render(c.pick(K.KEYS["last_name"][lang]), st)] = p.last
    if c.chance(0.7):
        d[K.render(c.pick(K.KEYS["dob"][lang]), st)] = c.dob(lang)
    if with_natid and c.chance(0.6):
        k, v = c.field("national_id", lang)
        put(d, k, v)
    if c.chance(0.6):
        d[K.render(c.pick(K.KEYS["address"][lang]), st)] = c.address_struct(c.country(lang), lang)
    return d


def benefits_claim(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    claim: dict[str, Any] = {
        "claimId": c.ref({"en": "UC", "de": "BG", "fr": "CAF", "es": "IMV"}[lang]),
        "status": c.pick(["received", "in_review", "awarded"]),
        "submitted": c.ts(),
        "claimant": _claimant(c, lang),
    }
    if c.chance(0.5):
        claim["payment"] = (
            {"iban": c.iban({"en": "GB", "de": "DE", "fr": "FR", "es": "ES"}[lang])}
            if lang != "en" or c.chance(0.5)
            else c.uk_bank()
        )
    if c.chance(0.4):
        claim["household"] = [
            {
                "relation": c.pick(["child", "partner"]),
                "name": c.name(c.person(lang)),
                "dob": c.dob(lang, iso=True),
            }
        ]
    add_focus(c, claim["claimant"], lang)
    return claim


def tax_return(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    if lang == "de":
        doc: dict[str, Any] = {
            "veranlagungsjahr": 2025,
            "steuerpflichtiger": {
                "idnr": c.steuer_id(),
                "name": c.name(),
                "anschrift": c.address("de"),
            },
        }
        if c.chance(0.6):
            c.tag("religious_belief", "church_tax")
            doc["steuerpflichtiger"]["kirchensteuermerkmal"] = c.pick(["rk", "ev", "ak"])
        if c.chance(0.4):
            c.tag("trade_union", "dues")
            doc["werbungskosten"] = [
                {
                    "art": "Gewerkschaftsbeitrag",
                    "empfaenger": c.pick(["ver.di", "IG Metall", "GEW"]),
                    "betrag": 288.0,
                }
            ]
        doc["erstattung_iban"] = c.iban("DE")
    elif lang == "fr":
        doc = {
            "annee_revenus": 2025,
            "declarant1": {
                "numero_fiscal": f"{c.n(1, 3)}{c.n(1000, 9999)}AB{c.n(100, 999)}",
                "nir": c.nir(),
                "nom": c.name(),
            },
            "adresse": c.address("fr"),
        }
        if c.chance(0.4):
            c.tag("trade_union", "dues")
            doc["reductions"] = [
                {"code": "7AC", "libelle": "Cotisations syndicales", "montant": 192}
            ]
        if c.chance(0.3):
            c.tag("political_opinion", "donation")
            doc.setdefault("reductions", []).append(
                {
                    "code": "7UH",
                    "libelle": "Dons à un parti politique (Les Écologistes)",
                    "montant": 150,
                }
            )
    elif lang == "es":
        doc = {
            "ejercicio": 2025,
            "declarante": {"nif": c.dni(), "nombre": c.name(), "domicilio": c.address("es")},
            "iban_devolucion": c.iban("ES"),
        }
        if c.chance(0.5):
            c.tag("religious_belief", "church_allocation")
            doc["donativos"] = [
                {
                    "entidad": c.pick(
                        [
                            "Parroquia de San Roque",
                            "Comunidad Islámica de Valencia",
                            "Iglesia Evangélica Betel",
                        ]
                    ),
                    "concepto": c.pick(["cuota de feligrés", "zakat", "diezmo"]),
                    "importe": c.n(60, 900),
                }
            ]
    else:
        doc = {
            "tax_year": 2025,
            "form": "1040",
            "taxpayer": {
                "ssn": c.ssn(dashed=c.chance(0.5)),
                "name": c.name(),
                "address": c.address("us"),
            },
            "filing_status": c.pick(["single", "married_filing_jointly"]),
        }
        if c.chance(0.4):
            c.tag("religious_belief", "donation")
            doc["charitable"] = [
                {
                    "recipient": c.pick(
                        [
                            "Masjid Al-Noor (zakat)",
                            "Temple Beth Shalom (tzedakah)",
                            "St. Anne Parish tithe",
                        ]
                    ),
                    "amount": c.n(200, 3000),
                }
            ]
        if c.chance(0.3):
            doc["refund"] = c.us_bank()
    add_focus(c, doc, lang, p_text=0.6)
    return doc


def tax_office_message(c: Ctx) -> dict[str, Any]:
    lang = base_lang(c)
    p = c.person(lang)
    body = {
        "en": "Dear {n}, we have received your return. Your reference is {r}.",
        "de": "Sehr geehrte/r {n}, Ihre Steuererklärung ist eingegangen. Aktenzeichen {r}.",
        "fr": "Madame, Monsieur {n}, votre déclaration a bien été reçue. Référence {r}.",
        "es": "Estimado/a {n}: hemos recibido su declaración. Referencia {r}.",
    }[lang]
    text = body.format(n=c.name(p, "full", t=c.lang if c.lang == "mix" else lang), r=c.ref("TX"))
    for k in c.focus:
        if k != "biometric":
            text += " " + c.text(k)
    doc: dict[str, Any] = {
        "messageId": c.uuid(),
        "channel": c.pick(["ELSTER", "impots.gouv", "AEAT", "HMRC"]),
        "sentAt": c.ts(),
        "subject": c.ref("MSG"),
        "body": text,
    }
    if "biometric" in c.focus:
        k, v = c.biometric()
        doc["attachment"] = {k: v}
    return doc


def permit_application(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    doc: dict[str, Any] = {
        "applicationNo": c.ref("PER"),
        "type": c.pick(
            ["firearms_licence", "taxi_licence", "alcohol_licence", "childminder_registration"]
        ),
        "applicant": _claimant(c, lang, with_natid=False),
    }
    if c.chance(0.6):
        doc["backgroundCheck"] = {
            "criminal": c.pick(["clear", "no convictions", "ohne Eintragungen", "néant"]),
            "checkedAt": c.day(),
        }
        c.tag("criminal_record", "clear_result")
    if c.chance(0.4):
        k, v = c.special_field("health", lang)
        doc["medicalFitness"] = {k: v}
    if c.chance(0.4):
        doc["contact"] = {"phone": c.phone(c.country(lang)), "email": c.email()}
    add_focus(c, doc, lang)
    return doc


def court_case(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    doc: dict[str, Any] = {
        "caseNumber": c.pick(
            [
                f"{c.n(1, 30)} Ls {c.n(100, 999)}/25",
                f"T{c.n(2025, 2026)}{c.n(1000, 9999)}",
                f"PA-{c.n(100, 999)}/2026",
            ]
        ),
        "court": c.pick(
            [
                "Amtsgericht Köln",
                "Tribunal judiciaire de Lyon",
                "Juzgado de lo Penal n.º 4 de Madrid",
                "Bristol Crown Court",
            ]
        ),
        "hearing": {"date": c.day(), "room": c.pick(["Saal 12", "Salle 3", "Sala 2", "Court 5"])},
        "defendant": {"name": c.name(c.person(lang)), "dob": c.dob(lang, iso=True)},
        "charges": [
            c.pick(
                [
                    "§ 223 StGB Körperverletzung",
                    "vol avec violence",
                    "robo con fuerza",
                    "Theft Act 1968 s.1",
                ]
            )
        ],
    }
    c.tag("criminal_record", "charges")
    if c.chance(0.5):
        doc["victim"] = {"name": c.name(c.person(lang))}
    if c.chance(0.5):
        q = c.person(lang)
        doc["counsel"] = {"name": c.name(q), "email": c.email(q, kind="work")}
    add_focus(c, doc, lang, p_text=0.4)
    return doc


def police_incident(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    doc: dict[str, Any] = {
        "incident": c.ref("INC"),
        "reported": c.ts(),
        "category": c.pick(["burglary", "assault", "fraud", "criminal_damage"]),
        "location": c.coords(c.pick(["dict", "geojson", "string"]), lang=lang),
    }
    sus: dict[str, Any] = {
        "name": c.name(c.person(lang)),
        "status": c.pick(["arrested", "charged", "released under investigation"]),
    }
    c.tag("criminal_record", "arrest")
    if c.chance(0.4):
        c.tag("racial_ethnic_origin", "description")
        sus["ethnicity"] = c.pick(
            ["White British", "Black African", "Asian – Bangladeshi", "Mixed – White and Asian"]  # noqa: RUF001
        )
    if c.chance(0.3):
        k, v = c.biometric()
        sus[k] = v
    doc["suspect"] = sus
    if c.chance(0.5):
        doc["reportingPerson"] = {"name": c.name(c.person(lang)), "phone": c.phone(c.country(lang))}
    add_focus(c, doc, lang)
    return doc


def probation_record(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    doc: dict[str, Any] = {
        "caseRef": c.ref("PRB"),
        "offender": {"name": c.name(c.person(lang)), "dob": c.dob(lang)},
        "order": {
            "type": c.pick(
                ["community order", "suspended sentence order", "Bewährung", "sursis probatoire"]
            ),
            "requirements": c.pick(
                [["unpaid work 120h"], ["drug rehabilitation", "curfew"], ["Alkoholverbot"]]
            ),
        },
        "officer": (lambda q: {"name": c.name(q), "email": c.email(q, kind="work")})(
            c.person(lang)
        ),
        "appointments": [{"date": c.day(), "attended": c.chance(0.8)} for _ in range(c.n(1, 3))],
    }
    c.tag("criminal_record", "probation")
    if c.chance(0.4):
        c.tag("health", "drug_test")
        doc["drugTest"] = {"date": c.day(), "result": c.pick(["positive – cannabis", "negative"])}  # noqa: RUF001
    add_focus(c, doc, lang)
    return doc


def immigration_case(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    country = c.pick(["de", "fr", "es", "gb", "us"])
    doc: dict[str, Any] = {
        "caseId": c.ref("IMM"),
        "route": c.pick(["asylum", "family reunification", "skilled worker", "student"]),
        "applicant": {
            "name": c.name(c.person(lang)),
            "dob": c.dob(lang, iso=True),
            "nationality": c.pick(["SY", "AF", "UA", "IR", "CO", "NG"]),
            "documents": [
                {"type": "passport", "number": c.passport_no(country), "expires": c.day(2031)}
            ],
        },
    }
    grounds = c.pick(
        [
            "political_opinion",
            "religious_belief",
            "sex_life_orientation",
            "racial_ethnic_origin",
            None,
        ]
    )
    if grounds:
        doc["claimBasis"] = c.text(grounds)
    if c.chance(0.4):
        k, v = c.biometric()
        doc["biometrics"] = {k: v, "enrolledAt": c.day()}
    add_focus(c, doc, lang)
    return doc


def electoral_register(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    if c.chance(0.5):
        rows = [
            {
                "elector": c.name(c.person(lang)),
                "address": c.address(c.country(lang)),
                "district": f"{c.pick('ABCDEFGH')}{c.n(1, 9)}",
                "openRegister": c.chance(0.5),
            }
            for _ in range(c.n(2, 4))
        ]
        if c.chance(0.3):
            rows[0]["attainerDob"] = c.dob(lang, iso=True)
        doc: dict[str, Any] = {
            "register": "electoral-roll",
            "ward": c.pick(["Northfield", "Riverside", "Südstadt", "Croix-Rousse"]),
            "entries": rows,
        }
    else:
        staff = [
            {
                "name": c.name(c.person(lang)),
                "role": c.pick(["presiding officer", "poll clerk", "Wahlvorsteher", "assesseur"]),
                "phone": c.phone(c.country(lang)),
            }
            for _ in range(c.n(2, 3))
        ]
        doc = {
            "pollingStation": c.pick(
                ["St Mary's Hall", "Grundschule am Park", "École Jules-Ferry"]
            ),
            "electionDate": "2026-05-07",
            "staff": staff,
        }
    add_focus(c, doc, lang, p_text=0.5)
    return doc


def student_record(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    doc: dict[str, Any] = {
        "upn": f"{c.pick('ABHK')}{c.hexs(4).upper()}{c.pick('ABCDEFGHJKLMNPQRSTUVWXYZ')}",
        "student": {
            "name": c.name(c.person(lang)),
            "dob": c.dob(lang, iso=True, years=(2008, 2020)),
            "year": c.n(1, 13),
        },
        "freeSchoolMeals": c.chance(0.3),
    }
    if c.chance(0.5):
        c.tag("health", "sen")
        doc["sen"] = {
            "status": c.pick(["EHC plan", "SEN support"]),
            "need": c.pick(
                [
                    "Autistic spectrum disorder",
                    "Specific learning difficulty (dyslexia)",
                    "Hearing impairment",
                ]
            ),
        }
    if c.chance(0.4):
        doc["student"]["ethnicity"] = c.pick(
            ["White – Gypsy/Roma", "Black – Somali", "Asian – Indian", "Chinese"]  # noqa: RUF001
        )
        c.tag("racial_ethnic_origin", "census")
    g = c.person(lang)
    doc["guardians"] = [
        {"name": c.name(g), "phone": c.phone(c.country(lang)), "email": c.email(g, kind="personal")}
    ]
    add_focus(c, doc, lang)
    return doc


def child_protection(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    doc: dict[str, Any] = {
        "referralId": c.ref("CP"),
        "received": c.ts(),
        "child": {"firstName": c.first(), "dob": c.dob(lang, iso=True, years=(2010, 2022))},
        "concerns": c.text("health")
        if c.chance(0.5)
        else c.pick(["neglect – missed school 40%", "domestic abuse in household"]),  # noqa: RUF001
        "referrer": {
            "role": c.pick(["teacher", "GP", "health visitor"]),
            "name": c.name(c.person(lang)),
        },
    }
    if c.chance(0.5):
        c.tag("criminal_record", "police_investigation")
        doc["police"] = {
            "involved": True,
            "note": (
                "Police investigation opened into the stepfather for assault, suspect arrested."
            ),
        }
    add_focus(c, doc, lang)
    return doc


def public_health_notification(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    dis = c.pick(
        [
            "measles",
            "tuberculosis",
            "Masern",
            "rougeole",
            "sarampión",
            "hepatitis A",
            "Legionellose",
        ]
    )
    c.tag("health", "notifiable_disease")
    doc: dict[str, Any] = {
        "notificationId": c.ref("NOTIF"),
        "disease": dis,
        "onset": c.day(),
        "case": {
            "name": c.name(c.person(lang)),
            "dob": c.dob(lang, iso=True),
            "address": c.address(c.country(lang)),
        },
        "lab": {"specimen": "throat swab", "result": "PCR positive"},
    }
    if c.chance(0.5):
        doc["case"]["phone"] = c.phone(c.country(lang))
    add_focus(c, doc, lang)
    return doc


def vaccination_record(c: Ctx) -> dict[str, Any]:
    lang = c.lg()
    c.tag("health", "vaccination")
    doc: dict[str, Any] = {
        "registry": c.pick(["Impfregister", "NIMS", "registre-vaccinal", "REGVACU"]),
        "person": {"name": c.name(c.person(lang)), "dob": c.dob(lang, iso=True)},
        "doses": [
            {
                "vaccine": c.pick(["MMR", "Comirnaty JN.1", "Boostrix", "HPV 9-valent"]),
                "date": c.day(2025),
                "lot": c.alnum(6).upper(),
            }
            for _ in range(c.n(1, 3))
        ],
    }
    if c.chance(0.3):
        doc["contraindication"] = c.pick(["egg allergy", "immunosuppressed (chemotherapy)"])
    add_focus(c, doc, lang)
    return doc


def canvass_record(c: Ctx) -> dict[str, Any]:
    """Campaign canvassing app sync: support level and voting intention per elector."""
    lang = c.lg()
    p = c.person(lang)
    c.tag("political_opinion", "canvass")
    doc: dict[str, Any] = {
        "campaign": c.pick(
            [
                "GE-2026 Northfield",
                "Kommunalwahl 2026 Südstadt",
                "Municipales 2026 Lyon 4e",
                "Autonómicas 2026 Getafe",
            ]
        ),
        "volunteer": "vol-" + c.hexs(6),
        "contact": {"name": c.name(p), "address": c.address(c.country(lang))},
        "result": {
            c.pick(["supportLevel", "support_level", "unterstuetzung", "niveau_soutien"]): c.n(
                1, 5
            ),
            c.pick(
                ["votingIntention", "wahlabsicht", "intention_de_vote", "intencion_de_voto"]
            ): c.pick(PARTY[lang]),
            "postalVote": c.chance(0.3),
        },
        "visitedAt": c.ts(),
    }
    if c.chance(0.4):
        doc["contact"]["phone"] = c.phone(c.country(lang))
    add_focus(c, doc, lang, p_text=0.5)
    return doc


FAMILIES: list[tuple[str, Callable[[Ctx], dict[str, Any]], int]] = [
    ("benefits_claim", benefits_claim, 10),
    ("tax_return", tax_return, 10),
    ("tax_office_message", tax_office_message, 8),
    ("permit_application", permit_application, 8),
    ("court_case", court_case, 9),
    ("police_incident", police_incident, 9),
    ("probation_record", probation_record, 7),
    ("immigration_case", immigration_case, 9),
    ("electoral_register", electoral_register, 8),
    ("student_record", student_record, 9),
    ("child_protection", child_protection, 7),
    ("public_health_notification", public_health_notification, 7),
    ("vaccination_record", vaccination_record, 7),
    ("canvass_record", canvass_record, 8),
]
