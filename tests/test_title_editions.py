"""An event and its year in parentheses at the end of a speaker's titles: where each talk
was given, no word of its title."""

from __future__ import annotations

import pytest
from reading import talks

V = "https://www.youtube.com/watch?v="


def test_events_in_parentheses_at_three_titles_ends_are_where_they_were_given() -> None:
    found = talks(
        f"""
        # Talks

        ## Love your queues (Harbor Days 2031 keynote)
        [Video]({V}aaaaaaaaaaa)

        ## Folding maps by hand (LumenCon 2030)
        [Video]({V}bbbbbbbbbbb)

        ## Small caches (Tide Conf 2029 Conference)
        [Video]({V}ccccccccccc)

        ## Parsers (Lantern Summit Europe 2028)
        [Video]({V}ddddddddddd)
        """
    )
    assert [(t.title, t.kind) for t in found] == [
        ("Love your queues", "keynote"),
        ("Folding maps by hand", "talk"),
        ("Small caches", "talk"),
        ("Parsers", "talk"),
    ]


@pytest.mark.parametrize(
    "remarks",
    [
        # two only
        ["(Harbor Days 2031)", "(LumenCon 2030)"],
        # one event, three times: a series' parts
        ["(Harbor Days 2031)", "(Harbor Days 2030)", "(Harbor Days 2029)"],
        # a record's editions, a part, someone
        ["(Remastered 2011)", "(Live at Harbor 1986)", "(Part 2 of 2031)"],
        # a film's director, a person, a product: no event by its words
        ["(Ann Lee 2031)", "(Harold Example 1993)", "(Harbor Server 2019)"],
    ],
)
def test_other_remarks_in_parentheses_stay_in_the_titles(remarks: list[str]) -> None:
    titles = [f"Title {n} {remark}" for n, remark in enumerate(remarks)]
    assert _read_titles(titles) == titles


def test_one_title_given_at_three_events_keeps_them() -> None:
    titles = [
        f"Queues {remark}"
        for remark in ("(Harbor Days 2031)", "(LumenCon 2030)", "(Tide Conf 2029)")
    ]
    assert _read_titles(titles) == titles  # told apart by where each was given


def _read_titles(titles: list[str]) -> list[str]:
    headings = "\n\n".join(
        f"## {title}\n[Video]({V}{chr(97 + n) * 11})" for n, title in enumerate(titles)
    )
    return [t.title for t in talks("# Talks\n\n" + headings)]


def test_a_heading_that_names_the_event_over_the_talks_title() -> None:
    found = talks(
        """
        # Events

        ## Past Events

        ### [Harbor Summit '31](https://harbor.example.org/)

        <span class="event-title">Queues at Sea, a Field Guide (Contributed Talk)</span>

        May 30 – 31, 2031 | Porto

        <iframe src="https://www.youtube.com/embed/aaaaaaaaaaa"></iframe>

        ### [OSS-EU '30](https://oss.example.org/)

        <span class="event-title">Parsers by Hand ([Invited Talk](https://oss.example.org/talk))</span>

        [Slides](https://speakerdeck.com/harbor/parsers)

        ### PyCon Lumen 2029

        [Download Slides :heart:](https://speakerdeck.com/harbor/caches)

        ### Lumen Summit 2028

        Speaker and workshop host

        <iframe src="https://www.youtube.com/embed/bbbbbbbbbbb"></iframe>
        """
    )
    assert [(t.title, t.kind) for t in found] == [
        ("Queues at Sea, a Field Guide", "talk"),
        ("Parsers by Hand", "talk"),
        ("PyCon Lumen 2029", "talk"),
        ("Lumen Summit 2028", "talk"),
    ]
