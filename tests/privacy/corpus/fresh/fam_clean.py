"""Documents with no personal data at all: hard negatives in bulk."""

from __future__ import annotations

from typing import Any

from . import checks as c
from . import pools
from .ctx import Doc


def product_catalog(d: Doc) -> Any:
    items = []
    for name, cat, price in d.rng.sample(pools.PRODUCTS, d.rng.randint(2, 5)):
        item: dict[str, Any] = {
            "sku": f"{cat[:3].upper()}-{d.hex(6).upper()}",
            "title": name,
            "category": cat,
            "price": {"amount": price, "currency": "EUR"},
            "ean": _ean13(d),
            "stock": d.rng.randint(0, 900),
            "rating": round(d.rng.uniform(3, 5), 1),
        }
        if cat == "Grocery":
            item["allergens"] = d.rng.sample(["milk", "nuts", "gluten", "soy", "sesame"], 2)
            item["nutrition_per_100g"] = {
                "kcal": d.rng.randint(40, 560),
                "sugar_g": round(d.rng.uniform(0, 50), 1),
            }
        items.append(item)
    return d.style({"catalog_version": d.version(), "generated": d.ts(), "items": items})


def _ean13(d: Doc) -> str:
    body = "40" + "".join(d.pick("0123456789") for _ in range(10))
    total = sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(body))
    return body + str((10 - total % 10) % 10)


def otc_catalog(d: Doc) -> Any:
    meds = [
        ("Ibuprofen 400 mg, 20 tablets", "pain relief"),
        ("Loratadine 10 mg", "hay fever"),
        ("Paracetamol 500 mg", "pain and fever"),
        ("Omeprazole 20 mg", "heartburn"),
        ("Cetirizine syrup", "allergy relief"),
        ("Nicotine patches 21 mg", "smoking cessation"),
    ]
    return {
        "pharmacy_catalog": [
            {
                "pzn": f"{d.rng.randint(1000000, 9999999)}",
                "name": n,
                "indication": i,
                "otc": True,
                "price_eur": d.money(2, 25),
            }
            for n, i in d.rng.sample(meds, d.rng.randint(2, 4))
        ],
        "disclaimer": "Read the leaflet. Ask your pharmacist if symptoms persist.",
    }


def insurance_plans(d: Doc) -> Any:
    plans = []
    for tier in d.rng.sample(["Bronze", "Silver", "Gold", "Platinum"], 3):
        plans.append(
            {
                "plan_id": f"{d.rng.randint(10000, 99999)}TX{d.rng.randint(1000, 9999)}",
                "metal": tier,
                "premium_monthly": d.money(250, 900),
                "deductible": d.rng.randint(0, 9) * 1000,
                "covers": [
                    "maternity care",
                    "mental health services",
                    "diabetes supplies",
                    "HIV PrEP at $0",
                    "substance use disorder treatment",
                ][: d.rng.randint(2, 5)],
            }
        )
    return d.style({"market": "individual", "state": "TX", "plans": plans})


def book_catalog(d: Doc) -> Any:
    titles = [
        ("A Short History of Pilgrimage Roads", "Religion & Spirituality"),
        ("Practical Rust for Embedded", "Computers"),
        ("Elections in Small Democracies", "Politics & Social Sciences"),
        ("The Union Pacific Railroad in Pictures", "History"),
        ("Cooking Across the Silk Road", "Cookbooks"),
        ("Genetics for Gardeners", "Science"),
        ("Living with Diabetes: a Workbook", "Health & Wellness"),
    ]
    return {
        "feed": "onix-lite",
        "products": [
            {
                "isbn13": "978" + _ean13(d)[3:],
                "title": t,
                "bisac_genre": g,
                "format": d.pick(("paperback", "ebook")),
                "list_price": d.money(9, 49),
            }
            for t, g in d.rng.sample(titles, 3)
        ],
    }


