"""Consistency checks for fresh16.  python -m tests.privacy.corpus.fresh16.check  -> prints `ok`."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from . import build, texts
from .families import FAMILIES
from .validators import dni_ok, luhn_runs, nino_ok, nir_ok, ssn_ok, steuer_id_ok, valid_ibans
from .values import KINDS, SPECIAL

ROOT = build.HERE.parents[3]  # repository root (for `python -m` in subprocesses)
ID_RX = re.compile(r"fresh16-(\d{4})-([a-z0-9_]+)")
TAG_RX = re.compile(r"([a-z0-9-]+):([a-z_]+)(?:/.*)?")


def _tags(note: str) -> list[str]:
    return [t for t in note.split(": ", 1)[1].split(", ") if t] if ": " in note else []


def _national_ids(text: str, loose: bool = False) -> list[str]:
    """Checksum-valid national ids. `loose` also accepts compact 9-digit SSNs and spaced Steuer-IDs,
    which are only used to confirm a label (a bare 9-digit run could be a passport number)."""
    found = []
    if loose:
        for m in re.finditer(r"(?<!\d)\d{9}(?!\d)", text):
            if ssn_ok(m.group()):
                found.append(m.group())
        for m in re.finditer(r"(?<!\d)\d{2} \d{3} \d{3} \d{3}(?!\d)", text):
            if steuer_id_ok(m.group()):
                found.append(m.group())
    for m in re.finditer(
        r"(?<![\dA-Za-z])\d{8}[A-Z](?![A-Za-z\d])|(?<![A-Za-z\d])[XYZ]\d{7}[A-Z](?![A-Za-z\d])",
        text,
    ):
        if dni_ok(m.group()):
            found.append(m.group())
    for m in re.finditer(
        r"(?<![A-Za-z\d])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z\d])", text
    ):
        if nino_ok(m.group()):
            found.append(m.group())
    for m in re.finditer(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", text):
        if ssn_ok(m.group()):
            found.append(m.group())
    for m in re.finditer(r"(?<!\d)\d{11}(?!\d)", text):
        if steuer_id_ok(m.group()):
            found.append(m.group())
    for m in re.finditer(r"(?<![\d ])[12](?: ?\d{2}){2} ?\d{2} ?\d{3} ?\d{3} ?\d{2}(?![\d])", text):
        if nir_ok(m.group()):
            found.append(m.group())
    return found


def check() -> list[str]:
    problems: list[str] = []
    if not build.FILE.exists():
        return [f"missing {build.FILE}"]
    raw = build.FILE.read_text(encoding="utf-8")

    # --- determinism ------------------------------------------------------------------------
    if build.render() != raw:
        problems.append("render() differs from the committed file; rebuild it")
    for seed in ("0", "4242"):
        with tempfile.TemporaryDirectory() as tmp:
            env = dict(os.environ, PYTHONHASHSEED=seed)
            r = subprocess.run(
                [sys.executable, "-m", "tests.privacy.corpus.fresh16.build", tmp],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
            )
            out = Path(tmp) / build.FILE.name
            if r.returncode != 0 or not out.exists():
                problems.append(f"build failed under PYTHONHASHSEED={seed}: {r.stderr[-400:]}")
            elif out.read_text(encoding="utf-8") != raw:
                problems.append(f"build under PYTHONHASHSEED={seed} differs from the file")

    # --- per record -------------------------------------------------------------------------
    recs = []
    for ln, line in enumerate(raw.splitlines(), 1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"line {ln}: bad JSON {e}")
            continue
        if json.dumps(rec, ensure_ascii=False) != line:
            problems.append(f"line {ln}: not in json.dumps(ensure_ascii=False) form")
        recs.append(rec)
    fam_names = {f.name for f in FAMILIES}
    seen_ids = set()
    for i, rec in enumerate(recs, 1):
        rid = rec.get("id", "")
        if list(rec) != ["id", "doc", "kinds", "note"]:
            problems.append(f"{rid}: keys {list(rec)}")
            continue
        m = ID_RX.fullmatch(rid)
        if not m or int(m.group(1)) != i or m.group(2) not in fam_names:
            problems.append(f"{rid}: bad id (expected number {i:04d} and a known family)")
            continue
        if rid in seen_ids:
            problems.append(f"{rid}: duplicate id")
        seen_ids.add(rid)
        fam = m.group(2)
        kinds = rec["kinds"]
        if kinds != sorted(set(kinds)) or any(k not in KINDS for k in kinds):
            problems.append(f"{rid}: kinds not sorted/unique/valid: {kinds}")
        note = rec["note"]
        if not note.startswith(fam + ": "):
            problems.append(f"{rid}: note does not start with family name")
        pos: set[str] = set()
        neg: set[str] = set()
        for t in _tags(note):
            tm = TAG_RX.fullmatch(t)
            if not tm or tm.group(2) not in KINDS:
                problems.append(f"{rid}: malformed tag {t!r}")
                continue
            (neg if tm.group(1) == "neg" else pos).add(tm.group(2))
        for k in kinds:
            if k not in pos:
                problems.append(f"{rid}: label {k} has no insertion tag")
        for k in sorted(pos):
            if k not in kinds:
                problems.append(f"{rid}: tag for {k} but not labelled")
        text = json.dumps(rec["doc"], ensure_ascii=False)
        cards = luhn_runs(text)
        if cards and "payment_card" not in kinds:
            problems.append(f"{rid}: Luhn-valid number {cards} without payment_card")
        if "payment_card" in kinds and not cards:
            problems.append(f"{rid}: labelled payment_card but no Luhn-valid number found")
        ibans = valid_ibans(text)
        if ibans and "bank_account" not in kinds:
            problems.append(f"{rid}: valid IBAN {ibans} without bank_account")
        if (
            "bank_account" in kinds
            and not ibans
            and not any(t.startswith("field:bank_account/") for t in _tags(note))
        ):
            problems.append(f"{rid}: bank_account without IBAN or named bank field tag")
        nids = _national_ids(text)
        if nids and "national_id" not in kinds:
            problems.append(f"{rid}: valid national id {nids} without national_id")
        if "national_id" in kinds and not _national_ids(text, loose=True):
            problems.append(f"{rid}: labelled national_id but no valid id found by the validators")
        if fam.startswith("clean_") and kinds:
            problems.append(f"{rid}: clean family with kinds {kinds}")

    # --- counts -----------------------------------------------------------------------------
    n = len(recs)
    if not 650 <= n <= 750:
        problems.append(f"{n} documents, want 650-750")
    fams_used = Counter(idm.group(2) for r in recs if (idm := ID_RX.fullmatch(r["id"])))
    if len(fams_used) < 70:
        problems.append(f"only {len(fams_used)} families")
    clean = sum(1 for r in recs if not r["kinds"])
    special = sum(1 for r in recs if set(r["kinds"]) & set(SPECIAL))
    if n and not 0.25 <= clean / n <= 0.35:
        problems.append(f"clean fraction {clean / n:.3f} outside 25-35%")
    if n and not 0.40 <= special / n <= 0.50:
        problems.append(f"special fraction {special / n:.3f} outside 40-50%")
    cnt = Counter(k for r in recs for k in r["kinds"])
    hard: Counter[str] = Counter()
    for r in recs:
        negs = {
            ntm.group(2)
            for t in _tags(r["note"])
            if t.startswith("neg:") and (ntm := TAG_RX.fullmatch(t))
        }
        for k in negs:
            if k not in r["kinds"]:
                hard[k] += 1
    for k in SPECIAL:
        if cnt[k] < 45:
            problems.append(f"{k}: {cnt[k]} documents, want >= 45")
        if hard[k] < 30:
            problems.append(f"{k}: {hard[k]} hard negatives, want >= 30")
    for k in KINDS:
        if k not in SPECIAL and (cnt[k] < 15 or hard[k] < 8):
            problems.append(
                f"{k}: {cnt[k]} documents / {hard[k]} hard negatives, want >= 15 / >= 8"
            )

    # --- free-text pools --------------------------------------------------------------------
    for k, by_lang in texts.POS.items():
        for lang, pool in by_lang.items():
            if len(set(pool)) < 10 or len(set(pool)) != len(pool):
                problems.append(
                    f"texts.POS[{k}][{lang}]: {len(set(pool))} distinct phrasings "
                    "(need >= 10, no duplicates)"
                )
    return problems


def main(argv: list[str] | None = None) -> int:
    problems = check()
    if problems:
        for p in problems:
            print(p)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
