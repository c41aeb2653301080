"""Cards in the site's language, linked to the site's indexes, with facades that show their
talk; and the site-wide effects: the automatic nav, the organizations page, the card marker."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from textwrap import dedent

import pytest
from bs4 import BeautifulSoup
from mkdocs.commands.build import build
from mkdocs.config import load_config
from sites import write_site

from mkdocs_roundup.language import load
from mkdocs_roundup.model import Media, Party, Talk
from mkdocs_roundup.render import CardRenderer

VIDEO = Media(
    "youtube",
    "video",
    "QuIeTqUeUe1",
    "https://www.youtube.com/watch?v=QuIeTqUeUe1",
    "https://www.youtube-nocookie.com/embed/QuIeTqUeUe1",
)
DECK = Media(
    "slideshare",
    "slides",
    "LoUdLoGs",
    "https://www.slideshare.net/slideshow/embed_code/key/LoUdLoGs",
    "https://www.slideshare.net/slideshow/embed_code/key/LoUdLoGs",
    ratio=(4, 3),
)


def talk(**changes: object) -> Talk:
    fields: dict[str, object] = {
        "id": "quiet-queues",
        "title": "Quiet Queues",
        "kind": "keynote",
        "section": None,
        "speakers": (Party("Ada Vos", "https://github.com/ada-vos"), Party("Bo Lind")),
        "organizations": (Party("Acme", "https://acme.example"),),
        "abstract": "",
        "slides": (DECK,),
        "videos": (VIDEO,),
        "path": "events/spring.md",
        "line": 3,
    }
    fields.update(changes)
    return Talk(**fields)  # type: ignore[arg-type]


def html(
    renderer: CardRenderer, shown: Talk, posters: dict[str, str] | None = None
) -> BeautifulSoup:
    head, meta, foot = renderer.parts(shown, posters)
    return BeautifulSoup(f"{head}<h3>{shown.title}</h3>{meta}{foot}", "html.parser")


ENTRIES = {
    ("speaker", "Ada Vos"): "speakers/#ada-vos",
    ("speaker", "Bo Lind"): "speakers/#bo-lind",
    ("organization", "Acme"): "organizations/#acme",
}


def test_names_lead_to_their_entry_and_profiles_become_icons() -> None:
    renderer = CardRenderer(entries=lambda kind, party: ENTRIES.get((kind, party.name)))
    renderer.root = "../../"
    card = html(renderer, talk())
    speakers = card.select("a.roundup-speaker")
    assert [(a.get_text(), a["href"]) for a in speakers] == [
        ("Ada Vos", "../../speakers/#ada-vos"),
        ("Bo Lind", "../../speakers/#bo-lind"),
    ]
    (icon,) = card.select("a.roundup-profile")  # Bo Lind has no profile of his own
    assert icon["href"] == "https://github.com/ada-vos"
    assert icon["aria-label"] == "Ada Vos on GitHub"
    assert icon.get_text() == ""
    assert card.select_one("a.roundup-org")["href"] == "../../organizations/#acme"  # type: ignore[index]


def test_without_indexes_names_link_to_their_own_page() -> None:
    card = html(CardRenderer(), talk())
    assert card.select_one("a.roundup-speaker")["href"] == "https://github.com/ada-vos"  # type: ignore[index]
    assert card.select_one("span.roundup-speaker").get_text() == "Bo Lind"  # type: ignore[union-attr]
    assert card.select(".roundup-profile") == []


def test_a_facade_without_a_picture_is_a_cover_of_its_talk() -> None:
    card = html(CardRenderer(), talk())
    video, deck = card.select("a.roundup-embed__facade")
    for facade in (video, deck):
        assert "roundup-cover" in facade["class"]
        assert facade.select_one(".roundup-cover__title").get_text() == "Quiet Queues"  # type: ignore[union-attr]
        assert facade.select_one(".roundup-cover__by").get_text() == "Ada Vos, Bo Lind"  # type: ignore[union-attr]
    assert [f.select_one(".roundup-embed__provider").get_text() for f in (video, deck)] == [  # type: ignore[union-attr]
        "YouTube",
        "SlideShare",
    ]

    # The look is the title's: another title may give another one, the same title the same.
    def look(title: str) -> str:
        facade = html(CardRenderer(), talk(title=title)).select_one(".roundup-embed__facade")
        assert facade is not None
        return next(c for c in facade["class"] if c.startswith("roundup-cover--"))

    assert look("A") == look("A")
    assert len({look(t) for t in "ABCDEFGH"}) > 1


def test_a_facade_shows_the_authors_preview_image_of_the_site_else_the_poster() -> None:
    renderer = CardRenderer(site_files={"events/img/quiet.png"})
    renderer.root = "../../"
    local = talk(videos=(replace(VIDEO, image="img/quiet.png"),))
    poster = {"youtube:QuIeTqUeUe1": "../../assets/roundup/posters/youtube-1.jpg"}
    img = html(renderer, local, poster).select_one(".roundup-embed--youtube img")
    assert img is not None and img["src"] == "../../events/img/quiet.png"
    # An image elsewhere would be a request to another host; a missing one shows nothing.
    for image in ("https://cdn.example/quiet.png", "img/missing.png", "//cdn.example/q.png"):
        other = talk(videos=(replace(VIDEO, image=image),))
        img = html(renderer, other, poster).select_one(".roundup-embed--youtube img")
        assert img is not None and img["src"] == poster["youtube:QuIeTqUeUe1"], image
    # The Markdown extension alone: the page's own path, as written.
    alone = html(CardRenderer(), local).select_one(".roundup-embed--youtube img")
    assert alone is not None and alone["src"] == "img/quiet.png"


def test_a_card_in_german_and_in_arabic() -> None:
    german = html(CardRenderer(language=load("de")), talk(slides=(), videos=(VIDEO,)))
    assert german.select_one(".roundup-badge").get_text() == "Keynote"  # type: ignore[union-attr]
    facade = german.select_one(".roundup-embed__facade")
    assert facade is not None and str(facade["aria-label"]).startswith("Video abspielen: ")
    assert german.article.get("dir") is None  # type: ignore[union-attr]
    arabic = html(CardRenderer(language=load("ar")), talk(kind="panel"))
    assert arabic.article["dir"] == "rtl"  # type: ignore[index]
    assert arabic.select_one(".roundup-badge").get_text() == "حلقة نقاش"  # type: ignore[union-attr]


# -- Sites -----------------------------------------------------------------------------------

EVENT = dedent(
    """\
    ---
    date: 2025-04-02
    ---

    # Spring Meetup

    ### Quiet Queues, [Ada Vos](https://github.com/ada-vos-example)

    Queues that do not shout.

    <iframe src="https://www.youtube.com/embed/QuIeTqUeUe1" title="YouTube video player"></iframe>

    ### Loud Logs, Bo Lind

    Logs that do.
    """
)


@pytest.fixture(autouse=True)
def _quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")


def built(root: Path, pages: dict[str, str], **options: object) -> Path:
    config = load_config(str(write_site(root, pages, **options)))  # type: ignore[arg-type]
    build(config)
    return root / "site"


def nav_links(site: Path) -> list[str]:
    page = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    return [
        " ".join(a.get_text().split())
        for a in page.select("nav.md-nav--primary .md-nav__link")
        if not a.find_parent(class_="md-nav--secondary")
    ]


def test_the_automatic_nav_lists_each_index_once(tmp_path: Path) -> None:
    site = built(tmp_path, {"spring.md": EVENT}, plugin={"posters": False})
    links = nav_links(site)
    assert links.count("Events") == 1 and links.count("Speakers") == 1, links
    # No talk names an organization: no organizations page.
    assert "Organizations" not in links
    assert not (site / "organizations").exists()


def test_the_players_stay_out_of_the_search_index(tmp_path: Path) -> None:
    """A cover repeats the talk's title and speakers, and names the provider: not for search."""
    site = built(tmp_path, {"spring.md": EVENT}, plugin={"posters": False})
    assert "roundup-cover" in (site / "spring" / "index.html").read_text(encoding="utf-8")
    index = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "Queues that do not shout" in index
    assert "YouTube" not in index and index.count("Quiet Queues") == 1


