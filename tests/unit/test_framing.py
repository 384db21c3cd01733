"""Cutting one client's bytes into answered requests (desktop/ipc/framing.py), without Qt or sockets:
memory stays bounded whatever arrives, and every complete non-blank line gets exactly one reply."""

from __future__ import annotations

import json
import random
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.commands import Status, Water
from desktop.ipc.framing import MAX_SKIPPED_BYTES, READ_CHUNK_BYTES, LineReader, answer
from desktop.ipc.protocol import MAX_LINE_BYTES, Reply, Request

STATUS = b'{"v":1,"id":1,"command":"status"}'


def handler(request: Request) -> Reply:
    if isinstance(request.command, Water) and request.command.ml == 666:
        raise RuntimeError("the handler broke")
    if isinstance(request.command, Water) and request.command.ml == 667:
        return request.succeeded({"not": object()})  # not JSON-ready
    if isinstance(request.command, Water) and request.command.ml == 668:
        return "a string"  # type: ignore[return-value]
    return request.succeeded({"echo": request.command.name})


def replies(reader: LineReader, data: bytes) -> list[dict[str, Any]]:
    return [json.loads(reply) for reply in reader.feed(data)]


def test_a_request_split_across_reads_is_answered_once_complete() -> None:
    reader = LineReader(handler)
    assert replies(reader, STATUS[:10]) == [] and reader.has_partial_line
    assert replies(reader, STATUS[10:] + b"\n") == [
        {"v": 1, "id": 1, "ok": True, "result": {"echo": "status"}}
    ]
    assert not reader.has_partial_line and reader.buffered_bytes == 0


def test_several_lines_in_one_read_get_replies_in_order_and_blank_lines_none() -> None:
    reader = LineReader(handler)
    data = (
        b"\n  \n"
        + STATUS.replace(b'"id":1', b'"id":7')
        + b"\r\n\n"
        + STATUS.replace(b'"id":1', b'"id":8')
        + b"\n"
    )
    assert [reply["id"] for reply in replies(reader, data)] == [7, 8]


def test_a_failing_or_misbehaving_handler_becomes_an_internal_error_reply() -> None:
    for ml in (666, 667, 668):
        line = json.dumps({"v": 1, "id": ml, "command": "water", "args": {"ml": ml}}).encode()
        reply = json.loads(answer(line, handler))
        assert (reply["id"], reply["ok"], reply["error"]["code"]) == (ml, False, "internal")


def test_an_endless_line_is_answered_once_then_the_client_is_flooded_out_in_bounded_memory() -> None:
    reader = LineReader(handler)
    answered = []
    peak = 0
    chunk = b"y" * READ_CHUNK_BYTES
    while not reader.flooded:
        answered += replies(reader, chunk)
        peak = max(peak, reader.buffered_bytes)
    assert [reply["error"]["code"] for reply in answered] == ["too_long"]
    assert peak <= MAX_LINE_BYTES + READ_CHUNK_BYTES
    assert replies(reader, STATUS + b"\n") == []  # nothing more is handled for a flooded client


def test_an_oversized_line_with_an_end_is_skipped_and_the_next_one_answered() -> None:
    reader = LineReader(handler)
    chunks = [b"z" * READ_CHUNK_BYTES] * 3 + [b"z\n" + STATUS + b"\n"]
    codes = [reply.get("error", {}).get("code") for chunk in chunks for reply in replies(reader, chunk)]
    assert codes == ["too_long", None] and not reader.flooded
    assert MAX_SKIPPED_BYTES > 3 * READ_CHUNK_BYTES


def test_the_caller_may_stop_midway_and_the_rest_is_never_handled() -> None:
    seen: list[Request] = []

    def counting(request: Request) -> Reply:
        seen.append(request)
        return request.succeeded()

    feed = LineReader(counting).feed((STATUS + b"\n") * 5)
    next(feed)
    feed.close()  # the connection closed while the first handler ran
    assert [request.command for request in seen] == [Status()]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.binary(max_size=2000), max_size=20), st.randoms(use_true_random=False))
def test_any_bytes_cut_anyhow_give_one_reply_per_non_blank_line(
    pieces: list[bytes], rng: random.Random
) -> None:
    data = b"\n".join(pieces) + b"\n"
    reader = LineReader(handler)
    got = []
    at = 0
    while at < len(data):  # the same bytes, cut into random reads
        step = rng.randrange(1, 600)
        got += list(reader.feed(data[at : at + step]))
        at += step
        assert reader.buffered_bytes <= MAX_LINE_BYTES + 600
    expected = [line for line in data.split(b"\n")[:-1] if line.strip()]
    assert len(got) == len(expected)
    for reply in got:
        message = json.loads(reply)
        assert message["v"] == 1 and isinstance(message["ok"], bool)
