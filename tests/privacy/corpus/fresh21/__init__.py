"""fresh21: a blind, labelled corpus of civil-society and advocacy payloads."""
