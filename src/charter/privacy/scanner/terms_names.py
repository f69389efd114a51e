"""Names and group words that reveal a special category only next to a word about a person.

A party's name in a sentence is news; next to *member*, *voted*, *councillor* or *Mitglied*
it is someone's affiliation ("a paid-up Labour member", "Mitglied der SPD", "concejal de
ERC"). The same holds for trade unions ("GMB branch secretary", "adhérente de l'UNSA"),
ideologies ("a lifelong socialist"), faiths ("converted to Buddhism") and ethnic words ("she
is Black"). `proximity` pairs each list of names with its list of cue words.

Names are folded (lower case, no accents, punctuation as spaces). Names that are also
everyday words (`green`, `reform`, `unite`, `neu`) count only when the text writes them as
names: the cased forms given in `CASED` must occur in the original text.
"""

from __future__ import annotations

from typing import Final

# Political parties of the UK, the US, Germany, France and Spain (and a few generic forms).
PARTIES: Final = frozenset({
    "labour", "labour party", "conservative", "conservatives", "conservative party", "tory",
    "tories", "lib dem", "lib dems", "liberal democrat", "liberal democrats", "green party",
    "snp", "scottish national party", "plaid cymru", "reform uk", "ukip",
    "democrat", "democrats", "democratic party", "republican", "republicans",
    "republican party", "gop", "libertarian party", "dsa", "spd", "cdu", "csu", "fdp", "afd",
    "grune", "grunen", "die grunen", "bundnis 90", "die linke", "linke", "linken",
    "gruene", "gruenen", "die gruenen", "buendnis 90",
    "linkspartei", "bsw",
    "freie wahler", "freien wahler", "parti socialiste", "les republicains", "republicains",
    "rassemblement national",
    "france insoumise", "la france insoumise", "lfi", "eelv", "europe ecologie",
    "les ecologistes", "renaissance", "modem", "reconquete", "parti communiste", "pcf",
    "lutte ouvriere", "psoe", "partido popular", "vox", "sumar", "podemos", "erc",
    "esquerra republicana", "junts", "pnv", "bildu", "eh bildu", "ciudadanos", "izquierda unida",
    "bng", "compromis", "partido socialista", "volt", "greens", "the greens",
    # youth wings and smaller parties; "RN" and "écolo" as people say them
    "jusos", "junge union", "julis", "grune jugend", "linksjugend", "piratenpartei",
    "die partei", "ecolo", "ecolos", "generation s", "pp", "freien wahlern",
    "working families party", "working families", "brexit party", "alliance party",
    "sinn fein", "dup", "sdlp", "alba party", "womens equality party", "pirate party",
    "constitution party", "freie wahlern", "freien waehlern", "democratic campaign",
    "republican campaign", "des ecologistes", "opposition party", "parti d opposition",
    "partido de la oposicion", "oppositionspartei",
})
# A French party's short name, which is also a letter's postscript: only after a cue word
# ("je ne voterai plus pour le PS", "militante du PS").
SHORT_PARTIES: Final = frozenset({"ps"})
# Political leaders whose supporters say so ("a Trump supporter", "Macron-Wähler"); only
# names that are not also common surnames or words.
POLITICIANS: Final = frozenset({
    "trump", "biden", "obama", "sanders", "desantis", "corbyn", "farage", "starmer", "sunak",
    "scholz", "habeck", "weidel", "wagenknecht", "macron", "le pen", "melenchon", "zemmour",
    "bardella", "feijoo", "abascal",
})
# Trade unions of the same countries.
UNIONS: Final = frozenset({
    "unison", "unite", "unite the union", "gmb", "rmt", "aslef", "tssa", "cwu", "pcs", "ucu",
    "neu", "nasuwt", "bectu", "nuj", "fbu", "rcn", "royal college of nursing", "usdaw",
    "prospect", "equity", "seiu", "afscme", "uaw", "teamsters", "ibew", "ufcw", "cwa", "usw",
    "aft", "iatse", "sag aftra", "unite here", "afl cio", "ver di", "ig metall",
    "ig bce", "ig bau", "gew", "evg", "ngg", "gdp", "dgb", "komba", "gdl", "marburger bund",
    "cgt", "cfdt", "force ouvriere", "cfe cgc", "cftc", "unsa", "sud rail", "sud sante",
    "solidaires", "snes", "snuipp", "ccoo", "comisiones obreras", "ugt", "csif", "cig", "cnt",
    "ela", "fo", "uso", "fsu",
})
# Political ideologies; the first set is unmistakable after "is a", the second only after
# a word of self-description ("a lifelong conservative", not "a conservative estimate").
IDEOLOGIES: Final = frozenset({
    "socialist", "socialists", "communist", "communists", "marxist", "anarchist", "trotskyist",
    "maoist", "social democrat", "sozialist", "sozialistin", "kommunist", "kommunistin",
    "sozialdemokrat", "sozialdemokratin", "marxistin", "anarchistin", "socialiste",
    "communiste", "marxiste", "anarchiste", "trotskiste", "socialista", "comunista",
    "marxista", "anarquista",
})
LEANINGS: Final = frozenset({
    "conservative", "liberal", "progressive", "leftist", "left winger", "right winger",
    "nationalist", "libertarian", "konservativ", "konservative", "konservativer", "linker",
    "linke", "rechter", "conservateur", "conservatrice", "gauchiste", "de gauche",
    "de droite", "conservador", "conservadora", "izquierdista", "derechista", "progresista",
    "de izquierdas", "de derechas",
})
# Faiths a person converts to or leaves.
FAITHS: Final = frozenset({
    "islam", "christianity", "catholicism", "judaism", "buddhism", "hinduism", "sikhism",
    "orthodoxy", "protestantism", "the catholic church", "christentum",
    "katholizismus", "judentum", "buddhismus", "hinduismus", "katholischen kirche",
    "christianisme", "catholicisme", "judaisme", "bouddhisme", "hindouisme", "cristianismo",
    "catolicismo", "judaismo", "budismo", "hinduismo", "iglesia catolica", "eglise catholique",
})
# Words a person's ethnicity or colour is given with ("she is Black", "il est noir").
ETHNIC: Final = frozenset({
    "black", "asian", "hispanic", "latino", "latina", "roma", "sinti", "romani",
    "mixed race", "noir", "noire", "asiatique", "rom", "rrom", "schwarz", "gitano", "gitana",
    "negro", "negra", "indigena", "arab", "arabe", "araber", "araberin",
    "peul", "peule", "peuls", "fulani", "fulbe", "amerindien", "amerindienne", "amerindio",
    "amerindia", "native american",
})

