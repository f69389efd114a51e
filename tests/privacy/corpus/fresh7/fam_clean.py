# ruff: noqa: E501
"""Clean families: hard negatives with no kind at all."""

from __future__ import annotations

import json
from typing import Any

from . import gen
from .ctx import C
from .fam_a import fam


@fam(5)
def f_healthcheck(c: C, i: int) -> Any:
    return {"status": c.pick(["pass", "warn"]), "version": "2.31.4", "checks": {"postgres:health": [{"status": "pass", "observedValue": 12, "observedUnit": "ms"}],
            "redis:responseTime": [{"status": "pass", "observedValue": 0.8712}]}, "serviceId": c.idn("svc-")}


@fam(4)
def f_sql_slowlog(c: C, i: int) -> Any:
    return {"query": "SELECT sku FROM stock_a UNION SELECT sku FROM stock_b WHERE qty > $1", "duration_ms": 812.4412,
            "rows": 3311, "plan_hash": gen.hexs(c.r, 16)}


@fam(4)
def f_graphql_schema(c: C, i: int) -> Any:
    return {"data": {"__schema": {"types": [{"kind": "UNION", "name": "SearchResult", "possibleTypes": [{"name": "Product"}, {"name": "Store"}]},
            {"kind": "OBJECT", "name": "HealthStatus", "fields": [{"name": "uptime"}]}]}}}


@fam(4)
def f_book_catalog(c: C, i: int) -> Any:
    return {"items": [{"isbn13": "978-3-16-148410-0", "title": c.pick(["Quiet Monasteries of Europe", "Die Geschichte der Reformation", "Atlas des religions"]),
            "genre": "Religion & Spirituality", "publisher": "Lindwurm Verlag", "price": 24.9}, {"isbn13": "978-0-306-40615-7", "genre": "Politics & Social Sciences", "title": "Parties and Elections in Europe"}]}


@fam(4)
def f_weather_station(c: C, i: int) -> Any:
    return {"station": "WS-" + c.idn("", 3).upper(), "lat": round(c.r.uniform(40, 54), 2), "lon": round(c.r.uniform(-4, 14), 2),
            "readings": {"temp_c": round(c.r.uniform(-3, 18), 4), "humidity": round(c.r.uniform(0.3, 0.9), 4), "pressure_hpa": 1013.2511}}


@fam(4)
def f_fx_rates(c: C, i: int) -> Any:
    return {"base": "EUR", "date": "2026-11-27", "rates": {"USD": 1.0842, "GBP": 0.8571, "CHF": 0.9412, "SEK": 11.4823}}


@fam(4)
def f_product_embeddings(c: C, i: int) -> Any:
    return {"model": "text-embed-small", "items": [{"sku": "SKU-" + c.idn("", 5).upper(), "vector": c.embed(12)}]}


