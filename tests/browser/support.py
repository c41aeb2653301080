"""Sites for the browser tests: the project's own example roundups (docs/examples), built for
real, so that a fresh clone runs every browser test with nothing beside it.

Each site is built once per session with ``mkdocs build`` in a subprocess (so MkDocs' and
Material's own output and warnings stay out of the test process) and served on 127.0.0.1.
Every browser context answers requests to any other host with a stub page, so the tests
never reach the network, while still recording that a request was attempted.
"""

from __future__ import annotations

import re
import shlex
import shutil
import struct
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import pytest
import yaml
from sites import mkdocs_build, run_tool

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Locator, Page, Request, Route

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "test-artifacts"

SUMMIT = "examples/harbour-cloud-summit-2024/"
"""Five talks with YouTube and SlideShare iframes (a keynote and a panel among them)."""
STORAGE = "examples/northwind-storage-day-2024/"
"""Three talks with linked preview images of YouTube videos and SlideShare decks."""
MEETUP = "examples/lakeside-devops-meetup-march-2025/"
"""Three talks with Vimeo and Speaker Deck players and links."""

_FIRST = [
    "Ada",
    "Bo",
    "Cy",
    "Di",
    "Ed",
    "Fay",
    "Gus",
    "Hal",
    "Ida",
    "Jo",
    "Kai",
    "Lu",
    "Mo",
    "Ned",
    "Oz",
    "Pia",
]
_LAST = ["Vos", "Lind", "Moe", "Hart"]
_TOPICS = ["Queues", "Parsers", "Caches", "Clusters", "Backups", "Tracing", "Storage", "Routing"]
_ANGLES = ["at Scale", "by Hand", "Without Tears", "in Practice"]


def _seed_page() -> str:
    """A conference of 32 talks, each a SlideShare deck with no picture of its own (every
    facade is a typeset cover), each speaker linked to a profile."""
    talks = []
    for n in range(32):
        name = f"{_FIRST[n % 16]} {_LAST[n // 16 * 2 + n % 2]}"
        title = f"{_TOPICS[n % 8]} {_ANGLES[n // 8]}"
        handle = name.lower().replace(" ", "-")
        talks.append(
            f"### {title}, [{name}](https://www.linkedin.com/in/{handle}/)\n\n"
            f"What {name.split()[0]} learned about {title.lower()}.\n\n"
            f'<iframe src="https://www.slideshare.net/slideshow/embed_code/key/Seed{n:02d}Deck"'
            ' width="640" height="480"></iframe>'
        )
    front = "---\ntitle: Seed Conference 2023\ndate: 2023-11-23\n---\n\n"
    return front + "# Seed Conference 2023\n\n## Day 1 Sessions\n\n" + "\n\n".join(talks) + "\n"


def _rows_page() -> str:
    """Six talks that each pair a 16:9 video with a 4:3 deck."""
    talks = []
    for n in range(6):
        name = f"{_FIRST[n + 4]} {_LAST[n % 4]}"
        talks.append(
            f"## {_TOPICS[n]} {_ANGLES[n % 4]}, [{name}](https://www.linkedin.com/in/row-{n}/)\n\n"
            f"Notes from {name.split()[0]}.\n\n"
            f'<iframe src="https://www.youtube.com/embed/RowVideo{n:03d}" title="YouTube video player">'
            "</iframe>\n\n"
            f'<iframe src="https://www.slideshare.net/slideshow/embed_code/key/Row{n:02d}Deck"'
            ' width="640" height="480"></iframe>'
        )
    front = "---\ntitle: Row Meetup 2024\ndate: 2024-02-23\n---\n\n"
    return front + "# Row Meetup 2024\n\n" + "\n\n".join(talks) + "\n"


PAGES = {"ccc2023.md": _seed_page(), "csiug2024.md": _rows_page()}
"""Two roundups written here beside the examples: one of many decks with no picture, one of
videos paired with decks (what the cards' layout tests look at)."""

NAV = [
    {"Home": "index.md"},
    {"Seed Conference 2023": "ccc2023.md"},
    {"Row Meetup 2024": "csiug2024.md"},
    {"Harbour Cloud Summit 2024": "examples/harbour-cloud-summit-2024.md"},
    {"Northwind Storage Day 2024": "examples/northwind-storage-day-2024.md"},
    {"Lakeside DevOps Meetup": "examples/lakeside-devops-meetup-march-2025.md"},
]

MATERIAL_THEME = {
    "name": "material",
    # Material loads Roboto from Google Fonts by default: a third-party request that is the
    # theme's, not the plugin's, so it is off here (the benchmark keeps the default).
    "font": False,
    "features": ["navigation.instant"],
    "palette": [
        {
            "scheme": "default",
            "toggle": {"icon": "material/brightness-7", "name": "Switch to dark mode"},
        },
        {
            "scheme": "slate",
            "toggle": {"icon": "material/brightness-4", "name": "Switch to light mode"},
        },
    ],
}

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 360, "height": 740}
"""Viewports: a desktop screen, and a small phone (the narrowest the cards are made for)."""

STUB = "<!doctype html><title>stub</title><p>Third-party content (stubbed by the tests)</p>"


