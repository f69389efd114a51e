"""Payload families with no personal data: hard negatives that look like the real thing.

A few variants add a natural person's name (a book's author) and say so; everything else in
this module must leave the document's kinds empty.
"""

from __future__ import annotations

import string
from typing import Any

from . import validators as v
from .ctx import Ctx
from .pools import COARSE_PLACES, COMPANIES, GENES

PRODUCT_NAMES = ["Trailrunner 2 Jacket", "Ceramic Pour-Over Set", "USB-C Hub 7-in-1",
                 "Merino Beanie", "Espresso Beans 1kg", "Desk Lamp Arc", "Yoga Mat Pro",
                 "Notebook A5 dotted", "Union Jack Mug", "Health Bar Oat & Honey",
                 "Race Day Socks", "Party Lights 10m"]
TINY_PNG = "data:image/png;base64,"


def product_catalog(c: Ctx) -> Any:
    products = []
    for _ in range(c.r.randint(2, 5)):
        product: dict[str, Any] = {
            c.k("sku"): c.sku(),
            c.k("name"): c.pick(PRODUCT_NAMES),
            c.k(c.pick(["ean", "gtin", "barcode"])): v.make_ean13(c.r),
            c.k("price"): {c.k("amount"): c.amount(2, 400), c.k("currency"): c.currency()},
            c.k("stock"): c.r.randint(0, 900),
            c.k("updated_at"): c.ts(),
        }
        if c.chance(0.3):
            product[c.k("allergens")] = c.r.sample(["gluten", "peanuts", "milk", "soy"], 2)
        if c.chance(0.3):
            product[c.k("thumbnail")] = TINY_PNG + c.b64blob(c.r.randint(60, 160))
        if c.chance(0.2):
            product[c.k("dimensions_cm")] = [round(c.r.uniform(5, 90), 1) for _ in range(3)]
        products.append(product)
    doc = {c.k("catalog_version"): c.version(), c.k("products"): products}
    if c.chance(0.3):
        doc[c.k("next_page")] = c.hexstr(16)
    return c.envelope(doc)


def health_check(c: Ctx) -> Any:
    checks: dict[str, Any] = {"db": {"status": c.pick(["healthy", "pass"]),
                                     "latency_ms": round(c.r.uniform(0.5, 30), 3)},
                              "cache": c.pick(["pass", "ok", "warn"]),
                              "health": "pass"}
    if c.chance(0.5):
        checks["upstream:payments"] = {"status": "healthy", "checked_at": c.ts()}
    doc: dict[str, Any] = {"status": c.pick(["ok", "pass", "degraded"]), "checks": checks,
                           "version": c.version(), "uptime_s": c.r.randint(60, 9_000_000)}
    if c.chance(0.5):
        doc["commit"] = c.hexstr(40)
    if c.chance(0.3):
        doc["probes"] = {"livenessProbe": {"httpGet": {"path": "/healthz", "port": 8080},
                                           "periodSeconds": 10},
                         "readinessProbe": {"httpGet": {"path": "/health/ready"}}}
    return doc


def deploy_manifest(c: Ctx) -> Any:
    name = c.pick(["orders-api", "billing-worker", "charter-gateway", "search"])
    digest = "sha256:" + c.hexstr(64)
    env = [{"name": "LOG_LEVEL", "value": "info"},
           {"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "db-credentials",
                                                                  "key": "password"}}},
           {"name": "API_KEY_FILE", "value": "/var/run/secrets/api-key"}]
    return {
        "apiVersion": "apps/v1", "kind": "Deployment",
        "metadata": {"name": name, "labels": {"app": name, "version": c.version()},
                     "annotations": {"git-sha": c.hexstr(40), "build": c.uuid()}},
        "spec": {"replicas": c.r.randint(1, 8),
                 "template": {"spec": {"containers": [{
                     "name": name,
                     "image": f"registry.example.com/acme/{name}:{c.version()}@{digest}",
                     "env": env,
                     "resources": {"limits": {"cpu": "500m", "memory": "512Mi"}},
                 }]}}},
    }


def ci_event(c: Ctx) -> Any:
    messages = ["fix: handle union types in schema parser", "chore: bump lodash@4.17.21",
                "feat: add health endpoint for the ingest worker", "docs: release notes v2.0.0",
                "refactor: rename gene_id column", "test: cover race condition in retry loop",
                "ci: cache @types/node between runs"]
    commits = [{"id": c.hexstr(40), "message": c.pick(messages), "timestamp": c.ts(),
                "added": [c.pick(["src/schema.ts", "docs/CHANGELOG.md", "pkg/health/check.go"])]}
               for _ in range(c.r.randint(1, 4))]
    return {"ref": "refs/heads/" + c.pick(["main", "release/2.1", "feature/union-types"]),
            "before": c.hexstr(40), "after": commits[-1]["id"], "commits": commits,
            "pipeline": {"id": c.r.randint(1000, 99999), "status": c.pick(["passed", "failed"]),
                         "duration_s": round(c.r.uniform(30, 900), 2)}}


