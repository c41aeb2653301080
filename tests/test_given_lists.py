"""A speaker's own list of talks given, each a title, a dash, where and the year, linking
nothing."""

from __future__ import annotations

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
