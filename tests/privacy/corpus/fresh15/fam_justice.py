"""Justice and public-life families."""
from __future__ import annotations

from typing import Any

from . import pools as P
from .ctx import LANGS, Ctx

PRISONS = {"en": ["HMP Greystone", "HMP Northmoor"], "de": ["JVA Nordhafen", "JVA Lindenfeld"],
           "fr": ["Centre pénitentiaire des Landes-Hautes", "Maison d'arrêt du Val"],
           "es": ["Centro Penitenciario Meseta II", "CP Levante"]}


def prison_visit(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "prison"), LANGS)
    c.set_lang(lang, 0.4)
    country = c.country()
    pr = c.person(lang)
    variant = i % 3
    visitors = []
    for n in range(c.rint(1, 2)):
        v = c.person(lang)
        vis = {"name": c.full(v), "dateOfBirth": c.dob("iso"),
               "relationship": c.pick(["partner", "friend",
                                       "mother" if v.gender == "f" else "father",
                                       "sister" if v.gender == "f" else "brother"]),
               "address": c.address(country)}
        if n == 0 and lang == "es":
            vis["idDocument"] = {"type": "DNI", "number": c.dni(), "verified": True}
        elif n == 0:
            vis["idDocument"] = {"type": "passport", "number": c.passport(P.ISO2[country]),
                                 "verified": True}
        else:
            vis["idDocument"] = {"type": "driving_licence", "verified": True}
        visitors.append(vis)
    c.rec("criminal_record", "prisoner", None)
    doc: dict[str, Any] = {"bookingReference": "PVB-" + c.ref(7),
                           "establishment": c.pick(PRISONS[lang]),
                           "prisoner": {"prisonerNumber": c.pick("ABG") + str(c.rint(1000, 9999))
                                                          + c.ref(2),
                                        "name": c.full(pr), "location": f"Wing {c.pick('ABCDE')}"},
                           "visitors": visitors,
                           "slot": {"start": c.ts(2025, 2025),
                                    "durationMin": c.pick([60, 90, 120])},
                           "visitType": c.pick(["SOCIAL", "SOCIAL", "FAMILY_DAY"]),
                           "status": "BOOKED"}
    if variant == 0:
        doc["requirements"] = c.say("health", lang)
    elif variant == 1:
        doc["prisoner"]["faith"] = c.rec("religious_belief", "faith", c.pick(P.RELIGION[lang]))
        doc["chaplaincy"] = {"requested": True}
    doc["staffNote"] = (c.say("criminal_record", lang) + " "
                        + c.say(c.slot(["religious_belief", "health", "racial_ethnic_origin"],
                                       lang)[0], lang))
    return doc


CRIMES = {"en": ["burglary", "theft of a bicycle", "online fraud", "criminal damage to car",
                 "street robbery"],
          "de": ["Wohnungseinbruch", "Fahrraddiebstahl", "Online-Betrug",
                 "Sachbeschädigung am Auto"],
          "fr": ["cambriolage", "vol de vélo", "escroquerie en ligne", "dégradation de véhicule"],
          "es": ["robo en vivienda", "robo de bicicleta", "estafa online", "daños en el coche"]}


def victim_support(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "victim"), LANGS)
    c.set_lang(lang, 0.4)
    country = c.country()
    p = c.person(lang)
    k = c.k
    c.negtag("criminal_record", "victim_referral")
    doc = {"referralId": "VS-" + c.ref(7), "source": c.pick(["police", "self", "GP"]),
           "receivedAt": c.ts(2025, 2025),
           "client": {k("full_name"): c.full(p), k("phone"): c.phone(country),
                      k("email"): c.email(p),
                      "preferredContact": c.pick(["phone", "email", "text"])},
           "crimeType": c.pick(CRIMES[lang]), "crimeReference": "CR-" + c.ref(8),
           "needs": c.rng.sample(["emotional support", "security advice", "help with insurance",
                                  "court familiarisation"], 2)}
    if i % 3 == 0:
        doc[k("notes")] = c.say("health", lang)
    else:
        doc[k("notes")] = c.neutral(lang) + " " + c.neg("criminal_record", lang)
    return doc


HEARINGS = {"en": ["Bail application", "First appearance",
                   "Plea and trial preparation", "Sentence"],
            "de": ["Haftprüfung", "Hauptverhandlung", "Urteilsverkündung"],
            "fr": ["Comparution immédiate", "Audience correctionnelle", "Débat sur la détention"],
            "es": ["Vista de medidas cautelares", "Juicio oral", "Lectura de sentencia"]}
