"""A program's own slots and parts: a welcome or a break is no talk, and a row that names
a numbered session alone, across the table, is the section of the rows under it."""

from __future__ import annotations

import pytest
from reading import media, people, talks

V = "https://www.youtube.com/watch?v="

HTML_PROGRAM = f"""
## Program

<table>
<tbody><tr><td>8:50</td><td>Welcome</td><td>Rosa Lind, Omar Vey</td></tr></tbody>
<thead><th><td colspan="3"><b>Session 1: 9:00 - 10:30</b></td></th></thead>
<tbody>
<tr><td>9:00</td><td><a href="{V}aaaaaaaaaaa">Folding Maps</a></td><td>Ada Vos</td></tr>
<tr><td>9:30</td><td>Quiet Queues (<a href="{V}bbbbbbbbbbb">video</a>)</td><td>Bo Lind, Cy Moe</td></tr>
</tbody>
<thead><th><td colspan="3"><b>Break: 10:30-11:00</b></td></th></thead>
<thead><th><td colspan="3"><b>Session 2: 11:00 - 12:30</b></td></th></thead>
<tbody>
<tr><td>11:00</td><td>Small Caches (<a href="{V}ccccccccccc">video</a>)</td><td>Di Hart</td></tr>
<tr><td>11:30</td><td>Parsers by Hand</td><td>Eli Stone</td></tr>
</tbody>
</table>
"""


@pytest.mark.parametrize(
    "header", ["", "<thead><tr><th>Time</th><th>Title</th><th>Authors</th></tr></thead>\n"]
)
def test_session_rows_across_an_html_table_are_the_sections_of_the_rows_under_them(
    header: str,
) -> None:
    found = talks(HTML_PROGRAM.replace("<table>\n", "<table>\n" + header))
    # "<thead><th>" with no "<tr>" opens a row of its own, as a browser reads it: the
    # session's row neither joins the talk above it nor makes that talk a group's row
    assert [(t.title, people(t), t.section) for t in found] == [
        ("Folding Maps", [("Ada Vos", None)], "Session 1: 9:00 - 10:30"),
        ("Quiet Queues", [("Bo Lind", None), ("Cy Moe", None)], "Session 1: 9:00 - 10:30"),
        ("Small Caches", [("Di Hart", None)], "Session 2: 11:00 - 12:30"),
        ("Parsers by Hand", [("Eli Stone", None)], "Session 2: 11:00 - 12:30"),
    ]
    assert [media(t) for t in found[:3]] == [["aaaaaaaaaaa"], ["bbbbbbbbbbb"], ["ccccccccccc"]]


def test_a_welcome_by_named_hosts_is_a_slot_unless_it_was_recorded() -> None:
    found = talks(
        f"""
        ## Program

        | Time | Title | Speakers |
        | --- | --- | --- |
        | 9:00 | Welcome | Rosa Lind, Omar Vey |
        | 9:10 | [Opening Remarks]({V}ddddddddddd) | Ada Vos |
        | 9:30 | Folding Maps | Bo Lind |
        | 10:00 | Closing | Cy Moe |
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Opening Remarks", [("Ada Vos", None)]),
        ("Folding Maps", [("Bo Lind", None)]),
    ]


def test_a_plenary_talk_or_a_discussion_by_named_people_is_no_hosts_slot() -> None:
    found = talks(
        """
        ## Program

        | Time | Title | Speakers |
        | --- | --- | --- |
        | 9:00 | Welcome | Rosa Lind |
        | 9:10 | Plenary talk | Ada Vos |
        | 10:00 | Folding Maps | Bo Lind |
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Plenary talk", [("Ada Vos", None)]),
        ("Folding Maps", [("Bo Lind", None)]),
    ]


