"""Executing verified data subject rights requests (clauses RIGHTS-1 to RIGHTS-6, SHARE-4).

`run` is called by the rights workflow, in a worker thread, once a request is verified. It is
generic over the privacy inventory: every table with a subject column is searched, exported,
or erased by its declared method; restrictions and objections become flags the gateway
enforces; a withdrawal of consent closes the person's consent records; upstreams that hold
personal data get a signed webhook.
"""

from __future__ import annotations

from sqlalchemy import Engine

from charter.config.models import CharterConfig
from charter.privacy.keyring import Keyring
from charter.rights.execute.bundles import purge_bundles, signed_link
from charter.rights.execute.contract import ExecutionResult, RightsRequestLike
from charter.rights.execute.lift import lift_restriction
from charter.rights.execute.runner import execute

__all__ = ["ExecutionResult", "RightsRequestLike", "lift_restriction", "purge_bundles", "run",
           "signed_link"]


def run(engine: Engine, keyring: Keyring, config: CharterConfig,
        request: RightsRequestLike) -> ExecutionResult:
    """Carry out `request` and return what was done (counts and codes, never content).

    Blocking: call it from a worker thread. Safe to call again for the same request after a
    failure: erasure, flags and rectification are idempotent; access makes a new bundle.
    """
    return execute(engine, keyring, config, request)
