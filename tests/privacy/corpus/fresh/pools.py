"""Names, places and vocabulary for the fresh split."""

from __future__ import annotations

FIRST = {
    "en": ["Olivia", "Marcus", "Priya", "Declan", "Harriet", "Tobias", "Naomi", "Callum",
           "Imogen", "Reggie", "Shauna", "Everett", "Bronwyn", "Kwame", "Lucinda", "Desmond"],
    "de": ["Jürgen", "Annika", "Friedrich", "Mareike", "Lennart", "Ulrike", "Henrik",
           "Svenja", "Korbinian", "Dörte", "Matthias", "Wiebke"],
    "fr": ["Amélie", "Gaëtan", "Solène", "Thibault", "Maëlys", "Régis", "Océane", "Benoît",
           "Clémence", "Yannick"],
    "es": ["Ximena", "Iñaki", "Rocío", "Joaquín", "Maite", "Álvaro", "Nerea", "Guillermo",
           "Itziar", "Fermín"],
    "world": ["Oluwaseun", "Mei-Ling", "Thanh", "Arjun", "Fatima", "Emre", "Zofia", "Kenji",
              "Nomvula", "Siddharth", "Leilani", "Bogdan", "Yusuf", "Aigerim", "Tomasz",
              "Chidinma", "Hiroko", "Mateus"],
}

LAST = {
    "en": ["Whitfield", "Okonkwo", "Bancroft", "Ellery", "Pemberton", "Haddad", "McAllister",
           "Thornbury", "Castellano", "Abernathy", "Quigley", "Ashdown", "Fairbairn", "Lindqvist"],
    "de": ["Kretschmer", "Hüttenrauch", "Obermaier", "Sonnleitner", "Wendland", "Brückner",
           "Pfeiffer", "Lindemann", "Grabowski", "Eichhorn"],
    "fr": ["Lefèvre", "Marchetti", "Delacroix", "Bouchard", "Giraud", "Vasseur", "Roussel",
           "Chevalier", "Fontaine"],
    "es": ["Etxeberria", "Villanueva", "Quintero", "Arrieta", "Salcedo", "Montenegro",
           "Iglesias", "Zubizarreta", "Carmona"],
    "world": ["Adeyemi", "Nguyen", "Raghunathan", "Kowalczyk", "Yamaguchi", "Demir", "Mensah",
              "Chaudhry", "Petrović", "Sato", "Nakashima", "Oyelaran", "Abdullahi", "Zhou",
              "Ferreira", "Kuznetsova"],
}

# street, postcode, city, country per locale
STREETS = {
    "us": [("{n} Sycamore Ridge Dr", "Austin", "TX", "78745"),
           ("{n} W Belmont Ave, Apt {u}", "Chicago", "IL", "60657"),
           ("{n} Harbor View Rd", "Portland", "ME", "04101"),
           ("{n} NE Alberta St", "Portland", "OR", "97211"),
           ("{n} Peachtree Pl NW, Unit {u}", "Atlanta", "GA", "30318"),
           ("{n} Calle Cuervo", "Santa Fe", "NM", "87505"),
           ("{n} Elm Street, Suite {u}", "Burlington", "VT", "05401")],
    "gb": [("Flat {u}, {n} Mortimer Road", "Bristol", "", "BS6 5LT"),
           ("{n} Kingfisher Close", "Leeds", "", "LS17 8QR"),
           ("{n} Abbeydale Road", "Sheffield", "", "S7 1FE"),
           ("{n} Old Church Lane", "Norwich", "", "NR4 6AB"),
           ("{n} Percy Street", "Newcastle upon Tyne", "", "NE1 4PW")],
    "de": [("Schwanthalerstraße {n}", "München", "", "80336"),
           ("Am Kirchberg {n}", "Freiburg im Breisgau", "", "79100"),
           ("Hafenweg {n}a", "Münster", "", "48155"),
           ("Karl-Liebknecht-Str. {n}", "Leipzig", "", "04107"),
           ("Ulmenallee {n}", "Kiel", "", "24105")],
    "fr": [("{n} rue des Tanneurs", "Strasbourg", "", "67000"),
           ("{n} avenue Jean-Jaurès", "Lyon", "", "69007"),
           ("{n} bis, impasse du Moulin", "Nantes", "", "44000"),
           ("{n} boulevard de la Croix-Rousse", "Lyon", "", "69004")],
    "es": [("Calle de la Iglesia {n}, {u}º B", "Valladolid", "", "47002"),
           ("Avinguda Diagonal {n}, {u}º 2ª", "Barcelona", "", "08019"),
           ("Calle Gran Vía de Colón {n}", "Granada", "", "18010"),
           ("Paseo de Zorrilla {n}, bajo", "Valladolid", "", "47006")],
}