@fam(4)
def f_tls_inventory(c: C, i: int) -> Any:
    return {"host": "api.example.net", "cert": {"subject": "CN=api.example.net", "sha256_fingerprint": ":".join(gen.hexs(c.r, 2) for _ in range(16)),
            "public_key": "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAq" + gen._alnum(c.r, 40) + "\n-----END PUBLIC KEY-----"},
            "ssh_host_key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + c.pick("GHKLMNOP") + gen._alnum(c.r, 42) + " deploy-host"}


@fam(4)
def f_jwks(c: C, i: int) -> Any:
    return {"keys": [{"kty": "RSA", "kid": c.idn("k-"), "use": "sig", "alg": "RS256", "n": gen._alnum(c.r, 86, gen.string.ascii_letters + "-_"), "e": "AQAB"}]}


@fam(4)
def f_password_policy(c: C, i: int) -> Any:
    return {"passwordPolicy": {"minLength": 12, "requireSymbols": True, "maxAgeDays": 90, "history": 5},
            "mfa": {"methods": ["totp", "webauthn", "fingerprint"]}, "lockout": {"threshold": 5}}


@fam(4)
def f_k8s_deployment(c: C, i: int) -> Any:
    return {"kind": "Deployment", "spec": {"template": {"spec": {"containers": [{"name": "api", "image": "registry.example/api:1.8.3",
            "env": [{"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "db-creds", "key": "password"}}},
                    {"name": "STRIPE_KEY", "value": "sk_live_****************"}],
            "livenessProbe": {"httpGet": {"path": "/healthz", "port": 8080}}}]}}}}


@fam(4)
def f_masked_config(c: C, i: int) -> Any:
    return {"integration": "crm-sync", "api_key": c.pick(["********", "[REDACTED]", None]), "client_secret": "", "password": "••••••",
            "password_hash": "$argon2id$v=19$m=65536,t=3,p=4$" + gen._alnum(c.r, 22) + "$" + gen._alnum(c.r, 43),
            "legacy_hash": "$2b$12$" + gen._alnum(c.r, 53, gen.string.ascii_letters + "./")}


@fam(5)
def f_invoice_refs(c: C, i: int) -> Any:
    return {"invoice": "INV-2026-" + c.idn("", 4).upper(), "supplier_vat": c.pick(["DE813456789", "FR40303265045", "ESB12345678"]),
            "payment_ref": gen.card(c.r, valid=False, fmt="plain"), "bic": "COBADEFFXXX", "total": 1190.0, "giftcard_no": gen.card(c.r, valid=False, fmt="plain")}


@fam(4)
def f_iban_validation_error(c: C, i: int) -> Any:
    return {"type": "https://errors.example/validation", "status": 422, "errors": [{"field": "iban", "value": gen.iban(c.r, valid=False), "code": "checksum_mismatch"}]}


@fam(4)
def f_gene_reference(c: C, i: int) -> Any:
    return {"assembly": "GRCh38", "genes": [{"symbol": c.pick(["BRCA1", "CFTR", "APOE", "HBB"]), "chrom": "17", "start": 43044295, "end": 43125483, "strand": "-"}]}


@fam(4)
def f_ga_optimizer(c: C, i: int) -> Any:
    return {"optimizer": "genetic_algorithm", "population": 200, "mutation_rate": 0.0125, "crossover": "uniform", "fitness": "route_cost"}


@fam(4)
def f_game_telemetry(c: C, i: int) -> Any:
    return {"match": c.idn("m_"), "player": c.idn("p_"), "events": [{"t": 123.4412, "type": "damage", "health": 42, "armor": 10, "pos": {"x": 120.5531, "y": 88.1204}}]}


@fam(4)
def f_party_press_feed(c: C, i: int) -> Any:
    return {"feed": "press", "items": [{"headline": c.pick(["Party unveils housing manifesto", "Grüne fordern Tempolimit", "Le parti presente son programme europeen"]),
            "published": c.ts(), "url": "https://press.example.org/" + c.idn()}]}


@fam(4)
def f_crime_statistics(c: C, i: int) -> Any:
    return {"district": c.pick(["Ehrenfeld", "Croix-Rousse", "Lavapiés"]), "year": 2025, "offences": {"burglary": 312, "vehicle_theft": 118, "assault": 97}, "rate_per_1000": 41.2211}


@fam(4)
def f_insurance_plan_catalog(c: C, i: int) -> Any:
    return {"plans": [{"planId": c.idn("pl"), "name": "Bronze Flex", "covers": ["diabetes management", "maternity", "mental health counselling"], "monthlyPremium": 212.5}]}


@fam(4)
def f_food_allergens(c: C, i: int) -> Any:
    return {"ean": "4006381333931", "name": "Haselnuss-Schnitten", "allergens": ["hazelnut", "milk", "gluten"], "halal_certified": False, "kosher_certified": True}


@fam(4)
def f_otc_catalog(c: C, i: int) -> Any:
    return {"products": [{"name": "Ibuprofen 400mg 20 Tabletten", "pzn": "PZN-" + c.idn("", 5).upper(), "indication": "headache, fever", "price": 4.95}]}


@fam(4)
def f_package_lock(c: C, i: int) -> Any:
    return {"dependencies": ["lodash@4.17.21", "@types/node@20.11.5", "react@18.3.1"], "assets": ["logo@2x.png", "icon@3x.webp"], "node": "v20.11.1"}


@fam(4)
def f_ci_status(c: C, i: int) -> Any:
    return {"repo": "acme/billing", "sha": gen.hexs(c.r, 40), "status": "success", "checks": [{"name": "unit", "conclusion": "success"}],
            "uuid": "3f2a9c1e-4b7d-4e2a-9f1c-8d3b5a6e7f01"}


@fam(4)
def f_feature_flags(c: C, i: int) -> Any:
    return {"flags": {"new_checkout": True, "union_search_v2": False, "religion_filter_books": True, "party_mode_ui": False}, "env": "prod"}


@fam(4)
def f_prometheus_sample(c: C, i: int) -> Any:
    return {"metric": "http_requests_total", "labels": {"route": "/health", "code": "200", "instance": "api-3:9100"}, "value": 18273.0}


@fam(4)
def f_credit_union_rates(c: C, i: int) -> Any:
    return {"institution": "Harbourside Credit Union", "products": [{"name": "Share Savings", "apy": 0.0215}], "region": "European Union"}


@fam(4)
def f_aggregate_demographics(c: C, i: int) -> Any:
    return {"report": "workforce diversity 2026", "n": 1840, "ethnicity_pct": {"White": 61.2, "Asian": 14.8, "Black": 9.1, "Mixed": 5.3, "Not stated": 9.6},
            "union_density_pct": 23.4}


@fam(4)
def f_sanctions_summary(c: C, i: int) -> Any:
    return {"batch": c.idn("scr"), "screened": 4120, "hits": 0, "pep_hits": 0, "lists": ["EU consolidated", "OFAC SDN"], "eviction_db": "not in scope"}


@fam(4)
def f_store_hours(c: C, i: int) -> Any:
    return {"store": "Kastanien-Markt Filiale Nord", "hours": {"mo-fr": "08:00-20:00", "sa": "08:00-18:00"}, "parking": True,
            "note": c.pick(["Church Lane entrance closed", "Eingang über den Hof", "acceso por la calle lateral"])}


@fam(4)
def f_release_notes(c: C, i: int) -> Any:
    return {"version": "v4.2.10", "build": "4.2.10+20261101", "notes": c.neg(), "ids": ["0b5e7a2c-91d4-4c3b-8e6f-2a1d9c7b3e40"]}


@fam(4)
def f_stringified_config(c: C, i: int) -> Any:
    return {"key": "app.settings", "value": json.dumps({"theme": "dark", "locale": c.pick(["de-DE", "fr-FR", "es-ES"]), "retries": 3, "timeout": 2.5})}


@fam(4)
def f_support_macro(c: C, i: int) -> Any:
    return {"macro": "refund_ok", "text": c.neg(), "lang": c.pick(["en", "de", "fr", "es"]), "tags": ["billing"]}


@fam(4)
def f_ean_catalog(c: C, i: int) -> Any:
    return {"items": [{"ean": "5901234123457", "isbn": "978-84-376-0494-7", "order_no": "ORD-2026-" + c.idn("", 5).upper(), "tracking": "1Z" + c.idn("", 14).upper()}]}


@fam(4)
def f_transit_stops(c: C, i: int) -> Any:
    return {"stops": [{"code": "ST" + c.idn("", 3).upper(), "name": "Hauptbahnhof", "lat": 50.94, "lon": 6.96}, {"code": "ST" + c.idn("", 3).upper(), "name": "Plaza Mayor", "lat": 40.415, "lon": -3.707}]}


@fam(4)
def f_kirchen_oeffnungszeiten(c: C, i: int) -> Any:
    return {"poi": c.pick(["St. Marien", "Mezquita Mayor", "Temple protestant du centre"]), "category": "place_of_worship", "open": "09:00-18:00", "accessible": True}


@fam(4)
def f_bulk_import_job(c: C, i: int) -> Any:
    return {"job": c.idn("job_"), "status": "completed", "counts": {"contacts": 1200, "with_email": 1187, "with_phone": 944}, "errors": []}


@fam(4)
def f_ab_test_results(c: C, i: int) -> Any:
    return {"experiment": "checkout_copy_v3", "variants": {"A": {"cr": 0.0412, "n": 12044}, "B": {"cr": 0.0438, "n": 11987}}, "p_value": 0.0311}


@fam(4)
def f_webhook_delivery_log(c: C, i: int) -> Any:
    return {"delivery": c.idn("dl_"), "endpoint": "https://hooks.example.com/in", "status": 200, "signature_header": "t=1764000000,v1=" + gen.hexs(c.r, 64),
            "secret_ref": "vault://webhooks/billing"}


@fam(4)
def f_schema_registry(c: C, i: int) -> Any:
    return {"subject": "patients-value", "schema": json.dumps({"type": "record", "name": "Patient", "fields": [{"name": "diagnosis", "type": ["null", "string"]}, {"name": "religion", "type": ["null", "string"]}, {"name": "union_member", "type": ["null", "boolean"]}]})}


@fam(4)
def f_form_definition(c: C, i: int) -> Any:
    return {"formId": c.idn("frm"), "fields": [{"key": "ethnicity", "label": "Ethnic group", "options": ["Asian", "Black", "Mixed", "White", "Other", "Prefer not to say"]},
            {"key": "sexual_orientation", "label": "Sexual orientation", "optional": True}, {"key": "email", "type": "email", "required": True}]}


@fam(4)
def f_device_inventory(c: C, i: int) -> Any:
    return {"asset": "LAP-" + c.idn("", 5).upper(), "model": "ThinkPad T14 Gen 5", "os": "Windows 11 23H2", "bios": "1.22.0", "tpm_fingerprint": gen.hexs(c.r, 40)}
