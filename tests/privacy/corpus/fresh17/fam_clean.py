"""Clean families: mainstream traffic with no personal data, built from hard negatives."""

from __future__ import annotations

from . import validators as V
from .ctx import Ctx, restyle
from .text import NEG


def _ean(c: Ctx):
    while True:
        body = "40" + "".join(str(c.rng.randint(0, 9)) for _ in range(10))
        s = sum(int(d) * (1 if k % 2 == 0 else 3) for k, d in enumerate(body))
        ean = body + str((10 - s % 10) % 10)
        if not V.luhn_ok(ean):
            return c.neg("luhn", ean, "phone", "ean13")


def _epoch_ms(c: Ctx):
    while True:
        s = str(c.rng.randint(1704067200000, 1767225600000))
        if not V.luhn_ok(s):
            return c.neg("luhn", s, "phone", "epoch_ms")


GLOSSARY = {
    "health": (
        "What counts as health data?",
        "Information about a person's physical or mental health, such as diagnoses or medication.",
    ),
    "genetic": (
        "Was sind genetische Daten?",
        "Daten über ererbte oder erworbene genetische Eigenschaften, z. B. aus einer DNA-Analyse.",
    ),
    "biometric": (
        "Qu'est-ce qu'une donnée biométrique ?",
        (
            "Une donnée issue d'un traitement technique des caractéristiques physiques, comme une "
            "empreinte digitale."
        ),
    ),
    "religious_belief": (
        "¿Qué son las convicciones religiosas?",
        "Datos que revelan la religión o las creencias de una persona.",
    ),
    "trade_union": (
        "What is a trade union?",
        "An organisation of workers that negotiates pay and conditions with employers.",
    ),
    "criminal_record": (
        "Was ist ein Führungszeugnis?",
        "Eine behördliche Auskunft über Eintragungen im Bundeszentralregister.",
    ),
    "sex_life_orientation": (
        "Orientation sexuelle : définition",
        "L'attirance affective ou sexuelle d'une personne ; elle est distincte du genre.",
    ),
    "political_opinion": (
        "What is a political opinion?",
        "A view about government or public policy, for example support for a party.",
    ),
    "racial_ethnic_origin": (
        "¿Origen étnico o nacionalidad?",
        "El origen étnico no es lo mismo que la nacionalidad o la ciudadanía.",
    ),
}


def weather_api(c: Ctx, i: int):
    la, lo = c.coarse(2)
    c.hn("postal_address", "city_only")
    return {
        "location": {"name": c.city, "lat": la, "lon": lo, "tz": "Europe/Berlin"},
        "current": {
            "temp_c": round(c.rng.uniform(-3, 31), 1),
            "humidity": c.rng.randint(30, 95),
            "wind_kph": round(c.rng.uniform(0, 40), 1),
            "pressure_hpa": round(c.rng.uniform(990, 1030), 1),
        },
        "daily": [
            {
                "date": c.day(2025),
                "min_c": c.rng.randint(-5, 15),
                "max_c": c.rng.randint(15, 34),
                "precip_mm": round(c.rng.uniform(0, 12), 1),
                "uv_index": c.rng.randint(0, 9),
            }
            for _ in range(3)
        ],
        "alerts": [],
        "source": "dwd-icon-eu",
    }


def geocode_coarse(c: Ctx, i: int):
    res = []
    places = [
        ("10115 Berlin, Deutschland", 52.532, 13.385),
        ("69003 Lyon, France", 45.759, 4.857),
        ("28013 Madrid, España", 40.419, -3.707),
        ("Manchester M1, UK", 53.479, -2.236),
        ("20095 Hamburg, Deutschland", 53.551, 10.001),
    ]
    for _ in range(c.rng.randint(1, 3)):
        name, la, lo = c.pick(places)
        c.hn("precise_location", "coarse/3")
        res.append(
            {
                "formatted": name,
                "geometry": {"lat": la, "lng": lo},
                "confidence": c.rng.randint(5, 8),
                "components": {"_type": "postcode"},
            }
        )
    c.hn("postal_address", "city_only")
    return {"results": res, "status": {"code": 200, "message": "OK"}, "total_results": len(res)}


