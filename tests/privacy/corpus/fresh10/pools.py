"""Names, places and organisations for the fresh10 corpus, by language."""

from __future__ import annotations

FIRST: dict[str, tuple[str, ...]] = {
    "en": ("Olivia", "Marcus", "Priya", "Declan", "Hannah", "Tobias", "Grace", "Nathan",
           "Imogen", "Raymond", "Keisha", "Owen"),
    "de": ("Lena", "Jonas", "Friederike", "Maximilian", "Ingrid", "Lukas", "Annika", "Björn",
           "Sabine", "Matthias", "Dörte", "Kai"),
    "fr": ("Camille", "Étienne", "Manon", "Baptiste", "Inès", "Rémi", "Léa", "Thibault",
           "Solène", "Yannick", "Océane", "Gaspard"),
    "es": ("Lucía", "Alejandro", "Marisol", "Iñaki", "Nerea", "Rodrigo", "Ainhoa", "Sergio",
           "Paloma", "Joaquín", "Begoña", "Hugo"),
}

LAST: dict[str, tuple[str, ...]] = {
    "en": ("Whitfield", "Okafor", "Brennan", "Castellano", "Hargreaves", "Nakamura", "Pembroke",
           "Doyle", "Ashworth", "Fairbanks", "Mensah", "Caldwell"),
    "de": ("Brandt", "Kowalczyk", "Hoffmann", "Eberhardt", "Strüver", "Lindqvist", "Baumgärtner",
           "Reuter", "Yilmaz", "Scholz", "Wendland", "Kühn"),
    "fr": ("Lefèvre", "Moreau", "Garnier", "Benali", "Rousseau", "Chevalier", "Faure", "Masson",
           "Nguyen", "Lemaire", "Barbier", "Perrin"),
    "es": ("García", "Etxeberria", "Navarro", "Cortés", "Villanueva", "Medina", "Castro",
           "Olmedo", "Serrano", "Fuentes", "Quintero", "Rojas"),
}

# (street, city, postcode, country code) — postcode formats match the country.
STREETS: dict[str, tuple[str, ...]] = {
    "en": ("Larkspur Avenue", "Mill Road", "Kingfisher Close", "Harbour Street", "Elm Grove",
           "Oakridge Drive", "Maple Street", "Chapel Lane"),
    "de": ("Lindenstraße", "Am Mühlbach", "Kastanienallee", "Wiesenweg", "Goethestraße",
           "Hafenstraße", "Bergstraße", "Rosenweg"),
    "fr": ("rue des Tanneurs", "avenue Jean Jaurès", "boulevard Voltaire", "rue du Moulin",
           "allée des Tilleuls", "rue de la Paix", "impasse des Lilas", "quai Saint-Pierre"),
    "es": ("Calle Mayor", "Avenida de la Constitución", "Calle del Pez", "Paseo de Gracia",
           "Calle de Alcalá", "Ronda de Segovia", "Calle Real", "Avenida del Puerto"),
}

CITIES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (("Leeds", "LS6 2AB"), ("Bristol", "BS1 4DJ"), ("Austin, TX", "78704"),
           ("Portland, OR", "97209"), ("Norwich", "NR2 1QW")),
    "de": (("Berlin", "10437"), ("Hamburg", "20359"), ("Köln", "50667"), ("Leipzig", "04109"),
           ("Freiburg", "79098")),
    "fr": (("Lyon", "69003"), ("Nantes", "44000"), ("Toulouse", "31000"), ("Lille", "59800"),
           ("Rennes", "35000")),
    "es": (("Madrid", "28013"), ("Sevilla", "41004"), ("Bilbao", "48001"), ("Valencia", "46002"),
           ("Zaragoza", "50001")),
}

COUNTRY = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES"}

COMPANIES = ("Northwind Traders", "Blue Heron Logistics", "Kestrel Analytics", "Tannery Labs",
             "Quillfeather GmbH", "Solstice SAS", "Ferrovia Digital SL", "Brightwater Health")

PRODUCTS = ("Trail Runner 3", "Merino Crew Sock", "Ceramic Pour-Over", "USB-C Dock Pro",
            "Linen Duvet Cover", "Cast Iron Skillet", "Noise-Cancelling Headset", "Yoga Mat Plus")

MEDICAL_PRODUCTS = ("Digital Blood Pressure Monitor", "Ibuprofen 400 mg, 20 tablets",
                    "Blood Glucose Test Strips (50)", "Cetirizine 10 mg Allergy Relief",
                    "Pregnancy Test Twin Pack", "Knee Support Brace", "Insulin Cooling Wallet")

DOMAINS = ("mailbox.example.org", "posteo.de", "orange.fr", "gmail.com", "outlook.com",
           "kestrel-analytics.io", "northwind.example.com", "correo.es")
