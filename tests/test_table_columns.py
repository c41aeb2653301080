"""What a table's columns hold, by their names and their cells."""

from __future__ import annotations

from reading import media, talks


def test_a_repositorys_address_in_a_column_of_links_is_no_deck() -> None:
    """``| Links |`` of a talk: an address written out is its deck, but a code repository's
    is its code."""
    found = talks(
        """
        | Title | Speaker | Links |
        |----|----|----|
        | Queues in Practice | Ann Lee | <https://github.com/annlee/queues> <https://ann.example.org/queues.pdf> |
        | Parsers by Hand | Bo Lind | <https://gitlab.com/bolind/parsers> |
        """
    )
    assert [(t.title, media(t)) for t in found] == [
        ("Queues in Practice", ["https://ann.example.org/queues.pdf"]),
        ("Parsers by Hand", []),
    ]
