"""Screening free text before it is kept: credentials redacted, special categories named.

What a requester writes into a ticket often carries more than the problem: an API key pasted
to show the failing call, a password, a word about their health. Credentials are replaced
before anything is stored (`charter.logs.redact_secrets` for the shapes it knows, then
Charter's scanner for the ones it does not); special-category data is kept, sealed, but its
kinds are recorded and the operator is warned, so that it can be removed or handled with care.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from charter.logs import redact_secrets
from charter.privacy.redaction import REDACTED
from charter.privacy.scanner import Scanner
from charter.privacy.scanner.kinds import GROUP_OF, KINDS
from charter.privacy.shared_scanner import shared_scanner

CREDENTIAL: Final = "credential"
_TOKENS = re.compile(r"(\s+)")


@dataclass(frozen=True)
class Screened:
    """Text fit to keep: `redactions` credentials were replaced by `[redacted]`;
    `special_categories` are the special-category kinds found (never what was found)."""

    text: str
    special_categories: tuple[str, ...]
    redactions: int

    def warnings(self) -> list[str]:
        """Codes for the operator: `special_category:<kind>`, `credential_redacted`."""
        found = [f"special_category:{kind}" for kind in self.special_categories]
        return found + (["credential_redacted"] if self.redactions else [])


def kinds_in(text: str, scanner: Scanner | None = None) -> set[str]:
    """The kinds of data the scanner finds in `text`."""
    return {finding.kind for finding in (scanner or shared_scanner()).scan_text(text)}


def screen(text: str, scanner: Scanner | None = None) -> Screened:
    """`text` with its credentials redacted, and the special categories found in it."""
    scanner = scanner or shared_scanner()
    cleaned = redact_secrets(text)
    if CREDENTIAL in kinds_in(cleaned, scanner):
        cleaned = "".join(_redact_line(line, scanner) if CREDENTIAL in kinds_in(line, scanner)
                          else line for line in cleaned.splitlines(keepends=True))
    found = kinds_in(cleaned, scanner)
    special = tuple(kind for kind in KINDS if kind in found
                    and GROUP_OF[kind] == "special_category")
    redactions = cleaned.count(REDACTED) - text.count(REDACTED)
    return Screened(cleaned, special, max(redactions, 0))


def _redact_line(line: str, scanner: Scanner) -> str:
    """One line the scanner sees a credential in, with the fewest words replaced that make it
    clean: first each word that is a credential on its own, then the one word whose removal
    clears the line (values come after their names, so from the end), else the whole line."""
    parts = _TOKENS.split(line)
    words = [index for index, part in enumerate(parts) if part and not part.isspace()]
    for index in words:
        if CREDENTIAL in kinds_in(parts[index], scanner):
            parts[index] = REDACTED
    if CREDENTIAL not in kinds_in("".join(parts), scanner):
        return "".join(parts)
    for index in reversed(words):
        if parts[index] == REDACTED:
            continue
        trial = [*parts[:index], REDACTED, *parts[index + 1:]]
        if CREDENTIAL not in kinds_in("".join(trial), scanner):
            return "".join(trial)
    ending = line[len(line.rstrip("\r\n")):]
    return REDACTED + ending
