"""Ordinary personal data in prose: people's names and postal addresses in free text.

Without a language model, names are found where the text itself points at one (a title
such as Mr/Frau/Mme/Sra, "my name is", "patient Jane Doe") and addresses where a street
type and a house number stand together. Both only ever run on text the walk identified as
prose (values with spaces under keys that name no kind).
"""

from __future__ import annotations

import re
from typing import Final

from charter.privacy.scanner import named, normalize
from charter.privacy.scanner.detectors import Hit

_UPPER: Final = "A-ZÀ-ÖØ-Þ"
_LOWER: Final = "a-zß-öø-ÿ"
_NAME: Final = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
# German capitalises every noun: after "Herr" or "Frau" a role is not a surname ("bitte Herrn
# Hausmeister informieren", "Frau Doktor", "Herr Ober").
_ROLE_AFTER_TITLE: Final = (
    r"(?!(?:Hausmeister|Doktor|Ober|Pfarrer|Pastor|Professor|Professorin|Direktor|Direktorin"
    r"|Minister|Ministerin|Präsident|Präsidentin|Bürgermeister|Bürgermeisterin|Nachbar"
    r"|Nachbarin|Kollege|Kollegen|Kollegin|Vorsitzende|Vorsitzender|Kunde|Kundin|Patient"
    r"|Patientin|Richter|Richterin|Anwalt|Anwältin|Chef|Chefin|Lehrer|Lehrerin)\b)")
# What follows a title: a doctor's title may stand between ("Frau Doktor Müller"), then a
# name that is no role.
_AFTER_TITLE: Final = (rf"\.?\s+(?:(?:Doktor|Dr\.?|Prof\.|Professor|Professorin)\s+)?"
                       rf"{_ROLE_AFTER_TITLE}{_NAME}")

# A title, then a name. Written to start with a character class, which `re` skips to in C,
# instead of `\b(?:Mr|Mrs|...)`, which it tries at every position: the look-behind after the
# title's first letter is that `\b` (no word character before it), the ones after it pick the
# title's letter.
_TITLE: Final = re.compile(
    rf"[MDPHFS](?<!\w.)(?:(?<=M)(?:r|rs|s|iss|x|me|lle|onsieur|adame)|(?<=D)(?:r|on|oña)"
    rf"|(?<=P)rof|(?<=H)errn?|(?<=F)rau|(?<=S)(?:r|ra|rta|eñor|eñora)){_AFTER_TITLE}")
# The titles that only a person takes ("Praxis Dr. Meyer" is a practice, "Mr Clean" a
# brand): a sentence of four words is enough around them ("Frau Schneider hat angerufen").
_PERSONAL_TITLE: Final = re.compile(
    rf"(?<!\w)(?:Herrn?|Frau|Mme|Mrs|Ms|Sra|Señora){_AFTER_TITLE}")
_INTRODUCED: Final = re.compile(
    rf"(?i:\bmy name is|\bmein name ist|\bich hei(?:ß|ss)e|\bje m'appelle|\bme llamo"
    rf"|\bmi nombre es|\bname:)\s+{_NAME}")
_INTRODUCTIONS: Final = ("name", "hei", "appelle", "llamo", "nombre")
# An agent answering a call gives a first name in a short greeting: "Thanks for calling,
# this is Tamsin", "Buenas, le atiende Nerea", "Bonjour, Gwenaëlle à l'appareil".
_ANSWERING: Final = re.compile(
    rf"(?i:\b(?:calling|speaking)[,.!]?\s+this is|\byou(?:'re| are) speaking (?:with|to)"
    rf"|\ble atiende|\ble habla|\bam apparat ist)\s+{_NAME}"
    rf"|{_NAME}\s+(?:à l'appareil|a l'appareil|am Apparat)\b")
