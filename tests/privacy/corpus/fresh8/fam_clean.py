"""Clean payloads built from hard negatives: look-alike words, numbers and blobs, no kind.

These families never call a ``Ctx`` method that inserts personal data; they only record
``decoy`` tags naming the look-alike they carry.
"""

from __future__ import annotations

from typing import Any

from . import fill, gen
from .ctx import Ctx


def otc_catalog(c: Ctx) -> Any:
    c.decoy("otc-drug-catalog")
    products = [("Ibuprofen 400 mg, 20 Tabletten", ["none"]), ("Cetirizin Allergie 10 mg", []),
                ("Paracétamol 1 g effervescent", []), ("Protein bar peanut", ["peanut", "milk"]),
                ("Nicotine patch 21 mg", []), ("Loratadina 10 mg", [])]
    return {"catalog": "otc-2025", "items": [
        {"sku": fill.sku(c.rng), "ean": fill.ean13(c.rng), "title": t, "allergens": a,
         "price": fill.money(c.rng, 2, 30), "category": "Gesundheit"}
        for t, a in c.rng.sample(products, 3)]}


def health_plan_catalog(c: Ctx) -> Any:
    c.decoy("insurance-plan-catalog")
    return {"plans": [{"id": fill.short_code(c.rng, "PL"), "name": n, "metal": m,
                       "premium_monthly": fill.money(c.rng, 180, 700),
                       "deductible": c.pick([500, 1500, 4000]),
                       "covers": ["HIV PrEP at $0", "mental health visits", "maternity care"]}
                      for n, m in [("Bronze Saver", "bronze"), ("Silver Plus", "silver")]],
            "year": 2026}


def party_press_feed(c: Ctx) -> Any:
    c.decoy("party-press-feed")
    headlines = [("SPD", "SPD legt Entwurf für Mietpreisbremse vor"),
                 ("RN", "Le RN dépose une motion de censure"),
                 ("PSOE", "El PSOE presenta su programa para las europeas"),
                 ("Greens", "Greens publish costed manifesto"),
                 ("Labour", "Labour pledges 1.5m homes"),
                 ("LR", "Les Républicains choisissent leur tête de liste")]
    return {"feed": "party-press", "items": [
        {"id": fill.uuid(c.rng), "title": h, "published": fill.timestamp(c.rng), "party": p}
        for p, h in c.rng.sample(headlines, 3)]}


def sql_query_log(c: Ctx) -> Any:
    c.decoy("sql-union")
    queries = ["SELECT id, sku FROM orders_2024 UNION SELECT id, sku FROM orders_2025",
               "SELECT region FROM stores UNION ALL SELECT region FROM outlets",
               "WITH t AS (SELECT 1) SELECT * FROM t UNION SELECT 2"]
    return {"slow_queries": [{"sql": q, "ms": c.rng.randint(300, 9000),
                              "plan_hash": fill.hexstr(c.rng, 16)} for q in queries[:2]]}


def graphql_schema(c: Ctx) -> Any:
    c.decoy("graphql-union-type")
    return {"__schema": {"types": [
        {"kind": "UNION", "name": "SearchResult", "possibleTypes": [{"name": "Book"},
                                                                   {"name": "Author"}]},
        {"kind": "OBJECT", "name": "Book", "fields": [{"name": "title"}, {"name": "isbn"}]},
        {"kind": "SCALAR", "name": "DateTime"}]}}


def book_genres(c: Ctx) -> Any:
    c.decoy("religion-genre")
    return {"taxonomy": [
        {"code": "REL000000", "label": "Religion & Spirituality", "children": [
            {"code": "REL006000", "label": "Biblical Studies"},
            {"code": "REL037000", "label": "Islam"}]},
        {"code": "POL000000", "label": "Political Science"},
        {"code": "HEA000000", "label": "Health & Fitness"}],
        "locale": c.pick(["en-GB", "de-DE"])}


def service_health(c: Ctx) -> Any:
    c.decoy("service-health")
    return {"status": c.pick(["pass", "warn"]), "version": fill.semver(c.rng),
            "releaseId": fill.commit_sha(c.rng)[:12],
            "checks": {"db:responseTime": [{"observedValue": c.rng.randint(2, 90),
                                            "status": "pass"}],
                       "health-records-api:connectivity": [{"status": "pass"}],
                       "union-search:latency": [{"status": "warn"}]}}


