"""Write the top-level ``resources.qrc`` and compile it to ``ui/resources_rc.py``.

The qrc lists every file under ``assets/poses/``, ``assets/icons/`` and
``assets/sounds/``, and the ``.qm`` files of ``assets/translations/`` (when
present), sorted, under prefix ``/`` with aliases such as
``poses/supine-march--start.svg`` (the path without ``assets/``).
``--check`` writes nothing and exits 1 if the qrc text or the compiled module
is out of date (the module is compared after compiling to a temporary file
with the same rcc options).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _generate import run  # noqa: E402

ASSETS = ROOT / "assets"
QRC = ROOT / "resources.qrc"
RC_PY = ROOT / "src" / "psoas_timer" / "ui" / "resources_rc.py"
RESOURCE_DIRS = ("icons", "poses", "sounds", "translations")
#: Only the compiled translations ship; their .ts sources stay in the repository.
SKIPPED_SUFFIXES = (".ts",)


def asset_aliases(assets: Path = ASSETS) -> list[str]:
    """Sorted aliases (paths relative to ``assets``) of every resource file on disk."""
    found: list[str] = []
    for sub in RESOURCE_DIRS:
        folder = assets / sub
        if folder.is_dir():
            found += [
                p.relative_to(assets).as_posix()
                for p in folder.rglob("*")
                if p.is_file() and not p.name.startswith(".") and p.suffix not in SKIPPED_SUFFIXES
            ]
    return sorted(found)


def qrc_text(assets: Path = ASSETS) -> str:
    lines = ['<!DOCTYPE RCC><RCC version="1.0">', '<qresource prefix="/">']
    folder = assets.name
    lines += [f'    <file alias="{a}">{folder}/{a}</file>' for a in asset_aliases(assets)]
    lines += ["</qresource>", "</RCC>", ""]
    return "\n".join(lines)


def _rcc() -> str:
    local = Path(sys.executable).parent / "pyside6-rcc"
    return str(local) if local.exists() else "pyside6-rcc"


def compile_qrc(qrc: Path, out: Path) -> None:
    # Format version 1 carries no file timestamps, so the output is reproducible.
    subprocess.run(
        [_rcc(), "-g", "python", "--format-version", "1", str(qrc), "-o", str(out)], check=True
    )


def stale() -> list[str]:
    problems: list[str] = []
    text = qrc_text()
    if not QRC.is_file() or QRC.read_text("utf-8") != text:
        problems.append(str(QRC.relative_to(ROOT)))
    if not RC_PY.is_file():
        problems.append(str(RC_PY.relative_to(ROOT)))
    else:
        with tempfile.TemporaryDirectory() as tmp:
            tmp_qrc = QRC.with_name(".resources-check.qrc")
            try:
                tmp_qrc.write_text(text, "utf-8")
                out = Path(tmp) / "resources_rc.py"
                compile_qrc(tmp_qrc, out)
            finally:
                tmp_qrc.unlink(missing_ok=True)
            if out.read_bytes() != RC_PY.read_bytes():
                problems.append(str(RC_PY.relative_to(ROOT)))
    return problems


def check() -> bool:
    return not stale()


def main(argv: list[str] | None = None) -> int:
    def write() -> int:
        QRC.write_text(qrc_text(), "utf-8")
        compile_qrc(QRC, RC_PY)
        print(
            f"wrote {QRC.relative_to(ROOT)} ({len(asset_aliases())} files) and "
            f"{RC_PY.relative_to(ROOT)}"
        )
        return 0

    return run(__doc__ or "", argv, stale=stale, write=write, script="gen_resources.py")


if __name__ == "__main__":
    raise SystemExit(main())
