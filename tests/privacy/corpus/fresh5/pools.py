"""Invented names, places and sentences for the fresh5 corpus.

Special-category snippets carry the kinds they reveal; the first kind is the one they
are filed under, further kinds are also present (e.g. a genotype that names a condition).
"""

from __future__ import annotations

FIRST = [
    "Marit",
    "Oskar",
    "Thandiwe",
    "Yusuf",
    "Ingeborg",
    "Rafael",
    "Siobhan",
    "Kenji",
    "Aurélie",
    "Dragan",
    "Paloma",
    "Tobias",
    "Nkechi",
    "Lucía",
    "Henrik",
    "Amara",
    "Bastien",
    "Greta",
    "Ximena",
    "Wojciech",
    "Leilani",
    "Emeka",
    "Solveig",
    "Matteo",
    "Zofia",
    "Hamid",
    "Clémence",
    "Iñaki",
    "Fenna",
    "Dmitri",
    "Rosalind",
    "Tariq",
    "Mireille",
    "Joaquín",
    "Hedda",
    "Kwabena",
    "Elif",
    "Ruairí",
    "Pilar",
    "Torben",
]
LAST = [
    "Brandtner",
    "Okonkwo-Hale",
    "Vasquez Ruiz",
    "Lindqvist",
    "Achterberg",
    "Moreau-Tissot",
    "Karagöz",
    "Pellegrini",
    "Haverkamp",
    "Nwachukwu",
    "Quintanilla",
    "Brennecke",
    "Fairweather",
    "Szymańska",
    "Oyelaran",
    "Gutiérrez Mora",
    "Lefebvre",
    "Ravensworth",
    "Holmqvist",
    "Abernathy",
    "Castellanos",
    "Vogelsang",
    "Duchamp-Roy",
    "Mthembu",
    "Ferreira Lobo",
    "Kowalczyk",
    "Dunleavy",
    "Strömberg",
    "Ibáñez",
    "Thorsby",
]

STREETS = [
    ("Lindenhofweg {n}", "04317 Leipzig", "DE"),
    ("Am Quellgrund {n}a", "79102 Freiburg", "DE"),
    ("Kiebitzstr. {n}", "28199 Bremen", "DE"),
    ("Rue des Tanneurs {n}", "67000 Strasbourg", "FR"),
    ("{n} bis, chemin des Vignes", "33300 Bordeaux", "FR"),
    ("Calle Almendro {n}, 3º B", "28045 Madrid", "ES"),
    ("Avda. de los Naranjos {n}", "46011 Valencia", "ES"),
    ("{n} Juniper Hollow Rd", "Asheville, NC 28806", "US"),
    ("{n} W Larkspur Ave Apt 5", "Tempe, AZ 85283", "US"),
    ("{n} Pennywell Close", "Leeds LS6 2QT", "GB"),
    ("Flat {n}, Harrowgate Mews", "Bristol BS3 4HX", "GB"),
    ("Travessa do Fojo {n}", "1200-180 Lisboa", "PT"),
]
CHURCH_STREETS = [
    ("{n} Church Lane", "Norwich NR2 4AB", "GB"),
    ("Calle de la Iglesia {n}", "37002 Salamanca", "ES"),
    ("Kirchgasse {n}", "93047 Regensburg", "DE"),
    ("{n} rue de l'Église", "44000 Nantes", "FR"),
]
CITIES = [
    "Leipzig",
    "Bordeaux",
    "Valencia",
    "Leeds",
    "Tempe",
    "Graz",
    "Rotterdam",
    "Porto",
    "Lyon",
    "Sevilla",
    "Dortmund",
    "Cork",
]
DOMAINS = [
    "posteo.de",
    "gmx.net",
    "outlook.fr",
    "proton.me",
    "yahoo.es",
    "fastmail.com",
    "northwind-logistics.com",
    "kliniken-elbtal.de",
    "mairie-rennes.fr",
    "hey.com",
    "ucm.es",
    "sunridge-health.org",
]

