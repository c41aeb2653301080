"""Hostile pages in a real Chromium: what an author (or an attacker writing a page) puts in
a page runs nothing through the plugin's output, and no iframe points at an unknown host.

The site is built once from small pages written here; every other host is stubbed and
recorded by the harness (:func:`support.open_visit`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from textwrap import dedent
from urllib.parse import urlsplit

import pytest
from sites import mkdocs_build, unavailable, write_site

from mkdocs_roundup.providers import PROVIDERS

from .support import Visit

try:
    from playwright.sync_api import expect
except ImportError:
    unavailable("the playwright package is not installed (pip install -e '.[test]')", module=True)

pytestmark = pytest.mark.browser

PLAYER_HOSTS = {p.player_host for p in PROVIDERS}

YOUTUBE = "https://www.youtube-nocookie.com/embed/Ab3dEf6hIj9"

FORGED = [
    "https://evil.example/",
    "https://www.youtube-nocookie.com.evil.example/embed/Ab3dEf6hIj9",
    "https://www.youtube-nocookie.com@evil.example/embed/Ab3dEf6hIj9",
    "https://www.youtube-nocookie.com:444/embed/Ab3dEf6hIj9",
    "http://www.youtube-nocookie.com/embed/Ab3dEf6hIj9",
    YOUTUBE + "/../../evil",
    YOUTUBE + "?start=1&amp;x=evil",
    YOUTUBE + "#evil",
    "/embed/Ab3dEf6hIj9",
    "//evil.example/embed/Ab3dEf6hIj9",
    "javascript:window.__pwned=1//",
    "data:text/html,&lt;script&gt;parent.__pwned=1&lt;/script&gt;",
    "https://player.vimeo.com/video/1?dnt=1&amp;h=1&amp;autoplay=0",
    "https://docs.google.com/presentation/d/abc/edit",
    "",
]
"""Addresses of hand-written facades: none is a player URL form of a known provider."""


def forged_page() -> str:
    facades = "\n\n".join(
        f'<a class="roundup-embed roundup-embed--youtube roundup-ratio-16x9 roundup-embed__facade"'
        f' href="#forged-{n}" data-embed-src="{src}" aria-label="Play video: x">forged {n}</a>'
        for n, src in enumerate(FORGED)
    )
    return (
        dedent(
            """\
        # Spring Meetup

        ### Quiet Queues, Ada Vos

        Queues.

        <iframe src="https://www.youtube.com/embed/Ab3dEf6hIj9"></iframe>

        ### Loud Logs, Bo Lind

        Logs.

        [Play](#by-attr-list){ .roundup-embed__facade data-embed-src="https://evil.example/a" }

        """
        )
        + facades
    )


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory, serve: Callable[[Path], str]) -> str:
    root = tmp_path_factory.mktemp("hostile")
    write_site(root, {"spring.md": forged_page()}, theme={"name": "mkdocs", "highlightjs": False})
    done = mkdocs_build(cwd=root)
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("the plugin did not make") == len(FORGED) + 1, done.stderr
    return serve(root / "site")


def iframes_at_unknown_hosts(visit: Visit) -> list[str]:
    sources = visit.page.eval_on_selector_all("iframe", "els => els.map((el) => el.src)")
    return [s for s in sources if urlsplit(s).hostname not in PLAYER_HOSTS]


def test_a_forged_facade_never_becomes_an_iframe(visit: Visit, hostile_site: str) -> None:
    page = visit.page
    page.goto(hostile_site + "spring/", wait_until="networkidle")
    forged_count = len(FORGED) + 1
    expect(page.locator("a.roundup-embed__facade")).to_have_count(forged_count + 1)
    for n in range(forged_count):
        facade = page.locator("a.roundup-embed__facade").nth(n + 1)  # the card's is first
        assert facade.get_attribute("role") is None, "a facade that cannot load is a button"
        facade.click()
        expect(page.locator("a.roundup-embed__facade")).to_have_count(forged_count + 1)
    assert page.locator("iframe").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert visit.third_party() == []
    # The card's own facade still loads its player, and only that.
    page.locator("a.roundup-embed__facade").first.click()
    expect(page.locator("iframe")).to_have_count(1)
    assert page.locator("iframe").get_attribute("src") == YOUTUBE + "?autoplay=1"
    assert iframes_at_unknown_hosts(visit) == []
