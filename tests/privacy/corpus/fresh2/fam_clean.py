"""Hard negatives: documents with no kind at all."""

from __future__ import annotations

import json
from typing import Any

from .phrases import clean
from .values import (
    Ctx,
    alnum,
    b64,
    bad_card,
    bad_iban,
    coarse,
    day,
    hexs,
    money,
    restyle,
    short_id,
    ts,
    uuid,
)


def product_catalog(c: Ctx) -> Any:
    items = [
        c.pick(
            [
                lambda: {
                    "sku": short_id(c.rng),
                    "name": "Granola Bar Peanut & Honey",
                    "allergens": ["peanuts", "gluten", "milk"],
                    "price": money(c.rng, 1, 5),
                },
                lambda: {
                    "pzn": str(c.rng.randint(100000, 999999)),
                    "name": "Ibuprofen 400 mg 20 Tabl.",
                    "otc": True,
                    "indication": "Kopfschmerzen, Fieber",
                },
                lambda: {
                    "plan_id": "HMO-GOLD-2025",
                    "name": "Gold Health Plan",
                    "deductible": 1500,
                    "covers": ["maternity", "mental health", "prescriptions"],
                },
                lambda: {
                    "isbn": "978-0-"
                    + str(c.rng.randint(1000, 9999))
                    + "-"
                    + str(c.rng.randint(1000, 9999))
                    + "-"
                    + str(c.rng.randint(0, 9)),
                    "title": "The Quiet Path",
                    "genre": "Religion & Spirituality",
                },
                lambda: {
                    "gtin": "40"
                    + str(c.rng.randint(10000, 99999))
                    + str(c.rng.randint(10000, 99999))
                    + "3",
                    "name": "Kosher salt 1kg",
                    "diet_tags": ["kosher", "vegan"],
                },
            ]
        )()
        for _ in range(c.rng.randint(2, 5))
    ]
    return restyle(
        {"items": items, "page": {"size": len(items), "cursor": b64(c.rng, 12)}},
        c.pick(["snake", "camel"]),
    )


def code_table(c: Ctx) -> Any:
    return c.pick(
        [
            lambda: {
                "codeSystem": "ICD-10-GM",
                "version": "2025",
                "concepts": [
                    {"code": "E11.9", "display": "Diabetes mellitus, Typ 2, ohne Komplikationen"},
                    {"code": "F32.1", "display": "Mittelgradige depressive Episode"},
                    {"code": "Z21", "display": "Asymptomatische HIV-Infektion"},
                ],
            },
            lambda: {
                "valueset": "religion-codes",
                "options": [
                    {"code": "rk", "label": "römisch-katholisch"},
                    {"code": "ev", "label": "evangelisch"},
                    {"code": "--", "label": "keine Kirchensteuerpflicht"},
                ],
            },
            lambda: {
                "table": "ethnicity_categories_2021",
                "rows": [
                    "White",
                    "Mixed or Multiple",
                    "Asian or Asian British",
                    "Black, Black British, Caribbean or African",
                    "Other ethnic group",
                    "Prefer not to say",
                ],
            },
            lambda: {
                "ssr_codes": {
                    "WCHR": "wheelchair ramp",
                    "MOML": "Muslim meal",
                    "KSML": "kosher meal",
                    "BLND": "blind passenger",
                }
            },
            lambda: {
                "countries": [
                    {"iso2": "DE", "dial": "+49"},
                    {"iso2": "FR", "dial": "+33"},
                    {"iso2": "ES", "dial": "+34"},
                ]
            },
            lambda: {
                "offence_codes": [
                    {"code": "TH68", "desc": "Theft from a shop"},
                    {"code": "DR10", "desc": "Driving with excess alcohol"},
                ]
            },
        ]
    )()


