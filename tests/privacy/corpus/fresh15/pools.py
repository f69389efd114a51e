"""Hand-written pools for fresh15: names, places, organisations, key spellings
and the structured values of the special categories.  Nothing here is copied
from another corpus."""

# (first name, gender) per language/culture of the document
FIRST = {
    "en": [("Oliver", "m"), ("Amelia", "f"), ("Priya", "f"), ("Tomasz", "m"), ("Grace", "f"),
           ("Kwame", "m"), ("Siobhan", "f"), ("Ethan", "m"), ("Hannah", "f"), ("Darnell", "m"),
           ("Mei", "f"), ("Callum", "m"), ("Fatima", "f"), ("Rhys", "m"), ("Aisha", "f"),
           ("Connor", "m"), ("Imogen", "f"), ("Tariq", "m"), ("Bethany", "f"), ("Marcus", "m"),
           ("Nia", "f"), ("Declan", "m"), ("Zara", "f"), ("Owen", "m"), ("Leila", "f"),
           ("Samuel", "m"), ("Chloe", "f"), ("Ravi", "m"), ("Eilidh", "f"), ("Jamal", "m"),
           ("Maddie", "f"), ("Finlay", "m")],
    "de": [("Lukas", "m"), ("Hannah", "f"), ("Jonas", "m"), ("Lea", "f"), ("Mehmet", "m"),
           ("Katharina", "f"), ("Felix", "m"), ("Sophie", "f"), ("Dariusz", "m"), ("Johanna", "f"),
           ("Emre", "m"), ("Marlene", "f"), ("Tobias", "m"), ("Greta", "f"), ("Niklas", "m"),
           ("Ayşe", "f"), ("Konstantin", "m"), ("Frieda", "f"), ("Yusuf", "m"), ("Ilse", "f"),
           ("Matthias", "m"), ("Svenja", "f"), ("Dragan", "m"), ("Clara", "f"), ("Benedikt", "m"),
           ("Merve", "f"), ("Jannik", "m"), ("Wiebke", "f")],
    "fr": [("Camille", "f"), ("Théo", "m"), ("Léa", "f"), ("Mathis", "m"), ("Inès", "f"),
           ("Karim", "m"), ("Chloé", "f"), ("Hugo", "m"), ("Manon", "f"), ("Yacine", "m"),
           ("Aurélie", "f"), ("Baptiste", "m"), ("Élodie", "f"), ("Moussa", "m"), ("Clémence", "f"),
           ("Quentin", "m"), ("Nadia", "f"), ("Julien", "m"), ("Margaux", "f"), ("Amadou", "m"),
           ("Solène", "f"), ("Rémi", "m"), ("Lina", "f"), ("Antoine", "m"), ("Maëlle", "f"),
           ("Gaëtan", "m")],
    "es": [("Lucía", "f"), ("Javier", "m"), ("Martina", "f"), ("Alejandro", "m"), ("Carmen", "f"),
           ("Hugo", "m"), ("Valeria", "f"), ("Sergio", "m"), ("Nerea", "f"), ("Mohamed", "m"),
           ("Paula", "f"), ("Álvaro", "m"), ("Irene", "f"), ("Iker", "m"), ("Daniela", "f"),
           ("Raúl", "m"), ("Ainhoa", "f"), ("Jorge", "m"), ("Rocío", "f"), ("Marcos", "m"),
           ("Aitana", "f"), ("Óscar", "m"), ("Noelia", "f"), ("Pablo", "m"), ("Itziar", "f"),
           ("Gonzalo", "m")],
}

