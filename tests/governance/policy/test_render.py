"""The rendered policy states the configured facts, in numbers, and is safe to serve."""

from __future__ import annotations

import base64
import hashlib
import re

import pytest

from charter.governance.policy.document import CSP, STYLE
from charter.governance.policy.facts import canonical_json, policy_facts
from charter.governance.policy.render import period, render_html, render_markdown
from tests.governance.policy.conftest import ConfigFactory


@pytest.mark.clause("UPDATE-1")
def test_periods_are_written_as_numbers() -> None:
    assert period(7 * 86400) == "7 days"
    assert period(86400) == "1 day"
    assert period(3 * 365 * 86400) == "3 years"
    assert period(30 * 86400) == "30 days"
    assert period(3600 * 6) == "6 hours"
    assert period(90) == "90 seconds"


@pytest.mark.clause("UPDATE-1")
def test_the_policy_states_retention_purposes_recipients_and_transfers(
        make_config: ConfigFactory) -> None:
    config = make_config()
    text = render_markdown(policy_facts(config))
    assert "| access_log | operational | 7 days | deleted |" in text
    assert "security: 3 years" in text
    for purpose in config.purposes:
        assert f"| {purpose.name} | {purpose.description} |" in text
    assert "the contract with you" in text
    assert "| cloudhost | US | service_delivery | ip address | standard contractual clauses |" \
        in text
    assert "cloudhost (US): protected by standard contractual clauses." in text
    assert "Example GmbH is responsible" in text
    assert "/.well-known/privacy/requests" in text
    assert "not meant for children" in text


@pytest.mark.clause("UPDATE-1")
def test_a_changed_retention_class_changes_the_text(make_config: ConfigFactory) -> None:
    config = make_config("retention_classes: {operational: 14d, security: 5y, configuration: 10y,"
                         " backup: 30d}\n")
    text = render_markdown(policy_facts(config))
    assert "| access_log | operational | 14 days | deleted |" in text
    assert "security: 5 years" in text


@pytest.mark.clause("CONTACT-1")
def test_the_designated_contacts_are_published(make_config: ConfigFactory) -> None:
    text = render_markdown(policy_facts(make_config()))
    assert "| Privacy contact | Privacy Team | privacy@example.com | - |" in text
    assert "| Security contact (and incident reports) | Security Desk |" in text
    assert "/.well-known/privacy/contacts" in text


@pytest.mark.clause("CLIENT-5")
def test_the_policy_tells_clients_to_follow_the_law(make_config: ConfigFactory) -> None:
    text = render_markdown(policy_facts(make_config()))
    assert "follow the data protection law that applies to them" in text


@pytest.mark.clause("UPDATE-1")
def test_rendering_is_deterministic(make_config: ConfigFactory) -> None:
    first, second = policy_facts(make_config()), policy_facts(make_config())
    assert canonical_json(first) == canonical_json(second)
    assert render_markdown(first) == render_markdown(second)
    assert render_html(first) == render_html(second)


def test_html_is_escaped_and_needs_no_script(make_config: ConfigFactory) -> None:
    config = make_config(replace={"name: Example GmbH": "name: '<script>alert(1)</script> & Co'"})
    page = render_html(policy_facts(config))
    assert "<script" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co" in page
    # The one stylesheet is allowed by its hash, nothing else is allowed at all.
    digest = base64.b64encode(hashlib.sha256(STYLE.encode()).digest()).decode()
    assert f"style-src 'sha256-{digest}'" in CSP
    assert "default-src 'none'" in CSP
    assert re.findall(r"<style>(.*?)</style>", page) == [STYLE]
