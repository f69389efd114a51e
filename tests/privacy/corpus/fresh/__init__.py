"""A separate evaluation split for the payload scanner, with its own generator (build.py)."""
