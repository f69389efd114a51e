"""Structural scans shared by the generator (to reject accidental kinds in
filler) and by check.py (to verify the labels in both directions)."""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from . import validators as V

EMAIL = re.compile(r"(?<![:/A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@"
                   r"[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4 = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")
IPV6 = re.compile(r"(?<![0-9A-Za-z:])[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){1,6}::"
                  r"(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4}){0,5})?(?![0-9A-Za-z:])")
COORD_STR = re.compile(r"(?<![\d.])(-?\d{1,2}\.\d{4,})\s*,\s*(-?\d{1,3}\.\d{4,})(?![\d.])")
SSN = re.compile(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])")
DNI = re.compile(r"(?<![A-Za-z0-9])([XYZ]?\d{7,8}[A-Z])(?![A-Za-z0-9])")
NINO = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D])(?![A-Za-z0-9])")
STEUER = re.compile(r"(?<![\d ])(\d{2} ?\d{3} ?\d{3} ?\d{3})(?![\d])")
NIR = re.compile(r"(?<![\d])([12] ?\d{2} ?\d{2} ?\d{2} ?\d{3} ?\d{3} ?\d{2})(?![\d])")

LAT_KEYS = {"lat", "latitude"}
LON_KEYS = {"lon", "lng", "long", "longitude"}


def _decimals(v: Any) -> int:
    s = v if isinstance(v, str) else repr(v)
    if not re.fullmatch(r"-?\d+\.\d+", s):
        return 0
    return len(s.split(".")[1])


def _is_num(v: Any) -> bool | re.Match[str] | None:
    return ((isinstance(v, (int, float)) and not isinstance(v, bool))
            or (isinstance(v, str) and re.fullmatch(r"-?\d+\.\d+", v)))


def strings(doc: Any) -> Iterator[str]:
    """Every string leaf and the text of every number."""
    if isinstance(doc, dict):
        for k, v in doc.items():
            yield str(k)
            yield from strings(v)
    elif isinstance(doc, list):
        for v in doc:
            yield from strings(v)
    elif isinstance(doc, str):
        yield doc
    elif isinstance(doc, bool) or doc is None:
        return
    else:
        yield repr(doc)


def texts(doc: Any) -> Iterator[str]:
    """Both views of a document: its JSON serialisation and each leaf."""
    yield json.dumps(doc, ensure_ascii=False)
    yield from strings(doc)


def precise_coords(doc: Any) -> list[tuple[Any, ...]]:
    found: list[tuple[Any, ...]] = []

    def walk(x: Any) -> None:
        if isinstance(x, dict):
            lat = [v for k, v in x.items() if str(k).lower() in LAT_KEYS]
            lon = [v for k, v in x.items() if str(k).lower() in LON_KEYS]
            for a in lat:
                for b in lon:
                    if _is_num(a) and _is_num(b) and _decimals(a) >= 4 and _decimals(b) >= 4:
                        found.append((a, b))
            for v in x.values():
                walk(v)
        elif isinstance(x, list):
            if len(x) == 2 and all(isinstance(v, float) for v in x) \
                    and all(_decimals(v) >= 4 for v in x) \
                    and abs(x[0]) <= 180 and abs(x[1]) <= 180:
                found.append(tuple(x))
            for v in x:
                walk(v)
        elif isinstance(x, str):
            for m in COORD_STR.finditer(x):
                before = x[:m.start()].rstrip()
                after = x[m.end():].lstrip()
                if re.search(r"\d,$", before) or re.match(r",\s*-?\d", after):
                    continue   # part of a longer number list (an embedding), not a pair
                found.append(m.groups())

    walk(doc)
    return found


def cards(doc: Any) -> set[str]:
    out: set[str] = set()
    for t in texts(doc):
        out.update(V.card_candidates(t))
    return out


def ibans(doc: Any) -> set[str]:
    out: set[str] = set()
    for t in texts(doc):
        out.update(V.iban_candidates(t))
    return out


def emails(doc: Any) -> set[str]:
    out: set[str] = set()
    for t in strings(doc):
        for m in EMAIL.finditer(t):
            if re.match(r"\d", t[m.start():].split("@", 1)[1]):
                continue
            out.add(m.group())
    return out


def ipv4s(doc: Any) -> set[str]:
    out: set[str] = set()
    for t in strings(doc):
        for m in IPV4.finditer(t):
            if all(int(g) <= 255 for g in m.groups()):
                out.add(m.group())
    return out


def ipv6s(doc: Any) -> set[str]:
    out: set[str] = set()
    for t in strings(doc):
        out.update(m.group() for m in IPV6.finditer(t))
    return out


def national_ids(doc: Any) -> set[str]:
    out: set[str] = set()
    for t in strings(doc):
        out.update(nids_in_text(t))
    return out


def nids_in_text(t: str) -> set[str]:
    """Checksum-valid national identifiers in one string."""
    out: set[str] = set()
    for m in SSN.finditer(t):
        if V.ssn_ok(m.group()):
            out.add(m.group())
    for m in DNI.finditer(t):
        if V.dni_ok(m.group(1)):
            out.add(m.group(1))
    for m in NINO.finditer(t):
        if V.nino_ok(m.group(1)):
            out.add(m.group(1))
    for m in STEUER.finditer(t):
        if V.steuer_ok(m.group(1)):
            out.add(m.group(1))
    for m in NIR.finditer(t):
        if V.nir_ok(m.group(1)):
            out.add(m.group(1))
    return out


def undashed_ssn(doc: Any) -> list[str]:
    """SSNs written without dashes (only looked for where an ssn was inserted:
    nine-digit passport and account numbers have the same shape)."""
    return [m.group() for t in strings(doc)
            for m in re.finditer(r"(?<!\d)\d{9}(?!\d)", t) if V.ssn_ok(m.group())]


def problems(doc: Any, kinds: list[str], tags: list[str]) -> list[str]:
    """Label/structure disagreements for one document (empty list = fine)."""
    ks = set(kinds)
    out = []
    c = cards(doc)
    if c and "payment_card" not in ks:
        out.append(f"Luhn-valid number(s) {sorted(c)} without payment_card")
    if "payment_card" in ks and not c:
        out.append("payment_card label but no Luhn-valid number")
    ib = ibans(doc)
    if ib and "bank_account" not in ks:
        out.append(f"valid IBAN(s) {sorted(ib)} without bank_account")
    if "bank_account" in ks and not ib and not any(t in ("bank:us", "bank:uk") for t in tags):
        out.append("bank_account label but no IBAN or named bank fields")
    em = emails(doc)
    if em and "email" not in ks:
        out.append(f"e-mail(s) {sorted(em)} without email")
    if "email" in ks and not em:
        out.append("email label but no e-mail address")
    ip4 = ipv4s(doc)
    if ip4 and "ip_address" not in ks:
        out.append(f"IPv4 {sorted(ip4)} without ip_address")
    if "ip_address" in ks and not ip4 and not ipv6s(doc):
        out.append("ip_address label but no IP")
    geo = precise_coords(doc)
    if geo and "precise_location" not in ks:
        out.append(f"precise coordinates {geo[:2]} without precise_location")
    if "precise_location" in ks and not geo:
        out.append("precise_location label but no 4-decimal coordinate pair")
    nid = national_ids(doc)
    if nid and "national_id" not in ks:
        out.append(f"valid national id(s) {sorted(nid)} without national_id")
    if "national_id" in ks and not nid and not ("ssn" in tags and undashed_ssn(doc)):
        out.append("national_id label but no valid national id")
    return out
