"""Synthetic paintings for the demo contest: distinct per seed, deterministic, fast."""

from __future__ import annotations

import colorsys
import io
import math
import random

from PIL import Image, ImageDraw, ImageFilter

# Drawing happens on a canvas this many times smaller than the output and is then scaled up:
# ImageDraw's cost grows with the pixels filled, and the soft upscale reads as wet paint anyway.
_REDUCTION = 3

Colour = tuple[int, int, int]


def _hsv(h: float, s: float, v: float) -> Colour:
    r, g, b = colorsys.hsv_to_rgb(h % 1.0, min(max(s, 0.0), 1.0), min(max(v, 0.0), 1.0))
    return int(r * 255), int(g * 255), int(b * 255)


def _palette(rng: random.Random) -> list[Colour]:
    """A child's box of paints: a base hue with its neighbours and complement, bright and bold."""
    base = rng.random()
    offsets = [0.0, 0.08, -0.08, 0.5, 0.42, rng.random(), rng.random()]
    return [_hsv(base + o, rng.uniform(0.45, 1.0), rng.uniform(0.55, 1.0)) for o in offsets]


def _jitter(colour: Colour, rng: random.Random, amount: int = 30) -> Colour:
    r, g, b = (min(255, max(0, c + rng.randint(-amount, amount))) for c in colour)
    return r, g, b


def _background(rng: random.Random, size: tuple[int, int], palette: list[Colour]) -> Image.Image:
    """A cloudy two-colour wash: a few random values smoothed over the sheet, like wet paper."""
    first = Image.new("RGB", size, _jitter(rng.choice(palette), rng, 50))
    second = Image.new("RGB", size, _jitter(rng.choice(palette), rng, 50))
    field = Image.new("L", (5, 4))
    # each cell of the field is light or dark at random, so the coarse layout of the picture
    # (what an 8x8 hash sees) takes one of about a million shapes, not a handful of gradients
    field.putdata([rng.choice((0, 255)) for _ in range(20)])
    return Image.composite(first, second, field.resize(size, Image.Resampling.BICUBIC))


def _patches(draw: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int,
             palette: list[Colour]) -> None:
    """Large light and dark washes laid first; they vary the coarse layout from seed to seed."""
    for _ in range(rng.randint(3, 5)):
        cx, cy = rng.uniform(0, w), rng.uniform(0, h)
        rx, ry = rng.uniform(0.12, 0.35) * w, rng.uniform(0.12, 0.35) * h
        shade = _hsv(rng.random(), rng.uniform(0.2, 0.9), rng.choice((0.15, 0.3, 0.85, 1.0)))
        draw.ellipse([cx - rx, cy - ry, cx + rx, cy + ry], fill=(*shade, rng.randint(120, 200)))


def _scene(draw: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int,
           palette: list[Colour]) -> None:
    """Horizon, sun and mountains: the big shapes that give each painting its own silhouette."""
    horizon = h * rng.uniform(0.3, 0.85)
    ground: list[tuple[float, float]] = [(0.0, horizon)]
    for i in range(1, 7):
        ground.append((w * i / 6, horizon + rng.uniform(-0.1, 0.1) * h))
    ground += [(w, h), (0, h)]
    # translucent ground: an opaque one makes "light top, dark bottom" the whole coarse layout
    draw.polygon(ground, fill=(*_jitter(rng.choice(palette), rng), rng.randint(100, 170)))
    for _ in range(rng.randint(1, 4)):
        cx, half, peak = rng.uniform(0, w), rng.uniform(w * 0.1, w * 0.35), rng.uniform(0.1, 0.6)
        draw.polygon([(cx - half, horizon + 2), (cx, h * peak), (cx + half, horizon + 2)],
                     fill=(*_jitter(rng.choice(palette), rng), rng.randint(150, 240)))
    r = rng.uniform(h * 0.06, h * 0.16)
    sx, sy = rng.uniform(r, w - r), rng.uniform(r, horizon * 0.8 + r)
    draw.ellipse([sx - r, sy - r, sx + r, sy + r],
                 fill=(*_hsv(rng.uniform(0.0, 0.17), 0.9, 1.0), 235))


