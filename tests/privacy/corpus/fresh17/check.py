"""Consistency checks for fresh17.  Prints exactly `ok` when everything passes.

python -m tests.privacy.corpus.fresh17.check [--stats]
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import unquote_plus

from . import build
from . import validators as V
from .ctx import HIGH, KINDS, ORDINARY, SPECIAL
from .text import SENT

ROOT = build.HERE.parents[3]
ID_RE = re.compile(r"fresh17-(\d{4})-([a-z0-9_]+)")
LATKEYS = {"lat", "latitude", "lng", "lon", "long", "longitude"}
EMAIL_RE = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.(?:com|net|org|io|eu|de|fr|es|uk|me|info|app|dev)\b"
)
IPV4_RE = re.compile(
    r"(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.])"
)
SECRET_RE = re.compile(
    r"AKIA[A-Z0-9]{16}|ghp_[A-Za-z0-9]{30,}|github_pat_|"
    r"xox[bp]-\d|sk_live_[A-Za-z0-9]{8,}|rk_live_|glpat-|"
    r"AIza[\w-]{30,}|npm_[A-Za-z0-9]{30,}|SG\.[\w-]{20,}\.|whsec_|BEGIN [A-Z ]*PRIVATE "
    r"KEY|eyJ[\w-]+\.eyJ"
)
ID_CHECK = {
    "ssn": "ssn",
    "nino": "nino",
    "steuer_id": "steuer_id",
    "nir": "nir",
    "dni": "dni",
    "nie": "dni",
}


def texts(doc) -> list[str]:
    out = [json.dumps(doc, ensure_ascii=False)]

    def walk(x):
        if isinstance(x, dict):
            for k, v in x.items():
                out.append(k)
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
        elif isinstance(x, str):
            out.append(x)
            s = x.strip()
            if s[:1] in "{[":
                try:
                    walk(json.loads(s))
                except ValueError:
                    pass
            if "=" in x and "&" in x:
                out.append(unquote_plus(x))

    walk(doc)
    return out


def _decimals(x) -> int:
    if isinstance(x, float):
        s = json.dumps(x)
        return len(s.split(".")[1]) if "." in s and "e" not in s else 0
    return 0


def accidental_coords(doc) -> list[str]:
    hits = []

    def walk(x, key=None):
        if isinstance(x, dict):
            for k, v in x.items():
                if k.lower() in LATKEYS and _decimals(v) >= 4:
                    hits.append(f"{k}={v}")
                walk(v, k)
        elif isinstance(x, list):
            if len(x) == 2 and all(_decimals(v) >= 4 for v in x):
                hits.append(str(x))
            for v in x:
                walk(v)
        elif isinstance(x, str):
            for m in re.finditer(r"-?\d{1,3}\.\d{4,}\s*,\s*-?\d{1,3}\.\d{4,}", x):
                hits.append(m.group(0))

    walk(doc)
    return hits


def stats(pairs):
    n = len(pairs)
    kind_docs = Counter()
    hn_docs = Counter()
    clean = special = 0
    for rec, c in pairs:
        ks = set(rec["kinds"])
        for k in ks:
            kind_docs[k] += 1
        for k in {k for k, _ in c.hns}:
            if k not in ks:
                hn_docs[k] += 1
        clean += not ks
        special += bool(ks & set(SPECIAL))
    return n, kind_docs, hn_docs, clean, special


def check() -> list[str]:
    problems: list[str] = []
    p = problems.append
    text = build.FILE.read_text(encoding="utf-8")
    lines = text.splitlines()
    pairs = build.generate()

    # -- determinism ---------------------------------------------------------------
    if build.render() != text:
        p("render() differs from the committed file (rebuild it)")
    for seed in ("0", "4242"):
        with tempfile.TemporaryDirectory() as td:
            env = dict(os.environ, PYTHONHASHSEED=seed)
            r = subprocess.run(
                [sys.executable, "-m", "tests.privacy.corpus.fresh17.build", td],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
            )
            if r.returncode != 0:
                p(f"build under PYTHONHASHSEED={seed} failed: {r.stderr[-400:]}")
            elif (Path(td) / build.FILE.name).read_bytes() != build.FILE.read_bytes():
                p(f"build under PYTHONHASHSEED={seed} differs from the file")

    # -- record format -------------------------------------------------------------
    if len(lines) != len(pairs):
        p(f"line count {len(lines)} != generated {len(pairs)}")
    seen = set()
    for n, (line, (rec, _c)) in enumerate(zip(lines, pairs, strict=False), 1):
        try:
            r = json.loads(line)
        except ValueError as e:
            p(f"line {n}: bad json {e}")
            continue
        if line != json.dumps(r, ensure_ascii=False):
            p(f"line {n}: not in canonical json.dumps(ensure_ascii=False) form")
        if list(r) != ["id", "doc", "kinds", "note"]:
            p(f"line {n}: keys {list(r)}")
        m = ID_RE.fullmatch(r.get("id", ""))
        if not m or int(m.group(1)) != n:
            p(f"line {n}: bad id {r.get('id')}")
        elif not r["note"].startswith(m.group(2) + ": "):
            p(f"{r['id']}: note does not start with family")
        if r["id"] in seen:
            p(f"duplicate id {r['id']}")
        seen.add(r["id"])
        ks = r["kinds"]
        if ks != sorted(set(ks)) or any(k not in KINDS for k in ks):
            p(f"{r['id']}: kinds not sorted/unique/valid: {ks}")
        if r != rec:
            p(f"{r['id']}: file record differs from generated record")

    # -- ground truth ----------------------------------------------------------------
    used_sent = defaultdict(set)
    for rec, c in pairs:
        rid, doc, ks = rec["id"], rec["doc"], set(rec["kinds"])
        tk = {t[0] for t in c.tags}
        if tk != ks:
            p(f"{rid}: kinds {sorted(ks)} != tagged {sorted(tk)}")
        tx = texts(doc)
        blob = "\n".join(tx)
        for kind, lit, label in c.tags:
            if not lit or lit not in blob:
                p(f"{rid}: tagged {kind} literal not in document: {lit[:60]!r}")
            if label.startswith("text:"):
                k2, rest = label[5:].split("/")
                lang, idx = rest.split("#")
                used_sent[(k2, lang)].add(int(idx))
                if SENT[k2][lang][int(idx)] != lit:
                    p(f"{rid}: sentence tag mismatch {label}")
            if label in ID_CHECK and not V.CHECKS[ID_CHECK[label]](lit):
                p(f"{rid}: {label} {lit} fails its checksum")
            if label.startswith("iban/") and not V.iban_ok(lit):
                p(f"{rid}: iban {lit} invalid")
            if label == "us_routing" and not V.aba_ok(lit):
                p(f"{rid}: routing {lit} invalid")
            if label.startswith("card/") and not V.find_cards(lit):
                p(f"{rid}: card {lit} not Luhn-valid")
        for chk, lit in c.negs:
            if lit not in blob:
                p(f"{rid}: negative literal not in document: {lit!r}")
            if chk and V.CHECKS[chk](lit):
                p(f"{rid}: negative look-alike {lit} passes {chk}")
        # checksum scans, both directions
        cards = set()
        for t in tx:
            cards.update(re.sub(r"\D", "", x) for x in V.find_cards(t))
        tagged_cards = {re.sub(r"\D", "", t[1]) for t in c.tags if t[0] == "payment_card"}
        if cards and "payment_card" not in ks:
            p(f"{rid}: Luhn-valid card number(s) {sorted(cards)} in a doc without payment_card")
        if cards - tagged_cards:
            p(f"{rid}: untagged Luhn-valid number(s) {sorted(cards - tagged_cards)}")
        if tagged_cards - cards:
            p(f"{rid}: tagged card(s) not found by the scanner {sorted(tagged_cards - cards)}")
        ibans = set()
        for t in tx:
            ibans.update(V.find_ibans(t))
        tagged_ibans = {t[1].replace(" ", "") for t in c.tags if t[2].startswith("iban/")}
        if ibans and "bank_account" not in ks:
            p(f"{rid}: valid IBAN(s) {sorted(ibans)} in a doc without bank_account")
        if ibans != tagged_ibans:
            p(f"{rid}: IBANs found {sorted(ibans)} != tagged {sorted(tagged_ibans)}")
        # filler digit runs
        allowed = [t[1] for t in c.tags] + [lit for _, lit in c.negs]
        for run in set(re.findall(r"\d{7,}", blob)):
            if not any(run in a for a in allowed):
                p(f"{rid}: unaccounted digit run {run}")
        # accidental e-mail addresses, IPv4 addresses and secrets in documents without the label
        if "email" not in ks:
            for m in EMAIL_RE.finditer(blob):
                if "://" not in blob[max(0, m.start() - 60) : m.start()]:
                    p(f"{rid}: e-mail-like {m.group(0)!r} without email label")
        if "ip_address" not in ks and not any(k == "ip_address" for k, _ in c.hns):
            for m in IPV4_RE.finditer(blob):
                p(
                    f"{rid}: IPv4-like {m.group(0)!r} without ip_address label or recorded "
                    "hard negative"
                )
        if "credential" not in ks:
            for m in SECRET_RE.finditer(blob):
                p(f"{rid}: secret-like {m.group(0)!r} without credential label")
        if "precise_location" not in ks:
            hits = accidental_coords(doc)
            if hits:
                p(f"{rid}: coordinate-like values without precise_location: {hits[:3]}")

    for kind in SPECIAL:
        for lang in ("en", "de", "fr", "es"):
            used = used_sent.get((kind, lang), set())
            if used and len(used) < 5:
                p(f"only {len(used)} distinct {kind}/{lang} sentences used (need 5)")

    # -- counts --------------------------------------------------------------------
    n, kind_docs, hn_docs, clean, special = stats(pairs)
    fams = {rec["id"].split("-", 2)[2] for rec, _ in pairs}
    if not 400 <= n <= 480:
        p(f"document count {n} outside 400-480")
    if len(fams) < 60:
        p(f"only {len(fams)} families")
    if not 0.30 <= clean / n <= 0.40:
        p(f"clean fraction {clean / n:.3f} outside 30-40%")
    if not 0.20 <= special / n <= 0.30:
        p(f"special fraction {special / n:.3f} outside 20-30%")
    for k in SPECIAL:
        if kind_docs[k] < 15:
            p(f"{k}: only {kind_docs[k]} documents (need 15)")
        if hn_docs[k] < 15:
            p(f"{k}: only {hn_docs[k]} hard-negative documents (need 15)")
    for k in HIGH + ORDINARY:
        if kind_docs[k] < 10:
            p(f"{k}: only {kind_docs[k]} documents (need 10)")
        if hn_docs[k] < 3:
            p(f"{k}: only {hn_docs[k]} hard-negative documents (need 3)")
    return problems


def print_stats():
    pairs = build.generate()
    n, kind_docs, hn_docs, clean, special = stats(pairs)
    fams = Counter(rec["id"].split("-", 2)[2] for rec, _ in pairs)
    print(
        f"documents {n}, families {len(fams)}, clean {clean} ({clean / n:.1%}), special "
        f"{special} ({special / n:.1%})"
    )
    for k in KINDS:
        print(f"  {k:22s} docs {kind_docs[k]:4d}   hard-negative docs {hn_docs[k]:4d}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--stats" in argv:
        print_stats()
        return 0
    problems = check()
    if problems:
        for x in problems:
            print(x)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
