"""Clinical and health-adjacent payloads: EHR records, FHIR bundles, referral letters,
e-pharmacy orders, absence records and insurance claims."""

from __future__ import annotations

from typing import Any

from . import phrases
from .gen import Ctx

Doc = Any

CONDITIONS = {
    "en": [("E11.9", "Type 2 diabetes mellitus without complications"),
           ("F41.1", "Generalized anxiety disorder"),
           ("J45.40", "Moderate persistent asthma, uncomplicated"), ("G35", "Multiple sclerosis"),
           ("K50.90", "Crohn's disease, unspecified"),
           ("N18.31", "Chronic kidney disease, stage 3a"),
           ("F31.81", "Bipolar II disorder"), ("I48.91", "Unspecified atrial fibrillation"),
           ("B20", "HIV disease"), ("F33.1", "Major depressive disorder, recurrent, moderate"),
           ("E03.9", "Hypothyroidism, unspecified"), ("O24.419", "Gestational diabetes")],
    "de": [("E10.90", "Diabetes mellitus, Typ 1, ohne Komplikationen"),
           ("F33.1", "Rezidivierende depressive Störung, gegenwärtig mittelgradige Episode"),
           ("M45.09", "Spondylitis ankylosans"), ("J45.9", "Asthma bronchiale"),
           ("M51.2", "Bandscheibenverlagerung"), ("I25.22", "Alter Myokardinfarkt"),
           ("G43.3", "Komplizierte Migräne"), ("E06.3", "Hashimoto-Thyreoiditis"),
           ("F20.0", "Paranoide Schizophrenie"), ("F10.2", "Alkoholabhängigkeit")],
    "fr": [("E11.9", "Diabète sucré de type 2 sans complication"),
           ("F41.1", "Anxiété généralisée"), ("G35", "Sclérose en plaques"),
           ("I50.9", "Insuffisance cardiaque"), ("M06.9", "Polyarthrite rhumatoïde"),
           ("F32.2", "Épisode dépressif sévère"), ("G40.9", "Épilepsie"),
           ("B18.2", "Hépatite virale C chronique")],
    "es": [("E10.9", "Diabetes mellitus tipo 1 sin complicaciones"),
           ("F31.9", "Trastorno bipolar"), ("I10", "Hipertensión esencial"),
           ("M79.7", "Fibromialgia"), ("L40.5", "Artritis psoriásica"),
           ("C18.9", "Neoplasia maligna de colon"), ("N18.4", "Enfermedad renal crónica estadio 4"),
           ("F41.1", "Trastorno de ansiedad generalizada")],
}
MEDS = {
    "en": ["Metformin 850 mg BID", "Sertraline 50 mg daily", "Levothyroxine 75 mcg",
           "Salbutamol inhaler PRN", "Apixaban 5 mg BID", "Bictegravir/emtricitabine/TAF daily",
           "Lamotrigine 100 mg", "Adalimumab 40 mg every other week"],
    "de": ["Ramipril 5 mg 1-0-0", "Insulin glargin 18 IE abends", "L-Thyroxin 100 µg",
           "Venlafaxin 75 mg", "Metamizol 500 mg bei Bedarf", "Phenprocoumon nach INR"],
    "fr": ["Lévothyrox 100 µg", "Escitalopram 10 mg", "Metformine 1000 mg matin et soir",
           "Bisoprolol 2,5 mg", "Lithium 400 mg LP", "Méthotrexate 15 mg/semaine"],
    "es": ["Metotrexato 15 mg semanal", "Enalapril 10 mg", "Omeprazol 20 mg", "Quetiapina 100 mg",
           "Insulina lispro según pauta", "Sertralina 100 mg"],
}
ALLERGIES = {"en": ["Penicillin (anaphylaxis)", "Latex", "Sulfonamides", "NKDA", "Shellfish"],
             "de": ["Penicillin", "Jodhaltiges Kontrastmittel", "keine bekannt", "Wespengift"],
             "fr": ["Pénicilline", "Arachide", "Aucune allergie connue", "Iode"],
             "es": ["Penicilina", "AINEs", "Niega alergias conocidas", "Frutos secos"]}
