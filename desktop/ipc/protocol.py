"""The control protocol: versioned JSON lines over the per-user local socket.

    request  {"v": 1, "id": 7, "command": "pause", "args": {"seconds": 1800}}\\n
    reply    {"v": 1, "id": 7, "ok": true, "result": {...}}\\n
             {"v": 1, "id": 7, "ok": false, "error": {"code": "refused", "message": "..."}}\\n

One UTF-8 JSON object per line, at most MAX_LINE_BYTES. Every line the server reads is untrusted:
`decode_request` turns anything at all into a Request or the error Reply to send back, and never
raises. Qt-free, so the command-line client needs no Qt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desktop.core.commands import APP_COMMANDS, ArgsError, Command

PROTOCOL_VERSION = 1
MAX_LINE_BYTES = 64 * 1024
MAX_ID_CHARS = 64
_MAX_SAFE_INT = 2**53  # ids stay exact in every JSON reader

RequestId = str | int


class ErrorCode(StrEnum):
    """Why a request failed, as sent in a reply's `error.code`; the CLI maps it to an exit code."""

    INVALID_JSON = "invalid_json"  # not UTF-8 JSON
    TOO_LONG = "too_long"  # a line over MAX_LINE_BYTES
    INVALID_REQUEST = "invalid_request"  # JSON, but not a request object
    UNSUPPORTED_VERSION = "unsupported_version"
    UNKNOWN_COMMAND = "unknown_command"
    INVALID_ARGS = "invalid_args"
    REFUSED = "refused"  # the app understood and said no (unknown pattern, ...)
    NOT_SAVED = "not_saved"  # done, but the log could not save it yet (full disk, read-only file)
    INTERNAL = "internal"  # the app failed while doing it


class ProtocolError(ValueError):
    """A reply the client cannot use; the text says what was wrong with it."""


@dataclass(frozen=True)
class ReplyError:
    """The error part of a failed reply: an ErrorCode value and a message for the user."""

    code: str
    message: str


@dataclass(frozen=True)
class Reply:
    """One reply line of the control protocol: the request id it answers (None if the request was too broken
    to have one), success, and either a JSON-ready result or a ReplyError.
    """

    id: RequestId | None  # None when the request was too broken to carry a usable id
    ok: bool
    result: Any = None  # JSON-ready value (dict, list, str, number, bool, None) when ok
    error: ReplyError | None = None

    @classmethod
    def success(cls, request_id: RequestId | None, result: Any = None) -> Reply:
        return cls(request_id, True, result)

    @classmethod
    def failure(cls, request_id: RequestId | None, code: str, message: str) -> Reply:
        return cls(request_id, False, error=ReplyError(str(code), message))


@dataclass(frozen=True)
class Request:
    """One decoded request line: its id and the typed Command to run; `succeeded`/`refused` build the matching
    Reply.
    """

    id: RequestId
    command: Command = field(compare=True)

    def succeeded(self, result: Any = None) -> Reply:
        """The reply saying it is done; `result` must be JSON-ready."""
        return Reply.success(self.id, result)

    def not_saved(self, message: str) -> Reply:
        """The reply saying it was done but is not saved yet (the CLI exits 1, never "Logged")."""
        return Reply.failure(self.id, ErrorCode.NOT_SAVED, message)

    def refused(self, message: str) -> Reply:
        """The reply saying no, with a message for the user (shown by the CLI, exit code 4)."""
        return Reply.failure(self.id, ErrorCode.REFUSED, message)


def encode_request(request: Request) -> bytes:
    message = {
        "v": PROTOCOL_VERSION,
        "id": request.id,
        "command": request.command.name,
        "args": request.command.to_args(),
    }
    return _line(message)


def encode_reply(reply: Reply) -> bytes:
    """Raises TypeError/ValueError if `result` is not JSON-ready (the server answers INTERNAL then)."""
    message: dict[str, Any] = {"v": PROTOCOL_VERSION, "id": reply.id, "ok": reply.ok}
    if reply.ok:
        message["result"] = reply.result
    else:
        assert reply.error is not None
        message["error"] = {"code": reply.error.code, "message": reply.error.message}
    return _line(message)


def decode_request(line: bytes) -> Request | Reply:
    """The request in one line (without its newline), or the error Reply to send back. Never raises."""
    try:
        return _decode_request(line)
    except Exception as unexpected:  # untrusted input must never take the app down
        return Reply.failure(
            None, ErrorCode.INVALID_REQUEST, f"unreadable request ({type(unexpected).__name__})"
        )