LAST = {
    "en": ["Whitfield", "Okafor", "Patel", "Kowalski", "Harrington", "Mensah", "Gallagher",
           "Brennan", "Nguyen", "MacLeod", "Hussain", "Pritchard", "Chaudhry", "Osei", "Doyle",
           "Thornton", "Fairbanks", "Ashworth", "Campbell", "Ellison", "Haddad", "Lindqvist",
           "Rahman", "Sutherland", "Yamamoto", "Quinlan", "Holloway", "Bishop", "Temple",
           "Church", "Adeyemi", "Villiers", "Cartwright"],
    "de": ["Brandt", "Hoffmann", "Y\u0131lmaz", "Schulze", "Becker", "Wójcik", "Krüger", "Lehmann",
           "Neumann", "Çelik", "Vogel", "Zimmermann", "Hartmann", "Kaya", "Schröder", "Pohl",
           "Albrecht", "Kirchner", "Mayr", "Nowak", "Ludwig", "Kraus", "Petrović", "Dietrich",
           "Haas", "Winkler", "Seidel", "Brunner"],
    "fr": ["Lefèvre", "Moreau", "Benali", "Girard", "Fontaine", "Diallo", "Rousseau", "Lambert",
           "Chevalier", "Mercier", "Bonnet", "Faure", "Garnier", "Perrin", "Leclerc", "Traoré",
           "Morel", "Dupuis", "Marchand", "Roussel", "Vasseur", "Lemaire", "Boucher", "Meunier",
           "Labbé", "Tessier"],
    "es": ["García", "Fernández", "Iglesias", "Ruiz", "Navarro", "Ortega", "Castillo", "Delgado",
           "Morales", "Vidal", "Serrano", "Molina", "Cabrera", "Herrera", "Rubio", "Sanz",
           "El Amrani", "Quispe", "Medina", "Domínguez", "Gil", "Campos", "Iturbe", "Lozano",
           "Pascual", "Aguirre"],
}

# surnames that share vocabulary with a special category (hard negatives)
SURNAME_NEG = {"Bishop": "religious_belief", "Temple": "religious_belief",
               "Church": "religious_belief", "Kirchner": "religious_belief",
               "Iglesias": "religious_belief"}

TITLE = {
    "en": {"m": "Mr", "f": "Ms"},
    "de": {"m": "Herr", "f": "Frau"},
    "fr": {"m": "M.", "f": "Mme"},
    "es": {"m": "Sr.", "f": "Sra."},
}
DOCTOR = {"en": "Dr", "de": "Dr.", "fr": "Dr", "es": "Dra."}

# country code per language used for addresses / phones
COUNTRIES = {"en": ["uk", "us", "ie"], "de": ["de", "at"], "fr": ["fr", "be"], "es": ["es"]}

STREETS = {
    "uk": ["Marlowe Road", "Kelvin Grove", "Cranbrook Avenue", "Hollis Street", "Wharf Lane",
           "Beechwood Close", "Station Approach", "Albion Terrace", "Millbank Crescent",
           "Quarry Hill"],
    "ie": ["Grattan Street", "Kilmore Road", "Rathgar Avenue", "Quay Street", "Ashgrove Park"],
    "us": ["Maple Street", "Hawthorne Ave", "Lakeview Drive", "Cedar Ridge Rd", "Fulton Street",
           "Prospect Ave", "Orchard Lane", "Sycamore Court"],
    "de": ["Lindenallee", "Am Mühlbach", "Bergstraße", "Kastanienweg", "Schillerstraße",
           "Hafenstraße", "Gartenstraße", "Rosenweg", "Wiesenstraße", "Am Weinberg", "Uhlandstraße",
           "Kanalstraße"],
    "at": ["Praterstraße", "Gumpendorfer Straße", "Linzer Gasse", "Annenstraße"],
    "fr": ["rue des Tanneurs", "avenue Jean-Jaurès", "boulevard Voltaire", "chemin des Vignes",
           "rue du Moulin", "place du Marché", "rue de la République", "allée des Tilleuls",
           "impasse des Lilas", "quai de la Loire"],
    "be": ["rue de la Station", "chaussée de Wavre", "avenue Louise", "rue Haute"],
    "es": ["Calle Mayor", "Avenida de la Constitución", "Calle del Olmo", "Paseo de la Castellana",
           "Calle San Vicente", "Ronda de Toledo", "Calle Alcalá", "Camino de los Pinos",
           "Calle de la Paz", "Avenida del Puerto"],
}

