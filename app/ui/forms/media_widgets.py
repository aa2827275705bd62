"""Photo, signature, drawing, annotated photo, audio, video and file questions (XForm `<upload>`).

The answer of such a question is the name of a file held in the workspace's encrypted vault (as
ODK Collect names them, `1733558000123.jpg`). The widget never touches the vault itself: the
renderer gives it an `AnswerFiles` (app/ui/forms/session.py keeps one per form window), which
stores the bytes on the worker thread and hands back the name, or a message saying what is wrong
with the file. Bytes travel in memory only: a chosen file is read, a camera frame is encoded in a
QBuffer, a drawing is saved to PNG in a QBuffer, playback reads from a QBuffer, and a recording from the microphone (QAudioSource) is
gathered in memory and made a WAV with `wave` over io.BytesIO, so no plaintext copy of an answer
ever lands on disk.

Both calls of `AnswerFiles` answer through callbacks because the vault is reached on the worker:
a widget may be gone (its page rebuilt, the window closed) when the answer comes back, so every
callback first checks that the widget still exists.
"""

from __future__ import annotations

import io
import logging
import sys
import time
import wave
from array import array
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QObject, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.ui import camera
from app.ui.forms.draw_canvas import ANNOTATION_INK, INK, DrawDialog
from app.ui.forms.questions import Line, QuestionWidget, muted_color, set_text_color

log = logging.getLogger(__name__)

PREVIEW_PX = QSize(320, 240)  # a thumbnail big enough to check the photo is the right one
SIGNATURE_PREVIEW_PX = QSize(360, 120)
VIDEO_PX = QSize(480, 270)
DURATION_PROBE_BYTES = 32 * 1024 * 1024  # a recording this small is read back to show its length
CAMERA_ONLY = ("new", "new-front", "selfie")  # ODK: take a photo now, not one from the gallery
KINDS = ("image", "signature", "draw", "annotate", "audio", "video", "file")
MAX_RECORDING_S = 30 * 60  # a recording stops by itself here (30 min of 16 kHz speech: 58 MB in memory)
RECORDING_WARN_S = 60  # the last minute is counted down under the question
RECORDING_RED = "#c62828"
SPEECH_RATES = (16000, 22050, 24000, 32000, 44100, 48000)  # the first the microphone takes as 16-bit mono


class AnswerFiles(Protocol):
    """Where a media question's files go; implemented over the vault by app/ui/forms/session.py.

    `put` stores `data` (a file's bytes, a camera frame, a drawing as PNG) for a question of
    `mediatype` ("image/*", "audio/*", "video/*" or "" for any file), scaled to `max_pixels` when
    given, and calls `done(name)` with the answer value, or `failed(message)` with what is wrong and
    what to do. `source` says where the bytes came from: "file", "camera", "drawing", "signature"
    or "annotation" (app.services.form_media.SOURCES).
    `get` calls `done(bytes)`, or `done(None)` when the file cannot be read. `info` is what is known
    of an answer file without reading it: {"mime", "size", "width", "height"}, or None."""

    def put(
        self,
        data: bytes,
        filename: str,
        *,
        source: str,
        mediatype: str,
        max_pixels: int | None,
        done: Callable[[str], None],
        failed: Callable[[str], None],
    ) -> None: ...

    def get(self, name: str, done: Callable[[bytes | None], None]) -> None: ...

    def info(self, name: str) -> dict[str, Any] | None: ...


def media_kind(mediatype: str, appearance: str) -> str:
    """image | signature | draw | annotate | audio | video | file, from the control's mediatype and
    appearance as XLSForm writes them."""
    words = appearance.split()
    top = mediatype.split("/")[0].strip().lower()
    if top == "image":
        return next((w for w in ("signature", "draw", "annotate") if w in words), "image")
    if top in ("audio", "video"):
        return top
    return "file"


_CHECK_SECONDS = 30.0  # a form's ten photo questions ask once; a camera plugged in shows soon after
_checked: dict[str, tuple[float, bool]] = {}


