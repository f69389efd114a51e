"""Context cues: what a key says about the record it is in, as bits of one integer.

A key can name no kind and still tell what kind of record surrounds it: `lap` and `bib`
make a record a race result (so its `race` is not an ethnicity), `chromosome` and
`biotype` a gene reference entry, `sku` and `price` a catalog item, `headline` a news item,
`type` next to `number` an identity document. `cue_of(tokens)` computes the bits once per
key (the result is cached with the key's classification); the walk ORs the bits of an
object's keys, and `records` applies the rules only when a bit is set.
"""

from __future__ import annotations

import re
from typing import Final

DOC_TYPE: Final = 1          # `type`, `document_type`, `id_type`, `tipo_documento`
DOC_NUMBER: Final = 2        # `number`, `document_number`, `value`, `numero`
PLAY: Final = 4              # sport results and games: `lap`, `bib`, `player`, `guild`
GENE_REF: Final = 8          # gene reference data: `chromosome`, `strand`, `biotype`
SUBJECT: Final = 16          # a person the record is about: `patient`, `donor`, `sample`
CATALOG: Final = 32          # goods and plans for sale: `sku`, `price`, `premium`
PRESS: Final = 64            # publications: `headline`, `publisher`, `byline`
DEDUCTION: Final = 128       # payroll lines: `deductions`, `Abzüge`, `retenues`
CANVASS: Final = 256         # elections: `voter`, `canvass`, `precinct`, `Wahlkreis`
LOCUS: Final = 512           # a DNA marker as a key: `D8S1179`, `TH01`, `rs429358`
MODALITY: Final = 1024       # a body part as a key: `face`, `iris`, `voice`, `palm`
PERSON_ONLY: Final = 2048    # a kind only in a person's record: `Herkunft`
CARD: Final = 4096           # a payment card: `card`, `last4`, `exp_month`, `funding`
FORM: Final = 8192           # a form or label definition: `label`, `placeholder`, `enum`
CODE_ENTRY: Final = 16384    # a code list entry: `code`, `icd10`, `snomed`
AGGREGATE: Final = 32768     # statistics: `percent`, `headcount`, `population`
DONATION: Final = 65536      # political money: `donation`, `contribution`, `Spende`
FIELD_REF: Final = 131072    # a key naming another field: `field`, `attribute`, `name`
FIELD_VALUE: Final = 262144  # that field's value: `value`, `old`, `new`, `before`
SCREENING: Final = 524288    # a check's outcome: `status`, `result`, `records`, `outcome`
MOOD: Final = 1048576        # a mood scale: `mood`, `Stimmung`, `humeur`, `estado de ánimo`
ANCESTRY: Final = 2097152    # a DNA kit's ethnicity estimate: `ethnicity_estimate`
LOOKUP: Final = 4194304      # reference data: `codes`, `lookup`, `table` with `rows`
LOCALE: Final = 8388608      # a language's texts: `en`, `de`, `fr_FR`, `es-ES`
DIET: Final = 16777216       # what a person eats: `diet`, `meal_preference`, `régime`
FHIR: Final = 33554432       # a FHIR resource: `resourceType`
LEAVE: Final = 67108864      # an absence's kind: `absence_type`, `leaveType`, `Abwesenheitsart`
AFFILIATION: Final = 134217728  # what a person belongs to: `affiliation`, `Mitgliedschaft`
GROUNDS: Final = 268435456   # why a person is persecuted: an asylum claim's `ground`
QUESTION: Final = 536870912  # a question asked of a person: `question`, `q`, `Frage`
MACHINE: Final = 1 << 30     # a host's or a service's metrics: `host`, `cpu`, `load1`, `pod`
STREET: Final = 1 << 31      # a street's name alone: `street`, `Straße`, `calle`, `rue`
CALLER: Final = 1 << 32      # a call's parties: `caller`, `callee`, `Anrufer`, `appelant`
CHARGES: Final = 1 << 33     # the counts a person is charged with: `charges`, `counts`
PARTY: Final = 1 << 34       # a party's name: `party`, `Partei`, `parti`, `partido`
ID_SYSTEM: Final = 1 << 35   # an identifier's scheme: FHIR `system`, `scheme`, `issuer`
ORDER: Final = 1 << 36       # a court's supervision: `probation`, `parole`, `supervisee`
ORG: Final = 1 << 37         # the body a record belongs to: `organisation`, `Verband`
ROLE: Final = 1 << 38        # a person's part in a case: `role`, `subject_role`, `Rolle`
DECLARATION: Final = 1 << 39  # what a person declares: `declarations`, `Selbstauskunft`
INFECTION: Final = 1 << 40   # an infection tested for: `chlamydia`, `hiv`, `syphilis`
ADMIXTURE: Final = 1 << 41   # a person's ancestry as shares: `ancestry`, `admixture`
CAMPAIGN: Final = 1 << 42    # an election campaign a person works for: `campaign`, `campaña`
HEREDITARY: Final = 1 << 43  # an inherited condition screened for: `sickle_cell`, `cf`
CERTIFICATE: Final = 1 << 44  # an EU digital COVID certificate's entry: `tg`, `gn`
ADDRESSED: Final = 1 << 45   # a key that is an e-mail address (set by `keyclass`, not here)
ROUTING: Final = 1 << 46     # a bank's code, not an account: `routing_number`, `sort_code`
EVOLUTION: Final = 1 << 47   # a genetic algorithm: `fitness`, `crossover`, `elitism`
RULEBOOK: Final = 1 << 48    # an organisation's rules: `rules`, `handbook`, `guidelines`
EVENT: Final = 1 << 49       # an analytics event's name: `event`, `event_name`
LINKED: Final = 1 << 50      # a FHIR extension's `url`, which names what the extension holds
CLASSIFIER: Final = 1 << 51  # a content classifier's category: `threshold`, `flagged`
LISTING: Final = 1 << 52     # what an export or a list is: `export`, `dataset`, `list`
INTERCOURSE: Final = 1 << 53  # a cycle tracker's log of sex: `sex`, `rapport`, `relaciones`
SLATE: Final = 1 << 54       # a list standing in an election: `candidatura`, `liste`
EVENTS: Final = 1 << 55      # GA4's list of events, each named by its `name`: `events`
AGREEMENT: Final = 1 << 56   # an agreement's clause: `accord`, `agreement`, `convenio`
TYPES: Final = 1 << 57       # a list of types an organisation defines: `leave_types`
ANSWER: Final = 1 << 58      # a person's answer to a question: `answer`, `Antwort`
CONDITION: Final = 1 << 59   # a condition asked about: `asthma`, `heart_condition`, `Schwindel`
LIFE: Final = 1 << 60        # when someone was born or died: `born`, `died`, `fecha_defuncion`