COURTS = {"en": ["Northmoor Magistrates' Court", "Crown Court at Greystone"],
          "de": ["Amtsgericht Nordhafen", "Landgericht Lindenfeld"],
          "fr": ["Tribunal judiciaire du Val", "Tribunal correctionnel des Landes"],
          "es": ["Juzgado de lo Penal n.º 3", "Audiencia Provincial"]}


def court_listing(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "court"), LANGS)
    c.set_lang(lang, 0.3)
    variant = i % 4
    if variant == 3:
        c.negtag("criminal_record", "civil_listing")
        rows = [{"caseNumber": f"CV-{c.rint(20, 25)}-{c.rint(1000, 9999)}", "parties": f"{a} v {b}",
                 "type": c.pick(["contract dispute", "small claim",
                                 "landlord and tenant (commercial)"]),
                 "courtroom": c.rint(1, 12), "time": f"{c.rint(9, 15)}:{c.pick(['00', '30'])}"}
                for a, b in [("Harbourview Hotels Ltd", "Nordwind Air Ltd"),
                             ("Cake Atelier SARL", "Petal Studio SL")]]
        return {"court": c.pick(COURTS[lang]), "date": c.date(2025, 2025), "list": "civil",
                "listings": rows}
    rows = []
    for _ in range(c.rint(2, 4)):
        d = c.person(lang)
        row: dict[str, Any] = {"caseNumber": f"{c.rint(20, 25)}/{c.rint(1000, 9999)}",
                               "defendant": {"name": c.full(d)}, "offence": c.pick(P.OFFENCE[lang]),
                               "hearing": c.pick(HEARINGS[lang]), "courtroom": c.rint(1, 12),
                               "custody": c.pick([True, False])}
        if c.chance(0.5):
            row["defendant"]["dateOfBirth"] = c.dob("iso", 1960, 2006)
        if not rows and variant in (0, 1):
            row["clerkNote"] = c.say("criminal_record", lang)
        rows.append(row)
    c.rec("criminal_record", "listing", None)
    if variant == 2:
        return rows
    return {"court": c.pick(COURTS[lang]), "date": c.date(2025, 2025), "list": "criminal",
            "listings": rows, "published": c.ts(2025, 2025)}


def crime_stats(c: Ctx, i: int) -> Any:
    lang = LANGS[i % 4]
    c.set_lang(lang, 0)
    cats = {"en": ["Burglary", "Vehicle crime", "Violence and sexual offences",
                   "Shoplifting", "Drugs"],
            "de": ["Wohnungseinbruch", "Kfz-Delikte", "Gewaltdelikte", "Ladendiebstahl"],
            "fr": ["Cambriolages", "Vols de véhicules", "Violences", "Stupéfiants"],
            "es": ["Robos con fuerza", "Sustracción de vehículos", "Lesiones",
                   "Tráfico de drogas"]}[lang]
    return {"area": c.city_only(), "period": f"{c.rint(2022, 2024)}-Q{c.rint(1, 4)}",
            "categories": [{"category": x, "count": c.rint(3, 900),
                            "changePct": round(c.rng.uniform(-25, 25), 1)} for x in cats],
            "commentary": c.neg("criminal_record", lang), "source": "open-data portal"}


VA_CONDITIONS = [("9411", "PTSD"), ("5260", "Limitation of flexion, knee"), ("6260", "Tinnitus"),
                 ("5237", "Lumbosacral strain"), ("7913", "Diabetes mellitus type II"),
                 ("6100", "Hearing loss")]


