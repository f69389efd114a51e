"""fresh13: a labeled corpus of consumer-app and SaaS payloads as an API gateway sees them."""