CITIES: dict[str, list[tuple[str, ...]]] = {
    "uk": [("Leeds", "LS6 2AB"), ("Bristol", "BS3 4QT"), ("Manchester", "M14 5RL"),
           ("Glasgow", "G12 8QQ"), ("Cardiff", "CF24 4HQ"), ("Norwich", "NR2 3DH"),
           ("London", "SE15 4NX")],
    "ie": [("Dublin", "D06 X2P4"), ("Cork", "T12 K8AF"), ("Galway", "H91 E2K3")],
    "us": [("Portland", "OR", "97214"), ("Columbus", "OH", "43215"), ("Austin", "TX", "78704"),
           ("Madison", "WI", "53703"), ("Raleigh", "NC", "27601"), ("Tucson", "AZ", "85719")],
    "de": [("Berlin", "10115"), ("Hamburg", "20095"), ("München", "80331"), ("Köln", "50667"),
           ("Leipzig", "04109"), ("Bremen", "28195"), ("Freiburg", "79098"), ("Kassel", "34117")],
    "at": [("Wien", "1020"), ("Graz", "8020"), ("Linz", "4020")],
    "fr": [("Lyon", "69003"), ("Nantes", "44000"), ("Lille", "59000"), ("Toulouse", "31000"),
           ("Rennes", "35000"), ("Marseille", "13006"), ("Strasbourg", "67000")],
    "be": [("Bruxelles", "1050"), ("Liège", "4000"), ("Namur", "5000")],
    "es": [("Madrid", "28013"), ("Valencia", "46002"), ("Sevilla", "41004"), ("Bilbao", "48005"),
           ("Zaragoza", "50001"), ("Málaga", "29005"), ("Granada", "18009")],
}

# approximate centres for plausible coordinates
CITY_GEO = {
    "Leeds": (53.80, -1.55), "Bristol": (51.45, -2.59), "Manchester": (53.48, -2.24),
    "Glasgow": (55.86, -4.25), "Cardiff": (51.48, -3.18), "Norwich": (52.63, 1.30),
    "London": (51.47, -0.07), "Dublin": (53.33, -6.26), "Cork": (51.90, -8.47),
    "Galway": (53.27, -9.05), "Portland": (45.52, -122.66), "Columbus": (39.96, -83.00),
    "Austin": (30.25, -97.75), "Madison": (43.07, -89.40), "Raleigh": (35.78, -78.64),
    "Tucson": (32.23, -110.95), "Berlin": (52.52, 13.40), "Hamburg": (53.55, 9.99),
    "München": (48.14, 11.58), "Köln": (50.94, 6.96), "Leipzig": (51.34, 12.37),
    "Bremen": (53.08, 8.80), "Freiburg": (47.99, 7.85), "Kassel": (51.31, 9.48),
    "Wien": (48.21, 16.37), "Graz": (47.07, 15.44), "Linz": (48.31, 14.29), "Lyon": (45.76, 4.84),
    "Nantes": (47.22, -1.55), "Lille": (50.63, 3.06), "Toulouse": (43.60, 1.44),
    "Rennes": (48.11, -1.68), "Marseille": (43.30, 5.37), "Strasbourg": (48.58, 7.75),
    "Bruxelles": (50.83, 4.37), "Liège": (50.63, 5.57), "Namur": (50.47, 4.87),
    "Madrid": (40.42, -3.70), "Valencia": (39.47, -0.38), "Sevilla": (37.39, -5.98),
    "Bilbao": (43.26, -2.93), "Zaragoza": (41.65, -0.89), "Málaga": (36.72, -4.42),
    "Granada": (37.18, -3.60),
}

COUNTRY_NAME = {"uk": "United Kingdom", "ie": "Ireland", "us": "United States", "de": "Deutschland",
                "at": "Österreich", "fr": "France", "be": "Belgique", "es": "España"}
ISO2 = {"uk": "GB", "ie": "IE", "us": "US", "de": "DE", "at": "AT", "fr": "FR",
        "be": "BE", "es": "ES"}

MAIL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "icloud.com", "proton.me", "yahoo.co.uk", "btinternet.com"],
    "de": ["web.de", "gmx.de", "posteo.de", "t-online.de", "gmail.com", "mailbox.org"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "outlook.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net"],
}

# ---------------------------------------------------------------- structured special values

