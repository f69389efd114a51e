"""Clean families: public and technical payloads built from hard negatives, no kind at all."""

from __future__ import annotations

from typing import Any

from .ctx import Ctx
from .registry import family
from .shapes import graphql, page

LAND = {
    "de": ["Bayern", "Nordrhein-Westfalen", "Sachsen", "Hamburg", "Saarland", "Berlin"],
    "fr": ["Bretagne", "Occitanie", "Grand Est", "Île-de-France", "Normandie"],
    "es": ["Andalucía", "Cataluña", "Galicia", "Aragón", "País Vasco"],
    "en": ["Scotland", "Wales", "North West", "London", "Yorkshire"],
}
CITY = {
    "de": ["Hamburg", "Leipzig", "Kassel", "Rostock", "Augsburg"],
    "fr": ["Brest", "Lyon", "Metz", "Toulouse", "Rouen"],
    "es": ["Sevilla", "Bilbao", "Zaragoza", "Murcia", "Vigo"],
    "en": ["Leeds", "Cardiff", "Aberdeen", "Bristol", "York"],
}


def pct(c: Ctx) -> float:
    return round(c.rng.uniform(2, 70), 1)


def shares(c: Ctx, n: int) -> list[float]:
    """n percentages that add up to (about) 100."""
    w = [c.rng.uniform(1, 10) for _ in range(n)]
    return [round(100 * x / sum(w), 1) for x in w]


@family("clean_wetter_meteo", de=4, fr=3, es=3, en=3)
def weather(c: Ctx) -> Any:
    city, lat, lon = c.coarse_place()
    keys = {
        "de": ("station", "temperatur", "niederschlag", "warnung", "Sturmböen"),
        "fr": ("station", "température", "précipitations", "vigilance", "orange orages"),
        "es": ("estacion", "temperatura", "precipitacion", "aviso", "amarillo por lluvias"),
        "en": ("station", "temperature", "precipitation", "warning", "yellow wind"),
    }[c.lang]
    return {
        keys[0]: {"id": c.ref("", 5), "name": city, "lat": lat, "lon": lon},
        "obs": [
            {
                "t": c.ts(),
                keys[1]: round(c.rng.uniform(-5, 33), 4),
                keys[2]: round(c.rng.uniform(0, 12), 1),
            }
            for _ in range(3)
        ],
        keys[3]: keys[4],
    }


@family("clean_fahrplan_horaires", de=3, fr=2, es=2, en=2)
def timetable(c: Ctx) -> Any:
    stops = c.rng.sample(CITY[c.lang], 3)
    k = {
        "de": ("linie", "halt", "ab", "gleis", "fahrten"),
        "fr": ("ligne", "arret", "depart", "voie", "trajets"),
        "es": ("linea", "parada", "salida", "anden", "trayectos"),
        "en": ("line", "stop", "departs", "platform", "journeys"),
    }[c.lang]
    return {
        k[0]: f"RE {c.num(1, 99)}",
        k[4]: [
            {k[1]: s, k[2]: f"{c.num(5, 22):02d}:{c.num(0, 59):02d}", k[3]: c.num(1, 12)}
            for s in stops
        ],
    }


@family("clean_healthcheck", de=3, fr=2, es=3, en=2)
def healthcheck(c: Ctx) -> Any:
    k, ok = {
        "de": ("status", "gesund"),
        "fr": ("santé", "ok"),
        "es": ("salud", "correcta"),
        "en": ("health", "UP"),
    }[c.lang]
    return {
        k: ok,
        "version": c.version(),
        "commit": c.hexid(40),
        "komponenten" if c.lang == "de" else "checks": {"db": ok, "cache": ok, "queue": ok},
        "latenzMs" if c.lang == "de" else "latency_ms": c.num(3, 90),
    }


