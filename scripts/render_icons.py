"""Render the app icon for desktop integration and the bundles from its one source,
resources/icons/unclench.svg, with Qt's SVG renderer (no network, no other tools):

- packaging/linux/icons/hicolor/<N>x<N>/apps/<id>.png for the hicolor sizes, plus scalable/apps/<id>.svg
- packaging/windows/unclench.ico (PNG-compressed entries, Windows Vista and later)
- packaging/macos/unclench.icns (PNG-compressed entries, macOS 10.7 and later)

    python scripts/render_icons.py           write them all
    python scripts/render_icons.py --check   exit 1 when a file is missing or the SVG copy is stale

Run it after changing the SVG and commit the results.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "resources" / "icons" / "unclench.svg"
DESKTOP_ID = "io.github.unclench.Unclench"
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
ICO = ROOT / "packaging" / "windows" / "unclench.ico"
ICO_SIZES = (16, 24, 32, 48, 64, 256)
ICNS = ROOT / "packaging" / "macos" / "unclench.icns"
# Apple's PNG-capable element types and the pixel size each holds (the @2x ones share sizes).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)

Renderer = Callable[[int], bytes]


def hicolor_png(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"


def hicolor_svg() -> Path:
    return HICOLOR / "scalable" / "apps" / f"{DESKTOP_ID}.svg"


def qt_renderer(svg: Path) -> Renderer:
    """PNG bytes of `svg` drawn at size×size, antialiased, on a transparent background."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: {svg} is not a valid SVG")

    def render(size: int) -> bytes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(0)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())

    render.app = app  # type: ignore[attr-defined]  # keep the application alive as long as the renderer
    return render


def ico_file(pngs: Iterable[tuple[int, bytes]]) -> bytes:
    """An .ico holding PNG images: a 6-byte header, 16 bytes per entry, then the PNG data."""
    entries = list(pngs)
    header = struct.pack("<HHH", 0, 1, len(entries))
    offset = len(header) + 16 * len(entries)
    directory, payload = b"", b""
    for size, png in entries:
        side = 0 if size >= 256 else size  # 0 means 256 in the directory's one-byte fields
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    return header + directory + payload


def icns_file(elements: Iterable[tuple[bytes, bytes]]) -> bytes:
    """An .icns: 'icns' + total length, then (type, length incl. its 8-byte header, data) elements."""
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in elements)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk (which always comes first)."""
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def outputs(render: Renderer, svg_text: bytes) -> dict[Path, bytes]:
    cache: dict[int, bytes] = {}

    def png(size: int) -> bytes:
        if size not in cache:
            cache[size] = render(size)
        return cache[size]

    files = {hicolor_png(size): png(size) for size in HICOLOR_SIZES}
    files[hicolor_svg()] = svg_text
    files[ICO] = ico_file((size, png(size)) for size in ICO_SIZES)
    files[ICNS] = icns_file((kind, png(size)) for kind, size in ICNS_TYPES)
    return files


def problems() -> list[str]:
    """What is missing or stale, without rendering anything (so it needs no Qt)."""
    found = []
    for size in HICOLOR_SIZES:
        path = hicolor_png(size)
        if not path.is_file():
            found.append(f"{path.relative_to(ROOT)} is missing")
        elif png_size(path.read_bytes()) != (size, size):
            found.append(f"{path.relative_to(ROOT)} is not {size}x{size}")
    copy = hicolor_svg()
    if not copy.is_file() or copy.read_bytes() != SOURCE.read_bytes():
        found.append(f"{copy.relative_to(ROOT)} differs from {SOURCE.relative_to(ROOT)}")
    for path in (ICO, ICNS):
        if not path.is_file() or not path.stat().st_size:
            found.append(f"{path.relative_to(ROOT)} is missing")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="only check that the files are there and current"
    )
    args = parser.parse_args(argv)
    if args.check:
        found = problems()
        for problem in found:
            print(f"render_icons: {problem} (run python scripts/render_icons.py)", file=sys.stderr)
        return 1 if found else 0
    for path, data in outputs(qt_renderer(SOURCE), SOURCE.read_bytes()).items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)} ({len(data)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