_ANSWERING_WORDS: Final = ("calling", "speaking", "atiende", "habla", "appareil", "apparat")
# Someone who greets and then says who they are: "Hi, this is Maria from accounts", "Hallo,
# hier ist Jonas", "Bonjour, c'est Camille", "Hola, soy Lucía". The name must be a known
# given name: "Hello, this is Paris calling" is a city.
_SELF_INTRODUCED: Final = re.compile(
    rf"(?i:\b(?:hi|hello|hey|good (?:morning|afternoon|evening)|hallo|guten (?:tag|morgen|abend)"
    rf"|moin|servus|bonjour|bonsoir|salut|hola|buenas|buenos d[ií]as|buenas tardes)"
    rf"[,!.]?\s+(?:(?:there|all|team|everyone|tout le monde|a todos)[,!.]?\s+)?"
    rf"(?:this is|it's|it is|here is|hier ist|hier spricht|c'est|ici|soy|te habla))"
    rf"\s+({_NAME})(?![{_LOWER}])")
_SELF_WORDS: Final = ("this is", "it's", "it is", "here is", "hier ist", "hier spricht",
                      "c'est", "ici", "soy", "te habla")


# "I'm Imogen Okafor, call ...": a full name, the given name known, after "I'm" or "I am".
_I_AM: Final = re.compile(rf"\bI(?:'m|\u2019m| am)\s+({_NAME}\s+{_NAME})(?![{_LOWER}])")


def _answering(original: str) -> bool:
    lowered = original.lower()
    if any(word in lowered for word in _ANSWERING_WORDS) and _ANSWERING.search(original):
        return True
    if ("i'm " in lowered or "i am " in lowered or "i\u2019m " in lowered) and any(
            named.full_name(match.group(1), wordlike=False)
            for match in _I_AM.finditer(original)):
        return True
    if not any(word in lowered for word in _SELF_WORDS):
        return False
    match = _SELF_INTRODUCED.search(original)
    return match is not None and named.lone_given(match.group(1))
# "customer Jane Doe": a role word, then two capitalised words. Found from the capitalised
# pair (a character class first, which `re` skips to fast), then the word before it.
_PAIR: Final = re.compile(rf"[{_UPPER}](?=[{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?\s+{_NAME})")
_BEFORE: Final = re.compile(r"(?<!\w)(\w+)\s+\Z")
_ROLES: Final = frozenset(
    variant for word in ("customer", "patient", "client", "employee", "caller", "applicant",
                         "tenant", "passenger", "guest", "cliente", "paciente", "empleado",
                         "empleada", "patiente", "salarié", "salariée")
    for variant in (word, word.capitalize())) | {"Kunde", "Kundin", "Patientin",
                                                  "Mitarbeiter", "Mitarbeiterin"}


def _role_name(original: str) -> bool:
    for match in _PAIR.finditer(original):
        start = match.start()
        before = _BEFORE.search(original, max(0, start - 40), start)
        if before is not None and before.group(1) in _ROLES:
            return True
    return False


def _person(original: str) -> bool:
    """A name after a title, an introduction ("my name is") or a role word."""
    if _TITLE.search(original):
        return True
    lowered = original.lower()
    if any(word in lowered for word in _INTRODUCTIONS) and _INTRODUCED.search(original):
        return True
    return _role_name(original)