def service_health(d: Doc) -> Any:
    shape = d.pick(("healthz", "statuspage", "k8s"))
    if shape == "healthz":
        return {
            "status": d.pick(("pass", "warn", "fail")),
            "version": d.version(),
            "releaseId": d.sha(12),
            "checks": {
                "postgres:connections": [{"status": "pass", "observedValue": d.rng.randint(5, 90)}],
                "redis:responseTime": [
                    {
                        "status": "pass",
                        "observedValue": round(d.rng.uniform(0.1, 9), 4),
                        "observedUnit": "ms",
                    }
                ],
                "uptime": [{"componentType": "system", "observedValue": d.rng.randint(100, 10**6)}],
            },
        }
    if shape == "statuspage":
        return {
            "page": {"name": "Acorn Cloud Status"},
            "components": [
                {
                    "name": n,
                    "status": d.pick(("operational", "degraded_performance", "partial_outage")),
                }
                for n in ("API", "Dashboard", "Webhooks", "EU region")
            ],
            "incidents": [
                {
                    "name": "Elevated error rates on webhooks",
                    "impact": "minor",
                    "updated_at": d.ts(),
                }
            ],
        }
    return {
        "kind": "Pod",
        "metadata": {"name": f"checkout-{d.hex(10)}-{d.hex(5)}", "namespace": "prod"},
        "spec": {
            "containers": [
                {
                    "name": "app",
                    "image": f"registry.example.dev/checkout@sha256:{d.sha()}",
                    "readinessProbe": {
                        "httpGet": {"path": "/health/ready", "port": 8080},
                        "periodSeconds": 10,
                    },
                    "env": [
                        {
                            "name": "DB_PASSWORD",
                            "valueFrom": {
                                "secretKeyRef": {"name": "checkout-db", "key": "password"}
                            },
                        }
                    ],
                }
            ]
        },
        "status": {"phase": "Running", "conditions": [{"type": "Ready", "status": "True"}]},
    }


def metrics(d: Doc) -> Any:
    series = []
    for name in d.rng.sample(
        [
            "http_requests_total",
            "process_cpu_seconds_total",
            "db_pool_in_use",
            "queue_depth",
            "gc_pause_seconds",
            "cache_hit_ratio",
        ],
        3,
    ):
        series.append(
            {
                "metric": {
                    "__name__": name,
                    "job": "api",
                    "instance": f"api-{d.rng.randint(0, 9)}:9100",
                },
                "values": [[d.epoch(), f"{d.rng.uniform(0, 1000):.4f}"] for _ in range(3)],
            }
        )
    return {"status": "success", "data": {"resultType": "matrix", "result": series}}


def device_telemetry(d: Doc) -> Any:
    return d.style(
        {
            "device_id": d.hex(16),
            "fw_version": d.version(),
            "battery_pct": d.rng.randint(5, 100),
            "rssi_dbm": -d.rng.randint(40, 95),
            "temperature_c": round(d.rng.uniform(-5, 45), 4),
            "accel": [round(d.rng.uniform(-1, 1), 5) for _ in range(3)],
            "region": d.city()[0],
            "uptime_s": d.rng.randint(0, 10**6),
            "health": d.pick(("ok", "degraded")),
        },
        (3, 3, 0, 1),
    )


def app_config(d: Doc) -> Any:
    return d.style(
        {
            "service": "identity",
            "password_policy": {
                "min_length": 12,
                "require_symbol": True,
                "max_age_days": 365,
                "history": 5,
            },
            "smtp": {
                "host": "smtp.example.net",
                "port": 587,
                "username": "apikey",
                "password": d.masked(),
            },
            "stripe": {"secret_key": d.masked(), "publishable_key_ref": "vault:stripe/pk"},
            "jwt": {"alg": "RS256", "kid": d.hex(16), "public_key": d.pem_public()},
            "deploy_key": d.ssh_public(),
            "features": {"new_checkout": d.chance(0.5), "genetic_algorithm_optimizer": False},
            "db": {
                "dsn": "postgres://app@db.internal.example:5432/identity",
                "password_from": "env:DB_PASSWORD",
            },
        }
    )


def jwks(d: Doc) -> Any:
    return {
        "keys": [
            {
                "kty": "RSA",
                "use": "sig",
                "alg": "RS256",
                "kid": d.hex(20),
                "n": c.b64url(d.rng, 342),
                "e": "AQAB",
            }
            for _ in range(2)
        ]
    }


def user_store_hashes(d: Doc) -> Any:
    return {
        "migration": "users_v3",
        "rows_sample": [
            {
                "user_id": d.uuid(),
                "password_hash": d.pick((d.argon2(), d.bcrypt())),
                "mfa_enabled": d.chance(0.5),
                "created": d.ts(),
            }
            for _ in range(3)
        ],
    }


