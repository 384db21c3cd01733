"""`unclench` / `python -m desktop`. (The full command line arrives with the single-instance work.)"""

from __future__ import annotations

import argparse
import sys

from desktop import __version__


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="unclench", description="A gentle tray companion for desk workers.")
    parser.add_argument("--version", action="version", version=f"unclench {__version__}")
    parser.parse_args(argv)
    from desktop.app import run

    return run()


if __name__ == "__main__":
    sys.exit(main())