COMPLAINTS = {
    "en": ["She has had three months of worsening joint pain and morning stiffness; CRP is raised.",
           "He reports low mood, poor sleep and loss of appetite since being made redundant; "
           "PHQ-9 score 18.",
           "Recurrent palpitations; a Holter recording showed paroxysmal atrial fibrillation.",
           "Persistent difficulty swallowing solids with a 6 kg weight loss over two months.",
           "Two unprovoked seizures in the last month, first-ever episode in March."],
    "de": ["Seit drei Monaten zunehmende Gelenkschmerzen und Morgensteifigkeit, CRP erhöht.",
           "Gedrückte Stimmung, Schlafstörungen und Antriebslosigkeit seit dem "
           "Arbeitsplatzverlust.",
           "Rezidivierendes Herzrasen, im Langzeit-EKG paroxysmales Vorhofflimmern.",
           "Anhaltende Schluckbeschwerden bei festen Speisen, Gewichtsverlust von 6 kg."],
    "fr": ["Douleurs articulaires inflammatoires depuis trois mois, CRP élevée.",
           "Humeur dépressive, insomnie et perte d'appétit depuis son licenciement.",
           "Palpitations récidivantes, Holter en faveur d'une fibrillation auriculaire "
           "paroxystique.",
           "Dysphagie aux solides avec une perte de 6 kg en deux mois."],
    "es": ["Dolor articular inflamatorio de tres meses de evolución con PCR elevada.",
           "Ánimo bajo, insomnio y pérdida de apetito desde que perdió el empleo.",
           "Palpitaciones recurrentes; el Holter muestra fibrilación auricular paroxística.",
           "Disfagia a sólidos con pérdida de 6 kg en dos meses."],
}
EHR_KEYS = {
    "en": ("patient", "name", ("date", "of", "birth"), "sex", ("diagnoses",), ("medications",),
           ("allergies",)),
    "de": ("patient", "name", "geburtsdatum", "geschlecht", "diagnosen", "medikation",
           "allergien"),
    "fr": ("patient", "nom", "date_naissance", "sexe", "diagnostics", "traitement_en_cours",
           "allergies"),
    "es": ("paciente", "nombre", "fecha_nacimiento", "sexo", "diagnosticos", "medicacion",
           "alergias"),
}
SEX = {"en": ["F", "M", "female", "male"], "de": ["w", "m", "weiblich", "männlich"],
       "fr": ["F", "M", "féminin", "masculin"], "es": ["M", "H", "mujer", "hombre"]}
ETHNIC_CATEGORY = ["A - White - British", "H - Asian or Asian British - Indian",
                   "M - Black or Black British - Caribbean",
                   "J - Asian or Asian British - Pakistani",
                   "D - Mixed - White and Black Caribbean", "N - Black or Black British - African",
                   "R - Other Ethnic Groups - Chinese"]
RELIGION_ADMISSION = {"en": ["Church of England", "Roman Catholic", "Muslim", "Jewish", "Sikh",
                             "Methodist"],
                      "de": ["römisch-katholisch", "evangelisch", "muslimisch", "neuapostolisch"],
                      "fr": ["catholique", "musulmane", "protestante", "juive"],
                      "es": ["católica", "evangélica", "musulmana", "testigo de Jehová"]}


def _k(ctx: Ctx, key: Any) -> str:
    return ctx.k(*key) if isinstance(key, tuple) else str(key)


