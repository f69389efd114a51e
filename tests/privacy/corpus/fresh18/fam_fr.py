"""French payload families: mutuelles, médecins, CAF, préfecture, justice, employeurs, cultes."""

from __future__ import annotations

from typing import Any

from . import pools
from .ctx import Ctx, frag
from .registry import family
from .shapes import cloudevent, csv_text, form, jsonapi, page, problem

FR = pools.ICD["fr"]


@family("fr_mutuelle_remboursement", fr=1)
def mutuelle(c: Ctx) -> Any:
    p = c.person()
    acte = c.pick(
        [
            "Consultation psychiatre",
            "Séance de kinésithérapie",
            "Séance d'orthophonie",
            "Verres correcteurs - myopie forte",
        ]
    )
    doc: dict[str, Any] = {
        "adherent": {
            "numeroAdherent": c.ref("AD", 6),
            **c.name_kv(p, "prenom", "nom"),
            "nir": c.nir(p),
        },
        **c.kv("health", "acte", acte),
        "montantRembourse": c.money(8, 120),
        "rib": {"iban": c.iban(), "titulaire": c.name(p, "Lf")},
    }
    if c.chance(0.4):
        doc["motif"] = c.say("health", p=p, chat=False)
    return doc


@family("fr_compte_rendu_consultation", fr=1)
def compte_rendu(c: Ctx) -> Any:
    p, dr = c.person(), c.person()
    cab = c.address()
    return {
        "type": "compte_rendu",
        "medecin": {
            "nom": c.titled(dr, "Dr"),
            "cabinet": c.addr_full(cab),
            "rpps": f"10{c.num(100000, 999999)}",
        },
        "patient": {
            "nomComplet": c.name(p, "Lf"),
            "dateNaissance": c.dob(p, c.pick(["native", "long"])),
        },
        "motif": c.say("health", p=p, chat=False),
        "conclusion": c.say("health", p=p, chat=False),
    }


@family("fr_arret_travail", fr=1)
def arret_travail(c: Ctx) -> Any:
    p = c.person()
    code, text = c.pick(FR)
    start = c.day()
    return cloudevent(
        c,
        "fr.assurance-maladie.arret.transmis",
        "/amelipro/avis-arret",
        {
            "assure": {"nir": c.nir(p), **c.name_kv(p, "prenom", "nomUsage")},
            "arret": {
                "debut": start.isoformat(),
                "duree": c.num(3, 30),
                "prolongation": c.chance(0.3),
                **c.kv("health", "motifMedical", f"{code} {text}"),
            },
            "employeur": {
                "siret": " ".join(str(c.num(100, 999)) for _ in range(3))
                + f" {c.num(10000, 99999)}"
            },
        },
    )


@family("fr_ordonnance", fr=1)
def ordonnance(c: Ctx) -> Any:
    p, dr = c.person(), c.person()
    lignes = [
        {
            "medicament": m,
            "posologie": c.pick(["1 cp matin", "1 cp matin et soir", "si douleur"]),
            "duree": c.pick(["1 mois", "3 mois", "7 jours"]),
        }
        for m in c.rng.sample(pools.MEDS["fr"], c.num(1, 3))
    ]
    c.mark("health", frag("medicament", lignes[0]["medicament"]), "field:medication")
    return {
        "ordonnance": c.ref("ORD", 6),
        "prescripteur": c.titled(dr, "Dr"),
        "patient": {"nom": c.name(p), "ddn": c.dob(p)},
        "lignes": lignes,
        "renouvelable": c.chance(0.5),
    }


@family("fr_labo_resultats", fr=1)
def labo(c: Ctx) -> Any:
    p = c.person()
    res = [
        {"analyse": n, "valeur": round(c.rng.uniform(lo, hi), 2), "unite": u}
        for n, u, lo, hi in c.rng.sample(
            [
                ("Glycémie à jeun", "g/L", 0.7, 1.6),
                ("TSH", "mUI/L", 0.3, 8.0),
                ("Ferritine", "µg/L", 10, 350),
                ("Créatinine", "mg/L", 6, 18),
                ("Sérologie VIH", "", 0, 0.5),
            ],
            3,
        )
    ]
    c.mark("health", frag("analyse", res[0]["analyse"]), "lab")
    return {
        "dossier": c.ref("LB", 6),
        "patient": {"nom": c.name(p, "LF"), "naissance": c.dob(p)},
        "resultats": res,
        "valide": c.ts(),
    }