@family("clean_stat_religion", de=2, fr=2, es=2, en=2)
def stat_religion(c: Ctx) -> Any:
    k = {
        "de": ("land", "katholisch", "evangelisch", "konfessionslos", "quelle"),
        "fr": ("region", "catholiques", "protestants", "sans_religion", "source"),
        "es": ("comunidad", "catolicos", "otras_religiones", "no_creyentes", "fuente"),
        "en": ("region", "christian", "muslim", "no_religion", "source"),
    }[c.lang]
    rows = []
    for r in c.rng.sample(LAND[c.lang], 3):
        a, b, rest = shares(c, 3)
        rows.append({k[0]: r, k[1]: a, k[2]: b, k[3]: rest})
    src = {
        "de": "Zensus 2022",
        "fr": "enquête Trajectoires et Origines",
        "es": "barómetro del CIS",
        "en": "Census 2021",
    }[c.lang]
    return {
        k[4]: src,
        "jahr" if c.lang == "de" else "year": 2022,
        "rows": rows,
        "hinweis" if c.lang == "de" else "note": c.neg("stats"),
    }


@family("clean_stat_gewerkschaft", de=2, fr=2, es=2, en=2)
def stat_union(c: Ctx) -> Any:
    sectors = {
        "de": ["Einzelhandel", "Metall", "Öffentlicher Dienst"],
        "fr": ["commerce", "industrie", "fonction publique"],
        "es": ["comercio", "industria", "administración pública"],
        "en": ["retail", "manufacturing", "public sector"],
    }
    return {
        "indicator": {
            "de": "Organisationsgrad",
            "fr": "taux de syndicalisation",
            "es": "tasa de afiliación",
            "en": "union density",
        }[c.lang],
        "values": [{"sector": s, "value": pct(c)} for s in sectors[c.lang]],
        "comment": c.neg("stats"),
    }


@family("clean_stat_kriminalitaet", de=2, fr=2, es=2, en=2)
def stat_crime(c: Ctx) -> Any:
    k = {
        "de": ("bezirk", "faelle", "aufklaerungsquote"),
        "fr": ("commune", "faits_constates", "taux_elucidation"),
        "es": ("distrito", "infracciones", "tasa_esclarecimiento"),
        "en": ("district", "offences", "clearance_rate"),
    }[c.lang]
    return page(
        c, [{k[0]: d, k[1]: c.num(200, 9000), k[2]: pct(c)} for d in c.rng.sample(CITY[c.lang], 3)]
    ) | {"text": c.neg("stats")}


@family("clean_stat_gesundheit", de=2, fr=2, es=2, en=2)
def stat_health(c: Ctx) -> Any:
    ind = {
        "de": ["Diabetesprävalenz", "Grippefälle je 100.000", "Impfquote Masern"],
        "fr": ["prévalence du diabète", "passages aux urgences", "couverture vaccinale grippe"],
        "es": ["prevalencia de diabetes", "camas ocupadas", "cobertura vacunal"],
        "en": ["diabetes prevalence", "A&E attendances", "flu vaccine uptake"],
    }[c.lang]
    return {
        "dataset": c.hexid(8),
        "series": [{"indicator": i, "region": c.pick(LAND[c.lang]), "value": pct(c)} for i in ind],
        "remark": c.neg("stats"),
    }


@family("clean_wahlergebnis", de=2, fr=2, es=2, en=2)
def elections(c: Ctx) -> Any:
    parties = {
        "de": ["SPD", "CDU", "Grüne", "FDP", "Linke"],
        "fr": ["PS", "LR", "RN", "LFI", "EELV"],
        "es": ["PSOE", "PP", "Vox", "Sumar"],
        "en": ["Labour", "Conservative", "Lib Dem", "Green"],
    }[c.lang]
    return {
        "wahlbezirk" if c.lang == "de" else "district": c.ref("", 4),
        "ergebnisse" if c.lang == "de" else "results": [
            {"party": p, "share": v} for p, v in zip(parties, shares(c, len(parties)), strict=True)
        ],
        "turnout": round(c.rng.uniform(45, 82), 1),
        "text": c.neg("public"),
    }