def veterans_service(c: Ctx, i: int) -> Any:
    c.set_lang("en", 0)
    variant = i % 3
    p = c.person("en")
    doc: dict[str, Any] = {"veteranId": "VET-" + c.ref(8)}
    if variant in (0, 1):
        person = {"name": c.full(p), "dateOfBirth": c.dob("us", 1945, 1998),
                  "address": c.address("us"), "phone": c.phone("us")}
        if variant == 0:
            person["ssn"] = c.ssn(c.chance(0.6))
            r, a = c.us_bank()
            doc["directDeposit"] = {"routingNumber": r, "accountNumber": a,
                                    "accountType": c.pick(["CHECKING", "SAVINGS"])}
        else:
            person["ssnLast4"] = c.ssn_last4()
            doc["directDeposit"] = {"accountLast4": c.last4(), "accountType": "CHECKING"}
        doc["person"] = person
        doc["service"] = {"branch": c.pick(["US Army", "US Navy", "USMC", "US Air Force"]),
                          "entered": c.date(1965, 2010), "separated": c.date(1970, 2020),
                          "dischargeType": "Honorable"}
        conds = c.rng.sample(VA_CONDITIONS, c.rint(1, 3))
        doc["disability"] = {"combinedRating": c.pick([30, 50, 70, 90, 100]),
                             "conditions": [{"diagnosticCode": cd, "description": ds,
                                             "rating": c.pick([10, 30, 50])} for cd, ds in conds]}
    else:
        person = {"name": c.full(p), "dob": c.dob("uk", 1950, 1998), "address": c.address("uk"),
                  "nino": c.nino()}
        sc, acc = c.uk_bank()
        doc["person"] = person
        doc["bank"] = {"sortCode": sc, "accountNumber": acc}
        doc["service"] = {"branch": c.pick(["Royal Navy", "British Army", "RAF"]),
                          "left": c.date(1990, 2020)}
        doc["pensionAward"] = {"scheme": "AFCS",
                               "conditions": [c.pick(["hearing loss", "PTSD", "knee injury"])]}
    c.rec("health", "disability", None)
    doc["caseNotes"] = [c.say(c.pick(["health", "criminal_record", "health", "religious_belief"]),
                              "en")]
    return doc


def refugee_case(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "refugee"), LANGS)
    c.set_lang(lang, 0.4)
    p = c.person_intl()
    variant = i % 4
    k = c.k
    c.negtag("racial_ethnic_origin", "nationality")
    applicant = {k("full_name"): c.full(p), k("dob"): c.dob("iso", 1960, 2006),
                 "nationality": c.pick(["AF", "SY", "ER", "IR", "VE", "SD", "IQ", "UA"]),
                 "languages": c.rng.sample(["Dari", "Pashto", "Arabic", "Tigrinya", "Farsi",
                                            "Spanish", "Kurmanji", "Ukrainian"], 2)}
    doc = {"caseId": "RC-" + c.ref(7),
           "ngo": c.L(["Safe Harbour Refugee Support", "Flüchtlingshilfe Nordstadt",
                       "Accueil Solidaire", "Asociación Puentes"]),
           "applicant": applicant, "stage": c.pick(["ARRIVAL", "INTERVIEW_PREP", "APPEAL"])}
    if variant == 0:
        applicant[c.k("ethnicity")] = c.rec("racial_ethnic_origin", "ethnicity",
                                            c.pick(["Hazara", "Kurdish", "Baloch", "Oromo",
                                                    "Tigrayan", "Uyghur"]))
        applicant[c.k("religion")] = c.rec("religious_belief", "religion",
                                           c.pick(["Shia Muslim", "Christian (Orthodox)", "Ahmadi",
                                                   "Baha'i", "Sunni Muslim"]))
        doc["statement"] = c.neutral(lang)
    elif variant == 1:
        doc["statement"] = c.say("political_opinion", lang)
        doc["claimGrounds"] = ["political opinion"]
    elif variant == 2:
        doc["statement"] = c.say("sex_life_orientation", lang)
        doc["claimGrounds"] = ["particular social group"]
    else:
        doc["statement"] = c.say("racial_ethnic_origin", lang)
        doc["vulnerabilities"] = [c.say("health", lang)]
    if variant in (0, 1):
        doc["caseworkerNote"] = c.say(c.slot(["religious_belief", "racial_ethnic_origin",
                                              "political_opinion", "criminal_record"],
                                             lang)[0], lang)
    doc["contact"] = {"phone": c.phone(c.country()),
                      "shelter": c.pick(["Unit B", "Haus 3", "Bâtiment C", "Módulo 2"])}
    return doc


def councillor_api(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "council"), LANGS)
    c.set_lang(lang, 0.3)
    country = c.country()
    rows = []
    for n in range(c.rint(2, 4)):
        p = c.person(lang)
        rows.append({"id": c.rint(100, 999), "name": c.full(p),
                     "ward": c.pick(["Hyde Park & Woodhouse", "Nordstadt", "Centre-ville",
                                     "Distrito Centro", "Riverside"]),
                     "party": c.rec("political_opinion", "councillor_party", c.pick(P.PARTY[lang]))
                     if n else None,
                     "email": c.email(p, c.L(["council.example.gov.uk", "stadt-nordhafen.example",
                                              "mairie-du-val.example", "ayto-meseta.example"])),
                     "phone": c.phone(country),
                     "surgery": {"address": c.address(country),
                                 "times": c.L(["1st Saturday 10-12", "Di 17-19 Uhr",
                                               "mercredi 14h-16h", "jueves 18-20h"])}})
        if n == 0:
            rows[-1]["bio"] = c.say("political_opinion", lang)
    return {"councillors": rows, "meta": {"total": len(rows), "page": 1},
            "links": {"self": "/api/v1/councillors?page=1"}}


