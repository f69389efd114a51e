"""Verify the fresh13 corpus: ``python -m tests.privacy.corpus.fresh13.check [--stats]``.

Exits non-zero on any problem. Checks the record format and id numbering, that ``kinds``
equals the kinds named by the note's tags, that the file is byte-identical to ``render()``,
the validators against the constructors and published reference values, the look-alike
sweep in both directions, and the coverage targets.
"""

from __future__ import annotations

import json
import random
import re
import statistics
import sys
from collections import Counter

from . import validators as v
from . import values
from .build import FILE, HERE, render
from .ctx import KINDS, LANGS, SPECIAL
from .families import FAMILIES
from .sweep import provable, scan

ID_RE = re.compile(r"fresh13-(\d{4})-([a-z0-9_]+)")
TAG_RE = re.compile(r"(?:text:([a-z_]+)/([a-z]+)|([a-z_]+):([a-z0-9_]+))")
TEXT_LANGS = (*LANGS, "mix")
MIN_SPECIAL = 40
MIN_OTHER = 25
CLEAN_SHARE = (0.28, 0.40)

# Words whose innocent use must show up in clean documents, per special category.
LOOKALIKE_WORDS = {
    "health": ["health", "salud", "santé", "allerg", "pregnan", "prescription"],
    "genetic": ["genetic", "gene", "genom", "genét"],
    "biometric": ["biometric", "fingerprint", "face", "biométr", "biometr"],
    "racial_ethnic_origin": ["ethnic", "race", "cuisine", "nationality", "origin"],
    "political_opinion": ["party", "vote", "election", "campaign", "pep", "parti", "wahl"],
    "religious_belief": ["church", "relig", "halal", "kosher", "iglesia", "prayer", "mass",
                         "église", "kirch"],
    "trade_union": ["union"],
    "sex_life_orientation": ["orientation", "gender", "pronoun", "sex", "pride"],
    "criminal_record": ["criminal", "crime", "probation", "offen", "sanction", "conviction",
                        "penal", "background"],
}
MIN_LOOKALIKE_DOCS = 5


def parse_tags(note: str, family: str) -> tuple[list[tuple[str, str]], str | None]:
    """[(kind, detail-or-lang)], or an error message."""
    prefix = f"{family}: "
    if not note.startswith(prefix):
        return [], "note does not start with the family"
    rest = note[len(prefix):]
    if rest == "clean":
        return [], None
    out = []
    for tag in rest.split(", "):
        m = TAG_RE.fullmatch(tag)
        if not m:
            return [], f"bad tag {tag!r}"
        if m.group(1):
            if m.group(2) not in TEXT_LANGS:
                return [], f"bad language in {tag!r}"
            out.append((m.group(1), "text/" + m.group(2)))
        else:
            out.append((m.group(3), m.group(4)))
    return out, None


def check_records(text: str, problems: list[str]) -> list[dict]:
    known = {name: count for name, _, count in FAMILIES}
    seen: Counter[str] = Counter()
    records = []
    for n, line in enumerate(text.split("\n")[:-1], start=1):
        where = f"line {n}"
        try:
            rec = json.loads(line)
        except ValueError as exc:
            problems.append(f"{where}: not JSON ({exc})")
            continue
        if not isinstance(rec, dict) or list(rec) != ["id", "doc", "kinds", "note"]:
            problems.append(f"{where}: fields must be exactly id, doc, kinds, note in order")
            continue
        if json.dumps(rec, ensure_ascii=False) != line:
            problems.append(f"{where}: not in canonical json.dumps form")
        m = ID_RE.fullmatch(str(rec["id"]))
        if not m or int(m.group(1)) != n:
            problems.append(f"{where}: id {rec['id']!r} out of order or malformed")
            continue
        family = m.group(2)
        if family not in known:
            problems.append(f"{where}: unknown family {family!r}")
            continue
        seen[family] += 1
        kinds = rec["kinds"]
        if not isinstance(kinds, list) or any(k not in KINDS for k in kinds):
            problems.append(f"{where}: invalid kinds {kinds!r}")
            continue
        if kinds != sorted(set(kinds)):
            problems.append(f"{where}: kinds not sorted and unique")
        tags, err = parse_tags(str(rec["note"]), family)
        if err:
            problems.append(f"{where}: {err}")
            continue
        if any(k not in KINDS for k, _ in tags):
            problems.append(f"{where}: tag names an unknown kind")
        if sorted({k for k, _ in tags}) != kinds:
            problems.append(f"{where}: kinds {kinds} differ from the note's tags")
        rec["_tags"] = tags
        rec["_family"] = family
        records.append(rec)
    for name, count in known.items():
        if seen[name] != count:
            problems.append(f"family {name}: {seen[name]} documents, registry says {count}")
    return records