# Peoples a person is said to belong to with a plain verb ("ist die Mitarbeiterin Roma").
PEOPLES: Final = frozenset({"roma", "sinti", "romani", "rom", "rrom", "romnja", "gitanos",
                            "yenish", "jenische", "sorbe", "sorbin", "sorben", "maori",
                            "inuk", "inuit", "sintiza", "sintize", "quechua", "aimara",
                            "aymara", "mapuche", "uigure", "uigurin", "uiguren", "uyghur"})
# Ethnic groups that are no country's nationality, as a person says they belong to one ("we're
# Hmong", "my family's Punjabi", "Sie ist Kurdin").
ETHNIC_GROUPS: Final = frozenset({
    "hmong", "punjabi", "kurdish", "kurd", "kurdin", "kurde", "kurda", "kurdo", "tamil",
    "pashtun", "uyghur", "uighur", "hazara", "igbo", "yoruba", "hausa", "zulu", "xhosa",
    "gujarati", "bengali", "oromo", "amhara", "tigrayan", "chechen", "tatar", "circassian",
    "assyrian", "bedouin", "sami", "kabyle", "baloch", "sindhi", "karen", "quechua",
    "mizrahi", "ashkenazi", "sephardic", "sephardi", "cherokee", "navajo", "lakota",
})
# Cue words: a person or a family saying what they are ("we're", "my family's", "half").
FAMILY_IS: Final = frozenset({
    "we re", "we are", "family s", "family is", "parents are", "i m", "i am", "im", "soy",
    "they are", "they re",
    "somos", "je suis", "nous sommes", "ich bin", "wir sind", "mi familia es",
    "ma famille est", "meine familie ist", "half", "mixed", "part",
})
# Nationalities, which name an origin only as a share of someone ("half Korean half Mexican").
NATIONALITIES: Final = frozenset({
    "korean", "mexican", "japanese", "chinese", "vietnamese", "filipino", "filipina", "thai",
    "indian", "pakistani", "nigerian", "ghanaian", "kenyan", "ethiopian", "somali",
    "jamaican", "haitian", "cuban", "puerto rican", "dominican", "colombian", "brazilian",
    "peruvian", "irish", "italian", "polish", "greek", "turkish", "iranian", "persian",
    "lebanese", "syrian", "moroccan", "algerian", "egyptian", "german", "french", "spanish",
    "english", "scottish", "welsh", "swedish", "norwegian", "russian", "ukrainian",
})
# Peoples as a family's origin, in English, German, French and Spanish (singular and
# plural): "my grandparents were Armenian", "Großeltern waren Armenier", "grands-parents
# étaient arméniens", "mis abuelos eran gallegos".
ANCESTRIES: Final = NATIONALITIES | ETHNIC_GROUPS | PEOPLES | frozenset({
    "armenian", "armenians", "jewish", "sicilian", "basque", "galician", "catalan", "breton",
    "corsican", "kurds", "berber", "bosnian", "serbian", "croatian", "albanian", "romanian",
    "hungarian", "czech", "slovak", "lithuanian", "latvian", "estonian", "finnish", "dutch",
    "portuguese", "afghan", "iraqi", "palestinian", "tunisian", "senegalese", "malian",
    "congolese", "cameroonian", "eritrean", "sudanese", "chilean", "argentinian", "venezuelan",
    "ecuadorian", "bolivian", "guatemalan", "salvadoran", "honduran", "nicaraguan",
    "armenier", "armenierin", "italiener", "italienerin", "polen", "polin", "pole", "turken",
    "turke", "turkin", "griechen", "grieche", "griechin", "russen", "russin", "ukrainer",
    "ukrainerin", "kroaten", "serben", "bosnier", "albaner", "rumanen", "ungarn", "tschechen",
    "spanier", "spanierin", "portugiesen", "sizilianer", "kurden", "tamilen", "vietnamesen",
    "armeniens", "armenien", "armenienne", "armeniennes", "italiens", "italien", "italienne",
    "polonais", "polonaise", "espagnols", "espagnol", "espagnole", "portugais", "portugaise",
    "algeriens", "algerien", "algerienne", "marocains", "marocain", "marocaine", "tunisiens",
    "tunisien", "tunisienne", "senegalais", "senegalaise", "maliens", "malien", "malienne",
    "kabyles", "berberes", "berbere", "juifs", "juif", "juive", "bretons", "corses",
    "armenios", "armenio", "armenia", "italianos", "italiano", "italiana", "gallegos",
    "gallego", "gallega", "vascos", "vasco", "vasca", "catalanes", "polacos", "polaco",
    "polaca", "judios", "judio", "judia", "libaneses", "libanes", "libanesa", "sirios",
    "sirio", "siria", "marroquies", "marroqui", "gitanos", "canarios", "andaluces",
})
# Cue words: a person's forebears, then a past verb ("my grandparents were ...").
FOREBEARS_WERE: Final = frozenset({
    "grandparents were", "grandmother was", "grandfather was", "great grandparents were",
    "ancestors were", "forebears were", "grandparents are", "grossmutter war",
    "grosseltern waren", "grossvater war", "urgrosseltern waren", "vorfahren waren",
    "grands parents etaient", "grand mere etait", "grand pere etait", "ancetres etaient",
    "aieux etaient", "abuelos eran", "abuela era", "abuelo era", "bisabuelos eran",
    "antepasados eran",
})
# Cue words: a share of an origin.
SHARE: Final = frozenset({"half", "quarter", "halb", "moitie", "mitad", "medio", "media"})
# Cue words: a person's or a family's descent ("stammt aus der Volksgruppe der Sorben").
DESCENT: Final = frozenset({"stammt", "stammen", "abstammung", "descent", "descended",
                            "descendant", "descendants", "descends", "descendiente",
                            "descendante", "ascendencia", "ascendance"})
