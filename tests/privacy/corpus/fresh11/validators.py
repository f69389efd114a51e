"""Checksum and structure validators, written independently of the value generators."""

from __future__ import annotations

import re

IBAN_LENGTHS = {
    "AT": 20,
    "BE": 16,
    "CH": 21,
    "DE": 22,
    "ES": 24,
    "FR": 27,
    "GB": 22,
    "IE": 22,
    "IT": 27,
    "LU": 20,
    "NL": 18,
    "PL": 28,
    "PT": 25,
    "SE": 24,
    "DK": 18,
    "FI": 18,
    "NO": 15,
}
NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def luhn_ok(number: str) -> bool:
    digits = [int(ch) for ch in number if ch.isdigit()]
    if len(digits) < 12:
        return False
    total = 0
    for pos, digit in enumerate(digits[::-1]):
        total += digit if pos % 2 == 0 else (digit * 2 if digit < 5 else digit * 2 - 9)
    return total % 10 == 0


def card_brand_ok(number: str) -> bool:
    digits = re.sub(r"\D", "", number)
    n = len(digits)
    if n == 16 and digits[0] == "4":
        return True
    if n == 16 and (51 <= int(digits[:2]) <= 55 or 2221 <= int(digits[:4]) <= 2720):
        return True
    if n == 15 and digits[:2] in ("34", "37"):
        return True
    return n == 16 and (digits.startswith(("6011", "65")) or 644 <= int(digits[:3]) <= 649)


def iban_ok(value: str) -> bool:
    compact = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", compact):
        return False
    if IBAN_LENGTHS.get(compact[:2]) != len(compact):
        return False
    rotated = compact[4:] + compact[:4]
    numeric = "".join(str(int(ch, 36)) for ch in rotated)
    remainder = 0
    for chunk_start in range(0, len(numeric), 9):
        remainder = int(str(remainder) + numeric[chunk_start : chunk_start + 9]) % 97
    return remainder == 1


def aba_ok(value: str) -> bool:
    if not re.fullmatch(r"\d{9}", value):
        return False
    weights = (3, 7, 1) * 3
    return sum(int(d) * w for d, w in zip(value, weights, strict=True)) % 10 == 0


def ssn_ok(value: str) -> bool:
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", value)
    if not m:
        return False
    area, group, serial = m.groups()
    if area in ("000", "666") or area[0] == "9":
        return False
    return group != "00" and serial != "0000"


def nino_ok(value: str) -> bool:
    compact = value.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", compact):
        return False
    first, second = compact[0], compact[1]
    if first in NINO_BAD_FIRST or second in NINO_BAD_SECOND:
        return False
    return compact[:2] not in NINO_BAD_PREFIX


def steuer_id_ok(value: str) -> bool:
    if not re.fullmatch(r"[1-9]\d{10}", value):
        return False
    body = value[:10]
    counts = sorted((body.count(d) for d in set(body)), reverse=True)
    if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] > 1):
        return False
    if re.search(r"(\d)\1\1", body):
        return False
    product = 10
    for ch in body:
        s = (int(ch) + product) % 10 or 10
        product = (2 * s) % 11
    check = (11 - product) % 10
    return check == int(value[10])


def nir_ok(value: str) -> bool:
    compact = value.replace(" ", "")
    if not re.fullmatch(r"[12]\d{14}", compact):
        return False
    month = int(compact[3:5])
    if not (1 <= month <= 12 or 20 <= month <= 42 or 50 <= month <= 99):
        return False
    return 97 - int(compact[:13]) % 97 == int(compact[13:])


def dni_ok(value: str) -> bool:
    compact = value.replace("-", "").upper()
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", compact)
    if not m:
        return False
    prefix, digits, letter = m.groups()
    if prefix:
        if len(digits) != 7:
            return False
        digits = str("XYZ".index(prefix)) + digits
    elif len(digits) != 8:
        return False
    return DNI_LETTERS[int(digits) % 23] == letter


NATIONAL_ID_VALIDATORS = {
    "ssn": ssn_ok,
    "nino": nino_ok,
    "steuer_id": steuer_id_ok,
    "nir": nir_ok,
    "dni": dni_ok,
    "nie": dni_ok,
}
