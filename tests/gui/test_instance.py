"""Single instance and control socket, for real: the lock file, both socket backends, processes.

The server runs in the test's event loop; blocking clients run in a worker thread (or another
process) and the test waits on their result with qtbot, never with sleep.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from desktop.cli.handoff import hand_off
from desktop.cli.parse import ExitCode, Invocation
from desktop.core.commands import Breathe, Pause, PauseUntil, Quit, Start, Status, Water
from desktop.ipc.client import ClientError, NotRunning, send_command
from desktop.ipc.instance import InstanceError, SingleInstance
from desktop.ipc.paths import InstancePaths
from desktop.ipc.protocol import MAX_LINE_BYTES, Reply
from desktop.ipc.qt_server import QtControlServer
from desktop.ipc.server import ControlServer
from desktop.ipc.unix_server import UnixControlServer
from tests.gui.socket_support import Recorder, in_thread, private_runtime_dir, raw_exchange, reply_of

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
HARNESS = Path(__file__).with_name("instance_harness.py")
PROCESS_TIMEOUT = 30


@pytest.fixture
def runtime_dir() -> Iterator[Path]:
    with private_runtime_dir() as folder:
        yield folder


@pytest.fixture
def paths(runtime_dir: Path) -> InstancePaths:
    return InstancePaths.in_dir(runtime_dir)


@pytest.fixture
def served(qtbot: QtBot, paths: InstancePaths) -> Iterator[tuple[SingleInstance, Recorder]]:
    instance = SingleInstance(paths)
    assert instance.try_lock()
    recorder = Recorder()
    instance.listen(recorder)
    yield instance, recorder
    instance.release()


# --- request and reply ----------------------------------------------------------------------------


def test_request_reply_round_trip(qtbot: QtBot, served: tuple[SingleInstance, Recorder]) -> None:
    instance, recorder = served
    command = Pause(until=PauseUntil.TOMORROW)
    reply = in_thread(qtbot, lambda: send_command(instance.paths.socket_name, command))
    assert reply == Reply.success(os.getpid(), {"echo": "pause"})
    assert [r.command for r in recorder.requests] == [command]


def test_a_refusal_and_a_crashing_handler_both_come_back_as_error_replies(
    qtbot: QtBot, served: tuple[SingleInstance, Recorder]
) -> None:
    instance, _ = served
    name = instance.paths.socket_name
    refused = in_thread(qtbot, lambda: send_command(name, Breathe(pattern="unknown")))
    assert refused.error.code == "refused" and "unknown" in refused.error.message
    crashed = in_thread(qtbot, lambda: send_command(name, Water(ml=666)))
    assert crashed.error.code == "internal"
    # ...and the server is still there.
    assert in_thread(qtbot, lambda: send_command(name, Status())).ok


def test_the_qt_client_used_on_windows_talks_to_the_server_too(
    qtbot: QtBot, served: tuple[SingleInstance, Recorder]
) -> None:
    instance, recorder = served
    code = (
        "from desktop.ipc.client import send_command\n"
        "from desktop.core.commands import Water\n"
        f"print(send_command({instance.paths.socket_name!r}, Water(ml=250), transport='qt').result)\n"
    )
    process = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=PROCESS_TIMEOUT * 1000)
    assert process.stdout is not None and process.stdout.read().strip() == "{'echo': 'water'}"
    assert recorder.requests[-1].command == Water(ml=250)


def test_nobody_listening_is_not_running(paths: InstancePaths) -> None:
    assert isinstance(send_command(paths.socket_name, Status()), NotRunning)
    Path(paths.socket_name).touch()  # a plain file where the socket should be
    assert isinstance(send_command(paths.socket_name, Status()), NotRunning)


# --- untrusted input ------------------------------------------------------------------------------


def test_malformed_lines_each_get_an_error_reply_on_the_same_connection(
    qtbot: QtBot, served: tuple[SingleInstance, Recorder]
) -> None:
    instance, recorder = served
    payload = b"\n".join(
        [
            b"nonsense",
            b"",
            b"   ",
            b"[1]",
            b'{"v":9,"id":1,"command":"quit"}',
            b"\xff\xfe",
            b'{"v":1,"id":2,"command":"resume"}',
        ]
    )
    payload += b"\n"
    lines = in_thread(qtbot, lambda: raw_exchange(instance.paths.socket_name, payload, replies=5))
    codes = [reply_of(line).get("error", {}).get("code") for line in lines]
    assert codes == ["invalid_json", "invalid_request", "unsupported_version", "invalid_json", None]
    assert reply_of(lines[-1])["id"] == 2
    assert len(recorder.requests) == 1  # blank lines get no reply and reach nobody


def test_an_oversized_line_is_refused_skipped_and_the_connection_goes_on(
    qtbot: QtBot, served: tuple[SingleInstance, Recorder]
) -> None:
    instance, recorder = served
    name = instance.paths.socket_name
    flood = b"x" * (MAX_LINE_BYTES * 4) + b'\n{"v":1,"id":3,"command":"status"}\n'  # no newline for 256 KiB
    lines = in_thread(qtbot, lambda: raw_exchange(name, flood, replies=2))
    assert [reply_of(line).get("error", {}).get("code") for line in lines] == ["too_long", None]
    long_line = b"[" + b" " * MAX_LINE_BYTES + b']\n{"v":1,"id":4,"command":"status"}\n'  # complete but long
    lines = in_thread(qtbot, lambda: raw_exchange(name, long_line, replies=2))
    assert [reply_of(line).get("error", {}).get("code") for line in lines] == ["too_long", None]
    assert [r.id for r in recorder.requests] == [3, 4]


def test_an_endless_line_ends_the_connection_not_the_server(
    qtbot: QtBot, served: tuple[SingleInstance, Recorder]
) -> None:
    instance, _ = served
    name = instance.paths.socket_name

    def flood() -> str:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(10)
            connection.connect(name)
            try:
                for _ in range(64):  # 4 MiB without a newline
                    connection.sendall(b"y" * 65536)
            except (BrokenPipeError, ConnectionResetError):
                return "hung up"
            return "swallowed it all"

    assert in_thread(qtbot, flood) == "hung up"
    qtbot.waitUntil(lambda: instance.server is not None and instance.server.connection_count == 0)
    assert in_thread(qtbot, lambda: send_command(name, Status())).ok


def test_a_silent_client_is_dropped_after_the_idle_timeout(qtbot: QtBot, paths: InstancePaths) -> None:
    server = ControlServer(Recorder(), idle_timeout_ms=200)
    server.listen(paths.socket_name)

    def connect_and_wait_for_hang_up() -> bytes:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(10)
            connection.connect(paths.socket_name)
            return connection.recv(1)

    assert in_thread(qtbot, connect_and_wait_for_hang_up) == b""
    qtbot.waitUntil(lambda: server.connection_count == 0)
    server.close()


@pytest.fixture(params=["unix", "qt"])
def server_type(request: pytest.FixtureRequest) -> type[UnixControlServer] | type[QtControlServer]:
    """Both backends: the stdlib one used on Linux and macOS, and Qt's used on Windows."""
    return UnixControlServer if request.param == "unix" else QtControlServer