_SLATE: Final = frozenset({("candidatura",), ("candidature",), ("liste",), ("lista",),
                           ("liste", "syndicale"), ("lista", "sindical"), ("wahlliste",),
                           ("listenplatz",)})
_INTERCOURSE: Final = frozenset({("sex",), ("rapport",), ("rapports",), ("relaciones",),
                                 ("relations",), ("intimacy",), ("verkehr",)})
_DOC_WORDS: Final = frozenset({"document", "doc", "id", "identity", "identification",
                               "ausweis", "dokument", "documento", "piece", "pieza", "kyc"})
_TYPE_WORDS: Final = frozenset({"type", "kind", "typ", "tipo", "art", "category", "class"})
# Keys of a bank's code (routing, sort code, BSB, Bankleitzahl): an account's only beside
# the account's number.
_ROUTING: Final = frozenset({("routing", "number"), ("routing",), ("aba",), ("aba", "routing"),
                             ("routing", "no"), ("sort", "code"), ("sortcode",), ("bsb",),
                             ("blz",), ("bankleitzahl",), ("bank", "code"), ("bank", "number"),
                             ("transit", "number")})
_EVOLUTION: Final = frozenset({"fitness", "crossover", "elitism"})
_EVENT: Final = frozenset({("event",), ("event", "name"), ("eventname",), ("event", "type")})
_LISTING: Final = frozenset({("export",), ("dataset",), ("list",), ("list", "name"),
                             ("report",), ("file",), ("filename",), ("file", "name"),
                             ("segment",), ("audience",), ("calendar",), ("calendar", "name"),
                             ("segments",), ("audiences",)})
# A moderation model's categories and their cut-offs (`{"id": "self-harm", "threshold": 0.8}`,
# `{"flagged": true, "category_scores": {...}}`).
_CLASSIFIER: Final = frozenset({("threshold",), ("thresholds",), ("flagged",),
                                ("category", "scores"), ("category", "applied", "input", "types")})
_RULEBOOK: Final = frozenset({("rules",), ("handbook",), ("guidelines",), ("richtlinien",),
                              ("reglement",), ("policy", "rules"), ("house", "rules"),
                              # a moderation policy's categories; a FAQ's or a glossary's
                              # definitions
                              ("taxonomy",), ("taxonomies",), ("policy", "categories"),
                              ("faq",), ("faqs",), ("glossary",), ("glossar",),
                              ("glosario",), ("glossaire",), ("definitions",)})
# A bare `document` key names the document's type beside its number.
_DOCUMENT: Final = frozenset({("document",), ("doc",), ("dokument",), ("documento",)})
_NUMBER_WORDS: Final = frozenset({"number", "no", "nr", "num", "numero", "nummer", "value",
                                  "identifier", "num\u00e9ro"})
_PLAY: Final = frozenset({
    "lap", "laps", "laptime", "bib", "pace", "split", "splits", "podium", "heat", "heats",
    "runner", "runners", "rider", "riders", "jockey", "horse", "circuit", "grid",
    "pit", "racer", "racers", "marathon", "triathlon", "leaderboard", "standings",
    "competitor", "competitors", "athlete", "athletes", "player", "players", "character",
    "characters", "guild", "quest", "xp", "hp", "mana", "npc", "avatar", "loot", "spawn",
    "respawn", "kills", "deaths", "frags", "lobby", "matchmaking", "faction", "dungeon",
    "gamertag", "checkpoint", "dnf",
    # animals: a `race` is a breed (French `race`, German `Rasse`)
    "species", "breed", "pet", "pets", "dog", "dogs", "animal", "animals",
    "chien", "chat", "perro", "gato", "hund", "katze", "tier", "tierart", "mascota",
    "veterinary", "vet", "pedigree", "litter", "espece", "especie", "livestock",
    "cattle", "herd", "kennel", "puppy", "kitten",
})
_CATS: Final = frozenset({("cat",), ("cats",)})
# `race_ethnicity`, `race_code`: the person's race, not a race that is run.
_ETHNIC_WITH_RACE: Final = frozenset({"ethnicity", "ethnic", "origin", "code", "codes",
                                      "category", "group", "identity", "hispanic", "latino",
                                      "self", "reported", "eeo", "census", "eth", "ethn"})
