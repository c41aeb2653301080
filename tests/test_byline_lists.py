"""Lists whose items each give a title, then ``by`` and their speakers linked, no material."""

from __future__ import annotations

import pytest
from reading import people, talks

LINEUP = """
---
title: "Meeting: May 12 - {title}"
---

## About our speakers

{marker}Tiny Robots by [Rosa Prado](https://twitter.com/rosaprado)

{marker}Wavetables by [Tom Berg](https://tomberg.example.org/)

{marker}Listening Apps With Speech Recognition by [Ivo Lenz](https://twitter.com/ivolenz)
"""


@pytest.mark.parametrize("marker", ["- ", "- ######", "- ###### "])
def test_bylines_linking_their_speakers_on_a_page_of_talks_are_talks(marker: str) -> None:
    found = talks(LINEUP.format(title="Lightning Talks 9", marker=marker))
    assert [(t.title, people(t), t.line) for t in found] == [
        ("Tiny Robots", [("Rosa Prado", "https://twitter.com/rosaprado")], 7),
        ("Wavetables", [("Tom Berg", "https://tomberg.example.org/")], 9),
        (
            "Listening Apps With Speech Recognition",
            [("Ivo Lenz", "https://twitter.com/ivolenz")],
            11,
        ),
    ]


def test_bylines_on_a_page_that_says_no_talks_stay_as_written() -> None:
    assert talks(LINEUP.format(title="Reading list", marker="- ")) == []


def test_credits_for_a_talks_text_are_no_talks() -> None:
    page = LINEUP.format(title="Talk videos", marker="- ")
    for title in ("Tiny Robots", "Wavetables", "Listening Apps With Speech Recognition"):
        page = page.replace(f"{title} by", "Spanish subtitles by")
    assert talks(page) == []
    assert talks(page.replace("Spanish subtitles by", "German by")) == []


def test_bylines_linking_their_titles_stay_as_written() -> None:
    page = LINEUP.format(title="Lightning Talks 9", marker="- ").replace(
        "Wavetables by", "[Wavetables](https://blog.example.org/wavetables) by"
    )
    assert talks(page) == []


def test_a_byline_wrapped_over_lines_names_its_speaker() -> None:
    found = talks(
        """
        # Harbor Go 2031 recap

        All the talks were recorded:

          - [Small robots](https://vimeo.com/1001) _by_ [_Rosa Prado_](https://twitter.com/rp) -
            little machines controlled by Go, with demos!
          - [Seven mistakes in Go](https://vimeo.com/1002)\u00a0_by_
            [_Tom Berg_](https://twitter.com/tb) - the author of some popular
            Go libraries shares his experience.
          - [Web Apps (But Were Afraid to Ask)](https://vimeo.com/1003)
            _by_ [_Ivo Lenz_](https://twitter.com/il) - a survey of Go packages.
        """
    )
    assert [(t.title, [n for n, _ in people(t)]) for t in found] == [
        ("Small robots", ["Rosa Prado"]),
        ("Seven mistakes in Go", ["Tom Berg"]),
        ("Web Apps (But Were Afraid to Ask)", ["Ivo Lenz"]),
    ]


def test_a_by_in_a_plain_title_is_no_byline_before_its_description() -> None:
    found = talks(
        """
        # Talks from Harbor Days 2031

        - Step by Step Debugging - a workshop by Rosa Prado ([video](https://youtu.be/sb01sb02sb0))
        - Death by Meetings - a rant by Tom Berg ([video](https://youtu.be/sb03sb04sb0))
        """
    )
    assert [(t.title, [n for n, _ in people(t)]) for t in found] == [
        ("Step by Step Debugging - a workshop", ["Rosa Prado"]),
        ("Death by Meetings - a rant", ["Tom Berg"]),
    ]