def aggregates(c: Ctx) -> Any:
    return c.pick(
        [
            lambda: {
                "report": "workforce-diversity-2024",
                "unit": "percent",
                "ethnicity": {
                    "white": 71.2,
                    "asian": 12.4,
                    "black": 8.1,
                    "mixed": 4.9,
                    "other": 3.4,
                },
                "union_density": 23.5,
                "sick_days_per_fte": 7.3,
            },
            lambda: {
                "metric": "votes_by_constituency",
                "rows": [
                    {
                        "constituency": c.pick(["Leeds Central", "Bristol West"]),
                        "lab": 21334,
                        "con": 9012,
                        "green": 6112,
                        "turnout": 0.6134,
                    }
                ],
            },
            lambda: {
                "crime_stats": {
                    "district": "Mitte",
                    "year": 2023,
                    "burglary": 1204,
                    "assault": 3311,
                    "per_100k": 981.4,
                }
            },
            lambda: {
                "dashboard": "blood-stock",
                "levels": {"O-": "low", "O+": "ok", "A+": "ok", "AB-": "critical"},
                "updated": ts(c.rng),
            },
            lambda: {
                "app": "mindful",
                "dau": c.rng.randint(1000, 90000),
                "avg_mood": 6.4,
                "retention_d30": 0.2314,
                "cohort": day(c.rng),
            },
        ]
    )()


def config_doc(c: Ctx) -> Any:
    return c.pick(
        [
            lambda: {
                "apiVersion": "apps/v1",
                "kind": "Deployment",
                "metadata": {"name": "scanner"},
                "spec": {
                    "template": {
                        "spec": {
                            "containers": [
                                {
                                    "name": "api",
                                    "image": "registry.example.com/api:1.42.0@sha256:"
                                    + hexs(c.rng, 64),
                                    "env": [
                                        {
                                            "name": "DB_PASSWORD",
                                            "valueFrom": {
                                                "secretKeyRef": {"name": "db", "key": "password"}
                                            },
                                        }
                                    ],
                                    "livenessProbe": {
                                        "httpGet": {"path": "/healthz", "port": 8080}
                                    },
                                }
                            ]
                        }
                    }
                },
            },
            lambda: {
                "database": {"host": "db.internal", "user": "svc_app", "password": "********"},
                "smtp": {"password": "[REDACTED]"},
                "stripe": {"key": "sk_live_****" + alnum(c.rng, 4)},
                "password_policy": {"min_length": 12, "require_symbol": True},
            },
            lambda: {
                "optimizer": {
                    "type": "genetic_algorithm",
                    "population": 200,
                    "mutation": 0.015,
                    "crossover": "uniform",
                },
                "seed": c.rng.randint(1, 999),
            },
            lambda: {
                "features": {
                    "new_checkout": {"enabled": True, "rollout": 0.25},
                    "dark_mode": {"enabled": False},
                },
                "etag": hexs(c.rng, 16),
            },
            lambda: {
                "dsn": "postgres://app@db.internal.example:5432/identity",
                "pool": 20,
                "sentry": {"environment": "prod", "sample_rate": 0.1},
            },
        ]
    )()


def logs_metrics(c: Ctx) -> Any:
    return c.pick(
        [
            lambda: {
                "lines": [
                    f"{ts(c.rng)} INFO worker-{c.rng.randint(1, 9)} processed batch "
                    f"{hexs(c.rng, 8)} in {c.rng.randint(3, 900)}ms"
                    for _ in range(4)
                ]
            },
            lambda: {
                "metrics": 'http_requests_total{route="/v1/orders",code="200"} '
                + str(c.rng.randint(1000, 99999))
                + "\nprocess_resident_memory_bytes 2.1e+08"
            },
            lambda: {
                "status": "degraded",
                "checks": {
                    "postgres": {"status": "up", "latency_ms": 3},
                    "redis": {"status": "down"},
                },
                "health": "yellow",
                "version": "5.3.2",
            },
            lambda: {
                "trace_id": hexs(c.rng, 32),
                "spans": [{"name": "SELECT orders", "dur_us": c.rng.randint(50, 90000)}],
            },
        ]
    )()


def game_sport(c: Ctx) -> Any:
    return c.pick(
        [
            lambda: {
                "match": hexs(c.rng, 12),
                "players": [
                    {
                        "handle": "xX_sn1per_Xx",
                        "class": "paladin",
                        "health": c.rng.randint(0, 100),
                        "mana": c.rng.randint(0, 200),
                    }
                ],
                "guild_union": {"members": 2, "type": "alliance"},
            },
            lambda: {
                "league": "Bundesliga",
                "matchday": c.rng.randint(1, 34),
                "results": [
                    {"home": "SC Freiburg", "away": "Werder Bremen", "score": "2:1"},
                    {"home": "1. FC Köln", "away": "VfL Bochum", "score": "0:0"},
                ],
            },
            lambda: {
                "race": "Stage 14",
                "classification": [
                    {"team": "Team Visma", "time": "4:12:31"},
                    {"team": "UAE Emirates", "time": "+0:12"},
                ],
                "finish": {"lat": 45.89, "lon": 6.12},
            },
        ]
    )()


