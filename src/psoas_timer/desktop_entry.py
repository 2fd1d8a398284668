"""The app as a desktop application: menu entry, icons, AppStream file, autostart.

``psoas-timer install-desktop`` copies the files packagers would install into
``/usr/share`` into the user's ``$XDG_DATA_HOME`` instead (a pip install puts
none of them anywhere a desktop looks), with ``Exec=`` pointing at the
installed ``psoas-timer`` script so the entry works even when that script's
folder is not on the desktop session's ``PATH``. ``--uninstall`` removes the
same list of files, and nothing else.

The sources live in ``assets/desktop/`` and ``assets/icons/`` and ship in the
sdist and the wheel.

Autostart (Preferences, "Start at login, in the tray") is the same entry with
``--tray``, in ``$XDG_CONFIG_HOME/autostart/``.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sys
import sysconfig
from pathlib import Path

from .core.assets import assets
from .store.atomic import atomic_write, move_aside

log = logging.getLogger(__name__)

APP_ID = "io.github.psoas_timer.PsoasTimer"
DESKTOP_NAME = f"{APP_ID}.desktop"
METAINFO_NAME = f"{APP_ID}.metainfo.xml"
SCRIPT = "psoas-timer"
#: The PNG sizes shipped in ``assets/icons/psoas-timer-<size>.png``.
ICON_SIZES = (16, 32, 48, 64, 128, 256)
TRAY_FLAG = "--tray"


def _xdg(variable: str, fallback: str) -> Path:
    value = os.environ.get(variable, "")
    return Path(value) if value and os.path.isabs(value) else Path.home() / fallback


def data_home() -> Path:
    return _xdg("XDG_DATA_HOME", ".local/share")


def autostart_file() -> Path:
    return _xdg("XDG_CONFIG_HOME", ".config") / "autostart" / DESKTOP_NAME


def installed_script() -> str:
    """The absolute path of the ``psoas-timer`` script, or its bare name when not found.

    The script beside this Python (a venv's ``bin``) wins over one on ``PATH``:
    it is the install the user is running.
    """
    candidates = [Path(sysconfig.get_path("scripts")) / SCRIPT]
    argv0 = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if argv0 is not None and argv0.name == SCRIPT:
        candidates.insert(0, argv0)
    for candidate in candidates:
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate.resolve())
    found = shutil.which(SCRIPT)
    return str(Path(found).resolve()) if found else SCRIPT


def quote_exec(argument: str) -> str:
    """One ``Exec=`` argument, quoted as the desktop entry spec requires when needed."""
    if argument and not re.search(r"[\s\"'\\><~|&;$*?#()`%]", argument):
        return argument
    escaped = re.sub(r'(["`$\\])', r"\\\1", argument)
    return f'"{escaped}"'.replace("%", "%%")


def desktop_entry(script: str | None = None, *, extra: str = "") -> str:
    """The shipped ``.desktop`` file with every ``Exec=psoas-timer`` aimed at ``script``.

    Args:
        extra: arguments added to the main ``Exec=`` line (``--tray`` for autostart).
    """
    text = (assets() / "desktop" / DESKTOP_NAME).read_text(encoding="utf-8")
    command = quote_exec(script or installed_script())
    main_line = f"Exec={command}{' ' + extra if extra else ''}"
    lines = []
    section = ""
    for line in text.splitlines():
        if line.startswith("["):
            section = line
        if line == f"Exec={SCRIPT}":
            line = main_line
        elif line.startswith(f"Exec={SCRIPT} "):
            line = f"Exec={command}{line[len('Exec=' + SCRIPT) :]}"
        if extra and section == "[Desktop Entry]" and line.startswith("Actions="):
            continue  # the autostart copy is not a menu entry: no actions
        lines.append(line)
    if extra:
        lines = _entry_only(lines)
        lines.append("X-GNOME-Autostart-enabled=true")
    return "\n".join(lines) + "\n"


def _entry_only(lines: list[str]) -> list[str]:
    """The ``[Desktop Entry]`` group alone."""
    kept: list[str] = []
    for line in lines:
        if line.startswith("[") and line != "[Desktop Entry]":
            break
        kept.append(line)
    while kept and not kept[-1].strip():
        kept.pop()
    return kept


def install_plan(script: str | None = None, root: Path | None = None) -> list[tuple[Path, bytes]]:
    """Every file ``install-desktop`` writes, under ``root`` (default ``$XDG_DATA_HOME``)."""
    root = root or data_home()
    icons = assets() / "icons"
    plan: list[tuple[Path, bytes]] = [
        (root / "applications" / DESKTOP_NAME, desktop_entry(script).encode("utf-8")),
        (
            root / "metainfo" / METAINFO_NAME,
            (assets() / "desktop" / METAINFO_NAME).read_bytes(),
        ),
    ]
    for size in ICON_SIZES:
        plan.append(
            (
                root / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png",
                (icons / f"psoas-timer-{size}.png").read_bytes(),
            )
        )
    plan.append(
        (
            root / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
            (icons / "psoas-timer.svg").read_bytes(),
        )
    )
    return plan


def install(script: str | None = None, root: Path | None = None) -> list[str]:
    """Write the files; return one line per file for the user.

    A file in the way whose bytes differ (an older install, or one the user
    edited) is kept as ``<name>.bak-<timestamp>`` first.

    Raises:
        OSError: a file could not be written.
    """
    report = []
    for path, data in install_plan(script, root):
        note = ""
        if path.exists() and not path.is_dir():
            if path.read_bytes() == data:
                report.append(f"unchanged {path}")
                continue
            note = f" (the old one kept as {move_aside(path).name})"
        atomic_write(path, data)
        # Icons and metainfo need not be executable; a .desktop file in
        # applications/ is trusted by its folder, not its mode.
        report.append(f"installed {path}{note}")
    _touch_icon_theme(root or data_home())
    return report


def uninstall(root: Path | None = None) -> list[str]:
    """Remove exactly the files :func:`install` writes; return one line per file removed."""
    report = []
    for path, _data in install_plan(SCRIPT, root):
        if path.is_file() or path.is_symlink():
            path.unlink()
            report.append(f"removed {path}")
    _touch_icon_theme(root or data_home())
    return report


def _touch_icon_theme(root: Path) -> None:
    # Icon caches notice a changed hicolor folder by its time stamp.
    hicolor = root / "icons" / "hicolor"
    if hicolor.is_dir():
        try:
            os.utime(hicolor)
        except OSError as exc:
            log.debug("cannot touch %s: %s", hicolor, exc)


def autostart_enabled() -> bool:
    return autostart_file().is_file()


def set_autostart(enabled: bool, script: str | None = None) -> None:
    """Write or remove the autostart entry.

    Raises:
        OSError: it could not be written or removed.
    """
    path = autostart_file()
    if enabled:
        atomic_write(path, desktop_entry(script, extra=TRAY_FLAG).encode("utf-8"))
    elif path.is_file() or path.is_symlink():
        path.unlink()
