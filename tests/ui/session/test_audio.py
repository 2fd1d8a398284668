"""Audio cues: the generated sounds, cue order and timing, voice policy, and every fallback."""

from __future__ import annotations

import enum
import importlib.util
import logging
import math
import random
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any, ClassVar

import pytest
from PySide6.QtCore import QObject, QUrl
from pytestqt.qtbot import QtBot

from psoas_timer.core.catalogue import load_catalogue
from psoas_timer.core.clock import ManualClock
from psoas_timer.core.cues import SPEECH_LATE_AFTER, Sound, step_phrases
from psoas_timer.core.model import Phase, TimedCue
from psoas_timer.core.routine import builtin_routines
from psoas_timer.core.session import TICKS, CueDue, State
from psoas_timer.core.timeline import COUNTED_DOWN, Timeline, compile_timeline
from psoas_timer.ui.session import audio
from psoas_timer.ui.session.audio import AudioCues, DictPreferences, EffectSink, Unavailable
from psoas_timer.ui.session.controller import SessionController

ROOT = Path(__file__).resolve().parents[3]
GEN_SOUNDS = ROOT / "scripts" / "gen_sounds.py"
SOUNDS = ROOT / "assets" / "sounds"

#: What real multimedia backends print on a machine without a sound server.
BACKEND_NOISE = [
    "QStandardPaths: XDG_RUNTIME_DIR not set.*",
    "Couldn't (load|resolve) .*",
    "PulseAudioService.*",
    "Using Qt multimedia with FFmpeg.*",
    "QSoundEffect.*",
    "Error loading text-to-speech plug-in.*",
]

#: The plan, written independently of the code under test.
EXPECTED_START = {
    Phase.PREPARE: Sound.RELEASE_START,
    Phase.LIFT: Sound.EFFORT_START,
    Phase.HOLD: Sound.EFFORT_START,
    Phase.LOWER: Sound.RELEASE_START,
    Phase.REST: Sound.RELEASE_START,
    Phase.SWITCH_SIDES: Sound.SWITCH_SIDES,
    Phase.TRANSITION: Sound.EXERCISE_DONE,
    Phase.FINISHED: Sound.ROUTINE_DONE,
}


def builtin(routine_id: str = "strength-starter") -> Timeline:
    return compile_timeline(builtin_routines()[routine_id], load_catalogue())


# ---------------------------------------------------------------------- fakes


class FakeSink:
    def __init__(self, clock: Callable[[], float]) -> None:
        self.clock = clock
        self.played: list[tuple[float, Sound]] = []
        self.volume: float | None = None

    def play(self, sound: Sound) -> None:
        self.played.append((self.clock(), sound))

    def set_volume(self, volume: float) -> None:
        self.volume = volume


class FakeSpeech:
    """Speaks instantly, or (``instant=False``) until :meth:`finish` is called."""

    def __init__(self, clock: Callable[[], float], *, instant: bool = True) -> None:
        self.clock = clock
        self.instant = instant
        self.said: list[tuple[float, str]] = []
        self.log: list[str] = []
        self.speaking = False
        self.volume: float | None = None
        self._idle: list[Callable[[], None]] = []

    def say(self, text: str) -> None:
        self.said.append((self.clock(), text))
        self.log.append(f"say:{text}")
        self.speaking = not self.instant

    def stop(self) -> None:
        self.log.append("stop")
        self.speaking = False

    def set_volume(self, volume: float) -> None:
        self.volume = volume

    def is_speaking(self) -> bool:
        return self.speaking

    def connect_idle(self, callback: Callable[[], None]) -> None:
        self._idle.append(callback)

    def finish(self) -> None:
        self.speaking = False
        for callback in self._idle:
            callback()

    def texts(self) -> list[str]:
        return [text for _, text in self.said]