def cms_content(c: Ctx) -> Any:
    c.lang = c.pick(["en", "de", "fr", "es"])
    return {
        "entry": {
            "sys": {"id": alnum(c.rng, 22), "version": c.rng.randint(1, 40)},
            "fields": {
                "title": c.pick(["Spring menu", "Opening hours", "FAQ"]),
                "body": clean(c) + " " + clean(c),
                "slug": "page-" + hexs(c.rng, 6),
                "author": "Editorial team",
                "hero": "banner@2x.png",
            },
        }
    }


def i18n_labels(c: Ctx) -> Any:
    return c.pick(
        [
            lambda: {
                "de": {
                    "form.religion": "Religionszugehörigkeit",
                    "form.dob": "Geburtsdatum",
                    "form.iban": "IBAN",
                    "help.religion": "Die Angabe ist freiwillig.",
                },
                "fr": {"form.religion": "Religion", "form.dob": "Date de naissance"},
            },
            lambda: {
                "es": {
                    "campo.orientacion": "Orientación sexual (opcional)",
                    "campo.sindicato": "Afiliación sindical",
                    "boton.enviar": "Enviar",
                }
            },
            lambda: {
                "en": {
                    "signup.email.placeholder": "Your e-mail address",
                    "signup.phone.hint": "Include your country code",
                    "errors.card_invalid": "That card number doesn't look right",
                }
            },
        ]
    )()


def form_schema(c: Ctx) -> Any:
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": c.pick(["MemberSignup", "PatientIntake", "VoterRegistration"]),
        "type": "object",
        "properties": {
            "ssn": {"type": "string", "pattern": "^\\d{3}-\\d{2}-\\d{4}$"},
            "religion": {"enum": ["christian", "muslim", "jewish", "none", "prefer_not_to_say"]},
            "union_member": {"type": "boolean"},
            "diagnosis_codes": {"type": "array", "items": {"type": "string"}},
            "date_of_birth": {"type": "string", "format": "date"},
        },
        "required": ["date_of_birth"],
    }


def schema_registry(c: Ctx) -> Any:
    schema = {
        "type": "record",
        "name": "PatientEvent",
        "fields": [
            {"name": "patient_id", "type": "string"},
            {"name": "diagnosis", "type": ["null", "string"], "default": None},
            {"name": "email", "type": ["null", "string"]},
        ],
    }
    return {
        "subject": "patient-events-value",
        "version": c.rng.randint(1, 30),
        "id": c.rng.randint(100, 9999),
        "schemaType": "AVRO",
        "schema": json.dumps(schema),
    }


def code_snippet(c: Ctx) -> Any:
    return {
        "language": c.pick(["sql", "typescript", "graphql"]),
        "snippet": c.pick(
            [
                "SELECT id FROM members WHERE union_id IS NOT NULL UNION SELECT id FROM archived;",
                "type Result = Patient | Practitioner | null;",
                "union SearchResult = Member | Congregation | Event",
                "CREATE TABLE donors (id uuid PRIMARY KEY, blood_group text, hiv_status text);",
            ]
        ),
        "gist": hexs(c.rng, 20),
    }


def release_manifest(c: Ctx) -> Any:
    return {
        "release": f"v{c.rng.randint(1, 9)}.{c.rng.randint(0, 30)}.{c.rng.randint(0, 20)}",
        "commit": hexs(c.rng, 40),
        "artifacts": [{"name": "app.tar.gz", "sha256": hexs(c.rng, 64)}],
        "deps": ["lodash@4.17.21", "react@18.3.1", "@types/node@20.11.5"],
        "build": {"runner": "ci-linux-8", "duration_s": c.rng.randint(60, 900)},
    }


