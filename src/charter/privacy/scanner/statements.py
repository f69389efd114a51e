"""Texts that name special categories without saying anything about a person.

An employer's equal-opportunity statement lists protected grounds ("we do not discriminate
on the basis of race, religion, sexual orientation..."); a public-holiday calendar names
religious feasts; an insurance plan's list of what it covers names treatments. None of them
is about anyone, so the free-text vocabulary's findings in them are dropped.
"""

from __future__ import annotations

import re
from typing import Final

from charter.privacy.scanner.normalize import words

# A policy's verb or frame, folded (lower case, no accents).
_POLICY: Final = re.compile(
    r"\b(?:discriminat\w*|equal (?:employment )?opportunit\w*|without regard to|"
    r"regardless of|irrespective of|diskriminier\w*|benachteilig\w*|unabhangig von|"
    r"discrimin\w*|sans distinction|sin distincion|sin importar|independientemente|"
    # a list of the categories themselves: "protected characteristics include ..."
    r"protected (?:characteristic|ground|attribute|categor)\w*|special categor\w*|"
    # a law on data that reveals a category: "des données révélant les opinions politiques"
    r"donnees revelant|data revealing|datos que revelen|daten, aus denen|"
    r"geschutzte\w* merkmal\w*|besondere\w* kategorie\w*|categories particulieres|"
    r"caracteristiques protegees|categorias especiales|"
    # a moderation policy's or a model card's categories: "hate based on race, religion,
    # sexual orientation or disability", "biases related to health, religion, ethnicity"
    r"based on|bias\w*|hateful|sensitive (?:topic|attribute|categor)\w*|fondee?s? sur|"
    r"basad[oa]s? en|aufgrund|"
    # a privacy notice saying what is never asked for: "we never ask about political
    # opinions or trade union membership"
    r"we (?:never|do not|don.t|will never|won.t) (?:ask|collect|process|store|request)\w*|"
    r"wir (?:erheben|fragen|speichern|verarbeiten) (?:keine|nicht|nie)\w*|"
    r"nous ne (?:collectons|demandons|traitons|conservons)|"
    r"no (?:recopilamos|recogemos|pedimos|solicitamos|tratamos|preguntamos|guardamos"
    r"|almacenamos)|"
    # a community's rule for its members: "Ne demandez pas aux membres leur religion..."
    r"(?:do not|don.t|never) ask (?:other )?(?:members|users|people|anyone|others)|"
    r"ne demandez (?:pas|jamais)|fragen sie (?:\w+ ){0,3}(?:nicht|nie)|"
    r"no (?:les )?pregunte(?:s|n)?|"
    # ... or says it in the passive: "genetic test results are never requested"
    r"(?:are|is|will be) (?:never|not) (?:requested|collected|processed|stored|asked for)|"
    r"werden (?:nicht|nie|niemals) (?:erhoben|gespeichert|verarbeitet|abgefragt)|"
    r"ne sont (?:jamais|pas) (?:collectees|demandees|traitees|conservees)|"
    r"no se (?:recogen|recopilan|solicitan|tratan|almacenan))\b")
# A notice naming the categories of data it processes ("we process health data only to
# manage sickness absence", "Gesundheitsdaten verarbeiten wir nur ...").
_DATA_CATEGORY: Final = re.compile(
    r"\b(?:(?:health|genetic|biometric|medical|sensitive) data|gesundheitsdaten|"
    r"(?:genetische|biometrische|sensible)n? daten|donnees (?:de sante|genetiques|biometriques"
    r"|medicales|sensibles)|datos (?:de salud|geneticos|biometricos|medicos|sensibles))\b")
_PROCESSED: Final = re.compile(
    r"\b(?:process\w*|collect\w*|stor\w*|retain\w*|verarbeit\w*|erhoben|erheben|"
    r"speicher\w*|trait\w*|collect\w*|conserv\w*|trat\w*|recog\w*|recopil\w*|"
    r"almacen\w*)\b")
