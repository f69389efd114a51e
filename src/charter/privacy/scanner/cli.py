"""`charter scan`: findings of the scanner for a JSON document or a JSON Lines file.

Output: one JSON object per finding per line,
`{"doc": N, "path": "$.a", "kind": "email", "detector": "email", "confidence": 0.95}`,
where `doc` is 0 for a single document and the 0-based line number with `--jsonl`. A
document that is not valid JSON gives one `{"doc": N, "error": "..."}` line (the message
says where parsing failed, never what the document contains) and scanning goes on; blank
lines of a JSON Lines file are skipped (their numbers still count). The exit status is 0
whatever was found; 1 only if FILE cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from charter.privacy.scanner.engine import Scanner

# Findings below this confidence are not printed. 0.0: all are; the figure that maximised
# document-level F1 on the development corpus is documented in docs/scanner.md.
DEFAULT_MIN_CONFIDENCE = 0.0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `scan` to `charter`'s subcommands."""
    scan = commands.add_parser(
        "scan", help="report personal and sensitive data in JSON documents")
    scan.add_argument("file", metavar="FILE", help="the JSON document to scan; - for stdin")
    scan.add_argument("--jsonl", action="store_true",
                      help="FILE holds one JSON document per line")
    scan.add_argument("--min-confidence", type=_confidence, default=DEFAULT_MIN_CONFIDENCE,
                      metavar="X", help="print only findings of at least this confidence"
                      f" (default: {DEFAULT_MIN_CONFIDENCE})")
    scan.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Scan FILE and print the findings; returns the exit status (0)."""
    from charter.privacy.scanner.engine import Scanner

    scanner = Scanner()
    if args.file == "-":
        return _scan_stream(scanner, sys.stdin.buffer, args, sys.stdout)
    with open(args.file, "rb") as handle:
        return _scan_stream(scanner, handle, args, sys.stdout)


def _scan_stream(scanner: Scanner, source: IO[bytes], args: argparse.Namespace,
                 out: IO[str]) -> int:
    documents: Iterator[tuple[int, bytes]]
    if args.jsonl:
        documents = enumerate(source)
    else:
        documents = iter([(0, source.read())])
    threshold: float = args.min_confidence
    for number, data in documents:
        if args.jsonl and not data.strip():
            continue
        try:
            findings = scanner.scan_json(data)
        except ValueError as exc:
            out.write(json.dumps({"doc": number, "error": _describe(exc)}) + "\n")
            continue
        except RecursionError:
            out.write(json.dumps({"doc": number, "error": "document nested too deeply"}) + "\n")
            continue
        for finding in findings:
            if finding.confidence < threshold:
                continue
            out.write(json.dumps({
                "doc": number, "path": finding.path, "kind": finding.kind,
                "detector": finding.detector, "confidence": round(finding.confidence, 3),
            }, ensure_ascii=False) + "\n")
    out.flush()
    return 0


def _describe(exc: ValueError) -> str:
    """Where the document is broken, never what it contains."""
    if isinstance(exc, json.JSONDecodeError):
        return f"invalid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
    if isinstance(exc, UnicodeDecodeError):
        return f"invalid JSON: not UTF-8 (byte {exc.start})"
    return "invalid JSON"


def _confidence(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return value
