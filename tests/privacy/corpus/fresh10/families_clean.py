"""Clean families: realistic payloads with no kind at all, built from hard negatives.

Nothing here may call a recording generator of `Ctx`; the build asserts that clean families
leave the tag set empty.
"""

from __future__ import annotations

from typing import Any

from . import pools
from .ctx import Ctx


def service_health(c: Ctx) -> Any:
    return {"status": c.pick(("pass", "warn")), "version": c.version(),
            "releaseId": c.hex(12), "checks": {
                "postgres:connections": [{"status": "pass", "observedValue": c.rng.randrange(90)}],
                "redis:health": [{"status": "pass", "time": c.ts()}],
                "disk:utilization": [{"observedValue": round(c.rng.uniform(0, 1), 4)}]}}


def status_page(c: Ctx) -> Any:
    return {"page": "Kestrel Status", "components": [
        {"name": n, "status": c.pick(("operational", "degraded_performance"))}
        for n in ("API", "Webhooks", "Health Data Sync", "Dashboard")],
        "incidents": [{"title": "Elevated error rates", "body": c.clean_text("en")}]}


def product_catalog(c: Ctx) -> Any:
    return {"items": [{"sku": c.sku(), "title": c.pick(pools.PRODUCTS + pools.MEDICAL_PRODUCTS),
                       "price": c.amount(), "ean": "40" + c.digits(5) + "-" + c.digits(5),
                       "tags": ["health & wellness"] if c.chance(0.3) else ["home"]}
                      for _ in range(3)], "page": {"cursor": c.b64(16), "size": 3}}


def pharmacy_catalog(c: Ctx) -> Any:
    return {"category": "Allergy & Hay Fever", "products": [
        {"name": c.pick(pools.MEDICAL_PRODUCTS), "active_ingredient": "cetirizine",
         "pack_size": 30, "contains_allergens": ["lactose"], "otc": True}
        for _ in range(2)]}


def food_menu(c: Ctx) -> Any:
    return {"menu": "Lunch", "sections": [
        {"title": "Ethnic cuisine", "dishes": [{"name": "Pad Thai", "allergens": ["peanuts",
                                                                                "soy"]}]},
        {"title": "Halal & kosher options", "dishes": [{"name": "Falafel wrap",
                                                        "allergens": ["sesame"]}]}]}


def insurance_plans(c: Ctx) -> Any:
    return {"plans": [{"id": c.rid("plan"), "name": n, "covers": ["maternity", "mental health",
                                                                 "physiotherapy"],
                       "monthly_premium": c.amount()} for n in ("Basic", "Plus", "Premium")]}


def party_press(c: Ctx) -> Any:
    return {"feed": "press-releases", "items": [
        {"title": c.pick(("SPD stellt Wahlprogramm vor", "Labour launches housing pledge",
                          "Le Parti socialiste publie son programme",
                          "El PP presenta sus candidaturas")),
         "published": c.ts(), "url": f"https://press.example.org/{c.hex(8)}"}]}


def news_feed(c: Ctx) -> Any:
    return {"articles": [{"headline": c.pick((
        "European Union agrees new data rules", "Union membership falls nationwide",
        "Church attendance figures released", "Study links sleep and heart health")),
        "section": c.pick(("politics", "health", "religion")), "id": c.uuid()}
        for _ in range(3)]}


def sql_log(c: Ctx) -> Any:
    return {"query": "SELECT id, created_at FROM orders WHERE status = $1 "
                     "UNION ALL SELECT id, created_at FROM archived_orders WHERE status = $1",
            "duration_ms": round(c.rng.uniform(1, 80), 2), "rows": c.rng.randrange(500)}


def graphql_schema(c: Ctx) -> Any:
    return {"data": {"__schema": {"types": [
        {"kind": "UNION", "name": "SearchResult", "possibleTypes": [{"name": "Product"},
                                                                    {"name": "Article"}]},
        {"kind": "OBJECT", "name": "HealthStatus", "fields": [{"name": "ok"}]}]}}}


def avro_schema(c: Ctx) -> Any:
    return {"type": "record", "name": "Customer", "namespace": "com.example",
            "fields": [{"name": "email", "type": ["null", "string"], "default": None},
                       {"name": "religion", "type": ["null", "string"], "doc": "optional"},
                       {"name": "union_member", "type": ["null", "boolean"]}],
            "subject": "customers-value", "version": c.rng.randrange(1, 30)}


