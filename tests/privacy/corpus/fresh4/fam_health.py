"""Healthcare payloads: FHIR, HL7 v2, intake forms, labs, pharmacy, insurance, apps."""

from __future__ import annotations

from typing import Any

from . import phrases as T
from .common import contact_block, lang_of, name_block
from .gen import Ctx, fmt_date

ICD10 = (("E11.9", "Type 2 diabetes mellitus without complications"),
         ("F32.1", "Major depressive disorder, single episode, moderate"),
         ("J45.909", "Unspecified asthma, uncomplicated"),
         ("I10", "Essential (primary) hypertension"),
         ("B20", "Human immunodeficiency virus [HIV] disease"),
         ("O09.90", "Supervision of high risk pregnancy, unspecified"),
         ("G40.909", "Epilepsy, unspecified, not intractable"),
         ("M51.26", "Other intervertebral disc displacement, lumbar region"),
         ("F41.1", "Generalized anxiety disorder"),
         ("K50.90", "Crohn's disease, unspecified, without complications"),
         ("F90.0", "Attention-deficit hyperactivity disorder, predominantly inattentive type"),
         ("C50.911", "Malignant neoplasm of unspecified site of right female breast"))
MEDS = (("860975", "metformin 500 MG Oral Tablet"), ("312940", "sertraline 50 MG Oral Tablet"),
        ("314076", "lisinopril 10 MG Oral Tablet"), ("1999563", "Biktarvy 50/200/25 MG"),
        ("197361", "amlodipine 5 MG Oral Tablet"), ("745679", "albuterol HFA inhaler"),
        ("1049630", "oxycodone 5 MG Oral Tablet"), ("966247", "levothyroxine 75 MCG"))
RACE_CODES = (("2106-3", "White"), ("2054-5", "Black or African American"), ("2028-9", "Asian"),
              ("1002-5", "American Indian or Alaska Native"),
              ("2076-8", "Native Hawaiian or Other Pacific Islander"))
ETHNICITY_CODES = (("2135-2", "Hispanic or Latino"), ("2186-5", "Not Hispanic or Latino"))
RELIGION_CODES = (("1041", "Roman Catholic Church"), ("1023", "Islam"), ("1020", "Hinduism"),
                  ("1059", "Buddhism"), ("1077", "Judaism"), ("1049", "Baptist"))
