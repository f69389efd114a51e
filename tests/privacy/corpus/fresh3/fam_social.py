"""Self-identification and profile payloads: EEO and diversity-monitoring forms, survey and
census microdata about one person, dating and social profiles."""

from __future__ import annotations

from typing import Any

from .gen import Ctx

Doc = Any

EEO_RACE = ["Hispanic or Latino", "White (Not Hispanic or Latino)",
            "Black or African American (Not Hispanic or Latino)",
            "Asian (Not Hispanic or Latino)", "Two or More Races (Not Hispanic or Latino)",
            "Native Hawaiian or Other Pacific Islander (Not Hispanic or Latino)",
            "American Indian or Alaska Native (Not Hispanic or Latino)"]
DECLINE = ["I don't wish to answer", "Decline to self-identify", "Prefer not to say",
           "I do not want to answer"]
DISABILITY_YES = ["Yes, I have a disability (or previously had a disability)",
                  "No, I do not have a disability and have not had one in the past"]
ORIENTATION = ["Heterosexual or straight", "Gay or lesbian", "Bisexual", "Queer", "Asexual",
               "Pansexual"]
VETERAN = ["I am not a protected veteran", "I identify as one or more of the classifications "
           "of protected veteran", "I don't wish to answer"]
UK_ETHNIC = ["Asian or Asian British: Pakistani", "Black, Black British, Caribbean or African: "
             "African", "Mixed or multiple ethnic groups: White and Asian",
             "White: Gypsy or Irish Traveller", "White: Polish", "Other ethnic group: Arab"]
UK_RELIGION = ["No religion", "Christian", "Muslim", "Hindu", "Sikh", "Jewish", "Buddhist"]


def eeo_form(ctx: Ctx) -> Doc:
    ctx.lang = "en"
    first, last = ctx.name_parts("en")
    uk = ctx.chance(0.4)
    answers: dict[str, Any] = {ctx.kk(("gender",), ("sex",)): ctx.pick(
        ["Female", "Male", "Non-binary", "Prefer not to say"])}

    def ask(kind: str, key: str, options: list[str], p_decline: float) -> None:
        if ctx.chance(p_decline):
            answers[key] = ctx.pick(DECLINE)
            ctx.note(f"{kind}=declined")
        else:
            answers[key] = ctx.pick(options)
            ctx.add(kind)
            ctx.note(kind)

    ask("racial_ethnic_origin", ctx.kk(("race", "ethnicity"), ("ethnic", "group"), "RaceEthnicity",
                                       "ethnic-origin"), UK_ETHNIC if uk else EEO_RACE, 0.25)
    ask("health", ctx.kk(("disability", "status"), ("disability",), "DisabilityStatus"),
        DISABILITY_YES, 0.3)
    if not uk:
        answers[ctx.kk(("veteran", "status"))] = ctx.pick(VETERAN)
    if uk or ctx.chance(0.4):
        ask("sex_life_orientation", ctx.kk(("sexual", "orientation"), "SexualOrientation"),
            ORIENTATION, 0.3)
    if uk:
        ask("religious_belief", ctx.kk(("religion", "or", "belief"), ("religion",)),
            UK_RELIGION, 0.3)
    return {"application": {"id": ctx.ref("APP"), "job": ctx.pick(
        ["Warehouse Associate", "Staff Nurse", "Data Analyst", "Bus Driver"]),
        "candidate": {"name": f"{first} {last}", "email": ctx.email(first, last, "en"),
                      "phone": ctx.phone("en")},
        "voluntary_self_identification" if not uk else "equality_monitoring": answers,
        "submitted_at": ctx.ts()}}


CENSUS_ETHNIC = [(1, "White British"), (4, "Indian"), (9, "Black African"), (12, "Roma"),
                 (15, "Arab"), (7, "Chinese")]
CENSUS_REL = [(1, "No religion"), (2, "Christian"), (5, "Muslim"), (6, "Sikh"), (3, "Buddhist")]
HEALTH_GEN = [(1, "Very good"), (2, "Good"), (3, "Fair"), (4, "Bad"), (5, "Very bad")]


