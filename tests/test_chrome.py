"""The cards' chrome is out of the search index while search reads a page, and back after."""

from __future__ import annotations

import json
import re
from pathlib import Path
from textwrap import dedent

import pytest
from bs4 import BeautifulSoup
from mkdocs.commands.build import build
from mkdocs.config import load_config
from sites import write_site

from mkdocs_roundup import chrome

HEAD = '<article class="roundup-talk roundup-talk--keynote" dir="rtl">'
META = (
    '<p class="roundup-talk__meta"><span class="roundup-badge">Keynote</span> '
    '<a class="roundup-speaker" href="../speakers/#ada-vos">Ada Vos</a>'
    '<a class="roundup-profile" href="https://github.com/ada" aria-label="Ada on GitHub"></a>'
    ', <span class="roundup-speaker">Bo &amp; Co</span></p>'
)
FOOT = (
    '<div class="roundup-talk__media" data-search-exclude><a class="roundup-embed" href="#">'
    '<img src="p.jpg" alt=""><span>Quiet Queues</span></a></div>\n'
    '<p class="roundup-talk__links"><a href="https://example.org/d.pdf">Slides</a></p></article>'
)
PAGE = f"<p>Intro</p>\n{HEAD}\n<h3 id='q'>Quiet Queues</h3>\n{META}\n<p>Abstract.</p>\n{FOOT}\n"
PIECES = [(HEAD, False), (META, True), (FOOT, False)]


@pytest.mark.parametrize(
    ("piece", "searched", "stands"),
    [
        (HEAD, False, ""),
        (META, True, "<p>Keynote Ada Vos, Bo &amp; Co</p>"),
        (META, False, ""),
        (FOOT, False, ""),
        ("</section><div><br/><img src=x>text</div><div class='a'>", False, ""),
        (
            '<p data-search-exclude class="m">Ada</p>',
            True,
            '<p data-search-exclude class="m">Ada</p>',
        ),
    ],
)
def test_a_piece_stands_as_its_searched_text_alone(piece: str, searched: bool, stands: str) -> None:
    assert chrome.stand_in(piece, searched) == stands


def test_search_reads_the_stand_ins_and_the_page_comes_back_as_it_was() -> None:
    found = chrome.locate(PAGE, PIECES)
    assert found is not None
    lean = chrome.lean(PAGE, found)
    assert lean is not None
    text = re.sub(r"<!--.*?-->", "", lean.html, flags=re.S)
    assert text == (
        "<p>Intro</p>\n\n<h3 id='q'>Quiet Queues</h3>\n"
        "<p>Keynote Ada Vos, Bo &amp; Co</p>\n<p>Abstract.</p>\n\n"
    )
    assert chrome.restore(lean.html, lean) is PAGE
    # Changed in between (a search plugin takes attributes out): the change stays.
    changed = lean.html.replace("<p>Abstract.</p>", "<p>Abstract!</p>")
    assert chrome.restore(changed, lean) == PAGE.replace("Abstract.", "Abstract!")


def test_unread_pieces_next_to_each_other_stand_as_one() -> None:
    # One card's closing and the next card's opening, a line apart: one piece, one comment.
    page = PAGE + f"{HEAD}\n<h3 id='l'>Loud Logs</h3>\n{META}\n<p>Abstract.</p>\n{FOOT}\n"
    found = chrome.locate(page, PIECES * 2)
    assert found is not None
    assert [searched for *_, searched in found.spans] == [False, True, False, True, False]
    lean = chrome.lean(page, found)
    assert lean is not None
    assert lean.html.count("<!--") == 7  # three unread pieces, two read ones framed
    assert "Intro" in lean.html and FOOT not in lean.html and HEAD not in lean.html
    assert chrome.restore(lean.html, lean) is page
    changed = lean.html.replace("Abstract.", "Abstract!")
    assert chrome.restore(changed, lean) == page.replace("Abstract.", "Abstract!")


def test_a_page_changed_since_its_chrome_was_found_is_read_as_it_is() -> None:
    found = chrome.locate(PAGE, PIECES)
    assert found is not None
    assert chrome.lean(PAGE + "<p>More</p>", found) is None
    # A piece that is not there (another plugin rewrote it) is left for search to read.
    partial = chrome.locate(PAGE.replace(META, "<p>Ada</p>"), PIECES)
    assert partial is not None and [s for *_, s in partial.spans] == [False, False]
    assert chrome.locate("<p>No cards</p>", PIECES) is None


EVENT = dedent(
    """\
    # Spring Meetup

    ### Quiet Queues, [Ada Vos](https://github.com/ada-vos-example)

    Queues that do not shout.

    <iframe src="https://www.youtube.com/embed/QuIeTqUeUe1"></iframe>

    <strong><a href="https://example.org/logs.pdf">Loud Logs</a> - Bo Lind</strong>

    Logs that do.
    """
)


def test_search_finds_titles_people_and_text_but_no_chrome(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    articles = []
    for name, plugins in (("with", ["search", "roundup"]), ("without", ["roundup"])):
        config = write_site(tmp_path / name, {"spring.md": EVENT}, plugins=plugins)
        build(load_config(str(config)))
        page = (tmp_path / name / "site" / "spring" / "index.html").read_text(encoding="utf-8")
        articles.append(
            str(BeautifulSoup(page, "html.parser").select_one("article.md-content__inner"))
        )
    # The page is the same with search as without: the chrome went back in place.
    assert articles[0] == articles[1]
    assert "roundup-talk__links" in articles[0] and "roundup-embed__facade" in articles[0]
    index = json.loads((tmp_path / "with" / "site" / "search" / "search_index.json").read_bytes())
    sections = {d["title"]: d["text"] for d in index["docs"] if d["location"].startswith("spring/")}
    assert sections["Quiet Queues"] == "<p>Ada Vos</p> <p>Queues that do not shout.</p>"
    assert sections["Loud Logs"] == "<p>Bo Lind</p> <p>Logs that do.</p>"
