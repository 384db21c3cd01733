"""`unclench doctor`: findings worded for people and JSON, checks that fail alone, calendars and
files as they are, and the command parsed and run without the app."""

from __future__ import annotations

import io
import json
from pathlib import Path

from desktop.cli.doctor import run_doctor
from desktop.cli.parse import parse
from desktop.core.commands import APP_COMMANDS, Delivery, Doctor
from desktop.core.doctor import Finding, Health, doctor_json, doctor_text
from desktop.services.doctor_checks import check_calendars, check_files, gather
from desktop.storage.paths import AppPaths

GOOD_ICS = (
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a@t\r\nSUMMARY:Sync\r\n"
    b"DTSTART:20200101T090000Z\r\nDTEND:20200101T100000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def paths_in(tmp_path: Path) -> AppPaths:
    return AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "runtime")


def test_text_and_json_say_each_status_and_what_to_do() -> None:
    findings = [
        Finding("microphone", "PulseAudio capture streams", Health.WORKING, "microphone in Firefox"),
        Finding("camera", "ConsentStore", Health.NOT_PERMITTED, "access denied", "allow it in Privacy"),
        Finding("tray", "StatusNotifierItem", Health.UNAVAILABLE, "", "install the AppIndicator extension"),
    ]
    text = doctor_text(findings).splitlines()
    assert text[0] == "microphone  working: PulseAudio capture streams (microphone in Firefox)"
    assert text[1] == "camera      not permitted: ConsentStore (access denied)"
    assert text[2].strip() == "what to do: allow it in Privacy"
    assert text[3] == "tray        not available here: StatusNotifierItem"
    checks = doctor_json(findings)["checks"]
    assert [c["status"] for c in checks] == ["working", "not_permitted", "unavailable"]
    assert checks[1]["hint"] == "allow it in Privacy"


def test_a_check_that_fails_is_one_line_and_the_others_go_on() -> None:
    def check_camera() -> list[Finding]:
        raise RuntimeError("no /proc here")

    found = gather([check_camera, lambda: [Finding("tray", "XEmbed tray", Health.WORKING)]])
    assert [(f.area, f.health) for f in found] == [("camera", Health.UNAVAILABLE), ("tray", Health.WORKING)]
    assert "no /proc here" in found[0].detail


def test_calendars_are_read_and_a_bad_one_says_why(tmp_path: Path) -> None:
    paths = paths_in(tmp_path)
    assert check_calendars(paths)[0].health is Health.UNAVAILABLE  # none chosen (no settings file)
    good, bad, gone = tmp_path / "good.ics", tmp_path / "bad.ics", tmp_path / "gone.ics"
    good.write_bytes(GOOD_ICS)
    bad.write_bytes(b"this is no calendar")
    paths.config_dir.mkdir()
    quiet = {"calendar_files": f"{good}; {bad}; {gone}", "calendar_url": "https://example.org/c.ics"}
    paths.settings_file.write_text(json.dumps({"schema_version": 1, "quiet_times": quiet}))
    found = check_calendars(paths)
    assert [(f.source, f.health) for f in found] == [
        (str(good), Health.WORKING),
        (str(bad), Health.UNAVAILABLE),
        (str(gone), Health.UNAVAILABLE),
        ("https://example.org/c.ics", Health.UNAVAILABLE),  # not switched on: never fetched
    ]
    assert "not fetched by doctor" in found[3].detail


def test_files_say_whether_they_are_there(tmp_path: Path) -> None:
    paths = paths_in(tmp_path)
    assert [f.health for f in check_files(paths)] == [Health.UNAVAILABLE, Health.UNAVAILABLE]
    paths.config_dir.mkdir()
    paths.settings_file.write_text("{}")
    settings, log = check_files(paths)
    assert settings.health is Health.WORKING and settings.detail == "2 bytes"
    assert log.health is Health.UNAVAILABLE and log.hint == "made at the first start"


def test_doctor_is_a_local_command_with_json() -> None:
    invocation = parse(["doctor", "--json"])
    assert invocation.command == Doctor() and invocation.json_output
    assert Doctor.delivery is Delivery.LOCAL and "doctor" not in APP_COMMANDS  # works without the app
    out = io.StringIO()
    assert run_doctor(True, out, [lambda: [Finding("tray", "XEmbed tray", Health.WORKING)]]) == 0
    assert json.loads(out.getvalue())["checks"][0]["status"] == "working"


def test_sleep_and_lock_areas_are_translated_once(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import desktop.services.doctor_checks as checks
    from desktop.platform.session_info import SessionInfo

    monkeypatch.setattr(checks, "_", lambda text: f"«{text}»")  # shows each translation
    monkeypatch.setattr(checks, "_name_has_owner", lambda name, bus="SESSION": True)
    findings = checks.check_sleep_and_lock(SessionInfo("linux", "x11", (), ":0"))
    assert [finding.area for finding in findings] == ["«sleep»", "«sleep»", "«lock»"]
