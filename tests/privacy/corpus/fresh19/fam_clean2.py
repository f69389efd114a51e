"""Clean documents (part 2): catalogs, reference data, aggregates and look-alikes."""

from typing import Any

from .common import app, slug
from .doc import Doc, Json

TEMPLATES = {
    "en": ("Hi {{first_name}}, your order {{order_id}} is on its way!", "Your weekly summary"),
    "de": (
        "Hallo {{first_name}}, deine Bestellung {{order_id}} ist unterwegs!",
        "Dein Wochenrückblick",
    ),
    "fr": ("Bonjour {{first_name}}, votre commande {{order_id}} est en route !", "Votre résumé"),
    "es": ("Hola {{first_name}}, tu pedido {{order_id}} está en camino.", "Tu resumen semanal"),
}
OTC = [
    ("Ibuprofen 200 mg, 24 tablets", "pain relief"),
    ("Loratadine 10 mg, 30 tablets", "allergy relief"),
    ("Paracetamol 500 mg, 16 tablets", "pain relief"),
    ("Cetirizine 10 mg, 14 tablets", "allergy relief"),
    ("Omeprazole 20 mg, 14 capsules", "heartburn"),
]
FOODS = [
    ("Granola crunch 500 g", ["oats", "hazelnuts", "milk"]),
    ("Peanut butter cups", ["peanuts", "milk", "soy"]),
    ("Sesame bagels x4", ["wheat", "sesame"]),
]
GENES = [
    ("BRCA1", "17", 43044295, 43125364, "NM_007294.4"),
    ("CFTR", "7", 117287120, 117715971, "NM_000492.4"),
    ("MTHFR", "1", 11785723, 11806455, "NM_005957.5"),
    ("APOE", "19", 44905796, 44909393, "NM_000041.4"),
    ("HFE", "6", 26087281, 26098343, "NM_000410.4"),
]
PRESS = {
    "en": ["Party sets out plan for rail investment", "Manifesto launch moved to Thursday"],
    "de": [
        "Partei legt Plan für Bahninvestitionen vor",
        "Programmparteitag auf Donnerstag verschoben",
    ],
    "fr": ["Le parti présente son plan pour le rail", "Lancement du programme reporté à jeudi"],
    "es": [
        "El partido presenta su plan ferroviario",
        "La presentación del programa pasa al jueves",
    ],
}
PARTIES_PRESS = ["Green Party", "SPD", "Les Écologistes", "PSOE", "Liberal Democrats"]
BOOK_GENRES = [
    "Religion & Spirituality",
    "Health, Fitness & Dieting",
    "Politics & Social Sciences",
    "LGBTQ+ Fiction",
    "True Crime",
]


def isbn13(d: Doc) -> str:
    head = "978" + "".join(str(d.rng.randint(0, 9)) for _ in range(9))
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(head))
    return d.filler(head + str((10 - total % 10) % 10))


def crash_free_stats(d: Doc) -> Json:
    return {
        "project": slug(app(d, "social")),
        "releases": [
            {
                "version": d.version(),
                "crash_free_sessions": round(d.rng.uniform(0.95, 0.9999), 4),
                "crash_free_users": round(d.rng.uniform(0.95, 0.9999), 4),
                "adoption": round(d.rng.uniform(0, 1), 3),
            }
            for _ in range(3)
        ],
        "note": d.maybe_hardneg(),
    }


def push_campaign_stats(d: Doc) -> Json:
    sent = d.rng.randint(10000, 900000)
    return {
        "campaign": d.pick(["spring-sale", "streak-reminder", "weekly-digest"]),
        "sent": sent,
        "delivered": int(sent * 0.97),
        "opened": int(sent * d.rng.uniform(0.02, 0.2)),
        "ctr": round(d.rng.uniform(0.01, 0.09), 4),
        "note": d.maybe_hardneg(),
    }


def email_template_catalog(d: Doc) -> Json:
    body, subject = TEMPLATES[d.lang]
    return {
        "templates": [
            {
                "id": f"tpl_{d.hex(6)}",
                "subject": subject,
                "html": f"<p>{body}</p>",
                "variables": ["first_name", "order_id"],
            },
        ],
        "locale": d.locale(),
        "updated": d.ts(),
    }


def rrweb_meta_masked(d: Doc) -> Json:
    return [
        {
            "type": 4,
            "data": {"href": "https://app.example-bank.com/login", "width": 1280, "height": 800},
            "timestamp": d.epoch_ms(),
        },
        {
            "type": 3,
            "data": {"source": 5, "text": "*********", "isChecked": False, "id": 31},
            "timestamp": d.epoch_ms(),
        },
        {
            "type": 3,
            "data": {"source": 5, "text": "******@*****.***", "isChecked": False, "id": 29},
            "timestamp": d.epoch_ms(),
        },
        {
            "type": 3,
            "data": {"source": 2, "type": 2, "id": 40, "x": 640, "y": 420},
            "timestamp": d.epoch_ms(),
        },
    ]


