"""Validate fresh3.jsonl: ``python -m tests.privacy.corpus.fresh3.check``.

Checks that the file is what the generator writes, that every record is well formed, that
every identifier the generator claims valid passes its checksum (and every deliberately
broken one fails), that no Luhn-valid card number or valid IBAN sits in a document without the
label, and that every special category has at least 30 documents. Prints suspicious strings
found in clean documents for review."""

from __future__ import annotations

import collections
import json
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from . import checksums as cs
from .build import HERE, build_with_values, write
from .gen import ALL_KINDS, SPECIAL
from .lexicon import FIRST, LAST

CARD_RUN = re.compile(r"(?<![\dA-Za-z])(?:\d[ -]?){12,18}\d(?![\d])")
IBAN_RUN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]*[a-z]{2,}", re.I)
IPV4 = re.compile(r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)"
                  r"(?![\d.])")
PHONEISH = re.compile(r"\+\d{1,3}[ (]")
LONGNUM = re.compile(r"\d{7,}")

NAMES = sorted({n for pool in (*FIRST.values(), *LAST.values()) for n in pool})
EVIDENCE = {"email": EMAIL,
            "ip_address": re.compile(IPV4.pattern + r"|[0-9a-f]{1,4}:[0-9a-f]{1,4}:"),
            "person_name": re.compile("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in NAMES),
                                      re.I)}
URL = re.compile(r"\w[\w+.-]*://\S+")
VALIDATORS = {"card": cs.luhn_ok, "iban": cs.iban_ok, "aba": cs.aba_ok, "ssn": cs.ssn_ok,
              "nino": cs.nino_ok, "steuer_id": cs.steuer_id_ok, "nir": cs.nir_ok,
              "dni": cs.dni_ok}
LABEL = {"card": "payment_card", "iban": "bank_account", "aba": "bank_account",
         "ssn": "national_id", "nino": "national_id", "steuer_id": "national_id",
         "nir": "national_id", "dni": "national_id"}


def _strings(node: Any) -> list[str]:
    if isinstance(node, dict):
        return [s for k, v in node.items() for s in [str(k), *_strings(v)]]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return [str(node)] if node is not None else []


def is_card(digits: str) -> bool:
    if not 13 <= len(digits) <= 19 or not cs.luhn_ok(digits):
        return False
    return (digits[0] == "4" or 51 <= int(digits[:2]) <= 55 or 2221 <= int(digits[:4]) <= 2720
            or digits[:2] in ("34", "37") or digits.startswith(("6011", "65"))
            or 644 <= int(digits[:3]) <= 649)


def main() -> int:
    problems: list[str] = []
    path = HERE / "fresh3.jsonl"
    with tempfile.TemporaryDirectory() as tmp:
        if write(Path(tmp)).read_bytes() != path.read_bytes():
            problems.append("fresh3.jsonl differs from what build.py writes; rebuild it")
    lines = path.read_text(encoding="utf-8").splitlines()
    records = []
    for n, line in enumerate(lines):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"line {n}: not JSON ({exc})")
            continue
        if set(rec) != {"id", "doc", "kinds", "note"}:
            problems.append(f"line {n}: keys {sorted(rec)}")
        if rec["kinds"] != sorted(set(rec["kinds"])):
            problems.append(f"line {n}: kinds not sorted/unique")
        bad = set(rec["kinds"]) - set(ALL_KINDS)
        if bad:
            problems.append(f"line {n}: unknown kinds {bad}")
        records.append(rec)
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")

    checked: collections.Counter[str] = collections.Counter()
    for (rec, values), stored in zip(build_with_values(), records, strict=True):
        text = json.dumps(stored["doc"], ensure_ascii=False)
        for scheme, value in values:
            good = not scheme.startswith("bad_")
            base = scheme.removeprefix("bad_")
            ok = VALIDATORS[base](value)
            checked[scheme] += 1
            if ok != good:
                problems.append(f"{rec['id']}: {scheme} {value!r} validator says {ok}")
            compact = re.sub(r"[ -]", "", value)
            if value not in text and compact not in re.sub(r"[ -]", "", text):
                problems.append(f"{rec['id']}: {scheme} {value!r} not found in the document")
            if good and LABEL[base] not in rec["kinds"]:
                problems.append(f"{rec['id']}: {scheme} inserted but {LABEL[base]} not labeled")

    for rec in records:
        kinds = set(rec["kinds"])
        for s in _strings(rec["doc"]):
            for m in CARD_RUN.finditer(s):
                digits = re.sub(r"\D", "", m.group())
                if is_card(digits) and "payment_card" not in kinds:
                    problems.append(f"{rec['id']}: Luhn-valid card-like {m.group()!r} unlabeled")
            for m in IBAN_RUN.finditer(s):
                if cs.iban_ok(m.group()) and "bank_account" not in kinds:
                    problems.append(f"{rec['id']}: valid IBAN {m.group()!r} unlabeled")
        if "payment_card" in kinds and not any(
                is_card(re.sub(r"\D", "", m.group())) for s in _strings(rec["doc"])
                for m in CARD_RUN.finditer(s)):
            problems.append(f"{rec['id']}: labeled payment_card but no Luhn-valid number found")
        text = " ".join(_strings(rec["doc"]))
        # neither the local part of an e-mail address nor a handle (b.penhaligon) is a name
        if "person_name" not in kinds:
            for name in NAMES:
                if re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", EMAIL.sub(" ", text), re.I):
                    problems.append(f"{rec['id']}: name {name!r} present, person_name unlabeled")
        if "email" not in kinds:
            for m in EMAIL.finditer(URL.sub(" ", text)):
                if not m.group().endswith((".png", ".jpg", ".svg")):
                    problems.append(f"{rec['id']}: e-mail {m.group()!r} unlabeled")
        if "ip_address" not in kinds:
            for m in IPV4.finditer(text):
                problems.append(f"{rec['id']}: IPv4 {m.group()!r} unlabeled")
        for kind, rx in EVIDENCE.items():
            if kind in kinds and not rx.search(text):
                problems.append(f"{rec['id']}: labeled {kind} but no evidence found")
        if not kinds:
            for s in _strings(rec["doc"]):
                for rx, what in ((EMAIL, "email"), (IPV4, "ipv4"), (PHONEISH, "phone"),
                                 (LONGNUM, "long number")):
                    for m in rx.finditer(s):
                        print(f"review {rec['id']}: {what} {m.group()!r}")

    counts = collections.Counter(k for r in records for k in r["kinds"])
    for kind in SPECIAL:
        if counts[kind] < 30:
            problems.append(f"{kind}: only {counts[kind]} documents")
    clean = sum(1 for r in records if not r["kinds"])
    print(f"{len(records)} documents, {clean} clean; identifiers checked: {dict(checked)}")
    for kind in ALL_KINDS:
        print(f"  {kind:<24}{counts[kind]:>5}")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