def grocery_catalog(c: Ctx, i: int):
    items = []
    for _k in range(3):
        it = {
            "gtin": _ean(c),
            "name": c.pick(
                [
                    "Hafer Drink Barista",
                    "Vollkorn Toast",
                    "Crème fraîche 30%",
                    "Chorizo picante",
                    "Falafel Mix",
                    "Dattel-Nuss-Riegel",
                ]
            ),
            "price": c.amount(1, 9),
            "allergens": c.pick([["gluten", "soy"], ["milk"], ["nuts", "sesame"], []]),
            "nutri_score": c.pick("ABCDE"),
            "image": f"https://cdn.brightcart.io/img/{c.hexs(10)}@2x.jpg",
        }
        items.append(it)
    c.hn("health", "food_allergens")
    c.hn("email", "asset_at_2x")
    items[0]["label_text"] = (
        c.neg_text("health")
        if i % 2 == 0
        else "Contains: wheat, barley. Made in a facility that handles nuts."
    )
    if i % 2 == 1:
        items[1]["certifications"] = ["halal", "EU organic"]
        c.hn("religious_belief", "halal_product")
    if i % 3 == 0:
        items[2]["category"] = "Health & Beauty"
    return {
        "data": items,
        "meta": {"page": i + 1, "per_page": 3},
        "links": {"next": f"/v1/catalog?page={i + 2}"},
    }


def otc_catalog(c: Ctx, i: int):
    c.hn("health", "otc_catalog")
    prods = [
        {
            "sku": c.sku(),
            "name": n,
            "form": f,
            "pack": pk,
            "indication": ind,
            "price": c.amount(3, 19),
        }
        for n, f, pk, ind in c.rng.sample(
            [
                ("Ibuprofen 400", "tablet", "20", "headache, fever"),
                ("Loratadin 10 mg", "tablet", "7", "hay fever"),
                ("Paracetamol 500", "tablet", "10", "pain, fever"),
                ("Nasenspray Xylometazolin", "spray", "10 ml", "blocked nose"),
                ("Omeprazol 20 mg", "capsule", "14", "heartburn"),
                ("Dexpanthenol Salbe", "ointment", "50 g", "dry skin"),
            ],
            3,
        )
    ]
    return {
        "category": "otc",
        "products": prods,
        "disclaimer": "Read the leaflet. Ask your pharmacist if symptoms persist.",
    }


def service_health(c: Ctx, i: int):
    c.hn("health", "service_health")
    return {
        "status": c.pick(["pass", "warn"]),
        "version": c.pick(["1", "2"]),
        "releaseId": c.pick(["2.14.0", "3.0.1"]),
        "checks": {
            "postgres:responseTime": [
                {
                    "componentType": "datastore",
                    "observedValue": c.rng.randint(2, 90),
                    "observedUnit": "ms",
                    "status": "pass",
                }
            ],
            "redis:ping": [{"status": "pass"}],
            "uptime": [{"observedValue": c.rng.randint(3600, 900000), "status": "pass"}],
        },
        "notes": [c.neg_text("health") if i % 2 == 0 else "Nightly health check completed."],
    }


def game_telemetry(c: Ctx, i: int):
    c.hn("health", "game_health")
    c.hn("racial_ethnic_origin", "game_race")
    return {
        "match_id": c.uuid(),
        "map": c.pick(["Frostpeak", "Dune Sea"]),
        "players": [
            {
                "player_id": "p_" + c.hexs(8),
                "character": {
                    "class": c.pick(["ranger", "mage"]),
                    "race": c.pick(["Dwarf", "Elf", "Orc"]),
                    "health": c.rng.randint(0, 100),
                    "max_health": 100,
                    "mana": c.rng.randint(0, 80),
                },
                "kills": c.rng.randint(0, 12),
            }
            for _ in range(3)
        ],
        "duration_s": c.rng.randint(300, 2400),
    }


