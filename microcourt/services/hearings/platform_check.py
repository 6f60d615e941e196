"""Does the video platform's address answer? One HTTP HEAD (then GET, for servers that
refuse HEAD) with a short timeout, so the device check can say "the platform answers"
or why not, before the judge is waiting. Pure Python (urllib); the UI runs it off the
GUI thread as a job (ui.operations.run_job), and it never takes longer than the timeout
per attempt. Any HTTP status counts as an answer: a 403 or 404 still means the network
reaches the platform's server, which is what the liaison needs to know."""
from __future__ import annotations

import socket
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import urlsplit

from microcourt.domain import Platform
from microcourt.errors import ValidationError
from microcourt.services.kernel.progress import Progress

DEFAULT_TIMEOUT = 5.0  # seconds per attempt: a village line is slow, a judge is waiting
# Public entry points of the platforms (the liaison can type another address; a
# hearing's own link is checked first when it has one).
PLATFORM_ADDRESSES = {
    Platform.MOBILE_MICRO_COURT.value: "https://ydwfy.court.gov.cn",
    Platform.ZHEJIANG_ODR.value: "https://yundr.gov.cn",
    Platform.COURT_MEDIATION.value: "https://tiaojie.court.gov.cn",
}


@dataclass(frozen=True)
class PlatformAnswer:
    url: str
    answered: bool
    status: int | None  # the HTTP status when it answered
    seconds: float
    message: str  # Chinese, ready to show


def checked_url(raw: str) -> str:
    """An http(s) address from what was typed ("court.example" gets https://)."""
    text = (raw or "").strip()
    if not text:
        raise ValidationError("url", "请填写要检测的平台网址。")
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError("url", f"网址“{raw.strip()}”不是有效的 http 或 https 地址。")
    return text


def _attempt(url: str, method: str, timeout: float) -> int:
    request = urllib.request.Request(url, method=method,
                                     headers={"User-Agent": "MicroCourt-device-check"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
            return response.status
    except urllib.error.HTTPError as exc:  # the server answered, with an error status
        return exc.code


def _reason(exc: BaseException) -> str:
    reason = getattr(exc, "reason", exc)
    if isinstance(reason, (socket.timeout, TimeoutError)):
        return "等待超时"
    if isinstance(reason, ConnectionRefusedError):
        return "连接被拒绝"
    if isinstance(reason, socket.gaierror):
        return "找不到这个网址（域名解析失败，请检查网络或网址）"
    return str(reason) or type(reason).__name__


def check_address(raw_url: str, timeout: float = DEFAULT_TIMEOUT) -> PlatformAnswer:
    """HEAD, and GET when HEAD is refused (405/501); never raises for network trouble."""
    url = checked_url(raw_url)
    began = time.monotonic()
    try:
        status = _attempt(url, "HEAD", timeout)
        if status in (405, 501):
            status = _attempt(url, "GET", timeout)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        seconds = time.monotonic() - began
        return PlatformAnswer(url, False, None, seconds,
                              f"平台地址 {url} 没有应答：{_reason(exc)}。")
    seconds = time.monotonic() - began
    return PlatformAnswer(url, True, status, seconds,
                          f"平台地址 {url} 有应答（HTTP {status}，用时{seconds:.1f}秒）。")


def check_job(raw_url: str, timeout: float = DEFAULT_TIMEOUT) -> Iterator[Progress]:
    """check_address as a job for ui.operations.run_job (its value: the PlatformAnswer)."""
    yield Progress(0, 0, "")
    return check_address(raw_url, timeout)
