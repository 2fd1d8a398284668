"""Extract the interface strings into ``assets/translations/*.ts``; compile them to ``.qm``.

``pyside6-lupdate`` reads every module of ``src/psoas_timer/ui/`` and ``app.py``
and updates ``assets/translations/psoas_timer_<lang>.ts`` for each language in
:data:`LANGUAGES` (new strings arrive unfinished; strings gone from the code are
dropped; no line numbers, so editing code does not churn the files).
``pyside6-lrelease`` then compiles each ``.ts`` to the ``.qm`` beside it, which
``gen_resources.py`` puts in the Qt resources as ``:/translations/<name>.qm``.
The ``Vocabulary`` context (the words the Qt-free core and CLI make, listed in
``core/words.py``) is also written, Qt-free, to ``src/psoas_timer/core/words.marshal``
for the CLI, which must not start Qt.
``--check`` writes nothing and exits 1 when a ``.ts`` lacks a string of the code
(or keeps one the code dropped) or a ``.qm`` differs from its ``.ts``.
Translators edit the ``.ts`` (Qt Linguist, or any text editor); see
``docs/translating.md``.
"""

from __future__ import annotations

import marshal
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _generate import run  # noqa: E402

FOLDER = ROOT / "assets" / "translations"
PACKAGE = ROOT / "src" / "psoas_timer"
#: Every language shipped besides English, the language of the source strings.
LANGUAGES = ("de", "es", "fr")


#: The Qt-free copy of the core's words, read by ``psoas_timer.core.words``.
WORDS = PACKAGE / "core" / "words.marshal"
CONTEXT = "Vocabulary"


def ts_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"psoas_timer_{language}.ts"


def sources() -> list[Path]:
    """The modules whose strings are translated: the widgets and the window-facing app."""
    found = sorted(p for p in (PACKAGE / "ui").rglob("*.py") if p.name != "resources_rc.py")
    # core/words.py lists the words the Qt-free core and CLI make (see its docstring).
    return [*found, PACKAGE / "app.py", PACKAGE / "core" / "words.py"]


def _tool(name: str) -> str:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else name


def update_ts(ts: Path) -> None:
    """Bring ``ts`` up to date with the strings in the code (created when missing)."""
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-silent",
            "-locations",
            "none",
            "-no-obsolete",
            *map(str, sources()),
            "-ts",
            str(ts),
        ],
        check=True,
    )


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
        check=True,
    )


def words_table(ts: Path) -> dict[str, str]:
    """{English: translation} of every finished message of the ``Vocabulary`` context."""
    table: dict[str, str] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type"):
                continue
            if translation.text:
                table[source] = translation.text
    return dict(sorted(table.items()))


def words_bytes() -> bytes:
    return marshal.dumps({lang: words_table(ts_path(lang)) for lang in LANGUAGES})


def stale() -> list[str]:
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for language in LANGUAGES:
            ts = ts_path(language)
            qm = ts.with_suffix(".qm")
            if not ts.is_file():
                problems.append(str(ts.relative_to(ROOT)))
                continue
            copy = Path(tmp) / ts.name
            shutil.copyfile(ts, copy)
            update_ts(copy)
            if copy.read_bytes() != ts.read_bytes():
                problems.append(str(ts.relative_to(ROOT)))
            fresh = copy.with_suffix(".qm")
            compile_qm(ts, fresh)
            if not qm.is_file() or qm.read_bytes() != fresh.read_bytes():
                problems.append(str(qm.relative_to(ROOT)))
    if not WORDS.is_file() or WORDS.read_bytes() != words_bytes():
        problems.append(str(WORDS.relative_to(ROOT)))
    return problems


def write() -> int:
    FOLDER.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = ts_path(language)
        update_ts(ts)
        compile_qm(ts, ts.with_suffix(".qm"))
    WORDS.write_bytes(words_bytes())
    return 0


def main(argv: list[str] | None = None) -> int:
    return run(__doc__ or "", argv, stale=stale, write=write, script="gen_translations.py")


if __name__ == "__main__":
    raise SystemExit(main())
