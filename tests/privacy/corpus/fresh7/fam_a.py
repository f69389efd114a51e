# ruff: noqa: E501
"""Personal families, part A: HR, health, insurance, finance, retail, helpdesk, social."""

from __future__ import annotations

from typing import Any

from . import gen
from .ctx import C

FAMILIES: list[tuple[str, int, Any]] = []
ROT = ["health", "racial_ethnic_origin", "political_opinion", "religious_belief", "trade_union",
       "sex_life_orientation", "criminal_record", "genetic"]


def fam(n: int) -> Any:
    def deco(fn: Any) -> Any:
        FAMILIES.append((fn.__name__[2:], n, fn))
        return fn
    return deco


def rot(i: int, off: int = 0) -> str:
    return ROT[(i + off) % len(ROT)]


@fam(5)
def f_hr_stammdaten(c: C, i: int) -> Any:
    f, sn = c.first_last()
    d: dict[str, Any] = {"personalnummer": c.idn("PN-", 6), "vorname": f, "nachname": sn,
                         "geburtsdatum": c.dob("de"), "anschrift": c.addr("de"),
                         "steuerliche_merkmale": {"steuer_id": c.natid("stid"), "steuerklasse": 1}}
    if i % 2 == 0:
        d["steuerliche_merkmale"]["kirchensteuermerkmal"] = c.k("religious_belief", c.pick(["rk", "ev", "ak"]))
    else:
        d["steuerliche_merkmale"]["kirchensteuermerkmal"] = "--"
    if i % 3 == 0:
        d["bankverbindung"] = {"iban": c.iban(), "bic": "GENODEF1XYZ"}
    if i in (1, 4):
        d["gewerkschaft"] = c.k("trade_union", c.pick(["IG BCE", "ver.di", "NGG"]))
    return d


@fam(5)
def f_ats_candidate(c: C, i: int) -> Any:
    nm = c.name()
    d: dict[str, Any] = {"candidateId": c.idn("cand_"), "fullName": nm, "contact": {"email": c.email(nm)},
                         "appliedFor": "Senior Data Engineer", "stage": "phone_screen"}
    eeo: dict[str, Any] = {"gender": c.pick(["female", "male", "non-binary"])}
    if i % 5 in (0, 2):
        eeo["raceEthnicity"] = c.k("racial_ethnic_origin", c.pick(["Asian", "Black or African American", "Two or More Races", "Hispanic or Latino"]))
    else:
        eeo["raceEthnicity"] = "Prefer not to say"
    if i % 5 in (1, 3):
        eeo["disabilityStatus"] = c.k("health", c.pick(["No, I do not have a disability", "Yes, I have a disability (or previously had one)"]))
    else:
        eeo["disabilityStatus"] = "I do not wish to answer"
    eeo["veteranStatus"] = "not a protected veteran"
    d["eeoSurvey"] = eeo
    if i == 4:
        d["contact"]["phone"] = c.phone()
    return d


@fam(5)
def f_bg_screening_report(c: C, i: int) -> Any:
    nm = c.name()
    searches = [{"type": "employment_verification", "status": "complete", "result": "verified"},
                {"type": "education_verification", "status": "complete", "result": "verified"}]
    if i != 2:
        res = c.pick(["clear", "consider", "no records found"]) if i % 2 else "consider"
        searches.append(c.k("criminal_record", {"type": "county_criminal_search", "jurisdiction": "Cook County, IL",
                                                 "result": res, "records": [] if res != "consider" else [{"charge": "Possession of controlled substance", "disposition": "guilty", "year": 2016}]}))
    d = {"report_id": c.idn("rpt_"), "package": "standard_plus", "candidate": {"name": nm, "dob": c.dob("us"),
         "ssn": c.natid("ssn")}, "searches": searches, "adjudication": "pending"}
    return d


