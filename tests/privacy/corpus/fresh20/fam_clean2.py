"""More clean families: schemas, catalogs, rates, configs, public keys, notices, digests."""

from __future__ import annotations

from typing import Any

from .ctx import Ctx
from .registry import family


def _t(c: Ctx, d: dict[str, str]) -> str:
    return d[c.lang]


@family(4, "en", clean=True)
def openapi_hr_schema(c: Ctx) -> Any:
    c.tag("neg:schema-names-categories")
    return {
        "openapi": "3.1.0",
        "info": {"title": "People API", "version": c.version4()},
        "components": {
            "schemas": {
                "Employee": {
                    "type": "object",
                    "required": ["id", "legal_name"],
                    "properties": {
                        "id": {"type": "string", "format": "uuid"},
                        "legal_name": {"type": "string", "example": "<legal name>"},
                        "date_of_birth": {
                            "type": "string",
                            "format": "date",
                            "example": "YYYY-MM-DD",
                        },
                        "national_id": {
                            "type": "string",
                            "description": "SSN / NINO / Steuer-ID, stored encrypted",
                            "example": "<national id>",
                        },
                        "passport_number": {"type": "string", "writeOnly": True},
                        "union_member": {"type": "boolean", "nullable": True},
                        "ethnicity": {"$ref": "#/components/schemas/EthnicityEnum"},
                        "emergency_contact": {
                            "oneOf": [
                                {"$ref": "#/components/schemas/Phone"},
                                {"$ref": "#/components/schemas/Email"},
                            ]
                        },
                    },
                },
                "EthnicityEnum": {
                    "type": "string",
                    "enum": [
                        "asian",
                        "black",
                        "hispanic_latino",
                        "white",
                        "two_or_more",
                        "declined",
                    ],
                },
            }
        },
    }


@family(4, clean=True)
def graphql_schema_sdl(c: Ctx) -> Any:
    c.tag("neg:union-type")
    return (
        "type Query {\n  case(id: ID!): CaseResult\n  absenceStats(team: "
        "String): AbsenceStats\n}\n\n"
        "union CaseResult = Grievance | Accommodation | NotFound\n\n"
        "type Grievance {\n  id: ID!\n  stage: Stage!\n  unionRepRequested: Boolean\n}\n\n"
        "type Accommodation {\n  id: ID!\n  category: AccommodationCategory!\n}\n\n"
        "enum AccommodationCategory { MOBILITY HEARING VISION RELIGIOUS_OBSERVANCE OTHER }\n\n"
        f"# schema version {c.rint(1, 9)}.{c.rint(0, 20)}\n"
    )


@family(4, clean=True)
def ats_pipeline_config(c: Ctx) -> Any:
    stages = {
        "en": ["Applied", "Phone screen", "Interview", "Background check", "Offer", "Hired"],
        "de": [
            "Eingang",
            "Telefoninterview",
            "Vorstellungsgespräch",
            "Führungszeugnis",
            "Angebot",
            "Eingestellt",
        ],
        "fr": [
            "Candidature",
            "Pré-qualification",
            "Entretien",
            "Vérifications",
            "Offre",
            "Embauche",
        ],
        "es": ["Inscrito", "Llamada", "Entrevista", "Verificaciones", "Oferta", "Contratado"],
    }[c.lang]
    return {
        "pipeline": f"default_{c.lang}",
        "stages": [
            {"order": j, "name": s, "sla_days": c.rint(1, 10)} for j, s in enumerate(stages)
        ],
        "auto_reject_after_days": c.pick([30, 60, 90]),
        "eeo_collection": c.lang == "en",
    }


@family(4, clean=True)
def background_check_packages(c: Ctx) -> Any:
    c.tag("neg:package-catalog")
    return {
        "packages": [
            {
                "slug": "essential",
                "components": [
                    "ssn_trace",
                    "county_criminal_search",
                    "national_criminal_search",
                    "sex_offender_registry",
                ],
                "price": 29.5,
            },
            {
                "slug": "finance_roles",
                "components": [
                    "credit_history",
                    "employment_verification",
                    "education_verification",
                ],
                "price": 45.0,
            },
            {
                "slug": "driver",
                "components": ["motor_vehicle_report", "drug_screen_10_panel"],
                "price": 39.0,
            },
            {"slug": "tenant", "components": ["eviction_search", "credit_history"], "price": 19.0},
        ],
        "currency": "USD",
        "turnaround_days": c.rint(1, 5),
    }