def nps_aggregate(d: Doc) -> Json:
    dist = [d.rng.randint(10, 900) for _ in range(11)]
    return {
        "survey": "nps-q" + str(d.rng.randint(1, 4)),
        "responses": sum(dist),
        "distribution": dist,
        "nps": d.rng.randint(-20, 70),
        "themes": [{"theme": "performance", "share": round(d.rng.uniform(0.1, 0.4), 4)}],
        "highlight": d.maybe_hardneg(),
    }


def icd10_reference(d: Doc) -> Json:
    return {
        "codeset": "ICD-10-CM",
        "release": "2025",
        "codes": [
            {"code": "E11.9", "title": "Type 2 diabetes mellitus without complications"},
            {"code": "F32.1", "title": "Major depressive disorder, single episode, moderate"},
            {"code": "J45.909", "title": "Unspecified asthma, uncomplicated"},
        ][: d.rng.randint(2, 3)],
        "source": "reference-data-service",
    }


def otc_catalog(d: Doc) -> Json:
    items: list[dict[str, Any]] = [
        {"sku": d.hex(8), "name": n, "category": c, "price": round(d.rng.uniform(2, 15), 2)}
        for n, c in d.rng.sample(OTC, 3)
    ]
    foods = [{"sku": d.hex(8), "name": n, "allergens": a} for n, a in d.rng.sample(FOODS, 2)]
    return {"store": app(d, "pharmacy"), "otc": items, "grocery": foods, "currency": "EUR"}


def insurance_plan_catalog(d: Doc) -> Json:
    return {
        "plans": [
            {
                "id": f"plan-{d.hex(4)}",
                "name": "Bronze Health 6000",
                "metal": "bronze",
                "monthly_premium": round(d.rng.uniform(200, 400), 2),
                "covers": ["maternity", "mental health"],
            },
            {
                "id": f"plan-{d.hex(4)}",
                "name": "Gold Health 1000",
                "metal": "gold",
                "monthly_premium": round(d.rng.uniform(400, 800), 2),
                "covers": ["HIV PrEP", "diabetes care"],
            },
        ],
        "employer_line": {"description": "Employer health-plan premium", "amount": 180.0},
        "year": 2025,
        "note": d.maybe_hardneg(),
    }


def gene_reference_panel(d: Doc) -> Json:
    genes = d.rng.sample(GENES, 3)
    return {
        "assembly": "GRCh38",
        "genes": [
            {
                "symbol": s,
                "chrom": c,
                "start": int(d.filler(str(a))),
                "end": int(d.filler(str(b))),
                "mane_transcript": t,
            }
            for s, c, a, b, t in genes
        ],
        "source": "gene-reference-db",
    }


def genetic_algorithm_config(d: Doc) -> Json:
    return {
        "optimizer": "genetic_algorithm",
        "objective": "maximize_roas",
        "population_size": d.pick([50, 100, 200]),
        "generations": d.pick([100, 300, 500]),
        "mutation_rate": round(d.rng.uniform(0.01, 0.1), 4),
        "crossover": "uniform",
        "genome": ["bid_multiplier", "daypart", "creative_id"],
        "description": d.maybe_hardneg(),
    }


def party_press_feed(d: Doc) -> Json:
    return {
        "feed": "press",
        "items": [
            {"party": d.pick(PARTIES_PRESS), "headline": h, "published": d.ts()}
            for h in PRESS[d.lang]
        ],
    }


def eu_vat_registry(d: Doc) -> Json:
    return {
        "scheme": "VIES",
        "region": "European Union",
        "results": [
            {
                "vat": "DE" + d.filler(str(d.rng.randint(100000000, 399999999))),
                "valid": True,
                "company": "Northwind Analytics GmbH",
            },
            {
                "vat": "FR"
                + d.filler(f"{d.rng.randint(10, 99)}{d.rng.randint(100000000, 399999999)}"),
                "valid": True,
                "company": "Lumen Data SAS",
            },
        ],
        "note": d.maybe_hardneg(),
    }


def credit_union_rates(d: Doc) -> Json:
    return {
        "institution_type": "credit union",
        "products": [
            {"product": "share certificate 12m", "apy": round(d.rng.uniform(0.03, 0.05), 4)},
            {"product": "auto loan 60m", "apr": round(d.rng.uniform(0.05, 0.09), 4)},
        ],
        "as_of": d.ts()[:10],
        "note": d.maybe_hardneg(),
    }


def book_catalog(d: Doc) -> Json:
    return {
        "shelf": d.pick(BOOK_GENRES),
        "items": [
            {
                "isbn13": isbn13(d),
                "title": d.pick(["Quiet Hours", "The Long Road", "Small Rituals", "Open Doors"]),
                "publisher": d.pick(["Harbor Press", "Lindenverlag", "Éditions du Pont"]),
                "price": round(d.rng.uniform(8, 30), 2),
            }
            for _ in range(2)
        ],
        "note": d.maybe_hardneg() or "",
    }


def tls_fingerprint_log(d: Doc) -> Json:
    return {
        "edge": "pop-fra1",
        "ja3": d.hex(32),
        "ja4": f"t13d1516h2_{d.hex(12)}_{d.hex(12)}",
        "device_fingerprint": d.sha256(),
        "bot_score": d.rng.randint(1, 99),
        "verdict": d.pick(["human", "likely_bot"]),
        "note": d.maybe_hardneg(),
        "at": d.ts(),
    }


