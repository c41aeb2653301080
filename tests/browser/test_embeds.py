"""Embeds that cost the reader nothing until clicked, checked in a real Chromium.

The site is the project's example roundups (a summit with YouTube and SlideShare iframes, a
storage day with linked preview images, a meetup with Vimeo and Speaker Deck) built with
Material for MkDocs (`navigation.instant` on) and the plugin.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sites import unavailable

from mkdocs_roundup.providers import PROVIDERS, Provider

from .support import (
    DESKTOP,
    MEETUP,
    PHONE,
    STORAGE,
    SUMMIT,
    Visit,
    follow_instantly,
    scroll_to_bottom,
)

try:
    from playwright.sync_api import Locator, Page, Route, expect
except ImportError:
    unavailable("the playwright package is not installed (pip install -e '.[test]')", module=True)

pytestmark = pytest.mark.browser

YOUTUBE_REFERRER = "strict-origin-when-cross-origin"


def facade_box(page: Page, provider: str, index: int = 0) -> Locator:
    """The `index`-th facade of a provider (`youtube`, `slideshare`) on the page.

    Once loaded, the same locator finds the box that replaced it (same classes and address).
    """
    return page.locator(f".roundup-embed--{provider}[data-embed-src]").nth(index)


def click(box: Locator) -> str:
    """Click a facade; its accessible name (gone with it) is returned."""
    assert box.evaluate("el => el.matches('a.roundup-embed__facade')")
    label = box.get_attribute("aria-label") or ""
    box.click()
    return label


def provider_of(box: Locator) -> Provider:
    classes = (box.get_attribute("class") or "").split()
    names = {c.removeprefix("roundup-embed--") for c in classes}
    (found,) = [p for p in PROVIDERS if p.key in names]
    return found


def check_loaded(page: Page, box: Locator, label: str, *, autoplay: bool) -> None:
    """The box now holds the provider's player for *its* talk, and nothing else changed.

    ``label`` is the facade's accessible name, "Play video: Title (YouTube)".
    """
    src = box.get_attribute("data-embed-src")
    assert src
    player = provider_of(box)
    iframe = box.locator("iframe")
    expect(iframe).to_have_count(1)
    assert box.evaluate("el => el.tagName") == "DIV", "the facade link is still there"
    assert "roundup-embed__facade" not in (box.get_attribute("class") or "")
    expected = src + ("&" if "?" in src else "?") + "autoplay=1" if autoplay else src
    assert iframe.get_attribute("src") == expected
    # Named and allowed as the `eager` mode's iframe of the same talk would be.
    assert iframe.get_attribute("title") == label.split(": ", 1)[1]
    assert label.split(": ", 1)[1].endswith(f" ({player.label})")
    assert iframe.get_attribute("allow") == player.iframe_allow
    assert iframe.get_attribute("referrerpolicy") == player.referrerpolicy
    assert iframe.get_attribute("allowfullscreen") is not None
    assert box.get_attribute("data-embed-loaded") is not None
    # The player belongs to the card that was clicked.
    heading_of = "el => el.closest('article').querySelector('h1, h2, h3, h4, h5, h6').id"
    assert iframe.evaluate(heading_of) == box.evaluate(heading_of)
    # Only this box loaded: every other facade is still a facade.
    assert page.locator(".roundup-embed iframe").count() == 1
    # Focus moved to the player, not back to the top of the page.
    assert page.evaluate("document.activeElement.tagName") == "IFRAME"
    # The frame did navigate to the provider (answered by the tests' stub).
    for _ in range(50):
        if expected in [frame.url for frame in page.frames]:
            break
        page.wait_for_timeout(100)
    assert expected in [frame.url for frame in page.frames]


def test_load_and_scroll_request_nothing_from_other_hosts(visit: Visit, material_site: str) -> None:
    for path, facades in ((SUMMIT, 9), (STORAGE, 5), (MEETUP, 3)):
        visit.page.goto(material_site + path, wait_until="networkidle")
        # The page really is made of cards with facades (else "no request" proves nothing).
        expect(visit.page.locator(".roundup-embed[data-embed-src]")).to_have_count(facades)
        expect(visit.page.locator("iframe")).to_have_count(0)
        scroll_to_bottom(visit.page)
    assert visit.requests, "no request recorded at all: the recorder is broken"
    assert visit.third_party() == []


def test_click_loads_the_youtube_player_of_that_talk(visit: Visit, material_site: str) -> None:
    page = visit.page
    page.goto(material_site + SUMMIT)
    box = facade_box(page, "youtube", 2)
    box.scroll_into_view_if_needed()
    src = box.get_attribute("data-embed-src") or ""
    assert src.startswith("https://www.youtube-nocookie.com/embed/")
    before = box.bounding_box()
    url = page.url
    label = click(box)
    check_loaded(page, box, label, autoplay=True)
    assert box.locator("iframe").get_attribute("referrerpolicy") == YOUTUBE_REFERRER
    assert "autoplay" in (box.locator("iframe").get_attribute("allow") or "")
    assert page.url == url, "the facade's link was followed instead of loading in place"
    assert box.bounding_box() == before, "the box changed size or moved when the player loaded"
    # The only third-party request is the player the reader asked for.
    assert visit.third_party() == [box.locator("iframe").get_attribute("src")]


def test_click_loads_a_slideshare_deck_without_autoplay(visit: Visit, material_site: str) -> None:
    page = visit.page
    page.goto(material_site + SUMMIT)
    box = facade_box(page, "slideshare", 3)
    box.scroll_into_view_if_needed()
    label = click(box)
    check_loaded(page, box, label, autoplay=False)
    assert box.locator("iframe").get_attribute("referrerpolicy") is None


@pytest.mark.parametrize("key", ["Enter", "Space"])
def test_keyboard_activation(visit: Visit, material_site: str, key: str) -> None:
    page = visit.page
    page.goto(material_site + SUMMIT)
    box = facade_box(page, "youtube", 1)
    expect(box).to_have_attribute("role", "button")
    box.focus()
    scrolled = page.evaluate("window.scrollY")
    label = box.get_attribute("aria-label") or ""
    page.keyboard.press(key)
    check_loaded(page, box, label, autoplay=True)
    assert page.evaluate("window.scrollY") == scrolled, f"{key} scrolled the page"


def test_facades_work_after_instant_navigation(visit: Visit, material_site: str) -> None:
    page = visit.page
    page.goto(material_site + STORAGE)
    link = page.locator(".md-sidebar--primary a.md-nav__link", has_text="Harbour Cloud Summit")
    follow_instantly(page, link, SUMMIT, "Harbour Cloud Summit")
    box = facade_box(page, "youtube", 3)
    # `init` ran again through Material's document$ for the new content.
    expect(box).to_have_attribute("role", "button")
    label = click(box)
    check_loaded(page, box, label, autoplay=True)
    # And back again: the listeners are still bound once (one click, one player).
    page.go_back()
    page.wait_for_url("**/" + STORAGE)
    expect(page.locator(".roundup-embed iframe")).to_have_count(0)
    box = facade_box(page, "slideshare", 0)
    label = click(box)
    check_loaded(page, box, label, autoplay=False)


def test_without_javascript_a_facade_is_a_link(
    open_context: Callable[..., Visit], material_site: str
) -> None:
    visit = open_context(java_script_enabled=False)
    visit.page.goto(material_site + SUMMIT)
    facade = facade_box(visit.page, "youtube")
    href = facade.get_attribute("href")
    assert href and href.startswith("https://www.youtube.com/watch?v=")
    facade.click()
    visit.page.wait_for_url(href)


RATIOS = {"roundup-ratio-16x9": 9 / 16, "roundup-ratio-4x3": 3 / 4}

MEASURE = """() => [...document.querySelectorAll('.roundup-embed')].map((el) => {
  const box = el.getBoundingClientRect();
  return {classes: [...el.classList], width: box.width, height: box.height};
})"""


def check_layout(page: Page) -> None:
    overflow = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert overflow[0] <= overflow[1], (
        f"horizontal overflow: scrollWidth {overflow[0]} > {overflow[1]}"
    )
    boxes = page.evaluate(MEASURE)
    assert boxes
    for box in boxes:
        ratio = next(RATIOS[c] for c in box["classes"] if c in RATIOS)
        assert box["width"] > 0 and box["height"] > 0, box
        assert box["height"] / box["width"] == pytest.approx(ratio, rel=0.02), box


def shoot(page: Page, artifacts: Path, name: str) -> None:
    """A screen at the keynote card, and the keynote card (a video and a deck) on its own."""
    card = page.locator("article.roundup-talk--keynote").first
    card.scroll_into_view_if_needed()
    page.evaluate("el => el.scrollIntoView({block: 'start'})", card.element_handle())
    page.evaluate("window.scrollBy(0, -80)")
    page.screenshot(path=artifacts / f"{name}.png")
    card.screenshot(path=artifacts / f"{name}-keynote-card.png")


@pytest.mark.parametrize(
    ("name", "viewport", "scheme"),
    [
        ("material-light", DESKTOP, "default"),
        ("material-dark", DESKTOP, "slate"),
        ("material-mobile-360", PHONE, "default"),
    ],
)
def test_layout_and_screenshots(
    open_context: Callable[..., Visit],
    material_site: str,
    artifacts: Path,
    name: str,
    viewport: dict[str, int],
    scheme: str,
) -> None:
    visit = open_context(viewport=viewport)
    page = visit.page
    for path in (MEETUP, STORAGE, SUMMIT):
        page.goto(material_site + path, wait_until="networkidle")
        if page.locator("body").get_attribute("data-md-color-scheme") != scheme:
            # The palette toggle a reader uses (Material keeps the choice across pages).
            page.locator("label[title='Switch to dark mode']").click()
        expect(page.locator("body")).to_have_attribute("data-md-color-scheme", scheme)
        check_layout(page)
    card = page.locator("article.roundup-talk").filter(has=page.locator(".roundup-embed--youtube"))
    card.first.screenshot(path=artifacts / f"{name}-video-card.png")
    page.goto(material_site + SUMMIT, wait_until="networkidle")
    shoot(page, artifacts, name)
    # Loading a player changes nothing around it.
    box = facade_box(page, "slideshare", 2)
    box.scroll_into_view_if_needed()
    before = box.bounding_box()
    click(box)
    expect(box.locator("iframe")).to_have_count(1)
    assert box.bounding_box() == before
    iframe = box.locator("iframe").bounding_box()
    assert iframe and before
    assert (iframe["width"], iframe["height"]) == (before["width"], before["height"])
    check_layout(page)


def test_mkdocs_theme(
    open_context: Callable[..., Visit], mkdocs_theme_site: str, artifacts: Path
) -> None:
    """On MkDocs' own theme (no `document$`): same behaviour, decent looks, no overflow."""
    for name, viewport in (
        ("mkdocs", DESKTOP),
        ("mkdocs-360", PHONE),
    ):
        page = open_context(viewport=viewport).page
        page.goto(mkdocs_theme_site + SUMMIT, wait_until="networkidle")
        check_layout(page)
        card = page.locator("article.roundup-talk").nth(1)
        card.screenshot(path=artifacts / f"{name}-video-card.png")
        box = facade_box(page, "youtube", 1)
        expect(box).to_have_attribute("role", "button")
        label = click(box)
        check_loaded(page, box, label, autoplay=True)


