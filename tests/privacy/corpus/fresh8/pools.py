"""Names, places and key spellings used by the value generators."""

from __future__ import annotations

# origin -> (given names, family names); family names may carry particles
NAMES: dict[str, tuple[list[str], list[str]]] = {
    "en": (
        ["Megan", "Tyrone", "Harriet", "Declan", "Keisha", "Oliver", "Brianna", "Callum"],
        ["Whitfield", "O'Sullivan", "Okonkwo-Hart", "MacAulay", "Prendergast", "Delaney"],
    ),
    "de": (
        ["Jürgen", "Annika", "Hannelore", "Malte", "Svenja", "Björn", "Ilse", "Tobias"],
        ["Schäfer", "von Stetten", "Kowalczyk", "Brandauer", "Meißner", "Oberhuber"],
    ),
    "fr": (
        ["Gaëlle", "Thibault", "Maëlys", "Jean-Baptiste", "Océane", "Hervé", "Solène"],
        ["Lefebvre", "de La Roche", "Benyamina", "Giraud", "Le Goff", "Chevallier"],
    ),
    "es": (
        ["Itziar", "Rodrigo", "María José", "Xabier", "Lucía", "Iñaki", "Ainhoa"],
        ["de la Cruz Fernández", "Iglesias Soto", "Etxeberria", "Quiroga", "Núñez Vidal"],
    ),
    "world": (
        ["Xiuying", "Haruki", "Min-jun", "Priya", "Chukwuemeka", "Ayşe", "Tesfaye", "Thi Lan",
         "Oluwaseun", "Farida", "Dmitri", "Anahí"],
        ["Wang", "Sato", "Kim", "Raghunathan", "Okafor", "Yılmaz", "Bekele", "Nguyen",  # noqa: RUF001
         "Adeyemi", "bin Hamdan", "Volkov", "Mamani"],
    ),
}

ORIGINS_BY_LANG = {
    "en": ["en", "en", "world"],
    "de": ["de", "de", "world"],
    "fr": ["fr", "fr", "world"],
    "es": ["es", "es", "world"],
}

MAIL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.co.uk", "icloud.com", "proton.me"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "mailbox.org"],
    "fr": ["orange.fr", "laposte.net", "free.fr", "sfr.fr", "gmail.com"],
    "es": ["yahoo.es", "hotmail.es", "gmail.com", "telefonica.net", "outlook.es"],
}

WORK_DOMAINS = ["brightlane-logistics.com", "kanzlei-ostwald.de", "clinique-valmont.fr",
                "grupo-alcor.es", "northpeak.io", "helios-care.org", "ferrovia-tech.eu"]

STREETS = {
    "us": ["Maple Avenue", "Church Street", "W 34th Street", "Sycamore Drive", "Lakeview Blvd"],
    "uk": ["Church Lane", "Granby Road", "Abbey Close", "Wellington Terrace", "Mill Street"],
    "de": ["Lindenstraße", "Am Kirchberg", "Bahnhofstr.", "Kastanienallee", "Hauptstraße"],
    "fr": ["rue de la Paix", "avenue Jean-Jaurès", "rue de l'Église", "bd Voltaire",
           "impasse des Lilas"],
    "es": ["Calle de la Iglesia", "Avenida de América", "C/ Mayor", "Paseo de Gracia",
           "Calle Alcalá"],
}

CITIES = {
    "us": [("Springfield", "IL", "62704"), ("Austin", "TX", "78704"), ("Tacoma", "WA", "98402")],
    "uk": [("Harrogate", "", "HG1 2AB"), ("Leeds", "", "LS6 3QW"), ("Bristol", "", "BS3 1QT")],
    "de": [("Leipzig", "", "04109"), ("Bochum", "", "44787"), ("Freiburg", "", "79098")],
    "fr": [("Paris", "", "75011"), ("Lyon", "", "69003"), ("Rennes", "", "35000")],
    "es": [("Madrid", "", "28013"), ("Bilbao", "", "48001"), ("Sevilla", "", "41003")],
}

COUNTRY_OF_LANG = {"en": "uk", "de": "de", "fr": "fr", "es": "es"}

# concept -> lang -> key spellings
KEYS: dict[str, dict[str, list[str]]] = {
    "first_name": {"en": ["first_name", "firstName", "given_name", "FirstName"],
                   "de": ["vorname", "Vorname"], "fr": ["prénom", "prenom"],
                   "es": ["nombre", "Nombre"]},
    "last_name": {"en": ["last_name", "lastName", "family_name", "surname"],
                  "de": ["nachname", "familienname"], "fr": ["nom", "nom_de_famille"],
                  "es": ["apellidos", "apellido"]},
    "name": {"en": ["name", "full_name", "fullName", "displayName"],
             "de": ["name", "vollständiger_name"], "fr": ["nom_complet", "nom"],
             "es": ["nombre_completo", "nombreCompleto"]},
    "email": {"en": ["email", "emailAddress", "e_mail"], "de": ["e_mail", "email", "mail"],
              "fr": ["courriel", "email", "adresse_email"],
              "es": ["correo", "correo_electronico", "email"]},
    "phone": {"en": ["phone", "phoneNumber", "mobile"], "de": ["telefon", "handy", "mobilnummer"],
              "fr": ["téléphone", "telephone", "portable"],
              "es": ["teléfono", "telefono", "movil"]},
    "dob": {"en": ["date_of_birth", "dob", "birthDate"], "de": ["geburtsdatum", "geb_datum"],
            "fr": ["date_de_naissance", "dateNaissance"],
            "es": ["fecha_nacimiento", "fechaNacimiento"]},
    "address": {"en": ["address", "home_address", "postalAddress"],
                "de": ["anschrift", "adresse", "wohnanschrift"],
                "fr": ["adresse", "adresse_postale"],
                "es": ["dirección", "direccion", "domicilio"]},
    "notes": {"en": ["notes", "comment", "remarks"], "de": ["bemerkung", "notizen", "kommentar"],
              "fr": ["remarques", "commentaire"], "es": ["observaciones", "notas", "comentario"]},
    "iban": {"en": ["iban", "IBAN", "payout_iban"], "de": ["iban", "IBAN", "bankverbindung"],
             "fr": ["iban", "rib_iban"], "es": ["iban", "cuenta_iban"]},
    "password": {"en": ["password", "passwd"], "de": ["passwort", "kennwort"],
                 "fr": ["mot_de_passe", "motDePasse"], "es": ["contraseña", "contrasena"]},
    "nationality": {"en": ["nationality", "citizenship"], "de": ["staatsangehörigkeit"],
                    "fr": ["nationalité"], "es": ["nacionalidad"]},
}