def _decode_request(line: bytes) -> Request | Reply:
    if len(line) > MAX_LINE_BYTES:
        return Reply.failure(None, ErrorCode.TOO_LONG, f"a request is at most {MAX_LINE_BYTES} bytes")
    message, problem = _parse_json(line)
    if problem is not None:
        return Reply.failure(None, ErrorCode.INVALID_JSON, problem)
    if not isinstance(message, dict):
        return Reply.failure(None, ErrorCode.INVALID_REQUEST, "a request must be a JSON object")
    request_id = message.get("id")
    if not _valid_id(request_id):
        return Reply.failure(
            None,
            ErrorCode.INVALID_REQUEST,
            f"'id' must be text of at most {MAX_ID_CHARS} characters or a whole number",
        )
    assert isinstance(request_id, str | int)
    version = message.get("v")
    if isinstance(version, bool) or not isinstance(version, int):
        return Reply.failure(request_id, ErrorCode.INVALID_REQUEST, "'v' must be the protocol version number")
    if version != PROTOCOL_VERSION:
        return Reply.failure(
            request_id,
            ErrorCode.UNSUPPORTED_VERSION,
            f"protocol version {_shown(version)} is not supported; this Unclench speaks {PROTOCOL_VERSION}",
        )
    unknown = sorted(_shown(key) for key in message if key not in ("v", "id", "command", "args"))
    if unknown:
        return Reply.failure(request_id, ErrorCode.INVALID_REQUEST, "unknown field " + ", ".join(unknown))
    name = message.get("command")
    if not isinstance(name, str):
        return Reply.failure(request_id, ErrorCode.INVALID_REQUEST, "'command' must be a command name")
    command_type = APP_COMMANDS.get(name)
    if command_type is None:
        return Reply.failure(
            request_id,
            ErrorCode.UNKNOWN_COMMAND,
            f"this Unclench has no command {_shown(name)} (it knows {', '.join(APP_COMMANDS)})",
        )
    args = message.get("args", {})
    if not isinstance(args, dict):
        return Reply.failure(request_id, ErrorCode.INVALID_ARGS, "'args' must be a JSON object")
    try:
        command = command_type.from_args(args)
    except ArgsError as problem:
        return Reply.failure(request_id, ErrorCode.INVALID_ARGS, f"{name}: {problem}")
    return Request(request_id, command)


def decode_reply(line: bytes, expected_id: RequestId) -> Reply:
    """The reply to our request; raises ProtocolError for anything else."""
    message, problem = _parse_json(line)
    if problem is not None:
        raise ProtocolError(problem)
    if not isinstance(message, dict):
        raise ProtocolError("the reply is not a JSON object")
    if message.get("v") != PROTOCOL_VERSION or isinstance(message.get("v"), bool):
        raise ProtocolError(
            f"the reply speaks protocol version {_shown(message.get('v'))}, not {PROTOCOL_VERSION}"
        )
    ok = message.get("ok")
    if not isinstance(ok, bool):
        raise ProtocolError("the reply has no 'ok'")
    request_id = message.get("id")
    error = message.get("error")
    if ok:
        if request_id != expected_id:
            raise ProtocolError(f"the reply answers request {_shown(request_id)}, not {_shown(expected_id)}")
        return Reply.success(expected_id, message.get("result"))
    # An error reply may carry no id: the server could not read ours.
    if request_id not in (None, expected_id):
        raise ProtocolError(f"the reply answers request {_shown(request_id)}, not {_shown(expected_id)}")
    if not isinstance(error, dict) or not isinstance(error.get("code"), str):
        raise ProtocolError("the error reply has no error code")
    message_text = error.get("message")
    return Reply.failure(request_id, error["code"], message_text if isinstance(message_text, str) else "")


def _line(message: dict[str, Any]) -> bytes:
    # ensure_ascii: a line is pure ASCII, so no stray surrogate can break the encoding.
    return (
        json.dumps(message, ensure_ascii=True, separators=(",", ":"), allow_nan=False).encode("ascii") + b"\n"
    )


def _parse_json(line: bytes) -> tuple[Any, str | None]:
    if line.endswith(b"\r"):
        line = line[:-1]
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        return None, "the line is not UTF-8 text"
    try:
        return json.loads(text, parse_constant=_refuse_constant), None
    except RecursionError:
        return None, "the JSON is nested too deeply"
    except ValueError as problem:  # JSONDecodeError, NaN/Infinity, numbers too long for int()
        return None, f"not valid JSON ({str(problem)[:120]})"


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not allowed")


def _valid_id(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return -_MAX_SAFE_INT <= value <= _MAX_SAFE_INT
    return isinstance(value, str) and 0 < len(value) <= MAX_ID_CHARS


def _shown(value: object) -> str:
    """A short, safe rendering of an untrusted value for an error message."""
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