def gene_reference(c: Ctx) -> Any:
    c.decoy("gene-reference")
    genes = [("BRCA1", "17", 43044295, 43125483), ("CFTR", "7", 117480025, 117668665),
             ("APOE", "19", 44905796, 44909393), ("CYP2C19", "10", 94762681, 94855547)]
    return {"assembly": "GRCh38", "genes": [
        {"symbol": s, "chrom": ch, "start": st, "end": en, "strand": c.pick(["+", "-"])}
        for s, ch, st, en in c.rng.sample(genes, 3)]}


def weather_coarse(c: Ctx) -> Any:
    c.decoy("coarse-coordinates")
    stations = []
    for _ in range(3):
        lat, lon = fill.coarse_coord(c.rng)
        stations.append({"station": fill.short_code(c.rng, "WS", 4), "lat": lat, "lon": lon,
                         "temp_c": round(c.rng.uniform(-5, 30), 4),
                         "pressure_hpa": round(c.rng.uniform(990, 1030), 1)})
    return {"observations": stations, "generated": fill.timestamp(c.rng)}


def payment_test_fixtures(c: Ctx) -> Any:
    c.decoy("card-luhn-fail")
    c.decoy("card-last4")
    return {"fixtures": [{"name": "declined", "number": fill.luhn_failing_card(c.rng)},
                         {"name": "expired", "number": fill.luhn_failing_card(c.rng)},
                         {"name": "saved_method", "pm": fill.pm_token(c.rng),
                          "last4": fill.last4(c.rng)}],
            "gift_card": "6" + gen.digits(c.rng, 3) + " " + gen.digits(c.rng, 4)}


def iban_errors(c: Ctx) -> Any:
    c.decoy("iban-bad-checksum")
    return {"errors": [{"field": "iban", "value": fill.bad_iban(c.rng, c.pick(["DE", "FR", "ES"])),
                        "code": "CHECKSUM_MISMATCH"},
                       {"field": "bic", "value": c.pick(["COBADEFFXXX", "BSCHESMM"]),
                        "code": "OK"}],
            "vat_id": c.pick(["DE811907980", "FR40303265045", "ESB12345674"])}


def release_manifest(c: Ctx) -> Any:
    c.decoy("versions-hashes")
    return {"release": fill.semver(c.rng), "build": fill.build_version(c.rng),
            "commit": fill.commit_sha(c.rng),
            "artifacts": [{"name": "logo@2x.png", "sha256": fill.sha256(c.rng)},
                          {"name": "app.js", "sha256": fill.sha256(c.rng)}],
            "deps": ["lodash@4.17.21", "react@18.3.1", f"@scope/ui@{fill.semver(c.rng)}"]}


def jwks(c: Ctx) -> Any:
    c.decoy("jwks-public")
    return {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": fill.hexstr(c.rng, 16),
                      "n": fill.b64(c.rng, 342).replace("+", "-").replace("/", "_"),
                      "e": "AQAB"} for _ in range(2)]}


def tls_inventory(c: Ctx) -> Any:
    c.decoy("public-keys")
    return {"host": "api.internal", "certificate": fill.certificate_pem(c.rng),
            "sha256_fingerprint": fill.fingerprint(c.rng),
            "public_key": fill.public_key_pem(c.rng),
            "authorized_keys": [fill.ssh_public_key(c.rng)]}


def image_upload(c: Ctx) -> Any:
    c.decoy("base64-image")
    return {"upload": {"mime": "image/png", "width": 64, "height": 64,
                       "data": fill.png_b64(c.rng), "etag": fill.opaque_b64(c.rng, 18)}}


def game_telemetry(c: Ctx) -> Any:
    c.decoy("game-health")
    return {"match": fill.uuid(c.rng), "players": [
        {"handle": fill.ident(c.rng, "xX", 5), "character": c.pick(["Paladin", "Rogue"]),
         "health": c.rng.randint(0, 100), "mana": c.rng.randint(0, 80),
         "kda": f"{c.rng.randint(0, 20)}/{c.rng.randint(0, 9)}/{c.rng.randint(0, 15)}"}
        for _ in range(3)], "map": "Frostgate", "server_build": fill.build_version(c.rng)}