@family("clean_gesetzestexte", de=2, fr=2, es=2, en=2)
def laws(c: Ctx) -> Any:
    ref = {
        "de": "Art. 9 DSGVO / § 1 AGG",
        "fr": "Loi n° 78-17, art. 6",
        "es": "LOPDGDD, art. 9",
        "en": "UK GDPR, Article 9",
    }[c.lang]
    return {
        "norm": ref,
        "auszug" if c.lang == "de" else "excerpt": c.neg("legal"),
        "stand": "2024-01-01",
        "verweise": [c.neg("legal")],
    }


@family("clean_apotheke_otc", de=3, fr=2, es=2)
def otc(c: Ctx) -> Any:
    items = {
        "de": [
            ("Ibuprofen 400 akut", "Schmerzen"),
            ("Cetirizin 10 mg", "Heuschnupfen"),
            ("Nasenspray 0,1 %", "Schnupfen"),
        ],
        "fr": [
            ("Paracétamol 500 mg", "douleurs"),
            ("Sirop antitussif", "toux sèche"),
            ("Pastilles gorge", "maux de gorge"),
        ],
        "es": [
            ("Ibuprofeno 400 mg", "dolor"),
            ("Loratadina 10 mg", "alergia"),
            ("Pastillas para la garganta", "garganta"),
        ],
    }[c.lang]
    return page(
        c,
        [
            {
                "pzn" if c.lang == "de" else "code": c.ref("", 6),
                "name": n,
                "anwendung" if c.lang == "de" else "indication": i,
                "preis" if c.lang == "de" else "prix": c.money(2, 15),
            }
            for n, i in items
        ],
    )


@family("clean_buchkatalog", de=2, fr=2, es=2, en=2)
def books(c: Ctx) -> Any:
    genres = {
        "de": ["Religion", "Politik", "Gesundheit"],
        "fr": ["Religion", "Essais politiques", "Santé"],
        "es": ["Religión", "Política", "Salud"],
        "en": ["Religion & Spirituality", "Politics", "Health"],
    }[c.lang]
    return {
        "titel" if c.lang == "de" else "items": [
            {
                "isbn": f"978-3-{c.num(100, 999)}-{c.num(10000, 99999)}-{c.num(0, 9)}",
                "genre": g,
                "verlag" if c.lang == "de" else "publisher": "Verlag Nord"
                if c.lang == "de"
                else "Éditions du Port"
                if c.lang == "fr"
                else "Editorial Sur"
                if c.lang == "es"
                else "Harbour Press",
                "preis" if c.lang == "de" else "price": c.money(8, 30),
            }
            for g in genres
        ],
        "rubrik": c.neg("commerce"),
    }


@family("clean_stellenanzeige", de=2, fr=2, es=2, en=2)
def job_ad(c: Ctx) -> Any:
    title = {
        "de": "Pflegefachkraft (m/w/d)",
        "fr": "Aide-soignant(e) H/F",
        "es": "Auxiliar de enfermería",
        "en": "Warehouse operative",
    }[c.lang]
    return {
        "stelle" if c.lang == "de" else "job": title,
        "ort" if c.lang == "de" else "city": c.pick(CITY[c.lang]),
        "gehalt" if c.lang == "de" else "salary": f"{c.num(28, 55)}k",
        "text": c.neg("commerce"),
        "bewerbung" if c.lang == "de" else "apply": "/karriere/portal"
        if c.lang == "de"
        else "/careers/apply",
    }


@family("clean_vertragsvorlage", de=2, fr=2, es=2, en=1)
def contract(c: Ctx) -> Any:
    return {
        "vorlage" if c.lang == "de" else "template": c.ref("TPL-", 4),
        "klauseln" if c.lang == "de" else "clauses": [c.neg("legal") for _ in range(2)],
        "platzhalter": ["{{PARTEI_A}}", "{{PARTEI_B}}"]
        if c.lang == "de"
        else ["{{PARTY_A}}", "{{PARTY_B}}"],
    }


