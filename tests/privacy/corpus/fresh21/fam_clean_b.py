"""Clean German, French and Spanish families (hard negatives)."""

from __future__ import annotations

from .ctx import Ctx, Json
from .registry import family

# ------------------------------------------------------------------ German


@family("de_kampagnenseite", 4, "de", clean=True)
def de_kampagnenseite(c: Ctx) -> Json:
    t, b = c.pick(
        (
            (
                "Organspende: Entscheide dich!",
                (
                    "Rund 8.400 Menschen in Deutschland warten auf ein "
                    "Spenderorgan. Der Organspendeausweis ist kostenlos und "
                    "jederzeit änderbar."
                ),
            ),
            (
                "Psychische Gesundheit ist kein Tabu",
                (
                    "Jede vierte erwachsene Person erfüllt im Laufe eines Jahres "
                    "die Kriterien einer psychischen Erkrankung. Hilfe zu holen "
                    "ist ein Zeichen von Stärke."
                ),
            ),
            (
                "Demokratie braucht dich",
                (
                    "Wir rufen alle Wahlberechtigten auf, am Sonntag wählen zu "
                    "gehen. Wir sind parteipolitisch neutral."
                ),
            ),
        )
    )
    return {
        "seite": {
            "titel": t,
            "slug": c.token(10).lower(),
            "inhalt": b + " " + c.say("neg_health"),
            "veröffentlicht": c.ts(2024, 2025, "offset"),
        },
        "cta": "Jetzt spenden",
    }


@family("de_pressemitteilung", 4, "de", clean=True)
def de_pressemitteilung(c: Ctx) -> Json:
    t, b = c.pick(
        (
            (
                "Tarifrunde öffentlicher Dienst: Warnstreiks in mehreren Städten",
                (
                    "Die Gewerkschaft ruft die Beschäftigten in Kitas, Kliniken "
                    "und im Nahverkehr zu ganztägigen Warnstreiks auf. Die "
                    "Arbeitgeber haben bislang kein Angebot vorgelegt."
                ),
            ),
            (
                "Wohlfahrtsverbände fordern Kindergrundsicherung",
                (
                    "Die Verbände der freien Wohlfahrtspflege, darunter Caritas "
                    "und Diakonie, fordern eine auskömmliche "
                    "Kindergrundsicherung."
                ),
            ),
            (
                "Flüchtlingsräte kritisieren Bezahlkarte",
                (
                    "Die Bezahlkarte erschwere Geflüchteten den Alltag, so die "
                    "Flüchtlingsräte der Länder in einer gemeinsamen Erklärung."
                ),
            ),
        )
    )
    return {
        "pressemitteilung": {
            "titel": t,
            "text": b,
            "datum": c.date(2024, 2025),
            "ansprechpartner": "Pressestelle",
        },
        "tags": ["Presse"],
    }


@family("de_gottesdienstzeiten", 3, "de", clean=True)
def de_gottesdienstzeiten(c: Ctx) -> Json:
    return {
        "gemeinde": c.pick(
            (
                "Ev. Kirchengemeinde St. Petri",
                "Kath. Pfarrei Heilig Kreuz",
                "Ev.-ref. Gemeinde Bremen-Mitte",
            )
        ),
        "gottesdienste": [
            {"tag": "Sonntag", "uhrzeit": "10:00", "art": "Gottesdienst mit Abendmahl"},
            {"tag": "Samstag", "uhrzeit": "18:00", "art": "Vorabendmesse"},
            {"tag": "Mittwoch", "uhrzeit": "19:00", "art": "Taizé-Andacht"},
        ],
        "hinweis": "Taufen und Trauungen nach Absprache mit dem Pfarrbüro.",
    }


@family("de_vereinsregister", 3, "de", clean=True)
def de_vereinsregister(c: Ctx) -> Json:
    name = c.pick(
        (
            "Muslimische Jugend Köln e.V.",
            "Katholische Arbeitnehmer-Bewegung Bezirk Nord e.V.",
            "Krebsberatung Sachsen e.V.",
            "Förderverein der Evangelischen Kirche Linden e.V.",
            "Gewerkschaftshaus Dortmund e.V.",
        )
    )
    return {
        "registergericht": c.pick(
            ("Amtsgericht Köln", "Amtsgericht Charlottenburg", "Amtsgericht Leipzig")
        ),
        "registernummer": f"VR {c.rint(1000, 99999)}",
        "name": name,
        "sitz": c.pick(("Köln", "Berlin", "Leipzig", "Dortmund")),
        "eingetragen": c.date(1980, 2022),
        "zweck": "Förderung der Jugendhilfe und der Bildung",
    }