# (kind-list, language, sentence)
TEXT: dict[str, list[tuple[list[str], str, str]]] = {
    "health": [
        (["health"], "en", "pt c/o migraines since march, on sumatriptan prn, says it helps ~50%"),
        (
            ["health"],
            "en",
            "she's been off w/ burnout since the 3rd, GP signed her off another 2 wks",
        ),
        (["health"], "en", "Allergic to penicillin (hives) - pls flag on the chart!!"),
        (["health"], "en", "no hx of diabetes or heart issues, denies chest pain today"),
        (["health"], "en", "my son got diagnosed w ADHD last autumn and needs extra time in exams"),
        (["health"], "en", "Im 24 wks pregnant so cant do the heavy lifting shift anymore sorry"),
        (["health"], "en", "wheelchair user, need step-free access to the venue pls"),
        (["health"], "en", "HIV+ since 2019, undetectable, just need the refill moved up"),
        (
            ["health"],
            "en",
            "her dad has Parkinson's and she's the main carer, hence the late starts",
        ),
        (["health"], "de", "Krankmeldung wg. Bandscheibenvorfall bis einschl. Freitag"),
        (
            ["health"],
            "de",
            "Pat. hat Diabetes Typ 1, trägt ne Insulinpumpe, bitte beim Sport beachten",
        ),
        (["health"], "de", "bin seit Januar in Therapie wegen Depressionen, deshalb der Fehltag"),
        (["health"], "de", "Keine bekannten Allergien, Medikation: Ramipril 5mg morgens"),
        (["health"], "de", "GdB 50 wurde anerkannt, bitte Zusatzurlaub eintragen"),
        (["health"], "fr", "arrêt maladie pour lombalgie aiguë jusqu'au 12, certificat en PJ"),
        (["health"], "fr", "asthmatique depuis l'enfance, ventoline si besoin pendant la rando"),
        (["health"], "fr", "elle est enceinte de 5 mois, merci d'éviter les gardes de nuit"),
        (["health"], "fr", "suivi psy pour trouble anxieux, pas d'antécédents cardiaques"),
        (["health"], "es", "estoy de baja por ansiedad desde el lunes, mando el parte luego"),
        (
            ["health"],
            "es",
            "tengo celiaquía diagnosticada, el menú del congreso tiene que ser sin gluten",
        ),
        (["health"], "es", "mi madre tiene alzheimer y hoy no puedo ir, lo siento"),
        (["health"], "es", "alérgico a la amoxicilina, ojo con la receta"),
        (["health"], "en", "Pat. presented w/ SOB, SpO2 91%, started on prednisolone 40mg"),
        (["health"], "de", "hab grad Corona, positiv getestet gestern, bin die Woche raus"),
    ],
    "genetic": [
        (
            ["genetic"],
            "en",
            "raw data came back: APOE e3/e4, rs1801133 AG... what does that mean??",
        ),
        (["genetic"], "en", "pharmacogenomic panel says CYP2C19 *2/*2 (poor metabolizer)"),
        (["genetic"], "de", "laut meinem DNA-Test bin ich heterozygot für MTHFR C677T"),
        (
            ["genetic"],
            "fr",
            "résultat du séquençage : variante BRCA2 c.5946delT détectée chez la patiente",
        ),
        (["genetic"], "es", "el análisis genético dio portador de una variante en GJB2 (35delG)"),
        (
            ["genetic", "health"],
            "en",
            "Genetic test confirmed she's a carrier for cystic fibrosis (F508del)",
        ),
        (["genetic", "health"], "de", "Befund: Faktor-V-Leiden heterozygot, Pille daher abgesetzt"),
        (["genetic"], "en", "my 23andMe shows rs4680 GG and rs53576 AA, anyone else?"),
    ],
    "racial_ethnic_origin": [
        (
            ["racial_ethnic_origin"],
            "en",
            "as a Black woman in tech I've def seen this happen at our office",
        ),
        (
            ["racial_ethnic_origin"],
            "en",
            "I'm of Kurdish descent and would like an interpreter who gets that",
        ),
        (
            ["racial_ethnic_origin"],
            "de",
            "ich bin Sinto und wurde bei der Wohnungsbesichtigung abgewiesen",
        ),
        (["racial_ethnic_origin"], "fr", "je suis d'origine maghrébine et on m'a refusé l'entrée"),
        (
            ["racial_ethnic_origin"],
            "es",
            "soy gitana y en la entrevista me lo preguntaron dos veces",
        ),
        (
            ["racial_ethnic_origin"],
            "en",
            "pt self-identifies as Hispanic/Latina, Spanish-speaking family",
        ),
    ],
    "political_opinion": [
        (
            ["political_opinion"],
            "en",
            "strong Labour supporter, wants a yard sign, call back after 6",
        ),
        (
            ["political_opinion"],
            "en",
            "voted Green last time but leaning Lib Dem now, undecided on the mayor",
        ),
        (["political_opinion"], "de", "bin seit 2015 Mitglied bei den Grünen, Ortsverband Süd"),
        (["political_opinion"], "fr", "militant LFI depuis 2017, dispo pour le tractage samedi"),
        (["political_opinion"], "es", "voté a Podemos en las últimas y no pienso repetir"),
        (["political_opinion"], "en", "donated $250 to the Alvarez for Senate campaign last cycle"),
    ],
    "religious_belief": [
        (["religious_belief"], "en", "I need to leave early on Fridays for Jumu'ah prayers"),
        (
            ["religious_belief"],
            "en",
            "as a practising Sikh I wear a turban, so the helmet policy is a problem",
        ),
        (
            ["religious_belief"],
            "de",
            "ich bin 2021 aus der Kirche ausgetreten, bitte Kirchensteuer stoppen",
        ),
        (
            ["religious_belief"],
            "en",
            "we're Shabbat observant - no deliveries Fri after sunset pls",
        ),
        (
            ["religious_belief"],
            "fr",
            "catholique pratiquant, je ne travaille pas le dimanche matin",
        ),
        (["religious_belief"], "es", "soy testigo de Jehová y no acepto transfusiones"),
        (
            ["religious_belief"],
            "de",
            "bin evangelisch, Konfirmation war 2009 in der Paulusgemeinde",
        ),
    ],
    "trade_union": [
        (
            ["trade_union"],
            "en",
            "I'm the Unite rep for the night shift, pls cc me on the rota changes",
        ),
        (
            ["trade_union"],
            "en",
            "joined the union in May so dues should come off from next payslip",
        ),
        (["trade_union"], "de", "bin ver.di-Mitglied, Vertrauensfrau im Lager 2"),
        (["trade_union"], "fr", "délégué syndical CGT depuis 2019 sur le site de Roissy"),
        (["trade_union"], "es", "estoy afiliada a CCOO, quiero que esté presente el delegado"),
        (
            ["trade_union"],
            "en",
            "not a union member, never have been - why is there a dues deduction??",
        ),
    ],
    "sex_life_orientation": [
        (
            ["sex_life_orientation"],
            "en",
            "as a gay man I'd rather my coworkers not find out from HR",
        ),
        (
            ["sex_life_orientation"],
            "en",
            "me & my wife (yes both women lol) want the couples package",
        ),
        (
            ["sex_life_orientation"],
            "de",
            "ich bin schwul und will nicht, dass mein Chef davon erfährt",
        ),
        (
            ["sex_life_orientation"],
            "fr",
            "je suis bi et j'aimerais rencontrer des gens sans prise de tête",
        ),
        (["sex_life_orientation"], "es", "soy lesbiana, lo digo por si el grupo no es inclusivo"),
        (
            ["sex_life_orientation"],
            "en",
            "pt is asexual, not sexually active, declined the STI screen",
        ),
        (
            ["sex_life_orientation"],
            "en",
            "in a same-sex relationship, partner is listed as next of kin",
        ),
    ],
    "criminal_record": [
        (["criminal_record"], "en", "was arrested in 2019 for shoplifting, charges dropped tho"),
        (["criminal_record"], "en", "applicant disclosed a 2016 DUI conviction, fine paid"),
        (["criminal_record"], "de", "Führungszeugnis liegt vor, ohne Eintragungen"),
        (["criminal_record"], "fr", "casier judiciaire : néant (bulletin n°3 fourni)"),
        (["criminal_record"], "es", "certificado de antecedentes penales: no constan antecedentes"),
        (["criminal_record"], "en", "client is on probation till March, check-ins every 2nd Tue"),
        (
            ["criminal_record"],
            "de",
            "wurde 2018 wegen Körperverletzung verurteilt, Bewährung abgelaufen",
        ),
        (["criminal_record"], "en", "he's under investigation for fraud so we paused the account"),
    ],
}