ICD10 = {
    "en": [("E11.9", "Type 2 diabetes mellitus without complications"),
           ("J45.909", "Asthma, unspecified"), ("F41.1", "Generalized anxiety disorder"),
           ("G40.909", "Epilepsy, unspecified"), ("I10", "Essential (primary) hypertension"),
           ("K90.0", "Coeliac disease"), ("F32.1", "Moderate depressive episode"),
           ("Z34.02", "Supervision of normal first pregnancy"), ("B20", "HIV disease"),
           ("M51.26", "Lumbar disc displacement"), ("F10.20", "Alcohol dependence"),
           ("C50.911", "Malignant neoplasm of right breast"), ("G35", "Multiple sclerosis"),
           ("N18.4", "Chronic kidney disease, stage 4"),
           ("F43.10", "Post-traumatic stress disorder")],
    "de": [("E11.9", "Diabetes mellitus Typ 2 ohne Komplikationen"), ("J45.9", "Asthma bronchiale"),
           ("F41.1", "Generalisierte Angststörung"), ("G40.9", "Epilepsie, nicht näher bezeichnet"),
           ("I10.90", "Essentielle Hypertonie"), ("F32.1", "Mittelgradige depressive Episode"),
           ("M51.2", "Bandscheibenverlagerung"), ("C50.9", "Bösartige Neubildung der Brustdrüse"),
           ("G35.0", "Multiple Sklerose"), ("F10.2", "Alkoholabhängigkeit"),
           ("Z34", "Überwachung einer normalen Schwangerschaft")],
    "fr": [("E11.9", "Diabète de type 2 sans complication"), ("J45.9", "Asthme, sans précision"),
           ("F41.1", "Anxiété généralisée"), ("G40.9", "Épilepsie, sans précision"),
           ("I10", "Hypertension essentielle"), ("F32.1", "Épisode dépressif moyen"),
           ("M51.2", "Déplacement d'un disque intervertébral"), ("C50.9", "Tumeur maligne du sein"),
           ("N18.4", "Maladie rénale chronique, stade 4"), ("F10.2", "Dépendance à l'alcool")],
    "es": [("E11.9", "Diabetes mellitus tipo 2 sin complicaciones"),
           ("J45.909", "Asma no especificada"), ("F41.1", "Trastorno de ansiedad generalizada"),
           ("G40.909", "Epilepsia no especificada"), ("I10", "Hipertensión esencial"),
           ("F32.1", "Episodio depresivo moderado"), ("M51.26", "Desplazamiento de disco lumbar"),
           ("C50.911", "Neoplasia maligna de mama derecha"), ("K90.0", "Enfermedad celíaca"),
           ("F10.20", "Dependencia del alcohol")],
}

MEDS = ["metformin 500 mg BID", "salbutamol 100 mcg inhaler PRN", "sertraline 50 mg OD",
        "levothyroxine 75 mcg OD", "insulin glargine 20 units nocte", "lamotrigine 100 mg BID",
        "ramipril 5 mg OD", "methadone 60 mg daily", "emtricitabine/tenofovir (PrEP) 1 tab OD",
        "donepezil 10 mg nocte", "apixaban 5 mg BID", "fluoxetine 20 mg", "tamoxifen 20 mg",
        "adalimumab 40 mg every other week", "buprenorphine 8 mg SL", "prednisolone 5 mg"]
