"""Checksum validators written for fresh16 (stdlib only)."""

from __future__ import annotations

import re

_IBAN_LEN = {
    "DE": 22,
    "FR": 27,
    "ES": 24,
    "GB": 22,
    "AT": 20,
    "BE": 16,
    "NL": 18,
    "IT": 27,
    "CH": 21,
}


def luhn_ok(digits: str) -> bool:
    if not digits.isdigit() or len(digits) < 2:
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_check_digit(partial: str) -> str:
    for d in "0123456789":
        if luhn_ok(partial + d):
            return d
    raise AssertionError


def _iban_num(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    if _IBAN_LEN.get(s[:2]) not in (None, len(s)):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_check_digits(cc: str, bban: str) -> str:
    return f"{98 - _iban_num(bban + cc + '00') % 97:02d}"


def aba_ok(r: str) -> bool:
    if not re.fullmatch(r"\d{9}", r):
        return False
    d = [int(x) for x in r]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def ssn_ok(s: str) -> bool:
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


_NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_ok(s: str) -> bool:
    t = s.replace(" ", "").upper()
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}([A-D])", t)
    if not m:
        return False
    a, b, _ = m.groups()
    if a in "DFIQUV" or b in "DFIOQUV":
        return False
    return (a + b) not in _NINO_BAD_PREFIX


def steuer_id_check(first10: str) -> int:
    product = 10
    for ch in first10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


def steuer_id_ok(s: str) -> bool:
    t = s.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", t):
        return False
    head = t[:10]
    counts = sorted((head.count(d) for d in dict.fromkeys(head)), reverse=True)
    if counts[0] == 2:
        if counts.count(2) != 1:
            return False
    elif counts[0] == 3:
        if counts.count(3) != 1 or counts.count(2) != 0:
            return False
        for i in range(8):
            if head[i] == head[i + 1] == head[i + 2]:
                return False
    else:
        return False
    return steuer_id_check(head) == int(t[10])


def nir_ok(s: str) -> bool:
    t = s.replace(" ", "")
    if not re.fullmatch(r"[12]\d{2}(0[1-9]|1[0-2])\d{10}", t):
        return False
    return 97 - int(t[:13]) % 97 == int(t[13:])


_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_letter(n: int) -> str:
    return _DNI_LETTERS[n % 23]


def dni_ok(s: str) -> bool:
    t = s.replace("-", "").replace(" ", "").upper()
    m = re.fullmatch(r"(\d{8})([A-Z])", t)
    if m:
        return dni_letter(int(m.group(1))) == m.group(2)
    m = re.fullmatch(r"([XYZ])(\d{7})([A-Z])", t)
    if m:
        return dni_letter(int(str("XYZ".index(m.group(1))) + m.group(2))) == m.group(3)
    return False


# --- scanning helpers shared by build and check -------------------------------------------

_DIGIT_RUN = re.compile(r"\d(?:[ -]?\d)*")


def luhn_runs(text: str) -> list[str]:
    """Luhn-valid 13-19 digit maximal runs (digits optionally separated by single spaces/dashes)."""
    out = []
    for m in _DIGIT_RUN.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d):
            out.append(d)
    return out


_IBAN_COMPACT = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}[A-Z0-9]{10,30}(?![A-Za-z0-9])")
_IBAN_SPACED = re.compile(
    r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?(?![A-Za-z0-9])"
)


def valid_ibans(text: str) -> list[str]:
    out = []
    for rx in (_IBAN_COMPACT, _IBAN_SPACED):
        for m in rx.finditer(text):
            if iban_ok(m.group()):
                out.append(m.group().replace(" ", ""))
    return out
