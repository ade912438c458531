"""One sound per kind of result, so the clerk hears it without looking: ok, already, refused.

The tones are written once as small WAV files in the cache folder (QSoundEffect plays files)
rather than shipped as binary resources.
"""

from __future__ import annotations

import logging
import math
import struct
import wave
from pathlib import Path

import platformdirs
from PySide6.QtCore import QObject, QUrl
from PySide6.QtMultimedia import QSoundEffect

log = logging.getLogger(__name__)

RATE = 44_100
# (frequency Hz, milliseconds); frequency 0 is a pause.
TONES: dict[str, tuple[tuple[int, int], ...]] = {
    "ok": ((1320, 110),),
    "already": ((880, 90), (0, 60), (880, 90)),
    "error": ((330, 180), (0, 40), (220, 320)),
}


def _samples(tones: tuple[tuple[int, int], ...]) -> bytes:
    frames = bytearray()
    for freq, ms in tones:
        count = RATE * ms // 1000
        fade = min(count // 2, RATE // 200)
        for i in range(count):
            # Short fades at both ends keep the speaker from clicking.
            envelope = min(1.0, i / fade, (count - i) / fade) if fade else 1.0
            value = math.sin(2 * math.pi * freq * i / RATE) if freq else 0.0
            frames += struct.pack("<h", int(value * envelope * 0.6 * 32767))
    return bytes(frames)


def sound_file(kind: str) -> Path:
    folder = Path(platformdirs.user_cache_dir("EcoDesk", appauthor=False)) / "sounds"
    path = folder / f"checkin-{kind}.wav"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        with wave.open(str(path), "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(RATE)
            out.writeframes(_samples(TONES[kind]))
    return path


class Sounds(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effects: dict[str, QSoundEffect] = {}
        for kind in TONES:
            effect = QSoundEffect(self)
            try:
                effect.setSource(QUrl.fromLocalFile(str(sound_file(kind))))
            except OSError:
                log.warning("cannot write the %s sound; the desk stays silent", kind)
            effect.setVolume(0.8)
            self._effects[kind] = effect
        # The last kind played, for the screen's own checks and for tests.
        self.last_played = ""

    def play(self, kind: str) -> None:
        self.last_played = kind
        self._effects[kind].play()
