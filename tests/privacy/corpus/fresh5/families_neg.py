"""Hard negatives: clean families (no kind at all) and look-alike families with only the
ordinary kinds they truly contain."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

from .values import Ctx

EANS_FAIL_LUHN: list[str] = []  # filled lazily by _ean


def _ean(c: Ctx) -> str:
    from .validators import luhn_ok

    while True:
        body = "40" + c.digits(10)
        total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
        ean = body + str((10 - total % 10) % 10)
        if not luhn_ok(ean):
            return ean


# ---------------------------------------------------------------- clean
def health_check(c: Ctx) -> Any:
    return {
        "status": c.pick(["UP", "DEGRADED"]),
        "checks": {
            "db": {
                "status": "UP",
                "details": {
                    "database": "PostgreSQL",
                    "validationQuery": "isValid()",
                    "latency_ms": c.small(1, 40),
                },
            },
            "redis": {"status": "UP", "version": "7.2.4"},
            "diskSpace": {
                "status": "UP",
                "total": 250790436864 // 1000 * 1000,
                "threshold": 10485760,
            },
            "upstream-billing": {
                "status": c.pick(["UP", "DOWN"]),
                "error": "health probe timeout after 2000ms",
            },
        },
        "health_score": round(c.rng.uniform(0.7, 1), 2),
    }


def game_stats(c: Ctx) -> Any:
    return {
        "match": c.uid(),
        "players": [
            {
                "handle": c.pick(["xX_n00bslayer_Xx", "mossyfrog", "KaiserRoll77"]),
                "hero": {
                    "race": c.pick(["Elf", "Dwarf", "Orc"]),
                    "class": "Cleric",
                    "faith": "Order of the Ember Dawn",
                    "health": c.small(0, 120),
                    "maxHealth": 120,
                    "mana": c.small(0, 80),
                },
                "kd": round(c.rng.uniform(0.3, 3.2), 2),
            }
            for _ in range(2)
        ],
        "mode": "ranked",
        "map": "Frostgate",
    }


def sql_log(c: Ctx) -> Any:
    return {
        "level": "debug",
        "logger": "sqlalchemy.engine",
        "duration_ms": c.small(1, 300),
        "statement": c.pick(
            [
                "SELECT id, total FROM orders WHERE status = $1 UNION ALL SELECT id, total FROM orders_archive WHERE status = $1",  # noqa: E501
                "select sku from stock_eu union select sku from stock_uk order by 1 limit 50",
                "WITH a AS (SELECT 1) SELECT * FROM a UNION SELECT 2",
            ]
        ),
        "rows": c.small(0, 500),
    }


def schema_unions(c: Ctx) -> Any:
    return c.pick(
        [
            {
                "schema": "union SearchResult = Book | Author | Series\ntype Query { search(term: String!): [SearchResult!]! }"  # noqa: E501
            },
            {
                "avro": {
                    "type": "record",
                    "name": "Payment",
                    "fields": [{"name": "method", "type": ["null", "Card", "SepaDebit"]}],
                    "doc": "method is a union type",
                }
            },
            {
                "ts": "export type Shape = Circle | Square; // discriminated union on `kind`",
                "lint": {"errors": 0},
            },
        ]
    )


def eu_stats(c: Ctx) -> Any:
    return {
        "dataset": "nama_10_gdp",
        "geo": {"EU27_2020": "European Union - 27 countries (from 2020)"},
        "unit": "CP_MEUR",
        "values": {"2023": 17_000_000 // 1000, "2024": 17_900_000 // 1000},
        "note": "Customs union and single market figures, provisional",
    }


def credit_union(c: Ctx) -> Any:
    return {
        "institution": c.pick(
            [
                "Lakeshore Teachers Credit Union",
                "Cooperativa de Crédito Sierra Norte",
                "Volksbank-Raiffeisen Kreditgenossenschaft",
            ]
        ),
        "products": [
            {"name": "Share Savings", "apy": 0.0415},
            {"name": "Auto loan 60m", "apr": 0.0589},
        ],
        "branches": [{"city": c.pick(["Duluth", "Ávila", "Kassel"]), "open_sat": True}],
    }


def book_catalog(c: Ctx) -> Any:
    return {
        "items": [
            {
                "isbn": c.pick(["978-1-4028-9462-6", "978-84-376-0494-7", "979-10-90636-07-1"]),
                "title": c.pick(
                    [
                        "Quiet Paths: A Year of Contemplation",
                        "Der Glaube der Anderen",
                        "Crónicas del Camino",
                    ]
                ),
                "publisher": "Harrowgate Press",
                "genre": c.pick(
                    ["Religion & Spirituality", "Religion/Christentum", "Spiritualité"]
                ),
                "price": {"EUR": 18.9},
                "sku": f"BK-{c.hexs(6).upper()}",
            }
        ]
    }


def party_press(c: Ctx) -> Any:
    return {
        "feed": "press",
        "items": [
            {
                "org": c.pick(
                    [
                        "Partido Verde Europeo",
                        "Sozialdemokratische Partei, Landesverband",
                        "Liberal Democrats HQ",
                    ]
                ),
                "headline": c.pick(
                    [
                        "Party unveils housing plan ahead of conference",
                        "Le parti présente son programme climat",
                        "Partei fordert Mietendeckel",
                    ]
                ),
                "published": c.ts(),
                "url": "https://press.example.org/item/" + c.hexs(8),
            }
        ],
    }


def aggregate_stats(c: Ctx) -> Any:
    return {
        "region": c.pick(["Bezirk Mitte", "Distrito Centro", "Arrondissement 11"]),
        "year": 2025,
        "crime": {
            "burglary": c.small(100, 900),
            "assault": c.small(50, 400),
            "clearance_rate": 0.41,
        },
        "religion_share": {"catholic": 0.31, "protestant": 0.18, "muslim": 0.07, "none": 0.44},
        "union_density": 0.17,
        "hiv_prevalence_per_100k": 12.4,
        "population": c.small(2000, 9000) * 10,
    }


def drug_catalog(c: Ctx) -> Any:
    return {
        "products": [
            {
                "name": c.pick(
                    ["Ibuprofen 400 mg Filmtabletten", "Paracetamol 500", "Loratadin 10mg"]
                ),
                "otc": True,
                "atc": c.pick(["M01AE01", "N02BE01", "R06AX13"]),
                "indications": ["headache", "fever", "hay fever"],
                "contraindications": ["peptic ulcer", "3rd trimester pregnancy"],
                "pzn": c.hexs(0) + "0" + str(c.small(100000, 999999)),
            }
        ]
    }


def allergen_product(c: Ctx) -> Any:
    return {
        "product": {
            "name": "Hafer-Nuss-Riegel",
            "ean": _ean(c),
            "allergens": ["peanuts", "gluten", "milk"],
            "may_contain": ["sesame"],
            "nutrition": {"kcal": 412, "sugar_g": 21.5},
        }
    }


def gene_reference(c: Ctx) -> Any:
    return {
        "assembly": "GRCh38.p14",
        "genes": [
            {
                "symbol": "BRCA1",
                "chrom": "17",
                "start": 43044295,
                "end": 43125483,
                "strand": "-",
                "biotype": "protein_coding",
            },
            {"symbol": "CFTR", "chrom": "7", "start": 117287120, "end": 117715971, "strand": "+"},
            {"symbol": "APOE", "chrom": "19", "start": 44905796, "end": 44909393, "strand": "+"},
        ][: c.small(1, 3)],
        "source": "reference annotation release 110",
    }


def ga_config(c: Ctx) -> Any:
    return {
        "optimizer": {
            "type": "genetic_algorithm",
            "population": c.small(50, 400),
            "mutation_rate": 0.05,
            "crossover": "uniform",
            "chromosome_length": 64,
            "elitism": 2,
        },
        "objective": "minimise route cost",
    }


def tls_fingerprints(c: Ctx) -> Any:
    return {
        "tls": {"ja3": c.hexs(32), "ja4": f"t13d1516h2_{c.hexs(12)}_{c.hexs(12)}"},
        "ssh": {"host_key_fingerprint": "SHA256:" + c.b64(32).rstrip("=")},
        "device_fingerprint": c.hexs(40),
        "bot_score": c.small(1, 99),
    }


def race_results(c: Ctx) -> Any:
    return {
        "event": c.pick(
            ["Stadtlauf 10k", "Carrera Popular San Silvestre", "Semi-marathon des Berges"]
        ),
        "results": [
            {
                "bib": c.small(100, 3999),
                "club": c.pick(["LG Nord", "CA Ribera", "AS Ventoux"]),
                "category": c.pick(["M40", "W35", "U20"]),
                "chip_time": f"00:{c.small(30, 59)}:{c.small(10, 59)}",
            }
            for _ in range(3)
        ],
        "race_type": "road",
        "weather_c": 7.5,
    }


def pep_screen(c: Ctx) -> Any:
    return {
        "subject_ref": c.uid(),
        "screening": {
            "pep": False,
            "pep_level": None,
            "sanctions": {"ofac": "no_match", "eu": "no_match"},
            "adverse_media": False,
        },
        "checked_at": c.ts(),
    }


def statute_text(c: Ctx) -> Any:
    return {
        "code": c.pick(["StGB", "Code pénal", "Código Penal"]),
        "section": c.pick(["§ 242", "Art. 311-1", "Art. 234"]),
        "text": c.pick(
            [
                "Whoever takes movable property belonging to another with intent to appropriate it unlawfully is liable to imprisonment of up to five years or a fine.",  # noqa: E501
                "Le vol est la soustraction frauduleuse de la chose d'autrui.",
                "El que, con ánimo de lucro, tomare las cosas muebles ajenas sin la voluntad de su dueño será castigado.",  # noqa: E501
            ]
        ),
        "in_force": True,
    }


def eeo_boilerplate(c: Ctx) -> Any:
    return {
        "job": {
            "title": c.pick(["Backend Engineer", "Night Nurse", "Forklift Operator"]),
            "location": "Hybrid",
            "eeo": "We are an equal opportunity employer and consider all qualified applicants without regard to race, colour, religion, sex, sexual orientation, gender identity, national origin, disability, union membership or veteran status.",  # noqa: E501
            "benefits": ["health insurance", "pension"],
        }
    }


def invalid_numbers(c: Ctx) -> Any:
    bad_ssn = c.pick(["000-12-3456", "666-45-1234", "912-34-5678", "123-00-4567"])
    return {
        "errors": [
            {"field": "iban", "value": c.bad_iban(), "code": "checksum_failed"},
            {"field": "card_number", "value": c.bad_card(), "code": "luhn_failed"},
            {"field": "ssn", "value": bad_ssn, "code": "invalid_area_or_group"},
            {"field": "dni", "value": "48213977A", "code": "wrong_control_letter"},
        ],
        "request_id": c.uid(),
    }


def build_meta(c: Ctx) -> Any:
    return {
        "build": {
            "version": c.pick(["10.0.19045.3693", "4.12.0-rc.2", "2024.11.3"]),
            "commit": c.hexs(40),
            "image": "registry.example.com/api@sha256:" + c.hexs(64),
            "sku": f"SKU-{c.hexs(4).upper()}-{c.hexs(3).upper()}",
        },
        "request_id": c.uid(),
        "deps": ["lodash@4.17.21", "react@18.3.1"],
        "assets": ["logo@2x.png", "hero@3x.webp"],
    }


def public_keys(c: Ctx) -> Any:
    return c.pick(
        [
            {
                "keys": [
                    {
                        "kty": "RSA",
                        "kid": c.hexs(16),
                        "use": "sig",
                        "alg": "RS256",
                        "n": c.b64(96).replace("+", "-").replace("/", "_").rstrip("="),
                        "e": "AQAB",
                    }
                ]
            },
            {
                "public_key_pem": "-----BEGIN PUBLIC KEY-----\n"
                + c.b64(48)
                + "\n"
                + c.b64(24)
                + "\n-----END PUBLIC KEY-----"
            },
            {
                "authorized_keys": [
                    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + c.b64(24).rstrip("=") + " deploy@ci"
                ]
            },
        ]
    )


def nonsecret_b64(c: Ctx) -> Any:
    return {
        "thumbnail": "data:image/png;base64,iVBORw0KGgo" + c.b64(60),
        "etag": c.hexs(32),
        "cursor": base64.b64encode(json.dumps({"offset": c.small(0, 500)}).encode()).decode(),
    }


def coarse_geo(c: Ctx) -> Any:
    return {
        "location": {
            "lat": round(c.rng.uniform(40, 55), c.pick([1, 2, 3])),
            "lon": round(c.rng.uniform(-3, 15), c.pick([1, 2])),
            "city": c.pick(["Graz", "Cork", "Porto"]),
        },
        "current": {"temp_c": round(c.rng.uniform(-5, 25), 4), "humidity": 0.8125},
        "fx": {"EURUSD": 1.0842, "EURGBP": 0.8617},
    }


def masked_config(c: Ctx) -> Any:
    return {
        "integration": {
            "api_key": c.pick(["sk_live_****" + c.hexs(4), "[REDACTED]", "********"]),
            "password": c.pick(["********", None, ""]),
            "password_policy": {"min_length": 12, "require_symbol": True},
            "admin_hash": "$2b$12$"
            + c.alnum(53, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ./0123456789"),
        },
        "env": [
            {
                "name": "DB_PASSWORD",
                "valueFrom": {"secretKeyRef": {"name": "db-creds", "key": "password"}},
            }
        ],
    }


def insurance_plans(c: Ctx) -> Any:
    return {
        "plans": [
            {
                "name": c.pick(["Silver 70 HMO", "Gold PPO 500", "Tarif Komfort Plus"]),
                "premium_monthly": c.small(180, 640),
                "covers": ["maternity", "mental health", "HIV PrEP", "diabetes supplies"],
                "deductible": 1500,
            }
        ]
    }


def restaurant_listing(c: Ctx) -> Any:
    return {
        "place": {
            "name": c.pick(["Mesob Berlin", "Taquería La Güera", "Chez Fatou"]),
            "category": "ethnic cuisine",
            "cuisine": c.pick(["Ethiopian", "Mexican", "Senegalese"]),
            "city": c.pick(["Berlin", "Sevilla", "Lyon"]),
            "rating": 4.6,
        }
    }


def openapi_schema(c: Ctx) -> Any:
    return {
        "components": {
            "schemas": {
                "Applicant": {
                    "type": "object",
                    "properties": {
                        "ssn": {"type": "string", "pattern": "^\\d{3}-\\d{2}-\\d{4}$"},
                        "religion": {"type": "string", "enum": ["..."]},
                        "union_member": {"type": "boolean"},
                        "email": {"type": "string", "format": "email"},
                    },
                }
            }
        }
    }


def analytics_agg(c: Ctx) -> Any:
    return {
        "report": "pageviews_by_country",
        "rows": [
            {
                "country": cc,
                "views": c.small(100, 90000),
                "bounce": round(c.rng.uniform(0.2, 0.7), 4),
            }
            for cc in ("DE", "FR", "ES")
        ],
        "generated": c.ts(),
    }


def ci_log(c: Ctx) -> Any:
    return {
        "pipeline": c.small(1000, 9999),
        "job": "test",
        "status": "passed",
        "log": "ok 412 tests, 0 failed; coverage 87.31%; cache key " + c.hexs(16),
        "runner": "linux-amd64-4",
        "ref": "refs/heads/main",
    }


def feature_flags(c: Ctx) -> Any:
    return {
        "flags": {
            "new_checkout": {"enabled": True, "rollout": 0.25},
            "dark_mode": {"enabled": False},
        },
        "env": "production",
        "etag": c.hexs(16),
        "updated": c.ts(),
    }


CLEAN: list[Callable[[Ctx], Any]] = [
    health_check,
    game_stats,
    sql_log,
    schema_unions,
    eu_stats,
    credit_union,
    book_catalog,
    party_press,
    aggregate_stats,
    drug_catalog,
    allergen_product,
    gene_reference,
    ga_config,
    tls_fingerprints,
    race_results,
    pep_screen,
    statute_text,
    eeo_boilerplate,
    invalid_numbers,
    build_meta,
    public_keys,
    nonsecret_b64,
    coarse_geo,
    masked_config,
    insurance_plans,
    restaurant_listing,
    openapi_schema,
    analytics_agg,
    ci_log,
    feature_flags,
]


# ---------------------------------------------------------------- look-alikes with some kinds
def race_results_named(c: Ctx) -> Any:
    return {
        "race": "Carrera Popular San Silvestre",
        "results": [
            {
                "pos": i + 1,
                "runner": c.name(),
                "club": "CA Ribera",
                "time": f"00:{c.small(30, 59)}:{c.small(10, 59)}",
            }
            for i in range(3)
        ],
    }


def book_with_author(c: Ctx) -> Any:
    return {
        "book": {
            "title": "Letters from the Cloister",
            "author": c.name(),
            "genre": "Religion & Spirituality",
            "isbn": "978-0-7432-7356-5",
            "format": "paperback",
        }
    }


def church_street_customer(c: Ctx) -> Any:
    name = c.pick(["Marta Iglesias", "Pablo Iglesias Ortega", "Nuria Iglesias"])
    c.mark("person_name", "surname Iglesias")
    return {
        "customer": {"name": name, "email": c.email("nuria"), "shipping": c.address(church=True)},
        "order": f"A-{c.small(1000, 9999)}",
    }


def profile_gender_only(c: Ctx) -> Any:
    return {
        "profile": {
            "name": c.name(),
            "gender": c.pick(["female", "male", "diverse"]),
            "pronouns": c.pick(["she/her", "er/ihm", "iel"]),
            "nationality": c.pick(["German", "Turkish", "Moroccan", "Spanish"]),
            "title": c.pick(["Ms", "Mr", "Mx"]),
        }
    }


def ticket_healthcheck(c: Ctx) -> Any:
    return {
        "ticket": {
            "requester": c.email(),
            "subject": "health check failing on eu-west",
            "body": "the /healthz endpoint returns 503 since the deploy, pod health looks red in grafana",  # noqa: E501
            "priority": "P2",
        }
    }


def k8s_secret(c: Ctx) -> Any:
    c.mark("credential", "k8s secret data")
    return {
        "apiVersion": "v1",
        "kind": "Secret",
        "metadata": {"name": "payments-api", "namespace": "prod"},
        "type": "Opaque",
        "data": {
            "DB_PASSWORD": base64.b64encode(c.alnum(18).encode()).decode(),
            "STRIPE_KEY": base64.b64encode(("sk_live_" + c.alnum(24)).encode()).decode(),
        },
    }


def passport_sex_marker(c: Ctx) -> Any:
    return {
        "document": {
            "type": "passport",
            "number": c.passport(),
            "sex": c.pick(["F", "M", "X"]),
            "holder": c.name("last_first"),
            "birth_date": c.dob("iso"),
            "expiry_date": "2033-02-11",
            "nationality": "ESP",
        }
    }


def tenant_screening(c: Ctx) -> Any:
    return {
        "applicant": {"name": c.name(), "email": c.email()},
        "checks": {
            "credit_score": c.small(540, 820),
            "eviction_history": c.pick(["none", "1 filing (2019)"]),
            "sanctions": "no_match",
            "income_verified": True,
        },
    }


def credit_union_member(c: Ctx) -> Any:
    return {
        "member": {
            "name": c.name(),
            "institution": "Lakeshore Teachers Credit Union",
            "share_account_iban": c.iban(),
            "joined": "2018-04-02",
        },
        "statement_period": "2026-10",
    }


def fingerprint_login(c: Ctx) -> Any:
    return {
        "event": "login.success",
        "user": c.email(),
        "factor": c.pick(["platform_authenticator (Touch ID)", "fingerprint", "face unlock"]),
        "match_score": round(c.rng.uniform(0.9, 0.999), 3),
        "ip": c.ip(),
        "device_fingerprint": c.hexs(32),
    }


def kyc_pep_false(c: Ctx) -> Any:
    return {
        "customer": {"name": c.name(), "dob": c.dob()},
        "pep": False,
        "politically_exposed": "no",
        "party_press_match": None,
    }


def employee_health_plan(c: Ctx) -> Any:
    return {
        "employee": c.name(),
        "benefits": [
            {"plan": "Gold PPO 500", "tier": "employee+family", "premium": 212.5},
            {"plan": "Dental basic", "premium": 18.0},
        ],
        "open_enrollment": "2026-11",
    }


LOOKALIKE: list[Callable[[Ctx], Any]] = [
    race_results_named,
    book_with_author,
    church_street_customer,
    profile_gender_only,
    ticket_healthcheck,
    k8s_secret,
    passport_sex_marker,
    tenant_screening,
    credit_union_member,
    fingerprint_login,
    kyc_pep_false,
    employee_health_plan,
]
