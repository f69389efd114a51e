"""The value patterns, and the cheap gates that decide which of them run at all.

The strings of a document are joined with newlines and scanned as one text (one call into
the regex engine per pattern instead of one per value); no pattern matches across a
newline, so a match always lies inside one value. Patterns only *propose* candidates:
checksums and context decide (see `detectors`).

Python's `re` is slow on an alternation of many patterns (it tries every alternative at
every position; see docs/scanner.md for the measurements), and fast on a pattern that
starts with a literal or a narrow character class. So each family runs on its own, behind a
substring test (`"@" in text`, `"eyJ" in text`...) that costs next to nothing when the
family cannot occur; everything made of digits is found by one tokenising pattern for
numeric runs and then told apart in Python.
"""

from __future__ import annotations

import re
from typing import Final

# Portable syntax only (no look-around, no backreferences), so the same alternatives compile
# in Python's `re`, RE2 and Hyperscan; what look-around would check (a digit right before a
# card number...) is checked in Python on the few candidates.
# A passport's label in English, German, French and Spanish.
_PASSPORT_WORDS: Final = ("passport", "reisepass", "passeport", "pasaporte")

# A password typed in a sentence: a letter and a digit in it, so "password is incorrect" and
# "password was reset" are none; not ending in a sentence's full stop.
_TYPED_VALUE: Final = (r"[\"']?(?=[^\s\"',;&]*\d)(?=[^\s\"',;&]*[^\W\d_])[^\s\"',;&]{5,}"
                        r"(?<![.!?])")