def is_local(url: str) -> bool:
    return urlsplit(url).hostname == "127.0.0.1"


def build_site(
    root: Path,
    site: Path,
    *,
    site_url: str,
    theme: dict[str, object],
    roundup: dict[str, object] | None = None,
    automatic_nav: bool = False,
) -> None:
    """Write a docs dir with the example roundups and a home page into `root`, build to `site`.

    `roundup` is the plugin's configuration (`mkdocs.yml` keys); `automatic_nav`: no `nav`
    (MkDocs makes one from the files, the generated index pages included).

    `site_url` must be the URL the site is served from, port included: Material's instant
    navigation only handles links listed in sitemap.xml, and it rebases the sitemap's
    protocol and host name onto the page's, but not the port.
    """
    write_examples(root / "docs")
    for name, text in PAGES.items():
        (root / "docs" / name).write_text(text, encoding="utf-8")
    config = {
        "site_name": "Roundup browser tests",
        "site_url": site_url,
        "theme": theme,
        "plugins": ["search", {"roundup": roundup or {}}],
    }
    if not automatic_nav:
        config["nav"] = NAV
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    result = mkdocs_build("--quiet", "--site-dir", str(site), cwd=root)
    if result.returncode != 0:
        pytest.fail(
            f"mkdocs build failed in {root}:\n{result.stdout}\n{result.stderr}", pytrace=False
        )


EXAMPLES = REPO / "docs" / "examples"
"""The project's own example roundups (what a fresh clone has, with no shared pages beside it)."""


def write_examples(docs: Path) -> None:
    """The example roundups (and their pictures) under ``docs/examples``, and a home page."""
    shutil.copytree(EXAMPLES, docs / "examples")
    (docs / "index.md").write_text("# Roundups\n", encoding="utf-8")


def follow_zensical_page(root: Path, **settings: object) -> None:
    """Do what docs/zensical.md says, in ``root``: its ``mkdocs.yml`` (with ``settings`` over
    its top-level keys), then its commands, with the example roundups as the pages (the site
    is built into ``root/site``)."""
    page = (REPO / "docs" / "zensical.md").read_text(encoding="utf-8")
    config = re.search(r'```yaml title="mkdocs.yml"\n(.*?)```', page, re.S)
    commands = re.search(r"```bash\n((?:(?!```).)*zensical build.*?)```", page, re.S)
    assert config and commands, "docs/zensical.md no longer has its mkdocs.yml and commands"
    written = {**yaml.safe_load(config.group(1)), **settings}
    (root / "mkdocs.yml").write_text(yaml.safe_dump(written), encoding="utf-8")
    write_examples(root / "docs")
    for line in commands.group(1).splitlines():
        done = run_tool(*shlex.split(line), cwd=root)
        if done.returncode != 0:
            pytest.fail(f"{line} failed in {root}:\n{done.stdout}\n{done.stderr}", pytrace=False)


@dataclass
class Visit:
    """A browser context whose requests are recorded; other hosts get a stub page."""

    context: BrowserContext
    page: Page
    requests: list[str] = field(default_factory=list)

    def third_party(self) -> list[str]:
        return [url for url in self.requests if not is_local(url) and not url.startswith("data:")]


def open_visit(browser: Browser, **options: object) -> Visit:
    context = browser.new_context(**options)  # type: ignore[arg-type]
    visit = Visit(context, context.new_page())

    def record(request: Request) -> None:
        visit.requests.append(request.url)

    def route(route: Route) -> None:
        if is_local(route.request.url):
            route.continue_()
        else:
            route.fulfill(status=200, content_type="text/html", body=STUB)

    context.on("request", record)
    context.route("**/*", route)
    return visit


def write_png(path: Path, width: int, height: int) -> None:
    """A bright gradient PNG (the worst case for white text on a poster), no imaging library."""
    rows = b"".join(
        b"\x00"
        + b"".join(
            bytes((255 - 60 * x // width, 230 - 20 * y // height, 120 + 135 * x // width))
            for x in range(width)
        )
        for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def follow_instantly(page: Page, link: Locator, path: str, title: str) -> None:
    """Click ``link`` to the page at ``path`` (titled ``title``) and check that the theme's
    instant navigation swapped the content in the same document, without a reload."""
    from playwright.sync_api import expect

    # The theme's script sets instant navigation up once it has loaded: on a busy machine,
    # a click before that is an ordinary (full) page load.
    page.wait_for_load_state("networkidle")
    page.evaluate("window.__sameDocument = true")
    link.click()
    page.wait_for_url("**/" + path)
    expect(page).to_have_title(re.compile(re.escape(title)))
    assert page.evaluate("window.__sameDocument") is True, "a full reload, not instant navigation"


def scroll_to_bottom(page: Page) -> None:
    """Scroll down half a screen at a time (as a reader would), then wait for the network."""
    page.evaluate(
        """async () => {
          const step = Math.max(200, Math.floor(window.innerHeight / 2));
          for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
            window.scrollTo(0, y);
            await new Promise((done) => setTimeout(done, 25));
          }
          window.scrollTo(0, document.documentElement.scrollHeight);
        }"""
    )
    page.wait_for_timeout(500)
    page.wait_for_load_state("networkidle")
