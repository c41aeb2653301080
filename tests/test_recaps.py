"""Talks' sections with no evidence of their own, read by the page around them: an event's
recap that names who gave each talk by the links to their profiles in the section's opening
sentence, in the writer's own words; a heading written as the talks' headings beside it."""

from __future__ import annotations

from reading import people, talks

RECAP = """
---
title: Harbor Days 2031
---

We went to Harbor Days this year; here is what we saw.

## Queues at Scale

Pour ouvrir la journée, [Ann Lee](https://twitter.com/annlee) et [Bo Lind](https://mobile.twitter.com/bolind)
nous ont présenté comment leurs files tiennent la charge.

Ils ont fini par une démo.

## Parsers by Hand

Ensuite [Cy Moe](https://github.com/cymoe) a parlé des analyseurs écrits à la main.

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


AUTHORED = """
# Resources

## Talks

### [Queues at Scale](https://www.youtube.com/watch?v=aaaaaaaaaaa)
**Date**: May 2, 2031, **Authors**: Ann Lee

### [Parsers by Hand](https://www.youtube.com/watch?v=bbbbbbbbbbb)
**Date**: April 2, 2031, **Authors**: Bo Lind, Cy Moe

### [Maps for All](https://vendor.example.com/resources/webinars/maps-for-all/)
**Date**: March 2, 2031, **Author**: Di Ray

### [Kites in Winter](https://www.youtube.com/watch?v=ccccccccccc)
**Date**: February 2, 2031, **Authors**: Ed Fox

### [Notes on Kites](https://medium.com/@edfox/notes-on-kites-123)
**Date**: February 3, 2031, **Author**: Ed Fox

## Blog posts

### [Why Queues](https://vendor.example.com/why-queues/)
**Date**: January 2, 2031, **Author**: Ann Lee
"""


def test_a_heading_written_as_the_talks_beside_it_is_one_of_them() -> None:
    """``### [Title](webinar page)`` over its date and its author, among three talks' headings
    or more written so that link their recordings: a talk, its author its speaker; not a
    post linked so, nor a heading under another section (a page's blog posts)."""
    assert [(t.title, people(t)) for t in talks(AUTHORED)] == [
        ("Queues at Scale", [("Ann Lee", None)]),
        ("Parsers by Hand", [("Bo Lind", None), ("Cy Moe", None)]),
        ("Maps for All", [("Di Ray", None)]),
        ("Kites in Winter", [("Ed Fox", None)]),
    ]


def test_headings_over_a_title_then_its_day_say_where() -> None:
    """A speaker's page: under each year, ``##### Event`` over the talk's title, its day in
    ``<small>`` and its material, three or more alike: the heading is where (a place after
    its dash is no one), the line the title, a question or not."""
    found = talks(
        """
        # Appearances

        #### 2031

        ##### Harbor Days

        Queues at scale. Why not?

        <small>May 2031</small>

        [slides](https://speakerdeck.com/ann/queues)

        ##### Codemotion - Berlin, Germany

        Parsers by hand

        <small>April 2031</small>

        [slides](https://speakerdeck.com/ann/parsers)

        ##### Lumen User Group

        Maps for all

        <small>March 2031</small>

        [video](https://www.youtube.com/watch?v=ccccccccccc)
        """
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Queues at scale. Why not?", []),
        ("Parsers by hand", []),
        ("Maps for all", []),
    ]


def test_under_headings_that_say_where_a_kind_alone_is_the_title() -> None:
    """Among such headings, ``Keynote`` under ``##### Harbor Conf - Bordeaux, France`` is
    the talk's title and kind, no one named after the dash; headings whose both sides read
    as names (``Lumen Code One - San Marco, USA``) are where all the same."""
    found = talks(
        """
        # Talks & Appearances

        ##### Harbor Conf - Bordeaux, France

        Keynote

        <small>September 2031</small>

        [video](https://www.youtube.com/watch?v=aaaaaaaaaaa)

        ##### Lumen Days - Kyiv, Ukraine

        Building Native Queues with Tide

        <small>November 2030</small>

        [slides](https://speakerdeck.com/ann/tide)

        ##### Lumen Code One - San Marco, USA

        Maps Made Easy with Folds, Tiles, and Grids

        <small>Sept 2030</small>

        [video](https://www.youtube.com/watch?v=bbbbbbbbbbb)

        ##### Lumen Code One - San Marco, USA

        Contributing to Maps: Practical Steps and Advice

        <small>Sept 2030</small>

        [slides](https://speakerdeck.com/ann/contributing)
        """
    )
    assert [(t.title, t.kind, people(t)) for t in found] == [
        ("Keynote", "keynote", []),
        ("Building Native Queues with Tide", "talk", []),
        ("Maps Made Easy with Folds, Tiles, and Grids", "talk", []),
        ("Contributing to Maps: Practical Steps and Advice", "talk", []),
    ]


QUOTED_CARDS = """
# Présentations

## 2031

> **Les files d'attente en France**<br/>
> Présentation pour la [promotion 5](https://example.org/p5) - 1 décembre 2031 <br/> [Version PDF](https://example.org/d/2031-12-01.pdf) | Par [Ann Lee](https://github.com/annlee) et [Bo Lind](https://github.com/bolind).

> **Les cartes**<br/>
> Lumen Factory - 12 octobre 2031 <br/>
[Version Keynote](https://example.org/d/2031-10-12.key) - [Version PDF](https://example.org/d/2031-10-12.pdf) | Par [Ann Lee](https://github.com/annlee)

> **Les caches**<br/>
> [Harbor Days](https://harbor.example.org/) - 15 septembre 2031 <br/>
[Version PDF](https://example.org/d/2031-09-15.pdf) | Par [Ann Lee](https://github.com/annlee), Cy Moe ([Lumen](https://lumen.example.org/))

> Slides made with love by Ann Lee, as ever.
"""


def test_quotes_that_each_open_with_a_bold_title_are_talk_cards() -> None:
    """A page that sets each talk apart in a quote (``> **Title**<br/>`` / ``> where -
    when <br/> [Version PDF](…) | Par [Ann Lee](…) et [Bo Lind](…)``), three or more: each
    a talk, its speakers after ``Par`` at the end of its links' line; a quote of another
    kind stays a quote."""
    found = talks(QUOTED_CARDS)
    assert [(t.title, people(t), t.section) for t in found] == [
        (
            "Les files d'attente en France",
            [("Ann Lee", "https://github.com/annlee"), ("Bo Lind", "https://github.com/bolind")],
            "2031",
        ),
        ("Les cartes", [("Ann Lee", "https://github.com/annlee")], "2031"),
        ("Les caches", [("Ann Lee", "https://github.com/annlee"), ("Cy Moe", None)], "2031"),
    ]
    assert [o.name for o in found[2].organizations] == ["Lumen"]


def test_two_quotes_with_bold_words_are_no_cards() -> None:
    assert talks(QUOTED_CARDS.split("> **Les caches**")[0]) == []


def test_quotes_of_questions_or_on_a_page_of_no_talks_are_no_cards() -> None:
    faq = QUOTED_CARDS.replace("**Les", "**Pourquoi les").replace("**<br/>", " ?**<br/>")
    assert talks(faq) == []  # a question and its answer, each
    assert talks(QUOTED_CARDS.replace("# Présentations", "# Nouvelles")) == []
