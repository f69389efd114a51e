"""Clean payloads built from hard negatives: no natural person, no personal or secret data,
only the words, shapes and numbers that look like it."""

from __future__ import annotations

import base64
from typing import Any

from .gen import Ctx
from .phrases import vector

Doc = Any


def _status(ctx: Ctx) -> str:
    return ctx.pick(["pass", "pass", "warn"])


def healthcheck(ctx: Ctx) -> Doc:
    ctx.note("service health check")
    if ctx.chance(0.5):
        return {"status": _status(ctx), "version": "1", "releaseId": ctx.version(),
                "serviceId": ctx.uuid(), "description": "health of the orders service",
                "checks": {"postgres:responseTime": [{"componentType": "datastore",
                                                      "observedValue": ctx.r.randint(2, 90),
                                                      "observedUnit": "ms", "status": "pass",
                                                      "time": ctx.ts()}],
                           "uptime": [{"componentType": "system",
                                       "observedValue": ctx.r.randint(1000, 900000),
                                       "observedUnit": "s", "status": "pass"}]}}
    return {"status": "UP", "components": {
        "db": {"status": "UP", "details": {"database": "PostgreSQL",
                                           "validationQuery": "isValid()"}},
        "diskSpace": {"status": "UP", "details": {"total": 107374182400,
                                                  "free": ctx.r.randint(10**9, 9 * 10**10),
                                                  "threshold": 10485760}},
        "livenessState": {"status": "UP"}, "readinessState": {"status": ctx.pick(["UP", "DOWN"])},
        "healthIndicator": {"status": "UP", "details": {"queueDepth": ctx.r.randint(0, 40)}}}}


def metrics(ctx: Ctx) -> Doc:
    ctx.note("host vitals")
    return {"host": ctx.pick(["web-3", "worker-eu-1", "db-replica-2"]), "heartbeat": ctx.ts(),
            "vitals": {"cpu": round(ctx.r.uniform(0, 1), 4), "mem": round(ctx.r.uniform(0, 1), 4),
                       "load1": round(ctx.r.uniform(0, 8), 2)},
            "health_score": ctx.r.randint(40, 100), "pulse_interval_ms": 5000,
            "diagnosis": ctx.pick(["disk pressure", "none", "GC pauses above SLO"]),
            "symptoms": ctx.pick([["p99 latency"], [], ["5xx spike", "retry storm"]])}


RACES = ["Dwarf", "Elf", "Orc", "Half-Elf", "Human", "Tiefling", "Gnome"]


def game_state(ctx: Ctx) -> Doc:
    ctx.note("game stats (health, race)")
    handle = ctx.pick(["xX_Nightfall_Xx", "grumblebeard", "LootGoblin42", "velvet_axe",
                       "NoScopeNoHope", "tidecaller"])
    return {"player": {"handle": handle, "level": ctx.r.randint(1, 80),
                       "race": ctx.pick(RACES), "class": ctx.pick(["Paladin", "Rogue", "Druid"]),
                       "faction": ctx.pick(["Alliance", "Horde", "Covenant"]),
                       "health": ctx.r.randint(10, 900), "max_health": 900,
                       "mana": ctx.r.randint(0, 400), "status_effects": ctx.pick(
                           [["poisoned"], ["blessed", "hasted"], []]),
                       "alignment": ctx.pick(["Chaotic Good", "Lawful Neutral"])},
            "party": {"size": ctx.r.randint(1, 5), "loot_rule": "need_before_greed"},
            "inventory": [{"item": "Potion of Healing", "qty": ctx.r.randint(0, 9)},
                          {"item": "Holy Symbol of the Dawn", "qty": 1}],
            "server": ctx.pick(["eu-west-2", "na-east"]), "match_id": ctx.uuid()}


SQL = ["SELECT region, SUM(total) FROM orders_2023 GROUP BY region UNION ALL SELECT region, "
       "SUM(total) FROM orders_2024 GROUP BY region",
       "SELECT id FROM products WHERE category = 'health' UNION SELECT id FROM bundles",
       "WITH a AS (SELECT sku FROM stock) SELECT sku FROM a UNION SELECT sku FROM backorders",
       "SELECT COUNT(*) FROM union_memberships WHERE branch_id = $1",
       "SELECT diagnosis_code, COUNT(*) AS n FROM claims GROUP BY 1 HAVING COUNT(*) > 10",
       "UPDATE sessions SET expired = true WHERE last_seen < now() - interval '30 days'"]


