"""The site-wide indexes, listing markers, JSON-LD and export, from small sites built for
real (in this process, as ``mkdocs serve`` builds them), and over the shared corpus."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from pathlib import Path
from textwrap import dedent
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup, Tag
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.utils import get_relative_url
from sites import copy_corpus, need_corpus, write_site

from mkdocs_roundup import markers
from mkdocs_roundup.config import index_source
from mkdocs_roundup.listings import _stripped
from mkdocs_roundup.site_urls import relative_to, relative_url, site_root

SPRING = dedent(
    """\
    ---
    title: Spring Meetup
    location: Lisbon
    ---

    # Spring Meetup

    ## Day 1

    ### Quiet Queues, [Ada Vos](https://github.com/ada-vos-example)

    Queues that do not shout.

    <iframe src="https://www.youtube.com/embed/QuIeTqUeUe1" title="YouTube video player"></iframe>

    ### Loud Logs, Bo Lind

    Logs that do.

    <iframe src="https://www.slideshare.net/slideshow/embed_code/key/LoUdLoGsLoUdLo" width="640" height="480"></iframe>

    ## Day 2

    ### Keynote: Calm Clusters, Ada Vos, [Acme](https://acme.example)

    Clusters that keep calm.
    """
)

AUTUMN = dedent(
    """\
    ---
    title: Autumn Summit
    date: 2025-10-10
    ---

    ### Fast Feeds, [Ada Vos](https://GitHub.com/Ada-Vos-Example/)

    Feeds.

    <iframe src="https://www.youtube.com/embed/FaStFeEdS01" title="YouTube video player"></iframe>

    ### Slow Streams, [Bo Lind](https://www.linkedin.com/in/bolind)

    Streams.
    """
)

WINTER = dedent(
    """\
    # Winter Gathering

    ### Cold Caches, Cy Moss

    Caches.

    ### Warm Welcomes, Dee Dunn

    Welcomes.
    """
)

PAGES = {
    "events/2025-04-02-spring.md": SPRING,
    "events/autumn.md": AUTUMN,
    "events/winter.md": WINTER,
}


def run(
    config_file: Path, *, dirty: bool = False, serve: bool = False, strict: bool = False
) -> MkDocsConfig:
    """Build as ``mkdocs build`` (or one rebuild of ``mkdocs serve``) does, in this process."""
    config = load_config(str(config_file), strict=strict)
    config.plugins.on_startup(command="serve" if serve else "build", dirty=dirty)
    build(config, serve_url="http://127.0.0.1:8000/" if serve else None, dirty=dirty)
    return config


@pytest.fixture(autouse=True)
def _quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")


def logged(caplog: pytest.LogCaptureFixture, level: int = logging.WARNING) -> list[str]:
    return [
        r.getMessage() for r in caplog.records if r.levelno == level and r.name.startswith("mkdocs")
    ]


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def anchors(path: Path, seen: dict[Path, set[str]]) -> set[str]:
    if path not in seen:
        seen[path] = {str(t["id"]) for t in soup(path).find_all(id=True)}
    return seen[path]


def text(tag: Tag | None) -> str:
    assert tag is not None
    return " ".join(tag.get_text(" ", strip=True).split())


def attr(tag: Tag, selector: str, name: str) -> str:
    """The attribute of the first element under ``tag`` that matches ``selector``."""
    found = tag.select_one(selector)
    assert found is not None, selector
    return str(found[name])


HEADING = "h1, h2, h3, h4, h5, h6"
ITEM = ".roundup-list > li"
"""A talk in an index or a listing."""
TITLE = ":scope > a:first-child"
"""Inside an item: its title, linking to the talk's card."""


def export(site: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((site / "roundup.json").read_text(encoding="utf-8"))
    return data


def target(page: Path, href: str) -> tuple[Path, str]:
    """The file and anchor a relative link of ``page`` opens."""
    url = urljoin(page.as_uri(), href)
    parts = urlsplit(url)
    path = Path(unquote(parts.path))
    if path.is_dir():
        path = path / "index.html"
    return path, parts.fragment


def assert_links_resolve(page: Path) -> int:
    """Every relative link of the page's index content opens an existing file and anchor."""
    content = soup(page).select_one(".roundup-index")
    assert content is not None, page
    seen: dict[Path, set[str]] = {}
    count = 0
    for link in content.find_all("a", href=True):
        href = str(link["href"])
        if urlsplit(href).scheme:
            continue
        path, anchor = target(page, href)
        assert path.is_file(), (page, href)
        assert not anchor or anchor in anchors(path, seen), (page, href)
        count += 1
    return count


def linked_data(page: Path) -> list[dict[str, Any]]:
    return [
        json.loads(s.string or "")
        for s in soup(page).find_all("script", type="application/ld+json")
    ]


def performers(event: dict[str, Any]) -> list[list[dict[str, Any]]]:
    """Each talk's performers, those named by ``@id`` alone replaced by their node (written
    where the page first names them)."""
    nodes: dict[str, dict[str, Any]] = {}
    found = []
    for talk in event["subEvent"]:
        shown = []
        for node in talk.get("performer", []):
            if set(node) != {"@id"}:
                assert node.get("@id") not in nodes, node  # each of them once
                nodes[node.get("@id", id(node))] = node
            shown.append(nodes[node["@id"]] if set(node) == {"@id"} else node)
        found.append(shown)
    return found


# -- Pure helpers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "source"),
    [
        ("speakers/", "speakers/index.md"),
        ("/speakers/", "speakers/index.md"),
        ("speakers", "speakers/index.md"),
        ("people.md", "people.md"),
        ("people.html", "people.md"),
        ("a/b/", "a/b/index.md"),
        ("", None),
        ("  ", None),
    ],
)
def test_index_source(url: str, source: str | None) -> None:
    assert index_source(url) == source


@pytest.mark.parametrize(
    ("page", "url", "expected"),
    [
        ("speakers/", "blog/x/#talk", "../blog/x/#talk"),
        ("speakers/", "speakers/#ada", "#ada"),
        ("speakers/", "speakers/ada/", "ada/"),
        ("speakers/", "", "../"),
        ("", "speakers/#ada", "speakers/#ada"),
        ("speakers/index.html", "blog/x.html#talk", "../blog/x.html#talk"),
        ("speakers/index.html", "speakers/index.html#ada", "#ada"),
        ("speakers/ada.html", "speakers/index.html#ada", "index.html#ada"),
        ("index.html", "events/index.html", "events/index.html"),
        ("speakers/", "https://example.org/a", "https://example.org/a"),
        # A site URL that would read as a scheme ("x:y/", from a page or an id named so):
        ("speakers/", "speakers/javascript:x/", "./javascript:x/"),
        ("", "javascript:x/", "./javascript:x/"),
    ],
)
def test_relative_urls(page: str, url: str, expected: str) -> None:
    assert relative_to(page)(url) == expected