def ehr_record(ctx: Ctx) -> Doc:
    lang = ctx.lang
    keys = EHR_KEYS[lang]
    ctx.add("health")
    conds = ctx.r.sample(CONDITIONS[lang], ctx.r.randint(1, 3))
    patient: dict[str, Any] = {
        _k(ctx, keys[1]): ctx.name(lang), _k(ctx, keys[2]): ctx.dob(),
        _k(ctx, keys[3]): ctx.pick(SEX[lang])}
    if ctx.chance(0.5):
        patient[ctx.kk(("address",), "anschrift", "adresse", "domicilio")] = ctx.address(lang)
    if ctx.chance(0.4):
        patient[ctx.kk(("phone",), ("mobile",), "telefon", "tel", "telefono")] = ctx.phone(lang)
    if lang == "fr" and ctx.chance(0.6):
        patient["nir"] = ctx.nir()
    if lang == "es" and ctx.chance(0.5):
        patient[ctx.pick(["dni", "nif", "documento"])] = ctx.dni()
    if lang == "en" and ctx.chance(0.4):
        ctx.add("racial_ethnic_origin")
        patient[ctx.kk(("ethnic", "category"), ("ethnicity",), "EthnicCategory")] = \
            ctx.pick(ETHNIC_CATEGORY)
        ctx.note("ethnic_category")
    if ctx.chance(0.25):
        ctx.add("religious_belief")
        patient[ctx.kk(("religion",), "religion", "konfession", "religión", ("faith",))] = \
            ctx.pick(RELIGION_ADMISSION[lang])
        ctx.note("religion_on_admission")
    clinical: dict[str, Any] = {
        _k(ctx, keys[4]): [{"code": c, "system": "ICD-10", "display": d} for c, d in conds]
        if ctx.chance(0.6) else [c for c, _ in conds],
        _k(ctx, keys[5]): ctx.r.sample(MEDS[lang], ctx.r.randint(1, 3)),
        _k(ctx, keys[6]): [ctx.pick(ALLERGIES[lang])]}
    if ctx.chance(0.3):
        clinical[ctx.kk(("vitals",), "vitalwerte", "constantes", "constantes_vitales")] = {
            "bp": f"{ctx.r.randint(105, 165)}/{ctx.r.randint(60, 100)}",
            "hr": ctx.r.randint(52, 110), "temp_c": round(ctx.r.uniform(36.1, 38.9), 1)}
    if lang == "en" and ctx.chance(0.2):
        ctx.add("sex_life_orientation")
        clinical[ctx.kk(("sexual", "history"), "SexualHistory")] = ctx.pick([
            "MSM, 3 partners in last 6 months, on PrEP",
            "Heterosexual, one regular partner, no new partners",
            "Sexually active with male and female partners, last STI screen negative"])
        ctx.note("sexual_history")
    root = ctx.pick(["record", "encounter", "data", "resource"])
    ctx.note(f"lang={lang}")
    return {root: {"id": ctx.uuid(), "updated": ctx.ts(), _k(ctx, keys[0]): patient,
                   ctx.pick(["clinical", "klinik", "clinique", "clinico", "problems"]): clinical}}


LETTER = {
    "en": ("Dear {doctor},\n\nThank you for seeing {patient} ({dob}) of {address}. {complaint} "
           "{extra}Current medication: {meds}. Allergies: {allergy}.\n\nI would be grateful for "
           "your assessment.\n\nYours sincerely,\n{sender}"),
    "de": ("Sehr geehrte Kollegin, sehr geehrter Kollege,\n\nwir überweisen {patient}, "
           "{dob}, wohnhaft {address}, zur Mitbehandlung. {complaint} {extra}Aktuelle Medikation: "
           "{meds}. Allergien: {allergy}.\n\nMit freundlichen kollegialen Grüßen\n{sender}"),
    "fr": ("Cher confrère,\n\nJe vous adresse {patient}, {dob}, demeurant {address}, pour avis. "
           "{complaint} {extra}Traitement actuel : {meds}. Allergies : {allergy}.\n\nBien "
           "confraternellement,\n{sender}"),
    "es": ("Estimado/a compañero/a:\n\nLe remito a {patient}, {dob}, con domicilio en {address}, "
           "para valoración. {complaint} {extra}Tratamiento actual: {meds}. Alergias: "
           "{allergy}.\n\nUn cordial saludo,\n{sender}"),
}


def referral_letter(ctx: Ctx) -> Doc:
    lang = ctx.lang
    ctx.add("health")
    dob = ctx.dob_text(lang) if ctx.chance(0.4) else ctx.dob("de" if lang == "de" else "fr"
                                                            if lang in ("fr", "es") else "iso")
    extra = ""
    if ctx.chance(0.25):
        extra = phrases.special(ctx, "genetic", lang) + " "
    text = LETTER[lang].format(
        doctor=ctx.name(lang, title=True), patient=ctx.name(lang), dob=dob,
        address=ctx.address(lang), complaint=ctx.pick(COMPLAINTS[lang]), extra=extra,
        meds=", ".join(ctx.r.sample(MEDS[lang], 2)), allergy=ctx.pick(ALLERGIES[lang]),
        sender=ctx.name(lang, title=True))
    doc: dict[str, Any] = {"documentType": ctx.pick(["referral", "Überweisung", "courrier",
                                                     "interconsulta"]),
                           "createdAt": ctx.ts(), "content": {"mimeType": "text/plain",
                                                              "text": text}}
    if ctx.chance(0.5):
        doc["sender"] = {"practice": ctx.pick(["Praxis am Hafenkamp", "Cabinet des Tilleuls",
                                               "Centro de Salud Ribera", "Ferncliffe Surgery"]),
                         "fax": ctx.phone(lang)}
    ctx.note(f"referral/{lang}")
    return doc


