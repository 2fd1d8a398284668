"""The real notification path on a private D-Bus session (skipped without dbus and gdbus)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent


@pytest.mark.realtime
@pytest.mark.skipif(
    shutil.which("dbus-run-session") is None or shutil.which("gdbus") is None,
    reason="needs dbus-run-session and gdbus",
)
def test_a_notification_goes_out_with_uint_id_and_its_button_comes_back() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(HERE.parents[2]))
    result = subprocess.run(
        ["dbus-run-session", "--", sys.executable, str(HERE / "dbus_notification_client.py")],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert "available True inhibited False" in result.stdout, result.stdout + result.stderr
    # The server answered (so the call's signature was right) and pressed "snooze".
    assert "action snooze" in result.stdout, result.stdout + result.stderr