_ADDRESS: Final = re.compile(
    # 221B Baker Street, 1600 Pennsylvania Ave
    rf"\b\d{{1,5}}[A-Za-z]?\s+(?:[{_UPPER}][{_LOWER}]+\.?\s+){{1,3}}(?:Street|St|Avenue|Ave|"
    rf"Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Close|"
    rf"Crescent|Square|Sq|Highway|Hwy|Parkway|Pkwy)\b"
    # Hauptstraße 5, Am Markt 3 is not caught; Goethestr. 12a
    # (a `-ring` is a ring road, "Kaiserring 4"; not a gerund, "Mentoring 2025")
    rf"|\b[{_UPPER}][{_LOWER}]+(?:straße|strasse|str\.|weg|gasse|platz|allee|damm"
    rf"|(?<![aeiou])ring)"
    rf"\s+\d{{1,4}}[a-z]?\b"
    rf"|\b[{_UPPER}][{_LOWER}]+\s(?:Straße|Strasse|Weg|Platz|Allee|Gasse)\s+\d{{1,4}}[a-z]?\b"
    # 12 rue de la Paix, 3 bis avenue Foch, 120a place des Halles
    rf"|\b\d{{1,4}}[a-z]?(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|place|chemin|"
    rf"allée|allee|impasse|quai|route|cours)\s+(?:(?:de la|de l'|du|des|de|d')\s?)?"
    rf"[{_UPPER}][{_LOWER}]+"
    # Calle Mayor 5, Avda. de la Constitución, 12
    rf"|\b(?:Calle|C/|Avenida|Avda\.|Av\.|Plaza|Paseo|Camino|Carrer|Ronda)\s+"
    rf"(?:(?:de la|de los|de las|del|de)\s+)?[{_UPPER}][{_LOWER}]+(?:\s[{_UPPER}][{_LOWER}]+)?"
    rf",?\s*(?:n[º°o]\.?\s*)?\d{{1,4}}\b"
    # a US address whatever its street is called: "53 Harbour View, Portland, OR 97205"
    rf"|\b\d{{1,5}}[A-Za-z]?\s+(?:[{_UPPER}][{_LOWER}]+(?:['\u2019]s)?\s+){{0,3}}[{_UPPER}][{_LOWER}]+,\s+"
    rf"[{_UPPER}][{_LOWER}]+(?:\s[{_UPPER}][{_LOWER}]+)?,\s+[A-Z]{{2}}\s+\d{{5}}(?:-\d{{4}})?\b"
    # a German street named by a preposition, with its postcode and town: "Am Markt 35,
    # 01067 Dresden", "An der Alster 4, 20099 Hamburg"
    rf"|\b(?:Am|An der|An den|Im|In der|In den|Auf der|Auf dem|Zum|Zur|Unter den|Hinter der)"
    rf"\s+[{_UPPER}][{_LOWER}]+\s+\d{{1,4}}[a-z]?,\s+\d{{5}}\s+[{_UPPER}]"
    # UK postcode with a town or street before it: "London SW1A 1AA"
    rf"|\b[A-Z]{{1,2}}\d[A-Z\d]?\s\d[ABD-HJLNP-UW-Z]{{2}}\b"
    # where someone lives, said so: "wohnhaft Hafenkamp 13, 8010 Graz", "demeurant ...":
    # a house number, then a postcode and a town
    rf"|(?i:\bwohnhaft(?: in)?|\bdemeurant(?: au)?|\bdomicili[ée]e?s? (?:au|à|a)"
    rf"|\bdomiciliad[oa] en|\bcon domicilio en|\bresiding at)"
    rf"\s+[^\n.;]{{0,50}}?\b\d{{1,5}}[a-z]?,?\s+\d{{4,5}}\s+[{_UPPER}]"
)
# Every form of `_ADDRESS` holds a digit (a house number or a postcode): text without one is
# not searched (the alternation costs ~90 ns a character, the digit test a few).
_DIGIT: Final = re.compile(r"\d")

# A letter that refers a patient gives their birth date after their name: "Thank you for
# seeing Jane Doe (1980-01-02)", "Je vous adresse DUPONT, Marie, 11/03/1988, ...", "le
# remito a Juan Pérez (02/03/1975)".
_REFERRED: Final = re.compile(
    rf"(?:\b(?:seeing|referring|referred)|\badresse|\badressons"
    rf"|(?:ü|ue)berweisen|(?:ü|ue)berweise|\bremito(?: a)?|\bremitimos(?: a)?"
    rf"|\bderivo(?: a)?|\bderivamos(?: a)?)\s+"
    rf"(?:(?:Mr|Mrs|Ms|Miss|Mx|Herr|Frau|M|Mme|Mlle|Sr|Sra|Srta)\.?\s+)?"
    rf"((?:[{_UPPER}][{_UPPER}{_LOWER}'-]+,?\s+){{1,3}}[{_UPPER}][{_UPPER}{_LOWER}'-]+)"
    rf"(?:\s*\(\s*|,\s*)(?:(?:dob|DOB|geb\.(?:\s+am)?|n[ée]e?(?:\(e\))?(?:\s+le)?)[:\s]*)?"
    rf"(\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[./]\d{{1,2}}[./](?:19|20)\d\d"
    rf"|\d{{1,2}}\.?\s[{_UPPER}{_LOWER}]{{3,9}}\.?\s(?:19|20)\d\d)\b")
