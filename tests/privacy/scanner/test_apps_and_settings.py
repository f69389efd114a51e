"""Consumer apps' payloads: what a form or a setting offers is no one's answer; a game's
characters, a cluster's elections, an optimizer's genome, a bank directory, a flight's menu,
a link and an organisation's rules say nothing about a person; cycle logs, prayers, a
wearable's heart alerts and a Wi-Fi key do."""

from __future__ import annotations

from typing import Any

import pytest

from charter.privacy.scanner import Scanner
from tests.privacy.scanner.cases import case_tests
from tests.privacy.scanner.conftest import kinds

FOUND: list[tuple[str, Any, str]] = [
    ("intercourse", {"entries": [{"date": "2025-01-03", "bleeding": "spotting",
                                  "intercourse": "unprotected"}]}, "sex_life_orientation"),
    ("prayer-logged", {"event": "Prayer Logged", "properties": {"prayer": "fajr"}},
     "religious_belief"),
    ("self-identified-race", {"voter": {"name": "Katerina Georgiou"},
                              "self_identified_race": "Asian"}, "racial_ethnic_origin"),
    ("wifi-psk", {"wifi": {"ssid": "MOVISTAR_5G", "psk": "JvM5U&DfN^Dqz5lVE4"}}, "credential"),
    ("resting-hr", {"alert": {"type": "high_hr",
                              "classification": "resting HR above 120 while inactive"}},
     "health"),
    ("methadone", {"remittanceInformation": "Methadonprogramm Zuzahlung"}, "health"),
    ("member-snp", {"text": "I'm a member of the SNP and volunteer at the branch office"},
     "political_opinion"),
    ("soutient", {"statement": "Francesca Ricci soutient le RN depuis des années."},
     "political_opinion"),
    ("suspect", {"interpretation": "Le profil ADN (STR) du suspect correspond sur 13 loci."},
     "criminal_record"),
    ("ramadan-kept", {"message": "je fais le ramadan en ce moment, on se voit après le ftour ?"},
     "religious_belief"),
    ("snp-calls", {"note": "SNP calls attached for the kit"}, "genetic"),
    # a form service's answer names its field by reference
    ("form-answer-name", {"answers": [{"field": {"id": "iXlN", "type": "short_text",
                                                 "ref": "name"},
                                       "type": "text", "text": "Andriy Shevchuk"}]},
     "person_name"),
    # ... even when a later label (its question) names nothing
    ("form-answer-name-titled", {"answers": [{"field": {"ref": "name",
                                                        "title": "Who should we thank?"},
                                              "type": "text", "text": "Andriy Shevchuk"}]},
     "person_name"),
    ("form-answer-dob", {"answers": [{"field": {"id": "b1", "ref": "date_of_birth"},
                                      "type": "date", "date": "1990-04-02"}]},
     "date_of_birth"),
    # a name quoted as a field in a log line
    ("logged-body", {"lines": ['msg="request body {"name": "Maria Lopez", "phone": 1}"']},
     "person_name"),
    ("key-value-log", {"log": "login ok name=Maria Lopez ip=10.0.0.1"}, "person_name"),
    # a participant that is nothing but a name tag
    ("name-tag", {"participants": {"u1": {"name": "Salma"}, "u2": {"name": "Matteo"}}},
     "person_name"),
    # a routing number beside the account's number is the account's
    ("routing-with-account", {"deposit": {"routing": "055442985", "account": "586266946632"}},
     "bank_account"),
    # a therapist's password is still a secret
    ("password-letters", {"therapist": {"password": "PsyD"}}, "credential"),
    # a national id key's own scheme: a valid NINO
    ("nino-valid", {"ni_number": "AB123456C"}, "national_id"),
]

