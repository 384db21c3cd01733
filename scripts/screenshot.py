"""Save a PNG of a whole X screen (an Xvfb one, say), to look at the tray and any popup as a person
would see them. Uses Qt's own screen grab, so no ImageMagick is needed.

    python scripts/screenshot.py --display :99 /tmp/screen.png [--crop X,Y,W,H]
"""

from __future__ import annotations

import argparse
import os
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", help="PNG file to write")
    parser.add_argument("--display", default=os.environ.get("DISPLAY"), help="X display (default: $DISPLAY)")
    parser.add_argument("--crop", help="X,Y,W,H: keep only this rectangle of the screen")
    args = parser.parse_args(argv)
    if not args.display:
        parser.error("no X display: pass --display or set DISPLAY")
    os.environ["DISPLAY"] = args.display
    os.environ["QT_QPA_PLATFORM"] = "xcb"

    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([sys.argv[0]])
    screen = app.primaryScreen()
    picture = screen.grabWindow(0)  # window 0 = the root window: everything on the screen
    if args.crop:
        x, y, w, h = (int(part) for part in args.crop.split(","))
        picture = picture.copy(x, y, w, h)
    if not picture.save(args.output, "PNG"):
        print(f"screenshot: could not write {args.output}", file=sys.stderr)
        return 1
    print(f"{args.output}: {picture.width()}x{picture.height()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