def cms_article(d: Doc) -> Any:
    pieces = {
        "en": (
            "How the European Union's Data Act affects connected devices",
            "Manufacturers must share usage data with customers. "
            "The rules apply from September 2025 and cover smart-home kits, wearables "
            "and industrial sensors.",
        ),
        "de": (
            "Gesunde Ernährung im Büro: fünf einfache Tipps",
            "Mehr Wasser, weniger Zucker und regelmäßige Pausen helfen dem ganzen Team.",
        ),
        "fr": (
            "Recette : couscous aux sept légumes",
            "Une recette de cuisine du monde, parfaite pour les repas de famille du dimanche.",
        ),
        "es": (
            "Guía de la Semana Santa en Sevilla: horarios y recorridos",
            "Las procesiones recorren el centro histórico; consulte los cortes de tráfico.",
        ),
    }
    lang = d.pick(tuple(pieces))
    title, body = pieces[lang]
    return {
        "data": {
            "type": "articles",
            "id": str(d.rng.randint(1, 9999)),
            "attributes": {
                "title": title,
                "body": body,
                "lang": lang,
                "slug": title.lower()[:30].replace(" ", "-"),
                "status": "published",
                "tags": d.rng.sample(["policy", "food", "travel", "iot", "wellbeing"], 2),
                "published_at": d.ts(),
            },
        }
    }


def sports_results(d: Doc) -> Any:
    teams = [
        "FC Nordhafen",
        "Real Arenales",
        "Olympique Lumière",
        "Rovers AFC",
        "SV Eichenau",
        "CD Montaña",
    ]
    a, b = d.rng.sample(teams, 2)
    return d.style(
        {
            "competition": "Friendly Cup",
            "round": d.rng.randint(1, 30),
            "home": a,
            "away": b,
            "score": [d.rng.randint(0, 5), d.rng.randint(0, 5)],
            "attendance": d.rng.randint(800, 60000),
            "stadium_coords": [round(d.rng.uniform(40, 53), 2), round(d.rng.uniform(-4, 14), 2)],
            "stats": {
                "possession": [d.rng.randint(30, 70), None],
                "shots": [d.rng.randint(2, 20), d.rng.randint(2, 20)],
            },
        }
    )


def game_telemetry(d: Doc) -> Any:
    return {
        "match_id": d.uuid(),
        "map": d.pick(("harbor", "citadel", "dunes")),
        "tick": d.rng.randint(0, 99999),
        "players": [
            {
                "slot": i,
                "handle": d.pick(("xXnovaXx", "pixelpaladin", "grumpy_otter", "zer0cool")),
                "class": d.pick(("healer", "tank", "ranger")),
                "health": d.rng.randint(0, 100),
                "mana": d.rng.randint(0, 100),
                "pos": [round(d.rng.uniform(0, 512), 4), round(d.rng.uniform(0, 512), 4)],
                "guild": "Union of the Ember",
            }
            for i in range(d.rng.randint(2, 4))
        ],
    }


def reference_data(d: Doc) -> Any:
    shape = d.pick(("fx", "cities", "icd", "genes", "countries"))
    if shape == "fx":
        return {
            "base": "EUR",
            "date": d.day(),
            "rates": {
                k: round(d.rng.uniform(0.5, 170), 4)
                for k in ("USD", "GBP", "JPY", "CHF", "PLN", "SEK")
            },
        }
    if shape == "cities":
        return {
            "cities": [
                {"name": n, "lat": la, "lon": lo, "tz": "Europe/Berlin" if la > 45 else "UTC"}
                for n, la, lo in d.rng.sample(pools.CITY_COORDS, 4)
            ]
        }
    if shape == "icd":
        return {
            "codeSystem": "ICD-10-GM 2025",
            "concepts": [
                {"code": code, "display": label} for code, label in d.rng.sample(pools.ICD10, 4)
            ],
        }
    if shape == "genes":
        return {
            "assembly": "GRCh38",
            "genes": [
                {
                    "symbol": s,
                    "chrom": ch,
                    "start": d.rng.randint(10**5, 10**6),
                    "strand": d.pick("+-"),
                }
                for s, ch in (("BRCA1", "17"), ("CFTR", "7"), ("APOE", "19"))
            ],
        }
    return {
        "countries": [
            {"alpha2": a, "name": n, "eu_member": eu, "calling_code": cc}
            for a, n, eu, cc in (
                ("DE", "Germany", True, "+49"),
                ("NO", "Norway", False, "+47"),
                ("ES", "Spain", True, "+34"),
                ("GB", "United Kingdom", False, "+44"),
            )
        ]
    }


