"""Shape scanners shared by the generator guards and the checker."""

from __future__ import annotations

import re

from . import validators as v

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
SSN_SHAPE_RE = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
RUN_RE = re.compile(r"\d{7,}")
_DIGIT_SEQ = re.compile(r"(?<![\w.])\d+(?:[ -]\d+)*")
_IBAN_CAND = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){2,8}")
_NINO_CAND = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-Z](?![A-Za-z0-9])")
_STEUER_CAND = re.compile(r"(?<![\d])\d{2} ?\d{3} ?\d{3} ?\d{3}(?!\d)")
_NIR_CAND = re.compile(r"(?<!\d)[12] ?\d{2} ?\d{2} ?\d{2} ?\d{3} ?\d{3} ?\d{2}(?!\d)")
_DNI_CAND = re.compile(r"(?<![A-Za-z0-9])[XYZ]?\d{7,8}-?[A-Z](?![A-Za-z0-9])")


def cards_in(text: str) -> list[str]:
    """Luhn-valid card numbers (plain, spaced or dashed), including inside longer runs of groups."""
    found: list[str] = []
    for m in _DIGIT_SEQ.finditer(text):
        groups = re.split(r"[ -]", m.group(0))
        for i in range(len(groups)):
            total = ""
            for j in range(i, len(groups)):
                total += groups[j]
                if len(total) > 19:
                    break
                if len(total) >= 13 and v.is_card(total):
                    found.append(total)
    return found


def ibans_in(text: str) -> list[str]:
    found: list[str] = []
    for m in _IBAN_CAND.finditer(text):
        compact = m.group(0).replace(" ", "")
        for end in range(15, len(compact) + 1):
            if v.iban_ok(compact[:end]):
                found.append(compact[:end])
                break
    return found


def ssns_in(text: str) -> list[str]:
    return [m.group(0) for m in SSN_SHAPE_RE.finditer(text) if v.ssn_ok(m.group(0))]


def ninos_in(text: str) -> list[str]:
    return [m.group(0) for m in _NINO_CAND.finditer(text) if v.nino_ok(m.group(0))]


def steuer_ids_in(text: str) -> list[str]:
    return [m.group(0) for m in _STEUER_CAND.finditer(text) if v.steuer_id_ok(m.group(0))]


def nirs_in(text: str) -> list[str]:
    return [m.group(0) for m in _NIR_CAND.finditer(text) if v.nir_ok(m.group(0))]


def dnis_in(text: str) -> list[str]:
    return [m.group(0) for m in _DNI_CAND.finditer(text) if v.dni_ok(m.group(0))]


def checksummed_in(text: str) -> dict[str, list[str]]:
    """Every checksum-valid card, IBAN and national id in a text, by kind."""
    out: dict[str, list[str]] = {}
    cards = cards_in(text)
    if cards:
        out["payment_card"] = cards
    ibans = ibans_in(text)
    if ibans:
        out["bank_account"] = ibans
    ids = ssns_in(text) + ninos_in(text) + steuer_ids_in(text) + nirs_in(text) + dnis_in(text)
    if ids:
        out["national_id"] = ids
    return out


def accidental(text: str) -> list[str]:
    """Shapes that filler must never form."""
    hits: list[str] = []
    for rx in (EMAIL_RE, IPV4_RE, SSN_SHAPE_RE, RUN_RE):
        hits.extend(m.group(0) for m in rx.finditer(text))
    return hits
