"""A conference program's talk: its title as a heading, then a paragraph for each speaker,
her name in emphasis over where she works, then the deck and the abstract."""

from __future__ import annotations

from reading import media, orgs, people, talks


def test_a_presentation_label_gives_the_deck_it_links() -> None:
    found = talks(
        """
        # Our talks

        #### Queues at Scale

        Ann Lee

        Presentation: [PDF File](harbor/queues.pdf)

        We talk about queues.

        #### Parsers by Hand

        Bo Lind

        Presentation: [PDF File](harbor/parsers.pdf)
        """
    )
    assert [(t.title, media(t), t.abstract) for t in found] == [
        ("Queues at Scale", ["harbor/queues.pdf"], "We talk about queues."),
        ("Parsers by Hand", ["harbor/parsers.pdf"], ""),
    ]


def test_a_paragraph_of_a_name_in_emphasis_over_her_work_is_a_speaker() -> None:
    found = talks(
        """
        # Our talks

        ### Harbor Conf 2031

        #### Queues at Scale

        *Ann Lee*<br/>
        Staff Engineer, Acme Inc.

        *Bo Lind*<br/>
        Product Owner, Lumen, Inc.

        Presentation: [PDF File](harbor/queues.pdf)

        We talk about queues. *Cy Moe*<br/>helped.

        #### Parsers by Hand

        **Cy Moe**<br>
        i18n Engineer

        We talk about parsers.

        *Di Ray*<br/>
        Thanks to her for the idea.

        #### Maps for All

        *May 2, 2031*

        [Meetup page for this session](https://www.meetup.com/harbor/events/123/)

        *Di Ray*

        *Ed Sun*

        Maps everywhere.
        """
    )
    assert [(t.title, people(t), orgs(t)) for t in found] == [
        ("Queues at Scale", [("Ann Lee", None), ("Bo Lind", None)], ["Acme Inc.", "Lumen, Inc."]),
        ("Parsers by Hand", [("Cy Moe", None)], []),
        ("Maps for All", [("Di Ray", None), ("Ed Sun", None)], []),
    ]
    assert found[0].abstract == "We talk about queues. Cy Moe helped."
    assert "Thanks to her for the idea." in found[1].abstract


def test_a_date_then_a_comma_is_followed_by_where() -> None:
    found = talks(
        """
        # Our talks

        #### Maps for All

        *May 10, 2031, San Francisco*

        Presentation: [PDF File](maps.pdf)

        #### Tides for All

        *June 2, 2031, Oslo*

        Presentation: [PDF File](tides.pdf)
        """
    )
    assert [(t.title, people(t)) for t in found] == [("Maps for All", []), ("Tides for All", [])]
