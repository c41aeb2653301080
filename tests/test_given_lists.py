"""A speaker's own list of talks given, each a title, a dash, where and the year, linking
nothing."""

from __future__ import annotations

import pytest
from reading import people, talks

SPEAKING = """
---
title: Speaking
---

## Presentations

- Folding Maps by Hand (guest lecture) – Lumen College, Harbor City - 2031
- Quiet Queues – Harbor Days - 2030
- Quiet Queues (online) – River Conf, 2030
- Small Caches – Lantern Meetup - 2029

## Work

- Staff Engineer – Northwind, Harbor City - 2028
- Engineer – Acme, Lisbon - 2025
- Intern – Acme, Lisbon - 2024
"""


def test_a_speakers_list_of_titles_where_and_years_is_her_talks() -> None:
    found = talks(SPEAKING)
    assert [(t.title, people(t), t.line) for t in found] == [
        ("Folding Maps by Hand (guest lecture)", [], 7),
        ("Quiet Queues", [], 8),
        ("Quiet Queues (online)", [], 9),
        ("Small Caches", [], 10),
    ]  # her jobs, a role each, are none


def test_titles_where_and_years_on_a_page_that_says_no_talks_stay_as_written() -> None:
    assert talks(SPEAKING.replace("Speaking", "Notes").replace("Presentations", "Things")) == []


def test_only_lists_under_a_heading_of_talks_given_are_read_so() -> None:
    found = talks(
        """
        # Talks and experience

        ## Talks

        - Folding Maps – Harbor Days, Oslo - 2031
        - Quiet Queues – Lantern Meetup - 2030
        - Small Caches – River Conf, Porto - 2029

        ## Experience

        - Product Owner – Northwind, Harbor City - 2028
        - Backend team – Acme, Lisbon - 2025
        - Platform group – Acme, Lisbon - 2024

        ## Research & Talks

        - Gradual Types in Practice – Journal of Harbor Studies, 2027
        - Flaky Tests in CI – Lantern Review, 2026
        - Mutation at Scale – River Letters, 2025
        """
    )
    assert [t.title for t in found] == ["Folding Maps", "Quiet Queues", "Small Caches"]


DATED_FIRST = """
---
title: Talks
---

## 2031

- 2031-04: Quiet Queues in Practice
(mit Ann Lee), Harbor Barcamp, Oslo
- 2031-02: Folding Maps by Hand, Lantern Stammtisch

## 2030

- 2030-11: [Small Caches](/2030/11/20/small-caches-recap.html)[^recap], Fjord Days, Bergen
- 2030-09: [Parsers by Hand](
/talks/parsers.html) (mit [Bo Lind](https://bolind.example/)), DevCamp, Oslo
- 2030-05: [Learning Rust](https://www.youtube.com/watch?v=aaaaaaaaaaa) (Interview)

[^recap]: Notes of the evening, and the photos.
"""


def test_a_speakers_dated_list_gives_title_then_where_and_co_speakers_with() -> None:
    found = talks(DATED_FIRST)
    assert [(t.title, people(t), [o.name for o in t.organizations]) for t in found] == [
        ("Quiet Queues in Practice", [("Ann Lee", None)], []),
        ("Folding Maps by Hand", [], []),  # "Lantern Stammtisch" is where, no one
        ("Small Caches", [], []),
        ("Parsers by Hand", [("Bo Lind", "https://bolind.example/")], []),
        ("Learning Rust (Interview)", [], []),
    ]
    # a dated post of the site is its recap, no deck
    assert [m.url for m in found[2].media] == []


def test_a_dated_list_of_titles_then_full_names_keeps_them_its_speakers() -> None:
    found = talks(
        """
        ---
        title: Talks
        ---

        - 2031-04: [Quiet Queues in Practice](https://speakerdeck.com/a/q), Ann Lee
        - 2031-02: [Folding Maps by Hand](https://speakerdeck.com/a/f), Bo Lind
        - 2030-11: [Small Caches](https://speakerdeck.com/a/s), Cy Moe
        """
    )
    assert [people(t) for t in found] == [
        [("Ann Lee", None)],
        [("Bo Lind", None)],
        [("Cy Moe", None)],
    ]


WHEN_AFTER = """
---
title: Palestras e workshops
---

## Em breve

* [Quiet Queues](https://harbor.example/2031/queues) - Palestra na trilha de dados (Oslo - Junho 2031)

## 2030

* [Small Caches](https://fjord.example/program) - Workshop for students (Bergen - May 2030)
* [Coordinator of the data track](https://lumen.example/track) - Lumen Days (Porto - April 2030)
* [Lazy Graphs](#) - Talk at the Lumen Meetup [Porto - March 2030]
* [Harbor Cast Podcast](https://www.youtube.com/watch?v=aaaaaaaaaaa) - Episode 12 [Online - March 2030]
* [Parsers by Hand](https://www.youtube.com/watch?v=bbbbbbbbbbb) - Harbor Days 2030 (Oslo - January 2030)
"""


def test_items_that_end_with_the_place_and_month_are_a_speakers_talks() -> None:
    found = talks(WHEN_AFTER)
    assert [(t.title, t.section, people(t)) for t in found] == [
        ("Quiet Queues", "Em breve", []),
        ("Small Caches", "2030", []),
        ("Lazy Graphs", "2030", []),
        ("Parsers by Hand", "2030", []),
    ]  # her part as a track's coordinator, and a podcast's episode, are no talks


