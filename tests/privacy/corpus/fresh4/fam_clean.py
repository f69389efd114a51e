"""Clean payloads: hard negatives only, no kind at all.

Nothing here may go through a marking generator of the context; the build checks that each of
these documents ends up with an empty label.
"""

from __future__ import annotations

from typing import Any

from . import phrases as T
from .gen import Ctx


def service_health(c: Ctx) -> Any:
    c.neg("service health check")
    if c.chance(0.5):
        return {"status": c.pick(("UP", "DEGRADED")), "components": {
            "db": {"status": "UP", "details": {"database": "PostgreSQL",
                                               "validationQuery": "isValid()"}},
            "diskSpace": {"status": "UP", "details": {"total": 107374182400,
                                                      "free": c.r.randint(10**9, 9 * 10**10),
                                                      "threshold": 10485760}},
            "redis": {"status": "UP", "details": {"version": c.version()}},
            "livenessState": {"status": "UP"}}}
    return {"service": c.pick(("orders-svc", "auth", "notifier")), "healthy": c.chance(0.8),
            "checks": [{"name": n, "ok": c.chance(0.9), "latency_ms": c.r.randint(1, 90)}
                       for n in ("postgres", "kafka", "s3")],
            "health_score": round(c.r.uniform(0.7, 1.0), 2), "uptime_s": c.r.randint(10**4,
                                                                                   10**6)}


def game_stats(c: Ctx) -> Any:
    c.neg("game character health/race/faction")
    return {"match_id": c.uuid(), "mode": c.pick(("ranked", "arena")),
            "players": [{"gamertag": c.pick(("xXFrostbyteXx", "QuietKestrel", "Lumpi_42",
                                             "ElTorbellino")),
                         "character": {"class": c.pick(("Paladin", "Rogue", "Druid")),
                                       "race": c.pick(("Dwarf", "Night Elf", "Orc", "Human")),
                                       "faction": c.pick(("Alliance", "Horde")),
                                       "guild": c.pick(("Union of the Ember", "Iron Covenant",
                                                        "Les Sans-Nom")),
                                       "health": c.r.randint(0, 900), "max_health": 900,
                                       "mana": c.r.randint(0, 300)},
                         "kills": c.r.randint(0, 25), "deaths": c.r.randint(0, 12)}
                        for _ in range(2)],
            "server_region": "eu-west", "patch": c.version()}


def sql_log(c: Ctx) -> Any:
    c.neg("sql union")
    q = c.pick((
        "SELECT sku, qty FROM stock_de WHERE qty < 5 UNION ALL SELECT sku, qty FROM stock_fr "
        "WHERE qty < 5",
        "SELECT region, SUM(total) FROM orders_2024 GROUP BY region UNION SELECT 'ALL', "
        "SUM(total) FROM orders_2024",
        "WITH a AS (SELECT id FROM events WHERE kind = 'click') SELECT COUNT(*) FROM a UNION "
        "SELECT COUNT(*) FROM events_archive"))
    return {"db": "analytics", "statement": q, "duration_ms": round(c.r.uniform(1, 900), 2),
            "rows": c.r.randint(0, 5000), "plan_hash": c.hexs(16)}


def type_unions(c: Ctx) -> Any:
    c.neg("union types")
    kind = c.pick(("ts", "graphql", "avro", "jsonschema"))
    if kind == "ts":
        return {"file": "src/types/result.ts", "source":
                "export type Result<T> = { ok: true; value: T } | { ok: false; error: string };\n"
                "export type Shape = Circle | Square | Triangle;"}
    if kind == "graphql":
        return {"sdl": "union SearchResult = Product | Category | Brand\n"
                       "type Query { search(term: String!): [SearchResult!]! }"}
    if kind == "avro":
        return {"type": "record", "name": "OrderPlaced", "namespace": "shop.events",
                "fields": [{"name": "orderId", "type": "string"},
                           {"name": "coupon", "type": ["null", "string"], "default": None},
                           {"name": "total", "type": {"type": "bytes",
                                                      "logicalType": "decimal",
                                                      "precision": 10, "scale": 2}}]}
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "Payment", "oneOf": [{"$ref": "#/$defs/Card"},
                                          {"$ref": "#/$defs/SepaDebit"}]}