def sql_log(ctx: Ctx) -> Doc:
    ctx.note("sql log")
    return {"db": ctx.pick(["analytics", "orders"]), "statement": ctx.pick(SQL),
            "params": [ctx.r.randint(1, 80)], "duration_ms": round(ctx.r.uniform(0.3, 900), 2),
            "rows": ctx.r.randint(0, 5000), "plan_hash": ctx.hex(16)}


SCHEMAS: list[dict[str, Any]] = [
    {"language": "typescript",
     "source": "export type PaymentMethod = Card | SepaDebit | Voucher;\n"
               "type Result<T> = { ok: true; value: T } | { ok: false; error: string };"},
    {"language": "graphql",
     "source": "union SearchResult = Book | Author | Publisher\n"
               "type Query { search(term: String!): [SearchResult!]! }"},
    {"language": "avro", "schema": {"type": "record", "name": "Member", "fields": [
        {"name": "middle_name", "type": ["null", "string"], "default": None},
        {"name": "union_member", "type": ["null", "boolean"], "default": None},
        {"name": "religion", "type": ["null", "string"], "default": None}]}},
    {"language": "python",
     "source": "def parse(v: Union[int, str, None]) -> Optional[Decimal]:\n    ..."},
    {"language": "jsonschema", "schema": {"title": "Applicant", "type": "object", "properties": {
        "ethnicity": {"type": "string", "enum": ["Hispanic or Latino", "Not Hispanic or Latino",
                                                 "Decline"]},
        "disability": {"type": "boolean"},
        "criminal_conviction": {"type": "boolean",
                                "description": "Has the applicant been convicted of a felony?"},
        "sexual_orientation": {"type": "string", "maxLength": 40}}}},
    {"language": "openapi", "components": {"schemas": {"Patient": {"type": "object",
        "properties": {"diagnosis": {"type": "string", "example": "E11.9"},
                       "religion": {"type": "string", "nullable": True},
                       "birthDate": {"type": "string", "format": "date"}}}}}},
]


def schema_doc(ctx: Ctx) -> Doc:
    ctx.note("schema / union types")
    doc = dict(ctx.pick(SCHEMAS))
    doc["registry_id"] = ctx.r.randint(100, 9999)
    doc["version"] = ctx.r.randint(1, 30)
    return doc


def eu_and_unions(ctx: Ctx) -> Doc:
    variant = ctx.pick(["trade", "credit_union", "football", "rail", "unionpay"])
    ctx.note(f"union words/{variant}")
    if variant == "trade":
        return {"reporter": "European Union (27)", "partner": ctx.pick(["China", "United States",
                                                                         "Switzerland"]),
                "flow": ctx.pick(["import", "export"]), "year": 2024,
                "value_eur_m": round(ctx.r.uniform(1000, 400000), 1),
                "source": "Eurostat Comext", "note": "Customs union external tariff applied"}
    if variant == "credit_union":
        return {"institution": ctx.pick(["Lakeshore Community Credit Union",
                                         "Cascade Teachers Federal Credit Union"]),
                "charter_type": "federal", "products": [
                    {"name": "12-month share certificate", "apy": round(ctx.r.uniform(3, 5), 2)},
                    {"name": "Auto loan (new)", "apr_from": round(ctx.r.uniform(4, 8), 2)}],
                "membership_eligibility": "live, work or worship in the county"}
    if variant == "football":
        return {"competition": "Bundesliga", "matchday": ctx.r.randint(1, 34),
                "home": "1. FC Union Berlin", "away": ctx.pick(["SC Freiburg", "VfL Bochum"]),
                "score": [ctx.r.randint(0, 4), ctx.r.randint(0, 4)], "attendance": 22012}
    if variant == "rail":
        return {"stop_id": ctx.upper(5), "stop_name": ctx.pick(["Union Station", "Union Square",
                                                                "Church Street"]),
                "stop_lat": round(41.879 + ctx.r.uniform(-0.01, 0.01), 3),
                "stop_lon": round(-87.64 + ctx.r.uniform(-0.01, 0.01), 3),
                "wheelchair_boarding": 1, "routes": ["Blue", "Metra BNSF"]}
    return {"acceptance": {"networks": ["visa", "mastercard", "unionpay", "amex"],
                           "3ds_required": True}, "merchant_category": 5732,
            "test_cards_allowed": False}


