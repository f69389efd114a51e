"""Names, places, organisations and key spellings used by the fresh13 templates."""

from __future__ import annotations

# culture -> (given names, family names)
NAMES: dict[str, tuple[list[str], list[str]]] = {
    "en_us": (["James", "Olivia", "Marcus", "Emily", "Tyrone", "Hannah", "Caleb", "Brianna",
               "Dylan", "Madison", "Trevor", "Kayla", "DeShawn", "Jasmine"],
              ["Johnson", "Miller", "Thompson", "Reed", "Foster", "Hayes", "Brooks", "Coleman",
               "Jenkins", "Patterson", "Walsh", "Bennett", "Washington", "Delgado"]),
    "en_uk": (["Oliver", "Amelia", "Harry", "Isla", "George", "Poppy", "Alfie", "Freya", "Rhys",
               "Niamh", "Callum", "Imogen"],
              ["Clarke", "Hughes", "Whitfield", "Pemberton", "Ashworth", "Lloyd", "Fletcher",
               "Hargreaves", "Booth", "Kerr", "MacLeod", "Doyle"]),
    "de": (["Lukas", "Hannah", "Jonas", "Lea", "Maximilian", "Sophie", "Felix", "Marie",
            "Tobias", "Anna-Lena", "Jürgen", "Ursula", "Henrike", "Bastian"],
           ["Müller", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer", "Koch",
            "Richter", "Wolf", "Krüger", "Neumann", "Brandt", "Vogel"]),
    "fr": (["Camille", "Louis", "Manon", "Hugo", "Chloé", "Théo", "Léa", "Mathis", "Inès",
            "Baptiste", "Élodie", "Gaël", "Margaux", "Yannick"],
           ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Roux",
            "Fournier", "Mercier", "Chevalier", "Lemoine", "Gauthier", "Perrin"]),
    "es": (["Lucía", "Javier", "Martina", "Alejandro", "Carmen", "Diego", "Valeria", "Sergio",
            "Paula", "Álvaro", "Nerea", "Íñigo", "Ainhoa", "Rocío"],
           ["García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro",
            "Torres", "Iglesias", "Ruiz", "Castillo", "Ortega", "Vidal", "Aguirre"]),
    "it": (["Giulia", "Matteo", "Francesca", "Lorenzo", "Chiara", "Alessandro"],
           ["Rossi", "Esposito", "Bianchi", "Colombo", "Ricci", "Marino"]),
    "pl": (["Zofia", "Jakub", "Katarzyna", "Piotr", "Agnieszka", "Mateusz"],
           ["Nowak", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski", "Zieliński"]),
    "tr": (["Elif", "Emre", "Zeynep", "Mehmet", "Ayşe", "Burak"],
           ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın"]),  # noqa: RUF001
    "ar": (["Omar", "Layla", "Youssef", "Fatima", "Karim", "Nour", "Hamza", "Salma"],
           ["Haddad", "Al-Masri", "Nasser", "Khalil", "Mansour", "Saleh", "El-Amin", "Darwish"]),
    "fa": (["Dariush", "Shirin", "Arash", "Niloufar", "Kaveh", "Parisa"],
           ["Tehrani", "Karimi", "Rostami", "Ahmadi", "Farahani", "Jafari"]),
    "hi": (["Priya", "Arjun", "Ananya", "Rohan", "Kavya", "Vikram", "Sneha", "Aditya"],
           ["Sharma", "Iyer", "Patel", "Reddy", "Nair", "Banerjee", "Gupta", "Menon"]),
    "zh": (["Wei", "Xiaoling", "Jun", "Mei", "Hao", "Yuting"],
           ["Wang", "Chen", "Liu", "Zhang", "Huang", "Zhou"]),
    "ja": (["Haruto", "Yui", "Sota", "Aoi", "Ren", "Sakura"],
           ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Yamamoto"]),
    "ko": (["Minjun", "Seoyeon", "Jiho", "Haeun", "Dohyun", "Jiwoo"],
           ["Kim", "Lee", "Park", "Choi", "Jung", "Kang"]),
    "vi": (["Minh", "Linh", "Tuan", "Thao", "Quang", "Huong"],
           ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu"]),
    "ng": (["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Emeka", "Funmilayo", "Tunde", "Ifeoma"],
           ["Okafor", "Adeyemi", "Eze", "Balogun", "Nwosu", "Okonkwo", "Adebayo", "Obi"]),
    "ke": (["Wanjiru", "Kamau", "Achieng", "Otieno", "Njeri", "Mwangi"],
           ["Odhiambo", "Kiprop", "Wambui", "Mutua", "Chege", "Onyango"]),
    "br": (["João", "Ana Clara", "Thiago", "Beatriz", "Rafael", "Larissa"],
           ["Silva", "Santos", "Oliveira", "Souza", "Pereira", "Carvalho"]),
    "ua": (["Olena", "Andriy", "Yulia", "Taras", "Oksana", "Dmytro"],
           ["Petrenko", "Kovalenko", "Shevchuk", "Bondarenko", "Melnyk", "Tkachenko"]),
    "nl": (["Daan", "Sanne", "Bram", "Fleur", "Joost", "Lotte"],
           ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit"]),
    "he": (["Noa", "Yonatan", "Tamar", "Eitan", "Shira", "Avi"],
           ["Cohen", "Levi", "Mizrahi", "Friedman", "Ben-David", "Peretz"]),
    "el": (["Giorgos", "Eleni", "Nikos", "Katerina"],
           ["Papadopoulos", "Georgiou", "Nikolaidis", "Konstantinou"]),
    "sv": (["Erik", "Astrid", "Linnea", "Oskar"],
           ["Lindqvist", "Johansson", "Bergström", "Nyström"]),
}

# locale -> cultures whose names appear there
LOCALE_CULTURES = {
    "us": ["en_us", "en_us", "en_us", "es", "zh", "ko", "vi", "hi", "ng", "ar", "he", "br"],
    "uk": ["en_uk", "en_uk", "en_uk", "hi", "ng", "pl", "ar", "ke", "el", "zh"],
    "de": ["de", "de", "de", "tr", "pl", "ar", "ua", "fa", "it", "el", "vi"],
    "fr": ["fr", "fr", "fr", "ar", "vi", "ng", "it", "pl", "fa"],
    "es": ["es", "es", "es", "br", "ar", "ua", "it"],
    "nl": ["nl", "nl", "tr", "ar", "de", "sv"],
}

LOCALES = ["us", "uk", "de", "fr", "es"]
LOCALE_LANG = {"us": "en", "uk": "en", "de": "de", "fr": "fr", "es": "es", "nl": "en"}
LOCALE_COUNTRY = {"us": "US", "uk": "GB", "de": "DE", "fr": "FR", "es": "ES", "nl": "NL"}

# locale -> street templates ({n} is the house number)
STREETS = {
    "us": ["{n} Maple Avenue", "{n} Oak Ridge Drive", "{n} Mission Street", "{n} Peachtree Rd NE",
           "{n} Church Street", "{n} Union Avenue", "{n} Temple Street", "{n} Lakeview Blvd",
           "{n} Cedar Lane, Apt {a}", "{n} E 14th Street"],
    "uk": ["{n} Church Lane", "{n} Victoria Road", "{n} Chapel Street", "{n} Mill Lane",
           "Flat {a}, {n} Station Road", "{n} Kingsway", "{n} Abbey Road", "{n} Union Street"],
    "de": ["Kirchstraße {n}", "Hauptstraße {n}", "Bahnhofstraße {n}", "Lindenweg {n}",
           "Am Klostergarten {n}", "Schillerstraße {n}", "Gartenstraße {n}", "Kirchgasse {n}a"],
    "fr": ["{n} rue de l'Église", "{n} rue de la République", "{n} rue des Lilas",
           "{n} chemin du Moulin", "{n} place du Marché", "{n} boulevard de la Liberté",
           "{n} allée des Tilleuls"],
    "es": ["Calle de la Iglesia {n}", "Calle Mayor {n}", "Avenida de la Constitución {n}",
           "Calle del Sol {n}", "Paseo de la Castellana {n}", "Calle San Vicente {n}, 3º B",
           "Plaza del Pilar {n}"],
    "nl": ["Kerkstraat {n}", "Prinsengracht {n}", "Lindenlaan {n}"],
}

# locale -> (city, region, postcode)
CITIES = {
    "us": [("Austin", "TX", "78704"), ("Portland", "OR", "97214"), ("Columbus", "OH", "43215"),
           ("Raleigh", "NC", "27601"), ("Denver", "CO", "80205"), ("Oakland", "CA", "94612")],
    "uk": [("Leeds", "", "LS6 2AB"), ("Bristol", "", "BS3 4QT"), ("Manchester", "", "M14 5RL"),
           ("Glasgow", "", "G12 8QQ"), ("Cardiff", "", "CF24 4HQ"), ("London", "", "SE15 3SN")],
    "de": [("Berlin", "", "10999"), ("Köln", "", "50667"), ("Leipzig", "", "04109"),
           ("München", "", "80331"), ("Hamburg", "", "20357"), ("Freiburg im Breisgau", "",
                                                                "79098")],
    "fr": [("Lyon", "", "69003"), ("Toulouse", "", "31000"), ("Nantes", "", "44000"),
           ("Lille", "", "59000"), ("Marseille", "", "13006"), ("Paris", "", "75011")],
    "es": [("Madrid", "", "28013"), ("Sevilla", "", "41004"), ("Valencia", "", "46002"),
           ("Bilbao", "", "48001"), ("Zaragoza", "", "50001"), ("Málaga", "", "29015")],
    "nl": [("Amsterdam", "", "1016 GV"), ("Utrecht", "", "3511 LX")],
}

# city -> rough centre (used for precise points with a random offset)
CENTRES = {
    "Austin": (30.2672, -97.7431), "Portland": (45.5152, -122.6784),
    "Columbus": (39.9612, -82.9988), "Raleigh": (35.7796, -78.6382),
    "Denver": (39.7392, -104.9903), "Oakland": (37.8044, -122.2712),
    "Leeds": (53.8008, -1.5491), "Bristol": (51.4545, -2.5879), "Manchester": (53.4808, -2.2426),
    "Glasgow": (55.8642, -4.2518), "Cardiff": (51.4816, -3.1791), "London": (51.5072, -0.1276),
    "Berlin": (52.52, 13.405), "Köln": (50.9375, 6.9603), "Leipzig": (51.3397, 12.3731),
    "München": (48.1351, 11.582), "Hamburg": (53.5511, 9.9937),
    "Freiburg im Breisgau": (47.999, 7.8421), "Lyon": (45.764, 4.8357),
    "Toulouse": (43.6047, 1.4442), "Nantes": (47.2184, -1.5536), "Lille": (50.6292, 3.0573),
    "Marseille": (43.2965, 5.3698), "Paris": (48.8566, 2.3522), "Madrid": (40.4168, -3.7038),
    "Sevilla": (37.3891, -5.9845), "Valencia": (39.4699, -0.3763), "Bilbao": (43.263, -2.935),
    "Zaragoza": (41.6488, -0.8891), "Málaga": (36.7213, -4.4214),
    "Amsterdam": (52.3676, 4.9041), "Utrecht": (52.0907, 5.1214),
}

EMAIL_DOMAINS = {
    "us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "fastmail.com"],
    "uk": ["gmail.com", "btinternet.com", "outlook.com", "icloud.com", "yahoo.co.uk"],
    "de": ["gmx.de", "web.de", "posteo.de", "t-online.de", "gmail.com", "mailbox.org"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "nl": ["ziggo.nl", "gmail.com", "kpnmail.nl"],
}
WORK_DOMAINS = ["brightpath-health.io", "kovalenko-legal.eu", "tandem-hr.com", "northwind.app",
                "ridelane.io", "pillbox.care", "unionhall.org", "civicpulse.org", "hostly.de",
                "campus-hub.fr", "finvia.es", "lumen-id.com", "gigforce.co"]
ROLE_LOCALS = ["support", "privacy", "billing", "dpo", "hello", "kontakt", "contact", "ayuda",
               "noreply", "care", "intake", "members"]

# Name-like values that are not natural persons.
ORGS = ["Wells Fargo", "Marks & Spencer", "Ben & Jerry's", "Dr. Oetker", "Procter & Gamble",
        "Johnson Controls", "Goldman Sachs", "Hewlett Packard Enterprise", "Boots Pharmacy",
        "Deutsche Bahn", "Banco Santander", "Carrefour Market", "Zalando SE", "Mercadona",
        "Union Credit Union", "St. Mary's Medical Center", "Kaiser Permanente"]
PRODUCTS = ["Galaxy Watch 6", "Pixel Buds Pro", "Fitbit Charge 6", "Oura Ring Gen3", "Alexa",
            "Siri", "Cortana", "Nest Hub Max", "Kindle Paperwhite", "Model Y", "Ring Doorbell 4",
            "Hue Bridge", "Peloton Tread", "Jarvis"]
PLACES = ["Victoria Station", "Union Square", "Mount Pleasant", "Canary Wharf", "Alexanderplatz",
          "Gare de Lyon", "Puerta del Sol", "St. Pancras", "Santa Monica Pier", "Lincoln Park"]
TEAMS = ["Golden State Warriors", "Team Phoenix", "Real Sociedad", "Borussia Dortmund",
         "Olympique Lyonnais", "Squad Falcon", "Platform Infra", "Growth Pod B"]

# Key spellings per concept, including German, French and Spanish keys.
KEYS: dict[str, list[str]] = {
    "name": ["name", "fullName", "full_name", "FullName", "display-name", "displayName",
             "legalName", "Name", "nombre_completo", "nom_complet", "vollständiger_name",
             "nombreCompleto", "nomComplet"],
    "first": ["first_name", "firstName", "givenName", "given_name", "FirstName", "vorname",
              "prénom", "prenom", "nombre", "forename"],
    "last": ["last_name", "lastName", "familyName", "family_name", "surname", "LastName",
             "nachname", "nom", "apellidos", "apellido"],
    "email": ["email", "emailAddress", "e-mail", "email_address", "Email", "mail",
              "correo", "courriel", "E-Mail-Adresse", "contactEmail", "userEmail"],
    "phone": ["phone", "phoneNumber", "phone_number", "mobile", "tel", "telefono", "téléphone",
              "telefon", "Handynummer", "msisdn", "contact-phone", "cell"],
    "dob": ["dob", "date_of_birth", "dateOfBirth", "birthDate", "birthdate", "DOB",
            "geburtsdatum", "Geburtsdatum", "date_naissance", "dateDeNaissance",
            "fecha_nacimiento", "fechaDeNacimiento", "born_on", "birth-date"],
    "address": ["address", "postalAddress", "postal_address", "Address", "anschrift", "adresse",
                "dirección", "direccion", "homeAddress", "billing_address", "shippingAddress",
                "domicilio", "wohnadresse"],
    "ip": ["ip", "ip_address", "ipAddress", "client_ip", "remoteAddr", "remote_addr",
           "sourceIp", "x-forwarded-for", "X-Real-IP", "clientIP"],
    "diagnosis": ["diagnosis", "diagnoses", "dx", "Diagnose", "diagnostic", "diagnóstico",
                  "conditionCode", "condition", "icd10", "icd_10_code", "ICD10Code",
                  "primary_dx", "problem_list", "Befund"],
    "medication": ["medications", "currentMeds", "current_medications", "Medikation",
                   "medikamente", "médicaments", "traitement", "medicamentos", "rx",
                   "prescriptions", "MedicationStatement", "meds"],
    "allergy": ["allergies", "allergy_list", "Allergien", "allergies_connues", "alergias",
                "AllergyIntolerance", "known-allergies"],
    "ethnicity": ["ethnicity", "race", "race_ethnicity", "raceEthnicity", "ethnic_origin",
                  "ethnischeHerkunft", "ethnische_herkunft", "origine_ethnique",
                  "origen_étnico", "origenEtnico", "EthnicGroup", "self_identified_race"],
    "party": ["party", "party_affiliation", "partyAffiliation", "Partei", "parteizugehörigkeit",
              "parti_politique", "partido", "partido_político", "registered_party",
              "PoliticalParty", "voter-party"],
    "religion": ["religion", "religious_affiliation", "Religion", "denomination", "Konfession",
                 "konfession", "religionszugehörigkeit", "confession", "confesión",
                 "creencia_religiosa", "faith", "FaithCommunity", "religión"],
    "union": ["union_member", "unionMember", "is_union_member", "UnionMembership",
              "gewerkschaft", "gewerkschaftsmitglied", "syndicat", "syndiqué", "sindicato",
              "afiliacion_sindical", "trade_union", "union-affiliation"],
    "orientation": ["sexual_orientation", "sexualOrientation", "orientation",
                    "SexualOrientation", "sexuelle_orientierung", "orientation_sexuelle",
                    "orientación_sexual", "orientacionSexual", "sexuality"],
    "criminal": ["criminal_record", "criminalRecord", "convictions", "priorConvictions",
                 "Vorstrafen", "vorstrafen", "casier_judiciaire", "antecedentes_penales",
                 "antecedentesPenales", "criminal_history", "CriminalHistory", "offences"],
    "genotype": ["genotype", "genotypes", "snp_calls", "snpCalls", "Genotyp", "génotype",
                 "genotipo", "variants", "pgx_results", "pharmacogenomics", "GeneticResult"],
    "passport": ["passport_number", "passportNumber", "passport_no", "PassportNo",
                 "reisepassnummer", "Reisepass-Nr", "numero_passeport", "numéro_de_passeport",
                 "numero_pasaporte", "pasaporte", "passport"],
}

# Language of the non-English key spellings above; every other spelling counts as English.
KEY_LANG: dict[str, str] = {}
for _lang, _keys in {
    "de": ["vollständiger_name", "vorname", "nachname", "E-Mail-Adresse", "telefon",
           "Handynummer", "geburtsdatum", "Geburtsdatum", "anschrift", "wohnadresse", "Diagnose",
           "Befund", "Medikation", "medikamente", "Allergien", "ethnischeHerkunft",
           "ethnische_herkunft", "Partei", "parteizugehörigkeit", "Konfession", "konfession",
           "religionszugehörigkeit", "gewerkschaft", "gewerkschaftsmitglied",
           "sexuelle_orientierung", "Vorstrafen", "vorstrafen", "Genotyp", "reisepassnummer",
           "Reisepass-Nr", "Religion"],
    "fr": ["nom_complet", "nomComplet", "prénom", "prenom", "nom", "courriel", "téléphone",
           "date_naissance", "dateDeNaissance", "adresse", "diagnostic", "médicaments",
           "traitement", "allergies_connues", "origine_ethnique", "parti_politique",
           "confession", "syndicat", "syndiqué", "orientation_sexuelle", "casier_judiciaire",
           "génotype", "numero_passeport", "numéro_de_passeport"],
    "es": ["nombre_completo", "nombreCompleto", "nombre", "apellidos", "apellido", "correo",
           "telefono", "fecha_nacimiento", "fechaDeNacimiento", "dirección", "direccion",
           "domicilio", "diagnóstico", "medicamentos", "alergias", "origen_étnico",
           "origenEtnico", "partido", "partido_político", "confesión", "creencia_religiosa",
           "religión", "sindicato", "afiliacion_sindical", "orientación_sexual",
           "orientacionSexual", "antecedentes_penales", "antecedentesPenales", "genotipo",
           "numero_pasaporte", "pasaporte"],
}.items():
    for _key in _keys:
        KEY_LANG[_key] = _lang