def eu_trade(c: Ctx) -> Any:
    c.neg("european union")
    return {"reporter": "European Union", "partner": c.pick(("Japan", "Canada", "Mercosur")),
            "hs_code": c.pick(("8703", "0406", "3004")), "year": c.r.randint(2019, 2024),
            "value_eur_mn": round(c.r.uniform(100, 9000), 1),
            "note": "Extra-EU trade; intra-Union flows excluded."}


def credit_union_rates(c: Ctx) -> Any:
    c.neg("credit union")
    return {"institution": "Pineview Credit Union", "products": [
        {"name": f"{m}-month share certificate", "apy": round(c.r.uniform(3.1, 4.6), 2),
         "min_deposit": 500} for m in (6, 12, 24)], "insured_by": "NCUA",
        "updated": c.day(2024, 2025).isoformat()}


def book_taxonomy(c: Ctx) -> Any:
    c.neg("book genres")
    return {"taxonomy": "BISAC", "nodes": [
        {"code": "REL000000", "label": "RELIGION / General"},
        {"code": "REL012000", "label": "RELIGION / Christian Living / General"},
        {"code": "TRU002000", "label": "TRUE CRIME / Murder / General"},
        {"code": "HEA039000", "label": "HEALTH & FITNESS / Diseases & Conditions / General"},
        {"code": "POL040000", "label": "POLITICAL SCIENCE / American Government"},
        {"code": "SOC012000", "label": "SOCIAL SCIENCE / LGBTQ+ Studies / General"}][
        : c.r.randint(3, 6)], "locale": c.pick(("en-US", "de-DE"))}


def party_press_feed(c: Ctx) -> Any:
    c.neg("party press feed without individuals")
    items = c.r.sample([
        {"party": "Bündnis 90/Die Grünen", "title": "Positionspapier zur Verkehrswende",
         "lang": "de"},
        {"party": "Parti socialiste", "title": "Nos propositions pour le logement", "lang": "fr"},
        {"party": "PSOE", "title": "Comunicado sobre la reforma de las pensiones", "lang": "es"},
        {"party": "Liberal Democrats", "title": "Manifesto costings published", "lang": "en"},
        {"party": "CDU", "title": "Beschluss des Bundesvorstands zur Wirtschaftspolitik",
         "lang": "de"}], 3)
    for it in items:
        it["published"] = c.ts()
        it["url"] = f"https://press.example.org/{c.hexs(8)}"
    return {"feed": "party-press", "items": items}


def aggregate_stats(c: Ctx) -> Any:
    kind = c.pick(("census", "union", "crime", "flu", "election", "ethnic"))
    c.neg(f"aggregate {kind}")
    if kind == "census":
        return {"area": "Kassel", "year": 2022, "religious_affiliation_share": {
            "roman_catholic": 0.21, "protestant": 0.29, "other_or_none": 0.50}}
    if kind == "union":
        return {"country": "DE", "sector": "manufacturing", "union_density_pct": 17.4,
                "collective_bargaining_coverage_pct": 49.0, "source": "survey panel"}
    if kind == "crime":
        return {"city": "Leeds", "month": "2024-09", "by_district": [
            {"district": d, "offences_recorded": c.r.randint(120, 2400),
             "burglary": c.r.randint(5, 90)} for d in ("Headingley", "Armley", "Chapel Allerton")]}
    if kind == "flu":
        return {"region": "Bretagne", "week": "2025-W04", "ili_cases_per_100k": 312.4,
                "hospital_admissions": c.r.randint(40, 300), "trend": "rising"}
    if kind == "election":
        return {"constituency": "Kassel-Mitte", "turnout": 0.764,
                "results_pct": {"SPD": 28.1, "CDU": 24.3, "Grüne": 17.9, "AfD": 11.2}}
    return {"survey": "Labour Force Survey", "region": "West Yorkshire",
            "employment_rate_by_ethnic_group": {"White": 0.76, "Asian": 0.66, "Black": 0.69,
                                                "Mixed": 0.71}}