NOT_FOUND: list[tuple[str, Any, str]] = [
    ("religion-options", {"onboarding": {"religion_options": ["Hindu", "Jewish", "Muslim"]}},
     "religious_belief"),
    ("orientation-options", {"onboarding": {"orientation_options": ["gay", "bisexual"]}},
     "sex_life_orientation"),
    ("game-character", {"players": [{"handle": "crit_happens", "character": {
        "race": "dwarf", "class": "cleric", "faith": "Sun Order", "level": 5}}]},
     "religious_belief"),
    ("raft-party", {"cluster": "etcd-prod", "party": "raft-peers",
                    "election": {"term": 546, "leader": "node-1"}}, "political_opinion"),
    ("ga-genome", {"optimizer": {"kind": "genetic_algorithm"}, "best_fitness": 0.77,
                   "genome": {"encoding": "permutation", "length": 157}}, "genetic"),
    ("gene-page-info", {"genes": {"edges": [], "pageInfo": {"hasNextPage": True,
                                                            "endCursor": "bsjwDejjoUWr"}}},
     "genetic"),
    ("bank-directory", {"banks": [{"name": "First Bank", "routing_number": "011000015"}]},
     "bank_account"),
    ("therapist-credentials", {"therapist": {"name": "Dr. Ruth", "credentials": "LCSW"}},
     "credential"),
    ("degree-dotted", {"therapist": {"credentials": "Dipl.-Psych."}}, "credential"),
    ("signing-algs", {"id_token_signing_alg_values_supported": ["RS256", "ES256"]},
     "credential"),
    ("flight-meals", {"flights": [{"flight": "IB 6351", "meal_service": ["KSML", "MOML"]}]},
     "religious_belief"),
    ("campaign-name", {"campaigns": [{"name": "Ramadan Kareem offers", "sent": 3451}]},
     "religious_belief"),
    ("prayer-times-link", {"links": {"self": "https://api.example.org/v1/prayer-times"}},
     "religious_belief"),
    ("prayer-times-key", {"prayer_times": {"city": "Birmingham", "fajr": "05:12"}},
     "religious_belief"),
    ("rules", {"rules": {"background_checks": "criminal record checks only for regulated roles"}},
     "criminal_record"),
    ("characteristics", {"summary": "Protected characteristics include religion, race and "
                                    "sexual orientation."}, "sex_life_orientation"),
    ("snp-party", {"text": "I'm a member of the SNP and volunteer at the branch office"},
     "genetic"),
    # a form's answer to a field that names no kind
    ("form-answer-plan", {"answers": [{"field": {"ref": "plan"}, "type": "text",
                                       "text": "Gold Annual"}]}, "person_name"),
    # a file's name written as a field is no person's
    ("file-name-field", {"log": "upload ok filename=Annual Report.pdf"}, "person_name"),
    # a name tag on a thing: a word that is a given name too, or no given name at all
    ("team-tag", {"teams": {"t1": {"name": "Payroll"}, "t2": {"name": "Victoria"}}},
     "person_name"),
    # a routing number that fails its check digit
    ("routing-bad-check", {"deposit": {"routing_number": "300561013",
                                       "account_number": "586266946632"}}, "phone"),
    # values rejected for their check: no one's numbers, not even a phone's
    ("rejected-nino", {"errors": [{"field": "ni_number", "code": "invalid_prefix",
                                   "value": "HL190592X"}]}, "national_id"),
    ("rejected-nir", {"errors": [{"field": "nir", "code": "cle_invalide",
                                  "value": "154011329544231"}]}, "national_id"),
    ("rejected-phone", {"errors": [{"field": "cardNumber", "code": "luhn_failed",
                                    "value": "3791 796124 87652"}]}, "phone"),
    # a key naming one scheme: a value failing that scheme's check is none
    ("nino-bad-suffix", {"ni_number": "HL190592X"}, "national_id"),
]


test_found, test_not_found = case_tests(FOUND, NOT_FOUND)


@pytest.mark.clause("DATA-7")
def test_a_person_in_the_record_keeps_a_cluster_like_health_finding(scanner: Scanner) -> None:
    """The machine rule yields to a person: a host's record naming its on-call engineer's
    diagnosis is still health data."""
    doc = {"host": "db-1", "cpu": 0.4, "owner": {"name": "Jane Doe", "dob": "1980-01-02"},
           "diagnosis": "type 2 diabetes"}
    assert "health" in kinds(scanner.scan_value(doc))
