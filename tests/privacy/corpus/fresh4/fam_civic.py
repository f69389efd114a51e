"""Campaigns, charities, churches, unions, courts, screening, immigration, schools, surveys."""

from __future__ import annotations

from typing import Any

from . import phrases as T
from .common import contact_block, envelope, lang_of, name_block
from .gen import Ctx

# --- political campaigns -------------------------------------------------------------------

PARTY_REG = {"en": ("DEM", "REP", "LIB", "GRN", "UNA"), "de": ("SPD", "CDU", "Grüne", "Linke"),
             "fr": ("PS", "LR", "EELV", "RN"), "es": ("PSOE", "PP", "Sumar", "Vox")}
CANVASS_RESULT = ("contacted", "not_home", "refused", "moved", "contacted")


def canvass_record(c: Ctx) -> Any:
    """A door-knock synced from a campaign canvassing app."""
    k = c.k
    lang = c.pick(("en", "en", "de", "fr", "es"))
    p = c.person(lang)
    line, city, zipc, _ = c.street_line(lang)
    lat, lon = c.point(city)
    result = c.pick(CANVASS_RESULT)
    state = c.pick(("WA", "OH", "NC")) if lang == "en" else "V-"
    voter: dict[str, Any] = {k("voter_id"): f"{state}{c.r.randint(100000, 999999)}",
                             **name_block(c, p, lang), k("address"): f"{line}, {city} {zipc}",
                             k("door_location"): [lon, lat]}
    knock: dict[str, Any] = {k("result"): result, k("at"): c.ts(),
                             k("canvasser"): c.obj_id("vol", 6)}
    if result == "contacted":
        knock[k("support_score")] = c.r.randint(1, 5)
        c.mark("political_opinion", "support score")
        if c.chance(0.5):
            knock[k("notes")] = T.special(c, "political_opinion", lang)
        if c.chance(0.3):
            knock[k("issues")] = c.r.sample(["housing", "transit", "schools", "taxes"], 2)
    else:
        knock[k("notes")] = c.pick(("Left lit at door", "Dog, no answer", "Gated, skip"))
        c.neg("canvass without opinion")
    if c.chance(0.45):
        voter[k("party_registration")] = c.pick(PARTY_REG[lang])
        c.mark("political_opinion", "party registration")
    if c.chance(0.35):
        voter[k("vote_history")] = {"2020G": True, "2022G": c.chance(0.6), "2024P": False}
        c.mark("political_opinion", "vote history")
    if c.chance(0.3):
        voter[k("phone")] = c.phone(lang)
    return {k("turf"): f"T-{c.r.randint(10, 99)}", k("voter"): voter, k("knock"): knock}


COMMITTEES = {"en": ("Friends for a Greener Tacoma", "Dayton Forward PAC",
                     "Ohio Senate Victory Fund"),
              "fr": ("Association de financement - Liste Écologiste Rennes",),
              "de": ("SPD Ortsverein Kassel-Mitte", "Bündnis 90/Die Grünen KV Lübeck"),
              "es": ("Agrupación Socialista de Zaragoza",)}


def campaign_donation(c: Ctx) -> Any:
    k = c.k
    p = c.person("en" if c.chance(0.6) else c.pick(("de", "fr", "es")))
    lang = lang_of(p)
    c.mark("political_opinion", "political donation")
    body = {k("contribution_id"): c.obj_id("ctb", 12), k("committee"): c.pick(COMMITTEES[lang]),
            k("amount"): c.money(5, 2900), k("date"): c.day(2024, 2025).isoformat(),
            k("contributor"): {**name_block(c, p, lang), k("address"): c.address(
                p.loc if p.loc != "xx" else "en", keys=lang),
                k("employer"): c.pick(("Self-employed", "Kestrel Analytics GmbH", "Retired")),
                k("occupation"): c.pick(("Teacher", "Nurse", "Engineer", "Retired"))},
            k("recurring"): c.chance(0.3)}
    if c.chance(0.5):
        body[k("contributor")][k("email")] = c.email(p)
    if c.chance(0.3):
        body[k("payment")] = {k("card"): c.card()}
    return envelope(c, "contribution.created", body, "donations")


# --- charities and churches -----------------------------------------------------------------

