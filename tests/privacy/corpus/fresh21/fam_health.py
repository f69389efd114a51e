"""Health and peer-support communities: forums, groups, helplines, registries, trials, genetics."""

from __future__ import annotations

import json

from .common import edi, para, staff_note
from .ctx import Ctx, Json
from .registry import family

HANDLES = (
    "spoonie_sam",
    "T1Dmum_of2",
    "walkingwithMS",
    "bipolar_bear77",
    "quietstorm",
    "NightOwl_Liz",
    "cf_warrior",
    "dadof3_leeds",
    "sunflowerlady",
    "tired_but_ok",
)


@family("patient_forum_post", 3, "en")
def patient_forum_post(c: Ctx) -> Json:
    raw = para(
        c,
        [
            "health",
            c.pick(
                (
                    "genetic",
                    "genetic",
                    "orientation",
                    "orientation",
                    "racial",
                    "neg_health",
                    "neutral",
                )
            ),
        ],
        1,
    )
    if c.chance(0.4):
        raw = "@" + c.pick(HANDLES) + " " + raw
    return {
        "post": {
            "id": c.num_id(),
            "username": c.pick(HANDLES),
            "created_at": c.ts(2024, 2025, "ms"),
            "raw": raw,
            "cooked": "<p>" + raw + "</p>",
            "post_number": c.rint(1, 80),
            "topic_id": c.num_id(1000, 99999),
            "topic_slug": c.pick(
                ("newly-diagnosed-help", "fatigue-tips", "what-do-i-tell-work", "meds-side-effects")
            ),
            "category_id": c.rint(3, 30),
            "reply_count": c.rint(0, 14),
        }
    }


@family("support_group_registration", 3, "en")
def support_group_registration(c: Ctx) -> Json:
    p = c.person("en")
    group = c.pick(
        (
            "Parkinson's Carers Cafe - Leeds",
            "Young Stroke Survivors Meetup",
            "Bipolar Peer Support - Online",
            "Long Covid Support Circle",
        )
    )
    carer = c.chance(0.5)
    answers: list[Json] = [
        {
            "question": "Are you attending as a person with the condition or a carer?",
            "answer": "Carer" if carer else "Person with the condition",
        },
        {
            "question": "Anything we should know?",
            "answer": c.say("health") if c.chance(0.7) else c.say("neutral"),
        },
    ]
    c.sp("health", group)
    if c.chance(0.5):
        answers.append(
            {
                "question": "Equality monitoring (optional)",
                "answer": edi(c, "snake", ("ethnicity", "religion"), pnts=0.2),
            }
        )
    return {
        "attendee": {
            "profile": {
                "first_name": p.first,
                "last_name": p.last,
                "email": p.email(),
                "cell_phone": c.phone("GB") if c.chance(0.6) else None,
            },
            "answers": answers,
            "ticket_class_name": "Free",
        },
        "event": {"name": group, "start": c.ts(2025, 2025)},
        "created": c.ts(2024, 2025),
    }


@family("helpline_call_log", 3, "en")
def helpline_call_log(c: Ctx) -> Json:
    withheld = c.chance(0.4)
    doc: dict[str, Json] = {
        "callId": c.uuid(),
        "line": c.pick(("Night Line", "Carers Helpline", "LGBT+ Switchboard", "Recovery Line")),
        "startedAt": c.ts(2024, 2025),
        "durationSec": c.rint(60, 3600),
        "callerNumber": "withheld" if withheld else c.phone("GB"),
        "callerFirstName": None if withheld else c.person("en").first,
        "topics": c.sample(
            ("isolation", "self-harm", "relationships", "money worries", "bereavement"), 2
        ),
        "summary": staff_note(
            c, ["health", c.pick(("orientation", "orientation", "criminal", "neutral", "racial"))]
        ),
        "riskLevel": c.pick(("low", "medium", "high")),
        "emergencyServicesContacted": False,
    }
    return doc


