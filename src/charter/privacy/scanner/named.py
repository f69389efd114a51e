"""People's names told by a known given name, where nothing else says whose a value is.

`full_name("Keisha Whitfield")`: a known given name, then a capitalised surname, and
nothing in it that names a street, a building, an organisation, a product or a day
("Victoria Station", "Grace Hopper Conference", "Jordan Air Max", "Martin Luther King Day").
`lone_given("Declan")`: a given name alone, for keys that greet someone by it.
`in_prose(text, start, end)`: the same test on a pair of capitalised words found in
running text, with the words around the pair looked at too ("Spoke to Keisha Whitfield
about the renewal", but not "the Santa Clara office" nor "walk down Anna Street").

Every test is a few set lookups on the words of the value: no regular expression runs per
word or per name.
"""

from __future__ import annotations

import re
from typing import Final

from charter.privacy.scanner.given_names import GIVEN, WORDLIKE, fold_name, given, known

# Words that make a capitalised phrase a place, a building, an organisation, an event, a
# product or a day rather than a person: "Victoria Road", "Anna Freud Centre", "Max Planck
# Institut", "Jordan Air Max", "Boxing Day".
THING_WORDS: Final = frozenset(
    """
street st road rd avenue ave lane ln drive dr boulevard blvd way place pl square sq court ct
close crescent terrace grove gardens garden row mews parade walk wharf quay
bridge gate gates highway motorway freeway parkway circus yard market arcade
strasse str weg gasse platz allee damm ring ufer chaussee steig pfad markt hof
rue avenue allee chemin impasse quai cours route boulevard promenade
calle avenida paseo plaza camino carrer ronda travesia glorieta carretera
via viale piazza corso largo vicolo rua praca travessa estrada
station airport terminal port harbour harbor pier dock docks line junction halt
hospital clinic klinik klinikum clinique hopital hospital centre center center zentrum centro
university universitat universite universidad universita college school academy
institute institut instituto gymnasium lycee colegio escuela schule kita
library bibliothek bibliotheque biblioteca museum musee museo gallery galerie theatre
theater teatro cinema kino stadium stadion arena hall halle salle sala church kirche
eglise iglesia chapel cathedral dom abbey temple mosque synagogue shrine travail
foundation stiftung fondation fundacion trust fund society club verein association
institution council committee ministry agency bureau office
company corp inc ltd llc gmbh ag kg ohg gbr ug sa sas sarl srl sl bv nv plc co group
holdings partners associates brothers bros sons motors foods logistics logistik solutions
consulting software systems technologies media bank
industries enterprises ventures capital finance insurance health care salon spa gym fitness
cross international national central metro underground tunnel
conference summit expo festival fest filmfest filmfestival filmfestspiele award awards prize
trophy cup open cup league
championship marathon memorial lecture lectures fellowship scholarship programme program
day days night eve week weekend holiday feiertag
hotel motel inn hostel resort lodge restaurant cafe bar pub bistro bakery brasserie
store shop shops boutique outlet mall supermarket pharmacy apotheke
air max pro plus mini ultra lite classic retro edition series collection original
premium deluxe sport sports edition model limited special signature reserve
island isle islands bay beach coast valley mountain mount river lake falls forest
desert canyon peninsula county district province region state city town village
building tower towers house haus maison casa palace palais palacio castle schloss
chateau manor estate farm mill works factory plant depot warehouse lager
team squad crew band choir orchestra ensemble project operation initiative network
service services system systems app platform studio studios labs lab
hurricane storm typhoon cyclone
application applications request requests form forms report reports review proposal
invoice agreement contract template checklist survey campaign workshop training roadmap
backlog sprint release migration onboarding handbook guidelines budget draft
express airlines airways railway railways rail bus ferry cruises
jan feb mar apr jun jul aug sep sept oct nov dec
january february march april june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
""".split()
)

# Words right before a capitalised pair that make it a place or a thing: "Saint Denis",
# "Santa Clara", "San Diego", "Mount Elizabeth", "Hotel Maria Theresia", "rue Jean Jaurès",
# "HMS Victoria", "Hurricane Katrina", "Team Anna".
_BEFORE: Final = frozenset(
    """
saint st ste san santa sankt santo sao santos mount mt lake fort port cape cap bad
rue avenue av calle avenida paseo plaza via viale piazza corso rua boulevard place platz
allee chemin quai impasse
hotel hostel cafe restaurant bar pub club gasthof gasthaus
hms uss rms mv ms ss hmas
hurricane storm typhoon cyclone
team project operation
lycee college ecole colegio instituto institut gymnasium schule universite universidad
hopital hospital klinikum clinica clinique
gare bahnhof estacion stazione
""".split()
)

