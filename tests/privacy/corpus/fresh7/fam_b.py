# ruff: noqa: E501
"""Personal families, part B: politics, faith, unions, justice, travel, education, public sector,
logs, identity, access control, genomics, research, webhooks, APIs, analytics."""

from __future__ import annotations

import json
from typing import Any

from .ctx import C
from .fam_a import fam, rot


@fam(5)
def f_canvassing(c: C, i: int) -> Any:
    return {"walkList": c.idn("wl_"), "voter": {"name": c.name(), "address": c.addr("line")},
            "contact_result": "home", "support_level": c.k("political_opinion", c.pick([1, 2, 4, 5])),
            "support_scale": "1=strong support .. 5=strong oppose", "yard_sign": i % 2 == 0,
            "notes": c.txt("political_opinion") if i % 2 else "call back after 6pm"}


@fam(4)
def f_mitgliedsantrag_partei(c: C, i: int) -> Any:
    f, sn = c.first_last()
    c.k("political_opinion", None, "party_membership")
    return {"antrag": {"partei": c.pick(["SPD", "Die Linke", "FDP", "CDU"]), "vorname": f, "name": sn, "geburtsdatum": c.dob("de"),
            "email": c.email(f + " " + sn), "beitrag": {"iban": c.iban(), "monatlich": 12}}, "eingang": "online"}


@fam(4)
def f_fec_contribution(c: C, i: int) -> Any:
    return {"committee": c.pick(["Friends of Harmon for Senate", "Committee to Re-Elect Vasquez"]), "contributor_name": c.name(),
            "contributor_street_1": f"{c.r.randint(10, 990)} Oak Terrace", "contributor_city": "Dayton",
            "contributor_employer": "Self", "contribution_amount": c.k("political_opinion", 250), "memo": "online"} | c.k("postal_address", {})


@fam(4)
def f_petition_signature(c: C, i: int) -> Any:
    nm = c.name()
    d = {"petition": "Save the Westbrook Library", "signer": {"name": nm, "email": c.email(nm), "postcode": "LS6 2QT"},
         "public_comment": c.neg() if i % 2 else c.txt("political_opinion"), "opt_in_updates": True}
    return d


@fam(4)
def f_gemeindeverzeichnis(c: C, i: int) -> Any:
    f, sn = c.first_last()
    return {"gemeindeglied": {"vorname": f, "nachname": sn, "geburtsdatum": c.dob("de"), "anschrift": c.addr("de")},
            "konfession": c.k("religious_belief", c.pick(["ev.-luth.", "röm.-kath.", "ev.-ref."])), "taufdatum": "1989-05-14",
            "gemeinde": "Ev. Kirchengemeinde Am Mühlbach"}


@fam(4)
def f_zakat_donation(c: C, i: int) -> Any:
    nm = c.name()
    return {"donation_id": c.idn("don_"), "donor": {"name": nm, "email": c.email(nm)},
            "fund": c.k("religious_belief", c.pick(["Zakat al-Mal", "Zakat al-Fitr", "Tzedakah fund", "Kirchgeld"])),
            "amount": 150, "gift_aid": i % 2 == 0}


@fam(4)
def f_gift_aid_declaration(c: C, i: int) -> Any:
    return {"Charity": "Hillside Hedgehog Rescue", "Donor": {"Title": "Ms", "Name": c.name(), "HouseNumber": "12",
            "Address": c.addr("line"), "Postcode": "BS8 1TH"}, "TaxpayerConfirmed": True}


@fam(5)
def f_union_member_api(c: C, i: int) -> Any:
    nm = c.name()
    d: dict[str, Any] = {"member": {"name": nm, "email": c.email(nm), "employer": "Northgate Hospital Trust"},
                         "union_member": c.k("trade_union", i != 2), "branch": "North West"}
    if i % 2 == 0:
        d["dues"] = {"iban": c.iban(), "monthly": 14.2}
    if i == 3:
        d["role"] = c.k("trade_union", "shop steward")
    return d


@fam(4)
def f_prof_body_registration(c: C, i: int) -> Any:
    d: dict[str, Any] = {"registrant": {"name": c.name(), "regNumber": c.idn("RN", 6), "profession": "Registered Nurse"},
                         "declarations": {"goodCharacter": True}}
    if i % 2 == 0:
        d["declarations"]["criminalConvictions"] = c.k("criminal_record", c.pick(["none", "caution for shoplifting 2019"]))
    else:
        d["declarations"]["healthAffectingPractice"] = c.k("health", "no")
    return d


