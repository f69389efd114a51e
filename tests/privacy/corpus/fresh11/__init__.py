"""fresh11: a labeled corpus of third-party API payloads for the payload scanner."""