# Protected grounds, one word each (a statement lists several).
_GROUNDS: Final = frozenset({
    "race", "racial", "color", "colour", "religion", "religious", "creed", "belief", "beliefs",
    "sex", "sexual", "gender", "orientation", "disability", "disabilities", "age",
    "national", "ethnicity", "ethnic", "ancestry", "pregnancy", "marital", "veteran",
    "genetic", "political", "union", "membership", "criminal", "citizenship",
    "rasse", "herkunft", "geschlecht", "behinderung", "weltanschauung", "alter",
    "identitat", "origine", "handicap", "orientacion", "raza", "discapacidad", "genero",
    "opinions", "opiniones", "sexe", "sexo", "religiosas", "health", "politics",
    "gesundheit", "meinungen", "uberzeugungen", "gewerkschaftszugehorigkeit", "genetischen",
    "biometrischen", "sexualleben", "salud", "etnico", "politicas", "sindical", "geneticos",
    "biometricos", "sante", "ethnique", "politiques", "religieuses", "syndicale",
    "genetiques", "biometriques", "sexuelle", "biometric",
})
# Words of a person's own story: a statement of policy speaks for an organisation.
_PERSONAL: Final = frozenset({"i", "my", "me", "he", "she", "his", "her", "him", "ich",
                              "mein", "meine", "je", "mon", "ma", "yo", "mi"})
_MIN_GROUNDS: Final = 3


# A statistic, an epidemic's course or a condition's symptoms: said of a population or of
# the condition, not of anyone ("Diabetes affects about one in eleven adults worldwide",
# "Les symptômes de l'asthme comprennent...").
_GENERAL: Final = re.compile(
    r"\b(?:statisti\w*|estadistic\w*|according to|laut statistik|segun las|selon les"
    r"|percent|per cent|prozent|por ciento|pour cent|one in \w+|einer von \w+"
    r"|uno de cada|un sur \w+|worldwide|weltweit|en el mundo|dans le monde|epidemi\w*"
    r"|symptoms (?:of \w+ )?include|symptome \w+ \w* ?umfassen|les symptomes de"
    r"|los sintomas de"
    # a service's offer to everyone who needs it ("Les voyageurs à mobilité réduite peuvent
    # réserver une assistance"), a pharmacy's shelf, a vaccination campaign
    r"|(?P<offer>(?:travellers|travelers|passengers|visitors|customers|voyageurs|passagers"
    r"|viajeros|pasajeros|reisende|fahrgaste|kunden) (?:\w+ ){0,5}(?:can|may|peuvent|pueden"
    r"|konnen)"
    r"|(?:the pharmacy|die apotheke|la pharmacie|la farmacia) (?:\w+ ){0,2}(?:stocks|sells"
    r"|carries|fuhrt|verkauft|vend|propose|vende|ofrece)"
    r"|vaccination campaign|campagne de vaccination|impfkampagne|campana de vacunacion"
    # restaurants for a faith's diet: "Restaurants halal et casher à proximité"
    r"|(?:restaurants?|restaurantes?|restaurationen|lokale|cuisine|food) (?:halal|casher"
    r"|kasher|kosher|koscher)|(?:halal|casher|kasher|kosher|koscher) (?:restaurants?"
    r"|restaurantes?|food|cuisine|butcher|boucherie|carniceria|metzgerei)"
    # a class offered for a condition: "Yoga for back pain", "Rückenkurs gegen Schmerzen"
    r"|(?:yoga|pilates|class|classes|course|workshop|program|programme|kurs|curso"
    r"|taller|clase|stretching|exercises|training|seance|sesion) (?:for|fur|pour|para"
    r"|gegen|contre|contra|bei) "
    # people counted: "1,204 users logged a migraine this week"
    r"|\d{1,3}(?:[., \u00a0]\d{3})+ (?:users|nutzer\w*|utilisat\w*|usuari\w*|patients"
    r"|patienten|pacientes|people|personnes|personas|menschen|women|femmes|mujeres|frauen"
    r"|cases|casos|cas|falle)"
    # how often, over a population: "every year", "un Français sur cinq", "una de cada cuatro"
    r"|every year|each year|chaque annee|cada ano|jedes jahr|a lo largo de su vida"
    r"|un \w+ sur \w+|une \w+ sur \w+|una de cada"
    # people of a group: "personas con discapacidad", "personnes en situation de handicap"
    r"|(?:personas|personnes|people|menschen|persons|familias|familles|families|mujeres"
    r"|femmes|women|frauen|ninos|enfants|children|jovenes|jeunes) (?:con|with|mit"
    r"|en situation de|atteintes? de|afectad[ao]s por|living with|vivant avec)))\b"
    r"|\b\d+ ?%")