@family("de_wahlprogramm", 3, "de", clean=True)
def de_wahlprogramm(c: Ctx) -> Json:
    return {
        "partei": c.pick(("SPD", "BÜNDNIS 90/DIE GRÜNEN", "Die Linke", "CDU")),
        "dokument": "Kommunalwahlprogramm 2025",
        "kapitel": [
            {
                "titel": "Wohnen",
                "text": "Wir schaffen bezahlbaren Wohnraum und stärken den Mieterschutz.",
            },
            {
                "titel": "Gesundheit",
                "text": (
                    "Wir erhalten das Krankenhaus vor Ort und bauen "
                    "Beratungsangebote für psychische Gesundheit aus."
                ),
            },
            {"titel": "Arbeit", "text": "Öffentliche Aufträge nur an tarifgebundene Unternehmen."},
        ],
    }


@family("de_spendenstatistik", 3, "de", clean=True)
def de_spendenstatistik(c: Ctx) -> Json:
    return {
        "jahr": 2024,
        "spendensumme_eur": int(c.decoy("aggregate", str(c.rint(10**7, 10**8)))),
        "spender_anzahl": c.rint(10000, 900000),
        "durchschnittsspende": c.money(20, 120),
        "nach_zweck": [
            {"zweck": z, "anteil": round(c.r.uniform(0.05, 0.4), 2)}
            for z in ("Nothilfe", "Kirche und Religion", "Gesundheit", "Geflüchtete")
        ],
    }


@family("de_formular_definition", 3, "de", clean=True)
def de_formular_definition(c: Ctx) -> Json:
    return {
        "formular": "Anmeldung Ehrenamt",
        "felder": [
            {"name": "vorname", "typ": "text", "pflicht": True},
            {
                "name": "steuer_id",
                "typ": "text",
                "platzhalter": c.decoy("steuer_id", "12 345 678 901"),
            },
            {"name": "geburtsdatum", "typ": "datum", "pflicht": False},
            {
                "name": "konfession",
                "typ": "auswahl",
                "optionen": [
                    "evangelisch",
                    "römisch-katholisch",
                    "muslimisch",
                    "keine",
                    "Keine Angabe",
                ],
            },
            {
                "name": "führungszeugnis",
                "typ": "upload",
                "hinweis": "Erweitertes Führungszeugnis, nicht älter als 3 Monate",
            },
            {"name": "gewerkschaftsmitglied", "typ": "checkbox"},
        ],
        "version": f"{c.rint(1, 5)}.{c.rint(0, 9)}",
    }


@family("de_veranstaltungskalender", 4, "de", clean=True)
def de_veranstaltungskalender(c: Ctx) -> Json:
    ev = [
        {"titel": "CSD Leipzig - Demo", "ort": "Augustusplatz, Leipzig", "kategorie": "Queer"},
        {"titel": "Interreligiöses Friedensgebet", "ort": "Kölner Dom", "kategorie": "Religion"},
        {
            "titel": "Kundgebung zum 1. Mai",
            "ort": "Römerberg, Frankfurt",
            "kategorie": "Gewerkschaft",
        },
        {
            "titel": "Aktionstag psychische Gesundheit",
            "ort": "Rathausplatz",
            "kategorie": "Gesundheit",
        },
    ]
    return [dict(e, beginn=c.ts(2025, 2025, "offset")) for e in c.sample(ev, 3)]


@family("de_kriminalstatistik", 3, "de", clean=True)
def de_kriminalstatistik(c: Ctx) -> Json:
    return {
        "quelle": "PKS",
        "jahr": 2024,
        "bezirk": c.pick(("Neukölln", "Mitte", "Connewitz")),
        "delikte": [
            {
                "art": a,
                "fälle": c.rint(100, 9000),
                "aufklärungsquote": round(c.r.uniform(0.2, 0.9), 2),
            }
            for a in ("Diebstahl", "Körperverletzung", "Betrug")
        ],
        "hinweis": c.say("neg_criminal"),
    }


