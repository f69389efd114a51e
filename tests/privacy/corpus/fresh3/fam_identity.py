"""Genetic and biometric payloads: lab genetics reports, SNP uploads, STR profiles, consumer
ancestry kits, biometric enrolments and border records; plus authentication events that only
mention biometrics."""

from __future__ import annotations

from typing import Any

from .gen import Ctx
from .phrases import face_template, fmr_template, vector

Doc = Any

SNPS = ["rs4477212", "rs3094315", "rs3131972", "rs12124819", "rs11240777", "rs6681049",
        "rs4970383", "rs4475691", "rs7537756", "rs1801133", "rs4988235", "rs429358", "rs7412",
        "rs53576", "rs1815739", "rs762551", "rs1800497", "rs9939609"]
BASES = ["AA", "AG", "GG", "CC", "CT", "TT", "AC", "GT", "--"]
VARIANTS = [("BRCA2", "c.5946delT", "p.Ser1982fs"), ("BRCA1", "c.68_69delAG", "p.Glu23fs"),
            ("MLH1", "c.1852_1854del", "p.Lys618del"), ("LDLR", "c.1775G>A", "p.Gly592Glu"),
            ("MYBPC3", "c.1504C>T", "p.Arg502Trp"), ("TTN", "c.59926+1G>A", "splice"),
            ("PALB2", "c.3113G>A", "p.Trp1038*")]
PGX = [("CYP2D6", "*1/*4", "Intermediate metabolizer"), ("CYP2C19", "*2/*2", "Poor metabolizer"),
       ("CYP2C19", "*1/*17", "Rapid metabolizer"), ("SLCO1B1", "*1/*5", "Decreased function"),
       ("TPMT", "*1/*3A", "Intermediate metabolizer"), ("DPYD", "*1/*2A", "Intermediate "
                                                                          "metabolizer")]
PGX_DRUGS = {"CYP2D6": "codeine: avoid, use non-tramadol alternative",
             "CYP2C19": "clopidogrel: use alternative antiplatelet",
             "SLCO1B1": "simvastatin: prescribe lower dose or alternative statin",
             "TPMT": "azathioprine: start at 30-80% of normal dose",
             "DPYD": "capecitabine: reduce starting dose by 50%"}
CARRIER = [("CFTR", "F508del", "Cystic fibrosis"), ("HBB", "c.20A>T", "Sickle cell disease"),
           ("HEXA", "c.1274_1277dup", "Tay-Sachs disease"), ("SMN1", "1 copy", "Spinal muscular "
                                                                             "atrophy")]
STR_LOCI = ["D3S1358", "vWA", "FGA", "D8S1179", "D21S11", "D18S51", "D5S818", "D13S317",
            "D7S820", "TH01", "TPOX", "CSF1PO", "D16S539", "D2S1338", "D19S433", "SE33"]


def _allele_pair(ctx: Ctx, locus: str) -> str:
    lo, hi = {"FGA": (19, 27), "D21S11": (27, 33), "SE33": (16, 30), "D2S1338": (17, 25),
              "D18S51": (12, 20)}.get(locus, (6, 16))
    a, b = sorted((ctx.r.randint(lo, hi), ctx.r.randint(lo, hi)))
    if locus == "D21S11" and ctx.chance(0.3):
        return f"{a}.2,{b}"
    return f"{a},{b}" if a != b else str(a)


def genetics_report(ctx: Ctx) -> Doc:
    ctx.add("genetic")
    lang = ctx.lang
    variant = ctx.pick(["variant", "variant", "pgx", "pgx_drug", "carrier", "snps"])
    first, last = ctx.name_parts(lang)
    name_key, dob_key = {"en": (ctx.kk(("patient", "name"), "PatientName"),
                                ctx.kk(("dob",), ("birth", "date"))),
                         "de": (ctx.pick(["Patientenname", "name_patient"]), "geburtsdatum"),
                         "fr": ("nom_patient", ctx.pick(["date_naissance", "ddn"])),
                         "es": ("nombre_paciente", ctx.pick(["fecha_nac", "fecha_nacimiento"]))
                         }[lang]
    subject = {name_key: f"{first} {last}", dob_key: ctx.dob()}
    results: Any
    if variant == "variant":
        results = [{"gene": g, "hgvs_c": c, "hgvs_p": p, "zygosity": ctx.pick(
            ["heterozygous", "homozygous"]), "classification": ctx.pick(
            ["Pathogenic", "Likely pathogenic", "VUS"])}
            for g, c, p in ctx.r.sample(VARIANTS, ctx.r.randint(1, 2))]
        test = "Multigene NGS panel"
    elif variant in ("pgx", "pgx_drug"):
        rows = ctx.r.sample(PGX, 2)
        results = [{"gene": g, "diplotype": d, "phenotype": ph} for g, d, ph in rows]
        if variant == "pgx_drug":
            ctx.add("health")
            for row in results:
                row["recommendation"] = PGX_DRUGS[row["gene"]]
        test = "Pharmacogenomic panel"
    elif variant == "carrier":
        ctx.add("health")
        gene, var, condition = ctx.pick(CARRIER)
        results = [{"gene": gene, "variant": var, "condition": condition, "status": "carrier"}]
        test = "Expanded carrier screening"
    else:
        results = {s: ctx.pick(BASES) for s in ctx.r.sample(SNPS, ctx.r.randint(5, 10))}
        test = "Genotyping array v5"
    ctx.note(f"genetics/{variant}")
    return {"report": {"id": ctx.ref("LAB"), "issued": ctx.ts(), "test": test,
                       "subject": subject, "results": results,
                       "lab": {"name": "Genomics Unit", "clia": "05D" + ctx.upper(7)}}}


