"""The control protocol: round trips, strict validation, and fuzzing (anything in, a reply out)."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.commands import (
    APP_COMMANDS,
    Breathe,
    Command,
    Pause,
    PauseUntil,
    Quit,
    Remind,
    Resume,
    Start,
    Status,
    Stretch,
    Water,
)
from desktop.core.events import Kind
from desktop.ipc.protocol import (
    MAX_LINE_BYTES,
    PROTOCOL_VERSION,
    ErrorCode,
    ProtocolError,
    Reply,
    Request,
    decode_reply,
    decode_request,
    encode_reply,
    encode_request,
)

EVERY_COMMAND: list[Command] = [
    Start(),
    Start(quiet=True, at_login=True),
    Breathe(),
    Breathe(pattern="4-7-8", minutes=5),
    Stretch(routine="Rücken – 3 min"),
    Remind(kind=Kind.HYDRATION),
    Pause(duration=timedelta(minutes=45)),
    Pause(until=PauseUntil.TOMORROW),
    Pause(until=PauseUntil.RESUMED),
    Resume(),
    Water(),
    Water(ml=500),
    Status(),
    Quit(),
]


def line(message: Any) -> bytes:
    return json.dumps(message).encode()


def error_of(decoded: Request | Reply) -> tuple[Any, str]:
    assert isinstance(decoded, Reply), decoded
    assert not decoded.ok and decoded.error is not None
    return decoded.id, decoded.error.code


@pytest.mark.parametrize("command", EVERY_COMMAND, ids=repr)
def test_every_command_survives_the_round_trip(command: Command) -> None:
    encoded = encode_request(Request(42, command))
    assert encoded.endswith(b"\n") and encoded.count(b"\n") == 1
    assert decode_request(encoded[:-1]) == Request(42, command)


def test_the_wire_format_is_the_documented_one() -> None:
    encoded = encode_request(Request("a1", Pause(duration=timedelta(minutes=30))))
    assert json.loads(encoded) == {"v": 1, "id": "a1", "command": "pause", "args": {"seconds": 1800}}
    ok = json.loads(encode_reply(Reply.success("a1", {"state": "active"})))
    assert ok == {"v": 1, "id": "a1", "ok": True, "result": {"state": "active"}}
    refused = json.loads(encode_reply(Request("a1", Status()).refused("not now")))
    assert refused == {"v": 1, "id": "a1", "ok": False, "error": {"code": "refused", "message": "not now"}}


def test_args_may_be_left_out_and_crlf_is_fine() -> None:
    assert decode_request(b'{"v":1,"id":1,"command":"resume"}\r') == Request(1, Resume())


@pytest.mark.parametrize(
    ("raw", "expected_id", "code"),
    [
        (b"", None, ErrorCode.INVALID_JSON),
        (b"\xff\xfe", None, ErrorCode.INVALID_JSON),
        (b"{", None, ErrorCode.INVALID_JSON),
        (b"[1, 2]", None, ErrorCode.INVALID_REQUEST),
        (b'"pause"', None, ErrorCode.INVALID_REQUEST),
        (b'{"v": 1, "id": NaN, "command": "quit"}', None, ErrorCode.INVALID_JSON),
        (b"[" * 100_000, None, ErrorCode.TOO_LONG),
        (b"[" * 60_000 + b"]" * 0, None, ErrorCode.INVALID_JSON),  # nested too deeply to parse
        (b'{"v": 1, "id": 1, "command": "quit", "n": ' + b"9" * 5000 + b"}", None, ErrorCode.INVALID_JSON),
        (line({"v": 1, "command": "quit"}), None, ErrorCode.INVALID_REQUEST),
        (line({"v": 1, "id": True, "command": "quit"}), None, ErrorCode.INVALID_REQUEST),
        (line({"v": 1, "id": 2**60, "command": "quit"}), None, ErrorCode.INVALID_REQUEST),
        (line({"v": 1, "id": "x" * 65, "command": "quit"}), None, ErrorCode.INVALID_REQUEST),
        (line({"v": 1, "id": [], "command": "quit"}), None, ErrorCode.INVALID_REQUEST),
        (line({"id": 3, "command": "quit"}), 3, ErrorCode.INVALID_REQUEST),
        (line({"v": "1", "id": 3, "command": "quit"}), 3, ErrorCode.INVALID_REQUEST),
        (line({"v": True, "id": 3, "command": "quit"}), 3, ErrorCode.INVALID_REQUEST),
        (line({"v": 2, "id": 3, "command": "quit"}), 3, ErrorCode.UNSUPPORTED_VERSION),
        (line({"v": 1, "id": 3, "command": "quit", "extra": 1}), 3, ErrorCode.INVALID_REQUEST),
        (line({"v": 1, "id": 3}), 3, ErrorCode.INVALID_REQUEST),
        (line({"v": 1, "id": 3, "command": 7}), 3, ErrorCode.INVALID_REQUEST),
        (line({"v": 1, "id": 3, "command": "export"}), 3, ErrorCode.UNKNOWN_COMMAND),
        (line({"v": 1, "id": 3, "command": "__class__"}), 3, ErrorCode.UNKNOWN_COMMAND),
        (line({"v": 1, "id": 3, "command": "quit", "args": []}), 3, ErrorCode.INVALID_ARGS),
        (line({"v": 1, "id": 3, "command": "quit", "args": {"now": True}}), 3, ErrorCode.INVALID_ARGS),
        (line({"v": 1, "id": 3, "command": "water", "args": {"ml": "250"}}), 3, ErrorCode.INVALID_ARGS),
        (line({"v": 1, "id": 3, "command": "water", "args": {"ml": 250.0}}), 3, ErrorCode.INVALID_ARGS),
        (line({"v": 1, "id": 3, "command": "water", "args": {"ml": True}}), 3, ErrorCode.INVALID_ARGS),
        (line({"v": 1, "id": 3, "command": "water", "args": {"ml": 9}}), 3, ErrorCode.INVALID_ARGS),
        (line({"v": 1, "id": 3, "command": "pause", "args": {}}), 3, ErrorCode.INVALID_ARGS),
        (line({"v": 1, "id": 3, "command": "pause", "args": {"seconds": 10**30}}), 3, ErrorCode.INVALID_ARGS),
        (
            line({"v": 1, "id": 3, "command": "pause", "args": {"seconds": 60, "until": "resumed"}}),
            3,
            ErrorCode.INVALID_ARGS,
        ),
        (line({"v": 1, "id": 3, "command": "pause", "args": {"until": "never"}}), 3, ErrorCode.INVALID_ARGS),
        (line({"v": 1, "id": 3, "command": "remind", "args": {"kind": "water"}}), 3, ErrorCode.INVALID_ARGS),
        (
            line({"v": 1, "id": 3, "command": "breathe", "args": {"pattern": "\ud800"}}),
            3,
            ErrorCode.INVALID_ARGS,
        ),
        (
            line({"v": 1, "id": 3, "command": "breathe", "args": {"pattern": "a\nb"}}),
            3,
            ErrorCode.INVALID_ARGS,
        ),
        (line({"v": 1, "id": 3, "command": "start", "args": {"at_login": True}}), 3, ErrorCode.INVALID_ARGS),
    ],
)
def test_bad_requests_get_a_precise_error_reply(raw: bytes, expected_id: Any, code: ErrorCode) -> None:
    decoded = decode_request(raw)
    assert error_of(decoded) == (expected_id, code)
    assert decoded.error is not None and decoded.error.message  # type: ignore[union-attr]
    encode_reply(decoded)  # type: ignore[arg-type]  # and it can be sent back


def test_an_error_message_never_echoes_a_huge_value() -> None:
    decoded = decode_request(line({"v": 1, "id": 3, "command": "x" * 10_000}))
    assert isinstance(decoded, Reply) and decoded.error is not None
    assert len(decoded.error.message) < 300


def test_a_line_of_exactly_the_limit_is_read_and_one_byte_more_is_not() -> None:
    body = b'{"v":1,"id":"p","command":"quit"}'
    at_limit = b" " * (MAX_LINE_BYTES - len(body)) + body  # JSON allows leading whitespace
    assert len(at_limit) == MAX_LINE_BYTES
    assert decode_request(at_limit) == Request("p", Quit())
    assert error_of(decode_request(b" " + at_limit)) == (None, ErrorCode.TOO_LONG)


# --- the client side: replies are checked too ------------------------------------------------------


def test_replies_decode_and_must_answer_our_request() -> None:
    assert decode_reply(encode_reply(Reply.success(5, [1]))[:-1], 5) == Reply.success(5, [1])
    assert decode_reply(encode_reply(Reply.failure(None, "too_long", "x"))[:-1], 5).ok is False
    for bad in (
        b"nonsense",
        line([]),
        line({"v": 2, "id": 5, "ok": True}),
        line({"v": 1, "id": 6, "ok": True}),
        line({"v": 1, "id": 5}),
        line({"v": 1, "id": 5, "ok": False}),
        line({"v": 1, "id": 6, "ok": False, "error": {"code": "refused", "message": ""}}),
    ):
        with pytest.raises(ProtocolError):
            decode_reply(bad, 5)


# --- fuzzing: whatever arrives, the answer is a Request or an error Reply, never an exception -------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)


@settings(max_examples=500, deadline=None)
@given(st.binary(max_size=2000))
def test_fuzz_random_bytes(raw: bytes) -> None:
    decoded = decode_request(raw)
    assert isinstance(decoded, Request | Reply)
    if isinstance(decoded, Reply):
        assert not decoded.ok
        encode_reply(decoded)


@settings(max_examples=500, deadline=None)
@given(json_values)
def test_fuzz_random_json(value: Any) -> None:
    decoded = decode_request(json.dumps(value).encode())
    assert isinstance(decoded, Reply) and not decoded.ok  # never a valid request by chance
    encode_reply(decoded)


@settings(max_examples=1000, deadline=None)
@given(
    request_id=st.one_of(st.integers(), st.text(max_size=80), json_values),
    version=st.one_of(st.just(PROTOCOL_VERSION), json_values),
    command=st.one_of(st.sampled_from(sorted(APP_COMMANDS)), json_values),
    args=st.one_of(
        st.dictionaries(
            st.sampled_from(
                ["pattern", "minutes", "routine", "kind", "seconds", "until", "ml", "quiet", "at_login"]
            ),
            json_values,
            max_size=3,
        ),
        json_values,
    ),
)
def test_fuzz_request_shaped_json(request_id: Any, version: Any, command: Any, args: Any) -> None:
    message = {"v": version, "id": request_id, "command": command, "args": args}
    decoded = decode_request(json.dumps(message).encode())
    if isinstance(decoded, Request):
        # Whatever got through is a fully valid command that re-encodes to the same request.
        assert decode_request(encode_request(decoded)[:-1]) == decoded
    else:
        assert not decoded.ok
        encode_reply(decoded)
