"""Recording an audio question's answer from the microphone (app/ui/forms/media_widgets.py).

This machine has no microphone, so a small fake stands in for the hardware only: it hands the
widget a QBuffer as QAudioSource's pull-mode device and "hears" the samples a test feeds it. All
the rest is the real code: reading as bytes arrive, converting to 16-bit mono, the elapsed time and
level shown, the WAV made in memory with `wave`, stored through the same AnswerFiles path as a
chosen file, the cap that stops a long recording by itself, the keyboard. Screenshots go to
/tmp/form_questions."""

from __future__ import annotations

import io
import math
import wave
from array import array
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QObject, Qt
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from app.ui.forms import media_widgets
from app.ui.forms.media_widgets import MediaQuestion, pcm16_mono
from app.ui.forms.questions import make_question
from tests.ui.test_media_widgets import MemoryFiles

SHOTS = Path("/tmp/form_questions")


class FakeInput:
    """The sound input's side of QAudioSource: a QBuffer the widget reads in pull mode."""

    def __init__(self, rate: int, channels: int, sample_format: str) -> None:
        self.sample_rate = rate
        self.channels = channels
        self.sample_format = sample_format
        self._bytes = QByteArray()
        self.buffer = QBuffer(self._bytes)
        self.started = self.stopped = False

    def start(self) -> QIODevice:
        self.buffer.open(QIODevice.OpenModeFlag.ReadWrite)
        self.started = True
        return self.buffer

    def stop(self) -> None:
        self.stopped = True

    def feed(self, data: bytes) -> None:
        """The microphone heard `data` (raw frames in this input's format)."""
        at = self.buffer.pos()
        self.buffer.seek(self.buffer.size())
        self.buffer.write(data)
        self.buffer.seek(at)
        self.buffer.readyRead.emit()


class FakeMicrophone:
    def __init__(self, present: bool = True, rate: int = 16000, channels: int = 1, fmt: str = "int16") -> None:
        self.present = present
        self.format = (rate, channels, fmt)
        self.inputs: list[FakeInput] = []

    def available(self) -> bool:
        return self.present

    def open(self, parent: QObject) -> FakeInput:
        if not self.present:
            raise RuntimeError("no sound input")
        self.inputs.append(FakeInput(*self.format))
        return self.inputs[-1]


def _tone(seconds: float, rate: int = 16000, amplitude: int = 12000) -> bytes:
    n = int(seconds * rate)
    return array("h", (int(amplitude * math.sin(2 * math.pi * 440 * i / rate)) for i in range(n))).tobytes()


def _question(files: MemoryFiles | None, mic: FakeMicrophone) -> MediaQuestion:
    q = MediaQuestion("audio", mediatype="audio/*", files=files, microphone=mic)
    q.set_texts("Recording of the consent", "Read the consent text aloud, then record the answer.", False)
    return q


def _shown(qtbot, widget: QWidget, width: int = 860) -> None:  # noqa: ANN001 - pytest-qt fixture
    qtbot.addWidget(widget)
    widget.resize(width, max(widget.sizeHint().height(), 80))
    widget.show()
    qtbot.waitExposed(widget)


def _decoded(data: bytes) -> tuple[int, int, int, bytes]:
    with wave.open(io.BytesIO(data), "rb") as w:
        return w.getnchannels(), w.getsampwidth(), w.getframerate(), w.readframes(w.getnframes())


def test_a_recording_is_stored_as_a_wav_of_the_frames_heard(qtbot) -> None:  # noqa: ANN001
    files, mic = MemoryFiles(), FakeMicrophone()
    q = _question(files, mic)
    answers: list[str] = []
    q.answered.connect(answers.append)
    _shown(qtbot, q)
    assert q.record_button.isVisible() and q.record_button.isEnabled() and q.record_button.text() == "Record"
    assert not q.discard_button.isVisible() and not q.recording_box.isVisible()

    q.record_button.click()
    assert q.recording() and mic.inputs[0].started
    assert q.record_button.text() == "Stop recording" and q.discard_button.isVisible()
    assert q.recording_box.isVisible() and not q.choose_button.isVisible()
    assert "stops by itself at 30:00" in q.note.text()
    heard = [_tone(0.5), _tone(0.5, amplitude=3000), _tone(1.2)]
    for chunk in heard:
        mic.inputs[0].feed(chunk)
    assert q.elapsed.text() == "0:02"  # 2.2 s heard
    assert q.level.value() == round(12000 / 32767 * 100)  # the last chunk's loudest sample
    assert files.stored == {}  # nothing leaves memory before Stop

    q.record_button.click()
    assert mic.inputs[0].stopped and not q.recording()
    assert answers == ["1733558000123.wav"] and files.sources == ["microphone"]
    channels, width, rate, frames = _decoded(files.stored["1733558000123.wav"])
    assert (channels, width, rate) == (1, 2, 16000)
    assert frames == b"".join(heard)
    assert q.record_button.text() == "Record" and q.remove_button.isVisible() and q.play_button.isVisible()


def test_a_stereo_float_device_is_recorded_as_16_bit_mono(qtbot) -> None:  # noqa: ANN001
    files, mic = MemoryFiles(), FakeMicrophone(rate=48000, channels=2, fmt="float")
    q = _question(files, mic)
    _shown(qtbot, q)
    q.start_recording()
    left = [0.5, -0.25, 0.0, 1.0, -1.0]
    stereo = array("f", (v for s in left for v in (s, 0.9))).tobytes()
    mic.inputs[0].feed(stereo[:13])  # a chunk may end inside a frame: the rest waits for the next
    mic.inputs[0].feed(stereo[13:])
    q.stop_recording()
    channels, width, rate, frames = _decoded(next(iter(files.stored.values())))
    assert (channels, width, rate) == (1, 2, 48000)
    assert list(array("h", frames)) == [16383, -8191, 0, 32767, -32767]