GENRES = ["Religion & Spirituality", "Christian Living", "True Crime", "Health, Fitness & "
          "Dieting", "LGBTQ+ Fiction", "Politics & Current Affairs", "Islam", "Judaism",
          "Esoterik & Religion", "Religión y espiritualidad", "Droit pénal"]
TITLES = ["The Quiet Cloister", "Ledger of Small Mercies", "Nine Doors on Mill Lane",
          "Run Slow, Live Long", "Harbour Lights", "The Shape of Votes", "Salt and Psalm",
          "Der Weg nach Emmaus", "Caminos de silencio", "Le Procès de minuit"]


def book_catalog(ctx: Ctx) -> Doc:
    ctx.note("book genres")
    return {"category": ctx.pick(GENRES), "list": "bestsellers", "week": ctx.day(),
            "items": [{"rank": i + 1, "title": t,
                       "isbn13": f"978{ctx.r.randint(0, 3)}{ctx.r.randint(100000000, 999999999)}",
                       "publisher": ctx.pick(["Kestrel Press", "Editorial Almendro",
                                              "Verlag am Hafen", "Éditions du Tilleul"]),
                       "format": ctx.pick(["paperback", "ebook"])}
                      for i, t in enumerate(ctx.r.sample(TITLES, 4))]}


def street_works(ctx: Ctx) -> Doc:
    ctx.note("church-named streets without numbers")
    streets = ["Church Lane", "Kirchgasse", "rue de l'Église", "Calle de la Iglesia",
               "Chapel Row", "Temple Street", "Pfarrer-Kneipp-Straße", "Mission Boulevard"]
    return {"feed": "roadworks", "updated": ctx.ts(),
            "closures": [{"street": s, "between": ctx.r.sample(["Mill Road", "High Street",
                                                                 "Marktplatz", "Plaza Mayor"], 2),
                          "from": ctx.day(2025), "reason": ctx.pick(["gas main", "resurfacing",
                                                                     "Fernwärme", "fibre"])}
                         for s in ctx.r.sample(streets, ctx.r.randint(1, 3))]}


PRESS = [("SPD", "SPD legt Konzept für bezahlbares Wohnen vor",
          "Die Partei fordert einen bundesweiten Mietendeckel und mehr sozialen Wohnungsbau."),
         ("Les Écologistes", "Les Écologistes présentent leur plan vélo",
          "Le parti propose 3 milliards d'euros pour les pistes cyclables d'ici 2030."),
         ("PSOE", "El PSOE registra una propuesta sobre la jornada laboral",
          "La formación plantea reducir la jornada a 37,5 horas semanales."),
         ("Green Party", "Greens publish rural transport manifesto",
          "The party wants every village served by a bus at least once an hour."),
         ("CDU", "CDU fordert Entlastung für Pendler", "Die Union will die Pendlerpauschale "
          "ab dem ersten Kilometer erhöhen.")]


def party_press(ctx: Ctx) -> Doc:
    ctx.note("party press feed")
    items = [{"party": p, "title": t, "summary": s, "published": ctx.ts()}
             for p, t, s in ctx.r.sample(PRESS, ctx.r.randint(1, 3))]
    doc: dict[str, Any] = {"feed": "press-releases", "items": items}
    if ctx.chance(0.4):
        doc["poll_average"] = {p: round(ctx.r.uniform(0.04, 0.32), 3) for p in
                               ["SPD", "CDU/CSU", "Grüne", "AfD", "FDP"]}
    return doc


