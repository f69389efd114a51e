"""Check ``fresh20.jsonl``: ``python -m tests.privacy.corpus.fresh20.check [--stats]``.

Rebuilds the corpus in memory and compares bytes, then checks the record format, labels
against the recorded marks, literal presence, checksums in both directions, the absence of
unmarked e-mails, IPv4 addresses, SSN shapes and 7+ digit runs, and the size and balance
figures of the brief. Prints ``ok`` when everything holds.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterable

from . import validators as v
from .build import FILENAME, HERE, Built, generate, render
from .ctx import ALL_KINDS, SPECIAL, Mark

ID_RE = re.compile(r"fresh20-(\d{4})-([a-z0-9_]+)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
IPV4_RE = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
SSN_RE = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
DIGITS_RE = re.compile(r"\d{7,}")
CARD_RE = re.compile(r"(?<![\d])(?:\d[ -]?){14,18}\d(?![\d])")
IBAN_RE = re.compile(r"(?<![A-Z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}")
NINO_RE = re.compile(r"(?<![A-Z0-9])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])")
DNI_RE = re.compile(r"(?<![A-Z0-9])[XYZ]?-?\d{7,8}-?[A-Z](?![A-Za-z0-9])")
NIR_RE = re.compile(r"(?<!\d)[12] ?\d{2} ?\d{2} ?\d{2} ?\d{3} ?\d{3} ?\d{2}(?!\d)")

DOCS_RANGE = (650, 750)
MIN_FAMILIES = 140
SPECIAL_SHARE = (0.35, 0.45)
CLEAN_SHARE = (0.25, 0.35)
MIN_SPECIAL = 40
MIN_OTHER = 25
MIN_SPECIAL_PER_LANG = 2  # every special category in every language (biometric has no free text)
LANG_SHARE = {"en": (0.50, 0.60), "de": (0.12, 0.18), "fr": (0.12, 0.18), "es": (0.12, 0.18)}


def escaped(literal: str) -> str:
    return json.dumps(literal, ensure_ascii=False)[1:-1]


def spans(text: str, marks: Iterable[Mark]) -> list[tuple[int, int, Mark]]:
    out = []
    for m in marks:
        for form in {escaped(m.literal), m.literal}:
            start = text.find(form)
            while start != -1:
                out.append((start, start + len(form), m))
                start = text.find(form, start + 1)
    return out


def covering(sp: list[tuple[int, int, Mark]], a: int, b: int) -> list[Mark]:
    return [m for s, e, m in sp if s <= a and b <= e]


def check_record(b: Built, problems: list[str]) -> None:
    p = problems
    rec = json.loads(b.line)
    if list(rec) != ["id", "doc", "kinds", "note"]:
        p.append(f"{b.id}: keys {list(rec)}")
    m = ID_RE.fullmatch(rec["id"])
    if not m or m.group(2) != b.family:
        p.append(f"{b.id}: bad id")
    kinds = rec["kinds"]
    if kinds != sorted(set(kinds)) or any(k not in ALL_KINDS for k in kinds):
        p.append(f"{b.id}: kinds not sorted/unique/known: {kinds}")
    want = sorted({mk.kind for mk in b.marks if mk.kind})
    if kinds != want:
        p.append(f"{b.id}: kinds {kinds} != marks {want}")
    words = rec["note"].split(" ")
    if words[0] != b.family or len(words) < 2 or words[1] != f"lang/{b.lang}":
        p.append(f"{b.id}: note must start with family and lang: {rec['note'][:60]}")
    for mk in b.marks:
        if not mk.silent and mk.tag not in words:
            p.append(f"{b.id}: tag {mk.tag} missing from note")
    if b.clean_family and kinds:
        p.append(f"{b.id}: clean family with kinds {kinds}")

    text = json.dumps(rec["doc"], ensure_ascii=False)
    for mk in b.marks:
        if escaped(mk.literal) not in text and mk.literal not in text:
            p.append(f"{b.id}: literal of {mk.kind or mk.tag} not in document: {mk.literal[:40]!r}")
        if mk.check:
            ok = v.CHECKS[mk.check](mk.literal)
            if mk.check == "luhn":
                ok = ok and bool(v.card_brand(mk.literal))
            if mk.kind and not ok:
                p.append(f"{b.id}: labelled {mk.check} literal fails its check: {mk.literal}")
            if mk.kind is None and v.CHECKS[mk.check](mk.literal):
                p.append(f"{b.id}: decoy {mk.check} literal passes its check: {mk.literal}")
    sp = spans(text, b.marks)

    def need(kind: str | None, what: str, a: int, bb: int) -> None:
        cov = covering(sp, a, bb)
        if kind is None:
            if not cov:
                p.append(f"{b.id}: unmarked {what}: {text[a:bb]!r}")
        elif not any(mk.kind == kind for mk in cov) and not any(
            mk.kind
            and mk.literal != text[a:bb]
            and mk.literal.strip() != text[a:bb].strip()
            and mk.kind != kind
            for mk in cov
        ):
            p.append(f"{b.id}: {what} outside a {kind} mark: {text[a:bb]!r}")

    for rx, what in (
        (EMAIL_RE, "e-mail"),
        (IPV4_RE, "IPv4"),
        (SSN_RE, "SSN shape"),
        (DIGITS_RE, "7+ digit run"),
    ):
        for mt in rx.finditer(text):
            need(None, what, mt.start(), mt.end())
    for mt in CARD_RE.finditer(text):
        cand = mt.group(0).strip(" -")
        if v.luhn_ok(cand) and v.card_brand(cand):
            need("payment_card", "Luhn-valid card number", mt.start(), mt.start() + len(cand))
    for mt in IBAN_RE.finditer(text):
        compact = mt.group(0).replace(" ", "")
        n = v.IBAN_LENGTHS.get(compact[:2], 0)
        if n and len(compact) >= n and v.iban_ok(compact[:n]):
            need("bank_account", "valid IBAN", mt.start(), mt.end())
    for rx, chk in ((NINO_RE, "nino"), (DNI_RE, "dni"), (NIR_RE, "nir"), (SSN_RE, "ssn")):
        for mt in rx.finditer(text):
            if v.CHECKS[chk](mt.group(0)):
                need("national_id", f"valid {chk}", mt.start(), mt.end())


def check_leaks(built: list[Built], problems: list[str]) -> None:
    """Special phrases and full names of the corpus must not sit unlabelled in other documents."""
    phrases: dict[str, str] = {}
    for b in built:
        for mk in b.marks:
            if mk.kind in SPECIAL and mk.tag.startswith("text:") and len(mk.literal) >= 14:
                phrases[mk.literal] = mk.kind
            elif mk.kind == "person_name" and " " in mk.literal and "," not in mk.literal:
                phrases[mk.literal] = "person_name"
    for b in built:
        text = b.line[b.line.index('"doc": ') : b.line.rindex(', "kinds": ')]
        for lit, kind in phrases.items():
            if kind not in b.kinds and (lit in text or escaped(lit) in text):
                problems.append(f"{b.id}: contains {kind} literal {lit[:40]!r} but is not labelled")


def balance(built: list[Built], problems: list[str]) -> None:
    n = len(built)
    fams = {b.family for b in built}
    if not DOCS_RANGE[0] <= n <= DOCS_RANGE[1]:
        problems.append(f"documents: {n} not in {DOCS_RANGE}")
    if len(fams) < MIN_FAMILIES:
        problems.append(f"families: {len(fams)} < {MIN_FAMILIES}")
    special = sum(1 for b in built if set(b.kinds) & set(SPECIAL)) / n
    clean = sum(1 for b in built if not b.kinds) / n
    if not SPECIAL_SHARE[0] <= special <= SPECIAL_SHARE[1]:
        problems.append(f"special share {special:.3f} not in {SPECIAL_SHARE}")
    if not CLEAN_SHARE[0] <= clean <= CLEAN_SHARE[1]:
        problems.append(f"clean share {clean:.3f} not in {CLEAN_SHARE}")
    per = Counter(k for b in built for k in b.kinds)
    for k in ALL_KINDS:
        low = MIN_SPECIAL if k in SPECIAL else MIN_OTHER
        if per[k] < low:
            problems.append(f"kind {k}: {per[k]} documents < {low}")
    for k in SPECIAL:
        for lang in LANG_SHARE:
            docs = [x for x in built if x.lang == lang and k in x.kinds]
            if len(docs) < MIN_SPECIAL_PER_LANG:
                problems.append(f"kind {k}: {len(docs)} {lang} documents < {MIN_SPECIAL_PER_LANG}")
            if k != "biometric" and not any(
                w.startswith(f"text:{k}") for x in docs for w in x.note.split(" ")
            ):
                problems.append(f"kind {k}: no free-text occurrence in {lang}")
    langs = Counter(b.lang for b in built)
    for lang, (lo, hi) in LANG_SHARE.items():
        if not lo <= langs[lang] / n <= hi:
            problems.append(f"language {lang}: share {langs[lang] / n:.3f} not in {(lo, hi)}")


def stats(built: list[Built]) -> str:
    n = len(built)
    lines = [f"documents {n}", f"families {len({b.family for b in built})}"]
    special = sum(1 for b in built if set(b.kinds) & set(SPECIAL))
    clean = sum(1 for b in built if not b.kinds)
    lines.append(f"with a special category {special} ({special / n:.1%})")
    lines.append(f"clean {clean} ({clean / n:.1%})")
    lines.append("per kind (documents):")
    per = Counter(k for b in built for k in b.kinds)
    for k in ALL_KINDS:
        lines.append(f"  {k:22s} {per[k]}")
    lines.append("per language:")
    for lang, cnt in sorted(Counter(b.lang for b in built).items()):
        lines.append(f"  {lang} {cnt} ({cnt / n:.1%})")
    lines.append("per family (documents, clean):")
    fam = Counter(b.family for b in built)
    fam_clean = Counter(b.family for b in built if not b.kinds)
    for name, cnt in sorted(fam.items()):
        lines.append(f"  {name:40s} {cnt} {fam_clean[name]}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    built = generate()
    problems: list[str] = []
    path = HERE / FILENAME
    expected = render(built)
    if not path.exists():
        problems.append(f"{path} is missing")
    elif path.read_text(encoding="utf-8") != expected:
        problems.append(f"{path} differs from a fresh build; rerun the build")
    ids = [b.id for b in built]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for b in built:
        check_record(b, problems)
    check_leaks(built, problems)
    balance(built, problems)
    if "--stats" in args:
        print(stats(built))
    if problems:
        for prob in problems:
            print(prob)
        print(f"{len(problems)} problem(s)")
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
