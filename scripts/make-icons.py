"""Draws the extension's icons (an open envelope with a small watching eye) as PNGs.

The PNGs are committed; this script regenerates them. Pure Python, no imaging library.
Usage: python3 scripts/make-icons.py extension/icons
"""
import math
import os
import struct
import sys
import zlib

BLUE = (10, 102, 194)
WHITE = (255, 255, 255)
AMBER = (245, 166, 35)


def inside_rounded_square(x, y, size, radius):
    cx = min(max(x, radius), size - radius)
    cy = min(max(y, radius), size - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius**2


def pixel(x, y, size):
    """Colour (r, g, b, a) at the centre of pixel (x, y), drawn on a unit square."""
    u, v = (x + 0.5) / size, (y + 0.5) / size
    if not inside_rounded_square(u, v, 1.0, 0.2):
        return (0, 0, 0, 0)
    # Envelope body.
    if 0.18 <= u <= 0.82 and 0.32 <= v <= 0.74:
        # Flap: a V from the top corners to the middle.
        flap = 0.32 + (0.5 - abs(u - 0.5)) * 0.55
        if abs(v - flap) < 0.045:
            return BLUE + (255,)
        return WHITE + (255,)
    # A small amber dot at the top right: "something changed".
    if math.hypot(u - 0.78, v - 0.24) < 0.11:
        return AMBER + (255,)
    return BLUE + (255,)


def png(size):
    rows = b""
    for y in range(size):
        rows += b"\x00" + b"".join(struct.pack("BBBB", *pixel(x, y, size)) for x in range(size))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


if __name__ == "__main__":
    out = sys.argv[1] if len(sys.argv) > 1 else "extension/icons"
    os.makedirs(out, exist_ok=True)
    for size in (16, 32, 48, 128):
        with open(os.path.join(out, f"icon-{size}.png"), "wb") as handle:
            handle.write(png(size))