def geo_coarse(c: Ctx) -> Any:
    return c.pick(
        [
            lambda: {
                "stations": [
                    {
                        "id": f"ST{c.rng.randint(10, 99)}",
                        "lat": coarse(c.rng)[0],
                        "lon": coarse(c.rng)[1],
                        "temp_c": round(c.rng.uniform(-5, 30), 4),
                        "humidity": round(c.rng.uniform(0.2, 0.9), 4),
                    }
                    for _ in range(3)
                ]
            },
            lambda: {
                "prayer_times": {
                    "city": "Birmingham",
                    "lat": 52.48,
                    "lon": -1.9,
                    "date": day(c.rng),
                    "fajr": "05:12",
                    "dhuhr": "13:05",
                    "maghrib": "20:41",
                }
            },
            lambda: {
                "stops": [
                    {"name": "Hauptbahnhof", "lat": 51.345, "lon": 12.382},
                    {"name": "Augustusplatz", "lat": 51.339, "lon": 12.381},
                ]
            },
            lambda: {
                "fx": {
                    "EURUSD": round(c.rng.uniform(1.05, 1.12), 4),
                    "EURGBP": round(c.rng.uniform(0.83, 0.88), 4),
                },
                "as_of": ts(c.rng),
            },
        ]
    )()


def invalid_checksums(c: Ctx) -> Any:
    return c.pick(
        [
            lambda: {
                "errors": [
                    {"field": "iban", "code": "checksum", "value": bad_iban(c.rng)},
                    {"field": "card_number", "code": "luhn", "value": bad_card(c.rng)},
                ]
            },
            lambda: {"gift_card": {"number": bad_card(c.rng), "balance": money(c.rng, 5, 100)}},
            lambda: {"transaction": {"ref": bad_card(c.rng), "arn": "74" + hexs(c.rng, 10)}},
            lambda: {
                "test_vectors": [
                    {"input": "000-12-3456", "valid": False},
                    {"input": "QQ123456C", "valid": False},
                ]
            },
        ]
    )()


def public_keys(c: Ctx) -> Any:
    return c.pick(
        [
            lambda: {
                "keys": [
                    {
                        "kty": "RSA",
                        "kid": hexs(c.rng, 16),
                        "use": "sig",
                        "alg": "RS256",
                        "n": b64(c.rng, 342).replace("+", "-").replace("/", "_"),
                        "e": "AQAB",
                    }
                ]
            },
            lambda: {
                "public_key": "-----BEGIN PUBLIC KEY-----\n"
                + b64(c.rng, 64)
                + "\n"
                + b64(c.rng, 24)
                + "==\n-----END PUBLIC KEY-----"
            },
            lambda: {
                "deploy_key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI"
                + b64(c.rng, 43)
                + " ci@build",
                "fingerprint": "SHA256:" + b64(c.rng, 43),
            },
            lambda: {
                "user": {
                    "id": uuid(c.rng),
                    "password_hash": "$argon2id$v=19$m=65536,t=3,p=4$"
                    + b64(c.rng, 22)
                    + "$"
                    + b64(c.rng, 43),
                }
            },
        ]
    )()


def graphql_query(c: Ctx) -> Any:
    return {
        "query": "query Products($first: Int!, $after: String) { products(first: $first, "
        "after: $after) { edges { node { id title priceRange { min } } } } }",
        "variables": {"first": c.pick([20, 50]), "after": b64(c.rng, 16)},
    }


def news_feed(c: Ctx) -> Any:
    return {
        "items": [
            {
                "headline": c.pick(
                    [
                        "Party unveils housing manifesto",
                        "Union and employers reach pay deal",
                        "Diocese announces new youth programme",
                        "Study links gene variant to longer lifespan",
                    ]
                ),
                "source": c.pick(["Press Office", "Wire"]),
                "published": ts(c.rng),
            }
        ]
    }


def gene_reference(c: Ctx) -> Any:
    return {
        "genes": [
            {"symbol": s, "chrom": ch, "start": st, "end": st + c.rng.randint(1000, 90000)}
            for s, ch, st in [
                ("BRCA1", "17", 43044295),
                ("CFTR", "7", 117480025),
                ("APOE", "19", 44905796),
            ]
        ],
        "assembly": "GRCh38.p14",
    }


def pagination_error(c: Ctx) -> Any:
    return c.pick(
        [
            lambda: {
                "error": {
                    "code": "rate_limited",
                    "message": "Too many requests",
                    "retry_after": c.rng.randint(1, 60),
                    "request_id": uuid(c.rng),
                }
            },
            lambda: {
                "data": [],
                "links": {"next": None, "prev": "/v1/items?page=3"},
                "meta": {"total": 0},
            },
            lambda: {"ok": True, "job": {"id": uuid(c.rng), "state": "queued", "eta": ts(c.rng)}},
        ]
    )()


