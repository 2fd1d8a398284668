"""Audio cues and optional voice, driven only by the controller's engine events.

:mod:`psoas_timer.core.cues` decides *what* to play for each event (and drops
stale ones); this module plays it: WAV cues through ``QSoundEffect`` and
phrases through ``QTextToSpeech``. Either piece may be missing (no libpulse,
no audio device, no speech engine): the app then runs on what is left, down
to visual cues alone, says so in :meth:`AudioCues.status_text`, and logs each
missing piece once.

QtMultimedia and QtTextToSpeech are imported lazily, inside the default
factories, so that a broken multimedia stack can never stop the app starting.
"""

from __future__ import annotations

import collections
import importlib
import logging
import time
from collections.abc import Callable, Mapping, MutableMapping
from typing import Any, Protocol

from PySide6.QtCore import QFile, QLocale, QObject, QUrl, Signal

from ...core.assets import assets
from ...core.cues import Action, CueOptions, Hush, Mode, PlaySound, Say, Sound, actions_for
from ...core.session import Event
from ..common.vocabulary import phrase
from .controller import SessionController

log = logging.getLogger(__name__)

DEFAULT_VOLUME = 0.8
#: A broken sound effect is recreated before the next cue, but not more often than this.
RECREATE_AFTER = 5.0
#: A speech engine that accepted a phrase but never started it is considered idle after this.
SPEECH_START_TIMEOUT = 1.5
#: The Qt resource prefix the sounds are compiled under (``scripts/gen_resources.py``).
QRC_PREFIX = ":/sounds"


class Unavailable(Exception):
    """A sound or speech backend cannot be used; the message says why, in a few words."""


class Preferences(Protocol):
    """Where the audio preferences (``volume``, ``muted``, ``cues``, ``countdown_ticks``) live."""

    def get(self, key: str) -> object: ...

    def set(self, key: str, value: object) -> None: ...