US_RACE = [("2106-3", "White"), ("2054-5", "Black or African American"), ("2028-9", "Asian"),
           ("1002-5", "American Indian or Alaska Native"),
           ("2076-8", "Native Hawaiian or Other Pacific Islander")]
US_ETH = [("2135-2", "Hispanic or Latino"), ("2186-5", "Not Hispanic or Latino")]
SNOMED = [("44054006", "Diabetes mellitus type 2"), ("195967001", "Asthma"),
          ("35489007", "Depressive disorder"), ("49436004", "Atrial fibrillation"),
          ("24700007", "Multiple sclerosis"),
          ("86406008", "Human immunodeficiency virus infection"),
          ("13645005", "Chronic obstructive lung disease"), ("414916001", "Obesity")]


def _omb(ctx: Ctx, url: str, code: str, display: str) -> dict[str, Any]:
    return {"url": url, "extension": [
        {"url": "ombCategory", "valueCoding": {"system": "urn:oid:2.16.840.1.113883.6.238",
                                               "code": code, "display": display}},
        {"url": "text", "valueString": display}]}


def fhir_bundle(ctx: Ctx) -> Doc:
    ctx.lang = "en"
    first, last = ctx.name_parts("en")
    pid = ctx.uuid()
    ctx.add("phone")
    patient: dict[str, Any] = {
        "resourceType": "Patient", "id": pid,
        "name": [{"use": "official", "family": last, "given": [first]}],
        "gender": ctx.pick(["female", "male"]), "birthDate": ctx.dob("iso"),
        "telecom": [{"system": "phone", "value": f"+1 847-555-01{ctx.r.randint(10, 99)}",
                     "use": "mobile"}],
        "address": [{"line": [ctx.address("en", "US").split(",")[0]], "city": "Evanston",
                     "state": "IL", "postalCode": "60201"}]}
    ext = []
    variant = ctx.pick(["race", "race+eth", "eth", "asku", "none"])
    if variant in ("race", "race+eth"):
        ext.append(_omb(ctx, "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race",
                        *ctx.pick(US_RACE)))
    if variant in ("eth", "race+eth"):
        ext.append(_omb(ctx, "http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity",
                        *ctx.pick(US_ETH)))
    if variant == "asku":
        ext.append({"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race",
                    "extension": [{"url": "ombCategory", "valueCoding": {
                        "system": "http://terminology.hl7.org/CodeSystem/v3-NullFlavor",
                        "code": "ASKU", "display": "Asked but no answer"}}]})
    if variant in ("race", "race+eth", "eth"):
        ctx.add("racial_ethnic_origin")
    if ext:
        patient["extension"] = ext
    if ctx.chance(0.3):
        patient["identifier"] = [{"system": "http://hl7.org/fhir/sid/us-ssn", "value": ctx.ssn()}]
    entries: list[dict[str, Any]] = [{"fullUrl": f"urn:uuid:{pid}", "resource": patient}]
    if variant != "none" or ctx.chance(0.7):
        ctx.add("health")
        code, display = ctx.pick(SNOMED)
        entries.append({"resource": {
            "resourceType": "Condition", "id": ctx.uuid(),
            "clinicalStatus": {"coding": [{"code": "active"}]},
            "code": {"coding": [{"system": "http://snomed.info/sct", "code": code,
                                 "display": display}]},
            "subject": {"reference": f"Patient/{pid}"}, "onsetDateTime": ctx.day(2019)}})
        if ctx.chance(0.6):
            entries.append({"resource": {
                "resourceType": "MedicationStatement", "status": "active",
                "medicationCodeableConcept": {"text": ctx.pick(MEDS["en"])},
                "subject": {"reference": f"Patient/{pid}"}}})
    else:
        entries.append({"resource": {"resourceType": "Coverage", "status": "active",
                                     "payor": [{"display": "Lakeshore Mutual"}],
                                     "beneficiary": {"reference": f"Patient/{pid}"}}})
    ctx.note(f"fhir race={variant}")
    return {"resourceType": "Bundle", "type": "transaction", "entry": entries}