_MOOD: Final = frozenset({("mood",), ("mood", "rating"), ("mood", "score"), ("stimmung",),
                          ("humeur",), ("estado", "de", "animo"), ("animo",)})
_GENE_REF: Final = frozenset({
    "chromosome", "chrom", "chr", "strand", "biotype", "exon", "exons", "transcript",
    "transcripts", "ensembl", "entrez", "hgnc", "refseq", "cytoband", "omim", "uniprot",
    "assembly", "synonyms", "aliases", "orthologs", "clinvar", "dbsnp",
    # population allele frequencies: a variant's, not a person's
    "gnomad", "exac", "topmed", "maf",
})
_SUBJECT: Final = frozenset({
    "patient", "subject", "proband", "donor", "individual", "person", "participant",
    "sample", "specimen", "genotype", "zygosity", "carrier", "customer", "member", "employee",
    "applicant", "client", "consumer", "kit", "case", "paciente", "patientin", "personne",
    "persona", "probe", "echantillon", "muestra", "candidate", "suspect", "offender",
    "emp",  # an HR export's employee (`emp`, `emp_no`)
    # a member by their number (`mitgliedsnummer`, `numero_d_adherent`, `numero_de_afiliado`)
    "mitglied", "mitgliedsnummer", "mitgliedsnr", "adherent", "adherente", "afiliado",
    "afiliada", "socio", "socia",
})
# One user's record by its id: a wearable's daily summary (`{"user_id": ..., "spo2_avg": 96}`)
# averages that user's own readings.
_SUBJECT_IDS: Final = frozenset({("user", "id"), ("userid",), ("user", "uuid"),
                                 ("athlete", "id"), ("athlete",), ("wearer", "id")})
_CATALOG: Final = frozenset({
    "sku", "price", "prices", "msrp", "stock", "inventory", "ean", "gtin", "upc", "barcode",
    "catalog", "catalogue", "premium", "premiums", "deductible", "copay", "coinsurance",
    "formulary", "manufacturer", "brand", "pzn", "listing", "listings", "products",
    "product", "plans", "preis", "prix", "precio", "artikel", "katalog", "catalogo",
    # a clinical trial's registry entry lists conditions, not anyone's diagnosis
    "nct", "sponsor", "sponsors", "eligibility", "trial", "trials",
    # job ads and course catalogs speak of people in general
    "vacancy", "vacancies", "qualifications", "responsibilities", "syllabus", "curriculum",
    # places: a mosque on a map is no one's faith
    "amenity", "poi", "pois", "osm", "tourism", "landmark", "landmarks", "attraction",
    "attractions",
    # a parish's or a mosque's timetable of services: a place's, not a member's
    "gottesdienste", "gottesdienstzeiten", "messzeiten", "misas", "messes", "horarios",
    "horaires", "termine",
    # a pharmacy's shelf, and a drug's reference monograph
    "otc", "drugstore", "monograph", "monographs", "indications", "contraindications",
    "fachinformation", "posologie", "posologia",
    # a statute's or a rulebook's provisions speak of offences and people in general
    "provision", "provisions", "amendments", "paragraphe", "articulo", "bgbl", "boe", "jorf",
})
# The same as phrases of a key, where a word alone is too common (`posting_date` in a bank
# statement, `opening_balance`, a prescription's `pharmacy`).
_CATALOG_PHRASES: Final = frozenset({
    "job posting", "job postings", "job ad", "job description", "opening hours",
    # a service's own page: when it opens and how to book ("HIV testing" is on offer)
    "opening times", "business hours", "oeffnungszeiten", "offnungszeiten", "horaires",
    "booking url",
    # what a country asks of every traveller
    "requirements", "entry requirements", "visa requirements", "einreisebestimmungen",
    "voraussetzungen", "exigences", "requisitos",
    "pharmacy item", "pharmacy items", "pharmacy product", "pharmacy products",
    "hr policy", "policy document", "staff handbook", "employee handbook",
    "applies to", "in force", "in force since", "in force from", "entry into force",
    "in kraft seit", "en vigueur", "en vigor", "vigente desde",
})
_PRESS: Final = frozenset({"headline", "headlines", "press", "publisher", "published",
                           "byline", "dateline", "newsroom", "rss", "feed", "article",
                           "articles", "newswire", "communique", "slug", "permalink",
                           "excerpt", "cms", "webpage", "pressemitteilung", "comunicado"})
