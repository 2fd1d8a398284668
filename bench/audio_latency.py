"""How late does a step's start cue reach the sound sink? Prints p50/p95/max in ms.

Runs a short routine of 1 s steps on the real clock and the real event loop
(controller timer -> engine events -> AudioCues -> sink.play), and measures,
for every step started by the timer, the time from the step's deadline (the
instant it was due) to the sink's ``play()`` call. The sink is the real
QSoundEffect sink when QtMultimedia and an audio device are there, and a
stand-in otherwise; either way the time is taken as ``play()`` is entered.

    python bench/audio_latency.py [--steps 60] [--seconds 1.0]

A benchmark prints figures; it passes or fails nothing.
"""

from __future__ import annotations

import argparse
import dataclasses
import logging
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from psoas_timer.core.catalogue import load_catalogue
from psoas_timer.core.clock import monotonic
from psoas_timer.core.cues import Sound
from psoas_timer.core.model import Phase
from psoas_timer.core.routine import builtin_routines
from psoas_timer.core.session import StepStarted
from psoas_timer.core.timeline import Timeline, compile_timeline
from psoas_timer.ui.session.audio import (
    AudioCues,
    DictPreferences,
    SoundSink,
    SpeechSink,
    Unavailable,
    qt_sound_sink,
)
from psoas_timer.ui.session.controller import SessionController


def short_timeline(steps: int, seconds: float) -> Timeline:
    """The first ``steps`` steps of a built-in routine, each ``seconds`` long."""
    source = compile_timeline(builtin_routines()["strength-starter"], load_catalogue())
    body = [s for s in source if s.phase is not Phase.FINISHED][:steps]
    body.append(source.steps[-1])
    placed = tuple(
        dataclasses.replace(
            s,
            index=i,
            start=i * seconds,
            duration=0 if s.phase is Phase.FINISHED else seconds,
            cues=(),
        )
        for i, s in enumerate(body)
    )
    return Timeline("bench", "Bench", placed)


class TimingSink:
    """Notes when ``play()`` is entered, then hands the cue to the real sink (if any)."""

    def __init__(self, inner: SoundSink | None) -> None:
        self.inner = inner
        self.deadline: float | None = None
        self.latencies: list[float] = []

    def play(self, sound: Sound) -> None:
        now = monotonic()
        if self.deadline is not None:
            self.latencies.append(now - self.deadline)
            self.deadline = None
        if self.inner is not None:
            self.inner.play(sound)

    def set_volume(self, volume: float) -> None:
        if self.inner is not None:
            self.inner.set_volume(volume)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=60)
    parser.add_argument("--seconds", type=float, default=1.0)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")

    app = QCoreApplication(sys.argv)
    controller = SessionController(monotonic)
    kind = "QSoundEffect"

    def sink_factory(parent: QObject) -> SoundSink:
        nonlocal kind
        try:
            inner: SoundSink | None = qt_sound_sink(parent)
        except Unavailable as exc:
            inner, kind = None, f"stand-in ({exc})"
        return sink_holder.setdefault("sink", TimingSink(inner))

    def no_speech(parent: QObject) -> SpeechSink:
        raise Unavailable("speech is not measured by this bench")

    sink_holder: dict[str, TimingSink] = {}

    # Connected before AudioCues, so the deadline is noted before the cue is played.
    def note_deadline(event: object) -> None:
        if isinstance(event, StepStarted) and event.step.index > 0:
            sink_holder["sink"].deadline = event.at

    controller.engineEvent.connect(note_deadline)
    prefs = DictPreferences({"cues": "beeps", "volume": 0.2})
    cues = AudioCues(controller, prefs, sink_factory=sink_factory, speech_factory=no_speech)
    sink = sink_holder["sink"]

    timeline = short_timeline(args.steps, args.seconds)
    controller.finished.connect(lambda: QTimer.singleShot(300, app.quit))
    controller.load(timeline)
    started = time.monotonic()
    controller.start()
    app.exec()
    del cues

    ms = [x * 1000 for x in sink.latencies]
    print(f"sink: {kind}")
    took = time.monotonic() - started
    print(f"steps: {len(timeline) - 1} of {args.seconds:g} s, run took {took:.1f} s")
    if not ms:
        print("no samples")
        return 1
    p50, p95, worst = percentile(ms, 50), percentile(ms, 95), max(ms)
    print(f"samples: {len(ms)}  (deadline -> sink.play())")
    print(f"p50 {p50:.2f} ms   p95 {p95:.2f} ms   max {worst:.2f} ms")
    print(f"p95 < 20 ms: {'yes' if p95 < 20 else 'NO'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
