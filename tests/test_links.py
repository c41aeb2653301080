"""Generated output carries only http(s), mailto and site links: the one check, and what
the speakers file and the pages' talks lose to it. Plain records, no MkDocs."""

from __future__ import annotations

import pytest

from mkdocs_roundup.link_targets import is_material, is_video_page
from mkdocs_roundup.links import is_safe_link, safe_event, safe_links, safe_parties
from mkdocs_roundup.model import Event, Party, Talk
from mkdocs_roundup.speakers_file import read_speakers_file


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/ann",
        "HTTP://example.org",
        "mailto:ann@example.org",
        "//example.org/ann",
        "img/ann.jpg",
        "../speakers/#ann",
        "#ann",
        "./ann:x",
    ],
)
def test_safe_links(url: str) -> None:
    assert is_safe_link(url)


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " \x01javascript:alert(1)",
        "java\tscr\nipt:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "tel:+15550100",
    ],
)
def test_unsafe_links(url: str) -> None:
    assert not is_safe_link(url)


def test_safe_helpers_keep_what_passes_as_it_was() -> None:
    urls = ("https://a.example", "mailto:b@example.org")
    assert safe_links(urls) is urls
    assert safe_links((*urls, "javascript:x")) == urls
    parties = (Party("Ann", "https://a.example"), Party("Bo"))
    assert safe_parties(parties) is parties
    assert safe_parties((Party("Cy", "data:x", "CTO"),)) == (Party("Cy", None, "CTO"),)


def talk(speakers: tuple[Party, ...], organizations: tuple[Party, ...] = ()) -> Talk:
    return Talk("t", "T", "talk", None, speakers, organizations, "", (), (), "a.md", 7)


def test_a_talks_unsafe_links_are_dropped_with_their_place() -> None:
    event = Event(
        "a.md",
        None,
        None,
        (
            talk((Party("Ann", "javascript:alert(1)"), Party("Bo", "https://bo.example"))),
            talk((), (Party("Acme", "data:text/html,x"),)),
        ),
    )
    safe, found = safe_event(event)
    assert [str(d) for d in found] == [
        "a.md:7: speaker 'Ann': link 'javascript:alert(1)' dropped (only http(s), mailto and "
        "links within the site are written into cards, indexes, JSON-LD and the export)",
        "a.md:7: organization 'Acme': link 'data:text/html,x' dropped (only http(s), mailto and "
        "links within the site are written into cards, indexes, JSON-LD and the export)",
    ]
    assert [p.url for t in safe.talks for p in (*t.speakers, *t.organizations)] == [
        None,
        "https://bo.example",
        None,
    ]
    assert safe_event(safe) == (safe, [])


def test_the_speakers_files_unsafe_links_and_ids_are_dropped_at_their_line() -> None:
    text = (
        "- name: Ann\n"
        "  links:\n"
        "    - https://ann.example\n"
        "    - javascript:alert(1)\n"
        "  photo: data:image/svg+xml,<svg onload=alert(1)>\n"
        "  id: javascript:alert(1)\n"
    )
    (entry,), problems = read_speakers_file(text, "speakers.yml")
    assert entry.links == ("https://ann.example",)
    assert entry.photo is None and entry.id is None
    assert [(d.line, d.message.split(":")[0]) for d in problems] == [
        (4, "'links'"),
        (5, "'photo'"),
        (6, "'id' must be letters, digits, '-', '_' and '.', not 'javascript"),
    ]


def test_a_recordings_page_written_without_its_scheme_is_one() -> None:
    assert is_video_page("//media.ccc.de/v/hc31-12-queues")
    assert is_video_page("https://tube.example.net/w/iKjt6BjhP9Da54cUxmfohT")
    assert not is_video_page("talk.webm")  # a file beside the page: no host's recording
    assert not is_video_page("https://wiki.example.net/w/ProjectGovernanceNotesAB")


def test_a_page_in_a_sites_folder_of_videos_is_one_recordings() -> None:
    assert is_video_page("http://math.example.edu/Videos/Seminar/29-19860521-lee.html")
    assert is_video_page("https://harbor.example.org/videos/seminar/queues-2031.php")
    assert not is_video_page("https://harbor.example.org/videos/")
    assert not is_video_page("https://harbor.example.org/videos/index.html")
    assert not is_video_page("https://harbor.example.org/talks/queues-2031.html")
    # a label's recordings, a news site's clips
    assert not is_video_page("https://label.example.com/recordings/harbor-lights-2031.html")
    assert not is_video_page("https://news.example.com/video/2031/05/flood-river-road.html")


@pytest.mark.parametrize(
    ("href", "material"),
    [
        ("https://example.org/talks/rivers-deck.pdf", True),
        ("https://example.org/decks/rivers/", True),
        ("https://example.org/slides/rivers", True),
        ("https://example.org/ann/RiversNightDeck", True),
        ("https://example.org/programm/flusse-neu-entdeckt", False),
    ],
)
def test_a_path_names_a_deck_by_its_words(href: str, material: bool) -> None:
    assert is_material(href) is material