@pytest.mark.parametrize(
    "page",
    [
        # a CV's jobs, by year, after its chapter of talks
        "---\ntitle: Talks\n---\n\n## Experience\n\n- 2029-01: Staff Engineer, Northwind, Oslo\n\n"
        "## 2028\n\n- 2028-03: Senior Engineer, Globex, Bergen\n"
        "- 2025-09: Engineering Intern, Initech, Porto\n- 2024-01: Data Analyst, Acme, Lisbon\n",
        # one talk's versions
        "# Quiet Queues (talk)\n\n## Versions of this talk\n\n"
        "- 2031-05-02: Added live demo, Harbor Days, Oslo\n"
        "- 2031-03-14: Shortened to 20 minutes, Lumen Meetup, Porto\n"
        "- 2030-11-20: Updated charts, Fjord Days, Bergen\n",
        # a product's releases
        "---\ntitle: Talks and releases\n---\n\n"
        "- 2030-11: [Lantern 2.0](https://example.org/releases/2.0), Big rewrite, Oslo\n"
        "- 2030-08: [Lantern 1.9](https://example.org/releases/1.9), Faster builds, Oslo\n"
        "- 2030-05: [Lantern 1.8](https://example.org/releases/1.8), Plugin API, Bergen\n",
        # the parts taken at events but speaking
        "---\ntitle: Talks and appearances\n---\n\n"
        "- 2031-05: Host of the Lumen Meetup, Lumen Office, Porto\n"
        "- 2031-03: Panelist at Harbor Summit, Oslo\n"
        "- 2031-02: Track lead for the Rust room, FOSS Days, Brussels\n",
        # the events an author runs, their month after them
        "---\ntitle: Our meetups and talks\n---\n\n"
        "- [Rust Night #4](https://meetup.example.org/4) - Lightning talks [Porto - March 2031]\n"
        "- [Rust Night #3](https://meetup.example.org/3) - Hack evening [Porto - February 2031]\n"
        "- [Spring Social](https://meetup.example.org/s) - Drinks by the river [Porto - January 2031]\n"
        "- [Harbor Rust Night](https://meetup.example.org/h) - Meetup I host (Oslo - June 2031)\n",
    ],
)
def test_dated_lines_of_jobs_changes_releases_parts_or_events_are_no_talks(page: str) -> None:
    assert talks(page) == []


def test_those_a_talk_was_given_with_are_people_named_in_full() -> None:
    found = talks(
        """
        ---
        title: Talks
        ---

        - 2031-05: Live Coding a Queue (with Rust), Harbor Barcamp, Oslo
        - 2031-02: Parsing Logs Fast (with Live Demo), Lumen Meetup, Porto
        - 2031-01: Small Caches, Big Wins (avec Bo Chen), Fjord Days, Bergen
        - 2030-11: Folding Maps (mit Cy Moe), Lumen Days, Porto
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Live Coding a Queue", []),
        ("Parsing Logs Fast", []),
        ("Small Caches", [("Bo Chen", None)]),  # the title ends at the first comma
        ("Folding Maps", [("Cy Moe", None)]),
    ]


def test_a_title_that_opens_with_a_part_taken_is_a_talk_with_its_media() -> None:
    found = talks(
        """
        # Talks

        ### Mentor for Juniors: What I Learned

        Speaker: Ann Lee

        [Slides](https://speakerdeck.com/ann/mentor)

        ### Host of Troubles: Scaling DNS

        Speaker: Bo Lind

        [Slides](https://speakerdeck.com/bo/dns)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Mentor for Juniors: What I Learned", [("Ann Lee", None)]),
        ("Host of Troubles: Scaling DNS", [("Bo Lind", None)]),
    ]


def test_a_given_items_byline_less_names_after_its_title_are_none() -> None:
    found = talks(
        """
        ---
        title: Talks
        ---

        - [Queues](https://speakerdeck.com/me/queues) at Sea - Ann Lee - River Conf 2029
        - [Parsers](https://speakerdeck.com/me/parsers) by Hand - Bo Lind - Harbor Days 2030
        - [Maps](https://speakerdeck.com/me/maps) for All - Cy Moe - Lumen Conf 2031
        """
    )
    # a speaker's own list: a name between the title and the event, with no byline, is
    # read as no one's, whatever the reading of the line found
    assert [(t.title, people(t)) for t in found] == [
        ("Queues at Sea", []),
        ("Parsers by Hand", []),
        ("Maps for All", []),
    ]


def test_a_part_taken_over_its_recording_is_no_talk() -> None:
    found = talks(
        """
        # Ann Lee

        ## Speaking

        - [Quiet Queues](https://www.youtube.com/watch?v=aaaaaaaaaaa), Harbor Days 2031
        - [Parsers by Hand](https://www.youtube.com/watch?v=bbbbbbbbbbb), River Conf 2030

        ## Other roles

        - Moderator at Harbor Days 2031 ([panel recording](https://www.youtube.com/watch?v=ccccccccccc))
        - Judge at Harbor Hack 2030 ([finals stream](https://www.youtube.com/watch?v=ddddddddddd))
        """
    )
    assert [t.title for t in found] == ["Quiet Queues", "Parsers by Hand"]