@family("crisis_text_conversation", 3, "en")
def crisis_text_conversation(c: Ctx) -> Json:
    texter = c.phone(c.pick(("US", "GB")))
    ts = c.tseq(5)
    said = c.pick(("not tonight no", "sometimes. i have pills saved up", "no but i cut last week"))
    turns = [
        ("texter", "hi i dont really know why im texting"),
        ("counselor", "Hi, I'm glad you reached out. What's going on for you tonight?"),
        ("texter", c.morph(c.say("health"), str.lower)),
        ("counselor", "That sounds really hard. Are you thinking about suicide?"),
        ("texter", c.sp("health", said, "text:health/en")),
    ]
    msgs: list[Json] = [
        {"from": w, "at": t, "body": b} for (w, b), t in zip(turns, ts, strict=True)
    ]
    return {
        "conversationId": c.uuid(),
        "texter": texter,
        "shortcode": "741741",
        "messages": msgs,
        "risk": {"imminent": False, "level": c.pick(("moderate", "low"))},
    }


@family("crisis_text_redacted", 3, "en")
def crisis_text_redacted(c: Ctx) -> Json:
    return {
        "conversationId": c.uuid(),
        "texter": "[PHONE]",
        "redaction": {"method": "ner+regex", "version": "2.3.1"},
        "messages": [
            {"from": "texter", "body": "its [NAME] again, the one from [CITY]"},
            {"from": "texter", "body": c.say("health")},
            {
                "from": "counselor",
                "body": "Thank you for telling me. Who else knows how you're feeling?",
            },
            {"from": "texter", "body": "[NAME] my flatmate. shes at [PLACE] tonight"},
        ],
    }


@family("carers_network_profile", 3, "en")
def carers_network_profile(c: Ctx) -> Json:
    p = c.person("en")
    cared = c.person("en")
    return {
        "member": {"name": p.full, "email": p.email(), "postcode": c.addr("GB").postcode},
        "caringFor": {
            "firstName": cared.first,
            "relationship": c.pick(("Mum", "Husband", "Son", "Partner")),
            "condition": c.sp(
                "health",
                c.pick(
                    (
                        "Vascular dementia",
                        "Motor neurone disease",
                        "Cerebral palsy",
                        "Schizophrenia",
                        "Stage 4 breast cancer",
                    )
                ),
            ),
        },
        "hoursPerWeek": c.pick(("20-35", "35-50", "50+")),
        "interests": c.sample(("peer chat", "respite", "benefits advice", "walking group"), 2),
        "bio": c.say(c.pick(("neutral", "health"))),
    }


RD = (
    (
        "ORPHA:586",
        "Cystic fibrosis",
        "E84.0",
        "CFTR",
        "c.1521_1523delCTT (p.Phe508del)",
        "homozygous",
    ),
    ("ORPHA:399", "Huntington disease", "G10", "HTT", "CAG repeat 44", "heterozygous"),
    ("ORPHA:70", "Spinal muscular atrophy", "G12.1", "SMN1", "exon 7 deletion", "homozygous"),
    (
        "ORPHA:98896",
        "Duchenne muscular dystrophy",
        "G71.0",
        "DMD",
        "exon 45-50 deletion",
        "hemizygous",
    ),
    ("ORPHA:33069", "Dravet syndrome", "G40.4", "SCN1A", "c.2589+3A>T", "heterozygous"),
)