SO_CODES = (("38628009", "Homosexual"), ("20430005", "Heterosexual"), ("42035005", "Bisexual"))
LABS = (("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", 5.2, 9.8),
        ("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL", 70, 240),
        ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "mIU/L", 0.2, 9.5),
        ("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "mg/dL", 140, 290),
        ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", 9.5, 16.5))
GENE_VARIANTS = (("HGNC:1100", "BRCA1", "c.5266dupC"), ("HGNC:1101", "BRCA2", "c.5946delT"),
                 ("HGNC:1884", "CFTR", "c.1521_1523delCTT"), ("HGNC:4886", "HFE", "c.845G>A"),
                 ("HGNC:2625", "CYP2D6", "c.506-1G>A"))


def _fhir_patient(c: Ctx, p: Any, born: Any) -> dict[str, Any]:
    pat: dict[str, Any] = {"resourceType": "Patient", "id": c.hexs(12),
                           "identifier": [{"system": "urn:oid:1.2.36.146.595.217.0.1",
                                           "value": f"MRN{c.r.randint(100000, 999999)}"}],
                           "name": [{"use": "official", "family": p.last,
                                     "given": p.first.split(" ")}],
                           "gender": c.pick(("female", "male", "other", "unknown")),
                           "birthDate": c.dob("iso", born)}
    c.neg("fhir gender")
    if c.chance(0.5):
        pat["telecom"] = [{"system": "phone", "value": c.phone("en"), "use": "mobile"}]
        if c.chance(0.5):
            pat["telecom"].append({"system": "email", "value": c.email(p)})
    if c.chance(0.5):
        line, city, zipc, region = c.street_line("en")
        pat["address"] = [{"line": [line], "city": city, "postalCode": zipc, "state": region}]
    if c.chance(0.25):
        pat["identifier"].append({"system": "http://hl7.org/fhir/sid/us-ssn",
                                  "value": c.ssn(c.chance(0.5))})
    ext = []
    if c.chance(0.4):
        code, disp = c.pick(RACE_CODES)
        ext.append({"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-race",
                    "extension": [{"url": "ombCategory",
                                   "valueCoding": {"system": "urn:oid:2.16.840.1.113883.6.238",
                                                   "code": code, "display": disp}},
                                  {"url": "text", "valueString": disp}]})
        c.mark("racial_ethnic_origin", "us-core-race")
    if c.chance(0.25):
        code, disp = c.pick(ETHNICITY_CODES)
        ext.append({"url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-ethnicity",
                    "extension": [{"url": "ombCategory",
                                   "valueCoding": {"system": "urn:oid:2.16.840.1.113883.6.238",
                                                   "code": code, "display": disp}}]})
        c.mark("racial_ethnic_origin", "us-core-ethnicity")
    if c.chance(0.2):
        code, disp = c.pick(RELIGION_CODES)
        ext.append({"url": "http://hl7.org/fhir/StructureDefinition/patient-religion",
                    "valueCodeableConcept": {"coding": [{
                        "system": "http://terminology.hl7.org/CodeSystem/v3-ReligiousAffiliation",
                        "code": code, "display": disp}]}})
        c.mark("religious_belief", "patient-religion")
    if ext:
        pat["extension"] = ext
    return pat


def fhir_bundle(c: Ctx) -> Any:
    p = c.person(c.pick(("en", "en", "xx", "es")))
    born = c.birth()
    pat = _fhir_patient(c, p, born)
    ref = {"reference": f"Patient/{pat['id']}"}
    entries: list[dict[str, Any]] = [{"fullUrl": f"urn:uuid:{c.uuid()}", "resource": pat}]
    extra = c.r.sample(("condition", "med", "lab", "so", "genetic", "allergy", "coverage"),
                       c.r.randint(1, 3))
    for what in extra:
        res: dict[str, Any]
        if what == "condition":
            code, disp = c.pick(ICD10)
            res = {"resourceType": "Condition", "subject": ref,
                   "clinicalStatus": {"coding": [{"code": "active"}]},
                   "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm",
                                        "code": code, "display": disp}]},
                   "onsetDateTime": c.day(2015, 2024).isoformat()}
            c.mark("health", "icd-10 condition")
        elif what == "med":
            code, disp = c.pick(MEDS)
            res = {"resourceType": "MedicationStatement", "status": "active", "subject": ref,
                   "medicationCodeableConcept": {"coding": [{
                       "system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": code,
                       "display": disp}]},
                   "dosage": [{"text": c.pick(("1 tablet daily", "twice daily with food",
                                               "2 puffs as needed"))}]}
            c.mark("health", "medication statement")
        elif what == "lab":
            code, disp, unit, lo, hi = c.pick(LABS)
            res = {"resourceType": "Observation", "status": "final", "subject": ref,
                   "category": [{"coding": [{"code": "laboratory"}]}],
                   "code": {"coding": [{"system": "http://loinc.org", "code": code,
                                        "display": disp}]},
                   "valueQuantity": {"value": round(c.r.uniform(lo, hi), 1), "unit": unit},
                   "effectiveDateTime": c.ts()}
            c.mark("health", "lab observation")
        elif what == "so":
            code, disp = c.pick(SO_CODES)
            res = {"resourceType": "Observation", "status": "final", "subject": ref,
                   "code": {"coding": [{"system": "http://loinc.org", "code": "76690-7",
                                        "display": "Sexual orientation"}]},
                   "valueCodeableConcept": {"coding": [{"system": "http://snomed.info/sct",
                                                        "code": code, "display": disp}]}}
            c.mark("sex_life_orientation", "loinc 76690-7")
        elif what == "genetic":
            hgnc, gene, change = c.pick(GENE_VARIANTS)
            res = {"resourceType": "Observation", "status": "final", "subject": ref,
                   "code": {"coding": [{"system": "http://loinc.org", "code": "69548-6",
                                        "display": "Genetic variant assessment"}]},
                   "valueCodeableConcept": {"coding": [{"code": "LA9633-4",
                                                        "display": "Present"}]},
                   "component": [
                       {"code": {"coding": [{"code": "48018-6", "display": "Gene studied"}]},
                        "valueCodeableConcept": {"coding": [{"system":
                                                             "http://www.genenames.org",
                                                             "code": hgnc, "display": gene}]}},
                       {"code": {"coding": [{"code": "48004-6", "display": "DNA change"}]},
                        "valueCodeableConcept": {"text": change}},
                       {"code": {"coding": [{"code": "53034-5", "display": "Allelic state"}]},
                        "valueCodeableConcept": {"coding": [{"code": "LA6706-1",
                                                             "display": "Heterozygous"}]}}]}
            c.mark("genetic", "fhir variant observation")
        elif what == "allergy":
            res = {"resourceType": "AllergyIntolerance", "patient": ref,
                   "code": {"text": c.pick(("Penicillin", "Peanut", "Latex", "Sulfonamides"))},
                   "criticality": c.pick(("low", "high"))}
            c.mark("health", "allergy")
        else:
            res = {"resourceType": "Coverage", "status": "active", "beneficiary": ref,
                   "payor": [{"display": "Tidewater Insurance Co."}],
                   "class": [{"type": {"text": "plan"}, "value": "PPO-Silver-2025"}]}
            c.neg("coverage plan")
        res["id"] = c.hexs(10)
        entries.append({"fullUrl": f"urn:uuid:{c.uuid()}", "resource": res,
                        "request": {"method": "POST", "url": res["resourceType"]}})
    if c.chance(0.4):
        doc = c.person("en", tag="practitioner name")
        entries.append({"resource": {"resourceType": "Practitioner", "id": c.hexs(8),
                                     "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi",
                                                     "value": c.npi()}],
                                     "name": [{"prefix": ["Dr."], "family": doc.last,
                                               "given": [doc.first]}]}})
    return {"resourceType": "Bundle", "type": c.pick(("transaction", "collection")),
            "timestamp": c.ts(), "entry": entries}


