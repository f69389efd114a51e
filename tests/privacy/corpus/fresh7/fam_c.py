# ruff: noqa: E501
"""Personal families, part C: equality monitoring, ancestry and reproductive genetics, networks,
campaigns, union ballots, more biometric enrolment and card capture."""

from __future__ import annotations

from typing import Any

from .ctx import C
from .fam_a import fam


@fam(4)
def f_patient_registration_ethnic(c: C, i: int) -> Any:
    f, sn = c.first_last()
    return {"Patient": {"Forename": f, "Surname": sn, "DOB": c.dob("de").replace(".", "/"), "EthnicCategory": c.k("racial_ethnic_origin", c.pick(["A - British", "H - Indian", "N - African", "S - Any other ethnic group"])),
            "Interpreter": "Not required"}}


@fam(4)
def f_hris_eeo1_export(c: C, i: int) -> Any:
    rows = [{"emp": c.idn("E"), "job_cat": "Professionals", "race_eth": c.k("racial_ethnic_origin", c.pick(["White", "Asian", "Black", "Hispanic", "Native Hawaiian or Other Pacific Islander"])), "sex": "F"} for _ in range(2)]
    rows.append({"emp": c.idn("E"), "job_cat": "Technicians", "race_eth": "Declined", "sex": "M"})
    return {"report": "EEO-1 Component 1", "rows": rows, "preparedBy": c.email()}


@fam(4)
def f_hate_crime_report(c: C, i: int) -> Any:
    return {"referencia": c.idn("DEN-"), "victima": {"nombre": c.name(), "telefono": c.phone()},
            "relato": c.txt("racial_ethnic_origin") if i % 2 else "me insultaron en el metro por ser " + c.k("racial_ethnic_origin", c.pick(["gitano", "marroqui", "negro"]))}


@fam(4)
def f_equality_monitoring_tenant(c: C, i: int) -> Any:
    d: dict[str, Any] = {"tenancy": c.idn("T"), "household_lead": c.name(), "ethnic_origin": c.k("racial_ethnic_origin", c.pick(["Irish Traveller", "Bangladeshi", "White and Black Caribbean"])),
                         "first_language": "English"}
    if i % 2:
        d["sexual_orientation"] = c.k("sex_life_orientation", c.pick(["Gay man", "Bisexual", "Lesbian"]))
    return d


@fam(5)
def f_ancestry_results(c: C, i: int) -> Any:
    d: dict[str, Any] = {"kitId": c.idn("AX"), "ethnicityEstimate": c.k("racial_ethnic_origin", {"Irish": 0.48, "Nigerian": 0.31, "Iberian": 0.21}),
                         "haplogroup": c.k("genetic", c.pick(["R1b-M269", "H1c", "E1b1a"])), "matches": 312}
    if i % 2 == 0:
        d["owner"] = {"name": c.name(), "email": c.email()}
    return d


@fam(4)
def f_pgt_embryo(c: C, i: int) -> Any:
    return {"cycle": c.idn("IVF"), "patient": c.name(), "embryos": [{"id": "E1", "pgt_a": "euploid", "pgt_m": c.k("genetic", "SMN1 carrier")},
            {"id": "E2", "pgt_a": "trisomy 21"}], "indication": c.k("health", "recurrent miscarriage")}


@fam(4)
def f_biobank_sample(c: C, i: int) -> Any:
    return {"sampleId": c.idn("BB"), "donorPseudonym": c.idn("D"), "variants": c.k("genetic", [{"gene": "LDLR", "hgvs": "c.1775G>A", "zygosity": "het"}, {"gene": "APOB", "hgvs": "c.10580G>A", "zygosity": "het"}]),
            "consent": "broad"}


@fam(4)
def f_newborn_screening(c: C, i: int) -> Any:
    return {"baby": {"name": c.name(), "dob": c.dob()}, "mother": c.name(), "screen": c.k("health", {"cf_irt": "normal", "sickle": c.k("genetic", c.pick(["FS - carrier", "FA - carrier", "FAS"]))}, "screening_result")}


@fam(4)
def f_pride_network_signup(c: C, i: int) -> Any:
    nm = c.name()
    d: dict[str, Any] = {"erg": "Rainbow Network", "member": nm, "workEmail": c.email(nm), "pronouns": "she/her"}
    if i != 3:
        d["identity"] = c.k("sex_life_orientation", c.pick(["lesbian", "gay", "bi", "asexual"]))
    else:
        d["identity"] = "ally"
    return d


@fam(4)
def f_prep_clinic_intake(c: C, i: int) -> Any:
    return {"intake": c.idn("pr"), "client_dob": c.dob(), "hiv_status": c.k("health", "negative"),
            "partners_gender": c.k("sex_life_orientation", c.pick(["men", "men and women"])), "condomless_anal_sex_6m": True}


@fam(4)
def f_moderation_report(c: C, i: int) -> Any:
    return {"report": c.idn("mr"), "reportedUser": c.idn("@"), "reason": "harassment",
            "evidence": [{"msg": c.txt(c.pick(["sex_life_orientation", "racial_ethnic_origin"]))}]}