@family("rare_disease_registry", 5, "en")
def rare_disease_registry(c: Ctx) -> Json:
    orpha, label, icd, gene, var, zyg = c.pick(RD)
    doc: dict[str, Json] = {
        "registry": "National Rare Disease Patient Registry",
        "participantId": "RDR-" + c.hexs(8).upper(),
        "consent": {"version": "3.1", "date": c.date(2022, 2025), "recontact": True},
        "demographics": {
            "yearOfBirth": c.rint(1960, 2020),
            "sex": c.pick(("F", "M")),
            **(
                c.kv(
                    "racial_ethnic_origin",
                    "ethnicity",
                    c.pick(("White - Irish", "Asian - Pakistani", "Black - African", "Mixed")),
                )
                if c.chance(0.5)
                else {"ethnicity": "Not stated"}
            ),
        },
        "diagnosis": {
            "orphaCode": c.sp("health", orpha),
            "label": label,
            "icd10": icd,
            "ageAtDiagnosis": c.rint(0, 40),
        },
        "genetics": {
            "gene": gene,
            "variant": c.sp("genetic", var),
            "zygosity": zyg,
            "lab": "Regional Genetics Laboratory",
        },
    }
    if c.chance(0.4):
        p = c.person("en")
        doc["demographics"]["dateOfBirth"] = c.dob("iso", 1960, 2020)
        doc["contact"] = {"name": p.full, "email": p.email()}
    return doc


@family("trial_prescreen", 3, "en")
def trial_prescreen(c: Ctx) -> Json:
    p = c.person("en")
    ans: dict[str, Json] = {
        "Have you been diagnosed with type 2 diabetes?": c.sp(
            "health", c.pick(("Yes", "Yes, 2019", "No"))
        ),
        "Current medications": c.sp(
            "health", c.pick(("Metformin 500mg twice daily", "Gliclazide, atorvastatin", "None"))
        ),
        "BMI (if known)": c.pick((27.4, 31.2, 35.8, None)),
    }
    if c.chance(0.6):
        ans["Have you had genetic testing for BRCA1/2?"] = c.sp(
            "genetic",
            c.pick(("Yes - BRCA1 carrier", "Yes - no variant found", "Yes, BRCA2 positive")),
        )
    if c.chance(0.7):
        ans.update(
            c.kv(
                "racial_ethnic_origin",
                "Ethnicity",
                c.pick(
                    (
                        "Black African",
                        "South Asian - Pakistani",
                        "White British",
                        "Black Caribbean",
                        "Mixed - White and Asian",
                    )
                ),
            )
        )
    return {
        "study": {"code": "DIA-" + c.small_ref("", 4), "title": "Once-weekly oral GLP-1 study"},
        "respondent": {
            "firstName": p.first,
            "lastName": p.last,
            "email": p.email(),
            "phone": c.phone("GB"),
            "dateOfBirth": c.dob("fr", 1950, 1990),
        },
        "answers": ans,
        "eligible": c.chance(0.5),
        "source": c.pick(("facebook_ad", "patient_forum", "gp_letter")),
    }


@family("lgbtq_youth_intake", 3, "en")
def lgbtq_youth_intake(c: Ctx) -> Json:
    p = c.person("en")
    doc: dict[str, Json] = {
        "referralId": c.small_ref("YP", 5),
        "youngPerson": {
            "preferredName": p.first,
            "age": c.rint(13, 24),
            "pronouns": c.pick(("they/them", "she/her", "he/him")),
            "genderIdentity": c.pick(("Non-binary", "Trans man", "Woman", "Questioning")),
        },
        "contact": {"mobile": c.phone("GB"), "safeToText": c.chance(0.6), "safeToCall": False},
        "referrer": c.pick(("School nurse", "Self", "CAMHS")),
        "supportNeeds": c.sample(("peer group", "1:1 mentoring", "family mediation", "housing"), 2),
        "notes": staff_note(c, [c.pick(("health", "health", "neutral", "neg_orientation"))]),
    }
    if c.chance(0.7):
        doc["youngPerson"].update(
            c.kv(
                "sex_life_orientation",
                "sexualOrientation",
                c.pick(("Gay", "Lesbian", "Bisexual", "Pansexual", "Asexual", "Questioning")),
            )
        )
    else:
        doc["youngPerson"]["sexualOrientation"] = "Prefer not to say"
        c.note("edi:pnts")
    return doc