def check_sweep(records: list[dict], problems: list[str]) -> None:
    for rec in records:
        found = scan(rec["doc"])
        kinds = set(rec["kinds"])
        for kind, evidence in sorted(found.items()):
            if kind not in kinds:
                problems.append(f"{rec['id']}: unlabeled {kind} look-alike {evidence[:3]}")
        for kind, detail in rec["_tags"]:
            if not detail.startswith("text/") and provable(kind, detail) and kind not in found:
                problems.append(f"{rec['id']}: tag {kind}:{detail} but the sweep finds no {kind}")


REFERENCE_VALID = [
    (v.luhn_ok, "4111 1111 1111 1111"), (v.luhn_ok, "378282246310005"),
    (v.luhn_ok, "6011111111111117"), (v.luhn_ok, "5555-5555-5555-4444"),
    (v.iban_ok, "GB82 WEST 1234 5698 7654 32"), (v.iban_ok, "DE89370400440532013000"),
    (v.iban_ok, "FR1420041010050500013M02606"), (v.aba_ok, "021000021"),
    (v.aba_ok, "011000015"), (v.ssn_ok, "078-05-1120"), (v.ssn_ok, "536-90-4399"),
    (v.nino_ok, "AB 12 34 56 C"), (v.steuer_id_ok, "36 574 261 809"),
    (v.nir_ok, "2 95 10 99 126 111 93"), (v.nir_ok, "253072B07300470"),
    (v.nir_ok, "253072A07300443"), (v.dni_ok, "54362315-K"), (v.dni_ok, "12345678Z"),
    (v.nie_ok, "X-2482300W"), (v.ean13_ok, "4006381333931"),
    (lambda s: v.mrz_digit_ok(s[:9], s[9]), "L898902C36"),
]
REFERENCE_INVALID = [
    (v.luhn_ok, "4111 1111 1111 1112"), (v.iban_ok, "GB82 WEST 1234 5698 7654 33"),
    (v.iban_ok, "DE89370400440532013001"), (v.ssn_ok, "666-12-3456"), (v.ssn_ok, "123-00-4567"),
    (v.ssn_ok, "912-34-5678"), (v.nino_ok, "QQ 12 34 56 C"), (v.nino_ok, "GB123456A"),
    (v.steuer_id_ok, "36574261890"), (v.steuer_id_ok, "36554266806"),
    (v.nir_ok, "295109912611199"), (v.nir_ok, "253072C07300443"), (v.dni_ok, "54362315-Z"),
    (v.nie_ok, "X-2482300A"),
]


def check_validators(problems: list[str]) -> int:
    rng = random.Random("fresh13:validators")
    pairs = [
        ("luhn", v.luhn_ok, lambda: values.card_number(rng), lambda: values.wrong_card_number(rng)),
        ("iban", v.iban_ok, lambda: values.iban(rng, rng.choice(sorted(values.IBAN_LAYOUT))),
         lambda: values.wrong_iban(rng, rng.choice(sorted(values.IBAN_LAYOUT)))),
        ("aba", v.aba_ok, lambda: values.aba_routing(rng), lambda: values.wrong_aba_routing(rng)),
        ("ssn", v.ssn_ok, lambda: values.ssn(rng, rng.random() < 0.5),
         lambda: values.wrong_ssn(rng, rng.random() < 0.5)),
        ("nino", v.nino_ok, lambda: values.nino(rng, rng.random() < 0.5),
         lambda: values.wrong_nino(rng)),
        ("steuer_id", v.steuer_id_ok, lambda: values.steuer_id(rng, rng.random() < 0.5),
         lambda: values.wrong_steuer_id(rng)),
        ("nir", v.nir_ok, lambda: values.nir(rng, rng.random() < 0.5),
         lambda: values.wrong_nir(rng)),
        ("dni", v.dni_ok, lambda: values.dni(rng, rng.random() < 0.5),
         lambda: values.wrong_dni(rng)),
        ("nie", v.nie_ok, lambda: values.nie(rng), lambda: values.wrong_nie(rng)),
        ("ean13", v.ean13_ok, lambda: values.ean13(rng), None),
    ]
    checked = 0
    for name, ok, good, bad in pairs:
        for _ in range(400):
            g = good()
            checked += 1
            if not ok(g):
                problems.append(f"validator {name} rejects constructed value {g!r}")
                break
            if bad is not None:
                b = bad()
                checked += 1
                if ok(b):
                    problems.append(f"validator {name} accepts deliberately wrong value {b!r}")
                    break
    for _ in range(200):
        num = values.card_number(rng)
        if v.card_brand(num) is None:
            problems.append(f"constructed card {num} has no known brand prefix")
            break
    for _ in range(50):
        lines = values.mrz_td3("Müller", "Anna Lena", values.passport_number(rng, "DE"), "D<<",
                               "870412", "F", "310101")
        l2 = lines[1]
        if len(lines[0]) != 44 or len(l2) != 44 or not (
                v.mrz_digit_ok(l2[0:9], l2[9]) and v.mrz_digit_ok(l2[13:19], l2[19])
                and v.mrz_digit_ok(l2[21:27], l2[27])
                and v.mrz_digit_ok(l2[0:10] + l2[13:20] + l2[21:43], l2[43])):
            problems.append(f"MRZ check digits wrong: {lines}")
            break
    for fn, value in REFERENCE_VALID:
        checked += 1
        if not fn(value):
            problems.append(f"reference value {value!r} rejected")
    for fn, value in REFERENCE_INVALID:
        checked += 1
        if fn(value):
            problems.append(f"invalid reference value {value!r} accepted")
    return checked