def census_person(ctx: Ctx) -> Doc:
    """One person record of survey microdata: coded answers, sometimes with value labels."""
    labelled = ctx.chance(0.5)
    rec: dict[str, Any] = {"hh_id": ctx.ref("HH"), "pnum": ctx.r.randint(1, 5),
                           "age": ctx.r.randint(18, 88), "sex": ctx.r.randint(1, 2),
                           "region": ctx.pick(["E12000008", "DE30", "FR10", "ES51"]),
                           "weight": round(ctx.r.uniform(0.4, 3.2), 4)}

    def coded(kind: str, key: str, table: list[tuple[int, str]]) -> None:
        code, label = ctx.pick(table)
        rec[key] = {"code": code, "label": label} if labelled else code
        ctx.add(kind)
        ctx.note(kind)

    chosen = ctx.r.sample(["eth", "rel", "health", "union", "vote", "orient"], ctx.r.randint(2, 4))
    if "eth" in chosen:
        coded("racial_ethnic_origin", ctx.pick(["ethnic_group", "ETHPUK11", "ethnie",
                                                "grupo_etnico"]), CENSUS_ETHNIC)
    if "rel" in chosen:
        coded("religious_belief", ctx.pick(["religion", "RELIG", "religion_20", "confesion"]),
              CENSUS_REL)
    if "health" in chosen:
        coded("health", ctx.pick(["general_health", "HLTHGEN", "sante_percue",
                                  "salud_autopercibida"]), HEALTH_GEN)
        if ctx.chance(0.5):
            rec[ctx.pick(["longterm_condition", "LLTI", "limitation_activite"])] = \
                {"code": 1, "label": "Yes, limited a lot"} if labelled else 1
    if "union" in chosen:
        coded("trade_union", ctx.pick(["tu_member", "UNIONMEM", "syndique", "afiliado_sindical"]),
              [(1, "Yes, currently a member"), (2, "Yes, previously"), (3, "No, never")])
    if "vote" in chosen:
        coded("political_opinion", ctx.pick(["vote_intention", "PARTYID", "intention_vote",
                                             "recuerdo_voto"]),
              [(1, "Conservative"), (2, "Labour"), (3, "Liberal Democrat"), (4, "Green"),
               (7, "Reform UK")])
    if "orient" in chosen:
        coded("sex_life_orientation", ctx.pick(["sexual_identity", "SEXID", "orientation_sex"]),
              [(1, "Heterosexual / straight"), (2, "Gay / lesbian"), (3, "Bisexual")])
    return {"dataset": ctx.pick(["lfs_2024q2_person", "ess11", "enquete_cadre_vie",
                                 "barometro_cis"]), "record": rec}


DATING_RELIGION = {"en": ["Catholic", "Jewish", "Muslim", "Hindu", "Christian - Evangelical",
                          "Buddhist"],
                   "de": ["katholisch", "evangelisch", "muslimisch", "jüdisch"],
                   "fr": ["catholique", "musulman(e)", "juif/juive", "bouddhiste"],
                   "es": ["católica", "evangélico", "musulmana", "judío"]}
DATING_POLITICS = {"en": ["Liberal", "Conservative", "Very progressive", "Libertarian"],
                   "de": ["links", "konservativ", "grün", "liberal"],
                   "fr": ["de gauche", "de droite", "écolo", "centriste"],
                   "es": ["de izquierdas", "de derechas", "progresista", "conservador"]}
DATING_ORIENT = {"en": ["Straight", "Gay", "Bisexual", "Pansexual", "Queer", "Asexual"],
                 "de": ["hetero", "homosexuell", "bi", "pansexuell", "queer"],
                 "fr": ["hétéro", "homo", "bi", "pansexuel·le"],
                 "es": ["hetero", "homosexual", "bisexual", "pansexual"]}
GENDERED_ORIENT = {("woman", "en"): "Lesbian", ("woman", "de"): "lesbisch",
                   ("woman", "fr"): "lesbienne", ("woman", "es"): "lesbiana",
                   ("man", "en"): "Gay", ("man", "de"): "schwul", ("man", "fr"): "gay",
                   ("man", "es"): "gay"}
DATING_ETHNIC = {"en": ["Black", "Latina", "South Asian", "East Asian", "Mixed race",
                        "Middle Eastern"],
                 "de": ["afrodeutsch", "türkischstämmig", "asiatisch"],
                 "fr": ["métisse", "maghrébine", "afro-caribéen"],
                 "es": ["latina", "gitano", "afrodescendiente"]}
