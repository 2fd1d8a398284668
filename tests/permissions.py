"""Whether this process is held to file permissions, for the tests that need it.

Root normally is not (CAP_DAC_OVERRIDE), so those tests skip in CI's plain run;
CI runs them again as root without that capability (``setpriv
--bounding-set=-dac_override,-dac_read_search``, see ``.ci/run``), and any
unprivileged user runs them always. Asked of the file system, not of the uid.
"""

from __future__ import annotations

import functools
import os
import tempfile
from collections.abc import Callable

import pytest


@functools.cache
def ignored() -> bool:
    """True when a file with no write permission can be written anyway."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "read-only")
        with open(path, "w"):
            pass
        os.chmod(path, 0o400)
        try:
            with open(path, "a"):
                return True
        except PermissionError:
            return False


def enforced(test: Callable[..., None]) -> Callable[..., None]:
    """Marks a test that needs file permissions to hold (``-m permissions``), and
    skips it where they do not."""
    skip = pytest.mark.skipif(ignored(), reason="this process ignores file permissions (root)")
    return pytest.mark.permissions(skip(test))  # type: ignore[no-any-return]
