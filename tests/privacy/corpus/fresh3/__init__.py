"""Third independent evaluation split for the payload scanner (see NOTES.md)."""
