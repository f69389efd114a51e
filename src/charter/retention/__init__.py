"""Retention: purge every table of the privacy inventory by its retention class, pause that
with legal holds, and report how far each table is from its limit.

`purge.run_retention` does the work (the scheduler runs it, and `charter retention run`),
`report.build_report` reads the state, `holds` manages legal holds; `cli` and `api` are the
command line and the admin API.
"""