# Words right before a name that make it a place ("moved to Roma", "vive en Roma").
PLACE_WORDS: Final = frozenset({"in", "en", "nach", "a", "to", "de", "da", "di", "from", "von",
                                "aus", "at", "near", "via", "pres", "cerca"})

# Cased forms a name must show in the original text when its folded form is an everyday
# word (or, for `gdp`, another acronym).
CASED: Final[dict[str, tuple[str, ...]]] = {
    "labour": ("Labour", "LABOUR"), "conservative": ("Conservative", "CONSERVATIVE"),
    "conservatives": ("Conservatives",), "democrat": ("Democrat",), "democrats": ("Democrats",),
    "republican": ("Republican",), "republicans": ("Republicans",), "linke": ("Linke",),
    "renaissance": ("Renaissance",), "vox": ("Vox", "VOX"), "sumar": ("Sumar", "SUMAR"),
    "podemos": ("Podemos",), "ciudadanos": ("Ciudadanos",), "unite": ("Unite", "UNITE"),
    "linken": ("Linken",),
    "pcs": ("PCS",), "neu": ("NEU",), "prospect": ("Prospect",),
    "equity": ("Equity",), "cwa": ("CWA",), "usw": ("USW",), "aft": ("AFT",), "gew": ("GEW",),
    "evg": ("EVG",), "gdp": ("GdP",), "sud rail": ("SUD", "Sud"), "sud sante": ("SUD", "Sud"),
    "solidaires": ("Solidaires",), "cig": ("CIG",),
    "cnt": ("CNT",), "ela": ("ELA",),
    "roma": ("Roma",), "rom": ("Rom",), "unison": ("UNISON", "Unison"),
    "grune": ("Grüne", "Grune", "GRÜNE"), "grunen": ("Grünen", "Grunen", "GRÜNEN"),
    "republicains": ("Républicains", "Republicains"), "trump": ("Trump",),
    "volt": ("Volt", "VOLT"), "greens": ("Greens",), "the greens": ("Greens",),
    "fo": ("FO",), "uso": ("USO",), "die partei": ("Die PARTEI", "Die Partei"),
    "fsu": ("FSU",), "pp": ("PP",), "ps": ("PS",), "dup": ("DUP",),
    "compromis": ("Compromís", "Compromis", "COMPROMÍS"),
    "democratic campaign": ("Democratic campaign", "Democratic Campaign"),
    "republican campaign": ("Republican campaign", "Republican Campaign"),
    "des ecologistes": ("Écologistes", "Ecologistes"),
    "generation s": ("Génération.s", "Generation.s"),
}
# Words right after a name that make it something else: a "Green Team", "black friday",
# "black and white" (one word, or two).
NOT_BEFORE: Final = frozenset({
    "and white", "and blue", "and red", "and gold", "and green", "and yellow", "weekly",
    "monthly", "annual", "annually", "lingual", "directional", "sapiens",
    "team", "teams", "card", "cards", "belt", "light", "line", "zone", "room", "level", "tier",
    "button", "flag", "day", "week", "energy", "mode", "box", "list", "listed", "market",
    "friday", "hole", "mail", "screen", "tea", "coffee", "pepper", "beans", "shirt", "lot",
    "credit", "savings", "bank", "fund", "account", "plan", "station", "street", "road",
    # dishes and places to eat: "half Korean BBQ platter", "Mexican food"
    "bbq", "barbecue", "food", "cuisine", "restaurant", "platter", "dish", "dishes", "recipe",
    "recipes", "style", "fried", "chicken", "beef", "noodles", "rice", "menu", "grill",
    # a party's standing in the news: "a strong Labour lead", "Tory gains"
    "lead", "leads", "showing", "gains", "majority", "surge", "vote share", "poll", "polls",
})