@fam(4)
def f_campaign_volunteer(c: C, i: int) -> Any:
    nm = c.name()
    return {"volunteer": {"name": nm, "email": c.email(nm), "mobile": c.phone()}, "campaign": c.pick(["Vasquez for Congress", "Team Harmon 2026"]),
            "roles": ["phonebank", "doorknock"], "supporter": c.k("political_opinion", True)}


@fam(4)
def f_voter_file_export(c: C, i: int) -> Any:
    rows = []
    for _ in range(2):
        rows.append({"voter_id": c.idn("V"), "name": c.name(), "res_address": c.addr("line"), "party": c.k("political_opinion", c.pick(["DEM", "REP", "LIB", "GRN"])),
                     "history": ["G2024", "P2024"]})
    return {"county": "Montgomery", "rows": rows}


@fam(4)
def f_sondage_intention_vote(c: C, i: int) -> Any:
    return {"repondant": c.idn("r"), "age": "35-49", "region": "Occitanie", "intention_vote": c.k("political_opinion", c.pick(["LFI", "Renaissance", "LR", "abstention"])),
            "commentaire": c.neg()}


@fam(4)
def f_strike_ballot(c: C, i: int) -> Any:
    return {"ballot": "2026 pay ballot", "member_no": c.idn("M"), "member_name": c.name(), "union": c.k("trade_union", c.pick(["RCN", "NEU", "UCU"])),
            "voted": True, "home_address": c.addr("line")}


@fam(4)
def f_cotisation_syndicale(c: C, i: int) -> Any:
    f, sn = c.first_last()
    return {"adherent": {"prenom": f, "nom": sn, "courriel": c.email(f + " " + sn)}, "syndicat": c.k("trade_union", c.pick(["CFDT", "FO", "SUD Rail"])),
            "cotisation": {"iban": c.iban(), "montant_mensuel": 15.8}}


@fam(4)
def f_grievance_hearing(c: C, i: int) -> Any:
    return {"case": c.idn("GR"), "employee": c.name(), "companion": {"name": c.name(), "role": c.k("trade_union", "union representative (GMB)")},
            "outcome": "upheld in part"}


@fam(4)
def f_political_levy(c: C, i: int) -> Any:
    return {"memberRef": c.idn("u"), "union": c.k("trade_union", "Unite"), "politicalFund": c.k("political_opinion", {"optedIn": True, "affiliatedParty": "Labour"})}


@fam(4)
def f_gym_access_finger(c: C, i: int) -> Any:
    return {"club": "Fitbox Süd", "memberName": c.name(), "fingerTemplate": c.k("biometric", c.b64(72)), "contractIban": c.iban() if i % 2 else None}


@fam(4)
def f_attendance_face_kiosk(c: C, i: int) -> Any:
    return {"kioskId": "K-" + c.idn("", 4).upper(), "employee": c.idn("e"), "faceVector": c.k("biometric", c.embed(16)), "ts": c.ts()}


@fam(4)
def f_iris_border_enrol(c: C, i: int) -> Any:
    return {"traveller": {"name": c.name(), "passportNo": c.passport()}, "irisCodes": c.k("biometric", {"left": c.b64(64), "right": c.b64(64)})}


@fam(4)
def f_hotel_folio(c: C, i: int) -> Any:
    return {"folio": c.idn("F"), "guest": c.name(), "guarantee": {"cardNumber": c.card(), "expiry": "11/27", "holder": "see guest"},
            "notes": "late checkout" if i % 2 else c.txt("religious_belief")}


@fam(4)
def f_callcentre_payment_note(c: C, i: int) -> Any:
    return {"interaction": c.idn("int"), "agent": c.idn("ag"), "wrapup": "cust read card over phone " + c.card() + " exp 0428, charge ok"}


@fam(4)
def f_race_results(c: C, i: int) -> Any:
    return {"event": "Stadtlauf 10k", "results": [{"pos": 1, "bib": 211, "name": c.name(), "time": "00:34:12"}, {"pos": 2, "bib": 87, "name": c.name(), "time": "00:35:40"}]}


@fam(3)
def f_vpn_auth_log(c: C, i: int) -> Any:
    return {"ts": c.ts(), "event": "auth.success", "user": c.email(), "src_ip": c.ip(), "assigned_ip": c.ip(), "client": "OpenVPN 2.6.8", "mfa": "totp"}


@fam(3)
def f_fleet_gps(c: C, i: int) -> Any:
    lat, lon = c.loc()
    return {"vehicle": "VAN-" + c.idn("", 4).upper(), "geometry": {"type": "Point", "coordinates": [lon, lat]}, "lat": lat, "lon": lon, "speed_kmh": 43, "ignition": True}


@fam(3)
def f_pos_terminal_dump(c: C, i: int) -> Any:
    return {"terminal": "TID-" + c.idn("", 6).upper(), "txn": c.idn("tx"), "amount": 18.4, "debug": "pan=" + c.card().replace(" ", "").replace("-", "") + " entry=chip rc=00",
            "merchant": "Kastanien-Markt Filiale Nord"}
