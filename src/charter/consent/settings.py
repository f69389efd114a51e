"""`children:` in `charter.yaml`: who counts as a minor, and which token claims say so.

A person is a minor when they are marked in the `minors` table (`charter minors mark`), or
when a token of an external issuer carries a claim configured here that says so:

- `flag`: a boolean claim, `true` for a minor;
- `age`: the person's age in whole years, a minor below `minor_age`;
- `birthdate`: an OpenID Connect `birthdate` (`YYYY-MM-DD`, or `YYYY` alone), a minor while
  younger than `minor_age` on the gateway's current date (UTC).

Only the claims named here are kept with an authenticated person (and only in memory, for
the life of their token); every other claim of a token is dropped when it is verified.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from charter.identity.issuers import ClaimPath

MinorClaimKind = Literal["flag", "age", "birthdate"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MinorClaim(_Strict):
    """One issuer's claim that tells whether a person is a minor."""

    issuer: str = Field(min_length=1, description="the name of an external issuer "
                                                  "(`issuers[].name`)")
    claim: ClaimPath = Field(description="the claim's name, or a path into nested objects")
    kind: MinorClaimKind


class ChildrenSettings(_Strict):
    minor_age: int = Field(16, ge=1, le=21, description="people younger than this are minors"
                                                        " (GDPR Art. 8: 13 to 16, by country)")
    claims: list[MinorClaim] = Field(default_factory=list)


def carried_claims(settings: ChildrenSettings | None, issuer: str) -> tuple[ClaimPath, ...]:
    """The claims to keep from the tokens of `issuer` (and no other)."""
    if settings is None:
        return ()
    return tuple(rule.claim for rule in settings.claims if rule.issuer == issuer)


def unknown_issuers(settings: ChildrenSettings, issuers: Iterable[str]) -> list[int]:
    """Indexes of `claims` that name an issuer not in `issuers`."""
    known = set(issuers)
    return [index for index, rule in enumerate(settings.claims) if rule.issuer not in known]
