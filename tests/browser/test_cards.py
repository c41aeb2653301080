"""Cards and index pages as a reader sees them, checked in a real Chromium.

Facades that show what they hold, one media row per card, speaker names that lead to their
entry, the site's language (German, French, Arabic from right to left), a navigation without
doubled entries, letter targets of a usable size; screenshots (light, dark, phone) go to
`test-artifacts/` for a person to look at.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from sites import unavailable

from mkdocs_roundup import language

from .support import DESKTOP, EXAMPLES, PAGES, PHONE, Visit, scroll_to_bottom

try:
    from playwright.sync_api import Page
except ImportError:
    unavailable("the playwright package is not installed (pip install -e '.[test]')", module=True)

pytestmark = pytest.mark.browser

AUTHORED = " ".join(
    [*PAGES.values(), *(p.read_text(encoding="utf-8") for p in EXAMPLES.glob("*.md"))]
)
"""What the pages' authors wrote (words of theirs are not the plugin's)."""
CCC = "ccc2023/"
CSIUG = "csiug2024/"
SPEAKERS = "speakers/"
EVENTS = "events/"


def boxes(page: Page, selector: str) -> list[list[dict[str, float]]]:
    """The bounding boxes of each group's children, for every element `selector` finds."""
    found: list[list[dict[str, float]]] = page.eval_on_selector_all(
        selector,
        """groups => groups.map(group => [...group.children].map(child => {
            const r = child.getBoundingClientRect();
            return {x: r.x, y: r.y, width: r.width, height: r.height};
        }))""",
    )
    return found


def dark(page: Page) -> None:
    """Material's dark scheme (`slate`), as its palette toggle sets it."""
    page.evaluate("document.body.setAttribute('data-md-color-scheme', 'slate')")


# -- Facades ---------------------------------------------------------------------------------


def test_facades_on_the_seed_page_all_look_different(visit: Visit, material_site: str) -> None:
    """CCC 2023 is 36 SlideShare decks with no picture: each facade is its own typeset cover,
    and pictures of them are all different; still nothing asked of another host."""
    page = visit.page
    page.goto(material_site + CCC, wait_until="networkidle")
    facades = page.locator("a.roundup-embed__facade")
    count = facades.count()
    assert count >= 30
    assert page.locator("a.roundup-embed__facade.roundup-cover").count() == count
    pictures = {hashlib.sha256(facades.nth(n).screenshot()).hexdigest() for n in range(count)}
    assert len(pictures) == count
    # A cover names its talk and its speakers, and the provider.
    first = facades.first
    heading = first.evaluate(
        "el => el.closest('article').querySelector('h1, h2, h3, h4, h5, h6').textContent"
    )
    assert first.locator(".roundup-cover__title").inner_text() in heading
    assert first.locator(".roundup-embed__provider").inner_text().lower() == "slideshare"
    scroll_to_bottom(page)
    assert visit.third_party() == []


# -- One media row ---------------------------------------------------------------------------


def test_media_of_a_card_share_one_row(
    open_context: Callable[..., Visit], material_site: str
) -> None:
    """CSIUG 2024 pairs 16:9 videos with 4:3 decks: side by side at one height with a gap of
    a few pixels on a desktop, stacked full width with a few pixels between on a phone."""
    desktop = open_context(viewport=DESKTOP).page
    desktop.goto(material_site + CSIUG, wait_until="networkidle")
    rows = [row for row in boxes(desktop, ".roundup-talk__media") if len(row) > 1]
    assert len(rows) >= 5
    for row in rows:
        for before, after in pairwise(row):
            assert abs(after["y"] - before["y"]) <= 1
            assert abs(after["height"] - before["height"]) <= 2, row
            assert 0 <= after["x"] - (before["x"] + before["width"]) <= 6, row
    phone = open_context(viewport=PHONE).page
    phone.goto(material_site + CSIUG, wait_until="networkidle")
    for row in [row for row in boxes(phone, ".roundup-talk__media") if len(row) > 1]:
        for before, after in pairwise(row):
            assert abs(after["width"] - before["width"]) <= 1
            assert 0 <= after["y"] - (before["y"] + before["height"]) <= 8, row


# -- Links -----------------------------------------------------------------------------------