def aggregates(ctx: Ctx) -> Doc:
    variant = ctx.pick(["workforce", "census", "crime", "prevalence", "orientation_survey",
                        "union_density"])
    ctx.note(f"aggregate/{variant}")
    if variant == "workforce":
        return {"organisation": "Harrowgate Logistics Ltd", "year": 2024, "headcount": 1240,
                "ethnicity_share": {"White": 0.612, "Asian": 0.174, "Black": 0.108,
                                    "Mixed": 0.051, "Other": 0.021, "Not disclosed": 0.034},
                "disability_disclosed": 0.064, "gender_pay_gap_median": 0.087}
    if variant == "census":
        return {"table": "religion by region", "region": ctx.pick(["Sachsen", "Île-de-France",
                                                                   "Andalucía", "Yorkshire"]),
                "population": ctx.r.randint(100000, 900000),
                "shares": {"no religion": 0.58, "Protestant": 0.2, "Catholic": 0.04,
                           "Muslim": 0.02, "other": 0.16}}
    if variant == "crime":
        return {"district": ctx.pick(["Mitte", "Neustadt", "La Guillotière", "Lavapiés"]),
                "year": 2024, "recorded_offences_per_100k": {
                    "burglary": ctx.r.randint(100, 900), "assault": ctx.r.randint(100, 900),
                    "drug_offences": ctx.r.randint(50, 400)}, "clearance_rate": 0.4312}
    if variant == "prevalence":
        return {"indicator": "diagnosed prevalence", "icd10": ctx.pick(["E11", "F32", "J45",
                                                                        "B20"]),
                "region": ctx.pick(["Bremen", "Bretagne", "Navarra"]),
                "prevalence": round(ctx.r.uniform(0.001, 0.09), 4), "ci95": [0.0612, 0.0704]}
    if variant == "orientation_survey":
        return {"survey": "national wellbeing 2023", "n": 31244, "sexual_identity": {
            "heterosexual": 0.894, "gay_or_lesbian": 0.021, "bisexual": 0.018, "other": 0.004,
            "declined": 0.063}}
    return {"sector": ctx.pick(["manufacturing", "education", "retail"]),
            "union_density": round(ctx.r.uniform(0.08, 0.55), 3),
            "collective_bargaining_coverage": round(ctx.r.uniform(0.2, 0.9), 3),
            "source": "labour force survey"}


def med_catalog(ctx: Ctx) -> Doc:
    if ctx.chance(0.5):
        ctx.note("otc catalog")
        return {"catalog": "otc", "products": [
            {"sku": ctx.ref("OTC"), "name": n, "indication": i, "otc": True,
             "price": ctx.amount(2, 25)}
            for n, i in ctx.r.sample([("Ibuprofen 400 mg, 20 Tabletten", "Kopfschmerzen, Fieber"),
                                      ("Loratadine 10 mg", "hay fever, allergic rhinitis"),
                                      ("Paracétamol 1 g", "douleurs et fièvre"),
                                      ("Omeprazol 20 mg", "acidez de estómago"),
                                      ("Nicotine patch 21 mg", "smoking cessation aid")], 3)]}
    ctx.note("food allergens")
    return {"product": ctx.pick(["Hazelnut crunch bar", "Pad thai kit", "Dinkel-Brötchen"]),
            "ean": f"40{ctx.r.randint(10000000000, 99999999999)}",
            "allergens": ctx.r.sample(["milk", "hazelnuts", "soy", "gluten", "sesame", "peanuts",
                                       "egg", "crustaceans"], 3),
            "may_contain": ["peanuts"], "suitable_for": ctx.pick([["vegetarian"],
                                                                  ["halal-certified"], []])}


def gene_reference(ctx: Ctx) -> Doc:
    ctx.note("gene reference")
    genes = [("BRCA1", "HGNC:1100", "17", 43044295, 43125483),
             ("CFTR", "HGNC:1884", "7", 117287120, 117715971),
             ("APOE", "HGNC:613", "19", 44905791, 44909393),
             ("CYP2D6", "HGNC:2625", "22", 42126499, 42130881),
             ("MTHFR", "HGNC:7436", "1", 11785723, 11806455)]
    if ctx.chance(0.5):
        return {"assembly": "GRCh38", "genes": [{"symbol": s, "hgnc_id": h, "chrom": c,
                                                 "start": a, "end": b}
                                                for s, h, c, a, b in ctx.r.sample(genes, 3)]}
    return {"resource": "variant summary", "variants": [
        {"rsid": "rs429358", "gene": "APOE", "alleles": "T/C", "gnomad_af": 0.1541},
        {"rsid": "rs1801133", "gene": "MTHFR", "alleles": "G/A", "gnomad_af": 0.2451},
        {"rsid": "rs113993960", "gene": "CFTR", "hgvs": "c.1521_1523del",
         "clinical_significance": "Pathogenic", "review": "practice guideline"}]}


