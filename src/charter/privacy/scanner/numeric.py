"""Numeric runs: one tokenising pattern finds them, this module says what each one is.

A run is seven or more characters of digits and separators (`+49 30 1234567`,
`4111-1111-1111-1111`, `48.8584, 2.2945`, `123-45-6789`). Runs glued to letters are parts
of identifiers (`SKU-4111111111111111`, `v1.2.3.4`, hex ids) and are skipped, as are dates
and times. What is left is matched against the shapes of cards, phones, SSNs, IPv4
addresses, coordinates, French NIRs and Spanish DNIs; validators then decide.
"""

from __future__ import annotations

import re
from typing import Final

from charter.privacy.scanner import patterns as p
from charter.privacy.scanner.validators import card_ok

Candidate = tuple[str, str, int]  # pattern name, text, offset in the joined text

# Mobile numbers in their national form, grouped as written: British `07700 900123`,
# Spanish `612 34 56 78` / `612 345 678`, German `0151 5474 833` in three groups or more, or
# its prefix and one block (`0171/6020834`, `0177 0346031`), a shape German APIs write often
# enough that it counts wherever it is (a queue's `0911 23456789` needs a cue).
_MOBILE: Final = re.compile(r"07\d{3} \d{6}|[67]\d{2}(?: \d{2}){3}|[67]\d{2} \d{3} \d{3}"
                            r"|01[5-7]\d(?: \d{2,4}){2,3}|01[5-7]\d[ /-]?\d{7,8}")
# A country code and check digits (`FR98 612 077 719`, a VAT id): the digits after it are
# the rest of that identifier.
_ID_PREFIX: Final = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2,3} $")
# A date written `YYYYMMDD` (HL7, EDIFACT): eight digits no phone number has unseparated.
_COMPACT_DATE: Final = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
_SEPARATORS: Final = str.maketrans("", "", " .,:()/-+")
_LIST_SPLIT: Final = re.compile(r"[ \t]*[,;][ \t]*")
# Seven digits as a local number is dialled, the exchange and the line: `555-0143`.
_LOCAL: Final = re.compile(r"[2-9]\d{2}[-.]\d{4}")
_PHONE_CUES: Final = ("tel", "phone", "call", "mobil", "handy", "ruf", "fax", "cell", "movil",
                      "móvil",
                      "portable", "whatsapp", "sms", "numero", "number", "nummer", "contact",
                      "reach", "joindre", "joignable", "llamar", "appeler", "anrufen",
                      "erreichbar", "erreichen", "contactar", "localizable", "whatsapp",
                      "text me", "ring me", "textez", "escribeme")


# (The functions below return lists, not generators: compiled, a generator is an object
# allocated per call and resumed through its own protocol; every caller reads them whole.)


def runs(text: str, position: int = 0) -> list[tuple[int, int]]:
    """(start, end) of every match of `patterns.NUMERIC_RUN` in `text` from `position` on,
    left to right: what `NUMERIC_RUN.finditer(text, position)` gives, found faster."""
    found: list[tuple[int, int]] = []
    if position <= 0:
        first = p.NUMERIC_RUN.match(text)  # no character before it to consume
        if first is not None:
            found.append(first.span())
            position = first.end()
    # The character before `position` is the first one consumed: the look-behind of
    # NUMERIC_RUN sees it too. After a run, its last character is the one consumed: a run
    # may start right after one that ends in a digit of another script (`٣`).
    search = p.NUMERIC_RUN_AFTER.search
    match = search(text, max(0, position - 1))
    while match is not None:
        start, end = match.span(1)
        found.append((start, end))
        match = search(text, end - 1)
    return found


def candidates(text: str, start: int, end: int) -> list[Candidate]:
    """Candidates in the run text[start:end] (`text` is the whole joined text)."""
    before = text[start - 1] if start else " "
    if before.isalnum() and not (before in "XYZ" and (start < 2 or not text[start - 2].isalnum())):
        return []
    if before in "-_/.#" and start >= 2 and text[start - 2].isalnum():
        return []  # SKU-1234567, order#1234567: an identifier
    if before == " " and start >= 5 and _ID_PREFIX.search(text, max(0, start - 7), start):
        return []
    after = text[end] if end < len(text) else " "
    run = text[start:end]
    if after == "-" and run.isdigit() and 7 <= len(run) <= 8 and end + 1 < len(text) and (
            text[end + 1].isupper() and (end + 2 >= len(text) or not text[end + 2].isalnum())):
        # a DNI or NIE written with a hyphen before its letter: 50005214-V, X8325413-B
        return [("dni", (before if before in "XYZ" else "") + run + "-" + text[end + 1],
                 start)]
    if after.isalnum() or after in "_":
        if after.isupper() and (end + 1 >= len(text) or not text[end + 1].isalnum()):
            if run.isdigit() and 7 <= len(run) <= 8:
                return [("dni", (before if before in "XYZ" else "") + run + after, start)]
        return []
    if ("," in run or ";" in run) and p.COORDS_RUN.fullmatch(run):
        return [("coords", run, start)]
    every: list[Candidate] = []
    offset = 0
    for part in _LIST_SPLIT.split(run):
        where = run.find(part, offset)
        offset = where + len(part)
        if len(part) >= 7 and part[0] in "+(0123456789":
            found = _single(text, part, start + where)
            if not found and " " in part:
                found = _spaced(text, part, start + where)
            every.extend(found)
    return every


