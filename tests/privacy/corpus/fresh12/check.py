"""Verify fresh12.jsonl: `python -m tests.privacy.corpus.fresh12.check [--stats]`."""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from typing import Any

from . import validators as v
from . import values
from .build import FILE, HERE, render
from .families import FAMILIES
from .sweep import find

KINDS = {
    "health",
    "genetic",
    "biometric",
    "racial_ethnic_origin",
    "political_opinion",
    "religious_belief",
    "trade_union",
    "sex_life_orientation",
    "criminal_record",
    "payment_card",
    "bank_account",
    "national_id",
    "passport",
    "credential",
    "precise_location",
    "email",
    "phone",
    "ip_address",
    "date_of_birth",
    "postal_address",
    "person_name",
}
ID_RE = re.compile(r"fresh12-(\d{4})-([a-z0-9_]+)")
TAG_RE = re.compile(r"(?:text:([a-z_]+)/(en|de|fr|es)|([a-z_]+):[\w.+-]+)")
# Kinds whose every labeled document must show at least one checkable instance.
PROVABLE = {
    "payment_card",
    "email",
    "ip_address",
    "precise_location",
    "credential",
    "national_id",
    "bank_account",
}


def note_kinds(note: str, family: str) -> tuple[set[str], list[str]]:
    problems: list[str] = []
    head, _, tags = note.partition(": ")
    if head != family:
        problems.append(f"note family {head!r} != {family!r}")
    if tags == "clean":
        return set(), problems
    out = set()
    for tag in tags.split(" "):
        m = TAG_RE.fullmatch(tag)
        if not m:
            problems.append(f"bad tag {tag!r}")
            continue
        out.add(m.group(1) or m.group(3))
    return out, problems


def check_validators() -> list[str]:
    rng = random.Random(97)
    cases: list[tuple[str, Any, Any]] = [
        (
            "card",
            lambda ok: values.card(rng, rng.choice(("visa", "mastercard", "amex", "discover")), ok),
            v.luhn_ok,
        ),
        ("iban", lambda ok: values.iban(rng, rng.choice(tuple(values.IBAN_BBAN)), ok), v.iban_ok),
        ("aba", lambda ok: values.aba(rng, ok), v.aba_ok),
        ("ssn", lambda ok: values.ssn(rng, ok), v.ssn_ok),
        ("nino", lambda ok: values.nino(rng, ok), v.nino_ok),
        ("steuer_id", lambda ok: values.steuer_id(rng, ok), v.steuer_id_ok),
        ("nir", lambda ok: values.nir(rng, ok), v.nir_ok),
        ("dni", lambda ok: values.dni(rng, ok), v.dni_ok),
        ("nie", lambda ok: values.nie(rng, ok), v.dni_ok),
    ]
    problems = []
    for name, gen, ok in cases:
        for _ in range(3000):
            good, bad = gen(True), gen(False)
            if not ok(good):
                problems.append(f"validator rejects generated {name} {good}")
                break
            if ok(bad):
                problems.append(f"validator accepts deliberately wrong {name} {bad}")
                break
    known = {
        "4111111111111111": True,
        "4111111111111112": False,
        "DE89370400440532013000": True,
        "GB82WEST12345698765432": True,
        "GB82WEST12345698765431": False,
    }
    for s, want in known.items():
        got = v.iban_ok(s) if s[:2].isalpha() else v.luhn_ok(s)
        if got != want:
            problems.append(f"validator wrong on reference value {s}")
    return problems


SWEEP_PROBES: tuple[tuple[Any, set[str]], ...] = (
    ({"n": "4111 1111 1111 1111"}, {"payment_card"}),
    ({"n": "4111 1111 1111 1112"}, set()),
    ({"iban": "DE89 3704 0044 0532 0130 00"}, {"bank_account"}),
    ({"iban": "DE89 3704 0044 0532 0130 01"}, set()),
    ({"x": "ssn 123-45-6789"}, {"national_id"}),
    ({"x": "987-65-4320"}, set()),
    ({"x": "NI AB123456C"}, {"national_id"}),
    ({"x": "GB123456A"}, set()),
    ({"x": "Jane Doe <jane.doe@example.com>"}, {"email"}),
    (["logo@2x.png", "lodash@4.17.21"], set()),
    ({"ip": "10.0.0.1"}, {"ip_address"}),
    ({"ip": "2001:db8::1"}, {"ip_address"}),
    (["10.0.19045.3803", "1.3.6.1.2.1.1.3.0", "00:1a:2b:3c:4d:5e", "12:30:45"], set()),
    ({"lat": 51.5074, "lon": -0.1278}, {"precise_location"}),
    ({"lat": 51.51, "lon": -0.13, "rate": 1.0834}, set()),
    ({"key": "AKIAIOSFODNN7EXAMPLE"}, {"credential"}),
    ({"password": "********", "client_secret": "[REDACTED]", "k": "sk_live_****"}, set()),
    ({"password": "Winter2026!"}, {"credential"}),
)


def check_sweep() -> list[str]:
    return [
        f"sweep finds {sorted(find(doc))} in probe {doc!r}, expected {sorted(want)}"
        for doc, want in SWEEP_PROBES
        if find(doc) != want
    ]


def check(stats: bool = False) -> list[str]:
    problems = check_validators() + check_sweep()
    text = (HERE / FILE).read_text(encoding="utf-8")
    if text != render():
        problems.append("fresh12.jsonl differs from a fresh build")
    names = {name for name, _, _ in FAMILIES}
    counts: Counter[str] = Counter()
    clean = 0
    lines = text.splitlines()
    for n, line in enumerate(lines, start=1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"line {n}: {exc}")
            continue
        if not isinstance(rec, dict) or list(rec) != ["id", "doc", "kinds", "note"]:
            problems.append(f"line {n}: fields must be id, doc, kinds, note")
            continue
        m = ID_RE.fullmatch(rec["id"])
        if not m or int(m.group(1)) != n or m.group(2) not in names:
            problems.append(f"line {n}: bad id {rec['id']!r}")
            continue
        kinds = rec["kinds"]
        if kinds != sorted(set(kinds)) or not set(kinds) <= KINDS:
            problems.append(f"{rec['id']}: kinds not sorted, unique and valid")
        from_note, p = note_kinds(rec["note"], m.group(2))
        problems += [f"{rec['id']}: {x}" for x in p]
        if from_note != set(kinds):
            problems.append(f"{rec['id']}: kinds {kinds} != note kinds {sorted(from_note)}")
        found = find(rec["doc"])
        if found - set(kinds):
            problems.append(f"{rec['id']}: unlabeled look-alike {sorted(found - set(kinds))}")
        named_field = "routing+account" in rec["note"] or "sort_code+account" in rec["note"]
        provable = PROVABLE - ({"bank_account"} if named_field else set())
        missing = (set(kinds) & provable) - find(rec["doc"], loose=True)
        if missing:
            problems.append(f"{rec['id']}: labeled but not found {sorted(missing)}")
        counts.update(kinds)
        clean += not kinds
    if stats:
        print(f"documents {len(lines)}, clean {clean} ({clean / max(len(lines), 1):.1%})")
        for k in sorted(KINDS):
            print(f"  {k:22} {counts[k]}")
    return problems


def main(argv: list[str]) -> None:
    problems = check("--stats" in argv)
    print("\n".join(problems[:60]) if problems else "ok")
    if problems:
        print(f"{len(problems)} problems")
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1:])