_ALTERNATIVES: Final[tuple[tuple[str, str], ...]] = (
    ("pem", r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"),
    ("jwt", r"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"),
    ("cloud_key", r"(?:AKIA|ASIA)[A-Z0-9]{16}|AIza[0-9A-Za-z_-]{35}|ya29\.[0-9A-Za-z_-]{20,}"),
    ("token", r"gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{40,}"
              r"|glpat-[A-Za-z0-9_-]{20,}|xox[abposr]-[A-Za-z0-9-]{10,}"
              r"|[sr]k_(?:live|test)_[A-Za-z0-9]{16,}|sk-(?:proj-|ant-)?[A-Za-z0-9_-]{32,}"
              r"|npm_[A-Za-z0-9]{36}|SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}"
              r"|hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+"
              r"|AccountKey=[A-Za-z0-9+/]{40,}={0,2}|SharedAccessSignature=[^ \n]{20,}"
              r"|shpat_[a-fA-F0-9]{32}|sq0csp-[A-Za-z0-9_-]{40,}|whsec_[A-Za-z0-9+/=]{24,}"),
    ("bearer", r"(?:[Bb]earer|BEARER)[ \t]+[A-Za-z0-9._~+/-]{16,}=*"),
    ("basic", r"Basic[ \t]+[A-Za-z0-9+/]{12,}={0,2}"),
    ("url_password", r"[a-zA-Z][a-zA-Z0-9+.-]{1,20}://[^\s/:@\"']{1,64}:[^\s/@\"']{1,128}@"),
    ("assignment", r"(?i:(?:password|passwd|pwd|passwort|kennwort|mot de passe|"
                   r"contrase(?:ñ|n)a|client_secret|api_?key|secret(?:_access)?(?:_key)?|access_token)"
                   r"[ \t]*[:=][ \t]*"
                   r"[\"']?[^\s\"',;&]{4,})"
                   # a form field's value in a breadcrumb: `input[name=password] value=...`
                   r"|(?i:(?:password|passwd|pwd|passwort|kennwort)[\"'\]]+[ \t]+value="
                   r"[\"']?[^\s\"',;&]{4,})"
                   # in a sentence: "the temp password is Kiwi_4471", "le mdp est ..." (a
                   # value with a letter and a digit, so "password is incorrect" is not one)
                   r"|(?i:(?:password|passwort|kennwort|mot de passe|mdp|contrase(?:ñ|n)a)"
                   r"(?:[ \t]+[^\W\d_]{3,})?[ \t]+(?:is|was|ist|war|est|etait|était|es|era"
                   r"|fue|lautet|c['\u2019](?:est|était|etait))[ \t]+" + _TYPED_VALUE + ")"
                   # a help desk's note of a reset: "temp password Dragon19?qi", "Contraseña
                   # AD reseteada, temporal: Winter34$Ta"
                   r"|(?i:(?:(?<=temp )|(?<=temporary )|(?<=initial )|(?<=new ))password[ \t]+"
                   + _TYPED_VALUE + ")"
                   r"|(?i:(?:password|passwort|kennwort|mot de passe|contrase(?:ñ|n)a)"
                   r"[^.\n:=]{0,40}?(?:temporal|temporary|temporaire|provisoire|provisional"
                   r"|vorl(?:ä|ae)ufig(?:es)?|nueva|nouveau)[ \t]*[:=][ \t]*"
                   + _TYPED_VALUE + ")"),
    ("email", r"[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}"
              r"[A-Za-z0-9])?(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}"),
    ("iban", r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?"),
    ("nino", r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]"),
    ("dni", r"[XYZ]?\d{7,8}-?[A-Z]"),
    ("coords", r"-?\d{1,3}\.\d{4,}[ \t]*[,;/ ][ \t]*-?\d{1,3}\.\d{4,}"),
    ("ipv4", r"(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"),
    ("ipv6", r"(?:[0-9A-Fa-f]{1,4}:){1,7}:?(?::?[0-9A-Fa-f]{1,4}){1,7}(?:\.\d{1,3}){0,3}"
             r"|::(?:[fF]{4}:)?\d{1,3}(?:\.\d{1,3}){3}"),
    ("ssn", r"\d{3}-\d{2}-\d{4}"),
    ("nir", r"[12] ?\d{2} ?\d{2} ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}"),
    ("card", r"\d(?:[ -]?\d){12,18}"),
    ("phone", r"(?:\+|00)[1-9]\d{0,2}[ .-]?(?:\(0?\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]?\d{2,4}){1,4}"
              r"|\(\d{3}\)[ .-]?\d{3}[ .-]\d{4}|\d{3}[.-]\d{3}[.-]\d{4}|0[1-9](?:[ .]\d{2}){4}"),
    ("dob", r"(?i:(?:born(?: on| in)?|d\.?o\.?b\.?|date of birth|birth ?date|birthday"
            r"|geboren(?: am)?|geburtsdatum|geb\.(?: am)?|n(?:é|e)(?:e|\(e\))? le"
            r"|date de naissance"
            r"|nacid[oa](?:/[oa])? el|nac(?:í|i) el|naci(?:ó|o) el|fecha de nacimiento)"
            r"(?:[ \t]*(?:[:=]|is|was|ist|war|est|es|c['\u2019]est)?[ \t]*"
            r"(?:the |le |el |am |der |den )?"
            # or asked, and answered on the next line of a transcript ("¿Me dice su nombre y
            # fecha de nacimiento?\nCLIENTE: Sofía Castillo, 13/07/2005")
            r"|[^\n?]{0,20}\?[^\n]{0,12}\n[^\n]{0,60}?[ ,:])"
            # 12/03/1990; 3. März 1990, 3 mars 1990, 19 de enero de 1994, 3rd of March 1990;
            # March 3, 1990
            r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}"
            r"|\d{1,2}(?:st|nd|rd|th|er)?\.? ?(?:de |of )?[A-Za-zéûäèç]{3,10}\.?,? (?:de )?\d{4}"
            r"|[A-Za-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}))"),
    # A passport's number after its label: "My passport number is 830538082", "Reisepass
    # J1LX08ZX6", "Mon numéro de passeport est 12CF92945", "Passeport n° 19IS27843"; the
    # number has six to nine capitals and digits, one digit at least.
    ("passport_text", rf"(?i:{'|'.join(_PASSPORT_WORDS)})(?i:[-\w]{{0,8}})"
                      r"(?:[ \t]*(?i:num(?:ber|mer|ero)|n[uú]mero|no\.?|nr\.?|n[°º]\.?|is|ist"
                      r"|est|es|[:=#.]))*[ \t]*"
                      # not a date written as eight digits ("passport expires 20310101")
                      r"(?=[A-Z]{0,8}\d)(?!(?:19|20)\d{6}(?!\d))[A-Z0-9]{6,9}(?![A-Za-z0-9])"),
    # An ISO/IEC 19794 biometric record in base64: its format identifier (`FMR\0` finger
    # minutiae, `FAC\0` face, `IIR\0` iris, `FIR\0` finger image, `VIR\0` vascular) makes
    # these five characters, which random base64 starts with once in a billion.
    ("biometric_record", r"(?:Rk1SA|RkFDA|SUlSA|RklSA|VklSA)[A-Za-z0-9+/]{40,}={0,2}"),
    # A list of eight numbers or more pasted into text: an embedding, if the text says whose.
    ("vector", r"\[ ?-?0\.\d+(?:, ?-?\d\.\d+){7,}"),
)

# All alternatives as one pattern: what a single-pass engine (RE2, Hyperscan) would run.
# Kept for the engine comparison in bench/scanner.py; the scanner itself uses the families.
ALTERNATIVES: Final = _ALTERNATIVES
COMBINED: Final = "|".join(f"(?P<{name}>{body})" for name, body in _ALTERNATIVES)
_SOURCES: Final = dict(_ALTERNATIVES)

_PNR_DOCS: Final = re.compile(r"(?<![A-Za-z])DOCS(?:[ \t]+(?:[A-Z0-9]{2}[ \t]+)?[A-Z]{2}\d+)?"
                             r"[ \t]*/?[ \t]*P/[A-Z]{0,3}/[A-Z0-9]{5,15}/[A-Z]{0,3}/"
                             r"\d{2}[A-Z]{3}\d{2}\b")
# Families that share another family's prefilter gate.
GATE_OF: Final[dict[str, str]] = {"pnr_docs": "pnr", "pnr_docs_dob": "pnr", "pnr_ctcm": "pnr",
                                  "pnr_fop": "pnr", "url_query": "url_password"}

# Families run where the prefilter saw them. Each starts with a literal, so `re` finds its
# candidates with a fast substring search.
GATED: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    ("pem", re.compile(_SOURCES["pem"])),
    ("jwt", re.compile(_SOURCES["jwt"])),
    ("cloud_key", re.compile(_SOURCES["cloud_key"])),
    ("token", re.compile(_SOURCES["token"])),
    ("bearer", re.compile(_SOURCES["bearer"])),
    ("basic", re.compile(_SOURCES["basic"])),
    ("url_password", re.compile(r"://[^\s/:@\"']{1,64}:[^\s/@\"']{1,128}@")),
    # A URL's query string (`https://app.example.com/reset?token=...`): a parameter named
    # for a secret may carry one (see `detectors`).
    ("url_query", re.compile(r"://[^\s?#\"'<>]{1,300}\?[^\s#\"'<>]{4,2000}")),
    # A password given to a command line: `docker login -u ci -p s3cret`, `--password=...`.
    ("cli_password", re.compile(
        r"(?i:\blogin[ \t][^\n]{0,200}?[ \t]-p[ \t]+|--password(?:[ \t]+|=))"
        r"[^\s\-\"'`$<{*][^\s\"'`]{3,}")),
    ("biometric_record", re.compile(_SOURCES["biometric_record"])),
    ("vector", re.compile(_SOURCES["vector"])),
    # Airline PNR special service requests (IATA SSR): `DOCS YY HK1 P/FRA/<passport number>/
    # <nationality>/<birth date>/...` is a passport (document type `P`) and its holder's
    # birth date; `CTCM YY HK1/<number>` is the passenger's mobile phone.
    ("pnr_docs", _PNR_DOCS),
    ("pnr_docs_dob", _PNR_DOCS),
    ("pnr_ctcm", re.compile(r"(?<![A-Za-z])CTCM(?:[ \t]+(?:[A-Z0-9]{2}[ \t]+)?[A-Z]{2}\d+)?"
                            r"[ \t]*/[ \t]*\+?\d[\d \t.-]{6,20}\d")),
    # A boarding pass's bar code (IATA BCBP): `M1SURNAME/GIVEN     E<record locator> <from><to>
    # <carrier> <flight>`: the passenger's name.
    ("bcbp", re.compile(r"(?<![A-Za-z0-9])M[1-4][A-Z'-]{2,}/[A-Z' -]{1,30}?[ \t]+E?[A-Z0-9]{5,7}"
                        r"[ \t]*[A-Z]{6}[A-Z0-9]{2,3}[ \t]*\d{3,5}")),
    # A PNR's form of payment by card: `FP CC`, the card's brand code, then its number.
    ("pnr_fop", re.compile(r"(?<![A-Za-z])FP[ \t]+CC[A-Z]{2}[ \t]?\d{13,19}\b")),
    # An ICD code after an X12 qualifier (ABK principal, ABF other, ABJ admitting...).
    ("x12", re.compile(r"(?<![A-Za-z0-9])(?:AB[KFJN]|APR|B[KFJN]):[A-Z]\d[0-9A-Z]{1,5}\b")),
)