@family(4, "de fr es", clean=True)
def contribution_rates_table(c: Ctx) -> Any:
    c.tag("neg:four-decimal-rates")
    if c.lang == "de":
        return {
            "jahr": 2025,
            "beitragssätze": {
                "KV_allgemein": 0.146,
                "KV_zusatz_durchschnitt": 0.025,
                "RV": 0.186,
                "AV": 0.026,
                "PV": 0.036,
                "PV_kinderlos_zuschlag": 0.006,
                "Umlage_U1": 0.0225,
                "Insolvenzgeldumlage": 0.0015,
            },
            "kirchensteuer_satz": {"BY": 0.08, "BW": 0.08, "andere": 0.09},
        }
    if c.lang == "fr":
        return {
            "année": 2025,
            "taux": {
                "vieillesse_plafonnée": 0.069,
                "CSG_déductible": 0.068,
                "CRDS": 0.005,
                "AGIRC_ARRCO_T1": 0.0315,
                "chômage_employeur": 0.0405,
            },
        }
    return {
        "año": 2025,
        "tipos": {
            "contingencias_comunes_trabajador": 0.047,
            "desempleo": 0.0155,
            "formación": 0.001,
            "MEI": 0.0013,
        },
    }


@family(4, clean=True)
def fx_rates_for_expenses(c: Ctx) -> Any:
    c.tag("neg:four-decimal-rates")
    return {
        "base": "EUR",
        "date": c.ts(0, "date"),
        "source": "ECB reference",
        "rates": {
            k: round(c.rng.uniform(lo, hi), 4)
            for k, lo, hi in (
                ("USD", 1.05, 1.15),
                ("GBP", 0.83, 0.88),
                ("CHF", 0.92, 0.98),
                ("PLN", 4.2, 4.5),
                ("SEK", 11.0, 11.8),
            )
        },
    }


@family(4, clean=True)
def office_locations_coarse(c: Ctx) -> Any:
    c.tag("neg:coarse-coordinates")
    sites = []
    for lang in ("en", "de", "fr", "es"):
        _pc, city, _region = c.city(lang)
        lat, lon = c.geo_coarse(lang)
        sites.append(
            {
                "site": city,
                "country": {"en": "GB/US", "de": "DE", "fr": "FR", "es": "ES"}[lang],
                "lat": lat,
                "lon": lon,
                "timezone": "local",
            }
        )
    return {"sites": sites, "precision": "city"}


@family(4, clean=True)
def tls_device_fingerprint_rules(c: Ctx) -> Any:
    c.tag("neg:tls-device-fingerprints")
    return {
        "ruleset": "bot-mitigation",
        "rules": [
            {
                "id": f"r{j}",
                "match": {"ja3": c.hexs(32), "device_fingerprint": c.hexs(40)},
                "action": c.pick(["challenge", "block", "allow"]),
            }
            for j in range(c.rint(2, 4))
        ],
        "ssh_host_key_fingerprint": "SHA256:" + c.b64(32).rstrip("="),
        "updated": c.ts(0),
    }


@family(4, clean=True)
def release_manifest(c: Ctx) -> Any:
    c.tag("neg:versions-and-shas")
    return {
        "service": c.pick(["care-hub", "people-api", "timeclock-gateway"]),
        "release": c.version4(),
        "previous": c.version4(),
        "commit": c.sha(),
        "artifacts": [{"name": f"app-{c.version4()}.tar.gz", "sha256": c.hexs(64)}],
        "built_at": c.ts(0),
    }