def org_directory(c: Ctx) -> Any:
    c.decoy("organisations")
    return {"organisations": [
        {"name": "Northpeak Credit Union", "bic": "NPCUIE2D", "city": "Cork", "country": "IE"},
        {"name": "Grupo Alcor S.A.", "vat": "ESA28015865", "city": "Madrid", "country": "ES"},
        {"name": "Ferrovia Tech GmbH", "vat": "DE129273398", "city": "Leipzig", "country": "DE"},
    ][: c.rng.randint(2, 3)]}


def password_policy(c: Ctx) -> Any:
    c.decoy("password-policy")
    c.decoy("masked-secret")
    return {"password_policy": {"min_length": 12, "require_symbol": True, "max_age_days": 90},
            "smtp": {"user": "mailer", "password": fill.masked_secret(c.rng)},
            "stripe_key": "sk_live_****************",
            "password_hash_algo": "argon2id", "example_hash": fill.argon2_hash(c.rng)}


def k8s_deployment(c: Ctx) -> Any:
    c.decoy("secret-ref")
    return {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "billing"},
            "spec": {"template": {"spec": {"containers": [{
                "name": "billing", "image": f"registry.local/billing@sha256:{fill.sha256(c.rng)}",
                "env": [{"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {
                    "name": "db-creds", "key": "password"}}},
                        {"name": "DATABASE_URL", "value": "postgres://app:${DB_PASSWORD}@db:5432/app"}],
            }]}}}}


def exchange_rates(c: Ctx) -> Any:
    c.decoy("four-decimal-numbers")
    return {"base": "EUR", "date": fill.date(c.rng),
            "rates": {k: round(c.rng.uniform(0.5, 2), 4) for k in ["USD", "GBP", "CHF", "SEK"]}}


def embeddings_response(c: Ctx) -> Any:
    c.decoy("text-embedding")
    return {"model": "text-embed-small", "data": [
        {"index": i, "input": t, "embedding": [round(c.rng.uniform(-1, 1), 6) for _ in range(8)]}
        for i, t in enumerate(["waterproof hiking boots", "stainless steel kettle"])]}


def ga_config(c: Ctx) -> Any:
    c.decoy("genetic-algorithm")
    return {"optimizer": "genetic_algorithm", "population": 200, "generations": 500,
            "mutation_rate": 0.0125, "crossover": "uniform", "genome_length": 64,
            "seed": fill.hexstr(c.rng, 8)}


def crime_stats(c: Ctx) -> Any:
    c.decoy("crime-statistics")
    return {"district": c.pick(["Mitte", "Ensanche", "11e arrondissement"]), "year": 2024,
            "offences": {"burglary": c.rng.randint(50, 500),
                         "vehicle_theft": c.rng.randint(20, 300),
                         "assault": c.rng.randint(40, 400)}, "clearance_rate": 0.43}


def trade_stats(c: Ctx) -> Any:
    c.decoy("european-union")
    return {"reporter": "European Union (27)", "partner": c.pick(["CN", "US", "UK"]),
            "flows": [{"hs": "8703", "value_eur": c.rng.randint(10**6, 10**8)}],
            "source": "Eurostat Comext", "notes": "credit union deposits excluded"}


def inventory_feed(c: Ctx) -> Any:
    c.decoy("sku-ean")
    return {"warehouse": "LEJ-1", "items": [
        {"sku": fill.sku(c.rng), "ean": fill.ean13(c.rng), "qty": c.rng.randint(0, 500),
         "bin": f"A{c.rng.randint(1, 40)}-{c.rng.randint(1, 9)}"} for _ in range(4)]}


def feature_flags(c: Ctx) -> Any:
    c.decoy("feature-names")
    return {"flags": {"new-checkout": True, "union-types-v2": False, "health-dashboard": True,
                      "religion-filter-books": c.chance(0.5)}, "env": "prod",
            "etag": fill.hexstr(c.rng, 20)}


def metrics_dump(c: Ctx) -> Any:
    c.decoy("metrics")
    return {"metrics": [{"name": "http_requests_total", "labels": {"route": "/health",
                                                                 "code": "200"},
                         "value": c.rng.randint(1000, 10**6)},
                        {"name": "process_cpu_seconds", "value": round(c.rng.uniform(1, 900), 4)}],
            "scraped": fill.epoch(c.rng)}


def recipe_api(c: Ctx) -> Any:
    c.decoy("ethnic-cuisine")
    return {"recipe": c.pick(["Lamb tagine", "Pad kra pao", "Fabada asturiana"]),
            "cuisine": c.pick(["North African", "Thai", "Spanish"]),
            "tags": ["ethnic cuisine", "halal-friendly"], "allergens": ["sesame", "gluten"],
            "prep_min": c.rng.randint(10, 90)}


