"""Draws the app's PNG icons (192, 512 and a maskable 512) from the same design as
assets/icon.svg: a white check mark on the accent blue. Run once; the PNGs are committed.
Pure Python (zlib), so it needs nothing installed: `python3 scripts/icons.py`."""
import math
import struct
import zlib

ACCENT = (0x1D, 0x5F, 0xBF)
WHITE = (0xFF, 0xFF, 0xFF)


def png(path, size, pixel):
    rows = b"".join(
        b"\x00" + b"".join(bytes(pixel(x + 0.5, y + 0.5, size)) for x in range(size))
        for y in range(size)
    )

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    with open(path, "wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                  + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def segment_distance(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def icon(maskable):
    # In the 64-unit design space of icon.svg. A maskable icon fills the square and keeps the
    # mark inside the central safe zone (80 %), so launchers can crop it to any shape.
    scale_mark = 0.72 if maskable else 1.0

    def pixel(x, y, size):
        u, v = x * 64 / size, y * 64 / size
        if not maskable:
            r = 14
            cx, cy = min(max(u, r), 64 - r), min(max(v, r), 64 - r)
            if math.hypot(u - cx, v - cy) > r:
                return (0, 0, 0, 0)
        mu, mv = 32 + (u - 32) / scale_mark, 32 + (v - 32) / scale_mark
        near = min(segment_distance(mu, mv, 18, 33, 27, 42), segment_distance(mu, mv, 27, 42, 46, 22))
        return (*WHITE, 255) if near <= 3.5 else (*ACCENT, 255)

    return pixel


png("assets/icons/icon-192.png", 192, icon(False))
png("assets/icons/icon-512.png", 512, icon(False))
png("assets/icons/icon-maskable-512.png", 512, icon(True))
