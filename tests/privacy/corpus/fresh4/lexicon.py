"""Invented names, places and vocabulary.  Nothing here is a real person."""

from __future__ import annotations

FIRST = {
    "en": ("Avery", "Colleen", "Desmond", "Trina", "Marcus", "Priya", "Declan", "Shauna",
           "Rowan", "Imogen", "Tobias", "Keisha", "Graham", "Felicity", "Jamal", "Bronwyn",
           "Lachlan", "Odette", "Reggie", "Maeve", "Cormac", "Hollis", "Tamsin", "Dwayne",
           "Esther", "Nadia", "Wendell", "Yolanda", "Bryony", "Ezekiel", "Harriet", "Quentin"),
    "de": ("Jannik", "Wiebke", "Lasse", "Svenja", "Till", "Frauke", "Gesine", "Mirko",
           "Henrike", "Ole", "Birte", "Korbinian", "Rieke", "Malte", "Dörte", "Volker",
           "Annegret", "Jörg", "Hülya", "Yusuf", "Agnieszka", "Detlef", "Insa", "Hauke"),
    "fr": ("Gaëlle", "Maxence", "Solène", "Bastien", "Ophélie", "Thibault", "Maëlys",
           "Corentin", "Ludivine", "Anatole", "Séverine", "Yanis", "Capucine", "Régis",
           "Nadège", "Aurélien", "Clémence", "Mehdi", "Gwenaëlle", "Loïc"),
    "es": ("Ainhoa", "Iñigo", "Rocío", "Álvaro", "Nerea", "Gonzalo", "Itziar", "Rubén",
           "Maite", "Joaquín", "Lucía", "Fermín", "Begoña", "Xavier", "Milagros", "Esteban",
           "Amaia", "Maximiliano", "Consuelo", "Ibai"),
    "xx": ("Thanh Huong", "Oluwaseun", "Rajesh", "Aigerim", "Kenji", "Leilani", "Siobhán",
           "Mateusz", "Fatima Zahra", "Chinedu", "Dilnoza", "Tomasz", "Anjali", "Kwame",
           "Soo-ah", "Emre"),
}

LAST = {
    "en": ("Pettigrew", "Okafor", "Halvorsen", "McCandless", "Abernathy", "Threlkeld",
           "Vasquez-Reed", "Lindqvist", "Oyelaran", "Whitcombe", "Brannigan", "Castellanos",
           "Fairweather", "Kowalczyk", "Sutcliffe", "Ashdown", "Penhaligon", "Mwangi",
           "Greenhalgh", "Rutledge", "Hargreaves", "Dunleavy", "Marchetti", "Quarshie"),
    "de": ("Brinkmann", "Oberhuber", "Kleinschmidt", "Wendt", "Hüttemann", "Rademacher",
           "Pfeiffer", "Y\u0131ld\u0131z", "Lechner", "Sauerland", "Dombrowski", "Niederhaus",
           "Kötter",
           "Grabowski", "Ahlers", "Thiessen", "Roloff", "Eggert", "Mühlbauer", "Strohschein"),
    "fr": ("Lefebvre-Morin", "Carpentier", "Maréchal", "Giraud", "Boulanger", "Vasseur",
           "Perrot", "Delaunay", "Chevalier", "Benali", "Tessier", "Roussel", "Guérin",
           "Lemaire", "Fontaine", "Haddad", "Le Goff", "Kerbrat"),
    "es": ("Etxeberria", "Quiroga", "Villalobos", "Mendizábal", "Carrasco", "Olmedo",
           "Ibarra", "Sepúlveda", "Urrutia", "Cifuentes", "Montalvo", "Arrieta", "Peñalver",
           "Bustamante", "Zamora", "Galindo", "Aranda", "Iglesias"),
    "xx": ("Nguyen", "Adeyemi", "Venkataraman", "Sadykova", "Morimoto", "Kahale",
           "Ní Bhriain", "Wróblewski", "El Idrissi", "Eze", "Rashidova", "Zieliński",
           "Raghunathan", "Asante", "Park", "Ayd\u0131n"),
}

CITIES = {
    "us": (("Tacoma", "WA", "98405"), ("Dayton", "OH", "45419"), ("Asheville", "NC", "28801"),
           ("Boise", "ID", "83702"), ("Stockton", "CA", "95207"), ("Lowell", "MA", "01852"),
           ("Tulsa", "OK", "74104"), ("Madison", "WI", "53703"), ("Lubbock", "TX", "79410")),
    "uk": (("Leeds", "", "LS6 2QE"), ("Bristol", "", "BS3 4HJ"), ("Norwich", "", "NR2 3AT"),
           ("Glasgow", "", "G12 8QQ"), ("Cardiff", "", "CF24 4HQ"), ("York", "", "YO31 7EB")),
    "de": (("Bielefeld", "NW", "33602"), ("Regensburg", "BY", "93047"),
           ("Kassel", "HE", "34117"), ("Lübeck", "SH", "23552"),
           ("Freiburg im Breisgau", "BW", "79098"), ("Chemnitz", "SN", "09111"),
           ("Oldenburg", "NI", "26122")),
    "fr": (("Rennes", "", "35000"), ("Clermont-Ferrand", "", "63000"), ("Nancy", "", "54000"),
           ("Perpignan", "", "66000"), ("Angers", "", "49100"), ("Besançon", "", "25000")),
    "es": (("Valladolid", "", "47003"), ("Zaragoza", "", "50004"), ("Cádiz", "", "11005"),
           ("Pamplona", "", "31002"), ("Murcia", "", "30001"), ("Gijón", "", "33201")),
}

