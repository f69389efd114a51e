"""`charter check` refuses sale/advertising uses, processors without agreements, transfers
without safeguards, unknown recipients and unreachable contacts, each at its own field."""

from __future__ import annotations

import pytest

from charter.config.loader import ConfigError, parse_config, warnings
from tests.governance.conftest import BASE


def problems(text: str) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        parse_config(text, "charter.yaml")
    return [str(p) for p in caught.value.problems]


def test_the_base_configuration_is_accepted_without_warnings() -> None:
    config = parse_config(BASE, "charter.yaml")
    assert config.recipient("CloudHost").country == "IE"
    assert config.upstreams[0].recipient == "CloudHost"
    assert config.purposes[0].categories == ["user.contact.email"]
    assert config.purposes[0].use == "essential.service"
    assert config.transfers.home == ["EEA"]
    assert warnings(config) == []


def test_configurations_without_governance_keys_still_load() -> None:
    config = parse_config("version: 1\n", "charter.yaml")
    assert config.recipients == [] and config.contacts == [] and config.controller is None


@pytest.mark.clause("SHARE-6")
def test_a_processor_without_an_agreement_is_refused() -> None:
    text = BASE.replace("agreement: DPA-2024-03,\n     agreement_date: 2024-03-01, ", "")
    found = problems(text)
    assert len(found) == 1
    assert "charter.yaml:13:" in found[0] and "upstreams[0].recipient" in found[0]
    assert "without a recorded agreement" in found[0]


@pytest.mark.clause("SHARE-6")
def test_an_agreement_without_its_date_is_not_enough() -> None:
    found = problems(BASE.replace("agreement_date: 2024-03-01, ", ""))
    assert any("without a recorded agreement" in p for p in found)


@pytest.mark.clause("XFER-1")
def test_a_transfer_without_a_safeguard_is_refused() -> None:
    found = problems(BASE.replace("country: IE", "country: US"))
    assert len(found) == 1
    assert "recipients[0].country" in found[0] and "outside transfers.home" in found[0]


@pytest.mark.clause("XFER-1")
def test_an_upstream_of_its_own_country_outside_home_is_refused() -> None:
    text = BASE.replace("recipient: CloudHost}", "recipient: CloudHost, country: in}")
    found = problems(text)
    assert len(found) == 1 and "upstreams[0].country" in found[0]


@pytest.mark.clause("XFER-1")
def test_a_stated_safeguard_allows_the_transfer() -> None:
    text = BASE.replace("country: IE", "country: US, safeguard: scc")
    config = parse_config(text, "charter.yaml")
    assert config.recipients[0].safeguard == "scc"


@pytest.mark.clause("XFER-1")
def test_flag_mode_warns_instead_of_refusing() -> None:
    text = BASE.replace("country: IE", "country: US") + (
        "transfers: {home: [EEA], without_safeguard: flag}\n")
    config = parse_config(text, "charter.yaml")
    found = warnings(config)
    assert any("recipients[0].country" in w and "outside transfers.home" in w for w in found)


@pytest.mark.clause("XFER-1")
def test_home_may_name_countries_besides_the_eea() -> None:
    text = BASE.replace("country: IE", "country: CH") + "transfers: {home: [EEA, CH]}\n"
    parse_config(text, "charter.yaml")


@pytest.mark.clause("XFER-1")
def test_adequacy_is_questioned_where_there_is_no_decision() -> None:
    text = BASE.replace("country: IE", "country: IN, safeguard: adequacy")
    found = warnings(parse_config(text, "charter.yaml"))
    assert any("no adequacy decision" in w for w in found)


@pytest.mark.clause("USE-7")
@pytest.mark.parametrize("use", ["marketing.advertising.third_party.targeted", "marketing",
                                 "marketing.advertising", "analytics.reporting.ad_performance"])
def test_a_purpose_for_sale_or_advertising_is_refused(use: str) -> None:
    text = BASE.replace("{name: operations, legal_basis: legitimate_interests}",
                        f"{{name: operations, legal_basis: legitimate_interests, use: {use}}}")
    found = problems(text)
    assert len(found) == 1 and "purposes[2].use" in found[0]
    assert "sale of personal data or advertising" in found[0]


@pytest.mark.clause("USE-7")
def test_a_recipient_for_advertising_is_refused() -> None:
    text = BASE.replace("categories: [user.contact.email]}\nupstreams",
                        "categories: [user.contact.email], use: marketing.advertising.serving}"
                        "\nupstreams")
    found = problems(text)
    assert len(found) == 1 and "recipients[0].use" in found[0]


def test_unknown_taxonomy_keys_are_refused_with_a_suggestion() -> None:
    found = problems(BASE.replace("contract, categories: [user.contact.email]",
                                  "contract, categories: [user.contact.emial]"))
    assert any("did you mean 'user.contact.email'" in p for p in found)


@pytest.mark.clause("SHARE-1")
def test_an_unknown_recipient_is_refused() -> None:
    found = problems(BASE.replace("recipient: CloudHost}", "recipient: Cloudhost}"))
    assert len(found) == 1 and "unknown recipient 'Cloudhost'" in found[0]


@pytest.mark.clause("SHARE-2")
def test_recipient_roles_are_checked() -> None:
    parse_config(BASE.replace("role: processor", "role: affiliate"), "charter.yaml")
    found = problems(BASE.replace("role: processor", "role: partner"))
    assert any("recipients[0].role" in p for p in found)


@pytest.mark.clause("CONTACT-1")
def test_a_contact_without_email_or_url_is_refused() -> None:
    found = problems(BASE.replace(", email: privacy@example.com", ""))
    assert len(found) == 1 and "contacts[0]" in found[0]


def test_countries_are_two_letter_codes() -> None:
    found = problems(BASE.replace("country: IE", "country: Ireland"))
    assert any("recipients[0].country" in p and "ISO 3166-1" in p for p in found)
