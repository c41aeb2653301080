"""An event's recap that gives each talk it saw a section, and names who gave it by the
links to their profiles in the section's opening sentence, in the writer's own words."""

from __future__ import annotations

from reading import people, talks

RECAP = """
---
title: Harbor Days 2031
---

We went to Harbor Days this year; here is what we saw.

## Queues at Scale

Pour ouvrir la journée, [Ann Lee](https://twitter.com/annlee) et [Bo Lind](https://mobile.twitter.com/bolind)
nous ont montré comment leurs files tiennent la charge.

Ils ont fini par une démo.

## Parsers by Hand

Ensuite [Cy Moe](https://github.com/cymoe) a écrit un analyseur devant nous.

## Maps for All

Une présentation de [Di Ray](https://www.linkedin.com/in/diray/) sur les cartes libres.

## Conclusion

Merci aux organisateurs, et à l'année prochaine !
"""


def test_sections_that_open_by_naming_their_speakers_profiles_are_talks() -> None:
    found = talks(RECAP)
    assert [(t.title, people(t)) for t in found] == [
        (
            "Queues at Scale",
            [
                ("Ann Lee", "https://twitter.com/annlee"),
                ("Bo Lind", "https://mobile.twitter.com/bolind"),
            ],
        ),
        ("Parsers by Hand", [("Cy Moe", "https://github.com/cymoe")]),
        ("Maps for All", [("Di Ray", "https://www.linkedin.com/in/diray/")]),
    ]


def test_sections_so_are_no_talks_on_a_page_that_names_no_event() -> None:
    """A team's news, sections that each open with the people they are about: no talks."""
    assert talks(RECAP.replace("title: Harbor Days 2031", "title: Team news 2031")) == []


def test_two_sections_so_are_no_recap() -> None:
    two = RECAP.replace(
        "Une présentation de [Di Ray](https://www.linkedin.com/in/diray/)", "Une présentation"
    )
    assert talks(two) == []


def test_a_section_that_opens_with_a_company_names_no_speakers() -> None:
    """A company's page linked in the opening: no speaker's line; with the other sections,
    too few are left to make a recap."""
    company = RECAP.replace(
        "[Cy Moe](https://github.com/cymoe)", "[Acme Corp](https://github.com/acme)"
    )
    assert talks(company) == []