@family("fr_mdph_dossier", fr=1)
def mdph(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    return {
        "numeroDossier": c.ref("MDPH", 6),
        "demandeur": {
            **c.name_kv(p, "prénom", "nom"),
            "date_de_naissance": c.dob(p),
            "adresse": c.addr_full(a),
            "nir": c.nir(p),
        },
        "decision": {
            **c.kv("health", "tauxIncapacite", c.pick(["50 à 79 %", "80 % et plus"])),
            "rqth": c.chance(0.7),
            "aah": c.chance(0.4),
        },
        "observations": c.say("health", p=p, chat=False),
    }


@family("fr_ehpad_resident", fr=2)
def ehpad(c: Ctx) -> Any:
    p, f = c.person(born=(1925, 1948)), c.person(born=(1950, 1975))
    r: dict[str, Any] = {
        "resident": c.name(p),
        "né_le": c.dob(p, "long"),
        "n_secu": c.nir(p),
        **c.kv("health", "gir", c.pick(["GIR 2", "GIR 3", "GIR 4"])),
        "référent": {"nom": c.name(f), "tel": c.phone()},
    }
    if c.chance(0.6):
        r["vie_spirituelle"] = c.say("religious_belief", p=p, chat=False)
    return r


@family("fr_caf_dossier", fr=1)
def caf(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    foyer = [{"nom": c.name(p), "role": "allocataire", "dateNaissance": c.dob(p), "nir": c.nir(p)}]
    doc: dict[str, Any] = {
        "numeroAllocataire": f"{c.num(100000, 999999)}",
        "foyer": foyer,
        "adresse": c.addr_full(a),
        "prestations": ["APL", "RSA"],
        "versement": {"iban": c.iban()},
    }
    if c.chance(0.5):
        doc["situation"] = c.say("health", p=p, chat=False)
    else:
        doc["remarque"] = c.neg("public")
    return doc


@family("fr_france_travail", fr=1)
def france_travail(c: Ctx) -> Any:
    p = c.person()
    return {
        "identifiant": f"{c.num(1000, 9999)}{c.pick('ABCDEFGH')}{c.num(10, 99)}",
        "demandeur": {
            "nom": c.name(p),
            "courriel": c.email(p),
            "portable": c.phone(mobile=True),
            "nir": c.nir(p),
        },
        "orientation": c.pick(["orientation professionnelle", "accompagnement renforcé"]),
        **(c.kv("health", "rqth", True) if c.chance(0.5) else {"rqth": pools.NO_ANSWER["fr"]}),
        "note": c.neg("public"),
    }


@family("fr_titre_sejour", fr=4)
def titre_sejour(c: Ctx) -> Any:
    p = c.person(c.pick(["fr", "es"]))
    doc: dict[str, Any] = {
        "demande": c.ref("ANEF", 6),
        "usager": {
            "nomComplet": c.name(p, "Lf"),
            "dateNaissance": c.dob(p),
            "nationalite": c.pick(
                ["algérienne", "marocaine", "ivoirienne", "malienne", "tunisienne"]
            ),
            "passeport": {"numero": c.passport(c.pick(["FR", "ES"])), "expiration": "2030-08-14"},
            "courriel": c.email(p),
        },
        "titre": c.pick(["carte de séjour salarié", "carte de résident"]),
    }
    if c.chance(0.35):
        doc["entretien"] = c.say("racial_ethnic_origin", p=p)
    return doc


@family("fr_casier_b3", fr=2)
def casier_b3(c: Ctx) -> Any:
    p = c.person()
    vierge = c.chance(0.5)
    return {
        "demande": c.ref("CJN", 6),
        "personne": {"nom": c.name(p, "LF"), "ne_le": c.dob(p)},
        **(
            c.kv("criminal_record", "bulletin3", "néant")
            if vierge
            else {"bulletin3": c.say("criminal_record", p=p, chat=False)}
        ),
        "delivre": c.day().isoformat(),
    }


@family("fr_garde_a_vue_log", fr=2)
def garde_a_vue(c: Ctx) -> Any:
    p = c.person()
    return [
        f"{c.ts()} PV {c.ref('', 6)} ouverture",
        f"{c.ts()} PV mis_en_cause={c.name(p, 'Lf')} "
        f"motif={c.say('criminal_record', p=p, chat=False)}",
        f"{c.ts()} PV clôture",
    ]


@family("fr_spip_suivi", fr=3)
def spip(c: Ctx) -> Any:
    p = c.person()
    return {
        "personne_suivie": c.name(p),
        "mesure": c.kv("criminal_record", "type", "sursis probatoire"),
        "entretiens": [
            {
                "date": c.day().isoformat(),
                "note": c.say(c.pick(["criminal_record", "health"]), p=p, chat=False),
            }
        ],
    }


@family("fr_adherents_parti", fr=3)
def adherents(c: Ctx) -> Any:
    party = c.pick(pools.PARTIES["fr"])
    items = []
    for _ in range(c.num(2, 3)):
        p = c.person()
        item = {
            **c.name_kv(p, "prenom", "nom"),
            "courriel": c.email(p),
            **c.kv("political_opinion", "parti", party),
            "cotisation": c.money(20, 120),
        }
        if c.chance(0.4):
            item.update(c.kv("trade_union", "syndique", c.pick(["CGT", "CFDT", "FSU", "non"])))
        items.append(item)
    return page(c, items)


@family("fr_porte_a_porte", fr=4)
def porte_a_porte(c: Ctx) -> Any:
    visites = []
    for _ in range(c.num(2, 3)):
        a = c.address()
        v: dict[str, Any] = {"adresse": c.addr_line(a), "ville": a.city}
        if c.chance(0.75):
            v.update(
                c.kv(
                    "political_opinion", "soutien", c.pick(["fort", "modéré", "indécis", "opposé"])
                )
            )
            if c.chance(0.4):
                v["commentaire"] = c.say("political_opinion", chat=False)
        else:
            v["absent"] = True
        visites.append(v)
    return {"campagne": "Municipales", "secteur": c.pick(["Nord", "Centre"]), "visites": visites}


@family("fr_don_campagne", fr=4)
def don_campagne(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    party = c.pick(pools.PARTIES["fr"])
    return jsonapi(
        c,
        "don",
        {
            "donateur": c.name(p),
            "adresse": c.addr_full(a),
            **c.kv("political_opinion", "beneficiaire", f"Association de financement {party}"),
            "montant": c.money(20, 4600),
            "moyen": "chèque",
        },
    )


@family("fr_syndicat_adhesion", fr=4)
def syndicat(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    u = c.pick(pools.UNIONS["fr"])
    return {
        "syndicat": u,
        "adherent": {
            **c.name_kv(p, "prenom", "nom"),
            "adresse": c.addr_full(a),
            "mail": c.email(p),
        },
        **c.kv("trade_union", "carte", f"{u} {c.num(2020, 2025)}"),
        "cotisation": {"mensuelle": c.money(8, 30), "prelevement": c.iban()},
    }


@family("fr_elections_cse", fr=3)
def elections_cse(c: Ctx) -> Any:
    cands = []
    for i in range(c.num(3, 4)):
        p = c.person()
        cands.append(
            {"rang": i + 1, "nom": c.name(p, "LF"), "college": c.pick(["ouvriers", "cadres"])}
        )
    u = c.pick(pools.UNIONS["fr"])
    c.mark("trade_union", frag("liste", u), "field:union_list")
    return {"scrutin": "CSE 2025", "liste": u, "candidats": cands}


@family("fr_fiche_paie", fr=3)
def fiche_paie(c: Ctx) -> Any:
    p = c.person()
    brut = c.money(1900, 5200)
    doc: dict[str, Any] = {
        "salarie": c.name(p, "Lf"),
        "numeroSecuriteSociale": c.nir(p),
        "periode": f"2024-{c.num(1, 12):02d}",
        "brut": brut,
        "net": round(brut * 0.77, 2),
        "virement": c.iban(),
    }
    if c.chance(0.5):
        doc["note_rh"] = c.say("trade_union")
    if c.chance(0.3):
        doc["mutuelle"] = "Part salariale complémentaire santé"
    return doc


@family("fr_paroisse_denier", fr=2)
def paroisse(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    return {
        "donateur": {"nom": c.name(p), "adresse": c.addr_full(a), "email": c.email(p)},
        **c.kv(
            "religious_belief",
            "affectation",
            c.pick(["Denier de l'Église", "Quête paroissiale", "Dîme"]),
        ),
        "montant": c.money(20, 500),
        "recuFiscal": True,
    }


@family("fr_aumonerie_hopital", fr=2)
def aumonerie(c: Ctx) -> Any:
    p = c.person()
    return {
        **c.kv("health", "service", c.pick(["cardiologie", "oncologie", "soins palliatifs"])),
        "chambre": c.num(100, 450),
        "patient": c.name(p),
        **c.kv("religious_belief", "culte", c.pick(pools.RELIGIONS["fr"])),
        "demande": c.say("religious_belief", p=p, chat=False),
    }


@family("fr_communaute_cultuelle", fr=2)
def communaute(c: Ctx) -> Any:
    p = c.person()
    org = c.pick(
        ["Consistoire israélite", "Association cultuelle musulmane", "Église protestante unie"]
    )
    c.mark("person_name", f"nom={p.last}", "name")
    c.mark("religious_belief", f"communaute={org}", "form:congregation")
    return form(
        [
            ("nom", p.last),
            ("prenom", p.first),
            ("courriel", c.email(p)),
            ("communaute", org),
            ("cotisation", str(c.num(30, 300))),
        ]
    )


@family("fr_association_lgbt", fr=4)
def asso_lgbt(c: Ctx) -> Any:
    return {
        "signalement": c.ref("SIG", 5),
        "canal": c.pick(["ligne d'écoute", "formulaire"]),
        "recit": c.note("sex_life_orientation", neg=0),
        "contact": c.email(None, local=c.pick(["loup.gris77", "azur_noir", "ptitcactus"])),
    }


@family("fr_cegidd_consultation", fr=5)
def cegidd(c: Ctx) -> Any:
    return {
        "consultation": c.uuid(),
        "anonyme": True,
        "code": c.ref("CG", 5),
        "motif": c.say("sex_life_orientation"),
        "resultats": c.say("health"),
    }


@family("fr_cantine_biometrie", fr=4)
def cantine(c: Ctx) -> Any:
    p = c.person()
    doc: dict[str, Any] = {
        "etablissement": "Restaurant d'entreprise",
        "badge": c.ref("BD", 5),
        "convive": c.name(p),
    }
    if c.chance(0.9):
        doc["gabaritContourMain"] = c.vein_template() if c.chance(0.4) else c.fp_template()
    else:
        doc["gabarit"] = "[supprimé]"
    doc["dernierPassage"] = {
        "heure": c.ts(),
        "authentification": "empreinte",
        "score": round(c.rng.uniform(0.8, 1), 2),
    }
    return doc


@family("fr_controle_acces_visage", fr=4)
def acces_visage(c: Ctx) -> Any:
    return {
        "site": "Entrepôt de Lyon",
        "evenement": "enrolement",
        "collaborateur": c.ref("C", 5),
        "gabarit_visage": c.embedding(c.pick([64, 128]), "face_embedding"),
        "horodatage": c.ts(),
    }


@family("fr_kit_adn_origines", fr=6)
def kit_adn(c: Ctx) -> Any:
    p = c.person()
    doc: dict[str, Any] = {
        "kit": c.ref("ADN", 6),
        "client": {"nom": c.name(p), "courriel": c.email(p)},
        "donnees_brutes": c.snps(c.num(3, 5)),
    }
    if c.chance(0.5):
        doc["origines_declarees"] = c.say("racial_ethnic_origin", p=p)
    return doc


@family("fr_labo_genetique", fr=6)
def labo_genetique(c: Ctx) -> Any:
    p = c.person()
    return {
        "compte_rendu": c.ref("GEN", 5),
        "patient": c.name(p, "LF"),
        "naissance": c.dob(p),
        "resultat": c.say("genetic", p=p, chat=False),
        "conseil": c.say("genetic", p=p, chat=False),
    }


@family("fr_association_roms", fr=5)
def asso_roms(c: Ctx) -> Any:
    p = c.person()
    return {
        "famille": c.name(p),
        "tel": c.phone(mobile=True),
        "terrain": c.pick(["aire d'accueil", "squat"]),
        "notes": c.note(
            "racial_ethnic_origin", c.pick(["health", "religious_belief"]), p=p, chat=False
        ),
    }


@family("fr_pret_questionnaire_sante", fr=1)
def pret_sante(c: Ctx) -> Any:
    p = c.person()
    q = [
        {"question": "Êtes-vous actuellement en arrêt de travail ?", "reponse": "non"},
        {
            "question": "Suivez-vous un traitement médical régulier ?",
            "reponse": c.pick(["non", "oui"]),
        },
        {
            "question": "Avez-vous été hospitalisé au cours des 10 dernières années ?",
            "reponse": "non",
        },
    ]
    c.mark("health", frag("reponse", "non"), "questionnaire:negated")
    return {
        "emprunteur": {"nom": c.name(p), "naissance": c.dob(p, "long")},
        "questionnaire": q,
        "banque": {"rib": c.iban()},
    }


@family("fr_banque_kyc", fr=5)
def banque_kyc(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    return {
        "client": {
            **c.name_kv(p, "prenom", "nom"),
            "dateNaissance": c.dob(p),
            "adresse": c.addr_full(a),
            "telephone": c.phone(),
            "email": c.email(p),
        },
        "compte": {"iban": c.iban(), "bic": "BNPAFRPPXXX"},
        "controles": {"ppe": False, "gel_avoirs": "aucun résultat"},
    }


@family("fr_operateur_mobile", fr=4)
def operateur(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    return {
        "ligne": c.phone(mobile=True),
        "titulaire": c.name(p),
        "adresseFacturation": c.addr_full(a),
        "sessions": [{"ip": c.ip4(), "debut": c.ts()}, {"ip": c.ip6(), "debut": c.ts()}],
    }


@family("fr_livraison_colis", fr=4)
def livraison(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    lat, lon = c.coords()
    return {
        "colis": f"6A{c.num(100000, 999999)}",
        "destinataire": c.name(p),
        "adresse": c.addr_full(a),
        "position_livreur": f"{lat},{lon}",
        "statut": "livré",
    }


@family("fr_ecommerce_paiement", fr=5)
def ecommerce(c: Ctx) -> Any:
    p = c.person()
    if c.chance(0.6):
        paiement: dict[str, Any] = {"carte": c.card(), "titulaire": c.name(p, "LF")}
    else:
        paiement = {"carte": f"**** **** **** {c.num(1000, 9999)}", "reference": c.card_bad()}
    return {
        "commande": c.ref("CMD", 6),
        "email": c.email(p),
        "paiement": paiement,
        "total": c.money(10, 300),
    }


@family("fr_logs_api", fr=4)
def logs_api(c: Ctx) -> Any:
    return "\n".join(
        [
            f"{c.ts()} INFO connexion depuis {c.ip4()}",
            f"{c.ts()} ERROR échec d'authentification, "
            f"clé={c.secret(c.pick(['gitlab', 'google', 'sendgrid']))}",
            f"{c.ts()} INFO version {c.version()} démarrée",
        ]
    )


@family("fr_config_secrets", fr=4)
def config_secrets(c: Ctx) -> Any:
    return {
        "base_de_donnees": c.conn_string(c.pick(["postgresql", "mongodb"])),
        "authentification": c.basic_auth(),
        "cle_publique": "-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE"
        + c.alnum(40)
        + "\n-----END PUBLIC KEY-----",
        "hash_admin": "$2b$12$"
        + c.alnum(53, "./" + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
    }


@family("fr_recrutement_cv", fr=3)
def recrutement(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    return {
        "candidature": c.ref("CAND", 5),
        "cv": {
            "nom": c.name(p),
            "né_le": c.dob(p, "long"),
            "adresse": c.addr_full(a),
            "tel": c.phone(),
            "mail": c.email(p),
        },
        "experience": ["Comptable, 2018-2023", "Assistante de gestion, 2015-2018"],
    }


@family("fr_erreur_rib", fr=3)
def erreur_rib(c: Ctx) -> Any:
    bad = c.iban_bad("FR")
    return problem(
        c,
        "rib-invalide",
        "Coordonnées bancaires invalides",
        422,
        f"La clé de contrôle de l'IBAN {bad} est incorrecte.",
        erreurs=[{"champ": "iban", "valeur": bad}, {"champ": "nir", "valeur": c.nir_bad()}],
    )


@family("fr_rencontre_profil", fr=5)
def rencontre(c: Ctx) -> Any:
    prof: dict[str, Any] = {
        "pseudo": c.pick(["soleil_du_sud", "jules_vrn", "lectrice33", "marin_doux"]),
        "age": c.num(22, 58),
        "ville": c.pick(["Nantes", "Lyon", "Lille"]),
        "sexe": c.pick(["F", "M"]),
    }
    if c.chance(0.75):
        prof.update(c.kv("sex_life_orientation", "orientation", c.pick(pools.ORIENTATIONS["fr"])))
    else:
        prof["orientation"] = pools.NO_ANSWER["fr"]
    if c.chance(0.4):
        prof.update(c.kv("religious_belief", "religion", c.pick(pools.RELIGIONS["fr"])))
    if c.chance(0.3):
        prof["bio"] = c.say(c.pick(["sex_life_orientation", "political_opinion"]), chat=True)
    if c.chance(0.35):
        prof["verification"] = {"selfie": "validé", "gabaritVisage": c.embedding(32)}
    return {"profil": prof}


@family("fr_ticket_rh", fr=3)
def ticket_rh(c: Ctx) -> Any:
    p = c.person()
    kinds = c.rng.sample(["health", "trade_union", "religious_belief", "criminal_record"], 2)
    return {
        "ticket": c.ref("RH", 5),
        "salarie": c.name(p),
        "resume": c.note(*kinds, p=p, chat=False),
    }


@family("fr_casier_vestiaire", fr=2)
def casier_vestiaire(c: Ctx) -> Any:
    p = c.person()
    return {
        "salarie": c.name(p),
        "casier": f"n° {c.num(1, 300)}",
        "cadenas": c.pick(["fourni", "personnel"]),
        "note": c.phrase("casier_fr"),
    }


@family("fr_csv_import_patients", fr=1)
def csv_patients(c: Ctx) -> Any:
    rows = []
    for _ in range(c.num(2, 3)):
        p = c.person()
        code, _ = c.pick(FR)
        rows.append([p.last.upper(), p.first, c.dob(p), code])
        c.mark("person_name", f"{p.last.upper()};{p.first}", "name")
        c.mark("health", f";{code}\n", "csv:icd")
    return {
        "fichier": "import_patients.csv",
        "contenu": csv_text(["NOM", "PRENOM", "DDN", "CIM10"], rows),
    }


@family("fr_faed_signalisation", fr=4)
def faed(c: Ctx) -> Any:
    p = c.person()
    return {
        "signalisation": c.ref("FAED", 6),
        "service": "brigade de sûreté urbaine",
        "personne": {"nom": c.name(p, "LF"), "date_naissance": c.dob(p)},
        **c.kv(
            "criminal_record", "infraction", c.pick(["vol avec violence", "recel", "escroquerie"])
        ),
        "empreintes": {"doigt": "index droit", "gabarit": c.fp_template()},
    }


@family("fr_saisine_discrimination", fr=3)
def saisine(c: Ctx) -> Any:
    p = c.person()
    other = c.pick(["religious_belief", "sex_life_orientation", "health"])
    return {
        "saisine": c.ref("DDD", 6),
        "reclamant": c.name(p),
        "courriel": c.email(p),
        "domaine": c.pick(["emploi", "logement", "accès aux services"]),
        "exposé": c.note("racial_ethnic_origin", other, p=p),
    }


@family("fr_fhir_fr_core", fr=3)
def fhir_fr_core(c: Ctx) -> Any:
    p, a = c.person(), c.address()
    code, text = c.pick(FR)
    pid = c.uuid()
    patient = {
        "resourceType": "Patient",
        "id": pid,
        "meta": {"profile": ["https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-patient"]},
        "identifier": [{"system": "urn:oid:1.2.250.1.213.1.4.8", "value": c.nir(p, spaced=False)}],
        "name": [{"family": p.last, "given": [p.first]}],
        "gender": "female" if p.sex == "f" else "male",
        "birthDate": c.dob(p, "iso"),
        "address": [{"line": [c.addr_line(a)], "postalCode": a.postcode, "city": a.city}],
    }
    c.mark("person_name", frag("family", p.last), "name")
    condition = {
        "resourceType": "Condition",
        "id": c.uuid(),
        "subject": {"reference": f"Patient/{pid}"},
        "code": {
            "coding": [{"system": "http://hl7.org/fhir/sid/icd-10", "code": code, "display": text}]
        },
        "clinicalStatus": {"text": "active"},
    }
    c.mark("health", frag("display", text), "field:condition")
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [{"resource": patient}, {"resource": condition}],
    }