HL7_RELIGION = (("CAT", "Roman Catholic"), ("MOS", "Muslim"), ("JEW", "Jewish"),
                ("BAP", "Baptist"), ("HIN", "Hindu"), ("LUT", "Lutheran"))


def hl7_message(c: Ctx) -> Any:
    """An HL7 v2 ADT/ORU message, raw or wrapped by an integration engine."""
    p = c.person(c.pick(("en", "xx", "es")))
    born = c.birth()
    name = f"{p.last.upper()}^{p.first.upper()}"
    race = ""
    if c.chance(0.45):
        code, disp = c.pick(RACE_CODES)
        race = f"{code}^{disp}^CDCREC"
        c.mark("racial_ethnic_origin", "pid-10 race")
    religion = ""
    if c.chance(0.35):
        code, disp = c.pick(HL7_RELIGION)
        religion = f"{code}^{disp}^HL70006"
        c.mark("religious_belief", "pid-17 religion")
    line, city, zipc, region = c.street_line("en")
    phone = c.phone("en", intl=False)
    ssn = c.ssn() if c.chance(0.4) else ""
    stamp = c.ts()[:19].replace("-", "").replace(":", "").replace("T", "")
    control = f"MSG{c.r.randint(10000, 99999)}"
    segs = [f"MSH|^~\\&|NORTHCLIN|FAC01|LABSYS|FAC01|{stamp}||ADT^A04|{control}|P|2.5.1",
            f"PID|1||{c.r.randint(100000, 999999)}^^^NC^MR||{name}||{fmt_date(born, 'hl7')}|"
            f"{c.pick('FMU')}||{race}|{line}^^{city}^{region}^{zipc}||{phone}|||"
            f"{c.pick('SMDW')}|{religion}||{ssn}"]
    c.mark("date_of_birth", "pid-7")
    if c.chance(0.7):
        code, disp = c.pick(ICD10)
        segs.append(f"DG1|1||{code}^{disp}^I10||{stamp[:8]}|A")
        c.mark("health", "dg1 diagnosis")
    if c.chance(0.4):
        code, disp, unit, lo, hi = c.pick(LABS)
        segs.append(f"OBX|1|NM|{code}^{disp}^LN||{round(c.r.uniform(lo, hi), 1)}|{unit}|||||F")
        c.mark("health", "obx lab")
    message = "\r".join(segs)
    if c.chance(0.4):
        return message
    return {"channel": "ADT_IN", "received": c.ts(), "message_control_id": c.hexs(10),
            "raw": message, "ack": "AA"}


INTAKE_KEYS = {
    "en": ("reason_for_visit", "current_medications", "allergies", "past_history"),
    "de": ("beschwerden", "medikamente", "allergien", "vorerkrankungen"),
    "fr": ("motif_consultation", "traitements_en_cours", "allergies", "antecedents"),
    "es": ("motivo_consulta", "medicacion_actual", "alergias", "antecedentes"),
}
ALLERGY_ANSWERS = {"en": ("NKDA", "Penicillin (hives)", "none known"),
                   "de": ("keine bekannt", "Penicillin", "Nüsse"),
                   "fr": ("aucune connue", "pénicilline", "arachide"),
                   "es": ("ninguna conocida", "penicilina", "frutos secos")}