def test_lazy_embeds(visit: Visit, material_lazy_site: str) -> None:
    page = visit.page
    page.goto(material_lazy_site + SUMMIT, wait_until="networkidle")
    expect(page.locator("[data-embed-src]")).to_have_count(0)
    iframes = page.locator(".roundup-embed > iframe")
    expect(iframes).to_have_count(9)
    assert page.evaluate(
        "[...document.querySelectorAll('.roundup-embed > iframe')].every(f => f.loading === 'lazy')"
    )
    check_layout(page)
    # Control for the first test: lazy players do reach the provider once scrolled to,
    # and the recorder sees them.
    scroll_to_bottom(page)
    assert any("slideshare.net" in url for url in visit.third_party())


def test_posters_come_from_the_site(
    open_context: Callable[..., Visit], material_posters_site: str, artifacts: Path
) -> None:
    """`posters: true`: thumbnails fetched at build time are served by the site itself."""
    for name, viewport in (
        ("material-posters", DESKTOP),
        ("material-posters-360", PHONE),
    ):
        visit = open_context(viewport=viewport)
        page = visit.page
        page.goto(material_posters_site + SUMMIT, wait_until="networkidle")
        posters = page.locator(".roundup-embed__facade > img.roundup-embed__poster")
        # Five videos get posters; the four decks are known only by their embed key, which
        # oEmbed cannot answer for, so they keep the text placeholder.
        expect(posters).to_have_count(5)
        expect(page.locator(".roundup-embed--youtube img.roundup-embed__poster")).to_have_count(5)
        scroll_to_bottom(page)
        assert visit.third_party() == []
        assert page.evaluate(
            """[...document.querySelectorAll('img.roundup-embed__poster')].every(
              (img) => img.complete && img.naturalWidth > 0 && img.alt === ''
                && new URL(img.src).origin === location.origin)"""
        )
        check_layout(page)
        card = page.locator("article.roundup-talk").nth(1)
        card.scroll_into_view_if_needed()
        card.screenshot(path=artifacts / f"{name}-video-card.png")
        box = facade_box(page, "youtube", 1)
        label = click(box)
        check_loaded(page, box, label, autoplay=True)


CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "frame-src https:"
)


def test_works_under_a_strict_content_security_policy(visit: Visit, material_site: str) -> None:
    """No inline script or style from the plugin: players still load under `script-src 'self'`.

    (The theme's own inline scripts are refused under this policy; that is the theme's
    business, but it also shows the facades do not depend on them.)
    """
    page = visit.page

    def with_csp(route: Route) -> None:
        response = route.fetch()
        route.fulfill(
            response=response, headers={**response.headers, "content-security-policy": CSP}
        )

    page.route(material_site + SUMMIT, with_csp)
    page.add_init_script(
        """window.__violations = [];
        document.addEventListener("securitypolicyviolation", (e) => {
          window.__violations.push(`${e.violatedDirective} ${e.sourceFile} ${e.blockedURI}`);
        });"""
    )
    page.goto(material_site + SUMMIT, wait_until="networkidle")
    violations = page.evaluate("window.__violations")
    assert violations, "the policy was not applied (the test would prove nothing)"
    assert [v for v in violations if "roundup" in v] == []
    box = facade_box(page, "youtube", 4)
    label = click(box)
    check_loaded(page, box, label, autoplay=True)
    assert [v for v in page.evaluate("window.__violations") if "roundup" in v] == []
