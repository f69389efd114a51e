"""One process competing for a lease: `python -m tests.scheduler.contender URL NAME OUT N`.

Waits for the start file (`OUT.go`), then tries `N` times to take the lease; each time it wins
it writes `start end` (monotonic nanoseconds, shared by processes of one machine) to OUT,
holds the lease briefly, and releases it.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from charter.scheduler.lease import Lease, holder_id
from charter.store.engine import make_engine


def main(url: str, name: str, out: str, attempts: int) -> None:
    engine = make_engine(url)
    lease = Lease(engine, name, holder_id(), ttl=30.0)
    go = Path(out + ".go")
    while not go.exists():
        time.sleep(0.005)
    held = []
    for _ in range(attempts):
        if lease.acquire():
            start = time.monotonic_ns()
            time.sleep(0.01)
            end = time.monotonic_ns()
            lease.release()
            held.append(f"{start} {end}\n")
        time.sleep(random.uniform(0, 0.01))  # scheduling jitter
    Path(out).write_text("".join(held))
    engine.dispose()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