# Words after a person's name, in lower case too, that make it a place's.
_PLACE_AFTER: Final = frozenset(
    """
metro station street road avenue square airport hospital school college university park
bridge hall centre center institute foundation church stadium library museum gare platz
strasse calle plaza
""".split()
)

# Capitalised words that may stand right before a name: titles, greetings, and words that
# open a sentence ("Called Keisha Whitfield", "Dear Declan Byrne", "Dr Anna Weber").
_OPENERS: Final = frozenset(
    """
mr mrs ms miss mx dr prof professor doctor doktor sir dame herr herrn frau fraulein mme
mlle mademoiselle monsieur madame
sr sra srta senor senora don dona rev father sister brother
dear hi hello hey hallo liebe lieber cher chere bonjour salut hola querido querida estimado
estimada ciao thanks thank danke merci gracias cc attn from to with for and per via by
called call calling spoke speak met meet meeting ask asked tell told contact contacted
email emailed emailing ring rang see saw visited visit tell per re fw fwd
patient client customer caller tenant applicant employee member
""".split()
)

# Brands, ships, works and charities named like people: under a `name` or a `recipient` key
# they are a product's or a body's name ("Red Cross" is not Mr Cross).
_NAMED_THINGS: Final = frozenset(
    name
    for name in """
hugo boss|calvin klein|tommy hilfiger|ralph lauren|michael kors|marc jacobs|kate spade
tory burch|tom ford|giorgio armani|louis vuitton|christian dior|christian louboutin
yves saint laurent|jean paul gaultier|paul smith|ted baker|jack wills|jack wolfskin
jack daniels|jack jones|jim beam|johnnie walker|ben sherman|karl lagerfeld|tom tailor
marc opolo|stella mccartney|vera wang|john lewis|martha stewart|betty crocker
mary kay|estee lauder|ben jerrys|dr martens|kurt geiger|anne klein|victoria beckham
victorias secret|mary rose|mary celeste|queen mary|queen elizabeth|santa maria
santa claus|father christmas|peter pan|anna karenina|jane eyre|oliver twist
david copperfield|harry potter|tom sawyer|huckleberry finn|grace hopper
red cross|red crescent|christian aid|mercy corps|mercy ships
""".replace("\n", "|").split("|")
    if name
)

# Lower-case words inside a name: "Charles de Gaulle", "Ludwig van Beethoven",
# "Bérénice de La Roche", "Ana dos Santos", "Ali bin Hamad".
_PARTICLES: Final = frozenset(
    {
        "de",
        "da",
        "das",
        "do",
        "dos",
        "del",
        "della",
        "di",
        "du",
        "des",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "ten",
        "ter",
        "y",
        "e",
        "bin",
        "ibn",
        "al",
        "el",
        "zu",
        "vom",
        "zum",
    }
)


def _surname(word: str, upper: bool = False) -> bool:
    """A capitalised surname: "Whitfield", "O'Driscoll", "Lefèvre", "Dubois-Lemaire";
    `upper`: in capitals too ("WHITFIELD"), where the whole name is."""
    if len(word) < 2 or not word[0].isupper():
        return False
    core = word.replace("-", "").replace("'", "").replace("\u2019", "")
    if not core.isalpha() or (not upper and core.isupper()):
        return False  # "NHS", "USB": an acronym, not a surname
    return fold_name(word) not in THING_WORDS


def _key(text: str) -> str:
    """`text` as `_NAMED_THINGS` spells it: folded letters and single spaces."""
    return " ".join(
        "".join(char for char in fold_name(text) if char.isalpha() or char == " ").split()
    )


def named_thing(value: str) -> bool:
    """A brand, a ship, a work or a charity named like a person ("Hugo Boss", "Red Cross")."""
    return _key(value) in _NAMED_THINGS


# Small words inside an organisation's name ("Society of Friends", "Amis de la Terre").
_NAME_JOINS: Final = frozenset({"of", "the", "for", "and", "&", "de", "la", "le", "les", "du",
                                "des", "del", "der", "die", "das", "und", "y", "et", "e"})


