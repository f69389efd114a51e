"""Does the configuration still say what the published policy promised?

`published_policy_problems` compares the policy the configuration would produce with the
latest published version. Anything that would be a material change (a longer retention
period, a recipient, country, purpose, data category or legal basis the policy does not
mention, a weaker safeguard) is a problem: the gateway would be doing more than it told
people it does. Editorial differences are not problems. `charter check --against-published`
prints them and exits non-zero.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine

from charter.governance.policy import service
from charter.governance.policy.diff import diff_policies
from charter.governance.policy.facts import policy_facts


def published_policy_problems(config: Any, engine: Engine) -> list[str]:
    """One line per way `config` goes beyond the latest published policy; [] when it does not."""
    published = service.latest(engine)
    if published is None:
        return ["no privacy policy has been published yet (run `charter policy publish`)"]
    changes = diff_policies(published.facts, policy_facts(config))
    return [f"not in the published policy (version {published.version}): {change.summary}"
            for change in changes if change.kind == "material"]
