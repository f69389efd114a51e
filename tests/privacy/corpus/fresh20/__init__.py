"""Blind, labelled evaluation corpus ``fresh20``: people operations and customer communications."""
