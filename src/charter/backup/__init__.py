"""Encrypted backups of the store (clause RET-4): create, list, verify, restore, prune.

A backup is a consistent snapshot of the store, without the rows that must not outlive their
own short retention (payload captures, their day keys, rights-request bundles), encrypted in
authenticated chunks under a key of its own that the keyring wraps. It expires after the
`backup` retention class. Restoring it re-applies the current erasure ledger, so that a person
erased after the backup was taken stays erased. See docs/backups.md.
"""