def test_an_organizations_page_the_nav_lists_is_kept_and_says_why_it_is_empty(
    tmp_path: Path,
) -> None:
    nav = [{"Home": "index.md"}, {"Spring": "spring.md"}, {"Orgs": "organizations/index.md"}]
    site = built(tmp_path, {"spring.md": EVENT}, plugin={"posters": False}, nav=nav)
    page = (site / "organizations" / "index.html").read_text(encoding="utf-8")
    assert "No talk names an organization yet." in page


def test_the_theme_language_and_the_language_option(tmp_path: Path) -> None:
    site = built(
        tmp_path / "mkdocs",
        {"spring.md": EVENT},
        plugin={"posters": False},
        theme={"name": "mkdocs", "locale": "fr"},
    )
    events = (site / "events" / "index.html").read_text(encoding="utf-8")
    assert "<h1" in events and "Événements" in events and "2 avril 2025" in events
    assert "2 présentations" in events
    site = built(
        tmp_path / "option",
        {"spring.md": EVENT},
        plugin={"posters": False, "language": "nl", "labels": {"events": "Bijeenkomsten"}},
        theme={"name": "material", "language": "fr"},
    )
    events = (site / "events" / "index.html").read_text(encoding="utf-8")
    assert "Bijeenkomsten" in events and "2 april 2025" in events


