#!/usr/bin/env python3
"""Draws the demo catalog's pictures: flat, vector-style illustrations as small PNGs.

Each product gets a motif of its kind (a coffee bag, a tea tin, a kettle, a book, a notebook, a
mug, a mountain...) in its own colours, rasterised here with no library but zlib, so that the
pictures are made by the shop itself and rebuilt the same way every time:

    scripts/demo-pictures.py   # writes application/src/main/resources/turgus/application/catalog/demo/*.png
"""
import math
import os
import struct
import zlib

SIZE = 240
OUT = os.path.join(
    os.path.dirname(os.path.abspath(__file__)),
    "..", "application", "src", "main", "resources", "turgus", "application", "catalog", "demo")


def hex_rgb(value):
    return tuple(int(value[i:i + 2], 16) for i in (1, 3, 5))


class Canvas:
    def __init__(self, background):
        self.px = [[hex_rgb(background)] * SIZE for _ in range(SIZE)]

    def fill(self, inside, colour):
        rgb = hex_rgb(colour)
        for y in range(SIZE):
            row = self.px[y]
            for x in range(SIZE):
                if inside(x + 0.5, y + 0.5):
                    row[x] = rgb

    def rect(self, x0, y0, x1, y1, colour, radius=0):
        def inside(x, y):
            if not (x0 <= x <= x1 and y0 <= y <= y1):
                return False
            cx = min(max(x, x0 + radius), x1 - radius)
            cy = min(max(y, y0 + radius), y1 - radius)
            return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2
        self.fill(inside, colour)

    def ellipse(self, cx, cy, rx, ry, colour):
        self.fill(lambda x, y: ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1, colour)

    def ring(self, cx, cy, r_out, r_in, colour):
        self.fill(lambda x, y: r_in ** 2 <= (x - cx) ** 2 + (y - cy) ** 2 <= r_out ** 2, colour)

    def polygon(self, points, colour):
        def inside(x, y):
            hit = False
            j = len(points) - 1
            for i, (xi, yi) in enumerate(points):
                xj, yj = points[j]
                if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                    hit = not hit
                j = i
            return hit
        self.fill(inside, colour)

    def line(self, x0, y0, x1, y1, width, colour):
        length = math.hypot(x1 - x0, y1 - y0)

        def inside(x, y):
            t = max(0.0, min(1.0, ((x - x0) * (x1 - x0) + (y - y0) * (y1 - y0)) / (length ** 2)))
            return math.hypot(x - (x0 + t * (x1 - x0)), y - (y0 + t * (y1 - y0))) <= width / 2
        self.fill(inside, colour)

    def png(self):
        # An indexed PNG: flat illustrations have a handful of colours and compress to a few KB.
        palette = sorted({c for row in self.px for c in row})
        index = {c: i for i, c in enumerate(palette)}
        raw = b"".join(b"\x00" + bytes(index[c] for c in row) for row in self.px)

        def chunk(kind, data):
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        return (b"\x89PNG\r\n\x1a\n"
                + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 3, 0, 0, 0))
                + chunk(b"PLTE", b"".join(bytes(c) for c in palette))
                + chunk(b"IDAT", zlib.compress(raw, 9))
                + chunk(b"IEND", b""))


def shadow(c):
    c.ellipse(120, 206, 78, 10, "#d9d4cc")


def coffee_bag(c, colour, accent):
    shadow(c)
    c.polygon([(70, 60), (170, 60), (182, 200), (58, 200)], colour)
    c.rect(70, 48, 170, 66, accent, 4)
    c.ellipse(120, 130, 22, 30, "#4a2c1a")
    c.line(120, 104, 120, 156, 4, accent)


def beans(c, colour, accent):
    shadow(c)
    for cx, cy, angle in ((95, 120, 0.4), (145, 105, -0.3), (130, 160, 0.1)):
        c.ellipse(cx, cy, 30, 40, colour)
        c.line(cx - 10 * math.sin(angle), cy - 30, cx + 10 * math.sin(angle), cy + 30, 5, accent)


