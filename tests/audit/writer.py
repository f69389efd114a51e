"""A process that appends audit records and prints each seq once it is acknowledged.

`python -m tests.audit.writer URL THREADS COUNT`: THREADS threads share one `AuditLog` (so
their records share transactions), each appending COUNT records (forever if COUNT is -1).
Prints `ready`, then one seq per line, flushed, only after `record_sync` returned it.
"""

from __future__ import annotations

import os
import sys
import threading

from charter.audit.log import AuditEvent, AuditLog
from charter.store.engine import make_engine


def main(url: str, threads: int, count: int) -> None:
    engine = make_engine(url)
    log = AuditLog(engine)
    printing = threading.Lock()
    pid = os.getpid()

    def append(worker: int) -> None:
        n = 0
        while count < 0 or n < count:
            seq = log.record_sync(AuditEvent(
                actor="system", action="test.append", outcome="success",
                target=f"worker={pid}.{worker}", details={"n": n}))
            with printing:
                sys.stdout.write(f"{seq}\n")
                sys.stdout.flush()
            n += 1

    print("ready", flush=True)
    workers = [threading.Thread(target=append, args=(w,)) for w in range(threads)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    engine.dispose()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
