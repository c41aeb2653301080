"""An event and its year in parentheses at the end of a speaker's titles: where each talk
was given, no word of its title."""

from __future__ import annotations

import pytest
from reading import talks

V = "https://www.youtube.com/watch?v="


def test_events_in_parentheses_at_three_titles_ends_are_where_they_were_given() -> None:
    found = talks(
        f"""
        # Talks

        ## Love your queues (Harbor Days 2031 keynote)
        [Video]({V}aaaaaaaaaaa)

        ## Folding maps by hand (LumenCon 2030)
        [Video]({V}bbbbbbbbbbb)

        ## Small caches (Tide Conf 2029 Conference)
        [Video]({V}ccccccccccc)

        ## Parsers (Lantern Summit Europe 2028)
        [Video]({V}ddddddddddd)
        """
    )
    assert [(t.title, t.kind) for t in found] == [
        ("Love your queues", "keynote"),
        ("Folding maps by hand", "talk"),
        ("Small caches", "talk"),
        ("Parsers", "talk"),
    ]


@pytest.mark.parametrize(
    "remarks",
    [
        # two only
        ["(Harbor Days 2031)", "(LumenCon 2030)"],
        # one event, three times: a series' parts
        ["(Harbor Days 2031)", "(Harbor Days 2030)", "(Harbor Days 2029)"],
        # a record's editions, a part, someone
        ["(Remastered 2011)", "(Live at Harbor 1986)", "(Part 2 of 2031)"],
    ],
)
def test_other_remarks_in_parentheses_stay_in_the_titles(remarks: list[str]) -> None:
    headings = "\n\n".join(
        f"## Title {n} {remark}\n[Video]({V}{chr(97 + n) * 11})" for n, remark in enumerate(remarks)
    )
    found = talks("# Talks\n\n" + headings)
    assert [t.title for t in found] == [f"Title {n} {r}" for n, r in enumerate(remarks)]