FUNDS = (("Zakat al-Mal", "religious_belief"), ("Tzedakah - Purim appeal", "religious_belief"),
         ("Tithe (10%)", "religious_belief"), ("Kirchgeld", "religious_belief"),
         ("Sadaqah Jariyah - well project", "religious_belief"),
         ("Building fund - St. Brigid Parish", "religious_belief"),
         ("Diezmo mensual", "religious_belief"), ("Quête dominicale en ligne", "religious_belief"),
         ("Winter shelter appeal", None), ("Animal rescue general fund", None),
         ("Food bank - Christmas hampers", None), ("Lifeboat station refit", None))


def charity_donation(c: Ctx) -> Any:
    k = c.k
    p = c.person()
    lang = lang_of(p)
    fund, kind = c.pick(FUNDS)
    if kind:
        c.mark(kind, "religious donation")
    elif "Christmas" in fund:
        c.neg("christmas appeal (not religious practice)")
    donor: dict[str, Any] = {**name_block(c, p, lang), k("email"): c.email(p)}
    if c.chance(0.5):
        donor[k("address")] = c.address(p.loc if p.loc != "xx" else "en", keys=lang)
    body: dict[str, Any] = {k("donation_id"): c.uuid(), k("fund"): fund,
                            k("amount"): c.money(5, 500),
                            k("currency"): c.pick(("GBP", "EUR", "USD")),
                            k("donor"): donor, k("gift_aid"): c.chance(0.5)}
    if c.chance(0.4):
        body[k("payment")] = {k("iban"): c.iban(c.pick(("GB", "DE", "IE", "NL")))}
    elif c.chance(0.5):
        body[k("payment")] = {k("card_last4"): f"{c.r.randint(0, 9999):04d}",
                              k("token"): c.obj_id("pm", 24)}
        c.neg("card token and last4")
    if c.chance(0.2):
        body[k("dedication")] = T.neutral(c, lang)
    return body


CONGREGATIONS = {
    "de": (("St. Marien Kassel", "römisch-katholisch"),
           ("Ev.-luth. Kirchengemeinde Oldenburg-Eversten", "evangelisch-lutherisch"),
           ("Neuapostolische Gemeinde Bielefeld", "neuapostolisch")),
    "en": (("Grace Fellowship", "Methodist"), ("St. Brigid Parish", "Roman Catholic"),
           ("Hope Baptist Church", "Baptist")),
    "fr": (("Paroisse Saint-Joseph", "catholique"),
           ("Église protestante unie de Rennes", "protestante")),
    "es": (("Parroquia de San Lorenzo", "católica"),
           ("Iglesia Evangélica Bautista de Murcia", "bautista")),
}
PARISH_KEYS = {  # congregation, denomination, baptism, birth, address, groups, left, note
    "de": ("gemeinde", "konfession", "taufdatum", "geburtsdatum", "anschrift", "gruppen",
           "austritt", "austritt_vermerk"),
    "en": ("congregation", "denomination", "baptism_date", "birth_date", "address", "groups",
           "left_on", "notes"),
    "fr": ("paroisse", "confession", "date_bapteme", "date_naissance", "adresse", "groupes",
           "date_sortie", "remarque"),
    "es": ("parroquia", "confesion", "fecha_bautismo", "fecha_nacimiento", "direccion", "grupos",
           "fecha_baja", "observaciones"),
}
PARISH_GROUPS = {"de": ["Kirchenchor", "Besuchsdienst", "Jugendkreis", "Seniorenkreis"],
                 "en": ["choir", "youth", "Alpha course", "food bank rota"],
                 "fr": ["chorale", "catéchisme", "aumônerie"],
                 "es": ["catequesis", "coro", "Cáritas parroquial"]}
LEAVING = {"de": "Kirchenaustritt beim Standesamt erklärt", "en": "Transferred membership out",
           "fr": "Demande de radiation des registres", "es": "Solicitud de apostasía tramitada"}


def parish_registry(c: Ctx) -> Any:
    """A church-management system record (membership, sacraments, groups, leaving)."""
    k = c.k
    lang = c.pick(("de", "de", "en", "es", "fr"))
    keys = PARISH_KEYS[lang]
    p = c.person(lang)
    congregation, denomination = c.pick(CONGREGATIONS[lang])
    c.mark("religious_belief", "congregation membership")
    person: dict[str, Any] = {**name_block(c, p, lang),
                              k(keys[3]): c.dob("de" if lang == "de" else "iso"),
                              k(keys[1]): denomination,
                              k(keys[2]): c.day(1960, 2010).isoformat()}
    c.neg("baptism date")
    if c.chance(0.5):
        person[k(keys[4])] = c.address_text(lang, church=c.chance(0.4))
    body: dict[str, Any] = {k(keys[0]): congregation, k("person"): person,
                            k(keys[5]): c.r.sample(PARISH_GROUPS[lang], 2)}
    if c.chance(0.3):
        body[k(keys[6])] = c.day(2022, 2025).isoformat()
        body[k(keys[7])] = LEAVING[lang]
    if c.chance(0.3):
        body[k("contact")] = contact_block(c, p, lang)
    return body