def test_conversions_to_16_bit_mono() -> None:
    assert list(array("h", pcm16_mono(bytes([128, 255, 0]), "uint8", 1))) == [0, 127 << 8, -128 << 8]
    assert list(array("h", pcm16_mono(array("i", [1 << 30, -(1 << 30)]).tobytes(), "int32", 1))) == [16384, -16384]
    assert list(array("h", pcm16_mono(array("h", [1, 2, 3, 4]).tobytes(), "int16", 2))) == [1, 3]
    with pytest.raises(ValueError, match="unknown sample format"):
        pcm16_mono(b"\x00\x00", "int24", 1)


def test_a_long_recording_says_it_will_stop_then_stops_itself(qtbot) -> None:  # noqa: ANN001
    files, mic = MemoryFiles(), FakeMicrophone(rate=8000)
    q = _question(files, mic)
    q.max_recording_s = 90  # the last minute is counted down
    _shown(qtbot, q)
    q.start_recording()
    mic.inputs[0].feed(_tone(20, rate=8000))
    assert "stops by itself at 1:30" in q.note.text()
    mic.inputs[0].feed(_tone(40, rate=8000))
    assert q.note.text() == "The recording stops by itself in 30 s." and q.recording()
    mic.inputs[0].feed(_tone(31, rate=8000))
    assert not q.recording() and mic.inputs[0].stopped
    assert q.note.text() == "The recording reached 1:30 and was stopped."
    _, _, _, frames = _decoded(files.stored[q.value()])
    assert len(frames) == 91 * 8000 * 2  # what was heard up to the stop


def test_discard_keeps_nothing_and_an_empty_recording_says_so(qtbot) -> None:  # noqa: ANN001
    files, mic = MemoryFiles(), FakeMicrophone()
    q = _question(files, mic)
    _shown(qtbot, q)
    q.start_recording()
    mic.inputs[0].feed(_tone(0.3))
    q.discard_button.click()
    assert not q.recording() and mic.inputs[0].stopped and files.stored == {} and q.value() == ""
    q.start_recording()
    q.stop_recording()
    assert files.stored == {} and "Nothing was recorded" in q.note.text()


def test_no_microphone_disables_record_and_says_why(qtbot) -> None:  # noqa: ANN001
    q = _question(MemoryFiles(), FakeMicrophone(present=False))
    _shown(qtbot, q)
    assert q.record_button.isVisible() and not q.record_button.isEnabled()
    assert "No microphone found" in q.record_button.toolTip()
    q.start_recording()
    assert not q.recording()
    assert q.choose_button.isEnabled()  # a recording file can still be chosen


def test_this_machine_without_a_microphone_is_seen_as_such(qtbot) -> None:  # noqa: ANN001
    if media_widgets.has_microphone():
        pytest.skip("this machine has a microphone")
    q = make_question("binary", "upload", "", mediatype="audio/*", files=MemoryFiles())
    assert isinstance(q, MediaQuestion)
    _shown(qtbot, q)
    assert not q.microphone and not q.record_button.isEnabled()


def test_the_renderers_questions_take_the_microphone_seam(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    mic = FakeMicrophone()
    monkeypatch.setattr(MediaQuestion, "default_microphone", mic)
    q = make_question("binary", "upload", "", mediatype="audio/*", files=MemoryFiles())
    assert isinstance(q, MediaQuestion) and q.microphone
    photo = make_question("binary", "upload", "", mediatype="image/*", files=MemoryFiles())
    assert isinstance(photo, MediaQuestion) and not photo.microphone  # photos are not recorded


def test_record_and_stop_with_the_keyboard(qtbot) -> None:  # noqa: ANN001
    files, mic = MemoryFiles(), FakeMicrophone()
    q = _question(files, mic)
    _shown(qtbot, q)
    q.activateWindow()
    qtbot.waitUntil(q.isActiveWindow)
    assert q.focus_chain() == [q.choose_button, q.record_button]
    q.focus_editor()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert q.record_button.hasFocus()
    qtbot.keyClick(q.record_button, Qt.Key.Key_Space)
    assert q.recording() and q.record_button.hasFocus()
    assert q.focus_chain() == [q.record_button, q.discard_button]
    mic.inputs[0].feed(_tone(1.0))
    qtbot.keyClick(q.record_button, Qt.Key.Key_Space)
    assert not q.recording() and q.value().endswith(".wav")


@pytest.mark.parametrize("rtl", [False, True])
def test_screenshot_while_recording_and_after(qtbot, rtl: bool) -> None:  # noqa: ANN001
    files, mic = MemoryFiles(), FakeMicrophone()
    page = QWidget()
    if rtl:
        page.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    box = QVBoxLayout(page)
    during = _question(files, mic)
    after = _question(files, mic)
    after.set_texts("Interpreter's summary", "", False)
    none = _question(files, FakeMicrophone(present=False))
    none.set_texts("Recording (no microphone on this laptop)", "", False)
    for w in (during, after, none):
        box.addWidget(w)
    box.addStretch(1)
    _shown(qtbot, page)
    after.start_recording()
    mic.inputs[0].feed(_tone(4.2))
    after.stop_recording()
    during.start_recording()
    mic.inputs[1].feed(_tone(65.4, amplitude=20000))
    page.resize(860, page.sizeHint().height())
    SHOTS.mkdir(exist_ok=True)
    page.grab().save(str(SHOTS / f"recording{'_rtl' if rtl else ''}.png"))
    assert during.recording_box.isVisible() and during.level.value() == round(20000 / 32767 * 100)
    assert during.elapsed.text() == "1:05"
    assert after.play_button.isVisible() and after.details.text().startswith("1733558000123.wav")
