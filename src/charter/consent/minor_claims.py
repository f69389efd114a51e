"""Whether the claims a person authenticated with say they are a minor (clause CHILD-1).

The rules come from `children.claims` (see `charter.consent.settings`); the claims from the
principal, which keeps only those the rules name. A claim that is absent says nothing. A claim
that is present but cannot be read (a flag that is not a boolean, an age that is not a whole
number, a birth date in another format, a birth year withheld as `0000`) counts as a minor:
the rule exists to protect children, so doubt is resolved in their favour. A birth year given
alone counts as the latest day of that year, the youngest the person can be.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from charter.consent.settings import ChildrenSettings, MinorClaimKind
from charter.identity.issuers import claim_name

_BIRTHDATE = re.compile(r"^(\d{4})(?:-(\d{2})-(\d{2}))?$")
_MISSING = object()


def age_on(born: date, today: date) -> int:
    """Whole years from `born` to `today` (someone born on 29 February ages on 1 March)."""
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def _birthdate(value: Any) -> date | None:
    """The birth date a claim gives (the youngest possible for a year alone), or None."""
    if not isinstance(value, str):
        return None
    found = _BIRTHDATE.match(value)
    if found is None:
        return None
    year, month, day = found.groups()
    if int(year) == 0:
        return None  # OpenID Connect's "year withheld"
    try:
        return date(int(year), int(month or 12), int(day or 31))
    except ValueError:
        return None


def says_minor(kind: MinorClaimKind, value: Any, minor_age: int, today: date) -> bool:
    """Whether one present claim of `kind` marks a minor (unreadable values do)."""
    if kind == "flag":
        return value is not False
    if kind == "age":
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            return True
        return bool(value < minor_age)
    born = _birthdate(value)
    return born is None or born > today or age_on(born, today) < minor_age


class MinorClaims:
    """The rules of one configuration, by issuer name, ready for the `children` stage."""

    def __init__(self, settings: ChildrenSettings) -> None:
        self.minor_age = settings.minor_age
        self._rules: dict[str, list[tuple[str, MinorClaimKind]]] = {}
        for rule in settings.claims:
            self._rules.setdefault(rule.issuer, []).append((claim_name(rule.claim), rule.kind))

    def __bool__(self) -> bool:
        return bool(self._rules)

    def minor(self, issuer: str, claims: Mapping[str, Any], today: date | None = None) -> bool:
        """Whether the claims of a person authenticated by `issuer` mark a minor."""
        rules = self._rules.get(issuer)
        if not rules or not claims:
            return False
        today = today or datetime.now(UTC).date()
        for key, kind in rules:
            value = claims.get(key, _MISSING)
            if value is not _MISSING and says_minor(kind, value, self.minor_age, today):
                return True
        return False
