"""WCAG 2.2 colour contrast: text needs 4.5:1 against its fill (1.4.3), and a chart's bars, chips
and marks 3:1 against what surrounds them (1.4.11). Colours are "#rrggbb" strings."""

from __future__ import annotations

TEXT_MINIMUM = 4.5
GRAPHIC_MINIMUM = 3.0
BLACK = "#000000"
WHITE = "#ffffff"


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    text = colour.lstrip("#")
    if len(text) != 6:
        raise ValueError(f"{colour!r} is not a colour like #1f3864")
    red, green, blue = (int(text[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast_ratio(first: str, second: str) -> float:
    """From 1 (the same) to 21 (black on white), whichever way round the colours are given."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_ink(fill: str) -> str:
    """Black or white text, whichever contrasts more with ``fill``."""
    return BLACK if contrast_ratio(fill, BLACK) >= contrast_ratio(fill, WHITE) else WHITE
