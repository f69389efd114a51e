"""One node's sweep of automatic rights runs, racing another:
`python -m tests.rights.autorun_contender URL KEYRING OUT`.

Reads the requests that are due, writes their number to `OUT.ready`, waits for `OUT.go`, then
carries out the list it read (each only if it can claim it) and writes the counts, as JSON, to
OUT. Both contenders read the list before either starts, so each tries every request.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from charter.config.models import CharterConfig
from charter.privacy.keyring import Keyring
from charter.rights.autorun import due, run_listed
from charter.rights.claims import new_claimant
from charter.store.engine import make_engine


def main(url: str, keyring_path: str, out: str) -> None:
    engine = make_engine(url)
    keyring = Keyring.load(keyring_path)
    config = CharterConfig.model_validate({"rights": {"auto_run": ["restrict"]}})
    found = due(engine, ["restrict"], datetime.now(UTC))
    # Written whole under another name first: the test may look at any moment.
    Path(out + ".count").write_text(str(len(found)))
    Path(out + ".count").rename(out + ".ready")
    go = Path(out + ".go")
    while not go.exists():
        time.sleep(0.005)
    counts = run_listed(engine, keyring, config, found, claimant=new_claimant())
    Path(out).write_text(json.dumps(counts))
    engine.dispose()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