class DictPreferences:
    """:class:`Preferences` over a mutable mapping, e.g. ``Settings.preferences``.

    Args:
        data: the mapping to read and write (a fresh dict if omitted).
        on_change: called after every :meth:`set`, e.g. ``settings.save``.
    """

    def __init__(
        self,
        data: MutableMapping[str, Any] | None = None,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        self.data: MutableMapping[str, Any] = data if data is not None else {}
        self._on_change = on_change

    def get(self, key: str) -> object:
        return self.data.get(key)

    def set(self, key: str, value: object) -> None:
        self.data[key] = value
        if self._on_change is not None:
            self._on_change()


class SoundSink(Protocol):
    def play(self, sound: Sound) -> None: ...

    def set_volume(self, volume: float) -> None: ...


class SpeechSink(Protocol):
    def say(self, text: str) -> None:
        """Start saying ``text`` now, cutting off anything being said."""

    def stop(self) -> None: ...

    def set_volume(self, volume: float) -> None: ...

    def is_speaking(self) -> bool: ...

    def connect_idle(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` whenever the engine finishes a phrase."""


SinkFactory = Callable[[QObject], SoundSink]
SpeechFactory = Callable[[QObject], SpeechSink]


def unavailable(reason: str) -> Callable[[QObject], Any]:
    """A sink or speech factory that always reports ``reason``.

    For a ``--no-sound`` option, or for widget tests that must not load the
    real multimedia backends (they print Qt warnings on machines without sound).
    """

    def factory(parent: QObject) -> Any:
        raise Unavailable(reason)

    return factory


# --------------------------------------------------------------------- sounds


def _import_multimedia() -> Any:
    """Import QtMultimedia; raises ImportError when libpulse or the module is missing."""
    return importlib.import_module("PySide6.QtMultimedia")


def _compiled_resources() -> bool:
    """Whether the sounds are compiled into the Qt resources (imports them if so)."""
    try:
        importlib.import_module("psoas_timer.ui.resources_rc")
    except ImportError:
        return False
    return all(QFile.exists(f"{QRC_PREFIX}/{sound.value}.wav") for sound in Sound)


def sound_sources() -> dict[Sound, QUrl]:
    """Where each cue's WAV is: in the Qt resources, or else in the package files."""
    if _compiled_resources():
        return {s: QUrl(f"qrc{QRC_PREFIX}/{s.value}.wav") for s in Sound}
    folder = assets() / "sounds"
    return {s: QUrl.fromLocalFile(str(folder.joinpath(f"{s.value}.wav"))) for s in Sound}


class EffectSink(QObject):
    """One preloaded sound effect per cue.

    Args:
        effect_class: ``QSoundEffect`` (or a stand-in with the same API).
        sources: the WAV of each cue.
        volume: 0..1.
        clock: monotonic seconds, for pacing the recreation of broken effects.
    """

    def __init__(
        self,
        effect_class: Any,
        sources: Mapping[Sound, QUrl],
        *,
        volume: float = DEFAULT_VOLUME,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._effect_class = effect_class
        self._sources = dict(sources)
        self._volume = volume
        self._clock = clock
        self._recreated: dict[Sound, float] = {}
        self._warned = False
        # setSource now, so each WAV is decoded before its first cue is due.
        self._effects: dict[Sound, Any] = {s: self._make(s) for s in self._sources}

    def _make(self, sound: Sound) -> Any:
        effect = self._effect_class(self)
        effect.setSource(self._sources[sound])
        effect.setVolume(self._volume)
        return effect

    def _broken(self, effect: Any) -> bool:
        return bool(effect.status() == self._effect_class.Status.Error)

    def play(self, sound: Sound) -> None:
        effect = self._effects.get(sound)
        if effect is None:
            return
        if self._broken(effect):
            now = self._clock()
            last = self._recreated.get(sound)
            if last is not None and now - last < RECREATE_AFTER:
                return  # it broke again at once; try again later rather than flood
            if not self._warned:
                log.warning("sound effect %r was in its error state; recreating it", sound.value)
                self._warned = True
            else:
                log.debug("recreating sound effect %r", sound.value)
            self._recreated[sound] = now
            effect.stop()
            effect.deleteLater()
            effect = self._effects[sound] = self._make(sound)
        effect.play()

    def set_volume(self, volume: float) -> None:
        self._volume = volume
        for effect in self._effects.values():
            effect.setVolume(volume)

    def effect(self, sound: Sound) -> Any:
        """The current effect for ``sound`` (for tests)."""
        return self._effects[sound]


def qt_sound_sink(parent: QObject) -> SoundSink:
    """The real sink; raises :class:`Unavailable` without QtMultimedia or an audio device."""
    try:
        multimedia = _import_multimedia()
    except ImportError as exc:
        raise Unavailable(f"QtMultimedia cannot be loaded ({_first_line(exc)})") from exc
    if not multimedia.QMediaDevices.audioOutputs():
        raise Unavailable("no audio output device")
    return EffectSink(multimedia.QSoundEffect, sound_sources(), parent=parent)


# --------------------------------------------------------------------- speech


def _import_speech() -> Any:
    return importlib.import_module("PySide6.QtTextToSpeech")


class QtSpeech(QObject):
    """A :class:`SpeechSink` over one ``QTextToSpeech`` engine.

    ``say()`` starts asynchronously, so the phrase counts as being spoken from
    the call until the engine reports it is done (or never started it).
    """

    def __init__(self, module: Any, engine: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        tts_class = module.QTextToSpeech
        self._states = tts_class.State
        self._tts = tts_class(engine, self)
        self.engine = engine
        state = self._tts.state()
        if state in (self._states.Error, getattr(self._states, "BackendError", None)):
            reason = self._tts.errorString() or "it failed to start"
            raise Unavailable(f"speech engine {engine!r}: {reason}")
        self._speak_interface_language(engine)
        self._idle: list[Callable[[], None]] = []
        self._pending_since: float | None = None  # said, not yet started
        self._speaking = False
        self._tts.stateChanged.connect(self._on_state)

    def _speak_interface_language(self, engine: str) -> None:
        """Speak the interface's language (``QLocale()``), or refuse: a voice reading
        German words with English sounds would be worse than the beeps."""
        wanted = QLocale().language()
        if wanted in (QLocale.Language.C, QLocale.Language.English):
            return
        if self._tts.locale().language() == wanted:
            return
        for locale in self._tts.availableLocales():
            if locale.language() == wanted:
                self._tts.setLocale(locale)
                return
        name = QLocale.languageToString(wanted)
        raise Unavailable(f"speech engine {engine!r} has no {name} voice")

    def say(self, text: str) -> None:
        self._pending_since = time.monotonic()
        # The core's words (phases, "Switch sides", breath prompts) in the interface language.
        self._tts.say(phrase(text))

    def stop(self) -> None:
        self._pending_since = None
        self._speaking = False
        self._tts.stop()

    def set_volume(self, volume: float) -> None:
        self._tts.setVolume(volume)

    def is_speaking(self) -> bool:
        if self._speaking:
            return True
        if self._pending_since is None:
            return False
        return time.monotonic() - self._pending_since < SPEECH_START_TIMEOUT

    def connect_idle(self, callback: Callable[[], None]) -> None:
        self._idle.append(callback)

    def _on_state(self, state: Any) -> None:
        if state == self._states.Ready:
            if self._pending_since is not None and not self._speaking:
                return  # the "ready" left over from a stop() just before a say()
            self._speaking = False
            self._pending_since = None
            for callback in self._idle:
                callback()
        elif state in (self._states.Error, getattr(self._states, "BackendError", None)):
            self._speaking = False
            self._pending_since = None
        else:  # Speaking or Synthesizing
            self._speaking = True
            self._pending_since = None


def qt_speech(parent: QObject, *, allow_mock: bool = False) -> SpeechSink:
    """The first working speech engine; raises :class:`Unavailable` if there is none.

    The "mock" engine some Qt builds ship says nothing; only tests may ask for it.
    """
    try:
        module = _import_speech()
    except ImportError as exc:
        raise Unavailable(f"QtTextToSpeech cannot be loaded ({_first_line(exc)})") from exc
    engines = [e for e in module.QTextToSpeech.availableEngines() if allow_mock or e != "mock"]
    if not engines:
        raise Unavailable("no speech engine is installed")
    problems = []
    for engine in engines:
        try:
            return QtSpeech(module, engine, parent)
        except Unavailable as exc:
            problems.append(str(exc))
    raise Unavailable("; ".join(problems))


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


# ------------------------------------------------------------------ the cues


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


class AudioCues(QObject):
    """Plays the cues for a :class:`SessionController`'s engine events.

    Args:
        controller: the one source of cues; its ``engineEvent`` is all this listens to.
        prefs: where volume, mute, mode and countdown ticks are read and saved.
        sink_factory: builds the sound sink (default: ``QSoundEffect``s); may
            raise :class:`Unavailable`.
        speech_factory: builds the speech sink (default: the first real
            ``QTextToSpeech`` engine); may raise :class:`Unavailable`.

    Signals:
        mutedChanged(bool): mute was switched on or off.
    """

    mutedChanged = Signal(bool)

    def __init__(
        self,
        controller: SessionController,
        prefs: Preferences,
        *,
        sink_factory: SinkFactory | None = None,
        speech_factory: SpeechFactory | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._prefs = prefs
        self._queue: collections.deque[Say] = collections.deque()
        self._volume = DEFAULT_VOLUME
        self._muted = False
        self._mode = Mode.BOTH
        self._ticks = True
        self._read_preferences()

        self._sink: SoundSink | None = None
        self._sound_problem = ""
        try:
            self._sink = (sink_factory or qt_sound_sink)(self)
        except Unavailable as exc:
            self._sound_problem = str(exc)
            log.warning("sound cues are off: %s", exc)
        self._speech: SpeechSink | None = None
        self._speech_problem = ""
        try:
            self._speech = (speech_factory or qt_speech)(self)
        except Unavailable as exc:
            self._speech_problem = str(exc)
            log.warning("voice cues are off: %s", exc)
        if self._speech is not None:
            self._speech.connect_idle(self._speak_next)
        self._apply_volume()
        controller.engineEvent.connect(self._on_event)

    # ----------------------------------------------------------------- queries

    @property
    def available_sound(self) -> bool:
        return self._sink is not None

    @property
    def available_speech(self) -> bool:
        return self._speech is not None

    @property
    def muted(self) -> bool:
        return self._muted

    @property
    def volume(self) -> float:
        return self._volume

    @property
    def mode(self) -> Mode:
        return self._mode

    def options(self) -> CueOptions:
        """What will actually be played: the chosen mode, bent to what is available.

        If the chosen kind of cue is missing (voice without a speech engine,
        beeps without sound), whichever is there takes over.
        """
        sound, speech = self.available_sound, self.available_speech
        beeps = self._mode is not Mode.VOICE and sound
        voice = self._mode is not Mode.BEEPS and speech
        if not beeps and not voice:
            beeps, voice = sound, speech
        return CueOptions(beeps=beeps, voice=voice, ticks=self._ticks)

    def status_text(self) -> str:
        """One line for the preferences when sound or voice is missing; empty when all is well."""
        sound = self.tr("no sound ({reason})").format(reason=self._sound_problem)
        voice = self.tr("no voice ({reason})").format(reason=self._speech_problem)
        if self._sink is None and self._speech is None:
            both = self.tr("{sound} and {voice}: cues are visual only.")
            return _first_upper(both.format(sound=sound, voice=voice))
        if self._sink is None:
            return _first_upper(self.tr("{sound}: voice cues only.").format(sound=sound))
        if self._speech is None:
            return _first_upper(self.tr("{voice}: beeps only.").format(voice=voice))
        return ""

    # -------------------------------------------------------------- operations

    def set_volume(self, volume: float) -> None:
        """Set the volume (0..1, clamped) and save it."""
        self._volume = min(1.0, max(0.0, float(volume)))
        self._prefs.set("volume", self._volume)
        self._apply_volume()

    def set_muted(self, muted: bool) -> None:
        if muted == self._muted:
            return
        self._muted = muted
        self._prefs.set("muted", muted)
        if muted:
            self._hush()
        self.mutedChanged.emit(muted)

    def toggle_mute(self) -> bool:
        """What the M key does. Returns whether sound is now muted."""
        self.set_muted(not self._muted)
        return self._muted

    def set_mode(self, mode: Mode | str) -> None:
        """Beeps, voice or both; saved as the ``cues`` preference."""
        self._mode = Mode.parse(mode, self._mode)
        self._prefs.set("cues", self._mode.value)
        if not self.options().voice:
            self._hush()

    def reload_preferences(self) -> None:
        """Re-read the preferences, after something else changed them."""
        self._read_preferences()
        self._apply_volume()
        if self._muted:
            self._hush()

    # ---------------------------------------------------------------- internals

    def _read_preferences(self) -> None:
        volume = self._prefs.get("volume")
        if isinstance(volume, int | float) and not isinstance(volume, bool):
            self._volume = min(1.0, max(0.0, float(volume)))
        muted = self._prefs.get("muted")
        if isinstance(muted, bool):
            self._muted = muted
        self._mode = Mode.parse(self._prefs.get("cues"), self._mode)
        ticks = self._prefs.get("countdown_ticks")
        if isinstance(ticks, bool):
            self._ticks = ticks

    def _apply_volume(self) -> None:
        if self._sink is not None:
            self._sink.set_volume(self._volume)
        if self._speech is not None:
            self._speech.set_volume(self._volume)

    def _on_event(self, event: object) -> None:
        if not isinstance(event, Event) or (self._sink is None and self._speech is None):
            return
        if self._muted:
            return
        controller = self._controller
        actions = actions_for(
            event,
            now=controller.clock(),
            current=controller.step,
            state=controller.state,
            options=self.options(),
        )
        for action in actions:
            self._perform(action)

    def _perform(self, action: Action) -> None:
        if isinstance(action, PlaySound):
            if self._sink is not None:
                self._sink.play(action.sound)
        elif isinstance(action, Say):
            self._say(action)
        elif isinstance(action, Hush):
            self._hush()

    def _say(self, action: Say) -> None:
        speech = self._speech
        if speech is None:
            return
        if action.interrupt:
            # A new step: whatever is left from the step before is cut off.
            self._queue.clear()
            speech.stop()
            speech.say(action.text)
            return
        self._queue.append(action)
        if not speech.is_speaking():
            self._speak_next()

    def _speak_next(self) -> None:
        speech = self._speech
        if speech is None:
            return
        now = self._controller.clock()
        while self._queue:
            action = self._queue.popleft()
            if action.expires >= now:
                speech.say(action.text)
                return
            log.debug("dropped a stale phrase: %r", action.text)

    def _hush(self) -> None:
        self._queue.clear()
        if self._speech is not None:
            self._speech.stop()