@family("clean_tierheim", de=2, fr=2, es=2, en=2)
def pets(c: Ctx) -> Any:
    breeds = {
        "de": ["Dackel", "Schäferhund-Mischling", "Europäisch Kurzhaar"],
        "fr": ["Berger australien", "Chat européen"],
        "es": ["Galgo español", "Podenco", "Mestizo"],
        "en": ["Staffordshire Bull Terrier", "Lurcher"],
    }[c.lang]
    return page(
        c,
        [
            {
                "tier" if c.lang == "de" else "animal": c.ref("T", 4),
                "rasse"
                if c.lang == "de"
                else "raza"
                if c.lang == "es"
                else "race"
                if c.lang == "fr"
                else "breed": b,
                "alter" if c.lang == "de" else "age": c.num(1, 12),
            }
            for b in breeds
        ],
    ) | {"info": c.neg("commerce")}


@family("clean_pressemitteilung", de=3, fr=3, es=3, en=3)
def press(c: Ctx) -> Any:
    org = {
        "de": ["Landesverband einer Partei", "Gewerkschaftsbund Bezirk Nord", "Erzbistum"],
        "fr": ["Fédération départementale", "Union départementale des syndicats", "Diocèse"],
        "es": ["Comisión ejecutiva del partido", "Federación sindical regional", "Arzobispado"],
        "en": ["Party headquarters", "Trades council", "Diocese"],
    }[c.lang]
    return {
        "herausgeber" if c.lang == "de" else "publisher": c.pick(org),
        "datum" if c.lang == "de" else "date": c.day().isoformat(),
        "text": " ".join([c.neg("public"), c.neg("public")]),
        "id": c.uuid(),
    }


@family("clean_faq_glossar", de=2, fr=2, es=2, en=3)
def faq(c: Ctx) -> Any:
    return [
        {"frage" if c.lang == "de" else "q": f"#{i}", "antwort" if c.lang == "de" else "a": c.neg()}
        for i in range(1, 3)
    ]


@family("clean_sql_union", de=2, fr=1, es=1, en=1)
def sql(c: Ctx) -> Any:
    q = (
        "SELECT id, total FROM orders_2023 UNION ALL SELECT id, total FROM orders_2024 "
        f"WHERE total > {c.num(10, 500)} ORDER BY id LIMIT {c.num(10, 100)}"
    )
    return {
        "query": q,
        "duration_ms": c.num(2, 900),
        "rows": c.num(0, 100),
        "plan": c.hexid(16),
        {"de": "kommentar", "fr": "commentaire", "es": "comentario", "en": "comment"}[
            c.lang
        ]: c.neg("tech"),
    }


@family("clean_graphql_schema", de=2, en=2)
def gql_schema(c: Ctx) -> Any:
    return graphql(
        {
            "__schema": {
                "types": [
                    {
                        "name": "SearchResult",
                        "kind": "UNION",
                        "possibleTypes": [{"name": "Article"}, {"name": "Product"}],
                    },
                    {
                        "name": "Payment",
                        "kind": "UNION",
                        "possibleTypes": [{"name": "CardPayment"}, {"name": "Invoice"}],
                    },
                    {"name": "Node", "kind": "INTERFACE", "fields": [{"name": "id"}]},
                ]
            },
            "requestId": c.uuid(),
        }
    )


@family("clean_produktsuche_embedding", de=1, fr=1, es=1, en=1)
def product_embedding(c: Ctx) -> Any:
    return {
        "sku": f"SKU-{c.hexid(6).upper()}",
        "modell": "text-embedding-small",
        "vektor": c.text_embedding(16),
        "score": round(c.rng.uniform(0.5, 0.99), 4),
    }


@family("clean_wechselkurse", de=1, fr=1, es=1, en=1)
def fx(c: Ctx) -> Any:
    return {
        "base": "EUR",
        "date": c.day().isoformat(),
        "rates": {
            "USD": round(c.rng.uniform(1.05, 1.12), 4),
            "GBP": round(c.rng.uniform(0.83, 0.88), 4),
            "CHF": round(c.rng.uniform(0.93, 0.98), 4),
            "JPY": round(c.rng.uniform(155, 170), 4),
        },
    }


