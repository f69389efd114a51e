"""Clean documents built from hard negatives: they contain no kind at all.

These families never call a personal-data generator, so their context stays empty.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from .checksums import luhn_ok
from .ctx import Ctx


def _ean13(c: Ctx, prefix: str) -> str:
    """An EAN-13 with a correct EAN check digit that does not also pass Luhn."""
    while True:
        body = prefix + c.digits(12 - len(prefix))
        total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
        code = body + str((10 - total % 10) % 10)
        if not luhn_ok(code):
            return code


def _pem_block(c: Ctx, label: str, nbytes: int) -> str:
    body = c.blob(nbytes, b"0\x82\x01")
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----\n"


def medical_device_catalog(c: Ctx) -> Any:
    items = c.rng.sample([
        ("Insulin pump X2", "for people with type 1 diabetes", "IIb"),
        ("Blutzuckermessgerät GlucoSmart", "für Menschen mit Diabetes", "IIa"),
        ("Tensiomètre bras OmniPress", "hypertension, usage domestique", "IIa"),
        ("Nebulizador AeroKid", "asma infantil y EPOC", "IIa"),
        ("CPAP Resmo 11", "obstructive sleep apnoea therapy", "IIa"),
        ("Continuous glucose monitor S7", "diabetes management, 14-day sensor", "IIb"),
    ], c.num(2, 4))
    return {"catalog": "hospital-supplies", "currency": "EUR", "items": [
        {"sku": f"MD-{c.letters(3)}-{c.num(100, 999)}", "name": n, "indication": i,
         "ce_class": k, "gtin": _ean13(c, c.pick(["40", "37", "84"])),
         "price": c.money(30, 3000)} for n, i, k in items]}


def party_press_feed(c: Ctx) -> Any:
    items = [
        ("SPD fordert höheren Mindestlohn", "Die Partei will den Mindestlohn anheben, "
                                            "teilte ein Sprecher mit."),
        ("Les Écologistes présentent leur programme", "Le parti publie 120 propositions."),
        ("El PP presenta su plan de vivienda", "La formación propone 200.000 viviendas."),
        ("Green Party launches manifesto", "The party pledges a frequent-flyer levy."),
        ("Vox registra una moción", "El grupo municipal pide una auditoría."),
    ]
    return {"feed": "politics-wire", "items": [
        {"id": c.uuid(), "headline": h, "summary": s, "published": c.ts(),
         "tags": ["politics", "press-release"]} for h, s in c.rng.sample(items, c.num(2, 4))]}


def sql_query_log(c: Ctx) -> Any:
    queries = [
        "SELECT id, status FROM cases WHERE team_id = $1 UNION ALL SELECT id, status FROM "
        "archived_cases WHERE team_id = $1",
        "SELECT sku FROM products UNION SELECT sku FROM bundles ORDER BY 1",
        "WITH t AS (SELECT * FROM events WHERE kind = 'health_check') SELECT count(*) FROM t",
        "SELECT region, sum(amount) FROM donations GROUP BY region",
    ]
    return {"slow_queries": [{"fingerprint": c.hexs(16), "sql": q, "calls": c.num(10, 9000),
                              "mean_ms": round(c.rng.uniform(50, 900), 2),
                              "params": "[REDACTED]"}
                             for q in c.rng.sample(queries, c.num(2, 3))],
            "db": "casework", "window": c.day()}


def graphql_schema_sdl(c: Ctx) -> Any:
    sdl = ("union SearchResult = Member | Event | Venue\n"
           "type Member { id: ID! displayName: String unionMember: Boolean }\n"
           "type Query { search(term: String!): [SearchResult!]! health: ServiceHealth! }\n"
           "type ServiceHealth { ok: Boolean! latencyMs: Int }\n")
    return {"schema": {"sdl": sdl, "hash": c.hexs(40), "version": f"{c.num(1, 9)}.{c.num(0, 20)}"
                                                                     f".{c.num(0, 9)}"},
            "checks": [{"rule": "no-breaking-union-change", "result": "pass"}]}


def religious_holiday_calendar(c: Ctx) -> Any:
    days = [("Ramadan begins (expected)", "2026-02-18"), ("Eid al-Fitr", "2026-03-20"),
            ("Pessach", "2026-04-02"), ("Ostermontag", "2026-04-06"), ("Vesak", "2026-05-31"),
            ("Yom Kippur", "2026-09-21"), ("Diwali", "2026-11-08"), ("Toussaint", "2026-11-01"),
            ("Inmaculada Concepción", "2026-12-08")]
    return {"calendar": "inclusive-scheduling", "year": 2026,
            "advice": "avoid exams and all-staff events on these days",
            "days": [{"name": n, "date": d} for n, d in c.rng.sample(days, c.num(3, 6))]}


def service_health_check(c: Ctx) -> Any:
    return {"status": c.pick(["pass", "warn"]), "version": f"3.{c.num(0, 9)}.{c.num(0, 20)}",
            "releaseId": c.hexs(12),
            "checks": {"postgres:connections": [{"status": "pass", "observedValue": c.num(
                3, 90)}], "health:uptime": [{"status": "pass", "observedValue": c.num(
                    100, 90000), "observedUnit": "s"}],
                "kafka:lag": [{"status": c.pick(["pass", "warn"]), "observedValue": c.num(
                    0, 5000)}]},
            "serviceId": c.uuid(), "links": {"about": "/health/about"}}


def gene_reference(c: Ctx) -> Any:
    genes = [("BRCA1", "17", 43044295, 43125483), ("CFTR", "7", 117480025, 117668665),
             ("HTT", "4", 3074681, 3243960), ("APOE", "19", 44905796, 44909393),
             ("MTHFR", "1", 11785723, 11806455), ("HFE", "6", 26087281, 26098343)]
    return {"assembly": "GRCh38.p14", "source": "reference annotation", "genes": [
        {"symbol": s, "chrom": ch, "start": a, "end": b, "strand": c.pick("+-"),
         "transcripts": c.num(2, 30)} for s, ch, a, b in c.rng.sample(genes, c.num(2, 4))]}


def coarse_geodata(c: Ctx) -> Any:
    cities = [("Leipzig", 51.34, 12.37), ("Lyon", 45.76, 4.84), ("Sevilla", 37.39, -5.98),
              ("Leeds", 53.8, -1.55), ("Bilbao", 43.26, -2.93), ("Nantes", 47.22, -1.55)]
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"name": n, "population_k": c.num(200, 900)},
         "geometry": {"type": "Point", "coordinates": [c.coarse(lon), c.coarse(lat)]}}
        for n, lat, lon in c.rng.sample(cities, c.num(2, 4))]}


def payment_test_fixtures(c: Ctx) -> Any:
    return {"fixtures": [
        {"case": "luhn_failure", "pan": c.bad_card(), "expect": "invalid_number"},
        {"case": "masked", "pan": f"{c.pick(['4', '5'])}{c.digits(3)} **** **** {c.digits(4)}",
         "expect": "ok"},
        {"case": "token", "payment_method": "pm_" + c.token(24), "last4": c.digits(4)},
        {"case": "gift_card", "number": c.bad_card(), "pin": "[REDACTED]"},
        {"case": "secret_key_masked", "key": "sk_live_" + "*" * 20 + c.hexs(4)},
    ], "suite": "checkout-validation", "commit": c.hexs(40)}


def release_manifest(c: Ctx) -> Any:
    return {"release": f"v{c.num(1, 9)}.{c.num(0, 30)}.{c.num(0, 9)}", "build": c.num(100, 9999),
            "commit": c.hexs(40), "artifacts": [
                {"name": f"charter-{arch}.tar.gz", "sha256": c.hexs(64), "size": c.num(
                    10**6, 9 * 10**6)} for arch in ("amd64", "arm64")],
            "deps": {"fastapi": "0.115.6", "pydantic": "2.10.3", "lodash@4.17.21": "npm"},
            "sbom_id": c.uuid(), "oid": "1.3.6.1.4.1.311.21.8"}


def tls_cert_bundle(c: Ctx) -> Any:
    return {"host": "api.example.org", "chain": [_pem_block(c, "CERTIFICATE", 300)
                                                 for _ in range(c.num(1, 2))],
            "public_key": _pem_block(c, "PUBLIC KEY", 150),
            "ssh_host_key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + c.token(43) + " host-key",
            "fingerprint_sha256": ":".join(c.hexs(2).upper() for _ in range(32)),
            "not_after": c.day(2027)}


def image_asset_manifest(c: Ctx) -> Any:
    png = base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(
        c.rng.randrange(256) for _ in range(60))).decode()
    return {"assets": [{"file": n, "sha1": c.hexs(40)} for n in ("logo@2x.png", "icon@3x.png",
                                                                  "hero.webp")],
            "inline_placeholder": "data:image/png;base64," + png,
            "packages": ["@babel/core@7.24.0", "react@18.3.1"]}


def game_stats(c: Ctx) -> Any:
    return {"match": c.uuid(), "map": c.pick(["Dustwell", "Frostgate"]), "players": [
        {"handle": h, "character": ch, "health": c.num(0, 100), "mana": c.num(0, 250),
         "kills": c.num(0, 30), "ping_ms": c.num(9, 140)}
        for h, ch in c.rng.sample([("xXNightOwlXx", "Paladin"), ("kebab_king", "Rogue"),
                                   ("LaMarmotte", "Druid"), ("el_topo", "Mage"),
                                   ("bratwurst99", "Cleric")], 3)]}


def company_registry(c: Ctx) -> Any:
    firms = [("Marta Foods GmbH", "HRB", "Leipzig"), ("Chez Hélène SARL", "RCS", "Lyon"),
             ("Pablo Motors S.L.", "CIF", "Sevilla"), ("Johnson & Partner Ltd", "CRN", "Leeds"),
             ("Tante Emma Logistik KG", "HRA", "Bremen")]
    return {"source": "business-register-mirror", "companies": [
        {"name": n, "register": f"{r} {c.num(1000, 99999)}", "city": city,
         "vat": c.pick([f"DE{c.digits(9)}", f"ESB{c.digits(8)}", f"GB{c.digits(9)}"]),
         "status": "active"}
        for n, r, city in c.rng.sample(firms, c.num(2, 4))]}


def product_copy_fictional(c: Ctx) -> Any:
    items = [("Sherlock Holmes 1000-piece puzzle", "Help the great detective crack the case!"),
             ("Peluche Astérix", "Le petit Gaulois le plus célèbre."),
             ("Heidi Bilderbuch", "Heidi und der Alpöhi auf der Alm."),
             ("Figura Don Quijote", "El ingenioso hidalgo, en resina pintada a mano."),
             ("Captain Nemo diving watch", "Water-resistant to 200 m.")]
    return {"shop": "toys-and-gifts", "products": [
        {"sku": f"TG-{c.num(1000, 9999)}", "title": t, "copy": d, "price": c.money(8, 90)}
        for t, d in c.rng.sample(items, c.num(2, 4))]}


def placeholder_form_template(c: Ctx) -> Any:
    return {"form": "contact-template", "locale": c.pick(["de", "en", "es"]), "fields": [
        {"name": "name", "placeholder": c.pick(["Erika Mustermann", "John Q. Public",
                                                "Fulano de Tal"])},
        {"name": "phone", "placeholder": "+49 XXX XXXXXXX"},
        {"name": "email", "placeholder": "name at your domain"},
        {"name": "iban", "placeholder": "DE00 0000 0000 0000 0000 00"}],
        "help": "Fields marked * are required."}


def genetic_algorithm_config(c: Ctx) -> Any:
    return {"optimizer": "genetic_algorithm", "population": c.pick([100, 200, 500]),
            "generations": c.num(50, 400), "mutation_rate": round(c.rng.uniform(0.001, 0.05), 4),
            "crossover": c.pick(["uniform", "one_point"]), "chromosome": {"genes": 64,
                                                                         "encoding": "binary"},
            "fitness": "route_cost", "seed": c.num(1, 999)}


def product_embeddings(c: Ctx) -> Any:
    return {"model": "text-embedding-small", "dim": 32, "items": [
        {"sku": f"SKU-{c.letters(3)}{c.num(100, 999)}",
         "vector": [round(c.rng.uniform(-0.2, 0.2), 6) for _ in range(32)]}
        for _ in range(c.num(1, 3))]}


def fx_rates(c: Ctx) -> Any:
    return {"base": "EUR", "date": c.day(), "rates": {
        "USD": round(c.rng.uniform(1.03, 1.12), 4), "GBP": round(c.rng.uniform(0.83, 0.87), 4),
        "CHF": round(c.rng.uniform(0.92, 0.98), 4), "MAD": round(c.rng.uniform(10.5, 11), 4)},
        "pairs": [[round(c.rng.uniform(1.03, 1.12), 4), round(c.rng.uniform(0.83, 0.87), 4)]]}


def weather_observations(c: Ctx) -> Any:
    return {"network": "open-met", "obs": [
        {"station": s, "lat": c.coarse(lat, 2), "lon": c.coarse(lon, 2),
         "temp_c": round(c.rng.uniform(-5, 32), 1), "pressure_ratio": round(
             c.rng.uniform(0.95, 1.02), 4), "humidity": c.num(20, 99)}
        for s, lat, lon in c.rng.sample([("LEJ", 51.42, 12.23), ("LYS", 45.73, 5.08),
                                         ("SVQ", 37.42, -5.9), ("LBA", 53.87, -1.66)], 2)]}


def crime_stats_district(c: Ctx) -> Any:
    return {"force": "open data", "month": c.day()[:7], "districts": [
        {"name": d, "burglary": c.num(0, 90), "vehicle_crime": c.num(0, 120),
         "violence": c.num(0, 200),
         "centroid": [round(-1.55 + c.rng.uniform(-0.1, 0.1), 2),
                      round(53.8 + c.rng.uniform(-0.1, 0.1), 2)]}
        for d in c.rng.sample(["Headingley", "Chapeltown", "Armley", "Roundhay"], 2)]}


def kyb_screening(c: Ctx) -> Any:
    return {"entity": {"name": c.pick(["Kestrel Logistics Ltd", "Fundación Acoge",
                                       "Stadtwerke Nord GmbH"]), "type": "company",
                       "vat": c.pick([f"DE{c.digits(9)}", f"ESG{c.digits(8)}"])},
            "checks": {"pep": False, "sanctions_hits": 0, "adverse_media": c.pick([0, 1]),
                       "lists": ["EU consolidated", "OFAC SDN", "UK HMT"]},
            "risk": c.pick(["low", "medium"]), "screened_at": c.ts()}


def bookstore_genres(c: Ctx) -> Any:
    return {"store": "libreria-online", "genres": [
        {"name": g, "titles": c.num(50, 4000), "bestseller_sku": f"BK-{c.num(1000, 9999)}"}
        for g in c.rng.sample(["Religion & Spirituality", "Politics & Social Sciences",
                               "Health, Fitness & Dieting", "Crime & Thrillers",
                               "LGBTQ+ Fiction", "Romance"], c.num(3, 5))]}


def icd10_reference(c: Ctx) -> Any:
    codes = [("E11.9", "Type 2 diabetes mellitus without complications"),
             ("F32.1", "Moderate depressive episode"), ("B20", "HIV disease"),
             ("J45.0", "Predominantly allergic asthma"), ("M54.5", "Low back pain"),
             ("Z21", "Asymptomatic HIV infection status")]
    return {"terminology": "ICD-10-WHO 2019", "codes": [{"code": k, "title": t}
                                                       for k, t in c.rng.sample(codes, 3)]}


def benefits_plan_summary(c: Ctx) -> Any:
    return {"employer_plan": "2026 benefits", "lines": [
        {"item": "Health plan premium (employee only)", "monthly": c.money(80, 200)},
        {"item": "Dental", "monthly": c.money(10, 40)},
        {"item": "Mutuelle santé - part employeur", "monthly": c.money(30, 60)},
        {"item": "Employee assistance programme", "monthly": 0}], "currency": "EUR"}


def iban_validation_errors(c: Ctx) -> Any:
    return {"errors": [{"field": "iban", "value": c.bad_iban(), "code": "checksum_mismatch"},
                       {"field": "bic", "value": c.pick(["DEUTDEFFXXX", "BNPAFRPPXXX"]),
                        "code": "ok"}], "request": c.uuid()}


def secrets_policy_config(c: Ctx) -> Any:
    return {
        "password_policy": {"min_length": 12, "require_symbols": True, "history": 5},
        "env": [{"name": "DB_PASSWORD", "valueFrom": {"secretKeyRef": {
            "name": "casework-secrets", "key": "DB_PASSWORD"}}},
            {"name": "API_KEY", "value": "********"},
            {"name": "STRIPE_KEY", "value": "sk_live_" + "*" * 16 + c.hexs(4)}],
        "admin": {"password": None, "password_hash": "$argon2id$v=19$m=65536,t=3,p=4$"
                  + c.token(22) + "$" + c.token(43)},
        "smtp": {"password": "[REDACTED]"}, "kid": c.hexs(16)}


def jwks_public_keys(c: Ctx) -> Any:
    alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
    return {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": c.hexs(16),
                      "n": c.token(342, alnum), "e": "AQAB"} for _ in range(c.num(1, 2))]}


def restaurant_menu(c: Ctx) -> Any:
    dishes = [("Lamb tagine", ["halal"], ["celery"]), ("Bagel lox", ["kosher"], ["gluten",
                                                                             "fish"]),
              ("Pad thai", [], ["peanuts", "egg"]), ("Paella de verduras", ["vegan"], []),
              ("Käsespätzle", ["vegetarian"], ["gluten", "milk"])]
    return {"restaurant": "World Kitchen - ethnic cuisine", "menu": [
        {"dish": d, "labels": lab, "allergens": al, "price": c.money(8, 24)}
        for d, lab, al in c.rng.sample(dishes, c.num(2, 4))]}


def trade_statistics(c: Ctx) -> Any:
    return {"dataset": "exports by partner", "rows": [
        {"partner": p, "eur_m": c.num(100, 90000)} for p in ("European Union", "United States",
                                                            "China")],
        "notes": "Credit unions and building societies excluded from the finance table."}


def collective_agreement(c: Ctx) -> Any:
    clauses = ["The union and the employer agree a 3.5% uplift from April.",
               "Der Tarifvertrag gilt für alle Beschäftigten im Geltungsbereich.",
               "L'accord d'entreprise prévoit deux jours de RTT supplémentaires.",
               "El convenio colectivo fija la jornada en 37,5 horas semanales."]
    return {"agreement": c.ref("CA"), "parties": ["employer", "recognised union"],
            "clauses": c.rng.sample(clauses, c.num(2, 4)), "signed": c.day()}


def church_tax_rates(c: Ctx) -> Any:
    return {"kirchensteuer_saetze": {"Bayern": 0.08, "Baden-Württemberg": 0.08, "Berlin": 0.09,
                                     "Sachsen": 0.09},
            "kappung": "je nach Landeskirche", "stand": c.day()}


def survey_codebook(c: Ctx) -> Any:
    return {"study": "Work and Life Panel", "variables": {
        "Q12": {"label": "Religion", "values": {"1": "No religion", "2": "Christian",
                                                "9": "Prefer not to say"}},
        "Q16": {"label": "Trade union membership", "values": {"1": "Yes", "3": "No"}}},
        "n_waves": c.num(2, 6)}


def hospital_capacity(c: Ctx) -> Any:
    return {"trust": "regional", "date": c.day(), "wards": [
        {"ward": w, "beds": c.num(10, 40), "occupied": c.num(5, 40)}
        for w in ("ICU", "maternity", "mental health", "oncology")]}


def device_fingerprint_config(c: Ctx) -> Any:
    return {"antifraud": {"ja3_allowlist": [c.hexs(32) for _ in range(2)],
                          "device_fingerprint_ttl_days": 30},
            "auth": {"methods": ["password", "fingerprint", "face"],
                     "biometric_login_enabled": True},
            "raw": json.dumps({"cert_fingerprint": c.hexs(40)})}


def changelog_text(c: Ctx) -> Any:
    """A plain-string document: release notes full of look-alikes."""
    return (f"## v{c.num(2, 5)}.{c.num(0, 20)}.{c.num(0, 9)}\n"
            "- fix: UNION ALL query for archived cases no longer times out\n"
            "- feat: /health endpoint reports kafka lag\n"
            f"- chore: bump lodash@4.17.21, rotate kid {c.hexs(16)}\n"
            f"- build {c.hexs(7)}: sha256 {c.hexs(64)}\n")


def timeseries_array(c: Ctx) -> Any:
    """A bare JSON array of [timestamp, value] points for a queue-depth metric."""
    return [[c.ts(), round(c.rng.uniform(0, 1), 4)] for _ in range(c.num(3, 6))]
