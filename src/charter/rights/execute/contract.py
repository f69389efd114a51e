"""The interface between the rights-request workflow and the executor.

The workflow verifies a request and then calls `charter.rights.execute.run` in a worker
thread with a request shaped like `RightsRequestLike`; it gets an `ExecutionResult` back. The
result carries counts and codes only, never content: it is stored and shown to operators.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, Protocol

from charter.audit.log import safe_value

RequestType = Literal["access", "export", "rectify", "erase", "restrict", "object",
                      "withdraw_consent"]
REQUEST_TYPES: tuple[str, ...] = ("access", "export", "rectify", "erase", "restrict", "object",
                                  "withdraw_consent")
Outcome = Literal["completed", "denied", "partial"]


class RightsRequestLike(Protocol):
    """What the executor reads of a verified request.

    `subject_identifiers` are (kind, value) pairs: `("account", "acc_...")`,
    `("email", "ada@example.com")`, `("client", "cli_...")`, `("sub", "<issuer>:<sub>")`;
    `subject_keys` are `Pseudonymizer.subject_key(kind, value)` of those. `details` holds what
    the type needs: `fields` (rectify), `purposes` (restrict, object, withdraw_consent).
    """

    @property
    def id(self) -> str: ...

    @property
    def type(self) -> str: ...

    @property
    def subject_identifiers(self) -> Sequence[tuple[str, str]]: ...

    @property
    def subject_keys(self) -> Sequence[str]: ...

    @property
    def details(self) -> Mapping[str, Any]: ...

    @property
    def jurisdiction(self) -> str | None: ...

    @property
    def received_at(self) -> datetime: ...

    @property
    def due_at(self) -> datetime | None: ...


@dataclass(frozen=True)
class ExecutionResult:
    """How a request was carried out.

    `outcome`: `completed` (everything done, here and at every upstream that holds personal
    data), `partial` (done here, but an upstream did not confirm: see `rights_deliveries`), or
    `denied` (nothing done; `reason` says why, as a machine code). `summary` maps names to
    counts or codes (`access_log.deleted: 12`, `upstream.shop: completed`), never content.
    `artifact_id` is the bundle of an access or export request (see `bundles.signed_link`).
    """

    outcome: Outcome
    summary: dict[str, int | str] = field(default_factory=dict)
    artifact_id: str | None = None
    reason: str | None = None


_REQUEST_ID = re.compile(r"^rr_[A-Za-z0-9]{1,29}$")


def audit_request_id(value: str) -> str:
    """`value` as an audit target may name it. The workflow's ids (`rr_` and 22 random
    characters) look like secrets to `safe_value`, which would record them as `<invalid>`;
    they are ids of ours, so they are kept; anything else goes through `safe_value`."""
    return value if _REQUEST_ID.match(value) else safe_value(value)
