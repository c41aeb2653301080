"""Lines that name the speaker first, then the talk's title linked to its material."""

from __future__ import annotations

import pytest
from reading import media, people, talks


def test_a_name_a_comma_then_a_title_linked_to_its_deck() -> None:
    found = talks(
        """
        # Past talks

        ### 12 May

        * Ada Vos, [Folding maps by hand](https://speakerdeck.com/avos/folding-maps)
        * Bo Lind, [Quiet queues](https://drive.google.com/file/d/1abcDEFghiJKL/view)

        ### 9 April

        * Cy Moe, [Small caches for large sites](https://cy.example.org/presentations/caches/)
        """
    )
    assert [(t.title, people(t), t.section) for t in found] == [
        ("Folding maps by hand", [("Ada Vos", None)], "12 May"),
        ("Quiet queues", [("Bo Lind", None)], "12 May"),
        ("Small caches for large sites", [("Cy Moe", None)], "9 April"),
    ]
    assert media(found[0]) == ["avos/folding-maps"]


@pytest.mark.parametrize(
    "items",
    [
        # their organizations' sites
        "* Ada Vos, [Northwind Labs](https://northwind.example/)\n"
        "* Bo Lind, [Acme Cloud](https://acme.example/)\n",
        # one word: a handle, a product
        "* Ada Vos, [Northwind](https://speakerdeck.com/northwind/maps)\n"
        "* Bo Lind, [Acme](https://speakerdeck.com/acme/queues)\n",
        # no one named in full
        "* Ada, [Folding maps by hand](https://speakerdeck.com/avos/folding-maps)\n"
        "* Bo, [Quiet queues](https://speakerdeck.com/blind/queues)\n",
    ],
)
def test_a_name_a_comma_then_a_link_that_is_no_talk_stays_as_written(items: str) -> None:
    assert talks("# Speakers\n\n" + items) == []
