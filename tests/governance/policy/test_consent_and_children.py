"""What the policy says about consent and children, and when a change there is material."""

from __future__ import annotations

import pytest

from charter.governance.policy.diff import diff_policies, is_material
from charter.governance.policy.facts import policy_facts
from charter.governance.policy.render import render_markdown
from tests.governance.policy.conftest import ConfigFactory

ISSUER = """\
issuers:
  - {name: people, issuer: "https://login.example.com/", audiences: [api],
     algorithms: [RS256], jwks_url: "https://login.example.com/jwks"}
"""


def _children(age: int | None) -> str:
    if age is None:
        return ISSUER
    return ISSUER + (f"children: {{minor_age: {age},"
                     " claims: [{issuer: people, claim: birthdate, kind: birthdate}]}\n")


@pytest.mark.clause("BASIS-1")
def test_a_consent_based_purpose_says_where_consent_is_given_and_withdrawn(
        make_config: ConfigFactory) -> None:
    assert "/.well-known/privacy/consent" not in render_markdown(policy_facts(make_config()))
    with_consent = make_config("""\
        purposes:
          - {name: service_delivery, legal_basis: contract}
          - {name: security, legal_basis: legitimate_interests}
          - {name: operations, legal_basis: legitimate_interests}
          - {name: newsletter, legal_basis: consent, description: News by e-mail}
        """)
    text = render_markdown(policy_facts(with_consent))
    assert "withdraw it at any time at /.well-known/privacy/consent" in text


@pytest.mark.clause("CHILD-1")
@pytest.mark.clause("UPDATE-1")
def test_the_age_of_minors_is_stated_and_lowering_it_is_material(
        make_config: ConfigFactory) -> None:
    marked_only, at_16, at_13 = (policy_facts(make_config(_children(age)))
                                 for age in (None, 16, 13))
    assert marked_only["children"]["minor_age"] is None
    assert "younger than" not in render_markdown(marked_only)
    assert at_16["children"]["minor_age"] == 16
    assert "the sign-in they use says they are younger than 16" in render_markdown(at_16)

    lowered = diff_policies(at_16, at_13)
    assert is_material(lowered)
    assert [(c.what, c.summary) for c in lowered] == [
        ("children", "minors recognised by their sign-in: under 16 -> under 13")]
    assert is_material(diff_policies(at_16, marked_only))
    raised = diff_policies(at_13, at_16)
    assert [(c.kind, c.what) for c in raised] == [("editorial", "children")]
    assert [(c.kind, c.what) for c in diff_policies(marked_only, at_16)] == [
        ("editorial", "children")]