def snp_upload(ctx: Ctx) -> Doc:
    ctx.add("genetic")
    lines = ["# rsid\tchromosome\tposition\tgenotype"]
    for rs in ctx.r.sample(SNPS, ctx.r.randint(6, 12)):
        lines.append(f"{rs}\t{ctx.r.randint(1, 22)}\t{ctx.r.randint(10000, 999999)}\t"
                     f"{ctx.pick(BASES)}")
    doc: dict[str, Any] = {"upload": {"filename": "genome_raw_data.txt", "format": "23andme-v5",
                                      "snp_count": 638000 + ctx.r.randint(0, 9000),
                                      "preview": "\n".join(lines)},
                           "account": {"email": ctx.email()}}
    if ctx.chance(0.5):
        ctx.add("racial_ethnic_origin")
        pops = ctx.r.sample(["Northwestern European", "Nigerian", "Ashkenazi Jewish",
                             "Indigenous American", "Southern Italian", "Bengali",
                             "Korean", "Berber", "Ghanaian", "Iberian"], 3)
        weights = sorted((ctx.r.uniform(1, 10) for _ in pops), reverse=True)
        shares = [round(95 * w / sum(weights), 1) for w in weights]
        doc["ancestry_composition"] = dict(zip(pops, shares, strict=True)) | {
            "Unassigned": round(100 - sum(shares), 1)}
        doc["haplogroups"] = {"maternal": ctx.pick(["H1c3", "L2a1", "U5b1", "M7b"]),
                              "paternal": ctx.pick(["R-M269", "E-M2", "J-M267", None])}
        ctx.note("ancestry")
    ctx.note("snp upload")
    return doc


def str_profile(ctx: Ctx) -> Doc:
    ctx.add("genetic")
    lang = ctx.lang
    loci = ctx.r.sample(STR_LOCI, ctx.r.randint(8, 16))
    forensic = ctx.chance(0.45)
    if forensic:
        ctx.add("criminal_record")
        ctx.note("forensic arrestee")
        return {"specimen": {"id": ctx.ref("SPC"), "category": ctx.pick(
            ["arrestee", "convicted_offender", "Beschuldigter"]),
            "case": {"number": ctx.ref("CR"), "offence": ctx.pick(
                ["burglary", "aggravated assault", "Raub", "vol avec violence"])},
            "subject": {"name": ctx.name(lang), "dob": ctx.dob()},
            "profile": {lo: _allele_pair(ctx, lo) for lo in loci} | {"AMEL": ctx.pick(
                ["X,X", "X,Y"])}, "kit": "GlobalFiler"}}
    ctx.note("paternity")
    return {"case": ctx.ref("PAT"), "type": ctx.pick(["paternity", "Vaterschaft", "paternité"]),
            "subjects": [{"role": role, "name": ctx.name(lang),
                          "profile": {lo: _allele_pair(ctx, lo) for lo in loci}}
                         for role in ("child", "alleged_father")],
            "result": {"cpi": round(ctx.r.uniform(1e4, 1e7)), "probability": 0.99998,
                       "conclusion": "not excluded"}}


BIO_KEYS = {
    "finger": ["fingerprint_template", "fingerprintTemplate", "FingerTemplate",
               "fingerabdruck_template", "gabarit_empreinte", "plantilla_huella", "fmr"],
    "face": ["face_template", "faceTemplate", "FaceTemplate", "gesichtsvorlage",
             "gabarit_facial", "plantilla_facial"],
    "vec": ["face_embedding", "faceEmbedding", "face-vector", "gesichtsmerkmale",
            "vecteur_visage", "vector_facial"],
    "voice": ["voiceprint", "voicePrint", "speaker_embedding", "stimmprofil",
              "empreinte_vocale", "huella_de_voz"],
    "iris": ["iris_code", "irisCode", "IrisTemplate", "iris-code"],
    "palm": ["palm_vein_template", "palmVein", "handvenen_muster", "patron_venas_palma"],
    "minutiae": ["minutiae", "Minutien", "minuties", "minucias"],
}