_DEDUCTION: Final = frozenset({
    "deduction", "deductions", "withholding", "withholdings", "abzug", "abzuge", "abzuege",
    "retenue", "retenues", "deduccion", "deducciones", "descuento", "descuentos",
    "payroll", "lohnabzuge", "cotisations", "payslip", "lohnabrechnung", "bulletin",
    "nomina", "earnings", "paystub", "lohnarten", "lohnart", "gehaltsabrechnung",
    "payitems",
})
_CANVASS: Final = frozenset({
    "voter", "voters", "canvass", "canvassing", "canvasser", "ballot", "precinct", "ward",
    "constituency", "electoral", "election", "elections", "doorstep", "doorknock", "riding",
    "wahlkreis", "wahler", "wahlerin", "circonscription", "electeur", "electrice",
    "circunscripcion", "votante", "elector", "electores", "electeurs", "gotv", "turf",
    "walklist", "phonebank", "canvassed", "wahlkampf", "votantes", "hausturwahlkampf",
    "haustur", "eleccion", "elecciones", "supportlevel",
})
# Door-to-door campaigning, as a phrase of the key: `puerta_a_puerta`, `porte-à-porte`.
_DOOR_TO_DOOR: Final = frozenset({"door to door", "porte a porte", "puerta a puerta",
                                  "tur zu tur"})
_MODALITIES: Final = frozenset({
    "face", "facial", "voice", "iris", "palm", "retina", "retinal", "vein", "veins", "thumb",
    "gesicht", "stimme", "visage", "voix", "rostro", "voz", "palma", "paume", "irides",
    "voiceprint", "faceprint", "palmprint", "iriscode", "stimmprofil",
})
# ... and the words before it that say whose it is: a camera's `known_face`, `enrolled_voice`.
_ENROLLED: Final = frozenset({"known", "enrolled", "registered", "reference", "stored",
                              "saved", "trusted", "user", "owner", "member"})
MODALITIES: Final = _MODALITIES
_PERSON_ONLY: Final = frozenset({"herkunft", "abstammung",
                                 # (judged by a people's name only: an origin is mostly a
                                 # request's, a product's or a country)
                                 "origin", "origine", "origen"})
_CARD: Final = frozenset({"card", "cards", "last4", "funding", "cvc", "cvv", "wallet", "bin",
                          "pan", "karte", "carte", "tarjeta", "cardholder"})
_NOT_CARD: Final = frozenset({"id", "identity", "ausweis", "identite", "identidad", "health",
                              "insurance", "member", "national", "biometric", "smart"})
_FORM: Final = frozenset({
    "label", "labels", "placeholder", "placeholders", "enum", "widget", "tooltip", "tooltips",
    "hint", "hints", "choices", "oneof", "anyof", "i18n", "l10n", "translations",
    "translation", "localization", "localisation", "caption", "captions", "helptext",
    "libelle", "libelles", "etiqueta", "etiquetas", "beschriftung", "ubersetzungen",
    "traductions", "traducciones", "platzhalter", "optionen", "opciones", "auswahloptionen",
})
_AGREEMENT: Final = frozenset({("accord",), ("agreement",), ("vereinbarung",), ("convenio",),
                               ("tarifvertrag",), ("betriebsvereinbarung",),
                               ("collective", "agreement"), ("acuerdo",)})
_TYPES: Final = frozenset({"types", "typen", "arten", "lohnarten", "abwesenheitsarten",
                           "fehlzeitenarten", "urlaubsarten", "tipos", "categories",
                           "kategorien", "categorias", "stages", "steps", "stufen",
                           "etapes", "etapas"})
# ... and the keys of a chatbot's intent that list what users might say to it.
_FORM_PHRASES: Final = frozenset({("help", "text"), ("help",), ("help", "texts"),
                                  ("training", "phrases"), ("trainingphrases",),
                                  ("training", "examples"), ("sample", "utterances"),
                                  ("example", "utterances"), ("training", "utterances")})
_CODE_ENTRY: Final = frozenset({"code", "codes", "icd", "icd10", "icd9", "cim10", "cie10",
                                "snomed", "loinc", "cpt", "icd10cm", "concept"})
_AGGREGATE: Final = frozenset({
    "seats", "turnout", "votes", "majority",  # election results: a party's tally
    "percent", "percentage", "pct", "share", "headcount", "ratio", "proportion",
    "distribution", "breakdown", "respondents", "population", "households", "prozent",
    "anteil", "pourcentage", "porcentaje", "statistics", "stats", "aggregate", "aggregates",
    "representation", "frequency", "tally", "count", "counts", "total", "totals",
    "percentile", "average", "avg", "mean", "median",
    # the same in German, French and Spanish: "Fallzahlen", "statistiques", "estadísticas"
    "anzahl", "fallzahl", "fallzahlen", "statistik", "statistiken", "statistique",
    "statistiques", "estadistica", "estadisticas",
    # rates in a population: prevalence of a diagnosis, offences per 100,000 people
    "prevalence", "incidence", "ci95", "per100k", "capita", "rate100k",
    # a crime statistic's clearance rate: `offences` beside it are a count
    "clearance", "elucidation", "aufklarungsquote", "esclarecimiento",
    # an open-data series' indicator: `{"indicator": "diabetes prevalence", "value": 10.1}`
    "indicator", "indicators", "indikator", "indikatoren", "indicateur", "indicateurs",
    "indicador", "indicadores",
})
_GENERIC_COUNTS: Final = frozenset({"count", "counts", "total", "totals"})
# `per_100k`, `per_1000`, `pro_100000`, `pour_100000`, `por_100000`: a rate.
_PER: Final = frozenset({"per", "pro", "pour", "por"})
_PER_BASE: Final = re.compile(r"\d+k?|capita|cent|mille|tausend|mil|100000|1000")
_DONATION: Final = frozenset({
    "donation", "donations", "contribution", "contributions", "donor", "donors", "spende",
    "spenden", "spender", "don", "dons", "donateur", "donativo", "donativos", "donante",
    "aportacion", "aportaciones", "contribucion", "contribuciones", "contributor",
    "contributors", "pac", "giving",
})
_FIELD_REF: Final = frozenset({"field", "attribute", "property", "attr", "prop", "column",
                               "feld", "champ", "campo", "param", "parameter", "setting",
                               "variable", "var", "name", "key", "path", "field name",
                               "attribute name", "property name", "field key",
                               # a typed fact: `{"type": "religion", "value": "..."}`
                               "type", "preference type",
                               # a custom field: `{"label": "religión", "fieldValue": ...}`
                               "label", "field label"})