def drug_catalog(c: Ctx) -> Any:
    c.neg("otc drug catalog")
    return {"catalog": "apotheke-otc", "items": c.r.sample([
        {"name": "Ibuprofen 400 mg", "pack": "20 Filmtabletten",
         "indication": "Kopfschmerzen, Fieber", "price": 3.95},
        {"name": "Cetirizin 10 mg", "pack": "20 Tabletten",
         "indication": "Heuschnupfen, allergische Rhinitis", "price": 4.49},
        {"name": "Loperamide 2 mg", "pack": "12 capsules", "indication": "Acute diarrhoea",
         "price": 2.99},
        {"name": "Paracétamol 1 g", "pack": "8 comprimés", "indication": "Douleurs et fièvre",
         "price": 2.18},
        {"name": "Omeprazol 20 mg", "pack": "14 cápsulas", "indication": "Acidez de estómago",
         "price": 5.10}], 3), "currency": "EUR"}


def food_allergens(c: Ctx) -> Any:
    c.neg("food allergens")
    return {"products": [{"sku": c.sku(), "ean": c.ean13(), "name": n, "allergens": a,
                          "may_contain": m}
                         for n, a, m in c.r.sample([
                             ("Hazelnut Crunch Bar", ["hazelnuts", "milk", "soy"], ["peanuts"]),
                             ("Dinkel-Vollkornbrot", ["Gluten (Dinkel)"], ["Sesam"]),
                             ("Pesto alla genovese", ["milk", "pine nuts"], []),
                             ("Galletas sin gluten", [], ["huevo", "leche"])], 2)]}


def gene_reference(c: Ctx) -> Any:
    c.neg("gene reference data")
    genes = [("BRCA1", "HGNC:1100", "17", 43044295, 43125483, "-"),
             ("CFTR", "HGNC:1884", "7", 117480025, 117668665, "+"),
             ("APOE", "HGNC:613", "19", 44905791, 44909393, "+"),
             ("HFE", "HGNC:4886", "6", 26087281, 26098343, "+"),
             ("CYP2D6", "HGNC:2625", "22", 42126499, 42130810, "-")]
    return {"assembly": "GRCh38", "source": "gene-ref-mirror",
            "genes": [{"symbol": s, "hgnc_id": h, "chrom": ch, "start": a, "end": b,
                       "strand": st} for s, h, ch, a, b, st in c.r.sample(genes, 3)]}


def ga_config(c: Ctx) -> Any:
    c.neg("genetic algorithm config")
    return {"optimizer": "genetic_algorithm", "population_size": c.pick((100, 200, 400)),
            "mutation_rate": c.pick((0.0125, 0.0375, 0.0075)), "crossover": "uniform",
            "elitism": 4, "generations": c.r.randint(100, 800), "seed": c.r.randint(1, 9999),
            "objective": "minimise route cost"}


def fingerprints_tls(c: Ctx) -> Any:
    c.neg("tls/ssh/device fingerprints")
    return {"client": {"ja3": c.hexs(32), "ja4": f"t13d1516h2_{c.hexs(12)}_{c.hexs(12)}",
                       "device_fingerprint": c.sha256(), "tls_version": "1.3"},
            "server": {"cert_sha256_fingerprint": ":".join(c.hexs(2).upper() for _ in range(32)),
                       "ssh_host_key": f"SHA256:{c.b64bytes(32).rstrip('=')}"},
            "bot_score": c.r.randint(1, 99)}


