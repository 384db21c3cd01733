"""Answers the commands that arrive from `unclench ...` over the control socket.

Every request has already been validated by the protocol; the dispatcher carries it out (the same
one the tray uses), and this turns its result into the reply.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.ipc.protocol import Reply, Request

if TYPE_CHECKING:
    from desktop.services.dispatcher import Dispatcher


class ControlHandler:
    """Turns a Request into the dispatcher's Result and that into a Reply; owns nothing."""

    def __init__(self, dispatcher: Dispatcher) -> None:
        self._dispatcher = dispatcher

    def __call__(self, request: Request) -> Reply:
        result = self._dispatcher.run(request.command)
        if result.refused is not None:
            return request.refused(result.refused)
        if result.unsaved is not None:
            return request.not_saved(result.unsaved)
        if result.data:
            return request.succeeded(result.data)
        return request.succeeded({"message": result.message} if result.message else None)
