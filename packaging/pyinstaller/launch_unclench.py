"""The bundle's entry script: the same main() as the `unclench` command and `python -m desktop`.

It lives outside desktop/ on purpose: PyInstaller puts the entry script's folder on the module
search path, and desktop/ holds a `platform` package that would then hide the standard library's.
"""

import sys

from desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