def insurance_plans(c: Ctx, i: int):
    c.hn("health", "plan_catalog")
    return {
        "plans": [
            {
                "id": f"PLAN-{c.randstr(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ', 0)}",
                "name": n,
                "monthly_premium": c.amount(20, 300),
                "covers": cov,
                "deductible": c.rng.randint(0, 2000),
            }
            for n, cov in [
                ("Health Basic", ["GP visits", "hospital stay"]),
                (
                    "Health Plus",
                    ["GP visits", "hospital stay", "physiotherapy", "mental health counselling"],
                ),
                ("Dental Care", ["check-ups", "fillings"]),
            ]
        ],
        "notes": c.neg_text("health"),
    }


def gene_reference(c: Ctx, i: int):
    c.hn("genetic", "gene_reference")
    genes = c.rng.sample(
        [
            ("BRCA1", "17"),
            ("CFTR", "7"),
            ("APOE", "19"),
            ("MTHFR", "1"),
            ("HFE", "6"),
            ("CYP2D6", "22"),
            ("TP53", "17"),
        ],
        3,
    )
    out = []
    for sym, chrom in genes:
        start = c.neg(None, str(c.rng.randint(10_000_000, 99_000_000)), "phone", "genomic_position")
        out.append(
            {
                "symbol": sym,
                "chromosome": chrom,
                "start": int(start),
                "strand": c.pick(["+", "-"]),
                "assembly": "GRCh38",
                "biotype": "protein_coding",
            }
        )
    return {"genes": out, "release": "113", "description": c.neg_text("genetic")}


def ml_config(c: Ctx, i: int):
    c.hn("genetic", "genetic_algorithm")
    return restyle(
        {
            "optimizer": {
                "type": "genetic_algorithm",
                "population_size": c.pick([50, 100, 200]),
                "mutation_rate": c.pick([0.01, 0.02, 0.05]),
                "crossover": "uniform",
                "selection": "tournament",
                "generations": 300,
            },
            "objective": "minimize_delivery_time",
            "seed": c.rng.randint(1, 9999),
            "notes": NEG["genetic"][0],
        },
        c.pick(["snake", "camel"]),
    )


def tls_inventory(c: Ctx, i: int):
    c.hn("biometric", "tls_ssh_fingerprint")
    c.hn("credential", "certificate")
    body = "\n".join(
        c.randstr(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 3)
        for _ in range(3)
    )
    return {
        "hosts": [
            {
                "host": c.pick(["api.kestrel-labs.com", "shop.brightcart.io", "cdn.pixelhof.de"]),
                "port": 443,
                "tls": {
                    "version": "TLS1.3",
                    "ja3": c.hexs(32),
                    "cert_sha256": c.sha(64),
                    "certificate": (
                        f"-----BEGIN CERTIFICATE-----\n{body}\n-----END CERTIFICATE-----"
                    ),
                    "not_after": c.day(2026),
                },
                "ssh_host_key": {
                    "type": "ed25519",
                    "fingerprint": "SHA256:"
                    + c.randstr(
                        43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 3
                    ),
                    "public_key": c.pubkey(),
                },
            }
        ],
        "scanned_at": c.ts(),
        "note": NEG["biometric"][1],
    }


def product_embeddings(c: Ctx, i: int):
    c.hn("biometric", "text_embedding")
    c.hn("precise_location", "non_coordinate_decimals")
    return {
        "query": c.pick(["waterproof hiking boots", "wollmantel damen", "robe d'été"]),
        "model": "text-embedding-small",
        "hits": [
            {"sku": c.sku(), "score": round(c.rng.uniform(0.6, 0.95), 4), "vector": c.embedding(8)}
            for _ in range(3)
        ],
    }