def tls_fingerprints(ctx: Ctx) -> Doc:
    ctx.note("tls/ssh/device fingerprints")
    return {"ja3": "771,4865-4866-4867-49195-49199,0-23-65281-10-11-35-16,29-23-24,0",
            "ja3_hash": ctx.hex(32), "ja4": f"t13d1516h2_{ctx.hex(12)}_{ctx.hex(12)}",
            "ssh_host_key_fingerprint": "SHA256:" + ctx.b64(43),
            "cert_sha256_fingerprint": ":".join(ctx.hex(2).upper() for _ in range(16)),
            "device_fingerprint": ctx.hex(40), "browser_fingerprint_entropy": 17.3}


def race_results(ctx: Ctx) -> Doc:
    variant = ctx.pick(["motor", "horse", "regatta"])
    ctx.note(f"race results/{variant}")
    if variant == "motor":
        return {"event": "Grand Prix of the Eifel", "race": "Feature race", "laps": 60,
                "results": [{"pos": i + 1, "car_no": n, "team": t,
                             "gap_s": round(i * ctx.r.uniform(0.5, 9), 3)}
                            for i, (n, t) in enumerate(ctx.r.sample(
                                [(16, "Scuderia Rossa"), (4, "Papaya Racing"),
                                 (44, "Silver Arrows"), (1, "Bull Energy")], 3))]}
    if variant == "horse":
        return {"meeting": "Longchamp", "race": 4, "distance_m": 2400, "going": "soft",
                "runners": [{"draw": d, "horse": h, "odds": o} for d, h, o in
                            [(3, "Silver Kestrel", "7/2"), (8, "Marée Haute", "5/1"),
                             (1, "Tinderbox Lad", "12/1")]]}
    return {"regatta": "Kieler Woche", "class": "49er", "race": ctx.r.randint(1, 12),
            "results": [{"sail_no": f"GER {ctx.r.randint(10, 999)}", "points": p}
                        for p in range(1, 4)]}


def kyc_rules(ctx: Ctx) -> Doc:
    ctx.note("screening rules (pep)")
    return {"ruleset": "onboarding-v" + str(ctx.r.randint(2, 9)), "checks": [
        {"id": "pep", "enabled": True, "match_threshold": 0.85, "pep": False},
        {"id": "sanctions", "lists": ["OFAC SDN", "EU consolidated", "UN"], "fuzzy": True},
        {"id": "adverse_media", "enabled": ctx.chance(0.5),
         "categories": ["fraud", "money laundering", "terrorism financing"]}],
        "criminal_record_check": "not permitted for this product"}


LAW = [("StGB", "§ 242", "Diebstahl", "Wer eine fremde bewegliche Sache einem anderen in der "
        "Absicht wegnimmt, die Sache sich oder einem Dritten rechtswidrig zuzueignen, wird mit "
        "Freiheitsstrafe bis zu fünf Jahren oder mit Geldstrafe bestraft."),
       ("Code pénal", "Article 311-3", "Vol", "Le vol est puni de trois ans d'emprisonnement et "
        "de 45 000 euros d'amende."),
       ("Código Penal", "Artículo 234", "Hurto", "El que, con ánimo de lucro, tomare las cosas "
        "muebles ajenas sin la voluntad de su dueño será castigado con la pena de prisión de "
        "seis a dieciocho meses."),
       ("Rehabilitation of Offenders Act 1974", "s. 5", "Rehabilitation periods",
        "A custodial sentence of more than four years is never spent; shorter sentences become "
        "spent after the applicable rehabilitation period."),
       ("BZRG", "§ 32", "Inhalt des Führungszeugnisses", "In das Führungszeugnis werden die in "
        "das Register eingetragenen Verurteilungen aufgenommen, soweit nicht Ausnahmen gelten.")]