@family("clean_jwks", de=1, en=1)
def jwks(c: Ctx) -> Any:
    return {
        "keys": [
            {
                "kty": "RSA",
                "kid": c.hexid(16),
                "use": "sig",
                "alg": "RS256",
                "n": c.alnum(86, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_"),
                "e": "AQAB",
            }
        ],
        "ssh_host_key": f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{c.alnum(43)}",
        "fingerprint": f"SHA256:{c.alnum(43)}",
    }


@family("clean_k8s_manifest", fr=1, en=1)
def k8s(c: Ctx) -> Any:
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": f"api-{c.hexid(4)}"},
        "spec": {
            "template": {
                "spec": {
                    "containers": [
                        {
                            "name": "api",
                            "image": f"registry.local/api:{c.version()}",
                            "env": [
                                {
                                    "name": "DB_PASSWORD",
                                    "valueFrom": {
                                        "secretKeyRef": {"name": "db", "key": "password"}
                                    },
                                },
                                {"name": "API_KEY", "value": "[REDACTED]"},
                                {"name": "STRIPE_KEY", "value": "sk_live_****"},
                            ],
                        }
                    ]
                }
            }
        },
    }


@family("clean_firmenrechnung", de=2, fr=2, es=2)
def invoice(c: Ctx) -> Any:
    vat = {
        "de": f"DE{c.num(100000, 999999)}{c.num(100, 999)}",
        "fr": f"FR{c.num(10, 99)}{c.num(100000, 999999)}{c.num(100, 999)}",
        "es": f"ESB{c.num(1000000, 9999999) // 10}{c.num(10, 99)}",
    }[c.lang]
    seller = {
        "de": "Maschinenbau Rheinauen GmbH",
        "fr": "Ateliers de la Loire SA",
        "es": "Logística Ibérica S.L.",
    }[c.lang]
    return {
        "rechnung" if c.lang == "de" else "factura" if c.lang == "es" else "facture": c.ref("R", 6),
        "verkaeufer" if c.lang == "de" else "vendedor" if c.lang == "es" else "vendeur": {
            "firma": seller,
            "ustId": vat,
            "bic": "COBADEFFXXX",
        },
        "positionen": [
            {"sku": f"SKU-{c.hexid(5).upper()}", "menge": c.num(1, 20), "preis": c.money(5, 900)}
        ],
        "hinweis": c.neg("commerce"),
    }


@family("clean_tarif_katalog", de=1, fr=1, es=1, en=1)
def plan_catalog(c: Ctx) -> Any:
    plans = {
        "de": ["Zahnzusatz Komfort", "Krankenhaustagegeld Plus"],
        "fr": ["Formule Santé Essentielle", "Option Hospitalisation"],
        "es": ["Cuadro médico Básico", "Plan Salud Familia"],
        "en": ["Health Cash Plan Bronze", "Dental Plus"],
    }[c.lang]
    return {
        "plans": [
            {"name": n, "monthly": c.money(8, 90), "waitingMonths": c.num(0, 8)} for n in plans
        ],
        "employerHealthPlanPremium": c.money(50, 200),
    }


@family("clean_lebensmittel_allergene", de=2, fr=1, es=1, en=1)
def food(c: Ctx) -> Any:
    allergens = {
        "de": ["Gluten", "Schalenfrüchte", "Milch"],
        "fr": ["gluten", "fruits à coque", "lait"],
        "es": ["gluten", "frutos de cáscara", "leche"],
        "en": ["gluten", "peanuts", "milk"],
    }[c.lang]
    return {"ean": c.ean(), "allergene": allergens, "kann_spuren_enthalten": c.pick(allergens)}


@family("clean_spiel_telemetrie", de=1, es=1, en=1)
def game(c: Ctx) -> Any:
    return {
        "match": c.uuid(),
        "player": c.pick(["xX_drache_Xx", "pixelknight", "el_rayo"]),
        "events": [
            {"t": c.num(0, 900), "health": c.num(0, 100), "shield": c.num(0, 50)} for _ in range(3)
        ],
    }


