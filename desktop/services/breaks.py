"""The long breaks around the break screen: the heads-up before one, today's ledger, break credit.

At every wake-up the engine reports its state; while it is active and a break-screen break is
`heads_up_seconds` away, the tray icon counts down (a display tick each second), the glowing edge
shows if chosen, or a soft tone sounds once. "Not now" postpones the break through the engine.
The ledger hears every logged event, and the tray menu says what is owed and how many skips are
left; "Make up a break" starts an owed break that is logged as made up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from desktop import APP_NAME
from desktop.core.break_rules import BreakLedger, HeadsUp, heads_up
from desktop.core.clock import Clock, local_day
from desktop.core.events import Event
from desktop.core.kinds import Kind
from desktop.core.reminder_state import State, Upcoming
from desktop.services.engine import ReminderEngine
from desktop.ui.tray import Tray, TrayMenu
from desktop.ui.wording import kind_name

if TYPE_CHECKING:
    from desktop.services.prompts import PromptPresenter
    from desktop.ui.heads_up_edge import HeadsUpEdge  # made when a heads-up first shows the edge

HEADS_UP_TONE_HZ = 392.0  # a soft G4, lower than the reminder tone
# A make-up break is offered only when the next break is at least this far away.
CALM_SECONDS = 20 * 60


class BreakCoordinator(QObject):
    """Owns the heads-up display (tray countdown, edge, tone), the day's BreakLedger and the make-up
    offer.

    Signals: `make_up_offered(int)` a calm moment to make up the breaks owed (their number);
    `make_up_requested()` the user chose to make one up (`attach` shows it as a make-up break).
    """

    make_up_offered = Signal(int)
    make_up_requested = Signal()

    def __init__(
        self,
        engine: ReminderEngine,
        tray: Tray,
        menu: TrayMenu,
        clock: Clock,
        play_tone: Callable[[float], None] = lambda _hz: None,
    ) -> None:
        super().__init__()
        self._engine = engine
        self._tray = tray
        self._menu = menu
        self._clock = clock
        self._play_tone = play_tone
        self.ledger = BreakLedger(engine.settings.breaks)
        self._coming: HeadsUp | None = None
        self._edge: HeadsUpEdge | None = None
        self._offered = 0
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_count)
        engine.status_changed.connect(self.status_changed)
        engine.events_happened.connect(self.record)
        menu.not_now_requested.connect(self.not_now)
        menu.make_up_requested.connect(self.make_up_requested)
        self._show_menu()

    @property
    def coming(self) -> HeadsUp | None:
        return self._coming

    def seed(self, today: Iterable[Event]) -> None:
        """Today's events from the log, at start: postpones, skips and breaks owed so far."""
        for event in today:
            self.ledger.record(event)
        self._show_menu()

    def record(self, events: Iterable[Event]) -> None:
        for event in events:
            self.ledger.record(event)
        self._show_menu()

    def status_changed(self, upcoming: Upcoming) -> None:
        settings = self._engine.settings
        self.ledger.breaks = settings.breaks
        now = self._clock.now()
        active = upcoming.state is State.ACTIVE
        coming = heads_up(self._engine.due_times(), settings, now) if active else None
        if coming is None:
            self._end()
        elif self._coming is None or self._coming.due_at != coming.due_at:
            self._start(coming)
        owed = self.ledger.owed(self._day())
        if active and coming is None and owed > self._offered:
            movement = [at for kind, at in self._engine.due_times() if kind is Kind.MOVEMENT]
            until = (movement[0] - now).total_seconds() if movement else None
            if self.ledger.offer_now(self._day(), until, CALM_SECONDS):
                self._offered = owed
                self.make_up_offered.emit(owed)

    def not_now(self) -> None:
        coming = self._coming
        if coming is not None:
            self._end()
            self._engine.not_now(coming.kind)

    def attach(self, prompts: PromptPresenter) -> None:
        """Work with the prompt presenter: it shows break-screen kinds with this ledger, a break
        screen holds its prompt while it shows, a make-up break is shown as one, and the offer of a
        make-up break is a tray message."""
        prompts.set_break_ledger(self.ledger)
        prompts.hold_requested.connect(self._engine.hold_prompt)
        self._play_tone = prompts.play

        def make_up() -> None:
            prompts.making_up = True
            self._engine.show_now(Kind.MOVEMENT)

        self.make_up_requested.connect(make_up)
        self.make_up_offered.connect(
            lambda owed: self._tray.icon.showMessage(
                APP_NAME,
                self.tr(
                    "A calm moment to make up a missed break (%n owed): Make up a break, in the menu.",
                    "",
                    owed,
                ),
            )
        )

    def close(self) -> None:
        self._end()
        if self._edge is not None:
            self._edge.close()

    def _start(self, coming: HeadsUp) -> None:
        self._coming = coming
        breaks = self._engine.settings.breaks
        if breaks.heads_up_sound:
            self._play_tone(HEADS_UP_TONE_HZ)  # a sound only: nothing on the screen but the tray
        elif breaks.heads_up_edge:
            if self._edge is None:
                from desktop.ui.heads_up_edge import HeadsUpEdge

                self._edge = HeadsUpEdge(self)
            self._edge.show()
        self._show_count()
        self._tick.start()
        self._show_menu()

    def _end(self) -> None:
        if self._coming is None:
            return
        self._coming = None
        self._tick.stop()
        if self._edge is not None:
            self._edge.hide()
        self._tray.show_countdown(None)
        self._show_menu()

    def _show_count(self) -> None:
        coming = self._coming
        if coming is None:
            return
        left = round((coming.due_at - self._clock.now()).total_seconds())
        if left <= 0:
            self._end()  # the break itself comes through the engine
            return
        self._tray.show_countdown(left, kind_name(coming.kind))

    def _show_menu(self) -> None:
        day = self._day()
        self._menu.show_breaks(
            self.ledger.owed(day), self.ledger.skips_left(day), heads_up=self._coming is not None
        )

    def _day(self) -> str:
        return local_day(self._clock.now(), self._clock.local_zone())
