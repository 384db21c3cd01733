"""The red-flag guidance stays complete (every warning sign in the source articles) and says plainly
that Unclench does not diagnose."""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.safety_page import SafetyPage

# Each warning sign from the seed articles, as words the page must contain.
RED_FLAGS = {
    "does not improve or gets worse": [r"does not ease", r"getting worse"],
    "pain down one or both legs (sciatica)": [r"down one leg or both"],
    "numbness or tingling in legs or feet": [r"numbness", r"tingling", r"legs or feet"],
    "weakness in legs or feet": [r"legs or feet feel weak"],
    "loss of bladder or bowel control is an emergency": [r"bladder", r"bowels", r"emergency"],
    "after a fall or accident": [r"after a fall", r"accident"],
    "severe or persistent pain": [r"severe", r"keeps coming back"],
    "anxiety getting in the way of daily life": [r"anxiety is getting in the way of your daily life"],
}


@pytest.fixture
def page_text(qtbot: QtBot) -> str:
    page = SafetyPage()
    qtbot.addWidget(page)
    labels = [page.not_a_diagnosis, page.emergency_title, page.emergency_text, page.soon_title, page.gentle]
    return " ".join([*(label.text() for label in labels), *page.red_flags])


@pytest.mark.parametrize("flag", list(RED_FLAGS))
def test_every_red_flag_from_the_sources_is_there(page_text: str, flag: str) -> None:
    for words in RED_FLAGS[flag]:
        assert re.search(words, page_text), f"{flag}: no {words!r}"


def test_it_says_plainly_that_unclench_does_not_diagnose(page_text: str) -> None:
    assert "It does not diagnose anything" in page_text
    assert "does not replace a doctor or a physiotherapist" in page_text