@family("clean_gen_referenz", de=1, fr=1, en=1)
def gene_ref(c: Ctx) -> Any:
    genes = [("BRCA1", "17", 43044295), ("CFTR", "7", 117480025), ("APOE", "19", 44905796)]
    return {
        "assembly": "GRCh38",
        "genes": [
            {"symbol": s, "chrom": ch, "start": st, "strand": c.pick("+-")} for s, ch, st in genes
        ],
        "optimizer": {
            "type": "genetic algorithm",
            "population": c.num(50, 500),
            "mutationRate": 0.01,
        },
    }


@family("clean_kursprogramm", de=1, fr=2, es=2, en=1)
def courses(c: Ctx) -> Any:
    names = {
        "de": ["Religionspädagogik I", "Rückenfit", "Gewerkschaftsgeschichte"],
        "fr": ["Orientation scolaire et professionnelle", "Yoga doux", "Histoire du syndicalisme"],
        "es": ["Historia de las religiones", "Pilates", "Derecho sindical"],
        "en": ["Comparative Religion", "Pilates", "Labour History"],
    }[c.lang]
    return {
        "semester" if c.lang == "de" else "term": "2025",
        "kurse" if c.lang == "de" else "courses": [
            {"titel": n, "raum": f"{c.pick('ABC')}{c.num(100, 399)}", "plaetze": c.num(8, 40)}
            for n in names
        ],
    }


@family("clean_tls_fingerprints", de=1, en=1)
def tls(c: Ctx) -> Any:
    return {
        "host": f"api-{c.hexid(4)}.example.net",
        "ja3": c.hexid(32),
        "certSha256": c.hexid(64),
        "deviceFingerprint": c.hexid(24),
        "authMethod": "fingerprint",
        "matchScore": round(c.rng.uniform(0.6, 1), 3),
    }


@family("clean_filialfinder", de=1, fr=1, es=1)
def store_locator(c: Ctx) -> Any:
    out = []
    for _ in range(3):
        city, lat, lon = c.coarse_place()
        out.append(
            {
                "filiale": c.ref("F", 3),
                "stadt": city,
                "lat": lat,
                "lon": lon,
                "oeffnung" if c.lang == "de" else "horario": "08:00-20:00",
            }
        )
    return out


@family("clean_release_notes", de=1, fr=1, en=1)
def release(c: Ctx) -> Any:
    return {
        "version": c.version(),
        "commit": c.hexid(40),
        "changes": [c.neg("tech")],
        "deps": [f"lodash@4.17.{c.num(10, 21)}", f"react@18.{c.num(0, 3)}.{c.num(0, 9)}"],
        "assets": ["logo@2x.png", "icon@3x.png"],
    }


@family("clean_gottesdienstzeiten", de=2, fr=1, es=2)
def services(c: Ctx) -> Any:
    k = {
        "de": ("gemeinde", "Gottesdienst", "Sonntag"),
        "fr": ("paroisse", "Messe", "dimanche"),
        "es": ("parroquia", "Misa", "domingo"),
    }[c.lang]
    return {
        k[0]: c.pick(CITY[c.lang]),
        "termine": [
            {"art": k[1], "tag": k[2], "zeit": f"{c.num(8, 11)}:00"},
            {"art": k[1], "tag": k[2], "zeit": "18:30"},
        ],
    }


@family("clean_tarifvertrag", de=1, fr=1, es=1)
def collective(c: Ctx) -> Any:
    return {
        "tarif" if c.lang == "de" else "convenio": c.ref("TV", 4),
        "entgeltgruppen": [{"gruppe": f"E{i}", "monat": c.money(2400, 5200)} for i in range(1, 4)],
        "laufzeit": "2024-2026",
        "text": c.neg("legal"),
    }


@family("clean_bettenbelegung", de=1, fr=1, es=1)
def beds(c: Ctx) -> Any:
    return {
        "region": c.pick(LAND[c.lang]),
        "stand": c.ts(),
        "intensiv": {"belegt": c.num(20, 300), "frei": c.num(0, 60)},
        "hinweis": c.neg("stats"),
    }
