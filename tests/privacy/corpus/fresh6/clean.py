"""Clean families: hard negatives that look sensitive but carry no kind."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Callable
from typing import Any

from .gen import Ctx, rid, safe_token, ts
from .texts import CLEAN_TEXT


def _hex(c: Ctx, n: int) -> str:
    return safe_token(c.rng, n, "abcdef0123456789")


def service_health(c: Ctx) -> Any:
    return {
        "status": c.pick(["UP", "degraded", "pass"]),
        "checks": {
            "db": {"status": "UP", "latencyMs": c.rng.randint(2, 40)},
            "health": "ok",
            "redis": {"status": "UP"},
        },
        "version": f"{c.rng.randint(1, 9)}.{c.rng.randint(0, 30)}.{c.rng.randint(0, 9)}",
        "uptime_s": c.rng.randint(100, 9000),
    }


def sql_union(c: Ctx) -> Any:
    return {
        "query_id": rid(c.rng, "q_"),
        "sql": c.pick(
            [
                "SELECT sku, qty FROM stock_eu UNION ALL SELECT sku, qty FROM stock_uk",
                "select id from a union select id from b where region = 'DE'",
            ]
        ),
        "duration_ms": 41,
        "rows": 1200,
    }


def graphql_union(c: Ctx) -> Any:
    return {
        "data": {
            "__schema": {
                "types": [
                    {
                        "kind": "UNION",
                        "name": "SearchResult",
                        "possibleTypes": [{"name": "Product"}, {"name": "Category"}],
                    },
                    {"kind": "OBJECT", "name": "Order"},
                ]
            }
        },
        "avro": {"type": ["null", "string"], "doc": "union type for optional field"},
    }


def eu_trade(c: Ctx) -> Any:
    return {
        "dataset": "intra-EU exports",
        "region": "European Union",
        "rows": [{"country": "DE", "value_eur_m": round(c.rng.uniform(1000, 9000), 1)}],
        "source": "statistics office",
        "note": "credit union sector excluded",
    }


def credit_union_product(c: Ctx) -> Any:
    return {
        "provider": "Lakeshore Credit Union",
        "product": "Share Certificate 12m",
        "apy": 0.0415,
        "minDeposit": 500,
        "fees": [],
    }


def book_catalog(c: Ctx) -> Any:
    return {
        "items": [
            {
                "isbn": c.pick(["978-3-16-148410-0", "978-0-306-40615-7", "978-84-376-0494-7"]),
                "title": c.pick(
                    ["Pilgrim Paths", "Quiet Faiths of the North", "Desert Monasteries"]
                ),
                "genre": c.pick(["Religion & Spirituality", "Religión", "Religion / Christentum"]),
                "price": 18.9,
            }
        ]
    }


def street_names(c: Ctx) -> Any:
    return {
        "gazetteer": [
            {
                "street": c.pick(
                    ["Church Lane", "Calle de la Iglesia", "Kirchgasse", "Rue de l'Église"]
                ),
                "district": "Centro",
                "segment_count": 12,
            }
        ],
        "coarse": {
            "lat": round(c.rng.uniform(40, 52), c.rng.randint(1, 3)),
            "lon": round(c.rng.uniform(-3, 12), c.rng.randint(1, 3)),
        },
    }


def game_state(c: Ctx) -> Any:
    return {
        "player": {
            "handle": "xX_" + safe_token(c.rng, 6, "abcdefghij") + "_Xx",
            "health": c.rng.randint(0, 100),
            "mana": 40,
            "class": "paladin",
            "faction": "Order of the Dawn",
        },
        "pos": {"x": round(c.rng.uniform(0, 900), 4), "y": round(c.rng.uniform(0, 900), 4)},
    }


def gene_reference(c: Ctx) -> Any:
    return {
        "assembly": "GRCh38",
        "genes": [
            {"symbol": g, "chrom": ch, "start": st}
            for g, ch, st in (
                ("BRCA1", "17", "43044295"),
                ("TP53", "17", "7661779"),
                ("APOE", "19", "44905796"),
            )
        ],
    }


def ga_config(c: Ctx) -> Any:
    return {
        "optimizer": "genetic_algorithm",
        "population": 200,
        "mutation_rate": 0.0125,
        "crossover": "uniform",
        "fitness": "route_cost",
    }


def tls_fingerprint(c: Ctx) -> Any:
    return {
        "host": "api.internal",
        "tls": {
            "sha256_fingerprint": ":".join(_hex(c, 2).upper() for _ in range(16)),
            "ja3": _hex(c, 32),
        },
        "ssh_host_key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA" + safe_token(c.rng, 40),
        "auth": {"method": "fingerprint", "result": "success", "matchScore": 0.91},
    }


def public_keys(c: Ctx) -> Any:
    return {
        "keys": [
            {
                "kty": "RSA",
                "kid": _hex(c, 16),
                "use": "sig",
                "n": safe_token(
                    c.rng, 86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"
                ),
                "e": "AQAB",
            }
        ],
        "pem": "-----BEGIN PUBLIC KEY-----\n"
        + safe_token(c.rng, 64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz+/")
        + "\n-----END PUBLIC KEY-----",
    }


def masked_secrets(c: Ctx) -> Any:
    return {
        "integration": "stripe",
        "secret_key": c.pick(["sk_live_****************", "[REDACTED]", "********", None]),
        "password": c.pick(["********", "", None]),
        "envFrom": {"secretKeyRef": {"name": "stripe-creds", "key": "api-key"}},
        "password_policy": {"minLength": 12, "requireSymbol": True},
        "password_hash": "$argon2id$v=19$m=65536,t=3,p=4$"
        + safe_token(c.rng, 22)
        + "$"
        + safe_token(c.rng, 43),
    }


def commit_info(c: Ctx) -> Any:
    return {
        "repo": "billing-service",
        "sha": hashlib.sha1(safe_token(c.rng, 10).encode()).hexdigest(),
        "tag": f"v{c.rng.randint(1, 5)}.{c.rng.randint(0, 20)}.{c.rng.randint(0, 9)}",
        "deps": ["lodash@4.17.21", "react@18.3.1"],
        "assets": ["logo@2x.png", "hero@3x.webp"],
        "uuid": "9f1c2e4a-7b3d-4c8e-a1f2-3d4e5f6a7b8c",
    }


def failing_numbers(c: Ctx) -> Any:
    return {
        "validationErrors": [
            {"field": "iban", "code": "checksum_mismatch", "value": c.bad_iban()},
            {"field": "cardNumber", "code": "luhn_failed", "value": c.bad_card()},
        ],
        "requestId": rid(c.rng, "req_"),
    }


def order_refs(c: Ctx) -> Any:
    return {
        "orderRef": c.bad_card(),
        "ean": c.pick(["4006381333931", "8412345678905"]),
        "card_last4": f"{c.rng.randint(1000, 9999)}",
        "token": "pm_" + safe_token(c.rng, 24),
        "bic": c.pick(["DEUTDEFFXXX", "BNPAFRPPXXX", "CAIXESBBXXX"]),
        "vat": c.pick(["DE" + "81" + "3495" + "170", "FR40303265045", "ESB12345674"]),
    }


def food_allergens(c: Ctx) -> Any:
    return {
        "product": c.pick(["Hafer-Cookies", "Galletas de avena", "Sablés au beurre"]),
        "allergens": ["gluten", "milk", "nuts"],
        "may_contain": ["soy"],
        "kcal_100g": 470,
    }


def otc_catalog(c: Ctx) -> Any:
    return {
        "catalog": [
            {
                "name": "Ibuprofen 400 Filmtabletten",
                "pzn": "0" + "".join(str(c.rng.randint(0, 9)) for _ in range(7)),
                "indication": "headache, fever",
                "rx": False,
            },
            {"name": "Loratadine 10mg", "indication": "hay fever"},
        ]
    }


def plan_catalog(c: Ctx) -> Any:
    return {
        "plans": [
            {
                "id": "silver-hmo",
                "covers": ["maternity", "mental health", "prescription drugs"],
                "premium_monthly": 412.0,
                "deductible": 2500,
            }
        ]
    }


def party_feed(c: Ctx) -> Any:
    return {
        "feed": "press",
        "items": [
            {
                "title": c.pick(
                    [
                        "Party unveils housing plan",
                        "Die Grünen stellen Klimaprogramm vor",
                        "El PSOE presenta su programa",
                    ]
                ),
                "published": ts(c.rng),
            }
        ],
    }


def pep_config(c: Ctx) -> Any:
    return {
        "screening": {"pep": False, "sanctions_lists": ["EU", "OFAC"], "fuzzy_threshold": 0.85},
        "result": {"hits": 0},
    }


def crime_stats(c: Ctx) -> Any:
    return {
        "district": c.pick(["Mitte", "Centro", "Croix-Rousse"]),
        "year": 2025,
        "offences": {"burglary": c.rng.randint(100, 900), "theft": 2300},
        "clearance_rate": 0.4312,
    }


def eviction_screen(c: Ctx) -> Any:
    return {
        "applicationRef": rid(c.rng, "TS-"),
        "checks": {"eviction_history": "none found", "credit_band": "B", "income_verified": True},
    }


def ml_embedding(c: Ctx) -> Any:
    return {
        "model": "product-search-v2",
        "item": f"SKU-{safe_token(c.rng, 6, 'ABCDEFGH')}",
        "embedding": [round(c.rng.uniform(-1, 1), 4) for _ in range(8)],
    }


def fx_rates(c: Ctx) -> Any:
    return {
        "base": "EUR",
        "rates": {
            "USD": round(c.rng.uniform(1.0, 1.2), 4),
            "GBP": round(c.rng.uniform(0.8, 0.9), 4),
        },
        "temps": {"sensor_a": 21.4375, "sensor_b": 19.0625},
    }


def b64_blob(c: Ctx) -> Any:
    raw = json.dumps({"theme": "dark", "cols": ["sku", "qty"]}).encode()
    return {
        "widgetState": base64.b64encode(raw).decode(),
        "etag": _hex(c, 32),
        "traceparent": f"00-{_hex(c, 32)}-{_hex(c, 16)}-01",
    }


def clean_ticket(c: Ctx) -> Any:
    lang = c.pick(list(CLEAN_TEXT))
    return {
        "ticket": {
            "id": rid(c.rng, "T-"),
            "subject": c.pick(["Lieferung", "login", "factura", "colis"]),
            "body": c.pick(CLEAN_TEXT[lang]),
            "priority": "normal",
            "channel": "web",
        }
    }


def metrics(c: Ctx) -> Any:
    return {
        "series": [
            {
                "metric": "http_requests_total",
                "tags": {"route": "/health", "status": "200"},
                "points": [[1764460800, c.rng.randint(10, 900)]],
            }
        ],
        "app_version": "4.2.0-rc.1",
    }


def nationality_stats(c: Ctx) -> Any:
    return {
        "report": "visa applications by citizenship",
        "rows": [{"citizenship": "COL", "count": 412}, {"citizenship": "IND", "count": 1210}],
        "menu": {"cuisine": "ethnic street food", "items": 14},
    }


def biometric_login_event(c: Ctx) -> Any:
    return {
        "event": "auth.success",
        "method": c.pick(["fingerprint", "face_id", "touch_id"]),
        "device": "iPhone15,2",
        "userRef": rid(c.rng, "usr_"),
        "at": ts(c.rng),
    }


def union_type_ts(c: Ctx) -> Any:
    return {
        "file": "src/types.ts",
        "snippet": "export type Shape = Circle | Square; // discriminated union",
        "lint": {"errors": 0},
    }


def health_plan_payroll(c: Ctx) -> Any:
    return {
        "payroll_run": rid(c.rng, "pr_"),
        "employer_costs": [
            {"line": "Health plan premium (employer share)", "amount": 12400.0},
            {"line": "Pension", "amount": 8800.0},
        ],
        "headcount": 41,
    }


FAMILIES: dict[str, tuple[Callable[[Ctx], Any], int]] = {
    "service_health": (service_health, 7),
    "sql_union": (sql_union, 5),
    "graphql_union": (graphql_union, 4),
    "eu_trade": (eu_trade, 4),
    "credit_union_product": (credit_union_product, 3),
    "book_catalog": (book_catalog, 5),
    "street_names": (street_names, 5),
    "game_state": (game_state, 5),
    "gene_reference": (gene_reference, 5),
    "ga_config": (ga_config, 3),
    "tls_fingerprint": (tls_fingerprint, 6),
    "public_keys": (public_keys, 6),
    "masked_secrets": (masked_secrets, 7),
    "commit_info": (commit_info, 5),
    "failing_numbers": (failing_numbers, 8),
    "order_refs": (order_refs, 7),
    "food_allergens": (food_allergens, 4),
    "otc_catalog": (otc_catalog, 4),
    "plan_catalog": (plan_catalog, 4),
    "party_feed": (party_feed, 5),
    "pep_config": (pep_config, 4),
    "crime_stats": (crime_stats, 5),
    "eviction_screen": (eviction_screen, 4),
    "ml_embedding": (ml_embedding, 5),
    "fx_rates": (fx_rates, 4),
    "b64_blob": (b64_blob, 4),
    "clean_ticket": (clean_ticket, 10),
    "metrics": (metrics, 4),
    "nationality_stats": (nationality_stats, 4),
    "biometric_login_event": (biometric_login_event, 5),
    "union_type_ts": (union_type_ts, 3),
    "health_plan_payroll": (health_plan_payroll, 4),
}
