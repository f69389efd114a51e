"""Names, places, organisations and key spellings invented for this split."""

from __future__ import annotations

LANGS = ("en", "de", "fr", "es")

FIRST = {
    "en": ["Barnaby", "Philippa", "Rhys", "Niamh", "Callum", "Imogen", "Desmond", "Harriet",
           "Tobias", "Wren", "Leland", "Odette", "Priya", "Kwame", "Ingrid", "Ezra", "Saoirse",
           "Dashiell", "Beatrix", "Marisol", "Cormac", "Delia", "Augustin", "Tallulah"],
    "de": ["Wiebke", "Jannik", "Hannelore", "Ole", "Frauke", "Malte", "Gesine", "Torben",
           "Liesel", "Arne", "Henrike", "Volkmar", "Swantje", "Detlef", "Ilka", "Bastian",
           "Almut", "Reinhold", "Merle", "Kasimir"],
    "fr": ["Solène", "Gaspard", "Maëlys", "Anatole", "Clémence", "Baptiste", "Ysaline",
           "Corentin", "Apolline", "Tristan", "Margaux", "Évariste", "Honorine", "Lazare",
           "Bérénice", "Firmin", "Oriane", "Séverin"],
    "es": ["Itziar", "Rodrigo", "Ainhoa", "Fermín", "Nerea", "Iñaki", "Macarena", "Gonzalo",
           "Remedios", "Teodoro", "Xabier", "Begoña", "Álvaro", "Consuelo", "Eneko", "Maite",
           "Leandro", "Azucena"],
}

LAST = {
    "en": ["Penhaligon", "Ashcombe", "Thistlewood", "Okafor", "Rutherford", "Caldwell",
           "Brightmore", "Haverford", "Quennell", "Lindqvist", "Farrow", "Whitcombe",
           "Trevelyan", "Nakagawa", "Oyelaran", "Pemberton", "Stroud", "Kowalczyk", "Achterberg",
           "Mulcahy", "Fairbairn", "Osei-Bonsu"],
    "de": ["Brinkhaus", "Tiedemann", "Oberländer", "Kasparek", "Wöhrle", "Hagedorn",
           "Pfitzner", "Lüdemann", "Strobel", "Ziegenhagen", "Rautenberg", "Vollmer", "Quast",
           "Eichhorst", "Dreßler", "Abendroth", "Kühnapfel", "Schimanski",
           "Y\u0131ld\u0131r\u0131m", "Hollerbach"],
    "fr": ["Dauphin", "Kergoat", "Vasseur", "Beaulieu", "Carrère", "Fontanel", "Le Guennec",
           "Rousselot", "Abadie", "Thibaudeau", "Perrichon", "Lefebvre-Marchal", "Benhamou",
           "Diallo", "Courtecuisse", "Mazerolle", "Quéméneur", "Haddad"],
    "es": ["Echeverría", "Villanueva", "Zubizarreta", "Montoya", "Cifuentes", "Arrieta",
           "Bermúdez", "Quintana", "Olmedo", "Salcedo", "Landa", "Urrutia", "Peñalver",
           "Carrasco", "Iglesias", "Santamaría", "Goikoetxea", "Valdivieso"],
}

TITLES = {"en": ["Dr", "Dr."], "de": ["Dr. med.", "Dr."], "fr": ["Dr", "Pr"], "es": ["Dr."]}

# street, kind of number placement; some street names are deliberate religious-sounding
# hard negatives (Church Lane, Kirchgasse, rue de l'Église, Calle de la Iglesia)
STREETS = {
    "en": ["Church Lane", "Ferncliffe Road", "Wickham Close", "Tanner's Yard", "Holloway Mews",
           "Chapel Row", "Birchwood Avenue", "Old Mill Road", "Cypress Hollow Drive",
           "Quarry Hill Road", "Mission Boulevard", "Lantern Street", "Harrowgate Terrace",
           "Kestrel Way", "Temple Street"],
    "de": ["Töpferstraße", "Kirchgasse", "Lindenhofweg", "Am Krähenberg", "Wiesenrain",
           "Hafenkamp", "Mühlenstieg", "Kapellenweg", "Schlehdornweg", "Brunnenstraße",
           "Zeppelinring", "Gerberstraße", "Pfarrer-Kneipp-Straße"],
    "fr": ["rue des Tanneurs", "allée des Glycines", "rue de l'Église", "impasse du Moulin",
           "chemin des Vignes", "rue Félix-Mauduit", "quai des Chartreux", "avenue des Tilleuls",
           "rue du Presbytère", "boulevard des Cordeliers", "place des Halles"],
    "es": ["Calle de la Iglesia", "Calle del Olivar", "Avenida de los Almendros",
           "Paseo de la Ribera", "Calle de San Bernabé", "Travesía del Pozo", "Calle Alfareros",
           "Ronda del Carmen", "Calle de los Tintoreros", "Plaza del Ayuntamiento"],
}

