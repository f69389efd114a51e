"""The published privacy policy (clause UPDATE-1): generated from the configuration and the
privacy inventory, versioned in the store, diffed, announced, served on the gateway, and
checked against the catalogue of clauses and the tests that prove them."""
