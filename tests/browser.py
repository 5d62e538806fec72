"""A headless Chromium driven over the DevTools protocol, for the report's browser tests.

Shared by tests/test_report.py (the page as a whole) and tests/test_report_review.py (the review
view).  :func:`chromium_page` starts Debian's ``chromium`` (installed by ``.ci/chromium.sh``)
headless with remote debugging and yields a :class:`Page`; it skips, saying why, only where
Chromium or websocket-client is not installed.  :func:`artifact_dir` is where screenshots go:
``$DIVPLAN_ARTIFACTS`` when set (CI uploads it), else a pytest temporary directory.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--remote-debugging-port=0",
]

VISIBLE_ROWS = (
    "Array.from(document.querySelectorAll('#items tbody tr[data-item]'))"
    ".filter(function (tr) { return !tr.hidden && tr.offsetParent !== null; })"
    ".map(function (tr) { return Number(tr.getAttribute('data-item')); })"
)


def choose(page: Page, dept: str, role: str = "any") -> list[int]:
    """Set the filters as a user would (value + change event); the visible item positions."""
    page.js(
        f"(function () {{ var r = document.getElementById('role-filter'); r.value = {json.dumps(role)};"
        " r.dispatchEvent(new Event('change'));"
        f" var s = document.getElementById('dept-filter'); s.value = {json.dumps(dept)};"
        " s.dispatchEvent(new Event('change')); })()"
    )
    shown: list[int] = page.js(VISIBLE_ROWS)
    return shown


def _chromium() -> str | None:
    found = shutil.which("chromium")
    if found:
        return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


class Page:
    """A DevTools-protocol session on one page: commands, console errors, JS evaluation."""

    def __init__(self, ws_url: str) -> None:
        import websocket

        self.ws = websocket.create_connection(ws_url, timeout=30, suppress_origin=True)
        self.next_id = 0
        self.events: list[dict[str, Any]] = []
        for domain in ("Runtime", "Log", "Page"):
            self.send(f"{domain}.enable")

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        msg_id = self.next_id
        self.ws.send(json.dumps({"id": msg_id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == msg_id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                result: dict[str, Any] = msg.get("result", {})
                return result
            self.events.append(msg)

    def wait_for(self, event: str, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while not any(e.get("method") == event for e in self.events):
            if time.monotonic() > deadline:
                raise TimeoutError(event)
            self.events.append(json.loads(self.ws.recv()))

    def open(self, path: Path) -> None:
        self.events.clear()
        self.send("Page.navigate", url=path.resolve().as_uri())
        self.wait_for("Page.loadEventFired")

    def js(self, expression: str) -> Any:
        res = self.send("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in res:
            raise AssertionError(f"{expression}: {res['exceptionDetails']}")
        return res["result"].get("value")

    def errors(self) -> list[str]:
        """Console errors, uncaught exceptions and error log entries seen since open()."""
        self.send("Runtime.evaluate", expression="1")  # flush pending events
        out = []
        for e in self.events:
            method, params = e.get("method"), e.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                out.append(f"console: {params.get('args')}")
            elif method == "Runtime.exceptionThrown":
                out.append(f"exception: {params.get('exceptionDetails')}")
            elif method == "Log.entryAdded" and params["entry"].get("level") == "error":
                out.append(f"log: {params['entry'].get('text')} {params['entry'].get('url')}")
        return out

    def viewport(self, width: int, height: int) -> None:
        """Lay the page out in a ``width`` × ``height`` window (CSS pixels)."""
        self.send(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=False,
        )

    def hover(self, x: float, y: float) -> None:
        """Move the mouse to (x, y) in the viewport, as a user would (fires mouseover)."""
        self.send("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)

    def screenshot(self, path: Path) -> Path:
        """Save what the viewport shows as a PNG at ``path``."""
        shot = self.send("Page.captureScreenshot", format="png")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(shot["data"]))
        return path


def chromium_page() -> Iterator[Page]:
    """Start headless Chromium and yield a :class:`Page` on it (for a module-scoped fixture)."""
    exe = _chromium()
    if exe is None:
        pytest.skip("chromium is not installed (Debian package 'chromium'; run .ci/chromium.sh)")
    pytest.importorskip("websocket", reason="websocket-client is needed to drive Chromium")
    profile = Path(tempfile.mkdtemp(prefix="divplan-chromium-"))
    proc = subprocess.Popen(
        [exe, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "about:blank"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    page: Page | None = None
    try:
        port_file = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (port_file.exists() and port_file.read_text().count("\n") >= 1):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"chromium did not start (exit code {proc.poll()})")
            time.sleep(0.1)
        port = int(port_file.read_text().splitlines()[0])
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10) as resp:
            targets = json.loads(resp.read())
        target = next(t for t in targets if t.get("type") == "page")
        page = Page(target["webSocketDebuggerUrl"])
        yield page
    finally:
        if page is not None:
            page.ws.close()
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(profile, ignore_errors=True)


def artifact_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the browser tests save screenshots: ``$DIVPLAN_ARTIFACTS`` or a pytest tmp dir."""
    given = os.environ.get("DIVPLAN_ARTIFACTS")
    if given:
        path = Path(given)
        path.mkdir(parents=True, exist_ok=True)
        return path
    return tmp_path_factory.mktemp("artifacts", numbered=True)