# Words for a body that open its name: "Asociación Parkinson Sevilla", "Verein für ...".
_BODY_FIRST: Final = frozenset({"asociacion", "association", "verein", "fundacion",
                                "fondation", "foundation", "stiftung", "federacion",
                                "federation", "confederacion", "societe", "sociedad",
                                "society", "liga", "ligue", "league", "coordinadora",
                                "plataforma", "collectif", "colectivo", "bundesverband",
                                "forderverein", "foerderverein"})
# ... and a union's, in a register of bodies ("Union locale CGT de Vierzon"); under a member's
# affiliation the same name is that member's union (see `organisation`'s `unions`).
_UNION_FIRST: Final = frozenset({"union", "syndicat", "sindicato", "gewerkschaft"})


# ... and words for a body that close it: "Moss Side Muslim Youth Forum", "... e.V.".
_BODY_LAST: Final = frozenset({"forum", "network", "netzwerk", "reseau", "red", "e.v.",
                               "ev.", "collective", "alliance", "coalition", "trust",
                               "initiative", "verein", "foerderverein"})


def organisation(value: str, unions: bool = False) -> bool:
    """A body's name: a few capitalised words ending in a word for a body or a place
    ("Catholic Children's Society", "Jüdisches Gemeindezentrum" is not: one word), so the
    words for a faith or a people in it are no one's. `unions`: a union's name counts too
    (the caller knows it is not under someone's membership)."""
    parts = value.split()
    first = fold_name(parts[0]) if parts else ""
    if not 2 <= len(parts) <= 8 or (fold_name(parts[-1]) not in THING_WORDS
                                    and first not in _BODY_FIRST
                                    and not (unions and first in _UNION_FIRST)
                                    and fold_name(parts[-1]) not in _BODY_LAST):
        return False
    return all(part[:1].isupper() or part[:1].isdigit() or part.lower() in _NAME_JOINS
               or fold_name(part) in _BODY_LAST for part in parts)


def full_name(value: str, wordlike: bool = True) -> bool:
    """`value` is a person's full name whose given name is known: "Keisha Whitfield",
    "Bérénice de La Roche", "Jean-Pierre Martin", "KEISHA WHITFIELD".

    `wordlike`: a given name that is also a word ("Grace Doyle", "Will Smith") counts too;
    the caller's context (a `name` or `donor` key) is the rest of the evidence. Answers are
    cached per value (values under `name` keys repeat: products, teams, services).
    """
    if not value[:1].isupper():
        return False
    key = (value, wordlike)
    found = _FULL_CACHE.get(key)
    if found is None:
        found = _full_name(value, wordlike)
        if len(_FULL_CACHE) >= _FULL_CACHE_LIMIT:  # bounded: values are chosen by clients
            _FULL_CACHE.clear()
        _FULL_CACHE[key] = found
    return found


_FULL_CACHE: dict[tuple[str, bool], bool] = {}
_FULL_CACHE_LIMIT: Final = 50_000


def _full_name(value: str, wordlike: bool) -> bool:
    if "," in value:  # "Dufresne, Maëlys", "KAMIŃSKA, Małgorzata": the surname first
        surname, _, given_names = value.partition(",")
        if "," in given_names or not surname.strip() or not given_names.strip():
            return False
        value = f"{given_names.strip()} {surname.strip()}"
    parts = value.split()
    if not 2 <= len(parts) <= 5 or len(value) > 70:
        return False
    first = parts[0]
    if not first[0].isupper():
        return False
    kind = given(first)
    if kind == 0 or (kind == WORDLIKE and (not wordlike or given(parts[-1]) == WORDLIKE)):
        return False  # "Inmaculada Concepción", "Mary Rose": a feast's, a ship's name
    upper = value.isupper()
    last = parts[-1]
    if not _surname(last, upper) or fold_name(last) in _PARTICLES:
        return False
    for part in parts[1:-1]:
        folded = fold_name(part.rstrip("."))
        if folded in _PARTICLES or (len(part) == 2 and part[1] == "." and part[0].isupper()):
            continue  # "de", "van der", an initial "J."
        if not _surname(part, upper):
            return False
    return not named_thing(value)


def lone_given(value: str) -> bool:
    """`value` is one known given name, capitalised, that is not also a common word."""
    text = value.strip()
    if not 2 < len(text) <= 30 or " " in text or not text[0].isupper():
        return False
    return given(text) == GIVEN


