"""Validator for ``fresh8.jsonl``: ``python -m tests.privacy.corpus.fresh8.check``.

Prints ``ok`` or one line per problem (and exits 1). See NOTES.md for the list of checks.
"""

from __future__ import annotations

import json
import random
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import build, fill, gen, verify
from .ctx import ALL_KINDS, HIGH_RISK, SPECIAL

MIN_SPECIAL_SUPPORT = 30
CLEAN_SHARE = (0.28, 0.40)
MIN_FAMILIES = 80
GENERATOR_SAMPLES = 400


def tag_kind(tag: str) -> str | None:
    """Kind a note tag stands for; None for ``clean`` and ``decoy:`` tags."""
    if tag == "clean" or tag.startswith("decoy:"):
        return None
    if tag.startswith("text:"):
        return tag[len("text:"):].split("/")[0]
    return tag.split(":")[0]


def check_record(number: int, line: str) -> tuple[list[str], dict[str, Any] | None]:
    problems: list[str] = []
    where = f"line {number}"
    try:
        rec = json.loads(line)
    except json.JSONDecodeError as exc:
        return [f"{where}: not JSON ({exc})"], None
    if not isinstance(rec, dict) or set(rec) != {"id", "doc", "kinds", "note"}:
        return [f"{where}: record must have exactly id, doc, kinds, note"], None
    family, _, tags_text = str(rec["note"]).partition(": ")
    if rec["id"] != f"{build.CORPUS}-{number:04d}-{family}":
        problems.append(f"{where}: id {rec['id']!r} is not numbered {number:04d} for {family}")
    kinds = rec["kinds"]
    if kinds != sorted(set(kinds)):
        problems.append(f"{where}: kinds not sorted and unique")
    if not set(kinds) <= ALL_KINDS:
        problems.append(f"{where}: unknown kinds {sorted(set(kinds) - ALL_KINDS)}")
    tags = tags_text.split()
    from_tags = {k for k in map(tag_kind, tags) if k is not None}
    if from_tags != set(kinds):
        problems.append(f"{where}: note tags give {sorted(from_tags)}, kinds are {kinds}")
    if ("clean" in tags) != (not kinds):
        problems.append(f"{where}: 'clean' tag must appear exactly when kinds is empty")
    problems += [f"{rec['id']}: {p}" for p in look_alikes(rec["doc"], set(kinds))]
    return problems, rec


def look_alikes(doc: Any, kinds: set[str]) -> list[str]:
    """Unlabeled checkable look-alikes, and labeled high-risk kinds with nothing checkable."""
    texts = list(verify.strings(doc))
    found: dict[str, list[Any]] = {
        "payment_card": [c for _, t in texts for c in verify.find_cards(t)],
        "bank_account": [i for _, t in texts for i in verify.find_ibans(t)]
        + verify.find_named_bank(doc),
        "national_id": [n for k, t in texts for n in verify.find_national_ids(t, k)]
        + verify.find_typed_ids(doc),
        "passport": verify.find_passports(doc),
        "credential": verify.find_credentials(doc),
        "precise_location": verify.find_coords(doc),
        "email": [e for _, t in texts for e in verify.find_emails(t)],
        "ip_address": [i for _, t in texts for i in verify.find_ips(t)],
    }
    problems = []
    for kind, hits in found.items():
        if hits and kind not in kinds:
            problems.append(f"unlabeled {kind}: {str(hits[0])[:60]!r}")
    for kind in HIGH_RISK:
        if kind in kinds and not found[kind]:
            problems.append(f"labeled {kind} but no checkable instance")
    return problems


def check_generators() -> list[str]:
    """Generated values pass the independent validators; decoys fail them."""
    rng = random.Random("fresh8-generator-check")
    valid: list[tuple[str, Callable[[], str], Callable[[str], bool]]] = [
        ("card", lambda: gen.card_digits(rng, rng.choice(list(gen.CARD_PREFIXES))),
         lambda v: verify.luhn_ok(v) and verify.card_shape_ok(v)),
        ("iban", lambda: gen.iban(rng, rng.choice(list(gen.IBAN_LAYOUT))), verify.iban_ok),
        ("ssn", lambda: gen.ssn(rng, rng.random() < 0.5), verify.ssn_ok),
        ("nino", lambda: gen.nino(rng, rng.random() < 0.5), verify.nino_ok),
        ("steuer_id", lambda: gen.steuer_id(rng, rng.random() < 0.5), verify.steuer_id_ok),
        ("nir", lambda: gen.nir(rng, rng.random() < 0.5), verify.nir_ok),
        ("dni", lambda: gen.dni(rng), verify.dni_ok),
        ("nie", lambda: gen.nie(rng), verify.dni_ok),
        ("aba", lambda: gen.aba_routing(rng), verify.aba_ok),
    ]
    invalid: list[tuple[str, Callable[[], str], Callable[[str], bool]]] = [
        ("luhn_failing_card", lambda: fill.luhn_failing_card(rng), verify.luhn_ok),
        ("bad_iban", lambda: fill.bad_iban(rng, rng.choice(["DE", "FR", "ES", "GB"])),
         verify.iban_ok),
    ]
    problems = []
    for name, make, ok in valid:
        bad = [v for v in (make() for _ in range(GENERATOR_SAMPLES)) if not ok(v)]
        if bad:
            problems.append(f"generator {name} produced invalid {bad[0]!r}")
    for name, make, ok in invalid:
        bad = [v for v in (make() for _ in range(GENERATOR_SAMPLES)) if ok(v)]
        if bad:
            problems.append(f"decoy {name} produced a valid value {bad[0]!r}")
    return problems


def check_corpus(path: Path) -> list[str]:
    problems: list[str] = []
    raw = path.read_bytes()
    if raw != build.render().encode("utf-8"):
        problems.append(f"{path.name} differs from a fresh build (run the build module)")
    records = []
    for number, line in enumerate(raw.decode("utf-8").splitlines(), start=1):
        line_problems, rec = check_record(number, line)
        problems += line_problems
        if rec is not None:
            records.append(rec)
    support = Counter(k for r in records for k in r["kinds"])
    for kind in SPECIAL:
        if support[kind] < MIN_SPECIAL_SUPPORT:
            problems.append(f"{kind} in {support[kind]} documents (< {MIN_SPECIAL_SUPPORT})")
    if records:
        share = sum(1 for r in records if not r["kinds"]) / len(records)
        if not CLEAN_SHARE[0] <= share <= CLEAN_SHARE[1]:
            problems.append(f"clean share {share:.3f} outside {CLEAN_SHARE}")
    families = {str(r["note"]).partition(":")[0] for r in records}
    if len(families) < MIN_FAMILIES:
        problems.append(f"{len(families)} families (< {MIN_FAMILIES})")
    return problems


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else Path(__file__).with_name(build.FILE_NAME)
    problems = check_generators() + check_corpus(path)
    for problem in problems:
        print(problem)
    if not problems:
        print("ok")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