def code_snippets(d: Doc) -> Any:
    shape = d.pick(("sql", "gql_schema", "ts", "avro", "ga"))
    if shape == "sql":
        return {
            "saved_query": {
                "name": "active_accounts_by_region",
                "sql": "SELECT region, count(*) FROM accounts WHERE active "
                "UNION ALL SELECT region, count(*) FROM legacy_accounts GROUP BY region;",
                "owner_team": "analytics",
            }
        }
    if shape == "gql_schema":
        return {
            "schema": "union SearchResult = Product | Category | Article\n"
            "type Product { id: ID! name: String! price: Money }\n"
            "type Query { search(term: String!): [SearchResult!]! }"
        }
    if shape == "ts":
        return {
            "file": "src/types.ts",
            "content": "export type Payment = { kind: 'card'; last4: string } | "
            "{ kind: 'sepa'; mandateId: string };\nexport type Id = string | number;",
        }
    if shape == "avro":
        return {
            "type": "record",
            "name": "Event",
            "fields": [
                {"name": "payload", "type": ["null", "string", "bytes"]},
                {"name": "ts", "type": "long"},
            ],
        }
    return {
        "optimizer": {
            "type": "genetic_algorithm",
            "population": 200,
            "mutation_rate": 0.0125,
            "crossover": "uniform",
            "generations": 500,
            "seed": d.rng.randint(1, 9999),
        }
    }


def ci_build_clean(d: Doc) -> Any:
    return {
        "build": {
            "number": d.rng.randint(100, 99999),
            "status": d.pick(("passed", "failed")),
            "commit": d.sha(40),
            "branch": "main",
            "actor": "renovate[bot]",
            "artifacts": [{"name": f"app-{d.version()}.tar.gz", "sha256": d.sha()}],
            "dependencies_changed": ["lodash@4.17.21", "react@18.3.1", "@types/node@20.14.2"],
            "assets": ["logo@2x.png", "icon@3x.png"],
            "env": {"NODE_AUTH_TOKEN": "***", "CI": "true"},
        }
    }


def validation_errors(d: Doc) -> Any:
    errs = [
        {"field": "iban", "value": d.bad_iban(), "code": "checksum_mismatch"},
        {"field": "card_number", "value": d.bad_card(), "code": "luhn_check_failed"},
        {"field": "ssn", "value": c.bad_ssn(d.rng), "code": "invalid_area_or_group"},
        {"field": "dni", "value": c.break_dni(c.dni(d.rng)), "code": "letra_incorrecta"},
        {"field": "bic", "value": d.pick(("DEUTDEFFXXX", "BNPAFRPP", "CAIXESBB")), "code": "ok"},
        {
            "field": "vat_id",
            "value": d.pick(("DE811569869", "FR40303265045", "ESB12345678")),
            "code": "ok",
        },
    ]
    return d.style(
        {
            "error": "validation_failed",
            "request_id": d.uuid(),
            "errors": d.rng.sample(errs, d.rng.randint(2, 4)),
        }
    )


def payment_tokens(d: Doc) -> Any:
    return d.style(
        {
            "customer": d.ref("cus", 14),
            "payment_methods": [
                {
                    "id": d.ref("pm", 24),
                    "type": "card",
                    "card": {
                        "brand": "visa",
                        "last4": f"{d.rng.randint(0, 9999):04d}",
                        "exp": f"{d.rng.randint(1, 12):02d}/{d.rng.randint(26, 31)}",
                        "fingerprint": d.hex(16),
                    },
                },
                {
                    "id": d.ref("pm", 24),
                    "type": "sepa_debit",
                    "sepa_debit": {
                        "bank_code": "37040044",
                        "last4": f"{d.rng.randint(0, 9999):04d}",
                        "mandate": d.ref("mandate", 18),
                    },
                },
                {"id": d.ref("pm", 24), "type": "gift_card", "number": d.bad_card()},
            ],
        }
    )