def restaurant_search(c: Ctx, i: int):
    c.hn("racial_ethnic_origin", "ethnic_cuisine")
    c.hn("political_opinion", "party_size")
    la, lo = c.coarse(3)
    return {
        "filters": {
            "cuisine": "ethnic",
            "party_size": c.rng.randint(2, 10),
            "near": {"lat": la, "lon": lo},
        },
        "results": [
            {
                "id": c.hexs(10),
                "name": n,
                "cuisine": cu,
                "rating": round(c.rng.uniform(3.5, 4.9), 1),
                "price_level": c.rng.randint(1, 3),
            }
            for n, cu in c.rng.sample(
                [
                    ("Addis Kitchen", "Ethiopian"),
                    ("Beirut Grill", "Lebanese"),
                    ("Pho Hanoi", "Vietnamese"),
                    ("Taquería Luz", "Mexican"),
                    ("Kimchi Haus", "Korean"),
                ],
                3,
            )
        ],
        "banner": NEG["racial_ethnic_origin"][0],
    }


def visa_requirements(c: Ctx, i: int):
    c.hn("racial_ethnic_origin", "nationality")
    c.hn("passport", "passport_required_flag")
    nat = c.pick(["DE", "FR", "ES", "GB", "US", "IN"])
    return {
        "nationality": nat,
        "destination": c.pick(["JP", "US", "TH", "BR"]),
        "visa_required": c.pick([True, False]),
        "passport_required": True,
        "passport_validity_months": 6,
        "max_stay_days": 90,
        "info": NEG["racial_ethnic_origin"][1],
    }


def news_feed(c: Ctx, i: int):
    kinds = ["political_opinion", "trade_union", "criminal_record", "health"]
    news = {
        "political_opinion": [0, 3, 4, 5],
        "trade_union": [5, 6],
        "criminal_record": [0, 6],
        "health": [3, 6],
    }
    arts = []
    for k in kinds[i % 2 : i % 2 + 3]:
        arts.append(
            {
                "id": c.hexs(10),
                "headline": c.neg_text(k, news[k]),
                "section": {
                    "political_opinion": "politics",
                    "trade_union": "economy",
                    "criminal_record": "local",
                    "health": "health",
                }[k],
                "published": c.ts(),
            }
        )
    return {"articles": arts, "next": f"https://news.example.org/api/feed?after={c.b64(12)}"}


def party_press(c: Ctx, i: int):
    c.hn("political_opinion", "party_press_feed")
    return {
        "feed": c.pick(["press.gruene.example", "press.partido.example", "presse.parti.example"]),
        "items": [
            {
                "title": c.pick(
                    [
                        "Statement on the federal budget",
                        "Pressemitteilung: Mietpreisbremse verlängern",
                        "Communiqué : notre position sur la réforme des retraites",
                        "Nota de prensa: propuesta de vivienda",
                    ]
                ),
                "date": c.day(2025),
                "body": c.neg_text("political_opinion"),
            }
            for _ in range(2)
        ],
    }


def book_catalog(c: Ctx, i: int):
    c.hn("religious_belief", "book_genre")
    books = [
        {
            "isbn": (
                f"978-3-{c.rng.randint(10, 99)}-{c.rng.randint(100000, 999999)}"
                f"-{c.rng.randint(0, 9)}"
            ),
            "title": t,
            "genre": g,
            "publisher": pu,
            "price": c.amount(9, 35),
        }
        for t, g, pu in c.rng.sample(
            [
                ("The Quiet Path", "Religion & Spirituality", "Lantern House"),
                ("Stillness and Prayer", "Religion & Spirituality", "Lantern House"),
                ("Bread at Home", "Cooking", "Ovenbird Press"),
                ("Mountains of the North", "Travel", "Compass Books"),
                ("Learn SQL in a Week", "Computing", "Bytewise"),
            ],
            3,
        )
    ]
    c.hn("phone", "isbn")
    return {
        "list": "bestsellers",
        "week": f"2025-W{c.rng.randint(10, 50)}",
        "books": books,
        "blurb": NEG["religious_belief"][0],
    }