def _strings(node: object) -> str:
    return json.dumps(node, ensure_ascii=False).lower()


def check_coverage(records: list[dict], problems: list[str]) -> dict:
    per_kind: Counter[str] = Counter()
    for rec in records:
        per_kind.update(rec["kinds"])
    for kind in KINDS:
        need = MIN_SPECIAL if kind in SPECIAL else MIN_OTHER
        if per_kind[kind] < need:
            problems.append(f"{kind}: {per_kind[kind]} documents, need at least {need}")
    clean = [r for r in records if not r["kinds"]]
    share = len(clean) / max(1, len(records))
    if not CLEAN_SHARE[0] <= share <= CLEAN_SHARE[1]:
        problems.append(f"clean share {share:.2f} outside {CLEAN_SHARE}")
    clean_text = [_strings(r["doc"]) for r in clean]
    lookalikes = {}
    for kind, words in LOOKALIKE_WORDS.items():
        count = sum(1 for t in clean_text if any(w in t for w in words))
        lookalikes[kind] = count
        if count < MIN_LOOKALIKE_DOCS:
            problems.append(f"only {count} clean documents use words of {kind}")
    return {"per_kind": per_kind, "clean": len(clean), "share": share, "lookalikes": lookalikes}


def print_stats(records: list[dict], cov: dict) -> None:
    print(f"\n{'kind':<24}{'docs':>6}{'text':>6}  languages")
    for kind in KINDS:
        langs: Counter[str] = Counter()
        text_docs = 0
        for rec in records:
            ls = [d[5:] for k, d in rec["_tags"] if k == kind and d.startswith("text/")]
            if ls:
                text_docs += 1
                langs.update(set(ls))
        lang_s = " ".join(f"{lang}={n}" for lang, n in sorted(langs.items()))
        print(f"{kind:<24}{cov['per_kind'][kind]:>6}{text_docs:>6}  {lang_s}")
    print(f"\nclean documents: {cov['clean']} of {len(records)} ({cov['share']:.1%})")
    print("clean documents with look-alike words: " + ", ".join(
        f"{k}={n}" for k, n in cov["lookalikes"].items()))
    sizes = sorted(len(json.dumps(r["doc"], ensure_ascii=False).encode()) for r in records)
    print(f"doc size bytes: min {sizes[0]}, median {int(statistics.median(sizes))}, "
          f"p90 {sizes[int(len(sizes) * 0.9)]}, max {sizes[-1]}")
    fam = Counter(r["_family"] for r in records)
    clean_fam = Counter(r["_family"] for r in records if not r["kinds"])
    print(f"\n{'family':<28}{'docs':>5}{'clean':>6}")
    for name, _, _ in FAMILIES:
        print(f"{name:<28}{fam[name]:>5}{clean_fam[name]:>6}")


def main(argv: list[str]) -> int:
    problems: list[str] = []
    path = HERE / FILE
    if not path.exists():
        print(f"missing {path}; run python -m tests.privacy.corpus.fresh13.build")
        return 1
    text = path.read_text(encoding="utf-8")
    if text != render():
        problems.append(f"{FILE} is not byte-identical to render(); rebuild it")
    records = check_records(text, problems)
    check_sweep(records, problems)
    checked = check_validators(problems)
    cov = check_coverage(records, problems)
    for p in problems[:80]:
        print("PROBLEM:", p)
    if len(problems) > 80:
        print(f"... and {len(problems) - 80} more problems")
    if "--stats" in argv:
        print(f"{len(records)} documents, {len(FAMILIES)} families, {cov['clean']} clean "
              f"({cov['share']:.1%}), {checked} validator checks, {len(problems)} problems")
        print_stats(records, cov)
    elif not problems:
        print("ok")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