MEDS_LOC = {
    "de": ["Metformin 1000 mg 1-0-1", "Salbutamol-Spray b. Bed.", "Sertralin 50 mg 1-0-0",
           "L-Thyroxin 75 µg", "Insulin Glargin 20 IE abends", "Ramipril 5 mg", "Methadon 60 mg",
           "Donepezil 10 mg z. N.", "Apixaban 5 mg 1-0-1", "Tamoxifen 20 mg"],
    "fr": ["metformine 850 mg matin et soir", "Ventoline si besoin", "sertraline 50 mg le matin",
           "Lévothyrox 75 µg", "insuline glargine 20 UI le soir", "ramipril 5 mg",
           "méthadone 60 mg", "donépézil 10 mg", "apixaban 5 mg x2/j"],
    "es": ["metformina 850 mg cada 12 h", "salbutamol a demanda", "sertralina 50 mg por la mañana",
           "levotiroxina 75 mcg", "insulina glargina 20 UI por la noche", "ramipril 5 mg",
           "metadona 60 mg", "donepezilo 10 mg", "apixabán 5 mg cada 12 h"],
}
ALLERGIES = {
    "en": ["penicillin", "peanuts", "latex", "shellfish", "sulfa drugs", "bee stings",
           "NKDA", "ibuprofen"],
    "de": ["Penicillin", "Erdnüsse", "Latex", "Schalentiere", "Wespengift",
           "keine bekannten Allergien", "Kontrastmittel"],
    "fr": ["pénicilline", "arachides", "latex", "fruits de mer",
           "aucune allergie connue", "aspirine"],
    "es": ["penicilina", "cacahuetes", "látex", "marisco", "sin alergias conocidas", "AINEs"],
}
CONDITIONS = {
    "en": ["type 1 diabetes", "asthma", "epilepsy", "heart murmur", "high blood pressure", "none",
           "anxiety", "coeliac disease", "hearing impairment (uses hearing aids)",
           "no known conditions", "recovering from a broken wrist", "long COVID"],
    "de": ["Diabetes Typ 1", "Asthma", "Epilepsie", "Bluthochdruck", "keine",
           "Herzrhythmusstörungen", "Zöliakie", "hörgeschädigt", "Z. n. Kreuzbandriss",
           "keine Vorerkrankungen"],
    "fr": ["diabète de type 1", "asthme", "épilepsie", "hypertension", "aucune", "souffle au cœur",
           "maladie cœliaque", "malentendant", "entorse du genou en cours de rééducation"],
    "es": ["diabetes tipo 1", "asma", "epilepsia", "hipertensión", "ninguna", "soplo cardíaco",
           "celiaquía", "hipoacusia", "esguince de tobillo en recuperación"],
}

RELIGION = {
    "en": ["Roman Catholic", "Church of England", "Sunni Muslim", "Shia Muslim",
           "Jewish (Orthodox)", "Jewish (Reform)", "Hindu", "Sikh", "Buddhist", "Methodist",
           "Baptist", "Greek Orthodox", "Jehovah's Witness", "Quaker", "Seventh-day Adventist",
           "Pentecostal", "Atheist"],
    "de": ["römisch-katholisch", "evangelisch", "evangelisch-lutherisch", "muslimisch (sunnitisch)",
           "alevitisch", "jüdisch", "griechisch-orthodox", "neuapostolisch", "buddhistisch",
           "konfessionslos"],
    "fr": ["catholique", "protestante", "musulman", "juive", "bouddhiste", "orthodoxe",
           "évangélique", "athée"],
    "es": ["católica", "evangélica", "musulmana", "judía", "testigo de Jehová", "budista",
           "ortodoxa", "adventista", "ateo"],
}
KIST = ["rk", "ev", "ak", "is", "lt", "fr", "ib"]  # church-tax markers (Kirchensteuermerkmal)

ETHNICITY = {
    "en": ["Hispanic or Latino", "Black or African American", "Asian", "White", "Two or More Races",
           "American Indian or Alaska Native", "Native Hawaiian or Other Pacific Islander",
           "White \u2013 Irish", "Mixed \u2013 White and Black Caribbean",
           "Asian or Asian British \u2013 Pakistani", "Black British \u2013 African",
           "Gypsy or Irish Traveller", "Arab", "Chinese", "Bangladeshi"],
    "de": ["kurdisch", "afrodeutsch", "Sinti", "Roma", "türkeistämmig", "sorbisch",
           "armenisch", "tamilisch"],
    "fr": ["maghrébine", "antillaise", "kabyle", "peule", "rom", "vietnamienne", "berbère"],
    "es": ["gitana", "afrodescendiente", "mapuche", "quechua", "latina", "aymara",
           "guaraní", "wayuu"],
}

