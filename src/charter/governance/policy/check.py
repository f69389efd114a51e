"""Does the configuration still say what the published policy promised?

`published_policy_problems` compares the policy the configuration would produce with the
latest published version. Anything that would be a material change (a longer retention
period, a recipient, country, purpose, data category or legal basis the policy does not
mention, a weaker safeguard) is a problem: the gateway would be doing more than it told
people it does. Editorial differences are not problems.

`compare_with_published` is what `charter check` runs on every configuration: it opens the
configuration's store without creating it, and says which of five things it found (no store
yet, a store it cannot read, nothing published, a match, a contradiction). Only a
contradiction is a failure of the configuration; the others are facts about the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Engine, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from charter.governance.policy import service
from charter.governance.policy.diff import diff_policies
from charter.governance.policy.facts import policy_facts
from charter.governance.policy.models import policy_versions

# A check must not hang on a database server that does not answer.
CONNECT_TIMEOUT_SECONDS = 3
NOTHING_PUBLISHED = "no privacy policy has been published yet (run `charter policy publish`)"

Outcome = Literal["no_store", "unreachable", "not_published", "matches", "contradicts"]


@dataclass(frozen=True)
class Comparison:
    """What comparing a configuration with its store's published policy found.

    `problems` (for `contradicts`) has one line per way the configuration goes beyond the
    policy; `version` is the published version compared with; `error` names the kind of
    failure (`OperationalError`) when the store could not be read, never its message (which
    may quote the store's URL and password)."""

    outcome: Outcome
    problems: list[str] = field(default_factory=list)
    version: int | None = None
    error: str | None = None


def published_policy_problems(config: Any, engine: Engine) -> list[str]:
    """One line per way `config` goes beyond the latest published policy; [] when it does not."""
    published = service.latest(engine)
    if published is None:
        return [NOTHING_PUBLISHED]
    return _problems(config, published)


def _problems(config: Any, published: service.PolicyVersion) -> list[str]:
    changes = diff_policies(published.facts, policy_facts(config))
    return [f"not in the published policy (version {published.version}): {change.summary}"
            for change in changes if change.kind == "material"]


def compare_with_published(config: Any, store_url: str) -> Comparison:
    """Compare `config` with the latest policy published in the store at `store_url`.

    A SQLite file that does not exist is not created (`no_store`); a store that cannot be
    connected to, or read, is `unreachable`; a store without the policy table (never
    migrated) or without a version is `not_published`."""
    from charter.store.engine import make_engine

    if _missing_sqlite_file(store_url):
        return Comparison("no_store")
    try:
        engine = make_engine(_quick(store_url))
    except (ValueError, SQLAlchemyError) as exc:
        return Comparison("unreachable", error=type(exc).__name__)
    try:
        if not inspect(engine).has_table(policy_versions.name):
            return Comparison("not_published")
        published = service.latest(engine)
    except SQLAlchemyError as exc:
        return Comparison("unreachable", error=type(exc).__name__)
    finally:
        engine.dispose()
    if published is None:
        return Comparison("not_published")
    problems = _problems(config, published)
    return Comparison("contradicts" if problems else "matches", problems, published.version)


def _missing_sqlite_file(store_url: str) -> bool:
    try:
        url = make_url(store_url)
    except Exception:
        return False  # reported as unreachable by `make_engine`
    if url.get_backend_name() != "sqlite":
        return False
    database = url.database or ""
    if database in ("", ":memory:") or database.startswith("file:"):
        return False
    return not Path(database).expanduser().is_file()


def _quick(store_url: str) -> str:
    """`store_url` with a short connection timeout on PostgreSQL, unless it sets one."""
    url = make_url(store_url)
    if url.get_backend_name() != "postgresql" or "connect_timeout" in url.query:
        return store_url
    quick = url.update_query_dict({"connect_timeout": str(CONNECT_TIMEOUT_SECONDS)})
    return quick.render_as_string(hide_password=False)