# Words that open a greeting: "Dear Declan", "Hola Lucía", "Chère Bérénice".
_GREETING_WORDS: Final = frozenset(
    {
        "dear",
        "hi",
        "hello",
        "hey",
        "hallo",
        "liebe",
        "lieber",
        "moin",
        "servus",
        "cher",
        "chere",
        "bonjour",
        "salut",
        "hola",
        "querido",
        "querida",
        "estimado",
        "estimada",
        "ciao",
        "caro",
        "cara",
        "ola",
        "beste",
        "hej",
        # thanks to someone by name: "Thanks Jiwoo", "Danke Aylin", "Merci Inès"
        "thanks",
        "danke",
        "merci",
        "gracias",
    }
)


def greeting(value: str) -> bool:
    """`value` greets a person by a known name: "Declan", "Dear Declan,", "Chère/Cher
    Bérénice", "Hola Lucía Medina"."""
    words = value.strip().rstrip(",!.:;").split()
    if len(words) > 1 and not _GREETING_WORDS.isdisjoint(fold_name(words[0]).split("/")):
        words = words[1:]
    if len(words) == 1:
        return lone_given(words[0])
    return full_name(" ".join(words), wordlike=False)


def airline_name(value: str) -> bool:
    """A passenger's name as airlines write it, with a known given name: "ARRIETA/IÑAKI MRS",
    "NGUYEN/ESRA", "MARCHETTI/MAËLLE MS"."""
    surname, _, rest = value.strip().partition("/")
    words = rest.split()
    return bool(surname) and bool(words) and given(words[0]) != 0


def signature(text: str) -> bool:
    """Text signed at its end by a known name: "...\n\n-- Maite", "... — Pilar Abernathy"."""
    line = text.rstrip()[-60:].rsplit("\n", 1)[-1].strip()
    for dash in ("-- ", "\u2014 ", "\u2013 "):
        if dash in line:
            name = line.rsplit(dash, 1)[1].strip().rstrip(".")
            return lone_given(name) or full_name(name)
    return False


def _introduced(text: str, start: int) -> bool:
    """A signature's dash or a greeting right before `start`: "— Pilar Abernathy",
    "Dear Grace Doyle"."""
    cut = max(0, start - 1)
    before = max(text.rfind(" ", 0, cut), text.rfind("\n", 0, cut))
    previous = text[before + 1 : cut].strip()
    return previous in {"\u2014", "\u2013", "-", "--"} or fold_name(previous) in _GREETING_WORDS


def in_prose(text: str, start: int, end: int, first: str, second: str) -> bool:
    """Whether `first second`, two capitalised words at `start`..`end` of `text` (a string
    of running text), are a person's given name and surname."""
    kind = known(fold_name(first))
    if kind == 0 and "-" in first:
        kind = given(first)
    if kind != GIVEN and not (kind == WORDLIKE and _introduced(text, start)):
        return False
    words = second.split()
    surname = words[-1].rstrip(".,;:!?)")
    if surname.endswith(("'s", "\u2019s")):
        surname = surname[:-2]
    if not _surname(surname):
        return False
    if any(fold_name(word) not in _PARTICLES for word in words[:-1]):
        return False  # "Anna and Bob": a lower-case word that no name has
    if not any(word[:1].islower() for word in text.split()):
        return False  # a title in capitals ("Union Jack Mug", "Tante Emma Logistik KG")
    cut = max(0, start - 1)
    before = max(text.rfind(" ", 0, cut), text.rfind("\n", 0, cut))
    previous = text[before + 1 : start].strip(" \n\t\"'(")
    if previous:
        folded = fold_name(previous.rstrip("."))
        if folded in _BEFORE:
            return False
        if (
            previous[0].isupper()
            and previous[-1] not in ".,:;!?"
            and not (folded in _OPENERS or known(folded) == GIVEN
                     or folded.split("/", 1)[0] in _OPENERS)  # "Estimado/a Rania Boutros"
        ):
            return False  # inside a longer proper name: "Royal Albert Hall", "Union Jack"
    # the capitalised words after the pair: "Grace Hopper Conference", "Anna Freud Centre"
    following = text[end : end + 60].split()[:3]
    for index, word in enumerate(following):
        word = word.strip(".,;:!?()\"'")
        if not word:
            break
        if not word[0].isupper():
            # a place named after a person, in lower case: "Jean Jaurès metro station"
            if not index and fold_name(word) in _PLACE_AFTER:
                return False
            break
        if fold_name(word) in THING_WORDS:
            return False
    return _key(f"{first} {surname}") not in _NAMED_THINGS


