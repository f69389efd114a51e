"""Short-term payload capture (clauses DATA-2, RET-2): off unless a route enables it.

The `capture` stage (`charter.dataplane.stages.capture`) encrypts request and response bodies,
after the privacy guard has redacted them, under a random AES-256 key for the UTC day
(`keys`), and queues them for the `captures` table (`models`). Each day's key is stored
wrapped under a keyring-derived key; `purge` deletes expired captures and destroys the keys of
days that may no longer be read, so any copy of those rows elsewhere cannot be decrypted.
Operators read captures through the admin API (`api`); every read is audited.
"""
