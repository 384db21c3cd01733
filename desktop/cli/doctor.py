"""`unclench doctor [--json]`: run by the command-line process itself (a LOCAL command), so it
works whether or not Unclench is running; the checks are `desktop/services/doctor_checks.py`."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import IO

from desktop.core.doctor import doctor_json, doctor_text
from desktop.services.doctor_checks import Check, default_checks, gather


def run_doctor(json_output: bool, out: IO[str] | None = None, checks: Iterable[Check] | None = None) -> int:
    findings = gather(checks if checks is not None else default_checks())
    out = out or sys.stdout
    print(json.dumps(doctor_json(findings), indent=2) if json_output else doctor_text(findings), file=out)
    return 0
