"""A conference program's entries written over three lines: the time alone, the speakers,
then the title in italics."""

from __future__ import annotations

import pytest
from reading import people, talks

# "~" stands for the two blanks that end a line before a line break
ITEMS = """
# Lakeside Symposium 2031

## Programme

### 12 March 2031

- **09:30** Registration
- **10:00**~
  Jane **Example**, Omar **Haddad**~
  _Observability on a budget: what we learned_
- **10:30**~
  Mary **Sample**~
  _Tracing at scale with open tools_
- **11:00 Coffee break**
""".replace("~", "  ")


def test_a_program_s_items_of_time_names_and_title_in_italics_are_talks() -> None:
    found = talks(ITEMS)
    assert [(t.line, t.title, people(t), t.section) for t in found] == [
        (
            8,
            "Observability on a budget: what we learned",
            [("Jane Example", None), ("Omar Haddad", None)],
            "12 March 2031",
        ),
        (11, "Tracing at scale with open tools", [("Mary Sample", None)], "12 March 2031"),
    ]


def test_a_program_s_paragraphs_written_so_are_talks() -> None:
    found = talks(
        """
        # Lakeside Workshop on Storage

        ## Program

        **10:00**~
        Jane Example, Omar Haddad~
        *Observability on a budget*

        **10:30 - 11:00**~
        Mary Sample~
        *Tracing at scale with open tools*
        """.replace("~", "  ")
    )
    assert [(t.title, people(t)) for t in found] == [
        ("Observability on a budget", [("Jane Example", None), ("Omar Haddad", None)]),
        ("Tracing at scale with open tools", [("Mary Sample", None)]),
    ]


@pytest.mark.parametrize(
    "page",
    [
        # a meeting's agenda (no event's page) names who does what
        ITEMS.replace("Lakeside Symposium 2031", "Board meeting").replace("Programme", "Agenda"),
        # no heading names the program
        ITEMS.replace("## Programme", "## Notes"),
        # a names line that is no one's in full
        ITEMS.replace("Jane **Example**, Omar **Haddad**", "Jane, Omar").replace(
            "Mary **Sample**", "Mary"
        ),
        # an italic line of one word is no title
        ITEMS.replace("_Observability on a budget: what we learned_", "_Welcome_").replace(
            "_Tracing at scale with open tools_", "_Introductions_"
        ),
        # the title is not all in italics
        ITEMS.replace(
            "_Observability on a budget: what we learned_", "Observability _now_"
        ).replace("_Tracing at scale with open tools_", "Tracing at scale"),
    ],
)
def test_lines_of_time_names_and_italics_elsewhere_stay_as_written(page: str) -> None:
    assert talks(page) == []
