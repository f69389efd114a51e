"""Independent validators for the checksummed identifiers in the fresh13 corpus.

These are written separately from the constructors in ``values.py`` so that each side
checks the other.
"""

from __future__ import annotations

import re

# Total IBAN length per country (ISO 13616 registry, a broad subset).
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BR": 29, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18,
    "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22,
    "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22,
    "IL": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LI": 21,
    "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27,
    "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25,
    "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SE": 24, "SI": 19, "SK": 24, "SM": 27,
    "TN": 24, "TR": 26, "UA": 29, "VG": 24, "XK": 20,
}

_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
_NINO_BAD_FIRST = set("DFIQUV")
_NINO_BAD_SECOND = set("DFIOQUV")
_NINO_BAD_PAIRS = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def digits_of(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def luhn_ok(number: str) -> bool:
    """Luhn (mod 10) over the digits of ``number``; separators are spaces and dashes."""
    if not number or any(ch not in "0123456789 -" for ch in number):
        return False
    digits = [int(ch) for ch in digits_of(number)]
    if len(digits) < 12:
        return False
    parity = len(digits) % 2
    total = 0
    for idx, d in enumerate(digits):
        if idx % 2 == parity:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_brand(number: str) -> str | None:
    """Brand of a card number by prefix and length, or None."""
    d = digits_of(number)
    n = len(d)
    if d.startswith("4") and n in (13, 16, 19):
        return "visa"
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return "mastercard"
    if n == 15 and d[:2] in ("34", "37"):
        return "amex"
    if n in (16, 19) and (d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649):
        return "discover"
    return None


def iban_ok(value: str) -> bool:
    s = value.replace(" ", "").replace("-", "")
    if not s.isascii() or not s.isalnum() or s != s.upper():
        return False
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    if IBAN_LENGTHS.get(s[:2]) != len(s):
        return False
    rem = 0
    for ch in s[4:] + s[:4]:
        if ch.isdigit():
            rem = (rem * 10 + int(ch)) % 97
        else:
            rem = (rem * 100 + ord(ch) - 55) % 97
    return rem == 1


def aba_ok(value: str) -> bool:
    d = value.strip()
    if not re.fullmatch(r"\d{9}", d):
        return False
    if not (0 <= int(d[:2]) <= 12 or 21 <= int(d[:2]) <= 32 or 61 <= int(d[:2]) <= 72):
        return False
    weights = (3, 7, 1) * 3
    return sum(int(x) * w for x, w in zip(d, weights, strict=True)) % 10 == 0


def ssn_ok(value: str) -> bool:
    m = re.fullmatch(r"(\d{3})(-?)(\d{2})\2(\d{4})", value.strip())
    if not m:
        return False
    area, group, serial = m.group(1), m.group(3), m.group(4)
    if area in ("000", "666") or area.startswith("9"):
        return False
    return group != "00" and serial != "0000"


def nino_ok(value: str) -> bool:
    s = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", s):
        return False
    if s[0] in _NINO_BAD_FIRST or s[1] in _NINO_BAD_SECOND:
        return False
    return s[:2] not in _NINO_BAD_PAIRS


def steuer_id_ok(value: str) -> bool:
    s = value.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    head = s[:10]
    counts = sorted((head.count(x) for x in set(head)), reverse=True)
    if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] > 1):
        return False
    if counts[0] == 3 and any(head[i] == head[i + 1] == head[i + 2] for i in range(8)):
        return False
    product = 10
    for ch in head:
        total = (int(ch) + product) % 10 or 10
        product = (2 * total) % 11
    return (11 - product) % 10 == int(s[10])


def nir_ok(value: str) -> bool:
    s = value.replace(" ", "").upper()
    m = re.fullmatch(r"([1-478])(\d{2})(\d{2})(\d{2}|2A|2B)(\d{3})(\d{3})(\d{2})", s)
    if not m:
        return False
    month = int(m.group(3))
    if not (1 <= month <= 12 or 20 <= month <= 42 or 50 <= month <= 99):
        return False
    dept = m.group(4)
    body = s[:5] + {"2A": "19", "2B": "18"}.get(dept, dept) + s[7:13]
    key = int(m.group(7))
    return 97 - int(body) % 97 == key


def dni_ok(value: str) -> bool:
    s = value.replace("-", "").replace(" ", "").upper()
    if not re.fullmatch(r"\d{8}[A-Z]", s):
        return False
    return _DNI_LETTERS[int(s[:8]) % 23] == s[8]


def nie_ok(value: str) -> bool:
    s = value.replace("-", "").replace(" ", "").upper()
    if not re.fullmatch(r"[XYZ]\d{7}[A-Z]", s):
        return False
    number = int(str("XYZ".index(s[0])) + s[1:8])
    return _DNI_LETTERS[number % 23] == s[8]


def mrz_digit_ok(field: str, check: str) -> bool:
    """ICAO 9303 check digit (weights 7, 3, 1; ``<`` is 0, letters A=10 .. Z=35)."""
    weights = (7, 3, 1)
    total = 0
    for i, ch in enumerate(field):
        if ch == "<":
            v = 0
        elif ch.isdigit():
            v = int(ch)
        else:
            v = ord(ch) - 55
        total += v * weights[i % 3]
    return str(total % 10) == check


def ean13_ok(value: str) -> bool:
    if not re.fullmatch(r"\d{13}", value):
        return False
    total = sum(int(ch) * (3 if i % 2 else 1) for i, ch in enumerate(value[:12]))
    return (10 - total % 10) % 10 == int(value[12])


NATIONAL_ID_VALIDATORS = {
    "ssn": ssn_ok,
    "nino": nino_ok,
    "steuer_id": steuer_id_ok,
    "nir": nir_ok,
    "dni": dni_ok,
    "nie": nie_ok,
}
