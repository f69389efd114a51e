"""Pattern detectors shared by the generators (to keep filler and decoys inert) and by check.py."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from . import validators as v

_GROUPS = re.compile(r"(?<![\d.])\d+(?:[ -]\d+)*(?!\d)")
_IBAN_START = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2})(\d{2})")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,})")
_NOT_TLD = {"png", "jpg", "jpeg", "svg", "gif", "webp", "pdf"}
_IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d])")
_IPV6 = re.compile(
    r"(?<![0-9A-Fa-f:])(?:(?:[0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}"
    r"|(?:[0-9a-fA-F]{1,4}:){1,6}:(?:[0-9a-fA-F]{1,4}(?::[0-9a-fA-F]{1,4})*)?)(?![0-9A-Fa-f:])"
)
_SSN = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
_NINO = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])")
_DNI = re.compile(r"(?<![A-Za-z0-9])[XYZ]?\d{7,8}-?[A-Z](?![A-Za-z0-9])")
_RUN11 = re.compile(r"(?<!\d)\d{11}(?!\d)")
_NIR = re.compile(r"(?<![\d ])[12] ?\d{2} ?\d{2} ?\d{2} ?\d{3} ?\d{3} ?\d{2}(?![\d])")


def card_windows(s: str) -> Iterator[str]:
    """Every run of digit groups (joined by one space or dash) of 13-19 digits, group-aligned."""
    for m in _GROUPS.finditer(s):
        groups = re.split(r"[ -]", m.group(0))
        for i in range(len(groups)):
            total = ""
            for g in groups[i:]:
                total += g
                if len(total) > 19:
                    break
                if len(total) >= 13:
                    yield total


def luhn_hits(s: str) -> list[str]:
    return [w for w in card_windows(s) if v.luhn_ok(w)]


def iban_hits(s: str) -> list[str]:
    out = []
    for m in _IBAN_START.finditer(s):
        want = v.IBAN_LENGTHS.get(m.group(1))
        if not want:
            continue
        chars = []
        i = m.start()
        while i < len(s) and len(chars) < want:
            ch = s[i]
            if ch.isalnum() and ch.isascii():
                chars.append(ch)
            elif ch == " " and chars and i + 1 < len(s) and s[i + 1].isalnum():
                pass
            else:
                break
            i += 1
        cand = "".join(chars)
        if len(cand) == want and v.iban_ok(cand):
            out.append(cand)
    return out


def email_hits(s: str) -> list[str]:
    return [m.group(0) for m in _EMAIL.finditer(s) if m.group(1).lower() not in _NOT_TLD]


def ip_hits(s: str) -> list[str]:
    out = [m.group(0) for m in _IPV4.finditer(s) if all(int(g) <= 255 for g in m.groups())]
    out += [m.group(0) for m in _IPV6.finditer(s) if m.group(0).count(":") >= 2]
    return out


def national_id_hits(s: str) -> list[str]:
    out = [m.group(0) for m in _SSN.finditer(s) if v.ssn_ok(m.group(0))]
    out += [m.group(0) for m in _NINO.finditer(s) if v.nino_ok(m.group(0))]
    out += [m.group(0) for m in _DNI.finditer(s) if v.dni_ok(m.group(0))]
    out += [m.group(0) for m in _RUN11.finditer(s) if v.steuer_id_ok(m.group(0))]
    out += [m.group(0) for m in _NIR.finditer(s) if v.nir_ok(m.group(0))]
    return out


DETECTORS = {
    "payment_card": luhn_hits,
    "bank_account": iban_hits,
    "email": email_hits,
    "ip_address": ip_hits,
    "national_id": national_id_hits,
}


def hits(s: str) -> set[str]:
    return {kind for kind, fn in DETECTORS.items() if fn(s)}


def strings(doc: Any) -> Iterator[str]:
    """All keys, strings and numbers of a JSON value, as text."""
    if isinstance(doc, dict):
        for k, val in doc.items():
            yield str(k)
            yield from strings(val)
    elif isinstance(doc, list):
        for item in doc:
            yield from strings(item)
    elif isinstance(doc, str):
        yield doc
    elif isinstance(doc, bool) or doc is None:
        return
    else:
        yield str(doc)


def doc_hits(doc: Any) -> set[str]:
    found: set[str] = set()
    for s in strings(doc):
        found |= hits(s)
    return found