def test_at_the_limit_the_oldest_idle_client_makes_room(
    qtbot: QtBot, paths: InstancePaths, server_type: type[UnixControlServer] | type[QtControlServer]
) -> None:
    server = server_type(Recorder(), max_connections=2)
    server.listen(paths.socket_name)
    held = []
    for _ in range(2):
        connection = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        connection.settimeout(10)
        connection.connect(paths.socket_name)
        held.append(connection)
        qtbot.waitUntil(lambda: server.connection_count == len(held))
    # The newcomer is answered; the oldest dawdler is hung up on; the other one stays.
    assert in_thread(qtbot, lambda: send_command(paths.socket_name, Status())).ok
    assert in_thread(qtbot, lambda: held[0].recv(100)) == b""
    held[1].sendall(b'{"v":1,"id":2,"command":"status"}\n')
    assert reply_of(in_thread(qtbot, lambda: held[1].recv(1000)))["id"] == 2
    for connection in held:
        connection.close()
    qtbot.waitUntil(lambda: server.connection_count == 0)
    server.close()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(min_size=1, max_size=3000) | st.text(max_size=300).map(str.encode))
def test_fuzz_random_bytes_over_the_real_socket(
    qtbot: QtBot, served: tuple[SingleInstance, Recorder], junk: bytes
) -> None:
    junk = junk.replace(b"\n", b" ")
    assume(junk.strip())
    instance, _ = served
    lines = in_thread(qtbot, lambda: raw_exchange(instance.paths.socket_name, junk + b"\n", replies=1))
    assert len(lines) == 1
    reply_of(lines[0])


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=10,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.fixed_dictionaries(
        {"v": st.sampled_from([1, 1, 2]) | json_values, "id": st.integers() | json_values},
        optional={
            "command": st.sampled_from(["status", "pause", "water", "quit", "x"]) | json_values,
            "args": st.dictionaries(st.sampled_from(["ml", "seconds", "until"]), json_values) | json_values,
        },
    )
    | json_values
)
def test_fuzz_random_json_over_the_real_socket(
    qtbot: QtBot, served: tuple[SingleInstance, Recorder], message: Any
) -> None:
    instance, _ = served
    payload = json.dumps(message).encode() + b"\n"
    lines = in_thread(qtbot, lambda: raw_exchange(instance.paths.socket_name, payload, replies=1))
    assert len(lines) == 1
    reply = reply_of(lines[0])
    if reply["ok"]:
        assert reply["id"] == message["id"]
    # The socket still answers a proper request afterwards.
    assert in_thread(qtbot, lambda: send_command(instance.paths.socket_name, Status())).ok