def tea_tin(c, colour, accent):
    shadow(c)
    c.rect(72, 64, 168, 200, colour, 10)
    c.rect(66, 52, 174, 76, accent, 6)
    c.ellipse(120, 138, 26, 34, "#f3efe6")
    c.ellipse(120, 138, 12, 24, "#6a9a4a")


def leaf_cup(c, colour, accent):
    shadow(c)
    c.rect(62, 110, 162, 196, colour, 18)
    c.ring(170, 150, 26, 14, colour)
    c.ellipse(112, 110, 50, 10, accent)
    c.ellipse(112, 64, 18, 30, "#6a9a4a")
    c.line(112, 40, 112, 96, 3, "#3f6b2a")


def kettle(c, colour, accent):
    shadow(c)
    c.ellipse(120, 150, 62, 52, colour)
    c.rect(70, 150, 170, 200, colour, 8)
    c.line(170, 150, 214, 100, 10, colour)
    c.ring(120, 88, 40, 30, accent)
    c.rect(104, 92, 136, 104, accent, 4)


def press(c, colour, accent):
    shadow(c)
    c.rect(78, 70, 162, 198, "#cfe3ea", 6)
    c.rect(78, 120, 162, 198, colour, 6)
    c.rect(72, 58, 168, 72, accent, 4)
    c.line(120, 30, 120, 60, 8, accent)
    c.ring(174, 135, 28, 18, accent)


def mug(c, colour, accent):
    shadow(c)
    c.ring(168, 140, 30, 18, colour)
    c.rect(64, 80, 170, 200, colour, 16)
    c.rect(64, 80, 170, 96, accent, 6)


def book(c, colour, accent):
    shadow(c)
    c.rect(64, 44, 176, 200, colour, 6)
    c.rect(64, 44, 80, 200, accent, 4)
    c.rect(96, 72, 160, 84, "#f3efe6", 3)
    c.rect(96, 94, 148, 102, "#f3efe6", 3)


def notebook(c, colour, accent):
    shadow(c)
    c.rect(70, 40, 170, 200, colour, 8)
    for y in range(64, 190, 18):
        c.ellipse(86, y, 5, 5, accent)
    c.rect(150, 40, 158, 200, accent)


def pen(c, colour, accent):
    shadow(c)
    c.line(60, 190, 170, 60, 26, colour)
    c.polygon([(170, 60), (198, 30), (182, 74)], accent)
    c.line(100, 150, 128, 118, 6, accent)


def ink(c, colour, accent):
    shadow(c)
    c.rect(72, 90, 168, 200, colour, 20)
    c.rect(98, 52, 142, 92, accent, 6)
    c.rect(92, 130, 148, 170, "#f3efe6", 6)


def mountain(c, colour, accent):
    c.ellipse(170, 66, 22, 22, "#f2c14e")
    c.polygon([(20, 200), (100, 70), (180, 200)], colour)
    c.polygon([(110, 200), (170, 110), (230, 200)], accent)
    c.polygon([(80, 103), (100, 70), (120, 103), (108, 96), (100, 106), (92, 96)], "#f7f7f2")


def stove(c, colour, accent):
    shadow(c)
    c.rect(60, 140, 180, 196, colour, 10)
    c.ellipse(120, 128, 56, 14, accent)
    for dx in (-28, 0, 28):
        c.polygon([(120 + dx - 10, 126), (120 + dx, 92), (120 + dx + 10, 126)], "#f08a24")


def socks(c, colour, accent):
    shadow(c)
    c.rect(84, 40, 132, 150, colour, 10)
    c.rect(84, 120, 188, 168, colour, 24)
    c.rect(84, 40, 132, 60, accent, 6)
    c.ellipse(176, 144, 16, 22, accent)