def council_meetings(c: Ctx, i: int) -> Any:
    lang = LANGS[i % 4]
    c.set_lang(lang, 0)
    return {"committees": [{"name": n, "nextMeeting": c.ts(2025, 2025),
                            "venue": c.L(["Council Chamber, Town Hall", "Ratssaal",
                                          "Salle du conseil", "Salón de plenos"])}
                           for n in c.rng.sample(["Planning Committee", "Licensing Sub-Committee",
                                                  "Scrutiny Board (Environment)",
                                                  "Audit Committee"], 3)],
            "announcement": c.neg("political_opinion", lang), "generated": c.ts()}


PETITIONS = {"en": ["Install a pedestrian crossing on Station Approach",
                    "Keep the library open on Sundays", "Plant more trees in the park"],
             "de": ["Zebrastreifen vor der Grundschule", "Längere Öffnungszeiten im Hallenbad"],
             "fr": ["Un passage piéton devant l'école", "Ouvrir la médiathèque le dimanche"],
             "es": ["Paso de peatones frente al colegio", "Abrir la biblioteca los domingos"]}


def petition_api(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "petition"), LANGS)
    c.set_lang(lang, 0)
    title = c.pick(PETITIONS[lang])
    if i % 2 == 0:
        return {"data": {"type": "petition", "id": c.rint(1000, 99999),
                         "attributes": {"title": title,
                                        "state": c.pick(["open", "closed", "debated"]),
                                        "signatureCount": c.rint(40, 9000),
                                        "closingAt": c.ts(2025, 2026),
                                        "governmentResponse": c.neg("political_opinion", lang)}}}
    sigs = []
    for n in range(c.rint(2, 4)):
        p = c.person(lang)
        s = {"name": c.full(p),
             "postcodeDistrict": c.pick(["LS6", "BS3", "D06", "10115", "69003", "28013"]),
             "signedAt": c.ts(2025, 2025)}
        if n == 0 and i % 4 == 1:
            s["comment"] = c.say("political_opinion", lang)
        else:
            s["comment"] = c.neutral(lang)
        sigs.append(s)
    return {"petition": {"title": title, "id": c.rint(1000, 99999)}, "signatures": sigs,
            "links": {"next": f"?page={c.rint(2, 9)}"}}