def party_press_feed(d: Doc) -> Any:
    party = d.pick(pools.PARTIES[d.pick(("gb", "de", "es", "fr"))])
    return {
        "source": f"{party} press office",
        "items": [
            {"headline": h, "published": d.ts(), "url": f"https://press.example.org/{d.hex(8)}"}
            for h in d.rng.sample(
                [
                    f"{party} sets out housing plan",
                    "Manifesto launch moved to Thursday",
                    "Statement on the budget vote",
                    "Regional conference agenda published",
                ],
                2,
            )
        ],
        "screening_defaults": {"pep": False, "sanctions_list": "EU consolidated"},
    }


def crime_stats(d: Doc) -> Any:
    return {
        "dataset": "recorded-crime-by-district",
        "period": "2024-Q2",
        "rows": [
            {
                "district": dist,
                "burglary": d.rng.randint(5, 300),
                "vehicle_crime": d.rng.randint(5, 400),
                "violence": d.rng.randint(10, 900),
                "rate_per_1000": round(d.rng.uniform(20, 140), 2),
            }
            for dist in d.rng.sample(
                ["Northside", "Old Town", "Harbourfront", "Eastfield", "Kirchfeld"], 3
            )
        ],
    }


def shipping_rates(d: Doc) -> Any:
    return d.style(
        {
            "origin": {"postal_code": "48155", "country": "DE"},
            "destination": {
                "postal_code": d.pick(("75011", "28013", "SW1A", "10115")),
                "country": d.pick(("FR", "ES", "GB", "DE")),
            },
            "parcels": [{"weight_kg": round(d.rng.uniform(0.2, 20), 2), "dims_cm": [30, 20, 10]}],
            "rates": [
                {
                    "carrier": cr,
                    "service": "standard",
                    "amount": d.money(4, 40),
                    "eta_days": d.rng.randint(1, 6),
                }
                for cr in d.rng.sample(pools.CARRIERS, 3)
            ],
        }
    )


def warehouse_inventory(d: Doc) -> Any:
    return {
        "warehouse": "MUC-2",
        "gln": f"{d.rng.randint(10**12, 10**13 - 1)}",
        "snapshot": d.ts(),
        "bins": [
            {
                "bin": f"A{d.rng.randint(1, 40):02d}-{d.rng.randint(1, 9)}",
                "sku": d.hex(8).upper(),
                "qty": d.rng.randint(0, 500),
                "lot": f"L{d.rng.randint(100000, 999999)}",
            }
            for _ in range(4)
        ],
    }


def hr_aggregates(d: Doc) -> Any:
    return {
        "report": "workforce-diversity-2024",
        "population": d.rng.randint(300, 9000),
        "by_ethnicity_pct": {
            "Asian": 14.2,
            "Black": 8.9,
            "Hispanic or Latino": 17.5,
            "White": 52.1,
            "Not disclosed": 7.3,
        },
        "union_density_pct": round(d.rng.uniform(5, 60), 1),
        "sick_days_per_fte": round(d.rng.uniform(3, 12), 1),
        "note": "Aggregates only; groups under 10 people are suppressed.",
    }


def openapi_fragment(d: Doc) -> Any:
    return {
        "openapi": "3.1.0",
        "components": {
            "schemas": {
                "Customer": {
                    "type": "object",
                    "properties": {
                        "email": {"type": "string", "format": "email"},
                        "date_of_birth": {"type": "string", "format": "date"},
                        "ssn": {
                            "type": "string",
                            "pattern": "^\\d{3}-\\d{2}-\\d{4}$",
                            "writeOnly": True,
                        },
                        "iban": {"type": "string", "maxLength": 34},
                        "phone": {"type": "string"},
                    },
                    "required": ["email"],
                }
            }
        },
        "info": {"title": "Customers API", "version": d.version()},
    }


def i18n_bundle(d: Doc) -> Any:
    return {
        "locale": d.pick(("de-DE", "fr-FR", "es-ES")),
        "messages": {
            "form.email.label": "E-Mail-Adresse",
            "form.dob.label": "Geburtsdatum",
            "form.religion.help": "Angabe freiwillig, nur für die Kirchensteuer",
            "form.union.label": "Gewerkschaftsmitglied?",
            "checkout.card.placeholder": "1234 5678 9012 3456",
            "errors.iban.invalid": "Die IBAN ist ungültig.",
        },
    }


