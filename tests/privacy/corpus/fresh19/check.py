"""Check fresh19: `python -m tests.privacy.corpus.fresh19.check [--stats]` prints `ok` or problems.

The checks rebuild the corpus in memory (so the recorded marks are available), compare it with
the committed file byte for byte, and then verify formats, labels and corpus-wide targets.
"""

import json
import re
import sys
from collections import Counter, defaultdict
from urllib.parse import quote_plus

from .build import OUT, Built, build, serialize
from .doc import dumps, present
from .kinds import KIND_SET, LANG_SHARE, LANGS, SPECIAL, TEXT_SPECIAL
from .text import MAX_USES, all_sentences
from .validators import (
    CARD_PREFIX,
    digits_of,
    dni_nie_ok,
    iban_ok,
    iban_shaped,
    is_card,
    nino_ok,
    nir_ok,
    ssn_ok,
    steuer_id_ok,
)

ID_RE = re.compile(r"^fresh19-(\d{4})-([a-z0-9_]+)$")
CARD_RE = re.compile(
    r"(?<![\w+])(?<![\d][ -])"
    r"(\d{13,19}|\d{4}([ -])\d{4}\2\d{4}\2\d{4}|\d{4}([ -])\d{6}\3\d{5})"
    r"(?![\w])(?![ -]\d)"
)
IBAN_RE = re.compile(
    r"(?<![A-Za-z0-9])([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)(?![A-Za-z0-9])"
)
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
SSN_RE = re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)")
DIGIT_RUN = re.compile(r"\d{7,}")
FILE_EXTENSIONS = frozenset({"png", "jpg", "jpeg", "svg", "gif", "webp"})
NATIONAL_CHECKS = {
    "ssn": ssn_ok,
    "nino": nino_ok,
    "steuer_id": steuer_id_ok,
    "nir": nir_ok,
    "dni_nie": dni_nie_ok,
}

# corpus-wide targets from the brief
SIZE = (600, 700)
MIN_FAMILIES = 100
MIN_PER_SPECIAL = 40
SPECIAL_SHARE = (0.35, 0.45)
CLEAN_SHARE = (0.25, 0.35)
LANG_TOLERANCE = 0.03
MIN_SENTENCES_PER_PAIR = 8
MIN_HARDNEG_PER_LANG = 6


def covered(fragment: str, literals: list[str]) -> bool:
    return any(fragment in lit or fragment in dumps(lit)[1:-1] for lit in literals)


def check_record_format(lines: list[str], problems: list[str]) -> None:
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
        m = ID_RE.match(str(rec["id"]))
        if not m or int(m.group(1)) != n:
            problems.append(f"line {n}: bad or out-of-sequence id {rec['id']!r}")
        elif not str(rec["note"]).startswith(f"{m.group(2)}: "):
            problems.append(f"{rec['id']}: note does not start with the family")
        if rec["id"] in seen:
            problems.append(f"{rec['id']}: duplicate id")
        seen.add(rec["id"])
        kinds = rec["kinds"]
        if not isinstance(kinds, list) or any(k not in KIND_SET for k in kinds):
            problems.append(f"{rec['id']}: unknown kind in {kinds}")
        elif kinds != sorted(set(kinds)):
            problems.append(f"{rec['id']}: kinds not sorted and unique")


def check_labels(b: Built, problems: list[str]) -> None:
    rid = b.record["id"]
    s = dumps(b.record["doc"])
    kinds = set(b.record["kinds"])
    marked = {m.kind for m in b.marks if m.kind in KIND_SET}
    if kinds != marked:
        problems.append(
            f"{rid}: labels {sorted(kinds)} differ from surviving marks {sorted(marked)}"
        )
    for kind in kinds:
        if not any(m.kind == kind and present(m.literal, s) for m in b.marks):
            problems.append(f"{rid}: label {kind} has no literal in the document")
    if b.family.clean and kinds:
        problems.append(f"{rid}: clean family carries {sorted(kinds)}")