@pytest.mark.parametrize(
    "page", ["", "./", "index.html", "speakers/", "a/b/c.html", "a/b/", "a.b/"]
)
@pytest.mark.parametrize(
    "url", ["", "./", "speakers/", "speakers/ada.html", "a/b/", "a/x/../b/", "../../up/", "a//b/"]
)
def test_relative_url_is_mkdocs_own(page: str, url: str) -> None:
    """The listings make relative links without importing MkDocs, as MkDocs makes them."""
    assert relative_url(url, page) == get_relative_url(url, page)


@pytest.mark.parametrize(
    "pieces",
    [
        [],
        ["", "\n", "  "],
        ["\n", "<div>", "\n", "a", " b ", "</div>", "\n\n"],
        ["  <p>", "x", "</p>  "],
        ["<p>", "", "x</p>"],
        ["\n ", " <ul>\n", "<li>", "</li>", "\n</ul>\n", " ", ""],
    ],
)
def test_index_pieces_are_stripped_as_their_join(pieces: list[str]) -> None:
    """A marker's HTML is kept in Jinja's pieces until the page is joined: the pieces must
    join to what the template's whole output, stripped, would be."""
    kept = _stripped(list(pieces))
    assert "".join(kept) == "".join(pieces).strip()
    assert not kept or (kept[0] == kept[0].lstrip() and kept[-1] == kept[-1].rstrip())


@pytest.mark.parametrize(
    ("page", "root"),
    [
        ("", "./"),
        ("./", "./"),  # the home page with directory URLs (MkDocs 1.6)
        ("index.html", "./"),
        ("speakers/", "../"),
        ("speakers/index.html", "../"),
        ("speakers/ada-vos/", "../../"),
        ("speakers/ada-vos.html", "../"),
    ],
)
def test_site_root(page: str, root: str) -> None:
    """Index links are the page's root plus a site URL: they open the same file as
    ``relative_to`` gives."""
    assert site_root(page) == root
    base = f"https://example.org/{page}"
    for url in ("blog/x/#talk", "speakers/#ada", "", "events/index.html"):
        assert urljoin(base, root + url) == urljoin(base, relative_to(page)(url)), url


@pytest.mark.parametrize(
    ("comment", "kind", "options", "problems"),
    [
        ("<!-- roundup:talks latest=5 -->", "talks", (("latest", "5"),), []),
        ('<!-- roundup:talks speaker="Wido den Hollander" -->', "talks", (("speaker", "Wido den Hollander"),), []),
        ("<!--roundup:talks event='a b.md' kind=keynote-->", "talks", (("event", "a b.md"), ("kind", "keynote")), []),
        ("<!-- roundup:speakers -->", "speakers", (), []),
        ("<!-- roundup:talks who=me -->", "talks", (("who", "me"),),
         ["x.md:3: roundup:talks: unknown option 'who' (options: event, kind, latest, organization, speaker)"]),
        ("<!-- roundup:talk -->", "talk", (),
         ["x.md:3: unknown marker 'roundup:talk' (known: roundup:talks, roundup:events, roundup:speakers, "
          "roundup:organizations, roundup:speaker, roundup:organization, roundup:card)"]),
        ('<!-- roundup:talks speaker="unclosed -->', "talks", (), ["x.md:3: roundup:talks: cannot read 'speaker=\"unclosed'"]),
    ],
)  # fmt: skip
def test_marker_syntax(
    comment: str, kind: str, options: tuple[tuple[str, str], ...], problems: list[str]
) -> None:
    match = markers.MARKER.search(comment)
    assert match is not None
    marker, found = markers.read(match, "x.md", 3)
    assert (marker.kind, marker.options) == (kind, options)
    assert [str(p) for p in found] == problems


def test_markers_in_code_are_not_markers() -> None:
    source = "a\n\n<!-- roundup:talks latest=1 -->\n\n```md\n<!-- roundup:talks latest=2 -->\n```\n\n~~~\n<!-- roundup:events -->\n"
    # The last fence is never closed: Markdown renders what follows it, marker included.
    assert markers.in_source(source, "x.md", first_line=5) == [
        ("<!-- roundup:talks latest=1 -->", 7),
        ("<!-- roundup:events -->", 14),
    ]
    assert markers.in_source(source + "~~~\n", "x.md", first_line=5) == [
        ("<!-- roundup:talks latest=1 -->", 7)
    ]


# -- Built sites ----------------------------------------------------------------------------


