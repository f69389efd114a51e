"""Validator for fresh6.jsonl: ``python -m tests.privacy.corpus.fresh6.check`` prints ok.

Checks that every line parses, ids and kinds are well formed, the file is exactly what the
seeded generator produces, each special category is in at least 30 documents, about a third
of the documents are clean, and that no checksum-valid look-alike sits in a document that is
not labeled with its kind (and every document labeled with a card has a Luhn-valid number).
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from . import build
from .gen import KINDS, SPECIAL, iban_ok, luhn_ok, steuer_check

HERE = Path(__file__).resolve().parent
CARDISH = re.compile(r"(?<![\w.])[23456](?:[ -]?\d){12,18}(?![\w])")
IBANISH = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
SSN = re.compile(r"(?<![\w-])(\d{3})-?(\d{2})-?(\d{4})(?![\w-])")
ELEVEN = re.compile(r"(?<![\w])\d{11}(?![\w])")
NIR = re.compile(r"(?<![\w])([12]) ?(\d\d) ?(\d\d) ?(\d\d) ?(\d{3}) ?(\d{3}) ?(\d\d)(?![\w])")
DNI = re.compile(r"\b([XYZ]?)(\d{7,8})([A-Z])\b")
NINO = re.compile(r"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d\d ?\d\d ?\d\d ?[A-D]\b")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.(?!png\b|webp\b|jpg\b)[a-z]{2,}\b")
IPV4 = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w.])")


def strings(v: Any) -> list[str]:
    if isinstance(v, dict):
        return [s for kk, vv in v.items() for s in [kk, *strings(vv)]]
    if isinstance(v, list):
        return [s for x in v for s in strings(x)]
    if isinstance(v, str):
        return [v]
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return [str(v)]
    return []


def lookalikes(doc: Any) -> set[str]:
    """Kinds that a checksum or pattern proves to be present."""
    found: set[str] = set()
    for s in strings(doc):
        if any(
            luhn_ok(m.group()) and 13 <= sum(ch.isdigit() for ch in m.group()) <= 19
            for m in CARDISH.finditer(s)
        ):
            found.add("payment_card")
        if any(iban_ok(m.group()) for m in IBANISH.finditer(s)):
            found.add("bank_account")
        for m in SSN.finditer(s):
            a, g, n = m.groups()
            if a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000":
                found.add("national_id")
        for m in ELEVEN.finditer(s):
            d = m.group()
            if d[0] != "0" and steuer_check(d[:10]) == int(d[10]) and 8 <= len(set(d[:10])) <= 9:
                found.add("national_id")
        for m in NIR.finditer(s):
            g = m.groups()
            if 97 - int("".join(g[:6])) % 97 == int(g[6]):
                found.add("national_id")
        for m in DNI.finditer(s):
            p, n, letter = m.groups()
            num = int(str("XYZ".index(p)) + n) if p else int(n)
            if (p or len(n) == 8) and "TRWAGMYFPDXBNJZSQVHLCKE"[num % 23] == letter:
                found.add("national_id")
        if NINO.search(s) and not re.search(r"\b(?:BG|GB|NK|KN|TN|NT|ZZ)", NINO.search(s).group()):  # type: ignore[union-attr]
            found.add("national_id")
        if any("://" not in s[: m.start()] for m in EMAIL.finditer(s)):
            found.add("email")
        if any(all(int(x) <= 255 for x in m.group().split(".")) for m in IPV4.finditer(s)):
            found.add("ip_address")
    return found


def main() -> int:
    path = HERE / "fresh6.jsonl"
    problems: list[str] = []
    records = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            problems.append(f"line {n}: {exc}")
    ids = set()
    per_kind: Counter[str] = Counter()
    for r in records:
        rid_, kinds = r.get("id", ""), r.get("kinds")
        if (
            set(r) != {"id", "doc", "kinds", "note"}
            or not re.fullmatch(r"fresh6-\d{4}-[a-z0-9_]+", rid_)
            or rid_ in ids
        ):
            problems.append(f"{rid_}: bad record shape or id")
        ids.add(rid_)
        if kinds != sorted(set(kinds)) or not set(kinds) <= set(KINDS):
            problems.append(f"{rid_}: kinds not sorted/unique/valid: {kinds}")
        family = rid_.split("-", 2)[-1]
        if not r["note"].startswith(family + ": "):
            problems.append(f"{rid_}: note does not name the family")
        per_kind.update(kinds)
        seen = lookalikes(r["doc"])
        for kind in sorted(seen - set(kinds)):
            problems.append(f"{rid_}: unlabeled look-alike {kind}")
        if "payment_card" in kinds and "payment_card" not in seen:
            problems.append(f"{rid_}: labeled payment_card without a Luhn-valid number")
        if "iban" in r["note"] and "bank_account" not in seen:
            problems.append(f"{rid_}: iban inserted but none validates")
    for kind in SPECIAL:
        if per_kind[kind] < 30:
            problems.append(f"{kind}: only {per_kind[kind]} documents")
    clean = sum(1 for r in records if not r["kinds"])
    if not 0.28 <= clean / len(records) <= 0.40:
        problems.append(f"clean share {clean}/{len(records)}")
    with tempfile.TemporaryDirectory() as tmp:
        build.main([tmp])
        if (Path(tmp) / "fresh6.jsonl").read_bytes() != path.read_bytes():
            problems.append("fresh6.jsonl differs from what build.py generates")
    for p in problems:
        print(p)
    if problems:
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