def strike_ballot(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "ballot"), LANGS)
    c.set_lang(lang, 0.3)
    union = c.pick(P.UNION[lang])
    if i % 3 == 2:
        c.negtag("trade_union", "aggregate_result")
        elig = c.rint(300, 9000)
        yes = c.rint(elig // 4, elig // 2)
        return {"ballot": f"Industrial action ballot {c.rint(2024, 2025)}", "union": union,
                "scrutineer": "Independent Ballot Services", "eligible": elig,
                "turnoutPct": round(c.rng.uniform(40, 75), 1), "yes": yes,
                "no": c.rint(20, elig // 4), "spoilt": c.rint(0, 30), "declaredAt": c.ts()}
    p = c.person(lang)
    doc = {"ballotId": "BAL-" + c.ref(6), "union": union,
           "branch": c.L(["Depot North", "Werk Süd", "Site de Vénissieux", "Hospital Ribera"]),
           "member": {"membershipNumber": "U" + c.ref(7), "name": c.full(p), "email": c.email(p),
                      "workplace": c.L([c.pick(["warehouse", "ward 7"]), "Halle 3",
                                        "atelier", "planta 2"]),
                      "role": c.rec("trade_union", "union_role", c.pick(P.UNION_ROLE[lang])),
                      c.k("union_member"): True},
           "ballotPaper": {"issued": c.date(2025, 2025), "returned": c.pick([True, False]),
                           "method": c.pick(["postal", "e-ballot"])}}
    doc["memberComment"] = (c.say("trade_union", lang) if i % 3 == 1
                            else c.say(c.slot(["trade_union", "health", "political_opinion"],
                                              lang)[0], lang))
    return doc


def union_news(c: Ctx, i: int) -> Any:
    lang = LANGS[i % 4]
    c.set_lang(lang, 0)
    return {"items": [{"id": c.lref(10), "headline": c.neg("trade_union", lang),
                       "published": c.ts(), "source": "Newsdesk"} for _ in range(3)],
            "next": c.b64(16)}


CONGREGATIONS = {"en": [("Holy Trinity Parish", "Tithe"), ("Al-Noor Mosque", "Zakat"),
                        ("Beth Shalom Synagogue", "Tzedakah"),
                        ("Gurdwara Sahib Riverside", "Dasvandh"),
                        ("Riverside Baptist Church", "Tithe")],
                 "de": [("Ev. Kirchengemeinde Nordstadt", "Kirchgeld"),
                        ("Kath. Pfarrei Heilig Kreuz", "Kollekte"),
                        ("DITIB Moschee Hafen", "Zakat")],
                 "fr": [("Paroisse de la Sainte-Trinité", "Denier de l'Église"),
                        ("Mosquée du Val", "Zakat"), ("Temple protestant du Lac", "Offrande")],
                 "es": [("Parroquia de la Asunción", "Donativo"), ("Mezquita Central", "Zakat"),
                        ("Iglesia Evangélica Betania", "Diezmo")]}


def faith_membership(c: Ctx, i: int) -> Any:
    lang = c.deck(("fl", "faith"), LANGS)
    c.set_lang(lang, 0.4)
    country = c.country()
    p = c.person(lang)
    k = c.k
    cong, fund = c.pick(CONGREGATIONS[lang])
    c.rec("religious_belief", "congregation", None)
    member = {"memberNo": "M" + c.ref(6), k("full_name"): c.full(p), k("email"): c.email(p),
              k("phone"): c.phone(country),
              k("address"): c.address(country, c.pick(["line", "dict"]))}
    if c.chance(0.4):
        member[k("dob")] = c.dob()
    doc: dict[str, Any] = {"congregation": cong, "member": member,
                           "membershipStatus": c.pick(["active", "active", "lapsed"]),
                           "giving": [{"fund": fund, "amount": c.money(5, 250),
                                       "date": c.date(2024, 2025), "giftAid": c.pick([True, False])}
                                      for _ in range(c.rint(1, 3))]}
    if i % 3 != 2:
        doc["sepaMandate"] = {"iban": c.iban(), "mandateId": "MD-" + c.ref(8),
                              "signedOn": c.date(2020, 2024)}
    doc["pastoralNote"] = c.say("religious_belief", lang)
    if True:
        doc["pastoralNote"] += " " + c.say(c.slot(["health", "racial_ethnic_origin",
                                                   "sex_life_orientation", "political_opinion"],
                                                  lang)[0], lang)
    return doc


def payroll_de(c: Ctx, i: int) -> Any:
    c.set_lang("de", 0.7)
    p = c.person("de")
    variant = i % 3
    st = {"steuerId": c.steuer_id(c.chance(0.3)), "steuerklasse": c.rint(1, 5),
          "kinderfreibetrag": c.pick([0, 0.5, 1.0])}
    abz: dict[str, Any] = {"lohnsteuer": c.money(150, 900), "soli": 0.0}
    if variant != 2:
        st["kirchensteuermerkmal"] = c.rec("religious_belief", "kist", c.pick(P.KIST))
        abz["kirchensteuer"] = c.money(10, 80)
    elif i % 2 == 0:
        abz["gewerkschaftsbeitrag"] = c.rec("trade_union", "union_dues", c.money(15, 45))
        abz["gewerkschaft"] = c.pick(P.UNION["de"])
    else:
        abz["vwl"] = c.money(20, 40)
    return {"personalnummer": f"{c.rint(1000, 99999)}",
            "abrechnungsmonat": f"2025-{c.rint(1, 12):02d}",
            "mitarbeiter": {c.k("first_name"): c.first(p), c.k("last_name"): c.last(p),
                            c.k("dob"): c.dob("de"), c.k("address"): c.address("de")},
            "steuer": st,
            "sozialversicherung": {"krankenkasse": c.pick(["AOK Nordwest", "TK", "Barmer", "DAK"]),
                                   "beitragsgruppe": "1111"},
            "bank": {"iban": c.iban("DE")}, "abzuege": abz, "brutto": c.money(2200, 6500)}