def test_a_card_marker_shows_a_talk_of_another_page(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    home = dedent(
        """\
        # Home

        <!-- roundup:card event="spring.md" talk="quiet queues" -->

        <!-- roundup:card event="spring.md" talk="Quiet Queue" -->
        """
    )
    with caplog.at_level(logging.WARNING):
        site = built(tmp_path, {"spring.md": EVENT, "index.md": home}, plugin={"posters": False})
    page = BeautifulSoup((site / "index.html").read_text(encoding="utf-8"), "html.parser")
    (card,) = page.select("article.roundup-talk")
    link = card.select_one(".roundup-talk__title a")
    assert link is not None and link["href"] == "spring/#quiet-queues-ada-vos"
    assert card.select_one("a.roundup-speaker")["href"] == "./speakers/#ada-vos"  # type: ignore[index]
    assert "Queues that do not shout." in card.get_text()
    assert "roundup-cover" in card.select_one(".roundup-embed__facade")["class"]  # type: ignore[index]
    assert (
        "index.md:5: roundup:card: no talk 'Quiet Queue' in spring.md (did you mean 'Quiet Queues'?)"
        in caplog.text
    )


def test_a_poster_host_without_an_address_is_not_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Posters are on by default: offline, a site of thousands of videos must not try each
    one (each failed name lookup costs tens of milliseconds, one at a time)."""
    import urllib.error

    from mkdocs_roundup import posters

    asked: list[str] = []

    def answer(url: str, limit: int) -> tuple[bytes, str]:
        asked.append(url)
        raise urllib.error.HTTPError(url, 404, "Not Found", {}, None)  # type: ignore[arg-type]

    monkeypatch.setattr(posters, "_get", answer)
    # YouTube's name does not resolve; Vimeo's does (and answers 404 for each video).
    monkeypatch.setattr(posters, "_resolves", lambda host: "youtube" not in host)
    videos = [replace(VIDEO, id=f"v{n}", url=f"{VIDEO.url}{n}") for n in range(50)]
    vimeo = Media("vimeo", "video", "1", "https://vimeo.com/1", "https://player.vimeo.com/video/1")
    others = [replace(vimeo, id=str(n), url=f"https://vimeo.com/{n}") for n in range(3)]
    placed = [("spring.md", 3 + n, item) for n, item in enumerate([*videos, *others])]
    with caplog.at_level(logging.INFO):
        assert posters.collect(placed, tmp_path) == {}
    assert sum("youtube.com" in url for url in asked) == 0
    assert sum("vimeo.com" in url for url in asked) == 3  # an HTTP error is one video's
    assert (
        "spring.md:3: www.youtube.com cannot be reached (no address): 50 posters not fetched"
        in caplog.text
    )
