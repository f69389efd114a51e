"""Check fresh11.jsonl: `python -m tests.privacy.corpus.fresh11.check [--stats]`."""

from __future__ import annotations

import json
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import build, sweep
from . import validators as v
from .values import Ctx

KINDS = (
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
)
ID_RE = re.compile(r"fresh11-(\d{4})-([a-z0-9_]+)")
TAG_RE = re.compile(r"text:([a-z_]+)/(en|de|fr|es)|([a-z_]+):[A-Za-z0-9_/]+")
# kinds whose every occurrence the sweep can find, so a label must be backed by a detection
CHECKABLE = (
    "payment_card",
    "bank_account",
    "national_id",
    "email",
    "ip_address",
    "precise_location",
    "credential",
)
SAMPLES = 400


def check_record(line_no: int, line: str) -> tuple[list[str], dict[str, Any] | None]:
    problems: list[str] = []
    where = f"line {line_no}"
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return [f"{where}: not JSON ({exc})"], None
    if not isinstance(rec, dict) or list(rec) != ["id", "doc", "kinds", "note"]:
        return [f"{where}: fields must be id, doc, kinds, note in that order"], None
    m = ID_RE.fullmatch(rec["id"])
    if not m or int(m.group(1)) != line_no:
        problems.append(f"{where}: bad or out-of-order id {rec['id']!r}")
    kinds = rec["kinds"]
    if kinds != sorted(set(kinds)) or not set(kinds) <= set(KINDS):
        problems.append(f"{where}: kinds not sorted, unique and valid: {kinds}")
    family, _, tag_text = rec["note"].partition(": ")
    if m and family != m.group(2):
        problems.append(f"{where}: note family {family!r} differs from id")
    tags = tag_text.split(", ")
    note_kinds: set[str] = set()
    if tags != ["clean"]:
        for tag in tags:
            tm = TAG_RE.fullmatch(tag)
            kind = (tm.group(1) or tm.group(3)) if tm else ""
            if kind not in KINDS:
                problems.append(f"{where}: bad tag {tag!r}")
            note_kinds.add(kind)
    if sorted(note_kinds) != kinds:
        problems.append(f"{where}: kinds {kinds} differ from note kinds {sorted(note_kinds)}")
    found = sweep.detect(rec["doc"])
    for kind in sorted(found - set(kinds)):
        problems.append(f"{where} {rec['id']}: unlabeled {kind} look-alike")
    for kind in CHECKABLE:
        if kind in kinds and kind not in found:
            problems.append(f"{where} {rec['id']}: labeled {kind} but none detected")
    return problems, rec


def check_generators() -> list[str]:
    problems: list[str] = []
    good: dict[str, tuple[Callable[[Ctx], str], Callable[[str], bool]]] = {
        "card": (lambda c: c.card(), lambda s: v.luhn_ok(s) and v.card_brand_ok(s)),
        "iban": (lambda c: c.iban(), v.iban_ok),
        "routing": (lambda c: c.routing(), v.aba_ok),
        "ssn": (lambda c: c.ssn(c.chance(0.5)), v.ssn_ok),
        "nino": (lambda c: c.nino(), v.nino_ok),
        "steuer_id": (lambda c: c.steuer_id(), v.steuer_id_ok),
        "nir": (lambda c: c.nir(), v.nir_ok),
        "dni": (lambda c: c.dni(), v.dni_ok),
        "nie": (lambda c: c.nie(), v.dni_ok),
    }
    bad: dict[str, tuple[Callable[[Ctx], str], Callable[[str], bool]]] = {
        "bad_card": (lambda c: c.bad_card(), v.luhn_ok),
        "bad_iban": (lambda c: c.bad_iban(), v.iban_ok),
        "bad_ssn": (lambda c: c.bad_ssn(), v.ssn_ok),
        "bad_nino": (lambda c: c.bad_nino(), v.nino_ok),
        "bad_steuer_id": (lambda c: c.bad_steuer_id(), v.steuer_id_ok),
        "bad_nir": (lambda c: c.bad_nir(), v.nir_ok),
        "bad_dni": (lambda c: c.bad_dni(), v.dni_ok),
        "imei_is_not_a_card": (lambda c: c.imei(), v.card_brand_ok),
    }
    for expect, table in ((True, good), (False, bad)):
        for name, (gen, ok) in table.items():
            ctx = Ctx(len(name) * 7919, "en_us", False)
            for _ in range(SAMPLES):
                value = gen(ctx)
                if ok(value) != expect:
                    problems.append(f"generator {name}: {value!r} validates {not expect}")
                    break
    for name, value, expect in (
        ("ssn 000", "000-12-3456", False),
        ("ssn 666", "666-12-3456", False),
        ("ssn 9xx", "912-12-3456", False),
        ("ssn group", "123-00-4567", False),
        ("nino QQ", "QQ123456C", False),
        ("iban DE", "DE89370400440532013000", True),
        ("iban GB", "GB82WEST12345698765432", True),
        ("luhn", "4111111111111111", True),
        ("aba", "021000021", True),
        ("dni", "12345678Z", True),
        ("nie", "X1234567L", True),
        ("nir", "1 84 12 76 451 089 46", True),
        ("steuer", "86095742719", True),
    ):
        checker = {
            "ssn": v.ssn_ok,
            "nino": v.nino_ok,
            "iban": v.iban_ok,
            "luhn": v.luhn_ok,
            "aba": v.aba_ok,
            "dni": v.dni_ok,
            "nie": v.dni_ok,
            "nir": v.nir_ok,
            "steuer": v.steuer_id_ok,
        }[name.split()[0]]
        if checker(value) != expect:
            problems.append(f"validator {name}: {value!r} should be {expect}")
    return problems


def check_coverage(records: list[dict[str, Any]]) -> list[str]:
    """Every special category occurs as free text in every language at least once."""
    seen = {t for r in records for t in r["note"].split(": ", 1)[1].split(", ")}
    return [
        f"no free text for {kind} in {lang}"
        for kind in KINDS[:9]
        for lang in ("en", "de", "fr", "es")
        if f"text:{kind}/{lang}" not in seen
    ]


def stats(records: list[dict[str, Any]]) -> str:
    support = Counter(k for r in records for k in r["kinds"])
    clean = sum(1 for r in records if not r["kinds"])
    families = Counter(r["id"].split("-", 2)[2] for r in records)
    langs = Counter(
        t.split("/")[1]
        for r in records
        for t in r["note"].split(": ", 1)[1].split(", ")
        if t.startswith("text:")
    )
    lines = [
        f"documents {len(records)}, clean {clean} ({clean / len(records):.1%}), "
        f"families {len(families)}"
    ]
    lines += [f"  {k:22} {support[k]}" for k in KINDS]
    lines.append(
        "  text tags by language: " + ", ".join(f"{k} {n}" for k, n in sorted(langs.items()))
    )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    path = build.HERE / build.FILE_NAME
    problems: list[str] = []
    records: list[dict[str, Any]] = []
    text = path.read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        found, rec = check_record(number, line)
        problems += found
        if rec is not None:
            records.append(rec)
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / build.FILE_NAME
        fresh.write_text(build.render(build.build()), encoding="utf-8")
        if fresh.read_bytes() != path.read_bytes():
            problems.append(f"{path.name} differs from a fresh build")
    problems += check_generators()
    problems += check_coverage(records)
    print("\n".join(problems[:60]) if problems else "ok")
    if len(problems) > 60:
        print(f"... {len(problems) - 60} more")
    if "--stats" in argv and records:
        print(stats(records))
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