def race_results(c: Ctx) -> Any:
    c.neg("sports race")
    if c.chance(0.5):
        return {"meeting": "Doncaster", "race": "14:15 Handicap (Class 4)", "going": "Good",
                "runners": [{"horse": h, "draw": i + 1, "sp": o, "finish": i + 1}
                            for i, (h, o) in enumerate(c.r.sample([
                                ("Copper Kettle", "5/1"), ("Misty Quarry", "9/2"),
                                ("Harbour Lights", "11/4"), ("Saint Elwin", "12/1")], 3))]}
    return {"event": "Carrera Popular Ribera 10K", "category_results": [
        {"category": "M40", "finishers": c.r.randint(80, 300), "best_time": "00:34:12"},
        {"category": "F35", "finishers": c.r.randint(60, 250), "best_time": "00:38:47"}],
        "weather": "nublado"}


def kyb_screen(c: Ctx) -> Any:
    c.neg("company screening pep flag")
    return {"entity": c.pick(("Kestrel Analytics GmbH", "Atelier Marceau SARL",
                              "Ferretería Olmedo S.L.")),
            "registry_number": f"HRB {c.r.randint(1000, 99999)}",
            "vat_id": f"DE{c.r.randint(100000000, 999999999)}",
            "screening": {"pep": False, "sanctions_hits": 0, "adverse_media": False},
            "risk_rating": c.pick(("low", "medium"))}


def statute_text(c: Ctx) -> Any:
    c.neg("statute text without a person")
    return c.pick((
        {"code": "StGB", "section": "§ 242", "title": "Diebstahl",
         "text": "(1) Wer eine fremde bewegliche Sache einem anderen in der Absicht wegnimmt, "
                 "die Sache sich oder einem Dritten rechtswidrig zuzueignen, wird mit "
                 "Freiheitsstrafe bis zu fünf Jahren oder mit Geldstrafe bestraft."},
        {"code": "CA Penal Code", "section": "459", "title": "Burglary",
         "text": "Every person who enters any house, room, apartment ... with intent to commit "
                 "grand or petit larceny or any felony is guilty of burglary."},
        {"code": "Código Penal", "section": "art. 234", "title": "Hurto",
         "text": "El que, con ánimo de lucro, tomare las cosas muebles ajenas sin la voluntad "
                 "de su dueño será castigado..."},
        {"code": "Code pénal", "section": "art. 311-1", "title": "Vol",
         "text": "Le vol est la soustraction frauduleuse de la chose d'autrui."}))


def validation_errors(c: Ctx) -> Any:
    what = c.pick(("card", "iban", "dni", "mixed"))
    errors = []
    if what in ("card", "mixed"):
        errors.append({"field": "payment.card.number", "code": "invalid_checksum",
                       "value": c.bad_card(c.pick(("", " ", "-")))})
    if what in ("iban", "mixed"):
        errors.append({"field": "iban", "code": "iban_checksum_failed",
                       "value": c.bad_iban(grouped=c.chance(0.5))})
    if what == "dni":
        errors.append({"field": "documento", "code": "letra_incorrecta", "value": c.bad_dni()})
    return {"status": 422, "title": "Validation failed", "request_id": c.uuid(),
            "errors": errors}


def build_metadata(c: Ctx) -> Any:
    c.neg("version strings")
    return {"app": "quillpoint-api", "version": c.version(), "commit": c.sha1(),
            "built": c.ts(), "assemblyVersion": f"{c.r.randint(1, 9)}.0."
                                                f"{c.r.randint(256, 9999)}.{c.r.randint(0, 99)}",
            "os_build": f"10.0.{c.r.randint(19041, 26100)}.{c.r.randint(1000, 4999)}",
            "runtime": c.pick(("go1.22.3", "node v20.12.2", "python 3.11.9")),
            "deps": ["lodash@4.17.21", "react@18.3.1", "@scope/ui-kit@2.4.0"],
            "assets": ["logo@2x.png", "hero@3x.webp"]}