def law_text(ctx: Ctx) -> Doc:
    ctx.note("criminal law text")
    code, art, title, text = ctx.pick(LAW)
    return {"source": code, "provision": art, "heading": title, "text": text,
            "in_force_since": ctx.day(2004), "amendments": ctx.r.randint(0, 9)}


def ga_config(ctx: Ctx) -> Doc:
    ctx.note("genetic algorithm config")
    return {"optimizer": ctx.pick(["genetic_algorithm", "NSGA-II"]),
            "population_size": ctx.r.randint(50, 500), "generations": ctx.r.randint(50, 2000),
            "mutation_rate": round(ctx.r.uniform(0.001, 0.05), 4), "crossover": "uniform",
            "chromosome_length": 64, "genes": {"lr": [0.0001, 0.1], "depth": [2, 12]},
            "selection": "tournament", "elitism": 2, "fitness": "validation_auc"}


def plan_catalog(ctx: Ctx) -> Doc:
    ctx.note("insurance plan catalog")
    return {"market": ctx.pick(["IL", "OR"]), "year": 2025, "plans": [
        {"id": ctx.ref("PLN"), "name": n, "metal": m, "premium_base": ctx.amount(180, 700),
         "covered": ["maternity care", "mental health services", "diabetes supplies",
                     "HIV PrEP at no cost"], "deductible": d}
        for n, m, d in [("Silver 3500", "silver", 3500), ("Gold 1000", "gold", 1000)]]}


def product_embeddings(ctx: Ctx) -> Doc:
    ctx.note("text embeddings")
    return {"model": "text-embedding-small", "dim": 32, "items": [
        {"sku": ctx.ref("SKU"), "text": ctx.pick(["waterproof hiking boot", "face moisturiser "
                                                  "SPF 30", "fingerprint-resistant phone case"]),
         "embedding": vector(ctx, 32)} for _ in range(2)]}