@family(4, clean=True)
def email_template_i18n(c: Ctx) -> Any:
    c.tag("neg:placeholders")
    return {
        "template": "leave_approved",
        "locales": {
            "en": (
                "Hi {{first_name}}, your leave from {{start}} to {{end}} "
                "was approved by {{approver_name}}."
            ),
            "de": "Hallo {{first_name}}, dein Urlaub vom {{start}} bis {{end}} wurde genehmigt.",
            "fr": "Bonjour {{first_name}}, votre congé du {{start}} au {{end}} est validé.",
            "es": "Hola {{first_name}}, tus vacaciones del {{start}} al {{end}} están aprobadas.",
        },
        "default_locale": c.lang,
        "version": c.rint(1, 30),
    }


@family(4, clean=True)
def i18n_bundle(c: Ctx) -> Any:
    c.tag("neg:ui-labels")
    return {
        "locale": c.lang,
        "messages": {
            "form.religion.label": _t(
                c,
                {
                    "en": "Religion or belief",
                    "de": "Konfession",
                    "fr": "Religion",
                    "es": "Religión",
                },
            ),
            "form.union.label": _t(
                c,
                {
                    "en": "Trade union member?",
                    "de": "Gewerkschaftsmitglied?",
                    "fr": "Syndiqué(e) ?",
                    "es": "¿Afiliado/a a un sindicato?",
                },
            ),
            "form.passport.label": _t(
                c,
                {
                    "en": "Passport number",
                    "de": "Reisepassnummer",
                    "fr": "Numéro de passeport",
                    "es": "Número de pasaporte",
                },
            ),
            "form.dob.label": _t(
                c,
                {
                    "en": "Date of birth",
                    "de": "Geburtsdatum",
                    "fr": "Date de naissance",
                    "es": "Fecha de nacimiento",
                },
            ),
            "form.prefer_not": _t(
                c,
                {
                    "en": "Prefer not to say",
                    "de": "Keine Angabe",
                    "fr": "Je préfère ne pas répondre",
                    "es": "Prefiero no contestar",
                },
            ),
        },
    }


@family(4, clean=True)
def shift_rostering_optimizer(c: Ctx) -> Any:
    c.tag("neg:genetic-algorithm")
    return {
        "solver": "genetic_algorithm",
        "params": {
            "population": c.pick([80, 120, 200]),
            "generations": c.rint(200, 900),
            "mutation_rate": round(c.rng.uniform(0.01, 0.1), 3),
            "crossover": "uniform",
            "elitism": 4,
        },
        "constraints": [
            "min_rest_11h",
            "max_6_days",
            "skill_coverage",
            "respect_religious_observance_requests",
        ],
        "objective": "minimise_overtime",
        "site": c.city()[1],
    }


@family(4, clean=True)
def leave_type_catalog(c: Ctx) -> Any:
    types = {
        "en": [
            "Annual leave",
            "Sick leave",
            "Religious observance",
            "Union duties",
            "Jury service",
            "Parental leave",
            "Bereavement",
        ],
        "de": ["Urlaub", "Krankheit", "Sonderurlaub", "Betriebsratstätigkeit", "Elternzeit"],
        "fr": [
            "Congés payés",
            "Maladie",
            "Congé pour événement familial",
            "Heures de délégation",
            "Congé parental",
        ],
        "es": [
            "Vacaciones",
            "Incapacidad temporal",
            "Asuntos propios",
            "Horas sindicales",
            "Permiso por nacimiento",
        ],
    }[c.lang]
    c.tag("neg:leave-type-catalog")
    return {
        "leave_types": [
            {
                "code": f"LT{j:02d}",
                "name": n,
                "paid": c.chance(0.7),
                "requires_document": j % 2 == 1,
            }
            for j, n in enumerate(types)
        ]
    }


@family(4, "de", clean=True)
def lohnarten_katalog(c: Ctx) -> Any:
    c.tag("neg:wage-type-catalog")
    return {
        "mandant": c.rint(100, 999),
        "lohnarten": [
            {"nr": "1000", "text": "Gehalt"},
            {"nr": "/404", "text": "Kirchensteuer"},
            {"nr": "7310", "text": "Gewerkschaftsbeitrag"},
            {"nr": "2050", "text": "Entgeltfortzahlung Krankheit"},
            {"nr": "/301", "text": "KV-Beitrag AN"},
        ],
        "stand": c.ts(0, "date"),
    }