def sql_log(c: Ctx) -> Any:
    queries = [
        "SELECT id, sku FROM products WHERE price < $1 UNION SELECT id, sku FROM archived_products",
        "SELECT region, count(*) FROM orders GROUP BY region UNION ALL SELECT 'total', count(*) "
        "FROM orders",
        "UPDATE inventory SET stock = stock - $1 WHERE sku = $2",
        "SELECT code, count(*) FROM diagnoses GROUP BY code ORDER BY 2 DESC LIMIT 10",
        "SELECT religion_code, label FROM ref_religion_codes",
        "CREATE INDEX CONCURRENTLY idx_orders_created ON orders (created_at)",
    ]
    entries = [{"query": c.pick(queries), "duration_ms": round(c.r.uniform(0.2, 900), 3),
                "rows": c.r.randint(0, 5000), "db": c.pick(["catalog", "reporting"]),
                "plan_hash": c.hexstr(16)} for _ in range(c.r.randint(1, 3))]
    if c.chance(0.4):
        entries.append({"query": "SELECT * FROM users WHERE id = '1' UNION SELECT NULL, "
                                 "version() --'", "blocked": True, "rule": "sqli-union"})
        c.tag("sqli probe")
    return {"slow_query_log": entries} if c.chance(0.5) else entries


BOOKS = [("The Case for God", "Religion & Spirituality"),
         ("A History of the Reformation", "Religion"),
         ("Meditation for Beginners", "Religion & Spirituality"),
         ("The Politics Book", "Politics & Social Sciences"),
         ("Eat, Move, Sleep", "Health, Fitness & Dieting"),
         ("Genetics: A Very Short Introduction", "Science"),
         ("The Union and the Confederacy", "History"),
         ("Sapiens Stories", "History")]
AUTHORS = ["Helen Marsh", "Tomás Aguilar", "Ingrid Falk", "Olu Adeyemi", "Claire Dufresne"]


def book_catalog(c: Ctx) -> Any:
    items = []
    with_authors = c.chance(0.3)
    for title, genre in c.r.sample(BOOKS, c.r.randint(2, 4)):
        item: dict[str, Any] = {c.k("title"): title, c.k("genre"): genre,
                                c.k("isbn"): v.isbn13(c.r), c.k("price"): c.amount(8, 40),
                                c.k("publisher"): c.pick(["Northbank Press", "Éditions Lumen"])}
        if with_authors:
            c.mark("person_name")
            item[c.k("author")] = c.pick(AUTHORS)
        items.append(item)
    c.tag("authors" if with_authors else "no authors")
    return c.envelope({c.k("category_page"): c.r.randint(1, 20), c.k("books"): items})


def analytics_coarse(c: Ctx) -> Any:
    rows = []
    for city, country, lat, lon in c.r.sample(COARSE_PLACES, c.r.randint(2, 5)):
        places = c.pick([1, 2, 2, 3])
        rows.append({c.k("city"): city, c.k("country"): country,
                     c.k("lat"): round(lat, places), c.k("lon"): round(lon, places),
                     c.k("visits"): c.r.randint(10, 90000),
                     c.k("bounce_rate"): round(c.r.uniform(0.1, 0.9), 4)})
    return c.envelope({c.k("report"): "weekly_visits_by_city", c.k("week"): c.day(),
                       c.k("rows"): rows})


def public_keys(c: Ctx) -> Any:
    variant = c.r.random()
    if variant < 0.35:
        keys = [{"kty": "RSA", "kid": c.hexstr(16), "use": "sig", "alg": "RS256",
                 "n": c.token(342, string.ascii_letters + string.digits + "-_"), "e": "AQAB"}
                for _ in range(c.r.randint(1, 2))]
        return {"keys": keys}
    if variant < 0.7:
        return {c.k("authorized_keys"): [c.ssh_public() for _ in range(c.r.randint(1, 3))],
                c.k("host"): "bastion-" + c.token(4, string.digits)}
    return {c.k("key_id"): "key_" + c.hexstr(12), c.k("public_key"): c.pem_public(),
            c.k("algorithm"): c.pick(["RSA-2048", "ECDSA-P256"]),
            c.k("sha256_fingerprint"): ":".join(c.hexstr(2).upper() for _ in range(32))}