_FIELD_VALUE: Final = frozenset({
    "value", "values", "old", "new", "old value", "new value", "from", "to", "before",
    "after", "previous", "current", "prev", "curr", "old val", "new val", "wert",
    "alter wert", "neuer wert", "valeur", "ancienne valeur", "nouvelle valeur", "valor",
    "valor anterior", "valor nuevo", "answer", "response", "antwort", "reponse", "respuesta",
    "preference value", "field value", "fieldvalue",
    # a CRM's change webhook: `{"propertyName": "firstname", "propertyValue": "Zoe"}`
    "property value", "propertyvalue", "attribute value",
})
_ANCESTRY: Final = frozenset({"ethnicity estimate", "ethnicity estimates", "ancestry composition",
                              "ancestry breakdown", "ancestry estimate", "ethnic breakdown",
                              "ethnicity breakdown", "estimation ethnique", "origines ethniques",
                              "estimacion etnica", "herkunftsanalyse"})
# Keys of reference data: a code table (`ssr_codes: {"WCHR": "wheelchair"}`), a lookup.
_LOOKUP_LAST: Final = frozenset({"codes", "lookup", "lookups", "codelist", "codelists",
                                 "glossary", "legend", "mapping", "mappings", "dictionary",
                                 "valueset", "vocabulary", "enumeration", "codebook"})
_BODY_CODES: Final = frozenset({"iris", "face", "voice", "palm", "finger", "retina", "gait"})
_LOOKUP_KEYS: Final = frozenset({("table",), ("table", "name"), ("rows",), ("code", "list"),
                                 ("value", "set"), ("code", "table")})
# ISO 639-1 codes of the languages an API's texts come in.
_LANGUAGES: Final = frozenset({
    "en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da", "fi", "nb", "nn", "cs", "sk",
    "hu", "ro", "bg", "el", "tr", "ru", "uk", "ja", "zh", "ko", "ar", "he", "hi", "ca", "eu",
    "gl",
})
_DIET: Final = frozenset({("diet",), ("dietary",), ("dietary", "requirements"),
                          ("dietary", "requirement"), ("dietary", "restrictions"),
                          ("dietary", "needs"), ("dietary", "preference"), ("meal",),
                          ("meal", "preference"), ("meal", "request"), ("special", "meal"),
                          ("meal", "type"), ("food", "preference"), ("ernahrung",),
                          ("ernahrungsweise",), ("kostform",), ("regime",),
                          ("regime", "alimentaire"), ("repas",), ("dieta",),
                          ("alimentacion",), ("menu", "type")})
_LEAVE: Final = frozenset({"absence", "absences", "leave", "leaves", "abwesenheit",
                           "abwesenheiten", "fehlzeiten", "conges", "ausencias",
                           "abwesenheitsart", "fehlzeit",
                           "fehlzeitart", "urlaubsart", "conge", "ausencia", "permiso"})
# Keys of sickness absence: `sick_days`, `sickLeave`, `Krankheitstage`, `arret_maladie`.
_SICK_KEYS: Final = frozenset({"sick", "sickness", "krankheitstage", "krankentage",
                               "krankmeldung", "krankenstand", "maladie", "enfermedad"})
_AFFILIATION: Final = frozenset({"affiliation", "affiliations", "afiliacion", "afiliaciones",
                                 "membership", "memberships", "mitgliedschaft",
                                 "mitgliedschaften", "zugehorigkeit", "adhesion", "adhesions",
                                 "appartenance", "pertenencia"})
# What a person identifies as, on a sign-up form: `identity`, `Identität`, `identidad`.
_IDENTITY: Final = frozenset((("identity",), ("identitat",), ("identidad",), ("identite",),
                              ("self", "identity"), ("identifies", "as"), ("identify", "as")))
_GROUNDS: Final = frozenset({"ground", "grounds", "claim basis", "basis of claim",
                             "persecution ground", "persecution grounds", "convention ground",
                             "asylum ground", "motif de persecution", "motifs de persecution",
                             "motivo de persecucion", "verfolgungsgrund", "fluchtgrund"})
