"""Hostile pages in a real Chromium: what an author (or an attacker writing a page) puts in
a page runs nothing through the plugin's output, and no iframe points at an unknown host.

The sites are built once from small pages written here; every other host is stubbed and
recorded by the harness (:func:`support.open_visit`). A payload written where Markdown
itself would run it (raw HTML in the author's text) is the author's own and not tried:
each payload here is inert without the plugin (front matter, escaped text, link targets,
the speakers file), so anything that runs is the plugin's doing.
"""

from __future__ import annotations

import html
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


def iframes_at_unknown_hosts(visit: Visit, selector: str = "iframe") -> list[str]:
    sources = visit.page.eval_on_selector_all(selector, "els => els.map((el) => el.src)")
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


# -- Payloads in every field ----------------------------------------------------------------

SCRIPTS = [
    "<script>window.__pwned.push({n})</script>",
    "<img src=x onerror=window.__pwned.push({n})>",
    '"><img src=x onerror=window.__pwned.push({n})>',
    "'><svg onload=window.__pwned.push({n})>",
    "</script><script>window.__pwned.push({n})</script>",
    '" onmouseover="window.__pwned.push({n})" x="',
    '<iframe srcdoc="<script>parent.__pwned.push({n})</script>"></iframe>',
    "{{{{ 7*7 }}}}<a href=javascript:window.__pwned.push({n})>x</a>",
]
"""Text payloads; ``{n}`` numbers each use, so that a run tells which one ran."""

LINKS = [
    "javascript:window.__pwned.push({n})",
    "JaVaScRiPt:window.__pwned.push({n})",
    "data:text/html,<script>parent.__pwned.push({n})</script>",
    "vbscript:msgbox({n})",
    "java%0ascript:window.__pwned.push({n})",
]

LOOK_ALIKE_PLAYERS = [
    "https://www.youtube.com.evil.example/embed/Ab3dEf6hIj9",
    "https://evil.example/www.youtube.com/embed/Ab3dEf6hIj9",
    "https://www.youtube.com@evil.example/embed/Ab3dEf6hIj9",
    "https://player.vimeo.com.evil.example/video/123456",
    "https://evil.example/?https://www.slideshare.net/slideshow/embed_code/key/AbC",
]


class Payloads:
    """Numbered payloads, each used once."""

    def __init__(self) -> None:
        self.used: list[str] = []

    def _take(self, template: str) -> str:
        self.used.append(template.format(n=len(self.used) + 1))
        return self.used[-1]

    def text(self, index: int) -> str:
        """A text payload, escaped for Markdown and HTML attributes (so that Markdown alone
        shows it as text)."""
        return html.escape(self._take(SCRIPTS[index % len(SCRIPTS)]))

    def yaml_text(self, index: int) -> str:
        """A text payload as a YAML double-quoted string (front matter, speakers file)."""
        raw = self._take(SCRIPTS[index % len(SCRIPTS)])
        return '"' + raw.replace("\\", "\\\\").replace('"', '\\"') + '"'

    def link(self, index: int) -> str:
        """A link payload, with what would end a Markdown link percent-encoded."""
        link = self._take(LINKS[index % len(LINKS)])
        for char in " <>()":
            link = link.replace(char, f"%{ord(char):02X}")
        return link


def hostile_pages(p: Payloads) -> tuple[dict[str, str], str]:
    """Roundup pages with a payload in every field the plugin reads, and a speakers file."""
    pages = {}
    for number in range(3):
        talks = []
        for talk in range(4):
            i = number * 4 + talk
            talks.append(
                f"### {p.text(i)} talk {i}, [{p.text(i + 1)} Vos](https://github.com/vos{i}), "
                f"[Bo {p.text(i + 2)}]({p.link(i)}), [Acme {i}]({p.link(i + 1)})\n\n"
                f"About {p.text(i + 3)}.\n\n"
                f'<iframe src="https://www.youtube.com/embed/Ab3dEf6hIj{i % 10}" '
                f'title="{p.text(i + 4)}"></iframe>\n\n'
                f'[![{p.text(i + 5)}](thumb.png "{p.text(i + 6)}")]'
                f"(https://www.slideshare.net/slideshow/embed_code/key/SlIdEs{i})\n\n"
                f'<iframe src="{LOOK_ALIKE_PLAYERS[i % len(LOOK_ALIKE_PLAYERS)]}"></iframe>\n\n'
                f"[Slides]({p.link(i + 2)}) and [the video]({p.link(i + 3)})\n"
            )
        pages[f"hostile{number}.md"] = (
            f"---\ntitle: {p.yaml_text(number)}\ndate: {p.yaml_text(number + 1)}\n"
            f"location: {p.yaml_text(number + 2)}\n---\n\n"
            f"# Event {number}\n\n## {p.text(number + 7)} day\n\n" + "\n".join(talks)
        )
    speakers = "".join(
        f"- name: {p.yaml_text(i)}\n"
        f"  aliases: [{p.yaml_text(i + 1)}, Bo {i}]\n"
        f"  bio: {p.yaml_text(i + 2)}\n"
        f"  affiliation: {p.yaml_text(i + 3)}\n"
        f"  photo: {p.yaml_text(i + 4)}\n"
        f'  links: ["{p.link(i)}", https://github.com/vos{i}]\n'  # a talk's speaker
        f"  id: {p.yaml_text(i + 5)}\n"
        for i in range(3)
    ) + "".join(
        f'- name: Cy {i}\n  photo: "{p.link(i)}"\n  links: [https://github.com/vos{i + 5}]\n'
        for i in range(2)
    )
    return pages, speakers