# Cue words: a person's tie to a party or a union ("member", "Mitglied", "adhérent").
_TIES: Final = frozenset({
    "member", "members", "membre", "membres", "mitglied", "mitglieder", "miembro", "miembros",
    "adherent", "adherente", "adherents", "adherentes", "militant", "militante", "militants",
    "afiliado", "afiliada", "afiliados", "activist", "activiste", "activista", "aktivist",
    "aktivistin", "delegate", "delegue", "deleguee", "delegado", "delegada", "delegierter",
    "delegierte", "treasurer", "chair", "chairman", "chairwoman", "secretary", "secretaire",
    "secretario", "secretaria", "tresorier", "tresoriere", "schatzmeister",
    "schatzmeisterin", "tesorero", "tesorera", "branch", "paid up", "card carrying", "joined",
    "beigetreten", "eingetreten", "rejoint", "adhere", "afilio", "official", "organiser",
    "organizer", "afilie",
})
# ... to a party: also voting, campaigning, holding a party's seat, giving to it.
PARTY_CUES: Final = _TIES | frozenset({
    # a party's officers: "Kreisvorsitzende der Linken"
    "kreisvorsitzende", "kreisvorsitzender", "ortsvorsitzende", "di de baja", "dado de baja",
    "dada de baja",
    "ortsvorsitzender", "landesvorsitzende", "landesvorsitzender", "schatzmeisterin",
    "councillor", "councilor", "conseiller", "conseillere", "concejal", "concejala",
    "stadtrat", "stadtratin", "gemeinderat", "gemeinderatin", "candidate", "candidat",
    "candidato", "candidata", "kandidat", "kandidatin", "kandidiert", "kandidierte",
    "canvass", "canvasses", "canvasser",
    "canvassing",
    "canvassed", "campaigner", "campaigns", "volunteer", "volunteers", "volunteered",
    "volunteering", "dons",
    "benevole", "interventor", "interventora", "apoderado", "apoderada", "milita",
    "militaba", "tendiert", "tendiere", "tiende", "penche", "done", "donamos", "quitte",
    "left the", "ausgetreten", "dejo", "abandono",
    "voluntario", "voluntaria", "supporter", "supporters", "supports", "supported",
    "sympathisant", "sympathisante", "simpatizante", "anhanger", "anhangerin", "voter",
    "voters", "votes", "voted", "vote", "voting", "vota", "voto", "votara", "votait", "votera",
    "wahlt", "wahle", "gewahlt", "wahler", "wahlerin", "electeur", "electrice", "votante",
    "donor", "donated", "donates", "spendet", "gespendet", "donateur", "donatrice", "donante",
    "votare", "votaria", "votamos", "votaron", "votar", "votado", "campaigned", "campaigning",
    "campaign", "engagiert", "engagiere", "engage", "engagee", "ortsverein", "ortsverband",
    "kreisverband", "agrupacion", "federation", "parteibuch", "campana", "campagne",
    "wahlkampagne", "voterai", "voterais", "voterons", "voterez", "votons", "votais",
    # standing on its list ("en la lista de Compromís como suplente")
    "sur la liste", "en la lista", "auf der liste", "por la lista", "on the list",
    # a membership fee or a gift in a bank transfer's remittance text
    "membership", "mitgliedschaft", "mitgliedsbeitrag", "parteibeitrag", "dues", "subscription",
    "cotisation", "cuota", "donation", "spende", "don", "donativo", "aportacion",
    "donacion", "donaciones", "dono",
})
# ... to a union: also its roles, dues and strikes.
UNION_CUES: Final = _TIES | frozenset({
    "rep", "representative", "representant", "representante", "steward", "shop steward",
    "convenor", "convener", "vertrauensmann", "vertrauensfrau", "vertrauensperson", "dues",
    "subs", "subscription", "cotisation", "cuota", "mitgliedsbeitrag", "strike",
    "striking", "picket", "streik", "greve", "huelga", "local", "section", "seccion",
    "membership", "mitgliedschaft", "adhesion", "afiliacion",
    # elected on its list: "Élu au CSE sur la liste CFE-CGC"
    "sur la liste", "en la lista", "auf der liste", "por la lista",
    # organised in it ("bei ver.di organisiert"), its dues taken from a payslip
    "organisiert", "organisierte", "organisierter", "syndique", "syndiquee", "deduction",
    "deductions", "abzug", "retenue", "descuento",
    # leaving it is a statement about membership too ("Il a quitté la CFE-CGC"); elected on
    # its list ("élu FO au CSE"); no longer in it ("se dio de baja de USO")
    "quitte", "left the", "ausgetreten", "abandono", "dejo", "elu", "elue", "baja",
})
# ... and, right after the union's name, its fee ("bei der GEW, Beitrag läuft übers Konto").
UNION_FEE: Final = frozenset({"beitrag", "beitrage", "beitragssatz"})
# Cue words: how firmly a canvassed voter backs a party ("Strong Labour", "soft Tory").
LEANS: Final = frozenset({"strong", "soft", "firm", "lean", "leans", "leaning", "weak"})
# Cue words: a union's posts, a few words after its name.
UNION_POSTS: Final = frozenset({"rep", "reps", "steward", "stewards", "representative",
                                "convenor", "delegate", "delegue", "delegado", "delegierter"})
