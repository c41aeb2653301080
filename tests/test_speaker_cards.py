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

