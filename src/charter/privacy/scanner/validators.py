"""Checksums and format rules that turn a digit string into evidence.

Every function takes the candidate as found (separators allowed where the format has them)
and answers True only when the format *and* its check digit (if it has one) hold. They are
pure and cheap; callers run them only on candidates a pattern already picked out.
"""

from __future__ import annotations

import ipaddress
import re
from typing import Final

_SEPARATORS: Final = str.maketrans("", "", " -./")


def digits_only(text: str) -> str:
    """`text` without the separators card, account and id numbers are written with."""
    return text.translate(_SEPARATORS)


def luhn_ok(number: str) -> bool:
    """The Luhn (mod 10) check over a string of digits."""
    total = 0
    for index, char in enumerate(reversed(number)):
        digit = ord(char) - 48
        if index % 2:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


# Issuer prefixes and lengths (ISO/IEC 7812 ranges of the major networks). A Luhn check alone
# passes one random number in ten, so the prefix and length must fit a real network too.
_CARD_RULES: Final[tuple[tuple[tuple[int, int], int, frozenset[int]], ...]] = (
    ((4, 4), 1, frozenset({13, 16, 19})),                 # Visa
    ((51, 55), 2, frozenset({16})),                       # Mastercard
    ((2221, 2720), 4, frozenset({16})),                   # Mastercard 2-series
    ((34, 34), 2, frozenset({15})), ((37, 37), 2, frozenset({15})),  # Amex
    ((6011, 6011), 4, frozenset({16, 19})), ((65, 65), 2, frozenset({16, 19})),  # Discover
    ((644, 649), 3, frozenset({16, 19})),
    ((3528, 3589), 4, frozenset({16, 17, 18, 19})),       # JCB
    ((300, 305), 3, frozenset({14, 16})), ((36, 36), 2, frozenset({14, 16})),  # Diners
    ((38, 39), 2, frozenset({14, 16})),
    ((62, 62), 2, frozenset({16, 17, 18, 19})),           # UnionPay
    ((50, 50), 2, frozenset({16, 18, 19})), ((56, 58), 2, frozenset({16, 18, 19})),  # Maestro
    ((67, 67), 2, frozenset({16, 18, 19})),
)


def card_ok(candidate: str) -> bool:
    """A payment card number: known network prefix and length, Luhn-valid, not one digit."""
    number = digits_only(candidate)
    if not number.isdigit() or not 13 <= len(number) <= 19 or len(set(number)) < 2:
        return False
    for (low, high), width, lengths in _CARD_RULES:
        if len(number) in lengths and low <= int(number[:width]) <= high:
            return luhn_ok(number)
    return False


# IBAN lengths by country (ISO 13616 registry); an IBAN of another length is not one.
_IBAN_LENGTHS: Final[dict[str, int]] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28,
    "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23,
    "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26,
    "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20,
    "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18,
    "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24,
    "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24,
    "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}


def iban_ok(candidate: str) -> bool:
    """An IBAN: registered country, its length, and the ISO 7064 mod-97 check equal to 1."""
    iban = candidate.replace(" ", "").replace("-", "").upper()
    if _IBAN_LENGTHS.get(iban[:2]) != len(iban) or not iban[2:4].isdigit():
        return False
    if not iban.isalnum() or not iban.isascii():
        return False
    rearranged = iban[4:] + iban[:4]
    return int("".join(str(int(char, 36)) for char in rearranged)) % 97 == 1


def aba_routing_ok(candidate: str) -> bool:
    """A US ABA routing number: nine digits, weights 3-7-1, sum divisible by ten."""
    number = digits_only(candidate)
    if len(number) != 9 or not number.isdigit() or len(set(number)) < 3:
        return False
    weights = (3, 7, 1) * 3
    return sum(int(d) * w for d, w in zip(number, weights, strict=True)) % 10 == 0


_SSN: Final = re.compile(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})")


def ssn_ok(candidate: str) -> bool:
    """A US SSN by the SSA's rules: area not 000, 666 or 9xx; group and serial not zero.

    Famous sample numbers (078-05-1120, 123-45-6789) are still SSN-shaped data in a payload
    and are reported; the scanner cannot tell a sample from a real one.
    """
    match = _SSN.fullmatch(candidate.strip())
    if match is None:
        return False
    area, group, serial = match.groups()
    return (area not in {"000", "666"} and area[0] != "9" and group != "00"
            and serial != "0000")


_NINO: Final = re.compile(
    r"([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])")
_NINO_BAD_PREFIXES: Final = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})


def nino_ok(candidate: str) -> bool:
    """A UK National Insurance number: HMRC's allowed prefix letters and suffix A-D."""
    match = _NINO.fullmatch(candidate.strip().upper())
    return match is not None and match.group(1) + match.group(2) not in _NINO_BAD_PREFIXES