def test_speaker_names_lead_to_their_entry(visit: Visit, material_site: str) -> None:
    """Every speaker name of a card links to an entry of the speakers page that bears the
    name; their own profile is a small icon link beside it, a target of 24 x 24 px."""
    page = visit.page
    page.goto(material_site + CCC, wait_until="networkidle")
    links = page.eval_on_selector_all(
        "a.roundup-speaker", "els => els.map(a => [a.textContent, a.href])"
    )
    assert len(links) >= 30
    assert {urlsplit(href).path for _, href in links} == {urlsplit(material_site + SPEAKERS).path}
    icons = page.locator(".roundup-talk__meta a.roundup-profile")
    assert icons.count() >= 15
    assert (icons.first.get_attribute("href") or "").startswith("https://")
    assert " on " in (icons.first.get_attribute("aria-label") or "")
    size = icons.first.bounding_box()
    assert size is not None and size["width"] >= 24 and size["height"] >= 24
    page.goto(material_site + SPEAKERS, wait_until="networkidle")
    for name, href in links:
        entry = page.locator(f"#{urlsplit(href).fragment}")
        assert entry.count() == 1, href
        assert name in entry.locator(".roundup-person__name").inner_text()
    # A click lands on the entry.
    page.goto(material_site + CCC, wait_until="networkidle")
    name = page.locator("a.roundup-speaker").first
    text = name.inner_text()
    name.click()
    page.wait_for_url(re.compile(r"/speakers/#"))
    target = page.locator(".roundup-person:target .roundup-person__name")
    assert target.inner_text() == text


# -- Language --------------------------------------------------------------------------------

PLUGIN_TEXT = """() => {
  const texts = [];
  const take = (selector, read) =>
    document.querySelectorAll(selector).forEach(el => texts.push(read(el) || ""));
  take(".roundup-badge, .roundup-link, .roundup-mark, .roundup-event__meta, time,"
       + " .roundup-event__talks > summary, .roundup-index__empty, .roundup-person__label",
       el => el.textContent);
  take(".roundup-embed__facade", el => (el.getAttribute("aria-label") || "").split(": ")[0]);
  take(".roundup-profile", el => el.getAttribute("aria-label"));
  take(".roundup-letters", el => el.getAttribute("aria-label"));
  // The title of a generated index page, and the navigation (not the author's headings).
  take("article > h1:has(+ .roundup-index)", el => el.textContent);
  take(".md-nav--primary .md-nav__link", el => el.closest(".md-nav--secondary") ? "" : el.textContent);
  return texts.map(t => t.replace(/\\s+/g, " ").trim()).filter(Boolean);
}"""


def english_only(code: str) -> set[str]:
    """The words of the plugin's English table that the language `code` writes otherwise."""
    english, other = language.load("en"), language.load(code)
    texts = [(english[k], other[k]) for k in english.labels]
    texts += [
        (english.counts[k][form], " ".join(other.counts[k].values()))
        for k in english.counts
        for form in english.counts[k]
    ]
    texts += list(zip(english.months, other.months, strict=True))
    words = set()
    for mine, theirs in texts:
        for fragment in re.split(r"\{\w+\}", mine):
            if fragment.strip() and fragment.strip() not in theirs:
                words.add(fragment.strip())
    return words


@pytest.mark.parametrize("code", ["de", "fr"])
def test_a_site_in_german_or_french_shows_no_english_plugin_string(
    visit: Visit, site_in: Callable[[str], str], code: str
) -> None:
    base = site_in(code)
    words = english_only(code)
    assert {"Speakers", "talks", "Play video", "December"} <= words
    other = language.load(code)
    seen: list[str] = []
    for path in ("", CCC, CSIUG, EVENTS, SPEAKERS):
        visit.page.goto(base + path, wait_until="networkidle")
        seen += visit.page.evaluate(PLUGIN_TEXT)
    text = "\n".join(seen)
    found = sorted(
        w for w in words if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text) and w not in AUTHORED
    )
    assert found == []  # the plugin's words; the authors' own ("March 2025") stay theirs
    # And it does say things, in its language.
    for expected in (other["speakers"], other["events"], other.count("talk_count", 2)[2:]):
        assert expected in text
    assert other.date("2023-11-23") in text  # CCC 2023, in the events index


