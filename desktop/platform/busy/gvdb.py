"""Read one value from a GVDB file: the on-disk format of dconf, where GNOME keeps its settings.

This is how GSettings itself reads: dconf clients map the database file and look keys up in it;
only writes go through the dconf service. Reading it here needs no GLib and no subprocess.
Only what dconf user databases use is supported: a little-endian hash table of `v` (variant) items
holding simple values. Anything else reads as "not found", never as an exception.
"""

from __future__ import annotations

import struct

_SIGNATURE = b"GVariant"
_HEADER = struct.Struct("<8sIIII")  # signature, version, options, root start, root end
_ITEM = struct.Struct("<IIIHccII")  # hash, parent, key start, key size, type, unused, value start/end
_NO_PARENT = 0xFFFFFFFF


class GvdbError(ValueError):
    """The file is not a GVDB database this reader understands."""


def djb_hash(key: bytes) -> int:
    """GVDB's key hash: djb2 over *signed* chars, as GLib computes it."""
    value = 5381
    for byte in key:
        signed = byte - 256 if byte > 127 else byte
        value = (value * 33 + signed) & 0xFFFFFFFF
    return value


class GvdbTable:
    """A parsed GVDB (dconf database) file held in memory: checks the header and the root hash table, and
    looks up a boolean value by its dconf path.
    """

    def __init__(self, data: bytes) -> None:
        if len(data) < _HEADER.size:
            raise GvdbError("too short for a GVDB header")
        signature, _version, _options, start, end = _HEADER.unpack_from(data)
        if signature != _SIGNATURE:
            raise GvdbError("not a little-endian GVDB file (bad signature)")
        self._data = data
        if not (_HEADER.size <= start <= end <= len(data)) or end - start < 8:
            raise GvdbError("root table pointer out of range")
        bloom_words, self._n_buckets = struct.unpack_from("<II", data, start)
        bloom_words &= (1 << 27) - 1
        buckets_at = start + 8 + 4 * bloom_words
        self._items_at = buckets_at + 4 * self._n_buckets
        if self._items_at > end:
            raise GvdbError("hash table header out of range")
        self._buckets = struct.unpack_from(f"<{self._n_buckets}I", data, buckets_at)
        self._n_items = (end - self._items_at) // _ITEM.size

    def lookup_boolean(self, key: str) -> bool | None:
        """The boolean stored under `key` (a dconf path), or None when absent or not a boolean."""
        value = self._lookup_variant(key.encode())
        if value is None:
            return None
        data, _, type_string = value.rpartition(b"\x00")
        if type_string != b"b" or len(data) != 1:
            return None
        return data != b"\x00"

    def _lookup_variant(self, key: bytes) -> bytes | None:
        if self._n_buckets == 0:
            return None
        wanted = djb_hash(key)
        bucket = wanted % self._n_buckets
        first = self._buckets[bucket]
        last = self._buckets[bucket + 1] if bucket + 1 < self._n_buckets else self._n_items
        for number in range(first, min(last, self._n_items)):
            item = self._item(number)
            if item[0] == wanted and item[4] == b"v" and self._key_matches(number, key):
                return self._data[item[6] : item[7]]
        return None

    def _item(self, number: int) -> tuple[int, int, int, int, bytes, bytes, int, int]:
        return _ITEM.unpack_from(self._data, self._items_at + number * _ITEM.size)

    def _key_matches(self, number: int, key: bytes) -> bool:
        # Each item stores only the tail of its key; the rest is its parent's key, recursively.
        seen = 0
        while True:
            _, parent, key_start, key_size, *_ = self._item(number)
            part = self._data[key_start : key_start + key_size]
            if not key.endswith(part) or len(part) > len(key):
                return False
            key = key[: len(key) - len(part)]
            if parent == _NO_PARENT:
                return key == b""
            seen += 1
            if parent >= self._n_items or seen > self._n_items:
                return False  # a loop or a dangling parent: a damaged file
            number = parent
