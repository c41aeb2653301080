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


def test_bylines_linking_their_titles_stay_as_written() -> None:
    page = LINEUP.format(title="Lightning Talks 9", marker="- ").replace(
        "Wavetables by", "[Wavetables](https://blog.example.org/wavetables) by"
    )
    assert talks(page) == []