def media_assets(c: Ctx) -> Any:
    assets = []
    for _ in range(c.r.randint(1, 3)):
        stem = c.pick(["hero-banner", "icon-cart", "logo", "promo-summer"])
        assets.append({c.k("file_name"): f"{stem}{c.pick(['', '@2x', '@3x'])}.png",
                       c.k("mime"): "image/png", c.k("width"): c.pick([64, 128, 640]),
                       c.k("height"): c.pick([64, 128, 480]),
                       c.k("sha256"): c.hexstr(64),
                       c.k("thumbnail_b64"): c.b64blob(c.r.randint(80, 240))})
    return c.envelope({c.k("assets"): assets, c.k("cdn"): "https://cdn.example.com/v3/"})


def sensor_readings(c: Ctx) -> Any:
    _, _, lat, lon = c.pick(COARSE_PLACES)
    doc: dict[str, Any] = {
        c.k("station"): f"WS-{c.r.randint(100, 999)}",
        c.k("site"): {c.k("lat"): round(lat, 2), c.k("lon"): round(lon, 2)},
        c.k("readings"): [{c.k("temperature_c"): round(c.r.uniform(-5, 35), 4),
                           c.k("humidity"): round(c.r.uniform(0.2, 0.95), 4),
                           c.k("pressure_hpa"): round(c.r.uniform(980, 1040), 4),
                           c.k("ts"): c.ts()} for _ in range(c.r.randint(1, 3))],
    }
    if c.chance(0.4):
        doc[c.k("fx_rates")] = {"EURUSD": round(c.r.uniform(1.05, 1.12), 4),
                                "EURGBP": round(c.r.uniform(0.83, 0.88), 4)}
    if c.chance(0.3):
        doc[c.k("wavelength_nm")] = round(c.r.uniform(400, 700), 5)
    return doc


def feature_flags(c: Ctx) -> Any:
    flags = [{c.k("name"): c.pick(["new_checkout_flow", "union_search", "health_widget",
                                   "party_mode_theme", "race_results_page"]),
              c.k("enabled"): c.chance(0.5), c.k("rollout"): round(c.r.uniform(0, 1), 2)}
             for _ in range(c.r.randint(2, 4))]
    return {c.k("flags"): flags,
            c.k("password_policy"): {c.k("min_length"): 12, c.k("require_symbol"): True,
                                     c.k("max_age_days"): 365},
            c.k("environment"): "production"}


def schema_registry(c: Ctx) -> Any:
    variant = c.r.random()
    if variant < 0.4:
        return {"type": "record", "name": "OrderPlaced", "namespace": "com.acme.events",
                "fields": [{"name": "order_id", "type": "string"},
                           {"name": "coupon", "type": ["null", "string"], "default": None},
                           {"name": "total", "type": {"type": "bytes",
                                                      "logicalType": "decimal"}}]}
    if variant < 0.7:
        return {"language": "typescript", "snippet": "type Result = Success | Failure;",
                "kind": "union", "docs": "A union type describes a value that can be one of "
                                          "several types.", "since": c.version()}
    return {"schema": "union SearchResult = Book | Author | Shelf", "format": "graphql",
            "checksum": c.hexstr(40)}


def restaurant_list(c: Ctx) -> Any:
    places = []
    for _ in range(c.r.randint(2, 4)):
        lat, lon = c.coarse()
        places.append({c.k("name"): c.pick(["Saffron Ethnic Kitchen", "Casa Tapas",
                                            "Le Petit Bistro", "Pho Saigon", "Ethno Grill"]),
                       c.k("cuisine"): c.pick(["ethnic", "Vietnamese", "Spanish", "French"]),
                       c.k("rating"): round(c.r.uniform(3, 5), 1),
                       c.k("price_level"): c.r.randint(1, 4),
                       c.k("district"): c.pick(["Kreuzberg", "Le Marais", "Malasaña"]),
                       c.k("location"): {c.k("lat"): lat, c.k("lng"): lon}})
    return c.envelope({c.k("results"): places, c.k("query"): "ethnic restaurants near me"})


def press_feed(c: Ctx) -> Any:
    source = c.pick(["Labour Party", "Democratic National Committee", "SPD Parteivorstand",
                     "Les Républicains", "Partido Popular"])
    items = [{"title": c.pick(["Plan for rail investment published",
                               "Statement on the budget vote",
                               "Conference dates announced",
                               "Response to the inflation figures"]),
              "published": c.ts(), "url": f"https://press.example.org/{c.token(8).lower()}"}
             for _ in range(c.r.randint(2, 4))]
    return {"feed": "press-releases", "source": source, "items": items}