def test_a_right_to_left_site_lays_out_from_the_right(
    open_context: Callable[..., Visit], site_in: Callable[[str], str], artifacts: Path
) -> None:
    """Arabic: the card's coloured edge is on the right, where lines start; the index's
    triangles and photos follow."""
    base = site_in("ar")
    page = open_context(viewport=DESKTOP).page
    page.goto(base + CCC, wait_until="networkidle")
    card = page.locator("article.roundup-talk").first
    assert card.evaluate("el => getComputedStyle(el).direction") == "rtl"
    widths = card.evaluate(
        "el => [getComputedStyle(el).borderRightWidth, getComputedStyle(el).borderLeftWidth]"
    )
    assert float(widths[0].removesuffix("px")) > float(widths[1].removesuffix("px"))
    facade = card.locator(".roundup-embed__facade")
    assert (facade.get_attribute("aria-label") or "").startswith(language.load("ar")["load_slides"])
    card.screenshot(path=artifacts / "cards-ar-rtl-card.png")
    page.goto(base + EVENTS, wait_until="networkidle")
    page.screenshot(path=artifacts / "cards-ar-events.png")


# -- Index pages -----------------------------------------------------------------------------


def test_the_automatic_nav_has_no_doubled_entries(
    visit: Visit, site_in: Callable[[str], str]
) -> None:
    """With MkDocs' automatic nav, each generated index is one entry, not a section holding a
    page of the same name ("Events > Events")."""
    base = site_in("de")
    visit.page.goto(base, wait_until="networkidle")
    labels = visit.page.eval_on_selector_all(
        ".md-nav--primary .md-nav__link",
        "els => els.filter(el => !el.closest('.md-nav--secondary'))"
        ".map(el => el.textContent.replace(/\\s+/g, ' ').trim())",
    )
    german = language.load("de")
    for title in (german["events"], german["speakers"]):
        assert labels.count(title) == 1, labels
    assert labels.count(german["organizations"]) == 1, labels


def test_letter_targets_are_large_enough(
    open_context: Callable[..., Visit], material_site: str
) -> None:
    """24 x 24 px at least (WCAG 2.2), 40 px on a phone; names sorted by family name."""
    for viewport, least in ((DESKTOP, 24), (PHONE, 40)):
        page = open_context(viewport=viewport).page
        page.goto(material_site + SPEAKERS, wait_until="networkidle")
        letters = page.locator(".roundup-letters > a")
        assert letters.count() >= 5
        for n in range(letters.count()):
            box = letters.nth(n).bounding_box()
            assert box is not None and box["width"] >= least and box["height"] >= least, box
    headings = page.eval_on_selector_all(".roundup-letter", "els => els.map(e => e.id)")
    assert "roundup-letter-v" in headings  # Ada Vos, under V (her family name)


def test_an_event_and_its_date_read_apart(visit: Visit, material_site: str) -> None:
    """In a person's list of talks the event and its date are separated by a dot."""
    visit.page.goto(material_site + SPEAKERS, wait_until="networkidle")
    time = visit.page.locator(".roundup-list small time").first
    before = time.evaluate("el => getComputedStyle(el, '::before').content")
    assert "·" in before
    assert re.fullmatch(r"[A-Z][a-z]+ \d{1,2}, \d{4}", time.inner_text())


# -- Screenshots -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "viewport", "scheme"),
    [("light", DESKTOP, "default"), ("dark", DESKTOP, "slate"), ("phone", PHONE, "default")],
)
def test_screenshots(
    open_context: Callable[..., Visit],
    material_site: str,
    site_in: Callable[[str], str],
    artifacts: Path,
    name: str,
    viewport: dict[str, int],
    scheme: str,
) -> None:
    """Pictures to look at: the seed page's covers, a video + deck card, the indexes, and
    the German site."""
    visit = open_context(viewport=viewport)
    page = visit.page
    shots = [
        (material_site + CCC, "ccc", "article.roundup-talk >> nth=1"),
        (
            material_site + CSIUG,
            "csiug",
            "article.roundup-talk:has(.roundup-embed--video) >> nth=1",
        ),
        (material_site + SPEAKERS, "speakers", None),
        (material_site + EVENTS, "events", None),
        (site_in("de") + CCC, "de-ccc", "article.roundup-talk >> nth=2"),
    ]
    for url, shot, card in shots:
        page.goto(url, wait_until="networkidle")
        if scheme == "slate":
            dark(page)
        if card:
            target = page.locator(card)
            target.scroll_into_view_if_needed()
            page.evaluate("el => el.scrollIntoView({block: 'start'})", target.element_handle())
            page.evaluate("window.scrollBy(0, -70)")
            target.screenshot(path=artifacts / f"cards-{shot}-{name}-card.png")
        page.screenshot(path=artifacts / f"cards-{shot}-{name}.png")
    assert [u for u in visit.third_party() if urljoin(u, "/") != u] == []
