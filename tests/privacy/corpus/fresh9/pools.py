"""Names, streets, towns and e-mail domains the generators draw from."""

from __future__ import annotations

# culture -> (given names, family names). Family names keep their particles and spacing.
NAMES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "de": (
        ("Marta", "Jonas", "Sabine", "Lukas", "Ilse", "Dieter", "Hannelore", "Fynn", "Jana",
         "Uwe", "Birgit", "Mats", "Kerstin", "Ole"),
        ("Brandstätter", "Kowalczyk", "von Albrecht", "Hüttenrauch", "Lindqvist", "Eberle",
         "Schwarzkopf", "Zimmermann", "Oltmanns", "Grabowski", "Meißner", "Fuchs"),
    ),
    "fr": (
        ("Océane", "Thibault", "Nadège", "Loïc", "Maëlle", "Gaëtan", "Solène", "Rémi",
         "Capucine", "Yannick", "Bérénice", "Mathis"),
        ("Dubois-Lemaire", "de La Roche", "Nguyen", "Perrin", "Lefèvre", "Benhamou", "Castaing",
         "Marchetti", "Le Goff", "Mbappé-Diallo", "Rousseau", "Ferrand"),
    ),
    "es": (
        ("Marta", "Iñaki", "Lucía", "Joaquín", "Ainhoa", "Rodrigo", "Maite", "Sergio",
         "Begoña", "Álvaro", "Nerea", "Xabier"),
        ("de la Fuente", "Iglesias", "Ortega Ruiz", "Etxeberria", "Calvo", "Núñez", "Sanz Peña",
         "Villalobos", "Quintana", "Domínguez", "Arrieta", "Medina"),
    ),
    "en": (
        ("Siobhan", "Callum", "Priya", "Declan", "Hollie", "Marcus", "Niamh", "Tyrone",
         "Bethany", "Gareth", "Imogen", "Kieran"),
        ("Okonkwo", "Fitzgerald", "Whitlock", "Ramsbottom", "McAllister", "Hargreaves",
         "Pemberton", "O'Driscoll", "Ashworth", "Blackwood", "Thistlethwaite", "Nakamura"),
    ),
    "world": (
        ("Oluwaseun", "Mei-Ling", "Aarav", "Fatima Zahra", "Yusuf", "Thi Lan", "Dawit",
         "Svetlana", "Kwame", "Leilani", "Farhan", "Agnieszka", "Hoang", "Esra"),
        ("Adebayo", "Chen", "Sharma", "El Amrani", "Demir", "Nguyen", "Tesfaye", "Kuznetsova",
         "Mensah", "Kahananui", "Rahman", "Wiśniewska", "Pham", "Yıldız"),  # noqa: RUF001
    ),
}

COUNTRY_OF_LANG = {"de": "de", "fr": "fr", "es": "es", "en": "uk"}

STREETS: dict[str, tuple[str, ...]] = {
    "de": ("Lindenstraße", "Am Mühlbach", "Goethestr.", "Hauptstraße", "Schillerweg",
           "Kastanienallee", "Bergmannstraße", "Zur alten Ziegelei"),
    "fr": ("rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "impasse des Tilleuls",
           "rue de la République", "chemin du Moulin", "allée des Cerisiers"),
    "es": ("Calle de Alcalá", "C/ Mayor", "Avenida de la Constitución", "Calle del Pez",
           "Paseo de Gracia", "Calle Sierpes", "Rúa do Franco"),
    "uk": ("Mill Lane", "Victoria Road", "Church Street", "Albert Terrace", "Greenbank Crescent",
           "Station Approach", "Kingsway"),
    "us": ("Oak Street", "Maple Avenue", "West 34th Street", "Sunset Blvd", "Elm Court",
           "Lakeview Drive", "Pine Ridge Road"),
}

TOWNS: dict[str, tuple[tuple[str, str], ...]] = {
    "de": (("04109", "Leipzig"), ("50667", "Köln"), ("80331", "München"), ("10999", "Berlin"),
           ("28195", "Bremen"), ("69117", "Heidelberg")),
    "fr": (("69003", "Lyon"), ("13001", "Marseille"), ("31000", "Toulouse"), ("75011", "Paris"),
           ("44000", "Nantes"), ("59000", "Lille")),
    "es": (("28014", "Madrid"), ("08008", "Barcelona"), ("41004", "Sevilla"),
           ("15704", "Santiago de Compostela"), ("46001", "Valencia"), ("48001", "Bilbao")),
    "uk": (("LS6 2QR", "Leeds"), ("M14 5TP", "Manchester"), ("BS3 4HX", "Bristol"),
           ("EH6 7JR", "Edinburgh"), ("CF24 3AA", "Cardiff"), ("NE6 1SL", "Newcastle")),
    "us": (("97205", "Portland, OR"), ("60614", "Chicago, IL"), ("78704", "Austin, TX"),
           ("02139", "Cambridge, MA"), ("94110", "San Francisco, CA"), ("30307", "Atlanta, GA")),
}

MAIL_DOMAINS = ("gmail.com", "web.de", "gmx.net", "orange.fr", "free.fr", "hotmail.es",
                "yahoo.co.uk", "outlook.com", "protonmail.com", "icloud.com", "posteo.de")
WORK_DOMAINS = ("stadtwerke-nord.de", "caf-rhone.fr", "ayto-sevilla.es", "hartwell-care.org.uk",
                "brightpath-ngo.org", "kestrel-logistics.com", "fundacion-acoge.org")

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
           "Oktober", "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
}