def holiday_calendar(c: Ctx, i: int):
    c.hn("religious_belief", "holiday_calendar")
    return {
        "country": c.pick(["DE", "FR", "ES"]),
        "year": 2025,
        "holidays": [
            {"date": "2025-04-18", "name": "Karfreitag / Good Friday", "type": "public"},
            {"date": "2025-04-21", "name": "Easter Monday", "type": "public"},
            {"date": "2025-03-30", "name": "Eid al-Fitr", "type": "observance"},
            {"date": "2025-12-25", "name": "Christmas Day", "type": "public"},
        ],
        "store_notice": NEG["religious_belief"][1],
    }


def sql_log(c: Ctx, i: int):
    c.hn("trade_union", "sql_union")
    return {
        "slow_queries": [
            {
                "duration_ms": c.rng.randint(800, 9000),
                "rows": c.rng.randint(1, 40000),
                "sql": c.pick(
                    [
                        (
                            "SELECT id, total FROM orders WHERE status = $1 UNION ALL SELECT id, "
                            "total FROM orders_archive WHERE status = $1"
                        ),
                        (
                            "SELECT sku FROM stock_de UNION SELECT sku FROM stock_fr ORDER BY sku "
                            "LIMIT 500"
                        ),
                        (
                            "SELECT email_hash FROM newsletter UNION SELECT email_hash FROM "
                            "unsubscribed"
                        ),
                    ]
                ),
                "db": "shop",
            }
        ],
        "window": {"from": c.ts(), "to": c.ts()},
    }


def graphql_schema(c: Ctx, i: int):
    c.hn("trade_union", "graphql_union")
    return {
        "data": {
            "__schema": {
                "types": [
                    {
                        "kind": "UNION",
                        "name": "SearchResult",
                        "possibleTypes": [{"name": "Product"}, {"name": "Category"}],
                    },
                    {
                        "kind": "OBJECT",
                        "name": "Product",
                        "fields": [{"name": "id"}, {"name": "title"}, {"name": "price"}],
                    },
                    {
                        "kind": "UNION",
                        "name": c.pick(["PaymentOutcome", "ShipmentEvent"]),
                        "possibleTypes": [{"name": "Success"}, {"name": "Failure"}],
                    },
                ]
            }
        },
        "sdl": NEG["trade_union"][1],
    }


def bank_directory(c: Ctx, i: int):
    c.hn("trade_union", "credit_union")
    return {
        "institutions": [
            {"name": "Riverside Federal Credit Union", "type": "credit_union", "bic": c.bic()},
            {"name": "Volksbank Mittelhessen eG", "type": "cooperative_bank", "bic": c.bic()},
            {"name": "Caixa Popular", "type": "credit_cooperative", "bic": c.bic()},
        ],
        "note": NEG["trade_union"][3],
        "updated": c.day(2025),
    }


def crime_stats(c: Ctx, i: int):
    c.hn("criminal_record", "crime_statistics")
    return {
        "district": c.pick(["Mitte", "Kreuzberg", "3e arrondissement", "Centro"]),
        "period": f"2025-Q{c.rng.randint(1, 4)}",
        "offences": {
            "burglary": c.rng.randint(10, 200),
            "bicycle_theft": c.rng.randint(50, 600),
            "assault": c.rng.randint(5, 90),
        },
        "trend_pct": round(c.rng.uniform(-15, 10), 1),
        "summary": c.neg_text("criminal_record"),
    }


