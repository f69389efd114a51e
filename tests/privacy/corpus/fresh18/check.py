"""Check the fresh18 corpus: `python -m tests.privacy.corpus.fresh18.check [--stats]`.

Prints `ok` when every check passes, otherwise one line per problem (exit status 1).
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from typing import Any

from .build import OUT, Built, dumps, generate, search_text
from .ctx import KINDS, SPECIAL
from .registry import FAMILIES
from .sentences import MAX_USES, NEGATIVES, PHRASES, POOLS
from .validators import (
    card_brand,
    dni_ok,
    has_card,
    iban_ok,
    luhn_ok,
    nino_ok,
    nir_ok,
    ssn_ok,
    steuer_id_ok,
)

LANGS = ("de", "fr", "es", "en")
LANG_SHARE = {"de": (0.27, 0.33), "fr": (0.22, 0.28), "es": (0.22, 0.28), "en": (0.17, 0.23)}
SPECIAL_MIN_DOCS = 45
SPECIAL_MIN_PER_LANG = 3
SPECIAL_SHARE = (0.40, 0.50)
CLEAN_SHARE = (0.27, 0.33)
SIZE = (650, 750)
MIN_FAMILIES = 100
MIN_SENTENCES = 8
MIN_NEGATIVES = 6

ID_RE = re.compile(r"fresh18-(\d{4})-([a-z0-9_]+)")
NOTE_RE = re.compile(r"([a-z0-9_]+): lang:(de|fr|es|en), \S")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
FILE_SUFFIXES = (".png", ".jpg", ".svg", ".gif", ".webp")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
STEUER_RE = re.compile(r"(?<!\d)(?:[1-9]\d{10}|[1-9]\d \d{3} \d{3} \d{3})(?!\d)")
NIR_RE = re.compile(r"(?<!\d)[12] ?\d{2} ?\d{2} ?(?:\d{2}|2A|2B) ?\d{3} ?\d{3} ?\d{2}(?!\d)")
DNI_RE = re.compile(r"(?<![A-Za-z0-9])[XYZ]?\d{7,8}-?[A-Z](?![A-Za-z0-9])")

ID_VALIDATORS = {
    "steuer_id": steuer_id_ok,
    "nir": nir_ok,
    "dni": dni_ok,
    "nie": dni_ok,
    "nino": nino_ok,
    "ssn": ssn_ok,
}


def valid_card(digits: str) -> bool:
    return card_brand(digits) is not None and luhn_ok(digits)


def check_records(lines: list[str], problems: list[str]) -> list[dict[str, Any]]:
    records = []
    seen: set[str] = set()
    for n, line in enumerate(lines, start=1):
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"line {n}: not JSON ({exc})")
            continue
        if not isinstance(rec, dict) or list(rec) != ["id", "doc", "kinds", "note"]:
            problems.append(f"line {n}: keys must be id, doc, kinds, note")
            continue
        rid, kinds, note = rec["id"], rec["kinds"], rec["note"]
        m = ID_RE.fullmatch(rid) if isinstance(rid, str) else None
        if not m or int(m.group(1)) != n:
            problems.append(f"line {n}: bad id {rid!r}")
        if rid in seen:
            problems.append(f"line {n}: duplicate id {rid}")
        seen.add(rid)
        if not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds):
            problems.append(f"{rid}: kinds must be a list of strings")
            continue
        if kinds != sorted(set(kinds)):
            problems.append(f"{rid}: kinds not sorted/unique")
        for k in kinds:
            if k not in KINDS:
                problems.append(f"{rid}: unknown kind {k}")
        nm = NOTE_RE.match(note) if isinstance(note, str) else None
        if not nm or (m and nm.group(1) != m.group(2)):
            problems.append(f"{rid}: note must start with '<family>: lang:<xx>, '")
        records.append(rec)
    return records


def check_truth(built: list[Built], problems: list[str]) -> None:
    for b in built:
        rid, kinds, doc = b.record["id"], b.record["kinds"], b.record["doc"]
        text = search_text(doc)
        alive = [m for m in b.marks if m.literal in text]
        for k in kinds:
            if not any(m.kind == k for m in alive):
                problems.append(f"{rid}: label {k} has no surviving recorded literal")
        for m in alive:
            if m.kind not in kinds:
                problems.append(f"{rid}: surviving {m.kind} literal but no label")
            if m.kind == "payment_card" and not valid_card(re.sub(r"\D", "", m.literal)):
                problems.append(f"{rid}: inserted card fails Luhn/brand")
            if m.kind == "bank_account" and m.tag.startswith("iban/") and not iban_ok(m.literal):
                problems.append(f"{rid}: inserted IBAN invalid")
            if m.kind == "national_id" and not ID_VALIDATORS[m.tag](m.literal):
                problems.append(f"{rid}: inserted {m.tag} invalid")
        for d in b.decoys:
            if d.literal not in text:
                continue
            if d.kind in kinds:
                problems.append(f"{rid}: decoy {d.tag} sits in a document labelled {d.kind}")
            if d.tag == "decoy:card" and valid_card(re.sub(r"\D", "", d.literal)):
                problems.append(f"{rid}: decoy card passes Luhn")
            if d.tag.startswith("decoy:iban") and iban_ok(d.literal):
                problems.append(f"{rid}: decoy IBAN is valid")
            if d.tag.startswith("decoy:") and d.kind == "national_id":
                if ID_VALIDATORS[d.tag.split(":")[1]](d.literal):
                    problems.append(f"{rid}: decoy {d.tag} passes its check")
        check_scans(rid, kinds, text, problems)


def check_scans(rid: str, kinds: list[str], text: str, problems: list[str]) -> None:
    """Independent scans: checksum-valid values must sit in documents labelled for them."""
    if "payment_card" not in kinds and has_card(text):
        problems.append(f"{rid}: Luhn-valid card number but no payment_card label")
    if "bank_account" not in kinds and any(iban_ok(s) for s in IBAN_RE.findall(text)):
        problems.append(f"{rid}: valid IBAN but no bank_account label")
    if "national_id" not in kinds:
        for rx, ok in ((STEUER_RE, steuer_id_ok), (NIR_RE, nir_ok), (DNI_RE, dni_ok)):
            if any(ok(s) for s in rx.findall(text)):
                problems.append(f"{rid}: checksum-valid national id but no national_id label")
    emails = [
        m.group()
        for m in EMAIL_RE.finditer(text)
        if not m.group().lower().endswith(FILE_SUFFIXES) and not _in_url_userinfo(text, m.start())
    ]
    if emails and "email" not in kinds:
        problems.append(f"{rid}: e-mail address but no email label")
    ips = [ip for ip in IPV4_RE.findall(text) if all(int(o) <= 255 for o in ip.split("."))]
    if ips and "ip_address" not in kinds:
        problems.append(f"{rid}: IPv4 address but no ip_address label")


def _in_url_userinfo(text: str, start: int) -> bool:
    """`user:password@host` inside a URL is a credential, not an e-mail address."""
    before = text[max(0, start - 120) : start]
    scheme = before.rfind("://")
    return scheme != -1 and not re.search(r"[\s/\"]", before[scheme + 3 :])


def check_counts(built: list[Built], problems: list[str]) -> None:
    n = len(built)
    if not SIZE[0] <= n <= SIZE[1]:
        problems.append(f"size {n} outside {SIZE}")
    fams = {b.family for b in built}
    if len(fams) < MIN_FAMILIES:
        problems.append(f"only {len(fams)} families")
    langs = Counter(b.lang for b in built)
    for lang, (lo, hi) in LANG_SHARE.items():
        share = langs[lang] / n
        if not lo <= share <= hi:
            problems.append(f"language {lang}: share {share:.3f} outside {lo}-{hi}")
    special_docs = sum(1 for b in built if set(b.record["kinds"]) & set(SPECIAL))
    clean_docs = sum(1 for b in built if not b.record["kinds"])
    if not SPECIAL_SHARE[0] <= special_docs / n <= SPECIAL_SHARE[1]:
        problems.append(f"special-category share {special_docs / n:.3f} outside {SPECIAL_SHARE}")
    if not CLEAN_SHARE[0] <= clean_docs / n <= CLEAN_SHARE[1]:
        problems.append(f"clean share {clean_docs / n:.3f} outside {CLEAN_SHARE}")
    for k in SPECIAL:
        docs = [b for b in built if k in b.record["kinds"]]
        if len(docs) < SPECIAL_MIN_DOCS:
            problems.append(f"{k}: only {len(docs)} documents")
        per_lang = Counter(b.lang for b in docs)
        for lang in LANGS:
            if per_lang[lang] < SPECIAL_MIN_PER_LANG:
                problems.append(f"{k}: only {per_lang[lang]} {lang} documents")


def check_sentences(built: list[Built], problems: list[str]) -> None:
    all_texts: list[str] = []
    for (kind, lang), pool in sorted(POOLS.items()):
        if len(pool) < MIN_SENTENCES:
            problems.append(f"pool {kind}/{lang}: {len(pool)} sentences < {MIN_SENTENCES}")
        all_texts += [t for t, _ in pool]
    for lang in LANGS:
        negs = [t for topic in sorted(NEGATIVES[lang]) for t in NEGATIVES[lang][topic]]
        if len(negs) < MIN_NEGATIVES:
            problems.append(f"negatives/{lang}: {len(negs)} < {MIN_NEGATIVES}")
        all_texts += negs
    for phrases in PHRASES.values():
        all_texts += phrases
    dup = [t for t, c in Counter(all_texts).items() if c > 1]
    for t in dup:
        problems.append(f"sentence appears in two pools: {t[:30]}...")
    uniq = sorted(set(all_texts))
    for a in uniq:
        for b in uniq:
            if a != b and a in b:
                problems.append(f"sentence is part of another: {a[:30]}...")
    texts = [search_text(b.record["doc"]) for b in built]
    for s in uniq:
        uses = sum(1 for t in texts if s in t)
        if uses > MAX_USES:
            problems.append(f"sentence used in {uses} documents: {s[:30]}...")


def stats(built: list[Built]) -> str:
    n = len(built)
    out = [f"documents: {n}", f"families: {len({b.family for b in built})}"]
    langs = Counter(b.lang for b in built)
    out.append(
        "per language: " + ", ".join(f"{lg} {langs[lg]} ({langs[lg] / n:.1%})" for lg in LANGS)
    )
    special = sum(1 for b in built if set(b.record["kinds"]) & set(SPECIAL))
    clean = sum(1 for b in built if not b.record["kinds"])
    out.append(
        f"with a special category: {special} ({special / n:.1%}); clean: {clean} ({clean / n:.1%})"
    )
    out.append("per kind (documents; de/fr/es/en):")
    for k in sorted(KINDS):
        docs = [b for b in built if k in b.record["kinds"]]
        pl = Counter(b.lang for b in docs)
        out.append(f"  {k:22s} {len(docs):4d}  " + "/".join(str(pl[lg]) for lg in LANGS))
    out.append("per family:")
    fam = Counter(b.family for b in built)
    for f in FAMILIES:
        out.append(f"  {f.name:34s} {fam[f.name]:3d}")
    return "\n".join(out)


def main(argv: list[str]) -> int:
    problems: list[str] = []
    lines = OUT.read_text(encoding="utf-8").splitlines() if OUT.exists() else []
    if not lines:
        problems.append(f"{OUT} missing or empty: run the build first")
    check_records(lines, problems)
    built = generate()
    if dumps(built) != "".join(line + "\n" for line in lines):
        problems.append("fresh18.jsonl differs from a fresh build: rebuild it")
    check_truth(built, problems)
    check_counts(built, problems)
    check_sentences(built, problems)
    if "--stats" in argv:
        print(stats(built))
    for p in problems:
        print(p)
    if not problems:
        print("ok")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