@fam(5)
def f_court_docket(c: C, i: int) -> Any:
    return {"caseNo": f"CR-2026-{c.idn('', 5).upper()}", "court": "Crown Court at Wexford",
            "defendant": {"name": c.name(), "dob": c.dob()}, "charges": c.k("criminal_record", [c.pick(["Theft (s.1 Theft Act 1968)", "Assault occasioning ABH", "Fraud by false representation"])]),
            "hearing": {"date": "2026-12-04", "type": "plea"}}


@fam(4)
def f_probation_note(c: C, i: int) -> Any:
    return {"caseRef": c.idn("PB"), "officer": c.name(), "note": c.txt("criminal_record") + ". " + (c.txt("health") if i % 2 else c.neg())}


@fam(4)
def f_prison_visit(c: C, i: int) -> Any:
    d: dict[str, Any] = {"booking": c.idn("vb_"), "visitor": {"name": c.name(), "phone": c.phone()},
                         "prisoner": {"number": c.idn("A", 6).upper(), "establishment": "HMP Harrowgate", "status": c.k("criminal_record", "sentenced")}}
    if i % 2 == 0:
        d["visitor"]["biometric"] = {"fingerprint_template": c.k("biometric", c.b64(96)), "format": "ISO/IEC 19794-2"}
    return d


@fam(4)
def f_polizei_vorgang(c: C, i: int) -> Any:
    f, sn = c.first_last()
    return {"vorgangsnummer": c.idn("VG", 8), "delikt": c.k("criminal_record", c.pick(["Ladendiebstahl", "Körperverletzung", "Sachbeschädigung"])),
            "beschuldigter": {"vorname": f, "nachname": sn, "geburtsdatum": c.dob("de")},
            "tatort": {"lat": (p := c.loc())[0], "lon": p[1]} if i % 2 else {"stadtteil": "Ehrenfeld"}}


@fam(5)
def f_visa_application(c: C, i: int) -> Any:
    f, sn = c.first_last()
    d: dict[str, Any] = {"applicant": {"surname": sn, "givenNames": f, "dateOfBirth": c.dob(), "nationality": "IND"},
                         "travelDocument": {"documentType": "passport", "documentNumber": c.passport()}}
    if i % 3 == 0:
        d["applicant"]["religion"] = c.k("religious_belief", c.pick(["Hindu", "Sikh", "Christian", "Muslim"]))
    if i % 3 == 1:
        d["biometrics"] = {"fingerprints": [{"finger": "R1", "wsq_template": c.k("biometric", c.b64(80))}]}
    if i % 3 == 2:
        d["questions"] = {"everArrested": c.k("criminal_record", "no")}
    return d


@fam(4)
def f_airline_pnr(c: C, i: int) -> Any:
    f, sn = c.first_last()
    d: dict[str, Any] = {"recordLocator": c.idn("", 6).upper(), "passengers": [{"firstName": f.upper(), "lastName": sn.upper(),
                         "apis": {"docType": "P", "passportNo": c.passport(), "dob": c.dob(), "gender": "F"}}],
                         "contact": {"phone": c.phone()}}
    if i % 2 == 0:
        d["passengers"][0]["ssr"] = [c.k("religious_belief", c.pick(["KSML", "MOML", "HNML"]))]
    else:
        d["passengers"][0]["ssr"] = ["VGML", "WCHR"]
        c.k("health", None, "ssr:WCHR")
    return d


@fam(4)
def f_egate_log(c: C, i: int) -> Any:
    return {"gate": c.idn("EG"), "ts": c.ts(), "doc": {"type": "passport", "number": c.passport(), "issuer": "ESP"},
            "face": {"template_v": "NEC-5", "template": c.k("biometric", c.b64(128)), "match": 0.9912}, "decision": "open"}


@fam(5)
def f_student_record(c: C, i: int) -> Any:
    f, sn = c.first_last()
    d: dict[str, Any] = {"upn": c.idn("S", 8).upper(), "forename": f, "surname": sn, "dob": c.dob(),
                         "guardian": {"name": c.name(), "mobile": c.phone()}}
    if i % 3 == 0:
        d["sen"] = c.k("health", c.pick(["dyslexia", "autism spectrum condition", "hearing impairment"]))
    if i % 3 == 1:
        d["ethnicity"] = c.k("racial_ethnic_origin", c.pick(["WBRI", "Pakistani", "Black Caribbean", "Gypsy/Roma"]))
    if i % 3 == 2:
        d["re_withdrawal_reason"] = c.txt("religious_belief")
    return d