def face_match_result_only(d: Doc) -> Json:
    return {
        "verification_id": d.uuid(),
        "auth_method": d.pick(["fingerprint", "face_id"]),
        "face_match": {"score": round(d.rng.uniform(0.5, 0.99), 4), "threshold": 0.8},
        "liveness": {"score": round(d.rng.uniform(0.5, 0.99), 4), "passed": d.chance(0.8)},
        "device_fingerprint": d.sha256()[:32],
        "result": d.pick(["approved", "retry"]),
        "note": d.maybe_hardneg(),
    }


def pep_screening(d: Doc) -> Json:
    return {
        "screening_id": f"scr_{d.hex(10)}",
        "customer_ref": f"cus_{d.hex(12)}",
        "pep": False,
        "sanctions_hit": False,
        "adverse_media": d.chance(0.1),
        "lists": ["EU consolidated", "OFAC SDN", "UK HMT"],
        "checked": d.ts(),
    }


def sdk_changelog(d: Doc) -> Json:
    return {
        "sdk": d.pick(["analytics-ios", "analytics-android", "replay-web"]),
        "version": d.version(),
        "changes": [d.maybe_hardneg() or "Improved batching.", "Fixed a crash when offline."],
    }


def issue_grouping_stats(d: Doc) -> Json:
    return {
        "project": slug(app(d, "retail")),
        "issues": [
            {
                "fingerprint": d.hex(32),
                "title": t,
                "events_24h": d.rng.randint(1, 90000),
                "users_24h": d.rng.randint(1, 9000),
            }
            for t in [
                "TypeError: undefined is not a function",
                "NetworkError: timeout",
                "IllegalStateException: fragment not attached",
            ]
        ],
    }


def base64_asset_manifest(d: Doc) -> Json:
    return {
        "assets": [
            {
                "name": "icon-192.png",
                "integrity": f"sha384-{d.b64(48)}",
                "inline": f"data:image/png;base64,{d.b64(120)}",
            },
            {"name": "splash@2x.png", "integrity": f"sha384-{d.b64(48)}"},
        ],
        "manifest_version": d.rng.randint(2, 9),
    }


def avro_schema_registry(d: Doc) -> Json:
    return {
        "subject": "member-events-value",
        "version": d.rng.randint(1, 40),
        "schema": {
            "type": "record",
            "name": "MemberEvent",
            "fields": [
                {"name": "member_id", "type": "string"},
                {"name": "union_member", "type": ["null", "boolean"], "default": None},
                {"name": "religion", "type": ["null", "string"], "default": None},
                {"name": "amount", "type": ["null", "double", "long"]},
            ],
        },
    }


def warehouse_query_plan(d: Doc) -> Json:
    total, part, rows = (
        d.rng.randint(1000, 90000),
        d.rng.randint(100, 9000),
        d.rng.randint(10, 9999),
    )
    plan = (
        f"Append  (cost=0.00..{total}.00 rows={rows} width=48)\n"
        f"  ->  Seq Scan on events_2024  (cost=0.00..{part}.00 rows={rows} width=48)\n"
        f"  ->  Seq Scan on events_2025  (cost=0.00..{part}.00 rows={rows} width=48)"
    )
    return {"query_id": d.hex(12), "explain": plan, "note": "UNION ALL over yearly partitions"}


def destination_filters(d: Doc) -> Json:
    return {
        "destination": d.pick(["Facebook Conversions API", "Google Ads", "Braze"]),
        "filters": [
            {"if": "event = 'Logged Symptom'", "then": "drop_event"},
            {
                "if": "all",
                "then": "drop_properties",
                "fields": ["properties.religion", "traits.orientation", "context.ip"],
            },
        ],
        "enabled": True,
    }


def exchange_rates(d: Doc) -> Json:
    return {
        "base": "EUR",
        "date": d.ts()[:10],
        "rates": {
            "USD": round(d.rng.uniform(1.05, 1.12), 4),
            "GBP": round(d.rng.uniform(0.83, 0.87), 4),
            "CHF": round(d.rng.uniform(0.93, 0.98), 4),
            "JPY": round(d.rng.uniform(155, 170), 4),
        },
    }


def weather_coarse(d: Doc) -> Json:
    lat, lon = d.coarse()
    return {
        "location": {"lat": lat, "lon": lon, "name": d.city()},
        "current": {
            "temp_c": round(d.rng.uniform(-5, 32), 4),
            "humidity": round(d.rng.uniform(0.2, 0.9), 4),
        },
        "provider": "open-weather-proxy",
    }


def product_embeddings(d: Doc) -> Json:
    return {
        "index": "products-v7",
        "model": "text-embedding-small",
        "items": [
            {
                "sku": d.hex(8),
                "title": t,
                "embedding": [round(d.rng.uniform(-0.2, 0.2), 4) or 0.0101 for _ in range(16)],
            }
            for t in ["Yoga mat 6 mm", "Running socks", "Herbal tea sampler"]
        ],
    }
