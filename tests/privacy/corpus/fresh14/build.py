"""Seeded generator of the fresh14 corpus.

python -m tests.privacy.corpus.fresh14.build [OUT_DIR]
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from . import fam_clean, fam_infra, fam_llm, fam_public, fam_regulated
from .ctx import KINDS, SPECIAL, Ctx
from .sweep import consistency

HERE = Path(__file__).resolve().parent
FILE = HERE / "fresh14.jsonl"
PERSONAL_MODULES = [fam_llm, fam_public, fam_regulated, fam_infra]
LANG_WEIGHTS = [("en", 32), ("de", 22), ("fr", 18), ("es", 18), ("mix", 10)]
MAX_ATTEMPTS = 40

Family = tuple[str, Callable[[Ctx], dict[str, Any]], int]
Slot = tuple[str, Callable[[Ctx], dict[str, Any]], bool]


def personal_families() -> list[Family]:
    return [f for m in PERSONAL_MODULES for f in m.FAMILIES]


def clean_families() -> list[Family]:
    return list(fam_clean.FAMILIES)


def _slots() -> list[Slot]:
    slots = [(name, fn, True) for name, fn, n in personal_families() for _ in range(n)]
    slots += [(name, fn, False) for name, fn, n in clean_families() for _ in range(n)]
    random.Random("fresh14/order").shuffle(slots)
    return slots


def _focus_cycle() -> list[str]:
    others = [k for k in KINDS if k not in SPECIAL]
    return (
        SPECIAL * 4
        + others
        + [
            "payment_card",
            "precise_location",
            "credential",
            "passport",
            "political_opinion",
            "sex_life_orientation",
        ]
    )


ROUTES = [
    "/v1/chat/completions",
    "/v1/embeddings",
    "/api/v2/cases",
    "/api/v2/claims",
    "/fhir/R4",
    "/graphql",
    "/webhooks/in",
    "/api/v1/exports",
    "/api/v3/records",
    "/odata/v4",
    "/api/public/reference",
]


def envelope(c: Ctx, name: str, body: Any) -> dict[str, Any]:
    """Gateway capture envelope around a payload; never inserts a kind."""
    return {
        "gateway": {
            "request_id": c.uuid(),
            "trace_id": c.hexs(32),
            "route": c.pick(ROUTES),
            "method": c.pick(["POST", "GET", "PUT"]),
            "status": c.pick([200, 200, 201, 202, 400, 422, 502]),
            "latency_ms": c.n(3, 4800),
            "received_at": c.ts(),
            "upstream": c.pick(["llm-proxy", "case-api", "fhir-store", "export-svc", "ref-data"]),
            "headers": {
                "content-type": "application/json",
                "user-agent": c.pick(
                    [
                        "python-httpx/0.27.2",
                        "okhttp/4.12.0",
                        "Go-http-client/2.0",
                        "node-fetch/3.3.2",
                    ]
                ),
            },
        },
        "body": body,
    }


def kinds_of(tags: Iterable[str]) -> list[str]:
    out: set[str] = set()
    for t in tags:
        out.add(t.split(":", 1)[1].split("/")[0] if t.startswith("text:") else t.split(":", 1)[0])
    return sorted(out)


def make_record(
    idx: int,
    name: str,
    fn: Callable[[Ctx], dict[str, Any]],
    personal: bool,
    focus: list[str],
    lang: str,
) -> dict[str, Any]:
    last = None
    for attempt in range(MAX_ATTEMPTS):
        c = Ctx(f"fresh14|{idx}|{name}|{attempt}", lang, focus if personal else [])
        doc = fn(c)
        size = len(json.dumps(doc, ensure_ascii=False).encode())
        if c.chance(0.9 if size < 400 else 0.08):
            doc = envelope(c, name, doc)
        doc = json.loads(json.dumps(doc, ensure_ascii=False))  # normalise (tuples, key order kept)
        if not personal and c.tags:
            raise AssertionError(f"clean family {name} inserted {c.tags}")
        probs = consistency(doc, c.tags)
        if not probs:
            tags = c.tags
            note = f"{name}: " + (", ".join(tags) if tags else "clean")
            return {
                "id": f"fresh14-{idx:04d}-{name}",
                "doc": doc,
                "kinds": kinds_of(tags),
                "note": note,
            }
        last = probs
    raise AssertionError(f"{name} #{idx}: sweep inconsistent after {MAX_ATTEMPTS} attempts: {last}")


def records() -> list[dict[str, Any]]:
    rng = random.Random("fresh14/assign")
    langs = [lang for lang, w in LANG_WEIGHTS for _ in range(w)]
    cycle = _focus_cycle()
    out, j = [], 0
    for i, (name, fn, personal) in enumerate(_slots(), start=1):
        lang = rng.choice(langs)
        focus: list[str] = []
        if personal:
            focus = [cycle[j % len(cycle)]]
            j += 1
            if rng.random() < 0.3:
                extra = rng.choice(KINDS)
                if extra not in focus:
                    focus.append(extra)
        out.append(make_record(i, name, fn, personal, focus, lang))
    return out


def render() -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records())


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    out_dir = Path(argv[0]) if argv else HERE
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "fresh14.jsonl").write_text(render(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
