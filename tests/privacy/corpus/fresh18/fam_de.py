"""German payload families: Krankenkassen, Praxen, Ämter, Justiz, Arbeitgeber, Vereine."""

from __future__ import annotations

from typing import Any

from . import pools
from .ctx import Ctx, frag
from .registry import family
from .shapes import cloudevent, company_domain, csv_text, embed, form, page, problem, xml

DE = pools.ICD["de"]


def kvnr(c: Ctx) -> str:
    return c.pick("ABCDEFGHKLMNRSTVWZ") + f"{c.num(100000, 999999)}{c.num(100, 999)}"


@family("de_kk_leistungsfall", de=2)
def kk_leistungsfall(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    diag = c.rng.sample(DE, c.num(1, 3))
    k_first, k_last = c.key("vorname", "Vorname"), c.key("nachname", "Nachname", "name")
    masked = c.chance(0.2)
    vers: dict[str, Any]
    if masked:
        # Auskunft with masked identity: initials only, no street, no bank details
        vers = {k_first: p.first[0] + ".", k_last: p.last[0] + ".", "plz": a.postcode}
    else:
        vers = {
            **c.name_kv(p, k_first, k_last),
            c.key("geburtsdatum", "geb_dat", "Geburtsdatum"): c.dob(p),
            "anschrift": {
                **c.addr_split(a, c.key("strasse", "straße", "Straße"), "hausnr"),
                c.key("plz", "PLZ"): a.postcode,
                c.key("ort", "Ort"): a.city,
            },
        }
    vers["kvnr"] = kvnr(c)
    doc: dict[str, Any] = {
        "vorgangsId": c.uuid(),
        "leistungsart": c.pick(
            ["Krankenhausbehandlung", "Heilmittel", "Hilfsmittel", "Krankengeld"]
        ),
        "versicherter": vers,
        "diagnosen": [
            {**c.kv("health", "icd10", code), "text": text, "sicherheit": c.pick("GVZ")}
            for code, text in diag
        ],
        "status": c.pick(["in_pruefung", "bewilligt", "rueckfrage"]),
    }
    if not masked and c.chance(0.5):
        doc["erstattung"] = {"kontoinhaber": c.name(p), "iban": c.iban(), "bic": "GENODEF1XXX"}
    return doc


@family("de_praxis_arztbrief", de=1)
def praxis_arztbrief(c: Ctx) -> Any:
    p, dr = c.person(), c.person()
    praxis = c.address()
    return {
        "dokumenttyp": "Arztbrief",
        "absender": {
            "praxis": f"Hausarztpraxis am {c.pick(['Ring', 'Markt', 'Stadtpark'])}",
            "arzt": c.titled(dr, "Dr. med."),
            "anschrift": c.addr_full(praxis),
            "telefon": c.phone(mobile=False),
        },
        "patient": {"name": c.name(p, c.pick(["fl", "lf"])), "geb": c.dob(p)},
        "anamnese": c.note("health", "health", p=p, chat=False),
        "befund": c.say("health", p=p, chat=False),
        "empfehlung": c.pick(
            ["Kontrolle in 4 Wochen", "Überweisung Kardiologie", "Labor in 3 Monaten"]
        ),
    }


@family("de_eau_event", de=1)
def eau_event(c: Ctx) -> Any:
    p = c.person()
    code, text = c.pick(DE)
    start = c.day()
    data = {
        "arbeitnehmer": {**c.name_kv(p, "vorname", "nachname"), "geburtsdatum": c.dob(p, "iso")},
        "au": {
            "beginn": start.isoformat(),
            "voraussichtlichBis": start.replace(day=min(start.day + 6, 28)).isoformat(),
            "erstbescheinigung": c.chance(0.7),
            **c.kv("health", "diagnoseIcd", code),
            "diagnoseText": text,
        },
        "arbeitgeberBetriebsnummer": f"{c.num(100, 999)}{c.num(10000, 99999)}",
    }
    return cloudevent(c, "de.kasse.eau.erstellt", "/eau/gateway", data)


@family("de_erezept_fhir", de=1)
def erezept_fhir(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    med = c.pick(pools.MEDS["de"])
    pid = c.uuid()
    patient = {
        "resourceType": "Patient",
        "id": pid,
        "meta": {"profile": ["https://fhir.kbv.de/StructureDefinition/KBV_PR_FOR_Patient|1.1.0"]},
        "name": [{"use": "official", "family": p.last, "given": [p.first]}],
        "birthDate": c.dob(p, "iso"),
        "address": [
            {
                "type": "both",
                "line": [c.addr_line(a)],
                "postalCode": a.postcode,
                "city": a.city,
                "country": "D",
            }
        ],
    }
    c.mark("person_name", f'"family": "{p.last}"', "name")
    request = {
        "resourceType": "MedicationRequest",
        "id": c.uuid(),
        "status": "active",
        "intent": "order",
        "subject": {"reference": f"Patient/{pid}"},
        "medicationCodeableConcept": {"text": med},
        "dosageInstruction": [{"text": c.pick(["1-0-1", "1-0-0", "0-0-1", "bei Bedarf"])}],
    }
    c.mark("health", f'"text": "{med}"', "field:medication")
    return {
        "resourceType": "Bundle",
        "type": "document",
        "timestamp": c.ts(),
        "entry": [{"resource": patient}, {"resource": request}],
    }


@family("de_laborbefund", de=1)
def laborbefund(c: Ctx) -> Any:
    p = c.person()
    werte = c.rng.sample(
        [
            ("HbA1c", "%", 5.0, 9.5),
            ("TSH", "mU/l", 0.2, 7.5),
            ("Kreatinin", "mg/dl", 0.6, 2.1),
            ("LDL-Cholesterin", "mg/dl", 80, 210),
            ("CRP", "mg/l", 0.5, 48),
            ("Ferritin", "ng/ml", 8, 400),
        ],
        3,
    )
    rows = []
    for name, unit, lo, hi in werte:
        v = round(c.rng.uniform(lo, hi), 1)
        rows.append({"parameter": name, "wert": v, "einheit": unit, "flag": c.pick(["", "H", "L"])})
    c.mark("health", f'"parameter": "{werte[0][0]}"', "lab")
    return {
        "auftrag": c.ref("LA"),
        "patient": {"name": c.name(p, "lf"), "geburtsdatum": c.dob(p)},
        "ergebnisse": rows,
        "freigabe": c.ts(),
    }


@family("de_pflegeheim_bewohner", de=2)
def pflegeheim(c: Ctx) -> Any:
    p, k = c.person(born=(1925, 1948)), c.person(born=(1950, 1975))
    b: dict[str, Any] = {
        "bewohnerNr": c.ref("B", 5),
        "name": c.name(p),
        "geburtsdatum": c.dob(p, c.pick(["native", "long"])),
        **c.kv("health", "pflegegrad", c.num(2, 5)),
        "diagnosen": [t for _, t in c.rng.sample(DE, 2)],
        "notfallkontakt": {
            "name": c.name(k),
            "beziehung": c.pick(["Tochter", "Nichte"] if k.sex == "f" else ["Sohn", "Neffe"]),
            "telefon": c.phone(),
        },
    }
    if c.chance(0.6):
        b.update(c.kv("religious_belief", "konfession", c.pick(pools.RELIGIONS["de"][:6])))
    else:
        b["konfession"] = pools.NO_ANSWER["de"]
    if c.chance(0.4):
        b["seelsorge"] = c.say("religious_belief", p=p, chat=False)
    return {"einrichtung": "Seniorenzentrum Abendrot", "bewohner": b}


@family("de_versorgungsamt_gdb", de=1)
def versorgungsamt(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    return {
        "aktenzeichen": f"{c.num(10, 99)}/{c.num(1000, 9999)}/SB",
        "antragsteller": {
            **c.name_kv(p, "vorname", "familienname"),
            "geburtsdatum": c.dob(p),
            "wohnanschrift": c.addr_full(a),
        },
        "feststellung": {
            **c.kv("health", "gdb", c.pick([30, 50, 60, 80, 100])),
            "merkzeichen": c.rng.sample(["G", "aG", "B", "H", "RF"], c.num(0, 2)),
            "gueltigBis": f"{c.num(2026, 2031)}-12-31",
        },
        "begruendung": c.say("health", p=p, chat=False),
    }


@family("de_psy_app_chat", de=1)
def psy_app_chat(c: Ctx) -> Any:
    handle = c.pick(["nachtfalter", "moewe_22", "kaffeetasse", "sternchen_b", "wolke7"])
    msgs = [
        {"von": handle, "zeit": c.ts(), "text": c.say("health", chat=True)}
        for _ in range(c.num(1, 2))
    ]
    msgs.insert(1, {"von": "coach", "zeit": c.ts(), "text": c.phrase("coach_de")})
    doc: dict[str, Any] = {"sitzung": c.uuid(), "nutzer": handle, "nachrichten": msgs}
    if c.chance(0.5):
        doc["konto"] = {"mail": c.email(c.person())}
    return doc


@family("de_lohnabrechnung", de=4)
def lohnabrechnung(c: Ctx) -> Any:
    p = c.person()
    brutto = c.money(2400, 6800)
    ma: dict[str, Any] = {
        "personalnummer": c.ref("P", 5),
        "name": c.name(p, "lf"),
        "steuerId": c.steuer_id(),
        "steuerklasse": c.num(1, 5),
        "geburtsdatum": c.dob(p),
    }
    kist = c.chance(0.8)
    if kist:
        ma.update(
            c.kv(
                "religious_belief",
                c.key("kirchensteuermerkmal", "konfession", "kist"),
                c.pick(pools.KIST_MARKERS),
            )
        )
    abz: list[dict[str, Any]] = [
        {"art": "Lohnsteuer", "betrag": round(brutto * 0.14, 2)},
        {"art": "Solidaritätszuschlag", "betrag": 0.0},
    ]
    if kist:
        abz.append({"art": "Kirchensteuer", "betrag": round(brutto * 0.011, 2)})
    if c.chance(0.6):
        union = c.pick(pools.UNIONS["de"])
        abz.append({"art": f"Gewerkschaftsbeitrag {union}", "betrag": round(brutto * 0.01, 2)})
        c.mark("trade_union", f"Gewerkschaftsbeitrag {union}", "payroll:union_dues")
    return {
        "abrechnungsmonat": f"2024-{c.num(1, 12):02d}",
        "mitarbeiter": ma,
        "brutto": brutto,
        "abzuege": abz,
        "auszahlung": {"iban": c.iban()},
    }


@family("de_personalakte_notiz", de=3)
def personalakte(c: Ctx) -> Any:
    p = c.person()
    kinds = c.rng.sample(
        ["health", "trade_union", "religious_belief", "political_opinion", "sex_life_orientation"],
        2,
    )
    return {
        "mitarbeiter": c.name(p),
        "steuerId": c.steuer_id(),
        "abteilung": c.pick(["Lager", "Vertrieb", "IT", "Pflege"]),
        "vermerk": c.note(*kinds, p=p, chat=False),
        "erstellt": c.ts(),
        "vertraulich": True,
    }


@family("de_betriebsratswahl", de=3)
def betriebsratswahl(c: Ctx) -> Any:
    kand = []
    for i in range(c.num(3, 5)):
        p = c.person()
        k: dict[str, Any] = {
            "listenplatz": i + 1,
            "name": c.name(p),
            "abteilung": c.pick(["Montage", "Logistik", "Verwaltung"]),
        }
        if c.chance(0.7):
            k.update(c.kv("trade_union", "gewerkschaft", c.pick(pools.UNIONS["de"])))
        kand.append(k)
    return {
        "wahl": "Betriebsratswahl 2026",
        "liste": c.pick(["Liste 1", "Liste 2"]),
        "kandidaten": kand,
    }


@family("de_gewerkschaft_mitglied", de=3)
def gewerkschaft_mitglied(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    u = c.pick(pools.UNIONS["de"])
    m = {
        "mitgliedsnummer": c.ref("M", 6),
        **c.name_kv(p, "vorname", "nachname"),
        "anschrift": c.addr_full(a),
        "eintritt": f"{c.num(1985, 2023)}-{c.num(1, 12):02d}-01",
        **c.kv("trade_union", "organisation", u),
        "beitrag": {"monatlich": c.money(12, 48), "iban": c.iban(), "mandatsreferenz": c.ref("MR")},
    }
    if c.chance(0.4):
        m["funktion"] = c.pick(
            ["Vertrauensfrau", "Vertrauensmann", "Ortsvorstand", "Tarifkommission"]
        )
    return {"mitglied": m}


@family("de_meldeamt_xoev", de=2)
def meldeamt(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    rel = c.pick(["rk", "ev", "lt", "ak", "is"]) if c.chance(0.75) else ""
    children = [
        ("familienname", p.last),
        ("vornamen", p.first),
        ("geburtsdatum", c.dob(p, "iso")),
        ("strasse", a.street),
        ("hausnummer", a.number),
        ("postleitzahl", a.postcode),
        ("wohnort", a.city),
    ]
    if rel:
        # no element at all when the register holds no religion: "--" would be a statement too
        children.append(("rechtlicheZugehoerigkeitReligion", rel))
    body = xml("meldedaten", children, "http://www.osci.de/xmeld")
    c.mark("person_name", f"<familienname>{p.last}</familienname>", "name")
    c.mark("postal_address", f"<strasse>{a.street}</strasse>", "address/de")
    if rel:
        c.mark("religious_belief", f"<rechtlicheZugehoerigkeitReligion>{rel}<", "xml:religion")
    return {
        "nachricht": "datenuebermittlung.auskunft.0101",
        "absender": "Einwohnermeldeamt",
        "xml": body,
    }


@family("de_kirchenaustritt", de=1)
def kirchenaustritt(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    return {
        "behoerde": "Standesamt",
        "vorgang": "Kirchenaustritt",
        "erklaerender": {"name": c.name(p), "geburtsdatum": c.dob(p), "anschrift": c.addr_full(a)},
        **c.kv(
            "religious_belief",
            "bisherigeReligionsgemeinschaft",
            c.pick(["römisch-katholisch", "evangelisch", "altkatholisch"]),
        ),
        "wirksamAb": c.day().isoformat(),
        "gebuehr": 30.0,
    }


@family("de_auslaenderbehoerde", de=4)
def auslaenderbehoerde(c: Ctx) -> Any:
    p = c.person(c.pick(["de", "fr", "es"]))
    pers: dict[str, Any] = {
        "name": c.name(p, "Lf"),
        "geburtsdatum": c.dob(p),
        "staatsangehoerigkeit": c.pick(
            ["syrisch", "türkisch", "afghanisch", "irakisch", "eritreisch"]
        ),
        "reisepass": {"nummer": c.passport(c.pick(["DE", "FR", "ES"])), "gueltigBis": "2031-05-31"},
    }
    if c.chance(0.7):
        pers.update(
            c.kv(
                "racial_ethnic_origin",
                "volkszugehoerigkeit",
                c.pick(["kurdisch", "arabisch", "tadschikisch", "jesidisch-kurdisch", "tigrinya"]),
            )
        )
    return {
        "titel": c.pick(["§ 25 Abs. 2 AufenthG", "§ 18b AufenthG", "§ 16b AufenthG"]),
        "person": pers,
        "sachbearbeitung": c.ref("ABH-", 4),
    }


@family("de_jobcenter_bescheid", de=1)
def jobcenter(c: Ctx) -> Any:
    p, q = c.person(), c.person()
    bg = [
        {"name": c.name(p), "rolle": "Antragsteller", "geburtsdatum": c.dob(p)},
        {"name": c.name(q), "rolle": "Partner"},
    ]
    mehr: list[dict[str, Any]] = []
    if c.chance(0.6):
        mehr.append(
            {
                "art": "Mehrbedarf",
                "grund": c.say("health", p=p, chat=False),
                "betrag": c.money(50, 190),
            }
        )
    return {
        "bgNummer": f"{c.num(100, 999)}D{c.num(100000, 999999)}",
        "bedarfsgemeinschaft": bg,
        "mehrbedarfe": mehr,
        "zahlung": {"iban": c.iban(), "monat": "2024-11"},
        "hinweis": c.neg("public"),
    }


@family("de_fuehrungszeugnis", de=2)
def fuehrungszeugnis(c: Ctx) -> Any:
    p = c.person()
    clean = c.chance(0.5)
    erg = "Inhalt: keine Eintragung" if clean else c.say("criminal_record", p=p, chat=False)
    if clean:
        c.mark("criminal_record", frag("ergebnis", erg), "bzr:clear")
    return {
        "art": c.pick(["Führungszeugnis", "Erweitertes Führungszeugnis"]),
        "person": {"name": c.name(p), "geburtsdatum": c.dob(p)},
        "ergebnis": erg,
        "ausgestellt": c.day().isoformat(),
    }


@family("de_strafbefehl", de=2)
def strafbefehl(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    delikt = c.pick(
        [
            ("§ 242 StGB", "Diebstahl"),
            ("§ 316 StGB", "Trunkenheit im Verkehr"),
            ("§ 223 StGB", "Körperverletzung"),
            ("§ 263 StGB", "Betrug"),
        ]
    )
    return {
        "gericht": "Amtsgericht",
        "aktenzeichen": f"{c.num(10, 99)} Cs {c.num(100, 999)}/24",
        "angeklagter": {"name": c.name(p), "geburtsdatum": c.dob(p), "anschrift": c.addr_full(a)},
        **c.kv("criminal_record", "tatvorwurf", f"{delikt[1]} ({delikt[0]})"),
        "rechtsfolge": {"tagessaetze": c.num(20, 90), "hoehe": c.num(15, 60)},
    }


@family("de_polizei_einsatz_log", de=1)
def polizei_log(c: Ctx) -> Any:
    lines = []
    for _ in range(c.num(2, 3)):
        lines.append(f"{c.ts()} EINSATZ {c.ref('E', 6)} status=abgeschlossen")
    p = c.person()
    lines.insert(
        1,
        f"{c.ts()} VERMERK person={c.name(p, 'Lf')} "
        f"text={c.say('criminal_record', p=p, chat=False)}",
    )
    return "\n".join(lines)


@family("de_bewaehrungshilfe", de=2)
def bewaehrung(c: Ctx) -> Any:
    p = c.person()
    return {
        "proband": c.name(p),
        "az": f"BwH {c.num(100, 999)}/23",
        "verlauf": [
            {"datum": c.day().isoformat(), "notiz": c.say("criminal_record", p=p, chat=False)},
            {
                "datum": c.day().isoformat(),
                "notiz": c.say(c.pick(["health", "criminal_record"]), p=p, chat=False),
            },
        ],
    }


@family("de_jva_gefangener", de=3)
def jva(c: Ctx) -> Any:
    p = c.person()
    g: dict[str, Any] = {
        "buchnummer": c.ref("G", 6),
        "name": c.name(p, "lf"),
        "geburtsdatum": c.dob(p),
        **c.kv("criminal_record", "haftgrund", c.pick(["Strafhaft", "Untersuchungshaft"])),
        "haftende": f"{c.num(2025, 2029)}-{c.num(1, 12):02d}-{c.num(1, 28):02d}",
    }
    if c.chance(0.6):
        g.update(c.kv("religious_belief", "religion", c.pick(pools.RELIGIONS["de"])))
    g["kostform"] = c.pick(["Normalkost", "vegetarisch", "Schonkost"])
    return g


@family("de_partei_mitglieder_csv", de=3)
def partei_csv(c: Ctx) -> Any:
    party = c.pick(pools.PARTIES["de"])
    rows = []
    for _ in range(c.num(2, 4)):
        p, a = c.person(), c.address()
        ov = f"{party} OV {a.city}"
        gew = c.pick(["", "", "ver.di", "IG Metall", "GEW", "nein"])
        rows.append([c.ref("", 6), c.name(p, "lf"), c.addr_full(a), c.email(p), ov, gew])
        c.mark("political_opinion", f";{ov};", "csv:party_member")
        if gew:
            c.mark("trade_union", f";{ov};{gew}\n", "csv:union_member")
    header = ["mitgliedsnr", "name", "anschrift", "email", "gliederung", "gewerkschaft"]
    return {"export": "mitglieder", "format": "text/csv", "inhalt": csv_text(header, rows)}


@family("de_haustuer_wahlkampf", de=3)
def haustuer(c: Ctx) -> Any:
    visits = []
    for _ in range(c.num(2, 3)):
        a = c.address()
        v: dict[str, Any] = {"adresse": c.addr_line(a), "ort": a.city, "angetroffen": c.chance(0.7)}
        if v["angetroffen"]:
            v.update(c.kv("political_opinion", "unterstuetzung", c.pick([1, 2, 3, 4, 5])))
            if c.chance(0.4):
                v["notiz"] = c.say(
                    c.pick(["political_opinion", "political_opinion", "trade_union"]), chat=False
                )
        visits.append(v)
    return {"kampagne": "Kommunalwahl", "team": c.pick(["Nord", "Süd"]), "besuche": visits}


@family("de_parteispende", de=3)
def parteispende(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    party = c.pick(pools.PARTIES["de"])
    return {
        "zuwendungsbestaetigung": c.ref("ZB", 6),
        "spender": {"name": c.name(p), "anschrift": c.addr_full(a)},
        **c.kv("political_opinion", "empfaenger", f"{party} Kreisverband"),
        "betrag": c.money(50, 2000),
        "art": "Geldzuwendung",
        "datum": c.day().isoformat(),
    }


@family("de_kirchengemeinde", de=2)
def kirchengemeinde(c: Ctx) -> Any:
    items = []
    for _ in range(c.num(2, 3)):
        p = c.person()
        items.append(
            {
                "name": c.name(p),
                "taufdatum": c.day(c.num(1960, 2010)).isoformat(),
                **c.kv("religious_belief", "konfession", c.pick(["ev.", "ev.-luth.", "rk"])),
                "kirchgeld": c.money(20, 120),
            }
        )
    return page(c, items)


@family("de_moscheeverein", de=2)
def moscheeverein(c: Ctx) -> Any:
    p = c.person()
    zweck = c.pick(["Zakat", "Zakat al-Fitr", "Mitgliedsbeitrag Moscheeverein"])
    c.mark("religious_belief", f"zweck={zweck}", "form:religious_donation")
    return form(
        [
            ("mitglied", c.name(p)),
            ("mail", c.email(p)),
            ("telefon", c.phone()),
            ("zweck", zweck),
            ("betrag", str(c.num(20, 400))),
        ]
    )


@family("de_bu_antrag", de=1)
def bu_antrag(c: Ctx) -> Any:
    p = c.person()
    fragen = [
        {
            "nr": 1,
            "frage": "Bestehen oder bestanden in den letzten 5 Jahren Krankheiten?",
            "antwort": c.pick(["nein", "ja"]),
        },
        {"nr": 2, "frage": "Nehmen Sie regelmäßig Medikamente ein?", "antwort": "nein"},
        {
            "nr": 3,
            "frage": "Liegt eine Schwerbehinderung vor?",
            "antwort": c.pick(["nein", "ja, GdB 30"]),
        },
    ]
    c.mark("health", '"antwort": "nein"', "questionnaire:negated")
    c.mark("health", '"antwort": "ja', "questionnaire")
    doc: dict[str, Any] = {
        "antrag": c.ref("BU", 6),
        "antragsteller": {"name": c.name(p), "geburtsdatum": c.dob(p)},
        "gesundheitsfragen": fragen,
    }
    if c.chance(0.5):
        doc["erlaeuterung"] = c.say("health", p=p)
    return doc


@family("de_girokonto_kyc", de=4)
def girokonto(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    return {
        "antrag": c.uuid(),
        "kunde": {
            **c.name_kv(p, "vorname", "nachname"),
            "geburtsdatum": c.dob(p),
            "steuerIdentifikationsnummer": c.steuer_id(),
            "meldeadresse": c.addr_full(a),
            "mobil": c.phone(mobile=True),
            "email": c.email(p),
        },
        "konto": {"iban": c.iban(), "produkt": "Girokonto Plus"},
        "pruefung": {"pep": False, "sanktionslisten": "kein Treffer"},
    }


@family("de_zutritt_fingerabdruck", de=3)
def zutritt_fp(c: Ctx) -> Any:
    p = c.person()
    doc: dict[str, Any] = {
        "geraet": f"ZK-{c.hexid(6)}",
        "mitarbeiter": {"personalnr": c.ref("P", 5), "name": c.name(p)},
    }
    if c.chance(0.9):
        doc["enrollment"] = {
            "finger": c.pick(["rechter Zeigefinger", "linker Daumen"]),
            "format": "ISO/IEC 19794-2:2005",
            "fingerabdruckTemplate": c.fp_template(),
        }
    else:
        doc["enrollment"] = {"finger": "rechter Zeigefinger", "template": "[gelöscht]"}
    doc["letzterZutritt"] = {
        "zeit": c.ts(),
        "methode": "Fingerabdruck",
        "score": round(c.rng.uniform(0.8, 1), 3),
    }
    return doc


@family("de_gesichtserkennung", de=4)
def gesicht(c: Ctx) -> Any:
    return {
        "kamera": f"EG-Eingang-{c.num(1, 9)}",
        "ereignis": "gesicht_erkannt",
        "zeit": c.ts(),
        "person": {"ausweisnr": c.ref("MA", 5)},
        "merkmalsvektor": c.embedding(c.pick([64, 128])),
        "modell": f"arcface-r100 {c.version()}",
    }


@family("de_dna_ahnen", de=6)
def dna_ahnen(c: Ctx) -> Any:
    p = c.person()
    doc: dict[str, Any] = {
        "kit": c.ref("KIT", 6),
        "kunde": {"name": c.name(p), "mail": c.email(p)},
        "rohdaten": c.snps(c.num(3, 5)),
        "haplogruppen": {"mt": c.pick(["H1a", "U5b1", "K1a", "J1c"])},
    }
    c.mark("genetic", frag("mt", doc["haplogruppen"]["mt"]), "haplogroup")
    if c.chance(0.5):
        doc["herkunftSelbstauskunft"] = c.say("racial_ethnic_origin", p=p)
    return doc


@family("de_humangenetik_befund", de=6)
def humangenetik(c: Ctx) -> Any:
    p, dr = c.person(), c.person()
    return {
        "labor": "MVZ Humangenetik",
        "patient": {"name": c.name(p), "geb": c.dob(p)},
        "befund": c.say("genetic", p=p, chat=False),
        "zusatz": c.say("genetic", p=p, chat=False),
        "unterzeichnet": c.titled(dr, "Dr. rer. nat."),
    }


@family("de_fluechtlingshilfe", de=5)
def fluechtlingshilfe(c: Ctx) -> Any:
    p = c.person(c.pick(["fr", "de"]))
    kinds = c.rng.sample(["racial_ethnic_origin", "religious_belief", "health"], 2)
    return {
        "fall": c.ref("FH-", 5),
        "klient": c.name(p),
        "kontakt": c.phone(mobile=True),
        "beratungsnotiz": c.note(*kinds, p=p, chat=False),
        "naechsterTermin": c.ts(),
    }


@family("de_suchtberatung", de=1)
def suchtberatung(c: Ctx) -> Any:
    handle = c.pick(["anon-17", "klient-b", "k_204"])
    return {
        "klient": handle,
        "kontakte": [
            {"datum": c.day().isoformat(), "inhalt": c.say("health")},
            {"datum": c.day().isoformat(), "inhalt": c.say(c.pick(["criminal_record", "health"]))},
        ],
    }


@family("de_queer_beratung", de=5)
def queer_beratung(c: Ctx) -> Any:
    return {
        "ticket": c.ref("QB", 5),
        "kanal": c.pick(["chat", "telefon", "mail"]),
        "anliegen": c.note("sex_life_orientation", neg=0),
        "rueckruf": c.phone(),
    }


@family("de_bewerbung", de=3)
def bewerbung(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    return {
        "stelle": c.ref("ST", 4),
        "bewerber": {
            "name": c.name(p),
            "geburtsdatum": c.dob(p, c.pick(["native", "long"])),
            "adresse": c.addr_full(a),
            "telefon": c.phone(),
            "email": c.email(p),
        },
        "lebenslauf": [
            {"von": "2015", "bis": "2020", "station": "Ausbildung zur Industriekauffrau"},
            {"von": "2020", "bis": "heute", "station": "Sachbearbeitung Einkauf"},
        ],
    }


@family("de_mobilfunkvertrag", de=4)
def mobilfunk(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    return {
        "vertrag": c.ref("MF", 6),
        "kunde": c.name(p),
        "rufnummer": c.phone(mobile=True),
        "rechnungsanschrift": c.addr_full(a),
        "sepa": {"iban": c.iban(), "mandat": c.ref("SM", 6)},
        "letzteSitzung": {"ip": c.ip4(False), "zeit": c.ts()},
    }


@family("de_stromvertrag", de=4)
def strom(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    return {
        "kundennummer": c.ref("K", 6),
        "lieferstelle": {
            **c.addr_split(a, "strasse", "hausnummer"),
            "plz": a.postcode,
            "ort": a.city,
        },
        "zaehlernummer": f"1ESY{c.hexid(8).upper()}",
        "vertragspartner": c.name(p),
        "abschlag": c.money(40, 160),
        "iban": c.iban() if c.chance(0.6) else c.iban_bad(),
    }


@family("de_paketzustellung", de=4)
def paket(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    lat, lon = c.coords()
    return {
        "sendung": f"JJD{c.num(10, 99)}{c.hexid(10).upper()}",
        "empfaenger": c.name(p),
        "zustelladresse": c.addr_full(a),
        "status": "zugestellt",
        "ablageort": c.pick(["Garage", "Terrasse", "beim Nachbarn"]),
        "gps": {"lat": lat, "lon": lon},
        "zeit": c.ts(),
    }


@family("de_kundenkarte", de=3)
def kundenkarte(c: Ctx) -> Any:
    p = c.person()
    return {
        "karte": c.ref("KK", 6),
        "inhaber": {
            **c.name_kv(p, "vorname", "nachname"),
            "geburtstag": c.dob(p),
            "email": c.email(p),
        },
        "punkte": c.num(0, 9000),
        "zahlkarteEndziffern": f"{c.num(1000, 9999)}",
    }


@family("de_webshop_bestellung", de=4)
def webshop(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    pay: dict[str, Any]
    if c.chance(0.6):
        pay = {
            "art": "Kreditkarte",
            "kartennummer": c.card(),
            "ablauf": f"{c.num(1, 12):02d}/{c.num(26, 30)}",
        }
    else:
        pay = {
            "art": "Kreditkarte",
            "token": f"pm_{c.alnum(24)}",
            "letzte4": f"{c.num(1000, 9999)}",
            "referenz": c.card_bad(),
        }
    return {
        "bestellung": c.ref("B", 6),
        "kunde": {"name": c.name(p), "email": c.email(p)},
        "lieferadresse": c.addr_full(a),
        "zahlung": pay,
        "summe": c.money(10, 400),
    }


@family("de_server_log", de=5)
def server_log(c: Ctx) -> Any:
    p = c.person()
    lines = [
        f'{c.ip4()} - - [{c.ts()}] "POST /api/login HTTP/1.1" 200 512 user={c.email(p)}',
        f"{c.ts()} WARN auth: token abgelaufen fuer sitzung {c.hexid(16)}",
        f"{c.ts()} DEBUG upstream Authorization: Bearer {c.secret('jwt')}",
    ]
    if c.chance(0.5):
        lines.append(f"{c.ts()} INFO ipv6 client {c.ip6()} verbunden")
    return lines


@family("de_deploy_config", de=4)
def deploy_config(c: Ctx) -> Any:
    return {
        "umgebung": "produktion",
        "datenbank": {"url": c.conn_string(c.pick(["postgresql", "mysql"]))},
        "mail": {"smtpPasswort": c.secret("password")}
        if c.chance(0.5)
        else {"smtpPasswort": "********"},
        "zahlungsanbieter": {"schluessel": c.secret(c.pick(["stripe", "github", "aws_key"]))},
        "oeffentlicherSchluessel": f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{c.alnum(43)} deploy@ci",
    }


@family("de_fitness_tracker", de=3)
def fitness(c: Ctx) -> Any:
    track = []
    for _ in range(3):
        lat, lon = c.coords()
        track.append({"lat": lat, "lon": lon, "t": c.ts(), "herzfrequenz": c.num(95, 172)})
    return {
        "aktivitaet": c.pick(["Laufen", "Radfahren"]),
        "nutzer": c.pick(["laeufer_84", "sportfreundin"]),
        "punkte": track,
        "schritte": c.num(4000, 21000),
    }


@family("de_mahnung_inkasso", de=4)
def inkasso(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    return {
        "az": c.ref("INK", 6),
        "schuldner": {
            "name": c.name(p, "lf"),
            "anschrift": c.addr_full(a),
            "geburtsdatum": c.dob(p),
        },
        "forderung": c.money(80, 3000),
        "zahlbarAuf": c.iban("DE"),
        "hinweis": c.phrase("inkasso_de"),
    }


@family("de_vermieter_selbstauskunft", de=2)
def selbstauskunft(c: Ctx) -> Any:
    p = c.person()
    doc: dict[str, Any] = {
        "objekt": c.ref("W", 4),
        "interessent": {"name": c.name(p), "mobil": c.phone(mobile=True)},
        "nettoeinkommen": c.num(1800, 5200),
        "mietschuldenfreiheit": c.pick(["ja", "nein"]),
    }
    if c.chance(0.6):
        doc["vorstrafen"] = c.say("criminal_record", p=p)
    else:
        doc["schufa"] = "keine Negativmerkmale"
    return doc


@family("de_versicherung_problem", de=3)
def versicherung_problem(c: Ctx) -> Any:
    bad = c.iban_bad("DE")
    return problem(
        c,
        "iban-ungueltig",
        "Ungültige Bankverbindung",
        422,
        f"Die Prüfziffer der IBAN {bad} ist falsch.",
        fehler=[
            {"feld": "iban", "wert": bad},
            {"feld": "steuerId", "wert": c.steuer_id_bad(), "grund": "Prüfziffer"},
        ],
    )


@family("de_dsgvo_auskunft", de=3)
def dsgvo_auskunft(c: Ctx) -> Any:
    p = c.person()
    doc: dict[str, Any] = {
        "anfrage": c.uuid(),
        "betroffener": {"vorname": p.first[0] + ".", "nachname": p.last[0] + "."},
        "gespeicherteKategorien": ["Stammdaten", "Vertragsdaten", "Gesundheitsdaten"],
        "empfaenger": ["Rückversicherer", "IT-Dienstleister"],
        "hinweis": c.neg("legal"),
    }
    if c.chance(0.5):
        doc["kontakt"] = {"email": c.email(p), "iban": "DE** **** **** **** **** 12"}
    return doc


@family("de_graphql_patient", de=1)
def graphql_patient(c: Ctx) -> Any:
    p = c.person()
    allergie = c.pick(["Penicillin", "Nüsse", "Latex", "Pollen"])
    patient = {
        "__typename": "Patient",
        "id": c.uuid(),
        "anzeigename": c.name(p),
        **c.kv("health", "allergien", [allergie]),
        "medikation": [{"praeparat": c.pick(pools.MEDS["de"]), "seit": "2023-03"}],
    }
    return {"data": {"patient": patient}, "extensions": {"kosten": c.num(3, 40)}}


@family("de_sepa_lastschrift_xml", de=4)
def sepa_xml(c: Ctx) -> Any:
    p = c.person()
    iban = c.iban("DE", spaced=False)
    body = xml(
        "DrctDbtTxInf",
        [
            ("EndToEndId", c.ref("E2E", 6)),
            ("InstdAmt", f"{c.money(5, 90)}"),
            ("Nm", p.full),
            ("IBAN", iban),
            ("Ustrd", "Mitgliedsbeitrag"),
        ],
    )
    c.mark("person_name", f"<Nm>{p.full}</Nm>", "name")
    embed_note = embed({"batch": c.ref("B", 5), "anzahl": 1})
    return {"datei": f"pain.008_{c.hexid(6)}.xml", "xml": body, "meta": embed_note}


@family("de_support_ticket", de=4)
def support_ticket(c: Ctx) -> Any:
    p = c.person()
    return {
        "ticket": c.ref("T", 6),
        "kunde": c.email(p),
        "betreff": "Frage zur Rechnung",
        "nachricht": f"Hallo, bitte Rückruf unter {c.phone()}. Viele Grüße, {c.name(p)}",
        "kanal": "kontaktformular",
        "zustaendig": c.role_email("kundenservice", "stadtwerke-nord.de"),
    }


@family("de_dating_profil", de=6)
def dating_profil(c: Ctx) -> Any:
    prof: dict[str, Any] = {
        "nutzername": c.pick(["nordlicht_85", "kaffeeliebe", "bergfex", "stadtkind_b"]),
        "alter": c.num(22, 61),
        "geschlecht": c.pick(["weiblich", "männlich", "divers"]),
    }
    if c.chance(0.75):
        prof.update(
            c.kv(
                "sex_life_orientation",
                c.key("sexuelleOrientierung", "orientierung"),
                c.pick(pools.ORIENTATIONS["de"]),
            )
        )
    else:
        prof["orientierung"] = pools.NO_ANSWER["de"]
    if c.chance(0.4):
        prof.update(c.kv("religious_belief", "religion", c.pick(pools.RELIGIONS["de"])))
    if c.chance(0.3):
        prof["ueberMich"] = c.say(
            c.pick(["sex_life_orientation", "racial_ethnic_origin", "political_opinion"]), chat=True
        )
    lat, lon = c.coarse()
    prof["standort"] = {"lat": lat, "lon": lon}
    if c.chance(0.35):
        prof["verifizierung"] = {"selfieAbgleich": True, "gesichtsTemplate": c.embedding(32)}
    return {"profil": prof, "zuletztOnline": c.ts()}


@family("de_ed_behandlung", de=4)
def ed_behandlung(c: Ctx) -> Any:
    p = c.person()
    delikt = c.pick(["Wohnungseinbruchdiebstahl", "gefährliche Körperverletzung", "Betrug", "Raub"])
    return {
        "vorgang": f"ED-{c.hexid(8).upper()}",
        "dienststelle": "Kriminalkommissariat 11",
        "beschuldigter": {"name": c.name(p, "Lf"), "geburtsdatum": c.dob(p)},
        **c.kv("criminal_record", "tatvorwurf", delikt),
        "daktyloskopie": {"finger": "rechter Daumen", "minutien": c.fp_template()},
        "lichtbild": {"vorhanden": True},
    }


@family("de_antidiskriminierung", de=3)
def antidiskriminierung(c: Ctx) -> Any:
    other = c.pick(["religious_belief", "sex_life_orientation", "health"])
    return {
        "fallnummer": c.ref("AD-", 5),
        "merkmal": c.pick(["ethnische Herkunft", "mehrere Merkmale"]),
        "sachverhalt": c.note("racial_ethnic_origin", other, chat=False),
        "stelle": "Antidiskriminierungsberatung",
        "frist": c.day(2025).isoformat(),
    }


@family("de_impressum_kontakt", de=3)
def impressum(c: Ctx) -> Any:
    a = c.address()
    firma = c.pick(pools.COMPANIES["de"])
    return {
        "anbieter": firma,
        "anschrift": c.addr_full(a),
        "kontakt": {
            "telefon": c.phone(mobile=False),
            "email": c.role_email(
                c.pick(["info", "kontakt", "datenschutz"]), company_domain(firma, "de")
            ),
        },
        "registergericht": "Amtsgericht",
        "ustId": f"DE{c.num(100000, 999999)}{c.num(100, 999)}",
    }