@fam(4)
def f_solicitud_universidad(c: C, i: int) -> Any:
    return {"solicitante": {"nombre_completo": c.name(), "nie": c.natid("dni"), "correo": c.email()},
            "titulacion": "Grado en Enfermeria", "necesidades_especiales": c.txt("health") if i % 2 else "ninguna"}


@fam(4)
def f_canteen_palm(c: C, i: int) -> Any:
    return {"pupilRef": c.idn("p"), "balance": 12.4, "palmVein": c.k("biometric", {"alg": "PV-2", "tpl": c.b64(100)}),
            "dietary": c.k("religious_belief", "halal") if i % 2 == 0 else "vegetarian"}


@fam(5)
def f_zensus(c: C, i: int) -> Any:
    f, sn = c.first_last()
    d: dict[str, Any] = {"haushalt": c.idn("HH"), "person": {"vorname": f, "nachname": sn, "altersgruppe": "45-54"}}
    d["person"]["religion"] = c.k("religious_belief", c.pick(["islamisch", "orthodox", "keine Religionszugehörigkeit"])) if i % 2 == 0 else "Keine Angabe"
    if i % 2:
        d["person"]["ethnic_group"] = c.k("racial_ethnic_origin", c.pick(["Polish Roma", "Turkish Kurdish"]))
    return d


@fam(4)
def f_sozialamt_fall(c: C, i: int) -> Any:
    return {"aktenzeichen": c.idn("SGB-"), "antragsteller": c.name(), "wohnanschrift": c.addr("line"),
            "vermerk": c.txt(rot(i, 1))}


@fam(4)
def f_aide_logement(c: C, i: int) -> Any:
    f, sn = c.first_last()
    return {"dossier": c.idn("CAF"), "allocataire": {"prenom": f, "nom": sn, "nir": c.natid("nir")}, "logement": c.addr("fr"),
            "situation": c.pick(["celibataire", "en couple"]), "remarque": c.txt("health") if i == 1 else "pieces completes"}


@fam(5)
def f_nginx_access(c: C, i: int) -> Any:
    lines = []
    for j in range(3):
        q = ""
        if j == 1 and i % 2 == 0:
            q = "?api_key=" + c.secret(c.pick(["google", "stripe"]))
        lines.append(f'{c.ip()} - - [04/Nov/2026:10:1{j}:03 +0000] "GET /v2/items{q} HTTP/1.1" 200 512 "-" "okhttp/4.12.0"')
    return {"source": "nginx", "lines": lines}


@fam(4)
def f_app_error_log(c: C, i: int) -> Any:
    return {"level": "ERROR", "logger": "db.pool", "msg": "could not connect: " + c.secret("pgurl"),
            "service": "billing", "version": "3.14.2"}


@fam(4)
def f_mobile_telemetry(c: C, i: int) -> Any:
    pts = []
    for _ in range(3):
        lat, lon = c.loc()
        pts.append({"lat": lat, "lon": lon, "acc_m": 8})
    return {"device": c.idn("dev_"), "os": "Android 14", "app_ver": "5.2.0", "pings": pts}


@fam(4)
def f_scim_user(c: C, i: int) -> Any:
    f, sn = c.first_last()
    d: dict[str, Any] = {"schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"], "userName": c.email(f + " " + sn),
                         "name": {"givenName": f, "familyName": sn}, "phoneNumbers": [{"type": "work", "value": c.phone()}], "active": True}
    if i == 1:
        d["password"] = c.secret("password")
    return d


@fam(4)
def f_oidc_token_response(c: C, i: int) -> Any:
    return {"access_token": c.secret("jwt"), "token_type": "Bearer", "expires_in": 3600,
            "id_token_claims": {"email": c.email(), "email_verified": True, "name": c.name()}}


@fam(4)
def f_idp_face_enrol(c: C, i: int) -> Any:
    return {"userPrincipal": c.email(), "factor": "face", "embedding": c.k("biometric", c.embed(24)), "model": "arcface-r100"}


@fam(4)
def f_door_enrolment(c: C, i: int) -> Any:
    return {"controller": "DC-" + c.idn("", 4).upper(), "badge": c.idn("b", 6), "holder": c.name(),
            "credential": {"type": c.pick(["fingerprint", "iris"]),
                           "template": c.k("biometric", c.b64(90)), "quality": 78}}


@fam(4)
def f_time_clock_punch(c: C, i: int) -> Any:
    return {"terminal": "TC-Nord-2", "employee": c.name(), "punch": c.ts(), "verifiedBy": "fingerprint", "matchScore": 0.9871,
            "site": {"lat": 51.23, "lon": 6.78}}