# Patterns that start with a word: matched only where that word occurs (found with
# `str.find` on the lower-cased text), never scanned for at every position.
ASSIGNMENT_WORDS: Final = ("password", "passwd", "pwd", "passwort", "kennwort", "mot de passe",
                           "mdp",
                           "contraseña", "contrasena", "client_secret", "api_key", "apikey",
                           "secret", "access_token")
ASSIGNMENT: Final = re.compile(_SOURCES["assignment"])
DOB_WORDS: Final = ("born", "dob", "d.o.b", "date of birth", "birth", "birthday", "geboren",
                    "geburtsdatum", "geb.", "né le", "née le", "ne le", "nee le", "né(e) le",
                    "ne(e) le",
                    "date de naissance", "nacido el", "nacida el", "fecha de nacimiento",
                    "nací el", "naci el", "nació el", "nacio el", "nacido/a el", "nacida/o el")
DOB: Final = re.compile(_SOURCES["dob"])
PASSPORT_WORDS: Final = _PASSPORT_WORDS
PASSPORT_TEXT: Final = re.compile(_SOURCES["passport_text"])

# E-mail addresses are found from their "@": the domain by this pattern, the local part by
# walking back over the characters a local part may have.
EMAIL_DOMAIN: Final = re.compile(r"@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?"
                                 r"(?:\.[A-Za-z0-9-]{1,63})*\.[A-Za-z]{2,24}\b")
