"""Screening a ticket's text: credentials redacted, special categories named, never quoted."""

from __future__ import annotations

import pytest

from charter.support.intake import kinds_in, screen


@pytest.mark.clause("DATA-6")
@pytest.mark.parametrize("secret", [
    "sk_live_4eC39HqLyjWDarjtT1zdp7dc",
    "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
    "AKIAIOSFODNN7EXAMPLE",
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_"
    "XgL0n3I9PlFUP0THsR8U",
])
def test_credentials_are_redacted_wherever_they_sit(secret: str) -> None:
    screened = screen(f"Calls fail with 401 since this morning.\nI used {secret} as told.\n")
    assert secret not in screened.text
    assert screened.text.startswith("Calls fail with 401 since this morning.\nI used ")
    assert screened.redactions == 1
    assert "credential_redacted" in screened.warnings()
    assert "credential" not in kinds_in(screened.text)


@pytest.mark.clause("DATA-6")
def test_a_password_told_in_words_is_redacted_and_the_rest_kept() -> None:
    screened = screen("my password is hunter2Secret! and the login fails\nsecond line stays")
    assert "hunter2Secret!" not in screened.text
    assert screened.text.endswith("and the login fails\nsecond line stays")
    assert screened.redactions == 1


@pytest.mark.clause("DATA-7")
@pytest.mark.clause("DATA-6")
def test_special_categories_are_named_never_quoted() -> None:
    screened = screen("The app shows my insulin doses for diabetes to other users")
    assert screened.special_categories == ("health",)
    assert screened.warnings() == ["special_category:health"]
    assert screened.redactions == 0
    # The text itself is kept: it is sealed, and the operator decides what to keep.
    assert "insulin" in screened.text


def test_plain_text_passes_untouched() -> None:
    text = "Orders endpoint answers 502 every few minutes since the deploy at 09:30."
    screened = screen(text)
    assert (screened.text, screened.special_categories, screened.redactions) == (text, (), 0)
    assert screened.warnings() == []