def book_genres(c: Ctx) -> Any:
    return {"genres": [{"id": i, "label": g} for i, g in enumerate((
        "Religion & Spirituality", "Politics & Social Sciences", "Health, Fitness & Dieting",
        "LGBTQ+ Fiction", "True Crime"))]}


def church_info(c: Ctx) -> Any:
    return {"organisation": c.pick(("Evangelische Kirchengemeinde Nord", "Paroisse Saint-Luc",
                                    "Parroquia de San Pedro")),
            "city": c.pick(("Hamburg", "Lyon", "Sevilla")), "services": [
                {"day": "Sunday", "time": "10:00"}, {"day": "Wednesday", "time": "19:00"}],
            "description": c.clean_text("de")}


def union_info(c: Ctx) -> Any:
    return {"union": c.pick(("ver.di", "UNISON", "CFDT", "CCOO")), "sectors": ["health",
                                                                          "education"],
            "press_contact_page": "https://union.example.org/press",
            "membership_fee_percent": 1.0, "members_total": c.rng.randrange(100, 999) * 1000}


def coarse_weather(c: Ctx) -> Any:
    lat, lon = c.coarse()
    return {"location": {"lat": lat, "lon": lon}, "current": {
        "temp_c": round(c.rng.uniform(-5, 30), 4), "humidity": round(c.rng.uniform(0, 1), 4)}}


def region_stats(c: Ctx) -> Any:
    return {"region": c.pick(("Bavaria", "Île-de-France", "Andalucía")),
            "centroid": list(c.coarse()),
            "crime_rate_per_1000": round(c.rng.uniform(20, 90), 1),
            "population": c.rng.randrange(100, 999) * 10000}


def test_cards(c: Ctx) -> Any:
    return {"environment": "sandbox", "test_numbers": [c.bad_card() for _ in range(2)],
            "note": "these numbers intentionally fail the checksum",
            "gift_card": c.bad_card()}


def iban_error(c: Ctx) -> Any:
    return {"error": {"code": "validation_failed", "details": [
        {"field": "iban", "value": c.bad_iban(), "message": "checksum mismatch"},
        {"field": "bic", "value": "COBADEFFXXX", "message": "ok"}]}}


def release_manifest(c: Ctx) -> Any:
    return {"service": "checkout", "version": c.version(), "commit": c.hex(40),
            "image": f"registry.example.com/checkout@sha256:{c.hex(64)}",
            "build": {"id": c.uuid(), "node": "20.11.1", "python": "3.11.7"}}


def lockfile(c: Ctx) -> Any:
    return {"dependencies": {"lodash@4.17.21": {"integrity": "sha512-" + c.b64(64)},
                             "react@18.2.0": {"integrity": "sha512-" + c.b64(64)}},
            "lockfileVersion": 3}


def jwks(c: Ctx) -> Any:
    return {"keys": [{"kty": "RSA", "kid": c.hex(16), "use": "sig", "alg": "RS256",
                      "n": c.b64(86).replace("+", "-").replace("/", "_"), "e": "AQAB"}]}


def tls_info(c: Ctx) -> Any:
    lines = "\n".join(c.b64(64) for _ in range(4))
    return {"host": "api.example.com", "sha256_fingerprint": ":".join(
        c.hex(2).upper() for _ in range(16)),
        "certificate": f"-----BEGIN CERTIFICATE-----\n{lines}\n-----END CERTIFICATE-----",
        "public_key": f"-----BEGIN PUBLIC KEY-----\n{c.b64(64)}\n-----END PUBLIC KEY-----"}


def ssh_keys(c: Ctx) -> Any:
    return {"deploy_keys": [{"title": "ci", "key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5" + c.b64(43),
                             "fingerprint": "SHA256:" + c.b64(43), "read_only": True}]}


def image_upload(c: Ctx) -> Any:
    return {"file": {"name": "logo@2x.png", "mime": "image/png",
                     "data": "data:image/png;base64,iVBORw0KGgo" + c.b64(120)}}


def masked_config(c: Ctx) -> Any:
    return {"database": {"host": "db.internal", "user": "app", "password": "********"},
            "stripe": {"secret_key": "sk_live_********"},
            "smtp_password": "[REDACTED]", "api_token": None,
            "env": [{"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {
                "name": "orders-db", "key": "password"}}}]}


def password_policy(c: Ctx) -> Any:
    return {"password_policy": {"min_length": 12, "require_symbol": True, "max_age_days": 90},
            "users": [{"id": c.rid("usr"),
                       "password_hash": "$2b$12$" + c.b64(53).replace("+", ".")}]}