def inventory(c: Ctx) -> Any:
    c.neg("skus/uuids/hashes/eans")
    if c.chance(0.4):  # a bare array of stock rows
        return [{"sku": c.sku(), "id": c.uuid(), "ean": c.ean13(), "on_hand": c.r.randint(0, 90),
                 "bin": f"{c.pick('ABCDEF')}-{c.r.randint(1, 40):02d}-{c.r.randint(1, 9)}"}
                for _ in range(c.r.randint(2, 5))]
    return {"warehouse": c.pick(("DC-4", "Lager Süd", "Entrepôt 2")), "items": [
        {"sku": c.sku(), "id": c.uuid(), "ean": c.ean13(), "qty": c.r.randint(0, 400),
         "checksum": c.sha256(), "lot": f"L{c.r.randint(2023, 2025)}-{c.r.randint(10, 99)}"}
        for _ in range(c.r.randint(2, 4))], "isbn_sample": c.isbn13()}


def jwks(c: Ctx) -> Any:
    kind = c.pick(("jwks", "pem", "cert", "ssh"))
    if kind == "jwks":
        c.neg("jwks public keys")
        return {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": c.hexs(16),
                          "n": c.b64bytes(256, url=True), "e": "AQAB"} for _ in range(2)]}
    if kind == "pem":
        return {"key_id": c.hexs(16), "algorithm": "RSA-2048", "public_key": c.public_key()}
    if kind == "cert":
        return {"domain": "api.quillpoint.io", "not_after": c.ts(2026),
                "chain": [c.certificate()], "fingerprint_sha256": c.sha256()}
    return {"authorized_keys": [c.ssh_pub() for _ in range(2)], "host": "bastion-1"}


def media_blob(c: Ctx) -> Any:
    c.neg("non-secret base64")
    png = "iVBORw0KGgoAAAANSUhEUgAAA" + c.b64bytes(90)
    return {"asset_id": c.uuid(), "thumbnail": f"data:image/png;base64,{png}",
            "etag": f'"{c.hexs(32)}"', "next_page_token": c.b64text(
                f'{{"offset": {c.r.randint(50, 5000)}, "limit": 50}}'),
            "content_md5": c.b64bytes(16)}


def coarse_geo(c: Ctx) -> Any:
    kind = c.pick(("weather", "centroids", "stores"))
    if kind == "weather":
        lat, lon = c.point(decimals=2)
        return {"grid": {"lat": lat, "lon": lon}, "temperature_c": round(c.r.uniform(-5, 30), 4),
                "humidity": round(c.r.uniform(0.2, 0.99), 4), "model": "icon-d2"}
    if kind == "centroids":
        out = []
        for city in c.r.sample(["Bielefeld", "Rennes", "Zaragoza", "Leeds"], 3):
            lat, lon = c.point(city, decimals=c.pick((1, 2, 3)))
            out.append({"city": city, "lat": lat, "lon": lon})
        return {"centroids": out}
    lat, lon = c.point(decimals=3)
    return {"store_locator": {"region": "Nordhessen", "center": [lon, lat], "radius_km": 25,
                              "stores_found": c.r.randint(1, 9)}}


def marketing_campaign(c: Ctx) -> Any:
    c.neg("marketing campaign")
    return {"campaign": c.pick(("Spring Refresh", "Rentrée 2024", "Black Friday Early Access")),
            "utm_source": "newsletter", "utm_medium": "email", "sends": c.r.randint(10**4, 10**5),
            "ctr": round(c.r.uniform(0.01, 0.09), 4), "conversions": c.r.randint(10, 900),
            "segment": "returning_customers"}


def hr_policy(c: Ctx) -> Any:
    c.neg("hr policy without a person")
    return {"policy_id": "HR-POL-07", "country": c.pick(("DE", "FR", "UK")),
            "probation_months": 6, "sick_note_required_after_days": 3,
            "collective_agreement": "Tarifvertrag Einzelhandel NRW",
            "text": T.near_miss(c, "criminal_record")}


