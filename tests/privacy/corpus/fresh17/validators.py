"""Checksum validators and scanners written for fresh17 (stdlib only)."""

from __future__ import annotations

import re
from collections import Counter

# ---------------------------------------------------------------- Luhn / cards


def luhn_ok(digits: str) -> bool:
    if not digits.isdigit() or len(digits) < 2:
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_check_digit(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError(body)


_CARD_RES = [
    re.compile(r"(?<!\d)\d{13,19}(?!\d)"),
    re.compile(r"(?<!\d)\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{3})?(?![\d])"),
    re.compile(r"(?<!\d)\d{4}([ -])\d{6}\1\d{5}(?!\d)"),
]


def find_cards(text: str) -> list[str]:
    """All Luhn-valid 13-19 digit card-shaped numbers (plain, spaced, dashed)."""
    out = []
    for rx in _CARD_RES:
        for m in rx.finditer(text):
            digits = re.sub(r"\D", "", m.group(0))
            if 13 <= len(digits) <= 19 and luhn_ok(digits):
                out.append(m.group(0))
    return out


def has_card_like(text: str) -> bool:
    return bool(find_cards(text))


# ---------------------------------------------------------------- IBAN

IBAN_LEN = {
    "DE": 22,
    "FR": 27,
    "ES": 24,
    "GB": 22,
    "NL": 18,
    "IT": 27,
    "AT": 20,
    "BE": 16,
    "CH": 21,
    "PL": 28,
    "PT": 25,
    "IE": 22,
    "LU": 20,
    "DK": 18,
}


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_make(country: str, bban: str) -> str:
    check = 98 - _iban_num(bban + country + "00") % 97
    return f"{country}{check:02d}{bban}"


_IBAN_RE = re.compile(r"(?<![A-Z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,34}")


def find_ibans(text: str) -> list[str]:
    out = []
    for m in _IBAN_RE.finditer(text):
        compact = m.group(0).replace(" ", "")
        n = IBAN_LEN.get(compact[:2])
        if n and len(compact) >= n and iban_ok(compact[:n]):
            out.append(compact[:n])
    return out


def iban_spaced(iban: str) -> str:
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


# ---------------------------------------------------------------- ABA routing


def aba_ok(s: str) -> bool:
    if not re.fullmatch(r"\d{9}", s):
        return False
    d = [int(c) for c in s]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0


# ---------------------------------------------------------------- national ids


def ssn_ok(s: str) -> bool:
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s)
    if not m:
        return False
    area, group, serial = m.groups()
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


_NINO_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")


def nino_ok(s: str) -> bool:
    return bool(_NINO_RE.fullmatch(s.replace(" ", "").upper()))


def steuer_check_digit(d10: str) -> int:
    product = 10
    for ch in d10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    check = 11 - product
    return 0 if check == 10 else check


def steuer_id_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", s):
        return False
    c = Counter(s[:10])
    multi = [d for d, n in c.items() if n > 1]
    if len(multi) != 1 or c[multi[0]] not in (2, 3):
        return False
    return steuer_check_digit(s[:10]) == int(s[10])


def nir_ok(s: str) -> bool:
    s = s.replace(" ", "")
    if not re.fullmatch(r"[12]\d{14}", s):
        return False
    return 97 - int(s[:13]) % 97 == int(s[13:])


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(s: str) -> bool:
    s = s.replace("-", "").replace(" ", "").upper()
    m = re.fullmatch(r"(\d{8})([A-Z])", s)
    if m:
        return DNI_LETTERS[int(m.group(1)) % 23] == m.group(2)
    m = re.fullmatch(r"([XYZ])(\d{7})([A-Z])", s)
    if m:
        n = int("XYZ".index(m.group(1)).__str__() + m.group(2))
        return DNI_LETTERS[n % 23] == m.group(3)
    return False


CHECKS = {
    "luhn": lambda v: luhn_ok(re.sub(r"[ -]", "", v)),
    "iban": iban_ok,
    "aba": aba_ok,
    "ssn": ssn_ok,
    "nino": nino_ok,
    "steuer_id": steuer_id_ok,
    "nir": nir_ok,
    "dni": dni_ok,
}
