"""Governance: recipients and transfers, the record of processing, disclosures, contacts."""