def clinical_trial(c: Ctx) -> Any:
    return {
        "nct_id": f"NCT0{c.rng.randint(1000000, 6999999)}"[:11],
        "title": "Semaglutide in adults with type 2 diabetes",
        "phase": "3",
        "conditions": ["Type 2 Diabetes"],
        "enrollment": c.rng.randint(50, 3000),
        "sites": [{"facility": "Universitätsklinikum", "city": "Heidelberg"}],
    }


def tarif_table(c: Ctx) -> Any:
    return {
        "tarifvertrag": "TVöD-VKA 2024",
        "entgeltgruppen": [
            {"eg": f"E{i}", "stufe_1": money(c.rng, 2500, 4500)} for i in range(5, 9)
        ],
        "gueltig_ab": day(c.rng, 2024, 2025),
    }


def scripture(c: Ctx) -> Any:
    return {
        "verse_of_the_day": {
            "ref": c.pick(["Psalm 23:1", "Sure 2:286", "Matthew 5:9"]),
            "translation": c.pick(["KJV", "Luther 2017", "Sahih"]),
            "text": "...",
        },
        "calendar": {
            "feast": c.pick(["Ascension", "Eid al-Adha", "Yom Kippur"]),
            "date": day(c.rng),
        },
    }


def church_events(c: Ctx) -> Any:
    return {
        "events": [
            {
                "title": c.pick(["Community lunch", "Choir rehearsal", "Iftar for all"]),
                "venue": "Parish hall, Church Lane",
                "starts": ts(c.rng),
                "capacity": c.rng.randint(20, 200),
            }
            for _ in range(c.rng.randint(1, 3))
        ]
    }


def masked_records(c: Ctx) -> Any:
    return {
        "customer": {
            "id": uuid(c.rng),
            "email": "j***@***.com",
            "phone": "+49 *** ****21",
            "card": "**** **** **** " + str(c.rng.randint(1000, 9999)),
            "iban": "DE** **** **** **** **" + str(c.rng.randint(10, 99)),
            "name": "[REDACTED]",
        }
    }


def ab_test(c: Ctx) -> Any:
    return {
        "experiment": "onboarding-v3",
        "variants": [
            {"name": "control", "users": c.rng.randint(1000, 9000), "conversion": 0.1134},
            {"name": "short_form", "users": c.rng.randint(1000, 9000), "conversion": 0.1291},
        ],
        "embedding_model": "txt-embed-3",
        "sample_embedding": [round(c.rng.uniform(-1, 1), 4) for _ in range(8)],
    }


def inventory(c: Ctx) -> Any:
    return restyle(
        {
            "warehouse": c.pick(["DE-LEJ-1", "FR-LYS-2"]),
            "bins": [
                {
                    "bin_code": f"A-{c.rng.randint(1, 40):02d}-{c.rng.randint(1, 9)}",
                    "sku": short_id(c.rng),
                    "on_hand": c.rng.randint(0, 500),
                    "reorder_point": 40,
                }
                for _ in range(c.rng.randint(2, 5))
            ],
        },
        c.pick(["snake", "camel", "pascal", "kebab"]),
    )


FAMILIES = {
    "product_catalog": (product_catalog, 14),
    "code_table": (code_table, 14),
    "aggregates": (aggregates, 12),
    "config_doc": (config_doc, 14),
    "logs_metrics": (logs_metrics, 12),
    "game_sport": (game_sport, 10),
    "cms_content": (cms_content, 12),
    "i18n_labels": (i18n_labels, 8),
    "form_schema": (form_schema, 6),
    "schema_registry": (schema_registry, 6),
    "code_snippet": (code_snippet, 8),
    "release_manifest": (release_manifest, 8),
    "geo_coarse": (geo_coarse, 12),
    "invalid_checksums": (invalid_checksums, 14),
    "public_keys": (public_keys, 12),
    "graphql_query": (graphql_query, 6),
    "news_feed": (news_feed, 8),
    "gene_reference": (gene_reference, 6),
    "pagination_error": (pagination_error, 8),
    "clinical_trial": (clinical_trial, 6),
    "tarif_table": (tarif_table, 5),
    "scripture": (scripture, 6),
    "church_events": (church_events, 6),
    "masked_records": (masked_records, 8),
    "ab_test": (ab_test, 6),
    "inventory": (inventory, 10),
}
