"""Crypto-shredding: per-subject data keys, and the ledger of subjects erased."""
