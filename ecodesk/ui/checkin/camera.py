"""Webcam scanning: live preview, frames decoded with zxing-cpp, each badge read once.

Every frame and every still image goes through ``CameraPanel.handle_image`` and so through
``decode_image``: a badge photographed and fed to it is read exactly as a camera frame is.
"""

from __future__ import annotations

import logging
import time

import zxingcpp
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
)
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

log = logging.getLogger(__name__)

# Decoding every frame would starve the GUI thread; a badge stays in view far longer.
DECODE_INTERVAL_S = 0.15
REPEAT_WINDOW_S = 4.0
# Larger frames are scaled down first: a badge QR held up to a webcam stays readable.
MAX_DECODE_SIDE = 960


def decode_image(image: QImage) -> list[str]:
    """The texts of the QR codes in the image (empty when none is readable)."""
    if image.isNull():
        return []
    if max(image.width(), image.height()) > MAX_DECODE_SIDE:
        image = image.scaled(
            MAX_DECODE_SIDE, MAX_DECODE_SIDE, aspectMode=Qt.AspectRatioMode.KeepAspectRatio
        )
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    # A single format converts to the BarcodeFormats set the stub names.
    found = zxingcpp.read_barcodes(gray, formats=zxingcpp.BarcodeFormat.QRCode)  # type: ignore[arg-type]
    return [code.text for code in found if code.valid and code.text]


class RepeatFilter:
    """Lets a code through unless it is the one let through in the last ``window`` seconds."""

    def __init__(self, window: float = REPEAT_WINDOW_S) -> None:
        self.window = window
        self._last: tuple[str, float] = ("", float("-inf"))

    def accept(self, text: str, at: float) -> bool:
        last_text, last_at = self._last
        if text == last_text and at - last_at < self.window:
            return False
        self._last = (text, at)
        return True


def cameras() -> list[QCameraDevice]:
    return list(QMediaDevices.videoInputs())


class CameraPanel(QWidget):
    """Pick a camera and watch its preview; emits ``decoded(text)`` once per badge shown."""

    decoded = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repeats = RepeatFilter()
        self._last_decode = 0.0
        self.camera: QCamera | None = None
        self.session = QMediaCaptureSession(self)
        self.preview = QVideoWidget()
        self.preview.setMinimumSize(320, 240)
        self.session.setVideoOutput(self.preview)
        self.preview.videoSink().videoFrameChanged.connect(self._frame)
        self.chooser = QComboBox()
        self.chooser.currentIndexChanged.connect(self._chosen)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chooser)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        self.reload_cameras()

    def reload_cameras(self) -> None:
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for device in cameras():
            self.chooser.addItem(device.description(), device.id())
        self.chooser.blockSignals(False)
        self.chooser.setEnabled(self.chooser.count() > 0)
        self.status.setText(
            self.tr("Hold the badge's QR code up to the camera.")
            if self.chooser.count()
            else self.tr("No camera found: connect a webcam, or use the scanner or search.")
        )

    def start(self) -> None:
        if self.camera is None and self.chooser.count():
            self._chosen(self.chooser.currentIndex())

    def stop(self) -> None:
        if self.camera is not None:
            self.camera.stop()
            self.session.setCamera(None)  # type: ignore[arg-type]
            self.camera.deleteLater()
            self.camera = None

    def _chosen(self, index: int) -> None:
        self.stop()
        wanted = self.chooser.itemData(index)
        device = next((d for d in cameras() if d.id() == wanted), None)
        if device is None:
            return
        self.camera = QCamera(device, self)
        self.camera.errorOccurred.connect(self._error)
        self.session.setCamera(self.camera)
        self.camera.start()

    def _error(self, _error: QCamera.Error, message: str) -> None:
        log.warning("camera error: %s", message)
        self.status.setText(self.tr("The camera stopped: %1").replace("%1", message))

    def _frame(self, frame: QVideoFrame) -> None:
        now = time.monotonic()
        if now - self._last_decode < DECODE_INTERVAL_S:
            return
        self._last_decode = now
        self.handle_image(frame.toImage())

    def handle_image(self, image: QImage) -> None:
        """Decode one picture (a camera frame or a still) and report a badge not just read."""
        now = time.monotonic()
        for text in decode_image(image):
            if self.repeats.accept(text, now):
                self.decoded.emit(text)