def blanket(c, colour, accent):
    shadow(c)
    c.rect(40, 80, 200, 190, colour, 10)
    for x in range(40, 200, 32):
        c.rect(x, 80, x + 16, 190, accent)
    c.rect(40, 126, 200, 142, "#f3efe6")


# One picture per demo product, in the order of DemoCatalogService.PRODUCTS: file, motif, colours.
PICTURES = [
    ("yirgacheffe", coffee_bag, "#e9dcc9", "#8a5a3c", "#c86b3c"),
    ("huila", coffee_bag, "#e4ecd9", "#5d7b3a", "#2f4a1e"),
    ("decaf", coffee_bag, "#e2e8f0", "#3f6e8c", "#a3c4dc"),
    ("espresso-blend", beans, "#efe3d3", "#6b3e26", "#3b2116"),
    ("cold-brew", coffee_bag, "#dde9ee", "#2d5966", "#9cc6d1"),
    ("sencha", tea_tin, "#e5f0dc", "#4f7d3a", "#2c4a1f"),
    ("darjeeling", tea_tin, "#f3e4d6", "#a0522d", "#5e2f17"),
    ("earl-grey", tea_tin, "#e4e2f0", "#4b4a8c", "#2a2960"),
    ("chamomile", leaf_cup, "#f6f0d6", "#f0c419", "#c9a227"),
    ("masala-chai", leaf_cup, "#f3e1d3", "#b5562f", "#e6b88a"),
    ("pour-over", mug, "#eef0f1", "#f7f7f2", "#b7bcc2"),
    ("gooseneck-kettle", kettle, "#e6ebef", "#5a6670", "#2f363c"),
    ("burr-grinder", press, "#efe7dd", "#6f4e37", "#3a2a1e"),
    ("french-press", press, "#e3eef2", "#3a6f84", "#1f3f4c"),
    ("glass-teapot", kettle, "#e9f3ef", "#a8d5c2", "#4e8c74"),
    ("mug-set", mug, "#f1e6dc", "#c0703f", "#7a4024"),
    ("atlas-of-coffee", book, "#efe5d8", "#7b4b2a", "#4a2c18"),
    ("tea-handbook", book, "#e4efe0", "#3f7a4f", "#234a2e"),
    ("salt-fat-acid-heat", book, "#f6e5dc", "#d1492e", "#8c2a17"),
    ("mushrooms", book, "#ece6da", "#8c6d3f", "#54401f"),
    ("hikers-almanac", book, "#e0ebf0", "#2f6d8a", "#173f52"),
    ("dot-grid-notebook", notebook, "#e7e9ee", "#2e3a59", "#e1b84c"),
    ("fountain-pen", pen, "#eceff3", "#1f2a44", "#c9a227"),
    ("midnight-ink", ink, "#e3e7f2", "#1d2b5c", "#11183a"),
    ("mechanical-pencil", pen, "#f0ede4", "#5b5f66", "#e0b13c"),
    ("desk-planner", notebook, "#f2e9e1", "#9c4f3c", "#f3efe6"),
    ("kraft-envelopes", blanket, "#efe8dc", "#b08a5a", "#9a7548"),
    ("travel-mug", mug, "#e1ecef", "#2c6e7a", "#15414a"),
    ("camping-stove", stove, "#e8eaec", "#4d5a66", "#2b333b"),
    ("enamel-mug", mug, "#eaf0f3", "#f7f7f2", "#1f4e79"),
    ("merino-socks", socks, "#efe7e1", "#8c3b3b", "#d9c7a7"),
    ("picnic-blanket", blanket, "#e6efe3", "#c0392b", "#2e6b3a"),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, motif, background, colour, accent in PICTURES:
        canvas = Canvas(background)
        motif(canvas, colour, accent)
        with open(os.path.join(OUT, name + ".png"), "wb") as out:
            out.write(canvas.png())
    print(f"{len(PICTURES)} pictures in {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
