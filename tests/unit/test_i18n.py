"""The messages of the Qt-free layers and the command line in the user's language (gettext):
which language is picked, plural forms, and translated output from the real catalogues."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core import i18n
from desktop.core.commands import ArgsError, parse_duration, parse_millilitres
from desktop.core.i18n import environment_languages, install, ngettext
from desktop.core.reminder_state import State
from desktop.ipc.status import NextReminder, StatusReport, status_text

NOW = datetime(2026, 3, 18, 15, 40, tzinfo=UTC)


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    yield
    install("en")


def test_the_environment_is_read_in_gnu_order() -> None:
    assert environment_languages({"LANGUAGE": "de_AT:fr", "LANG": "pl_PL.UTF-8"}) == ["de_AT", "fr"]
    assert environment_languages({"LC_ALL": "pt_BR.UTF-8", "LANG": "de_DE.UTF-8"}) == ["pt_BR"]
    assert environment_languages({"LC_MESSAGES": "nl_NL@euro", "LANG": "de_DE"}) == ["nl_NL"]
    assert environment_languages({"LANGUAGE": "", "LC_ALL": "C", "LANG": "it_IT.UTF-8"}) == ["it_IT"]
    assert environment_languages({"LANG": "C.UTF-8"}) == []
    assert environment_languages({}) == []


def test_the_setting_wins_over_the_environment_and_english_falls_back() -> None:
    assert install("de", {"LANGUAGE": "fr"}) == "de"
    assert install("system", {"LANGUAGE": "fr_CA:de"}) == "fr"  # fr_CA falls back to fr
    assert install("system", {"LANG": "pt_BR.UTF-8"}) == "pt_BR"
    assert install("system", {"LANGUAGE": "en_GB:de"}) == "en"  # English preferred first
    assert install("system", {"LANGUAGE": "xx:tlh"}) == "en"  # no catalogue at all
    assert install("system", {"LANG": "C"}) == "en"
    assert i18n.installed_language() == "en"


def test_polish_has_three_plural_forms_and_english_two() -> None:
    def routines(count: int) -> str:
        return ngettext("{count} routine completed", "{count} routines completed", count).format(count=count)

    assert [routines(n) for n in (1, 2)] == ["1 routine completed", "2 routines completed"]
    install("pl")
    assert [routines(n) for n in (1, 3, 5, 22, 25, 112)] == [
        "ukończono 1 sekwencję",
        "ukończono 3 sekwencje",
        "ukończono 5 sekwencji",
        "ukończono 22 sekwencje",
        "ukończono 25 sekwencji",
        "ukończono 112 sekwencji",
    ]
    install("fr")
    assert routines(0) == "0 série terminée" and routines(2) == "2 séries terminées"  # French: 0 is singular


def test_command_problems_are_worded_in_the_installed_language() -> None:
    with pytest.raises(ArgsError, match="is not a duration"):
        parse_duration("soon")
    install("de")
    with pytest.raises(ArgsError, match="'soon' ist keine Dauer"):
        parse_duration("soon")
    with pytest.raises(ArgsError, match=r"zwischen 50 und 2000 ml \(angegeben: 5 ml\); für Liter"):
        parse_millilitres("5")


def test_status_is_printed_in_the_installed_language() -> None:
    report = StatusReport(
        state=State.PAUSED,
        paused_until=NOW + timedelta(days=1, hours=1),
        next_reminders=(NextReminder("posture", NOW + timedelta(minutes=75)),),
        today={"posture_done": 3, "water_ml": 750, "water_goal_ml": 2000, "routines_completed": 2},
        version="1.0",
    )
    english = status_text(report, NOW, UTC)
    assert english.splitlines() == [
        "Unclench 1.0 is running: paused until Thu 16:40.",
        "Next: posture check in 1 h 15 min (16:55)",
        "Today: posture check 3 done; water 750 of 2000 ml; 2 routines completed",
    ]
    install("de")
    assert status_text(report, NOW, UTC).splitlines() == [
        "Unclench 1.0 läuft: pausiert bis Do 16:40.",
        "Als Nächstes: Haltungscheck in 1 Std. 15 Min. (16:55)",
        "Heute: Haltungscheck 3 erledigt; Wasser 750 von 2000 ml; 2 Folgen abgeschlossen",
    ]


def test_data_file_and_settings_problems_are_worded_in_the_installed_language(tmp_path: Path) -> None:
    from desktop.core.breathing_files import read_pattern_file
    from desktop.core.posture import load_posture_items
    from desktop.storage.settings_file import load_settings

    pattern = tmp_path / "slow.json"
    pattern.write_text('{"name": "Slow", "order": "first", "phases": []}', encoding="utf-8")
    checklist = tmp_path / "posture.json"
    checklist.write_text('{"items": [3]}', encoding="utf-8")
    settings = tmp_path / "settings.json"
    settings.write_text('{"posture": {"interval_minutes": 0}}', encoding="utf-8")
    install("de")
    problems: list[str] = []
    assert read_pattern_file(pattern, problems) is None
    assert "'order': muss eine Zahl sein (gefunden: 'first')" in problems[0]
    _items, found = load_posture_items(checklist)
    assert str(found[0]) == "posture.json, Zeile 1, Feld 'items': Eintrag 1 muss ein Objekt { ... } sein"
    notices = load_settings(settings).notices
    assert "muss zwischen 1 und " in notices[0] and " Minuten liegen" in notices[0]


def test_doctor_sync_and_storage_words_are_in_the_installed_language() -> None:
    from desktop.core.doctor import Finding, Health, doctor_text
    from desktop.core.sync_view import ComputerView, SyncView
    from desktop.ipc.sync_status import sync_line
    from desktop.storage.row_limits import day_problem, details_problem

    view = SyncView(
        "/sync",
        True,
        (
            ComputerView("a", "Büro", NOW - timedelta(hours=1), True),
            ComputerView("b", "Laptop", None, False),
        ),
    )
    install("de")
    assert sync_line(view, NOW, UTC) == (
        "Abgleich mit 2 Computern: Büro (dieser) schrieb heute 14:40; Laptop hat noch nicht geschrieben."
    )
    assert (
        day_problem("1999-01-01", NOW.date())
        == "hat den Tag 1999-01-01, außerhalb von 2000-01-01 bis 2026-03-18"
    )
    assert details_problem("posture", {"hold_seconds": -1}) == (
        "hat details.hold_seconds, das zwischen 0 und 86400 Sekunden liegen muss (gefunden: -1)"
    )
    finding = Finding(
        i18n._("settings file"), "/x", Health.UNAVAILABLE, "", i18n._("made at the first start")
    )
    assert doctor_text([finding]).splitlines() == [
        "Einstellungsdatei  hier nicht verfügbar: /x",
        "                   was du tun kannst: wird beim ersten Start angelegt",
    ]
    install("pl")
    assert sync_line(view, NOW, UTC).startswith(
        "Synchronizacja z 2 komputerami: Büro (ten) zapisał dziś o 14:40"
    )
