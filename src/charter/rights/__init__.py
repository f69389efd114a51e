"""Data subject rights requests: intake on the gateway, verification, workflow, deadlines.

`intake` serves `/.well-known/privacy/requests` on the gateway listener; `service` files,
verifies and moves requests through the states of `workflow`; `deadlines` computes when each
is due under its jurisdiction (`settings`); `api` and `cli` are the operators' side; `alerts`
counts overdue requests and tells a webhook; `notices` tells requesters of a refusal or an
extension, `lifting` lifts a restriction once the person was told, and `recipients` tells the
upstreams that hold personal data that it was lifted (Art. 19). Carrying a request out
is `execute`'s job, run by an operator or, for the `rights.auto_run` types, by the scheduler
(`autorun`); `claims` makes sure one run at a time carries a request out.
"""