# Pairs of capitalised words in running text, after a space: the given name, then the
# surname with any particles before it ("Keisha Whitfield", "Bérénice de La Roche"). The
# pattern starts with a literal, so `re` finds candidates by a fast search.
_PAIR: Final = (
    r"([A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017d][a-z\u00df-\u00f6\u00f8-\u00ff"
    r"\u0100-\u017e]+(?:-[A-Z\u00c0-\u00de][a-z\u00df-\u00ff]+)?) "
    r"((?:[a-z]{1,4} ){0,2}[A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017d][\w'\u2019-]+)"
)
PAIR: Final = re.compile(" " + _PAIR)
LINE_PAIR: Final = re.compile("\n" + _PAIR)  # the same pair opening a line of a text
PAIR_HEAD: Final = re.compile(_PAIR)  # the same pair opening a string

# Two capitalised words joined by an underscore inside a file name or a path, followed by
# another part or the extension: `CV_Lukas_Hoffmeister_2026.pdf`, `Moreau_Baptiste_exit.docx`.
FILE_PAIR: Final = re.compile(
    r"(?<![^\W_])([A-Z\u00c0-\u00de][a-z\u00df-\u00ff]{1,20})_"
    r"([A-Z\u00c0-\u00de][a-z\u00df-\u00ff'\u2019A-Z-]{1,24})(?=[_.-])")
# A name written as a field inside text: a logged request body (`{"name": "Dmytro
# Shevchuk"}` quoted in a log line) or a key-value log (`name=Dmytro Shevchuk`). The
# pattern starts at the literal `ame`, which `re` finds fast; `embedded` checks the `n`.
_EMBEDDED: Final = re.compile(
    r"ame\\?[\"']?[ \t]*[:=][ \t]*\\?[\"']?"
    r"([A-Z\u00c0-\u00de][a-z\u00df-\u00ff]{1,20}(?:-[A-Z][a-z]+)? "
    r"[A-Z\u00c0-\u00de][\w'\u2019-]{1,30})")
# A line that is two or three words of a name, the surname in capitals or not, after a
# newline and an optional heading ("CV - ", with any dash): "KHALIL Samir", "Rubén BARRIONUEVO".
NAME_LINE: Final = re.compile(
    r"\n(?:[A-Z]{2,3} [\u2013\u2014-] )?"
    r"([A-Z\u00c0-\u00de][A-Za-z\u00c0-\u00ff'\u2019-]+(?: [A-Z\u00c0-\u00de]"
    r"[A-Za-z\u00c0-\u00ff'\u2019-]+){1,2})[ \t]*(?=\n|$)")
# A heading that ends in a name after a dash: "*Fall-Update* - Ayşe Kowalski",
# "Actualización \u2013 Javier Castillo" (a case update's or a message's subject).
LABELLED_NAME: Final = re.compile(
    r"(?m)^[^\n]{1,40}? [-\u2013\u2014] ([A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f'\u2019-]+"
    r"(?: [A-Z\u00c0-\u00de][A-Za-z\u00c0-\u024f'\u2019-]+){1,2})[ \t]*$")
# The name line of a travel document's machine-readable zone: a passport's first line
# (`P<ESTORRES<<ALEJANDRO<<<<...`) or an ID card's third (`MARTIN<<CLAIRE<ANNE<<<<<<`).
MRZ_NAME: Final = re.compile(
    r"(?m)^(?:P[A-Z<][A-Z<]{3})?[A-Z]{2,}(?:<[A-Z]+)*<<[A-Z]{2,}(?:<[A-Z]+)*<{2,}[ \t]*$")
# An underscore before a capital: where a name in a file name can start (a cheap test
# before `FILE_PAIR`, whose first character is a class `re` tries at every position).
FILE_GATE: Final = re.compile(r"_[A-Z\u00c0-\u00de]")


# A log line's field holding a person by their role (`person=NOWAK Svenja text=...`,
# `mis_en_cause=LEMAIRE Loïc`, `user="Svenja Nowak"`): the value, two or three capitalised
# words, and the key just before the `=` (found by looking back from it).
_LOGGED_VALUE: Final = re.compile(
    r"=\"?([A-Z\u00c0-\u00de][\w'\u2019-]+(?:[ +][A-Z\u00c0-\u00de][\w'\u2019-]+){1,2})\"?"
    r"(?=[\s,;&|]|$)")