@fam(4)
def f_payroll_deductions(c: C, i: int) -> Any:
    lines = [{"Code": "FED_TAX", "Amount": 412.10}, {"Code": "MEDICAL_PLAN_PREMIUM", "Amount": 88.00}]
    if i != 3:
        lines.append(c.k("trade_union", {"Code": c.pick(["UNION_DUES", "AFSCME_DUES", "TEAMSTERS_LOCAL_DUES"]), "Amount": 31.5}))
    d: dict[str, Any] = {"PayPeriod": "2026-10", "EmployeeName": c.name(), "EmployeeID": c.idn("E", 6), "Deductions": lines,
                         "NetPay": 2875.44}
    if i % 2 == 0:
        d["DirectDeposit"] = {"RoutingNumber": c.k("bank_account", "021000021"), "AccountNumber": str(c.r.randint(10**9, 10**10 - 1))}
    return d


@fam(4)
def f_betriebsratswahl(c: C, i: int) -> Any:
    cands = []
    for j in range(2):
        f, sn = c.first_last()
        e: dict[str, Any] = {"listenplatz": j + 1, "vorname": f, "nachname": sn, "abteilung": c.pick(["Logistik", "Montage", "IT"])}
        if (i + j) % 2 == 0:
            e["gewerkschaftszugehoerigkeit"] = c.k("trade_union", c.pick(["IG Metall", "ver.di"]))
        cands.append(e)
    return {"wahl": "Betriebsratswahl 2026", "liste": c.pick(["Liste 1", "Liste Zukunft"]), "kandidaten": cands}


@fam(4)
def f_arret_maladie(c: C, i: int) -> Any:
    f, sn = c.first_last()
    d = {"salarie": {"prenom": f, "nom": sn, "matricule": c.idn("M", 6)}, "type_absence": "arret_maladie",
         "du": "2026-11-03", "au": "2026-11-14", "commentaire_rh": c.txt("health") if i != 2 else "justificatif recu, RAS"}
    if i == 2:
        d["motif"] = c.k("health", "lombalgie aigue")
    if i == 3:
        d["salarie"]["nir"] = c.natid("nir")
    return d


@fam(4)
def f_recruiting_chat(c: C, i: int) -> Any:
    msgs = [{"de": "bot", "texto": "Hola! Gracias por tu interes en el puesto de reponedor."},
            {"de": "candidato", "texto": c.pick(["hola, puedo trabajar fines de semana", "buenas, tengo experiencia en almacen"])}]
    if i % 2 == 0:
        msgs.append({"de": "candidato", "texto": "mi cel es " + c.phone()})
    if i in (1, 3):
        msgs.append({"de": "candidato", "texto": c.txt(rot(i, 6))})
    return {"conversacion_id": c.idn("conv_"), "canal": "whatsapp", "mensajes": msgs}


@fam(5)
def f_fhir_condition(c: C, i: int) -> Any:
    f, sn = c.first_last()
    code = c.pick([("E11.9", "Type 2 diabetes mellitus without complications"), ("F41.1", "Generalized anxiety disorder"),
                   ("J45.909", "Unspecified asthma"), ("B20", "HIV disease"), ("I10", "Essential hypertension")])
    pat = {"resourceType": "Patient", "id": c.idn("pat-"), "name": [{"family": sn, "given": [f]}], "gender": "female",
           "birthDate": c.dob()}
    if i % 2:
        line, pc, city, _ = gen.address(c.r)
        pat["address"] = [c.k("postal_address", {"line": [line], "postalCode": pc, "city": city})]
    cond = c.k("health", {"resourceType": "Condition", "subject": {"reference": f"Patient/{pat['id']}"},
                          "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10", "code": code[0], "display": code[1]}]},
                          "clinicalStatus": {"coding": [{"code": "active"}]}})
    return {"resourceType": "Bundle", "type": "transaction", "entry": [{"resource": pat}, {"resource": cond}]}


@fam(4)
def f_gp_booking(c: C, i: int) -> Any:
    nm = c.name()
    return {"practice": "Riverside Medical Centre", "slot": c.ts(), "patient_name": nm, "mobile": c.phone(),
            "reason_for_appointment": c.txt("health"), "sms_reminder": True, "nhs_number_last3": "x12"}