# --- trade unions ----------------------------------------------------------------------------

UNIONS = ("UNISON", "Unite the Union", "SEIU Local 1021", "Teamsters Local 174", "ver.di",
          "IG Metall", "GEW", "CGT", "CFDT", "CCOO", "UGT", "NEU")
ROLES = ("member", "member", "member", "shop_steward", "branch_secretary", "health_and_safety_rep",
         "Vertrauensleute", "délégué syndical")


def union_member(c: Ctx) -> Any:
    k = c.k
    p = c.person()
    lang = lang_of(p)
    c.mark("trade_union", "union membership record")
    body: dict[str, Any] = {k("member_number"): f"M{c.r.randint(100000, 999999)}",
                            k("union"): c.pick(UNIONS), **name_block(c, p, lang),
                            k("role"): c.pick(ROLES), k("joined"): c.day(2000, 2024).isoformat(),
                            k("dues"): {k("rate"): c.pick(("1% of gross", "flat")),
                                        k("monthly"): c.money(8, 45),
                                        k("method"): c.pick(("payroll_checkoff", "direct_debit"))},
                            k("workplace"): c.pick(("Distribution Centre 4", "Klinikum Nord",
                                                    "Dépôt de Saint-Priest"))}
    if body[k("dues")][k("method")] == "direct_debit":
        body[k("dues")][k("iban")] = c.iban(c.pick(("GB", "DE", "FR", "ES")))
    if c.chance(0.6):
        body.update(contact_block(c, p, lang))
    if c.chance(0.3):
        body[k("home_address")] = c.address_text(p.loc if p.loc != "xx" else "en")
    if c.chance(0.25):
        body[k("strike_ballot")] = {k("eligible"): True, k("voted"): c.chance(0.7)}
    if c.chance(0.2):
        body[k("arrears")] = c.money(0, 90)
    return envelope(c, "member.updated", body, "unionhub")


# --- courts, probation, screening ----------------------------------------------------------

OFFENCES_BY_LANG = {
    "en": (("Theft (Theft Act 1968 s.1)", "12 month community order"),
           ("Possession with intent to supply, Class B", "2 years imprisonment suspended"),
           ("Burglary, second degree - PC 460(b)", "16 months state prison"),
           ("Assault causing bodily injury", "Probation 36 months"),
           ("Driving under the influence - VC 23152(a)", "Probation, DUI program")),
    "de": (("Diebstahl, § 242 StGB", "Geldstrafe 60 Tagessätze"),
           ("Vorsätzliche Körperverletzung, § 223 StGB", "Freiheitsstrafe 8 Monate auf Bewährung"),
           ("Trunkenheit im Verkehr, § 316 StGB", "Fahrverbot 3 Monate, Geldstrafe")),
    "fr": (("Vol aggravé (art. 311-4 CP)", "6 mois avec sursis"),
           ("Conduite sous l'empire d'un état alcoolique", "Suspension du permis, amende")),
    "es": (("Delito de lesiones (art. 147 CP)", "Multa de 4 meses"),
           ("Hurto (art. 234 CP)", "Trabajos en beneficio de la comunidad")),
}
OFFENCES = tuple(o for group in OFFENCES_BY_LANG.values() for o in group)
COURTS = {"en": ("Superior Court, Pierce County", "Crown Court at Leeds",
                 "Bristol Magistrates' Court"),
          "de": ("Amtsgericht Kassel", "Landgericht Regensburg"),
          "fr": ("Tribunal correctionnel de Rennes", "Tribunal judiciaire de Nancy"),
          "es": ("Juzgado de lo Penal n.º 3 de Zaragoza", "Audiencia Provincial de Murcia")}


