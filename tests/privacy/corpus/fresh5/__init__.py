"""fresh5: an independently written, labeled evaluation corpus of realistic API payloads."""
