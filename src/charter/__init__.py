"""Charter: a privacy-first API gateway and governance plane."""

__version__ = "0.1.0"