PARTY = {
    "en": ["Labour", "Conservative", "Liberal Democrats", "Green Party", "SNP", "Plaid Cymru",
           "Reform UK", "Democratic Party", "Republican Party", "Sinn Féin", "Fianna Fáil"],
    "de": ["SPD", "CDU", "CSU", "Bündnis 90/Die Grünen", "FDP", "Die Linke", "AfD", "Volt",
           "Freie Wähler", "ÖVP", "SPÖ"],
    "fr": ["Parti socialiste", "Les Républicains", "Renaissance", "La France insoumise", "EELV",
           "Rassemblement national", "Parti communiste français", "MoDem"],
    "es": ["PSOE", "PP", "Vox", "Sumar", "Podemos", "ERC", "PNV", "Bildu", "BNG", "Compromís"],
}
SUPPORT = {
    "en": ["strong supporter", "leaning supporter", "undecided", "leaning against",
           "strong opponent", "will not vote"],
    "de": ["Unterstützer", "eher Unterstützer", "unentschlossen", "eher dagegen", "Gegner"],
    "fr": ["sympathisant fort", "sympathisant", "indécis", "plutôt opposé", "opposé"],
    "es": ["simpatizante firme", "simpatizante", "indeciso", "más bien en contra", "en contra"],
}

UNION = {
    "en": ["Unite", "UNISON", "GMB", "RMT", "NEU", "Teamsters Local 727", "SEIU Local 503", "UFCW",
           "SIPTU", "CWU"],
    "de": ["ver.di", "IG Metall", "GEW", "EVG", "IG BCE", "NGG", "IG BAU", "GdP"],
    "fr": ["CGT", "CFDT", "FO", "SUD Rail", "UNSA", "CFE-CGC", "FSU"],
    "es": ["CCOO", "UGT", "CGT", "ELA", "CSIF", "USO", "LAB"],
}
UNION_ROLE = {
    "en": ["shop steward", "branch secretary", "health and safety rep", "workplace rep", "member",
           "learning rep"],
    "de": ["Vertrauensperson", "Mitglied", "Betriebsgruppensprecherin", "Delegierter",
           "Ortsvorstand"],
    "fr": ["délégué syndical", "adhérent", "secrétaire de section", "élu CSE", "militante"],
    "es": ["delegado sindical", "afiliado", "enlace sindical", "secretaria de sección",
           "liberado sindical"],
}

ORIENTATION = {
    "en": ["gay", "lesbian", "bisexual", "straight", "pansexual", "asexual",
           "heterosexual", "homosexual"],
    "de": ["schwul", "lesbisch", "bisexuell", "heterosexuell", "pansexuell", "asexuell", "hetero"],
    "fr": ["gay", "lesbienne", "bisexuel", "bisexuelle", "hétérosexuel", "hétérosexuelle",
           "pansexuel", "asexuelle"],
    "es": ["gay", "lesbiana", "bisexual", "heterosexual", "pansexual", "asexual", "homosexual"],
}

OFFENCE = {
    "en": ["burglary", "theft from a motor vehicle", "assault occasioning actual bodily harm",
           "possession of a controlled drug (Class B)", "driving with excess alcohol",
           "fraud by false representation", "criminal damage", "handling stolen goods", "affray",
           "breach of a restraining order", "shoplifting"],
    "de": ["Einbruchdiebstahl", "Körperverletzung (§ 223 StGB)", "Betrug", "Trunkenheit im Verkehr",
           "Sachbeschädigung", "Hehlerei", "Diebstahl geringwertiger Sachen",
           "Besitz von Betäubungsmitteln", "Nötigung"],
    "fr": ["cambriolage", "vol à l'étalage", "violences volontaires", "conduite en état alcoolique",
           "escroquerie", "recel", "dégradations volontaires", "détention de stupéfiants"],
    "es": ["robo con fuerza", "hurto", "lesiones", "conducción bajo los efectos del alcohol",
           "estafa", "receptación", "daños", "tráfico de drogas (menor cuantía)", "amenazas"],
}

GENO = [
    ("rs429358", "C/T"), ("rs7412", "C/C"), ("rs1801133", "C/T"), ("rs1801131", "A/C"),
    ("rs4988235", "G/G"), ("rs762551", "A/A"), ("rs1815739", "C/T"), ("rs53576", "A/G"),
    ("rs12913832", "G/G"), ("rs1800562", "G/A"), ("rs9939609", "A/T"), ("rs4680", "G/A"),
]
PGX = [("CYP2C19", "*1/*2", "intermediate metabolizer"), ("CYP2D6", "*4/*4", "poor metabolizer"),
       ("CYP2C9", "*1/*3", "intermediate metabolizer"), ("TPMT", "*1/*3A", "intermediate activity"),
       ("SLCO1B1", "521T>C heterozygous", "decreased function"),
       ("DPYD", "*1/*1", "normal metabolizer"), ("CYP3A5", "*3/*3", "poor metabolizer"),
       ("VKORC1", "-1639G>A AG", "intermediate sensitivity")]
