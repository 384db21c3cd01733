"""App rules: the pure matcher and its settings text, running programs from a fake /proc tree,
app names from desktop entries, and which reader each session gets."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.core.app_rules import (
    AppRule,
    AppRulesError,
    AppRuleWhen,
    app_rules_hold,
    format_app_rules,
    parse_app_rules,
)
from desktop.platform.apps import (
    AppInfo,
    application_dirs,
    desktop_entry_names,
    detect_front_app,
    running_apps,
    running_names,
)
from desktop.platform.apps.processes import process_name
from desktop.platform.session_info import SessionInfo

ME, OTHER = os.getuid(), os.getuid() + 1
FRONT, RUNNING = AppRuleWhen.FRONT, AppRuleWhen.RUNNING

# --- the matcher -----------------------------------------------------------------------------------


def test_a_front_rule_holds_only_while_the_app_is_in_front() -> None:
    rules = [AppRule("zoom", FRONT)]
    assert app_rules_hold(rules, "zoom", {"zoom"}) == "zoom"
    assert app_rules_hold(rules, "firefox", {"zoom", "firefox"}) is None  # running, but behind
    assert app_rules_hold(rules, None, {"zoom"}) is None  # the front app is unknown


def test_a_running_rule_holds_while_any_process_of_the_app_runs() -> None:
    rules = [AppRule("obs", RUNNING)]
    assert app_rules_hold(rules, "firefox", {"obs", "firefox"}) == "obs"
    assert app_rules_hold(rules, "obs", set()) is None  # in front yet not in the list: the list decides


def test_matching_ignores_case_and_the_first_rule_that_holds_wins() -> None:
    rules = [AppRule("Zoom", FRONT), AppRule("OBS", RUNNING), AppRule("teams", RUNNING)]
    assert app_rules_hold(rules, "zoom", {"teams"}) == "Zoom"
    assert app_rules_hold(rules, "x", {"obs", "teams"}) == "OBS"
    assert app_rules_hold([], "zoom", {"zoom"}) is None


def test_rules_round_trip_through_the_settings_text() -> None:
    rules = parse_app_rules(" front:zoom , running: obs,, RUNNING:obs, front:zoom ")
    assert rules == (AppRule("zoom", FRONT), AppRule("obs", RUNNING))
    assert format_app_rules(rules) == "front:zoom, running:obs"
    assert parse_app_rules("") == ()


@pytest.mark.parametrize(
    ("text", "words"), [("zoom", "front:APP"), ("behind:zoom", "neither"), ("front:", "APP")]
)
def test_bad_rules_text_says_which_part(text: str, words: str) -> None:
    with pytest.raises(AppRulesError, match=words):
        parse_app_rules(text)


# --- running programs from /proc -------------------------------------------------------------------


def fake_process(proc: Path, pid: int, comm: str, exe: str | None, argv: list[str], uid: int = ME) -> None:
    folder = proc / str(pid)
    folder.mkdir(parents=True)
    (folder / "comm").write_text(comm + "\n")
    (folder / "cmdline").write_bytes(b"".join(arg.encode() + b"\0" for arg in argv))
    if exe is not None:
        (folder / "exe").symlink_to(exe)
    if uid != ME:
        if os.geteuid() != 0:
            pytest.skip("needs root to fake another owner")
        os.chown(folder, uid, -1)


@pytest.fixture
def proc(tmp_path: Path) -> Path:
    root = tmp_path / "proc"
    fake_process(root, 100, "zoom", "/opt/zoom/zoom", ["/opt/zoom/zoom"])
    fake_process(root, 101, "zoom", "/opt/zoom/zoom", ["/opt/zoom/zoom", "--type=renderer"])
    fake_process(root, 102, "GeckoMain", "/usr/lib/firefox/firefox", ["/usr/lib/firefox/firefox"])
    fake_process(root, 103, "python3", "/usr/bin/python3.11", ["python3", "-X", "dev", "-m", "notes.app"])
    fake_process(root, 104, "python3", "/usr/bin/python3.11", ["/usr/bin/python3", "/opt/tool/sync.py", "-v"])
    fake_process(root, 105, "python3", "/usr/bin/python3.11", ["python3", "-c", "import os\nprint(1)"])
    fake_process(root, 106, "kworker/0:1", None, [])  # a kernel thread: empty command line, no exe
    fake_process(root, 107, "bash", "/usr/bin/bash (deleted)", ["bash"])  # upgraded under it
    (root / "self").mkdir()  # not a process
    (root / "cpuinfo").write_text("")
    return root


def test_process_names_come_from_the_executable_or_the_script(proc: Path) -> None:
    assert process_name(100, proc) == "zoom"
    assert process_name(102, proc) == "firefox"  # not the thread name the program gave itself
    assert process_name(103, proc) == "notes"
    assert process_name(104, proc) == "sync"
    assert process_name(105, proc) == "python3"  # `-c CODE` names no script: the comm then
    assert process_name(106, proc) is None
    assert process_name(107, proc) == "bash"
    assert process_name(999, proc) is None  # gone meanwhile


def test_running_names_are_this_users_programs_each_once(proc: Path) -> None:
    assert running_names(proc, ME) == {"zoom", "firefox", "notes", "sync", "python3", "bash"}
    assert running_names(proc, OTHER) == frozenset()  # another user's processes are not listed
    assert running_names(proc / "missing", ME) == frozenset()


def test_running_apps_show_menu_apps_first_with_their_names(proc: Path) -> None:
    apps = running_apps(proc, ME, {"Firefox": "Firefox Web Browser", "zoom": "Zoom Workplace"})
    assert apps[:2] == (
        AppInfo("firefox", "Firefox Web Browser", True),
        AppInfo("zoom", "Zoom Workplace", True),
    )
    assert [app.name for app in apps[2:]] == ["bash", "notes", "python3", "sync"]


def test_another_owner_is_left_out(tmp_path: Path) -> None:
    root = tmp_path / "proc"
    fake_process(root, 200, "zoom", "/opt/zoom/zoom", ["zoom"])
    fake_process(root, 201, "obs", "/usr/bin/obs", ["obs"], uid=OTHER)
    assert running_names(root, ME) == {"zoom"}


# --- desktop entries -------------------------------------------------------------------------------


def entry(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text)


def test_desktop_entries_name_programs_by_exec_tryexec_and_wm_class(tmp_path: Path) -> None:
    user, system = tmp_path / "home" / "applications", tmp_path / "usr" / "applications"
    entry(
        system,
        "zoom.desktop",
        "[Desktop Entry]\nType=Application\nName=Zoom\nName[de]=Zoom DE\n"
        "Exec=/opt/zoom/ZoomLauncher %U\nTryExec=/opt/zoom/zoom\nStartupWMClass=zoom\n",
    )
    entry(system, "obs.desktop", "[Desktop Entry]\nName=OBS Studio\nExec=env QT_QPA_PLATFORM=xcb obs\n")
    entry(system, "link.desktop", "[Desktop Entry]\nType=Link\nName=A link\nURL=https://example.org\n")
    entry(system, "broken.desktop", "\xff\xfe garbage without groups")
    entry(
        system,
        "other.desktop",
        '[Other Group]\nName=Not this\nExec=other\n[Desktop Entry]\nName=Other\nExec="/usr/bin/other"\n',
    )
    entry(user, "obs.desktop", "[Desktop Entry]\nName=My OBS\nExec=obs --startreplaybuffer\n")
    names = desktop_entry_names([user, system, tmp_path / "missing"])
    assert names == {"ZoomLauncher": "Zoom", "zoom": "Zoom", "obs": "My OBS", "other": "Other"}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_among_the_entries_is_passed_over_without_blocking(tmp_path: Path) -> None:
    import threading

    folder = tmp_path / "applications"
    entry(folder, "zoom.desktop", "[Desktop Entry]\nName=Zoom\nExec=zoom\n")
    pipe = folder / "pipe.desktop"
    os.mkfifo(pipe)  # opening it to read would wait for a writer forever
    results: list[dict[str, str]] = []
    reader = threading.Thread(target=lambda: results.append(desktop_entry_names([folder])), daemon=True)
    reader.start()
    reader.join(timeout=10)
    stuck = reader.is_alive()
    if stuck:  # unblock the stuck reader before failing
        os.close(os.open(pipe, os.O_WRONLY | os.O_NONBLOCK))
    assert not stuck and results == [{"zoom": "Zoom"}]


def test_application_dirs_follow_the_xdg_variables() -> None:
    assert application_dirs({"HOME": "/home/u"}) == [
        Path("/home/u/.local/share/applications"),
        Path("/usr/local/share/applications"),
        Path("/usr/share/applications"),
    ]
    assert application_dirs({"XDG_DATA_HOME": "/d", "XDG_DATA_DIRS": "/a:/b"}) == [
        Path("/d/applications"),
        Path("/a/applications"),
        Path("/b/applications"),
    ]


# --- which reader the session gets -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("session", "words"),
    [
        (SessionInfo("linux", "wayland", ("GNOME",), None), "not available on Wayland"),
        (SessionInfo("linux", "wayland", ("KDE",), ":0"), "not available on Wayland"),
        (SessionInfo("darwin", "", (), None), "not available on this system"),
        (SessionInfo("linux", "", (), None), "without a graphical session"),
        (SessionInfo("linux", "x11", (), ":987654"), "cannot connect"),
    ],
)
def test_where_the_front_app_cannot_be_read_state_says_why(session: SessionInfo, words: str) -> None:
    reader = detect_front_app(session)
    try:
        assert reader.front_app() is None
        assert words in reader.state()
    finally:
        reader.close()
