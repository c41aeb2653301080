"""Shared fixtures for tests that need a served site and a real browser.

Browser tests use the system's Chromium through the ``playwright`` package (Playwright's
own browser download is not needed). Without Chromium or ``playwright`` those tests are
skipped with the reason, except in CI (``CI=true``), where they fail: a CI run that
silently skips every browser test would look green while testing nothing.

Set ``ROUNDUP_CHROMIUM`` to use another Chromium build; ``/usr/bin/chromium`` is the default,
and Playwright's own Chromium (``playwright install chromium``) is tried when neither exists.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Callable, Generator, Iterator
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from sites import NO_CORPUS, need_corpus, unavailable

if TYPE_CHECKING:
    from playwright.sync_api import Browser

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def chromium_executable() -> str | None:
    """The Chromium to launch, or ``None`` for Playwright's own download."""
    configured = os.environ.get("ROUNDUP_CHROMIUM")
    if configured:
        return configured
    system = Path("/usr/bin/chromium")
    return str(system) if system.exists() else None


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def serve() -> Iterator[Callable[[Path], str]]:
    """Serve a directory over HTTP on 127.0.0.1 and return its base URL (``http://…/``)."""
    servers: list[tuple[http.server.ThreadingHTTPServer, threading.Thread]] = []

    def start(directory: Path) -> str:
        handler = functools.partial(_QuietHandler, directory=str(directory))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        thread = threading.Thread(
            target=server.serve_forever, name=f"serve {directory}", daemon=True
        )
        thread.start()
        servers.append((server, thread))
        host, port = server.server_address[:2]
        return f"http://{host!s}:{port}/"

    yield start
    for server, thread in servers:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    """A headless Chromium for the whole session (each test opens its own context)."""
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        unavailable("the playwright package is not installed (pip install -e '.[test]')")
    executable = chromium_executable()
    if executable is not None and not Path(executable).exists():
        unavailable(f"Chromium not found at {executable} (set ROUNDUP_CHROMIUM)")
    with sync_playwright() as playwright:
        try:
            launched = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        except Error as error:
            first_line = str(error).strip().splitlines()[0] if str(error).strip() else repr(error)
            unavailable(f"Chromium could not be launched: {first_line}")
        yield launched
        launched.close()


def _fold(report: pytest.CollectReport | pytest.TestReport) -> None:
    """One place for every skip for want of the corpus, so ``-ra`` shows them as one line."""
    if report.skipped and isinstance(report.longrepr, tuple):
        _path, _line, reason = report.longrepr
        if reason.endswith(NO_CORPUS):
            code = need_corpus.__code__
            report.longrepr = (code.co_filename, code.co_firstlineno, reason)


@pytest.hookimpl(hookwrapper=True)
def pytest_make_collect_report(collector: pytest.Collector) -> Generator[None, Any, None]:
    outcome = yield
    _fold(outcome.get_result())


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: Any) -> Generator[None, Any, None]:
    outcome = yield
    _fold(outcome.get_result())


def pytest_report_header() -> str:
    """The versions of the other builders the tests run (docs/zensical.md names the one tested)."""
    found = []
    for name in ("mkdocs", "zensical", "properdocs"):
        try:
            found.append(f"{name} {version(name)}")
        except PackageNotFoundError:
            found.append(f"{name} not installed")
    return "builders: " + ", ".join(found)