def transit_stops(d: Doc) -> Any:
    return {
        "feed": "gtfs-lite",
        "stops": [
            {
                "stop_id": d.hex(6),
                "name": n,
                "lat": round(la + d.rng.uniform(-0.05, 0.05), 3),
                "lon": round(lo + d.rng.uniform(-0.05, 0.05), 3),
                "wheelchair_boarding": 1,
            }
            for n, (_c, la, lo) in zip(
                ("Church Lane / High St", "Kirchplatz", "Plaza de la Iglesia"),
                d.rng.sample(pools.CITY_COORDS, 3),
                strict=True,
            )
        ],
    }


def marketplace_listing(d: Doc) -> Any:
    name, cat, price = d.pick(pools.PRODUCTS)
    return d.style(
        {
            "listing_id": d.hex(12),
            "title": f"{name} — like new",
            "category": cat,
            "price": price * 0.6,
            "condition": d.pick(("used_good", "like_new")),
            "location": {"city": d.city()[0], "radius_km": 10},
            "shipping": d.chance(0.5),
            "description": d.pick(
                (
                    "Barely used, original box.",
                    "Kaum benutzt, Abholung möglich.",
                    "Très bon état.",
                    "Como nuevo, sin arañazos.",
                )
            ),
        }
    )


def batch_job_clean(d: Doc) -> Any:
    return [
        {
            "job": d.uuid(),
            "queue": d.pick(("emails", "exports", "thumbnails")),
            "state": d.pick(("done", "failed", "retry")),
            "attempts": d.rng.randint(1, 5),
            "enqueued_at": d.epoch() * 1000,
            "error": d.pick((None, "TimeoutError", "ECONNRESET")),
        }
        for _ in range(d.rng.randint(2, 5))
    ]


def payout_report(d: Doc) -> Any:
    return {
        "report_type": "balance.summary.1",
        "interval": {"start": d.day(), "end": d.day()},
        "rows": [
            {
                "category": cat,
                "gross": d.money(0, 90000),
                "fee": d.money(0, 900),
                "count": d.rng.randint(0, 3000),
            }
            for cat in ("charge", "refund", "dispute", "payout")
        ],
    }


LOG_MESSAGES = ("job finished", "cache miss for key", "retrying upstream call", "flushed batch")


def app_log_clean(d: Doc) -> Any:
    return "\n".join(
        f"{d.ts()} {d.pick(('INFO', 'WARN', 'DEBUG'))} "
        f"[{d.pick(('worker', 'http', 'sched'))}-{d.rng.randint(1, 8)}] "
        f"{d.pick(LOG_MESSAGES)} "
        f"id={d.uuid()} took={d.rng.randint(1, 999)}ms"
        for _ in range(d.rng.randint(3, 6))
    )


def weather_obs(d: Doc) -> Any:
    name, lat, lon = d.city()
    return d.style(
        {
            "station": f"{name[:3].upper()}-{d.rng.randint(1, 9)}",
            "coord": {"lat": lat, "lon": lon},
            "obs_time": d.ts(),
            "temp_c": round(d.rng.uniform(-10, 35), 4),
            "pressure_hpa": round(d.rng.uniform(980, 1040), 1),
            "wind": {"speed_ms": round(d.rng.uniform(0, 20), 4), "deg": d.rng.randint(0, 359)},
        }
    )


def invoice_webhook_ids(d: Doc) -> Any:
    return {
        "id": d.ref("evt", 24),
        "type": "invoice.finalized",
        "data": {
            "object": {
                "id": d.ref("in", 24),
                "customer": d.ref("cus", 14),
                "amount_due": d.rng.randint(100, 90000),
                "currency": "eur",
                "status": "open",
                "lines": {"total_count": d.rng.randint(1, 9)},
                "hosted_invoice_url": f"https://invoice.example.com/i/{d.hex(24)}",
            }
        },
    }


def room_availability(d: Doc) -> Any:
    return {
        "building": "HQ Nord",
        "rooms": [
            {
                "room": f"{d.rng.randint(1, 6)}.{d.rng.randint(1, 30):02d}",
                "name": d.pick(("Fjord", "Atlas", "Union Square", "Kapelle", "Agora")),
                "capacity": d.rng.randint(2, 20),
                "free_slots": [d.ts() for _ in range(2)],
            }
            for _ in range(3)
        ],
    }
