"""Fetching one calendar address the user typed and turned on: https only (plain http only to this
machine itself, for tests and local servers), a timeout, a size cap, no redirect to plain http.

Nothing else leaves the computer: the request carries no data of ours beyond the address itself.
"""

from __future__ import annotations

import ipaddress
import urllib.error
import urllib.request
from http.client import HTTPMessage
from typing import IO
from urllib.parse import urlsplit

from desktop.core.calendar_busy import MAX_CALENDAR_BYTES, CalendarError

FETCH_INTERVAL_SECONDS = 15 * 60  # at most one request per 15 minutes
FETCH_TIMEOUT_SECONDS = 15.0


def is_loopback_host(host: str | None) -> bool:
    if not host:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def checked_calendar_url(url: str) -> str:
    """The address to fetch (webcal:// read as https://), or CalendarError saying what is wrong."""
    url = url.strip()
    if url.lower().startswith("webcal://"):
        url = "https://" + url[len("webcal://") :]
    parts = urlsplit(url)
    if not parts.hostname:
        raise CalendarError(f"{url!r} is not a web address (it needs https://host/...)")
    if parts.scheme == "https" or (parts.scheme == "http" and is_loopback_host(parts.hostname)):
        return url
    raise CalendarError(f"{url!r}: only https:// addresses are fetched")


class _SafeRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        try:
            checked_calendar_url(newurl)
        except CalendarError:
            refused = "redirected to an address that is not https"
            raise urllib.error.HTTPError(newurl, code, refused, headers, fp) from None
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch_calendar(
    url: str, timeout: float = FETCH_TIMEOUT_SECONDS, limit: int = MAX_CALENDAR_BYTES
) -> bytes:
    """GET the calendar at `url` (blocking: call it off the GUI thread). Raises CalendarError."""
    url = checked_calendar_url(url)
    opener = urllib.request.build_opener(_SafeRedirects)
    request = urllib.request.Request(url, headers={"Accept": "text/calendar", "User-Agent": "Unclench"})
    try:
        with opener.open(request, timeout=timeout) as response:
            data: bytes = response.read(limit + 1)
    except urllib.error.HTTPError as error:
        raise CalendarError(f"{url}: the server answered {error.code} {error.reason}") from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise CalendarError(f"{url}: cannot fetch it ({reason})") from None
    if len(data) > limit:
        raise CalendarError(f"{url}: too large (more than {limit // 1024} KiB)")
    return data
