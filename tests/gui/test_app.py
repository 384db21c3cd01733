"""The composed app, offscreen: tray menu actions and popup buttons end up as rows in the log."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QMenu, QPushButton
from pytestqt.qtbot import QtBot

from desktop.app import UnclenchApp
from desktop.core.events import Outcome
from desktop.storage.eventlog import EventLog
from desktop.storage.paths import AppPaths
from tests.fakes import FakeClock


def rows(paths: AppPaths) -> list[tuple[str, str, dict[str, object]]]:
    log, _ = EventLog.open(paths.database)
    try:
        return [(s.event.kind, s.event.outcome, s.event.details) for s in log.events()]
    finally:
        log.close()


def click(qtbot: QtBot, app: UnclenchApp, name: str) -> None:
    popup = app.prompts._popup
    assert popup is not None and popup.isVisible()
    button = popup.findChild(QPushButton, name)
    assert button is not None, name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_log_water_from_the_menu_and_undo_it(app: UnclenchApp, paths: AppPaths) -> None:
    assert not app.menu.undo_water.isEnabled()
    app.menu.log_water.trigger()
    [bottle] = [a for a in app.menu.water_menu.actions() if a.objectName() == "log_bottle"]
    bottle.trigger()
    assert rows(paths) == [("hydration", "done", {"ml": 250}), ("hydration", "done", {"ml": 500})]
    assert app.menu.water_menu.title() == "Water today: 750 of 2000 ml"
    assert app.menu.undo_water.isEnabled()
    app.menu.undo_water.trigger()
    assert rows(paths) == [("hydration", "done", {"ml": 250})]
    assert app.menu.water_menu.title() == "Water today: 250 of 2000 ml"


def test_first_run_shows_the_safety_page_once(qapp: QApplication, paths: AppPaths) -> None:
    from desktop.ui.safety_page import SafetyPage

    first = UnclenchApp(qapp, paths, FakeClock())
    first.start()
    assert isinstance(first._windows.get("safety"), SafetyPage)
    first._windows["safety"].close()
    first.shutdown()
    second = UnclenchApp(qapp, paths, FakeClock())
    second.start()
    assert "safety" not in second._windows
    second.shutdown()


def test_stretch_card_starts_a_guided_micro_break_and_logs_both(
    qtbot: QtBot, app: UnclenchApp, paths: AppPaths
) -> None:
    from desktop.ui.routine_window import RoutineWindow

    app.menu.stretch_now.trigger()
    view = app.prompts._popup.view  # type: ignore[union-attr]
    assert view is not None and view.routine_id and len(view.moves) >= 1
    click(qtbot, app, "start_routine")
    window = app._windows["routine"]
    assert isinstance(window, RoutineWindow) and window.routine.id == view.routine_id
    window.close()  # closing before half of it was followed: stopped, and the break was not taken
    logged = rows(paths)
    assert [(kind, outcome) for kind, outcome, _ in logged] == [
        ("routine", "stopped"),
        ("stretch", "skipped"),
    ]
    assert logged[1][2]["routine"] == view.routine_id
    assert logged[1][2]["steps"] == 0 and logged[1][2]["steps_total"] == logged[0][2]["steps_total"]


def test_a_stretch_followed_for_half_its_steps_is_a_break_done(
    qtbot: QtBot, app: UnclenchApp, paths: AppPaths
) -> None:
    from desktop.ui.routine_window import RoutineWindow

    app.menu.stretch_now.trigger()
    click(qtbot, app, "start_routine")
    window = app._windows["routine"]
    assert isinstance(window, RoutineWindow)
    player = window.player
    player.start()
    for _ in range((len(player.steps) + 1) // 2):
        player.next()
    window.close()
    logged = rows(paths)
    assert [(kind, outcome) for kind, outcome, _ in logged] == [("routine", "completed"), ("stretch", "done")]


def test_micro_breaks_rotate(app: UnclenchApp) -> None:
    seen = []
    for _ in range(3):
        app.menu.stretch_now.trigger()
        seen.append(app.prompts._popup.view.routine_id)  # type: ignore[union-attr]
        app.engine.answer(Outcome.SKIPPED)
    assert seen[0] != seen[1] != seen[2]


def test_routines_submenu_lists_and_opens_routines(app: UnclenchApp) -> None:
    app.menu.routines_menu.aboutToShow.emit()
    actions = app.menu.routines_menu.actions()
    assert len(actions) >= 5
    actions[0].trigger()
    assert app._windows["routine"].isVisible()


def test_stretch_now_opens_the_popup_and_done_is_logged(
    qtbot: QtBot, app: UnclenchApp, paths: AppPaths
) -> None:
    app.menu.stretch_now.trigger()
    assert app.tray.icon.toolTip() == "Unclench — Stretch break is waiting for you"
    click(qtbot, app, "done")
    assert rows(paths) == [("stretch", "done", {})]
    assert not app.prompts._popup.isVisible()  # type: ignore[union-attr]
    assert "Posture check in 20 min" in app.menu.status.text()


def test_posture_popup_logs_what_was_ticked(qtbot: QtBot, app: UnclenchApp, paths: AppPaths) -> None:
    from PySide6.QtWidgets import QCheckBox

    from desktop.core.events import Kind

    app.engine.show_now(Kind.POSTURE)
    checks = app.prompts._popup.findChildren(QCheckBox)  # type: ignore[union-attr]
    assert len(checks) >= 3
    checks[1].setChecked(True)
    click(qtbot, app, "done")
    assert rows(paths) == [("posture", "done", {"fixed": [checks[1].objectName()]})]


def test_hydration_popup_shows_today_and_logs_the_amount(
    qtbot: QtBot, app: UnclenchApp, paths: AppPaths
) -> None:
    from PySide6.QtWidgets import QLabel

    from desktop.core.events import Kind

    app.menu.log_water.trigger()
    app.engine.show_now(Kind.HYDRATION)
    total = app.prompts._popup.findChild(QLabel, "water_total")  # type: ignore[union-attr]
    assert total is not None and "250 ml" in total.text()
    click(qtbot, app, "drank_bottle")
    assert rows(paths)[-1] == ("hydration", "done", {"ml": 500})


def test_another_amount_of_water_is_asked_and_a_refused_number_is_not_replaced(
    qtbot: QtBot, app: UnclenchApp, paths: AppPaths
) -> None:
    from PySide6.QtTest import QTest

    [other_amount] = [a for a in app.menu.water_menu.actions() if a.objectName() == "log_custom_water"]
    other_amount.trigger()
    dialog = app.intents._water_dialog
    assert dialog is not None and dialog.isVisible()
    other_amount.trigger()  # asked again: the same dialog, not a second one
    assert app.intents._water_dialog is dialog
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, "5")
    QTest.keyClick(dialog.field, Qt.Key.Key_Return)
    assert rows(paths) == [] and dialog.isVisible() and dialog.field.text() == "5"
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, "300")
    QTest.keyClick(dialog.field, Qt.Key.Key_Return)
    assert rows(paths) == [("hydration", "done", {"ml": 300})]
    assert app.intents._water_dialog is None


@pytest.mark.parametrize(("button", "outcome"), [("snooze", "snoozed"), ("skip", "skipped")])
def test_snooze_and_skip_are_logged(
    qtbot: QtBot, app: UnclenchApp, paths: AppPaths, button: str, outcome: str
) -> None:
    app.menu.stretch_now.trigger()
    click(qtbot, app, button)
    assert rows(paths) == [("stretch", outcome, {})]


def test_pause_and_resume_from_the_menu(app: UnclenchApp) -> None:
    assert not app.menu.resume.isVisible()
    app.menu.pause_actions[0].trigger()  # 30 minutes: FakeClock is 09:00 UTC = 10:00 in Berlin
    assert app.menu.status.text() == "Paused until 10:30"
    assert app.menu.resume.isEnabled()
    app.menu.resume.trigger()
    assert app.menu.status.text().startswith("Posture check in 20 min")


def test_a_pause_can_be_changed_while_paused(app: UnclenchApp) -> None:
    app.menu.pause_actions[0].trigger()  # 30 minutes, until 10:30 in Berlin
    [tomorrow] = [a for a in app.menu.pause_actions if a.objectName() == "pause_tomorrow"]
    assert tomorrow.isEnabled()
    tomorrow.trigger()
    assert app.menu.status.text() != "Paused until 10:30"
    assert app.menu.status.text().startswith("Paused until")
    [one_hour] = [a for a in app.menu.pause_actions if a.objectName() == "pause_1h"]
    one_hour.trigger()  # and back to a shorter pause
    assert app.menu.status.text() == "Paused until 11:00"
    app.menu.resume.trigger()
    assert app.menu.status.text().startswith("Posture check in 20 min")


def test_pause_closes_a_waiting_popup(app: UnclenchApp, paths: AppPaths) -> None:
    app.menu.stretch_now.trigger()
    app.menu.findChild  # noqa: B018
    [pause_indefinitely] = [a for a in app.menu.pause_actions if a.objectName() == "pause_indefinitely"]
    pause_indefinitely.trigger()
    assert not app.prompts._popup.isVisible()  # type: ignore[union-attr]
    assert rows(paths) == [("stretch", "snoozed", {"reason": "paused"})]
    assert app.menu.status.text() == "Paused until you resume"


def test_settings_dialog_applies_and_saves(qtbot: QtBot, app: UnclenchApp, paths: AppPaths) -> None:
    from PySide6.QtWidgets import QSpinBox

    app.menu.settings.trigger()
    dialog = app._windows.get("settings")
    assert dialog is not None and dialog.isVisible()
    dialog.findChild(QSpinBox, "posture_interval").setValue(10)  # type: ignore[union-attr]
    dialog.accept()  # type: ignore[attr-defined]
    assert json.loads(paths.settings_file.read_text())["posture"]["interval_minutes"] == 10
    assert app.menu.status.text().startswith("Posture check in 10 min")


def test_breathing_break_card_starts_the_exercise(qtbot: QtBot, app: UnclenchApp, paths: AppPaths) -> None:
    from desktop.core.events import Kind

    app.engine.show_now(Kind.BREATHING_BREAK)
    click(qtbot, app, "start_breathing")
    window = app._windows["breathing"]
    assert window.isVisible()
    window.close()  # a false start (under 5 s of breathing) is not logged as a session
    assert app.engine.upcoming().waiting is not None  # the card's reminder still waits for an answer


def test_switching_patterns_mid_sitting_logs_one_breathing_row(
    qtbot: QtBot, app: UnclenchApp, paths: AppPaths
) -> None:
    app.breathing.open()
    window = app._windows["breathing"]
    clock = app._clock
    assert isinstance(clock, FakeClock)
    pages = window.session_page  # type: ignore[attr-defined]
    for pattern, seconds in (("box", 12.0), ("longer-exhale", 20.0)):
        clock.advance(seconds)
        window.refresh()  # type: ignore[attr-defined]
        pages.pattern_box.setCurrentIndex(pages.pattern_box.findData(pattern))
        pages.pattern_box.activated.emit(pages.pattern_box.currentIndex())
    assert rows(paths) == []  # the sitting goes on
    clock.advance(2.0)  # a switch after 2 s: a part the window drops as a false start
    window.refresh()  # type: ignore[attr-defined]
    pages.pattern_box.setCurrentIndex(pages.pattern_box.findData("box"))
    pages.pattern_box.activated.emit(pages.pattern_box.currentIndex())
    pages.pattern_box.setCurrentIndex(pages.pattern_box.findData("longer-exhale"))
    pages.pattern_box.activated.emit(pages.pattern_box.currentIndex())
    clock.advance(6.0)
    window.refresh()  # type: ignore[attr-defined]
    window.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the closed window goes away
    [(kind, outcome, details)] = rows(paths)
    assert (kind, outcome, details["actual_seconds"], details["pattern"]) == (
        "breathing",
        "stopped",
        38.0,
        "longer-exhale",
    )


def test_statistics_open_from_the_menu_and_a_finished_break_offers_a_checkin(
    qtbot: QtBot, app: UnclenchApp, paths: AppPaths
) -> None:
    from desktop.ui.stats_window import StatsWindow
    from desktop.ui.tension_checkin import TensionCheckin

    app.menu.statistics.trigger()
    assert isinstance(app.stats.window, StatsWindow) and app.stats.window.isVisible()
    app.menu.stretch_now.trigger()
    click(qtbot, app, "done")
    assert isinstance(app.stats.checkin, TensionCheckin)  # "sometimes" offers it the first time
    app.stats.checkin.close()  # closing it counts as a skip, and that is logged too
    assert [(kind, outcome) for kind, outcome, _ in rows(paths)] == [
        ("stretch", "done"),
        ("tension", "skipped"),
    ]


def test_meeting_mode_from_the_menu(app: UnclenchApp) -> None:
    [half_hour] = [a for a in app.menu.meeting_menu.actions() if a.objectName() == "meeting_30m"]
    half_hour.trigger()
    assert app.menu.status.text() == "Meeting mode until 10:30: reminders wait"
    assert app.menu.end_meeting.isVisible() and not app.menu.meeting_menu.menuAction().isVisible()
    app.menu.end_meeting.trigger()
    assert app.menu.status.text().startswith("Posture check in 20 min")


def test_an_imported_routine_is_listed_and_can_be_removed(
    app: UnclenchApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    prescribed = tmp_path / "physio.json"
    prescribed.write_text(
        json.dumps(
            {
                "version": 1,
                "id": "physio-plan",
                "name": "My physio plan",
                "category": "stretch",
                "steps": [{"exercise": "chin-tuck", "repetitions": 5}, {"exercise": "seated-twist"}],
            }
        )
    )
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(prescribed), ""))
    app.menu.import_routine.trigger()
    app.menu.routines_menu.aboutToShow.emit()
    names = [a.text() for a in app.menu.routines_menu.actions()]
    assert "My physio plan" in names
    remove_menu = app.menu.routines_menu.findChild(QMenu, "remove_routine_menu")
    assert [a.text() for a in remove_menu.actions()] == ["My physio plan"]
    monkeypatch.setattr("desktop.services.routine_actions.plain_question", lambda _text: True)
    remove_menu.actions()[0].trigger()
    app.menu.routines_menu.aboutToShow.emit()
    assert "My physio plan" not in [a.text() for a in app.menu.routines_menu.actions()]
    submenus = [a.menu() for a in app.menu.routines_menu.actions() if a.menu() is not None]
    assert submenus == []  # nothing imported is left to remove


def test_a_notice_stays_on_screen_until_closed(qapp: QApplication, app: UnclenchApp) -> None:
    from PySide6.QtWidgets import QMessageBox

    app.notices.tell("Your settings file had a problem.")
    gc.collect()  # nothing but the app holds the box: it must survive a collection
    boxes = [w for w in qapp.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert "Your settings file had a problem." in [box.text() for box in boxes]


def shown_notices(qapp: QApplication) -> dict[str, object]:
    from PySide6.QtWidgets import QMessageBox

    boxes = [w for w in qapp.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    return {box.text(): box.icon() for box in boxes}


def test_a_bad_routine_is_a_warning_and_an_import_done_is_news(
    qapp: QApplication, app: UnclenchApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    good = tmp_path / "good.json"
    routine = {"version": 1, "id": "mine", "name": "Mine", "category": "stretch"}
    good.write_text(json.dumps({**routine, "steps": [{"exercise": "chin-tuck", "repetitions": 5}]}))
    chosen = [bad, good]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(chosen.pop(0)), ""))
    app.menu.import_routine.trigger()
    app.menu.import_routine.trigger()
    icons = shown_notices(qapp)
    [problem] = [
        icon for text, icon in icons.items() if text.startswith("That routine could not be imported")
    ]
    assert problem == QMessageBox.Icon.Warning
    assert icons["Imported the routine 'Mine'."] == QMessageBox.Icon.Information


def test_the_routine_import_opens_in_a_folder_that_exists(
    app: UnclenchApp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QStandardPaths
    from PySide6.QtWidgets import QFileDialog

    from desktop.ui.start_folder import START_FOLDER

    monkeypatch.setattr(START_FOLDER, "_last", None)
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda *_: str(tmp_path / "no-documents"))
    started: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda _p, _t, start, _f: (started.append(start) or "", "")
    )
    app.menu.import_routine.trigger()
    assert started == [str(Path.home())] and Path(started[0]).is_dir()


def test_bad_settings_are_reported_at_start(qapp: QApplication, paths: AppPaths) -> None:
    from PySide6.QtWidgets import QMessageBox

    paths.settings_file.write_text('{"schema_version": 1, "posture": {"interval_minutes": 9999}}')
    unclench = UnclenchApp(qapp, paths, FakeClock())
    unclench.start()
    gc.collect()
    texts = [w.text() for w in qapp.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert any("posture.interval_minutes" in text and "back to 20" in text for text in texts), texts
    unclench.shutdown()


def test_the_status_window_offers_everything_the_tray_menu_does(app: UnclenchApp) -> None:
    from PySide6.QtWidgets import QToolButton

    app.show_status_window()
    window = app._windows["status"]
    names = {button.objectName() for button in window.findChildren(QToolButton)}
    for wanted in (
        "breathe_now",
        "stretch_now",
        "routines_menu",
        "log_water",
        "water_menu",
        "pause_menu",
        "meeting_menu",
        "statistics",
        "tension_checkin",
        "safety",
        "settings",
        "quit",
    ):
        assert f"status_{wanted}" in names
    resume = window.findChild(QToolButton, "status_resume")
    assert resume is not None and resume.isHidden()  # only while paused
    app.menu.pause_actions[0].trigger()
    assert not resume.isHidden()


def test_status_says_meeting_mode_and_off_hours(app: UnclenchApp) -> None:
    from desktop.core.reminder_state import State

    app.engine.start_meeting(30)
    report = app.dispatcher.status()
    assert report.state is State.MEETING and report.paused_until is not None
    app.engine.end_meeting()
    assert app.dispatcher.status().state is State.ACTIVE


def test_a_hand_edit_of_the_settings_file_applies_while_running(
    qtbot: QtBot, app: UnclenchApp, paths: AppPaths
) -> None:
    data = json.loads(paths.settings_file.read_text())
    data["posture"]["interval_minutes"] = 7
    paths.settings_file.write_text(json.dumps(data))
    qtbot.waitUntil(lambda: app.settings.posture.interval_minutes == 7, timeout=5000)
    app.menu.menu.aboutToShow.emit()
    assert app.menu.status.text().startswith("Posture check in 7 min")
    app.menu.log_water.trigger()  # anything that saves later keeps the edit
    app.settings_owner.apply(app.settings)
    assert json.loads(paths.settings_file.read_text())["posture"]["interval_minutes"] == 7


def test_reminder_sound_when_switched_on(app: UnclenchApp) -> None:
    from dataclasses import replace

    from desktop.core.events import Kind
    from tests.fakes import FakeChime

    chime = FakeChime()
    app.prompts._chime = chime  # type: ignore[assignment]
    app.engine.show_now(Kind.POSTURE)
    assert chime.played == []  # off by default
    app.engine.answer(Outcome.SKIPPED)
    app.settings_owner.apply(replace(app.settings, reminder_sound=True))
    app.engine.show_now(Kind.POSTURE)
    assert len(chime.played) == 1


def test_a_card_started_as_a_routine_does_not_time_out_while_it_runs(
    qtbot: QtBot, app: UnclenchApp, paths: AppPaths
) -> None:
    from datetime import timedelta

    app.menu.stretch_now.trigger()
    click(qtbot, app, "start_routine")
    timeout = app.engine._scheduler.get_job("next-wakeup")  # the one job: here, the card's expiry
    assert timeout is not None
    assert timeout.next_run_time >= app._clock.now() + timedelta(minutes=29)


def test_replacing_a_window_keeps_the_new_one_registered(qapp: QApplication, app: UnclenchApp) -> None:
    app.open_routine("back-reset")
    app.open_routine("neck-release")
    qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the first window is destroyed now
    assert app._windows["routine"].routine.id == "neck-release"  # type: ignore[attr-defined]


def test_water_logged_from_the_menu_answers_a_waiting_water_card(app: UnclenchApp, paths: AppPaths) -> None:
    from desktop.core.events import Kind

    app.engine.show_now(Kind.HYDRATION)
    app.menu.log_water.trigger()
    assert app.engine.upcoming().waiting is None
    assert rows(paths) == [("hydration", "done", {"ml": 250})]


def test_a_card_carrying_a_posture_check_gets_its_checklist(app: UnclenchApp) -> None:
    from desktop.core.kinds import Kind
    from desktop.core.reminder_state import Prompt

    now = app._clock.now()
    view = app.prompts.view(Prompt((Kind.HYDRATION, Kind.POSTURE), (now, now), now))
    assert len(view.checklist) >= 1


def test_answer_from_the_command_line_answers_the_card_and_takes_it_away(
    app: UnclenchApp, paths: AppPaths
) -> None:
    from desktop.core.commands import Answer, CardReply
    from desktop.core.kinds import Kind

    assert app.dispatcher.run(Answer(reply=CardReply.DONE)).refused == "No reminder is waiting."
    app.engine.show_now(Kind.HYDRATION)
    popup = app.prompts._popup
    assert popup is not None and popup.isVisible()
    result = app.dispatcher.run(Answer(reply=CardReply.DONE))
    assert result.refused is None and result.message == "Water break: done."
    assert rows(paths) == [("hydration", "done", {"ml": 250})]  # the usual glass, as the card's main answer
    assert not popup.isVisible()
    app.engine.show_now(Kind.POSTURE)
    app.dispatcher.run(Answer(reply=CardReply.SNOOZE))
    assert rows(paths)[-1][:2] == ("posture", "snoozed")


def test_answer_focus_brings_the_card_up_for_the_keyboard(qtbot: QtBot, app: UnclenchApp) -> None:
    from desktop.core.commands import Answer
    from desktop.core.kinds import Kind

    app.dispatcher.card_focus_requested.connect(app.prompts.open_card)  # the wiring app.py is to do
    app.engine.show_now(Kind.POSTURE)
    popup = app.prompts._popup
    assert popup is not None and not popup.accepts_focus()  # it never takes the keyboard by itself
    with qtbot.waitSignal(app.dispatcher.card_focus_requested, timeout=1000):
        result = app.dispatcher.run(Answer(focus=True))
    assert result.refused is None
    assert popup.isVisible() and popup.accepts_focus()


def test_a_reminder_answered_anywhere_takes_its_notification_away(
    app: UnclenchApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    from desktop.core.commands import Answer, CardReply
    from desktop.core.kinds import Kind
    from desktop.platform.notify import Notification, Notifier

    class Recording(Notifier):
        def __init__(self) -> None:
            super().__init__()
            self.name = "recording"
            self.shown: list[str] = []
            self.withdrawn: list[str] = []

        def show(self, key: str, notification: Notification) -> bool:
            self.shown.append(notification.title)
            return True

        def withdraw(self, key: str) -> None:
            self.withdrawn.append(key)

    notifier = Recording()
    monkeypatch.setattr("desktop.platform.notify.detect_notifier", lambda **_: notifier)
    app.settings_owner.apply(replace(app.settings, reminder_style="both"))
    for answer in (
        lambda: app.dispatcher.run(Answer(reply=CardReply.SKIP)),  # the command line
        lambda: app.prompts._popup.findChild(QPushButton, "skip").click(),  # type: ignore[union-attr]
        lambda: notifier.action_invoked.emit("reminder", "snooze"),  # the notification's own button
    ):
        app.engine.show_now(Kind.POSTURE)
        shown = len(notifier.withdrawn)
        answer()
        assert len(notifier.withdrawn) == shown + 1
    assert notifier.shown == ["Posture check"] * 3


def test_a_card_shown_with_its_notification_keeps_clear_of_it(
    app: UnclenchApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    from PySide6.QtGui import QGuiApplication

    from desktop.core.kinds import Kind
    from desktop.platform.notify import Notification, Notifier
    from desktop.ui.card_placement import Corner, notification_area

    class Plasma(Notifier):
        name = "freedesktop notifications (Plasma)"  # KDE shows them bottom-right, where the card goes

        def show(self, key: str, notification: Notification) -> bool:
            return True

    monkeypatch.setattr("desktop.platform.notify.detect_notifier", lambda **_: Plasma())
    app.settings_owner.apply(replace(app.settings, reminder_style="both"))
    app.engine.show_now(Kind.POSTURE)
    popup = app.prompts._popup
    assert popup is not None and popup.isVisible()
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert not popup.geometry().intersects(notification_area(area, Corner.BOTTOM_RIGHT))


def test_a_routine_postponed_from_the_menu_comes_back_and_the_tray_says_when(
    qtbot: QtBot, app: UnclenchApp, paths: AppPaths
) -> None:
    from datetime import timedelta

    from desktop.core.kinds import Kind

    app.routines.routine_postponed.connect(app.prompts.offer_routine)  # the wiring app.py is to do
    told: list[str] = []
    app.routines.news.connect(told.append)
    now = app._clock.now()
    assert app.open_routine("neck-release") is None
    window = app._windows["routine"]
    with qtbot.waitSignal(app.routines.routine_postponed, timeout=1000) as postponed:
        window.postpone()  # type: ignore[attr-defined]
    snooze = app.settings.stretch.snooze_minutes
    assert postponed.args[0].routine_id == "neck-release"
    assert postponed.args[0].at == now + timedelta(minutes=snooze)
    assert dict(app.engine.due_times())[Kind.STRETCH] == now + timedelta(minutes=snooze)
    at = (now + timedelta(minutes=snooze)).astimezone(app._clock.local_zone()).strftime("%H:%M")
    assert told == [f"“Neck and shoulder release” comes back with the stretch break at {at}."]
    assert [(kind, outcome) for kind, outcome, _ in rows(paths)] == [("routine", "postponed")]
    app.menu.menu.aboutToShow.emit()
    assert app.menu.status.text().startswith(f"Stretch break in {snooze} min")  # the tray says when
    app.engine.show_now(Kind.STRETCH)  # when it comes back, its card offers that routine
    assert app.prompts._popup is not None and app.prompts._popup.view is not None
    assert app.prompts._popup.view.routine_id == "neck-release"


def test_the_tray_logs_the_users_glass(app: UnclenchApp, paths: AppPaths) -> None:
    """ "A glass" is the setting, in the menu's words and in what it logs; a bottle is two."""
    from dataclasses import replace

    app.settings_owner.apply(replace(app.settings, glass_ml=300))
    assert "300 ml" in app.menu.log_water.text() and "600 ml" in app.menu.log_bottle.text()
    app.menu.log_water.trigger()
    app.menu.log_bottle.trigger()
    assert [d["ml"] for kind, _, d in rows(paths) if kind == "hydration"] == [300, 600]
