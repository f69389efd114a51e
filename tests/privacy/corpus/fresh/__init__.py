"""An independently written evaluation split for the payload scanner (see build.py)."""
