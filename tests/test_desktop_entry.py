"""``psoas-timer install-desktop``, the shipped desktop files, and autostart."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from psoas_timer import arguments, cli, desktop_entry
from psoas_timer.desktop_entry import APP_ID

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "assets" / "desktop"


def _data_home() -> Path:
    return desktop_entry.data_home()


def _tree(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def test_install_puts_the_entry_icons_and_metainfo_where_desktops_look(
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = _data_home()
    (root / "applications").mkdir(parents=True)
    (root / "applications" / "other.desktop").write_text("[Desktop Entry]\n")
    assert cli.main(["install-desktop"]) == 0
    out = capsys.readouterr().out
    entry = root / "applications" / f"{APP_ID}.desktop"
    assert f"installed {entry}" in out
    text = entry.read_text()
    script = desktop_entry.installed_script()
    assert Path(script).is_absolute()  # the venv's script, found without PATH
    assert f"Exec={script}\n" in text
    assert f"Exec={script} --routine release --start\n" in text
    assert "Name=Start release routine" in text
    assert f"Icon={APP_ID}" in text
    installed = _tree(root)
    for size in desktop_entry.ICON_SIZES:
        assert f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png" in installed
    assert f"icons/hicolor/scalable/apps/{APP_ID}.svg" in installed
    assert f"metainfo/{APP_ID}.metainfo.xml" in installed

    # Installing again changes nothing; uninstalling removes exactly what was written.
    assert cli.main(["install-desktop"]) == 0
    assert "installed" not in capsys.readouterr().out
    assert cli.main(["install-desktop", "--uninstall"]) == 0
    removed = capsys.readouterr().out.count("removed ")
    assert removed == len(desktop_entry.install_plan())
    assert _tree(root) == {"applications/other.desktop"}
    assert cli.main(["install-desktop", "--uninstall"]) == 0
    assert "nothing to remove" in capsys.readouterr().out


def test_an_edited_entry_is_kept_before_it_is_replaced() -> None:
    entry = _data_home() / "applications" / f"{APP_ID}.desktop"
    entry.parent.mkdir(parents=True)
    entry.write_text("[Desktop Entry]\nName=Mine\n")
    lines = desktop_entry.install(script="/opt/psoas timer/bin/psoas-timer")
    assert any("the old one kept as" in line for line in lines)
    (backup,) = entry.parent.glob(f"{APP_ID}.desktop.bak-*")
    assert backup.read_text() == "[Desktop Entry]\nName=Mine\n"
    assert 'Exec="/opt/psoas timer/bin/psoas-timer"\n' in entry.read_text()


def test_an_unwritable_data_folder_is_bad_input(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert cli.main(["install-desktop"]) == 2
    err = capsys.readouterr().err
    assert "file-not-folder" in err
    assert "Traceback" not in err


def test_autostart_starts_in_the_tray_and_goes_away_when_switched_off() -> None:
    assert not desktop_entry.autostart_enabled()
    desktop_entry.set_autostart(True, script="/usr/bin/psoas-timer")
    path = desktop_entry.autostart_file()
    assert path.parent.name == "autostart"
    text = path.read_text()
    assert "Exec=/usr/bin/psoas-timer --tray\n" in text
    assert "Desktop Action" not in text
    assert desktop_entry.autostart_enabled()
    desktop_entry.set_autostart(False)
    assert not path.exists()


def test_tray_flag_parses() -> None:
    assert arguments.parse_args(["--tray"]).tray
    assert not arguments.parse_args([]).tray


def test_the_metainfo_releases_follow_the_changelog() -> None:
    spec = importlib.util.spec_from_file_location("_gen_metainfo", ROOT / "scripts/gen_metainfo.py")
    assert spec is not None and spec.loader is not None
    gen = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = gen
    spec.loader.exec_module(gen)
    assert gen.stale() == [], "run: python scripts/gen_metainfo.py"
    text = (SOURCES / f"{APP_ID}.metainfo.xml").read_text()
    assert f"<launchable type=\"desktop-id\">{APP_ID}.desktop</launchable>" in text
    assert '<content_rating type="oars-1.1"/>' in text
    assert "<release version=" in text


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="no desktop-file-utils")
def test_the_entries_pass_desktop_file_validate(tmp_path: Path) -> None:
    desktop_entry.install()
    desktop_entry.set_autostart(True)
    for path in (
        SOURCES / f"{APP_ID}.desktop",
        _data_home() / "applications" / f"{APP_ID}.desktop",
        desktop_entry.autostart_file(),
    ):
        result = subprocess.run(
            ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="no appstream")
def test_the_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(SOURCES / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
