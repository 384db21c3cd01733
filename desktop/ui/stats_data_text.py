"""What the statistics window says about the user's data: how much there is, what an export, import
or deletion did, and the question before deleting."""

from __future__ import annotations

from desktop.core.data_requests import DataActionFailed, DataCleared, DataOutcome, ExportDone, ImportDone
from desktop.ui.stats_text import LONG_DATE, Stats, day_name

# ---- what came of an action ----------------------------------------------------------------------


def outcome_message(outcome: DataOutcome) -> str:
    if isinstance(outcome, ExportDone):
        if outcome.count == 0:
            return Stats.tr("There are no events yet; {0} was saved empty.").format(outcome.path)
        return Stats.tr("Saved %Ln events to {0}.", "", outcome.count).format(outcome.path)
    if isinstance(outcome, ImportDone):
        text = _restored(outcome)
        if outcome.invalid:
            text += " " + Stats.tr(
                "%Ln events were left out because their values are not possible (for example: {0}).",
                "",
                outcome.invalid,
            ).format("; ".join(outcome.problems[:2]))
        if outcome.cancelled:
            text = Stats.tr("The import was stopped.") + " " + text
        return text
    if isinstance(outcome, DataCleared):
        return Stats.tr("Deleted %Ln events. Your statistics start again from now.", "", outcome.count)
    assert isinstance(outcome, DataActionFailed)
    return outcome.reason


def _restored(outcome: ImportDone) -> str:
    """What was restored, and what was there already."""
    if outcome.added == 0:
        return Stats.tr(
            "Nothing new in {0}: all %Ln events were already in your log.",
            "",
            outcome.already_present,
        ).format(outcome.path)
    text = Stats.tr("Restored %Ln events from {0}.", "", outcome.added).format(outcome.path)
    if outcome.already_present:
        text += " " + Stats.tr("%Ln were already in your log and were skipped.", "", outcome.already_present)
    return text


def span_line(total_events: int, first_day: str | None) -> str:
    if total_events == 0 or first_day is None:
        return Stats.tr("Nothing logged yet. Your numbers appear here as you answer reminders.")
    return Stats.tr("%Ln events logged since {0}, all kept on this computer.", "", total_events).format(
        day_name(first_day, LONG_DATE)
    )


def delete_question(total_events: int, first_day: str | None) -> str:
    if total_events == 0 or first_day is None:
        return Stats.tr("Your log is empty. Delete it anyway?")
    return Stats.tr(
        "Delete all %Ln events Unclench has logged since {0}? Your statistics start again from nothing. "
        "This cannot be undone: export a backup first if you may want them back.",
        "",
        total_events,
    ).format(day_name(first_day, LONG_DATE))