# (each is a prose cue of `prefilter`, so both prefilters read the same values)
_REFERRAL_WORDS: Final = ("seeing", "referr", "adress", "berweise", "remit", "deriv")
# ... in a letter between clinicians (its salutation or a clinical word), not a meeting's
# minutes ("thanks for seeing Project Atlas (2024-05-01)")
_LETTER_WORDS: Final = ("dear", "dr", "doctor", "patient", "confrere", "confrère", "kolleg",
                        "colega", "estimad", "geehrte", "docteur", "doctora", "médico",
                        "medico")


# A letter's closing and the signature under it: "Best regards,\nJane Doe", also quoted in
# a reply ("> Best regards,\n> Jane Doe").
_SIGNOFF: Final = re.compile(
    rf"(?i:regards|sincerely|cheers|thanks|thank you|best|cordialement|bien a vous"
    rf"|bien à vous|saludos|atentamente|un saludo|gr(?:ü|u)(?:ß|ss)e|gr(?:ü|u)(?:ß|ss)en"
    rf"|gru(?:ß|ss)|mfg|(?:^|\n)[> \t]*--)[,.!]?[ \t]*\r?\n[\s>]*"
    rf"({_NAME}(?:[ \t]+{_NAME}){{1,2}})[ \t]*(?:\r?\n|$)")
# A quoted message's attribution: "On 4 May 2024 Jane Doe wrote:", "Am ... schrieb Jane Doe:",
# "Le ... Jane Doe a écrit :", "El ... Jane Doe escribió:".
_WROTE: Final = re.compile(
    rf"({_NAME}(?:[ \t]+{_NAME}){{1,2}})(?:[ \t]+<[^>\n]*>)?[ \t]+(?:wrote|a écrit|a ecrit"
    rf"|escribió|escribio)[ \t]*:|\bschrieb[ \t]+({_NAME}(?:[ \t]+{_NAME}){{1,2}})")
_WROTE_WORDS: Final = ("wrote", "crit", "escribi", "schrieb")
_NOT_SIGNED: Final = frozenset({"the", "your", "our", "das", "die", "der", "ihr", "ihre",
                                "le", "la", "les", "l", "el", "los", "las", "su", "votre",
                                "team", "support", "equipe", "equipo", "service"})
# Schema and code text: `type User { name: String }` names a field, not a person.
_CODE: Final = re.compile(r"\b(?:type|union|input|interface|enum|query|mutation|fragment|"
                          r"schema|class|struct)\s+[A-Z]\w*\s*(?:[{=(@:]|implements\b)")


def looks_like_code(text: str) -> bool:
    """A type or schema declaration (`type User {`, `union Result = A | B`): code, not prose."""
    return _CODE.search(text) is not None


def _attributed(original: str) -> bool:
    """A quoted message's author: "On 2024-05-04 Jane Doe wrote:"."""
    return any(word in original for word in _WROTE_WORDS) and any(
        _NOT_SIGNED.isdisjoint(part.lower() for part in (match.group(1) or match.group(2))
                               .split()) for match in _WROTE.finditer(original))


def _signed(original: str) -> bool:
    for match in _SIGNOFF.finditer(original):
        parts = match.group(1).split()
        if parts[0].lower() not in _NOT_SIGNED and not _NOT_SIGNED.intersection(
                part.lower() for part in parts):
            return True
    return False


_TITLED: Final = re.compile(
    # (after a label: "Ansprechpartner: Herr Kowalczyk", "Attn: Ms Okafor")
    rf"(?:[{_UPPER}][{_LOWER}]{{1,20}}:\s*)?"
    rf"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Herrn?|Frau|Mme|Mlle|M|Monsieur|Madame|Sr|Sra|Srta|Señor|"
    rf"Señora|Don|Doña){_AFTER_TITLE}(?:\s+{_NAME}){{0,3}}")


# A letter's greeting, where the letter starts (after an opening tag: "<p>Dear Tyrone,"):
# "Dear Tyrone,", "Chère/Cher Bérénice,", "Estimado/a Joaquín,"; a reply's thanks: "Thanks
# Jiwoo.", "Merci, Anaïs".
_GREETING: Final = re.compile(
    r"(?:Dear|Hi|Hello|Hallo|Hola|Liebe|Lieber|Ch[eè]re?(?:/Ch[eè]re?)?"
    r"|Estimad[oa](?:/[oa])?|Querid[oa](?:/[oa])?|Bonjour|Buongiorno|Cara|Caro"
    r"|Thanks|Danke|Merci|Gracias),?[ \t]+"
    r"([^\W\d_][^\W\d_'-]+)[ \t]*(?:[,!.]|\Z)")