# places without street numbers: not postal addresses
CITY_COORDS = [("Berlin", 52.52, 13.40), ("Madrid", 40.42, -3.70), ("Lyon", 45.76, 4.84),
               ("Chicago", 41.88, -87.63), ("Leeds", 53.80, -1.55), ("Osaka", 34.69, 135.50),
               ("Nairobi", -1.29, 36.82), ("São Paulo", -23.55, -46.63),
               ("Toronto", 43.65, -79.38), ("Kraków", 50.06, 19.94)]

COMPANIES = ["Northwind Logistics GmbH", "Bluefin Analytics Ltd", "Zephyr Mobility S.L.",
             "Acorn Freight Inc.", "Helios Clinics SAS", "Quarry Labs", "Ironbark Payroll Pty",
             "Fjordline Software AS", "Tessellate Retail Inc.", "Cobalt Health Partners",
             "Lumen Insurance AG", "Orchard Street Bakery Co.", "Vantage Telecom plc",
             "Pinnacle Robotics", "Saffron Foods SARL"]

DOMAINS = ["gmail.com", "outlook.com", "web.de", "gmx.net", "orange.fr", "yahoo.es",
           "icloud.com", "proton.me", "hotmail.co.uk", "free.fr", "posteo.de", "fastmail.com"]

WORK_DOMAINS = ["northwind-logistics.de", "bluefin-analytics.co.uk", "zephyr-mobility.es",
                "acornfreight.com", "helios-cliniques.fr", "quarrylabs.io", "tessellate.shop"]

CONDITIONS = {
    "en": ["type 2 diabetes", "asthma", "generalised anxiety disorder", "hypothyroidism",
           "rheumatoid arthritis", "epilepsy", "major depressive disorder", "Crohn's disease",
           "migraine with aura", "ADHD", "coeliac disease", "multiple sclerosis", "COPD",
           "bipolar II disorder", "endometriosis", "long COVID"],
    "de": ["Typ-2-Diabetes", "Asthma bronchiale", "eine Depression", "Morbus Crohn",
           "Bandscheibenvorfall", "Migräne", "Schilddrüsenunterfunktion", "Burn-out",
           "Multiple Sklerose", "eine Angststörung"],
    "fr": ["un diabète de type 1", "de l'asthme", "une dépression", "une sclérose en plaques",
           "de l'épilepsie", "une hernie discale", "un trouble bipolaire", "une endométriose"],
    "es": ["diabetes tipo 2", "asma", "depresión", "fibromialgia", "epilepsia",
           "una hernia discal", "ansiedad generalizada", "artritis reumatoide"],
}

ICD10 = [("E11.9", "Type 2 diabetes mellitus without complications"),
         ("J45.909", "Unspecified asthma, uncomplicated"), ("F32.1", "Major depressive "
         "disorder, single episode, moderate"), ("M54.5", "Low back pain"),
         ("I10", "Essential (primary) hypertension"), ("F41.1", "Generalized anxiety disorder"),
         ("K50.90", "Crohn's disease, unspecified"), ("O24.419", "Gestational diabetes"),
         ("G43.109", "Migraine with aura"), ("B20", "HIV disease"),
         ("Z34.01", "Supervision of normal first pregnancy, first trimester"),
         ("S82.201A", "Fracture of shaft of right tibia")]

DRUGS = [("metformin", "500 mg", "twice daily"), ("sertraline", "50 mg", "once daily"),
         ("levothyroxine", "75 mcg", "every morning"), ("salbutamol", "100 mcg",
         "2 puffs as needed"), ("atorvastatin", "20 mg", "at night"),
         ("lamotrigine", "100 mg", "twice daily"), ("adalimumab", "40 mg", "every 2 weeks"),
         ("methylphenidate", "18 mg", "once daily"), ("lisinopril", "10 mg", "once daily"),
         ("emtricitabine/tenofovir", "200/245 mg", "once daily"),
         ("insulin glargine", "22 units", "at bedtime"), ("quetiapine", "25 mg", "at night")]

LAB_TESTS = [("2345-7", "Glucose [Mass/volume] in Serum or Plasma", "mg/dL", (70, 180)),
             ("4548-4", "Hemoglobin A1c/Hemoglobin.total in Blood", "%", (5, 10)),
             ("2093-3", "Cholesterol [Mass/volume] in Serum or Plasma", "mg/dL", (140, 260)),
             ("718-7", "Hemoglobin [Mass/volume] in Blood", "g/dL", (10, 17)),
             ("3016-3", "Thyrotropin [Units/volume] in Serum or Plasma", "mIU/L", (0, 9)),
             ("2160-0", "Creatinine [Mass/volume] in Serum or Plasma", "mg/dL", (0, 3))]

