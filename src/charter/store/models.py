"""Every module that defines tables, imported so that `metadata` is complete.

Add a line here for each new slice with a `models.py`; the inventory, the migrations test and
`migrate.upgrade` all look at this metadata.
"""

from __future__ import annotations

from charter.accesslog import models as _accesslog  # noqa: F401
from charter.admin import models as _admin  # noqa: F401
from charter.audit import models as _audit  # noqa: F401
from charter.capture import models as _capture  # noqa: F401
from charter.config import snapshots as _snapshots  # noqa: F401
from charter.consent import models as _consent  # noqa: F401
from charter.governance import models as _governance  # noqa: F401
from charter.governance.policy import models as _policy  # noqa: F401
from charter.identity import models as _identity  # noqa: F401
from charter.incidents import models as _incidents  # noqa: F401
from charter.privacy import minimisation as _minimisation  # noqa: F401
from charter.retention import models as _retention  # noqa: F401
from charter.rights import models as _rights  # noqa: F401
from charter.rights.execute import models as _rights_execute  # noqa: F401
from charter.scheduler import models as _scheduler  # noqa: F401
from charter.shredding import models as _shredding  # noqa: F401
from charter.store.base import Base
from charter.support import models as _support  # noqa: F401

metadata = Base.metadata

__all__ = ["metadata"]