def news_feed(c: Ctx) -> Any:
    items = [{c.k("headline"): c.pick(["Parliament debates new union rules for rail workers",
                                       "Election turnout hits record high",
                                       "Health ministry publishes flu statistics",
                                       "Survey: church attendance keeps falling"]),
              c.k("section"): c.pick(["politics", "health", "society"]),
              c.k("published_at"): c.ts()} for _ in range(c.r.randint(2, 4))]
    return c.envelope({c.k("items"): items, c.k("cursor"): c.hexstr(20)})


def ga_config(c: Ctx) -> Any:
    return {c.k("optimizer"): {c.k("algorithm"): "genetic", c.k("population_size"): c.pick(
        [50, 100, 200]), c.k("mutation_rate"): round(c.r.uniform(0.001, 0.05), 4),
        c.k("crossover"): "uniform", c.k("elitism"): 2, c.k("seed"): c.r.randint(1, 9999)},
            c.k("objective"): "minimize_delivery_cost"}


def gene_reference(c: Ctx) -> Any:
    genes = [{"symbol": str(c.pick(GENES)), "chromosome": str(c.r.randint(1, 22)),
              "start": c.r.randint(1_000_000, 90_000_000), "strand": c.pick(["+", "-"]),
              "assembly": "GRCh38"} for _ in range(c.r.randint(2, 4))]
    return {"source": "reference-annotation", "release": c.r.randint(100, 112), "genes": genes}


def crime_stats(c: Ctx) -> Any:
    rows = [{c.k("district"): c.pick(["Mitte", "Neukölln", "Centro", "3e arrondissement"]),
             c.k("year"): c.r.randint(2019, 2024), c.k("burglaries"): c.r.randint(50, 900),
             c.k("thefts"): c.r.randint(300, 5000),
             c.k("conviction_rate"): round(c.r.uniform(0.1, 0.6), 3)}
            for _ in range(c.r.randint(2, 4))]
    return c.envelope({c.k("dataset"): "recorded-offences", c.k("rows"): rows})


def game_telemetry(c: Ctx) -> Any:
    return {"player_id": "p_" + c.token(8, string.digits), "match_id": c.uuid(),
            "character": {"class": c.pick(["paladin", "ranger"]), "health": c.r.randint(0, 100),
                          "max_health": 100, "mana": c.r.randint(0, 80)},
            "race": c.pick(["elf", "dwarf", "orc"]), "party": {"size": c.r.randint(1, 4)},
            "score": c.r.randint(0, 5000)}


def reconciliation(c: Ctx) -> Any:
    lines = [{c.k("txn_ref"): c.bad_luhn(), c.k("amount"): c.amount(),
              c.k("status"): c.pick(["matched", "unmatched"])} for _ in range(c.r.randint(2, 4))]
    doc: dict[str, Any] = {c.k("batch_id"): c.uuid(), c.k("settlement_date"): c.day(),
                           c.k("lines"): lines, c.k("card_last4_seen"): [
                               f"{c.r.randint(0, 9999):04d}" for _ in range(2)]}
    if c.chance(0.6):
        doc[c.k("batch_reference")] = c.bad_iban()
        c.tag("bad-checksum IBAN-shaped ref")
    if c.chance(0.4):
        doc[c.k("validation_errors")] = [{c.k("field"): "iban", c.k("value"): c.bad_iban(False),
                                          c.k("error"): "checksum mismatch"}]
        c.tag("rejected IBAN")
    c.tag("luhn-fail refs")
    return c.envelope(doc)


def tls_fingerprints(c: Ctx) -> Any:
    return {c.k("client_hello"): {c.k("ja3"): c.hexstr(32), c.k("ja4"): "t13d1516h2_"
                                  + c.hexstr(12) + "_" + c.hexstr(12)},
            c.k("device_fingerprint"): c.hexstr(40),
            c.k("cert_fingerprint_sha256"): ":".join(c.hexstr(2).upper() for _ in range(32)),
            c.k("risk_score"): round(c.r.uniform(0, 1), 3)}


def embeddings(c: Ctx) -> Any:
    return c.envelope({c.k("doc_id"): c.sku(), c.k("title"): c.pick(PRODUCT_NAMES),
                       c.k("model"): "text-embed-small-v3",
                       c.k("embedding"): [round(c.r.uniform(-0.2, 0.2), 5)
                                          for _ in range(c.pick([16, 32]))]})


