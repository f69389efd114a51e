"""Which pattern families can occur in a text, and from where: one pass, before any regex.

Python's `re` costs about 20 ns per character for each pattern it scans with; a document's
strings are ~1 KB, so a dozen scans would eat the whole budget of a request. The
prefilter answers, for every family at once, "does it occur, and where first?":

- with Hyperscan (if importable) in one vectorised pass over the text, every family a
  single-match expression reporting the end of its first occurrence;
- without it, with substring tests and short searches that give the same answers.

Both return `{family: offset}`, an offset inside the value that holds the family's first
occurrence (Hyperscan reports where a match ends, not where it starts); callers restart
the exact pattern from the beginning of that value (no pattern spans two values). The
answers decide only where the exact patterns of `patterns` run, never what they find, so
the findings do not depend on the engine.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Any, Final

# (STR profiles in text are gated by their D-loci: a profile without one is not looked for.)
_GENETIC_GATE: Final = r"rs\d{4}|[cgmnr]\.[-*]?\d|p\.\(?[A-Z]|D\d{1,2}S\d|\*\d"

# family -> (expression for Hyperscan, caseless?, substrings for the fallback or None,
#            regex for the fallback when substrings cannot say it)
_FAMILIES: Final[dict[str, tuple[str, bool, tuple[str, ...] | None, str | None]]] = {
    "pem": (r"-----BEGIN", False, ("-----BEGIN",), None),
    "jwt": (r"eyJ", False, ("eyJ",), None),
    "cloud_key": (r"AKIA|ASIA|AIza|ya29\.", False, ("AKIA", "ASIA", "AIza", "ya29."), None),
    "token": (r"gh[pousr]_|github_pat_|glpat-|xox[abposr]-|[sr]k_(?:live|test)_|sk-|npm_|SG\."
              r"|hooks\.slack\.com|AccountKey=|SharedAccessSignature=|shpat_|sq0csp-|whsec_", False,
              ("ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "glpat-", "xox",
               "k_live_", "k_test_", "sk-", "npm_", "SG.", "hooks.slack.com", "AccountKey=",
               "SharedAccessSignature=", "shpat_", "sq0csp-", "whsec_"), None),
    "bearer": (r"[Bb]earer[ \t]|BEARER[ \t]", False, ("earer", "EARER"), None),
    "basic": (r"Basic[ \t]", False, ("Basic",), None),
    "url_password": (r"://", False, ("://",), None),
    "email": (r"@|%40", False, ("@", "%40"), None),
    # `docker login -u ci -p <password>`, `--password=<password>` in logs and scripts.
    "cli_password": (r"login[ \t]|--password[ =]", True, None, None),
    # ICD codes in X12 health claims: `HI*ABK:E119*ABF:I10`.
    "x12": (r"B[KFJN]:[A-Z0-9]|APR:[A-Z0-9]", False, ("BK:", "BF:", "BJ:", "BN:", "APR:"),
            None),
    # ISO/IEC 19794 biometric records in base64; number lists pasted into text.
    "biometric_record": (r"Rk1SA|RkFDA|SUlSA|RklSA|VklSA", False,
                         ("Rk1SA", "RkFDA", "SUlSA", "RklSA", "VklSA"), None),
    # Airline PNR service requests: a passport (`DOCS`), a mobile number (`CTCM`); a form
    # of payment by card (`FP CCVI4111...`).
    "pnr": (r"DOCS|CTCM|FP CC", False, ("DOCS", "CTCM", "FP CC"), None),
    # A boarding pass's bar code (IATA BCBP): `M1` and the passenger's `SURNAME/GIVEN`.
    "bcbp": (r"M[1-4][A-Z'-]{2,}/", False, ("M1", "M2", "M3", "M4"), None),
    "vector": (r"\[ ?-?0\.", False, ("[0.", "[-0.", "[ 0.", "[ -0."), None),
    # A name after a heading's dash ("*Fall-Update* - Ayşe Kowalski"); a travel document's
    # machine-readable zone (`P<ESPTORRES<<ALEJANDRO<<<`).
    "dash": (" (?:-|\u2013|\u2014) ", False, (" - ", " \u2013 ", " \u2014 "), None),
    "mrz": (r"<<", False, ("<<",), None),
    "assignment": (r"pass|pwd|mdp|secret|api_?key|access_token|kennwort|contrase|mot de passe",
                   True, None, None),
    "dob": (r"born|dob|d\.o\.b|birth|geboren|geb\.|naissance|(?:ne|né)(?:e|\(e\))? le|nacid"
            r"|nacimiento|nac(?:i|í) el|naci(?:o|ó) el|geburtsdatum",
            True, None, None),
    "passport_text": (r"passport|reisepass|passeport|pasaporte", True, None, None),
    "upper": (r"[A-Z]{2} ?\d\d", False, None, r"[A-Z]{2} ?\d\d"),
    "ipv6": (r"::|[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{0,4}){7}", False, None, None),
    "numeric": (r"[+(]?\d[\d .,;:()/-]{5,}\d", False, None, None),
    # Genetic notation: dbSNP ids, HGVS (c.68_69delAG, p.Arg1443Ter), STR loci, star alleles.
    "genetic": (_GENETIC_GATE, False, None, _GENETIC_GATE),
    # Cues for names and addresses in prose (see `phrases`).
    "prose_cue": (r"\b(?:mr|mrs|ms|miss|mx|dr|prof|herrn?|frau|mme|mlle|monsieur|madame|sr|sra"
                  r"|srta|senor|senora|señor|señora|don|doña|customer|patient|client|employee"
                  r"|caller|applicant|tenant|passenger|guest|kunde|kundin|patientin"
                  r"|mitarbeiter|mitarbeiterin|cliente|paciente|empleado|empleada|patiente"
                  r"|salarié|salariée|name|nombre|appelle|llamo|heiße|heisse|regards"
                  r"|sincerely|cheers|thanks|cordialement|saludos|atentamente|grüße|grüßen"
                  r"|grusse|grussen|gruß|gruss|wrote|schrieb|escribió|escribio"
                  r"|calling|speaking|atiende|habla|appareil|apparat"
                  # a letter's greeting: "Hola Javier," (see `phrases._GREETING`)
                  r"|dear|hi|hello|hallo|hola|liebe|lieber|ch(?:e|è)re?|estimad[oa]|querid[oa]"
                  r"|bonjour|buongiorno|cara|caro|danke|merci|gracias)\b"
                  r"|\ba (?:é|e)crit"
                  r"|\n[> \t]*--[ \t]*\r?\n"
                  r"|str\.|stra(?:ss|ß)e|weg\b|gasse|platz|allee|damm\b|ring\b|street|\bst\b"
                  r"|avenue|\bave\b|road|\brd\b|boulevard|blvd|lane|drive|court|\bway\b"
                  r"|place|terrace|close|crescent|square|highway|parkway|\brue\b|chemin"
                  r"|all(?:e|é)e|impasse|quai|route|cours|calle|c/|avenida|avda|plaza|paseo"
                  r"|camino|carrer|ronda|\b(?:ln|ct|pl|sq|hwy|pkwy|bd)\b|\bav\.|\bm\.?\s"
                  # where someone lives, whom a letter refers (see `phrases`)
                  r"|wohnhaft|demeurant|domicili|residing|seeing|referring|referred|adress"
                  r"|berweise|remit|deriv"
                  # a US state and ZIP code after a town: "Portland, OR 97205"
                  r"|,\s[A-Z]{2}\s\d{5}\b"
                  # a house number, then a postcode and a town: "Am Markt 35, 01067 Dresden"
                  r"|\d[a-z]?,\s\d{5}\s"
                  r"|[A-Z]\d[A-Z\d]?\s\d[A-Z]{2}", True, None, None),
}
_LOWER_GATES: Final = {
    "assignment": ("pass", "pwd", "mdp", "secret", "api_key", "apikey", "access_token", "kennwort",
                   "contrase", "mot de passe"),
    "dob": ("born", "dob", "d.o.b", "birth", "geboren", "geb.", "naissance", "ne le",
            "nee le", "née le", "né le", "ne(e) le", "né(e) le", "nacid", "nacimiento",
            "nací el", "naci el", "nació el", "nacio el", "geburtsdatum"),
    "cli_password": ("login ", "login\t", "--password ", "--password="),
    "passport_text": ("passport", "reisepass", "passeport", "pasaporte"),
}
FAMILIES: Final = tuple(_FAMILIES)

# {family: offset of its first occurrence}, and where prose cues end (every one, when the
# engine can say; None: any string from the first cue on may hold a name or an address).
Gates = tuple[dict[str, int], list[int] | None]
Prefilter = Callable[[str], Gates]
_PROSE: Final = "prose_cue"


def _fallback() -> Prefilter:
    upper = re.compile(_FAMILIES["upper"][3] or "")
    # The genetic gate as searches that each start with a literal, which `re` finds fast;
    # a dot counts only with the rest of an HGVS position and change after it.
    genetic = [re.compile(part) for part in (r"rs\d{4}", r"p\.\(?[A-Z]", r"D\d{1,2}S\d",
                                              r"\*\d")]
    hgvs = re.compile(r"\.[-*]?\d+(?:[+-]\d+)?(?:_[-*]?\d+(?:[+-]\d+)?)?"
                      r"(?:[ACGT]>|del|dup|ins|inv)")

    def genetic_gate(text: str) -> int | None:
        positions = [m.start() for m in (g.search(text) for g in genetic) if m is not None]
        for match in hgvs.finditer(text):
            if match.start() and text[match.start() - 1] in "cgmnr":
                positions.append(match.start() - 1)
                break
        return min(positions) if positions else None
    digit = re.compile(r"\d")
    literal = [(name, spec[2]) for name, spec in _FAMILIES.items() if spec[2] is not None]

    def scan(text: str) -> Gates:
        found: dict[str, int] = {}
        for name, needles in literal:
            positions = [p for p in (text.find(n) for n in needles) if p >= 0]
            if positions:
                found[name] = min(positions)
        lowered = text.lower()
        for name, needles in _LOWER_GATES.items():
            # lower() may shift offsets of a few characters: start at 0, so whether one
            # needle occurs is all that is asked.
            if any(needle in lowered for needle in needles):
                found[name] = 0
        match = upper.search(text)
        if match:
            found["upper"] = match.start()
        position = genetic_gate(text)
        if position is not None:
            found["genetic"] = position
        if "::" in text or text.count(":") >= 7:
            found["ipv6"] = 0
        found["prose_cue"] = 0  # no cheap test: let the prose patterns decide
        match = digit.search(text)
        if match:
            found["numeric"] = match.start()
        return found, None

    return scan


def _hyperscan() -> Prefilter | None:
    try:
        import hyperscan  # optional: a compiled engine, not available on every platform
    except ImportError:
        return None
    names = list(_FAMILIES)
    # Every family reports its first match only, except prose cues: each says which value
    # to read for names and addresses.
    flags = [(0 if name == _PROSE else hyperscan.HS_FLAG_SINGLEMATCH)
             | (hyperscan.HS_FLAG_CASELESS if spec[1] else 0)
             for name, spec in _FAMILIES.items()]
    prose = names.index(_PROSE)
    database = hyperscan.Database()
    database.compile(expressions=[spec[0].encode() for spec in _FAMILIES.values()],
                     ids=list(range(len(names))), elements=len(names), flags=flags)
    prototype = hyperscan.Scratch(database)
    local = threading.local()  # Hyperscan's scratch space may serve one scan at a time

    def scan(text: str) -> Gates:
        data = text.encode()
        ends: dict[str, int] = {}
        cues: list[int] = []

        def on_match(ident: int, start: int, end: int, flags: int, context: Any) -> None:
            if ident == prose:
                cues.append(end)
                ends.setdefault(_PROSE, end)
            else:
                ends[names[ident]] = end

        scratch = getattr(local, "scratch", None)
        if scratch is None:
            scratch = local.scratch = prototype.clone()
        database.scan(data, match_event_handler=on_match, scratch=scratch)
        if not ends:
            return ends, cues
        if len(data) != len(text):  # non-ASCII: byte offsets differ from character offsets
            return {name: 0 for name in ends}, None
        return ends, cues

    return scan


# Where trigger words of the free-text vocabulary occur in folded (ASCII) text: (word, offset
# of a character inside it) for every whole-word occurrence.
Locator = Callable[[str], list[tuple[str, int]]]
_WORD: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_LOCATORS: dict[frozenset[str], Locator] = {}


def trigger_locator(trigger_words: frozenset[str]) -> Locator | None:
    """One Hyperscan pass that finds the trigger words (None without Hyperscan).

    A word is a maximal run of letters and digits, as `normalize.words` cuts folded (ASCII)
    text; the database is compiled once per vocabulary and shared.
    """
    found = _LOCATORS.get(trigger_words)
    if found is not None:
        return found
    try:
        import hyperscan
    except ImportError:
        return None
    ordered = sorted(trigger_words)
    lengths = [len(word) for word in ordered]
    database = hyperscan.Database()
    # Plain literals compile in milliseconds; whole-word boundaries are checked per event.
    database.compile(expressions=[word.encode() for word in ordered],
                     ids=list(range(len(ordered))), elements=len(ordered), literal=True)
    prototype = hyperscan.Scratch(database)
    local = threading.local()

    def locate(folded: str) -> list[tuple[str, int]]:
        hits: list[tuple[str, int]] = []
        size = len(folded)

        def on_match(ident: int, start: int, end: int, flags: int, context: Any) -> None:
            begin = end - lengths[ident]
            if (begin == 0 or folded[begin - 1] not in _WORD) and (
                    end == size or folded[end] not in _WORD):
                hits.append((ordered[ident], begin))

        scratch = getattr(local, "scratch", None)
        if scratch is None:
            scratch = local.scratch = prototype.clone()
        database.scan(folded.encode(), match_event_handler=on_match, scratch=scratch)
        return hits

    _LOCATORS[trigger_words] = locate
    return locate


def build(engine: str = "auto") -> tuple[str, Prefilter]:
    """The prefilter: "hyperscan", "python", or "auto" (Hyperscan when importable)."""
    if engine in {"auto", "hyperscan"}:
        fast = _hyperscan()
        if fast is not None:
            return "hyperscan", fast
        if engine == "hyperscan":
            raise RuntimeError("hyperscan is not installed")
    return "python", _fallback()
