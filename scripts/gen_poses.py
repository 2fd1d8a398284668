"""Write ``assets/poses/<exercise>--<keyframe>.svg`` for every pose.

Each SVG shows the pose (light palette, unmirrored) with the motion arrow
pointing toward the exercise's other keyframe. ``--check`` writes nothing and
exits 1 when any file is missing, stale or not produced by this script.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _generate import run  # noqa: E402

POSES_DIR = ROOT / "assets" / "poses"


def expected_files() -> dict[str, str]:
    """File name -> SVG text for every pose in the library."""
    from psoas_timer.core.pose import load_poses
    from psoas_timer.core.pose_render import render
    from psoas_timer.core.pose_svg import to_svg

    library = load_poses()
    out: dict[str, str] = {}
    for exercise in library.exercises():
        keyframes = library.keyframes(exercise)
        for index, keyframe in enumerate(keyframes):
            other = keyframes[(index + 1) % len(keyframes)]
            pose = library.get(exercise, keyframe)
            target = library.get(exercise, other) if other != keyframe else None
            out[f"{exercise}--{keyframe}.svg"] = to_svg(render(pose, motion_to=target))
    return out


def stale_files(directory: Path = POSES_DIR) -> list[str]:
    """Names of files that differ from what the generator would write."""
    expected = expected_files()
    problems = [
        name
        for name, text in expected.items()
        if not (directory / name).is_file() or (directory / name).read_bytes() != text.encode()
    ]
    if directory.is_dir():
        problems += sorted(p.name for p in directory.glob("*.svg") if p.name not in expected)
    return problems


def check() -> bool:
    """True when every pose SVG is up to date."""
    return not stale_files()


def write(directory: Path = POSES_DIR) -> list[str]:
    """(Re)write the SVGs; remove SVGs with no pose. Returns the names changed."""
    directory.mkdir(parents=True, exist_ok=True)
    expected = expected_files()
    changed = []
    for name, text in expected.items():
        path = directory / name
        if not path.is_file() or path.read_bytes() != text.encode():
            path.write_bytes(text.encode())
            changed.append(name)
    for path in sorted(directory.glob("*.svg")):
        if path.name not in expected:
            path.unlink()
            changed.append(path.name)
    return changed


def main(argv: list[str] | None = None) -> int:
    def write_all() -> int:
        for name in write():
            print(f"wrote {name}")
        return 0

    return run(__doc__ or "", argv, stale=stale_files, write=write_all, script="gen_poses.py")


if __name__ == "__main__":
    raise SystemExit(main())