def _cached(key: str, probe: Callable[[], bool]) -> bool:
    now = time.monotonic()
    hit = _checked.get(key)
    if hit is not None and now - hit[0] < _CHECK_SECONDS:
        return hit[1]
    try:
        found = probe()
    except Exception:  # noqa: BLE001 - a broken multimedia backend is no device, never a crash
        log.info("multimedia device detection failed (%s); treated as none", key)
        found = False
    _checked[key] = (now, found)
    return found


def has_camera() -> bool:
    return _cached("camera", camera.camera_available)


def can_play(kind: str) -> bool:
    """QtMultimedia is installed and, for sound, the laptop has a sound output."""
    if kind not in ("audio", "video"):
        return False

    def probe() -> bool:
        mm = camera._multimedia()
        if mm is None:
            return False
        return kind == "video" or bool(mm.QMediaDevices.audioOutputs())

    return _cached(f"play-{kind}", probe)


def has_microphone() -> bool:
    """QtMultimedia is installed and sees at least one sound input."""

    def probe() -> bool:
        mm = camera._multimedia()
        return mm is not None and bool(mm.QMediaDevices.audioInputs())

    return _cached("microphone", probe)


class AudioInput(Protocol):
    """One opened sound input: what it delivers (`sample_format` "int16", "int32", "float" or
    "uint8", interleaved `channels`, `sample_rate` frames a second) and, once started, a QIODevice
    whose readyRead says more bytes came."""

    sample_rate: int
    channels: int
    sample_format: str

    def start(self) -> QIODevice: ...

    def stop(self) -> None: ...


class Microphone(Protocol):
    """Where recordings come from: the laptop's sound input (SystemMicrophone), or in a test a fake
    that stands in for the hardware this machine lacks."""

    def available(self) -> bool: ...

    def open(self, parent: QObject) -> AudioInput:
        """The input, ready to start; raises RuntimeError when it cannot be opened."""
        ...


class SystemMicrophone:
    def available(self) -> bool:
        return has_microphone()

    def open(self, parent: QObject) -> AudioInput:
        return _QtAudioInput(parent)


class _QtAudioInput:
    """QAudioSource on the default input, in pull mode: the bytes are read as they come and kept
    in memory by the caller, never written to a file. 16-bit mono at a speech rate when the device
    takes it, else the device's own preferred format (converted to 16-bit mono as it is read)."""

    def __init__(self, parent: QObject) -> None:
        mm = camera._multimedia()
        if mm is None:
            raise RuntimeError("QtMultimedia is not available")
        device = mm.QMediaDevices.defaultAudioInput()
        if device.isNull():
            raise RuntimeError("no sound input")
        fmt = _recording_format(mm, device)
        names = {
            mm.QAudioFormat.SampleFormat.Int16: "int16",
            mm.QAudioFormat.SampleFormat.Int32: "int32",
            mm.QAudioFormat.SampleFormat.Float: "float",
            mm.QAudioFormat.SampleFormat.UInt8: "uint8",
        }
        self.sample_format = names.get(fmt.sampleFormat(), "")
        if not self.sample_format or fmt.sampleRate() <= 0 or fmt.channelCount() <= 0:
            raise RuntimeError("the sound input offers no format this program can record")
        self.sample_rate = int(fmt.sampleRate())
        self.channels = int(fmt.channelCount())
        self._source = mm.QAudioSource(device, fmt, parent)

    def start(self) -> QIODevice:
        io_device = self._source.start()
        if io_device is None:
            raise RuntimeError("the sound input did not start")
        return io_device  # type: ignore[no-any-return]

    def stop(self) -> None:
        self._source.stop()


def _recording_format(mm: Any, device: Any) -> Any:
    preferred = device.preferredFormat()
    rates = [r for r in SPEECH_RATES if r <= max(preferred.sampleRate(), SPEECH_RATES[0])]
    for rate in [*rates, preferred.sampleRate()]:
        fmt = mm.QAudioFormat()
        fmt.setSampleRate(rate)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(mm.QAudioFormat.SampleFormat.Int16)
        if device.isFormatSupported(fmt):
            return fmt
    return preferred


_SAMPLE_BYTES = {"int16": 2, "int32": 4, "float": 4, "uint8": 1}