def court_case(c: Ctx) -> Any:
    k = c.k
    lang = c.pick(("en", "en", "de", "fr", "es"))
    p = c.person(lang)
    c.mark("criminal_record", "criminal case")
    offence, sentence = c.pick(OFFENCES_BY_LANG[lang])
    body: dict[str, Any] = {k("case_number"): f"{c.r.randint(2018, 2025)}-CR-"
                                              f"{c.r.randint(1000, 99999):05d}",
                            k("court"): c.pick(COURTS[lang]),
                            k("defendant"): {**name_block(c, p, lang),
                                             k("dob"): c.dob({"en": c.pick(("iso", "us")),
                                                              "de": "de"}.get(lang, "eu"))},
                            k("charges"): [{k("count"): 1, k("offence"): offence,
                                            k("disposition"): c.pick(("convicted", "plea",
                                                                      "pending"))}],
                            k("sentence"): sentence if c.chance(0.7) else None,
                            k("next_hearing"): c.ts()}
    if c.chance(0.35):
        officer = c.person(lang, tag="officer name")
        body[k("probation")] = {k("officer"): officer.full, k("office_phone"): c.phone(lang),
                                k("reporting"): c.pick(("weekly", "monthly")),
                                k("conditions"): ["no contact order", "drug testing"]}
    if c.chance(0.2):
        body[k("victim_statement_received")] = True
    if c.chance(0.2):
        body[k("forensics")] = {k("str_profile"): _str_profile(c)}
        c.mark("genetic", "dna str profile")
    return body


STR_LOCI = ("D8S1179", "D21S11", "D7S820", "CSF1PO", "D3S1358", "TH01", "D13S317", "D16S539",
            "D2S1338", "D19S433", "vWA", "TPOX", "D18S51", "D5S818", "FGA")


def _str_profile(c: Ctx) -> dict[str, str]:
    out = {"AMEL": c.pick(("X,X", "X,Y"))}
    for locus in c.r.sample(STR_LOCI, c.r.randint(8, 15)):
        a = c.r.randint(6, 30)
        out[locus] = f"{a},{a + c.r.randint(0, 3)}"
    return out


def probation_checkin(c: Ctx) -> Any:
    k = c.k
    p = c.person("en")
    lat, lon = c.point()
    c.mark("criminal_record", "probation supervision")
    body = {k("supervisee_id"): f"DOC{c.r.randint(100000, 999999)}", k("name"): p.full,
            k("checkin_at"): c.ts(), k("method"): c.pick(("kiosk", "mobile_app")),
            k("gps"): f"{lat},{lon}", k("supervision_level"): c.pick(("low", "medium")),
            k("offense_class"): c.pick(("Felony C", "Misdemeanor A")),
            k("next_office_visit"): c.day(2024, 2025).isoformat()}
    if c.chance(0.3):
        body[k("face_match_confidence")] = round(c.r.uniform(0.8, 0.99), 3)
        c.neg("face match score")
    return body


def background_check(c: Ctx) -> Any:
    """A screening vendor's 'report completed' webhook."""
    k = c.k
    p = c.person(c.pick(("en", "en", "de", "fr", "es")))
    lang = lang_of(p)
    searches: list[dict[str, Any]] = []
    has_criminal = c.chance(0.85)
    if has_criminal:
        status = c.pick(("clear", "clear", "consider"))
        entry: dict[str, Any] = {k("type"): c.pick(("county_criminal", "national_criminal",
                                                    "sex_offender_registry")),
                                 k("status"): status}
        if status == "consider":
            entry[k("records")] = [{k("charge"): c.pick(OFFENCES)[0],
                                    k("disposition_date"): c.day(2010, 2023).isoformat()}]
        searches.append(entry)
        c.mark("criminal_record", f"criminal search {status}")
    searches.append({k("type"): "employment_verification", k("status"): "verified",
                     k("employer"): "Brightwell Logistics"})
    if c.chance(0.5):
        searches.append({k("type"): "education_verification", k("status"): "verified"})
    if c.chance(0.3):
        searches.append({k("type"): "global_watchlist", k("status"): "clear"})
        c.neg("sanctions watchlist")
    if not has_criminal:
        c.neg("background check without criminal search")
    cand = {**name_block(c, p, lang), k("email"): c.email(p)}
    if c.chance(0.6):
        cand[k("dob")] = c.dob("iso")
    if c.chance(0.5) and lang == "en":
        cand[k("ssn")] = c.ssn()
    if lang == "de" and has_criminal and c.chance(0.5):
        cand[k("fuehrungszeugnis")] = c.pick(("ohne Eintragungen", "liegt vor, 1 Eintragung"))
    return envelope(c, "report.completed", {k("report_id"): c.hexs(24),
                                            k("candidate"): cand, k("searches"): searches},
                    "screening")