@fam(5)
def f_dtc_dna_export(c: C, i: int) -> Any:
    rows = [[f"rs{c.r.randint(1000, 99999)}", str(c.r.randint(1, 22)), str(c.r.randint(10000, 99999)), c.pick(["AA", "AG", "CT", "GG"])] for _ in range(4)]
    c.k("genetic", None)
    d: dict[str, Any] = {"kit": c.idn("KIT"), "build": "GRCh37", "genotypes": rows}
    if i % 2 == 0:
        d["customer_email"] = c.email()
    if i == 3:
        d["health_reports"] = [c.k("health", {"condition": "Late-onset Alzheimer's", "result": "increased risk"})]
    return d


@fam(4)
def f_pgx_report(c: C, i: int) -> Any:
    return {"patient": c.name(), "gene": "CYP2D6", "diplotype": c.k("genetic", c.pick(["*4/*4", "*1/*2xN"])),
            "recommendation": c.k("health", c.pick(["avoid codeine", "reduce tramadol dose"])), "current_meds": ["codeine"]}


@fam(4)
def f_forensic_str(c: C, i: int) -> Any:
    d = {"sample": c.idn("LAB"), "loci": c.k("genetic", {"D3S1358": [15, 17], "vWA": [16, 18], "FGA": [21, 24]}),
         "case": c.idn("CASE")}
    if i % 2 == 0:
        d["subject"] = {"name": c.name(), "status": c.k("criminal_record", "arrestee")}
    return d


@fam(4)
def f_ecrf_visit(c: C, i: int) -> Any:
    return {"study": "NV-3317", "subject": c.idn("S-", 4), "visit": "W12", "adverse_events": c.k("health", [{"term": "nausea", "grade": 1}]),
            "conmeds": ["ondansetron"], "site_monitor_email": c.email()}


@fam(5)
def f_survey_demographics(c: C, i: int) -> Any:
    ans: dict[str, Any] = {"q_age_band": "35-44"}
    opts = [("q_ethnicity", "racial_ethnic_origin", ["White Irish", "Arab", "Black African"]),
            ("q_sexual_orientation", "sex_life_orientation", ["Gay or lesbian", "Bisexual"]),
            ("q_religion", "religious_belief", ["Muslim", "Jewish", "No religion"]),
            ("q_long_term_condition", "health", ["Yes - mental health condition", "No"]),
            ("q_voted_2024", "political_opinion", ["Conservative", "Reform UK"])]
    for j, (key, kind, vals) in enumerate(opts):
        ans[key] = c.k(kind, c.pick(vals)) if (i + j) % 3 == 0 else "Prefer not to say"
    if all(v in ("Prefer not to say", "35-44") for v in ans.values()):
        ans["q_ethnicity"] = c.k("racial_ethnic_origin", "Mixed - White and Asian")
    return {"response_id": c.idn("R_"), "answers": ans}


@fam(4)
def f_engagement_survey(c: C, i: int) -> Any:
    d = {"respondent": c.idn("r"), "dept": "Ops", "answers": {"q7_union": c.k("trade_union", c.pick(["Yes, member", "No, not a member"]))},
         "comment": c.txt(rot(i, 3)) if i % 2 else c.neg()}
    return d


@fam(4)
def f_github_actions_env(c: C, i: int) -> Any:
    return {"workflow": "deploy.yml", "run_id": c.idn("run"), "env": {"AWS_ACCESS_KEY_ID": c.secret("aws"), "AWS_REGION": "eu-central-1",
            "NPM_TOKEN": c.secret("npm") if i % 2 else "${{ secrets.NPM_TOKEN }}"}}


@fam(4)
def f_k8s_secret(c: C, i: int) -> Any:
    import base64
    pw = c.secret("password")
    return {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "db-creds"}, "type": "Opaque",
            "data": {"username": base64.b64encode(b"svc_app").decode(), "password": base64.b64encode(pw.encode()).decode()}}


@fam(4)
def f_slack_event(c: C, i: int) -> Any:
    t = c.txt(rot(i, 4)) if i % 2 else "here's the bot token, pls rotate later " + c.secret("slack")
    return {"type": "event_callback", "event": {"type": "message", "channel": "C" + c.idn("", 8).upper(), "user": "U" + c.idn("", 8).upper(), "text": t}}


