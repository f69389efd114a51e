"""Data subject rights requests: intake on the gateway, verification, workflow, deadlines.

`intake` serves `/.well-known/privacy/requests` on the gateway listener; `service` files,
verifies and moves requests through the states of `workflow`; `deadlines` computes when each
is due under its jurisdiction (`settings`); `api` and `cli` are the operators' side; `alerts`
counts overdue requests and tells a webhook. Carrying a request out is `execute`'s job.
"""