_LOGGED_KEY: Final = re.compile(r"(?<![\w.-])([A-Za-z][A-Za-z_]{1,30})\Z")


def logged(text: str) -> list[tuple[int, str, str]]:
    """(offset, key, value) of each `key=Capitalised Words` field inside `text`."""
    found = []
    for match in _LOGGED_VALUE.finditer(text):
        start = match.start()
        key = _LOGGED_KEY.search(text, max(0, start - 31), start)
        if key is not None:
            # (`name=Niklas+Brandt` in a URL's query: `+` is a space there)
            found.append((key.start(), key.group(1), match.group(1).replace("+", " ")))
    return found


def either_order(value: str) -> bool:
    """A full name written given name first, or surname first in capitals ("NOWAK
    Svenja", "HERRERA IGLESIAS Yolanda")."""
    if full_name(value):
        return True
    parts = value.split()
    if len(parts) < 2 or not parts[0].isupper():
        return False
    return full_name(" ".join((parts[-1], *(part.capitalize() for part in parts[:-1]))))


def embedded(text: str) -> list[tuple[int, str]]:
    """(offset, name) of each name written as a `name` field inside `text`."""
    found = []
    for match in _EMBEDDED.finditer(text):
        start = match.start()
        if start and text[start - 1] in "Nn":
            found.append((start, match.group(1)))
    return found


_EXTENSION: Final = re.compile(r"[^\s/]{0,80}?\.[A-Za-z][A-Za-z0-9]{1,4}(?![\w.])")


def in_file_name(text: str, match: re.Match[str]) -> bool:
    """A person's name in a file name: a known given name beside a surname, in either
    order, in a string whose part ends with an extension (`.pdf`)."""
    first, second = match.group(1), match.group(2)
    if not ((given(first) == GIVEN and _surname(second)) or (
            given(second) == GIVEN and _surname(first))):
        return False
    if fold_name(first) in THING_WORDS or fold_name(second) in THING_WORDS:
        return False
    return _EXTENSION.match(text, match.end()) is not None


# Words that name a thing, a body or a place and no person's surname: the common nouns of
# projects, queues, service accounts, businesses and places ("Darwin Data Lake", "Falcon
# Migration", "Backup Robot", "VIP Escalations", "St. Helena Winery", "Santa Clara Valley
# Water", "Florence Nightingale Foundation"), and the days of the week that are nobody's
# surname ("Ruby Tuesday"; Monday, Friday, Sunday, Freitag, Sonntag and Domingo are).
NOT_SURNAMES: Final = frozenset(
    """
data lakehouse migration migrations robot robots bot bots escalation escalations
backup backups pipeline pipelines dashboard portal queue helpdesk servicedesk
onboarding offboarding fraud billing payroll analytics platform gateway integration
integrations sync scheduler monitoring alerting alerts notifications crawler scraper
importer exporter automation deployment deployments rollout upgrade refresh cleanup
roadmap tender backlog triage intake dispatch helpline hotline inbox mailbox noreply
payments payables receivables treasury procurement recruiting recruitment facilities
maintenance inventory fulfilment fulfillment returns refunds underwriting collections
infrastructure compliance newsletter webinar hackathon workspace repository repo
winery wineries brewery distillery vineyard vineyards creamery dairy bakery
water valley creek foundation institute museum society academy
web webapp mobile ios android desktop console sdk cli widget plugin
grill bistro diner trattoria pizzeria taqueria cantina brasserie tavern steakhouse
tuesday wednesday thursday saturday dienstag mittwoch donnerstag
lundi mardi mercredi jeudi vendredi samedi lunes martes miercoles jueves viernes
""".split()
)

# First words that make a name a place's, a project's or a ship's: "Santa Clara", "St.
# Helena", "Mount Pleasant", "Operation Nightingale", "Project Hermes", "HMS Victoria".
_THING_OPENERS: Final = frozenset(
    """
saint st ste san santa sankt sao mount mt fort cape operation project team hms uss rms
""".split()
)


def thing_named(parts: list[str]) -> bool:
    """The words of a name-shaped value (two or more) name a thing, a body or a place, not
    a person: a first word that opens a place's or a project's name, or a later word that
    no surname is ("Backup Robot", "Ruby Tuesday")."""
    first = fold_name(parts[0].rstrip("."))
    if first in _THING_OPENERS and known(first) == 0:
        return True
    return any(fold_name(part.rstrip(".,")) in NOT_SURNAMES for part in parts[1:])