def fashion_catalog(c: Ctx, i: int):
    c.hn("sex_life_orientation", "unisex_pride_catalog")
    c.hn("email", "asset_at_2x")
    return {
        "collection": c.pick(["Pride 2025", "Essentials", "Summer Linen"]),
        "products": [
            {
                "sku": c.sku(),
                "name": n,
                "fit": f,
                "sizes": ["XS", "S", "M", "L", "XL"],
                "price": c.amount(15, 90),
                "images": [
                    f"{n.lower().replace(' ', '-')}@2x.webp",
                    f"{n.lower().replace(' ', '-')}@3x.webp",
                ],
            }
            for n, f in [
                ("Rainbow Tee", "unisex"),
                ("Linen Shirt", "women"),
                ("Canvas Tote", "unisex"),
            ]
        ],
        "copy": c.neg_text("sex_life_orientation"),
    }


def fx_rates(c: Ctx, i: int):
    c.hn("precise_location", "exchange_rates")
    return {
        "base": "EUR",
        "date": c.day(2025),
        "rates": {
            k: round(c.rng.uniform(lo, hi), 4)
            for k, lo, hi in [
                ("USD", 1.05, 1.15),
                ("GBP", 0.83, 0.88),
                ("CHF", 0.93, 0.97),
                ("PLN", 4.2, 4.4),
                ("SEK", 11.0, 11.6),
            ]
        },
    }


def jwks(c: Ctx, i: int):
    c.hn("credential", "jwks_public")
    return {
        "keys": [
            {
                "kty": "RSA",
                "use": "sig",
                "alg": "RS256",
                "kid": c.hexs(16),
                "e": "AQAB",
                "n": c.randstr(
                    342, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 3
                ),
            }
            for _ in range(2)
        ]
    }


def security_policy(c: Ctx, i: int):
    c.hn("credential", "password_policy")
    c.hn("biometric", "faceid_supported")
    return {
        "password_policy": {
            "min_length": 12,
            "require_symbol": True,
            "max_age_days": 0,
            "breached_password_check": True,
        },
        "mfa": {"methods": ["totp", "webauthn", "sms"], "platform_biometrics": "allowed"},
        "sso": {"client_secret": None},
        "help": NEG["biometric"][2],
    }


def lockfile(c: Ctx, i: int):
    c.hn("email", "package_pin_and_asset")
    return {
        "dependencies": {
            "lodash@4.17.21": {"integrity": "sha512-" + c.b64(86)},
            "react@18.3.1": {"integrity": "sha512-" + c.b64(86)},
            "@babel/core@7.24.5": {"integrity": "sha512-" + c.b64(86)},
        },
        "assets": ["logo@2x.png", "hero@3x.webp", "icons/cart@2x.svg"],
    }


def sales_dashboard(c: Ctx, i: int):
    c.hn("date_of_birth", "created_at")
    return {
        "generated_at": c.ts(2025),
        "range": {"from_ms": int(_epoch_ms(c)), "to_ms": int(_epoch_ms(c))},
        "kpis": {
            "orders": c.rng.randint(100, 9000),
            "revenue": c.rng.randint(10000, 900000),
            "aov": c.amount(20, 90),
        },
        "top_orders": [
            {"number": c.ref("BC", 6), "total": c.amount(200, 900), "created_at": c.ts()}
            for _ in range(2)
        ],
    }


def course_catalog(c: Ctx, i: int):
    c.hn("criminal_record", "course_criminal_law")
    c.hn("genetic", "course_genetics")
    return {
        "courses": [
            {"code": "LAW-214", "title": "Introduction to Criminal Law", "ects": 5},
            {
                "code": "BIO-110",
                "title": "Genetics 101",
                "ects": 5,
                "description": NEG["genetic"][3],
            },
            {"code": "SOC-220", "title": "Religion and Society", "ects": 3},
        ],
        "term": "2025-fall",
    }


def podcast_catalog(c: Ctx, i: int):
    c.hn("criminal_record", "true_crime")
    c.hn("religious_belief", "podcast_category")
    return {
        "shows": [
            {
                "id": c.hexs(8),
                "title": c.pick(["Cold Cases Europe", "Affaires classées"]),
                "category": "True Crime",
                "description": NEG["criminal_record"][5],
            },
            {"id": c.hexs(8), "title": "Faith & Form", "category": "Religion & Spirituality"},
        ],
        "region": c.pick(["DE", "FR", "ES"]),
    }