MED_TEXT = {"en": ("sertraline 50mg daily", "metformin 1g twice a day", "none"),
            "de": ("Ramipril 5 mg morgens", "L-Thyroxin 75", "keine"),
            "fr": ("Levothyrox 50 µg", "Doliprane si besoin", "aucun"),
            "es": ("Enalapril 10 mg", "Omeprazol 20 mg en ayunas", "ninguna")}


def clinic_intake(c: Ctx) -> Any:
    lang = c.loc()
    p = c.person(lang)
    keys = INTAKE_KEYS[lang]
    k = c.k
    ans: dict[str, Any] = {}
    ans.update(name_block(c, p, lang))
    ans[k({"en": "dob", "de": "geburtsdatum", "fr": "date_de_naissance",
           "es": "fecha_nacimiento"}[lang])] = c.dob(c.pick(("iso", "eu" if lang != "de"
                                                             else "de")))
    ans.update(contact_block(c, p, lang, email=c.chance(0.6)))
    ans[k(keys[0])] = T.special(c, "health", lang)
    ans[k(keys[1])] = c.pick(MED_TEXT[lang])
    ans[k(keys[2])] = c.pick(ALLERGY_ANSWERS[lang])
    if c.chance(0.4):
        ans[k(keys[3])] = T.special(c, "health", lang)
    if c.chance(0.4):
        ec = c.person(lang, tag="emergency contact name")
        ans[k({"en": "emergency_contact", "de": "notfallkontakt", "fr": "personne_a_prevenir",
               "es": "contacto_emergencia"}[lang])] = {k("name"): ec.full,
                                                        k("phone"): c.phone(lang)}
    if c.chance(0.25):
        ans[k("insurance")] = {k("member_id"): f"{c.alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}"
                                               f"{c.r.randint(100000, 999999)}",
                               k("plan"): "Tidewater PPO"}
    c.mark("health", "intake form")
    return {"formId": c.pick(("new-patient-intake", "anamnese-v3", "questionnaire-preop",
                              "alta-paciente")),
            "submittedAt": c.ts(), "locale": lang, "answers": ans}


VISIT_REASONS = ("Follow-up: generalized anxiety disorder", "Medication review - ADHD",
                 "Post-partum check", "Wound check after appendectomy",
                 "Kontrolle Schilddrüse (Hashimoto)", "Suivi diabète de type 2",
                 "Revisión de psoriasis", "Refill request: sertraline",
                 "Erectile dysfunction consult", "PrEP follow-up and labs")


def telehealth_appointment(c: Ctx) -> Any:
    k = c.k
    p = c.person()
    doc = c.person(tag="clinician name")
    reason = c.pick(VISIT_REASONS)
    c.mark("health", "visit reason")
    body = {k("appointment_id"): c.obj_id("appt", 12), k("status"): "booked",
            k("start"): c.ts(), k("duration_min"): c.pick((15, 20, 30)),
            k("patient"): {**name_block(c, p, lang_of(p)), k("email"): c.email(p)},
            k("clinician"): f"Dr. {doc.first} {doc.last}",
            k("visit_reason"): reason,
            k("join_url"): f"https://visit.hollowoak-health.example/j/{c.alnum(10).lower()}"}
    if c.chance(0.3):
        body[k("patient")][k("dob")] = c.dob("us")
    return body


RX_ITEMS = ("Sertraline 50 mg film-coated tablets x28", "Metformin 500 mg x56",
            "Salbutamol 100 mcg inhaler", "Levothyroxine 50 mcg x28",
            "Truvada 200/245 mg x30", "Fluoxetine 20 mg capsules x30",
            "Insulin glargine 100 U/ml pen x5", "Methotrexate 2.5 mg x24")