# Abuse aimed at a group (a moderation queue's reason): the group's faith, origin or
# orientation is no one's in particular ("hate speech targeting Muslims", "Hetze gegen Roma").
_AT_A_GROUP: Final = re.compile(
    r"\b(?:targeting|targeted at|aimed at|directed at|against|towards|gegen|contre|envers"
    r"|contra|hacia) (?:les |los |las |die |all |alle |tous les |todos los )?"
    r"(?:muslims|muslime|musulmans|musulmanes|jews|juden|juifs|judios|christians|christen"
    r"|chretiens|cristianos|catholics|katholiken|hindus|hindous|sikhs|buddhists|atheists"
    r"|jewish people|muslim people|black people|asians|asiaten|asiatiques|asiaticos"
    r"|roma|roms|gitanos|gitans|sinti|gay people|gays|schwule|homosexuels|homosexuales"
    r"|homosexuals|lesbians|lesben|lesbiennes|lesbianas|lgbtq?\+?(?: people| community)?)\b")
_PEOPLE_IN_GENERAL: Final = frozenset({"cases", "casos", "falle", "faelle",
                                       "adults", "adultes", "erwachsenen", "erwachsene",
                                       "adultos", "people", "population", "bevolkerung",
                                       "poblacion", "personas", "personnes", "menschen",
                                       "women", "femmes", "mujeres", "frauen", "francais",
                                       "espanoles", "familias", "familles", "families",
                                       "ninos", "enfants", "children", "jovenes", "jeunes"})
_SOMEONE: Final = _PERSONAL | {"er", "il", "elle", "mir", "mich", "moi", "nous", "we", "our",
                               # (not "du": French "of the" far more often than "you")
                               "wir", "unser", "unsere", "you", "your", "dein", "tu",
                               "ton", "ta", "tengo", "tiene", "hat", "habe"}