def key_material(ctx: Ctx) -> Doc:
    variant = ctx.pick(["jwks", "public_pem", "ssh", "hashes", "masked", "policy"])
    ctx.note(f"public/masked key material/{variant}")
    if variant == "jwks":
        return {"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": ctx.hex(16),
                          "n": ctx._rand("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                         "0123456789-_", 342), "e": "AQAB"}]}
    if variant == "public_pem":
        body = "\n".join(ctx.b64(64) for _ in range(4))
        return {"service": "webhooks", "verification_key": "-----BEGIN PUBLIC KEY-----\n"
                "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + body[:20] + "\n" + body +
                "\n-----END PUBLIC KEY-----", "algorithm": "RS256"}
    if variant == "ssh":
        return {"deploy_keys": [{"title": "ci-deploy", "read_only": True,
                                 "key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + ctx.b64(43)
                                 + " ci-deploy"}]}
    if variant == "hashes":
        return {"users": [{"handle": h, "password_hash": ctx.pick([
            "$2b$12$" + ctx._rand("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                  "0123456789", 53),
            "$argon2id$v=19$m=65536,t=3,p=4$" + ctx.b64(22) + "$" + ctx.b64(43)]),
            "mfa": True} for h in ctx.r.sample(["tidecaller", "velvet_axe", "grumblebeard"], 2)],
            "export_sha256": ctx.hex(64)}
    if variant == "masked":
        return {"integrations": {"stripe": {"secret_key": "sk_live_****************4242",
                                            "webhook_secret": "[REDACTED]"},
                                 "smtp": {"password": "********", "user": "relay"},
                                 "s3": {"access_key_id": None, "secret_access_key": ""}}}
    return {"password_policy": {"min_length": 12, "require_symbols": True, "max_age_days": 365,
                                "history": 5}, "api_key_rotation_days": 90,
            "secret_ref": {"secretKeyRef": {"name": "db-creds", "key": "password"}}}


def invalid_numbers(ctx: Ctx) -> Doc:
    variant = ctx.pick(["iban", "card_ref", "giftcard", "last4"])
    ctx.note(f"invalid numbers/{variant}")
    if variant == "iban":
        return {"type": "https://example.net/problems/validation", "status": 422,
                "errors": [{"field": "iban", "value": ctx.bad_iban(), "code": "invalid_checksum"},
                           {"field": "bic", "value": "COBADEFFXXX", "code": "ok"}]}
    if variant == "card_ref":
        return {"settlement": ctx.ref("STL"), "transactions": [
            {"reference": ctx.not_card(), "amount": ctx.amount(), "status": "settled"}
            for _ in range(ctx.r.randint(2, 4))]}
    if variant == "giftcard":
        return {"giftcard": {"number": ctx.not_card(), "balance": ctx.amount(5, 200),
                             "expires": ctx.day(2027)}}
    return {"payment_methods": [{"brand": ctx.pick(["visa", "mastercard"]),
                                 "last4": f"{ctx.r.randint(1000, 9999)}",
                                 "token": "pm_" + ctx.alnum(24)} for _ in range(2)],
            "ssn_last4": f"{ctx.r.randint(1000, 9999)}"}


def weather_fx(ctx: Ctx) -> Doc:
    name, lat, lon = ctx.pick([("Leipzig", 51.34, 12.37), ("Lyon", 45.764, 4.836),
                               ("Bilbao", 43.26, -2.93), ("Norwich", 52.6, 1.3),
                               ("Bremen", 53.079, 8.802)])
    ctx.note("coarse coordinates, 4-decimal non-coordinates")
    return {"location": {"name": name, "lat": lat, "lon": lon},
            "temp_c": round(ctx.r.uniform(-5, 32), 4), "humidity": round(ctx.r.uniform(0, 1), 4),
            "fx": {"EURUSD": round(ctx.r.uniform(1.02, 1.12), 4),
                   "EURGBP": round(ctx.r.uniform(0.83, 0.88), 4)}}


def marketing(ctx: Ctx) -> Doc:
    variant = ctx.pick(["campaign", "votes", "poll"])
    ctx.note(f"marketing/{variant}")
    if variant == "campaign":
        return {"campaign": ctx.pick(["Spring Sale", "Back to School", "Black Friday"]),
                "channel": "email", "sent": ctx.r.randint(1000, 90000),
                "ctr": round(ctx.r.uniform(0.005, 0.05), 4), "conversion_rate": 0.0123,
                "target": {"segment": "lapsed customers", "party_size": None}}
    if variant == "votes":
        return {"board": "feature requests", "items": [
            {"title": t, "votes": ctx.r.randint(3, 1500), "status": "under review"}
            for t in ["Dark mode", "Export to CSV", "Union of filters (OR)"]]}
    return {"poll": "Which office snack?", "options": {"pretzels": 41, "fruit": 33,
                                                       "chocolate": 58},
            "anonymous": True}


def org_calendar(ctx: Ctx) -> Doc:
    if ctx.chance(0.6):
        ctx.note("parish event calendar (organisation)")
        return {"organisation": ctx.pick(["Ev.-luth. Kirchengemeinde St. Nikolai",
                                          "Paroisse Saint-Irénée", "Grace Baptist Church"]),
                "events": [{"title": t, "date": ctx.day(2025), "time": tm}
                           for t, tm in [("Sunday service", "10:00"), ("Christmas bazaar",
                                                                         "14:00"),
                                         ("Choir rehearsal", "19:30")]],
                "livestream": True}
    ctx.note("restaurant menu")
    return {"restaurant": "Kestrel Kitchen", "cuisine": ctx.pick(["ethnic fusion",
                                                                  "Middle Eastern", "Basque"]),
            "menu": [{"dish": "Lamb tagine", "halal": True}, {"dish": "Falafel wrap",
                                                              "vegan": True}],
            "party_size_max": 12}


def release(ctx: Ctx) -> Doc:
    ctx.note("release manifest")
    return {"release": "v" + ctx.version(), "commit": ctx.hex(40),
            "build": f"10.0.{ctx.r.randint(19000, 22999)}.{ctx.r.randint(1000, 4999)}",
            "assets": [{"name": "logo@2x.png", "sha256": ctx.hex(64)},
                       {"name": "app.tar.gz", "sha256": ctx.hex(64)}],
            "deps": ["lodash@4.17.21", "express@4.19.2", "@scope/ui-kit@2.3.0"],
            "thumbnail_b64": base64.b64encode(bytes(ctx.r.randint(0, 255)
                                                    for _ in range(48))).decode()}


MACROS = {"en": "Hi {{ticket.requester.first_name}}, thanks for reaching out. Our health check "
                "shows the service is running normally. If the problem persists, reply to this "
                "message and include your order number.",
          "de": "Hallo {{ticket.requester.first_name}}, vielen Dank für Ihre Nachricht. Unser "
                "Health-Check zeigt keine Störung. Bitte antworten Sie mit Ihrer Bestellnummer.",
          "fr": "Bonjour {{ticket.requester.first_name}}, merci pour votre message. Notre "
                "surveillance n'indique aucun incident en cours.",
          "es": "Hola {{ticket.requester.first_name}}, gracias por escribirnos. Nuestro chequeo "
                "de salud no muestra incidencias."}


def support_macro(ctx: Ctx) -> Doc:
    ctx.note("support macro template")
    lang = ctx.pick(["en", "de", "fr", "es"])
    return {"macro": {"id": ctx.r.randint(1000, 9999), "title": "Service status reply",
                      "locale": lang, "body": MACROS[lang], "active": True}}


def misc_words(ctx: Ctx) -> Doc:
    variant = ctx.pick(["courts", "trial", "nlp", "orientation"])
    ctx.note(f"ordinary senses/{variant}")
    if variant == "courts":
        return {"venue": "Riverside Tennis Centre", "date": ctx.day(2025),
                "courts": [{"court": n, "slots": ["08:00", "09:00", "17:00"]} for n in (1, 2, 5)]}
    if variant == "trial":
        return {"plans": [{"id": "starter", "free_trial_days": 14, "price": 9},
                          {"id": "pro", "free_trial_days": 30, "price": 29}],
                "charges": {"setup_fee": 0, "currency": "EUR"}}
    if variant == "nlp":
        return {"model": "sentencizer-v3", "sentences": [
            "The committee argued its case with conviction.",
            "Every sentence in the corpus is tokenised before tagging.",
            "The battery charge dropped below ten percent."], "tokens": 27}
    return {"image": {"width": 3024, "height": 4032, "orientation": ctx.pick(
        ["landscape", "portrait"]), "exif_orientation": 6},
        "onboarding": {"orientation_session": "Monday 09:00", "room": "B2"}}


POLICY = {"en": "Employees may request paid leave for religious observance, parental duties or "
                "trade union activities. Requests are handled confidentially by HR.",
          "de": "Beschäftigte können Sonderurlaub für religiöse Feiertage, Gewerkschaftsarbeit "
                "oder die Pflege Angehöriger beantragen.",
          "fr": "Les salariés peuvent demander une autorisation d'absence pour fête religieuse "
                "ou mandat syndical.",
          "es": "El personal puede solicitar permisos por festividades religiosas, actividad "
                "sindical o cuidado de familiares."}


def hr_policy(ctx: Ctx) -> Doc:
    ctx.note("policy text")
    lang = ctx.pick(["en", "de", "fr", "es"])
    return {"policy": "leave-and-absence", "version": ctx.version(), "locale": lang,
            "text": POLICY[lang], "approved": ctx.day(2024),
            "applies_to": ["all staff"], "related": ["sickness absence procedure",
                                                     "equal opportunities policy"]}


def bio_device_config(ctx: Ctx) -> Doc:
    ctx.note("biometric feature config")
    return {"device_policy": {"face_id_enabled": True, "touch_id_supported": ctx.chance(0.5),
                              "biometric_unlock": "allowed", "far_target": "1:50000",
                              "liveness": ctx.pick(["passive", "active"]),
                              "fallback": "pin", "template_storage": "secure_enclave_only"}}


def access_anonymous(ctx: Ctx) -> Doc:
    ctx.note("access events by badge id only")
    return {"controller": ctx.ref("CTRL"), "events": [
        {"ts": ctx.ts(), "door": ctx.pick(["B2-Nord", "Lab-3"]), "badge": ctx.ref("BADGE"),
         "credential_type": ctx.pick(["fingerprint", "face"]),
         "match_score": round(ctx.r.uniform(0.6, 0.99), 3), "result": "granted"}
        for _ in range(ctx.r.randint(2, 4))]}