def church_tax_rates(c: Ctx, i: int):
    c.hn("religious_belief", "church_tax_rates")
    return {
        "kirchensteuer_saetze": {
            "Bayern": 8,
            "Baden-Württemberg": 8,
            "Berlin": 9,
            "Hamburg": 9,
            "Nordrhein-Westfalen": 9,
        },
        "kappung": {"Berlin": 3.0, "Hamburg": 3.0},
        "hinweis": NEG["religious_belief"][2],
        "stand": c.day(2025),
    }


def device_fleet(c: Ctx, i: int):
    c.hn("health", "battery_health")
    c.hn("ip_address", "version_string")
    return {
        "devices": [
            {
                "serial": f"SN-{c.randstr(8, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 3)}",
                "model": c.pick(["Scanner X2", "Tablet T8"]),
                "os_version": c.pick(["10.2.0.4", "11.0.1.7", "9.4.2.1"]),
                "battery_health": c.pick(["good", "degraded"]),
                "last_sync": c.ts(),
            }
            for _ in range(3)
        ]
    }


def anon_cart(c: Ctx, i: int):
    return {
        "cart": {
            "id": c.uuid(),
            "session": c.hexs(24),
            "currency": "EUR",
            "items": [
                {"sku": c.sku(), "qty": c.rng.randint(1, 3), "price": c.amount(5, 80)}
                for _ in range(c.rng.randint(1, 3))
            ],
            "coupon": c.pick([None, "SPRING10", "WELCOME5"]),
            "saved_payment": {"brand": "mastercard", "last4": c.last4()},
        }
    }


def segment_report(c: Ctx, i: int):
    c.hn("political_opinion", "segment_name")
    c.hn("sex_life_orientation", "segment_name")
    return {
        "segments": [
            {"name": "Pride campaign audience", "size": c.rng.randint(1000, 90000)},
            {"name": "Conservative investors", "size": c.rng.randint(1000, 90000)},
            {"name": "Lapsed 90d", "size": c.rng.randint(1000, 90000)},
        ],
        "computed_at": c.ts(),
    }


def job_advert(c: Ctx, i: int):
    for k in ("racial_ethnic_origin", "religious_belief", "sex_life_orientation", "trade_union"):
        c.hn(k, "eeo_statement")
    return {
        "job": {
            "title": c.pick(
                ["Warehouse Associate (m/w/d)", "Customer Support Agent", "Data Engineer"]
            ),
            "location": c.pick(["Hamburg", "Lyon", "Remote"]),
            "description": "You will process inbound goods and keep the stock system accurate.",
            "benefits": [
                "Company pension",
                "Bike leasing",
                "Collective agreement (Tarifvertrag) applies",
            ],
            "eeo": (
                "We welcome applications regardless of race, ethnicity, religion, sexual "
                "orientation, disability or union membership."
            ),
            "apply_url": f"https://jobs.brightcart.io/{c.hexs(10)}",
        }
    }


def faq_glossary(c: Ctx, i: int):
    kinds = [
        "health",
        "genetic",
        "biometric",
        "religious_belief",
        "trade_union",
        "criminal_record",
        "sex_life_orientation",
        "political_opinion",
        "racial_ethnic_origin",
    ]
    ks = [kinds[(i * 3 + k) % 9] for k in range(3)]
    for k in ks:
        c.hn(k, "glossary_definition")
    return {
        "faq": [{"q": GLOSSARY[k][0], "a": GLOSSARY[k][1]} for k in ks],
        "locale": c.pick(["en", "de", "fr", "es"]),
    }