# Reference and teaching texts and a body's own news: a glossary's entry, a course, a
# study's finding, a party publishing its programme, how a document is obtained
# ("Glossary - genotype: ...", "Cours de génétique des populations, L3, six crédits ECTS",
# "Neue Studie: ...").
_REFERENCE: Final = re.compile(
    r"\b(?:glossary|glosario|glossaire|glossar|ects|credits|creditos|lecture \d+|vorlesung"
    r"|seminar|new study|neue studie|nouvelle etude|nuevo estudio|a study of|eine studie"
    r"|une etude|un estudio|101:|(?:published|announced|unveiled|launched) its"
    # how a document is obtained: "Das Führungszeugnis kann online beantragt werden"
    r"|kann (?:\w+ ){0,6}beantragt werden|can be (?:requested|applied for|ordered|obtained)"
    r"|auf (?:schriftlichen |formlosen )?antrag|on written request|sur demande ecrite"
    r"|previa solicitud"
    r"|peut etre (?:demande|obtenu|commande)e?|se (?:solicita|pide|tramita|obtiene)"
    # a school subject's exam, a collective agreement reached
    r"|gcse|a[- ]level|religious studies|religionsunterricht|enseignement religieux"
    r"|clase de religion|tarifvertrag|tarifeinigung|collective agreement|convenio colectivo"
    r"|convention collective|pay deal|wage deal"
    # a gene's reference entry; a leaflet or a fact sheet for everyone ("Hereditary
    # conditions - community information leaflet"), a test's panel of genes
    r"|located on chromosome|encodes (?:a|an|the)|liegt auf chromosom"
    r"|(?:information|info) leaflet|fact ?sheet|brochure|merkblatt|informationsblatt"
    r"|faltblatt|depliant|fiche d information|folleto|hoja informativa"
    r"|tests? (?:for )?\d+ genes|analysiert \d+ gene|analyse \d+ genes|analiza \d+ genes"
    # a plan's cover and a medicine's pack: products, not patients
    r"|plan:? covers|policy covers|(?:boite|pack|packung|caja|box) (?:de|of|mit|con) \d+ "
    r"(?:comprimes|tablets|tabletten|comprimidos|capsules|kapseln|gelules|capsulas)"
    r"|veroffentlicht(?:e|) (?:ihr|sein)|(?:publie|presente|devoile) son|(?:publico|presento) su"
    # a congregation's own news: "Die Kirchengemeinde lädt zum Sommerfest ein"
    r"|(?:kirchengemeinde|pfarrei|gemeinde|paroisse|parroquia|diocese|diocesis|bistum"
    r"|erzbistum|moschee|moscheegemeinde|synagoge|mosquee|mezquita|sinagoga|church|parish"
    r"|mosque|synagogue|congregation) (?:ladt|invite|invites|invita|veranstaltet|organise"
    r"|organiza|organizes|hosts|feiert|celebre|celebra)"
    # a population's share: "La part des catholiques pratiquants a encore reculé"
    r"|(?:la part des|le pourcentage de|el porcentaje de|la proporcion de|der anteil der"
    r"|the share of|the proportion of|the percentage of))"
    r"\b")


# A word each of those two patterns needs (they are searched only where one occurs).
_GROUP_VERBS: Final = frozenset({"targeting", "targeted", "aimed", "directed", "against",
                                 "towards", "gegen", "contre", "envers", "contra", "hacia"})
_REFERENCE_WORDS: Final = frozenset({
    "glossary", "glosario", "glossaire", "glossar", "ects", "credits", "creditos", "lecture",
    "vorlesung", "seminar", "study", "studie", "etude", "estudio", "101", "published",
    "announced", "unveiled", "launched", "veroffentlicht", "veroffentlichte", "publie",
    "presente", "devoile", "publico", "presento", "beantragt", "requested", "applied",
    "ordered", "obtained", "demande", "demandee", "obtenu", "obtenue", "commande",
    "commandee", "solicita", "pide", "tramita", "obtiene", "covers", "comprimes", "tablets",
    "tabletten", "comprimidos", "capsules", "kapseln", "gelules", "capsulas", "gcse", "level",
    "religious", "religionsunterricht", "enseignement", "religion", "tarifvertrag",
    "tarifeinigung", "collective", "convenio", "convention", "deal", "located", "encodes",
    "antrag", "request", "ecrite", "previa", "leaflet", "factsheet", "sheet", "brochure",
    "merkblatt", "informationsblatt", "faltblatt", "depliant", "fiche", "folleto", "hoja",
    "genes", "gene",
    "liegt", "ladt", "invite", "invites", "invita", "veranstaltet", "organise", "organiza",
    "organizes", "hosts", "feiert", "celebre", "celebra", "part", "pourcentage", "porcentaje",
    "proporcion", "anteil", "share", "proportion", "percentage"})
# Someone's own story in a reference text ("du" is French too: "du casier judiciaire").
_STORY: Final = _PERSONAL | {"er", "il", "elle", "we", "our", "wir", "nous", "tengo",
                             "tiene", "habe", "patient", "patientin", "patiente", "paciente"}


