"""Settings of the executor and of upstreams that hold personal data.

`execution_settings` reads `rights.execution` of the configuration and `rights_upstream` the
rights fields of an upstream, each falling back to the defaults below for what the loaded
configuration does not have.
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from charter.rights.settings import ExecutionSettings

__all__ = ["ExecutionSettings", "RightsUpstream", "execution_settings", "rights_upstream"]

_ENV_NAME = re.compile(r"^[A-Z_][A-Z0-9_]{0,127}$")


class RightsUpstream(BaseModel):
    """The rights fields of one upstream (`config.models.Upstream`); an upstream without
    them holds no personal data."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    stores_personal_data: bool = False
    rights_webhook: str | None = Field(None, description="the path on the upstream's targets"
                                       " that receives rights webhooks, e.g. /privacy/rights")
    rights_secret_env: str | None = Field(None, description="the environment variable holding"
                                          " the webhook's shared secret")
    rights_identifiers: tuple[str, ...] = Field(
        (), description="identifier kinds sent along with the subject keys (`email`, `account`,"
        " `client`, `sub`): only what the upstream needs to find the person")

    @field_validator("rights_webhook")
    @classmethod
    def _path(cls, value: str | None) -> str | None:
        if value is not None and (not value.startswith("/") or "?" in value or "#" in value):
            raise ValueError("rights_webhook must be a path starting with /, without a query")
        return value

    @field_validator("rights_secret_env")
    @classmethod
    def _env(cls, value: str | None) -> str | None:
        if value is not None and not _ENV_NAME.match(value):
            raise ValueError("rights_secret_env must be an environment variable name")
        return value

    @model_validator(mode="after")
    def _complete(self) -> RightsUpstream:
        if self.stores_personal_data and (self.rights_webhook is None
                                          or self.rights_secret_env is None):
            raise ValueError("an upstream that stores personal data needs rights_webhook and"
                             " rights_secret_env")
        return self


def execution_settings(config: Any) -> ExecutionSettings:
    """`rights.execution` of `config`, or the defaults."""
    return _read(ExecutionSettings, getattr(getattr(config, "rights", None), "execution", None))


def rights_upstream(upstream: Any) -> RightsUpstream:
    """The rights fields of a configured upstream (defaults for fields it does not have)."""
    values = {name: getattr(upstream, name) for name in RightsUpstream.model_fields
              if getattr(upstream, name, None) is not None}
    return RightsUpstream.model_validate(values)


def _read(model: type[ExecutionSettings], value: Any) -> ExecutionSettings:
    if value is None:
        return model()
    if isinstance(value, model):
        return value
    if isinstance(value, BaseModel):
        value = value.model_dump()
    return model.model_validate(value)
