"""fresh4: an independently written, labeled payload corpus for the scanner."""