def general_statement(folded: str) -> bool:
    """A statistic about a population, an epidemic's course or a condition's symptoms, with
    no one's own story in it, or abuse aimed at a group (`folded`: lower case, accents
    removed)."""
    # (the words first: a set test is cheaper than a search with many alternatives)
    said = set(words(folded))
    if not said.isdisjoint(_GROUP_VERBS) and _AT_A_GROUP.search(folded) is not None:
        return True
    if not said.isdisjoint(_REFERENCE_WORDS) and said.isdisjoint(_STORY) and (
            _REFERENCE.search(folded) is not None):
        return True
    match = _GENERAL.search(folded)
    if match is None:
        return False
    if not said.isdisjoint(_SOMEONE):
        return False
    frame = match.group()
    return frame.startswith(("epidemi", "symptom", "les symptomes", "los sintomas")) or (
        not said.isdisjoint(_PEOPLE_IN_GENERAL)) or match.group("offer") is not None


# An agreement's text, clause by clause: a works or collective agreement's rules for all
# ("§ 4 Gewerkschaftliche Rechte: ...", "Article 3 - Droit syndical").
_AGREEMENT: Final = re.compile(
    r"\b(?:betriebsvereinbarung|dienstvereinbarung|tarifvertrag|collective (?:bargaining )?"
    r"agreement|works agreement|accord (?:d.entreprise|collectif|de branche)|convenio colectivo"
    r"|acuerdo de empresa)\b")
_CLAUSE: Final = re.compile(r"(?:§|\b(?:article|artikel|articulo|art\.|clause|section))\s*\d"
                            # (folding drops the `§` of "§ 4 Gewerkschaftliche Rechte: ...")
                            r"|(?:^|\n)\s*\d{1,2}[.)]?\s+[a-z][\w ]{0,40}:")


def agreement_text(folded: str) -> bool:
    """An agreement's clauses, with no one's own story: rules for everyone it covers."""
    return _AGREEMENT.search(folded) is not None and _CLAUSE.search(folded) is not None and (
        set(words(folded)).isdisjoint(_PERSONAL))


# A price: a shop's or a pharmacy's offer ("Ibuprofen 200 mg tablets, pack of 24, now 3.49").
_PRICE: Final = re.compile(r"\d+[.,]\d\d ?(?:€|eur\b|euros?\b|usd\b|\$|£)|(?:€|\$|£) ?\d+[.,]?\d*"
                           r"|\bnow \d+[.,]\d\d\b", re.IGNORECASE)


def priced(original: str, folded: str) -> bool:
    """Whether a text gives a price and no one's story: an offer, not a statement about
    anyone's health."""
    return _PRICE.search(original) is not None and set(words(folded)).isdisjoint(_RECORDED)


# Words of a record about someone, besides the pronouns: "No history of depression noted
# ... Donated £250 to ..." is a case note with a sum in it, not an offer.
_RECORDED: Final = _SOMEONE | {"history", "noted", "diagnosed", "donated", "denies", "reported",
                               "reports", "complains", "admitted", "discharged"}


# A law named or its verdict: one ground is enough when the statement cites the law
# ("Benachteiligungen aus Gründen der ethnischen Herkunft sind nach dem AGG verboten").
_LAW: Final = re.compile(
    r"\b(?:agg|equality act|title vii|civil rights act|dsgvo|gdpr|rgpd|lopdgdd|art(?:\.|ikel|icle"
    r"|iculo)? ?9|gesetz\w*|verboten|unzulassig|prohibited|unlawful|illegal|interdite?s?"
    r"|prohibid[oa]s?|ilegal|prohibe|prohibits?|verbietet|interdit)\b")


# Words of a notice that is about someone after all ("the patient's health data we stored
# shows ...").
_SOMEONES_DATA: Final = _PERSONAL | {
    "er", "il", "elle", "patient", "patients", "patientin", "patiente", "paciente", "employee",
    "mitarbeiter", "mitarbeiterin", "salarie", "salariee", "empleado", "empleada", "customer",
    "kunde", "kundin", "client", "cliente", "shows", "showed", "diagnosed", "diagnostiziert",
    "diagnostique", "diagnosticado", "diagnosticada", "has", "had", "hat", "tiene"}


