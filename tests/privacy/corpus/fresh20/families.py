"""All families, in module order. Importing a module registers its families."""

from __future__ import annotations

from . import (  # noqa: F401
    fam_clean,
    fam_clean2,
    fam_crm,
    fam_extra,
    fam_hiring,
    fam_payroll,
    fam_people,
    fam_support,
    fam_workplace,
)
from .registry import FAMILIES, Family

__all__ = ["FAMILIES", "Family"]