@family("de_foerderprogramme", 3, "de", clean=True)
def de_foerderprogramme(c: Ctx) -> Json:
    return {
        "stiftung": "Bürgerstiftung Nord",
        "programme": [
            {
                "name": "Vielfalt leben",
                "zielgruppe": "Migrantenselbstorganisationen",
                "max_eur": 20000,
            },
            {
                "name": "Gesund im Quartier",
                "zielgruppe": "Selbsthilfegruppen und Beratungsstellen",
                "max_eur": 8000,
            },
            {
                "name": "Glaube und Nachbarschaft",
                "zielgruppe": "Religionsgemeinschaften mit offenen Angeboten",
                "max_eur": 5000,
            },
        ],
        "frist": c.date(2025, 2025),
    }


# ------------------------------------------------------------------ French


@family("fr_page_campagne", 5, "fr", clean=True)
def fr_page_campagne(c: Ctx) -> Json:
    t, b = c.pick(
        (
            (
                "Octobre rose : faites-vous dépister",
                (
                    "Une femme sur huit sera touchée par un cancer du sein au "
                    "cours de sa vie. Le dépistage est pris en charge à 100 % "
                    "entre 50 et 74 ans."
                ),
            ),
            (
                "Santé mentale : parlons-en",
                (
                    "Un Français sur cinq est touché chaque année par un trouble "
                    "psychique. En parler, c'est déjà agir."
                ),
            ),
            (
                "Accueillir dignement",
                (
                    "Nous défendons le droit d'asile et l'accès aux droits pour "
                    "toutes les personnes exilées."
                ),
            ),
        )
    )
    return {
        "page": {
            "titre": t,
            "chapo": b,
            "corps": c.say("neg_health"),
            "publie_le": c.ts(2024, 2025, "offset"),
        },
        "bouton": "Je fais un don",
    }


@family("fr_communique_syndical", 3, "fr", clean=True)
def fr_communique_syndical(c: Ctx) -> Json:
    return {
        "communique": {
            "titre": c.pick(
                (
                    "Retraites : l'intersyndicale appelle à la mobilisation",
                    "Hôpital : grève reconductible aux urgences",
                )
            ),
            "texte": (
                "Les organisations syndicales appellent l'ensemble des "
                "salariés, privés d'emploi et retraités à se mobiliser. Des "
                "rassemblements auront lieu dans toutes les préfectures."
            ),
            "date": c.date(2024, 2025),
            "contact": "service presse",
        }
    }


@family("fr_horaires_messes", 4, "fr", clean=True)
def fr_horaires_messes(c: Ctx) -> Json:
    return {
        "paroisse": c.pick(("Paroisse Saint-Pierre", "Paroisse Notre-Dame des Champs")),
        "messes": [
            {"jour": "dimanche", "heure": "10h30"},
            {"jour": "samedi", "heure": "18h00", "type": "messe anticipée"},
            {"jour": "mercredi", "heure": "8h30"},
        ],
        "confessions": "samedi 16h-17h",
        "info": "Baptêmes et mariages : prendre contact avec l'accueil paroissial.",
    }


@family("fr_rna_association", 5, "fr", clean=True)
def fr_rna_association(c: Ctx) -> Json:
    return {
        "id_association": c.decoy("rna", "W" + str(c.rint(100000000, 999999999))),
        "titre": c.pick(
            (
                "ASSOCIATION CULTUELLE MUSULMANE DE VÉNISSIEUX",
                "SECOURS CATHOLIQUE - DÉLÉGATION DU NORD",
                "LIGUE CONTRE LE CANCER COMITÉ DU RHÔNE",
                "UNION LOCALE CGT DE SAINT-DENIS",
            )
        ),
        "objet": "favoriser l'entraide et organiser des activités culturelles et sociales",
        "date_creation": c.date(1970, 2020),
        "adresse_siege": {
            "commune": c.pick(("Lyon", "Lille", "Saint-Denis")),
            "code_postal": c.pick(("69008", "59000", "93200")),
        },
        "position": "A",
    }


@family("fr_programme_electoral", 4, "fr", clean=True)
def fr_programme_electoral(c: Ctx) -> Json:
    return {
        "liste": c.pick(("Lyon en commun", "Lille écologiste et solidaire")),
        "programme": [
            {
                "axe": "Logement",
                "mesure": "Encadrer les loyers et rénover les passoires thermiques.",
            },
            {"axe": "Santé", "mesure": "Ouvrir deux centres de santé municipaux."},
            {"axe": "Laïcité", "mesure": "Garantir la neutralité des services publics."},
        ],
        "scrutin": "municipales 2026",
    }