EMAIL_LOCAL: Final = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                               "0123456789._%+-")

# Runs of digits and separators, at least seven characters: cards, phones, SSNs, IPv4,
# coordinates, NIRs and DNIs are all told apart from the run.
# ISO dates and clock times are skipped by the look-ahead: they are the most common runs.
# The look-behind comes first: a run never starts right after a letter or a digit (the
# middle of a hex id, a timestamp, `SKU4111...`), so `re` gives up at once inside them;
# `X`, `Y`, `Z` may precede a run (Spanish NIE numbers: X1234567L).
NUMERIC_RUN: Final = re.compile(r"(?<![0-9A-Wa-z])[+(\d](?!\d{3}-\d\d-\d\d|\d?:\d\d)"
                                r"[\d .,;:()/-]{5,}\d")
# The same runs (group 1) with the character before them consumed instead of looked behind
# at: a pattern that starts with a character class lets `re` skip in C to the next character
# that is neither a letter nor a digit, instead of trying the pattern at every position
# (about 20% faster on JSON bodies full of hex ids). It cannot find a run at the very start
# of the text; `numeric.runs` handles that one with NUMERIC_RUN.
NUMERIC_RUN_AFTER: Final = re.compile(r"[^0-9A-Wa-z]([+(\d](?!\d{3}-\d\d-\d\d|\d?:\d\d)"
                                      r"[\d .,;:()/-]{5,}\d)")
UPPER_GATE: Final = re.compile(r"[A-Z]{2} ?\d\d")
# `\b` + `_SOURCES["iban"]` + `\b`, and the same for NINO, written to start with their first
# letter's class: `re` skips in C to the next capital instead of trying the pattern at every
# position (about three times faster). The look-behind after that letter is the leading
# `\b`: no word character before it.
IBAN: Final = re.compile(r"[A-Z](?<!\w.)[A-Z]" + _SOURCES["iban"].removeprefix("[A-Z]{2}")
                         + r"\b")
NINO: Final = re.compile(r"[A-CEGHJ-PR-TW-Z](?<![^\W_].)"
                         + _SOURCES["nino"].removeprefix("[A-CEGHJ-PR-TW-Z]") + r"\b")
IPV6: Final = re.compile(_SOURCES["ipv6"])

# Shapes inside a numeric run.
IPV4_RUN: Final = re.compile(_SOURCES["ipv4"])
IPV4_PORT: Final = re.compile(f"({_SOURCES['ipv4']}):\\d{{1,5}}")
SSN_RUN: Final = re.compile(_SOURCES["ssn"])
COORDS_RUN: Final = re.compile(_SOURCES["coords"])
PHONE_RUN: Final = re.compile(_SOURCES["phone"])
NIR_RUN: Final = re.compile(_SOURCES["nir"])
CARD_RUN: Final = re.compile(_SOURCES["card"])
DATE_RUN: Final = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}"
                             r"|\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?")

# Genetic notation in any string: a dbSNP id, an HGVS variant (c.68_69delAG, c.1521_1523del,
# p.Arg1443Ter, p.(Gly12Asp)), an STR locus with its alleles (D8S1179 13,14; TH01: 9.3),
# a pharmacogene's star alleles (CYP2D6 *1/*4).
_HGVS_POS: Final = r"[-*]?\d+(?:[+-]\d+)?"
GENETIC: Final = re.compile(
    r"\brs\d{4,10}\b"
    rf"|\b[cgmnr]\.{_HGVS_POS}(?:_{_HGVS_POS})?(?:[ACGT]>[ACGT]|delins[ACGT]+|del[ACGT]*|"
    r"dup[ACGT]*|ins[ACGT]+|inv)"
    r"|\bp\.\(?(?:Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|"
    r"Tyr|Val|Ter)\d+(?:[A-Z][a-z]{2}|fs|\*|=)"
    r"|\b(?:D\d{1,2}S\d{2,4}|TH01|TPOX|CSF1PO|vWA|VWA|FGA|Penta ?[DE]|SE33)\b[ \t]*[:=]?[ \t]*"
    r"\d{1,2}(?:\.\d)?(?:[ \t]*[,/][ \t]*\d{1,2}(?:\.\d)?)?\b"
    r"|\b(?:CYP\d[A-Z]\d{1,2}|TPMT|DPYD|UGT1A1|NUDT15|SLCO1B1)[ \t]*\*\d+[A-Z]?"
)