def insurance_plans(c: Ctx) -> Any:
    c.neg("insurance plan catalog")
    return {"carrier": "Tidewater Insurance Co.", "plans": [
        {"plan_id": f"TW-{t}-2025", "tier": t, "monthly_premium": c.money(180, 700),
         "covers": c.r.sample(["HIV treatment", "maternity care", "mental health",
                                "physiotherapy", "IVF", "dental"], 3)}
        for t in ("Bronze", "Silver", "Gold")]}


def secrets_config(c: Ctx) -> Any:
    c.neg("masked/referenced secrets")
    doc: dict[str, Any] = {
        "password_policy": {"min_length": 12, "require_symbols": True, "max_age_days": 90},
        "env": [{"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {"name": "db-creds",
                                                                       "key": "password"}}},
                {"name": "STRIPE_SECRET_KEY", "value": "sk_live_" + "*" * 20},
                {"name": "API_TOKEN", "value": "[REDACTED]"}],
        "smtp": {"user": "mailer", "password": None},
        "admin_password_hash": c.pick((c.bcrypt(), c.argon2())),
        "api_key_id": f"key_{c.alnum(20)}", "token_type": "Bearer", "expires_in": 3600}
    return doc


def image_metadata(c: Ctx) -> Any:
    c.neg("orientation/faces boxes/county names")
    return {"file": f"IMG_{c.r.randint(1000, 9999)}.HEIC", "orientation": c.pick(("landscape",
                                                                                   "portrait")),
            "exif": {"Orientation": c.pick((1, 6, 8)), "Make": "Apple", "FNumber": 1.78},
            "faces_detected": c.r.randint(0, 3),
            "boxes": [{"x": round(c.r.uniform(0.1, 0.8), 4), "y": round(c.r.uniform(0.1, 0.8),
                                                                         4),
                       "w": round(c.r.uniform(0.05, 0.2), 4), "h": round(c.r.uniform(0.05, 0.2),
                                                                         4)}],
            "album": c.pick(("Essex coast weekend", "Sussex downs", "Middlesex cricket"))}


def holiday_calendar(c: Ctx) -> Any:
    c.neg("public holidays")
    return {"calendar": c.pick(("DE-NW", "UK", "ES-MD")), "year": 2025, "holidays": [
        {"date": "2025-04-18", "name": "Good Friday / Karfreitag"},
        {"date": "2025-03-31", "name": "Eid al-Fitr (observed, optional)"},
        {"date": "2025-10-02", "name": "Yom Kippur (optional day off)"},
        {"date": "2025-11-01", "name": "Allerheiligen"}]}


def trial_registry(c: Ctx) -> Any:
    c.neg("trial registry without patients")
    return {"trial_id": f"NCT0{c.r.randint(1000000, 6999999)}",
            "condition": c.pick(("Type 2 Diabetes", "Major Depressive Disorder",
                                 "HIV-1 Infection", "Crohn Disease")),
            "phase": c.pick(("Phase 2", "Phase 3")), "target_enrollment": c.r.randint(60, 900),
            "sites": [{"city": s, "country": cc} for s, cc in c.r.sample(
                [("Kassel", "DE"), ("Rennes", "FR"), ("Murcia", "ES"), ("Tulsa", "US")], 2)],
            "status": "Recruiting"}


def job_posting(c: Ctx) -> Any:
    c.neg("eeo boilerplate")
    return {"title": c.pick(("Warehouse Associate", "Pflegefachkraft (m/w/d)",
                             "Chargé de clientèle", "Backend Engineer")),
            "location": c.pick(("Tacoma, WA", "Kassel", "Angers", "Remote (EU)")),
            "benefits": ["health insurance", "pension", "30 days leave"],
            "eeo_statement": "We are an equal opportunity employer. We do not discriminate on "
                             "the basis of race, religion, sex, sexual orientation, disability, "
                             "union membership or criminal history where prohibited by law.",
            "apply_url": f"https://jobs.example.com/p/{c.hexs(10)}"}


