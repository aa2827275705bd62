"""Synthetic images drawn with Pillow: abstract portraits (no faces) and document "scans".

Everything is drawn from the ``Random`` passed in, so the bytes are the same on every run with
the same Pillow. Some photos are JPEGs stored sideways with an EXIF orientation tag, a GPS IFD
and a comment, as phone cameras write them, so that the ingest pipeline's orientation and
metadata stripping has something to do.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Sequence
from functools import lru_cache
from random import Random
from typing import Any

from PIL import ExifTags, Image, ImageDraw, ImageFont

from app.services.demo.rand import randint
from app.services.demo.translit import ascii_fold

PHOTO_SIZE = (480, 600)
SCAN_SIZE = (850, 1100)

_BACKGROUNDS = ((232, 238, 245), (245, 245, 242), (214, 228, 240), (238, 232, 220), (226, 234, 226))
_SKIN = ((241, 204, 170), (224, 172, 130), (198, 134, 90), (160, 105, 70), (120, 80, 55), (92, 62, 44))
_HAIR = ((28, 24, 20), (58, 40, 26), (96, 70, 42), (140, 108, 70), (22, 22, 22), (70, 50, 40))
_CLOTHES = ((40, 60, 110), (120, 30, 40), (60, 90, 60), (90, 90, 95), (160, 120, 60), (30, 30, 35),
            (200, 200, 205), (110, 70, 120))  # fmt: skip
_SCARVES = ((20, 20, 25), (90, 30, 60), (40, 70, 120), (210, 205, 190), (120, 40, 40), (50, 90, 80))
_PAPER = ((247, 244, 235), (240, 243, 247), (236, 244, 236), (250, 247, 240), (244, 238, 246))
_HEADER = ((22, 52, 96), (28, 84, 60), (110, 28, 40), (60, 50, 110), (20, 90, 110))
_INK_STAMP = ((40, 60, 160), (110, 40, 140), (150, 30, 40))


@lru_cache(maxsize=16)
def _font(size: int) -> Any:
    try:
        return ImageFont.load_default(size=size)
    except (TypeError, AttributeError, OSError):  # an old Pillow or no FreeType: the bitmap font
        return ImageFont.load_default()


def _jitter(rng: Random, colour: tuple[int, int, int], amount: int = 12) -> tuple[int, int, int]:
    r, g, b = (max(0, min(255, c + rng.randint(-amount, amount))) for c in colour)
    return r, g, b


def _gradient(rng: Random, size: tuple[int, int], base: tuple[int, int, int], bands: int = 24) -> Image.Image:
    """A soft vertical gradient between two nearby colours, drawn as thin bands (no resampling:
    a resize of the whole image costs more than all the drawing)."""
    w, h = size
    top, bottom = _jitter(rng, base, 14), _jitter(rng, base, 14)
    im = Image.new("RGB", size, top)
    d = ImageDraw.Draw(im)
    for k in range(1, bands):
        t = k / (bands - 1)
        colour = tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True))
        d.rectangle((0, h * k // bands, w, h * (k + 1) // bands), fill=colour)
    return im


def portrait(rng: Random, sex: str, age: int, size: tuple[int, int] = PHOTO_SIZE,
             headscarf: bool = False) -> Image.Image:  # fmt: skip
    """Head-and-shoulders silhouette: background, shoulders, neck, head, hair or scarf; no face."""
    w, h = size
    im = _gradient(rng, (w, h), rng.choice(_BACKGROUNDS))
    d = ImageDraw.Draw(im)
    grown = min(age, 18) / 18
    s = 0.82 + 0.18 * grown
    cx = w / 2 + rng.uniform(-0.03, 0.03) * w
    skin = _jitter(rng, rng.choice(_SKIN), 8)
    hair = (150 + rng.randint(0, 40),) * 3 if age >= 60 and rng.random() < 0.7 else _jitter(rng, rng.choice(_HAIR), 6)
    clothes = _jitter(rng, rng.choice(_CLOTHES), 15)
    head_w = 0.34 * w * (1.12 - 0.12 * grown)
    head_h = head_w * 1.3
    head_top = h * (0.17 + rng.uniform(-0.02, 0.03))
    head_box = (cx - head_w / 2, head_top, cx + head_w / 2, head_top + head_h)
    shoulder_top = head_top + head_h * 0.95
    shoulder_w = w * 0.46 * s
    if headscarf:
        scarf = _jitter(rng, rng.choice(_SCARVES), 10)
        d.ellipse(
            (cx - head_w * 0.75, head_top - head_h * 0.12, cx + head_w * 0.75, head_top + head_h * 1.35), fill=scarf
        )
        d.ellipse((cx - shoulder_w, shoulder_top, cx + shoulder_w, h * 1.5), fill=scarf)
    else:
        if sex == "F" and rng.random() < 0.8:  # long hair behind the shoulders
            d.rounded_rectangle((cx - head_w * 0.68, head_top + head_h * 0.2, cx + head_w * 0.68,
                                 head_top + head_h * 1.45), radius=int(head_w * 0.3), fill=hair)  # fmt: skip
        d.ellipse((cx - shoulder_w, shoulder_top, cx + shoulder_w, h * 1.5), fill=clothes)
    neck_w = head_w * 0.36
    d.rectangle((cx - neck_w / 2, head_top + head_h * 0.75, cx + neck_w / 2, shoulder_top + h * 0.04), fill=skin)
    if headscarf:
        d.ellipse(
            (cx - head_w * 0.43, head_top + head_h * 0.08, cx + head_w * 0.43, head_top + head_h * 0.98), fill=skin
        )
    else:
        d.ellipse(head_box, fill=skin)
        if age >= 2 and not (sex == "M" and age >= 45 and rng.random() < 0.3):
            d.chord((head_box[0] - 2, head_box[1] - 4, head_box[2] + 2, head_box[3] - head_h * 0.35),
                    180, 360, fill=hair)  # fmt: skip
    if not headscarf:  # a collar line
        d.line((cx - neck_w, shoulder_top + h * 0.05, cx, shoulder_top + h * 0.12, cx + neck_w,
                shoulder_top + h * 0.05), fill=_jitter(rng, clothes, 30), width=2)  # fmt: skip
    return im


def _exif(orientation: int, lat: float, lon: float, when: dt.datetime, description: str) -> bytes:
    ex = Image.Exif()
    ex[ExifTags.Base.Orientation] = orientation
    ex[ExifTags.Base.Make] = "DemoCam"
    ex[ExifTags.Base.Model] = "FieldKit 2"
    ex[ExifTags.Base.Software] = "circuitride-demo"
    ex[ExifTags.Base.DateTime] = when.strftime("%Y:%m:%d %H:%M:%S")
    ex[ExifTags.Base.ImageDescription] = description
    sub = ex.get_ifd(ExifTags.IFD.Exif)
    sub[ExifTags.Base.DateTimeOriginal] = when.strftime("%Y:%m:%d %H:%M:%S")
    gps = ex.get_ifd(ExifTags.IFD.GPSInfo)
    gps[ExifTags.GPS.GPSVersionID] = b"\x02\x03\x00\x00"
    gps[ExifTags.GPS.GPSLatitudeRef] = "N" if lat >= 0 else "S"
    gps[ExifTags.GPS.GPSLatitude] = _dms(abs(lat))
    gps[ExifTags.GPS.GPSLongitudeRef] = "E" if lon >= 0 else "W"
    gps[ExifTags.GPS.GPSLongitude] = _dms(abs(lon))
    gps[ExifTags.GPS.GPSDateStamp] = when.strftime("%Y:%m:%d")
    return ex.tobytes()


def _dms(value: float) -> tuple[float, float, float]:
    deg = int(value)
    minutes = int((value - deg) * 60)
    seconds = round(((value - deg) * 60 - minutes) * 60, 2)
    return (float(deg), float(minutes), seconds)


# Stored pixels for an EXIF orientation: the transform that exif_transpose() undoes.
_STORE_FOR_ORIENTATION = {
    3: Image.Transpose.ROTATE_180,
    6: Image.Transpose.ROTATE_90,
    8: Image.Transpose.ROTATE_270,
}


def encode_photo(
    im: Image.Image,
    fmt: str,
    *,
    orientation: int | None = None,
    gps: tuple[float, float] | None = None,
    when: dt.datetime | None = None,
    comment: str | None = None,
) -> bytes:
    """JPEG or PNG bytes; with ``orientation`` the pixels are stored as the camera would."""
    buf = io.BytesIO()
    if fmt == "png":
        im.save(buf, "PNG", compress_level=6)
        return buf.getvalue()
    kwargs: dict[str, Any] = {"quality": 84}
    if orientation is not None:
        if orientation in _STORE_FOR_ORIENTATION:
            im = im.transpose(_STORE_FOR_ORIENTATION[orientation])
        lat, lon = gps if gps is not None else (0.0, 0.0)
        kwargs["exif"] = _exif(orientation, lat, lon, when or dt.datetime(2026, 1, 1, 12), comment or "")
    if comment:
        kwargs["comment"] = comment.encode("ascii", "replace")
    im.save(buf, "JPEG", **kwargs)
    return buf.getvalue()


def scan(
    rng: Random,
    *,
    title: str,
    subtitle: str,
    number: str,
    fields: list[tuple[str, str]],
    rows: Sequence[tuple[str, ...]] | None = None,
    photo: tuple[str, int, bool] | None = None,
    mrz: list[str] | None = None,
) -> Image.Image:
    """A document page: paper, header bar, guilloche lines, photo box, fields, optional table, stamp."""
    w, h = SCAN_SIZE
    im = Image.new("RGB", (w, h), _jitter(rng, rng.choice(_PAPER), 4))
    d = ImageDraw.Draw(im)
    header = _jitter(rng, rng.choice(_HEADER), 10)
    d.rectangle((0, 0, w, 118), fill=header)
    d.text((40, 22), ascii_fold(title).upper(), font=_font(36), fill=(255, 255, 255))
    d.text((40, 74), subtitle, font=_font(18), fill=(220, 225, 235))
    # Guilloche: a few faint waves behind the fields.
    faint = tuple(min(255, c + 60) for c in header)
    for k in range(7):
        y0 = 180 + k * 95 + rng.randint(-10, 10)
        amp, period, phase = rng.randint(8, 22), rng.randint(60, 140), rng.uniform(0, 6.28)
        pts = [(x, y0 + amp * math.sin(x / period + phase)) for x in range(0, w + 1, 10)]
        d.line(pts, fill=faint, width=1)
    d.text((w - 330, 140), f"No. {number}", font=_font(24), fill=(170, 30, 30))
    x0, y = 60, 190
    if photo is not None:
        sex, age, scarf = photo
        d.rectangle((58, 188, 302, 492), outline=(90, 90, 90), width=2)
        im.paste(portrait(rng, sex, age, (240, 300), headscarf=scarf), (60, 190))
        x0 = 340
    label_font, value_font = _font(16), _font(24)
    for label, value in fields:
        d.text((x0, y), label.upper(), font=label_font, fill=(110, 110, 120))
        d.text((x0, y + 20), ascii_fold(value), font=value_font, fill=(20, 20, 30))
        y += 62
    if rows:
        y = max(y, 520) + 10
        d.line((60, y, w - 60, y), fill=(80, 80, 80), width=2)
        y += 10
        for row in rows:
            for col, text in enumerate(row):
                d.text((60 + col * 190, y), ascii_fold(text), font=_font(18 if col else 20), fill=(20, 20, 30))
            y += 34
            d.line((60, y - 6, w - 60, y - 6), fill=(190, 190, 190), width=1)
    # Signature squiggle.
    sy = h - 250
    pts = [(520 + i * 9, sy + rng.randint(-14, 14)) for i in range(28)]
    d.line(pts, fill=(30, 40, 90), width=2)
    d.text((520, sy + 24), "Signature of issuing officer", font=_font(14), fill=(110, 110, 120))
    if mrz:
        d.rectangle((0, h - 160, w, h), fill=_jitter(rng, (236, 236, 230), 6))
        for i, line in enumerate(mrz):
            d.text((40, h - 145 + i * 44), line, font=_font(30), fill=(20, 20, 20))
    _stamp(rng, im, (rng.randint(120, 380), h - rng.randint(300, 420)))
    return im


def _stamp(rng: Random, im: Image.Image, centre: tuple[int, int]) -> None:
    r = rng.randint(70, 95)
    layer = Image.new("RGBA", (2 * r + 8, 2 * r + 8), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    ink = (*rng.choice(_INK_STAMP), 170)
    c = r + 4
    d.ellipse((c - r, c - r, c + r, c + r), outline=ink, width=5)
    d.ellipse((c - r + 14, c - r + 14, c + r - 14, c + r - 14), outline=ink, width=2)
    d.text((c, c), "DEMO", font=_font(30), fill=ink, anchor="mm")
    layer = layer.rotate(rng.uniform(-35, 35), resample=Image.Resampling.BILINEAR)
    im.paste(layer, (centre[0] - c, centre[1] - c), layer)


def encode_scan(rng: Random, im: Image.Image, fmt: str) -> bytes:
    """Greyscale PNG as from a flatbed scanner, or a JPEG as from a phone camera: the page does not fill
    the frame (dark table edges around it). No rotation: resampling a whole page costs more than
    drawing it."""
    buf = io.BytesIO()
    if fmt == "png":  # flatbed scanners are mostly set to greyscale: a third of the bytes to deflate
        im.convert("L").save(buf, "PNG", compress_level=6)
    else:
        w, h = im.size
        frame = Image.new("RGB", (w, h), _jitter(rng, (62, 58, 54), 10))
        left, top = randint(rng, 10, 40), randint(rng, 10, 30)
        right, bottom = randint(rng, 10, 40), randint(rng, 10, 30)
        frame.paste(im.crop((0, 0, w - left - right, h - top - bottom)), (left, top))
        frame.save(buf, "JPEG", quality=82)
    return buf.getvalue()