_DNI_LETTERS: Final = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(candidate: str) -> bool:
    """A Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter), letter checked."""
    text = candidate.replace("-", "").replace(" ", "").upper()
    if len(text) != 9 or not text[-1].isalpha():
        return False
    body = text[:-1]
    if body[0] in "XYZ":
        body = str("XYZ".index(body[0])) + body[1:]
    if not body.isdigit():
        return False
    return _DNI_LETTERS[int(body) % 23] == text[-1]


def nir_ok(candidate: str) -> bool:
    """A French NIR (numéro de sécurité sociale): 13 digits + a 2-digit key, 97 - n mod 97.

    Months 20-42 and 50+ are INSEE's codes for unknown or fictitious months.
    """
    text = candidate.replace(" ", "").replace(".", "").upper()
    if len(text) != 15 or text[0] not in "12" or not text[13:].isdigit():
        return False
    # Corsica: departments 2A and 2B count as 19 and 18 (INSEE's rule).
    body = text[:13].replace("2A", "19", 1).replace("2B", "18", 1)
    if not body.isdigit():
        return False
    month = int(body[3:5])
    if not (1 <= month <= 12 or 20 <= month <= 42 or month >= 50):
        return False
    return 97 - int(body) % 97 == int(text[13:])


def bsn_ok(candidate: str) -> bool:
    """A Dutch BSN: nine digits passing the "11-test" (weights 9..2 and -1)."""
    number = digits_only(candidate)
    if len(number) != 9 or not number.isdigit() or len(set(number)) < 3:
        return False
    total = sum(int(d) * w for d, w in zip(number[:8], range(9, 1, -1), strict=True))
    return (total - int(number[8])) % 11 == 0


def steuer_id_ok(candidate: str) -> bool:
    """A German tax id (Steuer-IdNr): 11 digits, no leading zero, ISO 7064 mod 11,10 check."""
    number = digits_only(candidate)
    if len(number) != 11 or not number.isdigit() or number[0] == "0":
        return False
    product = 10
    for char in number[:10]:
        total = (int(char) + product) % 10 or 10
        product = (total * 2) % 11
    check = 11 - product
    return (0 if check == 10 else check) == int(number[10])


def sin_ok(candidate: str) -> bool:
    """A Canadian SIN: nine digits, Luhn-valid, not starting with 8 (never issued)."""
    number = digits_only(candidate)
    return len(number) == 9 and number.isdigit() and number[0] != "8" and luhn_ok(number)


def national_id_ok(candidate: str) -> bool:
    """Any of the national identifier formats above (for values of fields named as one).

    A value written exactly in a checkable format (`123-45-0000` as an SSN, `12345678A` as a
    DNI) that fails its check is a typo or a test value, not someone's identifier.
    """
    text = candidate.strip()
    checked = _checked(text)
    if checked is not None:
        return checked
    return (nino_ok(text) or nir_ok(text) or bsn_ok(text) or steuer_id_ok(text)
            or sin_ok(text) or _GENERIC_ID.fullmatch(text) is not None)


def fails_its_check(candidate: str) -> bool:
    """Written exactly as a checkable national number (an SSN, a DNI or NIE) that fails its
    check: a typo or a test value."""
    return _checked(candidate.strip()) is False


def _checked(text: str) -> bool | None:
    """The check of a number written in a checkable format (an SSN, a DNI or NIE); None for
    any other format."""
    if _SSN_SHAPE.fullmatch(text):
        return ssn_ok(text)
    if _DNI_SHAPE.fullmatch(text.upper()):
        return dni_ok(text)
    return None


_SSN_SHAPE: Final = re.compile(r"\d{3}-\d{2}-\d{4}")
_DNI_SHAPE: Final = re.compile(r"[XYZ]?\d{7,8}-?[A-Z]")


# Other countries' ids in a field named as a national id: 6-20 letters/digits with at least
# five digits (Italian codice fiscale, Brazilian CPF, Indian Aadhaar, Swiss AHV...).
# (seven characters at least: no national scheme is shorter, and a staff badge, `B14611`,
# under a German `Ausweis` key is)
_GENERIC_ID: Final = re.compile(r"(?=(?:[^0-9]*[0-9]){5})[A-Za-z0-9][A-Za-z0-9 .\-/]{5,22}"
                                r"[A-Za-z0-9]")


def ip_ok(candidate: str) -> bool:
    """A syntactically valid IPv4 or IPv6 address (not a network, not a version string)."""
    try:
        ipaddress.ip_address(candidate)
    except ValueError:
        return False
    return True


def decimals(number: float | str) -> int:
    """The number of digits after the decimal point, as the value was written."""
    text = number if isinstance(number, str) else repr(number)
    if "e" in text or "E" in text:
        return 0
    _, _, fraction = text.partition(".")
    return len(fraction)
