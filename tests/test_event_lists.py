"""A conference's talks as a notebook lists them: ``- Title (Ann Lee and Bo Lind)`` under
the conference's heading, linking no material."""

from __future__ import annotations

import pytest
from reading import people, talks

NOTEBOOK = """
# My notes

I keep notes of the events I attend.

## Lumen Conf 2031

- [Queues without tears](lumen/queues.md) (Ann Lee)
- [Folding maps by hand](lumen/maps.md) (Bo Lind et Cy Park)
- Small caches, big wins (Dee Moss, Eli Vance and Fay Wu)
- Lunch
"""


def test_titles_then_speakers_in_parentheses_under_a_conference_are_talks() -> None:
    found = talks(NOTEBOOK)
    assert [(t.title, people(t), t.section) for t in found] == [
        ("Queues without tears", [("Ann Lee", None)], "Lumen Conf 2031"),
        ("Folding maps by hand", [("Bo Lind", None), ("Cy Park", None)], "Lumen Conf 2031"),
        (
            "Small caches, big wins",
            [("Dee Moss", None), ("Eli Vance", None), ("Fay Wu", None)],
            "Lumen Conf 2031",
        ),
    ]


@pytest.mark.parametrize(
    "heading", ["Past talks", "Keynotes", "Vorträge", "発表", "RiverCon Oslo 2031"]
)
def test_a_heading_that_ends_with_talks_or_is_an_events_name_says_so_too(heading: str) -> None:
    found = talks(NOTEBOOK.replace("Lumen Conf 2031", heading))
    assert [t.title for t in found] == [
        "Queues without tears",
        "Folding maps by hand",
        "Small caches, big wins",
    ]


def test_two_such_items_are_not_enough() -> None:
    assert (
        talks(NOTEBOOK.replace("- Small caches, big wins (Dee Moss, Eli Vance and Fay Wu)\n", ""))
        == []
    )


@pytest.mark.parametrize(
    "heading",
    [
        "Books recommended at the conference",  # a sentence that mentions one
        "Books Recommended at the Conference",
        "Reading list",
        "PyCon Reading List",
        "Film Festival 2031",  # a film night's titles and directors
        "Summit Film Night",
        "Summit Routes",  # a mountain's
        "Meetup Organizers",
        "Meetup Potluck",
        "Lumen Conf 2031 sponsors",
        "Harbor Conf 2031 Awards",
        "Talk Radio Picks",
        "Seminar Readings",
        "What I saw at Lumen Conf 2031",  # may be, but a sentence
    ],
)
def test_under_any_other_heading_the_list_stays_as_written(heading: str) -> None:
    assert talks(NOTEBOOK.replace("Lumen Conf 2031", heading)) == []


def test_a_title_cut_by_a_dash_may_hold_where_and_stays_as_written() -> None:
    page = """
    ## Meetups 2031

    - 12/02/2031 – Acme lunch talk – Queues: can we go? (Ann Lee)
    - 19/02/2031 – Acme lunch talk – Folding maps by hand (Bo Lind and Cy Park)
    - 25/02/2031 – Lumen Tech – Small caches (Dee Moss)
    """
    assert talks(page) == []


def test_roles_in_parentheses_are_no_talks() -> None:
    page = """
    ## Harbor Meetup 2031

    - Program chair (Ann Lee)
    - Program committee member (Bo Lind)
    - Host (Cy Park)
    """
    assert talks(page) == []


def test_titles_with_a_role_word_are_titles_still() -> None:
    page = """
    ## Harbor Meetup #12

    - The developer experience gap (Ann Lee)
    - What a maintainer owes you (Bo Lind)
    - Growing as a senior engineer (Cy Park)
    """
    assert [(t.title, people(t)) for t in talks(page)] == [
        ("The developer experience gap", [("Ann Lee", None)]),
        ("What a maintainer owes you", [("Bo Lind", None)]),
        ("Growing as a senior engineer", [("Cy Park", None)]),
    ]


def test_organizations_or_single_names_in_parentheses_are_no_speakers() -> None:
    page = """
    ## Harbor Conf 2031

    - Queues without tears (Acme)
    - Folding maps by hand (Ann)
    - Small caches (CNCF)
    """
    assert talks(page) == []


def test_an_item_given_at_an_event_beside_talks_given_so_is_one_of_them() -> None:
    """A project's talks, each given at an event and naming no one: the one with no deck or
    recording linked yet is a talk all the same; two such strong items beside it are not
    enough."""
    page = """
        # Tech talks

        - [Queues at Scale](https://harbor.example.org/queues.pdf) at [Harbor Days 2031](https://harbor.example.org/)
        - [Parsers by Hand](https://www.youtube.com/watch?v=bbbbbbbbbbb) at Lumen Summit 2030
        - [Maps for All](https://example.org/talks/maps) at FjordConf 2030 (in Norwegian)
        - [Fuzzing Kernels](https://example.org/fuzz.pdf) at [Harbor Days 2029](https://harbor.example.org/2029/)
        """
    assert [t.title for t in talks(page)] == [
        "Queues at Scale",
        "Parsers by Hand",
        "Maps for All",
        "Fuzzing Kernels",
    ]
    two = page.replace("- [Fuzzing Kernels]", "- [Fuzzing Kernels, notes]").replace(
        "https://example.org/fuzz.pdf", "https://example.org/fuzz"
    )
    assert [t.title for t in talks(two)] == ["Queues at Scale", "Parsers by Hand"]