@pytest.fixture(scope="module")
def payload_site(
    tmp_path_factory: pytest.TempPathFactory, serve: Callable[[Path], str]
) -> tuple[str, list[str], list[str]]:
    """The served site, every page of it (by URL path), and the payloads tried."""
    root = tmp_path_factory.mktemp("payloads")
    payloads = Payloads()
    pages, speakers = hostile_pages(payloads)
    pages["forged.md"] = forged_page()
    (root / "speakers.yml").write_text(speakers, encoding="utf-8")
    write_site(
        root,
        pages,
        plugin={"speakers_file": "speakers.yml", "speaker_pages": True},
        theme={"name": "mkdocs", "highlightjs": False},
        # MkDocs' theme writes a front matter title into the navigation as HTML, plugin or
        # not: the hostile pages stay out of it (the plugin's own uses of titles are tried).
        nav=[{"Home": "index.md"}],
    )
    done = mkdocs_build(cwd=root)
    assert done.returncode == 0, done.stderr
    site = root / "site"
    urls = sorted(
        str(page.relative_to(site).parent) + "/"
        for page in site.rglob("index.html")
        if page.parent != site / "search"
    )
    return serve(site), [u.removeprefix("./") for u in urls], payloads.used + FORGED


ATTRIBUTES_ON = """() => [...document.querySelectorAll('*')].flatMap((el) =>
  [...el.attributes].filter((a) => /^on/i.test(a.name) || a.name === 'srcdoc')
    .map((a) => el.tagName + ' ' + a.name + '=' + a.value))"""

PLUGINS_PARTS = ".roundup-talk__meta, .roundup-talk__media, .roundup-talk__links, .roundup-index"
"""What the plugin writes into an author's page (the rest is the author's own text)."""

LINKS_OUT = """(parts) => [...document.querySelectorAll(parts)]
  .flatMap((part) => [part, ...part.querySelectorAll('*')])
  .flatMap((el) => ['href', 'src', 'action', 'formaction'].map((name) => el.getAttribute(name)))
  .filter((value) => value !== null)
  .filter((value) => !['http:', 'https:', 'mailto:'].includes(new URL(value, location).protocol))"""

SCRIPTS_RUN = """() => [...document.scripts]
  .filter((s) => s.type !== 'application/ld+json' && /__pwned/.test(s.textContent))
  .map((s) => s.outerHTML.slice(0, 200))"""


def test_no_payload_runs_on_any_page(
    visit: Visit, payload_site: tuple[str, list[str], list[str]]
) -> None:
    base, urls, tried = payload_site
    assert len(tried) >= 60, len(tried)
    assert {"hostile0/", "speakers/", "organizations/", "events/"} <= set(urls), urls
    assert any(u.startswith("speakers/") and u != "speakers/" for u in urls), urls
    page = visit.page
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.add_init_script("window.__pwned = [];")
    facades = 0
    for url in urls:
        page.goto(base + url, wait_until="networkidle")
        assert page.evaluate(ATTRIBUTES_ON) == [], url
        assert page.evaluate(SCRIPTS_RUN) == [], url
        generated = url.split("/")[0] in {"events", "speakers", "organizations"}
        assert page.evaluate(LINKS_OUT, "body" if generated else PLUGINS_PARTS) == [], url
        count = page.locator("a.roundup-embed__facade").count()
        for n in range(count):
            facade = page.locator("a.roundup-embed__facade, .roundup-embed[data-embed-loaded]")
            facade.nth(n).click()
            facades += 1
        page.mouse.move(10, 10)
        page.mouse.move(400, 300)
        assert page.evaluate("window.__pwned") == [], url
        # The plugin's players are at known hosts; an iframe of another host is the
        # author's own, as written (with a warning), never made a player.
        assert iframes_at_unknown_hosts(visit, ".roundup-embed iframe") == [], url
        assert set(iframes_at_unknown_hosts(visit)) <= set(LOOK_ALIKE_PLAYERS), url
    assert dialogs == []
    assert facades > 20
    unknown = {u for u in visit.third_party() if urlsplit(u).hostname not in PLAYER_HOSTS}
    assert unknown <= set(LOOK_ALIKE_PLAYERS)