# --- permissions ----------------------------------------------------------------------------------


def test_the_socket_file_is_owner_only(served: tuple[SingleInstance, Recorder]) -> None:
    instance, _ = served
    info = os.lstat(instance.paths.socket_name)
    assert stat.S_ISSOCK(info.st_mode)
    assert stat.S_IMODE(info.st_mode) & 0o077 == 0
    assert info.st_uid == os.getuid()
    assert stat.S_IMODE(os.stat(instance.paths.runtime_dir).st_mode) == 0o700


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="needs root to act as another user")
def test_another_user_cannot_connect(qtbot: QtBot, served: tuple[SingleInstance, Recorder]) -> None:
    instance, _ = served
    os.chmod(instance.paths.runtime_dir, 0o711)  # let them reach the socket, so only its own mode stops them
    for parent in Path(instance.paths.runtime_dir).parents:
        if parent == Path("/tmp") or parent == Path("/"):
            break
        os.chmod(parent, os.stat(parent).st_mode | 0o011)
    probe = (
        "import socket, sys\n"
        "s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)\n"
        "try:\n    s.connect(sys.argv[1])\nexcept PermissionError:\n    print('refused')\n"
        "else:\n    print('connected')\n"
    )

    def as_nobody() -> str:
        done = subprocess.run(
            ["/usr/bin/python3", "-c", probe, instance.paths.socket_name],
            user=65534,
            group=65534,
            extra_groups=[],
            cwd="/",
            capture_output=True,
            text=True,
            timeout=PROCESS_TIMEOUT,
        )
        return done.stdout.strip() or done.stderr

    assert in_thread(qtbot, as_nobody) == "refused"
    # The control: with the socket's mode opened up, the same probe gets in. So it is the mode.
    os.chmod(instance.paths.socket_name, 0o777)
    assert in_thread(qtbot, as_nobody) == "connected"


# --- the lock: stale, live, racing ----------------------------------------------------------------