def product_embeddings(c: Ctx) -> Any:
    c.neg("text embeddings")
    return {"model": "text-embedding-3-small", "items": [
        {"sku": c.sku(), "embedding": [round(c.r.gauss(0, 0.05), 6) for _ in range(12)]}
        for _ in range(2)]}


def exchange_rates(c: Ctx) -> Any:
    c.neg("4-decimal non-coordinates")
    return {"base": "EUR", "date": c.day(2024, 2025).isoformat(),
            "rates": {"USD": round(c.r.uniform(1.05, 1.12), 4),
                      "GBP": round(c.r.uniform(0.83, 0.88), 4),
                      "CHF": round(c.r.uniform(0.93, 0.98), 4)}}


def sports_fixtures(c: Ctx) -> Any:
    c.neg("rugby union")
    return {"competition": c.pick(("Rugby Union Premiership", "Top 14", "División de Honor")),
            "round": c.r.randint(1, 22), "fixtures": [
                {"home": h, "away": a, "kickoff": c.ts()}
                for h, a in c.r.sample([("Bristol Bears", "Leicester Tigers"),
                                        ("Stade Rochelais", "Union Bordeaux-Bègles"),
                                        ("Sale Sharks", "Bath")], 2)]}


def news_headlines(c: Ctx) -> Any:
    c.neg("news headlines without individuals")
    return {"section": "politics", "items": [{"headline": h, "published": c.ts()} for h in
                                             c.r.sample(["Coalition talks stall over budget",
                                                         "Gewerkschaften rufen zu Warnstreiks "
                                                         "auf",
                                                         "Le Parlement adopte la réforme",
                                                         "El Congreso aprueba los presupuestos",
                                                         "Turnout falls in local elections"],
                                                        3)]}


def schema_doc(c: Ctx) -> Any:
    c.neg("schema describes fields, no values")
    return {"openapi": "3.1.0", "components": {"schemas": {"Member": {
        "type": "object", "required": ["id"],
        "properties": {"id": {"type": "string", "format": "uuid"},
                       "email": {"type": "string", "format": "email"},
                       "date_of_birth": {"type": "string", "format": "date"},
                       "religion": {"type": "string", "enum": ["catholic", "protestant",
                                                               "muslim", "none", "unstated"]},
                       "union_member": {"type": "boolean"},
                       "diagnosis_codes": {"type": "array", "items": {"type": "string"}}}}}}}


def prometheus(c: Ctx) -> Any:
    c.neg("metrics text")
    lines = [f'http_requests_total{{route="{r}",code="200"}} {c.r.randint(100, 99999)}'
             for r in ("/health", "/api/v2/orders", "/graphql")]
    lines.append(f"process_resident_memory_bytes {c.r.randint(10**7, 10**9)}")
    return "\n".join(lines)


def neutral_chat(c: Ctx) -> Any:
    """Support chat with no personal data, carrying prose near-misses."""
    lang = c.loc()
    msgs = [T.neutral(c, lang), T.near_miss(c), T.neutral(c, lang)]
    return {"conversation_id": c.uuid(), "channel": "web", "messages": [
        {"from": c.pick(("visitor", "bot")), "text": m} for m in msgs]}


CLEAN = (service_health, game_stats, sql_log, type_unions, eu_trade, credit_union_rates,
         book_taxonomy, party_press_feed, aggregate_stats, drug_catalog, food_allergens,
         gene_reference, ga_config, fingerprints_tls, race_results, kyb_screen, statute_text,
         validation_errors, build_metadata, inventory, jwks, media_blob, coarse_geo,
         marketing_campaign, hr_policy, insurance_plans, secrets_config, image_metadata,
         holiday_calendar, trial_registry, job_posting, product_embeddings, exchange_rates,
         sports_fixtures, news_headlines, schema_doc, prometheus, neutral_chat)