def policy_statement(folded: str) -> bool:
    """An anti-discrimination or equal-opportunity statement: a policy frame, three or more
    protected grounds (one, where a law is cited or its verdict given), and no one's own
    story (`folded`: lower case, accents removed)."""
    if _DATA_CATEGORY.search(folded) is not None and _PROCESSED.search(folded) is not None and (
            set(words(folded)).isdisjoint(_SOMEONES_DATA)):
        return True
    if _POLICY.search(folded) is None:
        return False
    said = set(words(folded))
    if not said.isdisjoint(_PERSONAL):
        return False
    grounds = len(said & _GROUNDS)
    return grounds >= _MIN_GROUNDS or (grounds >= 1 and _LAW.search(folded) is not None)


# Containers whose entries are days in a calendar: a feast's name is no one's faith.
_CALENDAR: Final = re.compile(r"holiday|feiertag|festivo|feriado|jours? feries?|ferie",
                              re.IGNORECASE)
# Array keys listing what a plan or product covers: treatments named, no patient.
_COVERED: Final = frozenset({"covers", "covered", "coverage", "inclusions", "included",
                             "exclusions", "excluded", "leistungen", "garanties",
                             "coberturas",
                             # what a flight or a venue offers (`meal_service: ["KSML"]`)
                             "offered", "offers", "offering", "available", "menu", "menus",
                             "catering"})


def calendar_entry(path: str) -> bool:
    """A field of a holiday calendar's entry (`$.holidays[2].name`), not the holidays a
    person observes (`observed_holidays: ["Yom Kippur"]`, `observes_holidays`)."""
    return _CALENDAR.search(path) is not None and _OBSERVED.search(path) is None


_OBSERVED: Final = re.compile(r"observ|request|beantragt|solicit", re.IGNORECASE)


def holiday_calendar(name: str) -> bool:
    """A calendar's or a list's name that says it holds holidays (`"calendar":
    "religious-holidays-2026"`): its entries are days, not anyone's observance."""
    return len(name) <= 80 and _CALENDAR.search(name) is not None and (
        _OBSERVED.search(name) is None)


# What such a list holds, after its word (`covered_services`, `included_benefits`).
_SERVICES: Final = frozenset({"services", "benefits", "treatments", "procedures", "items",
                              "therapies"})


def covered_item(tokens: tuple[str, ...]) -> bool:
    """An entry of an array listing what a plan covers (`covers: ["IVF", "mental health"]`,
    `covered_services`)."""
    return bool(tokens) and (tokens[-1] in _COVERED or (
        len(tokens) > 1 and tokens[-1] in _SERVICES and tokens[-2] in _COVERED) or (
        tokens in _OFFERED))


# A list of what is served on board or at a venue: no passenger's request.
_OFFERED: Final = frozenset({("meal", "service"), ("meal", "services"), ("meals", "offered"),
                             ("meal", "options"), ("special", "meals", "offered")})


# A delimited export's separators, most specific first.
_DELIMITERS: Final = (";", "\t", "|", ",")


def filled_columns(text: str) -> str | None:
    """A delimited export (a header line, then rows of as many cells) without the header's
    names of the columns no row fills (`konfession` above empty cells names no one's faith);
    None when the text is not such an export or every column holds something."""
    lines = text.strip().splitlines()
    if len(lines) < 2:
        return None
    for delimiter in _DELIMITERS:
        header = lines[0].split(delimiter)
        if len(header) < 3:
            continue
        rows = [line.split(delimiter) for line in lines[1:] if line.strip()]
        if not rows or any(len(row) != len(header) for row in rows):
            return None
        empty = {index for index in range(len(header))
                 if all(not row[index].strip() for row in rows)}
        if not empty:
            return None
        kept = delimiter.join(cell for index, cell in enumerate(header) if index not in empty)
        return "\n".join([kept, *lines[1:]])
    return None