def pharmacy_order(c: Ctx) -> Any:
    k = c.k
    p = c.person(c.pick(("en", "de", "es", "fr")))
    lang = lang_of(p)
    items = [{k("sku"): c.sku(), k("name"): c.pick(RX_ITEMS), k("qty"): 1,
              k("prescription_required"): True, k("rx_id"): c.ref("RX")}]
    c.mark("health", "prescription item")
    if c.chance(0.4):
        items.append({k("sku"): c.sku(), k("name"): c.pick(("Hand cream 75 ml", "SPF 50 lotion",
                                                            "Vitamin D3 1000 IU")),
                      k("qty"): c.r.randint(1, 3), k("prescription_required"): False})
    prescriber = c.person(tag="prescriber name")
    return {k("order_id"): c.ref("PH"), k("placed_at"): c.ts(),
            k("customer"): {**name_block(c, p, lang), **contact_block(c, p, lang)},
            k("shipping_address"): c.address(p.loc if p.loc != "xx" else "en",
                                             keys=lang),
            k("items"): items,
            k("prescriber"): {k("name"): f"Dr. {prescriber.full}",
                              k("practice"): "Hollow Oak Dental" if c.chance(0.1)
                              else "Brunnen-Praxis"},
            k("payment"): {k("method"): "card", k("brand"): "visa",
                           k("last4"): f"{c.r.randint(0, 9999):04d}"}}


def lab_result(c: Ctx) -> Any:
    k = c.k
    p = c.person()
    results = []
    for code, disp, unit, lo, hi in c.r.sample(LABS, c.r.randint(1, 3)):
        v = round(c.r.uniform(lo, hi), 1)
        results.append({k("loinc"): code, k("test"): disp, k("value"): v, k("unit"): unit,
                        k("flag"): c.pick(("N", "H", "L", ""))})
    if c.chance(0.3):
        results.append({k("loinc"): "75622-1", k("test"): "HIV 1+2 Ab+Ag screen",
                        k("value"): c.pick(("Non-reactive", "Reactive")), k("unit"): ""})
    c.mark("health", "lab results")
    phys = c.person(tag="ordering physician")
    return {k("accession"): f"LAB{c.r.randint(100000, 999999)}", k("collected"): c.ts(),
            k("patient"): {k("name"): p.full, k("dob"): c.dob(c.pick(("iso", "us"))),
                           k("sex"): c.pick("FM")},
            k("ordering_provider"): {k("name"): phys.full, k("npi"): c.npi()},
            k("results"): results}


def fitness_sync(c: Ctx) -> Any:
    k = c.k
    track = []
    city = c.pick(("Leeds", "Bielefeld", "Rennes", "Boise", "Regensburg", "Zaragoza"))
    for _ in range(c.r.randint(3, 6)):
        lat, lon = c.point(city)
        track.append({k("t"): c.ts(), k("lat"): lat, k("lon"): lon,
                      k("ele"): round(c.r.uniform(20, 400), 1)})
    body: dict[str, Any] = {k("user_id"): c.obj_id("u", 10), k("device"): c.pick((
        "Forerunner 265", "Charge 6", "Watch Series 9")), k("activity"): c.pick(("run", "ride")),
        k("track"): track}
    extra = c.pick(("ecg", "cgm", "cycle", "intimacy"))
    if extra == "ecg":
        body[k("ecg")] = {k("classification"): c.pick(("Atrial Fibrillation",
                                                       "Sinus rhythm with high heart rate")),
                          k("recorded_at"): c.ts()}
        c.mark("health", "ecg classification")
    elif extra == "cgm":
        body[k("glucose")] = {k("unit"): "mg/dL", k("readings"): [c.r.randint(70, 260)
                                                                 for _ in range(6)],
                              k("condition"): "type 1 diabetes"}
        c.mark("health", "cgm diabetes")
    elif extra == "cycle":
        body[k("cycle")] = {k("last_period_start"): c.day(2024, 2025).isoformat(),
                            k("pregnancy_test"): c.pick(("positive", "negative")),
                            k("symptoms"): c.pick((["cramps", "nausea"], ["migraine"]))}
        c.mark("health", "cycle/pregnancy")
    else:
        body[k("sexual_activity")] = [{k("date"): c.day(2024, 2025).isoformat(),
                                       k("protected"): c.chance(0.5)}
                                      for _ in range(c.r.randint(1, 3))]
        c.mark("sex_life_orientation", "sexual activity log")
    return body