# Cue words: a person saying where they belong ("ich bin seit 2015 in der NGG").
I_AM: Final = frozenset({"i am", "i m", "ich bin", "je suis", "soy", "estoy"})
# Cue words: a person describing their own convictions.
SELF: Final = frozenset({
    "lifelong", "staunch", "committed", "ardent", "avowed", "convinced", "proud",
    "card carrying", "die hard", "self described", "describes himself as",
    "describes herself as", "describes themselves as", "identifies as", "considers himself",
    "considers herself", "calls himself", "calls herself", "uberzeugter", "uberzeugte",
    "uberzeugt", "eingefleischter", "eingefleischte", "bezeichnet sich als",
    "versteht sich als", "sieht sich als", "convaincu", "convaincue", "se dit", "se definit",
    "se decrit", "se considere", "convencido", "convencida", "declarado", "declarada",
    "se declara", "se considera", "se define",
})
# Cue words: a person said to be one of a party ("she's a Democrat", "I am a Tory").
PERSON_IS_A: Final = frozenset({
    "he is a", "she is a", "i am a", "i m a", "he s a", "she s a", "he was a", "she was a",
    "they are", "we are", "i am", "i m", "ich bin", "je suis", "soy",
})
# Cue words: "is a", "ich bin", "je suis"...
COPULA: Final = frozenset({
    "is a", "am a", "is an", "am an", "was a", "ist", "bin", "war", "est", "suis", "etait",
    "es", "soy", "era",
})
# Cue words: changing faith.
CONVERSION: Final = frozenset({
    "converted to", "convert to", "converts to", "converting to", "conversion to",
    "konvertiert", "konvertierte", "ubergetreten", "converti", "convertie", "convertis",
    "convirtio", "convertido", "convertida", "conversion al", "conversion a",
})
# Cue words: a verb that says what someone is ("ist", "est", "is", "es").
BE: Final = frozenset({"is", "are", "ist", "sind", "est", "sont", "es", "son", "sei"})
# Sexual orientations a person states ("I'm gay", "soy lesbiana").
ORIENTATIONS: Final = frozenset({
    "gay", "lesbian", "bisexual", "bi", "queer", "asexual", "pansexual", "homosexual",
    "lesbiana", "lesbienne", "bisexuelle", "bisexuel", "homosexuel", "homosexuelle",
    "schwul", "lesbisch", "bisexuell", "asexuell", "asexuel", "asexuelle", "homo",
    "hetero", "heterosexuell", "heterosexual", "heterosexuel", "heterosexuelle",
})
# Cue words: a first-person verb that opens a sentence without its pronoun ("bin bi").
FIRST_PERSON_VERBS: Final = frozenset({"bin", "war"})
# Cue words: a verb that opens a note about someone without naming them ("ist bi und ...",
# "ist schwul"): German case notes drop the subject the way a diary drops the `ich`.
DROPPED_SUBJECT_VERBS: Final = FIRST_PERSON_VERBS | frozenset({"ist"})
# Cue words: a person, then the verb ("she is", "ich bin", "ils sont").
PERSON_IS: Final = frozenset({
    "he is", "she is", "i am", "i m", "they are", "we are", "he was", "she was", "he s",
    "she s", "il est", "elle est", "je suis", "ils sont", "elles sont", "nous sommes",
    "er ist", "sie ist", "ich bin", "wir sind", "sie sind", "el es", "ella es", "yo soy",
    "ellos son", "ellas son", "somos", "soy", "i identify as",
    # how someone describes themselves: "il se présente comme Peul"
    "se presente comme", "se presenta como", "s identifie comme", "se identifica como",
    "se reconnait comme", "se reconoce como", "se considere comme",
})