@family("fr_statistiques_dons", 4, "fr", clean=True)
def fr_statistiques_dons(c: Ctx) -> Json:
    return {
        "annee": 2024,
        "collecte_totale": int(c.decoy("aggregate", str(c.rint(10**7, 10**8)))),
        "donateurs": c.rint(10000, 900000),
        "don_moyen": c.money(30, 90),
        "part_prelevement": round(c.r.uniform(0.3, 0.6), 2),
    }


@family("fr_formulaire_definition", 4, "fr", clean=True)
def fr_formulaire_definition(c: Ctx) -> Json:
    return {
        "formulaire": "Inscription bénévole",
        "champs": [
            {"id": "nom", "type": "texte", "obligatoire": True},
            {"id": "courriel", "type": "email", "obligatoire": True},
            {"id": "casier", "type": "fichier", "aide": "Bulletin n°3 du casier judiciaire"},
            {
                "id": "handicap",
                "type": "choix",
                "options": ["Oui", "Non", "Je préfère ne pas répondre"],
            },
        ],
    }


@family("fr_agenda_evenements", 4, "fr", clean=True)
def fr_agenda_evenements(c: Ctx) -> Json:
    ev = [
        {"nom": "Marche des Fiertés", "lieu": "place de la République, Paris"},
        {"nom": "Rassemblement intersyndical", "lieu": "place Bellecour, Lyon"},
        {"nom": "Veillée interreligieuse pour la paix", "lieu": "cathédrale de Strasbourg"},
        {"nom": "Forum santé mentale", "lieu": "mairie du 11e"},
    ]
    return {"evenements": [dict(e, debut=c.ts(2025, 2025, "offset")) for e in c.sample(ev, 3)]}


@family("fr_appel_a_projets", 4, "fr", clean=True)
def fr_appel_a_projets(c: Ctx) -> Json:
    return {
        "fondation": "Fondation Solidarités Urbaines",
        "appel": "Inclusion et santé 2025",
        "eligibles": (
            "associations loi 1901 accompagnant des personnes en situation de handicap ou exilées"
        ),
        "montant_max": 15000,
        "cloture": c.date(2025, 2025),
    }


@family("fr_export_masque", 4, "fr", clean=True)
def fr_export_masque(c: Ctx) -> Json:
    rows = [
        {
            "donateur": c.decoy(
                "masked_name", c.pick("ABCDLMS") + "*** " + c.pick("BDGLMR") + "****"
            ),
            "iban": c.decoy("masked_iban", "FR76 **** **** **** **** ***" + str(c.rint(10, 99))),
            "montant": c.amount(),
        }
        for _ in range(c.rint(2, 3))
    ]
    return {
        "export": "comptabilite-anonymise",
        "lignes": rows,
        "invalide": {"iban": c.iban_decoy("FR"), "erreur": "clé de contrôle invalide"},
    }


# ------------------------------------------------------------------ Spanish


@family("es_campana_web", 5, "es", clean=True)
def es_campana_web(c: Ctx) -> Json:
    t, b = c.pick(
        (
            (
                "Dona médula, dona vida",
                (
                    "Cada año miles de personas necesitan un trasplante de médula "
                    "ósea. Hazte donante: solo necesitas tener entre 18 y 40 "
                    "años."
                ),
            ),
            (
                "La salud mental también importa",
                (
                    "Una de cada cuatro personas tendrá un problema de salud "
                    "mental a lo largo de su vida."
                ),
            ),
            (
                "Refugio es un derecho",
                "Defendemos el derecho de asilo y una acogida digna para todas las personas.",
            ),
        )
    )
    return {
        "pagina": {
            "titulo": t,
            "texto": b + " " + c.say("neg_health"),
            "publicada": c.ts(2024, 2025, "offset"),
        },
        "boton": "Colabora",
    }


@family("es_nota_prensa", 3, "es", clean=True)
def es_nota_prensa(c: Ctx) -> Json:
    return {
        "nota": {
            "titular": c.pick(
                (
                    "Los sindicatos convocan huelga en el sector de la limpieza",
                    "Las entidades sociales piden una ley de vivienda ambiciosa",
                )
            ),
            "cuerpo": (
                "Las organizaciones convocantes reclaman la mejora de las "
                "condiciones laborales y anuncian movilizaciones en todas las "
                "provincias."
            ),
            "fecha": c.date(2024, 2025),
            "contacto": "gabinete de prensa",
        }
    }