def sexual_health_booking(c: Ctx) -> Any:
    k = c.k
    p = c.person(c.pick(("en", "de", "fr", "es")))
    q: dict[str, Any] = {k("partners_last_3_months"): c.r.randint(1, 6),
                         k("partner_gender"): c.pick(("men", "women", "men and women")),
                         k("condom_use"): c.pick(("always", "sometimes", "never"))}
    c.mark("sex_life_orientation", "sexual behaviour questionnaire")
    c.mark("health", "sti screening booking")
    if c.chance(0.5):
        q[k("on_prep")] = True
        c.mark("health", "prep medication")
    if c.chance(0.4):
        q[k("symptoms")] = c.pick(("discharge and burning", "none", "sore in mouth"))
        c.mark("health", "sti symptoms")
    return {k("booking_ref"): c.alnum(8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
            k("clinic"): "Brunswick Road Sexual Health", k("slot"): c.ts(),
            k("service"): "STI screening", k("patient"): {k("first_name"): p.first,
                                                           k("mobile"): c.phone(lang_of(p))},
            k("questionnaire"): q}


def mental_health_journal(c: Ctx) -> Any:
    k = c.k
    lang = c.loc()
    entries = [{k("at"): c.ts(), k("mood"): c.r.randint(1, 5),
                k("note"): T.special(c, "health", lang)} for _ in range(c.r.randint(1, 2))]
    if c.chance(0.4):
        entries.append({k("at"): c.ts(), k("mood"): 3, k("note"): T.neutral(c, lang)})
    body: dict[str, Any] = {k("member"): c.obj_id("mbr", 10), k("entries"): entries}
    if c.chance(0.5):
        body[k("phq9_total")] = c.r.randint(5, 24)
        body[k("gad7_total")] = c.r.randint(3, 20)
    if c.chance(0.4):
        th = c.person(lang, tag="therapist name")
        body[k("therapist")] = th.full
    return body


CLAIM_LINES = (("99214", "Office visit, established patient"), ("80053", "Comprehensive "
               "metabolic panel"), ("72148", "MRI lumbar spine w/o contrast"),
               ("90837", "Psychotherapy, 60 min"), ("59400", "Routine obstetric care"))


def insurance_claim(c: Ctx) -> Any:
    k = c.k
    kind = c.pick(("medical", "medical", "life", "auto", "travel"))
    p = c.person(c.pick(("en", "en", "de", "fr", "es")))
    lang = lang_of(p)
    member = {**name_block(c, p, lang), k("member_id"): f"TW{c.r.randint(100000, 999999)}",
              k("dob"): c.dob(c.pick(("iso", "us", "eu")))}
    body: dict[str, Any] = {k("claim_id"): c.ref("CLM"), k("type"): kind, k("member"): member,
                            k("submitted"): c.ts()}
    if kind == "medical":
        dx = c.r.sample(ICD10, c.r.randint(1, 2))
        body[k("diagnosis_codes")] = [d[0] for d in dx]
        body[k("lines")] = [{k("cpt"): cpt, k("description"): desc,
                             k("charge"): c.money(80, 2400)}
                            for cpt, desc in c.r.sample(CLAIM_LINES, c.r.randint(1, 2))]
        body[k("rendering_npi")] = c.npi()
        c.mark("health", "claim icd-10")
    elif kind == "life":
        qs = [("Have you ever been diagnosed with or treated for cancer, heart disease or "
               "stroke?", c.pick(("No", "Yes"))),
              ("Have you tested positive for HIV?", "No"),
              ("In the last 5 years, have you been convicted of driving under the influence?",
               c.pick(("No", "Yes, 2021")))]
        body[k("medical_questionnaire")] = [{k("q"): q, k("a"): a} for q, a in qs]
        body[k("sum_insured")] = c.pick((250000, 500000))
        c.mark("health", "medical questionnaire answers")
        c.mark("criminal_record", "dui conviction question")
        if c.chance(0.3):
            body[k("genetic_test_disclosure")] = c.pick(("BRCA1 pathogenic variant detected",
                                                         "APOE e3/e4"))
            c.mark("genetic", "genetic test disclosure")
    elif kind == "auto":
        body[k("incident")] = {k("date"): c.day().isoformat(),
                               k("police_report"): {k("citation"): c.pick((
                                   "DUI - CVC 23152(a)", "Driving under the influence, BAC 0.11",
                                   "Trunkenheit im Verkehr (§ 316 StGB)")),
                                   k("driver_arrested"): True}}
        body[k("vehicle")] = {k("vin_last6"): str(c.r.randint(100000, 999999)),
                              k("make"): c.pick(("Subaru", "Seat", "Peugeot", "VW"))}
        c.mark("criminal_record", "dui citation")
    else:
        body[k("trip")] = {k("destination"): c.pick(("Lisbon", "Tenerife", "Kraków")),
                           k("depart"): c.day(2024, 2025).isoformat()}
        body[k("pre_existing_conditions")] = T.special(c, "health", lang)
    return body
