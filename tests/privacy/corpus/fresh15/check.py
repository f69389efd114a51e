"""Checks for the fresh15 corpus.

    python -m tests.privacy.corpus.fresh15.check [--stats] [--no-hashseed]

prints exactly ``ok`` when every check passes; otherwise lists the problems
and exits 1.  ``--stats`` also prints per-kind document counts, the clean and
special fractions, hard-negative counts and phrasing coverage.
``--no-hashseed`` skips the (slower) rebuild under two PYTHONHASHSEED values.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import scan
from . import validators as V
from .build import FILE, render
from .ctx import KINDS, LANGS, SPECIAL, Ctx, Decks
from .families import PLAN

ID_RE = re.compile(r"^fresh15-(\d{4})-([a-z0-9_]+)$")
TEXT_TAG = re.compile(r"text:([a-z_]+)/([a-z]+)#(\d+)")

MIN_DOCS = 680
MAX_DOCS = 760
CLEAN_RANGE = (0.25, 0.35)
SPECIAL_RANGE = (0.40, 0.50)
MIN_PER_SPECIAL = 45
MIN_HARD_NEG = 30
MIN_PHRASINGS = 10

# note tags that justify each kind (a label without its tag is a bookkeeping bug)
KIND_TAGS = {
    "payment_card": ("card",), "bank_account": ("iban/", "bank:"),
    "national_id": ("ssn", "nino", "steuer_id", "nir", "dni", "nie"),
    "passport": ("passport/",), "credential": ("cred/",), "precise_location": ("geo",),
    "email": ("email",), "phone": ("phone",), "ip_address": ("ip",), "date_of_birth": ("dob",),
    "postal_address": ("addr/",), "person_name": ("name",),
}


def _tags(note: str) -> list[str]:
    return note.split(": ", 1)[1].split(", ") if ": " in note else []


def _has_tag_for(kind: str, tags: list[str]) -> bool:
    prefixes: tuple[str, ...]
    if kind in SPECIAL:
        prefixes = (f"text:{kind}/", f"field:{kind}/") + (("bio/",) if kind == "biometric" else ())
    else:
        prefixes = KIND_TAGS[kind]
    return any(t == p or t.startswith(p) for t in tags for p in prefixes)


def check_records(lines: list[str]) -> tuple[list[Any], list[str]]:
    problems: list[str] = []
    records: list[Any] = []
    families = {name for name, _fn, _n in PLAN}
    for n, line in enumerate(lines, 1):
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"line {n}: not JSON ({e})")
            continue
        records.append(r)
        if not isinstance(r, dict) or set(r) != {"id", "doc", "kinds", "note"}:
            problems.append(f"line {n}: keys must be id, doc, kinds, note")
            continue
        if json.dumps(r, ensure_ascii=False) != line:
            problems.append(f"line {n}: not written with json.dumps(record, ensure_ascii=False)")
        m = ID_RE.match(str(r["id"]))
        if not m:
            problems.append(f"line {n}: bad id {r['id']!r}")
            continue
        if int(m.group(1)) != n:
            problems.append(f"line {n}: id number {m.group(1)} out of sequence")
        fam = m.group(2)
        if fam not in families:
            problems.append(f"{r['id']}: unknown family {fam}")
        if not isinstance(r["note"], str) or not r["note"].startswith(fam + ": "):
            problems.append(f"{r['id']}: note must start with '{fam}: '")
        kinds = r["kinds"]
        if not isinstance(kinds, list) or kinds != sorted(set(kinds)):
            problems.append(f"{r['id']}: kinds not sorted/unique")
        bad = [k for k in kinds if k not in KINDS]
        if bad:
            problems.append(f"{r['id']}: unknown kinds {bad}")
        tags = _tags(r["note"])
        for k in kinds:
            if k in KINDS and not _has_tag_for(k, tags):
                problems.append(f"{r['id']}: kind {k} has no insertion tag in the note")
        for p in scan.problems(r["doc"], kinds, tags):
            problems.append(f"{r['id']}: {p}")
    return records, problems


def corpus_stats(records: list[Any]) -> dict[str, Any]:
    n = len(records)
    per_kind = Counter(k for r in records for k in r["kinds"])
    clean = sum(1 for r in records if not r["kinds"])
    special = sum(1 for r in records if set(r["kinds"]) & set(SPECIAL))
    hard_neg: Counter[str] = Counter()
    phr: defaultdict[tuple[str, str], set[str]] = defaultdict(set)
    for r in records:
        tags = _tags(r["note"])
        ks = set(r["kinds"])
        negk = {t[4:].split("/")[0] for t in tags if t.startswith("neg:")}
        for k in negk:
            if k not in ks:
                hard_neg[k] += 1
        for k, lang, idx in TEXT_TAG.findall(r["note"]):
            phr[(k, lang)].add(idx)
    shapes = Counter(type(r["doc"]).__name__ for r in records)
    return {"n": n, "per_kind": per_kind, "clean": clean, "special": special, "hard_neg": hard_neg,
            "phrasings": phr, "shapes": shapes,
            "families": Counter(r["id"].split("-", 2)[2] for r in records)}


def check_stats(st: dict[str, Any]) -> list[str]:
    problems: list[str] = []
    n = st["n"]
    if not MIN_DOCS <= n <= MAX_DOCS:
        problems.append(f"{n} documents, expected {MIN_DOCS}-{MAX_DOCS}")
    cf = st["clean"] / n if n else 0
    if not CLEAN_RANGE[0] <= cf <= CLEAN_RANGE[1]:
        problems.append(f"clean fraction {cf:.3f} outside {CLEAN_RANGE}")
    sf = st["special"] / n if n else 0
    if not SPECIAL_RANGE[0] <= sf <= SPECIAL_RANGE[1]:
        problems.append(f"special-category fraction {sf:.3f} outside {SPECIAL_RANGE}")
    for k in SPECIAL:
        if st["per_kind"][k] < MIN_PER_SPECIAL:
            problems.append(f"{k}: {st['per_kind'][k]} documents < {MIN_PER_SPECIAL}")
        if st["hard_neg"][k] < MIN_HARD_NEG:
            problems.append(f"{k}: {st['hard_neg'][k]} hard negatives < {MIN_HARD_NEG}")
        for lang in LANGS:
            got = len(st["phrasings"][(k, lang)])
            if got < MIN_PHRASINGS:
                problems.append(f"{k}/{lang}: {got} distinct phrasings < {MIN_PHRASINGS}")
    if st["shapes"].get("str", 0) < 5 or st["shapes"].get("list", 0) < 5:
        problems.append(f"need some plain-string and top-level-array documents, got "
                        f"{dict(st['shapes'])}")
    return problems


def check_filler() -> list[str]:
    """Filler generators never make digit runs of 7+, cards, IBANs or national ids."""
    import random
    problems: list[str] = []
    c = Ctx(random.Random(7), Decks(random.Random(8)), "selftest")
    gens: list[Callable[[], str]] = [
        lambda: c.hexs(64), lambda: c.b64(80), lambda: c.b64url(60), lambda: c.alnum(40),
        lambda: c.ref(8), lambda: c.lref(16), lambda: c.uuid(), lambda: c.ts(),
        lambda: c.version(), lambda: c.sha256(), lambda: c.bcrypt(), lambda: c.kid(),
        lambda: c.sshfp(), lambda: c.ja3()]
    for g in gens:
        for _ in range(300):
            v = g()
            if (re.search(r"\d{7}", v) or not V.card_safe(v) or not V.iban_safe(v)
                    or scan.nids_in_text(v)):
                problems.append(f"filler value {v!r} forms a kind or a 7+ digit run")
                break
    if c.kinds:
        problems.append(f"filler generators recorded kinds {c.kinds}")
    return problems


def check_validators() -> list[str]:
    problems: list[str] = []
    cases = [
        (V.luhn_ok("4539578763621486"), True), (V.luhn_ok("4539578763621487"), False),
        (V.iban_ok("DE89370400440532013000"), True), (V.iban_ok("DE88370400440532013000"), False),
        (V.iban_ok("GB29NWBK60161331926819"), True), (V.steuer_ok("86095742719"), True),
        (V.steuer_ok("86095742718"), False), (V.dni_ok("12345678Z"), True),
        (V.dni_ok("12345678A"), False), (V.dni_ok("X1234567L"), True),
        (V.nino_ok("AB123456C"), True), (V.nino_ok("BG123456C"), False),
        (V.ssn_ok("123-45-6789"), True), (V.ssn_ok("666-45-6789"), False),
        (V.ssn_ok("900-45-6789"), False),
        (V.nir_ok("1" + "84" + "12" + "75" + "123" + "456" + V.nir_key("1841275123456")), True),
        (V.aba_ok("021000021"), True)]
    for i, (got, want) in enumerate(cases):
        if got != want:
            problems.append(f"validator self-test {i} failed")
    return problems


def check_hashseed() -> list[str]:
    problems: list[str] = []
    root = Path(__file__).resolve().parents[4]
    outs = []
    with tempfile.TemporaryDirectory() as td:
        for seed in ("0", "4242"):
            d = Path(td) / seed
            env = dict(os.environ, PYTHONHASHSEED=seed)
            r = subprocess.run([sys.executable, "-m", "tests.privacy.corpus.fresh15.build", str(d)],
                               cwd=root, env=env, capture_output=True, text=True)
            if r.returncode != 0:
                problems.append(f"build under PYTHONHASHSEED={seed} failed: {r.stderr[-300:]}")
                return problems
            outs.append((d / FILE.name).read_bytes())
    if outs[0] != outs[1]:
        problems.append("output differs between PYTHONHASHSEED values")
    return problems


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    problems: list[str] = []
    if not FILE.exists():
        print(f"missing {FILE}")
        return 1
    committed = FILE.read_text(encoding="utf-8")
    lines = committed.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    else:
        problems.append("file must end with a newline")
    records, p = check_records(lines)
    problems += p
    st = corpus_stats(records)
    problems += check_stats(st)
    if committed != render():
        problems.append("committed fresh15.jsonl differs from render(); run python -m "
                        "tests.privacy.corpus.fresh15.build")
    problems += check_filler()
    problems += check_validators()
    if "--no-hashseed" not in argv:
        problems += check_hashseed()
    if "--stats" in argv:
        n = st["n"]
        print(f"documents {n}  clean {st['clean']} ({st['clean'] / n:.1%})  special "
              f"{st['special']} ({st['special'] / n:.1%})")
        print(f"shapes {dict(st['shapes'])}  families {len(st['families'])}")
        print(f"{'kind':22s} {'docs':>5s} {'hard-neg':>9s}  phrasings en/de/fr/es")
        for k in KINDS:
            extra = ""
            if k in SPECIAL:
                extra = (f"{st['hard_neg'][k]:9d}  "
                         + "/".join(str(len(st["phrasings"][(k, lang)])) for lang in LANGS))
            print(f"{k:22s} {st['per_kind'][k]:5d} {extra}")
    if problems:
        for msg in problems[:200]:
            print(msg)
        if len(problems) > 200:
            print(f"... {len(problems) - 200} more")
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