class FakeEffect:
    """Stands in for QSoundEffect; ``broken`` makes every new effect report Error."""

    class Status(enum.Enum):
        Null = 0
        Loading = 1
        Ready = 2
        Error = 3

    created: ClassVar[list[FakeEffect]] = []
    broken = False

    def __init__(self, parent: QObject | None = None) -> None:
        self.source: QUrl | None = None
        self.volume: float | None = None
        self.plays = 0
        self.deleted = False
        self.state = self.Status.Error if FakeEffect.broken else self.Status.Ready
        FakeEffect.created.append(self)

    def setSource(self, url: QUrl) -> None:
        self.source = url

    def setVolume(self, volume: float) -> None:
        self.volume = volume

    def status(self) -> FakeEffect.Status:
        return self.state

    def play(self) -> None:
        assert self.source is not None
        self.plays += 1

    def stop(self) -> None:
        pass

    def deleteLater(self) -> None:
        self.deleted = True


@pytest.fixture
def fake_effects() -> Iterator[type[FakeEffect]]:
    FakeEffect.created = []
    FakeEffect.broken = False
    yield FakeEffect
    FakeEffect.created = []
    FakeEffect.broken = False


def fake_multimedia(outputs: list[str]) -> SimpleNamespace:
    return SimpleNamespace(
        QSoundEffect=FakeEffect, QMediaDevices=SimpleNamespace(audioOutputs=lambda: outputs)
    )


@dataclass
class Rig:
    clock: ManualClock
    controller: SessionController
    cues: AudioCues
    sink: FakeSink | None
    speech: FakeSpeech | None
    prefs: DictPreferences
    saves: list[int] = field(default_factory=list)
    rng: random.Random = field(default_factory=lambda: random.Random(20240611))

    def run_until(self, t: float) -> None:
        """Advance in small irregular steps like the app's timer, polling each time."""
        while self.clock.now < t:
            self.clock.set(min(t, self.clock.now + self.rng.uniform(0.01, 0.12)))
            self.controller.poll()

    def run_to_end(self, limit: float = 4000) -> None:
        end = self.clock.now + limit
        while self.controller.state is State.RUNNING and self.clock.now < end:
            self.clock.advance(self.rng.uniform(0.01, 0.12))
            self.controller.poll()


def make_rig(
    qtbot: QtBot,
    *,
    prefs: dict[str, Any] | None = None,
    sink: bool = True,
    speech: bool | FakeSpeech = True,
    sink_factory: audio.SinkFactory | None = None,
    speech_factory: audio.SpeechFactory | None = None,
) -> Rig:
    clock = ManualClock()
    controller = SessionController(clock)
    saves: list[int] = []
    store = DictPreferences(dict(prefs or {}), on_change=lambda: saves.append(1))
    fake_sink = FakeSink(clock) if sink else None
    fake_speech = (
        speech if isinstance(speech, FakeSpeech) else FakeSpeech(clock) if speech else None
    )

    no_sink = audio.unavailable("no audio output device")
    no_speech = audio.unavailable("no speech engine is installed")
    if sink_factory is None:
        sink_factory = (lambda parent: fake_sink) if fake_sink else no_sink
    if speech_factory is None:
        speech_factory = (lambda parent: fake_speech) if fake_speech else no_speech
    cues = AudioCues(controller, store, sink_factory=sink_factory, speech_factory=speech_factory)
    return Rig(clock, controller, cues, fake_sink, fake_speech, store, saves)


# ------------------------------------------------------------ generated sounds