def church_events(c: Ctx) -> Any:
    c.decoy("faith-events-no-person")
    return {"calendar": "community events", "events": [
        {"title": "Easter vigil", "date": fill.date(c.rng), "venue": "parish hall"},
        {"title": "Iftar community dinner", "date": fill.date(c.rng), "venue": "main hall"},
        {"title": "Choir rehearsal", "date": fill.date(c.rng), "venue": "crypt"}]}


def election_results(c: Ctx) -> Any:
    c.decoy("aggregate-votes")
    return {"constituency": c.pick(["Leipzig II", "Gironde 3e", "Sevilla"]), "turnout": 0.672,
            "results": [{"party": p, "votes": c.rng.randint(2000, 40000)}
                        for p in c.rng.sample(["CDU", "SPD", "Grüne", "RN", "PS", "PP", "Vox"], 4)]}


def hospital_capacity(c: Ctx) -> Any:
    c.decoy("aggregate-health")
    return {"hospital": "Klinikum Nord", "date": fill.date(c.rng),
            "icu_beds": {"total": 48, "occupied": c.rng.randint(20, 48)},
            "admissions": {"influenza": c.rng.randint(0, 30), "covid": c.rng.randint(0, 20)}}


def redacted_record(c: Ctx) -> Any:
    c.decoy("redacted-values")
    return {"user": {"name": "[REDACTED]", "email": "[REDACTED]", "phone": "***",
                     "password": "********", "ssn": "***-**-****"},
            "audit": {"action": "export", "at": fill.timestamp(c.rng)}}


def openapi_schema(c: Ctx) -> Any:
    c.decoy("schema-field-names")
    return {"components": {"schemas": {"Customer": {"type": "object", "properties": {
        "email": {"type": "string", "format": "email"},
        "ssn": {"type": "string", "pattern": "^\\d{3}-\\d{2}-\\d{4}$"},
        "password": {"type": "string", "writeOnly": True, "minLength": 12},
        "date_of_birth": {"type": "string", "format": "date"},
        "ethnicity": {"type": "string", "enum": ["...", "prefer_not_to_say"]}}}}}}


def lockfile(c: Ctx) -> Any:
    c.decoy("package-pins")
    return {"lockfileVersion": 3, "packages": {
        f"node_modules/{n}": {"version": fill.semver(c.rng),
                              "integrity": "sha512-" + fill.b64(c.rng, 86) + "=="}
        for n in ["lodash", "uuid", "zod", "date-fns"]}}


FAMILIES = [
    ("otc_catalog", otc_catalog, 7),
    ("health_plan_catalog", health_plan_catalog, 5),
    ("party_press_feed", party_press_feed, 7),
    ("sql_query_log", sql_query_log, 7),
    ("graphql_schema", graphql_schema, 4),
    ("book_genres", book_genres, 5),
    ("service_health", service_health, 8),
    ("gene_reference", gene_reference, 7),
    ("weather_coarse", weather_coarse, 6),
    ("payment_test_fixtures", payment_test_fixtures, 8),
    ("iban_errors", iban_errors, 7),
    ("release_manifest", release_manifest, 6),
    ("jwks", jwks, 5),
    ("tls_inventory", tls_inventory, 6),
    ("image_upload", image_upload, 4),
    ("game_telemetry", game_telemetry, 6),
    ("org_directory", org_directory, 4),
    ("password_policy", password_policy, 7),
    ("k8s_deployment", k8s_deployment, 5),
    ("exchange_rates", exchange_rates, 5),
    ("embeddings_response", embeddings_response, 4),
    ("ga_config", ga_config, 4),
    ("crime_stats", crime_stats, 5),
    ("trade_stats", trade_stats, 4),
    ("inventory_feed", inventory_feed, 5),
    ("feature_flags", feature_flags, 4),
    ("metrics_dump", metrics_dump, 4),
    ("recipe_api", recipe_api, 5),
    ("church_events", church_events, 6),
    ("election_results", election_results, 5),
    ("hospital_capacity", hospital_capacity, 4),
    ("redacted_record", redacted_record, 5),
    ("openapi_schema", openapi_schema, 5),
    ("lockfile", lockfile, 4),
]
