"""Support tickets, and support access to the access log under an open ticket (clauses
SCOPE-5, DATA-6, USE-5)."""
