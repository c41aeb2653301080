"""The example roundups built with Zensical as docs/zensical.md says (the `roundup` Markdown
extension, then `mkdocs-roundup build`), checked in Chromium: styled cards, facades that load
their player on click and nothing before, and the index pages the command wrote."""

from __future__ import annotations

import json

import pytest
from sites import unavailable

from .support import STORAGE, SUMMIT, Visit, follow_instantly, scroll_to_bottom
from .test_embeds import check_layout, check_loaded, click, facade_box

try:
    from playwright.sync_api import expect
except ImportError:
    unavailable("the playwright package is not installed (pip install -e '.[test]')", module=True)

pytestmark = pytest.mark.browser

PAGES = {
    SUMMIT: (5, 9),
    STORAGE: (3, 5),
    "examples/lakeside-devops-meetup-march-2025/": (3, 3),
}
"""Cards and facades (players with an embed) per example page."""

INDEXES = ("events/", "speakers/", "organizations/")


def test_cards_are_styled_and_request_nothing_from_other_hosts(
    visit: Visit, zensical_site: str
) -> None:
    page = visit.page
    for path, (cards, facades) in PAGES.items():
        page.goto(zensical_site + path, wait_until="networkidle")
        expect(page.locator("article.roundup-talk")).to_have_count(cards)
        expect(page.locator(".roundup-embed[data-embed-src]")).to_have_count(facades)
        expect(page.locator("iframe")).to_have_count(0)
        # roundup.css is applied: every player's box keeps its aspect ratio.
        check_layout(page)
        scroll_to_bottom(page)
    for path in INDEXES:
        page.goto(zensical_site + path, wait_until="networkidle")
    assert visit.requests, "no request recorded at all: the recorder is broken"
    assert visit.third_party() == []


def test_click_loads_the_player_in_place(visit: Visit, zensical_site: str) -> None:
    page = visit.page
    page.goto(zensical_site + SUMMIT, wait_until="networkidle")
    box = facade_box(page, "youtube", 1)
    expect(box).to_have_attribute("role", "button")  # roundup.js ran
    box.scroll_into_view_if_needed()
    url = page.url
    label = click(box)
    check_loaded(page, box, label, autoplay=True)
    assert page.url == url
    assert visit.third_party() == [box.locator("iframe").get_attribute("src")]


def test_index_pages_link_to_the_cards(visit: Visit, zensical_site: str) -> None:
    page = visit.page
    page.goto(zensical_site + "events/", wait_until="load")
    titles = page.locator(".roundup-event__title a")
    expect(titles).to_have_count(3)
    assert titles.first.inner_text() == "Lakeside DevOps Meetup, March 2025"  # newest first
    talk = page.locator(".roundup-event a[href*='harbour-cloud-summit-2024/#']").first
    talk.click()
    page.wait_for_url("**/" + SUMMIT + "#*")
    anchor = page.url.split("#", 1)[1]
    expect(page.locator(f"article.roundup-talk [id='{anchor}']")).to_have_count(1)

    page.goto(zensical_site + "speakers/", wait_until="load")
    ingrid = page.locator("section.roundup-person", has_text="Ingrid Solberg")
    expect(ingrid.locator(".roundup-list > li")).to_have_count(2)  # the keynote and the panel
    page.goto(zensical_site + "organizations/", wait_until="load")
    expect(page.locator("section.roundup-person")).not_to_have_count(0)

    export = json.loads(page.request.get(zensical_site + "roundup.json").text())
    assert sorted(len(e["talks"]) for e in export["events"]) == [3, 3, 5]


def test_facades_work_after_instant_navigation(visit: Visit, zensical_instant_site: str) -> None:
    page = visit.page
    page.goto(zensical_instant_site + STORAGE, wait_until="networkidle")
    follow_instantly(page, page.locator(f"a[href$='{SUMMIT}']").first, SUMMIT, "Harbour Cloud")
    box = facade_box(page, "youtube", 3)
    # roundup.js ran again for the new content, through Zensical's document$.
    expect(box).to_have_attribute("role", "button")
    label = click(box)
    check_loaded(page, box, label, autoplay=True)
    assert visit.third_party() == [box.locator("iframe").get_attribute("src")]