RX_ITEMS = {"de": ["Sertralin 50 mg 100 Filmtbl. N3", "Levothyroxin 75 µg 100 Tbl.",
                   "Salbutamol Dosieraerosol", "Metformin 1000 mg 180 St.",
                   "Emtricitabin/Tenofovir 200/245 mg 30 St. (PrEP)"],
            "en": ["Sertraline 50mg x 30", "Fluoxetine 20mg x 28", "Ozempic 0.5mg pen",
                   "Estradiol patches 50mcg", "Adderall XR 20mg x 30"],
            "fr": ["Lévothyrox 75 µg boîte de 30", "Ventoline 100 µg", "Doliprane 1000 mg"],
            "es": ["Eutirox 100 mcg 100 comp.", "Sertralina 50 mg 30 comp.", "Ventolin inhalador"]}


def pharmacy_order(ctx: Ctx) -> Doc:
    lang = ctx.lang
    ctx.add("health")
    first, last = ctx.name_parts(lang)
    items = [{"sku": ctx.ref("PZN" if lang == "de" else "SKU"), "title": t, "qty": 1,
              "rx": True, "prescription": {"id": ctx.ref("ERX"), "prescriber": ctx.name(
                  lang, title=True)}} for t in ctx.r.sample(RX_ITEMS[lang], ctx.r.randint(1, 2))]
    pay: dict[str, Any] = {"method": "card"}
    if ctx.chance(0.5):
        pay["card_number"] = ctx.card()
        pay["exp"] = f"{ctx.r.randint(1, 12):02d}/{ctx.r.randint(26, 30)}"
    else:
        pay["token"] = "pm_" + ctx.alnum(24)
        pay["last4"] = f"{ctx.r.randint(1000, 9999)}"
    ctx.note("rx order")
    return {"order": {"number": ctx.ref("WEB"), "placed_at": ctx.ts(),
                      "customer": {"first_name": first, "last_name": last,
                                   "email": ctx.email(first, last, lang)},
                      "shipping": {"address": ctx.address(lang)}, "lines": items,
                      "payment": pay}}


ABSENCE = {
    "en": ("absence", ["sick"], ["Bronchitis", "Migraine", "Post-operative recovery (appendectomy)",
                                 "Stress-related illness", "COVID-19"], "annual_leave"),
    "de": ("abwesenheit", ["krank", "AU"], ["Bronchitis", "Migräne", "Bandscheibenvorfall",
                                            "Erschöpfungssyndrom", "Magen-Darm-Infekt"], "Urlaub"),
    "fr": ("absence", ["arret_maladie"], ["lombalgie aiguë", "grippe", "burn-out",
                                          "suites opératoires"], "conges_payes"),
    "es": ("ausencia", ["baja_medica", "IT"], ["lumbalgia", "gripe", "ansiedad",
                                               "fractura de muñeca"], "vacaciones"),
}


def absence_record(ctx: Ctx) -> Doc:
    lang = ctx.lang
    root, sick_types, reasons, leave = ABSENCE[lang]
    sick = ctx.chance(0.65)
    rec: dict[str, Any] = {"type": ctx.pick(sick_types) if sick else leave,
                           "from": ctx.day(), "days": ctx.r.randint(1, 21)}
    if sick:
        ctx.add("health")
        rec[ctx.kk(("reason",), "grund", "motif", "motivo", ("diagnosis",))] = ctx.pick(reasons)
        rec[ctx.kk(("certificate",), "au_bescheinigung", "justificatif")] = True
    ctx.note("sick" if sick else "leave (no health)")
    return {"employee": {"id": ctx.ref("P"), "name": ctx.name(lang),
                         "manager_email": ctx.email(lang=lang)}, root: rec}


def insurance_claim(ctx: Ctx) -> Doc:
    ctx.add("health")
    lang = ctx.pick(["en", "en", "de", "fr"])
    conds = ctx.r.sample(CONDITIONS[lang], ctx.r.randint(1, 2))
    first, last = ctx.name_parts(lang)
    claim: dict[str, Any] = {
        "claimId": ctx.ref("CLM"), "status": ctx.pick(["submitted", "adjudicated"]),
        "member": {"memberId": ctx.ref("MBR"), "firstName": first, "lastName": last,
                   "dob": ctx.dob()},
        "diagnosisCodes": [c for c, _ in conds],
        "lines": [{"procedure": ctx.pick(["99213", "99214", "80053", "93000"]),
                   "charge": ctx.amount(40, 600)}],
        "rendering": {"name": ctx.name(lang, title=True), "npi": f"1{ctx.r.randint(100, 999)}"
                      f"{ctx.r.randint(100, 999)}{ctx.r.randint(100, 999)}"}}
    ctx.note(f"claim/{lang}")
    return {"claim": claim}