CITIES = {
    "en": [("London", "N7 8QP", "GB"), ("Norwich", "NR2 4QT", "GB"), ("Leeds", "LS6 2AG", "GB"),
           ("Evanston, IL", "60201", "US"), ("Portland, OR", "97214", "US"),
           ("Savannah, GA", "31401", "US"), ("Dublin 8", "D08 X2F7", "IE")],
    "de": [("Leipzig", "04109", "DE"), ("Bremen", "28195", "DE"), ("Freiburg im Breisgau",
           "79098", "DE"), ("Kassel", "34117", "DE"), ("Regensburg", "93047", "DE"),
           ("Graz", "8010", "AT"), ("Bielefeld", "33602", "DE")],
    "fr": [("Lyon", "69002", "FR"), ("Nantes", "44000", "FR"), ("Rennes", "35000", "FR"),
           ("Grenoble", "38000", "FR"), ("Montpellier", "34000", "FR"), ("Lille", "59800", "FR"),
           ("Namur", "5000", "BE")],
    "es": [("Madrid", "28012", "ES"), ("Bilbao", "48005", "ES"), ("Valencia", "46001", "ES"),
           ("Zaragoza", "50003", "ES"), ("Sevilla", "41004", "ES"), ("Salamanca", "37002", "ES"),
           ("Pamplona", "31001", "ES")],
}

# city centres for coordinates (the corpus jitters them)
GEO = [(51.5393, -0.1027), (52.5163, 13.3777), (48.8530, 2.3499), (40.4153, -3.7074),
       (53.0793, 8.8017), (45.7640, 4.8357), (43.2630, -2.9350), (51.3397, 12.3731),
       (41.8781, -87.6298), (45.5152, -122.6784), (47.0707, 15.4395), (39.4699, -0.3763)]

MAIL_DOMAINS = {
    "en": ["fastmail.com", "gmail.com", "outlook.com", "icloud.com", "btinternet.com",
           "protonmail.com", "yahoo.co.uk"],
    "de": ["posteo.de", "gmx.net", "web.de", "mailbox.org", "t-online.de", "gmx.at"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "hotmail.fr", "skynet.be"],
    "es": ["yahoo.es", "outlook.es", "gmail.com", "telefonica.net", "hotmail.es"],
}

COMPANIES = {
    "en": [("Harrowgate Logistics Ltd", "harrowgate-logistics.co.uk"),
           ("Bluefen Analytics Inc.", "bluefen.io"), ("Corran & Pike LLP", "corranpike.com"),
           ("Northmoor Care Group", "northmoorcare.org.uk")],
    "de": [("Kühne Feinmechanik GmbH", "kuehne-feinmechanik.de"),
           ("Stadtwerke Ostheide", "stadtwerke-ostheide.de"),
           ("Praxisverbund Weserbogen", "pv-weserbogen.de"),
           ("Lindqvist & Sohn KG", "lindqvist-sohn.de")],
    "fr": [("Atelier Corvisart SAS", "corvisart.fr"),
           ("Groupe Hospitalier Val-Sarre", "ghvs.fr"),
           ("Transports Kergoat", "transports-kergoat.fr")],
    "es": [("Conservas Arrieta S.L.", "conservasarrieta.es"),
           ("Clínica Ribera Alta", "clinicariberaalta.es"),
           ("Talleres Olmedo S.A.", "talleresolmedo.com")],
}

PHONE_SHAPES = {
    "en": ["+44 7700 9{d5}", "+44 20 79{d2} {d4}", "07{d3} {d6}", "+1 {a}-555-01{d2}",
           "({a}) 555-01{d2}", "+1 {a} 555 01{d2}", "+353 87 {d3} {d4}"],
    "de": ["+49 171 {d7}", "0176 {d8}", "+49 (0)341 {d7}", "+49 421 {d3} {d4}", "0421/{d6}",
           "+43 664 {d7}"],
    "fr": ["+33 6 {p2} {p2} {p2} {p2}", "06 {p2} {p2} {p2} {p2}", "01 {p2} {p2} {p2} {p2}",
           "+33 (0)4 {p2} {p2} {p2} {p2}", "+32 470 {d2} {d2} {d2}"],
    "es": ["+34 6{d2} {d3} {d3}", "91{d1} {d3} {d3}", "+34 94 {d3} {d2} {d2}",
           "6{d2} {d2} {d2} {d2}"],
}

UNIONS = {"en": ["Unite", "UNISON", "GMB", "RMT", "NEU", "Teamsters", "SEIU Local 32BJ",
                 "UFCW Local 400"],
          "de": ["ver.di", "IG Metall", "GEW", "IG BCE", "EVG", "NGG"],
          "fr": ["CGT", "CFDT", "FO", "SUD Rail", "CFE-CGC", "UNSA"],
          "es": ["CCOO", "UGT", "CGT", "ELA", "CSIF", "LAB"]}

PARTIES = {"en": ["Labour", "the Conservatives", "the Lib Dems", "the Greens", "the SNP",
                  "the Democrats", "the Republicans", "Plaid Cymru"],
           "de": ["SPD", "CDU", "Grünen", "FDP", "Linken", "Volt", "Freien Wähler", "CSU"],
           "fr": ["Renaissance", "LFI", "Les Républicains", "RN", "PS", "EELV", "Horizons"],
           "es": ["PSOE", "PP", "Sumar", "Vox", "ERC", "PNV", "Bildu", "Podemos"]}

PARTY_CODES = ["SPD", "CDU", "B90/Grüne", "FDP", "Die Linke", "PSOE", "PP", "Sumar", "LFI",
               "Renaissance", "LR", "EELV", "Labour", "Conservative", "Liberal Democrat",
               "Green Party", "DEM", "REP"]