_QUESTION: Final = frozenset({("question",), ("q",), ("frage",), ("pregunta",),
                              ("question", "text"), ("prompt",)})
_ANSWER: Final = frozenset({("answer",), ("antwort",), ("respuesta",), ("reponse",)})
_SCREENING: Final = frozenset({"status", "result", "results", "outcome", "records",
                               "disposition", "findings", "hits", "adjudication", "resultado",
                               "ergebnis", "resultat", "estado", "statut"})
# Keys of a machine's or a service's telemetry: its `diagnosis` and `symptoms` are an
# outage's, not a patient's.
_MACHINE: Final = frozenset({
    "host", "hostname", "cpu", "cpus", "load1", "load5", "load15", "loadavg", "uptime", "pod",
    "pods", "container", "containers", "kubernetes", "k8s", "replica", "replicas", "swap",
    "iops", "heap", "gc", "rss", "vcpu", "vm", "daemon", "cluster", "datacenter",
})
_STREET: Final = frozenset({("street",), ("strasse",), ("calle",), ("rue",), ("street", "name"),
                            ("strassenname",), ("nom", "de", "rue"), ("nombre", "calle")})
_CALLER: Final = frozenset({"caller", "callee", "calling", "called", "anrufer", "angerufener",
                            "appelant", "appele", "llamante", "llamado", "originator",
                            # a carrier's call detail records: `cdr: [{"a": ..., "b": ...}]`
                            "cdr", "cdrs"})
_CHARGES: Final = frozenset({("charges",), ("charge",), ("counts",), ("offences",),
                             ("offenses",), ("anklagepunkte",), ("chefs", "d", "accusation"),
                             ("cargos",), ("delitos",), ("straftaten",), ("infractions",)})
_ORDER: Final = frozenset({"probation", "parole", "bewahrung", "bewaehrung", "sursis",
                           "supervisee", "probationer", "parolee", "offender"})
# A supervised person's own identifier: `offender_id`, `supervisee_ref`.
ORDER_HOLDERS: Final = frozenset({"supervisee", "probationer", "parolee", "offender"})
_ROLE: Final = frozenset({"role", "rolle", "rol", "involvement", "capacity", "qualite"})
_DECLARATION: Final = frozenset({"declaration", "declarations", "disclosure", "disclosures",
                                 "selbstauskunft", "erklarung", "erklarungen", "angaben",
                                 "declaracion", "declaraciones", "attestation"})
# Infections a clinic or a lab screens a person for (keys of a screening panel).
_INFECTIONS: Final = frozenset({
    "chlamydia", "gonorrhoea", "gonorrhea", "gonorrhoe", "syphilis", "sifilis", "hiv", "vih",
    "hbv", "hcv", "hepatitis", "hepatite", "herpes", "hsv", "hsv1", "hsv2", "hpv",
    "trichomonas", "trichomoniasis", "mgen", "mycoplasma", "ct", "ng", "tpha", "rpr", "vdrl",
    "tuberculosis", "tb", "quantiferon", "mpox"})
# Conditions a health questionnaire asks about, one key each (PAR-Q, a gym's or a tour
# operator's intake): `asthma: true`, `heart_condition: "no"`, `vertiges: "non"`.
_CONDITIONS: Final = frozenset({
    "asthma", "asthme", "asma", "diabetes", "diabete", "epilepsy", "epilepsie", "epilepsia",
    "seizure", "seizures", "convulsions", "krampfanfalle", "arthritis", "arthrose", "artrosis",
    "hernia", "hernie", "hypertension", "hipertension", "bluthochdruck", "dizziness", "vertigo",
    "vertiges", "schwindel", "mareos", "fainting", "syncope", "ohnmacht", "desmayos", "angina",
    "stroke", "schlaganfall", "avc", "ictus", "copd", "epoc", "bpco", "emphysema", "migraine",
    "migraines", "migrana", "dementia", "demenz", "demence", "parkinson", "parkinsons",
    "cancer", "krebs", "depression", "depresion", "anxiety", "angst", "anxiete", "ansiedad",
    "ptsd", "adhd", "autism", "autismus", "autisme", "autismo", "haemophilia", "hemophilia",
    "pacemaker", "herzschrittmacher", "stimulateur", "marcapasos", "osteoporosis",
    "osteoporose", "glaucoma", "glaukom", "glaucome", "hepatitis", "incontinence",
    "inkontinenz", "incontinencia", "claustrophobia", "klaustrophobie", "claustrophobie",
    "claustrofobia", "herzerkrankung", "herzprobleme", "cardiopathie", "cardiopatia"})
# Keys of a life's dates, in a death notice or a family tree.
_LIFE: Final = frozenset({("born",), ("died",), ("dod",), ("date", "of", "death"),
                          ("death", "date"), ("deceased", "on"), ("passed", "away"),
                          ("geboren",), ("gestorben",), ("verstorben",), ("sterbedatum",),
                          ("todestag",), ("ne",), ("nee",), ("decede",), ("decedee",),
                          ("date", "deces"), ("date", "du", "deces"), ("nacido",),
                          ("nacida",), ("fallecido",), ("fallecida",), ("fecha", "defuncion"),
                          ("fecha", "de", "defuncion"), ("fecha", "fallecimiento")})