def check_checksums(b: Built, problems: list[str]) -> None:
    rid = b.record["id"]
    s = dumps(b.record["doc"])
    kinds = set(b.record["kinds"])
    card_marks = [digits_of(m.literal) for m in b.marks if m.kind == "payment_card"]
    for m in b.marks:
        if m.kind == "payment_card" and not is_card(m.literal):
            problems.append(f"{rid}: labelled card fails Luhn/brand")
        if m.kind == "decoy:card":
            if is_card(m.literal):
                problems.append(f"{rid}: card decoy is a valid card")
            if "payment_card" in kinds:
                problems.append(f"{rid}: card decoy in a document labelled payment_card")
        if m.kind == "bank_account" and m.tag.startswith("iban/") and not iban_ok(m.literal):
            problems.append(f"{rid}: labelled IBAN fails mod 97")
        if m.kind == "decoy:iban":
            if iban_ok(m.literal):
                problems.append(f"{rid}: IBAN decoy is valid")
            if "bank_account" in kinds:
                problems.append(f"{rid}: IBAN decoy in a document labelled bank_account")
        if m.kind == "national_id":
            scheme = m.tag.split("/", 1)[1]
            if not NATIONAL_CHECKS[scheme](m.literal):
                problems.append(f"{rid}: labelled {scheme} fails its check")
        if m.kind == "decoy:national_id":
            literal = m.literal.replace(" ", "")
            if any(check(literal) for check in NATIONAL_CHECKS.values()):
                problems.append(f"{rid}: national id decoy passes a check")
            if "national_id" in kinds:
                problems.append(f"{rid}: national id decoy in a document labelled national_id")
    for cm in CARD_RE.finditer(s):
        cand = cm.group(1)
        if is_card(cand):
            if "payment_card" not in kinds or digits_of(cand) not in card_marks:
                problems.append(f"{rid}: unlabelled Luhn-valid card number")
        elif "payment_card" in kinds and CARD_PREFIX.match(digits_of(cand)):
            problems.append(f"{rid}: Luhn-failing card-shaped number in a payment_card document")
    iban_marks = [m.literal.replace(" ", "") for m in b.marks if m.kind == "bank_account"]
    for im in IBAN_RE.finditer(s):
        cand = im.group(1)
        if not iban_shaped(cand):
            continue
        if iban_ok(cand):
            if "bank_account" not in kinds or cand.replace(" ", "") not in iban_marks:
                problems.append(f"{rid}: unlabelled valid IBAN")
        elif "bank_account" in kinds:
            problems.append(f"{rid}: invalid IBAN in a document labelled bank_account")


def check_scans(b: Built, problems: list[str]) -> None:
    """Patterns that must only occur where a value maker put them."""
    rid = b.record["id"]
    s = dumps(b.record["doc"])
    lits = [m.literal for m in b.marks]
    email_lits = [m.literal for m in b.marks if m.kind in ("email", "credential")]
    for em in EMAIL_RE.finditer(s):
        if em.group(0).rsplit(".", 1)[1] in FILE_EXTENSIONS:
            continue  # asset names such as icon@2x.png
        if not covered(em.group(0), email_lits):
            problems.append(f"{rid}: unmarked e-mail-like string")
    ip_lits = [m.literal for m in b.marks if m.kind == "ip_address"]
    for im in IPV4_RE.finditer(s):
        if all(int(p) <= 255 for p in im.group(0).split(".")) and not covered(im.group(0), ip_lits):
            problems.append(f"{rid}: unmarked IPv4 address")
    nid_lits = [m.literal for m in b.marks if m.kind in ("national_id", "decoy:national_id")]
    for sm in SSN_RE.finditer(s):
        if ssn_ok(sm.group(0)) and not covered(sm.group(0), nid_lits):
            problems.append(f"{rid}: unmarked SSN-shaped value")
    for dm in DIGIT_RUN.finditer(s):
        if not covered(dm.group(0), lits):
            problems.append(f"{rid}: unmarked run of {len(dm.group(0))} digits")


def check_targets(built: list[Built], problems: list[str]) -> None:
    n = len(built)
    if not SIZE[0] <= n <= SIZE[1]:
        problems.append(f"{n} documents, want {SIZE[0]}-{SIZE[1]}")
    families = {b.family.name for b in built}
    if len(families) < MIN_FAMILIES:
        problems.append(f"{len(families)} families, want at least {MIN_FAMILIES}")
    langs = Counter(b.lang for b in built)
    for lang in LANGS:
        share = langs[lang] / n
        if abs(share - LANG_SHARE[lang]) > LANG_TOLERANCE:
            problems.append(f"language {lang}: {share:.1%}, want about {LANG_SHARE[lang]:.0%}")
    per_kind = Counter(k for b in built for k in b.record["kinds"])
    for kind in SPECIAL:
        if per_kind[kind] < MIN_PER_SPECIAL:
            problems.append(f"{kind}: {per_kind[kind]} documents, want {MIN_PER_SPECIAL}")
    special = sum(1 for b in built if set(b.record["kinds"]) & set(SPECIAL)) / n
    if not SPECIAL_SHARE[0] <= special <= SPECIAL_SHARE[1]:
        problems.append(f"special-category share {special:.1%}, want about 40%")
    clean = sum(1 for b in built if not b.record["kinds"]) / n
    if not CLEAN_SHARE[0] <= clean <= CLEAN_SHARE[1]:
        problems.append(f"clean share {clean:.1%}, want about 30%")


