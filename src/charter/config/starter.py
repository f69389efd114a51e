"""The commented starter `charter.yaml` that `charter init` writes.

The text is a packaged file (`starter.yaml` beside this module), so that it reads as the
YAML a user will edit; a test keeps it valid.
"""

from __future__ import annotations

from importlib import resources

CONFIG_NAME = "charter.yaml"


def starter_config() -> str:
    """The starter configuration text."""
    return resources.files("charter.config").joinpath("starter.yaml").read_text(encoding="utf-8")
