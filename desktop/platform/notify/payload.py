"""What a system notification says, independent of the backend that shows it."""

from __future__ import annotations

import html
from dataclasses import dataclass

DEFAULT_ACTION = "default"  # what a click on the notification itself reports


@dataclass(frozen=True)
class Notification:
    """What a system notification says: a title, a body and its action buttons (id, label) in display order;
    handed to a Notifier.
    """

    title: str
    body: str
    actions: tuple[tuple[str, str], ...] = ()  # (action id, button label), in display order


def escape_markup(text: str) -> str:
    """Body text for a server that reads markup: <, > and & escaped; quotes and apostrophes, which
    markup does not need escaped, stay as typed (some servers show &apos; literally)."""
    return html.escape(text, quote=False)
