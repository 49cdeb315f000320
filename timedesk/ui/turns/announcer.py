"""How the lobby display makes itself heard: a chime and, optionally, a spoken call.

The display talks to an `Announcer`, never to QtMultimedia directly:
QtMultimedia and QtTextToSpeech may not import (no libpulse), a machine may have no audio
device (QSoundEffect then silently plays nothing) or no speech engine. `make_announcer()`
returns the best one that works and always returns one; the display stays correct, only
quieter. Tests pass a `RecordingAnnouncer`.
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QUrl

from timedesk.outputs import LANGUAGES
from timedesk.resources import resource
from timedesk.turns.lobby import desk_label

log = logging.getLogger(__name__)

CHIME = ("sounds", "chime.wav")


class Announcer(Protocol):
    def chime(self) -> None: ...

    def say(self, text: str) -> None: ...

    @property
    def description(self) -> str: ...


def call_sentence(number: str, desk: str, language: str) -> str:
    """What the speech engine says; turn letters are spelt out one by one ("A 0 0 1" is read
    badly by most engines, "A, 1" well), so the number is read as letter, then digits."""
    letters = "".join(ch for ch in number if ch.isalpha())
    digits = str(int("".join(ch for ch in number if ch.isdigit()) or 0))
    if language == "es":  # a desk is said as the screen writes it (lobby.desk_label)
        return f"Turno {letters}, {digits}. {desk_label(desk, 'Puesto')}."
    return f"Ticket {letters}, {digits}. {desk_label(desk, 'Desk')}."


class SilentAnnouncer:
    """Visual only: no audio device, no multimedia libraries, or sound turned off."""

    def __init__(self, reason: str = "") -> None:
        self.reason = reason

    def chime(self) -> None:
        pass

    def say(self, text: str) -> None:
        pass

    @property
    def description(self) -> str:
        return QCoreApplication.translate("Announcer", "visual only") + (
            f" ({self.reason})" if self.reason else "")


class RecordingAnnouncer(SilentAnnouncer):
    """Remembers what it was asked to play (tests, and the screenshots)."""

    def __init__(self) -> None:
        super().__init__("recording")
        self.chimes = 0
        self.spoken: list[str] = []

    def chime(self) -> None:
        self.chimes += 1

    def say(self, text: str) -> None:
        self.spoken.append(text)


class QtAnnouncer(QObject):
    """QSoundEffect for the chime (loaded once, low latency), QTextToSpeech when asked for
    and an engine exists; speech waits for the chime to end so that the two do not overlap."""

    def __init__(self, sound_effect, speech=None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sound = sound_effect
        self._speech = speech
        self._pending: list[str] = []
        if speech is not None:
            self._sound.playingChanged.connect(self._speak_pending)

    def chime(self) -> None:
        self._sound.play()

    def say(self, text: str) -> None:
        if self._speech is None:
            return
        if self._sound.isPlaying():
            self._pending.append(text)
        else:
            self._speech.say(text)

    def _speak_pending(self) -> None:
        if not self._sound.isPlaying() and self._pending:
            self._speech.say(" ".join(self._pending))
            self._pending.clear()

    @property
    def description(self) -> str:
        parts = [QCoreApplication.translate("Announcer", "chime")]
        if self._speech is not None:
            parts.append(QCoreApplication.translate("Announcer", "spoken calls"))
        return " + ".join(parts)


def _speech_engine(language: str, parent: QObject | None):
    """A QTextToSpeech speaking `language`, or None (no module, no engine, no such voice)."""
    try:
        from PySide6.QtCore import QLocale
        from PySide6.QtTextToSpeech import QTextToSpeech
    except ImportError as exc:
        log.info("spoken calls are off: QtTextToSpeech is not available (%s)", exc)
        return None
    if not QTextToSpeech.availableEngines():
        log.info("spoken calls are off: no text-to-speech engine on this computer")
        return None
    speech = QTextToSpeech(parent)
    wanted = QLocale.Language.Spanish if language == "es" else QLocale.Language.English
    locales = [loc for loc in speech.availableLocales() if loc.language() == wanted]
    if not locales:
        log.info("spoken calls are off: the speech engine has no %s voice", language)
        speech.deleteLater()
        return None
    speech.setLocale(locales[0])
    return speech


def make_announcer(speech_language: str = "", parent: QObject | None = None):
    """The chime (and speech when `speech_language` is 'es' or 'en' and an engine speaks it),
    or a SilentAnnouncer saying why there is no sound."""
    try:
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
    except ImportError as exc:
        log.warning("the display is visual only: QtMultimedia is not available (%s)", exc)
        return SilentAnnouncer(QCoreApplication.translate("Announcer", "no multimedia"))
    if not QMediaDevices.audioOutputs():
        log.info("the display is visual only: this computer has no audio output")
        return SilentAnnouncer(QCoreApplication.translate("Announcer", "no audio output"))
    sound = QSoundEffect(parent)
    sound.setSource(QUrl.fromLocalFile(str(resource(*CHIME))))
    sound.setVolume(0.9)
    speech = (_speech_engine(speech_language, parent)
              if speech_language in LANGUAGES else None)
    return QtAnnouncer(sound, speech, parent)