@fam(4)
def f_pharmacy_order(c: C, i: int) -> Any:
    d: dict[str, Any] = {"orderRef": c.idn("RX-"), "patient": {"name": c.name(), "deliveryAddress": c.addr("camel")},
                         "items": [c.k("health", {"drug": c.pick(["Sertraline 50mg", "Levothyroxine 75mcg", "Truvada 200/245mg", "Metformin 500mg"]), "qty": 28, "repeat": True})]}
    if i % 2 == 0:
        d["payment"] = {"cardNumber": c.card(), "exp": "09/28"}
    else:
        d["payment"] = {"method": "card", "last4": "4417", "token": "pm_" + c.idn("", 16)}
    return d


@fam(4)
def f_telehealth_session(c: C, i: int) -> Any:
    return {"session": c.idn("ths_"), "clinician": "Dr. " + c.name(), "client_ip": c.ip(), "duration_min": 25,
            "soap": {"subjective": c.txt("health"), "plan": c.pick(["f/u 2 wks", "refer to CMHT", "continue meds"])}}


@fam(4)
def f_mood_journal(c: C, i: int) -> Any:
    entries = [{"date": "2026-11-0" + str(j + 1), "mood": c.r.randint(1, 5), "note": c.neg() if j else ""} for j in range(2)]
    entries[0]["note"] = c.txt("health") if i % 2 == 0 else c.txt("sex_life_orientation")
    if i % 2:
        for e in entries:
            e.pop("mood")
    return {"userId": c.idn("u_"), "app": "daybook", "entries": entries}


@fam(4)
def f_krankenhaus_aufnahme(c: C, i: int) -> Any:
    f, sn = c.first_last()
    d = {"fallnummer": c.idn("F", 8), "patient": {"vorname": f, "nachname": sn, "geb_datum": c.dob("de")},
         "aufnahmediagnose": c.k("health", c.pick(["S72.0 Schenkelhalsfraktur", "I21.9 Akuter Myokardinfarkt", "K35.8 Appendizitis"])),
         "station": "3B"}
    if i % 2 == 0:
        d["seelsorge"] = {"konfession": c.k("religious_belief", c.pick(["römisch-katholisch", "evangelisch", "muslimisch"])), "besuch_gewuenscht": True}
    if i == 3:
        d["angehoerige"] = {"name": c.name(), "telefon": c.phone()}
    return d


@fam(4)
def f_lab_results(c: C, i: int) -> Any:
    return {"accession": c.idn("ACC"), "patientRef": c.idn("mrn_"), "panel": "CMP",
            "results": c.k("health", [{"analyte": "Glucose", "value": 182, "unit": "mg/dL", "flag": "H"},
                                      {"analyte": "Creatinine", "value": 1.4, "unit": "mg/dL", "flag": "H"}]),
            "orderingProvider": c.name()}


@fam(4)
def f_sexual_health_clinic(c: C, i: int) -> Any:
    d = {"visit": c.idn("v_"), "tests": c.k("health", {"chlamydia": "negative", "hiv_4thgen": "negative", "syphilis": "pending"}),
         "risk_assessment": c.k("sex_life_orientation", c.pick([{"partners_3mo": 4, "msm": True}, {"partners_3mo": 1, "condom_use": "sometimes"}])),
         "contact_pref": "sms"}
    if i % 2 == 0:
        d["mobile"] = c.phone()
    return d


@fam(4)
def f_sinistre_assurance(c: C, i: int) -> Any:
    f, sn = c.first_last()
    d: dict[str, Any] = {"numeroSinistre": c.idn("SIN-"), "assure": {"prenom": f, "nom": sn, **c.addr("fr")},
                         "rib": {"iban": c.iban()}, "description": "degat des eaux cuisine"}
    if i % 2:
        d["description"] = "accident de ski, " + c.txt("health")
    return d