def tenant_screening(c: Ctx) -> Any:
    k = c.k
    p = c.person("en")
    body: dict[str, Any] = {k("applicant"): {**name_block(c, p), k("ssn"): c.ssn(),
                                             k("current_address"): c.address_text("en")},
                            k("credit_score"): c.r.randint(540, 820),
                            k("eviction_records"): c.r.randint(0, 1)}
    c.neg("eviction history")
    if c.chance(0.6):
        body[k("criminal_history")] = {k("status"): c.pick(("no records found",
                                                            "1 misdemeanor (2014)"))}
        c.mark("criminal_record", "tenant criminal history")
    return body


# --- immigration ----------------------------------------------------------------------------

def immigration_case(c: Ctx) -> Any:
    k = c.k
    p = c.person(c.pick(("xx", "xx", "es", "fr")))
    born = c.birth(1960, 2004)
    body: dict[str, Any] = {k("case_id"): c.ref("IMM"), k("applicant"): {
        **name_block(c, p), k("date_of_birth"): c.dob("iso", born),
        k("nationality"): c.pick(("AFG", "SYR", "COL", "NGA", "VNM", "UKR", "MAR")),
        k("passport"): {k("number"): c.passport(c.pick(("IN", "NG", "ES", "FR"))),
                        k("expiry"): c.day(2026, 2034).isoformat()}}}
    c.neg("nationality")
    kind = c.pick(("asylum", "visa", "family", "visa"))
    body[k("category")] = kind
    if kind == "asylum":
        body[k("claim")] = {k("ethnic_group"): c.pick(("Hazara", "Rohingya", "Yazidi", "Tigrayan",
                                                       "Kurdish")),
                            k("religion"): c.pick(("Shia Muslim", "Yazidi", "Christian",
                                                   "Ahmadi")),
                            k("statement"): c.pick((
                                "Threatened by militia because of my faith.",
                                "We left after our village was burned."))}
        c.mark("racial_ethnic_origin", "asylum ethnic group")
        c.mark("religious_belief", "asylum religion")
    elif kind == "family":
        body[k("dna_test")] = {k("lab"): "Accredited Relationship Testing Ltd",
                               k("relationship"): "parent-child",
                               k("probability"): "99.998%",
                               k("loci_tested"): 24}
        c.mark("genetic", "relationship dna test")
    body[k("questions")] = [{k("q"): "Have you ever been arrested, charged or convicted of an "
                                     "offence in any country?",
                             k("a"): c.pick(("No", "No", "Yes - see attachment 4"))}]
    c.mark("criminal_record", "criminality question answered")
    if c.chance(0.5):
        body[k("biometrics")] = {k("appointment"): c.ts(), k("fingerprints"): [
            {k("finger"): f, k("template_format"): "ISO/IEC 19794-2",
             k("template"): c.fmr_template()} for f in c.r.sample(
                ["R_THUMB", "R_INDEX", "L_THUMB", "L_INDEX"], 2)]}
    elif c.chance(0.4):
        body[k("biometrics")] = {k("appointment"): c.ts(), k("status"): "enrolled",
                                 k("capture_station"): "ASC-Tacoma-02"}
        c.neg("biometrics enrolled, no template")
    if c.chance(0.5):
        body[k("applicant")][k("current_address")] = c.address_text("en")
    return body


# --- schools ------------------------------------------------------------------------------------

UK_ETHNIC_CODES = (("WBRI", "White - British"), ("BCRB", "Black Caribbean"),
                   ("APKN", "Pakistani"), ("MWBA", "White and Black African"),
                   ("WROM", "Gypsy / Roma"), ("CHNE", "Chinese"))