def biometric_enrolment(ctx: Ctx) -> Doc:
    ctx.add("biometric")
    lang = ctx.lang
    mod = ctx.pick(["finger", "face", "vec", "voice", "iris", "palm", "minutiae"])
    key = ctx.pick(BIO_KEYS[mod])
    data: Any
    if mod == "finger":
        data = fmr_template(ctx)
        meta = {"format": "ISO/IEC 19794-2:2005", "finger": ctx.pick(["RI", "LI", "R_THUMB"]),
                "quality": ctx.r.randint(40, 99)}
    elif mod == "face":
        data = face_template(ctx)
        meta = {"format": "ISO/IEC 19794-5", "algorithm": "fr-v4"}
    elif mod == "vec":
        data = vector(ctx, ctx.pick([64, 128]))
        meta = {"model": ctx.pick(["arcface-r50", "facenet-512", "insightface-buffalo_l"]),
                "norm": "l2"}
    elif mod == "voice":
        data = {"model": "x-vector-v2", "dim": 96, "vector": vector(ctx, 96)}
        meta = {"passphrase_id": ctx.pick(["my-voice-is-my-password", "p3"]),
                "utterances": 3}
    elif mod == "iris":
        data = ctx.hex(512)
        meta = {"eye": ctx.pick(["left", "right"]), "mask": ctx.hex(128), "rotation": 0}
    elif mod == "palm":
        data = ctx.b64(ctx.r.randint(300, 500))
        meta = {"hand": ctx.pick(["left", "right"]), "device": "PV-300"}
    else:
        data = [{"x": ctx.r.randint(10, 480), "y": ctx.r.randint(10, 520),
                 "theta": ctx.r.randint(0, 359), "type": ctx.pick(["ending", "bifurcation"]),
                 "q": ctx.r.randint(30, 100)} for _ in range(ctx.r.randint(12, 24))]
        meta = {"format": "ANSI-378", "width": 500, "height": 550}
    subject: dict[str, Any] = {"id": ctx.ref("SUB")}
    if ctx.chance(0.6):
        subject["name"] = ctx.name(lang)
    if ctx.chance(0.3):
        subject[ctx.kk(("employee", "email"), "mail")] = ctx.email(lang=lang)
    system = ctx.pick(["time_clock", "bank_voice_id", "gym_access", "lab_door", "kiosk"])
    ctx.note(f"{system}/{mod}")
    return {"enrolment": {"system": system, "device": ctx.ref("DEV"), "at": ctx.ts(),
                          "subject": subject, "modality": mod, key: data, "meta": meta}}


def border_record(ctx: Ctx) -> Doc:
    ctx.add("biometric")
    lang = ctx.lang
    first, last = ctx.name_parts(lang)
    country = {"de": "DEU", "fr": "FRA", "es": "ESP"}.get(lang, ctx.pick(["GBR", "USA"]))
    pcountry = {"DEU": "DE", "FRA": "FR", "ESP": "ES", "GBR": "GB", "USA": "US"}[country]
    bio: dict[str, Any] = {"facial_image_template": face_template(ctx)}
    if ctx.chance(0.6):
        bio["fingerprints"] = [{"position": p, "template": fmr_template(ctx)}
                               for p in ctx.r.sample(["RI", "LI", "RM", "LM"], 2)]
    ctx.note("ees crossing")
    return {"crossing": {"id": ctx.uuid(), "bcp": ctx.pick(["FRA-T1", "MAD-T4", "CDG-2E"]),
                         "direction": ctx.pick(["entry", "exit"]), "at": ctx.ts()},
            "traveller": {"surname": last.upper(), "given_names": first.upper(),
                          "date_of_birth": ctx.dob("iso"), "sex": ctx.pick(["F", "M"]),
                          "nationality": country,
                          "document": {"type": "passport", "number": ctx.passport(pcountry),
                                       "issuing_state": country, "expiry": ctx.day(2031)}},
            "biometrics": bio}


def access_event(ctx: Ctx) -> Doc:
    """Door controller events: a fingerprint or face was used, no biometric data is sent."""
    events = []
    for _ in range(ctx.r.randint(2, 5)):
        events.append({"ts": ctx.ts(), "door": ctx.pick(["B2-Nord", "Lab-3", "Server room",
                                                           "Lager Ost"]),
                       "result": ctx.pick(["granted", "granted", "denied"]),
                       "credential_type": ctx.pick(["fingerprint", "face", "card+pin",
                                                    "palm_vein"]),
                       "match_score": round(ctx.r.uniform(0.55, 0.999), 3),
                       "holder": ctx.name() if ctx.chance(0.7) else ctx.ref("BADGE")})
    ctx.note("access events (not biometric)")
    return {"controller": ctx.ref("CTRL"), "firmware": ctx.version(), "events": events}
