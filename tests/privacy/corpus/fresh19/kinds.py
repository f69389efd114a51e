"""The kinds the corpus README defines, and the languages of fresh19."""

SPECIAL: tuple[str, ...] = (
    "health",
    "genetic",
    "biometric",
    "racial_ethnic_origin",
    "political_opinion",
    "religious_belief",
    "trade_union",
    "sex_life_orientation",
    "criminal_record",
)
HIGH_RISK: tuple[str, ...] = (
    "payment_card",
    "bank_account",
    "national_id",
    "passport",
    "credential",
    "precise_location",
)
ORDINARY: tuple[str, ...] = (
    "email",
    "phone",
    "ip_address",
    "date_of_birth",
    "postal_address",
    "person_name",
)
KINDS: tuple[str, ...] = SPECIAL + HIGH_RISK + ORDINARY
KIND_SET: frozenset[str] = frozenset(KINDS)

# Biometric data (templates, embeddings) cannot be written as a sentence, so free text
# carries the other eight special categories only.
TEXT_SPECIAL: tuple[str, ...] = tuple(k for k in SPECIAL if k != "biometric")

LANGS: tuple[str, ...] = ("en", "de", "fr", "es")
LANG_SHARE: dict[str, float] = {"en": 0.55, "de": 0.15, "fr": 0.15, "es": 0.15}