@family(4, clean=True)
def jwks_public_keys(c: Ctx) -> Any:
    c.tag("neg:public-keys")
    return {
        "keys": [
            {
                "kty": "RSA",
                "use": "sig",
                "alg": "RS256",
                "kid": c.hexs(16),
                "n": c.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_", 86),
                "e": "AQAB",
            }
        ],
        "deploy_key": c.ssh_public(),
        "signing_cert": c.pem_public(),
    }


@family(4, clean=True)
def validation_error_log(c: Ctx) -> Any:
    errs = [
        {"field": "iban", "value": c.iban_bad(), "error": "checksum"},
        {"field": "card_number", "value": c.card_bad(), "error": "luhn"},
        {"field": "ssn", "value": c.ssn_bad(), "error": "invalid area"},
    ]
    if c.lang == "de":
        errs.append({"field": "steuer_id", "value": c.steuerid_bad(), "error": "Prüfziffer"})
    elif c.lang == "fr":
        errs.append({"field": "nir", "value": c.nir_bad(), "error": "clé invalide"})
    elif c.lang == "es":
        errs.append({"field": "nif", "value": c.dni_bad(), "error": "letra de control"})
    else:
        errs.append({"field": "nino", "value": c.nino_bad(), "error": "invalid prefix"})
    return {
        "import": f"bulk_upload_{c.alnum(6)}.csv",
        "rejected_rows": len(errs),
        "errors": errs,
        "note": "rows rejected before storage; values are not linked to anyone",
    }


@family(4, clean=True)
def prometheus_metrics_text(c: Ctx) -> Any:
    c.tag("neg:service-health")
    lines = [
        "# HELP gateway_requests_total Requests by route",
        "# TYPE gateway_requests_total counter",
        f'gateway_requests_total{{route="/webhooks/zendesk",status="200"}} {c.rint(1000, 99999)}',
        f'gateway_requests_total{{route="/hr/health",status="200"}} {c.rint(1000, 99999)}',
        f'gateway_upstream_health{{upstream="hr-core"}} {c.pick([0, 1])}',
        f'gateway_latency_seconds_bucket{{le="0.25"}} {c.rint(100, 9999)}',
    ]
    return "\n".join(lines) + "\n"


@family(4, clean=True)
def engagement_themes_aggregate(c: Ctx) -> Any:
    c.tag("neg:aggregate-no-individual")
    themes = {
        "en": [
            "workload",
            "career growth",
            "manager support",
            "pay transparency",
            "hybrid working",
        ],
        "de": ["Arbeitsbelastung", "Entwicklung", "Führung", "Vergütung"],
        "fr": ["charge de travail", "évolution", "management", "rémunération"],
        "es": ["carga de trabajo", "desarrollo", "liderazgo", "salario"],
    }[c.lang]
    return {
        "survey": "engagement-2025-h1",
        "responses": c.rint(200, 3000),
        "themes": [
            {
                "theme": t,
                "mentions": c.rint(10, 400),
                "sentiment": round(c.rng.uniform(-0.6, 0.6), 2),
            }
            for t in themes
        ],
        "suppressed_below": 5,
    }


@family(4, clean=True)
def news_digest_feed(c: Ctx) -> Any:
    c.tag("neg:party-headlines-no-person")
    heads = {
        "en": [
            "Labour and Conservatives clash over employment rights bill",
            "Green Party publishes manifesto on four-day week",
        ],
        "de": [
            "SPD und Union streiten über Tariftreuegesetz",
            "Grüne legen Papier zur Arbeitszeit vor",
        ],
        "fr": [
            "Le Parti socialiste dépose une proposition sur le télétravail",
            "Les Républicains critiquent la réforme",
        ],
        "es": [
            "El PSOE y el PP debaten la reducción de jornada",
            "Sumar presenta su propuesta laboral",
        ],
    }[c.lang]
    return {
        "digest": "policy-watch",
        "date": c.ts(0, "date"),
        "items": [
            {
                "headline": h,
                "source": c.pick(["wire", "press release"]),
                "url": f"https://news.example.org/{c.alnum(10)}",
            }
            for h in heads
        ],
    }