def _greeted(original: str) -> bool:
    """A letter that opens by greeting its reader by a known given name."""
    head = original[:120].lstrip()
    while head.startswith("<"):  # `<html><body><p>Dear ...`
        head = head[head.find(">") + 1 :].lstrip() if ">" in head else ""
    match = _GREETING.match(head)
    # (a name that ends the text: "Merci, Anaïs"; not one cut off at 120 characters)
    return match is not None and named.lone_given(match.group(1)) and (
        match.end() < len(head) or len(head) == len(original.strip()))


# The line before a message's signature: "Regards", "Cordialement", "Un saludo", "VG".
_CLOSINGS: Final = frozenset({
    "regards", "best regards", "kind regards", "best", "thanks", "thank you", "many thanks",
    "thanks in advance", "cheers", "sincerely", "yours sincerely", "warm regards", "br",
    "cordialement", "bien cordialement", "merci", "bien a vous", "salutations",
    "gruss", "grusse", "gruesse", "viele grusse", "mit freundlichen grussen", "vg", "lg", "mfg",
    "beste grusse", "danke", "saludos", "un saludo", "atentamente", "gracias", "un abrazo",
})
# A signature's dash on its own line (hyphen, en dash, em dash, tilde), and at the end of a
# one-line message (" - Nicolas").
_LINE_DASHES: Final = ("- ", "\u2013 ", "\u2014 ", "~ ")
END_DASHES: Final = (" - ", " \u2013 ", " \u2014 ")


def signed_with_given_name(text: str) -> bool:
    """A message signed with a known given name alone: its last line after a closing or a
    blank line ("Regards\nTyrone", "...cvv on request\n\nClaire"), or after a dash at the
    end of a text message ("... de mercredi. - Nicolas")."""
    body = text.rstrip()
    # (first the last word alone, which must be capitalised: most texts end otherwise)
    word = body[max(body.rfind(" "), body.rfind("\n")) + 1:]
    if not word[:1].isupper() or len(word) > 31:
        return False
    head, _, last = body.rpartition("\n")
    if head:
        last = last.strip()
        if last.startswith(_LINE_DASHES):
            last = last[2:].strip()
        previous = head.rstrip(" \t").rpartition("\n")[2].strip()
        if previous and " ".join(normalize.words(normalize.fold(previous))) not in _CLOSINGS:
            return False
    else:
        cut = max(body.rfind(dash) for dash in END_DASHES)
        if cut < 0:
            return False
        last = body[cut + 3:].strip()
    return named.lone_given(last.rstrip(".!"))


def text_personal(original: str) -> list[Hit]:
    """Names and addresses in one value of two words or more.

    A name needs prose around its cue (five words or more: "Labor Dr. Meyer MVZ" is a
    lab) or must be the whole value with a title ("Ms. Owen Nakamura"); an address is a
    street type with a house number wherever it stands.
    """
    hits: list[Hit] = []
    words = original.count(" ") + 1
    prose = (words >= 5 and _person(original)) or (
        words == 4 and _PERSONAL_TITLE.search(original) is not None)
    if ((prose and not _CODE.search(original))
            or (words <= 5 and _TITLED.fullmatch(original.strip()))
            or ("\n" in original and _signed(original)) or _attributed(original)
            or (words >= 3 and _answering(original)) or _greeted(original)):
        hits.append(("person_name", "text:person_name", 0.7))
    if _DIGIT.search(original) and _ADDRESS.search(original):
        hits.append(("postal_address", "text:postal_address", 0.75))
    lowered = original.lower()
    if any(word in lowered for word in _REFERRAL_WORDS) and any(
            word in lowered for word in _LETTER_WORDS):
        match = _REFERRED.search(original)
        if match is not None:
            hits.append(("person_name", "text:person_name", 0.75))
            hits.append(("date_of_birth", "text:date_of_birth", 0.8))
    return hits