# ... and as two words: `heart_condition`, `chest_pain`, `back_problems`, `bone_joint_problem`.
_BODY_PARTS: Final = frozenset({"heart", "chest", "back", "joint", "bone", "kidney", "liver",
                                "lung", "breathing", "herz", "rucken", "coeur", "dos",
                                "corazon", "espalda"})
_AILMENTS: Final = frozenset({"condition", "conditions", "disease", "problem", "problems",
                              "trouble", "troubles", "pain", "pains", "issues", "issue",
                              "schmerzen", "probleme", "douleur", "douleurs", "maladie",
                              "dolor", "problemas", "enfermedad"})
_ADMIXTURE: Final = frozenset({"ancestry", "ancestries", "admixture", "abstammung",
                               "ascendance", "ascendencia", "ancestralidad"})
_CAMPAIGN: Final = frozenset({"campaign", "campaigns", "campagne", "campana", "kampagne",
                              "wahlkampagne"})
# Inherited conditions a newborn or a carrier screen tests for, as the first word of a key.
_HEREDITARY: Final = frozenset({
    "sickle", "scd", "thalassemia", "thalassaemia", "thalassemie", "talasemia", "thalassamie",
    "hemoglobinopathy", "haemoglobinopathy", "hemoglobinopathie", "hemoglobinopatia",
    "sichelzell", "sichelzellanamie", "sichelzellkrankheit", "drepanocytose", "drepanocitosis",
    "falciforme", "cf", "cystic", "mukoviszidose", "mucoviscidose", "tay", "g6pd", "pku",
    "phenylketonuria", "phenylketonurie", "fenilcetonuria", "sma", "fragile", "hemophilia",
    "haemophilia", "hamophilie", "hemophilie", "hemofilia"})
_HEREDITARY_PHRASES: Final = frozenset({"fibrosis quistica", "fibrose kystique",
                                        "zystische fibrose", "cystic fibrosis"})
# An EU Digital COVID Certificate: the disease targeted (`tg`) and the holder's given name
# (`gn`, `gnt`) are keys no other common schema uses on their own.
_CERTIFICATE: Final = frozenset({("tg",), ("gn",), ("gnt",)})
_ORG: Final = frozenset({"organisation", "organization", "org", "verband", "organisme",
                         "organizacion", "organismo"})
_PARTY: Final = frozenset({("party",), ("partei",), ("parti",), ("partido",),
                           ("party", "name"), ("parteiname",)})
_ID_SYSTEM: Final = frozenset({("system",), ("scheme",), ("identifier", "system"),
                               ("id", "system"), ("id", "scheme")})
# Short tandem repeat loci (forensic and kinship panels) and dbSNP ids.
# HLA genes and alleles (`HLA-B`, `HLA-B*57:01`, `hla_drb1`) are typed per person as well.
_STRONG_LOCUS: Final = re.compile(r"d\d{1,2}s\d{2,4}|rs\d{3,10}|hla(?:[abc]|d[rqp][ab]?\d?)\d{0,8}")
_WEAK_LOCUS: Final = frozenset({"th01", "tpox", "csf1po", "fga", "vwa", "pentad", "pentae",
                                "se33", "amel", "amelogenin", "d21s11", "dys19", "dys385"})


