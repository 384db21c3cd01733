"""Text contrast by the WCAG 2 formula, and colours nudged until they are readable.

WCAG AA asks 4.5:1 for normal text and 3:1 for large text (18 pt, or 14 pt bold). The app's
colours follow whatever palette the desktop gives, light or dark, so "muted" and accent colours
are computed against the real background instead of trusted: `readable()` keeps a colour's hue
and moves its lightness away from the background only as far as the ratio needs.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette

AA_NORMAL = 4.5
AA_LARGE = 3.0
LARGE_POINTS = 18.0
LARGE_BOLD_POINTS = 14.0


def composite(colour: QColor, background: QColor) -> QColor:
    """What a translucent colour looks like drawn over an opaque background."""
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        colour.redF() * alpha + background.redF() * (1 - alpha),
        colour.greenF() * alpha + background.greenF() * (1 - alpha),
        colour.blueF() * alpha + background.blueF() * (1 - alpha),
    )


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2), 0 for black and 1 for white."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast(foreground: QColor, background: QColor) -> float:
    """The contrast ratio, 1 to 21, of text in `foreground` (alpha included) on `background`."""
    shown = composite(foreground, background) if foreground.alpha() < 255 else foreground
    lighter, darker = sorted((luminance(shown), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def is_large(font: QFont) -> bool:
    """Large text in WCAG's sense: 18 pt, or 14 pt and bold (pixel-sized fonts count as 96 dpi)."""
    points = font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize() * 0.75
    bold = font.weight() >= QFont.Weight.Bold
    return points >= LARGE_POINTS or (bold and points >= LARGE_BOLD_POINTS)


def required(font: QFont) -> float:
    return AA_LARGE if is_large(font) else AA_NORMAL


def readable(colour: QColor, background: QColor, minimum: float = AA_NORMAL) -> QColor:
    """`colour`, or the nearest colour of its hue that reaches `minimum` on `background`.

    Lightness moves away from the background (darker on a light one, lighter on a dark one); when
    that side cannot reach the ratio, the other side is tried, and black or white is the last word.
    """
    opaque = composite(colour, background) if colour.alpha() < 255 else QColor(colour)
    if contrast(opaque, background) >= minimum:
        return opaque
    dark_background = luminance(background) < 0.18
    for towards_light in (dark_background, not dark_background):
        found = _search(opaque, background, minimum, towards_light)
        if found is not None:
            return found
    black, white = QColor("#000000"), QColor("#ffffff")
    return white if contrast(white, background) >= contrast(black, background) else black


def _search(colour: QColor, background: QColor, minimum: float, towards_light: bool) -> QColor | None:
    hue, saturation, lightness = colour.hslHueF(), colour.hslSaturationF(), colour.lightnessF()
    end = 1.0 if towards_light else 0.0
    if contrast(QColor.fromHslF(max(hue, 0.0), saturation, end), background) < minimum:
        return None
    low, high = lightness, end  # binary search for the least change that passes
    for _ in range(24):
        middle = (low + high) / 2
        if contrast(QColor.fromHslF(max(hue, 0.0), saturation, middle), background) >= minimum:
            high = middle
        else:
            low = middle
    return QColor.fromHslF(max(hue, 0.0), saturation, high)


def eased(text: QColor, background: QColor, share: float) -> QColor:
    """`text` moved `share` of the way toward `background` (0 keeps the text colour)."""
    return QColor.fromRgbF(
        text.redF() + (background.redF() - text.redF()) * share,
        text.greenF() + (background.greenF() - text.greenF()) * share,
        text.blueF() + (background.blueF() - text.blueF()) * share,
    )


MUTED_SHARE = 0.38  # how far secondary text eases toward the background before contrast is checked


def muted_on(text: QColor, background: QColor, minimum: float = AA_NORMAL) -> QColor:
    """Secondary text: quieter than `text`, never below `minimum` on `background`."""
    candidate = eased(text, background, MUTED_SHARE)
    if contrast(candidate, background) >= minimum:
        return candidate
    # Ease less, as far as the ratio allows (the palette's own text colour always passes or is the best).
    low, high = 0.0, MUTED_SHARE
    for _ in range(20):
        middle = (low + high) / 2
        if contrast(eased(text, background, middle), background) >= minimum:
            low = middle
        else:
            high = middle
    best = eased(text, background, low)
    return best if contrast(best, background) >= minimum else readable(text, background, minimum)


def muted(palette: QPalette, minimum: float = AA_NORMAL) -> QColor:
    """Secondary text on a window in this palette (captions, hints, time left)."""
    return muted_on(
        palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window), minimum
    )