STR_LOCI = ["D3S1358", "vWA", "D16S539", "CSF1PO", "TPOX", "D8S1179", "D21S11", "D18S51", "D2S441",
            "D19S433", "TH01", "FGA", "D22S1045", "D5S818", "D13S317", "D7S820", "D10S1248",
            "D1S1656", "D12S391", "D2S1338"]
HAPLO_Y = ["R1b-U106", "R1b-L21", "I1-M253", "R1a-Z282", "E1b1b-V13", "J2a-M410",
           "G2a-P15", "I2a-M423"]
HAPLO_MT = ["H1a", "U5b1", "K1a", "T2b", "J1c", "H3", "V", "X2b", "L3e"]
VARIANTS = [("CFTR", "c.1521_1523delCTT (F508del)", "heterozygous"),
            ("HFE", "c.845G>A (C282Y)", "homozygous"), ("BRCA2", "c.5946delT", "heterozygous"),
            ("BRCA1", "c.68_69delAG", "heterozygous"), ("LDLR", "c.1285G>A", "heterozygous"),
            ("F5", "c.1601G>A", "heterozygous"), ("MTHFR", "c.665C>T", "homozygous"),
            ("GJB2", "c.35delG", "heterozygous"),
            ("SERPINA1", "c.1096G>A (Z allele)", "heterozygous"),
            ("HBB", "c.20A>T", "heterozygous")]

# ---------------------------------------------------------------- organisations (never person-like)

AIRLINES = [("SK", "Skyward Airways"), ("BZ", "Aerolínea Brisa"), ("NV", "Nordwind Air"),
            ("LQ", "Aérolignes du Lac")]
AIRPORTS = ["LHR", "MAN", "DUB", "BER", "MUC", "HAM", "CDG", "LYS", "NTE", "MAD", "BCN", "AGP",
            "VIE", "BRU", "JFK", "ORD", "LIS", "FCO"]
HOTELS = {"en": ["Harbourview Hotel", "The Linen Works Hotel", "Quayside Inn"],
          "de": ["Hotel Hafenblick", "Parkhotel Lindenhof", "Hotel am Stadtwald"],
          "fr": ["Hôtel des Quais", "Hôtel Le Cèdre", "Résidence Belle Rive"],
          "es": ["Hotel Mirador del Puerto", "Hostal Casa Azul", "Hotel Jardines del Turia"]}
GYMS = {"en": ["IronWorks Gym", "Pulse Leisure Club"],
        "de": ["Fitnesspark Süd", "Kraftwerk Sportclub"],
        "fr": ["Club Forme & Santé", "Salle Énergie Plus"],
        "es": ["Gimnasio Atlas", "Club Deportivo Ribera"]}

# names used for refugee/asylum case files (applicants from the countries listed there)
FIRST_INTL = [("Ahmad", "m"), ("Zahra", "f"), ("Mohammad", "m"), ("Fatemeh", "f"), ("Yonas", "m"),
              ("Selam", "f"), ("Omar", "m"), ("Rania", "f"), ("Hamid", "m"), ("Shirin", "f"),
              ("Dawit", "m"), ("Hiwot", "f"), ("Bashir", "m"), ("Layla", "f"), ("Oleksandr", "m"),
              ("Kateryna", "f"), ("Yusuf", "m"), ("Nour", "f"), ("José Luis", "m"),
              ("Yolimar", "f")]
LAST_INTL = ["Rahimi", "Hosseini", "Tesfaye", "Ghebremariam", "Al-Khatib", "Haddad", "Karimi",
             "Ahmadzai", "Mohammadi", "Bekele", "Shevchenko", "Kovalenko", "Al-Hassan", "Nazari",
             "Sultani", "Pérez Rondón"]