RELATIVES = {
    "en": ["my mother", "my dad", "her father", "his sister", "my grandmother", "our son",
           "my husband", "their daughter"],
    "de": ["meine Mutter", "mein Vater", "ihr Bruder", "meine Oma", "unser Sohn", "mein Mann"],
    "fr": ["ma mère", "mon père", "sa sœur", "ma grand-mère", "notre fils", "mon mari"],
    "es": ["mi madre", "mi padre", "su hermana", "mi abuela", "nuestro hijo", "mi marido"],
}

PRODUCTS = [("Trail running shoe — Gravel 4", "Footwear", 129.0),
            ("Cast-iron skillet 26 cm", "Kitchen", 44.9),
            ("USB-C dock, 11-in-1", "Electronics", 89.99),
            ("Merino base layer, long sleeve", "Apparel", 74.5),
            ("Organic oat drink 1 L", "Grocery", 2.29),
            ("Noise-cancelling earbuds", "Electronics", 149.0),
            ("Yoga mat 6 mm", "Sports", 29.95), ("Espresso beans, 1 kg", "Grocery", 21.4),
            ("LED desk lamp with dimmer", "Home", 39.0),
            ("Children's rain jacket", "Apparel", 34.99),
            ("Hazelnut spread 400 g", "Grocery", 3.49), ("Road bike inner tube 700x25c",
            "Sports", 6.5)]

CARRIERS = ["DHL Paket", "UPS", "FedEx", "Colissimo", "Correos Express", "Royal Mail",
            "GLS", "PostNL", "Hermes", "USPS"]

UNIONS = {
    "en": ["Unite the Union", "UNISON", "GMB", "Teamsters Local 705", "SEIU 1199",
           "United Steelworkers", "National Education Union", "RMT"],
    "de": ["ver.di", "IG Metall", "GEW", "IG BCE", "NGG", "EVG"],
    "fr": ["CGT", "CFDT", "FO", "SUD Rail", "UNSA"],
    "es": ["CCOO", "UGT", "CGT", "ELA", "USO"],
}

PARTIES = {
    "us": ["Democratic", "Republican", "Libertarian", "Green", "Working Families"],
    "gb": ["Labour", "Conservative", "Liberal Democrats", "Green Party", "SNP", "Plaid Cymru"],
    "de": ["SPD", "CDU", "Bündnis 90/Die Grünen", "FDP", "Die Linke", "CSU", "Volt"],
    "fr": ["Renaissance", "La France insoumise", "Les Républicains", "EELV",
           "Parti socialiste", "Rassemblement national"],
    "es": ["PSOE", "Partido Popular", "Sumar", "Vox", "ERC", "PNV"],
}

RELIGIONS = {
    "en": ["Roman Catholic", "Sunni Muslim", "Church of England", "Jewish (Reform)",
           "Sikh", "Hindu", "Buddhist", "Seventh-day Adventist", "Greek Orthodox",
           "Latter-day Saints", "Quaker"],
    "de": ["römisch-katholisch", "evangelisch-lutherisch", "muslimisch", "jüdisch",
           "alevitisch", "neuapostolisch"],
    "fr": ["catholique", "protestante", "musulmane", "juive", "bouddhiste"],
    "es": ["católica", "evangélica", "musulmana", "testigo de Jehová", "judía"],
}

ETHNICITIES = {
    "eeo": ["Hispanic or Latino", "Black or African American", "Asian",
            "American Indian or Alaska Native", "Native Hawaiian or Other Pacific Islander",
            "White", "Two or More Races"],
    "uk": ["Asian or Asian British: Pakistani", "Black or Black British: Caribbean",
           "Mixed: White and Black African", "White: Gypsy or Irish Traveller",
           "Asian or Asian British: Bangladeshi", "Other ethnic group: Arab"],
}

ORIENTATIONS = {
    "en": ["gay", "lesbian", "bisexual", "pansexual", "asexual", "queer", "heterosexual"],
    "de": ["schwul", "lesbisch", "bisexuell", "heterosexuell", "queer"],
    "fr": ["gay", "lesbienne", "bisexuel·le", "hétérosexuel", "pansexuelle"],
    "es": ["gay", "lesbiana", "bisexual", "heterosexual", "pansexual"],
}

OFFENCES = ["theft under $950", "driving under the influence", "simple assault",
            "possession of a controlled substance", "burglary in the second degree",
            "fraud by false representation", "criminal damage", "harassment"]
