"""Clean families: hard negatives built from the same shapes and vocabulary, no kind at all."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import validators as V
from .ctx import HEALTH, STR_LOCI

if TYPE_CHECKING:
    from collections.abc import Callable

    from .ctx import Ctx


def _ver(c: Ctx) -> str:
    return f"{c.n(0, 5)}.{c.n(0, 20)}.{c.n(0, 30)}"


def model_card(c: Ctx) -> dict[str, Any]:
    return {
        "model": c.pick(["quill-7b-instruct", "aurora-embed-v2", "nordlicht-triage-1"]),
        "version": _ver(c),
        "license": c.pick(["apache-2.0", "cc-by-4.0"]),
        "intended_use": c.pick(
            [
                "Drafting replies for public-service helplines.",
                "Triage of insurance correspondence by topic.",
                "Zusammenfassen von Behördenbriefen in einfacher Sprache.",
            ]
        ),
        "limitations": (
            "May reflect biases related to health, religion, ethnicity or political topics "
            "present in web text; not for medical or legal decisions."
        ),
        "evaluation": {
            "mmlu": round(c.r.uniform(0.5, 0.8), 4),
            "toxigen": round(c.r.uniform(0.05, 0.2), 4),
            "bbq_ambiguous": round(c.r.uniform(0.6, 0.95), 4),
        },
        "training_data": {"cutoff": "2025-09", "tokens": f"{c.n(2, 15)}T"},
        "sha256": c.hexs(64),
    }


def eval_config(c: Ctx) -> dict[str, Any]:
    return {
        "suite": c.pick(["fairness-v4", "safety-red-team", "bias-probe"]),
        "seed": c.n(1, 999),
        "temperature": 0.0,
        "datasets": [
            {
                "name": "bbq",
                "split": "test",
                "categories": c.pick(
                    [
                        ["race_ethnicity", "religion", "sexual_orientation"],
                        ["disability_status", "age", "gender_identity"],
                        ["nationality", "ses", "physical_appearance"],
                    ]
                ),
            },
            {"name": "toxigen", "split": "annotated", "limit": c.n(200, 2000)},
        ],
        "metrics": ["accuracy", "bias_score"],
        "judge": {"model": c.pick(["gpt-4.1", "claude-sonnet-4"]), "rubric": "rubric/v3.yaml"},
    }


MOD_CATS = {
    "sexual": "Content meant to arouse sexual excitement.",
    "sexual/minors": "Sexual content involving minors.",
    "hate": (
        "Content that expresses hate based on race, religion, sexual orientation or disability."
    ),
    "self-harm": "Content that promotes or depicts self-harm.",
    "violence": "Content depicting violence.",
    "illicit": "Advice on committing crimes.",
    "harassment": "Harassing language towards any target.",
}


def moderation_categories(c: Ctx) -> dict[str, Any]:
    keys = sorted(MOD_CATS)
    c.r.shuffle(keys)
    return {
        "policy": "moderation-taxonomy",
        "version": _ver(c),
        "categories": [
            {"id": k, "description": MOD_CATS[k], "threshold": round(c.r.uniform(0.3, 0.9), 2)}
            for k in keys[: c.n(4, 7)]
        ],
    }


def moderation_scores(c: Ctx) -> dict[str, Any]:
    cats = ["sexual", "hate", "harassment", "self-harm", "violence", "illicit"]
    scores = {k: round(c.r.uniform(0, 0.05), 4) for k in cats}
    return {
        "id": "modr-" + c.alnum(16),
        "model": "omni-moderation-latest",
        "input_sha256": c.hexs(64),
        "results": [
            {"flagged": False, "categories": {k: False for k in cats}, "category_scores": scores}
        ],
    }


def fhir_terminology(c: Ctx) -> dict[str, Any]:
    lang = c.pick(["en", "de", "fr", "es"])
    kind = c.pick(["icd", "race", "religion", "gender"])
    if kind == "icd":
        concepts = [{"code": icd, "display": lab} for lab, icd in HEALTH[lang]]
        return {
            "resourceType": "CodeSystem",
            "url": f"http://example.org/fhir/CodeSystem/icd10-subset-{lang}",
            "status": "active",
            "content": "fragment",
            "concept": concepts,
        }
    if kind == "race":
        return {
            "resourceType": "ValueSet",
            "url": "http://hl7.org/fhir/us/core/ValueSet/omb-race-category",
            "status": "active",
            "compose": {
                "include": [
                    {
                        "system": "urn:oid:2.16.840.1.113883.6.238",
                        "concept": [
                            {"code": "1002-5", "display": "American Indian or Alaska Native"},
                            {"code": "2028-9", "display": "Asian"},
                            {"code": "2054-5", "display": "Black or African American"},
                            {"code": "2106-3", "display": "White"},
                        ],
                    }
                ]
            },
        }
    if kind == "religion":
        return {
            "resourceType": "CodeSystem",
            "url": "http://terminology.hl7.org/CodeSystem/v3-ReligiousAffiliation",
            "status": "active",
            "concept": [
                {"code": "1013", "display": "Christian (non-Catholic, non-specific)"},
                {"code": "1023", "display": "Islam"},
                {"code": "1020", "display": "Hinduism"},
                {"code": "1077", "display": "Judaism"},
            ],
        }
    return {
        "resourceType": "ValueSet",
        "url": "http://hl7.org/fhir/ValueSet/administrative-gender",
        "status": "active",
        "expansion": {"contains": [{"code": x} for x in ["male", "female", "other", "unknown"]]},
    }


def icd10_catalog(c: Ctx) -> dict[str, Any]:
    lang = c.pick(["en", "de", "fr", "es"])
    items = list(HEALTH[lang])
    c.r.shuffle(items)
    return {
        "catalog": f"ICD-10-{lang.upper()}",
        "release": "2026",
        "items": [{"code": i, "label": label, "billable": c.chance(0.7)} for label, i in items[:5]],
    }


def court_calendar(c: Ctx) -> dict[str, Any]:
    court = c.pick(
        [
            "Amtsgericht Köln",
            "Tribunal judiciaire de Lyon",
            "Juzgado de lo Penal n.º 4",
            "Bristol Crown Court",
        ]
    )
    kinds = {
        "Amtsgericht Köln": ["Strafsache", "Zivilsache", "Familiensache"],
        "Tribunal judiciaire de Lyon": ["audience pénale", "référé civil"],
        "Juzgado de lo Penal n.º 4": ["juicio penal", "vista civil"],
        "Bristol Crown Court": ["criminal trial", "sentencing", "mention"],
    }[court]
    return {
        "court": court,
        "date": c.day(),
        "published": True,
        "note": "Parties are not listed in the public calendar.",
        "sittings": [
            {
                "time": f"{c.n(9, 15)}:{c.pick(['00', '30'])}",
                "room": f"{c.n(1, 14)}",
                "case": f"{c.n(1, 40)} {c.pick(['Ls', 'Cs', 'O'])} {c.n(10, 999)}/26",
                "type": c.pick(kinds),
            }
            for _ in range(c.n(3, 5))
        ],
    }


def crime_statistics(c: Ctx) -> dict[str, Any]:
    return {
        "dataset": c.pick(
            [
                "Polizeiliche Kriminalstatistik",
                "Recorded crime by district",
                "Statistiques de la délinquance",
            ]
        ),
        "year": 2025,
        "rows": [
            {
                "district": d,
                "offence": c.pick(["burglary", "vehicle crime", "Diebstahl", "cambriolages"]),
                "count": c.n(40, 2400),
                "rate_per_1000": round(c.r.uniform(0.5, 30), 1),
            }
            for d in c.r.sample(["Nord", "Süd", "Centre", "Riverside", "Eastgate", "Altstadt"], 4)
        ],
    }


def election_results(c: Ctx) -> dict[str, Any]:
    parties = c.pick(
        [
            ["SPD", "CDU", "Grüne", "FDP", "Linke"],
            ["Labour", "Conservative", "Liberal Democrats", "Green Party", "Reform UK"],
            ["PSOE", "PP", "Sumar", "Vox"],
            ["Renaissance", "RN", "LFI", "LR", "PS"],
        ]
    )
    return {
        "election": c.pick(["municipal 2026", "Landtagswahl 2026", "elecciones autonómicas 2026"]),
        "turnout": round(c.r.uniform(40, 75), 1),
        "districts": [
            {
                "district": f"{c.pick(['Wahlkreis', 'Ward', 'Distrito'])} {c.n(1, 60)}",
                "results": {p: round(c.r.uniform(3, 35), 1) for p in parties},
            }
            for _ in range(c.n(2, 3))
        ],
    }


def manifesto_feed(c: Ctx) -> dict[str, Any]:
    party = c.pick(["Bündnis 90/Die Grünen", "Labour Party", "PSOE", "Les Écologistes", "SPD"])
    return {
        "feed": "party-press",
        "party": party,
        "items": [
            {
                "title": c.pick(
                    [
                        "Our plan for affordable housing",
                        "Unser Klimaschutzprogramm 2026",
                        "Nuestro programa para la sanidad pública",
                        "Notre projet pour les transports",
                    ]
                ),
                "published": c.ts(),
                "url": f"https://press.example-party.eu/{c.hexs(8)}",
                "summary": "Manifesto chapter published ahead of the election.",
            }
            for _ in range(c.n(2, 3))
        ],
    }


def religious_calendar(c: Ctx) -> dict[str, Any]:
    la, lo = c.coarse()
    if c.chance(0.5):
        return {
            "city": c.pick(["Köln", "Lyon", "Madrid", "Leeds"]),
            "lat": la,
            "lon": lo,
            "method": "MWL",
            "date": c.day(),
            "prayer_times": {
                "fajr": "05:12",
                "dhuhr": "13:24",
                "asr": "16:48",
                "maghrib": "19:55",
                "isha": "21:30",
            },
            "note": "Ramadan timetable",
        }
    return {
        "calendar": "religious-holidays-2026",
        "entries": [
            {"name": n, "date": d}
            for n, d in c.r.sample(
                [
                    ("Easter Sunday", "2026-04-05"),
                    ("Eid al-Fitr", "2026-03-20"),
                    ("Yom Kippur", "2026-09-21"),
                    ("Diwali", "2026-11-08"),
                    ("Pfingsten", "2026-05-24"),
                    ("Toussaint", "2026-11-01"),
                ],
                4,
            )
        ],
    }


def union_types(c: Ctx) -> dict[str, Any]:
    v = c.pick(["graphql", "avro", "sql", "eu", "credit"])
    if v == "graphql":
        return {
            "schema": (
                "union SearchResult = Case | Document | Hearing\n"
                "type Query { search(q: String!): [SearchResult!]! }"
            ),
            "lang": "graphql",
        }
    if v == "avro":
        return {
            "type": "record",
            "name": "Event",
            "fields": [
                {"name": "payload", "type": ["null", "string", "bytes"]},
                {"name": "kind", "type": {"type": "enum", "name": "Kind", "symbols": ["A", "B"]}},
            ],
            "doc": "Avro union type for optional payloads",
        }
    if v == "sql":
        return {
            "query": (
                "SELECT region, count(*) FROM claims_2025 GROUP BY region UNION ALL SELECT "
                "region, count(*) FROM claims_2026 GROUP BY region"
            ),
            "duration_ms": c.n(5, 900),
            "rows": c.n(1, 60),
        }
    if v == "eu":
        return {
            "rule": "vat-oss",
            "scope": "European Union",
            "thresholds": {"eur": 10000},
            "countries": ["DE", "FR", "ES", "NL", "AT"],
        }
    return {
        "provider": c.pick(["Harbor Federal Credit Union", "Lakeside Credit Union"]),
        "rates": {
            "savings_apy": round(c.r.uniform(0.5, 4), 2),
            "auto_loan_apr": round(c.r.uniform(4, 9), 2),
        },
    }


def health_endpoint(c: Ctx) -> dict[str, Any]:
    return {
        "status": c.pick(["ok", "degraded"]),
        "version": _ver(c),
        "checks": {
            "db": "healthy",
            "vector_store": c.pick(["healthy", "slow"]),
            "llm_upstream": {"status": "healthy", "p95_ms": c.n(200, 3000)},
        },
        "uptime_s": c.n(1000, 99999),
        "build": c.hexs(40),
    }


def _ean(c: Ctx, prefix: str = "40") -> str:
    body = prefix + "".join(str(c.n(0, 9)) for _ in range(12 - len(prefix)))
    return body + V.ean13_digit(body)


def product_catalog(c: Ctx) -> dict[str, Any]:
    v = c.pick(["otc", "food", "books"])
    if v == "otc":
        items = [
            {"name": n, "ean": _ean(c), "indication": i}
            for n, i in c.r.sample(
                [
                    ("Ibuprofen 400 mg, 20 tabs", "pain, fever"),
                    ("Loratadin 10 mg", "hay fever"),
                    ("Paracétamol 1 g", "douleur"),
                    ("Omeprazol 20 mg", "acidez"),
                ],
                3,
            )
        ]
        return {"catalog": "otc-pharmacy", "items": items}
    if v == "food":
        return {
            "catalog": "bakery",
            "items": [
                {"sku": f"BK-{c.hexs(4).upper()}", "name": n, "allergens": a, "ean": _ean(c)}
                for n, a in [
                    ("Dinkel-Vollkornbrot", ["gluten"]),
                    ("Peanut cookie", ["peanuts", "milk"]),
                    ("Tarte aux noix", ["nuts", "eggs"]),
                ]
            ],
        }
    return {
        "catalog": "bookshop",
        "items": [
            {"isbn": _ean(c, "978"), "title": t, "genre": g}
            for t, g in [
                ("The Quiet Cloister", "Religion & Spirituality"),
                ("Union Square Stories", "Fiction"),
                ("Atlas of Genes", "Science"),
            ]
        ],
    }


def checksum_failures(c: Ctx) -> dict[str, Any]:
    errs = []
    good = c.iban_raw(c.pick(["DE", "FR", "ES", "GB"]))
    bad_chk = (int(good[2:4]) + c.n(1, 50)) % 97 + 2
    bad = f"{good[:2]}{bad_chk % 100:02d}{good[4:]}"
    if V.iban_ok(bad):
        bad = good[:-1] + str((int(good[-1]) + 1) % 10)
    errs.append({"field": "iban", "value": bad, "error": "checksum"})
    card = c.card_digits(c.pick(["visa", "mastercard"]))
    errs.append(
        {
            "field": "card_number",
            "value": card[:-1] + str((int(card[-1]) + c.n(1, 9)) % 10),
            "error": "luhn",
        }
    )
    errs.append(
        {
            "field": "ssn",
            "value": c.pick(
                [
                    f"000-{c.n(10, 99)}-{c.n(1000, 9999)}",
                    f"666-{c.n(10, 99)}-{c.n(1000, 9999)}",
                    f"9{c.n(10, 99)}-{c.n(10, 99)}-{c.n(1000, 9999)}",
                    f"{c.n(100, 665)}-00-{c.n(1000, 9999)}",
                ]
            ),
            "error": "invalid",
        }
    )
    dni = c.n(10000000, 79999999)
    errs.append(
        {
            "field": "dni",
            "value": f"{dni}{V.DNI_LETTERS[(dni + c.n(1, 22)) % 23]}",
            "error": "letra",
        }
    )
    errs.append(
        {
            "field": "nino",
            "value": f"{c.pick(['QQ', 'BG', 'GB', 'DF'])}{c.n(100000, 999999)}{c.pick('ABCD')}",
            "error": "prefix",
        }
    )
    errs.append(
        {
            "field": "order_ref",
            "value": "".join(str(c.n(0, 9)) for _ in range(15)),
            "error": "unknown",
        }
    )
    for e in errs[-1:]:
        if V.luhn_ok(e["value"]):
            e["value"] = e["value"][:-1] + str((int(e["value"][-1]) + 1) % 10)
    c.r.shuffle(errs)
    return {"status": 422, "type": "validation_error", "errors": errs[: c.n(3, 6)]}


def coarse_and_rates(c: Ctx) -> dict[str, Any]:
    la, lo = c.coarse()
    if c.chance(0.5):
        return {
            "forecast": {
                "city": c.pick(["Berlin", "Lyon", "Sevilla", "Leeds"]),
                "lat": la,
                "lon": lo,
                "tz": "Europe/Berlin",
                "hourly": [
                    {"t": f"{h:02d}:00", "temp_c": round(c.r.uniform(-2, 30), 4)}
                    for h in range(0, 12, 3)
                ],
            }
        }
    return {
        "base": "EUR",
        "date": c.day(),
        "rates": {
            "USD": round(c.r.uniform(1.02, 1.15), 4),
            "GBP": round(c.r.uniform(0.82, 0.9), 4),
            "CHF": round(c.r.uniform(0.92, 0.99), 4),
            "JPY": round(c.r.uniform(150, 170), 4),
        },
        "ratio_ok": round(c.r.uniform(0, 1), 4),
    }


def jwks_certs(c: Ctx) -> dict[str, Any]:
    if c.chance(0.5):
        return {
            "keys": [
                {
                    "kty": "RSA",
                    "kid": c.hexs(16),
                    "use": "sig",
                    "alg": "RS256",
                    "n": c.b64(120).replace("+", "-").replace("/", "_"),
                    "e": "AQAB",
                }
                for _ in range(2)
            ]
        }
    return {
        "certificate": "-----BEGIN CERTIFICATE-----\nMIID"
        + c.b64(60)
        + "\n"
        + c.b64(64)
        + "\n-----END CERTIFICATE-----",
        "fingerprint_sha256": ":".join(c.hexs(2).upper() for _ in range(16)),
        "ssh_host_key": "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + c.b64(43),
        "public_key": "-----BEGIN PUBLIC KEY-----\nMFkw" + c.b64(60) + "\n-----END PUBLIC KEY-----",
    }


def masked_secrets(c: Ctx) -> dict[str, Any]:
    return {
        "service": c.pick(["claims-api", "rag-gateway", "payroll-sync"]),
        "env": {
            "DB_PASSWORD": c.pick(["********", "[REDACTED]", None, ""]),
            "STRIPE_KEY": "sk_live_" + "*" * 24,
            "SENDGRID_API_KEY": "SG.****",
            "password": "********",
        },
        "secretRef": {"valueFrom": {"secretKeyRef": {"name": "claims-db", "key": "password"}}},
        "password_policy": {"min_length": 12, "require_symbol": True, "max_age_days": 90},
        "password_hash": "$argon2id$v=19$m=65536,t=3,p=4$" + c.b64(22) + "$" + c.b64(43),
        "kid": c.hexs(16),
        "commit": c.hexs(40),
    }


def tokenizer_vocab(c: Ctx) -> dict[str, Any]:
    words = [
        "▁the",
        "▁union",
        "▁church",
        "▁health",
        "▁party",
        "▁race",
        "▁sex",
        "▁court",
        "▁gene",
        "▁face",
        "▁prayer",
        "▁crime",
        "ing",
        "▁der",
        "▁la",
    ]
    c.r.shuffle(words)
    return {
        "model": "bpe-50k",
        "version": _ver(c),
        "vocab_sample": {w: c.n(100, 49999) for w in words[:10]},
        "merges_sample": ["▁ t", "h e", "▁t he", "i ng"],
        "special_tokens": ["<s>", "</s>", "<pad>"],
    }


def product_embeddings(c: Ctx) -> dict[str, Any]:
    prods = c.r.sample(
        [
            "Face cream SPF 30",
            "Fingerprint-resistant steel fridge",
            "Union Jack mug",
            "Party balloons 20 pack",
            "Race car toy",
            "Prayer mat (wool)",
            "Gene expression lab kit",
            "Herbal health tea",
        ],
        3,
    )
    return {
        "model": "text-embedding-3-small",
        "data": [
            {
                "text": p,
                "sku": f"SKU-{c.hexs(6).upper()}",
                "embedding": [round(c.r.uniform(-0.1, 0.1), 4) for _ in range(8)],
            }
            for p in prods
        ],
    }


def gene_reference(c: Ctx) -> dict[str, Any]:
    if c.chance(0.3):
        return {
            "optimizer": "genetic_algorithm",
            "population": c.n(50, 500),
            "mutation_rate": round(c.r.uniform(0.001, 0.05), 4),
            "crossover": "uniform",
            "generations": c.n(100, 2000),
        }
    genes = c.r.sample(
        [
            ("BRCA1", "chr17", 43044295, 43125483),
            ("CFTR", "chr7", 117287120, 117715971),
            ("HFE", "chr6", 26087281, 26098343),
            ("APOE", "chr19", 44905791, 44909393),
            ("CYP2C19", "chr10", 94762681, 94855547),
        ],
        3,
    )
    return {
        "assembly": "GRCh38",
        "source": "gene-reference",
        "genes": [{"symbol": s, "chrom": ch, "start": a, "end": b} for s, ch, a, b in genes],
        "str_loci": c.r.sample(STR_LOCI, 4),
    }


def insurance_plan_catalog(c: Ctx) -> dict[str, Any]:
    return {
        "insurer": c.pick(["Nordlicht Versicherung AG", "Meridian Health Partners"]),
        "plans": [
            {"name": n, "monthly_premium": round(c.r.uniform(40, 600), 2), "covers": cov}
            for n, cov in [
                ("Basic", ["GP visits"]),
                ("Plus", ["mental health therapy", "maternity"]),
                ("Family", ["dental", "vision", "physiotherapy"]),
            ]
        ],
        "employer_line": {
            "label": "Employer health-plan premium",
            "amount": round(c.r.uniform(100, 400), 2),
        },
    }


def prompt_templates(c: Ctx) -> dict[str, Any]:
    return {
        "registry": "prompts-prod",
        "templates": [
            {
                "id": "intake_triage",
                "version": _ver(c),
                "template": (
                    "Classify the message from {{customer_name}} ({{customer_email}}) into: "
                    "health, billing, other."
                ),
                "variables": ["customer_name", "customer_email"],
            },
            {
                "id": "letter_draft",
                "version": _ver(c),
                "template": (
                    "Schreibe einen Brief an {{anrede}} {{nachname}} zum Aktenzeichen {{az}}."
                ),
                "variables": ["anrede", "nachname", "az"],
            },
        ],
    }


def form_schema(c: Ctx) -> dict[str, Any]:
    lang = c.pick(["en", "de", "es"])
    props: dict[str, Any] = {
        "ethnicity": {
            "type": "string",
            "enum": ["Asian", "Black", "Mixed", "White", "Other", "Prefer not to say"],
        },
        "religion": {
            "type": "string",
            "enum": ["None", "Christian", "Muslim", "Jewish", "Hindu", "Sikh", "Other"],
        },
        "sexual_orientation": {
            "type": "string",
            "enum": ["Heterosexual", "Gay or lesbian", "Bisexual", "Prefer not to say"],
        },
        "union_member": {"type": "boolean"},
        "criminal_convictions": {"type": "boolean", "description": "Unspent criminal convictions?"},
        "disability": {"type": "boolean"},
        "party_membership": {"type": "string"},
    }
    ks = sorted(props)
    c.r.shuffle(ks)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": {
            "en": "Equal opportunities form",
            "de": "Vielfaltsbogen",
            "es": "Formulario de diversidad",
        }[lang],
        "type": "object",
        "properties": {k: props[k] for k in ks[:5]},
    }


def census_aggregates(c: Ctx) -> dict[str, Any]:
    v = c.pick(["ethnic", "religion"])
    groups = (
        ["Asian", "Black", "Mixed", "White", "Other"]
        if v == "ethnic"
        else ["Christian", "Muslim", "No religion", "Hindu", "Jewish"]
    )
    return {
        "table": f"census-2021-{v}-group-by-ward",
        "ward": c.pick(["Northfield", "Riverside", "Harehills"]),
        "counts": {g: c.n(50, 9000) for g in groups},
        "suppressed_below": 10,
    }


def biometric_device_spec(c: Ctx) -> dict[str, Any]:
    return {
        "device": c.pick(["FP-300 fingerprint reader", "FaceGate terminal", "IrisScan Pro"]),
        "sku": f"DEV-{c.hexs(5).upper()}",
        "firmware": _ver(c),
        "specs": {
            "far": "1:50000",
            "frr_percent": round(c.r.uniform(0.1, 2), 2),
            "template_format": "ISO/IEC 19794-2",
            "match_threshold": c.n(40, 90),
        },
        "features": ["liveness detection", "on-device templates", "face mask mode"],
        "tls_fingerprint": c.hexs(40),
    }


def aggregates_misc(c: Ctx) -> dict[str, Any]:
    v = c.pick(["meter", "vacc", "race"])
    if v == "meter":
        return {
            "feeder": f"F-{c.hexs(4).upper()}",
            "period": "2026-02",
            "kwh": [round(c.r.uniform(200, 900), 1) for _ in range(6)],
            "households": c.n(100, 900),
        }
    if v == "vacc":
        return {
            "indicator": "vaccination coverage",
            "region": c.pick(["Bayern", "Île-de-France", "Andalucía"]),
            "coverage": {
                "MMR2": round(c.r.uniform(85, 97), 1),
                "HPV": round(c.r.uniform(40, 80), 1),
            },
            "year": 2025,
        }
    return {
        "race": c.pick(["Köln Marathon", "10K de Lyon", "Carrera de San Silvestre"]),
        "results": [
            {
                "bib": c.n(100, 9999),
                "category": c.pick(["M40", "W35", "M20"]),
                "time": f"{c.n(0, 3)}:{c.n(10, 59)}:{c.n(10, 59)}",
            }
            for _ in range(4)
        ],
    }


def ci_log_clean(c: Ctx) -> dict[str, Any]:
    return {
        "pipeline": "build",
        "job": c.n(1000, 99999),
        "log": "\n".join(
            [
                f"{c.ts()} Cloning {c.hexs(40)}",
                f"{c.ts()} Installing lodash@4.17.21 and react@18.3.1",
                f"{c.ts()} Copying assets/logo@2x.png",
                f"{c.ts()} Tests passed: {c.n(100, 900)}, failed: 0",
                f"{c.ts()} Image pushed sha256:{c.hexs(64)}",
            ]
        ),
    }


def pagination(c: Ctx) -> dict[str, Any]:
    return {
        "data": [
            {"id": c.uuid(), "type": "document", "status": c.pick(["draft", "final"])}
            for _ in range(3)
        ],
        "meta": {"total": c.n(10, 900), "cursor": c.b64(32)},
        "links": {"next": f"/v1/documents?cursor={c.b64(24)}&limit=3"},
        "@odata.nextLink": f"Documents?$skiptoken={c.alnum(12)}",
    }


def course_catalog(c: Ctx) -> dict[str, Any]:
    return {
        "provider": c.pick(["Volkshochschule Köln", "Université Lyon 2", "Open Learning Hub"]),
        "courses": [
            {"code": f"{c.pick(['HE', 'SOC', 'LAW'])}{c.n(100, 499)}", "title": t}
            for t in c.r.sample(
                [
                    "Sexual health education for teachers",
                    "Introduction to criminal law",
                    "Religions of the world",
                    "Trade union history",
                    "Public health and epidemiology",
                    "Ethnic minorities in European history",
                    "Political parties and elections",
                ],
                3,
            )
        ],
    }


def bulk_catalog(c: Ctx) -> dict[str, Any]:
    """A larger clean reference list (3–6 KB): drug/allergen catalogue or ICD chapter listing."""  # noqa: RUF002
    items = []
    for i in range(c.n(40, 70)):
        lab, icd = c.pick(HEALTH[c.pick(["en", "de", "fr", "es"])])
        items.append(
            {
                "row": i + 1,
                "code": icd,
                "label": lab,
                "chapter": icd[0],
                "updated": c.day(2025),
                "sku": f"REF-{c.hexs(5).upper()}",
            }
        )
    return {"catalog": "reference-terms", "release": _ver(c), "items": items}


FAMILIES: list[tuple[str, Callable[[Ctx], dict[str, Any]], int]] = [
    ("model_card", model_card, 7),
    ("eval_config", eval_config, 7),
    ("moderation_categories", moderation_categories, 8),
    ("moderation_scores", moderation_scores, 7),
    ("fhir_terminology", fhir_terminology, 9),
    ("icd10_catalog", icd10_catalog, 7),
    ("court_calendar", court_calendar, 8),
    ("crime_statistics", crime_statistics, 7),
    ("election_results", election_results, 8),
    ("manifesto_feed", manifesto_feed, 7),
    ("religious_calendar", religious_calendar, 7),
    ("union_types", union_types, 9),
    ("health_endpoint", health_endpoint, 6),
    ("product_catalog", product_catalog, 8),
    ("checksum_failures", checksum_failures, 9),
    ("coarse_and_rates", coarse_and_rates, 8),
    ("jwks_certs", jwks_certs, 8),
    ("masked_secrets", masked_secrets, 7),
    ("tokenizer_vocab", tokenizer_vocab, 6),
    ("product_embeddings", product_embeddings, 6),
    ("gene_reference", gene_reference, 8),
    ("insurance_plan_catalog", insurance_plan_catalog, 6),
    ("prompt_templates", prompt_templates, 6),
    ("form_schema", form_schema, 8),
    ("census_aggregates", census_aggregates, 6),
    ("biometric_device_spec", biometric_device_spec, 7),
    ("aggregates_misc", aggregates_misc, 7),
    ("ci_log_clean", ci_log_clean, 6),
    ("pagination", pagination, 6),
    ("course_catalog", course_catalog, 7),
    ("bulk_catalog", bulk_catalog, 4),
]