TEXT["health"] += [
    (
        ["health", "person_name"],
        "en",
        "fyi Dana's on crutches after knee surgery, can someone cover her Thurs",
    ),
    (["health"], "fr", "mon fils est autiste (TSA), il lui faut un AESH en classe"),
    (
        ["health"],
        "es",
        "me han puesto en tratamiento con quimio, a partir de ahora teletrabajo los martes",
    ),
    (["health"], "de", "Tochter hat Neurodermitis + Heuschnupfen, Attest liegt bei"),
    (["health"], "en", "recovering alcoholic, 3 yrs sober - pls no bar venues for the offsite"),
]
TEXT["genetic"] += [
    (["genetic"], "es", "mi test de ADN dice que tengo dos copias de la variante rs9939609 (AA)"),
    (["genetic"], "fr", "génotypage HLA-B*57:01 positif d'après le labo"),
    (["genetic"], "de", "Profil vom Vaterschaftstest: D3S1358 15/16, vWA 17/18, FGA 22/24"),
    (["genetic"], "en", "kid's newborn screen came back, genotype shows one copy of HBB c.20A>T"),
]
TEXT["racial_ethnic_origin"] += [
    (["racial_ethnic_origin"], "en", "identify as mixed race (White/Black Caribbean) fwiw"),
    (["racial_ethnic_origin"], "de", "als Roma-Familie haben wir das schon öfter erlebt"),
    (
        ["racial_ethnic_origin"],
        "fr",
        "je suis issue de la communauté kabyle, ça compte pour le dossier ?",
    ),
    (["racial_ethnic_origin"], "es", "mi familia es mapuche y el formulario no lo contempla"),
]
TEXT["political_opinion"] += [
    (["political_opinion"], "de", "hab bei der letzten Wahl CDU gewählt, diesmal eher FDP"),
    (["political_opinion"], "fr", "adhérente chez les Écologistes, section Lyon 7e"),
    (["political_opinion"], "es", "afiliado al PP desde los 18, concejal suplente"),
    (["political_opinion"], "en", "hard no on our candidate, says she's voting Reform this time"),
]
TEXT["religious_belief"] += [
    (
        ["religious_belief"],
        "es",
        "soy musulmana y en Ramadán necesito cambiar el turno de mediodía",
    ),
    (
        ["religious_belief"],
        "de",
        "wir sind in der neuapostolischen Gemeinde aktiv, sonntags geht nix",
    ),
    (["religious_belief"], "fr", "je me suis convertie au bouddhisme l'an dernier"),
    (
        ["religious_belief"],
        "en",
        "left the LDS church in 2020, please remove me from the ward list",
    ),
]
TEXT["trade_union"] += [
    (["trade_union"], "de", "bin in der IG Metall, Betriebsrat weiß Bescheid"),
    (["trade_union"], "fr", "syndiqué FO, je demande l'assistance d'un représentant"),
    (["trade_union"], "es", "soy delegada de UGT en el centro de Getafe"),
    (["trade_union"], "en", "she's our NEU school rep, loop her in before the meeting"),
]
TEXT["sex_life_orientation"] += [
    (["sex_life_orientation"], "es", "mi novio y yo (sí, soy hombre) queremos la habitación doble"),
    (["sex_life_orientation"], "de", "bin lesbisch, suche Frauen zum Wandern und mehr"),
    (["sex_life_orientation"], "fr", "je suis gay et pas encore out au boulot, discrétion svp"),
    (["sex_life_orientation"], "en", "pt reports sex with male partners only, offered PrEP info"),
]
TEXT["criminal_record"] += [
    (["criminal_record"], "es", "lo detuvieron en 2022 por un robo, está pendiente de juicio"),
    (["criminal_record"], "fr", "condamné en 2019 pour conduite en état d'ivresse, sursis"),
    (["criminal_record"], "de", "gegen ihn läuft ein Ermittlungsverfahren wg. Betrug"),
    (["criminal_record"], "en", "did 18 months for possession back in '09, fully disclosed"),
]

# Sentences written in a clinical register ("pt" = patient) that record health care given or
# declined; they are health data as well as data about sex life.
CLINICAL_ALSO_HEALTH = {
    "pt is asexual, not sexually active, declined the STI screen",
    "pt reports sex with male partners only, offered PrEP info",
}
