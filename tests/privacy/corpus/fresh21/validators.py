"""Checksums and structure tests for the checksummed kinds."""

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
    "NL": 18,
    "PT": 25,
}

DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"

_NINO = re.compile(
    r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]",
)


def digits_of(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


def luhn_ok(digits: str) -> bool:
    if not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_digit(partial: str) -> str:
    for d in "0123456789":
        if luhn_ok(partial + d):
            return d
    raise AssertionError("unreachable")


def card_brand(digits: str) -> str | None:
    """The card network a number's prefix and length belong to, if any."""
    n = len(digits)
    if not digits.isdigit() or n < 13:
        return None
    if digits[0] == "4" and n in (13, 16, 19):
        return "visa"
    if digits[:2] in ("34", "37") and n == 15:
        return "amex"
    p2, p3, p4 = int(digits[:2]), int(digits[:3]), int(digits[:4])
    if (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and n == 16:
        return "mastercard"
    if (digits.startswith(("6011", "65")) or 644 <= p3 <= 649) and n in (16, 19):
        return "discover"
    return None


def is_card(s: str) -> bool:
    d = re.sub(r"[ -]", "", s)
    return card_brand(d) is not None and luhn_ok(d)


def iban_ok(s: str) -> bool:
    t = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", t):
        return False
    if IBAN_LENGTHS.get(t[:2]) != len(t):
        return False
    rearranged = t[4:] + t[:4]
    num = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(num) % 97 == 1


def iban_check_digits(country: str, bban: str) -> str:
    num = "".join(str(int(ch, 36)) for ch in bban + country + "00")
    return f"{98 - int(num) % 97:02d}"


def ssn_ok(s: str) -> bool:
    d = s.replace("-", "").replace(" ", "")
    if not re.fullmatch(r"\d{9}", d):
        return False
    area, group, serial = d[:3], d[3:5], d[5:]
    if area in ("000", "666") or area[0] == "9":
        return False
    return group != "00" and serial != "0000"


def nino_ok(s: str) -> bool:
    return _NINO.fullmatch(s.replace(" ", "").upper()) is not None


def steuer_id_check_digit(first10: str) -> int:
    product = 10
    for ch in first10:
        total = (int(ch) + product) % 10
        if total == 0:
            total = 10
        product = (2 * total) % 11
    check = 11 - product
    return 0 if check == 10 else check


def steuer_id_ok(s: str) -> bool:
    d = s.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", d):
        return False
    head = d[:10]
    counts = sorted((head.count(x) for x in set(head)), reverse=True)
    if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] != 1):
        return False
    return steuer_id_check_digit(head) == int(d[10])


def nir_key(first13: str) -> int:
    return 97 - int(first13) % 97


def nir_ok(s: str) -> bool:
    d = s.replace(" ", "")
    if not re.fullmatch(r"[12]\d{14}", d):
        return False
    if not 1 <= int(d[3:5]) <= 12:
        return False
    return nir_key(d[:13]) == int(d[13:])


def dni_ok(s: str) -> bool:
    t = s.replace("-", "").replace(".", "").replace(" ", "").upper()
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", t)
    if m is None:
        return False
    prefix, num, letter = m.groups()
    if prefix:
        if len(num) != 7:
            return False
        num = str("XYZ".index(prefix)) + num
    elif len(num) != 8:
        return False
    return DNI_LETTERS[int(num) % 23] == letter


def aba_ok(s: str) -> bool:
    if not re.fullmatch(r"\d{9}", s):
        return False
    d = [int(ch) for ch in s]
    total = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])
    return total % 10 == 0


# Validators by mark tag: a kind mark with one of these tags must pass, a decoy with
# the tag "decoy:<tag>" must fail.
BY_TAG = {
    "card": is_card,
    "iban": iban_ok,
    "ssn": ssn_ok,
    "nino": nino_ok,
    "steuer_id": steuer_id_ok,
    "nir": nir_ok,
    "dni": dni_ok,
    "nie": dni_ok,
    "aba": aba_ok,
}