def school_record(c: Ctx) -> Any:
    k = c.k
    country = c.pick(("uk", "us", "de", "es"))
    lang = {"uk": "en", "us": "en"}.get(country, country)
    child = c.person(lang, tag="student name")
    guardian = c.person(lang, tag="guardian name")
    stu: dict[str, Any] = {k("upn" if country == "uk" else "student_id"):
                           f"S{c.r.randint(100000, 999999)}",
                           **name_block(c, child, lang),
                           k("dob"): c.dob("iso", c.birth(2008, 2019)),
                           k("year_group"): c.r.randint(1, 11)}
    if country == "uk" and c.chance(0.7):
        code, disp = c.pick(UK_ETHNIC_CODES)
        stu[k("ethnicity")] = {k("code"): code, k("description"): disp}
        c.mark("racial_ethnic_origin", "dfe ethnicity code")
    if country == "us" and c.chance(0.6):
        stu[k("race")] = c.pick(("Asian", "Black or African American", "White"))
        stu[k("hispanic_latino")] = c.chance(0.4)
        c.mark("racial_ethnic_origin", "student race")
    if c.chance(0.5):
        stu[k("send")] = {k("status"): c.pick(("EHCP", "SEN support", "IEP", "504 plan")),
                          k("primary_need"): c.pick(("Autistic spectrum disorder",
                                                     "Specific learning difficulty (dyslexia)",
                                                     "Hearing impairment", "ADHD"))}
        c.mark("health", "special educational needs")
    if c.chance(0.4):
        stu[k("medical")] = {k("conditions"): [c.pick(("asthma", "epilepsy", "nut allergy",
                                                       "type 1 diabetes"))],
                             k("medication_in_school"): c.chance(0.5)}
        c.mark("health", "medical conditions")
    if c.chance(0.3):
        stu[k("religion")] = c.pick(("Muslim", "Catholic", "Jewish", "Sikh", "evangelisch"))
        stu[k("re_withdrawal")] = c.chance(0.3)
        c.mark("religious_belief", "student religion")
    if c.chance(0.3):
        stu[k("free_school_meals")] = c.chance(0.5)
        c.neg("fsm")
    stu[k("guardians")] = [{**name_block(c, guardian, lang),
                            k("relationship"): c.pick(("mother", "father", "carer")),
                            **contact_block(c, guardian, lang)}]
    if c.chance(0.3):
        stu[k("behaviour_log")] = [{k("date"): c.day(2024, 2025).isoformat(),
                                    k("type"): "detention", k("note"): "Late to class x3"}]
        c.neg("school detention")
    return {k("school"): {"uk": "Orchard Rise Academy", "us": "Madison East Middle",
                          "de": "Gesamtschule Am Weidenhang", "es": "CEIP Ribera"}[country],
            k("academic_year"): "2024/25", k("student"): stu}


# --- surveys ---------------------------------------------------------------------------------

SURVEY_Q = {
    "religious_belief": ("What is your religion, if any?",
                         ("Christian - Catholic", "Muslim", "Jewish", "Buddhist", "Hindu",
                          "Atheist")),
    "political_opinion": ("Which party did you vote for in the last general election?",
                          ("Labour", "Conservative", "Liberal Democrat", "Green", "Reform UK",
                           "SPD", "PSOE")),
    "trade_union": ("Are you currently a member of a trade union?",
                    ("Yes", "No", "Yes, but not at my current job")),
    "sex_life_orientation": ("Which of the following best describes your sexual orientation?",
                             ("Heterosexual", "Gay or lesbian", "Bisexual", "Other")),
    "racial_ethnic_origin": ("What is your ethnic group?",
                             ("White British", "Indian", "Black African", "Mixed", "Arab",
                              "Any other Asian background")),
    "health": ("Do you have any long-term physical or mental health condition?",
               ("Yes - depression", "Yes - arthritis", "No", "Yes - diabetes")),
}
SKIP = ("Prefer not to say", "Keine Angabe", "Prefiero no responder")


def research_survey(c: Ctx) -> Any:
    """A survey platform's 'response completed' webhook."""
    k = c.k
    answers = []
    for kind in c.r.sample(list(SURVEY_Q), c.r.randint(2, 4)):
        q, opts = SURVEY_Q[kind]
        if c.chance(0.2):
            a = c.pick(SKIP)
            c.neg(f"skipped {kind}")
        else:
            a = c.pick(opts)
            c.mark(kind, f"survey {kind}")
        answers.append({k("question"): q, k("answer"): a})
    answers.append({k("question"): "How satisfied are you with local bus services?",
                    k("answer"): c.r.randint(1, 5)})
    body: dict[str, Any] = {k("response_id"): f"R_{c.alnum(15)}", k("survey_id"):
                            f"SV_{c.alnum(12)}", k("finished"): True, k("answers"): answers,
                            k("duration_s"): c.r.randint(120, 1400)}
    if c.chance(0.5):
        body[k("ip_address")] = c.ipv4(False)
    if c.chance(0.4):
        lat, lon = c.point(decimals=c.pick((4, 2)))
        body[k("location_latitude")] = lat
        body[k("location_longitude")] = lon
    if c.chance(0.3):
        p = c.person(silent=True)
        body[k("panelist")] = {k("email"): c.email(p)}
    if c.chance(0.25):
        body[k("free_text")] = T.special(c, c.pick(("health", "trade_union",
                                                     "political_opinion")), c.loc())
    return body
