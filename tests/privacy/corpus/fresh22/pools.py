"""Names, places and other value pools for fresh22 (per language)."""

from __future__ import annotations

LANGS = ("en", "de", "fr", "es")

FIRST = {
    "en": ["Olivia", "Liam", "Amelia", "Noah", "Harriet", "Marcus", "Priya", "Declan", "Tessa",
           "Jamal", "Fiona", "Gareth", "Chloe", "Ethan", "Imogen", "Darnell", "Megan", "Rowan"],
    "de": ["Johanna", "Lukas", "Friederike", "Jonas", "Mareike", "Tobias", "Annika", "Florian",
           "Katrin", "Matthias", "Svenja", "Henrik", "Lena", "Dominik", "Ute", "Bastian"],
    "fr": ["Camille", "Théo", "Élodie", "Baptiste", "Manon", "Quentin", "Inès", "Mathis",
           "Clémence", "Arnaud", "Océane", "Gaëtan", "Solène", "Yanis", "Margaux", "Rémi"],
    "es": ["Lucía", "Javier", "Carmen", "Álvaro", "Paula", "Sergio", "Marta", "Iker", "Nerea",
           "Rodrigo", "Ainhoa", "Gonzalo", "Elena", "Diego", "Rocío", "Pablo"],
}

LAST = {
    "en": ["Whitfield", "Okafor", "Brennan", "Halloway", "Patel", "Ashworth", "Delaney",
           "Kowalski", "Thornton", "McAllister", "Greenberg", "Osei", "Fairbanks", "Lindqvist"],
    "de": ["Brandt", "Hoffmann", "Kessler", "Wagner", "Schäfer", "Lindemann", "Vogt", "Krüger",
           "Hartmann", "Engel", "Albrecht", "Brückner", "Seidel", "Ostermann"],
    "fr": ["Lefebvre", "Moreau", "Girard", "Fontaine", "Rousseau", "Chevalier", "Marchand",
           "Bonnet", "Lemaire", "Dubois", "Faure", "Perrin", "Gauthier", "Mercier"],
    "es": ["García", "Iglesias", "Fernández", "Navarro", "Ortega", "Castillo", "Romero",
           "Serrano", "Domínguez", "Vázquez", "Herrera", "Moreno", "Gil", "Cabrera"],
}

STREETS = {
    "en": ["Baker Street", "Church Lane", "Elm Grove", "Victoria Road", "Maple Avenue",
           "Kingsway", "Mill Lane", "Oak Street", "Harbour View", "Queen's Parade"],
    "de": ["Hauptstraße", "Lindenallee", "Bahnhofstraße", "Kirchgasse", "Gartenweg",
           "Schillerstraße", "Am Markt", "Rosenweg", "Talstraße", "Bergstraße"],
    "fr": ["rue de la République", "avenue Jean Jaurès", "rue Victor Hugo", "boulevard Voltaire",
           "rue des Lilas", "place de l'Église", "rue du Moulin", "allée des Tilleuls"],
    "es": ["Calle Mayor", "Avenida de la Constitución", "Calle de la Iglesia", "Calle Real",
           "Paseo de Gracia", "Calle del Sol", "Avenida de América", "Calle San Vicente"],
}

CITIES = {
    "en": [("London", "NW1 6XE"), ("Manchester", "M4 5JD"), ("Leeds", "LS6 2AB"),
           ("Springfield, IL", "62704"), ("Austin, TX", "78701"), ("Portland, OR", "97205"),
           ("Bristol", "BS8 1TH"), ("Denver, CO", "80203")],
    "de": [("Berlin", "10115"), ("München", "80331"), ("Hamburg", "20095"), ("Köln", "50667"),
           ("Leipzig", "04109"), ("Freiburg", "79098"), ("Dresden", "01067")],
    "fr": [("Lyon", "69002"), ("Paris", "75011"), ("Nantes", "44000"), ("Toulouse", "31000"),
           ("Lille", "59000"), ("Bordeaux", "33000"), ("Grenoble", "38000")],
    "es": [("Madrid", "28013"), ("Barcelona", "08007"), ("Sevilla", "41001"),
           ("Valencia", "46002"), ("Bilbao", "48001"), ("Zaragoza", "50001"),
           ("Málaga", "29015")],
}

COUNTRY = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES"}

MAIL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "proton.me", "btinternet.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr"],
    "es": ["telefonica.net", "gmail.com", "hotmail.es", "yahoo.es", "outlook.es"],
}

ROLE_DOMAINS = ["skyvista-air.com", "hotel-bellamar.es", "rideloop.io", "telvana.de",
                "nestlet-homes.co.uk", "pulsegym.fr", "kindred-dating.app", "courierly.eu"]

# companies, products and places that are not persons
COMPANIES = ["SkyVista Air", "Bellamar Hotels", "RideLoop", "Telvana", "Nestlet Homes",
             "PulseGym", "Kindred", "Courierly", "Aurora Cruises", "Veloce Rent",
             "Parkwise", "Optica Clara", "Farmacia Sol", "Lumen Funeral Care"]

AIRPORTS = [("FRA", "EDDF", 50.033, 8.571), ("CDG", "LFPG", 49.010, 2.548),
            ("MAD", "LEMD", 40.472, -3.561), ("LHR", "EGLL", 51.470, -0.454),
            ("BCN", "LEBL", 41.297, 2.078), ("MUC", "EDDM", 48.354, 11.786),
            ("LYS", "LFLL", 45.726, 5.091), ("JFK", "KJFK", 40.641, -73.778),
            ("AGP", "LEMG", 36.675, -4.499), ("MAN", "EGCC", 53.365, -2.273)]

AIRLINES = ["LH", "AF", "IB", "BA", "VY", "UX", "EW", "U2", "FR", "LX"]

CITY_CENTRES = {"en": (51.507, -0.128), "de": (52.520, 13.405), "fr": (45.764, 4.835),
                "es": (40.417, -3.704)}

CAR_MODELS = ["VW Golf", "Renault Clio", "SEAT Ibiza", "Toyota Yaris Hybrid", "Tesla Model 3",
              "Skoda Octavia Combi", "Peugeot 208", "BMW i3", "Fiat 500e", "Kia Niro EV"]

USER_AGENTS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15",
               "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/124.0 Mobile",
               "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Gecko/20100101 Firefox/125.0",
               "okhttp/4.12.0", "RideLoopApp/5.31.0 (iOS 17.4)", "python-requests/2.31.0"]
