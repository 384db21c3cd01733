"""Print the resident memory of a bare QApplication plus the control server (issue 18).

    QT_QPA_PLATFORM=offscreen python scripts/measure_socket_rss.py [--qt]

--qt uses the QLocalServer backend (QtNetwork), as on Windows, for comparison.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from desktop.ipc.paths import InstancePaths, prepare_private_dir
    from desktop.ipc.protocol import Reply, Request

    app = QApplication(sys.argv[:1])
    app.processEvents()
    bare = rss_kib()
    folder = Path(tempfile.mkdtemp(prefix="uc-rss-")) / "rt"
    prepare_private_dir(folder)
    paths = InstancePaths.in_dir(folder)

    def handler(request: Request) -> Reply:
        return request.succeeded()

    if "--qt" in sys.argv:
        from desktop.ipc.qt_server import QtControlServer

        server = QtControlServer(handler)
        server.listen(paths.socket_name)
        backend = "QLocalServer"
    else:
        from desktop.ipc.instance import SingleInstance

        instance = SingleInstance(paths)
        assert instance.try_lock()
        server = instance.listen(handler)
        backend = type(server).__name__
    app.processEvents()
    served = rss_kib()
    print(
        f"{backend}: bare QApplication {bare / 1024:.1f} MiB, with the server {served / 1024:.1f} MiB "
        f"(+{(served - bare) / 1024:.1f} MiB); QtNetwork loaded: {'PySide6.QtNetwork' in sys.modules}"
    )
    server.close()
    shutil.rmtree(folder.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
