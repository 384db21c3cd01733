"""Guards against a PySide6 release that corrupts reference counts when Python emits signals."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_emitting_str_and_bool_signals_leaves_the_interpreter_healthy() -> None:
    # PySide6 6.12.0 over-releases `False` on every Python-side emit of a Signal(str) or
    # Signal(bool); the process then aborts at exit. Run it in a child so this test reports it.
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QCoreApplication, QObject, Signal
        app = QCoreApplication(sys.argv)
        class Emitter(QObject):
            text = Signal(str)
            flag = Signal(bool)
        emitter = Emitter()
        emitter.text.connect(lambda *_: None)
        emitter.flag.connect(lambda *_: None)
        for _ in range(200):
            emitter.text.emit("x")
            emitter.flag.emit(True)
        print("ok")
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]
