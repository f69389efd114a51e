"""fresh12: a blind, labeled corpus of enterprise and public-service API payloads."""
