"""Lines and tables that look like a form the reader takes, and are another."""

from __future__ import annotations

from reading import media, people, talks


def test_a_titles_own_colon_then_capitalised_words_names_no_one() -> None:
    found = talks(
        """
        # Talks

        - Rust: Fearless Concurrency, Explained ([slides](https://example.org/rust.pdf))
        - Postgres: Fast Joins, Everywhere ([slides](https://example.org/pg.pdf))
        """
    )
    named = {p[0] for t in found for p in people(t)}
    assert not named & {"Fearless Concurrency", "Fast Joins"}


def test_an_evenings_one_row_table_of_its_host_is_no_talks_record() -> None:
    assert not talks(
        """
        # Club evenings

        ## Spring Hack Night

        | Date | Host | Venue |
        |---|---|---|
        | 2031-03-04 | Rosa Prado | Harbor Lab |

        - Bring a laptop
        - Pizza at seven

        ## Board game evening

        | Date | Host | Venue |
        |---|---|---|
        | 2031-04-01 | Tom Berg | Dock Café |

        - Games provided
        """
    )


def test_a_speakers_own_site_named_for_her_keeps_her_after_the_dash() -> None:
    found = talks(
        """
        # Talks

        - [Accessible forms - Sara Lind](https://sara.example/talks/forms) ([video](https://www.youtube.com/watch?v=aaaaaaaaaa1))
        - [Quiet queues - Tom Berg](https://tom.example/talks/queues) ([video](https://www.youtube.com/watch?v=aaaaaaaaaa2))
        """
    )
    assert [(t.title, [n for n, _ in people(t)]) for t in found] == [
        ("Accessible forms", ["Sara Lind"]),
        ("Quiet queues", ["Tom Berg"]),
    ]


def test_a_month_and_year_inside_an_emphasized_title_is_when() -> None:
    found = talks(
        """
        ## 2031

        * Harbor JUG 316 [03.09] _Async Python in production (April 2031)_ [📽️](https://www.youtube.com/watch?v=aaaaaaaaaa3)
        * LumenJS 113 [13.03] _Parsers for Everyone_ [📽️](https://www.youtube.com/watch?v=aaaaaaaaaa4)
        """
    )
    assert [t.title for t in found] == ["Async Python in production", "Parsers for Everyone"]


def test_titles_that_read_like_jobs_or_rooms_under_a_speakers_column_are_talks() -> None:
    found = talks(
        """
        # Program

        | Time | Speaker | Title |
        |---|---|---|
        | 10:00 | Rosa Prado | Stage Fright |
        | 10:30 | Tom Berg | Escape Room |
        | 11:00 | Ivo Lenz | Software Engineer |
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Stage Fright", []),
        ("Escape Room", []),
        ("Software Engineer", []),
    ]