def eu_vat_check(c: Ctx, i: int):
    c.hn("trade_union", "european_union")
    vat = c.vat_id()
    return {
        "countryCode": vat[:2],
        "vatNumber": vat,
        "valid": True,
        "requestDate": c.day(2025),
        "name": "---",
        "address": "---",
        "note": NEG["trade_union"][2],
    }


def transit_api(c: Ctx, i: int):
    la, lo = c.coarse(3)
    return {
        "stop": {
            "id": f"stop:{c.rng.randint(100, 999)}",
            "name": f"{c.city} - {c.pick(['Hauptbahnhof', 'Centre', 'Centro', 'Central'])}",
            "lat": la,
            "lon": lo,
        },
        "departures": [
            {
                "line": c.pick(["U2", "S5", "T1"]),
                "dir": c.pick(["Pankow", "Ruhleben"]),
                "planned": c.ts(2025),
                "delay_s": c.rng.randint(0, 400),
            }
            for _ in range(3)
        ],
    }


def diversity_report(c: Ctx, i: int):
    c.hn("racial_ethnic_origin", "aggregate_stats")
    c.hn("sex_life_orientation", "aggregate_stats")
    return {
        "report": "Diversity & Inclusion 2024",
        "headcount": c.rng.randint(200, 4000),
        "representation_pct": {
            "women": round(c.rng.uniform(30, 55), 1),
            "under_represented_ethnic_groups": round(c.rng.uniform(8, 30), 1),
            "lgbtq_self_reported": round(c.rng.uniform(3, 9), 1),
        },
        "statement": "Figures are aggregated; groups below 10 people are not reported.",
    }


def error_clean(c: Ctx, i: int):
    return {
        "error": {
            "status": c.pick([500, 503, 404]),
            "code": c.pick(["upstream_timeout", "not_found", "maintenance"]),
            "message": c.pick(
                [
                    "Payment provider did not respond in time",
                    "Resource not found",
                    "Scheduled maintenance",
                ]
            ),
            "trace_id": c.hexs(32),
            "docs": "https://developer.brightcart.io/errors",
        }
    }


FAMILIES = [
    ("weather_api", weather_api, 5),
    ("geocode_coarse", geocode_coarse, 4),
    ("grocery_catalog", grocery_catalog, 6),
    ("otc_catalog", otc_catalog, 4),
    ("service_health", service_health, 5),
    ("game_telemetry", game_telemetry, 4),
    ("insurance_plans", insurance_plans, 4),
    ("gene_reference", gene_reference, 4),
    ("ml_config", ml_config, 4),
    ("tls_inventory", tls_inventory, 4),
    ("product_embeddings", product_embeddings, 4),
    ("restaurant_search", restaurant_search, 4),
    ("visa_requirements", visa_requirements, 4),
    ("news_feed", news_feed, 5),
    ("party_press", party_press, 3),
    ("book_catalog", book_catalog, 4),
    ("holiday_calendar", holiday_calendar, 3),
    ("sql_log", sql_log, 4),
    ("graphql_schema", graphql_schema, 3),
    ("bank_directory", bank_directory, 3),
    ("crime_stats", crime_stats, 4),
    ("fashion_catalog", fashion_catalog, 4),
    ("fx_rates", fx_rates, 4),
    ("jwks", jwks, 4),
    ("security_policy", security_policy, 3),
    ("lockfile", lockfile, 3),
    ("sales_dashboard", sales_dashboard, 4),
    ("course_catalog", course_catalog, 4),
    ("podcast_catalog", podcast_catalog, 3),
    ("church_tax_rates", church_tax_rates, 3),
    ("device_fleet", device_fleet, 4),
    ("anon_cart", anon_cart, 4),
    ("segment_report", segment_report, 3),
    ("job_advert", job_advert, 4),
    ("faq_glossary", faq_glossary, 4),
    ("eu_vat_check", eu_vat_check, 3),
    ("transit_api", transit_api, 3),
    ("diversity_report", diversity_report, 3),
    ("error_clean", error_clean, 3),
]
