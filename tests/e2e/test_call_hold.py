"""A reminder due during a call waits for it: the real app, a private PulseAudio server and a real
recording client (parecord). The card comes after the recording ends plus the grace, and the hold is
logged with its reason and length."""

from __future__ import annotations

import json
import time
from datetime import datetime
from pathlib import Path

import pytest

from desktop.cli.launch import TEST_MINUTE_VARIABLE
from tests.e2e.conftest import AppLauncher
from tests.e2e.platform_env import require
from tests.e2e.sound_server import PROGRAMS, running_sound_server
from tests.e2e.test_app_process import CARD_TITLE, User, cli, rows
from tests.e2e.x11 import Desktop, find_tray_icon, find_window, wait_for

pytestmark = pytest.mark.e2e

MINUTE_SECONDS = 3.0  # a settings minute lasts 3 s: due after 3 s, a grace of 2 "minutes" is 6 s


@pytest.mark.timeout(180)
def test_a_reminder_due_during_a_recording_comes_after_it_ends_plus_the_grace(
    x11_desktop: Desktop, launch_app: AppLauncher, app_env: dict[str, str], tmp_path: Path
) -> None:
    require(*PROGRAMS["pulseaudio"])
    display = x11_desktop.display
    config = Path(app_env["XDG_CONFIG_HOME"]) / "unclench"
    config.mkdir(parents=True)
    settings = {
        "schema_version": 1,
        "posture": {"interval_minutes": 1},
        "popup_timeout_seconds": 300,
        "quiet_times": {"call_grace_minutes": 2},
    }
    (config / "settings.json").write_text(json.dumps(settings))
    database = Path(app_env["XDG_DATA_HOME"]) / "unclench" / "unclench.sqlite3"
    user = User(display)
    sound = tmp_path / "sound"
    sound.mkdir()
    with running_sound_server(sound, "pulseaudio") as server:
        app_env["PULSE_SERVER"] = server.address
        app_env[TEST_MINUTE_VARIABLE] = str(MINUTE_SECONDS)
        recorder = server.client(["parecord", "/dev/null"], tmp_path / "parecord.log")
        try:
            wait_for(lambda: server.stream_count() == 1 or None, 10, "parecord recording")
            doctor = cli(app_env, "doctor", "--json")  # works before the app runs
            assert doctor.returncode == 0, doctor.stderr
            [microphone] = [c for c in json.loads(doctor.stdout)["checks"] if c["area"] == "microphone"]
            assert microphone["status"] == "working" and "microphone in parecord" in microphone["detail"]
            app = launch_app()
            wait_for(lambda: find_tray_icon(display, app.pid), 20, "the tray icon")

            def held() -> object:
                user.nudge()
                assert find_window(display, CARD_TITLE, app.pid) is None, "the card interrupted a call"
                status = json.loads(cli(app_env, "status", "--json").stdout)
                return status if status["state"] == "held" else None

            status = wait_for(held, 60, "the reminder held by the recording")
            assert (status["held_reason"], status["held_detail"], status["held_device"]) == (
                "call",
                "parecord",
                "microphone",
            )
            text = cli(app_env, "status").stdout
            assert "held: a call (microphone in parecord) since" in text and "next try when it ends" in text
            # Two re-checks later it still waits (the call goes on), and was not dropped.
            still_held = lambda: held() if held_minutes(app_env) >= 2 else None  # noqa: E731
            assert wait_for(still_held, 30, "two looks at the call")["held_reason"] == "call"
        finally:
            recorder.terminate()
            recorder.wait(5)
        ended = time.monotonic()

        def card_shown() -> object:
            user.nudge()
            return find_window(display, CARD_TITLE, app.pid)

        wait_for(card_shown, 60, "the posture card after the recording ended")
        waited = time.monotonic() - ended
        assert waited >= 2 * MINUTE_SECONDS - 1, (
            f"the card came {waited:.1f} s after the call, before the grace"
        )
        hold_rows = wait_for(lambda: [r for r in rows(database) if r[0] == "hold"], 15, "the hold row")
        [(_, outcome, details)] = hold_rows
        logged = json.loads(details)
        assert (outcome, logged["reason"], logged["detail"], logged["ended"]) == (
            "ended",
            "call",
            "parecord",
            "shown",
        )
        assert logged["seconds"] >= 2 * MINUTE_SECONDS
        app.stop_cleanly()


def held_minutes(env: dict[str, str]) -> float:
    """How many settings minutes the reminder has been held so far, from `status --json`."""
    status = json.loads(cli(env, "status", "--json").stdout)
    since = status.get("held_since")
    if since is None:
        return 0.0
    return (datetime.now().astimezone() - datetime.fromisoformat(since)).total_seconds() / MINUTE_SECONDS
