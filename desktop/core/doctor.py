"""`unclench doctor` as data: one Finding per detector or file, and how it is worded.

Gathering the findings is the command line's (`desktop/cli/doctor.py`): it asks the platform
detectors, the settings and the data files. Here only what a finding is and how it reads, as text
for a person and as JSON for a bug report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from desktop.core.i18n import N_, _


class Health(StrEnum):
    """How one detector fares on this desktop (the value is the JSON word)."""

    WORKING = N_("working")
    UNAVAILABLE = N_("not available here")
    NOT_PERMITTED = N_("not permitted")


@dataclass(frozen=True)
class Finding:
    """What one check saw: `area` ("microphone"), the `source` asked ("PulseAudio capture
    streams"), its health, what it sees now, and what the user could do (or "")."""

    area: str
    source: str
    health: Health
    detail: str = ""
    hint: str = ""


def doctor_text(findings: Sequence[Finding]) -> str:
    """A few aligned lines a person can read, in the installed language (the checks word the
    findings with `_()`): `area  health: source (detail)`, then `what to do: hint`."""
    width = max((len(f.area) for f in findings), default=0)
    lines = []
    for finding in findings:
        line = f"{finding.area:<{width}}  {_(finding.health.value)}: {finding.source}"
        if finding.detail:
            line += f" ({finding.detail})"
        if finding.hint:
            line += f"\n{'':<{width}}  " + _("what to do: {hint}").format(hint=finding.hint)
        lines.append(line)
    return "\n".join(lines)


def doctor_json(findings: Sequence[Finding]) -> dict[str, Any]:
    """The findings for `unclench doctor --json` (a bug report can carry it)."""
    return {
        "checks": [
            {
                "area": f.area,
                "source": f.source,
                "status": f.health.name.lower(),
                "detail": f.detail,
                "hint": f.hint,
            }
            for f in findings
        ]
    }
