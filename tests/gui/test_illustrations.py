"""Every picture the shipped routines show exists, renders to a visible image at the routine
window's size, and the moves drawn in two phases (cat-cow, tense/let-go) show two pictures."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from desktop.core.routine_player import Phase, expand_steps
from desktop.core.routines import RoutineLibrary, load_library
from desktop.resources import resource_root
from desktop.ui.illustration_view import IllustrationView, themed_svg

LIBRARY = load_library(resource_root())


def shipped_pictures(library: RoutineLibrary) -> list[Path]:
    """Every picture named by a shipped exercise or a move of a shipped routine, each once."""
    moves = [*library.exercises.values(), *(move for routine in library.routines for move in routine.moves)]
    seen: dict[Path, None] = {}
    for move in moves:
        for picture in (move.illustration, move.rest_illustration):
            if picture is not None:
                seen.setdefault(picture, None)
    return list(seen)


def render(path: Path, size: int) -> QImage:
    """The picture as the routine window paints it: figure in a dark text colour, on transparent."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(QByteArray(themed_svg(path.read_text(encoding="utf-8"), "#1f2328")))
    assert renderer.isValid(), path.name
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def inked_share(image: QImage) -> float:
    """The share of pixels that are clearly painted (sampled every 2 px; enough for a line drawing)."""
    points = [(x, y) for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)]
    inked = sum(image.pixelColor(x, y).alpha() > 128 for x, y in points)
    return inked / len(points)


def test_shipped_content_names_pictures_that_exist() -> None:
    assert [str(problem) for problem in LIBRARY.problems] == []
    pictures = shipped_pictures(LIBRARY)
    assert len(pictures) >= 30
    missing = [str(path) for path in pictures if not path.is_file()]
    assert missing == []


@pytest.mark.parametrize("path", shipped_pictures(LIBRARY), ids=lambda path: path.stem)
def test_every_shipped_picture_renders_to_a_visible_image(qapp: QApplication, path: Path) -> None:
    size = IllustrationView().sizeHint().width()  # what the routine window asks for
    image = render(path, size)
    share = inked_share(image)
    # A line figure covers a few percent of the canvas; nothing at all means a broken drawing,
    # most of it means a filled background that would hide the theme.
    assert 0.02 < share < 0.4, f"{path.name}: {share:.1%} inked"


def test_cat_and_cow_steps_show_their_own_pictures() -> None:
    for routine_id in ("micro-back", "back-reset"):
        routine = LIBRARY.get(routine_id)
        assert routine is not None
        pictures = {
            step.exercise.id: step.illustration
            for step in expand_steps(routine)
            if step.exercise.id in ("seated-cat", "seated-cow")
        }
        assert set(pictures) == {"seated-cat", "seated-cow"}, routine_id
        assert pictures["seated-cat"] != pictures["seated-cow"]
        assert all(picture is not None and picture.is_file() for picture in pictures.values())


def test_every_tense_and_let_go_step_shows_two_pictures() -> None:
    routine = LIBRARY.get("muscle-relaxation")
    assert routine is not None
    steps = expand_steps(routine)
    groups = {step.exercise.id for step in steps if step.phase is Phase.REST}
    assert len(groups) >= 8
    hold = {s.exercise.id: s.illustration for s in steps if s.phase is Phase.HOLD and s.exercise.id in groups}
    rest = {s.exercise.id: s.illustration for s in steps if s.phase is Phase.REST}
    for group in groups:
        assert hold[group] is not None and rest[group] is not None and hold[group] != rest[group], group
    every = [*hold.values(), *rest.values()]
    assert len(set(every)) == len(every)  # each group's pair is its own, not one shared pair