def check_sentences(built: list[Built], problems: list[str]) -> None:
    sentences = all_sentences()
    docs_by_sid: dict[str, set[str]] = defaultdict(set)
    for b in built:
        for m in b.marks:
            if m.sid:
                docs_by_sid[m.sid].add(b.record["id"])
    serialized = [(b.record["id"], dumps(b.record["doc"])) for b in built]
    for sent in sentences:
        forms = (sent.text, quote_plus(sent.text, safe=""))
        hits = {rid for rid, s in serialized if any(present(f, s) for f in forms)}
        if hits != docs_by_sid.get(sent.sid, set()):
            problems.append(f"sentence {sent.sid}: present in documents that did not record it")
        if len(hits) > MAX_USES:
            problems.append(f"sentence {sent.sid} used in {len(hits)} documents")
    pair_sids: dict[tuple[str, str], set[str]] = defaultdict(set)
    hardneg: dict[str, set[str]] = defaultdict(set)
    for sent in sentences:
        if not docs_by_sid.get(sent.sid):
            continue
        if sent.pool in TEXT_SPECIAL:
            pair_sids[(sent.pool, sent.lang)].add(sent.sid)
        elif sent.pool == "hardneg":
            hardneg[sent.lang].add(sent.sid)
    for (kind, lang), sids in sorted(pair_sids.items()):
        if len(sids) < MIN_SENTENCES_PER_PAIR:
            problems.append(f"text {kind}/{lang}: {len(sids)} distinct sentences, want 8")
    for lang in LANGS:
        if len(hardneg[lang]) < MIN_HARDNEG_PER_LANG:
            problems.append(f"hard negatives/{lang}: {len(hardneg[lang])} sentences, want 6")


def stats(built: list[Built]) -> None:
    n = len(built)
    per_kind = Counter(k for b in built for k in b.record["kinds"])
    print(f"documents: {n}")
    print(f"families: {len({b.family.name for b in built})}")
    special = sum(1 for b in built if set(b.record["kinds"]) & set(SPECIAL))
    clean = sum(1 for b in built if not b.record["kinds"])
    print(f"with a special category: {special} ({special / n:.1%})")
    print(f"clean: {clean} ({clean / n:.1%})")
    print("per kind:")
    for kind in sorted(KIND_SET, key=lambda k: (-per_kind[k], k)):
        print(f"  {kind:24s} {per_kind[kind]}")
    langs = Counter(b.lang for b in built)
    print("per language:")
    for lang in LANGS:
        print(f"  {lang}  {langs[lang]} ({langs[lang] / n:.1%})")
    pairs: Counter[tuple[str, str]] = Counter()
    for b in built:
        for m in b.marks:
            if m.sid and m.kind in TEXT_SPECIAL:
                pairs[(m.kind, m.tag.rsplit("/", 1)[1])] += 1
    print("free-text insertions per (kind, language):")
    for kind in TEXT_SPECIAL:
        row = "  ".join(f"{lang}={pairs[(kind, lang)]}" for lang in LANGS)
        print(f"  {kind:24s} {row}")
    distinct: dict[tuple[str, str], set[str]] = defaultdict(set)
    for b in built:
        for m in b.marks:
            if m.sid:
                distinct[(m.kind, m.sid.split(":")[0])].add(m.sid)
    print("distinct sentences per (pool, language):")
    for kind in (*TEXT_SPECIAL, "hardneg", "neutral"):
        row = "  ".join(f"{lang}={len(distinct[(kind, lang)])}" for lang in LANGS)
        print(f"  {kind:24s} {row}")
    fams = Counter(b.family.name for b in built)
    print("per family:")
    for name, count in sorted(fams.items()):
        print(f"  {name:30s} {count}")


def main(argv: list[str]) -> int:
    problems: list[str] = []
    if not OUT.exists():
        print(f"{OUT} is missing; run the build first")
        return 1
    text = OUT.read_text(encoding="utf-8")
    lines = text.splitlines()
    check_record_format(lines, problems)
    built = build()
    if serialize(built) != text:
        problems.append("fresh19.jsonl differs from a fresh build")
    for b in built:
        check_labels(b, problems)
        check_checksums(b, problems)
        check_scans(b, problems)
    check_targets(built, problems)
    check_sentences(built, problems)
    if "--stats" in argv:
        stats(built)
    if problems:
        for p in problems:
            print(p)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