@family("recovery_checkin", 2, "en")
def recovery_checkin(c: Ctx) -> Json:
    doc: dict[str, Json] = {
        "userHandle": c.pick(("onedayatatime", "sober_steph", "mike_r", "newleaf22")),
        "date": c.date(2025, 2025),
        **c.kv("health", "daysClean", c.rint(3, 900)),
        "cravings": c.rint(0, 10),
        "mood": c.pick(("ok", "low", "good", "anxious")),
        "medication": c.sp(
            "health",
            c.pick(("buprenorphine 8mg", "methadone 60ml", "naltrexone", "acamprosate 333mg x2")),
        ),
        "journal": c.say(c.pick(("neutral", "criminal", "criminal"))),
    }
    if c.chance(0.3):
        doc["sponsorPhone"] = c.phone(c.pick(("GB", "US")))
    return doc


@family("hiv_service_referral", 3, "en")
def hiv_service_referral(c: Ctx) -> Json:
    doc: dict[str, Json] = {
        "clientCode": c.pick("ABCDEFGHJK")
        + c.pick("ABCDEFGHJK")
        + str(c.rint(10, 99))
        + c.pick("MF"),
        "referredFrom": c.pick(("Sexual health clinic", "GP", "Self")),
        **c.kv(
            "health",
            "hivStatus",
            c.pick(
                (
                    "Positive - on ART, undetectable",
                    "Negative - on PrEP",
                    "Positive - newly diagnosed",
                )
            ),
        ),
        "services": c.sample(("peer support", "benefits advice", "counselling", "food bank"), 2),
        "firstLanguage": c.pick(("English", "Portuguese", "Swahili", "Polish")),
    }
    if c.chance(0.8):
        doc.update(
            c.kv(
                "sex_life_orientation",
                "exposureCategory",
                c.pick(("MSM", "Heterosexual contact", "Bisexual male")),
            )
        )
    else:
        doc["exposureCategory"] = "Not disclosed"
    return doc


GENOTYPES = (
    ("rs429358", "19", 44908684, "TC"),
    ("rs7412", "19", 44908822, "CC"),
    ("rs1801133", "1", 11796321, "AG"),
    ("rs4680", "22", 19963748, "GG"),
    ("rs1815739", "11", 66560624, "CT"),
    ("rs762551", "15", 74749576, "AA"),
)


@family("genotype_upload", 3, "en")
def genotype_upload(c: Ctx) -> Json:
    calls: list[Json] = []
    for rsid, chrom, pos, gt in c.sample(GENOTYPES, c.rint(3, 5)):
        c.raw(None, str(pos), "decoy:genome_pos")
        c.raw(None, rsid, "decoy:rsid")
        calls.append({"rsid": rsid, "chrom": chrom, "pos": pos, "genotype": gt})
        c.raw("genetic", f'"genotype": "{gt}"', "field:genetic")
    return {
        "participant": "BB-" + c.hexs(10).upper(),
        "array": "GSA-24v3",
        "build": "GRCh38",
        "qc": {"call_rate": c.pick((0.991, 0.987, 0.995)), "sex_check": "pass"},
        "calls": calls,
        "uploaded": c.ts(2024, 2025),
    }


@family("pgx_result_share", 3, "en")
def pgx_result_share(c: Ctx) -> Json:
    p = c.person("en")
    gene, res, drug = c.pick(
        (
            ("CYP2C19", "*2/*2 poor metabolizer", "clopidogrel"),
            ("CYP2D6", "*4/*4 poor metabolizer", "codeine"),
            ("SLCO1B1", "*5/*5 decreased function", "simvastatin"),
        )
    )
    return {
        "sharedBy": p.full,
        "sharedWith": "Heart Support Group moderators",
        "report": {
            "gene": gene,
            "diplotype": c.sp("genetic", res),
            "currentMedication": c.sp("health", drug),
            "recommendation": "Consider alternative therapy",
        },
        "comment": c.say(c.pick(("neutral", "health"))),
    }