def test_gen_sounds_check_passes_on_the_committed_files() -> None:
    result = subprocess.run(
        [sys.executable, str(GEN_SOUNDS), "--check"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


def _load_gen_sounds() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_sounds", GEN_SOUNDS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("gen_sounds", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_gen_sounds_check_fails_when_a_file_is_out_of_date(tmp_path: Path) -> None:
    gen = _load_gen_sounds()
    out = tmp_path / "sounds"
    shutil.copytree(SOUNDS, out)
    assert gen.main(["--check"], out_dir=out) == 0
    tick = out / "tick.wav"
    data = bytearray(tick.read_bytes())
    data[-200] ^= 0x40
    tick.write_bytes(bytes(data))
    assert gen.main(["--check"], out_dir=out) == 1
    (out / "routine_done.wav").unlink()
    assert gen.main(["--check"], out_dir=out) == 1


def test_sounds_are_short_soft_click_free_and_distinct() -> None:
    gen = _load_gen_sounds()
    seen: set[tuple[int, ...]] = set()
    for sound in Sound:
        (channels, width, rate), samples = gen.read_samples(SOUNDS / f"{sound.value}.wav")
        assert (channels, width) == (1, 2) and rate in (44_100, 48_000)
        assert len(samples) / rate <= 0.400
        peak = max(abs(s) for s in samples)
        assert 20 * math.log10(peak / 32767) <= -6.0
        # starts and ends at silence, with no jump in the first or last millisecond
        ms = rate // 1000
        assert samples[0] == 0 and samples[-1] == 0
        assert max(abs(s) for s in samples[:ms]) < 0.2 * peak
        assert max(abs(s) for s in samples[-ms:]) < 0.05 * peak
        seen.add(tuple(samples[: rate // 10]))
    assert len(seen) == len(Sound)


def test_sounds_load_from_package_files_without_compiled_resources(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "psoas_timer.ui.resources_rc", None)
    sources = audio.sound_sources()
    assert set(sources) == set(Sound)
    for sound, url in sources.items():
        assert url.isLocalFile() and Path(url.toLocalFile()).is_file()
        assert url.toLocalFile().endswith(f"{sound.value}.wav")


def test_sounds_load_from_qrc() -> None:
    importlib.import_module("psoas_timer.ui.resources_rc")
    assert audio._compiled_resources(), "resources_rc.py must list the sounds"
    assert all(url.scheme() == "qrc" for url in audio.sound_sources().values())


# --------------------------------------------------------- acceptance: the plan


class Plan:
    """The expected cues, computed from the timeline and the operations alone."""

    GRACE = 2.0

    def __init__(self, timeline: Timeline, t0: float) -> None:
        self.tl = timeline
        self.i = 0
        self.origin = t0  # where the current step's offsets count from
        self.lo = t0  # in-step events after this instant are still to come
        self.start_at: float | None = t0
        self.paused_at: float | None = None
        self.segments: list[tuple[int, float, float, float, float | None]] = []

    def _close(self, hi: float) -> None:
        self.segments.append((self.i, self.origin, self.lo, hi, self.start_at))
        self.start_at = None

    def run_until(self, t: float) -> None:
        if self.paused_at is not None:
            return
        while self.tl[self.i].phase is not Phase.FINISHED:
            end = self.origin + self.tl[self.i].duration
            if end > t:
                return
            self._close(end)
            self.i += 1
            self.origin = self.lo = end
            self.start_at = end

    def pause(self, t: float) -> None:
        self.run_until(t)
        self._close(t)
        self.paused_at = t

    def resume(self, t: float) -> None:
        assert self.paused_at is not None
        self.origin += t - self.paused_at
        self.lo = t
        self.paused_at = None

    def _jump(self, t: float, target: Callable[[], int]) -> None:
        if self.paused_at is None:
            self.run_until(t)
            self._close(t)
        else:
            self.paused_at = t
        self.i = target()
        self.origin = self.lo = t
        self.start_at = t
        if self.paused_at is not None:
            self._close(t)  # announced now; its in-step events come after the resume

    def skip(self, t: float) -> None:
        self._jump(t, lambda: self.i + 1)

    def back(self, t: float) -> None:
        def target() -> int:
            elapsed = (self.paused_at if self.paused_at is not None else t) - self.origin
            return self.i - 1 if elapsed < self.GRACE and self.i > 0 else self.i

        self._jump(t, target)

    def finish(self) -> None:
        self.run_until(math.inf)
        self._close(math.inf)

    def expected(self) -> tuple[list[tuple[float, Sound]], list[tuple[float, str]]]:
        sounds: list[tuple[float, Sound]] = []
        speech: list[tuple[float, str]] = []
        for i, origin, lo, hi, start_at in self.segments:
            step = self.tl[i]
            if start_at is not None:
                sounds.append((start_at, EXPECTED_START[step.phase]))
                speech += [(start_at, text) for text in step_phrases(step)]
            for n in TICKS if step.phase in COUNTED_DOWN else ():
                due = origin + step.duration - n
                if step.duration - n > 0 and lo < due <= hi:
                    sounds.append((due, Sound.TICK))
            for cue in step.cues:
                due = origin + cue.at
                if lo < due <= hi:
                    speech.append((due, cue.text))
        sounds.sort(key=lambda pair: pair[0])
        speech.sort(key=lambda pair: pair[0])
        return sounds, speech


def assert_matches(
    recorded: list[tuple[float, Any]], expected: list[tuple[float, Any]], slack: float
) -> None:
    """Same cues in the same order, each at its due time or up to ``slack`` after it."""
    got = [what for _, what in recorded]
    want = [what for _, what in expected]
    first = next((i for i, (a, b) in enumerate(zip(got, want, strict=False)) if a != b), None)
    where = f"first difference at {first}: {recorded[first]} vs {expected[first]}" if first else ""
    assert got == want, where or f"{len(got)} cues recorded, {len(want)} planned"
    for (at, what), (due, _) in zip(recorded, expected, strict=True):
        assert due - 1e-9 <= at <= due + slack, f"{what} due at {due:.3f}, played at {at:.3f}"


@pytest.mark.parametrize("routine_id", ["strength-starter", "advanced"])
def test_whole_routine_cue_order_and_times_match_the_plan(qtbot: QtBot, routine_id: str) -> None:
    rig = make_rig(qtbot)
    tl = builtin(routine_id)
    rig.controller.load(tl)
    rig.controller.start()
    t0 = rig.clock()
    plan = Plan(tl, t0)

    rig.run_until(t0 + 40.3)
    plan.pause(rig.clock())
    rig.controller.pause()
    rig.clock.advance(7.1)
    plan.resume(rig.clock())
    rig.controller.resume()

    rig.run_until(t0 + 100.7)
    plan.skip(rig.clock())
    rig.controller.skip()

    rig.run_until(t0 + 150.2)
    plan.back(rig.clock())  # restarts the step
    rig.controller.back()

    rig.run_until(t0 + 200.0)
    plan.skip(rig.clock())
    rig.controller.skip()
    rig.run_until(t0 + 200.9)
    plan.back(rig.clock())  # within the grace: the step before
    rig.controller.back()

    rig.run_until(t0 + 260.0)
    plan.pause(rig.clock())
    rig.controller.pause()
    rig.clock.advance(2.0)
    plan.skip(rig.clock())  # skipping while paused announces the new step
    rig.controller.skip()
    rig.clock.advance(3.0)
    plan.resume(rig.clock())
    rig.controller.resume()

    rig.run_to_end()
    plan.finish()
    assert rig.controller.state is State.FINISHED
    sounds, speech = plan.expected()
    assert rig.sink is not None and rig.speech is not None
    assert_matches(rig.sink.played, sounds, slack=0.121)
    assert_matches(rig.speech.said, speech, slack=0.121)
    assert sum(1 for _, s in rig.sink.played if s is Sound.EFFORT_START) >= 20


def test_a_stall_plays_only_the_newest_step_start(qtbot: QtBot) -> None:
    rig = make_rig(qtbot)
    tl = builtin()
    rig.controller.load(tl)
    rig.controller.start()
    rig.run_until(rig.clock() + 30.05)
    assert rig.sink is not None and rig.speech is not None
    before_sounds, before_said = len(rig.sink.played), len(rig.speech.said)
    rig.clock.advance(4.5)  # a frozen UI, under the gap threshold
    rig.controller.poll()
    new = rig.sink.played[before_sounds:]
    starts = [s for _, s in new if s is not Sound.TICK]
    assert len(starts) <= 1
    if starts:
        step = rig.controller.step
        assert step is not None
        assert starts == [EXPECTED_START[step.phase]]
        assert rig.speech.texts()[before_said] == step_phrases(step)[0]
    assert len([s for _, s in new if s is Sound.TICK]) <= 1


def test_a_gap_pauses_and_nothing_plays_after_resume(qtbot: QtBot) -> None:
    rig = make_rig(qtbot)
    rig.controller.load(builtin())
    rig.controller.start()
    rig.run_until(rig.clock() + 12.0)
    assert rig.sink is not None
    count = len(rig.sink.played)
    rig.clock.advance(60)
    rig.controller.poll()
    assert rig.controller.state is State.PAUSED
    rig.clock.advance(1)
    rig.controller.resume()
    resumed = rig.clock()
    assert rig.sink.played[count:] == []
    rig.run_until(resumed + 20)
    assert all(t >= resumed for t, _ in rig.sink.played[count:])


# ------------------------------------------------------------- voice policy


def test_new_step_title_interrupts_and_cues_queue_behind_it(qtbot: QtBot) -> None:
    clock_speech = FakeSpeech(lambda: 0.0, instant=False)
    rig = make_rig(qtbot, speech=clock_speech)
    speech = clock_speech
    speech.clock = rig.clock
    tl = builtin("advanced")
    rig.controller.load(tl)
    rig.controller.start()
    first = tl[0]
    assert speech.log == ["stop", f"say:{step_phrases(first)[0]}"]
    # a timed cue while the title is still being said waits for it
    step = rig.controller.step
    assert step is not None
    cue = CueDue(at=rig.clock(), step=step, cue=TimedCue(step.phase, 0.1, "Soften the ribs"))
    rig.controller.engineEvent.emit(cue)
    assert speech.log[-1] != "say:Soften the ribs"
    speech.finish()
    assert speech.log[-1] == "say:Soften the ribs"
    # a queued cue that could not start in time is dropped
    stale = CueDue(at=rig.clock(), step=step, cue=TimedCue(step.phase, 0.2, "Too late"))
    rig.controller.engineEvent.emit(stale)
    rig.clock.advance(SPEECH_LATE_AFTER + 0.1)
    speech.finish()
    assert "say:Too late" not in speech.log
    # the next step cuts off whatever is left
    queued = CueDue(at=rig.clock(), step=step, cue=TimedCue(step.phase, 0.3, "Left over"))
    speech.speaking = True
    rig.controller.engineEvent.emit(queued)
    rig.controller.skip()
    new = rig.controller.step
    assert new is not None
    assert speech.log[-2:] == ["stop", f"say:{step_phrases(new)[0]}"]
    speech.finish()
    assert "say:Left over" not in speech.log


def test_pause_hushes_the_voice(qtbot: QtBot) -> None:
    rig = make_rig(qtbot)
    rig.controller.load(builtin())
    rig.controller.start()
    rig.run_until(rig.clock() + 3)
    assert rig.speech is not None
    rig.controller.pause()
    assert rig.speech.log[-1] == "stop"


# -------------------------------------------------------------- preferences


def test_preferences_are_read_applied_and_saved(qtbot: QtBot) -> None:
    rig = make_rig(qtbot, prefs={"volume": 0.3, "muted": True, "cues": "beeps"})
    assert rig.sink is not None and rig.speech is not None
    assert rig.cues.volume == 0.3 and rig.sink.volume == 0.3 and rig.speech.volume == 0.3
    assert rig.cues.muted and rig.cues.mode.value == "beeps"
    rig.controller.load(builtin())
    rig.controller.start()
    rig.run_until(rig.clock() + 20)
    assert rig.sink.played == [] and rig.speech.said == []

    with qtbot.waitSignal(rig.cues.mutedChanged) as blocker:
        assert rig.cues.toggle_mute() is False
    assert blocker.args == [False]
    assert rig.prefs.data["muted"] is False and rig.saves
    rig.run_until(rig.clock() + 20)
    assert rig.sink.played and rig.speech.said == []  # beeps only

    rig.cues.set_volume(1.7)
    assert rig.prefs.data["volume"] == 1.0 and rig.sink.volume == 1.0
    rig.cues.set_mode("voice")
    assert rig.prefs.data["cues"] == "voice"
    count = len(rig.sink.played)
    rig.run_until(rig.clock() + 20)
    assert len(rig.sink.played) == count and rig.speech.said

    assert rig.cues.toggle_mute() is True
    assert rig.prefs.get("muted") is True and rig.speech.log[-1] == "stop"


def test_bad_preference_values_fall_back_to_defaults(qtbot: QtBot) -> None:
    rig = make_rig(qtbot, prefs={"volume": "loud", "muted": "yes", "cues": "morse"})
    assert rig.cues.volume == audio.DEFAULT_VOLUME
    assert rig.cues.muted is False and rig.cues.mode.value == "both"


def test_countdown_ticks_preference(qtbot: QtBot) -> None:
    rig = make_rig(qtbot, prefs={"countdown_ticks": False})
    rig.controller.load(builtin())
    rig.controller.start()
    rig.run_until(rig.clock() + 60)
    assert rig.sink is not None
    assert Sound.TICK not in {s for _, s in rig.sink.played}


# ----------------------------------------------------------------- fallbacks


def audio_warnings(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == audio.__name__ and r.levelno >= logging.WARNING]


def run_whole_routine(rig: Rig) -> None:
    rig.controller.load(builtin())
    rig.controller.start()
    rig.run_to_end()
    assert rig.controller.state is State.FINISHED


@pytest.mark.parametrize("how", ["module-missing", "libpulse-missing"])
def test_qtmultimedia_import_failure_leaves_voice_and_screen(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, how: str
) -> None:
    if how == "module-missing":
        monkeypatch.setitem(sys.modules, "PySide6.QtMultimedia", None)
    else:

        def fail() -> Any:
            raise ImportError("libpulse.so.0: cannot open shared object file: No such file")

        monkeypatch.setattr(audio, "_import_multimedia", fail)
    caplog.set_level(logging.DEBUG)
    rig = make_rig(qtbot, sink=False, sink_factory=audio.qt_sound_sink)
    assert not rig.cues.available_sound and rig.cues.available_speech
    text = rig.cues.status_text()
    assert "QtMultimedia" in text and "voice cues only" in text and "\n" not in text
    run_whole_routine(rig)
    assert rig.speech is not None and rig.speech.said  # voice carries on
    assert len(audio_warnings(caplog)) == 1


def test_no_audio_device(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    fake_effects: type[FakeEffect],
) -> None:
    monkeypatch.setattr(audio, "_import_multimedia", lambda: fake_multimedia([]))
    rig = make_rig(qtbot, sink=False, sink_factory=audio.qt_sound_sink)
    assert not rig.cues.available_sound
    assert "no audio output device" in rig.cues.status_text()
    run_whole_routine(rig)
    assert fake_effects.created == []
    assert len(audio_warnings(caplog)) == 1


def test_effects_are_preloaded_and_a_broken_one_is_recreated_before_the_next_cue(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    fake_effects: type[FakeEffect],
) -> None:
    monkeypatch.setattr(audio, "_import_multimedia", lambda: fake_multimedia(["speakers"]))
    rig = make_rig(qtbot, sink=False, sink_factory=audio.qt_sound_sink)
    assert rig.cues.available_sound and rig.cues.status_text() == ""
    preloaded = list(fake_effects.created)
    assert len(preloaded) == len(Sound)
    assert all(e.source is not None and e.volume == audio.DEFAULT_VOLUME for e in preloaded)

    rig.controller.load(builtin())
    rig.controller.start()  # PREPARE: the release sound
    sink = rig.cues._sink
    assert isinstance(sink, EffectSink)
    assert sink.effect(Sound.RELEASE_START).plays == 1

    broken = sink.effect(Sound.EFFORT_START)
    broken.state = FakeEffect.Status.Error
    step = rig.controller.step
    assert step is not None
    rig.run_until(rig.clock() + step.duration + 0.2)  # into the first lift
    fresh = sink.effect(Sound.EFFORT_START)
    assert fresh is not broken and broken.deleted and broken.plays == 0
    assert fresh.plays == 1 and fresh.source == broken.source

    # every effect broken for a whole routine: no crash, one warning
    FakeEffect.broken = True
    for sound in Sound:
        sink.effect(sound).state = FakeEffect.Status.Error
    rig.run_to_end()
    assert len(audio_warnings(caplog)) == 1


def test_no_speech_engine_leaves_beeps(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    tts = SimpleNamespace(availableEngines=list)
    monkeypatch.setattr(audio, "_import_speech", lambda: SimpleNamespace(QTextToSpeech=tts))
    rig = make_rig(qtbot, speech=False, speech_factory=audio.qt_speech, prefs={"cues": "voice"})
    assert rig.cues.available_sound and not rig.cues.available_speech
    assert rig.cues.status_text() == "No voice (no speech engine is installed): beeps only."
    run_whole_routine(rig)
    assert rig.sink is not None and rig.sink.played  # voice was chosen, beeps take over
    assert len(audio_warnings(caplog)) == 1


def test_the_mock_engine_is_never_used_in_production(monkeypatch: pytest.MonkeyPatch) -> None:
    tts = SimpleNamespace(availableEngines=lambda: ["mock"])
    monkeypatch.setattr(audio, "_import_speech", lambda: SimpleNamespace(QTextToSpeech=tts))
    with pytest.raises(Unavailable, match="no speech engine"):
        audio.qt_speech(QObject())


def test_speech_import_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)
    with pytest.raises(Unavailable, match="QtTextToSpeech cannot be loaded"):
        audio.qt_speech(QObject())


def test_nothing_available_means_visual_cues_only(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    rig = make_rig(qtbot, sink=False, speech=False)
    assert rig.cues.status_text() == (
        "No sound (no audio output device) and no voice (no speech engine is installed): "
        "cues are visual only."
    )
    run_whole_routine(rig)
    assert rig.cues.toggle_mute() is True
    rig.cues.set_volume(0.5)
    assert len(audio_warnings(caplog)) == 2  # one per missing piece


# ------------------------------------------------------ the real Qt backends


@pytest.mark.qt_log_ignore(*BACKEND_NOISE)
def test_real_mock_speech_engine_speaks_and_reports_idle(qtbot: QtBot) -> None:
    try:
        module = importlib.import_module("PySide6.QtTextToSpeech")
    except ImportError:
        pytest.skip("QtTextToSpeech cannot be loaded here")
    if "mock" not in module.QTextToSpeech.availableEngines():
        pytest.skip("this Qt build has no mock speech engine")
    parent = QObject()
    speech = audio.QtSpeech(module, "mock", parent)
    idle: list[int] = []
    speech.connect_idle(lambda: idle.append(1))
    speech.set_volume(0.5)
    speech.say("Left knee up — exhale")
    assert speech.is_speaking()
    qtbot.waitUntil(lambda: bool(idle), timeout=5000)
    assert not speech.is_speaking()
    speech.say("Hold")
    speech.stop()
    assert not speech.is_speaking()


@pytest.mark.qt_log_ignore(*BACKEND_NOISE)
def test_real_sound_effects_are_created_with_their_sources(qtbot: QtBot) -> None:
    try:
        multimedia = importlib.import_module("PySide6.QtMultimedia")
    except ImportError:
        pytest.skip("QtMultimedia cannot be loaded here")
    sources = audio.sound_sources()
    sink = EffectSink(multimedia.QSoundEffect, sources, volume=0.4)
    for sound in Sound:
        effect = sink.effect(sound)
        assert effect.source() == sources[sound]
        assert effect.volume() == pytest.approx(0.4)
    sink.play(Sound.TICK)  # whatever the device, never raises
