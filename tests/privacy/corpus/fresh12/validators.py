"""Checksum validators, written independently of the constructors in `values.py`."""

from __future__ import annotations

import re

IBAN_LENGTHS = {
    "DE": 22,
    "GB": 22,
    "FR": 27,
    "ES": 24,
    "NL": 18,
    "IT": 27,
    "BE": 16,
    "AT": 20,
    "IE": 22,
    "CH": 21,
    "PL": 28,
    "PT": 25,
    "LU": 20,
}


def luhn_ok(number: str) -> bool:
    ds = [int(c) for c in number if c.isdigit()]
    if not 12 <= len(ds) <= 19:
        return False
    odd = ds[-1::-2]
    even = [sum(divmod(2 * d, 10)) for d in ds[-2::-2]]
    return (sum(odd) + sum(even)) % 10 == 0


def iban_ok(text: str) -> bool:
    s = text.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LENGTHS.get(s[:2]) != len(s):
        return False
    rearranged = s[4:] + s[:4]
    rem = 0
    for ch in rearranged:
        val = ord(ch) - 55 if ch.isalpha() else int(ch)
        rem = (rem * (100 if val > 9 else 10) + val) % 97
    return rem == 1


def aba_ok(number: str) -> bool:
    if not re.fullmatch(r"\d{9}", number):
        return False
    d = [int(c) for c in number]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def ssn_ok(text: str) -> bool:
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", text)
    if not m:
        return False
    area, group, serial = m.groups()
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def nino_ok(text: str) -> bool:
    s = text.replace(" ", "")
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}[A-D]", s)
    if not m:
        return False
    a, b = m.groups()
    if a in "DFIQUV" or b in "DFIQUVO":
        return False
    return a + b not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")


def steuer_id_ok(text: str) -> bool:
    if not re.fullmatch(r"[1-9]\d{10}", text):
        return False
    first = text[:10]
    counts = sorted((first.count(d) for d in set(first)), reverse=True)
    if counts[0] not in (2, 3) or counts[1:].count(1) != len(counts) - 1:
        return False
    if counts[0] == 3 and any(first[i] == first[i + 1] == first[i + 2] for i in range(8)):
        return False
    # ISO 7064 MOD 11,10
    p = 10
    for c in first:
        s = (int(c) + p) % 10
        p = (2 * (10 if s == 0 else s)) % 11
    check = 11 - p
    return (0 if check == 10 else check) == int(text[10])


def nir_ok(text: str) -> bool:
    s = text.replace(" ", "")
    if not re.fullmatch(r"[12]\d{4}(\d{2}|2A|2B)\d{6}\d{2}", s):
        return False
    body = s[:13].replace("2A", "19").replace("2B", "18")
    return 97 - int(body) % 97 == int(s[13:])


def dni_ok(text: str) -> bool:
    s = text.upper()
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m:
        return False
    lead, num, letter = m.groups()
    if lead:
        if len(num) != 7:
            return False
        num = "XYZ".index(lead).__str__() + num
    elif len(num) != 8:
        return False
    return "TRWAGMYFPDXBNJZSQVHLCKE"[int(num) % 23] == letter
