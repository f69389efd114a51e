"""Changes are classified: what widens processing is material, the rest editorial."""

from __future__ import annotations

import pytest

from charter.governance.policy.diff import diff_policies, is_material
from charter.governance.policy.facts import policy_facts
from tests.governance.policy.conftest import ConfigFactory

pytestmark = pytest.mark.clause("UPDATE-1")

NEW_RECIPIENT = """\
  - {name: mailer, role: processor, country: DE, agreement: DPA-2,
     purposes: [service_delivery], categories: [user.contact.email]}
"""


def _purposes(*extra: str, security: str = "legitimate_interests",
              delivery: str = "'Route, validate, fulfil and return API operations'") -> str:
    """The default purposes as YAML, with the security basis, a description or more changed."""
    lines = [
        f"  - {{name: service_delivery, legal_basis: contract, description: {delivery}}}",
        f"  - {{name: security, legal_basis: {security},"
        " description: Protect the service against abuse and threats}",
        "  - {name: operations, legal_basis: legitimate_interests,"
        " description: 'Monitor availability, performance and reliability'}",
        *extra,
    ]
    return "purposes:\n" + "\n".join(lines) + "\n"


def test_no_change_is_no_change(make_config: ConfigFactory) -> None:
    assert diff_policies(policy_facts(make_config()), policy_facts(make_config())) == []


@pytest.mark.parametrize(("name", "extra", "replace", "what"), [
    ("new recipient", "", {"upstreams:": "  " + NEW_RECIPIENT.strip() + "\nupstreams:"},
     "recipient"),
    ("new country", "", {"country: US, safeguard: scc": "country: JP, safeguard: scc"},
     "recipient.country"),
    ("new purpose", _purposes("  - {name: analytics, legal_basis: consent,"
                               " description: Usage statistics}"), None, "purpose"),
    ("new legal basis", _purposes(security="legal_obligation"), None, "purpose.legal_basis"),
    ("longer retention", "retention_classes: {operational: 30d, security: 3y, configuration: 10y,"
     " backup: 30d}\n", None, "retention"),
    ("weaker safeguard", "", {"safeguard: scc": "safeguard: derogation"}, "recipient.safeguard"),
    ("new data category", "", {"categories: [user.device.ip_address]":
                               "categories: [user.device.ip_address, user.contact.email]"},
     "recipient.categories"),
])
def test_material_changes(make_config: ConfigFactory, name: str, extra: str,
                          replace: dict[str, str] | None, what: str) -> None:
    old = policy_facts(make_config())
    changes = diff_policies(old, policy_facts(make_config(extra, replace)))
    assert any(c.what == what and c.kind == "material" for c in changes), (name, changes)
    assert is_material(changes)


def test_a_new_country_is_material_as_a_country_too(make_config: ConfigFactory) -> None:
    old = policy_facts(make_config())
    new = policy_facts(make_config(replace={"country: US, safeguard: scc":
                                            "country: JP, safeguard: scc"}))
    summaries = {c.summary: c.kind for c in diff_policies(old, new)}
    assert summaries["new country: JP"] == "material"
    assert summaries["country no longer listed: US"] == "editorial"


def test_a_stronger_safeguard_and_a_shorter_period_are_editorial(
        make_config: ConfigFactory) -> None:
    old = policy_facts(make_config())
    new = policy_facts(make_config(
        "retention_classes: {operational: 3d, security: 3y, configuration: 10y, backup: 30d}\n",
        {"safeguard: scc": "safeguard: adequacy"}))
    changes = diff_policies(old, new)
    assert changes and not is_material(changes)


def test_reworded_descriptions_are_editorial(make_config: ConfigFactory) -> None:
    extra = _purposes(delivery="Answer the API calls clients make")
    old, new = policy_facts(make_config()), policy_facts(make_config(extra))
    changes = diff_policies(old, new)
    assert [c.what for c in changes] == ["purpose.text"]
    assert not is_material(changes)


def test_a_removed_recipient_is_editorial(make_config: ConfigFactory) -> None:
    old = policy_facts(make_config())
    trimmed = dict(old, recipients=[], countries=[c for c in old["countries"] if c != "US"])
    changes = diff_policies(old, trimmed)
    assert changes and not is_material(changes)
