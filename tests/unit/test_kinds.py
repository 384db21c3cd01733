"""The reminder-kind registry: complete, and everything derived from it follows it."""

from __future__ import annotations

from desktop.core.commands import Remind
from desktop.core.day_activity import COLUMN_NAMES
from desktop.core.events import REMINDER_OUTCOMES
from desktop.core.evidence import load_notes
from desktop.core.kinds import BY_CLI_NAME, KINDS, PRIORITY, Kind, spec
from desktop.core.settings import Settings, settings_to_dict
from desktop.ipc.status import TODAY_KEYS


def test_every_kind_has_one_spec_in_priority_order() -> None:
    assert [s.kind for s in KINDS] == list(PRIORITY)
    assert set(PRIORITY) == set(Kind)
    assert all(spec(kind).kind is kind for kind in Kind)


def test_words_names_and_evidence_are_there_for_every_kind() -> None:
    topics = set(load_notes().topic_ids())
    for kind_spec in KINDS:
        assert kind_spec.title and kind_spec.phrase and kind_spec.invitation
        assert kind_spec.evidence in topics, f"{kind_spec.kind}: no evidence topic {kind_spec.evidence!r}"
    assert sorted(BY_CLI_NAME.values()) == sorted(Kind)


def test_what_is_derived_from_the_registry_covers_every_kind() -> None:
    saved = settings_to_dict(Settings())
    for kind in Kind:
        assert kind.value in saved  # a settings group with its defaults
        assert Settings().for_kind(kind).interval_minutes > 0
        assert Remind(kind=kind).to_args() == {"kind": kind.value}  # the command line and the socket
        assert f"{kind}_rows" in COLUMN_NAMES  # the statistics
        assert all(f"{kind}_{outcome}" in COLUMN_NAMES for outcome in REMINDER_OUTCOMES)
        assert f"{kind}_done" in TODAY_KEYS  # `unclench status`