@fam(4)
def f_life_application(c: C, i: int) -> Any:
    d: dict[str, Any] = {"applicant": {"name": c.name(), "dateOfBirth": c.dob(), "smoker": False},
                         "medicalQuestions": [{"q": "Have you ever been diagnosed with cancer?", "a": c.k("health", "No")},
                                              {"q": "Current medications", "a": c.k("health", c.pick(["atorvastatin", "none", "lisinopril 10mg"]))}]}
    if i % 2 == 0:
        d["medicalQuestions"].append({"q": "Genetic test results disclosed", "a": c.txt("genetic")})
    return d


@fam(5)
def f_kyc_onboarding(c: C, i: int) -> Any:
    nm = c.name()
    d: dict[str, Any] = {"applicant_id": c.idn("app_"), "full_name": nm, "dob": c.dob(), "nationality": c.pick(["DE", "FR", "ES", "GB"]),
                         "pep": False, "sanctions_hit": False,
                         "document": {"type": "passport", "number": c.passport(), "expiry": "2031-04-30", "issuing_country": "DEU"}}
    if i % 2 == 0:
        d["liveness"] = {"result": "pass", "score": 0.9731, "face_template": c.k("biometric", c.b64(120))}
    else:
        d["liveness"] = {"result": "pass", "score": 0.9412}
    if i == 3:
        d["residential_address"] = c.addr("line")
    return d


@fam(4)
def f_sepa_lastschrift(c: C, i: int) -> Any:
    return {"mandatsreferenz": c.idn("MR", 8), "kontoinhaber": c.name(), "iban": c.iban(), "glaeubiger_id": "DE98ZZZ09999999999",
            "betrag": "49.90", "verwendungszweck": c.pick(["Mitgliedsbeitrag Sportverein", "Stromabschlag Nov"])}


@fam(4)
def f_card_decline_webhook(c: C, i: int) -> Any:
    d: dict[str, Any] = {"type": "charge.failed", "data": {"object": {"id": "ch_" + c.idn("", 20), "amount": 1299, "currency": "eur",
                         "failure_code": "card_declined", "billing_details": {"email": c.email()}}}}
    if i % 2 == 0:
        d["data"]["object"]["metadata"] = {"debug_pan": c.card()}
    else:
        d["data"]["object"]["payment_method_details"] = {"card": {"last4": "0341", "brand": "visa", "fingerprint": c.idn("", 16)}}
    return d


@fam(4)
def f_ach_payout(c: C, i: int) -> Any:
    return {"payout_id": c.idn("po_"), "beneficiary": {"name": c.name(), "bank": {"routing_number": c.k("bank_account", c.pick(["011000015", "026009593", "122105155"])),
            "account_number": str(c.r.randint(10**8, 10**9)), "account_type": "checking"}}, "amount_cents": 125000}


@fam(4)
def f_voice_auth_enrolment(c: C, i: int) -> Any:
    return {"customerRef": c.idn("cr_"), "channel": "ivr", "voiceprint": c.k("biometric", {"format": "ivec-v3", "data": c.b64(160)}),
            "enrolledAt": c.ts(), "callerId": c.phone()}


@fam(4)
def f_solicitud_prestamo(c: C, i: int) -> Any:
    d = {"solicitante": {"nombre": c.name(), "dni_nie": c.natid("dni"), "fecha_nacimiento": c.dob("fr"), "domicilio": c.addr("es")},
         "importe": 12000, "plazo_meses": 48, "ingresos_netos": 1850}
    if i == 1:
        d["observaciones"] = c.txt("health")
    return d


@fam(4)
def f_order_checkout(c: C, i: int) -> Any:
    nm = c.name()
    d: dict[str, Any] = {"order": {"id": c.idn("ord_"), "lines": [{"sku": "TSH-" + c.idn("", 4).upper(), "qty": 2}],
                         "shipTo": {"name": nm, **c.addr("camel")}, "email": c.email(nm)}}
    if i == 2:
        d["order"]["giftMessage"] = "pay with this one pls " + c.card()
    return d


