"""Incident records: severity, status, the people and data concerned, the notification
deadlines, and an append-only timeline (clause USE-5; GDPR Art. 33 and 34)."""