def race_results(c: Ctx) -> Any:
    return {"race": c.pick(["City Half Marathon 2024", "Berlin 10K Night Run"]),
            "results": [{"bib": c.r.randint(100, 9999), "category": c.pick(["M40", "W30", "M20"]),
                         "time": f"{c.r.randint(0, 2)}:{c.r.randint(10, 59)}:{c.r.randint(10, 59)}"}
                        for _ in range(c.r.randint(3, 6))]}


def region_config(c: Ctx) -> Any:
    return c.envelope({c.k("region"): c.pick(["eu-central-1", "eu-west-3"]),
                       c.k("jurisdiction"): "European Union", c.k("data_residency"): "EU",
                       c.k("vat"): {c.k("standard_rate"): c.pick([0.19, 0.2, 0.21])},
                       c.k("replicas"): c.r.randint(2, 5)})


def password_policy(c: Ctx) -> Any:
    users = []
    for _ in range(c.r.randint(1, 3)):
        hashed = c.pick([f"$argon2id$v=19$m=65536,t=3,p=4${c.token(22)}${c.token(43)}",
                         f"$2b$12${c.token(53, string.ascii_letters + string.digits + './')}"])
        users.append({c.k("user_id"): "usr_" + c.token(12), c.k("password_hash"): hashed,
                      c.k("password_changed_at"): c.ts(), c.k("mfa"): c.chance(0.6)})
    doc: dict[str, Any] = {c.k("migrated_users"): users, c.k("hash_algorithm"): "argon2id"}
    if c.chance(0.5):
        doc[c.k("api_key")] = c.pick(["********", "[REDACTED]", "sk_live_************************"])
        doc[c.k("password")] = None
        c.tag("masked secrets")
    return c.envelope(doc)


def error_log(c: Ctx) -> Any:
    message = c.pick(["TypeError: cannot read properties of undefined (reading 'union')",
                      "HealthCheckTimeout: upstream did not answer within 2000 ms",
                      "KeyError: 'religion_code' in ref table loader",
                      "ValueError: invalid literal for int() with base 10: 'v2.0.0-rc.1'"])
    return {c.k("level"): "error", c.k("message"): message, c.k("request_id"): c.uuid(),
            c.k("path"): f"/v1/orders/{c.order_no()}",
            c.k("stack"): "  File \"app/handlers.py\", line 88, in handle\n"
                          "  File \"app/schema.py\", line 12, in parse",
            c.k("service_version"): c.version()}


def vat_invoice(c: Ctx) -> Any:
    seller, buyer = c.r.sample(list(COMPANIES.items(c.split)), 2)
    return c.envelope({
        c.k("invoice_no"): f"INV-{c.r.randint(2023, 2025)}-{c.r.randint(1, 9999):04d}",
        c.k("seller"): {c.k("name"): seller,
                        c.k("vat_id"): "DE" + "".join(c.r.choice(string.digits) for _ in range(9))},
        c.k("buyer"): {c.k("name"): buyer,
                       c.k("vat_id"): "FR" + "".join(c.r.choice(string.digits) for _ in range(11))},
        c.k("lines"): [{c.k("sku"): c.sku(), c.k("net"): c.amount()} for _ in range(2)],
        c.k("due_date"): c.day(), c.k("shipped_on"): c.day(),
    })


def pharmacy_catalog(c: Ctx) -> Any:
    items = [{c.k("pzn"): f"{c.r.randint(1000000, 9999999):08d}",
              c.k("name"): c.pick(["Ibuprofen 400 mg, 20 tablets", "Cetirizine 10 mg, 7 tablets",
                                   "Paracetamol 500 mg, 16 tablets", "Vitamin D3 1000 IU"]),
              c.k("prescription_only"): False, c.k("price"): c.amount(2, 25)}
             for _ in range(c.r.randint(2, 4))]
    return c.envelope({c.k("pharmacy_catalog"): items, c.k("updated"): c.day()})


def insurance_plans(c: Ctx) -> Any:
    plans = [{"PlanName": c.pick(["Health Basic", "Health Plus Family", "Dental & Vision Add-on"]),
              "MonthlyPremium": c.amount(20, 600), "Deductible": c.pick([500, 1500, 3000]),
              "Covers": c.r.sample(["hospital", "maternity", "mental health", "dental"], 2)}
             for _ in range(c.r.randint(2, 3))]
    return {"Insurer": c.pick(["Meridian Health Insurance", "Securitas Salud"]), "Plans": plans}