@family("carrier_screening", 5, "en")
def carrier_screening(c: Ctx) -> Json:
    c.region = "us"
    p = c.person("en")
    return {
        "program": "Community Carrier Screening",
        "patient": {"name": p.full, "dob": c.dob("us", 1985, 2002), "email": p.email()},
        **c.kv(
            "racial_ethnic_origin",
            "reportedAncestry",
            c.pick(("Ashkenazi Jewish", "Sephardi Jewish", "Ashkenazi Jewish / Irish")),
        ),
        "panel": "Expanded carrier panel (245 genes)",
        "results": [
            {
                "gene": "GBA",
                "variant": c.sp("genetic", "c.1226A>G"),
                "status": "heterozygous carrier",
            },
            {"gene": "HEXA", "status": "no variant detected"},
        ],
        "genetic_counselor_call": c.date(2025, 2025),
    }


STR_LOCI = (
    "D8S1179",
    "D21S11",
    "D7S820",
    "CSF1PO",
    "D3S1358",
    "TH01",
    "D13S317",
    "D16S539",
    "vWA",
    "TPOX",
    "D18S51",
    "D5S818",
    "FGA",
)


@family("dna_family_tracing", 3, "en")
def dna_family_tracing(c: Ctx) -> Json:
    ref = c.person("en")
    prof: dict[str, str] = {}
    for locus in c.sample(STR_LOCI, 8):
        a = c.rint(6, 30)
        prof[locus] = f"{a},{a + c.rint(0, 3)}"
    prof["AMEL"] = c.pick(("X,X", "X,Y"))
    doc = {
        "case": "RFL-" + c.small_ref("", 6),
        "program": "Restoring Family Links - DNA",
        "referenceSample": {
            "donorName": ref.full,
            "relationshipToMissing": c.pick(("mother", "brother", "daughter")),
            "collected": c.date(2024, 2025),
        },
        "strProfile": prof,
        "kit": "GlobalFiler",
    }
    c.raw("genetic", '"strProfile": ' + json.dumps(prof), "field:genetic")
    return doc


@family("selbsthilfe_anmeldung", 3, "de")
def selbsthilfe_anmeldung(c: Ctx) -> Json:
    p = c.person()
    return {
        "gruppe": c.sp(
            "health",
            c.pick(
                (
                    "Selbsthilfegruppe Depression Köln-Nippes",
                    "Angehörige psychisch Kranker Leipzig",
                    "MS-Gesprächskreis Stuttgart",
                    "Kontaktgruppe Parkinson Bremen",
                )
            ),
        ),
        "teilnehmer": {
            "vorname": p.first,
            "nachname": p.last,
            "telefon": c.phone(),
            "email": p.email(),
        },
        "rolle": c.pick(("Betroffene:r", "Angehörige:r")),
        "nachricht": c.say("health") + " " + c.say("neutral"),
        "datenschutz_ok": True,
    }


@family("telefonseelsorge_protokoll", 3, "de")
def telefonseelsorge_protokoll(c: Ctx) -> Json:
    return {
        "stelle": c.pick(("TS Berlin", "TS Köln", "TS Hamburg")),
        "datum": c.date(2025, 2025),
        "dauer_min": c.rint(5, 90),
        "geschlecht": c.pick(("w", "m", "d")),
        "altersgruppe": c.pick(("20-29", "30-39", "60-69")),
        "themen": c.sample(("Einsamkeit", "Partnerschaft", "Arbeit", "Familie"), 2),
        "gespraechsnotiz": staff_note(c, ["health", c.pick(("neutral", "health", "religious"))]),
        "suizidalitaet": c.pick(("nicht angesprochen", "verneint", "angesprochen")),
    }