# approximate centres, used with jitter for precise points and rounded for coarse ones
CENTRES = {
    "Tacoma": (47.2529, -122.4443), "Dayton": (39.7589, -84.1916),
    "Asheville": (35.5951, -82.5515), "Boise": (43.615, -116.2023),
    "Leeds": (53.8008, -1.5491), "Bristol": (51.4545, -2.5879), "Glasgow": (55.8642, -4.2518),
    "Bielefeld": (52.0302, 8.5325), "Regensburg": (49.0134, 12.1016),
    "Kassel": (51.3127, 9.4797), "Lübeck": (53.8655, 10.6866), "Rennes": (48.1173, -1.6778),
    "Nancy": (48.6921, 6.1844), "Angers": (47.4784, -0.5632), "Zaragoza": (41.6488, -0.8891),
    "Valladolid": (41.6523, -4.7245), "Pamplona": (42.8125, -1.6458),
    "Murcia": (37.9922, -1.1307), "Stockton": (37.9577, -121.2908),
    "Lowell": (42.6334, -71.3162), "Tulsa": (36.154, -95.9928), "Madison": (43.0731, -89.4012),
    "Lubbock": (33.5779, -101.8552), "Norwich": (52.6309, 1.2974), "Cardiff": (51.4816, -3.1791),
    "York": (53.96, -1.0873), "Freiburg im Breisgau": (47.999, 7.8421),
    "Chemnitz": (50.8278, 12.9214), "Oldenburg": (53.1435, 8.2146),
    "Clermont-Ferrand": (45.7772, 3.087), "Perpignan": (42.6887, 2.8948),
    "Besançon": (47.238, 6.0243), "Cádiz": (36.527, -6.2886), "Gijón": (43.5322, -5.6611),
}

STREETS = {
    "us": ("Hawthorne Ridge Rd", "Quarry Bend Dr", "Maple Hollow Ct", "Tillman Ave",
           "Sycamore Loop", "E Juniper St", "Old Mill Pkwy", "Bramblewood Ln",
           "W Fernhill Blvd", "Cottonwood Trail"),
    "uk": ("Holloway Crescent", "Ashgrove Terrace", "Kingfisher Close", "Brunswick Road",
           "Tanners Walk", "Orchard Rise", "Wellfield Gardens", "Fennel Street"),
    "de": ("Am Weidenhang", "Brunnenstraße", "Lindenweg", "Hafenstraße", "Amselsteig",
           "Zum Kalkofen", "Gartenstraße", "Schlehdornweg", "Ulmenallee", "Auf der Heide"),
    "fr": ("rue des Tanneurs", "allée des Tilleuls", "boulevard Carnot", "impasse du Moulin",
           "avenue des Acacias", "rue du Four à Chaux", "chemin des Vignes"),
    "es": ("Calle de los Alfareros", "Avenida del Puerto", "Calle Mayor", "Paseo de la Ribera",
           "Travesía del Olivo", "Calle Hornillo", "Ronda de Poniente"),
}

# street names with church words: a street, not a religion
CHURCH_STREETS = {
    "us": ("Church St", "Chapel Hill Rd", "Temple Ave", "Mission Blvd"),
    "uk": ("Church Lane", "Abbey Road", "Chapel Street", "Vicarage Close"),
    "de": ("Kirchgasse", "Am Kirchberg", "Klosterstraße", "Domplatz", "Pfarrgasse"),
    "fr": ("rue de l'Église", "place de la Cathédrale", "rue du Presbytère"),
    "es": ("Calle de la Iglesia", "Plaza de la Catedral", "Calle del Convento"),
}

COMPANIES = ("Brightwell Logistics", "Kestrel Analytics GmbH", "Nordlicht Versand AG",
             "Atelier Marceau SARL", "Ferretería Olmedo S.L.", "Bluefin Payroll Inc.",
             "Hollow Oak Dental", "Quillpoint Software", "Rheinauen Pflege gGmbH",
             "Clínica Santa Engracia", "Pineview Credit Union", "Tidewater Insurance Co.")

EMAIL_DOMAINS = ("gmail.com", "outlook.com", "gmx.de", "web.de", "orange.fr", "free.fr",
                 "yahoo.es", "proton.me", "icloud.com", "hotmail.co.uk", "posteo.de",
                 "t-online.de", "laposte.net", "telefonica.net")
WORK_DOMAINS = ("brightwell-logistics.com", "kestrel-analytics.de", "quillpoint.io",
                "nordlicht-versand.de", "tidewater-ins.com", "hollowoakdental.com",
                "mairie-vasseur.fr", "olmedo-ferreteria.es")

HOSTS = ("api-gw-2", "orders-svc-7f9c", "ip-10-0-4-17", "worker-3", "edge-fra-02", "auth-1")