@family(4, clean=True)
def site_security_briefing(c: Ctx) -> Any:
    c.tag("neg:district-crime-statistics")
    districts = {
        "en": ["Holbeck", "City Centre", "Headingley"],
        "de": ["Neukölln", "Mitte", "Pankow"],
        "fr": ["La Guillotière", "Part-Dieu", "Croix-Rousse"],
        "es": ["Lavapiés", "Centro", "Chamberí"],
    }[c.lang]
    return {
        "briefing": "travel & site security",
        "districts": [
            {
                "name": d,
                "thefts_per_1000": round(c.rng.uniform(5, 60), 1),
                "violent_crime_index": round(c.rng.uniform(0.2, 2.5), 2),
            }
            for d in districts
        ],
        "advice": _t(
            c,
            {
                "en": "Use the staff car park after 10pm.",
                "de": "Nach 22 Uhr den Mitarbeiterparkplatz nutzen.",
                "fr": "Après 22 h, utiliser le parking du personnel.",
                "es": "Después de las 22 h usar el parking de empleados.",
            },
        ),
    }


@family(4, clean=True)
def shipping_carrier_catalog(c: Ctx) -> Any:
    c.tag("neg:carrier-logistics")
    return {
        "carriers": [
            {
                "code": k,
                "name": n,
                "services": s,
                "tracking_url": f"https://track.example.net/{k}/{{{{tracking_id}}}}",
            }
            for k, n, s in (
                ("dhl", "DHL Paket", ["standard", "express"]),
                ("colissimo", "Colissimo", ["domicile"]),
                ("seur", "SEUR", ["24h"]),
                ("royalmail", "Royal Mail", ["tracked48"]),
            )
        ],
        "default": c.pick(["dhl", "colissimo", "seur", "royalmail"]),
    }


@family(4, clean=True)
def help_center_article(c: Ctx) -> Any:
    body = {
        "en": (
            "To update your card, open Account > Payment and choose "
            "Replace card. We only show the last four digits, e.g. XXXX "
            "XXXX XXXX 1234. Never send your full card number by chat "
            "or e-mail."
        ),
        "de": (
            "Um Ihre Karte zu ändern, öffnen Sie Konto > Zahlung. Wir "
            "zeigen nur die letzten vier Ziffern an (XXXX 1234). Senden "
            "Sie nie die komplette Kartennummer."
        ),
        "fr": (
            "Pour changer de carte, allez dans Compte > Paiement. Seuls "
            "les 4 derniers chiffres sont affichés (XXXX 1234). N'envoyez "
            "jamais votre numéro complet."
        ),
        "es": (
            "Para cambiar la tarjeta, ve a Cuenta > Pago. Solo mostramos "
            "los 4 últimos dígitos (XXXX 1234). Nunca envíes el número "
            "completo."
        ),
    }[c.lang]
    c.tag("neg:last4-example")
    return {
        "article": {
            "id": c.rint(10000, 99999),
            "locale": c.lang,
            "title": _t(
                c,
                {
                    "en": "Updating your payment card",
                    "de": "Zahlungskarte ändern",
                    "fr": "Modifier votre carte",
                    "es": "Cambiar la tarjeta",
                },
            ),
            "body": body,
            "labels": ["billing", "security"],
            "votes": c.rint(0, 300),
        }
    }


@family(4, clean=True)
def consent_notice_versions(c: Ctx) -> Any:
    c.tag("neg:notice-text")
    txt = {
        "en": (
            "We process health data only to manage sickness absence "
            "and occupational health referrals. Genetic test results "
            "are never requested. Biometric templates are optional."
        ),
        "de": (
            "Gesundheitsdaten verarbeiten wir nur zur Abwicklung von "
            "Arbeitsunfähigkeit. Genetische Daten werden nicht erhoben."
        ),
        "fr": (
            "Les données de santé ne sont traitées que pour la gestion "
            "des arrêts. Aucune donnée génétique n'est demandée."
        ),
        "es": "Solo tratamos datos de salud para gestionar bajas. No se solicitan datos genéticos.",
    }[c.lang]
    return {
        "notice": "employee_privacy",
        "versions": [
            {"v": f"{c.rint(1, 4)}.{j}", "text": txt, "effective": c.ts(-j * 9000, "date")}
            for j in range(2)
        ],
    }