def cue_of(tokens: tuple[str, ...]) -> int:
    """The context bits of a key made of `tokens` (already folded)."""
    bits = 0
    tokenset = set(tokens)
    last = tokens[-1]
    if (last in _TYPE_WORDS and (len(tokens) == 1 or tokens[0] in _DOC_WORDS)) or (
            tokens in _DOCUMENT):  # `right_to_work: {"document": "passport", "number": ...}`
        bits |= DOC_TYPE
    if last in _NUMBER_WORDS or tokens in {("id",), ("document", "id"), ("doc", "id")}:
        bits |= DOC_NUMBER
    # (`cat` alone is an animal; in `job_cat`, `cat_id` it is a category)
    if tokenset & _PLAY or tokens in _CATS or ("race" in tokenset and len(tokens) > 1
                            and not tokenset & _ETHNIC_WITH_RACE):
        bits |= PLAY
    if tokenset & _GENE_REF:
        bits |= GENE_REF
    if tokenset & _SUBJECT or tokens in _SUBJECT_IDS:
        bits |= SUBJECT
    if tokenset & _CATALOG or " ".join(tokens) in _CATALOG_PHRASES:
        bits |= CATALOG
    if tokenset & _PRESS:
        bits |= PRESS
    if tokenset & _DEDUCTION:
        bits |= DEDUCTION
    if tokens in _ROUTING:
        bits |= ROUTING
    if tokenset & _EVOLUTION or tokens == ("mutation", "rate"):
        bits |= EVOLUTION
    if tokens in _RULEBOOK:
        bits |= RULEBOOK
    if tokens in _EVENT:
        bits |= EVENT
    if tokens == ("events",):
        bits |= EVENTS
    if tokens in _AGREEMENT:
        bits |= AGREEMENT
    if last in _TYPES:
        bits |= TYPES
    if tokens == ("url",):
        bits |= LINKED
    if tokens in _CLASSIFIER:
        bits |= CLASSIFIER
    if tokens in _LISTING:
        bits |= LISTING
    if tokens in _INTERCOURSE:
        bits |= INTERCOURSE
    if tokens in _SLATE:
        bits |= SLATE
    if tokenset & _CANVASS or " ".join(tokens) in _DOOR_TO_DOOR or tokens == ("support", "level"):
        bits |= CANVASS
    squeezed = "".join(tokens)
    if _STRONG_LOCUS.fullmatch(squeezed) or squeezed in _WEAK_LOCUS:
        bits |= LOCUS
    if last in _MODALITIES and (len(tokens) == 1 or (
            len(tokens) == 2 and tokens[0] in _ENROLLED)):
        bits |= MODALITY
    if len(tokens) == 1 and last in _PERSON_ONLY:
        bits |= PERSON_ONLY
    if tokenset & _CARD and not tokenset & _NOT_CARD:
        bits |= CARD
    # (not ids of labels: an e-mail's `labelIds`, an issue's `label_ids` tag it)
    if (tokenset & _FORM and last not in {"id", "ids"}) or tokens in _FORM_PHRASES:
        bits |= FORM
    if last in _CODE_ENTRY:
        bits |= CODE_ENTRY
    # (a generic count ending a longer key, `snp_count`, `item_count`, is a size, not a tally)
    counted = tokenset - _GENERIC_COUNTS if len(tokens) > 1 and last in _GENERIC_COUNTS else (
        tokenset)
    if counted & _AGGREGATE or any(
            token in _PER and following and _PER_BASE.fullmatch(following[0]) is not None
            for token, following in ((t, tokens[i + 1:i + 2]) for i, t in enumerate(tokens))):
        bits |= AGGREGATE
    if tokenset & _DONATION:
        bits |= DONATION
    joined = " ".join(tokens)
    if joined in _FIELD_REF:
        bits |= FIELD_REF
    if joined in _FIELD_VALUE:
        bits |= FIELD_VALUE
    if len(tokens) == 1 and last in _SCREENING:
        bits |= SCREENING
    if tokens in _MOOD:
        bits |= MOOD
    if joined in _ANCESTRY:
        bits |= ANCESTRY
    if (last in _LOOKUP_LAST or tokens in _LOOKUP_KEYS) and not (
            last == "codes" and tokens[0] in _BODY_CODES):
        bits |= LOOKUP  # (an eye's `irisCodes` are its template, not a code list)
    if tokens[0] in _LANGUAGES and (len(tokens) == 1 or (
            len(tokens) == 2 and len(tokens[1]) == 2)):
        bits |= LOCALE
    if tokens in _DIET:
        bits |= DIET
    if tokens == ("resource", "type"):
        bits |= FHIR
    if (tokens[0] in _LEAVE and (len(tokens) == 1 or last in _TYPE_WORDS)) or (
            len(tokens) == 2 and tokens[0] in _TYPE_WORDS and last in _LEAVE) or (
            len(tokens) == 1 and last in {"abwesenheitsart", "fehlzeitart"}) or (
            tokens[0] in _SICK_KEYS):
        bits |= LEAVE
    if last in _AFFILIATION or tokens in _IDENTITY:
        bits |= AFFILIATION
    if joined in _GROUNDS:
        bits |= GROUNDS
    if tokens in _QUESTION:
        bits |= QUESTION
    if tokens in _ANSWER:
        bits |= ANSWER
    if tokenset & _MACHINE:
        bits |= MACHINE
    if tokens in _STREET:
        bits |= STREET
    if last in _CALLER:
        bits |= CALLER
    if tokens in _CHARGES:
        bits |= CHARGES
    if tokens in _PARTY:
        bits |= PARTY
    if tokens in _ID_SYSTEM:
        bits |= ID_SYSTEM
    if (len(tokens) == 1 and last in _ORDER) or (
            len(tokens) == 2 and tokens[0] in ORDER_HOLDERS):
        bits |= ORDER
    if last in _ROLE:
        bits |= ROLE
    if last in _DECLARATION:
        bits |= DECLARATION
    if len(tokens) == 1 and last in _ADMIXTURE:
        bits |= ADMIXTURE
    if tokens[0] in _INFECTIONS and len(tokens) <= 3:
        bits |= INFECTION
    if len(tokens) == 1 and last in _ORG:
        bits |= ORG
    if len(tokens) == 1 and last in _CAMPAIGN:
        bits |= CAMPAIGN
    if tokens[0] in _HEREDITARY or joined in _HEREDITARY_PHRASES:
        bits |= HEREDITARY
    if tokens in _LIFE:
        bits |= LIFE
    if len(tokens) <= 4 and (not tokenset.isdisjoint(_CONDITIONS) or (
            not tokenset.isdisjoint(_BODY_PARTS) and not tokenset.isdisjoint(_AILMENTS))):
        bits |= CONDITION
    if tokens in _CERTIFICATE:
        bits |= CERTIFICATE
    return bits


def strong_locus(tokens: tuple[str, ...]) -> bool:
    """A marker name that is one whatever its neighbours (`D8S1179`, `rs429358`)."""
    return _STRONG_LOCUS.fullmatch("".join(tokens)) is not None