@fam(4)
def f_hubspot_contact(c: C, i: int) -> Any:
    f, sn = c.first_last()
    p = {"firstname": f, "lastname": sn, "email": c.email(f + " " + sn), "hs_lead_status": "OPEN", "lifecyclestage": "lead"}
    if i % 2:
        p["phone"] = c.phone()
    if i == 2:
        p["notes_last_contacted"] = c.txt("political_opinion")
    return {"properties": p}


@fam(4)
def f_marketing_segment(c: C, i: int) -> Any:
    d = {"profile_id": c.idn("mp_"), "email": c.email(), "segments": ["newsletter", "black_friday"],
         "self_reported": {"orientation": c.k("sex_life_orientation", c.pick(["gay", "bisexual", "lesbian", "queer"]))} if i != 3 else {"orientation": "prefer not to say"}}
    return d


@fam(4)
def f_fidelite_client(c: C, i: int) -> Any:
    f, sn = c.first_last()
    return {"carteFidelite": c.idn("CF"), "client": {"prenom": f, "nom": sn, "dateNaissance": c.dob("fr"), "telephone": c.phone()},
            "points": 1240, "magasinPrefere": "Lyon Part-Dieu"}


@fam(5)
def f_zendesk_ticket(c: C, i: int) -> Any:
    nm = c.name()
    d = {"ticket": {"id": c.r.randint(1000, 99999), "subject": c.pick(["Problem mit Bestellung", "Account locked", "question facture"]),
         "requester": {"name": nm, "email": c.email(nm)},
         "comments": [{"author_id": c.r.randint(100, 999), "body": c.neg()}, {"author_id": 0, "body": c.txt(rot(i))}]}}
    return d


@fam(4)
def f_chat_soporte(c: C, i: int) -> Any:
    return {"sesion": c.idn("s_"), "mensajes": [{"autor": "agente", "txt": "en que te puedo ayudar?"},
            {"autor": "cliente", "txt": "hola me llamo " + c.name() + " y no me llega el pedido"},
            {"autor": "cliente", "txt": c.pick(["mi direccion es ", "vivo en "]) + c.addr("line") if i % 2 else "mi correo es " + c.email()}]}


@fam(4)
def f_email_thread(c: C, i: int) -> Any:
    a, b = c.name(), c.name()
    return {"thread": [{"from": f"{a} <{c.email(a)}>", "to": [c.email(b)], "subject": "Re: Dienstplan",
                        "text": f"Hi {b.split()[0]},\n{c.txt(rot(i, 2))}\nGruß {a.split()[0]}"}]}


@fam(5)
def f_dating_profile(c: C, i: int) -> Any:
    d: dict[str, Any] = {"handle": c.idn("user"), "displayName": c.r.choice(["Mari", "Tobi", "Elo"]), "age": 31,
                         "about": c.neg(), "location": {"lat": 0.0, "lng": 0.0}}
    lat, lng = c.loc() if i % 2 == 0 else (round(c.r.uniform(40, 52), 2), round(c.r.uniform(-3, 13), 2))
    d["location"] = {"lat": lat, "lng": lng}
    if i % 5 in (0, 1, 3):
        d["orientation"] = c.k("sex_life_orientation", c.pick(["gay", "bi", "pansexual", "straight"]))
    if i % 5 in (2, 4):
        d["religion"] = c.k("religious_belief", c.pick(["Jewish", "Catholic", "Sikh"]))
    if i % 5 == 1:
        d["ethnicity"] = c.k("racial_ethnic_origin", c.pick(["South Asian", "Black", "Latina"]))
    return d


@fam(4)
def f_social_dm(c: C, i: int) -> Any:
    return {"conversation": c.idn("dm_"), "participants": [c.idn("@", 6), c.idn("@", 6)],
            "messages": [{"t": c.ts(), "text": c.txt(rot(i, 5))}, {"t": c.ts(), "text": "lol ok"}]}
