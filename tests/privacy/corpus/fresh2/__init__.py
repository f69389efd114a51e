"""A third held-out evaluation split for the payload scanner (see NOTES.md)."""
