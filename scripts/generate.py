"""Regenerate everything the package gets from ``assets/`` (and CHANGELOG.md).

In order: the pose SVGs from ``assets/poses.toml`` (``gen_poses.py``), the
AppStream metainfo from CHANGELOG.md (``gen_metainfo.py``), the interface
translations' ``.ts`` from the code and their compiled ``.qm``
(``gen_translations.py``), the top-level
``resources.qrc`` and its compiled ``src/psoas_timer/ui/resources_rc.py``
(``gen_resources.py``, after the SVGs it lists), and the pre-parsed TOML tables
``src/psoas_timer/core/parsed.marshal`` (``gen_parsed.py``). ``--check`` writes
nothing and exits 1, naming each stale file, when any of them is out of date;
CI runs it. The icons and sounds are synthesised by ``gen_icons.py`` and
``gen_sounds.py`` and committed as sources, so they are not rebuilt here.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_metainfo
import gen_parsed
import gen_poses
import gen_resources
import gen_translations
from _generate import run

#: (list what is stale, write it), in the order they must run: the qrc lists
#: the pose SVGs and the .qm files, so they come first. Each main([]) is that script run bare.
STEPS: tuple[tuple[Callable[[], list[str]], Callable[[], int]], ...] = (
    (gen_poses.stale_files, lambda: gen_poses.main([])),
    (gen_metainfo.stale, gen_metainfo.write),
    (gen_translations.stale, lambda: gen_translations.main([])),
    (gen_resources.stale, lambda: gen_resources.main([])),
    (gen_parsed.stale, lambda: gen_parsed.main([])),
)


def stale() -> list[str]:
    return [name for find, _ in STEPS for name in find()]


def write() -> int:
    for _, make in STEPS:
        code = make()
        if code:
            return code
    return 0


def main(argv: list[str] | None = None) -> int:
    return run(__doc__ or "", argv, stale=stale, write=write, script="generate.py")


if __name__ == "__main__":
    raise SystemExit(main())