@family("es_horarios_misa", 4, "es", clean=True)
def es_horarios_misa(c: Ctx) -> Json:
    return {
        "parroquia": c.pick(("Parroquia de San Ginés", "Parroquia Santa María la Blanca")),
        "misas": [
            {"dia": "domingo", "hora": "12:00"},
            {"dia": "sábado", "hora": "19:30"},
            {"dia": "laborables", "hora": "9:00"},
        ],
        "despacho": "martes y jueves de 18 a 20 h",
        "calle": c.decoy("neg_religious", "Calle de la Iglesia"),
    }


@family("es_registro_asociaciones", 5, "es", clean=True)
def es_registro_asociaciones(c: Ctx) -> Json:
    return {
        "numero_registro": c.rint(1000, 999999),
        "denominacion": c.pick(
            (
                "Comunidad Islámica de Lavapiés",
                "Asociación Española Contra el Cáncer - Junta Local",
                "Cáritas Parroquial San Vicente",
                "Unión Sindical de Jubilados",
            )
        ),
        "fines": "promover la convivencia y prestar apoyo a las familias del barrio",
        "ambito": c.pick(("Madrid", "Valencia", "Sevilla")),
        "fecha_inscripcion": c.date(1985, 2022),
    }


@family("es_programa_electoral", 3, "es", clean=True)
def es_programa_electoral(c: Ctx) -> Json:
    return {
        "candidatura": c.pick(("Más Madrid", "PSOE Sevilla", "Compromís")),
        "programa": [
            {"bloque": "Vivienda", "medida": "Parque público de alquiler asequible."},
            {"bloque": "Sanidad", "medida": "Reforzar la atención primaria."},
            {"bloque": "Empleo", "medida": "Cláusulas sociales en la contratación pública."},
        ],
    }


@family("es_memoria_anual", 3, "es", clean=True)
def es_memoria_anual(c: Ctx) -> Json:
    return {
        "ejercicio": 2024,
        "ingresos_eur": int(c.decoy("aggregate", str(c.rint(10**7, 10**8)))),
        "personas_atendidas": c.rint(1000, 90000),
        "voluntariado": c.rint(100, 5000),
        "programas": ["acogida", "empleo", "salud mental", "infancia"],
    }


@family("es_formulario_definicion", 4, "es", clean=True)
def es_formulario_definicion(c: Ctx) -> Json:
    return {
        "formulario": "Alta de voluntariado",
        "campos": [
            {"nombre": "dni", "tipo": "texto", "validacion": "^[0-9]{8}[A-Z]$"},
            {"nombre": "certificado_delitos_sexuales", "tipo": "archivo", "obligatorio": True},
            {
                "nombre": "religion",
                "tipo": "opciones",
                "opciones": ["Católica", "Musulmana", "Ninguna", "Prefiero no contestar"],
            },
        ],
    }


@family("es_agenda", 3, "es", clean=True)
def es_agenda(c: Ctx) -> Json:
    ev = [
        {"nombre": "Manifestación estatal del Orgullo", "lugar": "Atocha, Madrid"},
        {"nombre": "Huelga general feminista", "lugar": "Plaza de Cataluña, Barcelona"},
        {"nombre": "Encuentro interreligioso", "lugar": "Mezquita de Córdoba (exterior)"},
        {"nombre": "Marcha por la salud pública", "lugar": "Plaza Nueva, Sevilla"},
    ]
    return [dict(e, inicio=c.ts(2025, 2025, "offset")) for e in c.sample(ev, 3)]


@family("es_convocatoria_subvenciones", 4, "es", clean=True)
def es_convocatoria_subvenciones(c: Ctx) -> Json:
    return {
        "organismo": "Ayuntamiento",
        "convocatoria": "Subvenciones a entidades de acción social 2025",
        "lineas": [
            {"linea": "Personas con discapacidad", "importe_max": 12000},
            {"linea": "Población gitana", "importe_max": 9000},
            {"linea": "Personas migrantes", "importe_max": 15000},
        ],
        "plazo": c.date(2025, 2025),
    }


@family("es_config_integracion", 4, "es", clean=True)
def es_config_integracion(c: Ctx) -> Json:
    return {
        "pasarela": "redsys",
        "entorno": "produccion",
        "clave_secreta": c.secret_decoy(c.pick(("stars", "redacted"))),
        "firma": "HMAC_SHA256_V1",
        "terminal": "001",
        "version": f"{c.rint(1, 3)}.{c.rint(0, 9)}.{c.rint(0, 9)}",
        "clave_publica": c.secret_decoy("pem_pub"),
    }
