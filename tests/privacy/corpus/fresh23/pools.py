"""Names, places, companies and other pools, by language."""

from __future__ import annotations

FIRST = {
    "en": ["Olivia", "Marcus", "Priya", "Declan", "Hannah", "Tobias", "Aisha", "Gareth", "Megan",
           "Rohan", "Shauna", "Callum", "Beatrice", "Nathaniel", "Imogen", "Kwame", "Fiona",
           "Darnell", "Rebecca", "Owen", "Tamsin", "Wesley", "Harriet", "Jasper"],
    "de": ["Lukas", "Annika", "Jörg", "Sabine", "Matthias", "Katrin", "Dieter", "Lena", "Volker",
           "Birgit", "Florian", "Ute", "Sebastian", "Heike", "Niklas", "Franziska", "Torsten",
           "Ilse", "Jannik", "Dörte"],
    "fr": ["Camille", "Théo", "Élodie", "Baptiste", "Margaux", "Julien", "Océane", "Mathieu",
           "Solène", "Yannick", "Clémence", "Arnaud", "Maëlle", "Sébastien", "Aurélie", "Gaël",
           "Nadège", "Loïc", "Inès", "Hervé"],
    "es": ["Lucía", "Javier", "Marta", "Alejandro", "Nerea", "Iker", "Rocío", "Sergio", "Ainhoa",
           "Álvaro", "Pilar", "Raúl", "Itziar", "Gonzalo", "Carmen", "Unai", "Begoña", "Rubén",
           "Noelia", "Fermín"],
}
LAST = {
    "en": ["Whitfield", "Okafor", "Brennan", "Patel", "Hargreaves", "McAllister", "Osei",
           "Pemberton", "Walsh", "Kowalczyk", "Ashworth", "Fairbairn", "Nakamura", "Delaney",
           "Thornton", "Abernathy", "Reyes", "Sinclair", "Holloway", "Chaudhry"],
    "de": ["Schröder", "Brandt", "Kühn", "Hoffmann", "Wagenknecht", "Lindemann", "Yilmaz",
           "Pohl", "Weißenborn", "Kessler", "Albrecht", "Rademacher", "Nowak", "Brückner",
           "Hartmann", "Stolz", "Vogt", "Engel"],
    "fr": ["Lefèvre", "Moreau", "Garnier", "Rousseau", "Benali", "Chevalier", "Fontaine",
           "Lemaire", "Perrin", "Duval", "Marchand", "Nguyen", "Gauthier", "Barbier", "Roussel",
           "Mercier", "Faure", "Boucher"],
    "es": ["García Ortega", "Fernández", "Etxeberria", "López Prieto", "Navarro", "Sánchez Gil",
           "Castillo", "Ibáñez", "Morales", "Quintana", "Herrera", "Domínguez", "Aguirre",
           "Vázquez", "Romero", "Salgado", "Cortés", "Medina"],
}
STREETS = {
    "en": ["Mill Road", "Church Lane", "Victoria Street", "Station Approach", "Kingsway",
           "Hawthorn Avenue", "Quarry Close", "Elm Grove", "Harbour Road", "Chapel Street"],
    "de": ["Lindenstraße", "Am Mühlbach", "Hauptstraße", "Kirchweg", "Goethestraße",
           "Industriestraße", "Bahnhofstraße", "Schillerplatz", "Rosenweg", "Friedhofstraße"],
    "fr": ["rue des Lilas", "avenue Jean Jaurès", "rue de l'Église", "chemin des Vignes",
           "boulevard Voltaire", "rue du Moulin", "impasse des Tilleuls", "place du Marché"],
    "es": ["Calle Mayor", "Calle de la Iglesia", "Avenida de la Constitución", "Paseo del Prado",
           "Calle Real", "Camino de las Huertas", "Calle San Vicente", "Ronda de Poniente"],
}
CITIES = {
    "en": [("Leeds", "LS6 2AB"), ("Bristol", "BS3 4RT"), ("Glasgow", "G41 2PL"),
           ("Norwich", "NR2 3HQ"), ("Cardiff", "CF24 1NS"), ("Sheffield", "S11 8YA")],
    "de": [("Köln", "50667"), ("Leipzig", "04109"), ("Bremen", "28195"), ("Augsburg", "86150"),
           ("Dortmund", "44135"), ("Freiburg", "79098")],
    "fr": [("Lyon", "69003"), ("Nantes", "44000"), ("Lille", "59000"), ("Rennes", "35000"),
           ("Toulouse", "31000"), ("Dijon", "21000")],
    "es": [("Madrid", "28013"), ("Valencia", "46002"), ("Bilbao", "48001"), ("Sevilla", "41004"),
           ("Zaragoza", "50001"), ("Málaga", "29005")],
}
US_CITIES = [("Springfield", "IL", "62704"), ("Dayton", "OH", "45402"), ("Tacoma", "WA", "98402"),
             ("Boise", "ID", "83702")]
US_STREETS = ["Oak Street", "Maple Avenue", "Industrial Parkway", "Ridge Road", "Lincoln Blvd"]
COMPANIES = {
    "en": ["Brightgrid Energy Ltd", "Northway Freight Ltd", "Halcyon Homes Ltd",
           "Ironbridge Components plc", "Kestrel Fleet Services", "Tidewater Water plc"],
    "de": ["Rheinwerk Netze GmbH", "Spreetal Logistik GmbH", "Nordlicht Haustechnik AG",
           "Werkhalle Süd GmbH & Co. KG", "Allgäuer Agrar eG"],
    "fr": ["Altavia Logistique SAS", "Énergies du Rhône SA", "Domotique Atlantique SARL",
           "Ateliers de la Loire SAS", "Coopérative Agricole du Berry"],
    "es": ["Iberluz Distribución SL", "Transportes Cierzo SA", "Hogar Conectado SL",
           "Talleres del Nervión SA", "Cooperativa del Campo de Cariñena"],
}
DOMAINS = {
    "en": ["brightgrid.co.uk", "northway-freight.com", "mailbox.org", "gmail.com", "outlook.com",
           "kestrelfleet.co.uk"],
    "de": ["rheinwerk-netze.de", "web.de", "gmx.de", "t-online.de", "spreetal-logistik.de"],
    "fr": ["altavia-logistique.fr", "orange.fr", "free.fr", "laposte.net", "energies-rhone.fr"],
    "es": ["iberluz.es", "telefonica.net", "gmail.com", "hotmail.es", "transportescierzo.es"],
}
SITES = {
    "en": ["Leeds North depot", "Avonmouth hub", "Plant 3", "Teesside yard", "Site B"],
    "de": ["Werk Süd", "Depot Leipzig-Nord", "Halle 4", "Umspannwerk Ost", "Lager Bremen"],
    "fr": ["Entrepôt de Lyon-Est", "Usine 2", "Plateforme de Nantes", "Dépôt Nord"],
    "es": ["Almacén Zaragoza Norte", "Planta 2", "Centro logístico de Getafe", "Nave 7"],
}
SITE_COORDS = [(53.80, -1.55), (51.50, -2.69), (51.34, 12.38), (45.76, 4.84), (40.42, -3.70),
               (47.22, -1.55), (41.65, -0.88), (50.94, 6.96), (43.60, 1.44), (54.57, -1.23)]
VEHICLE_MAKES = ["Volkswagen ID.4", "Ford Transit Custom", "Renault Master E-Tech",
                 "Mercedes-Benz eSprinter", "SEAT Leon", "Peugeot e-208", "Tesla Model Y",
                 "Škoda Enyaq", "Toyota Corolla"]
