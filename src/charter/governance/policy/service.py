"""Publishing the policy: versions in the store, each with its text, facts and digest.

`publish` renders the policy for a configuration, compares it with the latest version and
stores a new one when anything changed. A material change (`diff.is_material`) needs an
approver; without one it is refused with `PolicyError`. In the same transaction, a material
change queues a webhook for every subscriber (`webhooks.enqueue`). The first version needs no
approver: there is nothing earlier for it to change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, func, insert, select

from charter.governance.policy import webhooks
from charter.governance.policy.diff import Change, diff_policies, is_material
from charter.governance.policy.facts import canonical_json, digest, policy_facts
from charter.governance.policy.models import APPROVER_MAX, policy_versions
from charter.governance.policy.render import render_markdown
from charter.store.engine import write_transaction


class PolicyError(Exception):
    """A publication or lookup that cannot be done; the text says why."""


@dataclass(frozen=True)
class PolicyVersion:
    version: int
    published_at: datetime
    approver: str | None
    material: bool
    digest: str
    markdown: str
    facts: dict[str, Any]

    def summary(self) -> dict[str, Any]:
        return {"version": self.version, "published_at": self.published_at.isoformat(),
                "approver": self.approver, "material": self.material, "digest": self.digest}


@dataclass(frozen=True)
class PublishResult:
    version: PolicyVersion
    created: bool  # False: the policy had not changed, `version` is the latest
    changes: list[Change] = field(default_factory=list)
    notifications: int = 0


@dataclass(frozen=True)
class Draft:
    """A policy rendered from a configuration, not (yet) published."""

    facts: dict[str, Any]
    markdown: str
    digest: str


def draft(config: Any) -> Draft:
    facts = policy_facts(config)
    markdown = render_markdown(facts)
    return Draft(facts, markdown, digest(facts, markdown))


def _version(row: Any) -> PolicyVersion:
    published = row["published_at"]
    if published.tzinfo is None:  # SQLite returns naive datetimes
        published = published.replace(tzinfo=UTC)
    return PolicyVersion(version=row["version"], published_at=published,
                         approver=row["approver"], material=bool(row["material"]),
                         digest=row["digest"], markdown=row["markdown"],
                         facts=json.loads(row["facts"]))


def latest(engine: Engine) -> PolicyVersion | None:
    with engine.connect() as connection:
        row = connection.execute(select(policy_versions)
                                 .order_by(policy_versions.c.version.desc()).limit(1)
                                 ).mappings().first()
    return None if row is None else _version(row)


def latest_marker(engine: Engine) -> tuple[int, str] | None:
    """(version, digest) of the latest version: a cheap query for pollers."""
    with engine.connect() as connection:
        row = connection.execute(select(policy_versions.c.version, policy_versions.c.digest)
                                 .order_by(policy_versions.c.version.desc()).limit(1)).first()
    return None if row is None else (int(row[0]), str(row[1]))


def get(engine: Engine, version: int) -> PolicyVersion:
    with engine.connect() as connection:
        row = connection.execute(select(policy_versions)
                                 .where(policy_versions.c.version == version)).mappings().first()
    if row is None:
        raise PolicyError(f"no published policy version {version}")
    return _version(row)


def versions(engine: Engine) -> list[PolicyVersion]:
    with engine.connect() as connection:
        rows = connection.execute(select(policy_versions)
                                  .order_by(policy_versions.c.version)).mappings().all()
    return [_version(row) for row in rows]


def publish(engine: Engine, config: Any, *, approver: str | None = None,
            now: datetime | None = None) -> PublishResult:
    """Store the policy for `config` as a new version if it differs from the latest."""
    now = now or datetime.now(UTC)
    approver = (approver or "").strip() or None
    if approver is not None and len(approver) > APPROVER_MAX:
        raise PolicyError(f"the approver's name is longer than {APPROVER_MAX} characters")
    current = draft(config)
    with write_transaction(engine, lock="policy-versions") as connection:
        row = connection.execute(select(policy_versions)
                                 .order_by(policy_versions.c.version.desc()).limit(1)
                                 ).mappings().first()
        previous = None if row is None else _version(row)
        if previous is not None and previous.digest == current.digest:
            return PublishResult(previous, created=False)
        changes = [] if previous is None else diff_policies(previous.facts, current.facts)
        material = is_material(changes)
        if material and approver is None:
            listed = "; ".join(c.summary for c in changes if c.kind == "material")
            raise PolicyError("this policy changes materially and needs an approver "
                              f"(--approver NAME): {listed}")
        number = int(connection.execute(
            select(func.coalesce(func.max(policy_versions.c.version), 0))).scalar_one()) + 1
        connection.execute(insert(policy_versions).values(
            version=number, published_at=now, approver=approver, material=material,
            digest=current.digest, markdown=current.markdown,
            facts=canonical_json(current.facts)))
        queued = 0
        if material:
            queued = webhooks.enqueue(connection, number,
                                      [c.as_dict() for c in changes if c.kind == "material"],
                                      now)
    published = PolicyVersion(number, now, approver, material, current.digest,
                              current.markdown, current.facts)
    return PublishResult(published, created=True, changes=changes, notifications=queued)