@fam(4)
def f_graphql_mutation(c: C, i: int) -> Any:
    return {"operationName": "UpdatePatient", "query": "mutation UpdatePatient($in: PatientInput!) { updatePatient(input: $in) { id } }",
            "variables": {"in": {"fullName": c.name(), "phone": c.phone(), "allergies": c.k("health", [c.pick(["latex", "penicillin", "sulfa drugs"])])}}}


@fam(4)
def f_jsonapi_member(c: C, i: int) -> Any:
    f, sn = c.first_last()
    attrs: dict[str, Any] = {"first-name": f, "last-name": sn, "birth-date": c.dob(), "home-address": c.addr("line")}
    if i % 2:
        attrs["faith-community"] = c.k("religious_belief", c.pick(["Sikh Gurdwara Leeds", "Mennonite", "Baha'i"]))
    return {"data": {"type": "members", "id": c.idn(), "attributes": attrs}}


@fam(4)
def f_segment_track(c: C, i: int) -> Any:
    return {"type": "track", "event": "Checkout Completed", "anonymousId": c.idn("anon-", 16),
            "context": {"ip": c.ip(), "userAgent": "Mozilla/5.0"}, "traits": {"email": c.email()},
            "properties": {"revenue": 42.5, "currency": "EUR"}}


@fam(4)
def f_analytics_batch_stringified(c: C, i: int) -> Any:
    inner = {"distinct_id": c.email(), "$geo": {"lat": (p := c.loc())[0], "lon": p[1]}} if i % 2 else {"distinct_id": c.idn("d"), "ip": c.ip()}
    return {"batch": [{"event": "app_open", "properties": json.dumps(inner)}]}


@fam(4)
def f_ride_trip(c: C, i: int) -> Any:
    a, b = c.loc(), c.loc()
    return {"trip": c.idn("trp_"), "pickup": f"{a[0]},{a[1]}", "dropoff": f"{b[0]},{b[1]}", "driver": {"name": c.name(), "phone": c.phone()}}


@fam(4)
def f_tenant_screening(c: C, i: int) -> Any:
    d: dict[str, Any] = {"applicant": {"name": c.name(), "ssn": c.natid("ssn"), "current_address": c.addr("line")},
                         "credit_score": 702, "eviction_records": 0}
    if i % 2:
        d["criminal_check"] = c.k("criminal_record", {"result": "no records", "scope": "national"})
    return d


@fam(4)
def f_blood_donation(c: C, i: int) -> Any:
    return {"donor": {"name": c.name(), "dob": c.dob()}, "questionnaire": {"recent_tattoo": False,
            "hemoglobin": c.k("health", 13.2), "new_sexual_partner_3m": c.k("sex_life_orientation", i % 2 == 0)}}


@fam(4)
def f_vaccination_cert(c: C, i: int) -> Any:
    gn, fn = c.first_last()
    return {"holder": {"nam": {"fn": fn, "gn": gn}, "dob": c.dob()}, "v": [c.k("health", {"tg": "840539006", "mp": "EU/1/20/1528", "dn": 3})]}


@fam(4)
def f_emergency_contact(c: C, i: int) -> Any:
    return {"employee_id": c.idn("e"), "emergencyContacts": [{"name": c.name(), "relation": "sister", "phone": c.phone()}],
            "medicalNotes": c.txt("health") if i % 2 == 0 else ""}


@fam(4)
def f_bank_statement_line(c: C, i: int) -> Any:
    rows = [{"buchungstag": "2026-11-02", "betrag": -12.0, "empfaenger": c.pick(["ver.di Bundesverwaltung", "IG Metall Vorstand"]),
             "vwz": "Mitgliedsbeitrag"}]
    c.k("trade_union", None)
    if i % 2:
        rows.append({"buchungstag": "2026-11-03", "betrag": -20.0, "empfaenger": "Erzbistum Köln", "vwz": "Kirchgeld"})
        c.k("religious_belief", None)
    return {"konto": c.iban(), "inhaber": c.name(), "umsaetze": rows}


@fam(4)
def f_hotline_transcript(c: C, i: int) -> Any:
    return {"call": c.idn("call"), "caller": c.phone(), "transcript": [
        {"spk": "agent", "utt": "bonjour, service client, je vous ecoute"},
        {"spk": "caller", "utt": "oui bonjour, " + c.txt(rot(i, 7))}]}


@fam(4)
def f_webhook_signing(c: C, i: int) -> Any:
    return {"endpoint": "https://hooks.example.com/in", "signing_secret": c.secret("whsec"), "events": ["invoice.paid"],
            "owner_email": c.email()}