def pcm16_mono(data: bytes, sample_format: str, channels: int) -> bytes:
    """Whole frames of interleaved samples as 16-bit mono (the first channel), native byte order."""
    if sample_format == "int16":
        samples = array("h", data)
    elif sample_format == "int32":
        samples = array("h", (v >> 16 for v in array("i", data)))
    elif sample_format == "float":
        samples = array("h", (max(-32768, min(32767, int(v * 32767))) for v in array("f", data)))
    elif sample_format == "uint8":
        samples = array("h", ((v - 128) << 8 for v in data))
    else:
        raise ValueError(f"unknown sample format {sample_format!r}")
    if channels > 1:
        samples = samples[::channels]
    return samples.tobytes()


class Recording:
    """One recording in progress: the input's bytes read as they come, converted to 16-bit mono and
    kept in a bytearray; `wav()` makes the file in memory."""

    def __init__(self, source: AudioInput, on_data: Callable[[], None]) -> None:
        self.source = source
        self.pcm = bytearray()
        self.level = 0.0  # the loudest sample of the last chunk, 0..1
        self._carry = b""
        self._frame = _SAMPLE_BYTES.get(source.sample_format, 2) * max(1, source.channels)
        self._on_data = on_data
        self._device: QIODevice | None = None

    def start(self) -> None:
        self._device = self.source.start()
        self._device.readyRead.connect(self.read)

    def read(self) -> None:
        if self._device is None:
            return
        data = self._carry + bytes(self._device.readAll().data())
        whole = len(data) - len(data) % self._frame
        self._carry = data[whole:]
        if not whole:
            return
        pcm = pcm16_mono(data[:whole], self.source.sample_format, self.source.channels)
        self.pcm += pcm
        samples = array("h", pcm)
        self.level = min(1.0, max(max(samples), -min(samples)) / 32767) if samples else 0.0
        self._on_data()

    @property
    def seconds(self) -> float:
        return len(self.pcm) / 2 / self.source.sample_rate

    def stop(self) -> None:
        if self._device is not None:
            self.read()
            self._device.readyRead.disconnect(self.read)
            self._device = None
        self.source.stop()

    def wav(self) -> bytes:
        pcm = array("h", bytes(self.pcm))
        if sys.byteorder == "big":
            pcm.byteswap()  # WAV is little-endian
        out = io.BytesIO()
        with wave.open(out, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(self.source.sample_rate)
            w.writeframes(pcm.tobytes())
        return out.getvalue()


def human_size(size: int) -> str:
    locale = QLocale()
    return locale.formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class FileAnswerQuestion(QuestionWidget):
    """A question whose answer is a file stored through `AnswerFiles` (media, OSM): what it shows
    under itself is the engine's message (required, constraint) or, failing that, why the last file
    was refused; a submitted form locks it read-only for good. Subclasses redraw in
    `_read_only_changed`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._file_error = ""  # what `put` refused, kept under the question until the next answer
        self._engine_problem = ""
        self._locked = False

    def set_problem(self, text: str) -> None:
        self._engine_problem = text
        super().set_problem(text or self._file_error)

    def set_read_only(self, read_only: bool) -> None:
        read_only = read_only or self._locked
        if read_only == self.read_only:
            return
        super().set_read_only(read_only)
        self._read_only_changed(read_only)

    def _read_only_changed(self, read_only: bool) -> None:
        """Redraw for the new read-only state (called after the base class has set it)."""

    def lock_read_only(self) -> None:
        """Read-only for good (a submitted form): the engine's read-only flag no longer changes it."""
        self._locked = True
        self.set_read_only(True)

    def _file_taken(self) -> None:
        """A file was stored (or the answer removed): the refusal under the question goes."""
        self._file_error = ""
        self.set_problem(self._engine_problem)

    def _file_refused(self, message: str) -> None:
        """`put` refused a file: say why under the question, unless the engine has something to say."""
        self._file_error = message
        super().set_problem(self._engine_problem or message)


class MediaQuestion(FileAnswerQuestion):
    """One media question: the buttons that fit its kind, a preview or the file's name and size,
    playback where the laptop can play it, recording where it has a microphone. Read-only (a
    submitted form): preview and playback.

    `microphone` is where recordings come from; None takes `default_microphone` (the laptop's sound
    input; a test sets a fake there for the hardware this machine lacks)."""

    default_microphone: Microphone = SystemMicrophone()
    max_recording_s: float = MAX_RECORDING_S

    def __init__(
        self,
        kind: str,
        *,
        appearance: str = "",
        mediatype: str = "",
        max_pixels: int | None = None,
        files: AnswerFiles | None = None,
        microphone: Microphone | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind if kind in KINDS else "file"
        self.appearance = appearance
        self.mediatype = mediatype
        self.max_pixels = max_pixels
        self.files = files
        self._value = ""
        self._data: bytes | None = None  # the answer file's bytes, once read (preview, playback)
        self._busy = False
        self._player: _Player | None = None
        self._duration_ms = 0
        self.camera = has_camera() if self.kind in ("image", "annotate") else False
        self.camera_only = self.kind == "image" and any(w in CAMERA_ONLY for w in appearance.split())
        self.microphone_source = microphone if microphone is not None else self.default_microphone
        self.microphone = self.kind == "audio" and self.microphone_source.available()
        self._recording: Recording | None = None
        self._recorder_message = ""  # why the last recording stopped by itself, or could not start

        self.preview = QLabel()
        self.preview.setFrameShape(QFrame.Shape.Box)  # a white signature or page keeps its edge
        self.preview.setLineWidth(1)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.preview.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.preview.hide()
        self.details = QLabel()  # name, size, dimensions
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setWordWrap(True)
        self.note = Line("hint")  # no camera, cannot play here, saving…
        self.video_host = QWidget()
        self.video_host.setFixedSize(VIDEO_PX)
        self._video_box = QVBoxLayout(self.video_host)
        self._video_box.setContentsMargins(0, 0, 0, 0)
        self.video_host.hide()

        self.choose_button = self._button(self._choose_text(), self.choose_file)
        self.camera_button = self._button(self.tr("Take photo…"), self.take_photo)
        self.draw_button = self._button(self._draw_text(), self.draw)
        self.play_button = self._button(self.tr("Play"), self.toggle_play)
        self.remove_button = self._button(self.tr("Remove"), self.remove)
        self.remove_button.setToolTip(self.tr("Leave this question without a file"))
        self.record_button = self._button(self.tr("Record"), self.toggle_recording)
        self.discard_button = self._button(self.tr("Discard"), self.discard_recording)
        self.discard_button.setToolTip(self.tr("Stop recording and keep nothing"))
        if not self.camera:
            self.camera_button.setEnabled(False)
            self.camera_button.setToolTip(self.tr("No camera found on this laptop"))
        if self.microphone:
            self.record_button.setToolTip(self.tr("Record from this laptop's microphone"))
        else:
            self.record_button.setEnabled(False)
            self.record_button.setToolTip(
                self.tr("No microphone found on this laptop: connect one to record, or choose a recording file.")
            )
        self.dot = QLabel("●")  # the recording light
        set_text_color(self.dot, QColor(RECORDING_RED))
        self.elapsed = QLabel()  # "0:05" while recording
        self.elapsed.setTextFormat(Qt.TextFormat.PlainText)
        self.level = QProgressBar()  # how loud the microphone hears the room, while recording
        self.level.setRange(0, 100)
        self.level.setTextVisible(False)
        self.level.setFixedSize(120, 10)
        self.level.setAccessibleName(self.tr("Sound level"))
        self.recording_box = QWidget()
        meter = QHBoxLayout(self.recording_box)
        meter.setContentsMargins(8, 0, 0, 0)
        meter.addWidget(self.dot)
        meter.addWidget(self.elapsed)
        meter.addWidget(self.level)
        self.recording_box.hide()

        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        for button in self.buttons():
            line.addWidget(button)
        line.addWidget(self.recording_box)
        line.addStretch(1)
        editor = QWidget()
        column = QVBoxLayout(editor)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.preview)
        column.addWidget(self.video_host)
        column.addWidget(self.details)
        column.addWidget(row)
        column.addWidget(self.note)
        self._add_editor(editor)
        set_text_color(self.details, muted_color(self.details))
        self._show_value()

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)  # Return elsewhere in the form must not open a file dialog
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        button.clicked.connect(slot)
        return button

    def buttons(self) -> list[QPushButton]:
        return [
            self.choose_button,
            self.camera_button,
            self.record_button,
            self.discard_button,
            self.draw_button,
            self.play_button,
            self.remove_button,
        ]

    def _choose_text(self) -> str:
        return {
            "image": self.tr("Choose photo…"),
            "annotate": self.tr("Choose photo…"),
            "audio": self.tr("Choose recording…"),
            "video": self.tr("Choose video…"),
        }.get(self.kind, self.tr("Choose file…"))

    def _draw_text(self) -> str:
        if self.kind == "signature":
            return self.tr("Sign again…") if self._value else self.tr("Sign…")
        if self.kind == "draw":
            return self.tr("Change drawing…") if self._value else self.tr("Draw…")
        return self.tr("Draw on photo…")

    # ----- what the renderer sets --------------------------------------------------------------
    def set_value(self, value: str) -> None:
        if value != self._value:
            self._cancel_recording()
            self._value = value
            self._data = None
            self._duration_ms = 0
            self._stop()
            self._show_value()

    def value(self) -> str:
        return self._value

    def set_read_only(self, read_only: bool) -> None:
        if read_only or self._locked:
            self._cancel_recording()  # before the state changes: the recording is not kept
        super().set_read_only(read_only)

    def _read_only_changed(self, read_only: bool) -> None:
        self._show_value()

    def focus_chain(self) -> list[QWidget]:
        return [b for b in self.buttons() if not b.isHidden()]

    # ----- showing the answer ------------------------------------------------------------------
    def _show_value(self) -> None:
        self.draw_button.setText(self._draw_text())
        if not self._value:
            self.preview.clear()
            self.preview.hide()
            self.details.setText(self.tr("No file yet.") if self.read_only else "")
            self.details.setVisible(self.read_only)
        else:
            self.details.setText(self._describe())
            self.details.show()
            name = self._value
            if self.files is not None and self.kind in ("image", "signature", "draw", "annotate"):
                self.files.get(name, lambda data: self._got(name, data))
            elif self.files is not None and self.kind in ("audio", "video") and self._cheap_to_probe(name):
                self.files.get(name, lambda data: self._probe(name, data))
        self._update_buttons()

    def _describe(self) -> str:
        info = self.files.info(self._value) if self.files is not None else None
        parts = [self._value]
        if info:
            if info.get("size") is not None:
                parts.append(human_size(int(info["size"])))
            if info.get("width") and info.get("height"):
                parts.append(f"{info['width']} × {info['height']}")
        if self._duration_ms:
            parts.append(format_duration(self._duration_ms))
        return " · ".join(parts)

    def _cheap_to_probe(self, name: str) -> bool:
        info = self.files.info(name) if self.files is not None else None
        size = int(info.get("size") or 0) if info else 0
        return 0 < size <= DURATION_PROBE_BYTES and camera._multimedia() is not None

    def _probe(self, name: str, data: bytes | None) -> None:
        """Load a recording (not play it) to learn its length, shown beside its size."""
        if not shiboken6.isValid(self) or name != self._value or data is None:
            return
        self._data = data
        player = self._ensure_player()
        if player is not None:
            player.load(data)

    def _got(self, name: str, data: bytes | None) -> None:
        if not shiboken6.isValid(self) or name != self._value:
            return  # gone, or another answer since
        self._data = data
        if data is None:
            self.note.show_message(self.tr("This file could not be read from the workspace."))
            return
        image = QImage.fromData(data)
        if image.isNull():
            self.preview.hide()
            return
        box = SIGNATURE_PREVIEW_PX if self.kind == "signature" else PREVIEW_PX
        pixmap = QPixmap.fromImage(image).scaled(
            box, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        self.preview.setPixmap(pixmap)
        frame = 2 * self.preview.frameWidth()
        self.preview.setFixedSize(pixmap.width() + frame, pixmap.height() + frame)
        self.preview.setAccessibleName(self.tr("Preview of {name}").format(name=name))
        self.preview.show()

    def _update_buttons(self) -> None:
        editing = not self.read_only and self.files is not None
        kind, answered = self.kind, bool(self._value)
        recording = self._recording is not None
        chooses = kind in ("image", "annotate", "audio", "video", "file") and not (self.camera_only and self.camera)
        self.choose_button.setVisible(editing and chooses and not recording)
        self.camera_button.setVisible(editing and kind in ("image", "annotate"))
        self.record_button.setVisible(editing and kind == "audio")
        self.record_button.setText(self.tr("Stop recording") if recording else self.tr("Record"))
        self.discard_button.setVisible(recording)
        self.recording_box.setVisible(recording)
        self.draw_button.setVisible(editing and (kind in ("signature", "draw") or (kind == "annotate" and answered)))
        self.play_button.setVisible(kind in ("audio", "video") and answered and not recording)
        self.play_button.setEnabled(can_play(kind) if answered and kind in ("audio", "video") else False)
        self.remove_button.setVisible(editing and answered and not recording)
        for button in self.buttons():
            if button is not self.play_button:
                button.setEnabled(
                    not self._busy
                    and (button is not self.camera_button or self.camera)
                    and (button is not self.record_button or self.microphone)
                )
        self.note.show_message(self._note())

    def _note(self) -> str:
        if self._busy:
            return self.tr("Saving the file into the encrypted workspace…")
        if self._recording is not None:
            left = self.max_recording_s - self._recording.seconds
            if left <= RECORDING_WARN_S:
                return self.tr("The recording stops by itself in {seconds} s.").format(seconds=max(0, round(left)))
            return self.tr("Recording… it stops by itself at {length}.").format(
                length=format_duration(int(self.max_recording_s * 1000))
            )
        if self._recorder_message:
            return self._recorder_message
        if self.files is None and not self.read_only:
            return self.tr("Files cannot be attached in this window.")
        editing = not self.read_only
        if editing and self.kind in ("image", "annotate") and not self.camera:
            if self.camera_only:
                return self.tr("No camera found on this laptop, so a photo file can be chosen instead.")
            return self.tr("No camera found: connect one to take a photo, or choose a photo file.")
        if self._value and self.kind in ("audio", "video") and not can_play(self.kind):
            if self.kind == "audio":
                return self.tr("This recording can't be played on this laptop (no sound output was found).")
            return self.tr("This video can't be played on this laptop.")
        return ""

    # ----- giving an answer ----------------------------------------------------------------------
    def choose_file(self) -> None:
        filters = {
            "image": self.tr("Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)"),
            "annotate": self.tr("Photos (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)"),
            "audio": self.tr("Recordings (*.mp3 *.m4a *.aac *.ogg *.oga *.opus *.wav *.flac *.amr *.3gp *.webm)"),
            "video": self.tr("Videos (*.mp4 *.m4v *.mov *.webm *.mkv *.3gp *.avi)"),
        }
        title = {"audio": self.tr("Choose a recording"), "video": self.tr("Choose a video")}.get(
            self.kind, self.tr("Choose a photo") if self.kind in ("image", "annotate") else self.tr("Choose a file")
        )
        wanted = filters.get(self.kind)
        everything = self.tr("All files (*)")
        path, _ = QFileDialog.getOpenFileName(self, title, "", f"{wanted};;{everything}" if wanted else everything)
        if path:
            self.use_file(Path(path))

    def use_file(self, path: Path) -> None:
        """Store the file at `path` as the answer (annotate: after drawing on it)."""
        self._recorder_message = ""
        try:
            data = path.read_bytes()
        except OSError:
            self._refused(
                self.tr("This file could not be read. Check that it is still there, or copy it to this laptop first.")
            )
            return
        if self.kind == "annotate":
            self._annotate(data, path.name, "file")
            return
        self._store(data, path.name, "file")

    def take_photo(self) -> None:
        if not self.camera or self.read_only:
            return
        try:
            dialog = camera.CameraDialog(self)
        except RuntimeError:
            self.camera = False
            self._update_buttons()
            return
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.jpeg:
            jpeg = dialog.jpeg
            dialog.clear()
            if self.kind == "annotate":
                self._annotate(jpeg, "photo.jpg", "camera")
            else:
                self._store(jpeg, "photo.jpg", "camera")
        dialog.deleteLater()

    def draw(self) -> None:
        """Sign or draw (starting from the current drawing), or draw again on the current photo."""
        if self.read_only:
            return
        if self.kind == "annotate":
            if self._data is not None:
                self._annotate(self._data, self._value, "annotation")
            return
        base = None
        if self.kind == "draw" and self._data is not None:
            base = QImage.fromData(self._data)
        title = self.tr("Sign") if self.kind == "signature" else self.tr("Draw")
        dialog = DrawDialog(title, base=base, signature=self.kind == "signature", ink=INK, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.png:
            signature = self.kind == "signature"
            self._store(
                dialog.png, "signature.png" if signature else "drawing.png", "signature" if signature else "drawing"
            )
        dialog.deleteLater()

    def _annotate(self, data: bytes, filename: str, source: str) -> None:
        image = QImage.fromData(data)
        if image.isNull():
            self._store(data, filename, source)  # the store says what is wrong with the file
            return
        dialog = DrawDialog(self.tr("Draw on the photo"), base=image, ink=ANNOTATION_INK, allow_blank=True, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.png:
            self._store(dialog.png, Path(filename).stem + ".png", "annotation")
        dialog.deleteLater()

    def remove(self) -> None:
        if self.read_only or not self._value:
            return
        self._recorder_message = ""
        self.set_value("")
        self._file_taken()
        self.answered.emit("")

    def _store(self, data: bytes, filename: str, source: str) -> None:
        if self.files is None:
            return
        self._busy = True
        self._update_buttons()
        self.files.put(
            data,
            filename,
            source=source,
            mediatype=self.mediatype,
            max_pixels=self.max_pixels,
            done=self._stored,
            failed=self._refused,
        )

    def _stored(self, name: str) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        self.set_value(name)
        self._file_taken()
        self._update_buttons()
        self.answered.emit(name)
        self.focus_editor()

    def _refused(self, message: str) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        self._file_refused(message)
        self._update_buttons()

    # ----- recording from the microphone --------------------------------------------------------
    def toggle_recording(self) -> None:
        if self._recording is not None:
            self.stop_recording()
        else:
            self.start_recording()

    def start_recording(self) -> None:
        if self.read_only or self.files is None or not self.microphone or self._busy or self._recording is not None:
            return
        self._stop()
        self._recorder_message = ""
        try:
            source = self.microphone_source.open(self)
            recording = Recording(source, self._heard)
            recording.start()
        except (RuntimeError, OSError):
            log.info("the microphone could not be opened")
            self._recorder_message = self.tr(
                "The microphone could not be started. Check that it is connected and not used by another "
                "program, then try again."
            )
            self._update_buttons()
            return
        self._recording = recording
        self._show_progress()
        self._update_buttons()
        self.record_button.setFocus()

    def _heard(self) -> None:
        if not shiboken6.isValid(self) or self._recording is None:
            return
        if self._recording.seconds >= self.max_recording_s:
            self._recorder_message = self.tr("The recording reached {length} and was stopped.").format(
                length=format_duration(int(self.max_recording_s * 1000))
            )
            self.stop_recording()
            return
        self._show_progress()

    def _show_progress(self) -> None:
        rec = self._recording
        if rec is None:
            return
        self.elapsed.setText(format_duration(int(rec.seconds * 1000)))
        self.elapsed.setAccessibleName(
            self.tr("Recording, {length}").format(length=format_duration(int(rec.seconds * 1000)))
        )
        self.level.setValue(round(rec.level * 100))
        left = self.max_recording_s - rec.seconds
        if left <= RECORDING_WARN_S:
            self.note.show_message(self._note())

    def stop_recording(self) -> None:
        """Stop, make the WAV in memory and store it like a chosen file (into the vault)."""
        rec, self._recording = self._recording, None
        if rec is None:
            return
        rec.stop()
        self.level.setValue(0)
        if not rec.pcm:
            self._recorder_message = self.tr("Nothing was recorded: the microphone sent no sound.")
            self._update_buttons()
            return
        data = rec.wav()
        rec.pcm.clear()
        self._store(data, "recording.wav", "microphone")
        self.record_button.setFocus()

    def discard_recording(self) -> None:
        self._cancel_recording()
        self._update_buttons()
        self.record_button.setFocus()

    def _cancel_recording(self) -> None:
        rec, self._recording = self._recording, None
        if rec is not None:
            rec.stop()
            rec.pcm.clear()
            self.level.setValue(0)

    def recording(self) -> bool:
        return self._recording is not None

    # ----- playback ------------------------------------------------------------------------------
    def toggle_play(self) -> None:
        if not self._value or not can_play(self.kind):
            return
        if self._player is not None and self._player.playing():
            self._stop()
            return
        if self._data is None and self.files is not None:
            name = self._value

            def start(data: bytes | None) -> None:
                if shiboken6.isValid(self) and name == self._value and data is not None:
                    self._data = data
                    self._play()

            self.files.get(name, start)
            return
        self._play()

    def _ensure_player(self) -> _Player | None:
        if self._player is None:
            if camera._multimedia() is None:
                return None
            self._player = _Player(self, video=self.kind == "video")
            self._player.finished.append(self._played)
            self._player.durations.append(self._duration_known)
            if self._player.video is not None:
                self._video_box.addWidget(self._player.video)
        return self._player

    def _play(self) -> None:
        player = self._ensure_player()
        if self._data is None or player is None:
            return
        self.video_host.setVisible(self.kind == "video")
        player.play(self._data)
        self.play_button.setText(self.tr("Stop"))

    def _duration_known(self, ms: int) -> None:
        if shiboken6.isValid(self) and ms > 0 and self._value:
            self._duration_ms = ms
            self.details.setText(self._describe())

    def _played(self) -> None:
        if shiboken6.isValid(self):
            self.play_button.setText(self.tr("Play"))

    def _stop(self) -> None:
        if self._player is not None:
            self._player.stop()
        self.video_host.hide()
        self.play_button.setText(self.tr("Play"))


class _Player:
    """QMediaPlayer reading from memory: the bytes in a QBuffer, never a file. Loading alone tells
    the duration (the header is read, nothing is played)."""

    def __init__(self, owner: QWidget, *, video: bool) -> None:
        mm = camera._multimedia()
        assert mm is not None
        self._mm = mm
        self.player = mm.QMediaPlayer(owner)
        self.audio = mm.QAudioOutput(owner)
        self.player.setAudioOutput(self.audio)
        self.video: QWidget | None = None
        if video:
            from PySide6.QtMultimediaWidgets import QVideoWidget

            widget = QVideoWidget()
            palette = widget.palette()
            palette.setColor(widget.backgroundRole(), QColor("black"))
            widget.setPalette(palette)
            self.video = widget
            self.player.setVideoOutput(widget)
        self._bytes = QByteArray()
        self._buffer: QBuffer | None = None
        self._loaded: bytes | None = None
        self.finished: list[Callable[[], None]] = []
        self.durations: list[Callable[[int], None]] = []
        self.player.mediaStatusChanged.connect(self._status)
        self.player.durationChanged.connect(self._duration)

    def load(self, data: bytes) -> None:
        if self._loaded is data:
            return
        self.player.stop()
        self.player.setSourceDevice(None)
        if self._buffer is not None:
            self._buffer.close()
        self._loaded = data
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.player.setSourceDevice(self._buffer)

    def play(self, data: bytes) -> None:
        self.load(data)
        self.player.play()

    def playing(self) -> bool:
        return bool(self.player.playbackState() == self._mm.QMediaPlayer.PlaybackState.PlayingState)

    def stop(self) -> None:
        self.player.stop()

    def _status(self, status: Any) -> None:
        if status == self._mm.QMediaPlayer.MediaStatus.EndOfMedia:
            for callback in self.finished:
                callback()

    def _duration(self, ms: int) -> None:
        for callback in self.durations:
            callback(int(ms))


def format_duration(ms: int) -> str:
    seconds = max(0, round(ms / 1000))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"