@family("seltene_erkrankungen_register", 3, "de")
def seltene_erkrankungen_register(c: Ctx) -> Json:
    p = c.person()
    return {
        "Register": "Deutsches Register für Neuromuskuläre Erkrankungen",
        "Patient": {"Name": p.rev, "Geburtsdatum": c.dob("de", 1950, 2020)},
        "Diagnose": c.sp(
            "health",
            c.pick(
                (
                    "Spinale Muskelatrophie Typ 2 (G12.1)",
                    "Myotone Dystrophie Typ 1 (G71.1)",
                    "Morbus Pompe (E74.0)",
                )
            ),
        ),
        "Genetik": {
            "Gen": c.pick(("SMN1", "DMPK", "GAA")),
            "Befund": c.sp(
                "genetic",
                c.pick(("homozygote Deletion Exon 7", "CTG-Repeat 420", "c.-32-13T>G heterozygot")),
            ),
        },
        "Einwilligung": {"Version": "2.0", "Datum": c.date(2021, 2025)},
    }


@family("forum_patients_fr", 3, "fr")
def forum_patients_fr(c: Ctx) -> Json:
    return {
        "message_id": c.num_id(),
        "auteur": c.pick(("papillon69", "Mamie_Jo", "lutin_bleu", "cocotte13")),
        "sujet": c.pick(("Fatigue chronique", "Nouveau traitement", "Parler au travail ?")),
        "contenu": para(
            c, ["health", c.pick(("genetic", "genetic", "neutral", "orientation", "racial"))], 1
        ),
        "date": c.ts(2024, 2025, "offset"),
        "likes": c.rint(0, 30),
    }


@family("ligne_ecoute", 3, "fr")
def ligne_ecoute(c: Ctx) -> Json:
    return {
        "appel": c.uuid(),
        "ligne": c.pick(("Ligne d'écoute 24/7", "Écoute familles", "Écoute LGBT")),
        "appelant": {
            "numero": c.phone() if c.chance(0.5) else "masqué",
            "prenom_donne": c.person().first if c.chance(0.4) else None,
        },
        "resume": staff_note(c, ["health", c.pick(("neutral", "orientation", "criminal"))]),
        "orientation_vers": c.pick(("CMP", "médecin traitant", "aucune")),
    }


@family("foro_pacientes", 3, "es")
def foro_pacientes(c: Ctx) -> Json:
    return {
        "hilo": c.pick(("Recién diagnosticada", "Efectos secundarios", "¿Baja laboral?")),
        "usuario": c.pick(("lunera", "pepe_bcn", "mariposa_azul", "abuela_rock")),
        "mensaje": para(
            c, ["health", c.pick(("genetic", "genetic", "neutral", "orientation", "racial"))], 1
        ),
        "publicado": c.ts(2024, 2025, "offset"),
        "respuestas": c.rint(0, 25),
    }


@family("registro_genetico", 3, "es")
def registro_genetico(c: Ctx) -> Json:
    return {
        "registro": "Registro de Amiloidosis Hereditaria",
        "codigo": "AH-" + c.hexs(6).upper(),
        "anio_nacimiento": c.rint(1950, 1995),
        "variante": c.sp("genetic", "TTR p.Val50Met (V30M)"),
        "estado": c.sp(
            "health",
            c.pick(
                (
                    "portador asintomático",
                    "polineuropatía estadio 1",
                    "en tratamiento con tafamidis",
                )
            ),
        ),
        "provincia": c.pick(("Huelva", "Mallorca")),
    }


@family("conseil_genetique", 5, "fr")
def conseil_genetique(c: Ctx) -> Json:
    p = c.person()
    return {
        "rdv": c.ts(2025, 2025, "offset"),
        "patient": {"nom": p.full, "telephone": c.phone()},
        "motif": "Résultat de test présymptomatique",
        "resultat": c.sp(
            "genetic",
            c.pick(
                (
                    "porteuse d'une variante pathogène BRCA1 c.68_69del",
                    "mutation MYBPC3 c.2373dupG hétérozygote",
                    "pas de variante BRCA1/BRCA2 identifiée",
                )
            ),
        ),
        "note": c.say("note"),
    }