@pytest.fixture
def site(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> Path:
    caplog.set_level(logging.INFO, logger="mkdocs")
    run(write_site(tmp_path, PAGES), strict=True)
    return tmp_path / "site"


def test_events_page(site: Path) -> None:
    page = site / "events" / "index.html"
    events = soup(page).select(".roundup-event")
    titles = [text(e.select_one(".roundup-event__title")) for e in events]
    assert titles == [
        "Autumn Summit",
        "Spring Meetup",
        "Winter Gathering",
    ]  # newest first, undated last
    dates = [e.select_one("time") for e in events]
    assert [d["datetime"] if d else None for d in dates] == ["2025-10-10", "2025-04-02", None]
    autumn, spring, _ = events
    assert text(spring.select_one(".roundup-event__location")) == "Lisbon"
    assert autumn.select_one(".roundup-event__location") is None
    counts = [
        (
            attr(e, "[data-talks]", "data-talks"),
            attr(e, "[data-speakers]", "data-speakers"),
        )
        for e in events
    ]
    assert counts == [("2", "2"), ("3", "2"), ("2", "2")]
    assert [text(s) for s in spring.select(".roundup-event__section")] == ["Day 1", "Day 2"]
    items = spring.select(ITEM)
    assert [text(i.select_one(TITLE)) for i in items] == [
        "Quiet Queues",
        "Loud Logs",
        "Calm Clusters",
    ]
    assert [[text(m) for m in i.select(".roundup-mark")] for i in items] == [
        ["Video"], ["Slides"], []
    ]  # fmt: skip
    assert [len(i.select(".roundup-mark--video")) for i in items] == [1, 0, 0]
    assert [[text(b) for b in i.select(".roundup-badge")] for i in items] == [[], [], ["Keynote"]]
    assert items[2].select_one(".roundup-badge--keynote") is not None
    assert [text(i.select_one(".roundup-item__people")) for i in items] == [
        "Ada Vos", "Bo Lind", "Ada Vos"
    ]  # fmt: skip
    assert text(items[2].select_one(".roundup-item__orgs")) == "Acme"
    assert spring.select(".roundup-item__event") == []  # the event is the section's own
    assert assert_links_resolve(page) > 10


def test_speakers_page_has_each_person_once_with_every_talk(site: Path) -> None:
    page = site / "speakers" / "index.html"
    html = soup(page)
    people = {str(p["id"]): p for p in html.select(".roundup-person")}
    # By family name: Dunn, Lind, Moss, Vos.
    assert list(people) == ["dee-dunn", "bo-lind", "cy-moss", "ada-vos"]
    ada = people["ada-vos"]
    assert text(ada.select_one(".roundup-person__name")) == "Ada Vos"
    # The same GitHub profile written twice (case, trailing slash): one link.
    assert [a["href"] for a in ada.select(".roundup-person__links a")] == [
        "https://github.com/ada-vos-example"
    ]
    # Newest first, each with its event.
    assert [text(i.select_one(TITLE)) for i in ada.select(ITEM)] == [
        "Fast Feeds", "Quiet Queues", "Calm Clusters"
    ]  # fmt: skip
    assert [text(i.select_one(".roundup-item__event")) for i in ada.select(ITEM)] == [
        "Autumn Summit", "Spring Meetup", "Spring Meetup"
    ]  # fmt: skip
    assert [text(i.select_one("time")) for i in ada.select(ITEM)] == [
        "October 10, 2025", "April 2, 2025", "April 2, 2025"
    ]  # fmt: skip
    assert [i.select_one("time")["datetime"] for i in ada.select(ITEM)] == [
        "2025-10-10", "2025-04-02", "2025-04-02"
    ]  # fmt: skip
    assert [[text(m) for m in i.select(".roundup-mark")] for i in ada.select(ITEM)] == [
        ["Video"], ["Video"], []
    ]  # fmt: skip
    assert ada.select(".roundup-item__people") == []  # the entry is the person's own
    bo = people["bo-lind"]  # unlinked in spring, linked in autumn: one person
    assert len(bo.select(ITEM)) == 2
    assert [a.get_text() for a in html.select(".roundup-letters a")] == ["D", "L", "M", "V"]
    assert html.find(id="roundup-letter-v") is not None
    assert assert_links_resolve(page) > 10

    data = export(site)
    assert [(s["id"], s["name"], len(s["talks"])) for s in data["speakers"]] == [
        (str(p["id"]), text(p.select_one(".roundup-person__name")), len(p.select(ITEM)))
        for p in people.values()
    ]
    for speaker in data["speakers"]:
        hrefs = [attr(i, TITLE, "href") for i in people[speaker["id"]].select(ITEM)]
        assert [urljoin("speakers/", str(h)) for h in hrefs] == speaker["talks"]
    ids = {p["id"] for e in data["events"] for t in e["talks"] for p in t["speakers"]}
    assert ids == set(people)
    assert [o["name"] for o in data["organizations"]] == ["Acme"]


TRICKY = dedent(
    """\
    ---
    title: "Quotes \\"&\\" </script>"
    date: 2025-05-05
    location: Zürich & Co
    ---

    ## Track "A" & B

    ### Why "A" & \\ Hard, [Zoë Ærø](https://www.linkedin.com/in/zoë-ærø/?a=1&b=2)

    Text with "quotes", a back\\slash and &lt;/script&gt;.

    <iframe src="https://www.youtube.com/embed/TrIcKyTeXt1" title="YouTube video player"></iframe>

    ### Plain, Ünal Øst

    Plain.
    """
)


def test_export_and_json_ld_are_written_exactly(tmp_path: Path) -> None:
    """The export and the JSON-LD are written as JSON text directly: they must parse, say
    what the records say (the export is each talk's ``as_dict`` with the parties' ids), and
    leave no way to close their ``<script>``."""
    config = run(write_site(tmp_path, {**PAGES, "events/tricky.md": TRICKY}), strict=True)
    plugin = config.plugins["roundup"]
    site = tmp_path / "site"
    text = (site / "roundup.json").read_text(encoding="utf-8")
    data = export(site)
    # One line per talk and per person: readable with grep, diffable.
    talks = sum(len(e["talks"]) for e in data["events"])
    people = len(data["speakers"]) + len(data["organizations"])
    assert len(text.splitlines()) == 1 + len(data["events"]) + talks + 2 + people
    assert text.isascii()  # non-ASCII letters as \\u escapes
    for event in data["events"]:
        talks = plugin.events[event["source"]].talks
        for talk, written in zip(talks, event["talks"], strict=True):
            expected = talk.as_dict()  # the records, plus the id of each party
            for key in ("speakers", "organizations"):
                for party, found in zip(expected[key], written[key], strict=True):
                    party["id"] = found["id"]
            assert written == expected
            assert None not in [p["id"] for p in written["speakers"] + written["organizations"]]
    (tricky,) = [e for e in data["events"] if e["source"] == "events/tricky.md"]
    why, plain = tricky["talks"]
    assert why["title"] == 'Why "A" & \\ Hard'
    assert why["speakers"] == [
        {"name": "Zoë Ærø", "url": "https://www.linkedin.com/in/zoë-ærø/?a=1&b=2", "id": "zoe-ærø"}
    ]
    assert why["abstract"] == 'Text with "quotes", a back\\slash and </script>.'
    assert (tricky["title"], tricky["location"], why["section"]) == (
        'Quotes "&" </script>',
        "Zürich & Co",
        'Track "A" & B',
    )

    page = site / "events" / "tricky" / "index.html"
    html = page.read_text(encoding="utf-8")
    script = html[html.index('<script type="application/ld+json">') :]
    script = script[: script.index("</script>")]
    assert "<" not in script[1:] and "&" not in script  # nothing that HTML would read
    (ld,) = linked_data(page)
    assert (ld["name"], ld["location"]["name"]) == ('Quotes "&" </script>', "Zürich & Co")
    assert [t["name"] for t in ld["subEvent"]] == [why["title"], plain["title"]]
    assert ld["subEvent"][0]["performer"] == [
        {
            "@type": "Person",
            "@id": "../../speakers/#zoe-ærø",
            "name": "Zoë Ærø",
            "url": "../../speakers/#zoe-ærø",
            "sameAs": ["https://www.linkedin.com/in/zoë-ærø/?a=1&b=2"],
        }
    ]
    assert ld["subEvent"][1]["performer"][0]["name"] == "Ünal Øst"


def test_organizations_page(site: Path) -> None:
    page = site / "organizations" / "index.html"
    (acme,) = soup(page).select(".roundup-person")
    assert acme["id"] == "acme"
    assert [text(i.select_one(TITLE)) for i in acme.select(ITEM)] == ["Calm Clusters"]
    assert assert_links_resolve(page) > 0


def test_roundup_pages_carry_json_ld_matching_the_cards(site: Path) -> None:
    page = site / "events" / "2025-04-02-spring" / "index.html"
    (data,) = linked_data(page)
    # In the page's head, out of the article (and of what search indexes).
    head = soup(page).head
    assert head is not None and head.find("script", type="application/ld+json") is not None
    assert {k: data[k] for k in ("@context", "@type", "name", "startDate", "location")} == {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": "Spring Meetup",
        "startDate": "2025-04-02",
        "location": {"@type": "Place", "name": "Lisbon"},
    }
    cards = soup(page).select("article.roundup-talk")
    talks = data["subEvent"]
    assert [t["name"] for t in talks] == [
        text(c.select_one(HEADING)).removesuffix(" ¶") for c in cards
    ]
    for talk, named, card in zip(talks, performers(data), cards, strict=True):
        heading = card.select_one(HEADING)
        assert heading is not None and talk["url"] == f"#{heading['id']}"
        shown = [text(n) for n in card.select(".roundup-speaker")] + [
            text(o) for o in card.select(".roundup-org")
        ]
        assert [p["name"] for p in named] == shown
    quiet, loud, calm = talks
    assert quiet["performer"] == [
        {
            "@type": "Person",
            "@id": "../../speakers/#ada-vos",
            "name": "Ada Vos",
            "url": "../../speakers/#ada-vos",
            "sameAs": ["https://github.com/ada-vos-example"],
        }
    ]
    # The video, named only when its title is not the talk's; the abstract stays on the page.
    assert quiet["recordedIn"] == {
        "@type": "VideoObject",
        "url": "https://www.youtube.com/watch?v=QuIeTqUeUe1",
        "embedUrl": "https://www.youtube-nocookie.com/embed/QuIeTqUeUe1",
    }
    assert sorted(quiet) == ["@type", "name", "performer", "recordedIn", "url"]
    assert (
        "recordedIn" not in loud and loud["subjectOf"][0]["@type"] == "PresentationDigitalDocument"
    )
    # Bo Lind is unlinked on this page: no sameAs here; his entry (his @id) lists his link.
    assert loud["performer"] == [
        {
            "@type": "Person",
            "@id": "../../speakers/#bo-lind",
            "name": "Bo Lind",
            "url": "../../speakers/#bo-lind",
        }
    ]
    # Ada Vos, named again on the page: by her @id alone.
    assert calm["performer"][0] == {"@id": "../../speakers/#ada-vos"}
    assert calm["performer"][1] == {
        "@type": "Organization",
        "@id": "../../organizations/#acme",
        "name": "Acme",
        "url": "../../organizations/#acme",
        "sameAs": ["https://acme.example"],
    }
    speakers = linked_data(site / "speakers" / "index.html")
    assert [p["name"] for p in speakers[0]["mainEntity"]["itemListElement"]] == [
        "Dee Dunn", "Bo Lind", "Cy Moss", "Ada Vos"
    ]  # fmt: skip
    assert speakers[0]["mainEntity"]["itemListElement"][3] == {
        "@type": "Person",
        "@id": "#ada-vos",
        "name": "Ada Vos",
        "url": "#ada-vos",
        "sameAs": ["https://github.com/ada-vos-example"],
    }


def test_json_ld_names_each_person_once_per_page_by_a_stable_id(tmp_path: Path) -> None:
    """A speaker of many talks on many pages, each page linking another profile of theirs:
    each page writes them once, with the links its own talks give, and names them by the
    same @id everywhere (their entry); what a talk costs does not grow with the site."""
    pages = {
        f"events/meetup-{n}.md": dedent(
            f"""\
            # Meetup {n}

            ### Queues that wait, [Ada Vos](https://www.linkedin.com/in/ada-vos-{n})

            Waiting.

            ### Caches that miss, Bo Lind

            Missing.

            ### Logs that grow, Ada Vos

            Growing.

            ### Feeds that flow, [Bo Lind](https://github.com/bo-lind)

            Flowing.
            """
        )
        for n in range(6)
    }
    config = write_site(
        tmp_path, pages, plugin={"speaker_pages": True}, site_url="https://example.org/"
    )
    run(config, strict=True)
    site = tmp_path / "site"
    ada, bo = "https://example.org/speakers/ada-vos/", "https://example.org/speakers/bo-lind/"
    for n in range(6):
        (event,) = linked_data(site / "events" / f"meetup-{n}" / "index.html")
        assert [talk["performer"] for talk in event["subEvent"]] == [
            [
                {
                    "@type": "Person",
                    "@id": ada,
                    "name": "Ada Vos",
                    "url": ada,
                    "sameAs": [f"https://www.linkedin.com/in/ada-vos-{n}"],  # this page's
                }
            ],
            # Unlinked where first named, linked further down: the page's link.
            [
                {
                    "@type": "Person",
                    "@id": bo,
                    "name": "Bo Lind",
                    "url": bo,
                    "sameAs": ["https://github.com/bo-lind"],
                }
            ],
            [{"@id": ada}],
            [{"@id": bo}],
        ]
    # Her own page and the speakers index name her by the same @id, with all her links.
    (profile,) = linked_data(site / "speakers" / "ada-vos" / "index.html")
    assert profile["mainEntity"]["@id"] == ada
    assert len(profile["mainEntity"]["sameAs"]) == 6
    (index,) = linked_data(site / "speakers" / "index.html")
    listed = {p["name"]: p["@id"] for p in index["mainEntity"]["itemListElement"]}
    assert listed == {"Ada Vos": ada, "Bo Lind": bo}


def test_pages_without_directory_urls_and_with_speaker_pages(tmp_path: Path) -> None:
    config = write_site(
        tmp_path,
        PAGES,
        plugin={"speaker_pages": True},
        use_directory_urls=False,
        site_url="https://example.org/talks/",
    )
    run(config, strict=True)
    site = tmp_path / "site"
    for page in [
        "events/index.html",
        "speakers/index.html",
        "organizations/index.html",
        "speakers/ada-vos.html",
    ]:
        assert assert_links_resolve(site / page) > 0, page
    index = soup(site / "speakers" / "index.html")
    name = index.select_one("#ada-vos .roundup-person__name a")
    assert name is not None and name["href"] == "ada-vos.html"
    own = site / "speakers" / "ada-vos.html"
    assert text(soup(own).select_one("h1")).startswith("Ada Vos")
    assert len(soup(own).select(ITEM)) == 3
    (profile,) = linked_data(own)
    assert profile["@type"] == "ProfilePage"
    assert profile["mainEntity"]["url"] == "https://example.org/talks/speakers/ada-vos.html"
    # With a site_url, JSON-LD URLs are absolute.
    (event,) = linked_data(site / "events" / "autumn.html")
    assert (
        event["subEvent"][0]["url"]
        == "https://example.org/talks/events/autumn.html#fast-feeds-ada-vos"
    )
    # The event's talks link to the speaker's own page.
    item = soup(site / "events" / "index.html").select_one("#events-autumn .roundup-item__people a")
    assert item is not None and item["href"] == "../speakers/ada-vos.html"


def test_navigation(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="mkdocs")
    config = write_site(tmp_path / "auto", PAGES, plugin={"speaker_pages": True})
    run(config)
    html = (tmp_path / "auto" / "site" / "index.html").read_text(encoding="utf-8")
    nav_links = {
        str(a["href"])
        for a in BeautifulSoup(html, "html.parser").select("nav.md-nav--primary a[href]")
    }
    assert {"events/", "speakers/", "organizations/"} <= nav_links
    assert not any(href.startswith("speakers/ada") for href in nav_links)

    caplog.clear()
    explicit = write_site(
        tmp_path / "explicit",
        PAGES,
        nav=[
            {"Home": "index.md"},
            {"People": "speakers/index.md"},
            {"Spring": "events/2025-04-02-spring.md"},
        ],
    )
    run(explicit)
    omitted = [m for m in logged(caplog, logging.INFO) if 'not included in the "nav"' in m]
    assert len(omitted) == 1
    assert "speakers/" not in omitted[0] and "events/index.md" not in omitted[0]
    assert "organizations/index.md" not in omitted[0] and "events/autumn.md" in omitted[0]
    html = (tmp_path / "explicit" / "site" / "index.html").read_text(encoding="utf-8")
    nav_text = text(BeautifulSoup(html, "html.parser").select_one("nav.md-nav--primary"))
    assert "People" in nav_text and "Events" not in nav_text
    assert (tmp_path / "explicit" / "site" / "events" / "index.html").is_file()


def test_urls_are_configurable(tmp_path: Path) -> None:
    config = write_site(
        tmp_path,
        PAGES,
        plugin={"events_url": "", "speakers_url": "people.md", "organizations_url": "who/orgs/"},
    )
    run(config, strict=True)
    site = tmp_path / "site"
    assert not (site / "events" / "index.html").exists()
    assert (site / "people" / "index.html").is_file() and (
        site / "who" / "orgs" / "index.html"
    ).is_file()
    (event,) = linked_data(site / "events" / "autumn" / "index.html")
    assert event["subEvent"][0]["performer"][0]["url"] == "../../people/#ada-vos"


def test_a_page_of_the_author_at_an_index_url_wins(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="mkdocs")
    mine = "# Our speakers\n\nWelcome.\n\n<!-- roundup:speakers -->\n"
    run(write_site(tmp_path, {**PAGES, "speakers/index.md": mine}), strict=True)
    page = tmp_path / "site" / "speakers" / "index.html"
    assert text(soup(page).select_one("h1")).startswith("Our speakers")
    assert len(soup(page).select(".roundup-person")) == 4
    assert (
        "speakers/index.md exists in docs; not generated (a marker in it shows the index)"
        in logged(caplog, logging.INFO)
    )


NEWS = dedent(
    """\
    # News

    Latest talks:

    <!-- roundup:talks latest=2 -->

    Ada's:

    <!-- roundup:talks speaker="ada VOS" -->

    Spring's keynotes:

    <!-- roundup:talks event="events/2025-04-02-spring.md" kind=keynote -->

    [Ada's entry](../speakers/index.md#ada-vos) is one click away.

    Relative to this page:

    <!-- roundup:talks event="../events/winter.md" -->

    <!-- roundup:talks speaker="Ada Voss" -->

    <!-- roundup:talks event="events/nope.md" -->

    ```html
    <!-- roundup:talks latest=1 -->
    ```
    """
)


def test_listing_markers(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="mkdocs")
    run(write_site(tmp_path, {**PAGES, "blog/news.md": NEWS}))
    page = tmp_path / "site" / "blog" / "news" / "index.html"
    lists = soup(page).select(".roundup-index--talks")
    titles = [[text(i.select_one(TITLE)) for i in lst.select(ITEM)] for lst in lists]
    assert titles == [
        ["Fast Feeds", "Slow Streams"],
        ["Fast Feeds", "Quiet Queues", "Calm Clusters"],
        ["Calm Clusters"],
        ["Cold Caches", "Warm Welcomes"],
    ]
    # The event is shown unless the listing is of one event.
    assert lists[0].select_one(".roundup-item__event") is not None
    assert lists[2].select_one(".roundup-item__event") is None
    seen: dict[Path, set[str]] = {}
    for lst in lists:
        for link in lst.select("a[href]"):
            path, anchor = target(page, str(link["href"]))
            assert path.is_file() and (not anchor or anchor in anchors(path, seen))
    assert [m for m in logged(caplog) if "news.md" in m] == [
        "blog/news.md:21: roundup:talks: no speaker 'Ada Voss' (did you mean 'Ada Vos'?)",
        "blog/news.md:23: roundup:talks: no roundup page 'events/nope.md'",
    ]
    # Anchors of the indexes count for MkDocs' link validation.
    assert not [m for m in logged(caplog, logging.INFO) if "does not contain an anchor" in m]
    html = page.read_text(encoding="utf-8")
    assert "&lt;!-- roundup:talks latest=1 --&gt;" in html  # in code: shown as written
    assert '<!-- roundup:talks speaker="Ada Voss" -->' in html  # not shown: left as written


def test_each_marker_is_named_at_its_own_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A marker written several times on a page, between others, is warned about at each of
    its lines, in page order."""
    caplog.set_level(logging.INFO, logger="mkdocs")
    wrong = '<!-- roundup:talks speaker="Ada Voss" -->'
    nope = '<!-- roundup:talks event="nope.md" -->'
    page = "\n\n".join(["# Again", wrong, nope, wrong, "<!-- roundup:events -->", wrong, nope])
    run(write_site(tmp_path, {**PAGES, "again.md": page + "\n"}))
    said = [m.split(": roundup:")[0] for m in logged(caplog) if m.startswith("again.md")]
    assert said == [f"again.md:{n}" for n in (3, 5, 7, 11, 13)]


def test_only_the_markers_shown_give_their_page_anchors(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The anchors of an index shown in a page count for MkDocs' link validation; a marker
    left as written (here, of no known speaker) gives none, whatever its options say."""
    caplog.set_level(logging.INFO, logger="mkdocs")
    who = dedent(
        """\
        # Who

        <!-- roundup:speakers -->

        <!-- roundup:speaker id="ghost" -->

        [Ada](#ada-vos), [nobody](#ghost).
        """
    )
    run(write_site(tmp_path, {**PAGES, "who.md": who}))
    missing = [m for m in logged(caplog, logging.INFO) if "no such anchor" in m]
    assert [m for m in missing if "who.md" in m and "'#ghost'" in m] != []
    assert not [m for m in missing if "#ada-vos" in m]


def test_search_reads_the_lists_of_authors_pages_not_the_generated_indexes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An author's page is filled before the search plugin reads it (its lists are found by
    search); a generated index, out of the search index, after (search does not scan it)."""
    from material.plugins.search.plugin import SearchPlugin

    seen: dict[str, str] = {}
    index_page = SearchPlugin.on_page_context

    def spy(self: SearchPlugin, context: Any, *, page: Any, **kwargs: Any) -> Any:
        seen[page.file.src_uri] = page.content
        return index_page(self, context, page=page, **kwargs)

    monkeypatch.setattr(SearchPlugin, "on_page_context", spy)
    run(write_site(tmp_path, {**PAGES, "blog/news.md": NEWS}))
    assert "Fast Feeds" in seen["blog/news.md"]
    assert "roundup-person" not in seen["speakers/index.md"]
    assert "<!-- roundup:speakers -->" in seen["speakers/index.md"]
    site = tmp_path / "site"
    assert len(soup(site / "speakers" / "index.html").select(".roundup-person")) == 4
    search = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    news = " ".join(d["text"] for d in search["docs"] if d["location"].startswith("blog/news/"))
    assert "Fast Feeds" in news and "Calm Clusters" in news
    assert not [d for d in search["docs"] if d["location"].startswith("speakers/")]


def test_speakers_file(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="mkdocs")
    typo = WINTER.replace("Dee Dunn", "Bo Lindh")
    pages = {**PAGES, "events/winter.md": typo}
    config = write_site(tmp_path, pages, plugin={"speakers_file": "speakers.yml"})
    (tmp_path / "speakers.yml").write_text(
        dedent(
            """\
            - name: Bo Lind
              aliases: [Bo Lindh]
              affiliation: Lind & Co
              bio: Writes <logs>.
              photo: img/bo.jpg
              links: [https://bsky.app/profile/bo.example]
            - name: Ada Vos-Berg
              aliases: [Ada Vos]
            - name: Nobody
            """
        ),
        encoding="utf-8",
    )
    run(config, strict=False)
    assert logged(caplog) == []
    assert "speakers.yml:9: 'Nobody' matches no talk" in logged(caplog, logging.INFO)
    site = tmp_path / "site"
    people = {
        str(p["id"]): p for p in soup(site / "speakers" / "index.html").select(".roundup-person")
    }
    assert list(people) == ["bo-lind", "cy-moss", "ada-vos-berg"]
    assert text(people["ada-vos-berg"].select_one(".roundup-person__name")) == "Ada Vos-Berg"
    bo = people["bo-lind"]
    assert len(bo.select(ITEM)) == 3
    assert text(bo.select_one(".roundup-person__affiliation")) == "Lind & Co"
    assert text(bo.select_one(".roundup-person__bio")) == "Writes <logs>."  # escaped, shown as text
    photo = bo.select_one("img.roundup-person__photo")
    assert photo is not None and photo["src"] == "../img/bo.jpg"
    assert [text(a) for a in bo.select(".roundup-person__links a")] == ["Bluesky", "LinkedIn"]
    assert text(bo.select_one(".roundup-person__aliases")) == "Also written: Bo Lindh"
    (entry,) = [s for s in export(site)["speakers"] if s["id"] == "bo-lind"]
    assert entry["aliases"] == ["Bo Lindh"] and entry["affiliation"] == "Lind & Co"
    assert entry["links"] == [
        "https://bsky.app/profile/bo.example",
        "https://www.linkedin.com/in/bolind",
    ]


UNSAFE = ("javascript:", "data:", "vbscript:")


def test_generated_output_carries_no_script_links(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Script links of pages and of the speakers file reach no card, index, JSON-LD or export;
    each is reported where it is written."""
    hostile = SPRING.replace(
        "https://github.com/ada-vos-example", "javascript:alert%281%29"
    ).replace("https://acme.example", "data:text/html;base64,PHNjcmlwdD5hbGVydCgyKTwvc2NyaXB0Pg==")
    pages = {**PAGES, "events/2025-04-02-spring.md": hostile}
    config = write_site(
        tmp_path, pages, plugin={"speakers_file": "speakers.yml", "speaker_pages": True}
    )
    (tmp_path / "speakers.yml").write_text(
        dedent(
            """\
            - name: Bo Lind
              links: [" VBScript:msgbox(3)", https://bo.example]
              photo: "javascript:alert(4)"
            - name: Cy Moss
              id: "javascript:alert(5)"
            """
        ),
        encoding="utf-8",
    )
    run(config)
    warnings = logged(caplog)
    for where, what, link in [
        # (whether a name with such a link is a speaker or an organization is the reader's)
        ("events/2025-04-02-spring.md:10:", "'Ada Vos'", "javascript:alert%281%29"),
        ("events/2025-04-02-spring.md:24:", "'Acme'", "data:text/html;base64,"),
        ("speakers.yml:2:", "'links'", "VBScript:msgbox(3)"),
        ("speakers.yml:3:", "'photo'", "javascript:alert(4)"),
    ]:
        assert any(w.startswith(where) and f"{what}: link '{link}" in w for w in warnings), (
            where,
            warnings,
        )
    assert any(w.startswith("speakers.yml:5: 'id' must be") for w in warnings), warnings
    site = tmp_path / "site"
    pages_written = list(site.rglob("*.html"))
    assert len(pages_written) > 8
    for page in pages_written:
        for tag in soup(page).find_all(["a", "img", "iframe", "link", "script"]):
            for name in ("href", "src"):
                value = "".join(str(tag.get(name, "")).split()).lower()
                assert not value.startswith(UNSAFE), (page, tag)
        for data in linked_data(page):
            assert not any(u in json.dumps(data).lower() for u in UNSAFE), (page, data)
    exported = (site / "roundup.json").read_text(encoding="utf-8").lower()
    assert not any(u in exported for u in UNSAFE)
    assert "https://bo.example" in exported


@pytest.mark.parametrize(
    ("level", "lookalikes", "searched"),
    [
        (logging.INFO, "info", True),
        (logging.WARNING, "info", False),
        (logging.WARNING, "warn", True),
        (logging.ERROR, "warn", False),
    ],
)
def test_look_alikes_are_searched_only_when_they_would_be_said(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    level: int,
    lookalikes: str,
    searched: bool,
) -> None:
    """A build whose log drops the notices (``mkdocs build -q`` drops info and warnings)
    does not search for look-alike names: nothing it finds would be said."""
    from mkdocs_roundup import look_alikes

    searches: list[int] = []
    search = look_alikes.likely_duplicates

    def counted(*args: Any) -> Any:
        searches.append(1)
        return search(*args)

    monkeypatch.setattr(look_alikes, "likely_duplicates", counted)
    caplog.set_level(level, logger="mkdocs")
    pages = {**PAGES, "events/winter.md": WINTER.replace("Dee Dunn", "Bo Lindh")}
    run(write_site(tmp_path, pages, plugin={"lookalikes": lookalikes}))
    assert searches == ([1] if searched else [])
    said = [r for r in caplog.records if "may be the same" in r.getMessage()]
    assert len(said) == (1 if searched else 0)


def test_likely_duplicates_warn_and_can_be_declared_distinct(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="mkdocs")
    pages = {**PAGES, "events/winter.md": WINTER.replace("Dee Dunn", "Bo Lindh")}
    run(write_site(tmp_path, pages), strict=True)  # a guess: info, by default
    assert logged(caplog) == []
    assert [m for m in logged(caplog, logging.INFO) if "may be the same" in m] == [
        "events/2025-04-02-spring.md:16: speaker 'Bo Lind' may be the same as 'Bo Lindh' (events/winter.md:7); "
        "if so, add an alias in the speakers file, if not, list one under the other's 'distinct'"
    ]
    caplog.clear()
    config = write_site(tmp_path, pages, plugin={"lookalikes": "warn"})
    with pytest.raises(Abort):
        run(config, strict=True)
    assert logged(caplog) == [
        "events/2025-04-02-spring.md:16: speaker 'Bo Lind' may be the same as 'Bo Lindh' (events/winter.md:7); "
        "if so, add an alias in the speakers file, if not, list one under the other's 'distinct'"
    ]
    caplog.clear()
    config = write_site(
        tmp_path, pages, plugin={"speakers_file": "speakers.yml", "lookalikes": "warn"}
    )
    (tmp_path / "speakers.yml").write_text(
        "- name: Bo Lindh\n  distinct: [Bo Lind]\n", encoding="utf-8"
    )
    run(config, strict=True)
    assert logged(caplog) == []


def test_look_alike_notices_are_capped_per_build(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    words = [(chr(97 + i // 26) + chr(97 + i % 26)) * 3 for i in range(60)]  # 3 letters apart
    talks = [
        f"### Talk {w}, Zed {w.title()}\n\n### Talk {w} again, Zed {w.title()}x\n" for w in words
    ]
    # Ten a page: a page says at most 20 of a kind, the build at most 50 look-alikes.
    pages = {f"p{n}.md": "# Many\n\n" + "\n".join(talks[n * 10 : n * 10 + 10]) for n in range(6)}
    run(write_site(tmp_path, pages, plugin={"lookalikes": "warn"}))
    lines = logged(caplog)
    assert len([line for line in lines if "may be the same as" in line]) == 50
    assert lines[-1] == "10 more groups of speakers whose names look alike are not listed"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "roundup: speakers_file 'speakers.yml' cannot be read: No such file or directory"),
        ("- name: [x\n", "roundup: speakers.yml:2: not valid YAML"),
    ],
)
def test_an_unreadable_speakers_file_stops_the_build(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, content: str | None, message: str
) -> None:
    config = write_site(tmp_path, PAGES, plugin={"speakers_file": "speakers.yml"})
    if content is not None:
        (tmp_path / "speakers.yml").write_text(content, encoding="utf-8")
    with pytest.raises(Abort):
        run(config)
    assert any(m.startswith(message) for m in logged(caplog, logging.ERROR)), logged(
        caplog, logging.ERROR
    )


def test_a_custom_dir_overrides_the_templates(tmp_path: Path) -> None:
    overrides = tmp_path / "overrides" / "roundup"
    overrides.mkdir(parents=True)
    (overrides / "events.html").write_text(
        '<ol class="roundup-index my-events">{% for e in events %}<li>{{ e.info.title }}</li>{% endfor %}</ol>',
        encoding="utf-8",
    )
    run(
        write_site(tmp_path, PAGES, theme={"name": "mkdocs", "custom_dir": "overrides"}),
        strict=True,
    )
    page = soup(tmp_path / "site" / "events" / "index.html")
    assert [li.get_text() for li in page.select(".my-events li")] == [
        "Autumn Summit",
        "Spring Meetup",
        "Winter Gathering",
    ]
    css = [str(link["href"]) for link in page.select("link[rel=stylesheet]")]
    assert [c for c in css if "roundup" in c] == [
        "../assets/roundup/roundup.css",
        "../assets/roundup/indexes.css",
    ]


@pytest.mark.parametrize("dirty", [False, True], ids=["serve", "serve --dirty"])
def test_serve_rebuilds_leave_nothing_stale(tmp_path: Path, dirty: bool) -> None:
    config = write_site(tmp_path, PAGES, plugin={"speaker_pages": True})
    first = run(config, serve=True, dirty=dirty)
    plugin = first.plugins["roundup"]
    site = tmp_path / "site"
    spring = site / "events" / "2025-04-02-spring" / "index.html"
    spring_written = spring.stat().st_mtime_ns
    assert (site / "speakers" / "cy-moss" / "index.html").is_file()

    docs = tmp_path / "docs" / "events"
    (docs / "winter.md").write_text(WINTER.replace("Cy Moss", "Cy Oakes"), encoding="utf-8")
    (docs / "autumn.md").unlink()
    later = (docs / "winter.md").stat().st_mtime + 5
    os.utime(docs / "winter.md", (later, later))  # newer than its built page, as after an edit

    second = run(config, serve=True, dirty=dirty)
    assert second.plugins["roundup"] is plugin  # `serve` keeps the instance, config is fresh
    people = [
        str(p["id"]) for p in soup(site / "speakers" / "index.html").select(".roundup-person")
    ]
    assert people == ["dee-dunn", "bo-lind", "cy-oakes", "ada-vos"]
    events = [text(t) for t in soup(site / "events" / "index.html").select(".roundup-event__title")]
    assert events == ["Spring Meetup", "Winter Gathering"]
    data = export(site)
    assert [s["id"] for s in data["speakers"]] == people
    assert [e["source"] for e in data["events"]] == [
        "events/2025-04-02-spring.md",
        "events/winter.md",
    ]
    ada = next(s for s in data["speakers"] if s["id"] == "ada-vos")
    assert len(ada["talks"]) == 2  # Fast Feeds went with the autumn page
    assert not (site / "speakers" / "cy-moss" / "index.html").exists()
    assert (site / "speakers" / "cy-oakes" / "index.html").is_file()
    # `--dirty` really skipped the unchanged page (and the indexes did not need it).
    assert (spring.stat().st_mtime_ns == spring_written) is dirty


# -- The shared corpus ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The primary version of every corpus page (no ``.v-*`` versions) and the negatives."""
    need_corpus()
    root = tmp_path_factory.mktemp("corpus-indexes")
    copy_corpus(root / "docs" / "blog", versions=False)
    config = write_site(
        root, {}, markdown_extensions=["attr_list", "md_in_html", {"toc": {"permalink": True}}]
    )
    records: list[logging.LogRecord] = []

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record)

    handler = Keep()
    logger = logging.getLogger("mkdocs")
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        run(config)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    return root / "site", [
        f"{r.levelname}: {r.getMessage()}" for r in records if r.levelno >= logging.INFO
    ]


@pytest.mark.corpus
def test_corpus_speakers(corpus: tuple[Path, list[str]]) -> None:
    site, _ = corpus
    page = site / "speakers" / "index.html"
    people = soup(page).select(".roundup-person")
    names = [text(p.select_one(".roundup-person__name")) for p in people]
    # 92: "Ravichandran" (CSIUG 2023) has no link of his own (his bio's is not the talk's),
    # so nothing ties him to "Ravichandran Palanisamy": a look-alike notice, below.
    assert len(names) == len(set(names)) == 92
    by_name = dict(zip(names, people, strict=True))
    wido = by_name["Wido den Hollander"]
    assert len(wido.select(ITEM)) == 8
    assert len({text(i.select_one(".roundup-item__event")) for i in wido.select(ITEM)}) == 6
    for merged, alias in [
        ("Andrija Panić", "Andrija Panic"),
        ("Grégoire Lamodière", "Grégoire Lamodiere"),
    ]:
        assert alias in text(by_name[merged].select_one(".roundup-person__aliases")), merged
        assert alias not in by_name
    sinhoreli = [n for n in names if n.startswith("Marco Sinhorel")]
    assert (
        len(sinhoreli) == 1 and len(by_name[sinhoreli[0]].select(".roundup-person__links a")) == 1
    )
    swen = by_name["Swen Brüseke"]
    assert len(swen.select(".roundup-person__links a")) == 1 and len(swen.select(ITEM)) == 4
    assert assert_links_resolve(page) > len(soup(page).select(ITEM)) > 150


@pytest.mark.corpus
def test_corpus_events(corpus: tuple[Path, list[str]]) -> None:
    site, _ = corpus
    events = soup(site / "events" / "index.html").select(".roundup-event")
    found = [
        (
            attr(e, "time", "datetime") if e.select_one("time") else None,
            attr(e, "[data-talks]", "data-talks"),
        )
        for e in events
    ]
    assert found == [
        ("2025-09-25", "6"),
        ("2025-07-18", "9"),
        ("2024-10-01", "6"),
        ("2024-02-28", "7"),
        ("2023-12-07", "36"),
        ("2023-08-23", "7"),
        ("2023-05-24", "8"),
        ("2022-11-30", "38"),
        (None, "8"),  # cseug25-roundup.md: no date anywhere
    ]
    assert (
        text(events[-1].select_one(".roundup-event__title"))
        == "CloudStack European User Group 2025 – Event Roundup"
    )


@pytest.mark.corpus
def test_corpus_export_agrees_with_the_pages(corpus: tuple[Path, list[str]]) -> None:
    site, _ = corpus
    data = export(site)
    people = soup(site / "speakers" / "index.html").select(".roundup-person")
    assert [(s["id"], s["name"], len(s["talks"])) for s in data["speakers"]] == [
        (str(p["id"]), text(p.select_one(".roundup-person__name")), len(p.select(ITEM)))
        for p in people
    ]
    events = soup(site / "events" / "index.html").select(".roundup-event")
    by_title = {text(e.select_one(".roundup-event__title")): e for e in events}
    assert sorted(by_title) == sorted(e["title"] for e in data["events"])
    for event in data["events"]:
        shown = by_title[event["title"]]
        assert int(attr(shown, "[data-talks]", "data-talks")) == len(event["talks"])
        ids = {p["id"] for t in event["talks"] for p in t["speakers"]}
        assert None not in ids
        assert int(attr(shown, "[data-speakers]", "data-speakers")) == len(ids)
    talks = {t["url"]: t for e in data["events"] for t in e["talks"]}
    for speaker in data["speakers"]:
        for url in speaker["talks"]:
            assert speaker["id"] in [p["id"] for p in talks[url]["speakers"]]


@pytest.mark.corpus
def test_corpus_json_ld_names_what_the_cards_show(corpus: tuple[Path, list[str]]) -> None:
    site, _ = corpus
    for page in sorted((site / "blog").glob("*/index.html")):
        html = soup(page)
        cards = html.select("article.roundup-talk")
        data = linked_data(page)
        if not cards:
            assert data == [], page
            continue
        (event,) = data
        assert len(event["subEvent"]) == len(cards), page
        for talk, named, card in zip(event["subEvent"], performers(event), cards, strict=True):
            shown = [text(n) for n in card.select(".roundup-speaker")]
            assert [p["name"] for p in named if p["@type"] == "Person"] == shown, page
            assert html.find(id=talk["url"].removeprefix("#")) is not None


@pytest.mark.corpus
def test_corpus_duplicate_warnings(corpus: tuple[Path, list[str]]) -> None:
    _, logs = corpus
    assert [m for m in logs if "may be the same" in m] == [
        "INFO: blog/2023-05-24-cseug2023-roundup.md:77: speaker 'Ousmane' may be the same as 'Ousmane Diarra' "
        "(blog/2023-12-07-ccc2023-roundup.md:209); if so, add an alias in the speakers file, "
        "if not, list one under the other's 'distinct'",
        "INFO: blog/2023-08-23-cloudstack-india-user-group-2023-roundup.md:131: speaker 'Ravichandran' may "
        "be the same as 'Ravichandran Palanisamy' (blog/2025-07-18-csiug-roundup.md:68); if so, add "
        "an alias in the speakers file, if not, list one under the other's 'distinct'",
    ]


def test_no_organizations_page_when_no_talk_names_one(tmp_path: Path) -> None:
    page = dedent(
        """\
        # Small Meetup

        ## Quiet Queues, [Ada Vos](https://github.com/ada-vos-example)

        <iframe src="https://www.youtube.com/embed/QuIeTqUeUe1"></iframe>

        ## Loud Logs, [Bo Lind](https://github.com/bo-lind-example)

        <iframe src="https://www.youtube.com/embed/QuIeTqUeUe2"></iframe>
        """
    )
    run(write_site(tmp_path, {"small.md": page}))
    site = tmp_path / "site"
    assert (site / "speakers" / "index.html").is_file()
    assert not (site / "organizations" / "index.html").exists()


def test_the_plugin_loads_no_fuzzy_matcher_until_it_searches() -> None:
    """rapidfuzz serves the look-alike search alone, which a quiet build skips: importing the
    plugin does not load it."""
    code = "import sys, mkdocs_roundup.plugin; print('rapidfuzz' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


TABLED = dedent(
    """\
    # Harbor Meetup

    Our talks, one row each.

    ## Spring evening

    | Talk | Speaker | Slides |
    |------|---------|--------|
    | Tiny Tables | Ada Vos | [slides](https://speakerdeck.com/adavos/tiny-tables) |
    | Big Buffers | Bo Lind | [slides](https://speakerdeck.com/bolind/big-buffers) |
    """
)


def test_a_tables_rows_link_to_the_heading_above_them(tmp_path: Path) -> None:
    """A row is left as written, with no card and no anchor of its own: the indexes and the
    export link it to the heading it stands under, and never to an anchor that is not there."""
    run(write_site(tmp_path, {**PAGES, "events/tabled.md": TABLED}), strict=True)
    site = tmp_path / "site"
    event = next(e for e in export(site)["events"] if e["source"] == "events/tabled.md")
    assert [(t["id"], t["url"]) for t in event["talks"]] == [
        ("spring-evening", "events/tabled/#spring-evening"),
        ("spring-evening", "events/tabled/#spring-evening"),
    ]
    assert assert_links_resolve(site / "speakers" / "index.html") > 0
