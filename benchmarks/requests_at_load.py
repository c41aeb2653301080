"""What loading a roundup page costs the reader: requests and bytes, with and without the plugin.

Builds one real roundup page (by default the CCC 2023 seed version from the shared corpus,
36 talks with 33 SlideShare iframes) with Material for MkDocs as it comes (theme defaults,
Google Fonts included), once without the plugin and once with it (``embeds: facade``, the
default), serves each site on 127.0.0.1, opens the page in Chromium and records every request
the page makes: first until the page has loaded and the network is idle, then while scrolling
to the bottom as a reader would.

Requests are split into same-origin (the site) and third-party (any other host). Attempts
are counted from Chromium's ``request`` event, so a third-party request counts even where it
fails (offline, or blocked); bytes are the response bodies actually received. The local
server does not compress, so same-origin text is also given gzipped, as most hosts send it.

Usage::

    python benchmarks/requests_at_load.py [--page PATH] [--lazy] [--chromium PATH] [--json OUT]

``--lazy`` adds a third build with ``embeds: lazy`` (``<iframe loading="lazy">``).
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import subprocess
import sys
import tempfile
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[1]
DEFAULT_PAGE = REPO.parent / "shared/corpus/cloudstack-www/2023-12-07-ccc2023-roundup.v-seed.md"

VARIANTS: dict[str, dict[str, Any] | None] = {
    "material": None,
    "material + roundup": {},
}
LAZY = ("material + roundup (lazy)", {"embeds": "lazy"})


@dataclass
class Seen:
    url: str
    phase: str
    """``load`` (until the page is loaded and idle) or ``scroll`` (while scrolling down)."""
    outcome: str = "pending"
    """``finished``, ``failed`` or ``pending`` (still open when the measurement ended)."""
    bytes: int = 0
    gzipped: int = 0
    """Same-origin only: the size of the served file compressed as most static hosts do."""


@dataclass
class Result:
    variant: str
    requests: list[Seen] = field(default_factory=list)

    def select(self, *, third_party: bool, phases: tuple[str, ...]) -> list[Seen]:
        site = "127.0.0.1"
        return [
            r
            for r in self.requests
            if r.phase in phases
            and not r.url.startswith("data:")
            and ((urlsplit(r.url).hostname != site) == third_party)
        ]


def build(page: Path, root: Path, roundup: dict[str, Any] | None) -> Path:
    docs = root / "docs"
    docs.mkdir(parents=True)
    (docs / "roundup.md").write_text(page.read_text(encoding="utf-8"), encoding="utf-8")
    plugins: list[Any] = ["search"]
    if roundup is not None:
        plugins.append({"roundup": roundup})
    config = {"site_name": "Requests at load", "theme": {"name": "material"}, "plugins": plugins}
    (root / "mkdocs.yml").write_text(json.dumps(config), encoding="utf-8")  # JSON is YAML
    site = root / "site"
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(site)],
        cwd=root,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=True,
        capture_output=True,
    )
    return site


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serving(directory: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


SCROLL = """async () => {
  const step = Math.max(200, Math.floor(window.innerHeight / 2));
  for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
    window.scrollTo(0, y);
    await new Promise((done) => setTimeout(done, 50));
  }
  window.scrollTo(0, document.documentElement.scrollHeight);
}"""


_COMPRESSED = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt", "/")


def gzipped_size(site: Path, url: str, received: int) -> int:
    """What a host that gzips text (GitHub Pages, Netlify, nginx defaults) would send."""
    path = urlsplit(url).path
    if not path.endswith(_COMPRESSED):
        return received
    file = site / path.lstrip("/")
    if path.endswith("/"):
        file = file / "index.html"
    if not file.is_file():
        return received
    return len(gzip.compress(file.read_bytes(), compresslevel=6))


def measure(browser: Any, site: Path, url: str, variant: str) -> Result:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    result = Result(variant)
    phase = ["load"]
    seen: dict[Any, Seen] = {}
    context = browser.new_context(viewport={"width": 1280, "height": 900})

    def on_request(request: Any) -> None:
        seen[request] = Seen(request.url, phase[0])
        result.requests.append(seen[request])

    def outcome(name: str) -> Any:
        def record(request: Any) -> None:
            if request in seen:
                seen[request].outcome = name

        return record

    context.on("request", on_request)
    context.on("requestfinished", outcome("finished"))
    context.on("requestfailed", outcome("failed"))
    page = context.new_page()

    def settle() -> None:
        with suppress(PlaywrightTimeout):
            page.wait_for_load_state("networkidle", timeout=15_000)
        page.wait_for_timeout(1_000)

    page.goto(url, wait_until="load")
    settle()
    phase[0] = "scroll"
    page.evaluate(SCROLL)
    settle()
    for request, record in seen.items():
        if record.outcome == "finished":
            record.bytes = int(request.sizes()["responseBodySize"])
            if urlsplit(record.url).hostname == "127.0.0.1":
                record.gzipped = gzipped_size(site, record.url, record.bytes)
    context.close()
    return result


def _kb(n: int) -> str:
    return f"{n / 1000:,.1f} kB"


def table(results: list[Result], page: Path) -> str:
    rows: list[tuple[str, list[str]]] = []
    for title, phases in (
        ("at load (until load + network idle)", ("load",)),
        ("after scrolling to the bottom (cumulative)", ("load", "scroll")),
    ):
        rows.append((title, [""] * len(results)))
        same = [r.select(third_party=False, phases=phases) for r in results]
        third = [r.select(third_party=True, phases=phases) for r in results]
        rows += [
            ("  same-origin requests", [str(len(s)) for s in same]),
            ("  same-origin bytes", [_kb(sum(x.bytes for x in s)) for s in same]),
            ("  same-origin bytes, gzipped", [_kb(sum(x.gzipped for x in s)) for s in same]),
            ("  third-party requests (attempted)", [str(len(t)) for t in third]),
            ("  ... of which failed", [str(sum(x.outcome == "failed" for x in t)) for t in third]),
            ("  third-party bytes received", [_kb(sum(x.bytes for x in t)) for t in third]),
            (
                "  third-party hosts",
                [str(len({urlsplit(x.url).hostname for x in t})) for t in third],
            ),
        ]
    label_width = max(len(label) for label, _ in rows)
    widths = [max(len(r.variant), *(len(v[i]) for _, v in rows)) for i, r in enumerate(results)]
    lines = [
        f"Requests and bytes at page load: {page.name}",
        "",
        " " * label_width
        + "  "
        + "  ".join(r.variant.rjust(w) for r, w in zip(results, widths, strict=True)),
    ]
    for label, values in rows:
        cells = "  ".join(v.rjust(w) for v, w in zip(values, widths, strict=True))
        lines.append(f"{label.ljust(label_width)}  {cells}".rstrip())
    lines.append("")
    lines.append("Third-party requests by host (load + scroll):")
    for result in results:
        hosts = Counter(
            urlsplit(x.url).hostname
            for x in result.select(third_party=True, phases=("load", "scroll"))
        )
        listed = ", ".join(f"{host} {count}" for host, count in hosts.most_common()) or "none"
        lines.append(f"  {result.variant}: {listed}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--page", type=Path, default=DEFAULT_PAGE, help="roundup page (Markdown)")
    parser.add_argument("--lazy", action="store_true", help="also measure `embeds: lazy`")
    parser.add_argument(
        "--chromium",
        default=os.environ.get("ROUNDUP_CHROMIUM", "/usr/bin/chromium"),
        help="Chromium executable ('' for Playwright's own download)",
    )
    parser.add_argument("--json", type=Path, help="also write the raw requests as JSON here")
    args = parser.parse_args(argv)
    if not args.page.is_file():
        parser.error(f"page not found: {args.page}")

    from playwright.sync_api import sync_playwright

    variants = dict(VARIANTS)
    if args.lazy:
        variants[LAZY[0]] = LAZY[1]
    results = []
    with tempfile.TemporaryDirectory(prefix="roundup-requests-") as tmp, sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=args.chromium or None,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        for index, (variant, roundup) in enumerate(variants.items()):
            site = build(args.page, Path(tmp) / str(index), roundup)
            with serving(site) as base:
                results.append(measure(browser, site, base + "roundup/", variant))
        browser.close()
    print(table(results, args.page))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        data = {r.variant: [asdict(s) for s in r.requests] for r in results}
        args.json.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
