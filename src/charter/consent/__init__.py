"""Consent (clause BASIS-1) and minors (clause CHILD-1): records, the gateway's view of them,
and the admin API and commands that change them."""
