"""Draws the application icon at build time (PNG for Linux, ICO for Windows, ICNS for macOS).

Drawn with Pillow rather than committed as binary files: one source, three formats, and any change
to the colours is a reviewable diff.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

BACKGROUND = (31, 94, 122, 255)  # the app's dark teal
RING = (255, 255, 255, 255)
DOT = (242, 178, 51, 255)


def draw(size: int = 512) -> Image.Image:
    """A white ring (the circuit) with three amber stops on it, on a rounded teal square."""
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((0, 0, size - 1, size - 1), radius=size // 6, fill=BACKGROUND)
    m = size // 5
    w = max(2, size // 16)
    d.ellipse((m, m, size - m, size - m), outline=RING, width=w)
    r = size // 14
    c = size // 2
    radius = c - m - w // 2 + w // 2
    for dx, dy in ((0, -1), (0.866, 0.5), (-0.866, 0.5)):
        x, y = c + dx * radius, c + dy * radius
        d.ellipse((x - r, y - r, x + r, y + r), fill=DOT, outline=RING, width=max(1, w // 2))
    return img


def main(out_dir: str) -> int:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    img = draw()
    img.resize((256, 256), Image.Resampling.LANCZOS).save(out / "circuitride.png")
    img.save(out / "circuitride.ico", sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    img.save(out / "circuitride.icns")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "build/icon"))