def game_telemetry(c: Ctx) -> Any:
    return {"match": c.uuid(), "players": [{"handle": h, "health": c.rng.randrange(101),
                                            "armor": c.rng.randrange(50), "class": "cleric"}
                                           for h in ("xXfrostXx", "n00bslayer", "ghost_42")]}


def gene_reference(c: Ctx) -> Any:
    return {"genes": [{"symbol": s, "chrom": ch, "start": c.rng.randrange(10**5, 9 * 10**5)}
                      for s, ch in (("BRCA1", "17"), ("CFTR", "7"), ("APOE", "19"))],
            "assembly": "GRCh38"}


def ga_optimizer(c: Ctx) -> Any:
    return {"optimizer": "genetic_algorithm", "population": 200, "mutation_rate": 0.0125,
            "crossover": "uniform", "fitness": "route_length", "seed": c.rng.randrange(1000)}


def fx_rates(c: Ctx) -> Any:
    return {"base": "EUR", "date": c.day(), "rates": {
        cur: round(c.rng.uniform(0.5, 2), 4) for cur in ("USD", "GBP", "CHF", "SEK")}}


def embeddings(c: Ctx) -> Any:
    return {"model": "text-embedding-small", "object": "list", "data": [
        {"index": 0, "embedding": [round(c.rng.uniform(-1, 1), 5) for _ in range(12)],
         "input": c.pick(pools.PRODUCTS)}]}


def analytics(c: Ctx) -> Any:
    return {"report": "signups_by_country", "rows": [
        {"country": cc, "signups": c.rng.randrange(1000), "conversion": round(
            c.rng.uniform(0, 0.2), 4)} for cc in ("DE", "FR", "ES", "GB")]}


def webhook_delivery(c: Ctx) -> Any:
    return {"delivery": c.uuid(), "endpoint": "https://hooks.example.com/in",
            "signature": f"t={c.rng.randrange(100000, 999999)},v1={c.hex(64)}",
            "response_status": 200, "attempt": 1}


def credit_union_rates(c: Ctx) -> Any:
    return {"institution": "Riverside Credit Union", "products": [
        {"name": "Share Savings", "apy": round(c.rng.uniform(0.5, 4), 2)},
        {"name": "Auto Loan", "apr": round(c.rng.uniform(4, 9), 2)}]}


def committee_list(c: Ctx) -> Any:
    return {"committees": [{"name": n, "meets": "monthly"} for n in (
        "Works Council", "Health and Safety Committee", "Diversity Working Group")],
        "feature_flags": {"new_checkout": True, "health_widget": False}}


def error_body(c: Ctx) -> Any:
    return {"type": "https://errors.example.com/rate-limit", "title": "Too Many Requests",
            "status": 429, "detail": "Retry after 30 seconds", "trace_id": c.hex(32)}


FAMILIES = {
    "service_health": (service_health, 7), "status_page": (status_page, 5),
    "product_catalog": (product_catalog, 7), "pharmacy_catalog": (pharmacy_catalog, 6),
    "food_menu": (food_menu, 4), "insurance_plans": (insurance_plans, 5),
    "party_press": (party_press, 5), "news_feed": (news_feed, 5), "sql_log": (sql_log, 5),
    "graphql_schema": (graphql_schema, 5), "avro_schema": (avro_schema, 5),
    "book_genres": (book_genres, 5), "church_info": (church_info, 5),
    "union_info": (union_info, 5), "coarse_weather": (coarse_weather, 6),
    "region_stats": (region_stats, 5), "test_cards": (test_cards, 6),
    "iban_error": (iban_error, 6), "release_manifest": (release_manifest, 6),
    "lockfile": (lockfile, 4), "jwks": (jwks, 5), "tls_info": (tls_info, 5),
    "ssh_keys": (ssh_keys, 4), "image_upload": (image_upload, 5),
    "masked_config": (masked_config, 5), "password_policy": (password_policy, 5),
    "game_telemetry": (game_telemetry, 6), "gene_reference": (gene_reference, 5),
    "ga_optimizer": (ga_optimizer, 4), "fx_rates": (fx_rates, 5), "embeddings": (embeddings, 5),
    "analytics": (analytics, 5), "webhook_delivery": (webhook_delivery, 5),
    "credit_union_rates": (credit_union_rates, 4), "committee_list": (committee_list, 4),
    "error_body": (error_body, 5),
}