BIOS = {"en": ["Coffee snob, bad at karaoke, good at board games.", "Weekend hiker, weekday "
               "spreadsheet wizard.", "Looking for someone to try every dumpling place in town."],
        "de": ["Radfahren, Kochen, Flohmärkte.", "Ich mag Sonntage am See und schlechte Filme."],
        "fr": ["Randonnée, cinéma et brunchs qui durent.", "Fan de jazz et de vélo."],
        "es": ["Me encanta el monte y el vermú de los domingos.", "Cocinillas y fan del cine."]}
ORIENTED_BIOS = {
    "en": ["Bi, bookish and terrible at small talk.", "Proudly queer, big on brunch and long "
           "walks.", "Straight, recently moved here, still learning the bus routes."],
    "de": ["Bi, Bücherwurm, Hobbygärtner*in.", "Queer, neu in der Stadt, liebe Flohmärkte."],
    "fr": ["Bi, lecteur·rice compulsif·ve et fan de jazz.", "Queer et fan de randonnée."],
    "es": ["Bisexual, fan del monte y del vermú.", "Queer, recién llegado/a a la ciudad."]}
DKEYS = {"orient": {"en": ["orientation", "sexual_orientation", "sexualOrientation"],
                    "de": ["orientierung", "sexuelle_orientierung"],
                    "fr": ["orientation", "orientation_sexuelle"],
                    "es": ["orientacion", "orientacion_sexual"]},
         "rel": {"en": ["religion", "faith"], "de": ["religion", "glaube"],
                 "fr": ["religion", "croyance"], "es": ["religion", "creencias"]},
         "pol": {"en": ["politics", "political_views"], "de": ["politik", "politische_einstellung"],
                 "fr": ["politique", "opinions_politiques"], "es": ["politica", "ideologia"]},
         "eth": {"en": ["ethnicity", "ethnic_background"], "de": ["herkunft", "ethnie"],
                 "fr": ["origine", "ethnie"], "es": ["etnia", "origen_etnico"]}}


def dating_profile(ctx: Ctx) -> Doc:
    lang = ctx.lang
    gender, pronouns = ctx.pick([("woman", "she/her"), ("man", "he/him"),
                                 ("non-binary", "they/them")])
    prof: dict[str, Any] = {"id": ctx.hex(20), "display_name": ctx.first(lang),
                            "age": ctx.r.randint(21, 58), "gender": gender,
                            "pronouns": pronouns, "height_cm": ctx.r.randint(155, 198)}
    fields = ctx.r.sample(["orient", "orient", "rel", "pol", "eth"], ctx.r.randint(1, 3))
    kinds = {"orient": "sex_life_orientation", "rel": "religious_belief",
             "pol": "political_opinion", "eth": "racial_ethnic_origin"}
    pools = {"orient": DATING_ORIENT, "rel": DATING_RELIGION, "pol": DATING_POLITICS,
             "eth": DATING_ETHNIC}
    for f in dict.fromkeys(fields):
        value = ctx.pick(pools[f][lang])
        if f == "orient" and (gender, lang) in GENDERED_ORIENT and ctx.chance(0.3):
            value = GENDERED_ORIENT[(gender, lang)]
        prof[ctx.pick(DKEYS[f][lang])] = value
        ctx.add(kinds[f])
        ctx.note(kinds[f])
    if "orient" not in fields and ctx.chance(0.5):
        ctx.add("sex_life_orientation")
        ctx.note("orientation in bio")
        prof["bio"] = ctx.pick(ORIENTED_BIOS[lang])
    else:
        prof["bio"] = ctx.pick(BIOS[lang])
    if ctx.chance(0.4):
        lat, lon = ctx.coord()
        prof["last_location"] = {"lat": lat, "lon": lon}
    else:
        lat, lon = ctx.coarse()
        prof["area"] = {"lat": lat, "lon": lon, "radius_km": 10}
    prof["prompts"] = [{"q": "A perfect Sunday", "a": ctx.pick(BIOS[lang])}]
    return {"profile": prof, "app_version": ctx.version(), "verified": ctx.chance(0.5)}
