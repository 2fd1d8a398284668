"""Synthesise the audio cues into ``assets/sounds/`` (standard library only).

Usage:
    python scripts/gen_sounds.py            # write the WAVs, then rebuild resources
    python scripts/gen_sounds.py --check    # exit 1 if the committed WAVs are out of date

Every cue is short (at most 400 ms), soft (peak -9 dBFS) and built from sine
partials under raised-cosine attack and release envelopes, so it starts and
ends at exactly zero and never clicks. The output is deterministic; ``--check``
tolerates one least-significant bit of difference so that a different libm
rounding a sample the other way does not count as "out of date".
"""

from __future__ import annotations

import argparse
import math
import struct
import subprocess
import sys
import wave
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "assets" / "sounds"
GEN_RESOURCES = ROOT / "scripts" / "gen_resources.py"

RATE = 44_100
#: Every cue is normalised to this peak; well under the -6 dBFS ceiling.
PEAK_DBFS = -9.0
MAX_SECONDS = 0.400
FULL_SCALE = 32767


@dataclass(frozen=True)
class Note:
    """One voice of a cue: a sine glide from ``f0`` to ``f1`` Hz with soft harmonics."""

    start: float  # seconds from the cue's start
    length: float  # seconds
    f0: float
    f1: float
    attack: float = 0.008
    release: float = 0.12
    gain: float = 1.0
    #: Relative amplitudes of the 2nd, 3rd ... harmonics: a little warmth, no buzz.
    harmonics: tuple[float, ...] = (0.18, 0.05)


#: The cues. Effort rises, release falls, the tick is a short high blip, switching
#: sides goes back and forth, an exercise ends on a major third, the routine on a chord.
CUES: dict[str, tuple[Note, ...]] = {
    "effort_start": (Note(0.0, 0.24, 494.0, 740.0, attack=0.010, release=0.14),),
    "release_start": (Note(0.0, 0.30, 660.0, 392.0, attack=0.015, release=0.20, harmonics=(0.1,)),),
    "tick": (Note(0.0, 0.07, 1320.0, 1320.0, attack=0.004, release=0.05, harmonics=(0.06,)),),
    "switch_sides": (
        Note(0.00, 0.13, 587.0, 587.0, release=0.07),
        Note(0.11, 0.13, 880.0, 880.0, release=0.07),
        Note(0.22, 0.16, 587.0, 587.0, release=0.11),
    ),
    "exercise_done": (
        Note(0.00, 0.18, 523.0, 523.0, release=0.10),
        Note(0.14, 0.24, 659.0, 659.0, release=0.17),
    ),
    "routine_done": (
        Note(0.00, 0.16, 523.0, 523.0, release=0.09, gain=0.8),
        Note(0.10, 0.18, 659.0, 659.0, release=0.11, gain=0.8),
        Note(0.20, 0.195, 784.0, 784.0, release=0.15),
        Note(0.20, 0.195, 523.0, 523.0, release=0.15, gain=0.45),
    ),
}


def _envelope(t: float, length: float, attack: float, release: float) -> float:
    """Raised-cosine attack, flat middle, raised-cosine release: zero at both ends."""
    if t <= 0.0 or t >= length:
        return 0.0
    level = 1.0
    if t < attack:
        level *= 0.5 - 0.5 * math.cos(math.pi * t / attack)
    tail = length - t
    if tail < release:
        level *= 0.5 - 0.5 * math.cos(math.pi * tail / release)
    return level


def _render_note(note: Note, buffer: list[float]) -> None:
    first = round(note.start * RATE)
    count = round(note.length * RATE)
    phase = 0.0
    for n in range(count):
        t = n / RATE
        # Exponential glide, so a rise sounds even across the octave.
        freq = note.f0 * (note.f1 / note.f0) ** (t / note.length)
        phase += 2.0 * math.pi * freq / RATE
        value = math.sin(phase)
        for k, amp in enumerate(note.harmonics, start=2):
            value += amp * math.sin(k * phase)
        buffer[first + n] += (
            note.gain * _envelope(t, note.length, note.attack, note.release) * value
        )


def render(notes: Sequence[Note]) -> list[int]:
    """The cue as 16-bit samples, normalised to :data:`PEAK_DBFS`."""
    end = max(note.start + note.length for note in notes)
    if end > MAX_SECONDS + 1e-9:
        raise ValueError(f"a cue lasts at most {MAX_SECONDS * 1000:.0f} ms, got {end * 1000:.0f}")
    buffer = [0.0] * (round(end * RATE) + 1)
    for note in notes:
        _render_note(note, buffer)
    peak = max(abs(v) for v in buffer)
    scale = 10 ** (PEAK_DBFS / 20) * FULL_SCALE / peak
    return [round(v * scale) for v in buffer]


def to_wav_bytes(samples: Sequence[int]) -> bytes:
    import io

    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(struct.pack(f"<{len(samples)}h", *samples))
    return out.getvalue()


def read_samples(path: Path) -> tuple[tuple[int, int, int], list[int]]:
    """``((channels, sample width, rate), samples)`` of a 16-bit WAV file."""
    with wave.open(str(path), "rb") as w:
        params = (w.getnchannels(), w.getsampwidth(), w.getframerate())
        frames = w.readframes(w.getnframes())
    count = len(frames) // 2
    return params, list(struct.unpack(f"<{count}h", frames[: count * 2]))


def _up_to_date(path: Path, samples: Sequence[int]) -> bool:
    if not path.is_file():
        return False
    try:
        params, existing = read_samples(path)
    except (wave.Error, EOFError, struct.error):
        return False
    if params != (1, 2, RATE) or len(existing) != len(samples):
        return False
    return all(abs(a - b) <= 1 for a, b in zip(existing, samples, strict=True))


def main(argv: Sequence[str] | None = None, *, out_dir: Path = OUT_DIR) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the WAVs are out of date")
    args = parser.parse_args(argv)

    stale: list[str] = []
    rendered = {name: render(notes) for name, notes in CUES.items()}
    for name, samples in rendered.items():
        if not _up_to_date(out_dir / f"{name}.wav", samples):
            stale.append(name)
    if args.check:
        if stale:
            print(f"out of date: {', '.join(stale)} (run scripts/gen_sounds.py)", file=sys.stderr)
            return 1
        print(f"{len(rendered)} sounds up to date")
        return 0

    out_dir.mkdir(parents=True, exist_ok=True)
    for name in stale:
        (out_dir / f"{name}.wav").write_bytes(to_wav_bytes(rendered[name]))
        print(f"wrote {out_dir / name}.wav")
    _run_if_present(GEN_RESOURCES, lambda path: [sys.executable, str(path)])
    return 0


def _run_if_present(script: Path, command: Callable[[Path], list[str]]) -> None:
    """Compile the sounds into the Qt resources, when that script exists."""
    if not script.is_file():
        print(f"{script.name} not found; resources not rebuilt")
        return
    subprocess.run(command(script), check=True, cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())
