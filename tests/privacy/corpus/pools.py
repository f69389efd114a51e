"""Vocabulary for the corpus, split between the dev and holdout sets.

A ``Pool`` has items both sets may use and items only one of them uses, so the holdout set
meets names, phrasings and key spellings the dev set never shows.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Pool:
    common: tuple[str, ...] = ()
    dev: tuple[str, ...] = ()
    holdout: tuple[str, ...] = ()

    def items(self, split: str) -> tuple[str, ...]:
        return self.common + (self.dev if split == "dev" else self.holdout)


def alternate(*items: str) -> Pool:
    """Every third item goes to the holdout set, the rest to dev."""
    return Pool(
        dev=tuple(x for i, x in enumerate(items) if i % 3 != 2),
        holdout=tuple(x for i, x in enumerate(items) if i % 3 == 2),
    )


def halves(*items: str) -> Pool:
    """Even positions to dev, odd positions to holdout."""
    return Pool(dev=items[0::2], holdout=items[1::2])


# --- people --------------------------------------------------------------------------

FIRST = {
    "en": halves("James", "Olivia", "Michael", "Emma", "David", "Sophia", "Daniel", "Chloe",
                 "Ryan", "Grace", "Nathan", "Hannah", "Marcus", "Priya", "Kevin", "Aisha",
                 "Tyler", "Megan", "Owen", "Leah", "Brandon", "Naomi"),
    "de": halves("Jonas", "Lena", "Felix", "Mia", "Lukas", "Leonie", "Maximilian", "Katharina",
                 "Tobias", "Anja", "Florian", "Sabine", "Matthias", "Johanna", "Dominik",
                 "Ulrike", "Jannik", "Franziska", "Stefan", "Birgit"),
    "fr": halves("Camille", "Julien", "Élodie", "Mathieu", "Chloé", "Antoine", "Manon", "Théo",
                 "Léa", "Guillaume", "Inès", "Baptiste", "Margaux", "Hugo", "Océane", "Nicolas",
                 "Sandrine", "Rémi", "Pauline", "Yannick"),
    "es": halves("Lucía", "Javier", "Carmen", "Alejandro", "Sofía", "Pablo", "Marta", "Diego",
                 "Elena", "Sergio", "Paula", "Andrés", "Nuria", "Raúl", "Irene", "Álvaro",
                 "Beatriz", "Iván", "Rocío", "Gonzalo"),
}

LAST = {
    "en": halves("Carter", "Whitfield", "Okafor", "Bennett", "Hughes", "Patel", "Lindqvist",
                 "Morrison", "Gallagher", "Thornton", "Reyes", "Fletcher", "Nakamura",
                 "Harrington", "Sullivan", "Abernathy", "Kowalski", "Prescott", "Ellison",
                 "Donovan", "Achebe", "Whitaker"),
    "de": halves("Becker", "Schneider", "Hoffmann", "Wagner", "Krüger", "Schäfer", "Neumann",
                 "Zimmermann", "Braun", "Hartmann", "Lange", "Vogel", "Friedrich", "Böhm",
                 "Kessler", "Lorenz", "Winter", "Albrecht", "Seidel", "Engel"),
    "fr": halves("Dubois", "Lefèvre", "Moreau", "Girard", "Fontaine", "Rousseau", "Mercier",
                 "Bonnet", "Lambert", "Faure", "Chevalier", "Garnier", "Perrin", "Marchand",
                 "Roux", "Blanchard", "Gauthier", "Leroy", "Masson", "Caron"),
    "es": halves("García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro",
                 "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Serrano", "Molina",
                 "Ortega", "Iglesias", "Castro", "Rubio", "Morales", "Cruz"),
}

EMAIL_DOMAINS = Pool(
    common=("example.com", "example.org"),
    dev=("example.net", "mail.example.com", "kunden.example.de"),
    holdout=("post.example.org", "correo.example.es", "courrier.example.fr"),
)

# --- places (street addresses are always ``postal_address``) -------------------------

STREETS = {
    "en_us": halves("Maple Avenue", "Cedar Lane", "Hillcrest Drive", "Oak Street",
                    "Riverside Road", "Willow Court", "Pine Ridge Way", "Sycamore Boulevard",
                    "Lakeview Terrace", "Meadowbrook Lane"),
    "en_gb": halves("High Street", "Victoria Road", "Mill Lane", "Station Road", "Park Avenue",
                    "Church Lane", "Queens Road", "Orchard Close"),
    "de": halves("Hauptstraße", "Lindenallee", "Bahnhofstraße", "Schillerstraße", "Gartenweg",
                 "Am Mühlbach", "Rosenstraße", "Kirchgasse", "Bergstraße", "Talweg"),
    "fr": halves("rue de la République", "avenue des Tilleuls", "rue du Moulin", "rue des Lilas",
                 "chemin des Vignes", "rue de l'Église", "place du Marché",
                 "allée des Peupliers"),
    "es": halves("Calle Mayor", "Avenida de la Constitución", "Calle del Sol",
                 "Paseo de la Castellana", "Calle Real", "Calle de la Iglesia",
                 "Avenida del Puerto", "Calle Nueva"),
}

CITIES = {
    "en_us": [("Portland", "OR", "97205"), ("Austin", "TX", "78704"), ("Columbus", "OH", "43215"),
              ("Madison", "WI", "53703"), ("Raleigh", "NC", "27601"), ("Denver", "CO", "80203")],
    "en_gb": [("London", "", "N1 9GU"), ("Manchester", "", "M4 1HN"), ("Leeds", "", "LS1 4DT"),
              ("Bristol", "", "BS1 5TR"), ("Glasgow", "", "G2 3BZ")],
    "de": [("Berlin", "", "10115"), ("München", "", "80331"), ("Köln", "", "50667"),
           ("Hamburg", "", "20095"), ("Frankfurt am Main", "", "60311"), ("Leipzig", "", "04109")],
    "fr": [("Paris", "", "75011"), ("Lyon", "", "69003"), ("Marseille", "", "13001"),
           ("Toulouse", "", "31000"), ("Bordeaux", "", "33000"), ("Nantes", "", "44000")],
    "es": [("Madrid", "", "28013"), ("Barcelona", "", "08002"), ("Sevilla", "", "41001"),
           ("Valencia", "", "46001"), ("Málaga", "", "29015"), ("Bilbao", "", "48001")],
}

COARSE_PLACES = [("Paris", "FR", 48.85, 2.35), ("Berlin", "DE", 52.52, 13.4),
                 ("Madrid", "ES", 40.42, -3.7), ("London", "GB", 51.51, -0.13),
                 ("Lyon", "FR", 45.76, 4.84), ("Hamburg", "DE", 53.55, 9.99),
                 ("Seville", "ES", 37.39, -5.98), ("Austin", "US", 30.27, -97.74),
                 ("Portland", "US", 45.52, -122.68), ("Munich", "DE", 48.14, 11.58)]

COMPANIES = Pool(
    common=("Acme Logistics GmbH", "Nordwind Handels AG", "Bluewater Analytics Ltd"),
    dev=("Lumen Software Inc.", "Atelier Lumière SARL", "Soluciones Iberia S.L.",
         "Greenfield Foods plc"),
    holdout=("Brightline Robotics LLC", "Maison Ardoise SAS", "Talleres Cantábrico S.A.",
             "Kestrel Freight BV"),
)

# --- special categories: values -------------------------------------------------------

CONDITIONS = {
    "en": alternate("type 2 diabetes", "asthma", "schizophrenia", "hypertension",
                    "major depressive disorder", "breast cancer", "epilepsy", "HIV",
                    "hepatitis C", "multiple sclerosis", "Crohn's disease",
                    "Parkinson's disease", "rheumatoid arthritis", "generalized anxiety disorder",
                    "ADHD", "COPD", "hypothyroidism", "chronic kidney disease", "bipolar disorder",
                    "celiac disease", "long COVID", "PTSD", "glaucoma", "endometriosis"),
    "de": alternate("Diabetes mellitus Typ 2", "Asthma bronchiale", "Schizophrenie",
                    "Bluthochdruck", "Depression", "Brustkrebs", "Epilepsie", "Multiple Sklerose",
                    "Hepatitis C", "Morbus Crohn", "rheumatoider Arthritis", "Parkinson",
                    "einer Angststörung", "Schilddrüsenunterfunktion", "ADHS"),
    "fr": alternate("diabète de type 2", "asthme", "schizophrénie", "hypertension artérielle",
                    "dépression", "cancer du sein", "épilepsie", "sclérose en plaques",
                    "hépatite C", "maladie de Crohn", "polyarthrite rhumatoïde",
                    "maladie de Parkinson", "trouble anxieux", "hypothyroïdie", "TDAH"),
    "es": alternate("diabetes tipo 2", "asma", "esquizofrenia", "hipertensión", "depresión",
                    "cáncer de mama", "epilepsia", "esclerosis múltiple", "hepatitis C",
                    "enfermedad de Crohn", "artritis reumatoide", "párkinson", "ansiedad",
                    "hipotiroidismo", "TDAH"),
}

ICD10 = {  # code, English description; split like CONDITIONS["en"]
    "dev": [("E11.9", "Type 2 diabetes mellitus without complications"),
            ("J45.909", "Unspecified asthma, uncomplicated"), ("I10", "Essential hypertension"),
            ("F32.9", "Major depressive disorder, single episode"),
            ("G40.909", "Epilepsy, unspecified"), ("B20", "HIV disease"),
            ("G35", "Multiple sclerosis"), ("K50.90", "Crohn's disease, unspecified"),
            ("M06.9", "Rheumatoid arthritis, unspecified"), ("F41.1", "Generalized anxiety"),
            ("J44.9", "Chronic obstructive pulmonary disease"), ("E03.9", "Hypothyroidism")],
    "holdout": [("F20.9", "Schizophrenia, unspecified"),
                ("C50.911", "Malignant neoplasm of right female breast"),
                ("B18.2", "Chronic viral hepatitis C"), ("G20", "Parkinson's disease"),
                ("F90.0", "ADHD, predominantly inattentive type"),
                ("N18.3", "Chronic kidney disease, stage 3"), ("U09.9", "Post COVID-19 condition"),
                ("F43.10", "Post-traumatic stress disorder"), ("H40.9", "Glaucoma")],
}

MEDICATIONS = alternate("metformin 500 mg", "salbutamol inhaler", "olanzapine 10 mg",
                        "lisinopril 10 mg", "sertraline 50 mg", "tamoxifen 20 mg",
                        "levetiracetam 500 mg", "bictegravir/emtricitabine/tenofovir",
                        "sofosbuvir/velpatasvir", "ocrelizumab", "adalimumab",
                        "levodopa/carbidopa", "methotrexate 15 mg", "escitalopram 10 mg",
                        "methylphenidate 18 mg", "levothyroxine 75 mcg", "lithium carbonate",
                        "prednisolone 5 mg", "insulin glargine", "quetiapine 25 mg")

ALLERGIES = alternate("penicillin", "peanuts", "latex", "shellfish", "sulfonamides",
                      "bee venom", "aspirin", "iodinated contrast", "tree nuts")

GENES = alternate("BRCA1", "BRCA2", "MLH1", "CFTR", "HBB", "TP53", "APOE", "PALB2", "MSH2",
                  "LDLR", "HEXA", "CHEK2")

RSIDS = alternate("rs429358", "rs7412", "rs1801133", "rs4988235", "rs53576", "rs1815739",
                  "rs762551", "rs1800497", "rs9939609")

ETHNICITY = {
    "en": alternate("Black or African American", "Hispanic or Latino", "Roma",
                    "Asian", "White", "American Indian or Alaska Native",
                    "Native Hawaiian or Other Pacific Islander", "Two or more races",
                    "Mixed White and Black Caribbean", "Asian - Indian", "White - Irish",
                    "Middle Eastern or North African"),
    "de": alternate("kurdisch", "türkischstämmig", "Sinti", "afrodeutsch", "russlanddeutsch",
                    "Roma"),
    "fr": alternate("maghrébine", "antillaise", "berbère", "afro-descendante", "asiatique",
                    "rom"),
    "es": alternate("gitana", "afrodescendiente", "indígena", "latinoamericana", "bereber",
                    "asiática"),
}

PARTIES = {
    "en": alternate("Democratic", "Republican", "Libertarian", "Green Party", "Labour",
                    "Liberal Democrats", "Conservative", "Reform UK", "Scottish National Party"),
    "de": alternate("SPD", "CDU", "Die Linke", "die Grünen", "FDP", "AfD"),
    "fr": alternate("La France insoumise", "Les Républicains", "le Parti socialiste",
                    "Renaissance", "le Rassemblement national", "Europe Écologie"),
    "es": alternate("el PSOE", "el Partido Popular", "Podemos", "Vox", "Sumar", "ERC"),
}

RELIGIONS = {
    "en": alternate("Catholic", "Muslim", "Sikh", "Protestant", "Jewish", "Orthodox Christian",
                    "Buddhist", "Hindu", "Jehovah's Witness", "Evangelical", "Anglican",
                    "Sunni Muslim"),
    "de": alternate("römisch-katholisch", "evangelisch", "muslimisch", "jüdisch",
                    "evangelisch-lutherisch", "alevitisch"),
    "fr": alternate("catholique", "musulmane", "protestante", "juive", "bouddhiste",
                    "orthodoxe"),
    "es": alternate("católica", "musulmana", "evangélica", "judía", "budista",
                    "testigo de Jehová"),
}

UNIONS = {
    "en": alternate("Teamsters", "SEIU", "UNISON", "UAW", "Unite", "GMB", "AFT",
                    "National Education Union", "Communication Workers Union"),
    "de": alternate("IG Metall", "ver.di", "GEW", "IG BCE", "NGG", "EVG"),
    "fr": alternate("la CGT", "la CFDT", "FO", "Solidaires", "la CFE-CGC", "l'UNSA"),
    "es": alternate("CCOO", "UGT", "CGT", "USO", "CSIF", "ELA"),
}

ORIENTATION = {
    "en": alternate("gay", "lesbian", "bisexual", "pansexual", "asexual", "queer"),
    "de": alternate("schwul", "lesbisch", "bisexuell", "homosexuell", "pansexuell", "queer"),
    "fr": alternate("homosexuel", "lesbienne", "bisexuelle", "gay", "pansexuel", "queer"),
    "es": alternate("gay", "lesbiana", "bisexual", "homosexual", "pansexual", "queer"),
}

OFFENSES = {
    "en": alternate("theft", "fraud", "shoplifting", "assault", "burglary", "embezzlement",
                    "driving under the influence", "drug possession", "identity theft"),
    "de": alternate("Diebstahl", "Betrug", "Körperverletzung", "Trunkenheit am Steuer",
                    "Einbruchdiebstahl", "Unterschlagung"),
    "fr": alternate("vol", "escroquerie", "conduite en état d'ivresse", "violences",
                    "cambriolage", "abus de confiance"),
    "es": alternate("robo", "estafa", "conducción bajo los efectos del alcohol", "lesiones",
                    "hurto", "apropiación indebida"),
}

# --- key spellings -------------------------------------------------------------------
# Keys are written in snake_case and re-styled per document (camel, Pascal, kebab).
# A leading "=" keeps the key exactly as written.

KEYS = {
    "email": Pool(common=("email",), dev=("email_address", "contact_email"),
                  holdout=("mail", "e_mail", "primary_email")),
    "phone": Pool(common=("phone",), dev=("phone_number", "mobile"),
                  holdout=("tel", "cell_phone", "contact_number")),
    "dob": Pool(common=("date_of_birth",), dev=("dob", "birth_date"),
                holdout=("birthdate", "born_on", "birthday")),
    "name": Pool(common=("name",), dev=("full_name", "customer_name"),
                 holdout=("holder_name", "contact_name", "legal_name")),
    "first": Pool(common=("first_name",), dev=("firstname",), holdout=("given_name",)),
    "last": Pool(common=("last_name",), dev=("lastname",), holdout=("family_name", "surname")),
    "address": Pool(common=("address",), dev=("home_address", "shipping_address"),
                    holdout=("mailing_address", "residence", "postal_address")),
    "ip": Pool(common=("ip",), dev=("client_ip", "remote_addr"),
               holdout=("source_ip", "origin_ip", "peer_address")),
    "card": Pool(common=("card_number",), dev=("pan", "cc_number"),
                 holdout=("card_no", "primary_account_number", "credit_card")),
    "passport": Pool(common=("passport_number",), dev=("passport_no",),
                     holdout=("=reisepassnummer", "=numero_passeport", "=pasaporte",
                              "travel_document_number")),
    "password": Pool(common=("password",), dev=("passwd",),
                     holdout=("=pwd", "=kennwort", "=mot_de_passe", "=contraseña")),
    "diagnosis": Pool(common=("diagnosis",), dev=("diagnoses", "condition"),
                      holdout=("medical_conditions", "primary_diagnosis", "dx")),
    "medications": Pool(common=("medications",), dev=("current_medications",),
                        holdout=("meds", "drug_list", "prescriptions")),
    "allergies": Pool(common=("allergies",), dev=("known_allergies",),
                      holdout=("allergy_list", "intolerances")),
    "ethnicity": Pool(common=("ethnicity",), dev=("race", "ethnic_origin"),
                      holdout=("race_ethnicity", "ethnic_group", "=origine_ethnique")),
    "religion": Pool(common=("religion",), dev=("religious_affiliation", "faith"),
                     holdout=("denomination", "=konfession", "=religión", "belief")),
    "political": Pool(common=("political_party",), dev=("party_affiliation",),
                      holdout=("party_id", "=parteizugehörigkeit", "political_views")),
    "union": Pool(common=("union",), dev=("union_membership", "trade_union"),
                  holdout=("labor_union", "=gewerkschaft", "=syndicat", "=sindicato")),
    "orientation": Pool(common=("sexual_orientation",), dev=("orientation",),
                        holdout=("=orientación_sexual", "=orientation_sexuelle", "sexuality")),
    "criminal": Pool(common=("criminal_record",), dev=("convictions",),
                     holdout=("criminal_history", "=antecedentes_penales", "=vorstrafen")),
}