def _spaced(text: str, run: str, start: int) -> list[Candidate]:
    """Several numbers in a row ("v1.2 +49 30 1234567 4111 1111 1111 1111"): the longest
    stretches of space-separated pieces that are something, left to right."""
    pieces = run.split(" ")
    offsets = []
    at = 0
    for piece in pieces:
        offsets.append(at)
        at += len(piece) + 1
    every: list[Candidate] = []
    first = 0
    while first < len(pieces):
        for last in range(len(pieces), first, -1):
            if last - first == len(pieces):
                continue  # the whole run was tried already
            part = " ".join(pieces[first:last])
            found = _single(text, part, start + offsets[first]) if len(part) >= 7 else []
            if found:
                every.extend(found)
                first = last
                break
        else:
            first += 1
    return every


def _single(text: str, run: str, start: int) -> list[Candidate]:
    if p.IPV4_RUN.fullmatch(run):
        return [("ipv4", run, start)]
    if run[0] == "(" and p.IPV4_RUN.fullmatch(run, 1):
        return [("ipv4", run[1:], start + 1)]  # a mail header's relay: `host (31.183.138.32)`
    digits = len(run.translate(_SEPARATORS))
    if ":" in run and (address := p.IPV4_PORT.fullmatch(run)) is not None:
        return [("ipv4", address.group(1), start)]  # `10.1.2.3:443`: an address and a port
    if digits < 7 or ":" in run or p.DATE_RUN.fullmatch(run.strip("()")) or (
            _COMPACT_DATE.fullmatch(run)):
        return []
    if p.SSN_RUN.fullmatch(run):
        return [("ssn", run, start)]
    found: list[Candidate] = []
    if digits in (9, 11) and (scheme := _id_label(text, start, digits)) is not None:
        return [(scheme, run, start)]  # `SSN=681774098`, `Steuer-ID 37 204 871 656`
    if 13 <= digits <= 15 and run[0] in "12" and p.NIR_RUN.fullmatch(run):
        found.append(("nir", run, start))
    if p.CARD_RUN.fullmatch(run) and 13 <= digits <= 19:
        found.append(("card", run, start))
        if card_ok(run):
            return found  # a valid card number read out over the phone is not a phone number
    # (thirteen digits or more in one block, no `00` before them: an IMEI, a tax number)
    # (`00` dials out of the country: a country code and a national number follow, ten
    # digits at least; "00650064" is a certificate's number)
    if 8 <= digits <= 15 and not (digits > 12 and run.isdigit() and run[:2] != "00") and not (
            run.startswith("00") and digits < 10) and (
            run[0] in "+(" or run.startswith("00") or p.PHONE_RUN.fullmatch(run)
            or _MOBILE.fullmatch(run) or _phone_cue(text, start)):
        found.append(("phone", run, start))
    elif digits == 7 and _LOCAL.fullmatch(run) and _phone_cue(text, start):
        found.append(("phone", run, start))  # a North American local number: "call 555-0143"
    return found


# Labels written just before a national number in text, by the number's digit count.
_ID_LABELS: Final = {
    9: ("ssn", ("ssn", "social security", "soc sec", "ss#", "ss #")),
    11: ("steuer_id", ("steuer", "idnr", "id-nr", "identifikationsnummer", "tax id", "tin")),
}


def _id_label(text: str, start: int, digits: int) -> str | None:
    """The scheme a label just before the number names (`SSN=`, `Steuer-ID:`), if any."""
    scheme, labels = _ID_LABELS[digits]
    window = text[max(0, start - 24):start].lower()
    return scheme if any(label in window for label in labels) else None


def _phone_cue(text: str, start: int) -> bool:
    window = text[max(0, start - 24):start].lower()
    # (a number after a passport's label is the passport's: "My passport number is ...")
    return any(cue in window for cue in _PHONE_CUES) and not any(
        word in window for word in p.PASSPORT_WORDS)