def _figure(draw: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int,
            palette: list[Colour]) -> None:
    """A standing person: the hero of the legend, drawn the way a child would."""
    x, foot, tall = rng.uniform(w * 0.15, w * 0.85), rng.uniform(h * 0.7, h * 0.95), h * 0.35
    body = _jitter(rng.choice(palette), rng)
    draw.polygon([(x, foot - tall * 0.8), (x - tall * 0.25, foot), (x + tall * 0.25, foot)],
                 fill=(*body, 240))
    head = tall * 0.12
    draw.ellipse([x - head, foot - tall - head, x + head, foot - tall + head],
                 fill=(240, 200, 160, 250))
    shoulder, reach = foot - tall * 0.7, tall * rng.uniform(0.2, 0.35)
    for side in (-1, 1):
        draw.line([(x, shoulder), (x + side * reach, shoulder - rng.uniform(-0.2, 0.3) * tall)],
                  fill=(*body, 240), width=max(2, int(tall // 25)))


def _dragon(draw: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int,
            palette: list[Colour]) -> None:
    """A long sinuous body with scales: dragons and serpents fill the 2024 theme."""
    colour = _jitter(rng.choice(palette), rng)
    y0, amp = rng.uniform(h * 0.2, h * 0.6), rng.uniform(h * 0.05, h * 0.18)
    freq, phase, width = rng.uniform(1.5, 4.0), rng.uniform(0, math.tau), max(4.0, h / 18)
    points = [(w * t / 40, y0 + amp * math.sin(phase + freq * math.tau * t / 40))
              for t in range(41)]
    draw.line(points, fill=(*colour, 235), width=int(width), joint="curve")
    scale = _jitter(colour, rng, 60)
    for px, py in points[::3]:
        draw.ellipse([px - width / 3, py - width / 3, px + width / 3, py + width / 3],
                     fill=(*scale, 220))


def _ribbon(points: list[tuple[float, float]], width: float) -> list[tuple[float, float]]:
    """Outline of a tapered brush mark along points, filled once so alpha never doubles up."""
    left, right = [], []
    last = len(points) - 1
    for i, (x, y) in enumerate(points):
        (ax, ay), (bx, by) = points[max(i - 1, 0)], points[min(i + 1, last)]
        length = math.hypot(bx - ax, by - ay) or 1.0
        half = width / 2 * (0.35 + 0.65 * math.sin(math.pi * i / last))  # thin at both ends
        nx, ny = -(by - ay) / length * half, (bx - ax) / length * half
        left.append((x + nx, y + ny))
        right.append((x - nx, y - ny))
    return left + right[::-1]


def _strokes(draw: ImageDraw.ImageDraw, rng: random.Random, w: int, h: int,
             palette: list[Colour], count: int) -> None:
    """Semi-transparent curved dabs over everything: the texture of a brush, not of a computer."""
    flow = rng.uniform(0, math.pi)  # a painter's hand tends to move one way across a picture
    for i in range(count):
        broad = i < count // 2  # broad washes first, fine marks on top, as paint is laid down
        x, y = rng.uniform(0, w), rng.uniform(0, h)
        angle = flow + rng.gauss(0, 0.6)
        step = rng.uniform(w * 0.01, w * (0.06 if broad else 0.02))
        points = [(x, y)]
        for _ in range(4):
            angle += rng.uniform(-0.4, 0.4)
            x, y = x + math.cos(angle) * step, y + math.sin(angle) * step
            points.append((x, y))
        width = h * (rng.uniform(1 / 40, 1 / 14) if broad else rng.uniform(1 / 300, 1 / 60))
        alpha = rng.randint(30, 90) if broad else rng.randint(70, 170)
        draw.polygon(_ribbon(points, width),
                     fill=(*_jitter(rng.choice(palette), rng, 40), alpha))


def painting(seed: int, size: tuple[int, int] = (1200, 900)) -> Image.Image:
    """An RGB picture that looks painted by a child; the same seed always gives the same one."""
    rng = random.Random(f"painting:{seed}")  # str seeds hash stably across runs and platforms
    w, h = max(8, size[0] // _REDUCTION), max(8, size[1] // _REDUCTION)
    palette = _palette(rng)
    canvas = _background(rng, (w, h), palette)
    draw = ImageDraw.Draw(canvas, "RGBA")  # RGBA mode blends each fill onto the RGB canvas
    _patches(draw, rng, w, h, palette)
    _scene(draw, rng, w, h, palette)
    if rng.random() < 0.55:
        _dragon(draw, rng, w, h, palette)
    if rng.random() < 0.6:
        _figure(draw, rng, w, h, palette)
    _strokes(draw, rng, w, h, palette, count=rng.randint(220, 360))
    canvas = canvas.filter(ImageFilter.SMOOTH)
    return canvas.resize(size, Image.Resampling.BILINEAR)


def painting_bytes(seed: int, size: tuple[int, int] = (1200, 900), quality: int = 88) -> bytes:
    """The painting as JPEG bytes; a fresh image carries no EXIF or other metadata."""
    out = io.BytesIO()
    painting(seed, size).save(out, format="JPEG", quality=quality)
    return out.getvalue()