def test_a_paragraph_of_media_links_under_a_talks_paragraph_is_its_media() -> None:
    found = talks(
        """
        # Harbor Days 2031

        ### Day 1 Agenda

        **9:00 AM:** Registration & Welcome Coffee

        **10:15 AM:** [Queues at Scale - Ann Lee](./assets/queues.pdf)

        [Video](https://www.youtube.com/watch?v=aaaaaaaaaaa)

        **10:50 AM:** [Parsers by Hand - Bo Lind](./assets/parsers.pdf)

        [Video](https://www.youtube.com/watch?v=bbbbbbbbbbb) · [Notes](https://bo.example.org/notes)

        \u200b**11:25 AM:** [Maps for All - Cy Moe](./assets/maps.pdf)

        [Video](https://www.youtube.com/watch?v=ccccccccccc)

        Photos of the day: [Album](https://photos.example.org/day1)
        """
    )
    assert [(t.title, people(t), media(t)) for t in found] == [
        ("Queues at Scale", [("Ann Lee", None)], ["aaaaaaaaaaa", "./assets/queues.pdf"]),
        # a link beside the video that names no media: a paragraph of its own
        ("Parsers by Hand", [("Bo Lind", None)], ["./assets/parsers.pdf"]),
        # a zero-width space before the bold time: read as nothing
        ("Maps for All", [("Cy Moe", None)], ["ccccccccccc", "./assets/maps.pdf"]),
    ]


def test_a_terms_slots_give_the_day_hours_and_room_before_who_and_what() -> None:
    found = talks(
        """
        ---
        title: "Harbor Colloquium: Schedule"
        ---

        The Harbor Colloquium is a series of seminars for our master students.

        ### Autumn 2031

        - 12 September, 10:15 - 12:00 (B204), **Ada Vos** on Queues in Practice
        - 26 September, 10:15 - 12:00 (B204) **Bo Lind** on Parsers by Hand
        - 10 October (Thursday!), 13:15 - 15:00 (C101) **Cy Moe** on Small Caches
        - 24 October, 10:15 - 12:00 (B204) **Di Ray**

        ### Spring 2031

        - Fr 14/3 10:15 - 12:00 **Eva Holm** *Tests that Age*.
        - Fr 28/3 10:15 - 12:00 **Finn Berg** *Sockets at Dawn*
        - Tu 8/4 14:00 - 16:00 **Gus Lund** *Kites and Strings*
        """
    )
    assert [(t.title, [p.name for p in t.speakers]) for t in found] == [
        ("Queues in Practice", ["Ada Vos"]),
        ("Parsers by Hand", ["Bo Lind"]),
        ("Small Caches", ["Cy Moe"]),
        ("Tests that Age", ["Eva Holm"]),
        ("Sockets at Dawn", ["Finn Berg"]),
        ("Kites and Strings", ["Gus Lund"]),
    ]


def test_a_day_alone_before_a_title_may_be_the_titles_words() -> None:
    found = talks(
        """
        # Talks

        - 1 April Fools In Production - Ada Vos
        - 4 May The Force Of Habit - Bo Lind
        - 12 Monkeys In The Build - Cy Moe
        """
    )
    assert [t.title for t in found] == [
        "1 April Fools In Production",
        "4 May The Force Of Habit",
        "12 Monkeys In The Build",
    ]


def test_an_item_that_names_a_kind_of_talks_is_the_section_of_those_under_it() -> None:
    """``- 1:25 p.m. (40m) Lightning Talks`` over the lightning talks, under a day's heading:
    their section is the kind the item names, as a table's row of it would be."""
    found = talks(
        """
        ### Friday

        * 9:45 a.m. (40m) [Queues at Scale](https://speakerdeck.com/ann/queues) by [Ann Lee](https://twitter.com/annlee)
        * 1:25 p.m. (40m) Lightning Talks
          * _Parsers by Hand_ by [Bo Lind](https://twitter.com/bolind)
          * _Maps for All_ by [Cy Moe](https://twitter.com/cymoe)
        * 2:20 p.m. (40m) [Kites in Winter](https://speakerdeck.com/di/kites) by [Di Ray](https://twitter.com/diray)
        """
    )
    assert [(t.title, t.section) for t in found] == [
        ("Queues at Scale", "Friday"),
        ("Parsers by Hand", "Lightning Talks"),
        ("Maps for All", "Lightning Talks"),
        ("Kites in Winter", "Friday"),
    ]