def start_harness(
    paths: InstancePaths, log: Path, *cli_args: str, wait_go: bool = False
) -> subprocess.Popen[str]:
    flags = ["--wait-go"] if wait_go else []
    return subprocess.Popen(
        [sys.executable, str(HARNESS), str(paths.runtime_dir), str(log), *flags, "--", *cli_args],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def events(log: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []


def test_a_stale_lock_and_socket_left_by_kill_9_are_recovered(
    qtbot: QtBot, paths: InstancePaths, tmp_path: Path
) -> None:
    app = start_harness(paths, tmp_path / "log")
    assert app.stdout is not None and app.stdout.readline().strip() == "listening"
    app.send_signal(signal.SIGKILL)
    app.wait(PROCESS_TIMEOUT)
    assert paths.lock_file.exists() and stat.S_ISSOCK(os.lstat(paths.socket_name).st_mode)  # both left behind

    assert isinstance(send_command(paths.socket_name, Status()), NotRunning)
    instance = SingleInstance(paths)
    assert instance.try_lock()  # the dead owner's PID makes the lock stale
    recorder = Recorder()
    instance.listen(recorder)  # and the stale socket file is replaced
    assert in_thread(qtbot, lambda: send_command(paths.socket_name, Status())).ok
    instance.release()
    assert not paths.lock_file.exists() and not os.path.exists(paths.socket_name)


def test_a_live_instances_lock_is_never_taken_however_old(paths: InstancePaths, tmp_path: Path) -> None:
    app = start_harness(paths, tmp_path / "log")
    try:
        assert app.stdout is not None and app.stdout.readline().strip() == "listening"
        day_ago = time.time() - 86_400
        os.utime(paths.lock_file, (day_ago, day_ago))  # Qt's default stale time is 30 s
        rival = SingleInstance(paths)
        assert not rival.try_lock()
        assert rival.owner_pid() == app.pid
        with pytest.raises(InstanceError):
            rival.listen(Recorder())
    finally:
        app.kill()
        app.wait(PROCESS_TIMEOUT)


@pytest.mark.parametrize(
    "commands",
    [(("start",), ("start",)), (("breathe", "--pattern", "box"), ("water", "250")), ((), (), ())],
    ids=["start+start", "breathe+water", "three-starts"],
)
def test_processes_started_together_end_as_one(
    paths: InstancePaths, tmp_path: Path, commands: tuple[tuple[str, ...], ...]
) -> None:
    log = tmp_path / "log"
    processes = [start_harness(paths, log, *args, wait_go=True) for args in commands]
    for process in processes:  # release them all at once
        assert process.stdin is not None
        process.stdin.write("go\n")
        process.stdin.flush()
    # The losers hand their command over and end; the winner keeps running until told to quit.
    wait_for_exits(processes, len(processes) - 1)
    assert send_until_answered(paths, Quit()).ok
    results = [process.communicate(timeout=PROCESS_TIMEOUT) for process in processes]
    assert [process.returncode for process in processes] == [0] * len(processes), results
    started = [e for e in events(log) if e["event"] == "started"]
    requests = [e for e in events(log) if e["event"] == "request"]
    assert len(started) == 1, events(log)
    assert all(e["pid"] == started[0]["pid"] for e in requests)
    # Every command got done exactly once: the winner's by starting, each loser's by hand-over.
    done = sorted([started[0]["command"]] + [e["command"] for e in requests])
    assert done == sorted([name_of(args) for args in commands] + ["quit"])


def name_of(args: tuple[str, ...]) -> str:
    return args[0] if args else "start"


def wait_for_exits(processes: list[subprocess.Popen[str]], count: int) -> None:
    deadline = time.monotonic() + PROCESS_TIMEOUT
    while sum(process.poll() is not None for process in processes) < count:
        assert time.monotonic() < deadline, "the losing processes never handed over"
        time.sleep(0.01)  # polling other processes' exit status


def send_until_answered(paths: InstancePaths, command: Any) -> Reply:
    deadline = time.monotonic() + PROCESS_TIMEOUT
    while time.monotonic() < deadline:
        try:
            answer = send_command(paths.socket_name, command)
        except ClientError:
            answer = NotRunning("not yet")
        if isinstance(answer, Reply):
            return answer
        time.sleep(0.02)  # a client polling another process, not a test synchronising with itself
    raise AssertionError("nobody ever listened")


# --- the hand-off as the command line does it -----------------------------------------------------


def run_cli(paths: InstancePaths, log: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(HARNESS), str(paths.runtime_dir), str(log), "--", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=PROCESS_TIMEOUT,
    )


def test_commands_that_need_the_app_say_it_is_not_running(paths: InstancePaths, tmp_path: Path) -> None:
    log = tmp_path / "log"
    for args in (("status",), ("pause", "30m"), ("resume",), ("quit",)):
        done = run_cli(paths, log, *args)
        assert done.returncode == ExitCode.NOT_RUNNING, done
    done = run_cli(paths, log, "status", "--json")
    assert (done.returncode, json.loads(done.stdout)) == (ExitCode.NOT_RUNNING, {"running": False})
    assert run_cli(paths, log, "status").stdout == "Unclench is not running.\n"
    assert "'pause' needs it" in run_cli(paths, log, "pause", "until-tomorrow").stderr
    assert not log.exists()  # none of them started an app
    assert not paths.lock_file.exists()


def test_commands_reach_the_running_app_and_status_json_parses(paths: InstancePaths, tmp_path: Path) -> None:
    log = tmp_path / "log"
    app = start_harness(paths, log, "breathe", "--minutes", "2")  # breathe starts the app with it
    try:
        assert app.stdout is not None and app.stdout.readline().strip() == "listening"
        assert run_cli(paths, log, "pause", "1h30m").stdout == "Reminders paused for 1 h 30 min.\n"
        assert run_cli(paths, log, "remind", "water").returncode == ExitCode.OK
        status = run_cli(paths, log, "status", "--json")
        assert status.returncode == ExitCode.OK
        data = json.loads(status.stdout)
        assert data["running"] is True and data["state"] == "active"
        assert data["next"][0]["kind"] == "posture" and 700 <= data["next"][0]["in_seconds"] <= 720
        assert "Today: posture check 3 done; water 750 ml" in run_cli(paths, log, "status").stdout
        assert run_cli(paths, log, "quit").stdout == "Unclench is quitting.\n"
        assert app.wait(PROCESS_TIMEOUT) == 0
    finally:
        app.kill()
    seen = [(e["event"], e["command"], e["args"]) for e in events(log)]
    assert seen == [
        ("started", "breathe", {"pattern": None, "minutes": 2}),
        ("request", "pause", {"seconds": 5400}),
        ("request", "remind", {"kind": "hydration"}),
        ("request", "status", {}),
        ("request", "status", {}),
        ("request", "quit", {}),
    ]
    assert not paths.lock_file.exists() and not os.path.exists(paths.socket_name)


def test_a_lock_held_by_a_process_that_never_answers_ends_in_a_clear_message(paths: InstancePaths) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from PySide6.QtCore import QLockFile\n"
            f"lock = QLockFile({str(paths.lock_file)!r}); lock.setStaleLockTime(0); assert lock.tryLock(0)\n"
            "print('locked', flush=True); sys.stdin.readline()",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        clock = iter(range(0, 1000))  # a fake monotonic clock: each look is one second later
        naps: list[float] = []
        err = _Capture()
        code = hand_off(
            Invocation(Status()),
            start_app=_never,
            paths=paths,
            err=err,
            monotonic=lambda: float(next(clock)),
            sleep=naps.append,
        )
        assert code == ExitCode.NO_ANSWER
        assert f"process {holder.pid}" in err.text and str(paths.lock_file) in err.text
        assert 5 <= len(naps) <= 12  # it kept knocking for the startup wait, then gave up
    finally:
        holder.kill()
        holder.wait(PROCESS_TIMEOUT)


def _never(command: Any, instance: Any) -> int:
    raise AssertionError("must not start an app")


class _Capture:
    def __init__(self) -> None:
        self.text = ""

    def write(self, text: str) -> int:
        self.text += text
        return len(text)

    def flush(self) -> None:
        pass


# --- junk where the lock or the socket should be (issue 17.9) -------------------------------------


@pytest.mark.parametrize("junk", ["empty", "garbage", "folder", "symlink", "fifo", "other-host"])
def test_junk_in_the_locks_place_never_blocks_the_command_line(
    paths: InstancePaths, tmp_path: Path, junk: str
) -> None:
    lock = paths.lock_file
    if junk == "empty":
        lock.touch()
    elif junk == "garbage":
        lock.write_bytes(b"\xde\xad\xbe\xef" * 100)
    elif junk == "folder":
        lock.mkdir()
    elif junk == "symlink":
        lock.symlink_to(tmp_path / "elsewhere")
    elif junk == "fifo":
        os.mkfifo(lock)
    else:
        lock.write_text(f"{os.getpid()}\nunclench\nanother-host\n")
    started = time.monotonic()
    done = run_cli(paths, tmp_path / "log", "status")
    elapsed = time.monotonic() - started
    assert (done.returncode, done.stdout) == (ExitCode.NOT_RUNNING, "Unclench is not running.\n"), done
    assert "delete" not in done.stderr
    assert elapsed < 5  # a Python start-up, not the 10 s startup wait
    if junk != "symlink":  # a dangling link looks like no lock at all: the quick "not running"
        assert not os.path.lexists(lock)  # taken and let go: nothing left in its place


@pytest.mark.parametrize("junk", ["fifo", "folder"])
def test_junk_in_the_sockets_place_is_named_as_not_running_and_listening_clears_it(
    qtbot: QtBot, paths: InstancePaths, junk: str
) -> None:
    where = Path(paths.socket_name)
    os.mkfifo(where) if junk == "fifo" else where.mkdir()
    started = time.monotonic()
    kind = "FIFO" if junk == "fifo" else "folder"
    answer = send_command(paths.socket_name, Status())
    assert isinstance(answer, NotRunning)
    assert re.search(rf"unclench\.sock should be Unclench's socket but is a {kind}$", answer.reason)
    assert time.monotonic() - started < 1
    instance = SingleInstance(paths)
    assert instance.try_lock()
    instance.listen(Recorder())  # the app, holding the lock, makes room for its socket
    assert stat.S_ISSOCK(os.lstat(where).st_mode)
    assert in_thread(qtbot, lambda: send_command(paths.socket_name, Status())).ok
    instance.release()


@pytest.mark.parametrize("junk", ["fifo", "folder"])
def test_unclench_starts_the_app_over_junk_in_the_sockets_place(
    qtbot: QtBot, paths: InstancePaths, junk: str
) -> None:
    where = Path(paths.socket_name)
    os.mkfifo(where) if junk == "fifo" else where.mkdir()
    listening: list[bool] = []

    def start_app(command: Any, instance: SingleInstance) -> int:
        instance.listen(Recorder())  # what the app does once built: makes room for its socket
        listening.append(stat.S_ISSOCK(os.lstat(where).st_mode))
        return 0

    err = _Capture()
    assert hand_off(Invocation(Start()), start_app, paths=paths, err=err) == ExitCode.OK, err.text
    assert listening == [True]


# --- a command with no app running starts it in the background (issue 12) ----------------------


def test_water_with_no_app_running_starts_it_in_the_background_and_returns(
    paths: InstancePaths, runtime_dir: Path, tmp_path: Path
) -> None:
    log = tmp_path / "events.jsonl"
    started: list[subprocess.Popen[str]] = []

    def in_background() -> subprocess.Popen[str]:
        app = subprocess.Popen(
            [sys.executable, str(HARNESS), str(runtime_dir), str(log), "--", "--quiet"],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            text=True,
        )
        started.append(app)
        return app

    out = _Capture()
    try:
        code = hand_off(
            Invocation(Water(ml=250)),
            start_app=_never,
            paths=paths,
            out=out,
            start_in_background=in_background,
        )
        assert code == ExitCode.OK
        assert out.text == "Logged 250 ml of water.\n"
        [app] = started
        assert app.poll() is None  # the app goes on running; the command line has returned
        events = [json.loads(line) for line in log.read_text().splitlines()]
        assert [(e["event"], e["command"]) for e in events] == [("started", "start"), ("request", "water")]
        assert events[0]["args"]["quiet"] is True and events[1]["args"] == {"ml": 250}
    finally:
        for app in started:
            send_command(paths.socket_name, Quit())
            app.wait(PROCESS_TIMEOUT)


def test_an_app_that_cannot_start_in_the_background_is_reported(paths: InstancePaths) -> None:
    err = _Capture()

    def failing() -> subprocess.Popen[bytes]:
        return subprocess.Popen([sys.executable, "-c", "raise SystemExit(4)"])

    code = hand_off(
        Invocation(Breathe()), start_app=_never, paths=paths, err=err, start_in_background=failing
    )
    assert code == ExitCode.NO_ANSWER
    assert "could not start in the background (it ended with exit code 4)" in err.text


def test_plain_unclench_still_becomes_the_app_itself(paths: InstancePaths) -> None:
    became: list[str] = []

    def start_app(command: Any, instance: Any) -> int:
        became.append(command.name)
        return 0

    def never_in_background() -> subprocess.Popen[bytes]:
        raise AssertionError("`unclench` itself is the app")

    assert hand_off(Invocation(Start()), start_app, paths=paths, start_in_background=never_in_background) == 0
    assert became == ["start"]
